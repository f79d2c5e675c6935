from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.update_workspace_rebound_version import UpdateWorkspaceReboundVersion
from ...models.update_workspace_request import UpdateWorkspaceRequest
from ...models.workspace_response import WorkspaceResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: UpdateWorkspaceRequest,
    rebound_version: UpdateWorkspaceReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/me/workspace",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WorkspaceResponse | None:
    if response.status_code == 200:
        response_200 = WorkspaceResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WorkspaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateWorkspaceRequest,
    rebound_version: UpdateWorkspaceReboundVersion | Unset = UNSET,

) -> Response[Problem | WorkspaceResponse]:
    """ Change your workspace's settings.

     Requires `admin`. Today the one setting is `locale`, the default language of new candidates (and so
    of their
    recovery plans). The workspace is the one `GET /v1/me` shows, so it is changed here, beside it: a
    token only
    ever reaches its own workspace. Answers the workspace as `GET /v1/me` shows it.

    Args:
        rebound_version (UpdateWorkspaceReboundVersion | Unset):
        body (UpdateWorkspaceRequest): Changes the caller's workspace. Absent fields stay as they
            are. Example: {'locale': 'fr-CA'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkspaceResponse]
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
    body: UpdateWorkspaceRequest,
    rebound_version: UpdateWorkspaceReboundVersion | Unset = UNSET,

) -> Problem | WorkspaceResponse | None:
    """ Change your workspace's settings.

     Requires `admin`. Today the one setting is `locale`, the default language of new candidates (and so
    of their
    recovery plans). The workspace is the one `GET /v1/me` shows, so it is changed here, beside it: a
    token only
    ever reaches its own workspace. Answers the workspace as `GET /v1/me` shows it.

    Args:
        rebound_version (UpdateWorkspaceReboundVersion | Unset):
        body (UpdateWorkspaceRequest): Changes the caller's workspace. Absent fields stay as they
            are. Example: {'locale': 'fr-CA'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkspaceResponse
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateWorkspaceRequest,
    rebound_version: UpdateWorkspaceReboundVersion | Unset = UNSET,

) -> Response[Problem | WorkspaceResponse]:
    """ Change your workspace's settings.

     Requires `admin`. Today the one setting is `locale`, the default language of new candidates (and so
    of their
    recovery plans). The workspace is the one `GET /v1/me` shows, so it is changed here, beside it: a
    token only
    ever reaches its own workspace. Answers the workspace as `GET /v1/me` shows it.

    Args:
        rebound_version (UpdateWorkspaceReboundVersion | Unset):
        body (UpdateWorkspaceRequest): Changes the caller's workspace. Absent fields stay as they
            are. Example: {'locale': 'fr-CA'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkspaceResponse]
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
    body: UpdateWorkspaceRequest,
    rebound_version: UpdateWorkspaceReboundVersion | Unset = UNSET,

) -> Problem | WorkspaceResponse | None:
    """ Change your workspace's settings.

     Requires `admin`. Today the one setting is `locale`, the default language of new candidates (and so
    of their
    recovery plans). The workspace is the one `GET /v1/me` shows, so it is changed here, beside it: a
    token only
    ever reaches its own workspace. Answers the workspace as `GET /v1/me` shows it.

    Args:
        rebound_version (UpdateWorkspaceReboundVersion | Unset):
        body (UpdateWorkspaceRequest): Changes the caller's workspace. Absent fields stay as they
            are. Example: {'locale': 'fr-CA'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkspaceResponse
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
