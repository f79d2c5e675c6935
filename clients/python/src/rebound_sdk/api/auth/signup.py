from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.signup_rebound_version import SignupReboundVersion
from ...models.signup_request import SignupRequest
from ...models.signup_response import SignupResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: SignupRequest,
    rebound_version: SignupReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/signup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SignupResponse | None:
    if response.status_code == 201:
        response_201 = SignupResponse.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SignupResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignupRequest,
    rebound_version: SignupReboundVersion | Unset = UNSET,

) -> Response[Problem | SignupResponse]:
    """ Create a workspace with its owner account.

     No authentication needed. Afterwards, get a token from `POST /v1/auth/token` with the `password`
    grant.

    Args:
        rebound_version (SignupReboundVersion | Unset):
        body (SignupRequest): Creates a workspace and its owner. Example: {'workspace_name':
            'Northside Career Coaching', 'email': 'maya.chen@example.com', 'password': 'correct horse
            battery staple', 'display_name': 'Maya Chen'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignupResponse]
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
    body: SignupRequest,
    rebound_version: SignupReboundVersion | Unset = UNSET,

) -> Problem | SignupResponse | None:
    """ Create a workspace with its owner account.

     No authentication needed. Afterwards, get a token from `POST /v1/auth/token` with the `password`
    grant.

    Args:
        rebound_version (SignupReboundVersion | Unset):
        body (SignupRequest): Creates a workspace and its owner. Example: {'workspace_name':
            'Northside Career Coaching', 'email': 'maya.chen@example.com', 'password': 'correct horse
            battery staple', 'display_name': 'Maya Chen'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignupResponse
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignupRequest,
    rebound_version: SignupReboundVersion | Unset = UNSET,

) -> Response[Problem | SignupResponse]:
    """ Create a workspace with its owner account.

     No authentication needed. Afterwards, get a token from `POST /v1/auth/token` with the `password`
    grant.

    Args:
        rebound_version (SignupReboundVersion | Unset):
        body (SignupRequest): Creates a workspace and its owner. Example: {'workspace_name':
            'Northside Career Coaching', 'email': 'maya.chen@example.com', 'password': 'correct horse
            battery staple', 'display_name': 'Maya Chen'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignupResponse]
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
    body: SignupRequest,
    rebound_version: SignupReboundVersion | Unset = UNSET,

) -> Problem | SignupResponse | None:
    """ Create a workspace with its owner account.

     No authentication needed. Afterwards, get a token from `POST /v1/auth/token` with the `password`
    grant.

    Args:
        rebound_version (SignupReboundVersion | Unset):
        body (SignupRequest): Creates a workspace and its owner. Example: {'workspace_name':
            'Northside Career Coaching', 'email': 'maya.chen@example.com', 'password': 'correct horse
            battery staple', 'display_name': 'Maya Chen'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignupResponse
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
