from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Timespan")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"begin", "end"})


@_attrs_define
class Timespan:
    """A time range (ISO 8601 timestamps).

    Attributes:
        begin (datetime.datetime): Start, in ISO format.
        end (datetime.datetime): End, in ISO format.
    """

    begin: datetime.datetime
    end: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin = self.begin.isoformat()

        end = self.end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "begin": begin,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        begin = datetime.datetime.fromisoformat(src_dict["begin"])

        end = datetime.datetime.fromisoformat(src_dict["end"])

        timespan = cls(
            begin,
            end,
        )

        if not _FIELDS.issuperset(src_dict):
            timespan.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return timespan

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


class TimespanDict(_TypedDict, total=False):
    """`Timespan` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    begin: _datetime.datetime | str
    end: _datetime.datetime | str
