from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gaffe_kind import GaffeKind
from typing import cast






T = TypeVar("T", bound="PrepItem")



@_attrs_define
class PrepItem:
    """ One item of the prep checklist for the next interview.

        Example:
            {'kind': 'salary_blank', 'prevention': 'Research the going rate for the role and the city, and prepare a range
                you can state in one calm sentence. Have on hand next time: the going rate for the role in your city and the
                range you will ask for.', 'interviews': 2}

        Attributes:
            interviews (int): In how many interviews' recovery plans this lesson came up.
            kind (GaffeKind | str): The kind of slip it prevents.
            prevention (str): What to do before the next interview.
     """

    interviews: int
    kind: GaffeKind | str
    prevention: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        interviews = self.interviews

        kind: str
        if isinstance(self.kind, GaffeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        prevention = self.prevention


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "interviews": interviews,
            "kind": kind,
            "prevention": prevention,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        prevention = d.pop("prevention")

        prep_item = cls(
            interviews=interviews,
            kind=kind,
            prevention=prevention,
        )


        prep_item.additional_properties = d
        return prep_item

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
