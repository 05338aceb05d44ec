from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_entity import SubscriptionEntity

T = TypeVar("T", bound="SubscriptionRequest")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"sellerId", "entity", "endpoint"})


@_attrs_define
class SubscriptionRequest:
    """A subscription of one seller's entities of one kind to an endpoint.

    Attributes:
        seller_id (int): The seller whose entities are watched (`GET /sellers`).
        entity (SubscriptionEntity): The kind of entity a subscription is about.
        endpoint (SubscriptionEndpoint): Where Quivo delivers: `{"type": "WEBHOOK", "url": ...}` as third-party code
            sends it (medium
            to low confidence: the vendor's pages name the key `endpoint`, not its shape). Quivo
            documents no signature, so a receiver authenticates deliveries by a secret it chose: in the
            URL, or in `headers`, our own optional key that Quivo may ignore.
    """

    seller_id: int
    entity: SubscriptionEntity
    endpoint: SubscriptionEndpoint
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        entity = self.entity.value

        endpoint = self.endpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sellerId": seller_id,
                "entity": entity,
                "endpoint": endpoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        seller_id = src_dict["sellerId"]

        entity = SubscriptionEntity(src_dict["entity"])

        endpoint = SubscriptionEndpoint.from_dict(src_dict["endpoint"])

        subscription_request = cls(
            seller_id,
            entity,
            endpoint,
        )

        if not _FIELDS.issuperset(src_dict):
            subscription_request.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return subscription_request

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

    from ..models.subscription_endpoint import SubscriptionEndpointDict
    from ..models.subscription_entity import SubscriptionEntity as _SubscriptionEntity

from typing import TypedDict as _TypedDict  # noqa: E402


class SubscriptionRequestDict(_TypedDict, total=False):
    """`SubscriptionRequest` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    sellerId: int
    entity: _SubscriptionEntity | _Literal["ORDERS", "SHIPMENTS", "INBOUNDS", "RETURNS", "INVOICES"]
    endpoint: SubscriptionEndpointDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.subscription_endpoint import SubscriptionEndpoint
