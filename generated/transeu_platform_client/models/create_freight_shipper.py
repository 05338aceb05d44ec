from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFreightShipper")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"company_id", "assignee"})


@_attrs_define
class CreateFreightShipper:
    """The shipper (your company) and its assignee.

    Attributes:
        company_id (int | Unset): Trans.eu company id of the shipper.
        assignee (CreateFreightShipperAssignee | Unset): The person responsible at the shipper.
    """

    company_id: int | Unset = UNSET
    assignee: CreateFreightShipperAssignee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if assignee is not UNSET:
            field_dict["assignee"] = assignee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        company_id = src_dict.get("company_id", UNSET)

        _assignee = src_dict.get("assignee", UNSET)
        assignee: CreateFreightShipperAssignee | Unset
        if isinstance(_assignee, Unset):
            assignee = UNSET
        else:
            assignee = CreateFreightShipperAssignee.from_dict(_assignee)

        create_freight_shipper = cls(
            company_id,
            assignee,
        )

        if not _FIELDS.issuperset(src_dict):
            create_freight_shipper.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_freight_shipper

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
    from ..models.create_freight_shipper_assignee import CreateFreightShipperAssigneeDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateFreightShipperDict(_TypedDict, total=False):
    """`CreateFreightShipper` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    company_id: int
    assignee: CreateFreightShipperAssigneeDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.create_freight_shipper_assignee import CreateFreightShipperAssignee
