from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentPrice")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"value", "currency", "type", "protected"})


@_attrs_define
class CreatePaymentPrice:
    """The price.

    Attributes:
        value (float | Unset): Price value.
        currency (str | Unset): Currency code (EUR in the vendor's example; lower case on some vendor pages).
        type_ (str | Unset): Price type (e.g. route).
        protected (bool | Unset): Whether the price is protected.
    """

    value: float | Unset = UNSET
    currency: str | Unset = UNSET
    type_: str | Unset = UNSET
    protected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        currency = self.currency

        type_ = self.type_

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

        create_payment_price = cls(
            value,
            currency,
            type_,
            protected,
        )

        if not _FIELDS.issuperset(src_dict):
            create_payment_price.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_payment_price

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


class CreatePaymentPriceDict(_TypedDict, total=False):
    """`CreatePaymentPrice` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    value: float | _Decimal
    currency: str
    type: str
    protected: bool
