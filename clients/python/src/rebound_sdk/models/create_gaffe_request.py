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

if TYPE_CHECKING:
  from ..models.correction_dto import CorrectionDto





T = TypeVar("T", bound="CreateGaffeRequest")



@_attrs_define
class CreateGaffeRequest:
    """ Logs a gaffe.

        Example:
            {'kind': 'salary_blank', 'description': 'Froze when asked for a number and said I had not thought about it.',
                'noticed': 'certain', 'moment': 'closing', 'question_index': 0}

        Attributes:
            kind (GaffeKind): The kinds of gaffe the catalogue describes. The first eight are the classic gaffes interview
                guides warn about;
                the rest are common ones.
            moment (Moment): When in the interview the gaffe happened.
            noticed (Noticed): Did the interviewer notice the gaffe?
            corrected_in_interview (bool | Unset): Defaults to false.
            correction (CorrectionDto | None | Unset):
            description (None | str | Unset): What happened, up to 1,000 characters.
            extenuating_circumstance (None | str | Unset): Up to 500 characters.
            question_index (int | None | Unset): 0-based index into the interview's `questions`.
     """

    kind: GaffeKind
    moment: Moment
    noticed: Noticed
    corrected_in_interview: bool | Unset = UNSET
    correction: CorrectionDto | None | Unset = UNSET
    description: None | str | Unset = UNSET
    extenuating_circumstance: None | str | Unset = UNSET
    question_index: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.correction_dto import CorrectionDto # noqa: PLC0415
        kind = self.kind.value

        moment = self.moment.value

        noticed = self.noticed.value

        corrected_in_interview = self.corrected_in_interview

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

        field_dict.update({
            "kind": kind,
            "moment": moment,
            "noticed": noticed,
        })
        if corrected_in_interview is not UNSET:
            field_dict["corrected_in_interview"] = corrected_in_interview
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
        kind = GaffeKind(d.pop("kind"))




        moment = Moment(d.pop("moment"))




        noticed = Noticed(d.pop("noticed"))




        corrected_in_interview = d.pop("corrected_in_interview", UNSET)

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


        create_gaffe_request = cls(
            kind=kind,
            moment=moment,
            noticed=noticed,
            corrected_in_interview=corrected_in_interview,
            correction=correction,
            description=description,
            extenuating_circumstance=extenuating_circumstance,
            question_index=question_index,
        )

        return create_gaffe_request

