from enum import StrEnum

class GaffeCreatedEventType(StrEnum):
    GAFFE_CREATED = "gaffe.created"

    def __str__(self) -> str:
        return str(self.value)
