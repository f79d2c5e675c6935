from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.api_client_response import ApiClientResponse
from ...models.problem import Problem
from ...models.revoke_api_client_rebound_version import RevokeApiClientReboundVersion
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    api_client_id: UUID,
    *,
    rebound_version: RevokeApiClientReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api-clients/{api_client_id}".format(api_client_id=quote(str(api_client_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiClientResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ApiClientResponse.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiClientResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeApiClientReboundVersion | Unset = UNSET,

) -> Response[ApiClientResponse | Problem]:
    """ Revoke an integration client.

     Requires the `admin` scope. The client can no longer obtain tokens, and its access tokens stop
    working within a
    few seconds on every replica. The answer is the client with `revoked_at` set, the last time the API
    shows it:
    afterwards it is gone from the list, and reading, rotating or revoking it again is a 404 (the record
    is kept
    for audit, and its tokens stay refused).

    Args:
        api_client_id (UUID):
        rebound_version (RevokeApiClientReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClientResponse | Problem]
     """


    kwargs = _get_kwargs(
        api_client_id=api_client_id,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeApiClientReboundVersion | Unset = UNSET,

) -> ApiClientResponse | Problem | None:
    """ Revoke an integration client.

     Requires the `admin` scope. The client can no longer obtain tokens, and its access tokens stop
    working within a
    few seconds on every replica. The answer is the client with `revoked_at` set, the last time the API
    shows it:
    afterwards it is gone from the list, and reading, rotating or revoking it again is a 404 (the record
    is kept
    for audit, and its tokens stay refused).

    Args:
        api_client_id (UUID):
        rebound_version (RevokeApiClientReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClientResponse | Problem
     """


    return sync_detailed(
        api_client_id=api_client_id,
client=client,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeApiClientReboundVersion | Unset = UNSET,

) -> Response[ApiClientResponse | Problem]:
    """ Revoke an integration client.

     Requires the `admin` scope. The client can no longer obtain tokens, and its access tokens stop
    working within a
    few seconds on every replica. The answer is the client with `revoked_at` set, the last time the API
    shows it:
    afterwards it is gone from the list, and reading, rotating or revoking it again is a 404 (the record
    is kept
    for audit, and its tokens stay refused).

    Args:
        api_client_id (UUID):
        rebound_version (RevokeApiClientReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClientResponse | Problem]
     """


    kwargs = _get_kwargs(
        api_client_id=api_client_id,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeApiClientReboundVersion | Unset = UNSET,

) -> ApiClientResponse | Problem | None:
    """ Revoke an integration client.

     Requires the `admin` scope. The client can no longer obtain tokens, and its access tokens stop
    working within a
    few seconds on every replica. The answer is the client with `revoked_at` set, the last time the API
    shows it:
    afterwards it is gone from the list, and reading, rotating or revoking it again is a 404 (the record
    is kept
    for audit, and its tokens stay refused).

    Args:
        api_client_id (UUID):
        rebound_version (RevokeApiClientReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClientResponse | Problem
     """


    return (await asyncio_detailed(
        api_client_id=api_client_id,
client=client,
rebound_version=rebound_version,

    )).parsed
