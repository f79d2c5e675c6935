from enum import StrEnum

class GaffeDeletedEventType(StrEnum):
    GAFFE_DELETED = "gaffe.deleted"

    def __str__(self) -> str:
        return str(self.value)
