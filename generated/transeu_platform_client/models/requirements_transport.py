from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transport_type import TransportType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequirementsTransport")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"count", "total_weight", "type", "settlement_basis", "schedule_type"})


@_attrs_define
class RequirementsTransport:
    """Transport requirements.

    Attributes:
        count (float | None | Unset): Transport count.
        total_weight (float | None | Unset): Total weight.
        type_ (TransportType | Unset): Transport type: less than a truck load, a full truck load, several full truck
            loads.
        settlement_basis (None | str | Unset): Settlement basis.
        schedule_type (None | str | Unset): Schedule type.
    """

    count: float | None | Unset = UNSET
    total_weight: float | None | Unset = UNSET
    type_: TransportType | Unset = UNSET
    settlement_basis: None | str | Unset = UNSET
    schedule_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: float | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        total_weight: float | None | Unset
        if isinstance(self.total_weight, Unset):
            total_weight = UNSET
        else:
            total_weight = self.total_weight

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        settlement_basis: None | str | Unset
        if isinstance(self.settlement_basis, Unset):
            settlement_basis = UNSET
        else:
            settlement_basis = self.settlement_basis

        schedule_type: None | str | Unset
        if isinstance(self.schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = self.schedule_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if total_weight is not UNSET:
            field_dict["total_weight"] = total_weight
        if type_ is not UNSET:
            field_dict["type"] = type_
        if settlement_basis is not UNSET:
            field_dict["settlement_basis"] = settlement_basis
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        count = src_dict.get("count", UNSET)

        total_weight = src_dict.get("total_weight", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: TransportType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransportType(_type_)

        settlement_basis = src_dict.get("settlement_basis", UNSET)

        schedule_type = src_dict.get("schedule_type", UNSET)

        requirements_transport = cls(
            count,
            total_weight,
            type_,
            settlement_basis,
            schedule_type,
        )

        if not _FIELDS.issuperset(src_dict):
            requirements_transport.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return requirements_transport

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
    from decimal import Decimal as _Decimal
    from typing import Literal as _Literal

    from ..models.transport_type import TransportType as _TransportType

from typing import TypedDict as _TypedDict  # noqa: E402


class RequirementsTransportDict(_TypedDict, total=False):
    """`RequirementsTransport` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    count: float | _Decimal | None
    total_weight: float | _Decimal | None
    type: _TransportType | _Literal["ltl", "ftl", "multi_ftl"]
    settlement_basis: str | None
    schedule_type: str | None
