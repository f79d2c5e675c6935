from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_plan_calendar_rebound_version import GetPlanCalendarReboundVersion
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    plan_id: UUID,
    *,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: GetPlanCalendarReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/interviews/{interview_id}/recovery-plans/{plan_id}/calendar.ics".format(interview_id=quote(str(interview_id), safe=""),plan_id=quote(str(plan_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: GetPlanCalendarReboundVersion | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Get a recovery plan as a calendar.

     Requires `interviews:read`. An RFC 5545 (`text/calendar`) document with one entry per step, ending
    at its due
    time: pending steps with a reminder, done and skipped ones as `STATUS:CANCELLED` so a calendar that
    imported them
    removes them. Times are local to the interview's time zone (else the candidate's), with a
    `VTIMEZONE` generated
    from the tz database for every `TZID`, or UTC when neither has one. Entries and reminders keep their
    UIDs and
    `SEQUENCE` grows with each change, so importing the file again updates entries rather than adding
    copies. The
    same plan gives the same bytes; send the `ETag` back in `If-None-Match` to get a 304 when nothing
    changed. For a
    calendar app that should follow the plan by itself, open a feed (`POST …/calendar-feeds`). Before
    API version
    2026-12-07, done and skipped steps are left out instead.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        if_none_match (None | str | Unset):
        rebound_version (GetPlanCalendarReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
if_none_match=if_none_match,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: GetPlanCalendarReboundVersion | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Get a recovery plan as a calendar.

     Requires `interviews:read`. An RFC 5545 (`text/calendar`) document with one entry per step, ending
    at its due
    time: pending steps with a reminder, done and skipped ones as `STATUS:CANCELLED` so a calendar that
    imported them
    removes them. Times are local to the interview's time zone (else the candidate's), with a
    `VTIMEZONE` generated
    from the tz database for every `TZID`, or UTC when neither has one. Entries and reminders keep their
    UIDs and
    `SEQUENCE` grows with each change, so importing the file again updates entries rather than adding
    copies. The
    same plan gives the same bytes; send the `ETag` back in `If-None-Match` to get a 304 when nothing
    changed. For a
    calendar app that should follow the plan by itself, open a feed (`POST …/calendar-feeds`). Before
    API version
    2026-12-07, done and skipped steps are left out instead.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        if_none_match (None | str | Unset):
        rebound_version (GetPlanCalendarReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        interview_id=interview_id,
plan_id=plan_id,
client=client,
if_none_match=if_none_match,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: GetPlanCalendarReboundVersion | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Get a recovery plan as a calendar.

     Requires `interviews:read`. An RFC 5545 (`text/calendar`) document with one entry per step, ending
    at its due
    time: pending steps with a reminder, done and skipped ones as `STATUS:CANCELLED` so a calendar that
    imported them
    removes them. Times are local to the interview's time zone (else the candidate's), with a
    `VTIMEZONE` generated
    from the tz database for every `TZID`, or UTC when neither has one. Entries and reminders keep their
    UIDs and
    `SEQUENCE` grows with each change, so importing the file again updates entries rather than adding
    copies. The
    same plan gives the same bytes; send the `ETag` back in `If-None-Match` to get a 304 when nothing
    changed. For a
    calendar app that should follow the plan by itself, open a feed (`POST …/calendar-feeds`). Before
    API version
    2026-12-07, done and skipped steps are left out instead.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        if_none_match (None | str | Unset):
        rebound_version (GetPlanCalendarReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
if_none_match=if_none_match,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: GetPlanCalendarReboundVersion | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Get a recovery plan as a calendar.

     Requires `interviews:read`. An RFC 5545 (`text/calendar`) document with one entry per step, ending
    at its due
    time: pending steps with a reminder, done and skipped ones as `STATUS:CANCELLED` so a calendar that
    imported them
    removes them. Times are local to the interview's time zone (else the candidate's), with a
    `VTIMEZONE` generated
    from the tz database for every `TZID`, or UTC when neither has one. Entries and reminders keep their
    UIDs and
    `SEQUENCE` grows with each change, so importing the file again updates entries rather than adding
    copies. The
    same plan gives the same bytes; send the `ETag` back in `If-None-Match` to get a 304 when nothing
    changed. For a
    calendar app that should follow the plan by itself, open a feed (`POST …/calendar-feeds`). Before
    API version
    2026-12-07, done and skipped steps are left out instead.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        if_none_match (None | str | Unset):
        rebound_version (GetPlanCalendarReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
plan_id=plan_id,
client=client,
if_none_match=if_none_match,
rebound_version=rebound_version,

    )).parsed
