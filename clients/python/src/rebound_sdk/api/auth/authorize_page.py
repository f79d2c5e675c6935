from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    response_type: str,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str,
    code_challenge_method: str,
    accept_language: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language



    

    params: dict[str, Any] = {}

    params["response_type"] = response_type

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    params["scope"] = scope

    params["state"] = state

    params["code_challenge"] = code_challenge

    params["code_challenge_method"] = code_challenge_method


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: str,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str,
    code_challenge_method: str,
    accept_language: str | Unset = UNSET,

) -> Response[Problem | str]:
    """ Show the sign-in and consent page (OAuth 2.0 authorization endpoint).

     Opened in the user's browser by a public client (a browser plugin, Swagger UI) with an authorization
    request:
    `response_type=code`, its `client_id` and one of its registered `redirect_uris`, the `scope` it
    wants, a `state`,
    and a PKCE `code_challenge` with `code_challenge_method=S256` (`plain` is refused). The page names
    the client and
    the scopes, and asks for the user's e-mail and password. This page never redirects (RFC 9700
    §4.11.2: a redirect
    URI any workspace can register is no reason to send a browser there unasked). A missing or repeated
    parameter is
    stated on the page (400), and so is an unknown or confidential client or a redirect URI the client
    did not
    register (422). Any other problem (`response_type`, PKCE, `scope`, `state`) is stated on the page
    too (400), with
    a link back to the redirect URI carrying `error`, `error_description`, `state` and `iss` (RFC 6749
    §4.1.2.1,
    RFC 9207) that the user may follow. The page runs no
    JavaScript and is sent with a strict `Content-Security-Policy`, `X-Frame-Options: DENY`, `Cache-
    Control:
    no-store` and `Referrer-Policy: no-referrer`.

    Args:
        response_type (str):
        client_id (str):
        redirect_uri (str):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str):
        code_challenge_method (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        response_type=response_type,
client_id=client_id,
redirect_uri=redirect_uri,
scope=scope,
state=state,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    response_type: str,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str,
    code_challenge_method: str,
    accept_language: str | Unset = UNSET,

) -> Problem | str | None:
    """ Show the sign-in and consent page (OAuth 2.0 authorization endpoint).

     Opened in the user's browser by a public client (a browser plugin, Swagger UI) with an authorization
    request:
    `response_type=code`, its `client_id` and one of its registered `redirect_uris`, the `scope` it
    wants, a `state`,
    and a PKCE `code_challenge` with `code_challenge_method=S256` (`plain` is refused). The page names
    the client and
    the scopes, and asks for the user's e-mail and password. This page never redirects (RFC 9700
    §4.11.2: a redirect
    URI any workspace can register is no reason to send a browser there unasked). A missing or repeated
    parameter is
    stated on the page (400), and so is an unknown or confidential client or a redirect URI the client
    did not
    register (422). Any other problem (`response_type`, PKCE, `scope`, `state`) is stated on the page
    too (400), with
    a link back to the redirect URI carrying `error`, `error_description`, `state` and `iss` (RFC 6749
    §4.1.2.1,
    RFC 9207) that the user may follow. The page runs no
    JavaScript and is sent with a strict `Content-Security-Policy`, `X-Frame-Options: DENY`, `Cache-
    Control:
    no-store` and `Referrer-Policy: no-referrer`.

    Args:
        response_type (str):
        client_id (str):
        redirect_uri (str):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str):
        code_challenge_method (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        client=client,
response_type=response_type,
client_id=client_id,
redirect_uri=redirect_uri,
scope=scope,
state=state,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: str,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str,
    code_challenge_method: str,
    accept_language: str | Unset = UNSET,

) -> Response[Problem | str]:
    """ Show the sign-in and consent page (OAuth 2.0 authorization endpoint).

     Opened in the user's browser by a public client (a browser plugin, Swagger UI) with an authorization
    request:
    `response_type=code`, its `client_id` and one of its registered `redirect_uris`, the `scope` it
    wants, a `state`,
    and a PKCE `code_challenge` with `code_challenge_method=S256` (`plain` is refused). The page names
    the client and
    the scopes, and asks for the user's e-mail and password. This page never redirects (RFC 9700
    §4.11.2: a redirect
    URI any workspace can register is no reason to send a browser there unasked). A missing or repeated
    parameter is
    stated on the page (400), and so is an unknown or confidential client or a redirect URI the client
    did not
    register (422). Any other problem (`response_type`, PKCE, `scope`, `state`) is stated on the page
    too (400), with
    a link back to the redirect URI carrying `error`, `error_description`, `state` and `iss` (RFC 6749
    §4.1.2.1,
    RFC 9207) that the user may follow. The page runs no
    JavaScript and is sent with a strict `Content-Security-Policy`, `X-Frame-Options: DENY`, `Cache-
    Control:
    no-store` and `Referrer-Policy: no-referrer`.

    Args:
        response_type (str):
        client_id (str):
        redirect_uri (str):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str):
        code_challenge_method (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        response_type=response_type,
client_id=client_id,
redirect_uri=redirect_uri,
scope=scope,
state=state,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    response_type: str,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str,
    code_challenge_method: str,
    accept_language: str | Unset = UNSET,

) -> Problem | str | None:
    """ Show the sign-in and consent page (OAuth 2.0 authorization endpoint).

     Opened in the user's browser by a public client (a browser plugin, Swagger UI) with an authorization
    request:
    `response_type=code`, its `client_id` and one of its registered `redirect_uris`, the `scope` it
    wants, a `state`,
    and a PKCE `code_challenge` with `code_challenge_method=S256` (`plain` is refused). The page names
    the client and
    the scopes, and asks for the user's e-mail and password. This page never redirects (RFC 9700
    §4.11.2: a redirect
    URI any workspace can register is no reason to send a browser there unasked). A missing or repeated
    parameter is
    stated on the page (400), and so is an unknown or confidential client or a redirect URI the client
    did not
    register (422). Any other problem (`response_type`, PKCE, `scope`, `state`) is stated on the page
    too (400), with
    a link back to the redirect URI carrying `error`, `error_description`, `state` and `iss` (RFC 6749
    §4.1.2.1,
    RFC 9207) that the user may follow. The page runs no
    JavaScript and is sent with a strict `Content-Security-Policy`, `X-Frame-Options: DENY`, `Cache-
    Control:
    no-store` and `Referrer-Policy: no-referrer`.

    Args:
        response_type (str):
        client_id (str):
        redirect_uri (str):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str):
        code_challenge_method (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        client=client,
response_type=response_type,
client_id=client_id,
redirect_uri=redirect_uri,
scope=scope,
state=state,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
accept_language=accept_language,

    )).parsed
