from enum import StrEnum


class DocumentRejectionReason(StrEnum):
    INCOMPLETE = "Incomplete"
    OTHER = "Other"
    UNREADABLE = "Unreadable"
    WRONGDOCUMENT = "WrongDocument"
    WRONGORDER = "WrongOrder"

    def __str__(self) -> str:
        return str(self.value)
