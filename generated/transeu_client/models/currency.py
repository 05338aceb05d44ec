from enum import StrEnum


class Currency(StrEnum):
    BAM = "BAM"
    BGN = "BGN"
    BYR = "BYR"
    CHF = "CHF"
    CZK = "CZK"
    DKK = "DKK"
    EUR = "EUR"
    GBP = "GBP"
    HRK = "HRK"
    HUF = "HUF"
    ISK = "ISK"
    KZT = "KZT"
    MDL = "MDL"
    MKD = "MKD"
    NOK = "NOK"
    PLN = "PLN"
    RON = "RON"
    RSD = "RSD"
    RUB = "RUB"
    SEK = "SEK"
    TRY = "TRY"
    UAH = "UAH"
    USD = "USD"

    def __str__(self) -> str:
        return str(self.value)
