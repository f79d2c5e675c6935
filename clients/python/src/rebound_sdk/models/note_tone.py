from enum import StrEnum

class NoteTone(StrEnum):
    FORMAL = "formal"
    WARM = "warm"

    def __str__(self) -> str:
        return str(self.value)
