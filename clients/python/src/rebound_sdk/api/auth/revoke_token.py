from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.revoke_request import RevokeRequest
from ...models.revoke_token_rebound_version import RevokeTokenReboundVersion
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: RevokeRequest,
    rebound_version: RevokeTokenReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/revoke",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

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
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    rebound_version: RevokeTokenReboundVersion | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Revoke a token: sign out (RFC 7009).

     No authentication needed: whoever holds a token may revoke it. A refresh token, or an access token
    from a
    user's sign-in, ends that whole sign-in: its refresh tokens at once, its access tokens within a few
    seconds on
    every replica; the user's other sign-ins carry on. An integration client's access token is revoked
    alone. The
    answer is 200 with an empty body whether or not the token was valid, known or already revoked (RFC
    7009 §2.2),
    so the endpoint says nothing about tokens.

    Args:
        rebound_version (RevokeTokenReboundVersion | Unset):
        body (RevokeRequest): An OAuth 2.0 token revocation request (RFC 7009), form-encoded.
            Example: {'token': 'rbr_9vJcP4x0k1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVb', 'token_type_hint':
            'refresh_token'}.

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
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    rebound_version: RevokeTokenReboundVersion | Unset = UNSET,

) -> Any | Problem | None:
    """ Revoke a token: sign out (RFC 7009).

     No authentication needed: whoever holds a token may revoke it. A refresh token, or an access token
    from a
    user's sign-in, ends that whole sign-in: its refresh tokens at once, its access tokens within a few
    seconds on
    every replica; the user's other sign-ins carry on. An integration client's access token is revoked
    alone. The
    answer is 200 with an empty body whether or not the token was valid, known or already revoked (RFC
    7009 §2.2),
    so the endpoint says nothing about tokens.

    Args:
        rebound_version (RevokeTokenReboundVersion | Unset):
        body (RevokeRequest): An OAuth 2.0 token revocation request (RFC 7009), form-encoded.
            Example: {'token': 'rbr_9vJcP4x0k1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVb', 'token_type_hint':
            'refresh_token'}.

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
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    rebound_version: RevokeTokenReboundVersion | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Revoke a token: sign out (RFC 7009).

     No authentication needed: whoever holds a token may revoke it. A refresh token, or an access token
    from a
    user's sign-in, ends that whole sign-in: its refresh tokens at once, its access tokens within a few
    seconds on
    every replica; the user's other sign-ins carry on. An integration client's access token is revoked
    alone. The
    answer is 200 with an empty body whether or not the token was valid, known or already revoked (RFC
    7009 §2.2),
    so the endpoint says nothing about tokens.

    Args:
        rebound_version (RevokeTokenReboundVersion | Unset):
        body (RevokeRequest): An OAuth 2.0 token revocation request (RFC 7009), form-encoded.
            Example: {'token': 'rbr_9vJcP4x0k1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVb', 'token_type_hint':
            'refresh_token'}.

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
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    rebound_version: RevokeTokenReboundVersion | Unset = UNSET,

) -> Any | Problem | None:
    """ Revoke a token: sign out (RFC 7009).

     No authentication needed: whoever holds a token may revoke it. A refresh token, or an access token
    from a
    user's sign-in, ends that whole sign-in: its refresh tokens at once, its access tokens within a few
    seconds on
    every replica; the user's other sign-ins carry on. An integration client's access token is revoked
    alone. The
    answer is 200 with an empty body whether or not the token was valid, known or already revoked (RFC
    7009 §2.2),
    so the endpoint says nothing about tokens.

    Args:
        rebound_version (RevokeTokenReboundVersion | Unset):
        body (RevokeRequest): An OAuth 2.0 token revocation request (RFC 7009), form-encoded.
            Example: {'token': 'rbr_9vJcP4x0k1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVb', 'token_type_hint':
            'refresh_token'}.

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
