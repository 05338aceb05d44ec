from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="OrderAmendment")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"id", "freight", "additional_terms", "payment"})


@_attrs_define
class OrderAmendment:
    """An amendment of an order (every section optional).

    Attributes:
        id (None | Unset | UUID): Amendment identifier (UUID).
        freight (OrderAmendmentFreight | Unset): Freight amendment section.
        additional_terms (None | str | Unset): Additional terms.
        payment (OrderAmendmentPayment | Unset): Payment amendment section.
    """

    id: None | Unset | UUID = UNSET
    freight: OrderAmendmentFreight | Unset = UNSET
    additional_terms: None | str | Unset = UNSET
    payment: OrderAmendmentPayment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()

        additional_terms: None | str | Unset
        if isinstance(self.additional_terms, Unset):
            additional_terms = UNSET
        else:
            additional_terms = self.additional_terms

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if freight is not UNSET:
            field_dict["freight"] = freight
        if additional_terms is not UNSET:
            field_dict["additional_terms"] = additional_terms
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)
        if isinstance(id, str):
            try:
                id_type_0 = parse_uuid(id)
                id = id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _freight = src_dict.get("freight", UNSET)
        freight: OrderAmendmentFreight | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = OrderAmendmentFreight.from_dict(_freight)

        additional_terms = src_dict.get("additional_terms", UNSET)

        _payment = src_dict.get("payment", UNSET)
        payment: OrderAmendmentPayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = OrderAmendmentPayment.from_dict(_payment)

        order_amendment = cls(
            id,
            freight,
            additional_terms,
            payment,
        )

        if not _FIELDS.issuperset(src_dict):
            order_amendment.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_amendment

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

    from ..models.order_amendment_freight import OrderAmendmentFreightDict
    from ..models.order_amendment_payment import OrderAmendmentPaymentDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderAmendmentDict(_TypedDict, total=False):
    """`OrderAmendment` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: _UUID | str | None
    freight: OrderAmendmentFreightDict
    additional_terms: str | None
    payment: OrderAmendmentPaymentDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_amendment_freight import OrderAmendmentFreight
from ..models.order_amendment_payment import OrderAmendmentPayment
