from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPaymentType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"days", "period", "price"})


@_attrs_define
class OrderPaymentType0:
    """Payment.

    Attributes:
        days (float | None | Unset): Payment days.
        period (None | str | Unset): Period.
        price (None | OrderPaymentType0PriceType0 | Unset): Price.
    """

    days: float | None | Unset = UNSET
    period: None | str | Unset = UNSET
    price: None | OrderPaymentType0PriceType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days: float | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        else:
            days = self.days

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, OrderPaymentType0PriceType0):
            price = self.price.to_dict()
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if period is not UNSET:
            field_dict["period"] = period
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        days = src_dict.get("days", UNSET)

        period = src_dict.get("period", UNSET)

        price = src_dict.get("price", UNSET)
        if isinstance(price, dict):
            try:
                price_type_0 = OrderPaymentType0PriceType0.from_dict(price)
                price = price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_payment_type_0 = cls(
            days,
            period,
            price,
        )

        if not _FIELDS.issuperset(src_dict):
            order_payment_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_payment_type_0

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

    from ..models.order_payment_type_0_price_type_0 import OrderPaymentType0PriceType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderPaymentType0Dict(_TypedDict, total=False):
    """`OrderPaymentType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    days: float | _Decimal | None
    period: str | None
    price: OrderPaymentType0PriceType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_payment_type_0_price_type_0 import OrderPaymentType0PriceType0
