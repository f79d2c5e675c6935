from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_api_client_rebound_version import CreateApiClientReboundVersion
from ...models.create_api_client_request import CreateApiClientRequest
from ...models.created_api_client_response import CreatedApiClientResponse
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CreateApiClientRequest,
    rebound_version: CreateApiClientReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api-clients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedApiClientResponse | Problem | None:
    if response.status_code == 201:
        response_201 = CreatedApiClientResponse.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreatedApiClientResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiClientRequest,
    rebound_version: CreateApiClientReboundVersion | Unset = UNSET,

) -> Response[CreatedApiClientResponse | Problem]:
    """ Register an integration client.

     Requires the `admin` scope. A confidential client (the default) gets a secret, shown in this
    response only. A
    public client (`"type": "public"`, for a browser plugin) gets none: it lists `redirect_uris`, and
    its users sign
    in through `/oauth/authorize` (authorization code with PKCE).

    Args:
        rebound_version (CreateApiClientReboundVersion | Unset):
        body (CreateApiClientRequest): Registers an integration client. Example: {'name': 'Acme
            Job Board', 'scopes': ['interviews:read', 'interviews:write', 'plans:write']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedApiClientResponse | Problem]
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
    body: CreateApiClientRequest,
    rebound_version: CreateApiClientReboundVersion | Unset = UNSET,

) -> CreatedApiClientResponse | Problem | None:
    """ Register an integration client.

     Requires the `admin` scope. A confidential client (the default) gets a secret, shown in this
    response only. A
    public client (`"type": "public"`, for a browser plugin) gets none: it lists `redirect_uris`, and
    its users sign
    in through `/oauth/authorize` (authorization code with PKCE).

    Args:
        rebound_version (CreateApiClientReboundVersion | Unset):
        body (CreateApiClientRequest): Registers an integration client. Example: {'name': 'Acme
            Job Board', 'scopes': ['interviews:read', 'interviews:write', 'plans:write']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedApiClientResponse | Problem
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiClientRequest,
    rebound_version: CreateApiClientReboundVersion | Unset = UNSET,

) -> Response[CreatedApiClientResponse | Problem]:
    """ Register an integration client.

     Requires the `admin` scope. A confidential client (the default) gets a secret, shown in this
    response only. A
    public client (`"type": "public"`, for a browser plugin) gets none: it lists `redirect_uris`, and
    its users sign
    in through `/oauth/authorize` (authorization code with PKCE).

    Args:
        rebound_version (CreateApiClientReboundVersion | Unset):
        body (CreateApiClientRequest): Registers an integration client. Example: {'name': 'Acme
            Job Board', 'scopes': ['interviews:read', 'interviews:write', 'plans:write']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedApiClientResponse | Problem]
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
    body: CreateApiClientRequest,
    rebound_version: CreateApiClientReboundVersion | Unset = UNSET,

) -> CreatedApiClientResponse | Problem | None:
    """ Register an integration client.

     Requires the `admin` scope. A confidential client (the default) gets a secret, shown in this
    response only. A
    public client (`"type": "public"`, for a browser plugin) gets none: it lists `redirect_uris`, and
    its users sign
    in through `/oauth/authorize` (authorization code with PKCE).

    Args:
        rebound_version (CreateApiClientReboundVersion | Unset):
        body (CreateApiClientRequest): Registers an integration client. Example: {'name': 'Acme
            Job Board', 'scopes': ['interviews:read', 'interviews:write', 'plans:write']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedApiClientResponse | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
