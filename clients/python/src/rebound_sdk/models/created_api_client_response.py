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





T = TypeVar("T", bound="CreatedApiClientResponse")



@_attrs_define
class CreatedApiClientResponse:
    """ The new client with its secret, shown only here.

        Example:
            {'client': {'id': '01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a', 'name': 'Acme Job Board', 'client_id':
                'rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p', 'scopes': ['interviews:read', 'interviews:write'], 'type':
                'confidential', 'redirect_uris': [], 'api_version': '2026-12-07', 'created_at': '2026-11-25T09:30:00Z',
                'revoked_at': None, 'last_used_at': None, 'previous_secret_expires_at': None}, 'client_secret':
                'rbs_Xy7Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Q'}

        Attributes:
            client (ApiClientResponse): An integration client. Its secret is never shown again after creation. Example:
                {'id': '01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a', 'name': 'Acme Job Board', 'client_id':
                'rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p', 'scopes': ['interviews:read', 'interviews:write'], 'type':
                'confidential', 'redirect_uris': [], 'api_version': '2026-12-07', 'created_at': '2026-11-25T09:30:00Z',
                'revoked_at': None, 'last_used_at': '2026-11-25T10:02:11Z', 'previous_secret_expires_at': None}.
            client_secret (None | str | Unset): Store it now: only its hash is kept, so it cannot be shown again. Absent for
                public clients, which have no
                secret.
     """

    client: ApiClientResponse
    client_secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.api_client_response import ApiClientResponse # noqa: PLC0415
        client = self.client.to_dict()

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client": client,
        })
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_client_response import ApiClientResponse # noqa: PLC0415
        d = dict(src_dict)
        client = ApiClientResponse.from_dict(d.pop("client"))




        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))


        created_api_client_response = cls(
            client=client,
            client_secret=client_secret,
        )


        created_api_client_response.additional_properties = d
        return created_api_client_response

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
