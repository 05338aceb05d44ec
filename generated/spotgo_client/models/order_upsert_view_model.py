from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="OrderUpsertViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"orderId", "created", "updated", "linkChanged", "share"})


@_attrs_define
class OrderUpsertViewModel:
    """What an upsert did.

    Attributes:
        order_id (UUID): Id of the created or updated order.
        created (bool): True when no order existed and one was created.
        updated (bool): True when an existing order was updated.
        link_changed (bool): True when a new share link was issued (creation or carrier change).
        share (OrderShareViewModel | Unset): The carrier-facing share link of the order.
    """

    order_id: UUID
    created: bool
    updated: bool
    link_changed: bool
    share: OrderShareViewModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = str(self.order_id)

        created = self.created

        updated = self.updated

        link_changed = self.link_changed

        share: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share, Unset):
            share = self.share.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "created": created,
                "updated": updated,
                "linkChanged": link_changed,
            }
        )
        if share is not UNSET:
            field_dict["share"] = share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        order_id = parse_uuid(src_dict["orderId"])

        created = src_dict["created"]

        updated = src_dict["updated"]

        link_changed = src_dict["linkChanged"]

        _share = src_dict.get("share", UNSET)
        share: OrderShareViewModel | Unset
        if isinstance(_share, Unset):
            share = UNSET
        else:
            share = OrderShareViewModel.from_dict(_share)

        order_upsert_view_model = cls(
            order_id,
            created,
            updated,
            link_changed,
            share,
        )

        if not _FIELDS.issuperset(src_dict):
            order_upsert_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_upsert_view_model

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
    from uuid import UUID as _UUID

    from ..models.order_share_view_model import OrderShareViewModelDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderUpsertViewModelDict(_TypedDict, total=False):
    """`OrderUpsertViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    orderId: _UUID | str
    created: bool
    updated: bool
    linkChanged: bool
    share: OrderShareViewModelDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_share_view_model import OrderShareViewModel
