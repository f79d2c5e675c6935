from enum import StrEnum

class CreateWebhookEndpointRequestEventsItem(StrEnum):
    CANDIDATE_CREATED = "candidate.created"
    CANDIDATE_DELETED = "candidate.deleted"
    CANDIDATE_UPDATED = "candidate.updated"
    GAFFE_CREATED = "gaffe.created"
    GAFFE_DELETED = "gaffe.deleted"
    GAFFE_UPDATED = "gaffe.updated"
    INTERVIEW_CREATED = "interview.created"
    INTERVIEW_DELETED = "interview.deleted"
    INTERVIEW_UPDATED = "interview.updated"
    RECOVERY_PLAN_CREATED = "recovery_plan.created"
    RECOVERY_PLAN_STEP_DUE = "recovery_plan.step_due"
    RECOVERY_PLAN_STEP_UPDATED = "recovery_plan.step_updated"
    VALUE_0 = "*"

    def __str__(self) -> str:
        return str(self.value)
