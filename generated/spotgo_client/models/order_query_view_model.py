from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueryViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"items", "continuationToken"})


@_attrs_define
class OrderQueryViewModel:
    """One page of query results.

    Attributes:
        items (list[OrderQueryItemViewModel]): The rows of this page.
        continuation_token (None | str | Unset): Token for the next page; null on the last page.
    """

    items: list[OrderQueryItemViewModel]
    continuation_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        continuation_token: None | str | Unset
        if isinstance(self.continuation_token, Unset):
            continuation_token = UNSET
        else:
            continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if continuation_token is not UNSET:
            field_dict["continuationToken"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        items = []
        _items = src_dict["items"]
        for items_item_data in _items:
            items_item = OrderQueryItemViewModel.from_dict(items_item_data)

            items.append(items_item)

        continuation_token = src_dict.get("continuationToken", UNSET)

        order_query_view_model = cls(
            items,
            continuation_token,
        )

        if not _FIELDS.issuperset(src_dict):
            order_query_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_query_view_model

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

    from ..models.order_query_item_view_model import OrderQueryItemViewModelDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderQueryViewModelDict(_TypedDict, total=False):
    """`OrderQueryViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    items: _Sequence[OrderQueryItemViewModelDict]
    continuationToken: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_query_item_view_model import OrderQueryItemViewModel
