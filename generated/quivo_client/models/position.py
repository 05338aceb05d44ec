from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Position")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "sku",
        "name",
        "quantity",
        "price",
        "lot",
        "expirationDate",
        "location",
        "positionIdentifier",
        "productIdentifier",
        "customAttributes",
    }
)


@_attrs_define
class Position:
    """One line of the order.

    Attributes:
        sku (str | Unset): Stock keeping unit.
        name (str | Unset): Item name.
        quantity (int | Unset): Quantity.
        price (float | Unset): Unit sales price.
        lot (str | Unset): Lot number.
        expiration_date (datetime.date | Unset): Expiration date of the lot.
        location (str | Unset): Storage location.
        position_identifier (str | Unset): Identifier of the position in the shop system.
        product_identifier (str | Unset): Identifier of the product.
        custom_attributes (CustomAttributes | str | Unset): Custom attributes of the position. The seed's table types
            only the order's
            `customAttributes` (an object); a position's is shown only by the sample, as a JSON-encoded
            string (`"{\\"attr1\\":\\"val1\\"}"`), so both forms are accepted.
    """

    sku: str | Unset = UNSET
    name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: float | Unset = UNSET
    lot: str | Unset = UNSET
    expiration_date: datetime.date | Unset = UNSET
    location: str | Unset = UNSET
    position_identifier: str | Unset = UNSET
    product_identifier: str | Unset = UNSET
    custom_attributes: CustomAttributes | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        name = self.name

        quantity = self.quantity

        price = self.price

        lot = self.lot

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        location = self.location

        position_identifier = self.position_identifier

        product_identifier = self.product_identifier

        custom_attributes: dict[str, Any] | str | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CustomAttributes):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if lot is not UNSET:
            field_dict["lot"] = lot
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if location is not UNSET:
            field_dict["location"] = location
        if position_identifier is not UNSET:
            field_dict["positionIdentifier"] = position_identifier
        if product_identifier is not UNSET:
            field_dict["productIdentifier"] = product_identifier
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        sku = src_dict.get("sku", UNSET)

        name = src_dict.get("name", UNSET)

        quantity = src_dict.get("quantity", UNSET)

        price = src_dict.get("price", UNSET)

        lot = src_dict.get("lot", UNSET)

        _expiration_date = src_dict.get("expirationDate", UNSET)
        expiration_date: datetime.date | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.date.fromisoformat(_expiration_date)

        location = src_dict.get("location", UNSET)

        position_identifier = src_dict.get("positionIdentifier", UNSET)

        product_identifier = src_dict.get("productIdentifier", UNSET)

        custom_attributes = src_dict.get("customAttributes", UNSET)
        if isinstance(custom_attributes, dict):
            try:
                custom_attributes_type_0 = CustomAttributes.from_dict(custom_attributes)
                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        position = cls(
            sku,
            name,
            quantity,
            price,
            lot,
            expiration_date,
            location,
            position_identifier,
            product_identifier,
            custom_attributes,
        )

        if not _FIELDS.issuperset(src_dict):
            position.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return position

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
    import datetime as _datetime
    from decimal import Decimal as _Decimal

    from ..models.custom_attributes import CustomAttributesDict

from typing import TypedDict as _TypedDict  # noqa: E402


class PositionDict(_TypedDict, total=False):
    """`Position` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    sku: str
    name: str
    quantity: int
    price: float | _Decimal
    lot: str
    expirationDate: _datetime.date | str
    location: str
    positionIdentifier: str
    productIdentifier: str
    customAttributes: CustomAttributesDict | str


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.custom_attributes import CustomAttributes
