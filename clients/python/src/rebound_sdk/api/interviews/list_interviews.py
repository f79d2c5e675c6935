from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.interview_list import InterviewList
from ...models.list_interviews_rebound_version import ListInterviewsReboundVersion
from ...models.outcome import Outcome
from ...models.problem import Problem
from ...models.stage import Stage
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    candidate_id: UUID | Unset = UNSET,
    company: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    outcome: Outcome | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    remote_source: str | Unset = UNSET,
    remote_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListInterviewsReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_candidate_id: str | Unset = UNSET
    if not isinstance(candidate_id, Unset):
        json_candidate_id = str(candidate_id)
    params["candidate_id"] = json_candidate_id

    params["company"] = company

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage.value

    params["stage"] = json_stage

    json_outcome: str | Unset = UNSET
    if not isinstance(outcome, Unset):
        json_outcome = outcome.value

    params["outcome"] = json_outcome

    json_occurred_after: str | Unset = UNSET
    if not isinstance(occurred_after, Unset):
        json_occurred_after = occurred_after.isoformat()
    params["occurred_after"] = json_occurred_after

    json_occurred_before: str | Unset = UNSET
    if not isinstance(occurred_before, Unset):
        json_occurred_before = occurred_before.isoformat()
    params["occurred_before"] = json_occurred_before

    params["remote_source"] = remote_source

    params["remote_id"] = remote_id

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    params["changes_after"] = changes_after


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/interviews",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InterviewList | Problem | None:
    if response.status_code == 200:
        response_200 = InterviewList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InterviewList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    candidate_id: UUID | Unset = UNSET,
    company: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    outcome: Outcome | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    remote_source: str | Unset = UNSET,
    remote_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListInterviewsReboundVersion | Unset = UNSET,

) -> Response[InterviewList | Problem]:
    """ List interviews, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Filters combine; paging stays stable while interviews are added
    concurrently.
    Candidate users see only their own interviews. With `updated_after` or `changes_after` the list is
    in its sync
    form: changes in the order they committed, each page with a `changes_cursor` to pass as
    `changes_after` next;
    no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        candidate_id (UUID | Unset):
        company (str | Unset):
        stage (Stage | Unset): The stage of the hiring process the interview belonged to
            (Greenhouse/Merge vocabulary where it matches).
        outcome (Outcome | Unset): Where the application stands after the interview.
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):
        remote_source (str | Unset):
        remote_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListInterviewsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterviewList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
candidate_id=candidate_id,
company=company,
stage=stage,
outcome=outcome,
occurred_after=occurred_after,
occurred_before=occurred_before,
remote_source=remote_source,
remote_id=remote_id,
updated_after=updated_after,
changes_after=changes_after,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    candidate_id: UUID | Unset = UNSET,
    company: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    outcome: Outcome | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    remote_source: str | Unset = UNSET,
    remote_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListInterviewsReboundVersion | Unset = UNSET,

) -> InterviewList | Problem | None:
    """ List interviews, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Filters combine; paging stays stable while interviews are added
    concurrently.
    Candidate users see only their own interviews. With `updated_after` or `changes_after` the list is
    in its sync
    form: changes in the order they committed, each page with a `changes_cursor` to pass as
    `changes_after` next;
    no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        candidate_id (UUID | Unset):
        company (str | Unset):
        stage (Stage | Unset): The stage of the hiring process the interview belonged to
            (Greenhouse/Merge vocabulary where it matches).
        outcome (Outcome | Unset): Where the application stands after the interview.
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):
        remote_source (str | Unset):
        remote_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListInterviewsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterviewList | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
candidate_id=candidate_id,
company=company,
stage=stage,
outcome=outcome,
occurred_after=occurred_after,
occurred_before=occurred_before,
remote_source=remote_source,
remote_id=remote_id,
updated_after=updated_after,
changes_after=changes_after,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    candidate_id: UUID | Unset = UNSET,
    company: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    outcome: Outcome | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    remote_source: str | Unset = UNSET,
    remote_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListInterviewsReboundVersion | Unset = UNSET,

) -> Response[InterviewList | Problem]:
    """ List interviews, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Filters combine; paging stays stable while interviews are added
    concurrently.
    Candidate users see only their own interviews. With `updated_after` or `changes_after` the list is
    in its sync
    form: changes in the order they committed, each page with a `changes_cursor` to pass as
    `changes_after` next;
    no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        candidate_id (UUID | Unset):
        company (str | Unset):
        stage (Stage | Unset): The stage of the hiring process the interview belonged to
            (Greenhouse/Merge vocabulary where it matches).
        outcome (Outcome | Unset): Where the application stands after the interview.
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):
        remote_source (str | Unset):
        remote_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListInterviewsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterviewList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
candidate_id=candidate_id,
company=company,
stage=stage,
outcome=outcome,
occurred_after=occurred_after,
occurred_before=occurred_before,
remote_source=remote_source,
remote_id=remote_id,
updated_after=updated_after,
changes_after=changes_after,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    candidate_id: UUID | Unset = UNSET,
    company: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    outcome: Outcome | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    remote_source: str | Unset = UNSET,
    remote_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListInterviewsReboundVersion | Unset = UNSET,

) -> InterviewList | Problem | None:
    """ List interviews, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Filters combine; paging stays stable while interviews are added
    concurrently.
    Candidate users see only their own interviews. With `updated_after` or `changes_after` the list is
    in its sync
    form: changes in the order they committed, each page with a `changes_cursor` to pass as
    `changes_after` next;
    no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        candidate_id (UUID | Unset):
        company (str | Unset):
        stage (Stage | Unset): The stage of the hiring process the interview belonged to
            (Greenhouse/Merge vocabulary where it matches).
        outcome (Outcome | Unset): Where the application stands after the interview.
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):
        remote_source (str | Unset):
        remote_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListInterviewsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterviewList | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
candidate_id=candidate_id,
company=company,
stage=stage,
outcome=outcome,
occurred_after=occurred_after,
occurred_before=occurred_before,
remote_source=remote_source,
remote_id=remote_id,
updated_after=updated_after,
changes_after=changes_after,
rebound_version=rebound_version,

    )).parsed
