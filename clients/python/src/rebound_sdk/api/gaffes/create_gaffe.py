from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_gaffe_rebound_version import CreateGaffeReboundVersion
from ...models.create_gaffe_request import CreateGaffeRequest
from ...models.gaffe_response import GaffeResponse
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    *,
    body: CreateGaffeRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateGaffeReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interviews/{interview_id}/gaffes".format(interview_id=quote(str(interview_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GaffeResponse | Problem | None:
    if response.status_code == 201:
        response_201 = GaffeResponse.from_dict(response.json())



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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GaffeResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateGaffeRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateGaffeReboundVersion | Unset = UNSET,

) -> Response[GaffeResponse | Problem]:
    """ Log a gaffe.

     Requires `interviews:write`. Changes the interview's version (its ETag) too. An interview can have
    at most 50
    gaffes (409 `too_many_gaffes` beyond that). Send an `Idempotency-Key` header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateGaffeReboundVersion | Unset):
        body (CreateGaffeRequest): Logs a gaffe. Example: {'kind': 'salary_blank', 'description':
            'Froze when asked for a number and said I had not thought about it.', 'noticed':
            'certain', 'moment': 'closing', 'question_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GaffeResponse | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateGaffeRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateGaffeReboundVersion | Unset = UNSET,

) -> GaffeResponse | Problem | None:
    """ Log a gaffe.

     Requires `interviews:write`. Changes the interview's version (its ETag) too. An interview can have
    at most 50
    gaffes (409 `too_many_gaffes` beyond that). Send an `Idempotency-Key` header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateGaffeReboundVersion | Unset):
        body (CreateGaffeRequest): Logs a gaffe. Example: {'kind': 'salary_blank', 'description':
            'Froze when asked for a number and said I had not thought about it.', 'noticed':
            'certain', 'moment': 'closing', 'question_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GaffeResponse | Problem
     """


    return sync_detailed(
        interview_id=interview_id,
client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateGaffeRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateGaffeReboundVersion | Unset = UNSET,

) -> Response[GaffeResponse | Problem]:
    """ Log a gaffe.

     Requires `interviews:write`. Changes the interview's version (its ETag) too. An interview can have
    at most 50
    gaffes (409 `too_many_gaffes` beyond that). Send an `Idempotency-Key` header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateGaffeReboundVersion | Unset):
        body (CreateGaffeRequest): Logs a gaffe. Example: {'kind': 'salary_blank', 'description':
            'Froze when asked for a number and said I had not thought about it.', 'noticed':
            'certain', 'moment': 'closing', 'question_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GaffeResponse | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateGaffeRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateGaffeReboundVersion | Unset = UNSET,

) -> GaffeResponse | Problem | None:
    """ Log a gaffe.

     Requires `interviews:write`. Changes the interview's version (its ETag) too. An interview can have
    at most 50
    gaffes (409 `too_many_gaffes` beyond that). Send an `Idempotency-Key` header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateGaffeReboundVersion | Unset):
        body (CreateGaffeRequest): Logs a gaffe. Example: {'kind': 'salary_blank', 'description':
            'Froze when asked for a number and said I had not thought about it.', 'noticed':
            'certain', 'moment': 'closing', 'question_index': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GaffeResponse | Problem
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )).parsed
