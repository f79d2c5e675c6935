from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.calendar_feed_response import CalendarFeedResponse
from ...models.open_calendar_feed_rebound_version import OpenCalendarFeedReboundVersion
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    plan_id: UUID,
    *,
    rebound_version: OpenCalendarFeedReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interviews/{interview_id}/recovery-plans/{plan_id}/calendar-feeds".format(interview_id=quote(str(interview_id), safe=""),plan_id=quote(str(plan_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CalendarFeedResponse | Problem | None:
    if response.status_code == 201:
        response_201 = CalendarFeedResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CalendarFeedResponse | Problem]:
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
    rebound_version: OpenCalendarFeedReboundVersion | Unset = UNSET,

) -> Response[CalendarFeedResponse | Problem]:
    """ Open a calendar feed for a recovery plan.

     Requires `interviews:write`. Returns a subscription URL that calendar apps poll by themselves, with
    no
    bearer token: Google Calendar (*Other calendars → From URL*), Outlook (*Add calendar → Subscribe
    from web*) and
    Apple Calendar (*File → New Calendar Subscription*, or open `webcal_url`). The URL carries a secret
    shown only in
    this response; anyone holding it can read the plan's steps until the feed is revoked with
    `DELETE /v1/calendar-feeds/{calendar_feed_id}`. A plan may have up to 10 feeds.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (OpenCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedResponse | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
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
    rebound_version: OpenCalendarFeedReboundVersion | Unset = UNSET,

) -> CalendarFeedResponse | Problem | None:
    """ Open a calendar feed for a recovery plan.

     Requires `interviews:write`. Returns a subscription URL that calendar apps poll by themselves, with
    no
    bearer token: Google Calendar (*Other calendars → From URL*), Outlook (*Add calendar → Subscribe
    from web*) and
    Apple Calendar (*File → New Calendar Subscription*, or open `webcal_url`). The URL carries a secret
    shown only in
    this response; anyone holding it can read the plan's steps until the feed is revoked with
    `DELETE /v1/calendar-feeds/{calendar_feed_id}`. A plan may have up to 10 feeds.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (OpenCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedResponse | Problem
     """


    return sync_detailed(
        interview_id=interview_id,
plan_id=plan_id,
client=client,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: OpenCalendarFeedReboundVersion | Unset = UNSET,

) -> Response[CalendarFeedResponse | Problem]:
    """ Open a calendar feed for a recovery plan.

     Requires `interviews:write`. Returns a subscription URL that calendar apps poll by themselves, with
    no
    bearer token: Google Calendar (*Other calendars → From URL*), Outlook (*Add calendar → Subscribe
    from web*) and
    Apple Calendar (*File → New Calendar Subscription*, or open `webcal_url`). The URL carries a secret
    shown only in
    this response; anyone holding it can read the plan's steps until the feed is revoked with
    `DELETE /v1/calendar-feeds/{calendar_feed_id}`. A plan may have up to 10 feeds.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (OpenCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedResponse | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
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
    rebound_version: OpenCalendarFeedReboundVersion | Unset = UNSET,

) -> CalendarFeedResponse | Problem | None:
    """ Open a calendar feed for a recovery plan.

     Requires `interviews:write`. Returns a subscription URL that calendar apps poll by themselves, with
    no
    bearer token: Google Calendar (*Other calendars → From URL*), Outlook (*Add calendar → Subscribe
    from web*) and
    Apple Calendar (*File → New Calendar Subscription*, or open `webcal_url`). The URL carries a secret
    shown only in
    this response; anyone holding it can read the plan's steps until the feed is revoked with
    `DELETE /v1/calendar-feeds/{calendar_feed_id}`. A plan may have up to 10 feeds.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (OpenCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedResponse | Problem
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
plan_id=plan_id,
client=client,
rebound_version=rebound_version,

    )).parsed
