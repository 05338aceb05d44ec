from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRequest")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "sellerId",
        "orderIdentifier",
        "orderReference",
        "deliveryAddress",
        "positions",
        "warehouseId",
        "hasInvoiceAddress",
        "hasInvoiceData",
        "invoiceAddress",
        "orderDate",
        "currencyCode",
        "invoiceIds",
        "comment",
        "earliestDeliveryDate",
        "latestDeliveryDate",
        "transportInsuranceAmount",
        "cashOnDeliveryAmount",
        "cashOnDeliveryCurrency",
        "shippingMethodIdentifier",
        "shippingMethodName",
        "tags",
        "trackingEnabled",
        "orderPriority",
        "orderReference2",
        "customerPurchaseOrderNumber",
        "ssccLabel",
        "channelId",
        "channelName",
        "attachments",
        "customAttributes",
    }
)


@_attrs_define
class OrderRequest:
    """Request payload for creating a new order: delivery address, order identifier, item
    positions, shipping preferences, optional customer information.

        Attributes:
            seller_id (int): The seller id to which this order belongs.
            order_identifier (str): A unique identifier to prevent duplicates of the same order in the system (e.g. the
                shop's order id).
            order_reference (str): Set by the customer to identify the order easily. Example: #DE38678
            delivery_address (DeliveryAddress): Request object for creating the order delivery address.
            positions (list[Position]): The content of the order (1 to 2147483647 elements).
            warehouse_id (int | Unset): The id of the warehouse where the order gets processed (see GET /warehouses).
            has_invoice_address (bool | Unset): Whether the invoice address is provided; by default the delivery address is
                used.
            has_invoice_data (bool | Unset): Whether the invoice data (currency and sales prices) is provided.
            invoice_address (Address | Unset): Request object for creating the order invoice address.
            order_date (datetime.datetime | Unset): The date when the order was placed (the seed says `string<date-time>`).
            currency_code (str | Unset): The currency in which the order was placed.
            invoice_ids (list[str] | Unset): The unique identifiers of the invoices.
            comment (str | Unset): Instructions for the fulfillment, sent to the warehouse.
            earliest_delivery_date (datetime.date | Unset): Earliest allowed date of delivery (ISO 8601), e.g. 2021-01-10.
            latest_delivery_date (datetime.date | Unset): Latest allowed date of delivery (ISO 8601), e.g. 2021-01-12.
            transport_insurance_amount (float | Unset): Amount in EUR to insure when booking the transport (x > 0).
            cash_on_delivery_amount (float | Unset): COD total amount; above 0 the order is a COD shipment.
            cash_on_delivery_currency (str | Unset): COD currency.
            shipping_method_identifier (str | Unset): How the parcels should be transported, e.g. UPSS.
            shipping_method_name (str | Unset): Name of the shipping method, e.g. UPS Saver.
            tags (list[str] | Unset): Tags of this order.
            tracking_enabled (bool | Unset): Turn tracking on or off (additional charges when true).
            order_priority (int | Unset): Priority of the order (1 to 3).
            order_reference_2 (str | Unset): Additional order reference, e.g. #DE38678.
            customer_purchase_order_number (str | Unset): Reference code assigned to a purchase, e.g. PO-89225.
            sscc_label (bool | Unset): Whether to create an SSCC label based on customerPurchaseOrderNumber.
            channel_id (str | Unset): Channel ID of the master client of this order.
            channel_name (str | Unset): Channel name of the master client, e.g. Obi E-Commerce.
            attachments (list[Attachment] | Unset): Attachments to print with the order.
            custom_attributes (CustomAttributes | Unset): Custom key-value attributes. Typed object by the seed; its
                examples send a JSON-encoded
                string (`"{\\"attr1\\":\\"val1\\"}"`), read here as a documentation artefact (the guide sends a
                real object and responses return objects).
    """

    seller_id: int
    order_identifier: str
    order_reference: str
    delivery_address: DeliveryAddress
    positions: list[Position]
    warehouse_id: int | Unset = UNSET
    has_invoice_address: bool | Unset = UNSET
    has_invoice_data: bool | Unset = UNSET
    invoice_address: Address | Unset = UNSET
    order_date: datetime.datetime | Unset = UNSET
    currency_code: str | Unset = UNSET
    invoice_ids: list[str] | Unset = UNSET
    comment: str | Unset = UNSET
    earliest_delivery_date: datetime.date | Unset = UNSET
    latest_delivery_date: datetime.date | Unset = UNSET
    transport_insurance_amount: float | Unset = UNSET
    cash_on_delivery_amount: float | Unset = UNSET
    cash_on_delivery_currency: str | Unset = UNSET
    shipping_method_identifier: str | Unset = UNSET
    shipping_method_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    tracking_enabled: bool | Unset = UNSET
    order_priority: int | Unset = UNSET
    order_reference_2: str | Unset = UNSET
    customer_purchase_order_number: str | Unset = UNSET
    sscc_label: bool | Unset = UNSET
    channel_id: str | Unset = UNSET
    channel_name: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        order_identifier = self.order_identifier

        order_reference = self.order_reference

        delivery_address = self.delivery_address.to_dict()

        positions = []
        for positions_item_data in self.positions:
            positions_item = positions_item_data.to_dict()
            positions.append(positions_item)

        warehouse_id = self.warehouse_id

        has_invoice_address = self.has_invoice_address

        has_invoice_data = self.has_invoice_data

        invoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_address, Unset):
            invoice_address = self.invoice_address.to_dict()

        order_date: str | Unset = UNSET
        if not isinstance(self.order_date, Unset):
            order_date = self.order_date.isoformat()

        currency_code = self.currency_code

        invoice_ids: list[str] | Unset = UNSET
        if not isinstance(self.invoice_ids, Unset):
            invoice_ids = self.invoice_ids

        comment = self.comment

        earliest_delivery_date: str | Unset = UNSET
        if not isinstance(self.earliest_delivery_date, Unset):
            earliest_delivery_date = self.earliest_delivery_date.isoformat()

        latest_delivery_date: str | Unset = UNSET
        if not isinstance(self.latest_delivery_date, Unset):
            latest_delivery_date = self.latest_delivery_date.isoformat()

        transport_insurance_amount = self.transport_insurance_amount

        cash_on_delivery_amount = self.cash_on_delivery_amount

        cash_on_delivery_currency = self.cash_on_delivery_currency

        shipping_method_identifier = self.shipping_method_identifier

        shipping_method_name = self.shipping_method_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tracking_enabled = self.tracking_enabled

        order_priority = self.order_priority

        order_reference_2 = self.order_reference_2

        customer_purchase_order_number = self.customer_purchase_order_number

        sscc_label = self.sscc_label

        channel_id = self.channel_id

        channel_name = self.channel_name

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sellerId": seller_id,
                "orderIdentifier": order_identifier,
                "orderReference": order_reference,
                "deliveryAddress": delivery_address,
                "positions": positions,
            }
        )
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if has_invoice_address is not UNSET:
            field_dict["hasInvoiceAddress"] = has_invoice_address
        if has_invoice_data is not UNSET:
            field_dict["hasInvoiceData"] = has_invoice_data
        if invoice_address is not UNSET:
            field_dict["invoiceAddress"] = invoice_address
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if invoice_ids is not UNSET:
            field_dict["invoiceIds"] = invoice_ids
        if comment is not UNSET:
            field_dict["comment"] = comment
        if earliest_delivery_date is not UNSET:
            field_dict["earliestDeliveryDate"] = earliest_delivery_date
        if latest_delivery_date is not UNSET:
            field_dict["latestDeliveryDate"] = latest_delivery_date
        if transport_insurance_amount is not UNSET:
            field_dict["transportInsuranceAmount"] = transport_insurance_amount
        if cash_on_delivery_amount is not UNSET:
            field_dict["cashOnDeliveryAmount"] = cash_on_delivery_amount
        if cash_on_delivery_currency is not UNSET:
            field_dict["cashOnDeliveryCurrency"] = cash_on_delivery_currency
        if shipping_method_identifier is not UNSET:
            field_dict["shippingMethodIdentifier"] = shipping_method_identifier
        if shipping_method_name is not UNSET:
            field_dict["shippingMethodName"] = shipping_method_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tracking_enabled is not UNSET:
            field_dict["trackingEnabled"] = tracking_enabled
        if order_priority is not UNSET:
            field_dict["orderPriority"] = order_priority
        if order_reference_2 is not UNSET:
            field_dict["orderReference2"] = order_reference_2
        if customer_purchase_order_number is not UNSET:
            field_dict["customerPurchaseOrderNumber"] = customer_purchase_order_number
        if sscc_label is not UNSET:
            field_dict["ssccLabel"] = sscc_label
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        seller_id = src_dict["sellerId"]

        order_identifier = src_dict["orderIdentifier"]

        order_reference = src_dict["orderReference"]

        delivery_address = DeliveryAddress.from_dict(src_dict["deliveryAddress"])

        positions = []
        _positions = src_dict["positions"]
        for positions_item_data in _positions:
            positions_item = Position.from_dict(positions_item_data)

            positions.append(positions_item)

        warehouse_id = src_dict.get("warehouseId", UNSET)

        has_invoice_address = src_dict.get("hasInvoiceAddress", UNSET)

        has_invoice_data = src_dict.get("hasInvoiceData", UNSET)

        _invoice_address = src_dict.get("invoiceAddress", UNSET)
        invoice_address: Address | Unset
        if isinstance(_invoice_address, Unset):
            invoice_address = UNSET
        else:
            invoice_address = Address.from_dict(_invoice_address)

        _order_date = src_dict.get("orderDate", UNSET)
        order_date: datetime.datetime | Unset
        if isinstance(_order_date, Unset):
            order_date = UNSET
        else:
            order_date = datetime.datetime.fromisoformat(_order_date)

        currency_code = src_dict.get("currencyCode", UNSET)

        invoice_ids = cast(list[str], src_dict.get("invoiceIds", UNSET))

        comment = src_dict.get("comment", UNSET)

        _earliest_delivery_date = src_dict.get("earliestDeliveryDate", UNSET)
        earliest_delivery_date: datetime.date | Unset
        if isinstance(_earliest_delivery_date, Unset):
            earliest_delivery_date = UNSET
        else:
            earliest_delivery_date = datetime.date.fromisoformat(_earliest_delivery_date)

        _latest_delivery_date = src_dict.get("latestDeliveryDate", UNSET)
        latest_delivery_date: datetime.date | Unset
        if isinstance(_latest_delivery_date, Unset):
            latest_delivery_date = UNSET
        else:
            latest_delivery_date = datetime.date.fromisoformat(_latest_delivery_date)

        transport_insurance_amount = src_dict.get("transportInsuranceAmount", UNSET)

        cash_on_delivery_amount = src_dict.get("cashOnDeliveryAmount", UNSET)

        cash_on_delivery_currency = src_dict.get("cashOnDeliveryCurrency", UNSET)

        shipping_method_identifier = src_dict.get("shippingMethodIdentifier", UNSET)

        shipping_method_name = src_dict.get("shippingMethodName", UNSET)

        tags = cast(list[str], src_dict.get("tags", UNSET))

        tracking_enabled = src_dict.get("trackingEnabled", UNSET)

        order_priority = src_dict.get("orderPriority", UNSET)

        order_reference_2 = src_dict.get("orderReference2", UNSET)

        customer_purchase_order_number = src_dict.get("customerPurchaseOrderNumber", UNSET)

        sscc_label = src_dict.get("ssccLabel", UNSET)

        channel_id = src_dict.get("channelId", UNSET)

        channel_name = src_dict.get("channelName", UNSET)

        _attachments = src_dict.get("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _custom_attributes = src_dict.get("customAttributes", UNSET)
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        order_request = cls(
            seller_id,
            order_identifier,
            order_reference,
            delivery_address,
            positions,
            warehouse_id,
            has_invoice_address,
            has_invoice_data,
            invoice_address,
            order_date,
            currency_code,
            invoice_ids,
            comment,
            earliest_delivery_date,
            latest_delivery_date,
            transport_insurance_amount,
            cash_on_delivery_amount,
            cash_on_delivery_currency,
            shipping_method_identifier,
            shipping_method_name,
            tags,
            tracking_enabled,
            order_priority,
            order_reference_2,
            customer_purchase_order_number,
            sscc_label,
            channel_id,
            channel_name,
            attachments,
            custom_attributes,
        )

        if not _FIELDS.issuperset(src_dict):
            order_request.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_request

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
    from collections.abc import Sequence as _Sequence
    from decimal import Decimal as _Decimal
    from typing import Required as _Required

    from ..models.address import AddressDict
    from ..models.attachment import AttachmentDict
    from ..models.custom_attributes import CustomAttributesDict
    from ..models.delivery_address import DeliveryAddressDict
    from ..models.position import PositionDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderRequestDict(_TypedDict, total=False):
    """`OrderRequest` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    sellerId: _Required[int]
    orderIdentifier: _Required[str]
    orderReference: _Required[str]
    deliveryAddress: _Required[DeliveryAddressDict]
    positions: _Required[_Sequence[PositionDict]]
    warehouseId: int
    hasInvoiceAddress: bool
    hasInvoiceData: bool
    invoiceAddress: AddressDict
    orderDate: _datetime.datetime | str
    currencyCode: str
    invoiceIds: _Sequence[str]
    comment: str
    earliestDeliveryDate: _datetime.date | str
    latestDeliveryDate: _datetime.date | str
    transportInsuranceAmount: float | _Decimal
    cashOnDeliveryAmount: float | _Decimal
    cashOnDeliveryCurrency: str
    shippingMethodIdentifier: str
    shippingMethodName: str
    tags: _Sequence[str]
    trackingEnabled: bool
    orderPriority: int
    orderReference2: str
    customerPurchaseOrderNumber: str
    ssccLabel: bool
    channelId: str
    channelName: str
    attachments: _Sequence[AttachmentDict]
    customAttributes: CustomAttributesDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.address import Address
from ..models.attachment import Attachment
from ..models.custom_attributes import CustomAttributes
from ..models.delivery_address import DeliveryAddress
from ..models.position import Position
