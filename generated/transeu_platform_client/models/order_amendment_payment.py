from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAmendmentPayment")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"days", "price"})


@_attrs_define
class OrderAmendmentPayment:
    """Payment amendment section.

    Attributes:
        days (float | Unset): Payment days.
        price (OrderAmendmentPaymentPrice | Unset): Price settings.
    """

    days: float | Unset = UNSET
    price: OrderAmendmentPaymentPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        days = src_dict.get("days", UNSET)

        _price = src_dict.get("price", UNSET)
        price: OrderAmendmentPaymentPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = OrderAmendmentPaymentPrice.from_dict(_price)

        order_amendment_payment = cls(
            days,
            price,
        )

        if not _FIELDS.issuperset(src_dict):
            order_amendment_payment.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_amendment_payment

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
    from decimal import Decimal as _Decimal

    from ..models.order_amendment_payment_price import OrderAmendmentPaymentPriceDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderAmendmentPaymentDict(_TypedDict, total=False):
    """`OrderAmendmentPayment` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    days: float | _Decimal
    price: OrderAmendmentPaymentPriceDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_amendment_payment_price import OrderAmendmentPaymentPrice
