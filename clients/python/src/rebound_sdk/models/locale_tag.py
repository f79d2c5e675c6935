from enum import StrEnum

class LocaleTag(StrEnum):
    EN = "en"
    FR_CA = "fr-CA"

    def __str__(self) -> str:
        return str(self.value)
