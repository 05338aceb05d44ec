from enum import StrEnum


class OrderLocationType(StrEnum):
    LOADING = "Loading"
    UNLOADING = "Unloading"

    def __str__(self) -> str:
        return str(self.value)
