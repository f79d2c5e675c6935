from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.api_client_response import ApiClientResponse





T = TypeVar("T", bound="RotatedApiClientResponse")



@_attrs_define
class RotatedApiClientResponse:
    """ The client with its new secret, shown only here.

        Example:
            {'client': {'id': '01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a', 'name': 'Acme Job Board', 'client_id':
                'rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p', 'scopes': ['interviews:read', 'interviews:write'], 'type':
                'confidential', 'redirect_uris': [], 'api_version': '2026-12-07', 'created_at': '2026-11-25T09:30:00Z',
                'revoked_at': None, 'last_used_at': '2026-11-25T10:02:11Z', 'previous_secret_expires_at':
                '2026-11-26T10:15:00Z'}, 'client_secret': 'rbs_Pq4Wr7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3E'}

        Attributes:
            client (ApiClientResponse): An integration client. Its secret is never shown again after creation. Example:
                {'id': '01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a', 'name': 'Acme Job Board', 'client_id':
                'rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p', 'scopes': ['interviews:read', 'interviews:write'], 'type':
                'confidential', 'redirect_uris': [], 'api_version': '2026-12-07', 'created_at': '2026-11-25T09:30:00Z',
                'revoked_at': None, 'last_used_at': '2026-11-25T10:02:11Z', 'previous_secret_expires_at': None}.
            client_secret (str): The new secret. Store it now: only its hash is kept, so it cannot be shown again.
     """

    client: ApiClientResponse
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.api_client_response import ApiClientResponse # noqa: PLC0415
        client = self.client.to_dict()

        client_secret = self.client_secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client": client,
            "client_secret": client_secret,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_client_response import ApiClientResponse # noqa: PLC0415
        d = dict(src_dict)
        client = ApiClientResponse.from_dict(d.pop("client"))




        client_secret = d.pop("client_secret")

        rotated_api_client_response = cls(
            client=client,
            client_secret=client_secret,
        )


        rotated_api_client_response.additional_properties = d
        return rotated_api_client_response

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
