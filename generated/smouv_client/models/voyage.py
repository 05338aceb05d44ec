from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        eta (datetime.datetime | None | Unset): Estimated time of arrival
        etd (datetime.datetime | None | Unset): Estimated date of departure
        closing_customs (datetime.datetime | None | Unset): Customs closing date
        closing_dangerous (datetime.datetime | None | Unset): Dangerous closing date
        closing_delivery (datetime.datetime | None | Unset): Delivery closing date
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
        d = dict(src_dict)

        def _parse_means_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        means_name = _parse_means_name(d.pop("meansName", UNSET))

        def _parse_freight_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        freight_agent = _parse_freight_agent(d.pop("freightAgent", UNSET))

        def _parse_shipping_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        shipping_company = _parse_shipping_company(d.pop("shippingCompany", UNSET))

        def _parse_eta(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eta_type_0 = datetime.datetime.fromisoformat(data)

                return eta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        eta = _parse_eta(d.pop("eta", UNSET))

        def _parse_etd(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                etd_type_0 = datetime.datetime.fromisoformat(data)

                return etd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        etd = _parse_etd(d.pop("etd", UNSET))

        def _parse_closing_customs(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_customs_type_0 = datetime.datetime.fromisoformat(data)

                return closing_customs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        closing_customs = _parse_closing_customs(d.pop("closingCustoms", UNSET))

        def _parse_closing_dangerous(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_dangerous_type_0 = datetime.datetime.fromisoformat(data)

                return closing_dangerous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        closing_dangerous = _parse_closing_dangerous(d.pop("closingDangerous", UNSET))

        def _parse_closing_delivery(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_delivery_type_0 = datetime.datetime.fromisoformat(data)

                return closing_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        closing_delivery = _parse_closing_delivery(d.pop("closingDelivery", UNSET))

        voyage = cls(
            means_name=means_name,
            freight_agent=freight_agent,
            shipping_company=shipping_company,
            eta=eta,
            etd=etd,
            closing_customs=closing_customs,
            closing_dangerous=closing_dangerous,
            closing_delivery=closing_delivery,
        )

        return voyage
