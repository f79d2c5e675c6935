from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_response import CandidateResponse
from ...models.create_candidate_rebound_version import CreateCandidateReboundVersion
from ...models.create_candidate_request import CreateCandidateRequest
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CreateCandidateRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateCandidateReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/candidates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CandidateResponse | Problem | None:
    if response.status_code == 201:
        response_201 = CandidateResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CandidateResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCandidateRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateCandidateReboundVersion | Unset = UNSET,

) -> Response[CandidateResponse | Problem]:
    """ Create a candidate.

     Requires `interviews:write`; candidate users cannot create records. Send an `Idempotency-Key` header
    to make
    retries safe: a repeated request returns the first response (with `Idempotent-Replayed: true`).

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateCandidateReboundVersion | Unset):
        body (CreateCandidateRequest): Creates a candidate. Example: {'display_name': 'Jordan
            Reyes', 'email': 'jordan.reyes@example.com', 'external_id': 'acme-user-48213',
            'time_zone': 'America/New_York', 'locale': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateResponse | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: CreateCandidateRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateCandidateReboundVersion | Unset = UNSET,

) -> CandidateResponse | Problem | None:
    """ Create a candidate.

     Requires `interviews:write`; candidate users cannot create records. Send an `Idempotency-Key` header
    to make
    retries safe: a repeated request returns the first response (with `Idempotent-Replayed: true`).

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateCandidateReboundVersion | Unset):
        body (CreateCandidateRequest): Creates a candidate. Example: {'display_name': 'Jordan
            Reyes', 'email': 'jordan.reyes@example.com', 'external_id': 'acme-user-48213',
            'time_zone': 'America/New_York', 'locale': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateResponse | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCandidateRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateCandidateReboundVersion | Unset = UNSET,

) -> Response[CandidateResponse | Problem]:
    """ Create a candidate.

     Requires `interviews:write`; candidate users cannot create records. Send an `Idempotency-Key` header
    to make
    retries safe: a repeated request returns the first response (with `Idempotent-Replayed: true`).

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateCandidateReboundVersion | Unset):
        body (CreateCandidateRequest): Creates a candidate. Example: {'display_name': 'Jordan
            Reyes', 'email': 'jordan.reyes@example.com', 'external_id': 'acme-user-48213',
            'time_zone': 'America/New_York', 'locale': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateResponse | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCandidateRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateCandidateReboundVersion | Unset = UNSET,

) -> CandidateResponse | Problem | None:
    """ Create a candidate.

     Requires `interviews:write`; candidate users cannot create records. Send an `Idempotency-Key` header
    to make
    retries safe: a repeated request returns the first response (with `Idempotent-Replayed: true`).

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateCandidateReboundVersion | Unset):
        body (CreateCandidateRequest): Creates a candidate. Example: {'display_name': 'Jordan
            Reyes', 'email': 'jordan.reyes@example.com', 'external_id': 'acme-user-48213',
            'time_zone': 'America/New_York', 'locale': 'en'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateResponse | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )).parsed
