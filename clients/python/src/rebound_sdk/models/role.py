from enum import StrEnum

class Role(StrEnum):
    CANDIDATE = "candidate"
    COACH = "coach"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
