from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"price", "interval_of_days"})


@_attrs_define
class Payment:
    """Payment details.

    Attributes:
        price (Price | Unset): Price definition.
        interval_of_days (None | str | Unset): Payment date interval in days, ISO 8601 formatted.
    """

    price: Price | Unset = UNSET
    interval_of_days: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        interval_of_days: None | str | Unset
        if isinstance(self.interval_of_days, Unset):
            interval_of_days = UNSET
        else:
            interval_of_days = self.interval_of_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if interval_of_days is not UNSET:
            field_dict["interval_of_days"] = interval_of_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _price = src_dict.get("price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        interval_of_days = src_dict.get("interval_of_days", UNSET)

        payment = cls(
            price,
            interval_of_days,
        )

        if not _FIELDS.issuperset(src_dict):
            payment.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return payment

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
    from ..models.price import PriceDict

from typing import TypedDict as _TypedDict  # noqa: E402


class PaymentDict(_TypedDict, total=False):
    """`Payment` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    price: PriceDict
    interval_of_days: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.price import Price
