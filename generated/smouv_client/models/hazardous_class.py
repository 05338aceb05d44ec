from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HazardousClass")


@_attrs_define
class HazardousClass:
    """Hazardous class information.

    Attributes:
        imdg_code (None | str | Unset): IMDG code.
        undg_code (None | str | Unset): UNDG code.
        packaging_group (None | str | Unset): Packaging group.
    """

    imdg_code: None | str | Unset = UNSET
    undg_code: None | str | Unset = UNSET
    packaging_group: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        imdg_code: None | str | Unset
        if isinstance(self.imdg_code, Unset):
            imdg_code = UNSET
        else:
            imdg_code = self.imdg_code

        undg_code: None | str | Unset
        if isinstance(self.undg_code, Unset):
            undg_code = UNSET
        else:
            undg_code = self.undg_code

        packaging_group: None | str | Unset
        if isinstance(self.packaging_group, Unset):
            packaging_group = UNSET
        else:
            packaging_group = self.packaging_group

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if imdg_code is not UNSET:
            field_dict["imdgCode"] = imdg_code
        if undg_code is not UNSET:
            field_dict["undgCode"] = undg_code
        if packaging_group is not UNSET:
            field_dict["packagingGroup"] = packaging_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        imdg_code = src_dict.get("imdgCode", UNSET)

        undg_code = src_dict.get("undgCode", UNSET)

        packaging_group = src_dict.get("packagingGroup", UNSET)

        hazardous_class = cls(
            imdg_code,
            undg_code,
            packaging_group,
        )

        return hazardous_class


from typing import TypedDict as _TypedDict  # noqa: E402


class HazardousClassDict(_TypedDict, total=False):
    """`HazardousClass` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    imdgCode: str | None
    undgCode: str | None
    packagingGroup: str | None
