from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gaffe_kind import GaffeKind
from ..models.moment import Moment
from ..models.noticed import Noticed
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.correction_dto import CorrectionDto





T = TypeVar("T", bound="GaffeResponse")



@_attrs_define
class GaffeResponse:
    """ A gaffe logged against an interview.

        Example:
            {'id': '01936f91-3c4d-7e5f-8a6b-7c8d9e0f1a2b', 'interview_id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'kind':
                'wrong_interviewer_name', 'description': 'Called the finance director Arnold twice; his name is Armin.',
                'noticed': 'certain', 'moment': 'mid', 'corrected_in_interview': False, 'extenuating_circumstance': None,
                'question_index': None, 'correction': None, 'version': 1, 'created_at': '2026-11-24T17:12:00Z', 'updated_at':
                '2026-11-24T17:12:00Z'}

        Attributes:
            corrected_in_interview (bool): Whether the candidate caught and corrected it during the interview.
            created_at (datetime.datetime):
            id (UUID):
            interview_id (UUID):
            kind (GaffeKind | str): The gaffe kind; see `GET /v1/gaffe-kinds`.
            moment (Moment | str): When it happened: `arrival`, `opening`, `mid`, `closing` or `after`.
            noticed (Noticed | str): Did the interviewer notice? `certain`, `likely`, `unsure` or `unlikely`.
            updated_at (datetime.datetime):
            version (int):
            correction (CorrectionDto | None | Unset):
            description (None | str | Unset):
            extenuating_circumstance (None | str | Unset): Something outside the candidate's control that contributed (a
                family emergency, say).
            question_index (int | None | Unset): The question (0-based index into the interview's `questions`) it happened
                on, if any.
     """

    corrected_in_interview: bool
    created_at: datetime.datetime
    id: UUID
    interview_id: UUID
    kind: GaffeKind | str
    moment: Moment | str
    noticed: Noticed | str
    updated_at: datetime.datetime
    version: int
    correction: CorrectionDto | None | Unset = UNSET
    description: None | str | Unset = UNSET
    extenuating_circumstance: None | str | Unset = UNSET
    question_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.correction_dto import CorrectionDto # noqa: PLC0415
        corrected_in_interview = self.corrected_in_interview

        created_at = self.created_at.isoformat()

        id = str(self.id)

        interview_id = str(self.interview_id)

        kind: str
        if isinstance(self.kind, GaffeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        moment: str
        if isinstance(self.moment, Moment):
            moment = self.moment.value
        else:
            moment = self.moment

        noticed: str
        if isinstance(self.noticed, Noticed):
            noticed = self.noticed.value
        else:
            noticed = self.noticed

        updated_at = self.updated_at.isoformat()

        version = self.version

        correction: dict[str, Any] | None | Unset
        if isinstance(self.correction, Unset):
            correction = UNSET
        elif isinstance(self.correction, CorrectionDto):
            correction = self.correction.to_dict()
        else:
            correction = self.correction

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        extenuating_circumstance: None | str | Unset
        if isinstance(self.extenuating_circumstance, Unset):
            extenuating_circumstance = UNSET
        else:
            extenuating_circumstance = self.extenuating_circumstance

        question_index: int | None | Unset
        if isinstance(self.question_index, Unset):
            question_index = UNSET
        else:
            question_index = self.question_index


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "corrected_in_interview": corrected_in_interview,
            "created_at": created_at,
            "id": id,
            "interview_id": interview_id,
            "kind": kind,
            "moment": moment,
            "noticed": noticed,
            "updated_at": updated_at,
            "version": version,
        })
        if correction is not UNSET:
            field_dict["correction"] = correction
        if description is not UNSET:
            field_dict["description"] = description
        if extenuating_circumstance is not UNSET:
            field_dict["extenuating_circumstance"] = extenuating_circumstance
        if question_index is not UNSET:
            field_dict["question_index"] = question_index

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correction_dto import CorrectionDto # noqa: PLC0415
        d = dict(src_dict)
        corrected_in_interview = d.pop("corrected_in_interview")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        interview_id = UUID(d.pop("interview_id"))




        def _parse_kind(data: object) -> GaffeKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = GaffeKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GaffeKind | str, data)

        kind = _parse_kind(d.pop("kind"))


        def _parse_moment(data: object) -> Moment | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moment_type_0 = Moment(data)



                return moment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Moment | str, data)

        moment = _parse_moment(d.pop("moment"))


        def _parse_noticed(data: object) -> Noticed | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                noticed_type_0 = Noticed(data)



                return noticed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Noticed | str, data)

        noticed = _parse_noticed(d.pop("noticed"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_correction(data: object) -> CorrectionDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                correction_type_0 = CorrectionDto.from_dict(data)



                return correction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CorrectionDto | None | Unset, data)

        correction = _parse_correction(d.pop("correction", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_extenuating_circumstance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extenuating_circumstance = _parse_extenuating_circumstance(d.pop("extenuating_circumstance", UNSET))


        def _parse_question_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        question_index = _parse_question_index(d.pop("question_index", UNSET))


        gaffe_response = cls(
            corrected_in_interview=corrected_in_interview,
            created_at=created_at,
            id=id,
            interview_id=interview_id,
            kind=kind,
            moment=moment,
            noticed=noticed,
            updated_at=updated_at,
            version=version,
            correction=correction,
            description=description,
            extenuating_circumstance=extenuating_circumstance,
            question_index=question_index,
        )


        gaffe_response.additional_properties = d
        return gaffe_response

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
