from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gaffe_kind import GaffeKind
from typing import cast






T = TypeVar("T", bound="RecurringGaffe")



@_attrs_define
class RecurringGaffe:
    """ A kind of gaffe logged in more than one interview.

        Example:
            {'kind': 'salary_blank', 'count': 2, 'interviews': 2}

        Attributes:
            count (int): How many gaffes of this kind were logged, in all.
            interviews (int): In how many interviews it was logged (at least 2).
            kind (GaffeKind | str): The gaffe kind.
     """

    count: int
    interviews: int
    kind: GaffeKind | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        interviews = self.interviews

        kind: str
        if isinstance(self.kind, GaffeKind):
            kind = self.kind.value
        else:
            kind = self.kind


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "interviews": interviews,
            "kind": kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        interviews = d.pop("interviews")

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


        recurring_gaffe = cls(
            count=count,
            interviews=interviews,
            kind=kind,
        )


        recurring_gaffe.additional_properties = d
        return recurring_gaffe

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
