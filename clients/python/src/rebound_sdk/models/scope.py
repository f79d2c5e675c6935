from enum import StrEnum

class Scope(StrEnum):
    ADMIN = "admin"
    INTERVIEWSREAD = "interviews:read"
    INTERVIEWSWRITE = "interviews:write"
    PLANSWRITE = "plans:write"
    WEBHOOKSREAD = "webhooks:read"
    WEBHOOKSWRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)
