from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderMonitoring")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"required", "providers"})


@_attrs_define
class CreateOrderMonitoring:
    """Monitoring (tracking) of the transport.

    Attributes:
        required (bool | Unset): Whether monitoring is required.
        providers (list[str] | None | Unset): Monitoring providers.
    """

    required: bool | Unset = UNSET
    providers: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        providers: list[str] | None | Unset
        if isinstance(self.providers, Unset):
            providers = UNSET
        elif isinstance(self.providers, list):
            providers = self.providers

        else:
            providers = self.providers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        required = src_dict.get("required", UNSET)

        providers = src_dict.get("providers", UNSET)
        if isinstance(providers, list):
            try:
                providers_type_0 = cast(list[str], providers)
                providers = providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_order_monitoring = cls(
            required,
            providers,
        )

        if not _FIELDS.issuperset(src_dict):
            create_order_monitoring.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_order_monitoring

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
    from collections.abc import Sequence as _Sequence

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateOrderMonitoringDict(_TypedDict, total=False):
    """`CreateOrderMonitoring` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    required: bool
    providers: _Sequence[str] | None
