from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.self_rating_verdict import SelfRatingVerdict
from typing import cast






T = TypeVar("T", bound="SelfRatingComparison")



@_attrs_define
class SelfRatingComparison:
    """ The candidate's average self-rating next to the average rating the evidence suggests.

        Example:
            {'average_self_rating': 1.5, 'average_evidence_rating': 3.0, 'verdict': 'catastrophises', 'note': 'On average
                you rate your interviews 1.5 out of 5, while what you logged points to about 3.0. You are harder on yourself
                than the evidence is: before deciding an interview went badly, give it a day and go over what actually
                happened.'}

        Attributes:
            average_evidence_rating (float): The average rating the damage scores suggest, on the same 1–5 scale, two
                decimals.
            average_self_rating (float): The average of the candidate's own ratings (1–5), two decimals.
            note (str): A short, kind note on what that means.
            verdict (SelfRatingVerdict | str): Which way, if any, the two averages differ.
     """

    average_evidence_rating: float
    average_self_rating: float
    note: str
    verdict: SelfRatingVerdict | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_evidence_rating = self.average_evidence_rating

        average_self_rating = self.average_self_rating

        note = self.note

        verdict: str
        if isinstance(self.verdict, SelfRatingVerdict):
            verdict = self.verdict.value
        else:
            verdict = self.verdict


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_evidence_rating": average_evidence_rating,
            "average_self_rating": average_self_rating,
            "note": note,
            "verdict": verdict,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_evidence_rating = d.pop("average_evidence_rating")

        average_self_rating = d.pop("average_self_rating")

        note = d.pop("note")

        def _parse_verdict(data: object) -> SelfRatingVerdict | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0 = SelfRatingVerdict(data)



                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SelfRatingVerdict | str, data)

        verdict = _parse_verdict(d.pop("verdict"))


        self_rating_comparison = cls(
            average_evidence_rating=average_evidence_rating,
            average_self_rating=average_self_rating,
            note=note,
            verdict=verdict,
        )


        self_rating_comparison.additional_properties = d
        return self_rating_comparison

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
