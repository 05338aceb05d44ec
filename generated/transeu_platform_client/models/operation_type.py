from enum import StrEnum


class OperationType(StrEnum):
    CUSTOMS_CLEARANCE = "customs_clearance"
    LOADING = "loading"
    UNLOADING = "unloading"

    def __str__(self) -> str:
        return str(self.value)
