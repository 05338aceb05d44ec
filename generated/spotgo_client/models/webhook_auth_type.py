from enum import StrEnum


class WebhookAuthType(StrEnum):
    APIKEY = "ApiKey"
    BASIC = "Basic"
    NONE = "None"
    OAUTH2 = "Oauth2"

    def __str__(self) -> str:
        return str(self.value)
