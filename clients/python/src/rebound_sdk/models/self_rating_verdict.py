from enum import StrEnum

class SelfRatingVerdict(StrEnum):
    CALIBRATED = "calibrated"
    CATASTROPHISES = "catastrophises"
    OPTIMISTIC = "optimistic"

    def __str__(self) -> str:
        return str(self.value)
