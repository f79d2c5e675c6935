from enum import StrEnum

class InterviewCreatedEventType(StrEnum):
    INTERVIEW_CREATED = "interview.created"

    def __str__(self) -> str:
        return str(self.value)
