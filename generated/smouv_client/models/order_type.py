from enum import StrEnum


class OrderType(StrEnum):
    ELEMENTARY = "Elementary"
    MASTER = "Master"
    SEGMENTDEPOTENTREPOT = "SegmentDepotEntrepot"
    SEGMENTENTREPOTDEPOT = "SegmentEntrepotDepot"
    SEGMENTENTREPOTTERMINAL = "SegmentEntrepotTerminal"
    SEGMENTTERMINALENTREPOT = "SegmentTerminalEntrepot"
    SEGMENTTRANSFER = "SegmentTransfer"

    def __str__(self) -> str:
        return str(self.value)
