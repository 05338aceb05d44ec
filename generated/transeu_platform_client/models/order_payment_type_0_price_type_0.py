from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPaymentType0PriceType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"value", "currency", "type", "protected"})


@_attrs_define
class OrderPaymentType0PriceType0:
    """Price.

    Attributes:
        value (float | None | Unset): Value.
        currency (None | str | Unset): Currency.
        type_ (None | str | Unset): Price type.
        protected (bool | None | Unset): Protected.
    """

    value: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    protected: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        protected: bool | None | Unset
        if isinstance(self.protected, Unset):
            protected = UNSET
        else:
            protected = self.protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if protected is not UNSET:
            field_dict["protected"] = protected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict.get("value", UNSET)

        currency = src_dict.get("currency", UNSET)

        type_ = src_dict.get("type", UNSET)

        protected = src_dict.get("protected", UNSET)

        order_payment_type_0_price_type_0 = cls(
            value,
            currency,
            type_,
            protected,
        )

        if not _FIELDS.issuperset(src_dict):
            order_payment_type_0_price_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_payment_type_0_price_type_0

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

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderPaymentType0PriceType0Dict(_TypedDict, total=False):
    """`OrderPaymentType0PriceType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    value: float | _Decimal | None
    currency: str | None
    type: str | None
    protected: bool | None
