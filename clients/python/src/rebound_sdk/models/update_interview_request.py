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
import datetime

if TYPE_CHECKING:
  from ..models.interviewer_dto import InterviewerDto
  from ..models.question_dto import QuestionDto
  from ..models.remote_reference import RemoteReference





T = TypeVar("T", bound="UpdateInterviewRequest")



@_attrs_define
class UpdateInterviewRequest:
    """ Changes an interview. Absent fields stay as they are; `null` clears an optional field.

        Example:
            {'outcome': 'advanced', 'self_rating': 3, 'employer_interest': 'strong'}

        Attributes:
            company (str | Unset):
            duration_minutes (int | None | Unset): 1–600 minutes.
            employer_interest (EmployerInterest | Unset): How interested the employer seemed in the candidate before
                anything went wrong, as the candidate (or their
                coach) judges it from what was said and done: being told they were a front-runner, being fast-tracked, a
                recruiter's feedback. Only `strong` interest makes a request for a second interview worth considering; the
                stage reached says nothing about it on its own.
            format_ (Format | Unset): How the interview took place.
            interviewers (list[InterviewerDto] | Unset): Up to 20.
            notes (None | str | Unset):
            occurred_at (datetime.datetime | Unset): RFC 3339; its offset is kept, as when logging.
            outcome (Outcome | Unset): Where the application stands after the interview.
            questions (list[QuestionDto] | Unset): Up to 50.
            remote (None | RemoteReference | Unset):
            role_title (str | Unset):
            self_rating (int | Unset): How it felt right afterwards: 1 (disaster) to 5 (great).
            stage (Stage | Unset): The stage of the hiring process the interview belonged to (Greenhouse/Merge vocabulary
                where it matches).
            strengths (list[str] | Unset): Up to 20.
            time_zone (None | str | Unset): An IANA time zone name; `null` clears it (plans then use the candidate's zone).
                Example: Europe/London.
     """

    company: str | Unset = UNSET
    duration_minutes: int | None | Unset = UNSET
    employer_interest: EmployerInterest | Unset = UNSET
    format_: Format | Unset = UNSET
    interviewers: list[InterviewerDto] | Unset = UNSET
    notes: None | str | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    outcome: Outcome | Unset = UNSET
    questions: list[QuestionDto] | Unset = UNSET
    remote: None | RemoteReference | Unset = UNSET
    role_title: str | Unset = UNSET
    self_rating: int | Unset = UNSET
    stage: Stage | Unset = UNSET
    strengths: list[str] | Unset = UNSET
    time_zone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.interviewer_dto import InterviewerDto # noqa: PLC0415
        from ..models.question_dto import QuestionDto # noqa: PLC0415
        from ..models.remote_reference import RemoteReference # noqa: PLC0415
        company = self.company

        duration_minutes: int | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        employer_interest: str | Unset = UNSET
        if not isinstance(self.employer_interest, Unset):
            employer_interest = self.employer_interest.value


        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value


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

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value


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

        role_title = self.role_title

        self_rating = self.self_rating

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value


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
        })
        if company is not UNSET:
            field_dict["company"] = company
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if employer_interest is not UNSET:
            field_dict["employer_interest"] = employer_interest
        if format_ is not UNSET:
            field_dict["format"] = format_
        if interviewers is not UNSET:
            field_dict["interviewers"] = interviewers
        if notes is not UNSET:
            field_dict["notes"] = notes
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if questions is not UNSET:
            field_dict["questions"] = questions
        if remote is not UNSET:
            field_dict["remote"] = remote
        if role_title is not UNSET:
            field_dict["role_title"] = role_title
        if self_rating is not UNSET:
            field_dict["self_rating"] = self_rating
        if stage is not UNSET:
            field_dict["stage"] = stage
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
        company = d.pop("company", UNSET)

        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))


        _employer_interest = d.pop("employer_interest", UNSET)
        employer_interest: EmployerInterest | Unset
        if isinstance(_employer_interest,  Unset):
            employer_interest = UNSET
        else:
            employer_interest = EmployerInterest(_employer_interest)




        _format_ = d.pop("format", UNSET)
        format_: Format | Unset
        if isinstance(_format_,  Unset):
            format_ = UNSET
        else:
            format_ = Format(_format_)




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


        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        if isinstance(_occurred_at,  Unset):
            occurred_at = UNSET
        else:
            occurred_at = datetime.datetime.fromisoformat(_occurred_at)




        _outcome = d.pop("outcome", UNSET)
        outcome: Outcome | Unset
        if isinstance(_outcome,  Unset):
            outcome = UNSET
        else:
            outcome = Outcome(_outcome)




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


        role_title = d.pop("role_title", UNSET)

        self_rating = d.pop("self_rating", UNSET)

        _stage = d.pop("stage", UNSET)
        stage: Stage | Unset
        if isinstance(_stage,  Unset):
            stage = UNSET
        else:
            stage = Stage(_stage)




        strengths = cast(list[str], d.pop("strengths", UNSET))


        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))


        update_interview_request = cls(
            company=company,
            duration_minutes=duration_minutes,
            employer_interest=employer_interest,
            format_=format_,
            interviewers=interviewers,
            notes=notes,
            occurred_at=occurred_at,
            outcome=outcome,
            questions=questions,
            remote=remote,
            role_title=role_title,
            self_rating=self_rating,
            stage=stage,
            strengths=strengths,
            time_zone=time_zone,
        )

        return update_interview_request

