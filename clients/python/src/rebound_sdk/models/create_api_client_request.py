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






T = TypeVar("T", bound="CreateApiClientRequest")



@_attrs_define
class CreateApiClientRequest:
    """ Registers an integration client.

        Example:
            {'name': 'Acme Job Board', 'scopes': ['interviews:read', 'interviews:write', 'plans:write']}

        Attributes:
            name (str): 1–100 characters.
            scopes (list[ClientScope]): At least one of `interviews:read`, `interviews:write`, `plans:write`. (`admin` stays
                with workspace owners.)
            api_version (None | str | Unset): The API version to pin the client to: a date, read as the newest version on or
                before it (default: the
                current version). Requests with its tokens get this version unless they send `Rebound-Version`. Example:
                2026-12-07.
            redirect_uris (list[str] | None | Unset): Public clients only, and required for them: 1–10 URIs the sign-in page
                may send users back to, compared exactly. Each is an absolute `https` URL, or `http` on a loopback host
                (`127.0.0.1`, `localhost`, `[::1]`), without a fragment, at most 2000 characters.
            type_ (ClientType | None | Unset):
     """

    name: str
    scopes: list[ClientScope]
    api_version: None | str | Unset = UNSET
    redirect_uris: list[str] | None | Unset = UNSET
    type_: ClientType | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)



        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        redirect_uris: list[str] | None | Unset
        if isinstance(self.redirect_uris, Unset):
            redirect_uris = UNSET
        elif isinstance(self.redirect_uris, list):
            redirect_uris = self.redirect_uris


        else:
            redirect_uris = self.redirect_uris

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ClientType):
            type_ = self.type_.value
        else:
            type_ = self.type_


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "scopes": scopes,
        })
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in (_scopes):
            scopes_item = ClientScope(scopes_item_data)



            scopes.append(scopes_item)


        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("api_version", UNSET))


        def _parse_redirect_uris(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redirect_uris_type_0 = cast(list[str], data)

                return redirect_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        redirect_uris = _parse_redirect_uris(d.pop("redirect_uris", UNSET))


        def _parse_type_(data: object) -> ClientType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ClientType(data)



                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))


        create_api_client_request = cls(
            name=name,
            scopes=scopes,
            api_version=api_version,
            redirect_uris=redirect_uris,
            type_=type_,
        )

        return create_api_client_request

