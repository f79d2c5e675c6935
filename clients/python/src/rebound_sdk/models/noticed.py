from enum import StrEnum

class Noticed(StrEnum):
    CERTAIN = "certain"
    LIKELY = "likely"
    UNLIKELY = "unlikely"
    UNSURE = "unsure"

    def __str__(self) -> str:
        return str(self.value)
