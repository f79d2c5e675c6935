from enum import StrEnum

class RecoveryPlanStepUpdatedEventType(StrEnum):
    RECOVERY_PLAN_STEP_UPDATED = "recovery_plan.step_updated"

    def __str__(self) -> str:
        return str(self.value)
