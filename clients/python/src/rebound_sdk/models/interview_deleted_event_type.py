from enum import StrEnum

class InterviewDeletedEventType(StrEnum):
    INTERVIEW_DELETED = "interview.deleted"

    def __str__(self) -> str:
        return str(self.value)
