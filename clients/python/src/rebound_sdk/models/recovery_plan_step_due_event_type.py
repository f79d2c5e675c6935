from enum import StrEnum

class RecoveryPlanStepDueEventType(StrEnum):
    RECOVERY_PLAN_STEP_DUE = "recovery_plan.step_due"

    def __str__(self) -> str:
        return str(self.value)
