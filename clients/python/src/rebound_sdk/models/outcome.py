from enum import StrEnum

class Outcome(StrEnum):
    ADVANCED = "advanced"
    NO_RESPONSE = "no_response"
    OFFER = "offer"
    PENDING = "pending"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
