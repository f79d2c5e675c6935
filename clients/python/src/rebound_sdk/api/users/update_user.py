from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.update_user_rebound_version import UpdateUserReboundVersion
from ...models.update_user_request import UpdateUserRequest
from ...models.user_response import UserResponse
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    user_id: UUID,
    *,
    body: UpdateUserRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateUserReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/users/{user_id}".format(user_id=quote(str(user_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UserResponse | None:
    if response.status_code == 200:
        response_200 = UserResponse.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateUserReboundVersion | Unset = UNSET,

) -> Response[Problem | UserResponse]:
    """ Change a user's role or display name.

     Requires the `admin` scope. Send `If-Match` with the ETag you read (412 when it is stale). A role
    change takes
    effect within a few seconds on every replica: the user's access tokens issued before it are refused
    (401), and
    their next refresh gives a token with the new role's scopes. The owner's role cannot change (409).

    Args:
        user_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateUserReboundVersion | Unset):
        body (UpdateUserRequest): Changes a user's display name or role; fields left out stay as
            they are. Example: {'role': 'coach'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserResponse]
     """


    kwargs = _get_kwargs(
        user_id=user_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateUserReboundVersion | Unset = UNSET,

) -> Problem | UserResponse | None:
    """ Change a user's role or display name.

     Requires the `admin` scope. Send `If-Match` with the ETag you read (412 when it is stale). A role
    change takes
    effect within a few seconds on every replica: the user's access tokens issued before it are refused
    (401), and
    their next refresh gives a token with the new role's scopes. The owner's role cannot change (409).

    Args:
        user_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateUserReboundVersion | Unset):
        body (UpdateUserRequest): Changes a user's display name or role; fields left out stay as
            they are. Example: {'role': 'coach'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserResponse
     """


    return sync_detailed(
        user_id=user_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateUserReboundVersion | Unset = UNSET,

) -> Response[Problem | UserResponse]:
    """ Change a user's role or display name.

     Requires the `admin` scope. Send `If-Match` with the ETag you read (412 when it is stale). A role
    change takes
    effect within a few seconds on every replica: the user's access tokens issued before it are refused
    (401), and
    their next refresh gives a token with the new role's scopes. The owner's role cannot change (409).

    Args:
        user_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateUserReboundVersion | Unset):
        body (UpdateUserRequest): Changes a user's display name or role; fields left out stay as
            they are. Example: {'role': 'coach'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserResponse]
     """


    kwargs = _get_kwargs(
        user_id=user_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateUserReboundVersion | Unset = UNSET,

) -> Problem | UserResponse | None:
    """ Change a user's role or display name.

     Requires the `admin` scope. Send `If-Match` with the ETag you read (412 when it is stale). A role
    change takes
    effect within a few seconds on every replica: the user's access tokens issued before it are refused
    (401), and
    their next refresh gives a token with the new role's scopes. The owner's role cannot change (409).

    Args:
        user_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateUserReboundVersion | Unset):
        body (UpdateUserRequest): Changes a user's display name or role; fields left out stay as
            they are. Example: {'role': 'coach'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserResponse
     """


    return (await asyncio_detailed(
        user_id=user_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )).parsed
