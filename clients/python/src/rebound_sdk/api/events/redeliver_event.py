from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.queued_deliveries import QueuedDeliveries
from ...models.redeliver_event_rebound_version import RedeliverEventReboundVersion
from ...models.redeliver_request import RedeliverRequest
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    event_id: UUID,
    *,
    body: None | RedeliverRequest | Unset = UNSET,
    rebound_version: RedeliverEventReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_id}/redeliver".format(event_id=quote(str(event_id), safe=""),),
    }

    
    if isinstance(body, RedeliverRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | QueuedDeliveries | None:
    if response.status_code == 202:
        response_202 = QueuedDeliveries.from_dict(response.json())



        return response_202

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | QueuedDeliveries]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RedeliverRequest | Unset = UNSET,
    rebound_version: RedeliverEventReboundVersion | Unset = UNSET,

) -> Response[Problem | QueuedDeliveries]:
    """ Deliver an event again.

     Requires `webhooks:write`. Queues a fresh delivery (a new attempt schedule) to one endpoint, or to
    every
    enabled endpoint subscribed to the event's type. The body is optional.

    Args:
        event_id (UUID):
        rebound_version (RedeliverEventReboundVersion | Unset):
        body (None | RedeliverRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QueuedDeliveries]
     """


    kwargs = _get_kwargs(
        event_id=event_id,
body=body,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RedeliverRequest | Unset = UNSET,
    rebound_version: RedeliverEventReboundVersion | Unset = UNSET,

) -> Problem | QueuedDeliveries | None:
    """ Deliver an event again.

     Requires `webhooks:write`. Queues a fresh delivery (a new attempt schedule) to one endpoint, or to
    every
    enabled endpoint subscribed to the event's type. The body is optional.

    Args:
        event_id (UUID):
        rebound_version (RedeliverEventReboundVersion | Unset):
        body (None | RedeliverRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QueuedDeliveries
     """


    return sync_detailed(
        event_id=event_id,
client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RedeliverRequest | Unset = UNSET,
    rebound_version: RedeliverEventReboundVersion | Unset = UNSET,

) -> Response[Problem | QueuedDeliveries]:
    """ Deliver an event again.

     Requires `webhooks:write`. Queues a fresh delivery (a new attempt schedule) to one endpoint, or to
    every
    enabled endpoint subscribed to the event's type. The body is optional.

    Args:
        event_id (UUID):
        rebound_version (RedeliverEventReboundVersion | Unset):
        body (None | RedeliverRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QueuedDeliveries]
     """


    kwargs = _get_kwargs(
        event_id=event_id,
body=body,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RedeliverRequest | Unset = UNSET,
    rebound_version: RedeliverEventReboundVersion | Unset = UNSET,

) -> Problem | QueuedDeliveries | None:
    """ Deliver an event again.

     Requires `webhooks:write`. Queues a fresh delivery (a new attempt schedule) to one endpoint, or to
    every
    enabled endpoint subscribed to the event's type. The body is optional.

    Args:
        event_id (UUID):
        rebound_version (RedeliverEventReboundVersion | Unset):
        body (None | RedeliverRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QueuedDeliveries
     """


    return (await asyncio_detailed(
        event_id=event_id,
client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
