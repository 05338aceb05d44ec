from enum import StrEnum


class AttachmentPlacement(StrEnum):
    INSIDE_PACKAGE = "INSIDE_PACKAGE"
    OUTSIDE_PACKAGE = "OUTSIDE_PACKAGE"

    def __str__(self) -> str:
        return str(self.value)
