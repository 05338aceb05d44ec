from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Requirements")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "is_ftl",
        "other_requirements",
        "required_adr_classes",
        "required_truck_bodies",
        "required_ways_of_loading",
        "shipping_remarks",
        "vehicle_size_id",
        "is_tracking_system_required",
        "temperature",
        "transport",
        "required_tipper_trailer_additional_equipment",
        "required_door_types",
        "exemption_from_adr",
    }
)


@_attrs_define
class Requirements:
    """Requirements of the freight.

    Attributes:
        is_ftl (bool | Unset): Full truck load.
        other_requirements (list[str] | Unset): Other requirements.
        required_adr_classes (list[str] | Unset): ADR classes the vehicle must be approved for.
        required_truck_bodies (list[str] | Unset): Truck bodies accepted (e.g. curtain).
        required_ways_of_loading (list[str] | Unset): Ways of loading.
        shipping_remarks (None | str | Unset): Shipping remarks.
        vehicle_size_id (None | str | Unset): Vehicle size.
        is_tracking_system_required (bool | Unset): Whether a tracking system is required.
        temperature (None | RequirementsTemperatureType0 | Unset): Temperature range {min, max}.
        transport (RequirementsTransport | Unset): Transport requirements.
        required_tipper_trailer_additional_equipment (list[str] | Unset): Tipper trailer equipment.
        required_door_types (list[str] | Unset): Door types.
        exemption_from_adr (None | str | Unset): ADR exemption.
    """

    is_ftl: bool | Unset = UNSET
    other_requirements: list[str] | Unset = UNSET
    required_adr_classes: list[str] | Unset = UNSET
    required_truck_bodies: list[str] | Unset = UNSET
    required_ways_of_loading: list[str] | Unset = UNSET
    shipping_remarks: None | str | Unset = UNSET
    vehicle_size_id: None | str | Unset = UNSET
    is_tracking_system_required: bool | Unset = UNSET
    temperature: None | RequirementsTemperatureType0 | Unset = UNSET
    transport: RequirementsTransport | Unset = UNSET
    required_tipper_trailer_additional_equipment: list[str] | Unset = UNSET
    required_door_types: list[str] | Unset = UNSET
    exemption_from_adr: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_ftl = self.is_ftl

        other_requirements: list[str] | Unset = UNSET
        if not isinstance(self.other_requirements, Unset):
            other_requirements = self.other_requirements

        required_adr_classes: list[str] | Unset = UNSET
        if not isinstance(self.required_adr_classes, Unset):
            required_adr_classes = self.required_adr_classes

        required_truck_bodies: list[str] | Unset = UNSET
        if not isinstance(self.required_truck_bodies, Unset):
            required_truck_bodies = self.required_truck_bodies

        required_ways_of_loading: list[str] | Unset = UNSET
        if not isinstance(self.required_ways_of_loading, Unset):
            required_ways_of_loading = self.required_ways_of_loading

        shipping_remarks: None | str | Unset
        if isinstance(self.shipping_remarks, Unset):
            shipping_remarks = UNSET
        else:
            shipping_remarks = self.shipping_remarks

        vehicle_size_id: None | str | Unset
        if isinstance(self.vehicle_size_id, Unset):
            vehicle_size_id = UNSET
        else:
            vehicle_size_id = self.vehicle_size_id

        is_tracking_system_required = self.is_tracking_system_required

        temperature: dict[str, Any] | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        elif isinstance(self.temperature, RequirementsTemperatureType0):
            temperature = self.temperature.to_dict()
        else:
            temperature = self.temperature

        transport: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport.to_dict()

        required_tipper_trailer_additional_equipment: list[str] | Unset = UNSET
        if not isinstance(self.required_tipper_trailer_additional_equipment, Unset):
            required_tipper_trailer_additional_equipment = self.required_tipper_trailer_additional_equipment

        required_door_types: list[str] | Unset = UNSET
        if not isinstance(self.required_door_types, Unset):
            required_door_types = self.required_door_types

        exemption_from_adr: None | str | Unset
        if isinstance(self.exemption_from_adr, Unset):
            exemption_from_adr = UNSET
        else:
            exemption_from_adr = self.exemption_from_adr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_ftl is not UNSET:
            field_dict["is_ftl"] = is_ftl
        if other_requirements is not UNSET:
            field_dict["other_requirements"] = other_requirements
        if required_adr_classes is not UNSET:
            field_dict["required_adr_classes"] = required_adr_classes
        if required_truck_bodies is not UNSET:
            field_dict["required_truck_bodies"] = required_truck_bodies
        if required_ways_of_loading is not UNSET:
            field_dict["required_ways_of_loading"] = required_ways_of_loading
        if shipping_remarks is not UNSET:
            field_dict["shipping_remarks"] = shipping_remarks
        if vehicle_size_id is not UNSET:
            field_dict["vehicle_size_id"] = vehicle_size_id
        if is_tracking_system_required is not UNSET:
            field_dict["is_tracking_system_required"] = is_tracking_system_required
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if transport is not UNSET:
            field_dict["transport"] = transport
        if required_tipper_trailer_additional_equipment is not UNSET:
            field_dict["required_tipper_trailer_additional_equipment"] = required_tipper_trailer_additional_equipment
        if required_door_types is not UNSET:
            field_dict["required_door_types"] = required_door_types
        if exemption_from_adr is not UNSET:
            field_dict["exemption_from_adr"] = exemption_from_adr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_ftl = src_dict.get("is_ftl", UNSET)

        other_requirements = cast(list[str], src_dict.get("other_requirements", UNSET))

        required_adr_classes = cast(list[str], src_dict.get("required_adr_classes", UNSET))

        required_truck_bodies = cast(list[str], src_dict.get("required_truck_bodies", UNSET))

        required_ways_of_loading = cast(list[str], src_dict.get("required_ways_of_loading", UNSET))

        shipping_remarks = src_dict.get("shipping_remarks", UNSET)

        vehicle_size_id = src_dict.get("vehicle_size_id", UNSET)

        is_tracking_system_required = src_dict.get("is_tracking_system_required", UNSET)

        temperature = src_dict.get("temperature", UNSET)
        if isinstance(temperature, dict):
            try:
                temperature_type_0 = RequirementsTemperatureType0.from_dict(temperature)
                temperature = temperature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _transport = src_dict.get("transport", UNSET)
        transport: RequirementsTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = RequirementsTransport.from_dict(_transport)

        required_tipper_trailer_additional_equipment = cast(
            list[str], src_dict.get("required_tipper_trailer_additional_equipment", UNSET)
        )

        required_door_types = cast(list[str], src_dict.get("required_door_types", UNSET))

        exemption_from_adr = src_dict.get("exemption_from_adr", UNSET)

        requirements = cls(
            is_ftl,
            other_requirements,
            required_adr_classes,
            required_truck_bodies,
            required_ways_of_loading,
            shipping_remarks,
            vehicle_size_id,
            is_tracking_system_required,
            temperature,
            transport,
            required_tipper_trailer_additional_equipment,
            required_door_types,
            exemption_from_adr,
        )

        if not _FIELDS.issuperset(src_dict):
            requirements.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return requirements

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

    from ..models.requirements_temperature_type_0 import RequirementsTemperatureType0Dict
    from ..models.requirements_transport import RequirementsTransportDict

from typing import TypedDict as _TypedDict  # noqa: E402


class RequirementsDict(_TypedDict, total=False):
    """`Requirements` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    is_ftl: bool
    other_requirements: _Sequence[str]
    required_adr_classes: _Sequence[str]
    required_truck_bodies: _Sequence[str]
    required_ways_of_loading: _Sequence[str]
    shipping_remarks: str | None
    vehicle_size_id: str | None
    is_tracking_system_required: bool
    temperature: RequirementsTemperatureType0Dict | None
    transport: RequirementsTransportDict
    required_tipper_trailer_additional_equipment: _Sequence[str]
    required_door_types: _Sequence[str]
    exemption_from_adr: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.requirements_temperature_type_0 import RequirementsTemperatureType0
from ..models.requirements_transport import RequirementsTransport
