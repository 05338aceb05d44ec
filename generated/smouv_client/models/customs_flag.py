from enum import StrEnum


class CustomsFlag(StrEnum):
    EXPORT = "Export"
    IMPORT = "Import"
    TRANSFER = "Transfer"

    def __str__(self) -> str:
        return str(self.value)
