from enum import StrEnum

class EmployerInterest(StrEnum):
    NEUTRAL = "neutral"
    STRONG = "strong"
    UNKNOWN = "unknown"
    WEAK = "weak"

    def __str__(self) -> str:
        return str(self.value)
