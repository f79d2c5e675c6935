from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_list import CandidateList
from ...models.list_candidates_rebound_version import ListCandidatesReboundVersion
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListCandidatesReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["external_id"] = external_id

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    params["changes_after"] = changes_after


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/candidates",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CandidateList | Problem | None:
    if response.status_code == 200:
        response_200 = CandidateList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CandidateList | Problem]:
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
    external_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListCandidatesReboundVersion | Unset = UNSET,

) -> Response[CandidateList | Problem]:
    """ List candidates, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Candidate users see only their own record. With `updated_after` or
    `changes_after`
    the list is in its sync form: changes in the order they committed, each page with a `changes_cursor`
    to pass as
    `changes_after` next; no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        external_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListCandidatesReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
external_id=external_id,
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
    external_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListCandidatesReboundVersion | Unset = UNSET,

) -> CandidateList | Problem | None:
    """ List candidates, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Candidate users see only their own record. With `updated_after` or
    `changes_after`
    the list is in its sync form: changes in the order they committed, each page with a `changes_cursor`
    to pass as
    `changes_after` next; no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        external_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListCandidatesReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateList | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
external_id=external_id,
updated_after=updated_after,
changes_after=changes_after,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListCandidatesReboundVersion | Unset = UNSET,

) -> Response[CandidateList | Problem]:
    """ List candidates, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Candidate users see only their own record. With `updated_after` or
    `changes_after`
    the list is in its sync form: changes in the order they committed, each page with a `changes_cursor`
    to pass as
    `changes_after` next; no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        external_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListCandidatesReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
external_id=external_id,
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
    external_id: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListCandidatesReboundVersion | Unset = UNSET,

) -> CandidateList | Problem | None:
    """ List candidates, newest first; or sync their changes, oldest change first.

     Requires `interviews:read`. Candidate users see only their own record. With `updated_after` or
    `changes_after`
    the list is in its sync form: changes in the order they committed, each page with a `changes_cursor`
    to pass as
    `changes_after` next; no change committed late is ever skipped.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        external_id (str | Unset):
        updated_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListCandidatesReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateList | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
external_id=external_id,
updated_after=updated_after,
changes_after=changes_after,
rebound_version=rebound_version,

    )).parsed
