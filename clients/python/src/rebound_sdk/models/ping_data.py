from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="PingData")



@_attrs_define
class PingData:
    """ What a `ping` carries.

        Example:
            {'endpoint_id': '01936f91-2d3e-7f4a-9b5c-6d7e8f9a0b1c', 'url': 'https://jobs.example.com/hooks/rebound',
                'message': 'Rebound test event: your endpoint is reachable and can verify signatures.'}

        Attributes:
            endpoint_id (UUID):
            message (str):
            url (str):
     """

    endpoint_id: UUID
    message: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        endpoint_id = str(self.endpoint_id)

        message = self.message

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "endpoint_id": endpoint_id,
            "message": message,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_id = UUID(d.pop("endpoint_id"))




        message = d.pop("message")

        url = d.pop("url")

        ping_data = cls(
            endpoint_id=endpoint_id,
            message=message,
            url=url,
        )


        ping_data.additional_properties = d
        return ping_data

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
