from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_entity import SubscriptionEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityChangedEvent")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"id", "entity", "version", "lastModified"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_SubscriptionEntity_BY_VALUE = {member.value: member for member in SubscriptionEntity}


@_attrs_define
class EntityChangedEvent:
    """One thin event; read the entity to learn what changed. `version` orders the changes of one entity.

    Attributes:
        id (int | str): The entity's id.
        entity (str | SubscriptionEntity): The kind of entity.
        version (int): Increases with each change of the entity.
        last_modified (datetime.datetime | None | Unset): When it last changed.
    """

    id: int | str
    entity: str | SubscriptionEntity
    version: int
    last_modified: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        entity: str
        if isinstance(self.entity, SubscriptionEntity):
            entity = self.entity.value
        else:
            entity = self.entity

        version = self.version

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entity": entity,
                "version": version,
            }
        )
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        entity = src_dict["entity"]
        if isinstance(entity, str) and entity in _SubscriptionEntity_BY_VALUE:
            entity = _SubscriptionEntity_BY_VALUE[entity]

        version = src_dict["version"]

        last_modified = src_dict.get("lastModified", UNSET)
        if isinstance(last_modified, str):
            try:
                last_modified_type_0 = datetime.datetime.fromisoformat(last_modified)
                last_modified = last_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        entity_changed_event = cls(
            id,
            entity,
            version,
            last_modified,
        )

        if not _FIELDS.issuperset(src_dict):
            entity_changed_event.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return entity_changed_event

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
    import datetime as _datetime
    from typing import Literal as _Literal

    from ..models.subscription_entity import SubscriptionEntity as _SubscriptionEntity

from typing import TypedDict as _TypedDict  # noqa: E402


class EntityChangedEventDict(_TypedDict, total=False):
    """`EntityChangedEvent` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: str | int
    entity: _SubscriptionEntity | _Literal["ORDERS", "SHIPMENTS", "INBOUNDS", "RETURNS", "INVOICES"] | str
    version: int
    lastModified: _datetime.datetime | str | None
