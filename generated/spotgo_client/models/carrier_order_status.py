from enum import StrEnum


class CarrierOrderStatus(StrEnum):
    ACCEPTED = "Accepted"
    COMPLETED = "Completed"
    CREATED = "Created"
    INREVIEW = "InReview"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
