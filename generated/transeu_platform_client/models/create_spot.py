from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpot")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"spot_order", "place", "operations", "name", "description"})


@_attrs_define
class CreateSpot:
    """A spot of the route (a place and what happens there).

    Attributes:
        spot_order (float): Position of the spot on the route, from 1.
        place (CreatePlace): The place of a spot.
        operations (list[CreateOperation]): What happens at the spot.
        name (None | str | Unset): Spot name.
        description (None | str | Unset): Spot description.
    """

    spot_order: float
    place: CreatePlace
    operations: list[CreateOperation]
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spot_order = self.spot_order

        place = self.place.to_dict()

        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spot_order": spot_order,
                "place": place,
                "operations": operations,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        spot_order = src_dict["spot_order"]

        place = CreatePlace.from_dict(src_dict["place"])

        operations = []
        _operations = src_dict["operations"]
        for operations_item_data in _operations:
            operations_item = CreateOperation.from_dict(operations_item_data)

            operations.append(operations_item)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        create_spot = cls(
            spot_order,
            place,
            operations,
            name,
            description,
        )

        if not _FIELDS.issuperset(src_dict):
            create_spot.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return create_spot

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

    from ..models.create_operation import CreateOperationDict
    from ..models.create_place import CreatePlaceDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateSpotDict(_TypedDict, total=False):
    """`CreateSpot` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    spot_order: float | _Decimal
    place: CreatePlaceDict
    operations: _Sequence[CreateOperationDict]
    name: str | None
    description: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.create_operation import CreateOperation
from ..models.create_place import CreatePlace
