from enum import StrEnum

class DamageBand(StrEnum):
    MINOR = "minor"
    RECOVERABLE = "recoverable"
    SERIOUS = "serious"

    def __str__(self) -> str:
        return str(self.value)
