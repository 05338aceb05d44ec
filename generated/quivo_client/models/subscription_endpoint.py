from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_endpoint_type import SubscriptionEndpointType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionEndpoint")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"type", "url", "headers"})


@_attrs_define
class SubscriptionEndpoint:
    """Where Quivo delivers: `{"type": "WEBHOOK", "url": ...}` as third-party code sends it (medium
    to low confidence: the vendor's pages name the key `endpoint`, not its shape). Quivo
    documents no signature, so a receiver authenticates deliveries by a secret it chose: in the
    URL, or in `headers`, our own optional key that Quivo may ignore.

        Attributes:
            type_ (SubscriptionEndpointType): The endpoint kind.
            url (str): Your receiver's absolute URL.
            headers (None | SubscriptionEndpointHeadersType0 | Unset): Headers to send with each delivery (ours; may be
                ignored by the service).
    """

    type_: SubscriptionEndpointType
    url: str
    headers: None | SubscriptionEndpointHeadersType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, SubscriptionEndpointHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = SubscriptionEndpointType(src_dict["type"])

        url = src_dict["url"]

        headers = src_dict.get("headers", UNSET)
        if isinstance(headers, dict):
            try:
                headers_type_0 = SubscriptionEndpointHeadersType0.from_dict(headers)
                headers = headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        subscription_endpoint = cls(
            type_,
            url,
            headers,
        )

        if not _FIELDS.issuperset(src_dict):
            subscription_endpoint.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return subscription_endpoint

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

    from ..models.subscription_endpoint_headers_type_0 import SubscriptionEndpointHeadersType0Dict
    from ..models.subscription_endpoint_type import SubscriptionEndpointType as _SubscriptionEndpointType

from typing import TypedDict as _TypedDict  # noqa: E402


class SubscriptionEndpointDict(_TypedDict, total=False):
    """`SubscriptionEndpoint` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: _SubscriptionEndpointType | _Literal["WEBHOOK"]
    url: str
    headers: SubscriptionEndpointHeadersType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.subscription_endpoint_headers_type_0 import SubscriptionEndpointHeadersType0
