from enum import StrEnum

class RepairStrategy(StrEnum):
    NONE = "none"
    NOTE_ADDENDUM = "note_addendum"
    NOTE_CORRECTION = "note_correction"
    REFERENCE_MENTION = "reference_mention"

    def __str__(self) -> str:
        return str(self.value)
