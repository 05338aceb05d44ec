from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency

T = TypeVar("T", bound="PriceInput")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"value", "currency"})


@_attrs_define
class PriceInput:
    """Price definition.

    Attributes:
        value (float): Price value (positive number).
        currency (Currency): Supported currency (ISO 4217): BAM Bosnia and Herzegovina Convertible Mark, BGN Bulgarian
            Lev,
            BYR Belarussan Ruble, CHF Swiss Franc, CZK Czech Koruna, DKK Danish Krone, EUR European Euro,
            GBP Pound Sterling, HRK Croatian Kuna, HUF Hungarian Forint, ISK Icelandic Krona, KZT
            Kazakhstani Tenge, MDL Moldovan Leu, MKD Macedonian Denar, NOK Norwegian Krone, PLN Polish
            Zloty, RON Romanian Leu, RSD Serbian Dinar, RUB Russian Ruble, SEK Swedish Krone, TRY Turkish
            Lira, UAH Ukrainian Hryvnia, USD US Dollars.
    """

    value: float
    currency: Currency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        currency = self.currency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict["value"]

        currency = Currency(src_dict["currency"])

        price_input = cls(
            value,
            currency,
        )

        if not _FIELDS.issuperset(src_dict):
            price_input.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return price_input

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
    from typing import Required as _Required

    from ..models.currency import Currency as _Currency

from typing import TypedDict as _TypedDict  # noqa: E402


class PriceInputDict(_TypedDict, total=False):
    """`PriceInput` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    value: _Required[float | _Decimal]
    currency: _Required[
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
    ]
