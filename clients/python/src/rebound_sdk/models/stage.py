from enum import StrEnum

class Stage(StrEnum):
    BEHAVIORAL = "behavioral"
    CASE_STUDY = "case_study"
    FINAL = "final"
    OTHER = "other"
    PANEL = "panel"
    SCREENING = "screening"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
