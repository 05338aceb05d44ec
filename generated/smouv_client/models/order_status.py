from enum import StrEnum


class OrderStatus(StrEnum):
    ACCEPTED = "Accepted"
    CANCELLED = "Cancelled"
    DRAFT = "Draft"
    INPROCESS = "InProcess"
    REFUSED = "Refused"
    REJECTED = "Rejected"
    SUBMITTED = "Submitted"
    VALID = "Valid"

    def __str__(self) -> str:
        return str(self.value)
