from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_interview_rebound_version import CreateInterviewReboundVersion
from ...models.create_interview_request import CreateInterviewRequest
from ...models.interview_response import InterviewResponse
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CreateInterviewRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateInterviewReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interviews",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InterviewResponse | Problem | None:
    if response.status_code == 201:
        response_201 = InterviewResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InterviewResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInterviewRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateInterviewReboundVersion | Unset = UNSET,

) -> Response[InterviewResponse | Problem]:
    """ Log an interview.

     Requires `interviews:write`. Candidate users can log interviews only for their own record. Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateInterviewReboundVersion | Unset):
        body (CreateInterviewRequest): Logs an interview. Example: {'candidate_id':
            '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'company': 'Harbor & Finch Capital', 'role_title':
            'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite', 'occurred_at':
            '2026-11-24T09:00:00-05:00', 'duration_minutes': 60, 'interviewers': [{'name': 'Armin
            Vogel', 'title': 'Finance Director'}], 'questions': [{'question': 'What are your salary
            expectations?', 'quality': 'blanked'}], 'strengths': ['Walked through the variance
            analysis case cleanly'], 'self_rating': 2, 'employer_interest': 'strong'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterviewResponse | Problem]
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
    body: CreateInterviewRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateInterviewReboundVersion | Unset = UNSET,

) -> InterviewResponse | Problem | None:
    """ Log an interview.

     Requires `interviews:write`. Candidate users can log interviews only for their own record. Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateInterviewReboundVersion | Unset):
        body (CreateInterviewRequest): Logs an interview. Example: {'candidate_id':
            '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'company': 'Harbor & Finch Capital', 'role_title':
            'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite', 'occurred_at':
            '2026-11-24T09:00:00-05:00', 'duration_minutes': 60, 'interviewers': [{'name': 'Armin
            Vogel', 'title': 'Finance Director'}], 'questions': [{'question': 'What are your salary
            expectations?', 'quality': 'blanked'}], 'strengths': ['Walked through the variance
            analysis case cleanly'], 'self_rating': 2, 'employer_interest': 'strong'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterviewResponse | Problem
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
    body: CreateInterviewRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateInterviewReboundVersion | Unset = UNSET,

) -> Response[InterviewResponse | Problem]:
    """ Log an interview.

     Requires `interviews:write`. Candidate users can log interviews only for their own record. Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateInterviewReboundVersion | Unset):
        body (CreateInterviewRequest): Logs an interview. Example: {'candidate_id':
            '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'company': 'Harbor & Finch Capital', 'role_title':
            'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite', 'occurred_at':
            '2026-11-24T09:00:00-05:00', 'duration_minutes': 60, 'interviewers': [{'name': 'Armin
            Vogel', 'title': 'Finance Director'}], 'questions': [{'question': 'What are your salary
            expectations?', 'quality': 'blanked'}], 'strengths': ['Walked through the variance
            analysis case cleanly'], 'self_rating': 2, 'employer_interest': 'strong'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterviewResponse | Problem]
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
    body: CreateInterviewRequest,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateInterviewReboundVersion | Unset = UNSET,

) -> InterviewResponse | Problem | None:
    """ Log an interview.

     Requires `interviews:write`. Candidate users can log interviews only for their own record. Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (CreateInterviewReboundVersion | Unset):
        body (CreateInterviewRequest): Logs an interview. Example: {'candidate_id':
            '01936f8f-1a2b-7c3d-8e4f-5a6b7c8d9e0f', 'company': 'Harbor & Finch Capital', 'role_title':
            'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite', 'occurred_at':
            '2026-11-24T09:00:00-05:00', 'duration_minutes': 60, 'interviewers': [{'name': 'Armin
            Vogel', 'title': 'Finance Director'}], 'questions': [{'question': 'What are your salary
            expectations?', 'quality': 'blanked'}], 'strengths': ['Walked through the variance
            analysis case cleanly'], 'self_rating': 2, 'employer_interest': 'strong'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterviewResponse | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )).parsed
