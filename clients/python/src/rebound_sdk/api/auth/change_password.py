from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.change_password_rebound_version import ChangePasswordReboundVersion
from ...models.change_password_request import ChangePasswordRequest
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ChangePasswordRequest,
    rebound_version: ChangePasswordReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/me/password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangePasswordRequest,
    rebound_version: ChangePasswordReboundVersion | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Change your password.

     Users only (an integration client has no password: 403). Every sign-in of yours ends: refresh tokens
    stop at
    once and access tokens, the one used here included, within a few seconds on every replica. Sign in
    again with
    the new password. A wrong `current_password` counts towards the same lockout as failed sign-ins (429
    with
    `Retry-After` after several).

    Args:
        rebound_version (ChangePasswordReboundVersion | Unset):
        body (ChangePasswordRequest): Changes your own password. Example: {'current_password':
            'correct horse battery staple', 'new_password': 'a longer and newer passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: ChangePasswordRequest,
    rebound_version: ChangePasswordReboundVersion | Unset = UNSET,

) -> Any | Problem | None:
    """ Change your password.

     Users only (an integration client has no password: 403). Every sign-in of yours ends: refresh tokens
    stop at
    once and access tokens, the one used here included, within a few seconds on every replica. Sign in
    again with
    the new password. A wrong `current_password` counts towards the same lockout as failed sign-ins (429
    with
    `Retry-After` after several).

    Args:
        rebound_version (ChangePasswordReboundVersion | Unset):
        body (ChangePasswordRequest): Changes your own password. Example: {'current_password':
            'correct horse battery staple', 'new_password': 'a longer and newer passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangePasswordRequest,
    rebound_version: ChangePasswordReboundVersion | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Change your password.

     Users only (an integration client has no password: 403). Every sign-in of yours ends: refresh tokens
    stop at
    once and access tokens, the one used here included, within a few seconds on every replica. Sign in
    again with
    the new password. A wrong `current_password` counts towards the same lockout as failed sign-ins (429
    with
    `Retry-After` after several).

    Args:
        rebound_version (ChangePasswordReboundVersion | Unset):
        body (ChangePasswordRequest): Changes your own password. Example: {'current_password':
            'correct horse battery staple', 'new_password': 'a longer and newer passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangePasswordRequest,
    rebound_version: ChangePasswordReboundVersion | Unset = UNSET,

) -> Any | Problem | None:
    """ Change your password.

     Users only (an integration client has no password: 403). Every sign-in of yours ends: refresh tokens
    stop at
    once and access tokens, the one used here included, within a few seconds on every replica. Sign in
    again with
    the new password. A wrong `current_password` counts towards the same lockout as failed sign-ins (429
    with
    `Retry-After` after several).

    Args:
        rebound_version (ChangePasswordReboundVersion | Unset):
        body (ChangePasswordRequest): Changes your own password. Example: {'current_password':
            'correct horse battery staple', 'new_password': 'a longer and newer passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
