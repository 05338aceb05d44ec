from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationProblemValidationMessages")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset()


@_attrs_define
class ValidationProblemValidationMessages:
    """Per field, the failed validators and their messages."""

    additional_properties: dict[str, ValidationProblemValidationMessagesAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        validation_problem_validation_messages = cls()

        if not _FIELDS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _FIELDS:
                    continue
                additional_property = ValidationProblemValidationMessagesAdditionalProperty.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            validation_problem_validation_messages.additional_properties = additional_properties
        return validation_problem_validation_messages

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ValidationProblemValidationMessagesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ValidationProblemValidationMessagesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    from collections.abc import Mapping as _Mapping

from typing import TypeAlias as _TypeAlias  # noqa: E402

ValidationProblemValidationMessagesDict: _TypeAlias = "_Mapping[str, Any]"


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.validation_problem_validation_messages_additional_property import (
    ValidationProblemValidationMessagesAdditionalProperty,
)
