from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"type", "title", "status", "detail"})


@_attrs_define
class Problem:
    """API problem (draft-nottingham-http-problem-07). May also contain custom fields.

    Attributes:
        type_ (None | str | Unset): URL of a documentation page; about:blank when absent.
        title (None | str | Unset): Short summary that does not change between occurrences.
        status (int | None | Unset): HTTP status code.
        detail (None | str | Unset): Text specific to this occurrence.
    """

    type_: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type", UNSET)

        title = src_dict.get("title", UNSET)

        status = src_dict.get("status", UNSET)

        detail = src_dict.get("detail", UNSET)

        problem = cls(
            type_,
            title,
            status,
            detail,
        )

        if not _FIELDS.issuperset(src_dict):
            problem.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return problem

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


from typing import TypedDict as _TypedDict  # noqa: E402


class ProblemDict(_TypedDict, total=False):
    """`Problem` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: str | None
    title: str | None
    status: int | None
    detail: str | None
