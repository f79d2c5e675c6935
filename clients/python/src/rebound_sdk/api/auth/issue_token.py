from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.issue_token_rebound_version import IssueTokenReboundVersion
from ...models.problem import Problem
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: TokenRequest,
    rebound_version: IssueTokenReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    rebound_version: IssueTokenReboundVersion | Unset = UNSET,

) -> Response[Problem | TokenResponse]:
    """ Issue an access token (OAuth 2.0).

     Grants: `authorization_code` (a public client, such as a browser plugin, exchanges the code its user
    got from the
    sign-in page at `/oauth/authorize`, with `redirect_uri`, `client_id` and the PKCE `code_verifier`;
    each code works
    once, within 60 seconds, and presenting it again revokes the tokens it was exchanged for),
    `password` (users:
    `username` is the e-mail), `client_credentials` (confidential integration clients; credentials in
    the body or as
    HTTP Basic), and `refresh_token` (rotation: each refresh token works once; presenting a used one
    again revokes
    the whole sign-in, its refresh tokens at once and its access tokens within seconds; a sign-in made
    through a
    public client needs that client's `client_id` and ends when the client is revoked; a sign-in lasts
    at most the
    refresh-token lifetime, however often it is refreshed). The body is
    `application/x-www-form-urlencoded`, as RFC 6749 and Swagger UI's Authorize dialog send it (the same
    fields as a
    JSON object are accepted too, for older integrations). Repeated failed sign-ins for one account are
    refused with 429 and
    `Retry-After` for a while.

    Args:
        rebound_version (IssueTokenReboundVersion | Unset):
        body (TokenRequest): An OAuth 2.0 token request (RFC 6749), form-encoded. Example:
            {'grant_type': 'password', 'username': 'maya.chen@example.com', 'password': 'correct horse
            battery staple'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
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
    body: TokenRequest,
    rebound_version: IssueTokenReboundVersion | Unset = UNSET,

) -> Problem | TokenResponse | None:
    """ Issue an access token (OAuth 2.0).

     Grants: `authorization_code` (a public client, such as a browser plugin, exchanges the code its user
    got from the
    sign-in page at `/oauth/authorize`, with `redirect_uri`, `client_id` and the PKCE `code_verifier`;
    each code works
    once, within 60 seconds, and presenting it again revokes the tokens it was exchanged for),
    `password` (users:
    `username` is the e-mail), `client_credentials` (confidential integration clients; credentials in
    the body or as
    HTTP Basic), and `refresh_token` (rotation: each refresh token works once; presenting a used one
    again revokes
    the whole sign-in, its refresh tokens at once and its access tokens within seconds; a sign-in made
    through a
    public client needs that client's `client_id` and ends when the client is revoked; a sign-in lasts
    at most the
    refresh-token lifetime, however often it is refreshed). The body is
    `application/x-www-form-urlencoded`, as RFC 6749 and Swagger UI's Authorize dialog send it (the same
    fields as a
    JSON object are accepted too, for older integrations). Repeated failed sign-ins for one account are
    refused with 429 and
    `Retry-After` for a while.

    Args:
        rebound_version (IssueTokenReboundVersion | Unset):
        body (TokenRequest): An OAuth 2.0 token request (RFC 6749), form-encoded. Example:
            {'grant_type': 'password', 'username': 'maya.chen@example.com', 'password': 'correct horse
            battery staple'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    rebound_version: IssueTokenReboundVersion | Unset = UNSET,

) -> Response[Problem | TokenResponse]:
    """ Issue an access token (OAuth 2.0).

     Grants: `authorization_code` (a public client, such as a browser plugin, exchanges the code its user
    got from the
    sign-in page at `/oauth/authorize`, with `redirect_uri`, `client_id` and the PKCE `code_verifier`;
    each code works
    once, within 60 seconds, and presenting it again revokes the tokens it was exchanged for),
    `password` (users:
    `username` is the e-mail), `client_credentials` (confidential integration clients; credentials in
    the body or as
    HTTP Basic), and `refresh_token` (rotation: each refresh token works once; presenting a used one
    again revokes
    the whole sign-in, its refresh tokens at once and its access tokens within seconds; a sign-in made
    through a
    public client needs that client's `client_id` and ends when the client is revoked; a sign-in lasts
    at most the
    refresh-token lifetime, however often it is refreshed). The body is
    `application/x-www-form-urlencoded`, as RFC 6749 and Swagger UI's Authorize dialog send it (the same
    fields as a
    JSON object are accepted too, for older integrations). Repeated failed sign-ins for one account are
    refused with 429 and
    `Retry-After` for a while.

    Args:
        rebound_version (IssueTokenReboundVersion | Unset):
        body (TokenRequest): An OAuth 2.0 token request (RFC 6749), form-encoded. Example:
            {'grant_type': 'password', 'username': 'maya.chen@example.com', 'password': 'correct horse
            battery staple'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
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
    body: TokenRequest,
    rebound_version: IssueTokenReboundVersion | Unset = UNSET,

) -> Problem | TokenResponse | None:
    """ Issue an access token (OAuth 2.0).

     Grants: `authorization_code` (a public client, such as a browser plugin, exchanges the code its user
    got from the
    sign-in page at `/oauth/authorize`, with `redirect_uri`, `client_id` and the PKCE `code_verifier`;
    each code works
    once, within 60 seconds, and presenting it again revokes the tokens it was exchanged for),
    `password` (users:
    `username` is the e-mail), `client_credentials` (confidential integration clients; credentials in
    the body or as
    HTTP Basic), and `refresh_token` (rotation: each refresh token works once; presenting a used one
    again revokes
    the whole sign-in, its refresh tokens at once and its access tokens within seconds; a sign-in made
    through a
    public client needs that client's `client_id` and ends when the client is revoked; a sign-in lasts
    at most the
    refresh-token lifetime, however often it is refreshed). The body is
    `application/x-www-form-urlencoded`, as RFC 6749 and Swagger UI's Authorize dialog send it (the same
    fields as a
    JSON object are accepted too, for older integrations). Repeated failed sign-ins for one account are
    refused with 429 and
    `Retry-After` for a while.

    Args:
        rebound_version (IssueTokenReboundVersion | Unset):
        body (TokenRequest): An OAuth 2.0 token request (RFC 6749), form-encoded. Example:
            {'grant_type': 'password', 'username': 'maya.chen@example.com', 'password': 'correct horse
            battery staple'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
