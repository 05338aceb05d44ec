from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_entity import SubscriptionEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"uuid", "sellerId", "entity", "endpoint"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_SubscriptionEntity_BY_VALUE = {member.value: member for member in SubscriptionEntity}


@_attrs_define
class Subscription:
    """A subscription as returned: the request plus its `uuid`.

    Attributes:
        uuid (str): The subscription's id.
        seller_id (int | None | Unset): The seller.
        entity (str | SubscriptionEntity | Unset): The kind of entity.
        endpoint (None | SubscriptionEndpointView | Unset): Where deliveries go.
    """

    uuid: str
    seller_id: int | None | Unset = UNSET
    entity: str | SubscriptionEntity | Unset = UNSET
    endpoint: None | SubscriptionEndpointView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        seller_id: int | None | Unset
        if isinstance(self.seller_id, Unset):
            seller_id = UNSET
        else:
            seller_id = self.seller_id

        entity: str | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif isinstance(self.entity, SubscriptionEntity):
            entity = self.entity.value
        else:
            entity = self.entity

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, SubscriptionEndpointView):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict["uuid"]

        seller_id = src_dict.get("sellerId", UNSET)

        entity = src_dict.get("entity", UNSET)
        if isinstance(entity, str) and entity in _SubscriptionEntity_BY_VALUE:
            entity = _SubscriptionEntity_BY_VALUE[entity]

        endpoint = src_dict.get("endpoint", UNSET)
        if isinstance(endpoint, dict):
            try:
                endpoint_type_0 = SubscriptionEndpointView.from_dict(endpoint)
                endpoint = endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        subscription = cls(
            uuid,
            seller_id,
            entity,
            endpoint,
        )

        if not _FIELDS.issuperset(src_dict):
            subscription.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return subscription

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
    from typing import Literal as _Literal

    from ..models.subscription_endpoint_view import SubscriptionEndpointViewDict
    from ..models.subscription_entity import SubscriptionEntity as _SubscriptionEntity

from typing import TypedDict as _TypedDict  # noqa: E402


class SubscriptionDict(_TypedDict, total=False):
    """`Subscription` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    uuid: str
    sellerId: int | None
    entity: _SubscriptionEntity | _Literal["ORDERS", "SHIPMENTS", "INBOUNDS", "RETURNS", "INVOICES"] | str
    endpoint: SubscriptionEndpointViewDict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.subscription_endpoint_view import SubscriptionEndpointView
