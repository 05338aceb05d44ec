from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="Price")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"value", "currency"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_Currency_BY_VALUE = {member.value: member for member in Currency}


@_attrs_define
class Price:
    """Price definition.

    Attributes:
        value (float | None | Unset): Price value.
        currency (Currency | None | str | Unset): Price currency (ISO 4217).
    """

    value: float | None | Unset = UNSET
    currency: Currency | None | str | Unset = UNSET
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
        elif isinstance(self.currency, Currency):
            currency = self.currency.value
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict.get("value", UNSET)

        currency = src_dict.get("currency", UNSET)
        if isinstance(currency, str) and currency in _Currency_BY_VALUE:
            currency = _Currency_BY_VALUE[currency]

        price = cls(
            value,
            currency,
        )

        if not _FIELDS.issuperset(src_dict):
            price.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return price

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
    from typing import Literal as _Literal

    from ..models.currency import Currency as _Currency

from typing import TypedDict as _TypedDict  # noqa: E402


class PriceDict(_TypedDict, total=False):
    """`Price` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    value: float | _Decimal | None
    currency: (
        _Currency
        | _Literal[
            "BAM",
            "BGN",
            "BYR",
            "CHF",
            "CZK",
            "DKK",
            "EUR",
            "GBP",
            "HRK",
            "HUF",
            "ISK",
            "KZT",
            "MDL",
            "MKD",
            "NOK",
            "PLN",
            "RON",
            "RSD",
            "RUB",
            "SEK",
            "TRY",
            "UAH",
            "USD",
        ]
        | str
        | None
    )
