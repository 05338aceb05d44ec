from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFreight")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "spots",
        "shipment_external_id",
        "carrier_remarks",
        "distance_estimated",
        "distance",
        "is_roundtrip",
        "reference_number",
        "transit_time",
        "carrier",
        "shipper",
        "capacity",
        "loading_meters",
        "height",
        "width",
        "length",
        "volume",
        "loads",
        "requirements",
    }
)


@_attrs_define
class CreateFreight:
    """The freight of the order.

    Attributes:
        spots (list[CreateSpot]): The spots of the route, in `spot_order`.
        shipment_external_id (None | str | Unset): Your shipment id.
        carrier_remarks (None | str | Unset): Remarks for the carrier.
        distance_estimated (float | None | Unset): Estimated distance (km).
        distance (float | None | Unset): Distance (km).
        is_roundtrip (bool | Unset): Whether the route returns to its start.
        reference_number (None | str | Unset): Your reference number.
        transit_time (float | None | Unset): Transit time.
        carrier (CreateFreightCarrier | Unset): The carrier company the order goes to.
        shipper (CreateFreightShipper | Unset): The shipper (your company) and its assignee.
        capacity (float | None | Unset): Required capacity (t).
        loading_meters (float | None | Unset): Loading meters.
        height (float | None | Unset): Height.
        width (float | None | Unset): Width.
        length (float | None | Unset): Length.
        volume (float | None | Unset): Volume.
        loads (list[CreateLoad] | Unset): The loads.
        requirements (Requirements | Unset): Requirements of the freight.
    """

    spots: list[CreateSpot]
    shipment_external_id: None | str | Unset = UNSET
    carrier_remarks: None | str | Unset = UNSET
    distance_estimated: float | None | Unset = UNSET
    distance: float | None | Unset = UNSET
    is_roundtrip: bool | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    transit_time: float | None | Unset = UNSET
    carrier: CreateFreightCarrier | Unset = UNSET
    shipper: CreateFreightShipper | Unset = UNSET
    capacity: float | None | Unset = UNSET
    loading_meters: float | None | Unset = UNSET
    height: float | None | Unset = UNSET
    width: float | None | Unset = UNSET
    length: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    loads: list[CreateLoad] | Unset = UNSET
    requirements: Requirements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spots = []
        for spots_item_data in self.spots:
            spots_item = spots_item_data.to_dict()
            spots.append(spots_item)

        shipment_external_id: None | str | Unset
        if isinstance(self.shipment_external_id, Unset):
            shipment_external_id = UNSET
        else:
            shipment_external_id = self.shipment_external_id

        carrier_remarks: None | str | Unset
        if isinstance(self.carrier_remarks, Unset):
            carrier_remarks = UNSET
        else:
            carrier_remarks = self.carrier_remarks

        distance_estimated: float | None | Unset
        if isinstance(self.distance_estimated, Unset):
            distance_estimated = UNSET
        else:
            distance_estimated = self.distance_estimated

        distance: float | None | Unset
        if isinstance(self.distance, Unset):
            distance = UNSET
        else:
            distance = self.distance

        is_roundtrip = self.is_roundtrip

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        transit_time: float | None | Unset
        if isinstance(self.transit_time, Unset):
            transit_time = UNSET
        else:
            transit_time = self.transit_time

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        shipper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipper, Unset):
            shipper = self.shipper.to_dict()

        capacity: float | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        loading_meters: float | None | Unset
        if isinstance(self.loading_meters, Unset):
            loading_meters = UNSET
        else:
            loading_meters = self.loading_meters

        height: float | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        width: float | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        length: float | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        loads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loads, Unset):
            loads = []
            for loads_item_data in self.loads:
                loads_item = loads_item_data.to_dict()
                loads.append(loads_item)

        requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spots": spots,
            }
        )
        if shipment_external_id is not UNSET:
            field_dict["shipment_external_id"] = shipment_external_id
        if carrier_remarks is not UNSET:
            field_dict["carrier_remarks"] = carrier_remarks
        if distance_estimated is not UNSET:
            field_dict["distance_estimated"] = distance_estimated
        if distance is not UNSET:
            field_dict["distance"] = distance
        if is_roundtrip is not UNSET:
            field_dict["is_roundtrip"] = is_roundtrip
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if transit_time is not UNSET:
            field_dict["transit_time"] = transit_time
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if shipper is not UNSET:
            field_dict["shipper"] = shipper
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if loading_meters is not UNSET:
            field_dict["loading_meters"] = loading_meters
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if length is not UNSET:
            field_dict["length"] = length
        if volume is not UNSET:
            field_dict["volume"] = volume
        if loads is not UNSET:
            field_dict["loads"] = loads
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        spots = []
        _spots = src_dict["spots"]
        for spots_item_data in _spots:
            spots_item = CreateSpot.from_dict(spots_item_data)

            spots.append(spots_item)

        shipment_external_id = src_dict.get("shipment_external_id", UNSET)

        carrier_remarks = src_dict.get("carrier_remarks", UNSET)

        distance_estimated = src_dict.get("distance_estimated", UNSET)

        distance = src_dict.get("distance", UNSET)

        is_roundtrip = src_dict.get("is_roundtrip", UNSET)

        reference_number = src_dict.get("reference_number", UNSET)

        transit_time = src_dict.get("transit_time", UNSET)

        _carrier = src_dict.get("carrier", UNSET)
        carrier: CreateFreightCarrier | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = CreateFreightCarrier.from_dict(_carrier)

        _shipper = src_dict.get("shipper", UNSET)
        shipper: CreateFreightShipper | Unset
        if isinstance(_shipper, Unset):
            shipper = UNSET
        else:
            shipper = CreateFreightShipper.from_dict(_shipper)

        capacity = src_dict.get("capacity", UNSET)

        loading_meters = src_dict.get("loading_meters", UNSET)

        height = src_dict.get("height", UNSET)

        width = src_dict.get("width", UNSET)

        length = src_dict.get("length", UNSET)

        volume = src_dict.get("volume", UNSET)

        _loads = src_dict.get("loads", UNSET)
        loads: list[CreateLoad] | Unset = UNSET
        if _loads is not UNSET:
            loads = []
            for loads_item_data in _loads:
                loads_item = CreateLoad.from_dict(loads_item_data)

                loads.append(loads_item)

        _requirements = src_dict.get("requirements", UNSET)
        requirements: Requirements | Unset
        if isinstance(_requirements, Unset):
            requirements = UNSET
        else:
            requirements = Requirements.from_dict(_requirements)

        create_freight = cls(
            spots,
            shipment_external_id,
            carrier_remarks,
            distance_estimated,
            distance,
            is_roundtrip,
            reference_number,
            transit_time,
            carrier,
            shipper,
            capacity,
            loading_meters,
            height,
            width,
            length,
            volume,
            loads,
            requirements,
        )

        if not _FIELDS.issuperset(src_dict):
            create_freight.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_freight

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

    from ..models.create_freight_carrier import CreateFreightCarrierDict
    from ..models.create_freight_shipper import CreateFreightShipperDict
    from ..models.create_load import CreateLoadDict
    from ..models.create_spot import CreateSpotDict
    from ..models.requirements import RequirementsDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateFreightDict(_TypedDict, total=False):
    """`CreateFreight` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    spots: _Sequence[CreateSpotDict]
    shipment_external_id: str | None
    carrier_remarks: str | None
    distance_estimated: float | _Decimal | None
    distance: float | _Decimal | None
    is_roundtrip: bool
    reference_number: str | None
    transit_time: float | _Decimal | None
    carrier: CreateFreightCarrierDict
    shipper: CreateFreightShipperDict
    capacity: float | _Decimal | None
    loading_meters: float | _Decimal | None
    height: float | _Decimal | None
    width: float | _Decimal | None
    length: float | _Decimal | None
    volume: float | _Decimal | None
    loads: _Sequence[CreateLoadDict]
    requirements: RequirementsDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.create_freight_carrier import CreateFreightCarrier
from ..models.create_freight_shipper import CreateFreightShipper
from ..models.create_load import CreateLoad
from ..models.create_spot import CreateSpot
from ..models.requirements import Requirements
