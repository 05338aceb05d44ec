from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.customs_flag import CustomsFlag
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderUpdate")


@_attrs_define
class CustomerOrderUpdate:
    """Body of an update (JSON): the fields the public update page lists (carrier, contractor and
    transport order number are not among them). Closed by analogy with the create model: the
    docs state "Additional properties are NOT allowed" for the create page only, so clients warn
    about an extra field and send it; the lengths are the create model's (seed 002), applied here.

        Attributes:
            containers (list[Container]): Containers; their number cannot change.
            date (datetime.datetime | None | Unset): Date of the customer order.
            sender (None | str | Unset): Name of the person who changed the order.
            client_reference (None | str | Unset): Importer/Exporter reference.
            customs_flag (CustomsFlag | Unset): Type of flow: Import, Export or Transfer.
            price_information (None | str | Unset): Comment about pricing.
            instructions_information (None | str | Unset): Instructions for the driver.
            contract_terms_information (None | str | Unset): Information about the contract terms.
            comment (None | str | Unset): General comments about the transport order.
            voyage (Voyage | Unset): Voyage information.
    """

    containers: list[Container]
    date: datetime.datetime | None | Unset = UNSET
    sender: None | str | Unset = UNSET
    client_reference: None | str | Unset = UNSET
    customs_flag: CustomsFlag | Unset = UNSET
    price_information: None | str | Unset = UNSET
    instructions_information: None | str | Unset = UNSET
    contract_terms_information: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    voyage: Voyage | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        client_reference: None | str | Unset
        if isinstance(self.client_reference, Unset):
            client_reference = UNSET
        else:
            client_reference = self.client_reference

        customs_flag: str | Unset = UNSET
        if not isinstance(self.customs_flag, Unset):
            customs_flag = self.customs_flag.value

        price_information: None | str | Unset
        if isinstance(self.price_information, Unset):
            price_information = UNSET
        else:
            price_information = self.price_information

        instructions_information: None | str | Unset
        if isinstance(self.instructions_information, Unset):
            instructions_information = UNSET
        else:
            instructions_information = self.instructions_information

        contract_terms_information: None | str | Unset
        if isinstance(self.contract_terms_information, Unset):
            contract_terms_information = UNSET
        else:
            contract_terms_information = self.contract_terms_information

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        voyage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voyage, Unset):
            voyage = self.voyage.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "containers": containers,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if sender is not UNSET:
            field_dict["sender"] = sender
        if client_reference is not UNSET:
            field_dict["clientReference"] = client_reference
        if customs_flag is not UNSET:
            field_dict["customsFlag"] = customs_flag
        if price_information is not UNSET:
            field_dict["priceInformation"] = price_information
        if instructions_information is not UNSET:
            field_dict["instructionsInformation"] = instructions_information
        if contract_terms_information is not UNSET:
            field_dict["contractTermsInformation"] = contract_terms_information
        if comment is not UNSET:
            field_dict["comment"] = comment
        if voyage is not UNSET:
            field_dict["voyage"] = voyage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        containers = []
        _containers = src_dict["containers"]
        for containers_item_data in _containers:
            containers_item = Container.from_dict(containers_item_data)

            containers.append(containers_item)

        date = src_dict.get("date", UNSET)
        if isinstance(date, str):
            try:
                date_type_0 = datetime.datetime.fromisoformat(date)
                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        sender = src_dict.get("sender", UNSET)

        client_reference = src_dict.get("clientReference", UNSET)

        _customs_flag = src_dict.get("customsFlag", UNSET)
        customs_flag: CustomsFlag | Unset
        if isinstance(_customs_flag, Unset):
            customs_flag = UNSET
        else:
            customs_flag = CustomsFlag(_customs_flag)

        price_information = src_dict.get("priceInformation", UNSET)

        instructions_information = src_dict.get("instructionsInformation", UNSET)

        contract_terms_information = src_dict.get("contractTermsInformation", UNSET)

        comment = src_dict.get("comment", UNSET)

        _voyage = src_dict.get("voyage", UNSET)
        voyage: Voyage | Unset
        if isinstance(_voyage, Unset):
            voyage = UNSET
        else:
            voyage = Voyage.from_dict(_voyage)

        customer_order_update = cls(
            containers,
            date,
            sender,
            client_reference,
            customs_flag,
            price_information,
            instructions_information,
            contract_terms_information,
            comment,
            voyage,
        )

        return customer_order_update


if TYPE_CHECKING:
    import datetime as _datetime
    from collections.abc import Sequence as _Sequence
    from typing import Literal as _Literal
    from typing import Required as _Required

    from ..models.container import ContainerDict
    from ..models.customs_flag import CustomsFlag as _CustomsFlag
    from ..models.voyage import VoyageDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CustomerOrderUpdateDict(_TypedDict, total=False):
    """`CustomerOrderUpdate` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    containers: _Required[_Sequence[ContainerDict]]
    date: _datetime.datetime | str | None
    sender: str | None
    clientReference: str | None
    customsFlag: _CustomsFlag | _Literal["Import", "Export", "Transfer"]
    priceInformation: str | None
    instructionsInformation: str | None
    contractTermsInformation: str | None
    comment: str | None
    voyage: VoyageDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.container import Container
from ..models.voyage import Voyage
