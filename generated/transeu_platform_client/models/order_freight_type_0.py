from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFreightType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "reference_number",
        "shipment_external_id",
        "distance",
        "transit_time",
        "is_roundtrip",
        "carrier",
        "shipper",
        "capacity",
        "spots",
        "loads",
        "requirements",
    }
)


@_attrs_define
class OrderFreightType0:
    """The freight.

    Attributes:
        id (None | str | Unset): Freight id.
        reference_number (Any | Unset): Reference number (an object or a string in the vendor's schemas).
        shipment_external_id (None | str | Unset): Shipment external id.
        distance (float | None | Unset): Distance.
        transit_time (float | None | Unset): Transit time.
        is_roundtrip (bool | None | Unset): Round trip.
        carrier (None | Partner | Unset): The carrier (see the referenced schema).
        shipper (None | Partner | Unset): The shipper (see the referenced schema).
        capacity (Any | Unset): Capacity: `{value, unit_code}` in the entity.
        spots (list[OrderFreightType0SpotsType0Item] | None | Unset): The spots.
        loads (list[OrderFreightType0LoadsType0Item] | None | Unset): The loads.
        requirements (None | OrderFreightType0RequirementsType0 | Unset): Requirements.
    """

    id: None | str | Unset = UNSET
    reference_number: Any | Unset = UNSET
    shipment_external_id: None | str | Unset = UNSET
    distance: float | None | Unset = UNSET
    transit_time: float | None | Unset = UNSET
    is_roundtrip: bool | None | Unset = UNSET
    carrier: None | Partner | Unset = UNSET
    shipper: None | Partner | Unset = UNSET
    capacity: Any | Unset = UNSET
    spots: list[OrderFreightType0SpotsType0Item] | None | Unset = UNSET
    loads: list[OrderFreightType0LoadsType0Item] | None | Unset = UNSET
    requirements: None | OrderFreightType0RequirementsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reference_number = self.reference_number

        shipment_external_id: None | str | Unset
        if isinstance(self.shipment_external_id, Unset):
            shipment_external_id = UNSET
        else:
            shipment_external_id = self.shipment_external_id

        distance: float | None | Unset
        if isinstance(self.distance, Unset):
            distance = UNSET
        else:
            distance = self.distance

        transit_time: float | None | Unset
        if isinstance(self.transit_time, Unset):
            transit_time = UNSET
        else:
            transit_time = self.transit_time

        is_roundtrip: bool | None | Unset
        if isinstance(self.is_roundtrip, Unset):
            is_roundtrip = UNSET
        else:
            is_roundtrip = self.is_roundtrip

        carrier: dict[str, Any] | None | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        elif isinstance(self.carrier, Partner):
            carrier = self.carrier.to_dict()
        else:
            carrier = self.carrier

        shipper: dict[str, Any] | None | Unset
        if isinstance(self.shipper, Unset):
            shipper = UNSET
        elif isinstance(self.shipper, Partner):
            shipper = self.shipper.to_dict()
        else:
            shipper = self.shipper

        capacity = self.capacity

        spots: list[dict[str, Any]] | None | Unset
        if isinstance(self.spots, Unset):
            spots = UNSET
        elif isinstance(self.spots, list):
            spots = []
            for spots_type_0_item_data in self.spots:
                spots_type_0_item = spots_type_0_item_data.to_dict()
                spots.append(spots_type_0_item)

        else:
            spots = self.spots

        loads: list[dict[str, Any]] | None | Unset
        if isinstance(self.loads, Unset):
            loads = UNSET
        elif isinstance(self.loads, list):
            loads = []
            for loads_type_0_item_data in self.loads:
                loads_type_0_item = loads_type_0_item_data.to_dict()
                loads.append(loads_type_0_item)

        else:
            loads = self.loads

        requirements: dict[str, Any] | None | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        elif isinstance(self.requirements, OrderFreightType0RequirementsType0):
            requirements = self.requirements.to_dict()
        else:
            requirements = self.requirements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if shipment_external_id is not UNSET:
            field_dict["shipment_external_id"] = shipment_external_id
        if distance is not UNSET:
            field_dict["distance"] = distance
        if transit_time is not UNSET:
            field_dict["transit_time"] = transit_time
        if is_roundtrip is not UNSET:
            field_dict["is_roundtrip"] = is_roundtrip
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if shipper is not UNSET:
            field_dict["shipper"] = shipper
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if spots is not UNSET:
            field_dict["spots"] = spots
        if loads is not UNSET:
            field_dict["loads"] = loads
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        reference_number = src_dict.get("reference_number", UNSET)

        shipment_external_id = src_dict.get("shipment_external_id", UNSET)

        distance = src_dict.get("distance", UNSET)

        transit_time = src_dict.get("transit_time", UNSET)

        is_roundtrip = src_dict.get("is_roundtrip", UNSET)

        carrier = src_dict.get("carrier", UNSET)
        if isinstance(carrier, dict):
            try:
                carrier_type_0 = Partner.from_dict(carrier)
                carrier = carrier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        shipper = src_dict.get("shipper", UNSET)
        if isinstance(shipper, dict):
            try:
                shipper_type_0 = Partner.from_dict(shipper)
                shipper = shipper_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        capacity = src_dict.get("capacity", UNSET)

        spots = src_dict.get("spots", UNSET)
        if isinstance(spots, list):
            try:
                spots = [OrderFreightType0SpotsType0Item.from_dict(item) for item in spots]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        loads = src_dict.get("loads", UNSET)
        if isinstance(loads, list):
            try:
                loads = [OrderFreightType0LoadsType0Item.from_dict(item) for item in loads]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        requirements = src_dict.get("requirements", UNSET)
        if isinstance(requirements, dict):
            try:
                requirements_type_0 = OrderFreightType0RequirementsType0.from_dict(requirements)
                requirements = requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_freight_type_0 = cls(
            id,
            reference_number,
            shipment_external_id,
            distance,
            transit_time,
            is_roundtrip,
            carrier,
            shipper,
            capacity,
            spots,
            loads,
            requirements,
        )

        if not _FIELDS.issuperset(src_dict):
            order_freight_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_freight_type_0

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
    from decimal import Decimal as _Decimal

    from ..models.order_freight_type_0_loads_type_0_item import OrderFreightType0LoadsType0ItemDict
    from ..models.order_freight_type_0_requirements_type_0 import OrderFreightType0RequirementsType0Dict
    from ..models.order_freight_type_0_spots_type_0_item import OrderFreightType0SpotsType0ItemDict
    from ..models.partner import PartnerDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderFreightType0Dict(_TypedDict, total=False):
    """`OrderFreightType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: str | None
    reference_number: Any
    shipment_external_id: str | None
    distance: float | _Decimal | None
    transit_time: float | _Decimal | None
    is_roundtrip: bool | None
    carrier: PartnerDict | None
    shipper: PartnerDict | None
    capacity: Any
    spots: _Sequence[OrderFreightType0SpotsType0ItemDict] | None
    loads: _Sequence[OrderFreightType0LoadsType0ItemDict] | None
    requirements: OrderFreightType0RequirementsType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_freight_type_0_loads_type_0_item import OrderFreightType0LoadsType0Item
from ..models.order_freight_type_0_requirements_type_0 import OrderFreightType0RequirementsType0
from ..models.order_freight_type_0_spots_type_0_item import OrderFreightType0SpotsType0Item
from ..models.partner import Partner
