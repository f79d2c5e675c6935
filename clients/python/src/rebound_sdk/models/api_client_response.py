from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.client_scope import ClientScope
from ..models.client_type import ClientType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="ApiClientResponse")



@_attrs_define
class ApiClientResponse:
    """ An integration client. Its secret is never shown again after creation.

        Example:
            {'id': '01936f8e-7b3c-7d4e-8f5a-6b7c8d9e0f1a', 'name': 'Acme Job Board', 'client_id':
                'rbc_3kLmN8pQ2rS5tU7vW9xY1zA4bC6dE8fG0hJ2kL4mN6p', 'scopes': ['interviews:read', 'interviews:write'], 'type':
                'confidential', 'redirect_uris': [], 'api_version': '2026-12-07', 'created_at': '2026-11-25T09:30:00Z',
                'revoked_at': None, 'last_used_at': '2026-11-25T10:02:11Z', 'previous_secret_expires_at': None}

        Attributes:
            api_version (str): The API version (a date) requests with this client's tokens get unless they send `Rebound-
                Version`: the
                current one when the client was created, changed with `PATCH /v1/api-clients/{api_client_id}`. New tokens
                carry the change; tokens issued before it keep the version they were issued with until they expire.
            client_id (str): Public identifier used with the `client_credentials` grant.
            created_at (datetime.datetime):
            id (UUID):
            name (str): What the client is, for people reading the list.
            redirect_uris (list[str]): Where `/oauth/authorize` may send a signed-in user back to, compared exactly; empty
                for confidential clients.
            scopes (list[ClientScope | str]): What tokens issued to this client may do.
            type_ (ClientType | str): `confidential` (a back end with a secret, `client_credentials`) or `public` (a browser
                plugin: no secret,
                users sign in through `/oauth/authorize`).
            last_used_at (datetime.datetime | None | Unset): When the client last obtained a token.
            previous_secret_expires_at (datetime.datetime | None | Unset): Until when the secret replaced by the last
                rotation still works; `null` when no rotation is pending.
            revoked_at (datetime.datetime | None | Unset): Set once the client is revoked; it can no longer get tokens.
     """

    api_version: str
    client_id: str
    created_at: datetime.datetime
    id: UUID
    name: str
    redirect_uris: list[str]
    scopes: list[ClientScope | str]
    type_: ClientType | str
    last_used_at: datetime.datetime | None | Unset = UNSET
    previous_secret_expires_at: datetime.datetime | None | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        client_id = self.client_id

        created_at = self.created_at.isoformat()

        id = str(self.id)

        name = self.name

        redirect_uris = self.redirect_uris



        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str
            if isinstance(scopes_item_data, ClientScope):
                scopes_item = scopes_item_data.value
            else:
                scopes_item = scopes_item_data
            scopes.append(scopes_item)



        type_: str
        if isinstance(self.type_, ClientType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        previous_secret_expires_at: None | str | Unset
        if isinstance(self.previous_secret_expires_at, Unset):
            previous_secret_expires_at = UNSET
        elif isinstance(self.previous_secret_expires_at, datetime.datetime):
            previous_secret_expires_at = self.previous_secret_expires_at.isoformat()
        else:
            previous_secret_expires_at = self.previous_secret_expires_at

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "api_version": api_version,
            "client_id": client_id,
            "created_at": created_at,
            "id": id,
            "name": name,
            "redirect_uris": redirect_uris,
            "scopes": scopes,
            "type": type_,
        })
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if previous_secret_expires_at is not UNSET:
            field_dict["previous_secret_expires_at"] = previous_secret_expires_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = d.pop("api_version")

        client_id = d.pop("client_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        name = d.pop("name")

        redirect_uris = cast(list[str], d.pop("redirect_uris"))


        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in (_scopes):
            def _parse_scopes_item(data: object) -> ClientScope | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    scopes_item_type_0 = ClientScope(data)



                    return scopes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ClientScope | str, data)

            scopes_item = _parse_scopes_item(scopes_item_data)

            scopes.append(scopes_item)


        def _parse_type_(data: object) -> ClientType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ClientType(data)



                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientType | str, data)

        type_ = _parse_type_(d.pop("type"))


        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))


        def _parse_previous_secret_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secret_expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return previous_secret_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        previous_secret_expires_at = _parse_previous_secret_expires_at(d.pop("previous_secret_expires_at", UNSET))


        def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))


        api_client_response = cls(
            api_version=api_version,
            client_id=client_id,
            created_at=created_at,
            id=id,
            name=name,
            redirect_uris=redirect_uris,
            scopes=scopes,
            type_=type_,
            last_used_at=last_used_at,
            previous_secret_expires_at=previous_secret_expires_at,
            revoked_at=revoked_at,
        )


        api_client_response.additional_properties = d
        return api_client_response

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
