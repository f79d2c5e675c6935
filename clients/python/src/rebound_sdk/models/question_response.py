from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.answer_quality import AnswerQuality
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="QuestionResponse")



@_attrs_define
class QuestionResponse:
    """ A question that was asked, and how the answer went.

        Example:
            {'question': 'Tell us about a time you handled a difficult coworker.', 'answer_summary': 'Talked in
                generalities; no concrete example.', 'quality': 'weak'}

        Attributes:
            quality (AnswerQuality | str): `strong`, `adequate`, `weak` or `blanked`.
            question (str): 1–500 characters.
            answer_summary (None | str | Unset): What you answered, briefly (up to 2,000 characters).
     """

    quality: AnswerQuality | str
    question: str
    answer_summary: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        quality: str
        if isinstance(self.quality, AnswerQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        question = self.question

        answer_summary: None | str | Unset
        if isinstance(self.answer_summary, Unset):
            answer_summary = UNSET
        else:
            answer_summary = self.answer_summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "quality": quality,
            "question": question,
        })
        if answer_summary is not UNSET:
            field_dict["answer_summary"] = answer_summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_quality(data: object) -> AnswerQuality | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = AnswerQuality(data)



                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnswerQuality | str, data)

        quality = _parse_quality(d.pop("quality"))


        question = d.pop("question")

        def _parse_answer_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer_summary = _parse_answer_summary(d.pop("answer_summary", UNSET))


        question_response = cls(
            quality=quality,
            question=question,
            answer_summary=answer_summary,
        )

        return question_response

