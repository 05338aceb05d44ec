from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customs_flag import CustomsFlag
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrder")


@_attrs_define
class CustomerOrder:
    """A customer order as returned by GET.

    Attributes:
        customer_order_id (str): Order id.
        type_ (OrderType | str): Order type.
        status (OrderStatus | str): Order status.
        version (None | str | Unset): Current version, the same value as the `ETag` header.
        histories (list[OrderHistory] | None | Unset): Status history.
        containers (list[ContainerView] | None | Unset): Containers of the order.
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
    containers: list[ContainerView] | None | Unset = UNSET
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

        containers: list[dict[str, Any]] | None | Unset
        if isinstance(self.containers, Unset):
            containers = UNSET
        elif isinstance(self.containers, list):
            containers = []
            for containers_type_0_item_data in self.containers:
                containers_type_0_item = containers_type_0_item_data.to_dict()
                containers.append(containers_type_0_item)

        else:
            containers = self.containers

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
        if containers is not UNSET:
            field_dict["containers"] = containers
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
        d = dict(src_dict)
        customer_order_id = d.pop("customerOrderId")

        def _parse_type_(data: object) -> OrderType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OrderType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("OrderType | str", data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_status(data: object) -> OrderStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("OrderStatus | str", data)

        status = _parse_status(d.pop("status"))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_histories(data: object) -> list[OrderHistory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                histories_type_0 = []
                _histories_type_0 = data
                for histories_type_0_item_data in _histories_type_0:
                    histories_type_0_item = OrderHistory.from_dict(histories_type_0_item_data)

                    histories_type_0.append(histories_type_0_item)

                return histories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[OrderHistory] | None | Unset", data)

        histories = _parse_histories(d.pop("histories", UNSET))

        def _parse_containers(data: object) -> list[ContainerView] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                containers_type_0 = []
                _containers_type_0 = data
                for containers_type_0_item_data in _containers_type_0:
                    containers_type_0_item = ContainerView.from_dict(containers_type_0_item_data)

                    containers_type_0.append(containers_type_0_item)

                return containers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ContainerView] | None | Unset", data)

        containers = _parse_containers(d.pop("containers", UNSET))

        _contractor = d.pop("contractor", UNSET)
        contractor: ActorView | Unset
        if isinstance(_contractor, Unset):
            contractor = UNSET
        else:
            contractor = ActorView.from_dict(_contractor)

        _carrier = d.pop("carrier", UNSET)
        carrier: ActorView | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = ActorView.from_dict(_carrier)

        def _parse_transport_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        transport_order_number = _parse_transport_order_number(d.pop("transportOrderNumber", UNSET))

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_client_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        client_reference = _parse_client_reference(d.pop("clientReference", UNSET))

        def _parse_customs_flag(data: object) -> CustomsFlag | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customs_flag_type_0 = CustomsFlag(data)

                return customs_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CustomsFlag | str | Unset", data)

        customs_flag = _parse_customs_flag(d.pop("customsFlag", UNSET))

        def _parse_price_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        price_information = _parse_price_information(d.pop("priceInformation", UNSET))

        def _parse_instructions_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions_information = _parse_instructions_information(d.pop("instructionsInformation", UNSET))

        def _parse_contract_terms_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        contract_terms_information = _parse_contract_terms_information(d.pop("contractTermsInformation", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        comment = _parse_comment(d.pop("comment", UNSET))

        _voyage = d.pop("voyage", UNSET)
        voyage: Voyage | Unset
        if isinstance(_voyage, Unset):
            voyage = UNSET
        else:
            voyage = Voyage.from_dict(_voyage)

        customer_order = cls(
            customer_order_id=customer_order_id,
            type_=type_,
            status=status,
            version=version,
            histories=histories,
            containers=containers,
            contractor=contractor,
            carrier=carrier,
            transport_order_number=transport_order_number,
            date=date,
            sender=sender,
            client_reference=client_reference,
            customs_flag=customs_flag,
            price_information=price_information,
            instructions_information=instructions_information,
            contract_terms_information=contract_terms_information,
            comment=comment,
            voyage=voyage,
        )

        customer_order.additional_properties = d
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


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.actor_view import ActorView
from ..models.container_view import ContainerView
from ..models.order_history import OrderHistory
from ..models.voyage import Voyage
