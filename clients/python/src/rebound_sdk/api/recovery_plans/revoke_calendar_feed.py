from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.revoke_calendar_feed_rebound_version import RevokeCalendarFeedReboundVersion
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    calendar_feed_id: UUID,
    *,
    rebound_version: RevokeCalendarFeedReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/calendar-feeds/{calendar_feed_id}".format(calendar_feed_id=quote(str(calendar_feed_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    calendar_feed_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeCalendarFeedReboundVersion | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Revoke a calendar feed.

     Requires `interviews:write`. The feed's URL answers 404 from then on; calendar apps subscribed to it
    keep the
    entries they last fetched until they are removed there.

    Args:
        calendar_feed_id (UUID):
        rebound_version (RevokeCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        calendar_feed_id=calendar_feed_id,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    calendar_feed_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeCalendarFeedReboundVersion | Unset = UNSET,

) -> Any | Problem | None:
    """ Revoke a calendar feed.

     Requires `interviews:write`. The feed's URL answers 404 from then on; calendar apps subscribed to it
    keep the
    entries they last fetched until they are removed there.

    Args:
        calendar_feed_id (UUID):
        rebound_version (RevokeCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        calendar_feed_id=calendar_feed_id,
client=client,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    calendar_feed_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeCalendarFeedReboundVersion | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Revoke a calendar feed.

     Requires `interviews:write`. The feed's URL answers 404 from then on; calendar apps subscribed to it
    keep the
    entries they last fetched until they are removed there.

    Args:
        calendar_feed_id (UUID):
        rebound_version (RevokeCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        calendar_feed_id=calendar_feed_id,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    calendar_feed_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: RevokeCalendarFeedReboundVersion | Unset = UNSET,

) -> Any | Problem | None:
    """ Revoke a calendar feed.

     Requires `interviews:write`. The feed's URL answers 404 from then on; calendar apps subscribed to it
    keep the
    entries they last fetched until they are removed there.

    Args:
        calendar_feed_id (UUID):
        rebound_version (RevokeCalendarFeedReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        calendar_feed_id=calendar_feed_id,
client=client,
rebound_version=rebound_version,

    )).parsed
