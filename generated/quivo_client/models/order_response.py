from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderResponse")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"status", "field", "message", "orderId"})


@_attrs_define
class OrderResponse:
    """Outcome of an order creation request: `status` ("OK" on success), the new `orderId` on
    success; on failure the failing `field` and a `message`.

        Attributes:
            status (None | str | Unset): Overall status of the attempt: typically "OK" on success, or an error status.
            field (None | str | Unset): On failure, the request field that caused the error (e.g.
                "deliveryAddress.countryIso2"); null on success.
            message (None | str | Unset): Human-readable message describing the outcome.
            order_id (int | None | Unset): The unique internal ID of the new order; null on failure.
    """

    status: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    order_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message
        if order_id is not UNSET:
            field_dict["orderId"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status", UNSET)

        field = src_dict.get("field", UNSET)

        message = src_dict.get("message", UNSET)

        order_id = src_dict.get("orderId", UNSET)

        order_response = cls(
            status,
            field,
            message,
            order_id,
        )

        if not _FIELDS.issuperset(src_dict):
            order_response.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_response

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


from typing import TypedDict as _TypedDict  # noqa: E402


class OrderResponseDict(_TypedDict, total=False):
    """`OrderResponse` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    status: str | None
    field: str | None
    message: str | None
    orderId: int | None
