from enum import StrEnum

class RecoveryPlanCreatedEventType(StrEnum):
    RECOVERY_PLAN_CREATED = "recovery_plan.created"

    def __str__(self) -> str:
        return str(self.value)
