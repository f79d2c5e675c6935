from enum import StrEnum

class Vendor(StrEnum):
    GREENHOUSE = "greenhouse"
    MERGE = "merge"

    def __str__(self) -> str:
        return str(self.value)
