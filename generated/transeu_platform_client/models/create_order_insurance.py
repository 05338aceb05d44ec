from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderInsurance")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"load", "third_party"})


@_attrs_define
class CreateOrderInsurance:
    """Insurance of the load and third-party liability (null each when none).

    Attributes:
        load (CreateOrderInsuranceLoadType0 | None | Unset): Load insurance.
        third_party (CreateOrderInsuranceThirdPartyType0 | None | Unset): Third-party insurance.
    """

    load: CreateOrderInsuranceLoadType0 | None | Unset = UNSET
    third_party: CreateOrderInsuranceThirdPartyType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load: dict[str, Any] | None | Unset
        if isinstance(self.load, Unset):
            load = UNSET
        elif isinstance(self.load, CreateOrderInsuranceLoadType0):
            load = self.load.to_dict()
        else:
            load = self.load

        third_party: dict[str, Any] | None | Unset
        if isinstance(self.third_party, Unset):
            third_party = UNSET
        elif isinstance(self.third_party, CreateOrderInsuranceThirdPartyType0):
            third_party = self.third_party.to_dict()
        else:
            third_party = self.third_party

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if load is not UNSET:
            field_dict["load"] = load
        if third_party is not UNSET:
            field_dict["third_party"] = third_party

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        load = src_dict.get("load", UNSET)
        if isinstance(load, dict):
            try:
                load_type_0 = CreateOrderInsuranceLoadType0.from_dict(load)
                load = load_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        third_party = src_dict.get("third_party", UNSET)
        if isinstance(third_party, dict):
            try:
                third_party_type_0 = CreateOrderInsuranceThirdPartyType0.from_dict(third_party)
                third_party = third_party_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_order_insurance = cls(
            load,
            third_party,
        )

        if not _FIELDS.issuperset(src_dict):
            create_order_insurance.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_order_insurance

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
    from ..models.create_order_insurance_load_type_0 import CreateOrderInsuranceLoadType0Dict
    from ..models.create_order_insurance_third_party_type_0 import CreateOrderInsuranceThirdPartyType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateOrderInsuranceDict(_TypedDict, total=False):
    """`CreateOrderInsurance` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    load: CreateOrderInsuranceLoadType0Dict | None
    third_party: CreateOrderInsuranceThirdPartyType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.create_order_insurance_load_type_0 import CreateOrderInsuranceLoadType0
from ..models.create_order_insurance_third_party_type_0 import CreateOrderInsuranceThirdPartyType0
