from enum import StrEnum


class WeightUnitCode(StrEnum):
    TNE = "TNE"

    def __str__(self) -> str:
        return str(self.value)
