from enum import StrEnum


class WebhookEventType(StrEnum):
    ALL = "All"
    DOCUMENTACCEPTED = "DocumentAccepted"
    DOCUMENTREJECTED = "DocumentRejected"
    DOCUMENTUPLOADED = "DocumentUploaded"

    def __str__(self) -> str:
        return str(self.value)
