from enum import StrEnum


class SubscriptionEndpointType(StrEnum):
    WEBHOOK = "WEBHOOK"

    def __str__(self) -> str:
        return str(self.value)
