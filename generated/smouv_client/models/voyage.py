from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Voyage")


@_attrs_define
class Voyage:
    """Voyage information.

    Attributes:
        means_name (None | str | Unset): Transport means name.
        freight_agent (None | str | Unset): Freight agent.
        shipping_company (None | str | Unset): Shipping company name.
        eta (datetime.datetime | None | Unset): Estimated time of arrival, for import and transfer flow.
        etd (datetime.datetime | None | Unset): Estimated date of departure, for the export flow.
        closing_customs (datetime.datetime | None | Unset): Customs closing date, for the export flow.
        closing_dangerous (datetime.datetime | None | Unset): Dangerous closing date, for the export flow.
        closing_delivery (datetime.datetime | None | Unset): Delivery closing date, for the export flow.
    """

    means_name: None | str | Unset = UNSET
    freight_agent: None | str | Unset = UNSET
    shipping_company: None | str | Unset = UNSET
    eta: datetime.datetime | None | Unset = UNSET
    etd: datetime.datetime | None | Unset = UNSET
    closing_customs: datetime.datetime | None | Unset = UNSET
    closing_dangerous: datetime.datetime | None | Unset = UNSET
    closing_delivery: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        means_name: None | str | Unset
        if isinstance(self.means_name, Unset):
            means_name = UNSET
        else:
            means_name = self.means_name

        freight_agent: None | str | Unset
        if isinstance(self.freight_agent, Unset):
            freight_agent = UNSET
        else:
            freight_agent = self.freight_agent

        shipping_company: None | str | Unset
        if isinstance(self.shipping_company, Unset):
            shipping_company = UNSET
        else:
            shipping_company = self.shipping_company

        eta: None | str | Unset
        if isinstance(self.eta, Unset):
            eta = UNSET
        elif isinstance(self.eta, datetime.datetime):
            eta = self.eta.isoformat()
        else:
            eta = self.eta

        etd: None | str | Unset
        if isinstance(self.etd, Unset):
            etd = UNSET
        elif isinstance(self.etd, datetime.datetime):
            etd = self.etd.isoformat()
        else:
            etd = self.etd

        closing_customs: None | str | Unset
        if isinstance(self.closing_customs, Unset):
            closing_customs = UNSET
        elif isinstance(self.closing_customs, datetime.datetime):
            closing_customs = self.closing_customs.isoformat()
        else:
            closing_customs = self.closing_customs

        closing_dangerous: None | str | Unset
        if isinstance(self.closing_dangerous, Unset):
            closing_dangerous = UNSET
        elif isinstance(self.closing_dangerous, datetime.datetime):
            closing_dangerous = self.closing_dangerous.isoformat()
        else:
            closing_dangerous = self.closing_dangerous

        closing_delivery: None | str | Unset
        if isinstance(self.closing_delivery, Unset):
            closing_delivery = UNSET
        elif isinstance(self.closing_delivery, datetime.datetime):
            closing_delivery = self.closing_delivery.isoformat()
        else:
            closing_delivery = self.closing_delivery

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if means_name is not UNSET:
            field_dict["meansName"] = means_name
        if freight_agent is not UNSET:
            field_dict["freightAgent"] = freight_agent
        if shipping_company is not UNSET:
            field_dict["shippingCompany"] = shipping_company
        if eta is not UNSET:
            field_dict["eta"] = eta
        if etd is not UNSET:
            field_dict["etd"] = etd
        if closing_customs is not UNSET:
            field_dict["closingCustoms"] = closing_customs
        if closing_dangerous is not UNSET:
            field_dict["closingDangerous"] = closing_dangerous
        if closing_delivery is not UNSET:
            field_dict["closingDelivery"] = closing_delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        means_name = src_dict.get("meansName", UNSET)

        freight_agent = src_dict.get("freightAgent", UNSET)

        shipping_company = src_dict.get("shippingCompany", UNSET)

        eta = src_dict.get("eta", UNSET)
        if isinstance(eta, str):
            try:
                eta_type_0 = datetime.datetime.fromisoformat(eta)
                eta = eta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        etd = src_dict.get("etd", UNSET)
        if isinstance(etd, str):
            try:
                etd_type_0 = datetime.datetime.fromisoformat(etd)
                etd = etd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        closing_customs = src_dict.get("closingCustoms", UNSET)
        if isinstance(closing_customs, str):
            try:
                closing_customs_type_0 = datetime.datetime.fromisoformat(closing_customs)
                closing_customs = closing_customs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        closing_dangerous = src_dict.get("closingDangerous", UNSET)
        if isinstance(closing_dangerous, str):
            try:
                closing_dangerous_type_0 = datetime.datetime.fromisoformat(closing_dangerous)
                closing_dangerous = closing_dangerous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        closing_delivery = src_dict.get("closingDelivery", UNSET)
        if isinstance(closing_delivery, str):
            try:
                closing_delivery_type_0 = datetime.datetime.fromisoformat(closing_delivery)
                closing_delivery = closing_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        voyage = cls(
            means_name,
            freight_agent,
            shipping_company,
            eta,
            etd,
            closing_customs,
            closing_dangerous,
            closing_delivery,
        )

        return voyage


if TYPE_CHECKING:
    import datetime as _datetime

from typing import TypedDict as _TypedDict  # noqa: E402


class VoyageDict(_TypedDict, total=False):
    """`Voyage` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    meansName: str | None
    freightAgent: str | None
    shippingCompany: str | None
    eta: _datetime.datetime | str | None
    etd: _datetime.datetime | str | None
    closingCustoms: _datetime.datetime | str | None
    closingDangerous: _datetime.datetime | str | None
    closingDelivery: _datetime.datetime | str | None
