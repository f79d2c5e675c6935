from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="CorsOriginResponse")



@_attrs_define
class CorsOriginResponse:
    """ A browser origin allowed to call the API with this workspace's tokens.

        Example:
            {'id': '01936f93-4a5b-7c6d-8e9f-0a1b2c3d4e5f', 'origin': 'https://plugin.example.com', 'created_at':
                '2026-11-26T09:30:00Z'}

        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            origin (str): The origin exactly as browsers send it in `Origin`.
     """

    created_at: datetime.datetime
    id: UUID
    origin: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        origin = self.origin


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "origin": origin,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        origin = d.pop("origin")

        cors_origin_response = cls(
            created_at=created_at,
            id=id,
            origin=origin,
        )


        cors_origin_response.additional_properties = d
        return cors_origin_response

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
