from enum import StrEnum


class PrinterType(StrEnum):
    DOCUMENT_PRINTER = "DOCUMENT_PRINTER"
    DOCUMENT_PRINTER_2_A6 = "DOCUMENT_PRINTER_2_A6"
    DOCUMENT_PRINTER_2_FOLIO = "DOCUMENT_PRINTER_2_FOLIO"
    LABEL_PRINTER = "LABEL_PRINTER"

    def __str__(self) -> str:
        return str(self.value)
