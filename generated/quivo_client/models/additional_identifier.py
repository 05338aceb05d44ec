from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalIdentifier")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"identifier", "type"})


@_attrs_define
class AdditionalIdentifier:
    """An extra identifier of an address.

    Attributes:
        identifier (str | Unset): The identifier.
        type_ (str | Unset): Kind of identifier (e.g. GLN).
    """

    identifier: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        identifier = src_dict.get("identifier", UNSET)

        type_ = src_dict.get("type", UNSET)

        additional_identifier = cls(
            identifier,
            type_,
        )

        if not _FIELDS.issuperset(src_dict):
            additional_identifier.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return additional_identifier

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


class AdditionalIdentifierDict(_TypedDict, total=False):
    """`AdditionalIdentifier` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    identifier: str
    type: str
