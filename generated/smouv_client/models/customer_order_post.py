from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.customs_flag import CustomsFlag
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderPost")


@_attrs_define
class CustomerOrderPost:
    """Model to be sent to server when you want to create a new customer order.

    Attributes:
        carrier (Actor): Actor information.
        transport_order_number (str): Number of transport order.
        containers (list[Container]): Containers. At least 1 element.
        customs_flag (CustomsFlag): Type of flow: Import, Export or Transfer.
        contractor (Actor | Unset): Actor information.
        date (datetime.datetime | None | Unset): Date of the customer order (ISO 8601 extended format).
        sender (None | str | Unset): Name of the person who created the order.
        client_reference (None | str | Unset): Importer/Exporter reference.
        price_information (None | str | Unset): Comment about pricing.
        instructions_information (None | str | Unset): Instructions for the driver.
        contract_terms_information (None | str | Unset): Information about the contract terms.
        comment (None | str | Unset): General comments about the transport order.
        voyage (Voyage | Unset): Voyage information.
    """

    carrier: Actor
    transport_order_number: str
    containers: list[Container]
    customs_flag: CustomsFlag
    contractor: Actor | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    sender: None | str | Unset = UNSET
    client_reference: None | str | Unset = UNSET
    price_information: None | str | Unset = UNSET
    instructions_information: None | str | Unset = UNSET
    contract_terms_information: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    voyage: Voyage | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier.to_dict()

        transport_order_number = self.transport_order_number

        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        customs_flag = self.customs_flag.value

        contractor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contractor, Unset):
            contractor = self.contractor.to_dict()

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
                "carrier": carrier,
                "transportOrderNumber": transport_order_number,
                "containers": containers,
                "customsFlag": customs_flag,
            }
        )
        if contractor is not UNSET:
            field_dict["contractor"] = contractor
        if date is not UNSET:
            field_dict["date"] = date
        if sender is not UNSET:
            field_dict["sender"] = sender
        if client_reference is not UNSET:
            field_dict["clientReference"] = client_reference
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
        carrier = Actor.from_dict(src_dict["carrier"])

        transport_order_number = src_dict["transportOrderNumber"]

        containers = []
        _containers = src_dict["containers"]
        for containers_item_data in _containers:
            containers_item = Container.from_dict(containers_item_data)

            containers.append(containers_item)

        customs_flag = CustomsFlag(src_dict["customsFlag"])

        _contractor = src_dict.get("contractor", UNSET)
        contractor: Actor | Unset
        if isinstance(_contractor, Unset):
            contractor = UNSET
        else:
            contractor = Actor.from_dict(_contractor)

        date = src_dict.get("date", UNSET)
        if isinstance(date, str):
            try:
                date_type_0 = datetime.datetime.fromisoformat(date)
                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        sender = src_dict.get("sender", UNSET)

        client_reference = src_dict.get("clientReference", UNSET)

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

        customer_order_post = cls(
            carrier,
            transport_order_number,
            containers,
            customs_flag,
            contractor,
            date,
            sender,
            client_reference,
            price_information,
            instructions_information,
            contract_terms_information,
            comment,
            voyage,
        )

        return customer_order_post


if TYPE_CHECKING:
    import datetime as _datetime
    from collections.abc import Sequence as _Sequence
    from typing import Literal as _Literal
    from typing import Required as _Required

    from ..models.actor import ActorDict
    from ..models.container import ContainerDict
    from ..models.customs_flag import CustomsFlag as _CustomsFlag
    from ..models.voyage import VoyageDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CustomerOrderPostDict(_TypedDict, total=False):
    """`CustomerOrderPost` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    carrier: _Required[ActorDict]
    transportOrderNumber: _Required[str]
    containers: _Required[_Sequence[ContainerDict]]
    customsFlag: _Required[_CustomsFlag | _Literal["Import", "Export", "Transfer"]]
    contractor: ActorDict
    date: _datetime.datetime | str | None
    sender: str | None
    clientReference: str | None
    priceInformation: str | None
    instructionsInformation: str | None
    contractTermsInformation: str | None
    comment: str | None
    voyage: VoyageDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.actor import Actor
from ..models.container import Container
from ..models.voyage import Voyage
