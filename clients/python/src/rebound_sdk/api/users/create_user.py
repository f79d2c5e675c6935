from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_user_rebound_version import CreateUserReboundVersion
from ...models.create_user_request import CreateUserRequest
from ...models.created_user_response import CreatedUserResponse
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CreateUserRequest,
    rebound_version: CreateUserReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedUserResponse | Problem | None:
    if response.status_code == 201:
        response_201 = CreatedUserResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreatedUserResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
    rebound_version: CreateUserReboundVersion | Unset = UNSET,

) -> Response[CreatedUserResponse | Problem]:
    """ Invite a coach or candidate.

     Requires the `admin` scope (workspace owners).

    Args:
        rebound_version (CreateUserReboundVersion | Unset):
        body (CreateUserRequest): Creates a coach or candidate user in the caller's workspace.
            Example: {'email': 'sam.okafor@example.com', 'display_name': 'Sam Okafor', 'role':
            'candidate'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedUserResponse | Problem]
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
    body: CreateUserRequest,
    rebound_version: CreateUserReboundVersion | Unset = UNSET,

) -> CreatedUserResponse | Problem | None:
    """ Invite a coach or candidate.

     Requires the `admin` scope (workspace owners).

    Args:
        rebound_version (CreateUserReboundVersion | Unset):
        body (CreateUserRequest): Creates a coach or candidate user in the caller's workspace.
            Example: {'email': 'sam.okafor@example.com', 'display_name': 'Sam Okafor', 'role':
            'candidate'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedUserResponse | Problem
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
    rebound_version: CreateUserReboundVersion | Unset = UNSET,

) -> Response[CreatedUserResponse | Problem]:
    """ Invite a coach or candidate.

     Requires the `admin` scope (workspace owners).

    Args:
        rebound_version (CreateUserReboundVersion | Unset):
        body (CreateUserRequest): Creates a coach or candidate user in the caller's workspace.
            Example: {'email': 'sam.okafor@example.com', 'display_name': 'Sam Okafor', 'role':
            'candidate'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedUserResponse | Problem]
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
    body: CreateUserRequest,
    rebound_version: CreateUserReboundVersion | Unset = UNSET,

) -> CreatedUserResponse | Problem | None:
    """ Invite a coach or candidate.

     Requires the `admin` scope (workspace owners).

    Args:
        rebound_version (CreateUserReboundVersion | Unset):
        body (CreateUserRequest): Creates a coach or candidate user in the caller's workspace.
            Example: {'email': 'sam.okafor@example.com', 'display_name': 'Sam Okafor', 'role':
            'candidate'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedUserResponse | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
