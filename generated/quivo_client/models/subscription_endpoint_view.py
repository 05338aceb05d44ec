from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionEndpointView")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"type", "url"})


@_attrs_define
class SubscriptionEndpointView:
    """The endpoint as returned (open to any key).

    Attributes:
        type_ (None | str | Unset): The endpoint kind (WEBHOOK).
        url (None | str | Unset): The receiver's URL.
    """

    type_: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type", UNSET)

        url = src_dict.get("url", UNSET)

        subscription_endpoint_view = cls(
            type_,
            url,
        )

        if not _FIELDS.issuperset(src_dict):
            subscription_endpoint_view.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return subscription_endpoint_view

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


class SubscriptionEndpointViewDict(_TypedDict, total=False):
    """`SubscriptionEndpointView` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: str | None
    url: str | None
