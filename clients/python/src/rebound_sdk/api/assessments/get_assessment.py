from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_assessment_rebound_version import GetAssessmentReboundVersion
from ...models.interview_assessment import InterviewAssessment
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    *,
    accept_language: str | Unset = UNSET,
    rebound_version: GetAssessmentReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/interviews/{interview_id}/assessment".format(interview_id=quote(str(interview_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InterviewAssessment | Problem | None:
    if response.status_code == 200:
        response_200 = InterviewAssessment.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InterviewAssessment | Problem]:
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
    accept_language: str | Unset = UNSET,
    rebound_version: GetAssessmentReboundVersion | Unset = UNSET,

) -> Response[InterviewAssessment | Problem]:
    """ Assess a logged interview.

     A damage score from 0 to 100, its band, and the reasons: each gaffe's impact (severity, how surely
    it was
    noticed, when it happened, whether it was corrected), the strengths that offset it, and how the
    candidate's own
    rating compares with the evidence. Deterministic for a given interview version and `model_version`.
    The texts
    are in English, or in Canadian French when `Accept-Language` asks for it; `Content-Language` says
    which (a
    recovery plan's own `assessment` is in the plan's language).

    Args:
        interview_id (UUID):
        accept_language (str | Unset):
        rebound_version (GetAssessmentReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterviewAssessment | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
accept_language=accept_language,
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
    accept_language: str | Unset = UNSET,
    rebound_version: GetAssessmentReboundVersion | Unset = UNSET,

) -> InterviewAssessment | Problem | None:
    """ Assess a logged interview.

     A damage score from 0 to 100, its band, and the reasons: each gaffe's impact (severity, how surely
    it was
    noticed, when it happened, whether it was corrected), the strengths that offset it, and how the
    candidate's own
    rating compares with the evidence. Deterministic for a given interview version and `model_version`.
    The texts
    are in English, or in Canadian French when `Accept-Language` asks for it; `Content-Language` says
    which (a
    recovery plan's own `assessment` is in the plan's language).

    Args:
        interview_id (UUID):
        accept_language (str | Unset):
        rebound_version (GetAssessmentReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterviewAssessment | Problem
     """


    return sync_detailed(
        interview_id=interview_id,
client=client,
accept_language=accept_language,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    accept_language: str | Unset = UNSET,
    rebound_version: GetAssessmentReboundVersion | Unset = UNSET,

) -> Response[InterviewAssessment | Problem]:
    """ Assess a logged interview.

     A damage score from 0 to 100, its band, and the reasons: each gaffe's impact (severity, how surely
    it was
    noticed, when it happened, whether it was corrected), the strengths that offset it, and how the
    candidate's own
    rating compares with the evidence. Deterministic for a given interview version and `model_version`.
    The texts
    are in English, or in Canadian French when `Accept-Language` asks for it; `Content-Language` says
    which (a
    recovery plan's own `assessment` is in the plan's language).

    Args:
        interview_id (UUID):
        accept_language (str | Unset):
        rebound_version (GetAssessmentReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterviewAssessment | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
accept_language=accept_language,
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
    accept_language: str | Unset = UNSET,
    rebound_version: GetAssessmentReboundVersion | Unset = UNSET,

) -> InterviewAssessment | Problem | None:
    """ Assess a logged interview.

     A damage score from 0 to 100, its band, and the reasons: each gaffe's impact (severity, how surely
    it was
    noticed, when it happened, whether it was corrected), the strengths that offset it, and how the
    candidate's own
    rating compares with the evidence. Deterministic for a given interview version and `model_version`.
    The texts
    are in English, or in Canadian French when `Accept-Language` asks for it; `Content-Language` says
    which (a
    recovery plan's own `assessment` is in the plan's language).

    Args:
        interview_id (UUID):
        accept_language (str | Unset):
        rebound_version (GetAssessmentReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterviewAssessment | Problem
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
client=client,
accept_language=accept_language,
rebound_version=rebound_version,

    )).parsed
