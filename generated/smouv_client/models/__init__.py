"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .actor_view import ActorView
from .actor_view_company import ActorViewCompany
from .actor_view_contact import ActorViewContact
from .company import Company
from .contact import Contact
from .container import Container
from .container_view import ContainerView
from .container_view_events_type_0_item import ContainerViewEventsType0Item
from .customer_order import CustomerOrder
from .customer_order_create_form import CustomerOrderCreateForm
from .customer_order_created import CustomerOrderCreated
from .customer_order_page import CustomerOrderPage
from .customer_order_post import CustomerOrderPost
from .customer_order_projection import CustomerOrderProjection
from .customer_order_update import CustomerOrderUpdate
from .customs_flag import CustomsFlag
from .elementary_order import ElementaryOrder
from .error import Error
from .error_code import ErrorCode
from .event import Event
from .event_location import EventLocation
from .event_type import EventType
from .gateway_error import GatewayError
from .goods import Goods
from .hazardous_class import HazardousClass
from .indicator import Indicator
from .location import Location
from .oog import Oog
from .order_history import OrderHistory
from .order_ref import OrderRef
from .order_status import OrderStatus
from .order_type import OrderType
from .reefer import Reefer
from .voyage import Voyage

__all__ = (
    "Actor",
    "ActorView",
    "ActorViewCompany",
    "ActorViewContact",
    "Company",
    "Contact",
    "Container",
    "ContainerView",
    "ContainerViewEventsType0Item",
    "CustomerOrder",
    "CustomerOrderCreated",
    "CustomerOrderCreateForm",
    "CustomerOrderPage",
    "CustomerOrderPost",
    "CustomerOrderProjection",
    "CustomerOrderUpdate",
    "CustomsFlag",
    "ElementaryOrder",
    "Error",
    "ErrorCode",
    "Event",
    "EventLocation",
    "EventType",
    "GatewayError",
    "Goods",
    "HazardousClass",
    "Indicator",
    "Location",
    "Oog",
    "OrderHistory",
    "OrderRef",
    "OrderStatus",
    "OrderType",
    "Reefer",
    "Voyage",
)
