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
  from ..models.question_response import QuestionResponse
  from ..models.remote_reference import RemoteReference





T = TypeVar("T", bound="InterviewResponse")



@_attrs_define
class InterviewResponse:
    """ A logged interview.

        Example:
            {'id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'candidate_id': '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
                'company': 'Harbor & Finch Capital', 'role_title': 'Senior Financial Analyst', 'stage': 'final', 'format':
                'onsite', 'occurred_at': '2026-11-24T09:00:00-05:00', 'time_zone': 'America/New_York', 'duration_minutes': 60,
                'interviewers': [{'name': 'Armin Vogel', 'title': 'Finance Director', 'email': None}], 'questions':
                [{'question': 'What are your salary expectations?', 'answer_summary': 'Froze and said I had not thought about
                it.', 'quality': 'blanked'}], 'strengths': ['Walked through the variance analysis case cleanly'], 'self_rating':
                2, 'outcome': 'pending', 'employer_interest': 'strong', 'notes': None, 'remote': None, 'remote_deleted_at':
                None, 'version': 1, 'created_at': '2026-11-24T17:10:00Z', 'updated_at': '2026-11-24T17:10:00Z'}

        Attributes:
            candidate_id (UUID):
            company (str):
            created_at (datetime.datetime):
            employer_interest (EmployerInterest | str): How interested the employer seemed before anything went wrong:
                `strong`, `neutral`, `weak` or `unknown` (the
                default). Only `strong` interest makes the recovery plan consider asking for a second interview.
            format_ (Format | str):
            id (UUID):
            interviewers (list[InterviewerDto]):
            occurred_at (datetime.datetime): When it started (RFC 3339), written with the UTC offset it was logged with: an
                interview sent as
                `2026-11-24T09:00:00-05:00` comes back exactly so, not as `14:00:00Z`. It is the same instant either way, so
                clients that parse RFC 3339 read the same time as before; interviews logged before offsets were kept come
                back in UTC (`Z`). Example: 2026-11-24T09:00:00-05:00.
            outcome (Outcome | str):
            questions (list[QuestionResponse]):
            role_title (str):
            stage (Stage | str):
            strengths (list[str]): What went well ("what I nailed").
            updated_at (datetime.datetime):
            version (int): Increases with every change to the interview or its gaffes; also sent as the `ETag`.
            duration_minutes (int | None | Unset):
            notes (None | str | Unset):
            remote (None | RemoteReference | Unset):
            remote_deleted_at (datetime.datetime | None | Unset): When Rebound learnt that the ATS deleted this interview
                (RFC 3339), for an interview kept anyway because the
                candidate logged gaffes or a recovery plan on it (an import never removes those). `null` while the ATS has
                it, and for interviews not imported. Setting or clearing it sends `interview.updated`.
            self_rating (int | None | Unset): How it felt right afterwards: 1 (disaster) to 5 (great); `null` when not rated
                yet (an interview imported from
                an ATS): set it with PATCH. Assessments and recovery plans need it (a 422 naming `self_rating` until then).
            time_zone (None | str | Unset): The interview's own IANA time zone, when it took place somewhere other than the
                candidate's zone; recovery
                plans for it say times in this zone. `null` when not set. Example: America/New_York.
     """

    candidate_id: UUID
    company: str
    created_at: datetime.datetime
    employer_interest: EmployerInterest | str
    format_: Format | str
    id: UUID
    interviewers: list[InterviewerDto]
    occurred_at: datetime.datetime
    outcome: Outcome | str
    questions: list[QuestionResponse]
    role_title: str
    stage: Stage | str
    strengths: list[str]
    updated_at: datetime.datetime
    version: int
    duration_minutes: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    remote: None | RemoteReference | Unset = UNSET
    remote_deleted_at: datetime.datetime | None | Unset = UNSET
    self_rating: int | None | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interviewer_dto import InterviewerDto # noqa: PLC0415
        from ..models.question_response import QuestionResponse # noqa: PLC0415
        from ..models.remote_reference import RemoteReference # noqa: PLC0415
        candidate_id = str(self.candidate_id)

        company = self.company

        created_at = self.created_at.isoformat()

        employer_interest: str
        if isinstance(self.employer_interest, EmployerInterest):
            employer_interest = self.employer_interest.value
        else:
            employer_interest = self.employer_interest

        format_: str
        if isinstance(self.format_, Format):
            format_ = self.format_.value
        else:
            format_ = self.format_

        id = str(self.id)

        interviewers = []
        for interviewers_item_data in self.interviewers:
            interviewers_item = interviewers_item_data.to_dict()
            interviewers.append(interviewers_item)



        occurred_at = self.occurred_at.isoformat()

        outcome: str
        if isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)



        role_title = self.role_title

        stage: str
        if isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

        strengths = self.strengths



        updated_at = self.updated_at.isoformat()

        version = self.version

        duration_minutes: int | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        remote: dict[str, Any] | None | Unset
        if isinstance(self.remote, Unset):
            remote = UNSET
        elif isinstance(self.remote, RemoteReference):
            remote = self.remote.to_dict()
        else:
            remote = self.remote

        remote_deleted_at: None | str | Unset
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat()
        else:
            remote_deleted_at = self.remote_deleted_at

        self_rating: int | None | Unset
        if isinstance(self.self_rating, Unset):
            self_rating = UNSET
        else:
            self_rating = self.self_rating

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidate_id": candidate_id,
            "company": company,
            "created_at": created_at,
            "employer_interest": employer_interest,
            "format": format_,
            "id": id,
            "interviewers": interviewers,
            "occurred_at": occurred_at,
            "outcome": outcome,
            "questions": questions,
            "role_title": role_title,
            "stage": stage,
            "strengths": strengths,
            "updated_at": updated_at,
            "version": version,
        })
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if notes is not UNSET:
            field_dict["notes"] = notes
        if remote is not UNSET:
            field_dict["remote"] = remote
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if self_rating is not UNSET:
            field_dict["self_rating"] = self_rating
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interviewer_dto import InterviewerDto # noqa: PLC0415
        from ..models.question_response import QuestionResponse # noqa: PLC0415
        from ..models.remote_reference import RemoteReference # noqa: PLC0415
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidate_id"))




        company = d.pop("company")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_employer_interest(data: object) -> EmployerInterest | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employer_interest_type_0 = EmployerInterest(data)



                return employer_interest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployerInterest | str, data)

        employer_interest = _parse_employer_interest(d.pop("employer_interest"))


        def _parse_format_(data: object) -> Format | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = Format(data)



                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Format | str, data)

        format_ = _parse_format_(d.pop("format"))


        id = UUID(d.pop("id"))




        interviewers = []
        _interviewers = d.pop("interviewers")
        for interviewers_item_data in (_interviewers):
            interviewers_item = InterviewerDto.from_dict(interviewers_item_data)



            interviewers.append(interviewers_item)


        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_outcome(data: object) -> Outcome | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)



                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Outcome | str, data)

        outcome = _parse_outcome(d.pop("outcome"))


        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = QuestionResponse.from_dict(questions_item_data)



            questions.append(questions_item)


        role_title = d.pop("role_title")

        def _parse_stage(data: object) -> Stage | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = Stage(data)



                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Stage | str, data)

        stage = _parse_stage(d.pop("stage"))


        strengths = cast(list[str], d.pop("strengths"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


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


        def _parse_remote_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remote_deleted_at_type_0 = datetime.datetime.fromisoformat(data)



                return remote_deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remote_deleted_at = _parse_remote_deleted_at(d.pop("remote_deleted_at", UNSET))


        def _parse_self_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        self_rating = _parse_self_rating(d.pop("self_rating", UNSET))


        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))


        interview_response = cls(
            candidate_id=candidate_id,
            company=company,
            created_at=created_at,
            employer_interest=employer_interest,
            format_=format_,
            id=id,
            interviewers=interviewers,
            occurred_at=occurred_at,
            outcome=outcome,
            questions=questions,
            role_title=role_title,
            stage=stage,
            strengths=strengths,
            updated_at=updated_at,
            version=version,
            duration_minutes=duration_minutes,
            notes=notes,
            remote=remote,
            remote_deleted_at=remote_deleted_at,
            self_rating=self_rating,
            time_zone=time_zone,
        )


        interview_response.additional_properties = d
        return interview_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
