from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.update_webhook_endpoint_rebound_version import UpdateWebhookEndpointReboundVersion
from ...models.update_webhook_endpoint_request import UpdateWebhookEndpointRequest
from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    endpoint_id: UUID,
    *,
    body: UpdateWebhookEndpointRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateWebhookEndpointReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/webhook-endpoints/{endpoint_id}".format(endpoint_id=quote(str(endpoint_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WebhookEndpointResponse | None:
    if response.status_code == 200:
        response_200 = WebhookEndpointResponse.from_dict(response.json())



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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WebhookEndpointResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpointRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateWebhookEndpointReboundVersion | Unset = UNSET,

) -> Response[Problem | WebhookEndpointResponse]:
    """ Change a webhook endpoint.

     Requires `webhooks:write`. Honours `If-Match` (412 when stale). `enabled: true` re-enables an
    endpoint the
    service disabled; redeliver what it missed with `POST /v1/events/{event_id}/redeliver`.

    Args:
        endpoint_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateWebhookEndpointReboundVersion | Unset):
        body (UpdateWebhookEndpointRequest): Changes an endpoint; fields left out stay as they
            are. Example: {'enabled': True, 'events': ['*']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointResponse]
     """


    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpointRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateWebhookEndpointReboundVersion | Unset = UNSET,

) -> Problem | WebhookEndpointResponse | None:
    """ Change a webhook endpoint.

     Requires `webhooks:write`. Honours `If-Match` (412 when stale). `enabled: true` re-enables an
    endpoint the
    service disabled; redeliver what it missed with `POST /v1/events/{event_id}/redeliver`.

    Args:
        endpoint_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateWebhookEndpointReboundVersion | Unset):
        body (UpdateWebhookEndpointRequest): Changes an endpoint; fields left out stay as they
            are. Example: {'enabled': True, 'events': ['*']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointResponse
     """


    return sync_detailed(
        endpoint_id=endpoint_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpointRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateWebhookEndpointReboundVersion | Unset = UNSET,

) -> Response[Problem | WebhookEndpointResponse]:
    """ Change a webhook endpoint.

     Requires `webhooks:write`. Honours `If-Match` (412 when stale). `enabled: true` re-enables an
    endpoint the
    service disabled; redeliver what it missed with `POST /v1/events/{event_id}/redeliver`.

    Args:
        endpoint_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateWebhookEndpointReboundVersion | Unset):
        body (UpdateWebhookEndpointRequest): Changes an endpoint; fields left out stay as they
            are. Example: {'enabled': True, 'events': ['*']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointResponse]
     """


    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpointRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdateWebhookEndpointReboundVersion | Unset = UNSET,

) -> Problem | WebhookEndpointResponse | None:
    """ Change a webhook endpoint.

     Requires `webhooks:write`. Honours `If-Match` (412 when stale). `enabled: true` re-enables an
    endpoint the
    service disabled; redeliver what it missed with `POST /v1/events/{event_id}/redeliver`.

    Args:
        endpoint_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdateWebhookEndpointReboundVersion | Unset):
        body (UpdateWebhookEndpointRequest): Changes an endpoint; fields left out stay as they
            are. Example: {'enabled': True, 'events': ['*']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointResponse
     """


    return (await asyncio_detailed(
        endpoint_id=endpoint_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )).parsed
