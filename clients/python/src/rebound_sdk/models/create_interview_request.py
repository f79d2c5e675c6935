from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.employer_interest import EmployerInterest
from ..models.format_ import Format
from ..models.outcome import Outcome
from ..models.stage import Stage
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.interviewer_dto import InterviewerDto
  from ..models.question_dto import QuestionDto
  from ..models.remote_reference import RemoteReference





T = TypeVar("T", bound="CreateInterviewRequest")



@_attrs_define
class CreateInterviewRequest:
    """ Logs an interview.

        Example:
            {'candidate_id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'company': 'Harbor & Finch Capital', 'role_title':
                'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite', 'occurred_at': '2026-11-24T09:00:00-05:00',
                'duration_minutes': 60, 'interviewers': [{'name': 'Armin Vogel', 'title': 'Finance Director'}], 'questions':
                [{'question': 'What are your salary expectations?', 'quality': 'blanked'}], 'strengths': ['Walked through the
                variance analysis case cleanly'], 'self_rating': 2, 'employer_interest': 'strong'}

        Attributes:
            candidate_id (UUID): The candidate who was interviewed.
            company (str): 1–200 characters.
            format_ (Format): How the interview took place.
            occurred_at (datetime.datetime): When it started (RFC 3339): within the last 20 years and at most a year ahead
                (a range relative to now, so
                the schema cannot state it; outside it is a 422). An interview still ahead is a scheduled one: it is stored
                and listed, and can be assessed, planned for and have gaffes once it has taken place (until then those answer
                422 naming `occurred_at`). Send it with the local offset (`2026-11-24T09:00:00-05:00`): it is
                kept and `occurred_at` is returned with it. Example: 2026-11-24T09:00:00-05:00.
            role_title (str): 1–200 characters.
            self_rating (int): How it felt right afterwards: 1 (disaster) to 5 (great).
            stage (Stage): The stage of the hiring process the interview belonged to (Greenhouse/Merge vocabulary where it
                matches).
            duration_minutes (int | None | Unset): 1–600 minutes.
            employer_interest (EmployerInterest | None | Unset):
            interviewers (list[InterviewerDto] | Unset): Up to 20.
            notes (None | str | Unset): Up to 5,000 characters.
            outcome (None | Outcome | Unset):
            questions (list[QuestionDto] | Unset): Up to 50.
            remote (None | RemoteReference | Unset):
            strengths (list[str] | Unset): Up to 20.
            time_zone (None | str | Unset): An IANA time zone name ("America/New_York") for an interview that took place
                outside the candidate's own
                zone: recovery plans for it say times in this zone instead of the candidate's. A name the tz database does not
                know is a 422
                naming `time_zone`. Example: America/New_York.
     """

    candidate_id: UUID
    company: str
    format_: Format
    occurred_at: datetime.datetime
    role_title: str
    self_rating: int
    stage: Stage
    duration_minutes: int | None | Unset = UNSET
    employer_interest: EmployerInterest | None | Unset = UNSET
    interviewers: list[InterviewerDto] | Unset = UNSET
    notes: None | str | Unset = UNSET
    outcome: None | Outcome | Unset = UNSET
    questions: list[QuestionDto] | Unset = UNSET
    remote: None | RemoteReference | Unset = UNSET
    strengths: list[str] | Unset = UNSET
    time_zone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.interviewer_dto import InterviewerDto # noqa: PLC0415
        from ..models.question_dto import QuestionDto # noqa: PLC0415
        from ..models.remote_reference import RemoteReference # noqa: PLC0415
        candidate_id = str(self.candidate_id)

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

        employer_interest: None | str | Unset
        if isinstance(self.employer_interest, Unset):
            employer_interest = UNSET
        elif isinstance(self.employer_interest, EmployerInterest):
            employer_interest = self.employer_interest.value
        else:
            employer_interest = self.employer_interest

        interviewers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interviewers, Unset):
            interviewers = []
            for interviewers_item_data in self.interviewers:
                interviewers_item = interviewers_item_data.to_dict()
                interviewers.append(interviewers_item)



        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

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



        remote: dict[str, Any] | None | Unset
        if isinstance(self.remote, Unset):
            remote = UNSET
        elif isinstance(self.remote, RemoteReference):
            remote = self.remote.to_dict()
        else:
            remote = self.remote

        strengths: list[str] | Unset = UNSET
        if not isinstance(self.strengths, Unset):
            strengths = self.strengths



        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "candidate_id": candidate_id,
            "company": company,
            "format": format_,
            "occurred_at": occurred_at,
            "role_title": role_title,
            "self_rating": self_rating,
            "stage": stage,
        })
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if employer_interest is not UNSET:
            field_dict["employer_interest"] = employer_interest
        if interviewers is not UNSET:
            field_dict["interviewers"] = interviewers
        if notes is not UNSET:
            field_dict["notes"] = notes
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if questions is not UNSET:
            field_dict["questions"] = questions
        if remote is not UNSET:
            field_dict["remote"] = remote
        if strengths is not UNSET:
            field_dict["strengths"] = strengths
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interviewer_dto import InterviewerDto # noqa: PLC0415
        from ..models.question_dto import QuestionDto # noqa: PLC0415
        from ..models.remote_reference import RemoteReference # noqa: PLC0415
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidate_id"))




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


        def _parse_employer_interest(data: object) -> EmployerInterest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employer_interest_type_0 = EmployerInterest(data)



                return employer_interest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployerInterest | None | Unset, data)

        employer_interest = _parse_employer_interest(d.pop("employer_interest", UNSET))


        _interviewers = d.pop("interviewers", UNSET)
        interviewers: list[InterviewerDto] | Unset = UNSET
        if _interviewers is not UNSET:
            interviewers = []
            for interviewers_item_data in _interviewers:
                interviewers_item = InterviewerDto.from_dict(interviewers_item_data)



                interviewers.append(interviewers_item)


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


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


        def _parse_remote(data: object) -> None | RemoteReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                remote_type_0 = RemoteReference.from_dict(data)



                return remote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RemoteReference | Unset, data)

        remote = _parse_remote(d.pop("remote", UNSET))


        strengths = cast(list[str], d.pop("strengths", UNSET))


        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))


        create_interview_request = cls(
            candidate_id=candidate_id,
            company=company,
            format_=format_,
            occurred_at=occurred_at,
            role_title=role_title,
            self_rating=self_rating,
            stage=stage,
            duration_minutes=duration_minutes,
            employer_interest=employer_interest,
            interviewers=interviewers,
            notes=notes,
            outcome=outcome,
            questions=questions,
            remote=remote,
            strengths=strengths,
            time_zone=time_zone,
        )

        return create_interview_request

