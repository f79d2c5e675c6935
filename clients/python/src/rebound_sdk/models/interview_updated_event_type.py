from enum import StrEnum

class InterviewUpdatedEventType(StrEnum):
    INTERVIEW_UPDATED = "interview.updated"

    def __str__(self) -> str:
        return str(self.value)
