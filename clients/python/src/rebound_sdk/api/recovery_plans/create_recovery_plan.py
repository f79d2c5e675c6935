from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_recovery_plan_rebound_version import CreateRecoveryPlanReboundVersion
from ...models.create_recovery_plan_request import CreateRecoveryPlanRequest
from ...models.problem import Problem
from ...models.recovery_plan_response import RecoveryPlanResponse
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    *,
    body: CreateRecoveryPlanRequest | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateRecoveryPlanReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interviews/{interview_id}/recovery-plans".format(interview_id=quote(str(interview_id), safe=""),),
    }

    
    if isinstance(body, CreateRecoveryPlanRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecoveryPlanResponse | None:
    if response.status_code == 201:
        response_201 = RecoveryPlanResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecoveryPlanResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryPlanRequest | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateRecoveryPlanReboundVersion | Unset = UNSET,

) -> Response[Problem | RecoveryPlanResponse]:
    """ Generate a recovery plan.

     Requires `plans:write`. Assesses the interview as it is now and applies the six-step recovery rules:
    a
    cool-off while it is still useful, a clinical review, a thank-you note that repairs only what was
    surely noticed
    and adds a forgotten experience (drafted, using the logged interviewer names), a reference tip-off,
    a
    second-interview request as a last resort (only when `employer_interest` is `strong`), and lessons
    for next time.
    The interview's `outcome` picks the path: after a rejection or a withdrawal, a gracious reply that
    keeps the door
    open and lessons, with no damage control; after an advance or an offer, a plain thank-you and
    preparation for
    what comes next; and a good interview (damage about 0) gets a thank-you, a note of what went well
    and
    preparation for the next round. Step kinds left out are listed in `omitted` with the reason. The
    plan, its steps and
    lessons are stored together as a snapshot; generating again after the interview or its gaffes change
    makes a new
    plan, and older plans stay readable. Every text is written in the candidate's `locale` (`en` or `fr-
    CA`), kept
    with the plan as its `locale` and sent as `Content-Language`. The body is optional. Send an
    `Idempotency-Key`
    header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateRecoveryPlanReboundVersion | Unset):
        body (CreateRecoveryPlanRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoveryPlanResponse]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryPlanRequest | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateRecoveryPlanReboundVersion | Unset = UNSET,

) -> Problem | RecoveryPlanResponse | None:
    """ Generate a recovery plan.

     Requires `plans:write`. Assesses the interview as it is now and applies the six-step recovery rules:
    a
    cool-off while it is still useful, a clinical review, a thank-you note that repairs only what was
    surely noticed
    and adds a forgotten experience (drafted, using the logged interviewer names), a reference tip-off,
    a
    second-interview request as a last resort (only when `employer_interest` is `strong`), and lessons
    for next time.
    The interview's `outcome` picks the path: after a rejection or a withdrawal, a gracious reply that
    keeps the door
    open and lessons, with no damage control; after an advance or an offer, a plain thank-you and
    preparation for
    what comes next; and a good interview (damage about 0) gets a thank-you, a note of what went well
    and
    preparation for the next round. Step kinds left out are listed in `omitted` with the reason. The
    plan, its steps and
    lessons are stored together as a snapshot; generating again after the interview or its gaffes change
    makes a new
    plan, and older plans stay readable. Every text is written in the candidate's `locale` (`en` or `fr-
    CA`), kept
    with the plan as its `locale` and sent as `Content-Language`. The body is optional. Send an
    `Idempotency-Key`
    header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateRecoveryPlanReboundVersion | Unset):
        body (CreateRecoveryPlanRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoveryPlanResponse
     """


    return sync_detailed(
        interview_id=interview_id,
client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryPlanRequest | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateRecoveryPlanReboundVersion | Unset = UNSET,

) -> Response[Problem | RecoveryPlanResponse]:
    """ Generate a recovery plan.

     Requires `plans:write`. Assesses the interview as it is now and applies the six-step recovery rules:
    a
    cool-off while it is still useful, a clinical review, a thank-you note that repairs only what was
    surely noticed
    and adds a forgotten experience (drafted, using the logged interviewer names), a reference tip-off,
    a
    second-interview request as a last resort (only when `employer_interest` is `strong`), and lessons
    for next time.
    The interview's `outcome` picks the path: after a rejection or a withdrawal, a gracious reply that
    keeps the door
    open and lessons, with no damage control; after an advance or an offer, a plain thank-you and
    preparation for
    what comes next; and a good interview (damage about 0) gets a thank-you, a note of what went well
    and
    preparation for the next round. Step kinds left out are listed in `omitted` with the reason. The
    plan, its steps and
    lessons are stored together as a snapshot; generating again after the interview or its gaffes change
    makes a new
    plan, and older plans stay readable. Every text is written in the candidate's `locale` (`en` or `fr-
    CA`), kept
    with the plan as its `locale` and sent as `Content-Language`. The body is optional. Send an
    `Idempotency-Key`
    header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateRecoveryPlanReboundVersion | Unset):
        body (CreateRecoveryPlanRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoveryPlanResponse]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interview_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryPlanRequest | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    rebound_version: CreateRecoveryPlanReboundVersion | Unset = UNSET,

) -> Problem | RecoveryPlanResponse | None:
    """ Generate a recovery plan.

     Requires `plans:write`. Assesses the interview as it is now and applies the six-step recovery rules:
    a
    cool-off while it is still useful, a clinical review, a thank-you note that repairs only what was
    surely noticed
    and adds a forgotten experience (drafted, using the logged interviewer names), a reference tip-off,
    a
    second-interview request as a last resort (only when `employer_interest` is `strong`), and lessons
    for next time.
    The interview's `outcome` picks the path: after a rejection or a withdrawal, a gracious reply that
    keeps the door
    open and lessons, with no damage control; after an advance or an offer, a plain thank-you and
    preparation for
    what comes next; and a good interview (damage about 0) gets a thank-you, a note of what went well
    and
    preparation for the next round. Step kinds left out are listed in `omitted` with the reason. The
    plan, its steps and
    lessons are stored together as a snapshot; generating again after the interview or its gaffes change
    makes a new
    plan, and older plans stay readable. Every text is written in the candidate's `locale` (`en` or `fr-
    CA`), kept
    with the plan as its `locale` and sent as `Content-Language`. The body is optional. Send an
    `Idempotency-Key`
    header to make retries safe.

    Args:
        interview_id (UUID):
        idempotency_key (str | Unset):
        rebound_version (CreateRecoveryPlanReboundVersion | Unset):
        body (CreateRecoveryPlanRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoveryPlanResponse
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )).parsed
