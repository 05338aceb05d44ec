from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendmentLoad")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "load_id",
        "amount",
        "is_stackable",
        "is_exchangeable",
        "type_of_load",
        "name",
        "description",
        "shipment_request_load_id",
        "weight",
        "height",
        "width",
        "length",
        "volume",
        "cleaning_regime",
        "loading_meters",
        "idtf",
    }
)


@_attrs_define
class AmendmentLoad:
    """A load in an amendment (measures with units).

    Attributes:
        load_id (str | Unset): Load identifier.
        amount (float | None | Unset): Amount.
        is_stackable (bool | Unset): If load is stackable.
        is_exchangeable (bool | Unset): If load is exchangeable.
        type_of_load (None | str | Unset): Load type.
        name (None | str | Unset): Load name.
        description (None | str | Unset): Load description.
        shipment_request_load_id (float | None | Unset): Shipment request load id.
        weight (Measurement | None | Unset): The weight (see the referenced schema).
        height (Measurement | None | Unset): The height (see the referenced schema).
        width (Measurement | None | Unset): The width (see the referenced schema).
        length (Measurement | None | Unset): The length (see the referenced schema).
        volume (Measurement | None | Unset): The volume (see the referenced schema).
        cleaning_regime (None | str | Unset): Cleaning regime.
        loading_meters (Measurement | None | Unset): The loading meters (see the referenced schema).
        idtf (None | str | Unset): IDTF code.
    """

    load_id: str | Unset = UNSET
    amount: float | None | Unset = UNSET
    is_stackable: bool | Unset = UNSET
    is_exchangeable: bool | Unset = UNSET
    type_of_load: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    shipment_request_load_id: float | None | Unset = UNSET
    weight: Measurement | None | Unset = UNSET
    height: Measurement | None | Unset = UNSET
    width: Measurement | None | Unset = UNSET
    length: Measurement | None | Unset = UNSET
    volume: Measurement | None | Unset = UNSET
    cleaning_regime: None | str | Unset = UNSET
    loading_meters: Measurement | None | Unset = UNSET
    idtf: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_id = self.load_id

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        is_stackable = self.is_stackable

        is_exchangeable = self.is_exchangeable

        type_of_load: None | str | Unset
        if isinstance(self.type_of_load, Unset):
            type_of_load = UNSET
        else:
            type_of_load = self.type_of_load

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

        weight: dict[str, Any] | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, Measurement):
            weight = self.weight.to_dict()
        else:
            weight = self.weight

        height: dict[str, Any] | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        elif isinstance(self.height, Measurement):
            height = self.height.to_dict()
        else:
            height = self.height

        width: dict[str, Any] | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        elif isinstance(self.width, Measurement):
            width = self.width.to_dict()
        else:
            width = self.width

        length: dict[str, Any] | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        elif isinstance(self.length, Measurement):
            length = self.length.to_dict()
        else:
            length = self.length

        volume: dict[str, Any] | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        elif isinstance(self.volume, Measurement):
            volume = self.volume.to_dict()
        else:
            volume = self.volume

        cleaning_regime: None | str | Unset
        if isinstance(self.cleaning_regime, Unset):
            cleaning_regime = UNSET
        else:
            cleaning_regime = self.cleaning_regime

        loading_meters: dict[str, Any] | None | Unset
        if isinstance(self.loading_meters, Unset):
            loading_meters = UNSET
        elif isinstance(self.loading_meters, Measurement):
            loading_meters = self.loading_meters.to_dict()
        else:
            loading_meters = self.loading_meters

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if is_stackable is not UNSET:
            field_dict["is_stackable"] = is_stackable
        if is_exchangeable is not UNSET:
            field_dict["is_exchangeable"] = is_exchangeable
        if type_of_load is not UNSET:
            field_dict["type_of_load"] = type_of_load
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
        if cleaning_regime is not UNSET:
            field_dict["cleaning_regime"] = cleaning_regime
        if loading_meters is not UNSET:
            field_dict["loading_meters"] = loading_meters
        if idtf is not UNSET:
            field_dict["idtf"] = idtf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        load_id = src_dict.get("load_id", UNSET)

        amount = src_dict.get("amount", UNSET)

        is_stackable = src_dict.get("is_stackable", UNSET)

        is_exchangeable = src_dict.get("is_exchangeable", UNSET)

        type_of_load = src_dict.get("type_of_load", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        shipment_request_load_id = src_dict.get("shipment_request_load_id", UNSET)

        weight = src_dict.get("weight", UNSET)
        if isinstance(weight, dict):
            try:
                weight_type_0 = Measurement.from_dict(weight)
                weight = weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        height = src_dict.get("height", UNSET)
        if isinstance(height, dict):
            try:
                height_type_0 = Measurement.from_dict(height)
                height = height_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        width = src_dict.get("width", UNSET)
        if isinstance(width, dict):
            try:
                width_type_0 = Measurement.from_dict(width)
                width = width_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        length = src_dict.get("length", UNSET)
        if isinstance(length, dict):
            try:
                length_type_0 = Measurement.from_dict(length)
                length = length_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        volume = src_dict.get("volume", UNSET)
        if isinstance(volume, dict):
            try:
                volume_type_0 = Measurement.from_dict(volume)
                volume = volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cleaning_regime = src_dict.get("cleaning_regime", UNSET)

        loading_meters = src_dict.get("loading_meters", UNSET)
        if isinstance(loading_meters, dict):
            try:
                loading_meters_type_0 = Measurement.from_dict(loading_meters)
                loading_meters = loading_meters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        idtf = src_dict.get("idtf", UNSET)

        amendment_load = cls(
            load_id,
            amount,
            is_stackable,
            is_exchangeable,
            type_of_load,
            name,
            description,
            shipment_request_load_id,
            weight,
            height,
            width,
            length,
            volume,
            cleaning_regime,
            loading_meters,
            idtf,
        )

        if not _FIELDS.issuperset(src_dict):
            amendment_load.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return amendment_load

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

    from ..models.measurement import MeasurementDict

from typing import TypedDict as _TypedDict  # noqa: E402


class AmendmentLoadDict(_TypedDict, total=False):
    """`AmendmentLoad` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    load_id: str
    amount: float | _Decimal | None
    is_stackable: bool
    is_exchangeable: bool
    type_of_load: str | None
    name: str | None
    description: str | None
    shipment_request_load_id: float | _Decimal | None
    weight: MeasurementDict | None
    height: MeasurementDict | None
    width: MeasurementDict | None
    length: MeasurementDict | None
    volume: MeasurementDict | None
    cleaning_regime: str | None
    loading_meters: MeasurementDict | None
    idtf: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.measurement import Measurement
