from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryDateRange")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"from", "to"})


@_attrs_define
class QueryDateRange:
    """An inclusive date range; either end may be omitted.

    Attributes:
        from_ (datetime.datetime | None | Unset): Inclusive lower bound.
        to (datetime.datetime | None | Unset): Inclusive upper bound.
    """

    from_: datetime.datetime | None | Unset = UNSET
    to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from_ = src_dict.get("from", UNSET)
        if isinstance(from_, str):
            try:
                from_type_0 = datetime.datetime.fromisoformat(from_)
                from_ = from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        to = src_dict.get("to", UNSET)
        if isinstance(to, str):
            try:
                to_type_0 = datetime.datetime.fromisoformat(to)
                to = to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        query_date_range = cls(
            from_,
            to,
        )

        if not _FIELDS.issuperset(src_dict):
            query_date_range.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return query_date_range

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
    import datetime as _datetime

from typing import TypedDict as _TypedDict  # noqa: E402

QueryDateRangeDict = _TypedDict(
    "QueryDateRangeDict",
    {
        "from": "_datetime.datetime | str | None",
        "to": "_datetime.datetime | str | None",
    },
    total=False,
)
