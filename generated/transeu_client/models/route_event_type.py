from enum import StrEnum


class RouteEventType(StrEnum):
    LOADING = "loading"
    UNLOADING = "unloading"

    def __str__(self) -> str:
        return str(self.value)
