from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gaffe_kind import GaffeKind
from typing import cast






T = TypeVar("T", bound="Lesson")



@_attrs_define
class Lesson:
    """ One prevention item for next time.

        Example:
            {'kind': 'omitted_key_experience', 'prevention': 'List the three parts of your experience that fit the role
                best, and tick them off as you mention them. Have on hand next time: a short list of the experiences that fit
                the role best, with one figure each.'}

        Attributes:
            kind (GaffeKind | str): The kind of slip.
            prevention (str): What to do differently next time.
     """

    kind: GaffeKind | str
    prevention: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind: str
        if isinstance(self.kind, GaffeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        prevention = self.prevention


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "prevention": prevention,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        lesson = cls(
            kind=kind,
            prevention=prevention,
        )


        lesson.additional_properties = d
        return lesson

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
