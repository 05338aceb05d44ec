from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Indicator")


@_attrs_define
class Indicator:
    """Indicators information.

    Attributes:
        is_reefer (bool | None | Unset): Reefer indicator. Default: False.
        is_hazardous (bool | None | Unset): Hazardous indicator. Default: False.
        is_oog (bool | None | Unset): Out of gauge indicator. Default: False.
    """

    is_reefer: bool | None | Unset = False
    is_hazardous: bool | None | Unset = False
    is_oog: bool | None | Unset = False

    def to_dict(self) -> dict[str, Any]:
        is_reefer: bool | None | Unset
        if isinstance(self.is_reefer, Unset):
            is_reefer = UNSET
        else:
            is_reefer = self.is_reefer

        is_hazardous: bool | None | Unset
        if isinstance(self.is_hazardous, Unset):
            is_hazardous = UNSET
        else:
            is_hazardous = self.is_hazardous

        is_oog: bool | None | Unset
        if isinstance(self.is_oog, Unset):
            is_oog = UNSET
        else:
            is_oog = self.is_oog

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if is_reefer is not UNSET:
            field_dict["isReefer"] = is_reefer
        if is_hazardous is not UNSET:
            field_dict["isHazardous"] = is_hazardous
        if is_oog is not UNSET:
            field_dict["isOog"] = is_oog

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_reefer = src_dict.get("isReefer", UNSET)

        is_hazardous = src_dict.get("isHazardous", UNSET)

        is_oog = src_dict.get("isOog", UNSET)

        indicator = cls(
            is_reefer,
            is_hazardous,
            is_oog,
        )

        return indicator


from typing import TypedDict as _TypedDict  # noqa: E402


class IndicatorDict(_TypedDict, total=False):
    """`Indicator` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    isReefer: bool | None
    isHazardous: bool | None
    isOog: bool | None
