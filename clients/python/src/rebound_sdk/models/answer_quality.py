from enum import StrEnum

class AnswerQuality(StrEnum):
    ADEQUATE = "adequate"
    BLANKED = "blanked"
    STRONG = "strong"
    WEAK = "weak"

    def __str__(self) -> str:
        return str(self.value)
