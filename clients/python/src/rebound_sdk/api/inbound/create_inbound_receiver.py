from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_inbound_receiver_rebound_version import CreateInboundReceiverReboundVersion
from ...models.create_inbound_receiver_request import CreateInboundReceiverRequest
from ...models.created_inbound_receiver import CreatedInboundReceiver
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CreateInboundReceiverRequest,
    rebound_version: CreateInboundReceiverReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/inbound-receivers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedInboundReceiver | Problem | None:
    if response.status_code == 201:
        response_201 = CreatedInboundReceiver.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreatedInboundReceiver | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInboundReceiverRequest,
    rebound_version: CreateInboundReceiverReboundVersion | Unset = UNSET,

) -> Response[CreatedInboundReceiver | Problem]:
    """ Configure an inbound ATS webhook receiver.

     Requires `admin` (workspace owners). Answers the URL to paste into the ATS and, unless the request
    supplied the
    ATS's own key in `secret`, the generated shared secret, shown this once. Deliveries to the URL need
    no token:
    the vendor's HMAC-SHA256 signature of the body under this secret authenticates them. At most 20
    receivers per
    workspace.

    Args:
        rebound_version (CreateInboundReceiverReboundVersion | Unset):
        body (CreateInboundReceiverRequest): Configures a receiver. Example: {'vendor': 'merge',
            'label': 'Merge (production)', 'secret': 'mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedInboundReceiver | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: CreateInboundReceiverRequest,
    rebound_version: CreateInboundReceiverReboundVersion | Unset = UNSET,

) -> CreatedInboundReceiver | Problem | None:
    """ Configure an inbound ATS webhook receiver.

     Requires `admin` (workspace owners). Answers the URL to paste into the ATS and, unless the request
    supplied the
    ATS's own key in `secret`, the generated shared secret, shown this once. Deliveries to the URL need
    no token:
    the vendor's HMAC-SHA256 signature of the body under this secret authenticates them. At most 20
    receivers per
    workspace.

    Args:
        rebound_version (CreateInboundReceiverReboundVersion | Unset):
        body (CreateInboundReceiverRequest): Configures a receiver. Example: {'vendor': 'merge',
            'label': 'Merge (production)', 'secret': 'mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedInboundReceiver | Problem
     """


    return sync_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInboundReceiverRequest,
    rebound_version: CreateInboundReceiverReboundVersion | Unset = UNSET,

) -> Response[CreatedInboundReceiver | Problem]:
    """ Configure an inbound ATS webhook receiver.

     Requires `admin` (workspace owners). Answers the URL to paste into the ATS and, unless the request
    supplied the
    ATS's own key in `secret`, the generated shared secret, shown this once. Deliveries to the URL need
    no token:
    the vendor's HMAC-SHA256 signature of the body under this secret authenticates them. At most 20
    receivers per
    workspace.

    Args:
        rebound_version (CreateInboundReceiverReboundVersion | Unset):
        body (CreateInboundReceiverRequest): Configures a receiver. Example: {'vendor': 'merge',
            'label': 'Merge (production)', 'secret': 'mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedInboundReceiver | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateInboundReceiverRequest,
    rebound_version: CreateInboundReceiverReboundVersion | Unset = UNSET,

) -> CreatedInboundReceiver | Problem | None:
    """ Configure an inbound ATS webhook receiver.

     Requires `admin` (workspace owners). Answers the URL to paste into the ATS and, unless the request
    supplied the
    ATS's own key in `secret`, the generated shared secret, shown this once. Deliveries to the URL need
    no token:
    the vendor's HMAC-SHA256 signature of the body under this secret authenticates them. At most 20
    receivers per
    workspace.

    Args:
        rebound_version (CreateInboundReceiverReboundVersion | Unset):
        body (CreateInboundReceiverRequest): Configures a receiver. Example: {'vendor': 'merge',
            'label': 'Merge (production)', 'secret': 'mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedInboundReceiver | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
