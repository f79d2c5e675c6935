from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gaffe_kind import GaffeKind
from typing import cast






T = TypeVar("T", bound="GaffeImpact")



@_attrs_define
class GaffeImpact:
    """ How one gaffe contributed to the damage score.

        Example:
            {'index': 1, 'kind': 'salary_blank', 'impact': 5.0, 'reasons': ['"No answer on salary" is a moderate gaffe
                (severity 5 of 10).', 'The interviewer certainly noticed it, so it counts in full.', 'It happened in the middle
                of the interview, where a single slip is diluted by the rest of the conversation.', 'It was not corrected during
                the interview.']}

        Attributes:
            impact (float): Damage points this gaffe contributes, after weighting (two decimals).
            index (int): Position of the gaffe in the interview's gaffe list (0-based).
            kind (GaffeKind | str): The gaffe kind.
            reasons (list[str]): Why it weighs what it weighs, one sentence each.
     """

    impact: float
    index: int
    kind: GaffeKind | str
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        impact = self.impact

        index = self.index

        kind: str
        if isinstance(self.kind, GaffeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        reasons = self.reasons




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "impact": impact,
            "index": index,
            "kind": kind,
            "reasons": reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        impact = d.pop("impact")

        index = d.pop("index")

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


        reasons = cast(list[str], d.pop("reasons"))


        gaffe_impact = cls(
            impact=impact,
            index=index,
            kind=kind,
            reasons=reasons,
        )


        gaffe_impact.additional_properties = d
        return gaffe_impact

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
