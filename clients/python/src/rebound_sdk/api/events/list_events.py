from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.event_list import EventList
from ...models.event_type import EventType
from ...models.list_events_rebound_version import ListEventsReboundVersion
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: EventType | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListEventsReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    params["changes_after"] = changes_after


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventList | Problem | None:
    if response.status_code == 200:
        response_200 = EventList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventList | Problem]:
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
    type_: EventType | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListEventsReboundVersion | Unset = UNSET,

) -> Response[EventList | Problem]:
    """ List the workspace's events, newest first; or follow them, oldest first.

     Requires `webhooks:read`. Events are kept for 30 days. To catch up after downtime (or instead of a
    webhook
    receiver), use the sync form: start with `created_after`, then pass each page's `changes_cursor` as
    `changes_after`; events come in the order their changes committed, and none committed late is
    skipped. Ids are
    unique, so an event seen twice (here and by webhook) can be dropped by id.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        type_ (EventType | Unset): The type of an event, `<resource>.<what happened>`. New types
            may be added; ignore unknown ones.
        created_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListEventsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
type_=type_,
created_after=created_after,
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
    type_: EventType | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListEventsReboundVersion | Unset = UNSET,

) -> EventList | Problem | None:
    """ List the workspace's events, newest first; or follow them, oldest first.

     Requires `webhooks:read`. Events are kept for 30 days. To catch up after downtime (or instead of a
    webhook
    receiver), use the sync form: start with `created_after`, then pass each page's `changes_cursor` as
    `changes_after`; events come in the order their changes committed, and none committed late is
    skipped. Ids are
    unique, so an event seen twice (here and by webhook) can be dropped by id.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        type_ (EventType | Unset): The type of an event, `<resource>.<what happened>`. New types
            may be added; ignore unknown ones.
        created_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListEventsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventList | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
type_=type_,
created_after=created_after,
changes_after=changes_after,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: EventType | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListEventsReboundVersion | Unset = UNSET,

) -> Response[EventList | Problem]:
    """ List the workspace's events, newest first; or follow them, oldest first.

     Requires `webhooks:read`. Events are kept for 30 days. To catch up after downtime (or instead of a
    webhook
    receiver), use the sync form: start with `created_after`, then pass each page's `changes_cursor` as
    `changes_after`; events come in the order their changes committed, and none committed late is
    skipped. Ids are
    unique, so an event seen twice (here and by webhook) can be dropped by id.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        type_ (EventType | Unset): The type of an event, `<resource>.<what happened>`. New types
            may be added; ignore unknown ones.
        created_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListEventsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
type_=type_,
created_after=created_after,
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
    type_: EventType | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    changes_after: str | Unset = UNSET,
    rebound_version: ListEventsReboundVersion | Unset = UNSET,

) -> EventList | Problem | None:
    """ List the workspace's events, newest first; or follow them, oldest first.

     Requires `webhooks:read`. Events are kept for 30 days. To catch up after downtime (or instead of a
    webhook
    receiver), use the sync form: start with `created_after`, then pass each page's `changes_cursor` as
    `changes_after`; events come in the order their changes committed, and none committed late is
    skipped. Ids are
    unique, so an event seen twice (here and by webhook) can be dropped by id.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        type_ (EventType | Unset): The type of an event, `<resource>.<what happened>`. New types
            may be added; ignore unknown ones.
        created_after (datetime.datetime | Unset):
        changes_after (str | Unset):
        rebound_version (ListEventsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventList | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
type_=type_,
created_after=created_after,
changes_after=changes_after,
rebound_version=rebound_version,

    )).parsed
