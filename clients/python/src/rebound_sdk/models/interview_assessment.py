from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.damage_band import DamageBand
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.calibration import Calibration
  from ..models.gaffe_impact import GaffeImpact
  from ..models.question_impact import QuestionImpact





T = TypeVar("T", bound="InterviewAssessment")



@_attrs_define
class InterviewAssessment:
    """ The assessment of a logged interview.

        Example:
            {'interview_id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'interview_version': 4, 'model_version':
                '2026-11-25.1', 'damage_score': 48, 'band': 'recoverable', 'raw_points': 11.75, 'offset_points': 2.0, 'gaffes':
                [{'index': 0, 'kind': 'wrong_interviewer_name', 'impact': 3.75, 'reasons': ['"Wrong interviewer name" is a
                moderate gaffe (severity 5 of 10).', 'The interviewer probably noticed it, so it counts at three quarters of its
                weight.', 'It happened in the middle of the interview, where a single slip is diluted by the rest of the
                conversation.', 'It was not corrected during the interview.']}, {'index': 1, 'kind': 'salary_blank', 'impact':
                5.0, 'reasons': ['"No answer on salary" is a moderate gaffe (severity 5 of 10).', 'The interviewer certainly
                noticed it, so it counts in full.', 'It happened in the middle of the interview, where a single slip is diluted
                by the rest of the conversation.', 'It was not corrected during the interview.']}, {'index': 2, 'kind':
                'omitted_key_experience', 'impact': 2.0, 'reasons': ['"Left out key experience" is a moderate gaffe (severity 4
                of 10).', 'You are not sure it was noticed, so it counts at half its weight.', 'It happened in the middle of the
                interview, where a single slip is diluted by the rest of the conversation.', 'It was not corrected during the
                interview.']}], 'questions': [{'index': 2, 'quality': 'weak', 'impact': 1.0, 'reason': 'On question 3 ("Tell me
                about a difficult coworker.") your answer was weak and no gaffe is logged for it, so it adds 1 point.'}],
                'offsets': ['You logged 2 strengths, such as "Walked through the three-statement model cleanly"; what went well
                counts in your favour.', '1 of your 4 answers was strong, which offsets some of the damage.'], 'calibration':
                {'self_rating': 1, 'evidence_rating': 2, 'verdict': 'felt_worse_than_evidence', 'note': 'You rated the interview
                1 out of 5, but what you logged points to about 2 out of 5. That gap is very common: straight after an
                interview, nerves make it look worse than it was. Give it a few hours, or a day, before deciding what to do.'}}

        Attributes:
            band (DamageBand | str): The damage score in words.
            calibration (Calibration): How the candidate's own rating compares with what the logged evidence suggests.
                Example: {'self_rating': 1, 'evidence_rating': 2, 'verdict': 'felt_worse_than_evidence', 'note': 'You rated the
                interview 1 out of 5, but what you logged points to about 2 out of 5. That gap is very common: straight after an
                interview, nerves make it look worse than it was. Give it a few hours, or a day, before deciding what to do.'}.
            damage_score (int): Estimated damage from 0 (none) to 100 (as bad as it gets).
            gaffes (list[GaffeImpact]): How each gaffe contributed, in the order the gaffes were given.
            model_version (str): Version of the scoring model that produced this assessment.
            offset_points (float): Points taken off for strengths and strong answers (bounded, so they soften but never
                erase serious gaffes).
            offsets (list[str]): What counts in the candidate's favour, one sentence each.
            questions (list[QuestionImpact]): Weak or blanked answers that the logged gaffes do not fully account for, and
                what they add.
            raw_points (float): Total damage points before offsets: the gaffe impacts plus unaccounted weak or blanked
                answers.
            interview_id (UUID):
            interview_version (int): The interview version this assessment was computed from.
     """

    band: DamageBand | str
    calibration: Calibration
    damage_score: int
    gaffes: list[GaffeImpact]
    model_version: str
    offset_points: float
    offsets: list[str]
    questions: list[QuestionImpact]
    raw_points: float
    interview_id: UUID
    interview_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.calibration import Calibration # noqa: PLC0415
        from ..models.gaffe_impact import GaffeImpact # noqa: PLC0415
        from ..models.question_impact import QuestionImpact # noqa: PLC0415
        band: str
        if isinstance(self.band, DamageBand):
            band = self.band.value
        else:
            band = self.band

        calibration = self.calibration.to_dict()

        damage_score = self.damage_score

        gaffes = []
        for gaffes_item_data in self.gaffes:
            gaffes_item = gaffes_item_data.to_dict()
            gaffes.append(gaffes_item)



        model_version = self.model_version

        offset_points = self.offset_points

        offsets = self.offsets



        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)



        raw_points = self.raw_points

        interview_id = str(self.interview_id)

        interview_version = self.interview_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "band": band,
            "calibration": calibration,
            "damage_score": damage_score,
            "gaffes": gaffes,
            "model_version": model_version,
            "offset_points": offset_points,
            "offsets": offsets,
            "questions": questions,
            "raw_points": raw_points,
            "interview_id": interview_id,
            "interview_version": interview_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calibration import Calibration # noqa: PLC0415
        from ..models.gaffe_impact import GaffeImpact # noqa: PLC0415
        from ..models.question_impact import QuestionImpact # noqa: PLC0415
        d = dict(src_dict)
        def _parse_band(data: object) -> DamageBand | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                band_type_0 = DamageBand(data)



                return band_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DamageBand | str, data)

        band = _parse_band(d.pop("band"))


        calibration = Calibration.from_dict(d.pop("calibration"))




        damage_score = d.pop("damage_score")

        gaffes = []
        _gaffes = d.pop("gaffes")
        for gaffes_item_data in (_gaffes):
            gaffes_item = GaffeImpact.from_dict(gaffes_item_data)



            gaffes.append(gaffes_item)


        model_version = d.pop("model_version")

        offset_points = d.pop("offset_points")

        offsets = cast(list[str], d.pop("offsets"))


        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = QuestionImpact.from_dict(questions_item_data)



            questions.append(questions_item)


        raw_points = d.pop("raw_points")

        interview_id = UUID(d.pop("interview_id"))




        interview_version = d.pop("interview_version")

        interview_assessment = cls(
            band=band,
            calibration=calibration,
            damage_score=damage_score,
            gaffes=gaffes,
            model_version=model_version,
            offset_points=offset_points,
            offsets=offsets,
            questions=questions,
            raw_points=raw_points,
            interview_id=interview_id,
            interview_version=interview_version,
        )


        interview_assessment.additional_properties = d
        return interview_assessment

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
