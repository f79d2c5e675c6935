from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.api_client_response import ApiClientResponse





T = TypeVar("T", bound="ApiClientList")



@_attrs_define
class ApiClientList:
    """ A page of integration clients, newest first.

        Example:
            {'data': [{'id': '01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a', 'name': 'Acme Job Board', 'client_id':
                'rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p', 'scopes': ['interviews:read', 'interviews:write'], 'type':
                'confidential', 'redirect_uris': [], 'api_version': '2026-12-07', 'created_at': '2026-11-25T09:30:00Z',
                'revoked_at': None, 'last_used_at': None, 'previous_secret_expires_at': None}], 'next_cursor': None}

        Attributes:
            data (list[ApiClientResponse]):
            next_cursor (None | str | Unset): Pass as `cursor` to get the next page; `null` on the last page.
     """

    data: list[ApiClientResponse]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.api_client_response import ApiClientResponse # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)



        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
        })
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_client_response import ApiClientResponse # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = ApiClientResponse.from_dict(data_item_data)



            data.append(data_item)


        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))


        api_client_list = cls(
            data=data,
            next_cursor=next_cursor,
        )


        api_client_list.additional_properties = d
        return api_client_list

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
