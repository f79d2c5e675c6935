from enum import StrEnum

class InvitableRole(StrEnum):
    CANDIDATE = "candidate"
    COACH = "coach"

    def __str__(self) -> str:
        return str(self.value)
