from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLoad")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "load_id",
        "is_stackable",
        "is_exchangeable",
        "type_of_load",
        "amount",
        "name",
        "description",
        "shipment_request_load_id",
        "weight",
        "height",
        "width",
        "length",
        "volume",
        "loading_meters",
        "cleaning_regime",
        "idtf",
    }
)


@_attrs_define
class CreateLoad:
    """One load (plain numbers for its measures, as in the example).

    Attributes:
        load_id (str | Unset): Your id of the load (operations refer to it).
        is_stackable (bool | Unset): If the load is stackable.
        is_exchangeable (bool | Unset): If the load is exchangeable.
        type_of_load (None | str | Unset): Load type (e.g. pallets).
        amount (float | None | Unset): Amount.
        name (None | str | Unset): Load name.
        description (None | str | Unset): Load description.
        shipment_request_load_id (float | None | Unset): Shipment request load id.
        weight (float | None | Unset): Weight (kg).
        height (float | None | Unset): Height (m).
        width (float | None | Unset): Width (m).
        length (float | None | Unset): Length (m).
        volume (float | None | Unset): Volume.
        loading_meters (float | None | Unset): Loading meters.
        cleaning_regime (None | str | Unset): Cleaning regime.
        idtf (None | str | Unset): IDTF code.
    """

    load_id: str | Unset = UNSET
    is_stackable: bool | Unset = UNSET
    is_exchangeable: bool | Unset = UNSET
    type_of_load: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    shipment_request_load_id: float | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    height: float | None | Unset = UNSET
    width: float | None | Unset = UNSET
    length: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    loading_meters: float | None | Unset = UNSET
    cleaning_regime: None | str | Unset = UNSET
    idtf: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_id = self.load_id

        is_stackable = self.is_stackable

        is_exchangeable = self.is_exchangeable

        type_of_load: None | str | Unset
        if isinstance(self.type_of_load, Unset):
            type_of_load = UNSET
        else:
            type_of_load = self.type_of_load

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

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

        shipment_request_load_id: float | None | Unset
        if isinstance(self.shipment_request_load_id, Unset):
            shipment_request_load_id = UNSET
        else:
            shipment_request_load_id = self.shipment_request_load_id

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

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

        loading_meters: float | None | Unset
        if isinstance(self.loading_meters, Unset):
            loading_meters = UNSET
        else:
            loading_meters = self.loading_meters

        cleaning_regime: None | str | Unset
        if isinstance(self.cleaning_regime, Unset):
            cleaning_regime = UNSET
        else:
            cleaning_regime = self.cleaning_regime

        idtf: None | str | Unset
        if isinstance(self.idtf, Unset):
            idtf = UNSET
        else:
            idtf = self.idtf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if load_id is not UNSET:
            field_dict["load_id"] = load_id
        if is_stackable is not UNSET:
            field_dict["is_stackable"] = is_stackable
        if is_exchangeable is not UNSET:
            field_dict["is_exchangeable"] = is_exchangeable
        if type_of_load is not UNSET:
            field_dict["type_of_load"] = type_of_load
        if amount is not UNSET:
            field_dict["amount"] = amount
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if shipment_request_load_id is not UNSET:
            field_dict["shipment_request_load_id"] = shipment_request_load_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if length is not UNSET:
            field_dict["length"] = length
        if volume is not UNSET:
            field_dict["volume"] = volume
        if loading_meters is not UNSET:
            field_dict["loading_meters"] = loading_meters
        if cleaning_regime is not UNSET:
            field_dict["cleaning_regime"] = cleaning_regime
        if idtf is not UNSET:
            field_dict["idtf"] = idtf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        load_id = src_dict.get("load_id", UNSET)

        is_stackable = src_dict.get("is_stackable", UNSET)

        is_exchangeable = src_dict.get("is_exchangeable", UNSET)

        type_of_load = src_dict.get("type_of_load", UNSET)

        amount = src_dict.get("amount", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        shipment_request_load_id = src_dict.get("shipment_request_load_id", UNSET)

        weight = src_dict.get("weight", UNSET)

        height = src_dict.get("height", UNSET)

        width = src_dict.get("width", UNSET)

        length = src_dict.get("length", UNSET)

        volume = src_dict.get("volume", UNSET)

        loading_meters = src_dict.get("loading_meters", UNSET)

        cleaning_regime = src_dict.get("cleaning_regime", UNSET)

        idtf = src_dict.get("idtf", UNSET)

        create_load = cls(
            load_id,
            is_stackable,
            is_exchangeable,
            type_of_load,
            amount,
            name,
            description,
            shipment_request_load_id,
            weight,
            height,
            width,
            length,
            volume,
            loading_meters,
            cleaning_regime,
            idtf,
        )

        if not _FIELDS.issuperset(src_dict):
            create_load.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return create_load

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

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateLoadDict(_TypedDict, total=False):
    """`CreateLoad` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    load_id: str
    is_stackable: bool
    is_exchangeable: bool
    type_of_load: str | None
    amount: float | _Decimal | None
    name: str | None
    description: str | None
    shipment_request_load_id: float | _Decimal | None
    weight: float | _Decimal | None
    height: float | _Decimal | None
    width: float | _Decimal | None
    length: float | _Decimal | None
    volume: float | _Decimal | None
    loading_meters: float | _Decimal | None
    cleaning_regime: str | None
    idtf: str | None
