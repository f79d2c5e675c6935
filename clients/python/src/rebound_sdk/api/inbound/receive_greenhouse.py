from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.inbound_delivery_result import InboundDeliveryResult
from ...models.problem import Problem
from ...models.receive_greenhouse_rebound_version import ReceiveGreenhouseReboundVersion
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    receiver_id: UUID,
    *,
    body: Any,
    signature: str,
    greenhouse_event_id: None | str | Unset = UNSET,
    rebound_version: ReceiveGreenhouseReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Signature"] = signature

    if not isinstance(greenhouse_event_id, Unset):
        headers["Greenhouse-Event-ID"] = greenhouse_event_id

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/inbound/greenhouse/{receiver_id}".format(receiver_id=quote(str(receiver_id), safe=""),),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InboundDeliveryResult | Problem | None:
    if response.status_code == 200:
        response_200 = InboundDeliveryResult.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InboundDeliveryResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    signature: str,
    greenhouse_event_id: None | str | Unset = UNSET,
    rebound_version: ReceiveGreenhouseReboundVersion | Unset = UNSET,

) -> Response[InboundDeliveryResult | Problem]:
    """ Take a delivery from Greenhouse.

     Create a web hook in Greenhouse (*Configure → Dev Center → Web Hooks*) with this receiver's URL and
    its
    generated secret as the *Secret key*. No token: the `Signature: sha256 <hex HMAC-SHA256(secret key,
    raw body)>`
    header authenticates the delivery, and is checked before the body is parsed. Bodies up to 1 MiB.

    Greenhouse's web hooks announce interview changes only as `interview_deleted` (a scheduled interview
    cancelled
    or deleted; the payload carries its id): it deletes the interview imported with that id, except one
    the
    candidate logged gaffes or a plan on. Greenhouse sends no web hook when an interview is scheduled or
    changed;
    import those with `POST /v1/imports/greenhouse`. `ping` and every other action are acknowledged and
    ignored. A
    second delivery of a body this receiver already applied (a retry, a replay) is acknowledged as a
    `duplicate`
    and not applied again, whatever its `Greenhouse-Event-ID` (which the signature does not cover).

    Args:
        receiver_id (UUID):
        signature (str):
        greenhouse_event_id (None | str | Unset):
        rebound_version (ReceiveGreenhouseReboundVersion | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboundDeliveryResult | Problem]
     """


    kwargs = _get_kwargs(
        receiver_id=receiver_id,
body=body,
signature=signature,
greenhouse_event_id=greenhouse_event_id,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    receiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    signature: str,
    greenhouse_event_id: None | str | Unset = UNSET,
    rebound_version: ReceiveGreenhouseReboundVersion | Unset = UNSET,

) -> InboundDeliveryResult | Problem | None:
    """ Take a delivery from Greenhouse.

     Create a web hook in Greenhouse (*Configure → Dev Center → Web Hooks*) with this receiver's URL and
    its
    generated secret as the *Secret key*. No token: the `Signature: sha256 <hex HMAC-SHA256(secret key,
    raw body)>`
    header authenticates the delivery, and is checked before the body is parsed. Bodies up to 1 MiB.

    Greenhouse's web hooks announce interview changes only as `interview_deleted` (a scheduled interview
    cancelled
    or deleted; the payload carries its id): it deletes the interview imported with that id, except one
    the
    candidate logged gaffes or a plan on. Greenhouse sends no web hook when an interview is scheduled or
    changed;
    import those with `POST /v1/imports/greenhouse`. `ping` and every other action are acknowledged and
    ignored. A
    second delivery of a body this receiver already applied (a retry, a replay) is acknowledged as a
    `duplicate`
    and not applied again, whatever its `Greenhouse-Event-ID` (which the signature does not cover).

    Args:
        receiver_id (UUID):
        signature (str):
        greenhouse_event_id (None | str | Unset):
        rebound_version (ReceiveGreenhouseReboundVersion | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboundDeliveryResult | Problem
     """


    return sync_detailed(
        receiver_id=receiver_id,
client=client,
body=body,
signature=signature,
greenhouse_event_id=greenhouse_event_id,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    receiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    signature: str,
    greenhouse_event_id: None | str | Unset = UNSET,
    rebound_version: ReceiveGreenhouseReboundVersion | Unset = UNSET,

) -> Response[InboundDeliveryResult | Problem]:
    """ Take a delivery from Greenhouse.

     Create a web hook in Greenhouse (*Configure → Dev Center → Web Hooks*) with this receiver's URL and
    its
    generated secret as the *Secret key*. No token: the `Signature: sha256 <hex HMAC-SHA256(secret key,
    raw body)>`
    header authenticates the delivery, and is checked before the body is parsed. Bodies up to 1 MiB.

    Greenhouse's web hooks announce interview changes only as `interview_deleted` (a scheduled interview
    cancelled
    or deleted; the payload carries its id): it deletes the interview imported with that id, except one
    the
    candidate logged gaffes or a plan on. Greenhouse sends no web hook when an interview is scheduled or
    changed;
    import those with `POST /v1/imports/greenhouse`. `ping` and every other action are acknowledged and
    ignored. A
    second delivery of a body this receiver already applied (a retry, a replay) is acknowledged as a
    `duplicate`
    and not applied again, whatever its `Greenhouse-Event-ID` (which the signature does not cover).

    Args:
        receiver_id (UUID):
        signature (str):
        greenhouse_event_id (None | str | Unset):
        rebound_version (ReceiveGreenhouseReboundVersion | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboundDeliveryResult | Problem]
     """


    kwargs = _get_kwargs(
        receiver_id=receiver_id,
body=body,
signature=signature,
greenhouse_event_id=greenhouse_event_id,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    receiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    signature: str,
    greenhouse_event_id: None | str | Unset = UNSET,
    rebound_version: ReceiveGreenhouseReboundVersion | Unset = UNSET,

) -> InboundDeliveryResult | Problem | None:
    """ Take a delivery from Greenhouse.

     Create a web hook in Greenhouse (*Configure → Dev Center → Web Hooks*) with this receiver's URL and
    its
    generated secret as the *Secret key*. No token: the `Signature: sha256 <hex HMAC-SHA256(secret key,
    raw body)>`
    header authenticates the delivery, and is checked before the body is parsed. Bodies up to 1 MiB.

    Greenhouse's web hooks announce interview changes only as `interview_deleted` (a scheduled interview
    cancelled
    or deleted; the payload carries its id): it deletes the interview imported with that id, except one
    the
    candidate logged gaffes or a plan on. Greenhouse sends no web hook when an interview is scheduled or
    changed;
    import those with `POST /v1/imports/greenhouse`. `ping` and every other action are acknowledged and
    ignored. A
    second delivery of a body this receiver already applied (a retry, a replay) is acknowledged as a
    `duplicate`
    and not applied again, whatever its `Greenhouse-Event-ID` (which the signature does not cover).

    Args:
        receiver_id (UUID):
        signature (str):
        greenhouse_event_id (None | str | Unset):
        rebound_version (ReceiveGreenhouseReboundVersion | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboundDeliveryResult | Problem
     """


    return (await asyncio_detailed(
        receiver_id=receiver_id,
client=client,
body=body,
signature=signature,
greenhouse_event_id=greenhouse_event_id,
rebound_version=rebound_version,

    )).parsed
