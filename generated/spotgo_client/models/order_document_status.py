from enum import StrEnum


class OrderDocumentStatus(StrEnum):
    ACCEPTED = "Accepted"
    INREVIEW = "InReview"
    PROCESSING = "Processing"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
