from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.format_ import Format
from ..models.outcome import Outcome
from ..models.stage import Stage
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.interviewer_dto import InterviewerDto
  from ..models.question_dto import QuestionDto





T = TypeVar("T", bound="PreviewInterview")



@_attrs_define
class PreviewInterview:
    """ An interview draft to assess without storing it: the fields of a logged interview, without candidate or links.

        Example:
            {'company': 'Harbor & Finch Capital', 'role_title': 'Senior Financial Analyst', 'stage': 'final', 'format':
                'onsite', 'occurred_at': '2026-11-24T14:00:00Z', 'interviewers': [{'name': 'Armin Vogel'}], 'self_rating': 1}

        Attributes:
            company (str):
            format_ (Format): How the interview took place.
            occurred_at (datetime.datetime):
            role_title (str):
            self_rating (int): How it felt right afterwards: 1 (disaster) to 5 (great).
            stage (Stage): The stage of the hiring process the interview belonged to (Greenhouse/Merge vocabulary where it
                matches).
            duration_minutes (int | None | Unset): 1–600 minutes.
            interviewers (list[InterviewerDto] | Unset): Up to 20.
            outcome (None | Outcome | Unset):
            questions (list[QuestionDto] | Unset): Up to 50.
            strengths (list[str] | Unset): Up to 20.
     """

    company: str
    format_: Format
    occurred_at: datetime.datetime
    role_title: str
    self_rating: int
    stage: Stage
    duration_minutes: int | None | Unset = UNSET
    interviewers: list[InterviewerDto] | Unset = UNSET
    outcome: None | Outcome | Unset = UNSET
    questions: list[QuestionDto] | Unset = UNSET
    strengths: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.interviewer_dto import InterviewerDto # noqa: PLC0415
        from ..models.question_dto import QuestionDto # noqa: PLC0415
        company = self.company

        format_ = self.format_.value

        occurred_at = self.occurred_at.isoformat()

        role_title = self.role_title

        self_rating = self.self_rating

        stage = self.stage.value

        duration_minutes: int | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        interviewers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interviewers, Unset):
            interviewers = []
            for interviewers_item_data in self.interviewers:
                interviewers_item = interviewers_item_data.to_dict()
                interviewers.append(interviewers_item)



        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)



        strengths: list[str] | Unset = UNSET
        if not isinstance(self.strengths, Unset):
            strengths = self.strengths




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "company": company,
            "format": format_,
            "occurred_at": occurred_at,
            "role_title": role_title,
            "self_rating": self_rating,
            "stage": stage,
        })
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if interviewers is not UNSET:
            field_dict["interviewers"] = interviewers
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if questions is not UNSET:
            field_dict["questions"] = questions
        if strengths is not UNSET:
            field_dict["strengths"] = strengths

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interviewer_dto import InterviewerDto # noqa: PLC0415
        from ..models.question_dto import QuestionDto # noqa: PLC0415
        d = dict(src_dict)
        company = d.pop("company")

        format_ = Format(d.pop("format"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        role_title = d.pop("role_title")

        self_rating = d.pop("self_rating")

        stage = Stage(d.pop("stage"))




        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))


        _interviewers = d.pop("interviewers", UNSET)
        interviewers: list[InterviewerDto] | Unset = UNSET
        if _interviewers is not UNSET:
            interviewers = []
            for interviewers_item_data in _interviewers:
                interviewers_item = InterviewerDto.from_dict(interviewers_item_data)



                interviewers.append(interviewers_item)


        def _parse_outcome(data: object) -> None | Outcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)



                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))


        _questions = d.pop("questions", UNSET)
        questions: list[QuestionDto] | Unset = UNSET
        if _questions is not UNSET:
            questions = []
            for questions_item_data in _questions:
                questions_item = QuestionDto.from_dict(questions_item_data)



                questions.append(questions_item)


        strengths = cast(list[str], d.pop("strengths", UNSET))


        preview_interview = cls(
            company=company,
            format_=format_,
            occurred_at=occurred_at,
            role_title=role_title,
            self_rating=self_rating,
            stage=stage,
            duration_minutes=duration_minutes,
            interviewers=interviewers,
            outcome=outcome,
            questions=questions,
            strengths=strengths,
        )

        return preview_interview

