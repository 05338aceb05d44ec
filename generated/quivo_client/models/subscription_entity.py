from enum import StrEnum


class SubscriptionEntity(StrEnum):
    INBOUNDS = "INBOUNDS"
    INVOICES = "INVOICES"
    ORDERS = "ORDERS"
    RETURNS = "RETURNS"
    SHIPMENTS = "SHIPMENTS"

    def __str__(self) -> str:
        return str(self.value)
