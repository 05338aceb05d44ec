from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendmentSpot")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"id", "name", "spot_order", "place", "operations", "description"})


@_attrs_define
class AmendmentSpot:
    """A spot in an amendment.

    Attributes:
        id (float | None | Unset): Spot identifier.
        name (None | str | Unset): Spot name.
        spot_order (float | Unset): Spot order.
        place (AmendmentSpotPlace | Unset): Spot place.
        operations (list[AmendmentSpotOperationsType0Item] | None | Unset): Spot operations.
        description (None | str | Unset): Spot description.
    """

    id: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    spot_order: float | Unset = UNSET
    place: AmendmentSpotPlace | Unset = UNSET
    operations: list[AmendmentSpotOperationsType0Item] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: float | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        spot_order = self.spot_order

        place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.place, Unset):
            place = self.place.to_dict()

        operations: list[dict[str, Any]] | None | Unset
        if isinstance(self.operations, Unset):
            operations = UNSET
        elif isinstance(self.operations, list):
            operations = []
            for operations_type_0_item_data in self.operations:
                operations_type_0_item = operations_type_0_item_data.to_dict()
                operations.append(operations_type_0_item)

        else:
            operations = self.operations

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if spot_order is not UNSET:
            field_dict["spot_order"] = spot_order
        if place is not UNSET:
            field_dict["place"] = place
        if operations is not UNSET:
            field_dict["operations"] = operations
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        spot_order = src_dict.get("spot_order", UNSET)

        _place = src_dict.get("place", UNSET)
        place: AmendmentSpotPlace | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = AmendmentSpotPlace.from_dict(_place)

        operations = src_dict.get("operations", UNSET)
        if isinstance(operations, list):
            try:
                operations = [AmendmentSpotOperationsType0Item.from_dict(item) for item in operations]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        description = src_dict.get("description", UNSET)

        amendment_spot = cls(
            id,
            name,
            spot_order,
            place,
            operations,
            description,
        )

        if not _FIELDS.issuperset(src_dict):
            amendment_spot.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return amendment_spot

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

    from ..models.amendment_spot_operations_type_0_item import AmendmentSpotOperationsType0ItemDict
    from ..models.amendment_spot_place import AmendmentSpotPlaceDict

from typing import TypedDict as _TypedDict  # noqa: E402


class AmendmentSpotDict(_TypedDict, total=False):
    """`AmendmentSpot` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: float | _Decimal | None
    name: str | None
    spot_order: float | _Decimal
    place: AmendmentSpotPlaceDict
    operations: _Sequence[AmendmentSpotOperationsType0ItemDict] | None
    description: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.amendment_spot_operations_type_0_item import AmendmentSpotOperationsType0Item
from ..models.amendment_spot_place import AmendmentSpotPlace
