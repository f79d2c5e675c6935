from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.inbound_delivery_result import InboundDeliveryResult
from ...models.problem import Problem
from ...models.receive_merge_rebound_version import ReceiveMergeReboundVersion
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    receiver_id: UUID,
    *,
    body: Any,
    x_merge_webhook_signature: str,
    rebound_version: ReceiveMergeReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Merge-Webhook-Signature"] = x_merge_webhook_signature

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/inbound/merge/{receiver_id}".format(receiver_id=quote(str(receiver_id), safe=""),),
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
    x_merge_webhook_signature: str,
    rebound_version: ReceiveMergeReboundVersion | Unset = UNSET,

) -> Response[InboundDeliveryResult | Problem]:
    """ Take a delivery from Merge.

     Paste this receiver's URL into Merge (*Webhooks*, for the `ScheduledInterview` changed-data events)
    and its
    signature key into the receiver (`secret` at creation). No token: the `X-Merge-Webhook-Signature`
    header (base64url
    HMAC-SHA256 of the raw body under the signature key) authenticates the delivery, and is checked
    before the body
    is parsed. Bodies up to 1 MiB.

    `ScheduledInterview.added` / `.changed` upsert the interview like `POST /v1/imports/merge` with that
    one
    interview, the company being the linked account's `end_user_organization_name`. Merge sends linked
    objects by
    id unless expanded: they are resolved against the Merge objects earlier imports and deliveries
    brought into the
    workspace (kept 90 days), so after one `POST /v1/imports/merge` a new interview comes in with its
    candidate,
    role and interviewers. One whose `application` is neither expanded nor known is reported in
    `report.skipped`
    (import it with `POST /v1/imports/merge`).
    `ScheduledInterview.removed` (or `remote_was_deleted: true`) deletes the interview with that
    `remote_id`, except
    one the candidate logged gaffes or a plan on. Every other event is acknowledged and ignored. Merge
    sends no
    delivery id or timestamp: a second delivery of the same signed body (however the signature is
    encoded) is
    acknowledged as a `duplicate` and not applied again, and a change whose `remote_updated_at` is older
    than the
    one already applied to the interview is reported in `report.skipped` (field `remote_updated_at`),
    not applied.

    Args:
        receiver_id (UUID):
        x_merge_webhook_signature (str):
        rebound_version (ReceiveMergeReboundVersion | Unset):
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
x_merge_webhook_signature=x_merge_webhook_signature,
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
    x_merge_webhook_signature: str,
    rebound_version: ReceiveMergeReboundVersion | Unset = UNSET,

) -> InboundDeliveryResult | Problem | None:
    """ Take a delivery from Merge.

     Paste this receiver's URL into Merge (*Webhooks*, for the `ScheduledInterview` changed-data events)
    and its
    signature key into the receiver (`secret` at creation). No token: the `X-Merge-Webhook-Signature`
    header (base64url
    HMAC-SHA256 of the raw body under the signature key) authenticates the delivery, and is checked
    before the body
    is parsed. Bodies up to 1 MiB.

    `ScheduledInterview.added` / `.changed` upsert the interview like `POST /v1/imports/merge` with that
    one
    interview, the company being the linked account's `end_user_organization_name`. Merge sends linked
    objects by
    id unless expanded: they are resolved against the Merge objects earlier imports and deliveries
    brought into the
    workspace (kept 90 days), so after one `POST /v1/imports/merge` a new interview comes in with its
    candidate,
    role and interviewers. One whose `application` is neither expanded nor known is reported in
    `report.skipped`
    (import it with `POST /v1/imports/merge`).
    `ScheduledInterview.removed` (or `remote_was_deleted: true`) deletes the interview with that
    `remote_id`, except
    one the candidate logged gaffes or a plan on. Every other event is acknowledged and ignored. Merge
    sends no
    delivery id or timestamp: a second delivery of the same signed body (however the signature is
    encoded) is
    acknowledged as a `duplicate` and not applied again, and a change whose `remote_updated_at` is older
    than the
    one already applied to the interview is reported in `report.skipped` (field `remote_updated_at`),
    not applied.

    Args:
        receiver_id (UUID):
        x_merge_webhook_signature (str):
        rebound_version (ReceiveMergeReboundVersion | Unset):
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
x_merge_webhook_signature=x_merge_webhook_signature,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    receiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    x_merge_webhook_signature: str,
    rebound_version: ReceiveMergeReboundVersion | Unset = UNSET,

) -> Response[InboundDeliveryResult | Problem]:
    """ Take a delivery from Merge.

     Paste this receiver's URL into Merge (*Webhooks*, for the `ScheduledInterview` changed-data events)
    and its
    signature key into the receiver (`secret` at creation). No token: the `X-Merge-Webhook-Signature`
    header (base64url
    HMAC-SHA256 of the raw body under the signature key) authenticates the delivery, and is checked
    before the body
    is parsed. Bodies up to 1 MiB.

    `ScheduledInterview.added` / `.changed` upsert the interview like `POST /v1/imports/merge` with that
    one
    interview, the company being the linked account's `end_user_organization_name`. Merge sends linked
    objects by
    id unless expanded: they are resolved against the Merge objects earlier imports and deliveries
    brought into the
    workspace (kept 90 days), so after one `POST /v1/imports/merge` a new interview comes in with its
    candidate,
    role and interviewers. One whose `application` is neither expanded nor known is reported in
    `report.skipped`
    (import it with `POST /v1/imports/merge`).
    `ScheduledInterview.removed` (or `remote_was_deleted: true`) deletes the interview with that
    `remote_id`, except
    one the candidate logged gaffes or a plan on. Every other event is acknowledged and ignored. Merge
    sends no
    delivery id or timestamp: a second delivery of the same signed body (however the signature is
    encoded) is
    acknowledged as a `duplicate` and not applied again, and a change whose `remote_updated_at` is older
    than the
    one already applied to the interview is reported in `report.skipped` (field `remote_updated_at`),
    not applied.

    Args:
        receiver_id (UUID):
        x_merge_webhook_signature (str):
        rebound_version (ReceiveMergeReboundVersion | Unset):
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
x_merge_webhook_signature=x_merge_webhook_signature,
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
    x_merge_webhook_signature: str,
    rebound_version: ReceiveMergeReboundVersion | Unset = UNSET,

) -> InboundDeliveryResult | Problem | None:
    """ Take a delivery from Merge.

     Paste this receiver's URL into Merge (*Webhooks*, for the `ScheduledInterview` changed-data events)
    and its
    signature key into the receiver (`secret` at creation). No token: the `X-Merge-Webhook-Signature`
    header (base64url
    HMAC-SHA256 of the raw body under the signature key) authenticates the delivery, and is checked
    before the body
    is parsed. Bodies up to 1 MiB.

    `ScheduledInterview.added` / `.changed` upsert the interview like `POST /v1/imports/merge` with that
    one
    interview, the company being the linked account's `end_user_organization_name`. Merge sends linked
    objects by
    id unless expanded: they are resolved against the Merge objects earlier imports and deliveries
    brought into the
    workspace (kept 90 days), so after one `POST /v1/imports/merge` a new interview comes in with its
    candidate,
    role and interviewers. One whose `application` is neither expanded nor known is reported in
    `report.skipped`
    (import it with `POST /v1/imports/merge`).
    `ScheduledInterview.removed` (or `remote_was_deleted: true`) deletes the interview with that
    `remote_id`, except
    one the candidate logged gaffes or a plan on. Every other event is acknowledged and ignored. Merge
    sends no
    delivery id or timestamp: a second delivery of the same signed body (however the signature is
    encoded) is
    acknowledged as a `duplicate` and not applied again, and a change whose `remote_updated_at` is older
    than the
    one already applied to the interview is reported in `report.skipped` (field `remote_updated_at`),
    not applied.

    Args:
        receiver_id (UUID):
        x_merge_webhook_signature (str):
        rebound_version (ReceiveMergeReboundVersion | Unset):
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
x_merge_webhook_signature=x_merge_webhook_signature,
rebound_version=rebound_version,

    )).parsed
