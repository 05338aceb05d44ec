from enum import StrEnum


class EventType(StrEnum):
    ANNOUNCED = "Announced"
    ANNOUNCEMENTCANCELLED = "AnnouncementCancelled"
    ASSOCIATION = "Association"
    CANCELCARRIERIDENTIFICATION = "CancelCarrierIdentification"
    CARRIERIDENTIFICATION = "CarrierIdentification"
    DELIVERYEXPORT = "DeliveryExport"
    DELIVERYIMPORT = "DeliveryImport"
    DELIVERYTRANSFER = "DeliveryTransfer"
    EMPTYRELEASEEXPORT = "EmptyReleaseExport"
    EMPTYRELEASEIMPORT = "EmptyReleaseImport"
    EMPTYRETURNIMPORT = "EmptyReturnImport"
    LADINGEXPORT = "LadingExport"
    LADINGIMPORT = "LadingImport"
    LADINGTRANSFER = "LadingTransfer"
    POSITIONINGEXPORT = "PositioningExport"
    TOKENCODETRUCKER = "TokenCodeTrucker"
    UPDATEASSOCIATION = "UpdateAssociation"

    def __str__(self) -> str:
        return str(self.value)
