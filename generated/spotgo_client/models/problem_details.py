from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemDetails")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"type", "title", "status", "detail", "instance", "errors", "traceId"})


@_attrs_define
class ProblemDetails:
    """RFC 7807 problem details as emitted by ASP.NET Core; validation failures add `errors`.

    Attributes:
        type_ (None | str | Unset): URI identifying the problem type.
        title (None | str | Unset): Short summary.
        status (int | None | Unset): HTTP status code.
        detail (None | str | Unset): Explanation of this occurrence.
        instance (None | str | Unset): URI of this occurrence.
        errors (None | ProblemDetailsErrorsType0 | Unset): Validation messages per field path.
        trace_id (None | str | Unset): Server trace id.
    """

    type_: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    errors: None | ProblemDetailsErrorsType0 | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, ProblemDetailsErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type", UNSET)

        title = src_dict.get("title", UNSET)

        status = src_dict.get("status", UNSET)

        detail = src_dict.get("detail", UNSET)

        instance = src_dict.get("instance", UNSET)

        errors = src_dict.get("errors", UNSET)
        if isinstance(errors, dict):
            try:
                errors_type_0 = ProblemDetailsErrorsType0.from_dict(errors)
                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        trace_id = src_dict.get("traceId", UNSET)

        problem_details = cls(
            type_,
            title,
            status,
            detail,
            instance,
            errors,
            trace_id,
        )

        if not _FIELDS.issuperset(src_dict):
            problem_details.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return problem_details

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
    from ..models.problem_details_errors_type_0 import ProblemDetailsErrorsType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class ProblemDetailsDict(_TypedDict, total=False):
    """`ProblemDetails` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: str | None
    title: str | None
    status: int | None
    detail: str | None
    instance: str | None
    errors: ProblemDetailsErrorsType0Dict | None
    traceId: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.problem_details_errors_type_0 import ProblemDetailsErrorsType0
