from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_response import CandidateResponse
from ...models.problem import Problem
from ...models.update_candidate_rebound_version import UpdateCandidateReboundVersion
from ...models.update_candidate_request import UpdateCandidateRequest
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    candidate_id: UUID,
    *,
    body: UpdateCandidateRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateCandidateReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/candidates/{candidate_id}".format(candidate_id=quote(str(candidate_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CandidateResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CandidateResponse.from_dict(response.json())



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
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCandidateRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateCandidateReboundVersion | Unset = UNSET,

) -> Response[CandidateResponse | Problem]:
    """ Update a candidate.

     Requires `interviews:write`. Send `If-Match` with the ETag you read to avoid overwriting someone
    else's change
    (412 when it is stale). Candidate users may edit their own record but not its links (`user_id`,
    `external_id`).

    Args:
        candidate_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateCandidateReboundVersion | Unset):
        body (UpdateCandidateRequest): Changes a candidate. Absent fields stay as they are; `null`
            clears a field. Example: {'notes': 'Now also open to FP&A roles.', 'email': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateResponse | Problem]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCandidateRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateCandidateReboundVersion | Unset = UNSET,

) -> CandidateResponse | Problem | None:
    """ Update a candidate.

     Requires `interviews:write`. Send `If-Match` with the ETag you read to avoid overwriting someone
    else's change
    (412 when it is stale). Candidate users may edit their own record but not its links (`user_id`,
    `external_id`).

    Args:
        candidate_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateCandidateReboundVersion | Unset):
        body (UpdateCandidateRequest): Changes a candidate. Absent fields stay as they are; `null`
            clears a field. Example: {'notes': 'Now also open to FP&A roles.', 'email': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateResponse | Problem
     """


    return sync_detailed(
        candidate_id=candidate_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCandidateRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateCandidateReboundVersion | Unset = UNSET,

) -> Response[CandidateResponse | Problem]:
    """ Update a candidate.

     Requires `interviews:write`. Send `If-Match` with the ETag you read to avoid overwriting someone
    else's change
    (412 when it is stale). Candidate users may edit their own record but not its links (`user_id`,
    `external_id`).

    Args:
        candidate_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateCandidateReboundVersion | Unset):
        body (UpdateCandidateRequest): Changes a candidate. Absent fields stay as they are; `null`
            clears a field. Example: {'notes': 'Now also open to FP&A roles.', 'email': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateResponse | Problem]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateCandidateRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateCandidateReboundVersion | Unset = UNSET,

) -> CandidateResponse | Problem | None:
    """ Update a candidate.

     Requires `interviews:write`. Send `If-Match` with the ETag you read to avoid overwriting someone
    else's change
    (412 when it is stale). Candidate users may edit their own record but not its links (`user_id`,
    `external_id`).

    Args:
        candidate_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateCandidateReboundVersion | Unset):
        body (UpdateCandidateRequest): Changes a candidate. Absent fields stay as they are; `null`
            clears a field. Example: {'notes': 'Now also open to FP&A roles.', 'email': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateResponse | Problem
     """


    return (await asyncio_detailed(
        candidate_id=candidate_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )).parsed
