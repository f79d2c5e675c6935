from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.read_calendar_feed_rebound_version import ReadCalendarFeedReboundVersion
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    calendar_feed_id: UUID,
    secret: str,
    *,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: ReadCalendarFeedReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendar-feeds/{calendar_feed_id}/{secret}.ics".format(calendar_feed_id=quote(str(calendar_feed_id), safe=""),secret=quote(str(secret), safe=""),),
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
    calendar_feed_id: UUID,
    secret: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: ReadCalendarFeedReboundVersion | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Read a calendar feed (what calendar apps poll).

     No token: the secret in the path authenticates the request. The same document as
    `GET …/recovery-plans/{plan_id}/calendar.ics`, with an `ETag` for `If-None-Match`. A wrong secret, a
    revoked
    feed and a deleted plan all answer 404.

    Args:
        calendar_feed_id (UUID):
        secret (str):
        if_none_match (None | str | Unset):
        rebound_version (ReadCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        calendar_feed_id=calendar_feed_id,
secret=secret,
if_none_match=if_none_match,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    calendar_feed_id: UUID,
    secret: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: ReadCalendarFeedReboundVersion | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Read a calendar feed (what calendar apps poll).

     No token: the secret in the path authenticates the request. The same document as
    `GET …/recovery-plans/{plan_id}/calendar.ics`, with an `ETag` for `If-None-Match`. A wrong secret, a
    revoked
    feed and a deleted plan all answer 404.

    Args:
        calendar_feed_id (UUID):
        secret (str):
        if_none_match (None | str | Unset):
        rebound_version (ReadCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        calendar_feed_id=calendar_feed_id,
secret=secret,
client=client,
if_none_match=if_none_match,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    calendar_feed_id: UUID,
    secret: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: ReadCalendarFeedReboundVersion | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Read a calendar feed (what calendar apps poll).

     No token: the secret in the path authenticates the request. The same document as
    `GET …/recovery-plans/{plan_id}/calendar.ics`, with an `ETag` for `If-None-Match`. A wrong secret, a
    revoked
    feed and a deleted plan all answer 404.

    Args:
        calendar_feed_id (UUID):
        secret (str):
        if_none_match (None | str | Unset):
        rebound_version (ReadCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        calendar_feed_id=calendar_feed_id,
secret=secret,
if_none_match=if_none_match,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    calendar_feed_id: UUID,
    secret: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    rebound_version: ReadCalendarFeedReboundVersion | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Read a calendar feed (what calendar apps poll).

     No token: the secret in the path authenticates the request. The same document as
    `GET …/recovery-plans/{plan_id}/calendar.ics`, with an `ETag` for `If-None-Match`. A wrong secret, a
    revoked
    feed and a deleted plan all answer 404.

    Args:
        calendar_feed_id (UUID):
        secret (str):
        if_none_match (None | str | Unset):
        rebound_version (ReadCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        calendar_feed_id=calendar_feed_id,
secret=secret,
client=client,
if_none_match=if_none_match,
rebound_version=rebound_version,

    )).parsed
