from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transport_type import TransportType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAmendmentFreightRequirementsTransport")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"settlement_basis", "type", "count", "total_weight"})


@_attrs_define
class OrderAmendmentFreightRequirementsTransport:
    """Transport requirements.

    Attributes:
        settlement_basis (None | str | Unset): Settlement basis.
        type_ (TransportType | Unset): Transport type: less than a truck load, a full truck load, several full truck
            loads.
        count (float | None | Unset): Transport count.
        total_weight (Measurement | None | Unset): The total weight (see the referenced schema).
    """

    settlement_basis: None | str | Unset = UNSET
    type_: TransportType | Unset = UNSET
    count: float | None | Unset = UNSET
    total_weight: Measurement | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlement_basis: None | str | Unset
        if isinstance(self.settlement_basis, Unset):
            settlement_basis = UNSET
        else:
            settlement_basis = self.settlement_basis

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        count: float | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        total_weight: dict[str, Any] | None | Unset
        if isinstance(self.total_weight, Unset):
            total_weight = UNSET
        elif isinstance(self.total_weight, Measurement):
            total_weight = self.total_weight.to_dict()
        else:
            total_weight = self.total_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settlement_basis is not UNSET:
            field_dict["settlement_basis"] = settlement_basis
        if type_ is not UNSET:
            field_dict["type"] = type_
        if count is not UNSET:
            field_dict["count"] = count
        if total_weight is not UNSET:
            field_dict["total_weight"] = total_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        settlement_basis = src_dict.get("settlement_basis", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: TransportType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransportType(_type_)

        count = src_dict.get("count", UNSET)

        total_weight = src_dict.get("total_weight", UNSET)
        if isinstance(total_weight, dict):
            try:
                total_weight_type_0 = Measurement.from_dict(total_weight)
                total_weight = total_weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_amendment_freight_requirements_transport = cls(
            settlement_basis,
            type_,
            count,
            total_weight,
        )

        if not _FIELDS.issuperset(src_dict):
            order_amendment_freight_requirements_transport.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_amendment_freight_requirements_transport

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

    from ..models.measurement import MeasurementDict
    from ..models.transport_type import TransportType as _TransportType

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderAmendmentFreightRequirementsTransportDict(_TypedDict, total=False):
    """`OrderAmendmentFreightRequirementsTransport` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    settlement_basis: str | None
    type: _TransportType | _Literal["ltl", "ftl", "multi_ftl"]
    count: float | _Decimal | None
    total_weight: MeasurementDict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.measurement import Measurement
