from enum import StrEnum

class StepKind(StrEnum):
    COOL_OFF = "cool_off"
    FOLLOW_UP_NOTE = "follow_up_note"
    LESSONS = "lessons"
    REFERENCE_TIP_OFF = "reference_tip_off"
    REVIEW = "review"
    SECOND_INTERVIEW_REQUEST = "second_interview_request"

    def __str__(self) -> str:
        return str(self.value)
