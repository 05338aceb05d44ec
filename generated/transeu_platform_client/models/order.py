from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "number",
        "created_at",
        "additional_terms",
        "shipment_external_id",
        "status",
        "freight",
        "payment",
        "monitoring",
        "attachments",
        "related",
    }
)


@_attrs_define
class Order:
    """An order entity as read back (create's 201, the read of one, an item of a page). Lenient:
    every field optional and nullable, unknown fields allowed, so the vendor's three related
    entity schemas (and their next revisions) all parse. Only `id` is required: an order
    without one cannot be read back, patched or amended.

        Attributes:
            id (str): Order id (UUID).
            number (None | str | Unset): Order number.
            created_at (None | str | Unset): When it was created.
            additional_terms (None | str | Unset): Additional terms.
            shipment_external_id (None | str | Unset): Shipment external id.
            status (None | OrderStatusType0 | Unset): Status of the order.
            freight (None | OrderFreightType0 | Unset): The freight.
            payment (None | OrderPaymentType0 | Unset): Payment.
            monitoring (None | OrderMonitoringType0 | Unset): Monitoring.
            attachments (list[Any] | None | Unset): Attachments.
            related (list[Any] | None | Unset): Related orders.
    """

    id: str
    number: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    additional_terms: None | str | Unset = UNSET
    shipment_external_id: None | str | Unset = UNSET
    status: None | OrderStatusType0 | Unset = UNSET
    freight: None | OrderFreightType0 | Unset = UNSET
    payment: None | OrderPaymentType0 | Unset = UNSET
    monitoring: None | OrderMonitoringType0 | Unset = UNSET
    attachments: list[Any] | None | Unset = UNSET
    related: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        additional_terms: None | str | Unset
        if isinstance(self.additional_terms, Unset):
            additional_terms = UNSET
        else:
            additional_terms = self.additional_terms

        shipment_external_id: None | str | Unset
        if isinstance(self.shipment_external_id, Unset):
            shipment_external_id = UNSET
        else:
            shipment_external_id = self.shipment_external_id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatusType0):
            status = self.status.to_dict()
        else:
            status = self.status

        freight: dict[str, Any] | None | Unset
        if isinstance(self.freight, Unset):
            freight = UNSET
        elif isinstance(self.freight, OrderFreightType0):
            freight = self.freight.to_dict()
        else:
            freight = self.freight

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, OrderPaymentType0):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        monitoring: dict[str, Any] | None | Unset
        if isinstance(self.monitoring, Unset):
            monitoring = UNSET
        elif isinstance(self.monitoring, OrderMonitoringType0):
            monitoring = self.monitoring.to_dict()
        else:
            monitoring = self.monitoring

        attachments: list[Any] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = self.attachments

        else:
            attachments = self.attachments

        related: list[Any] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, list):
            related = self.related

        else:
            related = self.related

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if additional_terms is not UNSET:
            field_dict["additional_terms"] = additional_terms
        if shipment_external_id is not UNSET:
            field_dict["shipment_external_id"] = shipment_external_id
        if status is not UNSET:
            field_dict["status"] = status
        if freight is not UNSET:
            field_dict["freight"] = freight
        if payment is not UNSET:
            field_dict["payment"] = payment
        if monitoring is not UNSET:
            field_dict["monitoring"] = monitoring
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if related is not UNSET:
            field_dict["related"] = related

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        number = src_dict.get("number", UNSET)

        created_at = src_dict.get("created_at", UNSET)

        additional_terms = src_dict.get("additional_terms", UNSET)

        shipment_external_id = src_dict.get("shipment_external_id", UNSET)

        status = src_dict.get("status", UNSET)
        if isinstance(status, dict):
            try:
                status_type_0 = OrderStatusType0.from_dict(status)
                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        freight = src_dict.get("freight", UNSET)
        if isinstance(freight, dict):
            try:
                freight_type_0 = OrderFreightType0.from_dict(freight)
                freight = freight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payment = src_dict.get("payment", UNSET)
        if isinstance(payment, dict):
            try:
                payment_type_0 = OrderPaymentType0.from_dict(payment)
                payment = payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        monitoring = src_dict.get("monitoring", UNSET)
        if isinstance(monitoring, dict):
            try:
                monitoring_type_0 = OrderMonitoringType0.from_dict(monitoring)
                monitoring = monitoring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        attachments = src_dict.get("attachments", UNSET)
        if isinstance(attachments, list):
            try:
                attachments_type_0 = cast(list[Any], attachments)
                attachments = attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        related = src_dict.get("related", UNSET)
        if isinstance(related, list):
            try:
                related_type_0 = cast(list[Any], related)
                related = related_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order = cls(
            id,
            number,
            created_at,
            additional_terms,
            shipment_external_id,
            status,
            freight,
            payment,
            monitoring,
            attachments,
            related,
        )

        if not _FIELDS.issuperset(src_dict):
            order.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return order

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
    from collections.abc import Sequence as _Sequence

    from ..models.order_freight_type_0 import OrderFreightType0Dict
    from ..models.order_monitoring_type_0 import OrderMonitoringType0Dict
    from ..models.order_payment_type_0 import OrderPaymentType0Dict
    from ..models.order_status_type_0 import OrderStatusType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderDict(_TypedDict, total=False):
    """`Order` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: str
    number: str | None
    created_at: str | None
    additional_terms: str | None
    shipment_external_id: str | None
    status: OrderStatusType0Dict | None
    freight: OrderFreightType0Dict | None
    payment: OrderPaymentType0Dict | None
    monitoring: OrderMonitoringType0Dict | None
    attachments: _Sequence[Any] | None
    related: _Sequence[Any] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_freight_type_0 import OrderFreightType0
from ..models.order_monitoring_type_0 import OrderMonitoringType0
from ..models.order_payment_type_0 import OrderPaymentType0
from ..models.order_status_type_0 import OrderStatusType0
