from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CorrectionDto")



@_attrs_define
class CorrectionDto:
    """ A factual slip about the company, put right: what you said, and what is true. The follow-up note turns it into a
    sentence of its own ("When we spoke, I said you had 20 offices; in fact, you have 12."), so write each side as a
    fragment of a sentence, about the company as "they" or by name: the note speaks to the company as "you". Only for
    `factual_error_about_company` gaffes.

        Example:
            {'said': 'they had 20 offices', 'correct': 'they have 12'}

        Attributes:
            correct (str): What is true, 1–150 characters on one line ("they have 12", "it grew 8%"). A leading "but" or
                "actually" is
                dropped.
            said (str): What you said in the interview, 1–150 characters on one line ("they had 20 offices", "their revenue
                fell
                last year"). A leading "I said" is dropped.
     """

    correct: str
    said: str





    def to_dict(self) -> dict[str, Any]:
        correct = self.correct

        said = self.said


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "correct": correct,
            "said": said,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correct = d.pop("correct")

        said = d.pop("said")

        correction_dto = cls(
            correct=correct,
            said=said,
        )

        return correction_dto

