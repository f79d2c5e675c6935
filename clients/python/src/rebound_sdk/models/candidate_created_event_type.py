from enum import StrEnum

class CandidateCreatedEventType(StrEnum):
    CANDIDATE_CREATED = "candidate.created"

    def __str__(self) -> str:
        return str(self.value)
