from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActorView")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"code", "name", "company", "contact"})


@_attrs_define
class ActorView:
    """Actor information as returned (lenient).

    Attributes:
        code (None | str | Unset): Actor code.
        name (None | str | Unset): Actor name.
        company (ActorViewCompany | Unset): Company information.
        contact (ActorViewContact | Unset): Contact information.
    """

    code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    company: ActorViewCompany | Unset = UNSET
    contact: ActorViewContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        name = src_dict.get("name", UNSET)

        _company = src_dict.get("company", UNSET)
        company: ActorViewCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = ActorViewCompany.from_dict(_company)

        _contact = src_dict.get("contact", UNSET)
        contact: ActorViewContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ActorViewContact.from_dict(_contact)

        actor_view = cls(
            code,
            name,
            company,
            contact,
        )

        if not _FIELDS.issuperset(src_dict):
            actor_view.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return actor_view

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
    from ..models.actor_view_company import ActorViewCompanyDict
    from ..models.actor_view_contact import ActorViewContactDict

from typing import TypedDict as _TypedDict  # noqa: E402


class ActorViewDict(_TypedDict, total=False):
    """`ActorView` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    code: str | None
    name: str | None
    company: ActorViewCompanyDict
    contact: ActorViewContactDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.actor_view_company import ActorViewCompany
from ..models.actor_view_contact import ActorViewContact
