from enum import StrEnum


class TransportType(StrEnum):
    FTL = "ftl"
    LTL = "ltl"
    MULTI_FTL = "multi_ftl"

    def __str__(self) -> str:
        return str(self.value)
