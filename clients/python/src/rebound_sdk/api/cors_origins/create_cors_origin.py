from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.cors_origin_response import CorsOriginResponse
from ...models.create_cors_origin_rebound_version import CreateCorsOriginReboundVersion
from ...models.create_cors_origin_request import CreateCorsOriginRequest
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CreateCorsOriginRequest,
    rebound_version: CreateCorsOriginReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cors-origins",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CorsOriginResponse | Problem | None:
    if response.status_code == 201:
        response_201 = CorsOriginResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CorsOriginResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCorsOriginRequest,
    rebound_version: CreateCorsOriginReboundVersion | Unset = UNSET,

) -> Response[CorsOriginResponse | Problem]:
    """ Allow a browser origin.

     Requires `admin` (workspace owners). Pages on this origin may then call the API from a browser with
    this
    workspace's tokens: responses carry `Access-Control-Allow-Origin` for it, and preflights are
    answered. Takes
    effect at once on the replica that answers, and on the others within `REBOUND_CORS_REFRESH_SECS` (30
    s by
    default). At most 20 origins per workspace.

    Args:
        rebound_version (CreateCorsOriginReboundVersion | Unset):
        body (CreateCorsOriginRequest): Registers a browser origin. Example: {'origin':
            'https://plugin.example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorsOriginResponse | Problem]
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
    body: CreateCorsOriginRequest,
    rebound_version: CreateCorsOriginReboundVersion | Unset = UNSET,

) -> CorsOriginResponse | Problem | None:
    """ Allow a browser origin.

     Requires `admin` (workspace owners). Pages on this origin may then call the API from a browser with
    this
    workspace's tokens: responses carry `Access-Control-Allow-Origin` for it, and preflights are
    answered. Takes
    effect at once on the replica that answers, and on the others within `REBOUND_CORS_REFRESH_SECS` (30
    s by
    default). At most 20 origins per workspace.

    Args:
        rebound_version (CreateCorsOriginReboundVersion | Unset):
        body (CreateCorsOriginRequest): Registers a browser origin. Example: {'origin':
            'https://plugin.example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorsOriginResponse | Problem
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCorsOriginRequest,
    rebound_version: CreateCorsOriginReboundVersion | Unset = UNSET,

) -> Response[CorsOriginResponse | Problem]:
    """ Allow a browser origin.

     Requires `admin` (workspace owners). Pages on this origin may then call the API from a browser with
    this
    workspace's tokens: responses carry `Access-Control-Allow-Origin` for it, and preflights are
    answered. Takes
    effect at once on the replica that answers, and on the others within `REBOUND_CORS_REFRESH_SECS` (30
    s by
    default). At most 20 origins per workspace.

    Args:
        rebound_version (CreateCorsOriginReboundVersion | Unset):
        body (CreateCorsOriginRequest): Registers a browser origin. Example: {'origin':
            'https://plugin.example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorsOriginResponse | Problem]
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
    body: CreateCorsOriginRequest,
    rebound_version: CreateCorsOriginReboundVersion | Unset = UNSET,

) -> CorsOriginResponse | Problem | None:
    """ Allow a browser origin.

     Requires `admin` (workspace owners). Pages on this origin may then call the API from a browser with
    this
    workspace's tokens: responses carry `Access-Control-Allow-Origin` for it, and preflights are
    answered. Takes
    effect at once on the replica that answers, and on the others within `REBOUND_CORS_REFRESH_SECS` (30
    s by
    default). At most 20 origins per workspace.

    Args:
        rebound_version (CreateCorsOriginReboundVersion | Unset):
        body (CreateCorsOriginRequest): Registers a browser origin. Example: {'origin':
            'https://plugin.example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorsOriginResponse | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
