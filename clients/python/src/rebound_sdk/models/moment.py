from enum import StrEnum

class Moment(StrEnum):
    AFTER = "after"
    ARRIVAL = "arrival"
    CLOSING = "closing"
    MID = "mid"
    OPENING = "opening"

    def __str__(self) -> str:
        return str(self.value)
