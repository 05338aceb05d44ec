from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reefer")


@_attrs_define
class Reefer:
    """Refrigeration information.

    Attributes:
        set_point (float | None | Unset): Setpoint temperature, indicated by the contractor.
    """

    set_point: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        set_point: float | None | Unset
        if isinstance(self.set_point, Unset):
            set_point = UNSET
        else:
            set_point = self.set_point

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if set_point is not UNSET:
            field_dict["setPoint"] = set_point

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        set_point = src_dict.get("setPoint", UNSET)

        reefer = cls(
            set_point,
        )

        return reefer


if TYPE_CHECKING:
    from decimal import Decimal as _Decimal

from typing import TypedDict as _TypedDict  # noqa: E402


class ReeferDict(_TypedDict, total=False):
    """`Reefer` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    setPoint: float | _Decimal | None
