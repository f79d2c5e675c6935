from enum import StrEnum

class Format(StrEnum):
    ONSITE = "onsite"
    PHONE = "phone"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
