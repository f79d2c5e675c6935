from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.calibration_verdict import CalibrationVerdict
from typing import cast






T = TypeVar("T", bound="Calibration")



@_attrs_define
class Calibration:
    """ How the candidate's own rating compares with what the logged evidence suggests.

        Example:
            {'self_rating': 1, 'evidence_rating': 2, 'verdict': 'felt_worse_than_evidence', 'note': 'You rated the interview
                1 out of 5, but what you logged points to about 2 out of 5. That gap is very common: straight after an
                interview, nerves make it look worse than it was. Give it a few hours, or a day, before deciding what to do.'}

        Attributes:
            evidence_rating (int): The rating the damage score suggests, on the same 1–5 scale.
            note (str): A short, kind note on what the comparison means.
            self_rating (int): The candidate's own rating right after the interview: 1 (disaster) to 5 (great).
            verdict (CalibrationVerdict | str): Which way, if any, the two ratings differ.
     """

    evidence_rating: int
    note: str
    self_rating: int
    verdict: CalibrationVerdict | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        evidence_rating = self.evidence_rating

        note = self.note

        self_rating = self.self_rating

        verdict: str
        if isinstance(self.verdict, CalibrationVerdict):
            verdict = self.verdict.value
        else:
            verdict = self.verdict


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "evidence_rating": evidence_rating,
            "note": note,
            "self_rating": self_rating,
            "verdict": verdict,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence_rating = d.pop("evidence_rating")

        note = d.pop("note")

        self_rating = d.pop("self_rating")

        def _parse_verdict(data: object) -> CalibrationVerdict | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0 = CalibrationVerdict(data)



                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalibrationVerdict | str, data)

        verdict = _parse_verdict(d.pop("verdict"))


        calibration = cls(
            evidence_rating=evidence_rating,
            note=note,
            self_rating=self_rating,
            verdict=verdict,
        )


        calibration.additional_properties = d
        return calibration

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
