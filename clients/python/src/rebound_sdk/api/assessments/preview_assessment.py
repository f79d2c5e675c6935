from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.assessment import Assessment
from ...models.preview_assessment_rebound_version import PreviewAssessmentReboundVersion
from ...models.preview_request import PreviewRequest
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: PreviewRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: PreviewAssessmentReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/assessments/preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Assessment | Problem | None:
    if response.status_code == 200:
        response_200 = Assessment.from_dict(response.json())



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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Assessment | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: PreviewAssessmentReboundVersion | Unset = UNSET,

) -> Response[Assessment | Problem]:
    """ Assess an unsaved interview.

     The same scoring as for a logged interview, for a draft a job board wants to score before saving.
    Nothing is
    stored. Requires `interviews:read`. The reasons and notes are in English, or in Canadian French when
    `Accept-Language` asks for it; `Content-Language` says which.

    Args:
        accept_language (str | Unset):
        rebound_version (PreviewAssessmentReboundVersion | Unset):
        body (PreviewRequest): What to assess: an interview draft and its gaffes, validated as if
            they were logged. Example: {'interview': {'company': 'Harbor & Finch Capital',
            'role_title': 'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite',
            'occurred_at': '2026-11-24T14:00:00Z', 'interviewers': [{'name': 'Armin Vogel'}],
            'questions': [{'question': 'What are your salary expectations?', 'quality': 'blanked'}],
            'strengths': ['Clear walk-through of the variance case'], 'self_rating': 1}, 'gaffes':
            [{'kind': 'wrong_interviewer_name', 'noticed': 'certain', 'moment': 'mid'}, {'kind':
            'salary_blank', 'noticed': 'certain', 'moment': 'closing', 'question_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assessment | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: PreviewRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: PreviewAssessmentReboundVersion | Unset = UNSET,

) -> Assessment | Problem | None:
    """ Assess an unsaved interview.

     The same scoring as for a logged interview, for a draft a job board wants to score before saving.
    Nothing is
    stored. Requires `interviews:read`. The reasons and notes are in English, or in Canadian French when
    `Accept-Language` asks for it; `Content-Language` says which.

    Args:
        accept_language (str | Unset):
        rebound_version (PreviewAssessmentReboundVersion | Unset):
        body (PreviewRequest): What to assess: an interview draft and its gaffes, validated as if
            they were logged. Example: {'interview': {'company': 'Harbor & Finch Capital',
            'role_title': 'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite',
            'occurred_at': '2026-11-24T14:00:00Z', 'interviewers': [{'name': 'Armin Vogel'}],
            'questions': [{'question': 'What are your salary expectations?', 'quality': 'blanked'}],
            'strengths': ['Clear walk-through of the variance case'], 'self_rating': 1}, 'gaffes':
            [{'kind': 'wrong_interviewer_name', 'noticed': 'certain', 'moment': 'mid'}, {'kind':
            'salary_blank', 'noticed': 'certain', 'moment': 'closing', 'question_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assessment | Problem
     """


    return sync_detailed(
        client=client,
body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: PreviewAssessmentReboundVersion | Unset = UNSET,

) -> Response[Assessment | Problem]:
    """ Assess an unsaved interview.

     The same scoring as for a logged interview, for a draft a job board wants to score before saving.
    Nothing is
    stored. Requires `interviews:read`. The reasons and notes are in English, or in Canadian French when
    `Accept-Language` asks for it; `Content-Language` says which.

    Args:
        accept_language (str | Unset):
        rebound_version (PreviewAssessmentReboundVersion | Unset):
        body (PreviewRequest): What to assess: an interview draft and its gaffes, validated as if
            they were logged. Example: {'interview': {'company': 'Harbor & Finch Capital',
            'role_title': 'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite',
            'occurred_at': '2026-11-24T14:00:00Z', 'interviewers': [{'name': 'Armin Vogel'}],
            'questions': [{'question': 'What are your salary expectations?', 'quality': 'blanked'}],
            'strengths': ['Clear walk-through of the variance case'], 'self_rating': 1}, 'gaffes':
            [{'kind': 'wrong_interviewer_name', 'noticed': 'certain', 'moment': 'mid'}, {'kind':
            'salary_blank', 'noticed': 'certain', 'moment': 'closing', 'question_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assessment | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: PreviewAssessmentReboundVersion | Unset = UNSET,

) -> Assessment | Problem | None:
    """ Assess an unsaved interview.

     The same scoring as for a logged interview, for a draft a job board wants to score before saving.
    Nothing is
    stored. Requires `interviews:read`. The reasons and notes are in English, or in Canadian French when
    `Accept-Language` asks for it; `Content-Language` says which.

    Args:
        accept_language (str | Unset):
        rebound_version (PreviewAssessmentReboundVersion | Unset):
        body (PreviewRequest): What to assess: an interview draft and its gaffes, validated as if
            they were logged. Example: {'interview': {'company': 'Harbor & Finch Capital',
            'role_title': 'Senior Financial Analyst', 'stage': 'final', 'format': 'onsite',
            'occurred_at': '2026-11-24T14:00:00Z', 'interviewers': [{'name': 'Armin Vogel'}],
            'questions': [{'question': 'What are your salary expectations?', 'quality': 'blanked'}],
            'strengths': ['Clear walk-through of the variance case'], 'self_rating': 1}, 'gaffes':
            [{'kind': 'wrong_interviewer_name', 'noticed': 'certain', 'moment': 'mid'}, {'kind':
            'salary_blank', 'noticed': 'certain', 'moment': 'closing', 'question_index': 0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assessment | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    )).parsed
