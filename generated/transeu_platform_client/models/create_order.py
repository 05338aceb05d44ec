from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrder")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "freight",
        "payment",
        "external_source",
        "callback_url",
        "number",
        "additional_terms",
        "incoterm",
        "allow_forwarding_to_subcontractor",
        "monitoring",
        "insurance",
        "attachments_requirements",
        "driver",
        "vehicle",
    }
)


@_attrs_define
class CreateOrder:
    """Create order payload. The vendor's file gives only `type: object` and an example; the
    fields here are the example's, with the types its values show. Unknown fields pass.

        Attributes:
            freight (CreateFreight): The freight of the order.
            payment (CreatePayment): Payment terms.
            external_source (None | str | Unset): Who sends the order (free text, e.g. the integration's name).
            callback_url (None | str | Unset): Where events about the order are POSTed (see `webhooks`); starts with http://
                or https://.
            number (None | str | Unset): The order number; null lets the platform assign one. Unique in the company
                (inferred, see DuplicateNumber).
            additional_terms (None | str | Unset): Additional terms of the order.
            incoterm (None | str | Unset): Incoterm of the order, if any.
            allow_forwarding_to_subcontractor (bool | Unset): Whether the carrier may hand the order on.
            monitoring (CreateOrderMonitoring | Unset): Monitoring (tracking) of the transport.
            insurance (CreateOrderInsurance | Unset): Insurance of the load and third-party liability (null each when none).
            attachments_requirements (CreateOrderAttachmentsRequirementsType0 | None | Unset): Which attachments the carrier
                must provide.
            driver (CreateOrderDriverType0 | None | Unset): Driver, when known at creation.
            vehicle (CreateOrderVehicleType0 | None | Unset): Vehicle, when known at creation.
    """

    freight: CreateFreight
    payment: CreatePayment
    external_source: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    additional_terms: None | str | Unset = UNSET
    incoterm: None | str | Unset = UNSET
    allow_forwarding_to_subcontractor: bool | Unset = UNSET
    monitoring: CreateOrderMonitoring | Unset = UNSET
    insurance: CreateOrderInsurance | Unset = UNSET
    attachments_requirements: CreateOrderAttachmentsRequirementsType0 | None | Unset = UNSET
    driver: CreateOrderDriverType0 | None | Unset = UNSET
    vehicle: CreateOrderVehicleType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        freight = self.freight.to_dict()

        payment = self.payment.to_dict()

        external_source: None | str | Unset
        if isinstance(self.external_source, Unset):
            external_source = UNSET
        else:
            external_source = self.external_source

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        additional_terms: None | str | Unset
        if isinstance(self.additional_terms, Unset):
            additional_terms = UNSET
        else:
            additional_terms = self.additional_terms

        incoterm: None | str | Unset
        if isinstance(self.incoterm, Unset):
            incoterm = UNSET
        else:
            incoterm = self.incoterm

        allow_forwarding_to_subcontractor = self.allow_forwarding_to_subcontractor

        monitoring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitoring, Unset):
            monitoring = self.monitoring.to_dict()

        insurance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insurance, Unset):
            insurance = self.insurance.to_dict()

        attachments_requirements: dict[str, Any] | None | Unset
        if isinstance(self.attachments_requirements, Unset):
            attachments_requirements = UNSET
        elif isinstance(self.attachments_requirements, CreateOrderAttachmentsRequirementsType0):
            attachments_requirements = self.attachments_requirements.to_dict()
        else:
            attachments_requirements = self.attachments_requirements

        driver: dict[str, Any] | None | Unset
        if isinstance(self.driver, Unset):
            driver = UNSET
        elif isinstance(self.driver, CreateOrderDriverType0):
            driver = self.driver.to_dict()
        else:
            driver = self.driver

        vehicle: dict[str, Any] | None | Unset
        if isinstance(self.vehicle, Unset):
            vehicle = UNSET
        elif isinstance(self.vehicle, CreateOrderVehicleType0):
            vehicle = self.vehicle.to_dict()
        else:
            vehicle = self.vehicle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "freight": freight,
                "payment": payment,
            }
        )
        if external_source is not UNSET:
            field_dict["external_source"] = external_source
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if number is not UNSET:
            field_dict["number"] = number
        if additional_terms is not UNSET:
            field_dict["additional_terms"] = additional_terms
        if incoterm is not UNSET:
            field_dict["incoterm"] = incoterm
        if allow_forwarding_to_subcontractor is not UNSET:
            field_dict["allow_forwarding_to_subcontractor"] = allow_forwarding_to_subcontractor
        if monitoring is not UNSET:
            field_dict["monitoring"] = monitoring
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if attachments_requirements is not UNSET:
            field_dict["attachments_requirements"] = attachments_requirements
        if driver is not UNSET:
            field_dict["driver"] = driver
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        freight = CreateFreight.from_dict(src_dict["freight"])

        payment = CreatePayment.from_dict(src_dict["payment"])

        external_source = src_dict.get("external_source", UNSET)

        callback_url = src_dict.get("callback_url", UNSET)

        number = src_dict.get("number", UNSET)

        additional_terms = src_dict.get("additional_terms", UNSET)

        incoterm = src_dict.get("incoterm", UNSET)

        allow_forwarding_to_subcontractor = src_dict.get("allow_forwarding_to_subcontractor", UNSET)

        _monitoring = src_dict.get("monitoring", UNSET)
        monitoring: CreateOrderMonitoring | Unset
        if isinstance(_monitoring, Unset):
            monitoring = UNSET
        else:
            monitoring = CreateOrderMonitoring.from_dict(_monitoring)

        _insurance = src_dict.get("insurance", UNSET)
        insurance: CreateOrderInsurance | Unset
        if isinstance(_insurance, Unset):
            insurance = UNSET
        else:
            insurance = CreateOrderInsurance.from_dict(_insurance)

        attachments_requirements = src_dict.get("attachments_requirements", UNSET)
        if isinstance(attachments_requirements, dict):
            try:
                attachments_requirements_type_0 = CreateOrderAttachmentsRequirementsType0.from_dict(
                    attachments_requirements
                )
                attachments_requirements = attachments_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        driver = src_dict.get("driver", UNSET)
        if isinstance(driver, dict):
            try:
                driver_type_0 = CreateOrderDriverType0.from_dict(driver)
                driver = driver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vehicle = src_dict.get("vehicle", UNSET)
        if isinstance(vehicle, dict):
            try:
                vehicle_type_0 = CreateOrderVehicleType0.from_dict(vehicle)
                vehicle = vehicle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_order = cls(
            freight,
            payment,
            external_source,
            callback_url,
            number,
            additional_terms,
            incoterm,
            allow_forwarding_to_subcontractor,
            monitoring,
            insurance,
            attachments_requirements,
            driver,
            vehicle,
        )

        if not _FIELDS.issuperset(src_dict):
            create_order.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_order

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
    from ..models.create_freight import CreateFreightDict
    from ..models.create_order_attachments_requirements_type_0 import CreateOrderAttachmentsRequirementsType0Dict
    from ..models.create_order_driver_type_0 import CreateOrderDriverType0Dict
    from ..models.create_order_insurance import CreateOrderInsuranceDict
    from ..models.create_order_monitoring import CreateOrderMonitoringDict
    from ..models.create_order_vehicle_type_0 import CreateOrderVehicleType0Dict
    from ..models.create_payment import CreatePaymentDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateOrderDict(_TypedDict, total=False):
    """`CreateOrder` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    freight: CreateFreightDict
    payment: CreatePaymentDict
    external_source: str | None
    callback_url: str | None
    number: str | None
    additional_terms: str | None
    incoterm: str | None
    allow_forwarding_to_subcontractor: bool
    monitoring: CreateOrderMonitoringDict
    insurance: CreateOrderInsuranceDict
    attachments_requirements: CreateOrderAttachmentsRequirementsType0Dict | None
    driver: CreateOrderDriverType0Dict | None
    vehicle: CreateOrderVehicleType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.create_freight import CreateFreight
from ..models.create_order_attachments_requirements_type_0 import CreateOrderAttachmentsRequirementsType0
from ..models.create_order_driver_type_0 import CreateOrderDriverType0
from ..models.create_order_insurance import CreateOrderInsurance
from ..models.create_order_monitoring import CreateOrderMonitoring
from ..models.create_order_vehicle_type_0 import CreateOrderVehicleType0
from ..models.create_payment import CreatePayment
