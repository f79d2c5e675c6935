from enum import StrEnum

class FindingKind(StrEnum):
    APOLOGY = "apology"
    EXCUSE = "excuse"
    MENTIONS_UNNOTICED_GAFFE = "mentions_unnoticed_gaffe"
    MISSING_INTEREST = "missing_interest"
    MISSING_THANKS = "missing_thanks"
    OVER_EXPLAINING = "over_explaining"
    PLEADING = "pleading"
    REPEATED_APOLOGY = "repeated_apology"
    SELF_DEPRECATION = "self_deprecation"
    TOO_LONG = "too_long"
    UNKNOWN_NAME = "unknown_name"

    def __str__(self) -> str:
        return str(self.value)
