from enum import StrEnum

class UpdateWorkspaceReboundVersion(StrEnum):
    VALUE_0 = "2026-11-26"
    VALUE_1 = "2026-12-07"

    def __str__(self) -> str:
        return str(self.value)
