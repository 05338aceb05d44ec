from enum import StrEnum


class PrintingType(StrEnum):
    ORDER = "ORDER"
    SHIPMENT = "SHIPMENT"

    def __str__(self) -> str:
        return str(self.value)
