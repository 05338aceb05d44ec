from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSubmitModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"orderNumber", "carrier", "internalComments", "requiredDocumentTypes", "details", "locations"}
)


@_attrs_define
class OrderSubmitModel:
    """An order as sent to create, update and upsert.

    Attributes:
        order_number (str): Human-readable order number, unique per company after normalisation.
        carrier (CarrierSubmitModel): The carrier of the order. Its VAT code identifies it.
        internal_comments (None | str | Unset): Comments visible to your company only.
        required_document_types (None | str | Unset): Document types the carrier must provide. The seed's request sends
            a single string
            (`"cmr"`) while the response returns an array; modelled as the seed shows. How several
            types go into the one string is not stated: the sandbox reads it as a comma-separated
            list (`"cmr,invoice"`), inferred.
        details (OrderDetailsSubmitModel | Unset): Cargo details.
        locations (list[OrderLocationSubmitModel] | None | Unset): Loading and unloading locations, ordered by
            `sequence`.
    """

    order_number: str
    carrier: CarrierSubmitModel
    internal_comments: None | str | Unset = UNSET
    required_document_types: None | str | Unset = UNSET
    details: OrderDetailsSubmitModel | Unset = UNSET
    locations: list[OrderLocationSubmitModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_number = self.order_number

        carrier = self.carrier.to_dict()

        internal_comments: None | str | Unset
        if isinstance(self.internal_comments, Unset):
            internal_comments = UNSET
        else:
            internal_comments = self.internal_comments

        required_document_types: None | str | Unset
        if isinstance(self.required_document_types, Unset):
            required_document_types = UNSET
        else:
            required_document_types = self.required_document_types

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        locations: list[dict[str, Any]] | None | Unset
        if isinstance(self.locations, Unset):
            locations = UNSET
        elif isinstance(self.locations, list):
            locations = []
            for locations_type_0_item_data in self.locations:
                locations_type_0_item = locations_type_0_item_data.to_dict()
                locations.append(locations_type_0_item)

        else:
            locations = self.locations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNumber": order_number,
                "carrier": carrier,
            }
        )
        if internal_comments is not UNSET:
            field_dict["internalComments"] = internal_comments
        if required_document_types is not UNSET:
            field_dict["requiredDocumentTypes"] = required_document_types
        if details is not UNSET:
            field_dict["details"] = details
        if locations is not UNSET:
            field_dict["locations"] = locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        order_number = src_dict["orderNumber"]

        carrier = CarrierSubmitModel.from_dict(src_dict["carrier"])

        internal_comments = src_dict.get("internalComments", UNSET)

        required_document_types = src_dict.get("requiredDocumentTypes", UNSET)

        _details = src_dict.get("details", UNSET)
        details: OrderDetailsSubmitModel | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = OrderDetailsSubmitModel.from_dict(_details)

        locations = src_dict.get("locations", UNSET)
        if isinstance(locations, list):
            try:
                locations = [OrderLocationSubmitModel.from_dict(item) for item in locations]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_submit_model = cls(
            order_number,
            carrier,
            internal_comments,
            required_document_types,
            details,
            locations,
        )

        if not _FIELDS.issuperset(src_dict):
            order_submit_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_submit_model

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

    from ..models.carrier_submit_model import CarrierSubmitModelDict
    from ..models.order_details_submit_model import OrderDetailsSubmitModelDict
    from ..models.order_location_submit_model import OrderLocationSubmitModelDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderSubmitModelDict(_TypedDict, total=False):
    """`OrderSubmitModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    orderNumber: str
    carrier: CarrierSubmitModelDict
    internalComments: str | None
    requiredDocumentTypes: str | None
    details: OrderDetailsSubmitModelDict
    locations: _Sequence[OrderLocationSubmitModelDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.carrier_submit_model import CarrierSubmitModel
from ..models.order_details_submit_model import OrderDetailsSubmitModel
from ..models.order_location_submit_model import OrderLocationSubmitModel
