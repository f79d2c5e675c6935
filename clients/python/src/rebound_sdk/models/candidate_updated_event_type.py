from enum import StrEnum

class CandidateUpdatedEventType(StrEnum):
    CANDIDATE_UPDATED = "candidate.updated"

    def __str__(self) -> str:
        return str(self.value)
