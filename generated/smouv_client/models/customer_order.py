from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customs_flag import CustomsFlag
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrder")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "customerOrderId",
        "type",
        "status",
        "version",
        "histories",
        "container",
        "contractor",
        "carrier",
        "transportOrderNumber",
        "date",
        "sender",
        "clientReference",
        "customsFlag",
        "priceInformation",
        "instructionsInformation",
        "contractTermsInformation",
        "comment",
        "voyage",
    }
)
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_CustomsFlag_BY_VALUE = {member.value: member for member in CustomsFlag}
_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}


@_attrs_define
class CustomerOrder:
    """A customer order as returned by GET.

    Attributes:
        customer_order_id (str): Order id.
        type_ (OrderType | str): Order type.
        status (OrderStatus | str): Order status.
        version (None | str | Unset): Current version, the same value as the `ETag` header.
        histories (list[OrderHistory] | None | Unset): Status history.
        container (ContainerView | list[ContainerView] | None | Unset): Containers of the order. S4 names the field
            `container` (research/smouv.md §3), not its
            shape: read as a list of containers (the create model's `containers`) or a single one.
            Repeat them in a PUT as they are.
        contractor (ActorView | Unset): Actor information as returned (lenient).
        carrier (ActorView | Unset): Actor information as returned (lenient).
        transport_order_number (None | str | Unset): Number of transport order.
        date (datetime.datetime | None | Unset): Date of the customer order.
        sender (None | str | Unset): Name of the person who created the order.
        client_reference (None | str | Unset): Importer/Exporter reference.
        customs_flag (CustomsFlag | str | Unset): Flow of the order.
        price_information (None | str | Unset): Comment about pricing.
        instructions_information (None | str | Unset): Instructions for the driver.
        contract_terms_information (None | str | Unset): Information about the contract terms.
        comment (None | str | Unset): General comments.
        voyage (Voyage | Unset): Voyage information.
    """

    customer_order_id: str
    type_: OrderType | str
    status: OrderStatus | str
    version: None | str | Unset = UNSET
    histories: list[OrderHistory] | None | Unset = UNSET
    container: ContainerView | list[ContainerView] | None | Unset = UNSET
    contractor: ActorView | Unset = UNSET
    carrier: ActorView | Unset = UNSET
    transport_order_number: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    sender: None | str | Unset = UNSET
    client_reference: None | str | Unset = UNSET
    customs_flag: CustomsFlag | str | Unset = UNSET
    price_information: None | str | Unset = UNSET
    instructions_information: None | str | Unset = UNSET
    contract_terms_information: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    voyage: Voyage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_order_id = self.customer_order_id

        type_: str
        if isinstance(self.type_, OrderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: str
        if isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        histories: list[dict[str, Any]] | None | Unset
        if isinstance(self.histories, Unset):
            histories = UNSET
        elif isinstance(self.histories, list):
            histories = []
            for histories_type_0_item_data in self.histories:
                histories_type_0_item = histories_type_0_item_data.to_dict()
                histories.append(histories_type_0_item)

        else:
            histories = self.histories

        container: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, list):
            container = []
            for container_type_0_item_data in self.container:
                container_type_0_item = container_type_0_item_data.to_dict()
                container.append(container_type_0_item)

        elif isinstance(self.container, ContainerView):
            container = self.container.to_dict()
        else:
            container = self.container

        contractor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contractor, Unset):
            contractor = self.contractor.to_dict()

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        transport_order_number: None | str | Unset
        if isinstance(self.transport_order_number, Unset):
            transport_order_number = UNSET
        else:
            transport_order_number = self.transport_order_number

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

        customs_flag: str | Unset
        if isinstance(self.customs_flag, Unset):
            customs_flag = UNSET
        elif isinstance(self.customs_flag, CustomsFlag):
            customs_flag = self.customs_flag.value
        else:
            customs_flag = self.customs_flag

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerOrderId": customer_order_id,
                "type": type_,
                "status": status,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if histories is not UNSET:
            field_dict["histories"] = histories
        if container is not UNSET:
            field_dict["container"] = container
        if contractor is not UNSET:
            field_dict["contractor"] = contractor
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if transport_order_number is not UNSET:
            field_dict["transportOrderNumber"] = transport_order_number
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
        customer_order_id = src_dict["customerOrderId"]

        type_ = src_dict["type"]
        if isinstance(type_, str) and type_ in _OrderType_BY_VALUE:
            type_ = _OrderType_BY_VALUE[type_]

        status = src_dict["status"]
        if isinstance(status, str) and status in _OrderStatus_BY_VALUE:
            status = _OrderStatus_BY_VALUE[status]

        version = src_dict.get("version", UNSET)

        histories = src_dict.get("histories", UNSET)
        if isinstance(histories, list):
            try:
                histories = [OrderHistory.from_dict(item) for item in histories]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        container = src_dict.get("container", UNSET)
        _container_parsed = False
        if isinstance(container, list):
            try:
                container = [ContainerView.from_dict(item) for item in container]
                _container_parsed = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _container_parsed and isinstance(container, dict):
            try:
                container_type_1 = ContainerView.from_dict(container)
                container = container_type_1
                _container_parsed = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _contractor = src_dict.get("contractor", UNSET)
        contractor: ActorView | Unset
        if isinstance(_contractor, Unset):
            contractor = UNSET
        else:
            contractor = ActorView.from_dict(_contractor)

        _carrier = src_dict.get("carrier", UNSET)
        carrier: ActorView | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = ActorView.from_dict(_carrier)

        transport_order_number = src_dict.get("transportOrderNumber", UNSET)

        date = src_dict.get("date", UNSET)
        if isinstance(date, str):
            try:
                date_type_0 = datetime.datetime.fromisoformat(date)
                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        sender = src_dict.get("sender", UNSET)

        client_reference = src_dict.get("clientReference", UNSET)

        customs_flag = src_dict.get("customsFlag", UNSET)
        if isinstance(customs_flag, str) and customs_flag in _CustomsFlag_BY_VALUE:
            customs_flag = _CustomsFlag_BY_VALUE[customs_flag]

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

        customer_order = cls(
            customer_order_id,
            type_,
            status,
            version,
            histories,
            container,
            contractor,
            carrier,
            transport_order_number,
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

        if not _FIELDS.issuperset(src_dict):
            customer_order.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return customer_order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    import datetime as _datetime
    from collections.abc import Sequence as _Sequence
    from typing import Literal as _Literal

    from ..models.actor_view import ActorViewDict
    from ..models.container_view import ContainerViewDict
    from ..models.customs_flag import CustomsFlag as _CustomsFlag
    from ..models.order_history import OrderHistoryDict
    from ..models.order_status import OrderStatus as _OrderStatus
    from ..models.order_type import OrderType as _OrderType
    from ..models.voyage import VoyageDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CustomerOrderDict(_TypedDict, total=False):
    """`CustomerOrder` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    customerOrderId: str
    type: (
        _OrderType
        | _Literal[
            "Master",
            "Elementary",
            "SegmentTerminalEntrepot",
            "SegmentEntrepotDepot",
            "SegmentDepotEntrepot",
            "SegmentEntrepotTerminal",
            "SegmentTransfer",
        ]
        | str
    )
    status: (
        _OrderStatus
        | _Literal["Draft", "Valid", "Cancelled", "Submitted", "Rejected", "InProcess", "Accepted", "Refused"]
        | str
    )
    version: str | None
    histories: _Sequence[OrderHistoryDict] | None
    container: _Sequence[ContainerViewDict] | ContainerViewDict | None
    contractor: ActorViewDict
    carrier: ActorViewDict
    transportOrderNumber: str | None
    date: _datetime.datetime | str | None
    sender: str | None
    clientReference: str | None
    customsFlag: _CustomsFlag | _Literal["Import", "Export", "Transfer"] | str
    priceInformation: str | None
    instructionsInformation: str | None
    contractTermsInformation: str | None
    comment: str | None
    voyage: VoyageDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.actor_view import ActorView
from ..models.container_view import ContainerView
from ..models.order_history import OrderHistory
from ..models.voyage import Voyage
