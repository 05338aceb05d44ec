from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderPage")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"total", "returned", "first", "items"})


@_attrs_define
class CustomerOrderPage:
    """One page of a search.

    Attributes:
        total (int): Number of matching orders.
        returned (int): Number of orders in this page.
        first (int): Offset of the first order of this page.
        items (list[CustomerOrderProjection] | None | Unset): Simple projections of the matching orders.
    """

    total: int
    returned: int
    first: int
    items: list[CustomerOrderProjection] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        returned = self.returned

        first = self.first

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "returned": returned,
                "first": first,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict["total"]

        returned = src_dict["returned"]

        first = src_dict["first"]

        items = src_dict.get("items", UNSET)
        if isinstance(items, list):
            try:
                items = [CustomerOrderProjection.from_dict(item) for item in items]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_order_page = cls(
            total,
            returned,
            first,
            items,
        )

        if not _FIELDS.issuperset(src_dict):
            customer_order_page.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return customer_order_page

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

    from ..models.customer_order_projection import CustomerOrderProjectionDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CustomerOrderPageDict(_TypedDict, total=False):
    """`CustomerOrderPage` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    total: int
    returned: int
    first: int
    items: _Sequence[CustomerOrderProjectionDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.customer_order_projection import CustomerOrderProjection
