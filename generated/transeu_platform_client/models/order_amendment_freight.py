from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAmendmentFreight")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"loads", "distance_estimated", "requirements", "shipment_external_id", "spots", "transit_time"}
)


@_attrs_define
class OrderAmendmentFreight:
    """Freight amendment section.

    Attributes:
        loads (list[AmendmentLoad] | None | Unset): Freight loads.
        distance_estimated (float | None | Unset): Estimated distance.
        requirements (OrderAmendmentFreightRequirements | Unset): Freight requirements.
        shipment_external_id (None | str | Unset): Shipment external identifier.
        spots (list[AmendmentSpot] | None | Unset): Spots.
        transit_time (float | None | Unset): Transit time.
    """

    loads: list[AmendmentLoad] | None | Unset = UNSET
    distance_estimated: float | None | Unset = UNSET
    requirements: OrderAmendmentFreightRequirements | Unset = UNSET
    shipment_external_id: None | str | Unset = UNSET
    spots: list[AmendmentSpot] | None | Unset = UNSET
    transit_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        distance_estimated: float | None | Unset
        if isinstance(self.distance_estimated, Unset):
            distance_estimated = UNSET
        else:
            distance_estimated = self.distance_estimated

        requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.to_dict()

        shipment_external_id: None | str | Unset
        if isinstance(self.shipment_external_id, Unset):
            shipment_external_id = UNSET
        else:
            shipment_external_id = self.shipment_external_id

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

        transit_time: float | None | Unset
        if isinstance(self.transit_time, Unset):
            transit_time = UNSET
        else:
            transit_time = self.transit_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loads is not UNSET:
            field_dict["loads"] = loads
        if distance_estimated is not UNSET:
            field_dict["distance_estimated"] = distance_estimated
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if shipment_external_id is not UNSET:
            field_dict["shipment_external_id"] = shipment_external_id
        if spots is not UNSET:
            field_dict["spots"] = spots
        if transit_time is not UNSET:
            field_dict["transit_time"] = transit_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        loads = src_dict.get("loads", UNSET)
        if isinstance(loads, list):
            try:
                loads = [AmendmentLoad.from_dict(item) for item in loads]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        distance_estimated = src_dict.get("distance_estimated", UNSET)

        _requirements = src_dict.get("requirements", UNSET)
        requirements: OrderAmendmentFreightRequirements | Unset
        if isinstance(_requirements, Unset):
            requirements = UNSET
        else:
            requirements = OrderAmendmentFreightRequirements.from_dict(_requirements)

        shipment_external_id = src_dict.get("shipment_external_id", UNSET)

        spots = src_dict.get("spots", UNSET)
        if isinstance(spots, list):
            try:
                spots = [AmendmentSpot.from_dict(item) for item in spots]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        transit_time = src_dict.get("transit_time", UNSET)

        order_amendment_freight = cls(
            loads,
            distance_estimated,
            requirements,
            shipment_external_id,
            spots,
            transit_time,
        )

        if not _FIELDS.issuperset(src_dict):
            order_amendment_freight.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_amendment_freight

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

    from ..models.amendment_load import AmendmentLoadDict
    from ..models.amendment_spot import AmendmentSpotDict
    from ..models.order_amendment_freight_requirements import OrderAmendmentFreightRequirementsDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderAmendmentFreightDict(_TypedDict, total=False):
    """`OrderAmendmentFreight` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    loads: _Sequence[AmendmentLoadDict] | None
    distance_estimated: float | _Decimal | None
    requirements: OrderAmendmentFreightRequirementsDict
    shipment_external_id: str | None
    spots: _Sequence[AmendmentSpotDict] | None
    transit_time: float | _Decimal | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.amendment_load import AmendmentLoad
from ..models.amendment_spot import AmendmentSpot
from ..models.order_amendment_freight_requirements import OrderAmendmentFreightRequirements
