from enum import StrEnum

class CandidateDeletedEventType(StrEnum):
    CANDIDATE_DELETED = "candidate.deleted"

    def __str__(self) -> str:
        return str(self.value)
