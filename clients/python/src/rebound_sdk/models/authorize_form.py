from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AuthorizeForm")



@_attrs_define
class AuthorizeForm:
    """ The sign-in form, as the page posts it: the authorization request's parameters (hidden fields), the page's
    CSRF token, the user's e-mail and password, and the decision.

        Example:
            {'response_type': 'code', 'client_id': 'swagger-ui', 'redirect_uri': 'http://127.0.0.1:8080/swagger-
                ui/oauth2-redirect.html', 'scope': 'interviews:read plans:write', 'state': 'af0ifjsldkj', 'code_challenge':
                'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'csrf_token':
                '1764150000.x3Yk0n5Z4o2k8f1m9Q7rW2sT6uV0aB3cD5eF7gH9iJk', 'email': 'demo@rebound.example', 'password': 'rebound-
                demo-password', 'decision': 'allow'}

        Attributes:
            client_id (str): As in the page's query.
            code_challenge (str): As in the page's query.
            code_challenge_method (str): As in the page's query.
            csrf_token (str): The token the page was rendered with; it holds for 15 minutes and this request only (without
                it: a 400 page).
            decision (str): `allow` signs in and sends the code back; `deny` sends `error=access_denied` back.
            redirect_uri (str): As in the page's query.
            response_type (str): As in the page's query.
            email (None | str | Unset): The user's e-mail address.
            password (None | str | Unset): The user's password.
            scope (None | str | Unset): As in the page's query.
            state (None | str | Unset): As in the page's query.
     """

    client_id: str
    code_challenge: str
    code_challenge_method: str
    csrf_token: str
    decision: str
    redirect_uri: str
    response_type: str
    email: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        code_challenge = self.code_challenge

        code_challenge_method = self.code_challenge_method

        csrf_token = self.csrf_token

        decision = self.decision

        redirect_uri = self.redirect_uri

        response_type = self.response_type

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_id": client_id,
            "code_challenge": code_challenge,
            "code_challenge_method": code_challenge_method,
            "csrf_token": csrf_token,
            "decision": decision,
            "redirect_uri": redirect_uri,
            "response_type": response_type,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if scope is not UNSET:
            field_dict["scope"] = scope
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        code_challenge = d.pop("code_challenge")

        code_challenge_method = d.pop("code_challenge_method")

        csrf_token = d.pop("csrf_token")

        decision = d.pop("decision")

        redirect_uri = d.pop("redirect_uri")

        response_type = d.pop("response_type")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))


        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))


        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        authorize_form = cls(
            client_id=client_id,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            csrf_token=csrf_token,
            decision=decision,
            redirect_uri=redirect_uri,
            response_type=response_type,
            email=email,
            password=password,
            scope=scope,
            state=state,
        )


        authorize_form.additional_properties = d
        return authorize_form

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
