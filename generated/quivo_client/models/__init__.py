"""Contains all the data models used in inputs/outputs"""

from .additional_identifier import AdditionalIdentifier
from .address import Address
from .attachment import Attachment
from .attachment_placement import AttachmentPlacement
from .custom_attributes import CustomAttributes
from .delivery_address import DeliveryAddress
from .gateway_message import GatewayMessage
from .login_request import LoginRequest
from .login_response import LoginResponse
from .order_request import OrderRequest
from .order_response import OrderResponse
from .position import Position
from .printer_type import PrinterType
from .printing_type import PrintingType

__all__ = (
    "AdditionalIdentifier",
    "Address",
    "Attachment",
    "AttachmentPlacement",
    "CustomAttributes",
    "DeliveryAddress",
    "GatewayMessage",
    "LoginRequest",
    "LoginResponse",
    "OrderRequest",
    "OrderResponse",
    "Position",
    "PrinterType",
    "PrintingType",
)
