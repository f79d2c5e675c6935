from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_insights_response import CandidateInsightsResponse
from ...models.get_candidate_insights_rebound_version import GetCandidateInsightsReboundVersion
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    candidate_id: UUID,
    *,
    rebound_version: GetCandidateInsightsReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/candidates/{candidate_id}/insights".format(candidate_id=quote(str(candidate_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CandidateInsightsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CandidateInsightsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CandidateInsightsResponse | Problem]:
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
    rebound_version: GetCandidateInsightsReboundVersion | Unset = UNSET,

) -> Response[CandidateInsightsResponse | Problem]:
    """ Get insights across a candidate's interviews.

     Requires `interviews:read`. From the candidate's most recent interviews (up to 100): the gaffe kinds
    that keep
    coming back (logged in two or more interviews), the damage score of each interview over time (oldest
    first, from
    the current scoring model), how the candidate's own ratings compare with the evidence on average,
    and a prep
    checklist for the next interview built from the lessons of each interview's newest recovery plan.

    The texts (`summary`, `self_rating.note`, each checklist item's `prevention`) are in the candidate's
    `locale`
    (`en` or `fr-CA`), sent as `Content-Language`: a checklist item takes the newest lesson written in
    that language,
    or the catalogue's advice in it when the plans that gave it were written before the candidate
    changed language.

    Args:
        candidate_id (UUID):
        rebound_version (GetCandidateInsightsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateInsightsResponse | Problem]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
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
    rebound_version: GetCandidateInsightsReboundVersion | Unset = UNSET,

) -> CandidateInsightsResponse | Problem | None:
    """ Get insights across a candidate's interviews.

     Requires `interviews:read`. From the candidate's most recent interviews (up to 100): the gaffe kinds
    that keep
    coming back (logged in two or more interviews), the damage score of each interview over time (oldest
    first, from
    the current scoring model), how the candidate's own ratings compare with the evidence on average,
    and a prep
    checklist for the next interview built from the lessons of each interview's newest recovery plan.

    The texts (`summary`, `self_rating.note`, each checklist item's `prevention`) are in the candidate's
    `locale`
    (`en` or `fr-CA`), sent as `Content-Language`: a checklist item takes the newest lesson written in
    that language,
    or the catalogue's advice in it when the plans that gave it were written before the candidate
    changed language.

    Args:
        candidate_id (UUID):
        rebound_version (GetCandidateInsightsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateInsightsResponse | Problem
     """


    return sync_detailed(
        candidate_id=candidate_id,
client=client,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    candidate_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: GetCandidateInsightsReboundVersion | Unset = UNSET,

) -> Response[CandidateInsightsResponse | Problem]:
    """ Get insights across a candidate's interviews.

     Requires `interviews:read`. From the candidate's most recent interviews (up to 100): the gaffe kinds
    that keep
    coming back (logged in two or more interviews), the damage score of each interview over time (oldest
    first, from
    the current scoring model), how the candidate's own ratings compare with the evidence on average,
    and a prep
    checklist for the next interview built from the lessons of each interview's newest recovery plan.

    The texts (`summary`, `self_rating.note`, each checklist item's `prevention`) are in the candidate's
    `locale`
    (`en` or `fr-CA`), sent as `Content-Language`: a checklist item takes the newest lesson written in
    that language,
    or the catalogue's advice in it when the plans that gave it were written before the candidate
    changed language.

    Args:
        candidate_id (UUID):
        rebound_version (GetCandidateInsightsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateInsightsResponse | Problem]
     """


    kwargs = _get_kwargs(
        candidate_id=candidate_id,
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
    rebound_version: GetCandidateInsightsReboundVersion | Unset = UNSET,

) -> CandidateInsightsResponse | Problem | None:
    """ Get insights across a candidate's interviews.

     Requires `interviews:read`. From the candidate's most recent interviews (up to 100): the gaffe kinds
    that keep
    coming back (logged in two or more interviews), the damage score of each interview over time (oldest
    first, from
    the current scoring model), how the candidate's own ratings compare with the evidence on average,
    and a prep
    checklist for the next interview built from the lessons of each interview's newest recovery plan.

    The texts (`summary`, `self_rating.note`, each checklist item's `prevention`) are in the candidate's
    `locale`
    (`en` or `fr-CA`), sent as `Content-Language`: a checklist item takes the newest lesson written in
    that language,
    or the catalogue's advice in it when the plans that gave it were written before the candidate
    changed language.

    Args:
        candidate_id (UUID):
        rebound_version (GetCandidateInsightsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateInsightsResponse | Problem
     """


    return (await asyncio_detailed(
        candidate_id=candidate_id,
client=client,
rebound_version=rebound_version,

    )).parsed
