from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="ExistingResource")



@_attrs_define
class ExistingResource:
    """ A resource that already exists, named by a 409.

        Example:
            {'id': '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a', 'location':
                '/v1/interviews/01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a'}

        Attributes:
            id (UUID):
            location (str): The resource's path, as in a `Location` header.
     """

    id: UUID
    location: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        location = self.location


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "location": location,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        location = d.pop("location")

        existing_resource = cls(
            id=id,
            location=location,
        )


        existing_resource.additional_properties = d
        return existing_resource

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
