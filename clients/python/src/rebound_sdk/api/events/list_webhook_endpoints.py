from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_webhook_endpoints_rebound_version import ListWebhookEndpointsReboundVersion
from ...models.problem import Problem
from ...models.webhook_endpoint_list import WebhookEndpointList
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    rebound_version: ListWebhookEndpointsReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhook-endpoints",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WebhookEndpointList | None:
    if response.status_code == 200:
        response_200 = WebhookEndpointList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WebhookEndpointList]:
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
    rebound_version: ListWebhookEndpointsReboundVersion | Unset = UNSET,

) -> Response[Problem | WebhookEndpointList]:
    """ List the workspace's webhook endpoints, newest first.

     Requires `webhooks:read`. Secrets are never listed.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        rebound_version (ListWebhookEndpointsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointList]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
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
    rebound_version: ListWebhookEndpointsReboundVersion | Unset = UNSET,

) -> Problem | WebhookEndpointList | None:
    """ List the workspace's webhook endpoints, newest first.

     Requires `webhooks:read`. Secrets are never listed.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        rebound_version (ListWebhookEndpointsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointList
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    rebound_version: ListWebhookEndpointsReboundVersion | Unset = UNSET,

) -> Response[Problem | WebhookEndpointList]:
    """ List the workspace's webhook endpoints, newest first.

     Requires `webhooks:read`. Secrets are never listed.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        rebound_version (ListWebhookEndpointsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointList]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
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
    rebound_version: ListWebhookEndpointsReboundVersion | Unset = UNSET,

) -> Problem | WebhookEndpointList | None:
    """ List the workspace's webhook endpoints, newest first.

     Requires `webhooks:read`. Secrets are never listed.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        rebound_version (ListWebhookEndpointsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointList
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
rebound_version=rebound_version,

    )).parsed
