from enum import StrEnum

class GaffeUpdatedEventType(StrEnum):
    GAFFE_UPDATED = "gaffe.updated"

    def __str__(self) -> str:
        return str(self.value)
