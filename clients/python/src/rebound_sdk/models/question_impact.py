from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.answer_quality import AnswerQuality
from typing import cast






T = TypeVar("T", bound="QuestionImpact")



@_attrs_define
class QuestionImpact:
    """ Damage from a weak or blanked answer beyond what the gaffes logged against it already account for.

        Example:
            {'index': 2, 'quality': 'weak', 'impact': 1.0, 'reason': 'On question 3 ("Tell me about a difficult coworker.")
                your answer was weak and no gaffe is logged for it, so it adds 1 point.'}

        Attributes:
            impact (float): Damage points added (two decimals).
            index (int): Position of the question in the interview's question list (0-based).
            quality (AnswerQuality | str): How the answer went.
            reason (str): Why it adds damage, in a sentence.
     """

    impact: float
    index: int
    quality: AnswerQuality | str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        impact = self.impact

        index = self.index

        quality: str
        if isinstance(self.quality, AnswerQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "impact": impact,
            "index": index,
            "quality": quality,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        impact = d.pop("impact")

        index = d.pop("index")

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


        reason = d.pop("reason")

        question_impact = cls(
            impact=impact,
            index=index,
            quality=quality,
            reason=reason,
        )


        question_impact.additional_properties = d
        return question_impact

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
