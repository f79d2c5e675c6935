from enum import StrEnum

class GaffeKind(StrEnum):
    BADMOUTHED_EMPLOYER = "badmouthed_employer"
    FACTUAL_ERROR_ABOUT_COMPANY = "factual_error_about_company"
    INAPPROPRIATE_ATTIRE = "inappropriate_attire"
    INAPPROPRIATE_QUESTION = "inappropriate_question"
    LATE = "late"
    MISREAD_BODY_LANGUAGE = "misread_body_language"
    NO_QUESTIONS_ASKED = "no_questions_asked"
    OMITTED_KEY_EXPERIENCE = "omitted_key_experience"
    RAMBLING = "rambling"
    SALARY_BLANK = "salary_blank"
    TECHNICAL_BLANK = "technical_blank"
    TECHNICAL_FAILURE = "technical_failure"
    UNCLEAR_ON_ROLE = "unclear_on_role"
    WEAK_BEHAVIORAL_ANSWER = "weak_behavioral_answer"
    WRONG_INTERVIEWER_NAME = "wrong_interviewer_name"

    def __str__(self) -> str:
        return str(self.value)
