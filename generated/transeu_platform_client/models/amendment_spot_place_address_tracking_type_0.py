from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendmentSpotPlaceAddressTrackingType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"email", "is_shared"})


@_attrs_define
class AmendmentSpotPlaceAddressTrackingType0:
    """Tracking settings.

    Attributes:
        email (None | str | Unset): Tracking email.
        is_shared (bool | Unset): If tracking is shared.
    """

    email: None | str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        is_shared = self.is_shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict.get("email", UNSET)

        is_shared = src_dict.get("is_shared", UNSET)

        amendment_spot_place_address_tracking_type_0 = cls(
            email,
            is_shared,
        )

        if not _FIELDS.issuperset(src_dict):
            amendment_spot_place_address_tracking_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return amendment_spot_place_address_tracking_type_0

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


class AmendmentSpotPlaceAddressTrackingType0Dict(_TypedDict, total=False):
    """`AmendmentSpotPlaceAddressTrackingType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    email: str | None
    is_shared: bool
