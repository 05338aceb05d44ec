from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Oog")


@_attrs_define
class Oog:
    """Out of gauge information.

    Attributes:
        length (float | None | Unset): Excess length (unit in M).
        width (float | None | Unset): Excess width (unit in M).
        height (float | None | Unset): Excess height (unit in M).
    """

    length: float | None | Unset = UNSET
    width: float | None | Unset = UNSET
    height: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        length: float | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        width: float | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: float | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        length = src_dict.get("length", UNSET)

        width = src_dict.get("width", UNSET)

        height = src_dict.get("height", UNSET)

        oog = cls(
            length,
            width,
            height,
        )

        return oog


if TYPE_CHECKING:
    from decimal import Decimal as _Decimal

from typing import TypedDict as _TypedDict  # noqa: E402


class OogDict(_TypedDict, total=False):
    """`Oog` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    length: float | _Decimal | None
    width: float | _Decimal | None
    height: float | _Decimal | None
