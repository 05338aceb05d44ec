"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api_key_authentication import ApiKeyAuthentication, ApiKeyAuthenticationDict
    from .basic_authentication import BasicAuthentication, BasicAuthenticationDict
    from .carrier_order_status import CarrierOrderStatus
    from .carrier_submit_model import CarrierSubmitModel, CarrierSubmitModelDict
    from .carrier_view_model import CarrierViewModel, CarrierViewModelDict
    from .document_rejection_reason import DocumentRejectionReason
    from .document_status_change_submit_model import (
        DocumentStatusChangeSubmitModel,
        DocumentStatusChangeSubmitModelDict,
    )
    from .external_error_item_view_model import ExternalErrorItemViewModel, ExternalErrorItemViewModelDict
    from .external_error_view_model import ExternalErrorViewModel, ExternalErrorViewModelDict
    from .oauth_2_authentication import Oauth2Authentication, Oauth2AuthenticationDict
    from .order_details_submit_model import OrderDetailsSubmitModel, OrderDetailsSubmitModelDict
    from .order_details_view_model import OrderDetailsViewModel, OrderDetailsViewModelDict
    from .order_document_status import OrderDocumentStatus
    from .order_document_upload_form import OrderDocumentUploadForm, OrderDocumentUploadFormDict
    from .order_document_view_model import OrderDocumentViewModel, OrderDocumentViewModelDict
    from .order_location_submit_model import OrderLocationSubmitModel, OrderLocationSubmitModelDict
    from .order_location_type import OrderLocationType
    from .order_location_view_model import OrderLocationViewModel, OrderLocationViewModelDict
    from .order_query_item_view_model import OrderQueryItemViewModel, OrderQueryItemViewModelDict
    from .order_query_submit_model import OrderQuerySubmitModel, OrderQuerySubmitModelDict
    from .order_query_view_model import OrderQueryViewModel, OrderQueryViewModelDict
    from .order_share_view_model import OrderShareViewModel, OrderShareViewModelDict
    from .order_submit_model import OrderSubmitModel, OrderSubmitModelDict
    from .order_upsert_view_model import OrderUpsertViewModel, OrderUpsertViewModelDict
    from .order_view_model import OrderViewModel, OrderViewModelDict
    from .position_submit_model import PositionSubmitModel, PositionSubmitModelDict
    from .position_view_model import PositionViewModel, PositionViewModelDict
    from .problem_details import ProblemDetails, ProblemDetailsDict
    from .problem_details_errors_type_0 import ProblemDetailsErrorsType0, ProblemDetailsErrorsType0Dict
    from .query_date_range import QueryDateRange, QueryDateRangeDict
    from .webhook_auth_type import WebhookAuthType
    from .webhook_authentication import WebhookAuthentication, WebhookAuthenticationDict
    from .webhook_event_payload import WebhookEventPayload, WebhookEventPayloadDict
    from .webhook_event_type import WebhookEventType
    from .webhook_item_view_model import WebhookItemViewModel, WebhookItemViewModelDict
    from .webhook_subscription_notifications_request import (
        WebhookSubscriptionNotificationsRequest,
        WebhookSubscriptionNotificationsRequestDict,
    )
    from .webhook_subscription_request import WebhookSubscriptionRequest, WebhookSubscriptionRequestDict
    from .webhook_subscription_response import WebhookSubscriptionResponse, WebhookSubscriptionResponseDict
    from .webhook_view_model import WebhookViewModel, WebhookViewModelDict

#: Each exported name -> the module of this package that defines it.
_MODULES = {
    "OrderSubmitModel": "order_submit_model",
    "OrderSubmitModelDict": "order_submit_model",
    "CarrierSubmitModel": "carrier_submit_model",
    "CarrierSubmitModelDict": "carrier_submit_model",
    "OrderDetailsSubmitModel": "order_details_submit_model",
    "OrderDetailsSubmitModelDict": "order_details_submit_model",
    "OrderLocationSubmitModel": "order_location_submit_model",
    "OrderLocationSubmitModelDict": "order_location_submit_model",
    "PositionSubmitModel": "position_submit_model",
    "PositionSubmitModelDict": "position_submit_model",
    "OrderViewModel": "order_view_model",
    "OrderViewModelDict": "order_view_model",
    "CarrierViewModel": "carrier_view_model",
    "CarrierViewModelDict": "carrier_view_model",
    "OrderDetailsViewModel": "order_details_view_model",
    "OrderDetailsViewModelDict": "order_details_view_model",
    "OrderLocationViewModel": "order_location_view_model",
    "OrderLocationViewModelDict": "order_location_view_model",
    "PositionViewModel": "position_view_model",
    "PositionViewModelDict": "position_view_model",
    "OrderDocumentViewModel": "order_document_view_model",
    "OrderDocumentViewModelDict": "order_document_view_model",
    "OrderShareViewModel": "order_share_view_model",
    "OrderShareViewModelDict": "order_share_view_model",
    "OrderUpsertViewModel": "order_upsert_view_model",
    "OrderUpsertViewModelDict": "order_upsert_view_model",
    "OrderQuerySubmitModel": "order_query_submit_model",
    "OrderQuerySubmitModelDict": "order_query_submit_model",
    "QueryDateRange": "query_date_range",
    "QueryDateRangeDict": "query_date_range",
    "OrderQueryViewModel": "order_query_view_model",
    "OrderQueryViewModelDict": "order_query_view_model",
    "OrderQueryItemViewModel": "order_query_item_view_model",
    "OrderQueryItemViewModelDict": "order_query_item_view_model",
    "OrderDocumentUploadForm": "order_document_upload_form",
    "OrderDocumentUploadFormDict": "order_document_upload_form",
    "DocumentStatusChangeSubmitModel": "document_status_change_submit_model",
    "DocumentStatusChangeSubmitModelDict": "document_status_change_submit_model",
    "ProblemDetails": "problem_details",
    "ProblemDetailsDict": "problem_details",
    "ExternalErrorViewModel": "external_error_view_model",
    "ExternalErrorViewModelDict": "external_error_view_model",
    "ExternalErrorItemViewModel": "external_error_item_view_model",
    "ExternalErrorItemViewModelDict": "external_error_item_view_model",
    "WebhookAuthentication": "webhook_authentication",
    "WebhookAuthenticationDict": "webhook_authentication",
    "BasicAuthentication": "basic_authentication",
    "BasicAuthenticationDict": "basic_authentication",
    "ApiKeyAuthentication": "api_key_authentication",
    "ApiKeyAuthenticationDict": "api_key_authentication",
    "Oauth2Authentication": "oauth_2_authentication",
    "Oauth2AuthenticationDict": "oauth_2_authentication",
    "WebhookSubscriptionRequest": "webhook_subscription_request",
    "WebhookSubscriptionRequestDict": "webhook_subscription_request",
    "WebhookSubscriptionResponse": "webhook_subscription_response",
    "WebhookSubscriptionResponseDict": "webhook_subscription_response",
    "WebhookSubscriptionNotificationsRequest": "webhook_subscription_notifications_request",
    "WebhookSubscriptionNotificationsRequestDict": "webhook_subscription_notifications_request",
    "WebhookItemViewModel": "webhook_item_view_model",
    "WebhookItemViewModelDict": "webhook_item_view_model",
    "WebhookViewModel": "webhook_view_model",
    "WebhookViewModelDict": "webhook_view_model",
    "WebhookEventPayload": "webhook_event_payload",
    "WebhookEventPayloadDict": "webhook_event_payload",
    "ProblemDetailsErrorsType0": "problem_details_errors_type_0",
    "ProblemDetailsErrorsType0Dict": "problem_details_errors_type_0",
    "OrderLocationType": "order_location_type",
    "DocumentRejectionReason": "document_rejection_reason",
    "OrderDocumentStatus": "order_document_status",
    "CarrierOrderStatus": "carrier_order_status",
    "WebhookEventType": "webhook_event_type",
    "WebhookAuthType": "webhook_auth_type",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "OrderSubmitModel",
    "OrderSubmitModelDict",
    "CarrierSubmitModel",
    "CarrierSubmitModelDict",
    "OrderDetailsSubmitModel",
    "OrderDetailsSubmitModelDict",
    "OrderLocationSubmitModel",
    "OrderLocationSubmitModelDict",
    "PositionSubmitModel",
    "PositionSubmitModelDict",
    "OrderViewModel",
    "OrderViewModelDict",
    "CarrierViewModel",
    "CarrierViewModelDict",
    "OrderDetailsViewModel",
    "OrderDetailsViewModelDict",
    "OrderLocationViewModel",
    "OrderLocationViewModelDict",
    "PositionViewModel",
    "PositionViewModelDict",
    "OrderDocumentViewModel",
    "OrderDocumentViewModelDict",
    "OrderShareViewModel",
    "OrderShareViewModelDict",
    "OrderUpsertViewModel",
    "OrderUpsertViewModelDict",
    "OrderQuerySubmitModel",
    "OrderQuerySubmitModelDict",
    "QueryDateRange",
    "QueryDateRangeDict",
    "OrderQueryViewModel",
    "OrderQueryViewModelDict",
    "OrderQueryItemViewModel",
    "OrderQueryItemViewModelDict",
    "OrderDocumentUploadForm",
    "OrderDocumentUploadFormDict",
    "DocumentStatusChangeSubmitModel",
    "DocumentStatusChangeSubmitModelDict",
    "ProblemDetails",
    "ProblemDetailsDict",
    "ExternalErrorViewModel",
    "ExternalErrorViewModelDict",
    "ExternalErrorItemViewModel",
    "ExternalErrorItemViewModelDict",
    "WebhookAuthentication",
    "WebhookAuthenticationDict",
    "BasicAuthentication",
    "BasicAuthenticationDict",
    "ApiKeyAuthentication",
    "ApiKeyAuthenticationDict",
    "Oauth2Authentication",
    "Oauth2AuthenticationDict",
    "WebhookSubscriptionRequest",
    "WebhookSubscriptionRequestDict",
    "WebhookSubscriptionResponse",
    "WebhookSubscriptionResponseDict",
    "WebhookSubscriptionNotificationsRequest",
    "WebhookSubscriptionNotificationsRequestDict",
    "WebhookItemViewModel",
    "WebhookItemViewModelDict",
    "WebhookViewModel",
    "WebhookViewModelDict",
    "WebhookEventPayload",
    "WebhookEventPayloadDict",
    "ProblemDetailsErrorsType0",
    "ProblemDetailsErrorsType0Dict",
    "OrderLocationType",
    "DocumentRejectionReason",
    "OrderDocumentStatus",
    "CarrierOrderStatus",
    "WebhookEventType",
    "WebhookAuthType",
)
