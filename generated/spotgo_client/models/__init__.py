"""Contains all the data models used in inputs/outputs"""

from .carrier_order_status import CarrierOrderStatus
from .carrier_submit_model import CarrierSubmitModel
from .carrier_view_model import CarrierViewModel
from .document_rejection_reason import DocumentRejectionReason
from .document_status_change_submit_model import DocumentStatusChangeSubmitModel
from .external_error_item_view_model import ExternalErrorItemViewModel
from .external_error_view_model import ExternalErrorViewModel
from .order_details_submit_model import OrderDetailsSubmitModel
from .order_details_view_model import OrderDetailsViewModel
from .order_document_status import OrderDocumentStatus
from .order_document_upload_form import OrderDocumentUploadForm
from .order_document_view_model import OrderDocumentViewModel
from .order_location_submit_model import OrderLocationSubmitModel
from .order_location_type import OrderLocationType
from .order_location_view_model import OrderLocationViewModel
from .order_query_item_view_model import OrderQueryItemViewModel
from .order_query_submit_model import OrderQuerySubmitModel
from .order_query_view_model import OrderQueryViewModel
from .order_share_view_model import OrderShareViewModel
from .order_submit_model import OrderSubmitModel
from .order_upsert_view_model import OrderUpsertViewModel
from .order_view_model import OrderViewModel
from .position_submit_model import PositionSubmitModel
from .position_view_model import PositionViewModel
from .problem_details import ProblemDetails
from .problem_details_errors_type_0 import ProblemDetailsErrorsType0
from .query_date_range import QueryDateRange

__all__ = (
    "CarrierOrderStatus",
    "CarrierSubmitModel",
    "CarrierViewModel",
    "DocumentRejectionReason",
    "DocumentStatusChangeSubmitModel",
    "ExternalErrorItemViewModel",
    "ExternalErrorViewModel",
    "OrderDetailsSubmitModel",
    "OrderDetailsViewModel",
    "OrderDocumentStatus",
    "OrderDocumentUploadForm",
    "OrderDocumentViewModel",
    "OrderLocationSubmitModel",
    "OrderLocationType",
    "OrderLocationViewModel",
    "OrderQueryItemViewModel",
    "OrderQuerySubmitModel",
    "OrderQueryViewModel",
    "OrderShareViewModel",
    "OrderSubmitModel",
    "OrderUpsertViewModel",
    "OrderViewModel",
    "PositionSubmitModel",
    "PositionViewModel",
    "ProblemDetails",
    "ProblemDetailsErrorsType0",
    "QueryDateRange",
)
