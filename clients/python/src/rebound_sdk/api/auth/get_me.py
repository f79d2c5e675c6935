from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_me_rebound_version import GetMeReboundVersion
from ...models.me_response import MeResponse
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    rebound_version: GetMeReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/me",
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MeResponse | Problem | None:
    if response.status_code == 200:
        response_200 = MeResponse.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MeResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    rebound_version: GetMeReboundVersion | Unset = UNSET,

) -> Response[MeResponse | Problem]:
    """ Describe the caller.

     Works with any valid token; useful to check a token and learn its workspace, role and scopes.

    Args:
        rebound_version (GetMeReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeResponse | Problem]
     """


    kwargs = _get_kwargs(
        rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    rebound_version: GetMeReboundVersion | Unset = UNSET,

) -> MeResponse | Problem | None:
    """ Describe the caller.

     Works with any valid token; useful to check a token and learn its workspace, role and scopes.

    Args:
        rebound_version (GetMeReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeResponse | Problem
     """


    return sync_detailed(
        client=client,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    rebound_version: GetMeReboundVersion | Unset = UNSET,

) -> Response[MeResponse | Problem]:
    """ Describe the caller.

     Works with any valid token; useful to check a token and learn its workspace, role and scopes.

    Args:
        rebound_version (GetMeReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeResponse | Problem]
     """


    kwargs = _get_kwargs(
        rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    rebound_version: GetMeReboundVersion | Unset = UNSET,

) -> MeResponse | Problem | None:
    """ Describe the caller.

     Works with any valid token; useful to check a token and learn its workspace, role and scopes.

    Args:
        rebound_version (GetMeReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeResponse | Problem
     """


    return (await asyncio_detailed(
        client=client,
rebound_version=rebound_version,

    )).parsed
