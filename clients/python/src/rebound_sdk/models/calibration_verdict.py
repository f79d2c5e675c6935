from enum import StrEnum

class CalibrationVerdict(StrEnum):
    FELT_BETTER_THAN_EVIDENCE = "felt_better_than_evidence"
    FELT_WORSE_THAN_EVIDENCE = "felt_worse_than_evidence"
    MATCHES_EVIDENCE = "matches_evidence"

    def __str__(self) -> str:
        return str(self.value)
