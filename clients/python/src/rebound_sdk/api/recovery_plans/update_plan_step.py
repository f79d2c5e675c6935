from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.plan_step_response import PlanStepResponse
from ...models.problem import Problem
from ...models.update_plan_step_rebound_version import UpdatePlanStepReboundVersion
from ...models.update_step_request import UpdateStepRequest
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    plan_id: UUID,
    step_id: UUID,
    *,
    body: UpdateStepRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdatePlanStepReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/interviews/{interview_id}/recovery-plans/{plan_id}/steps/{step_id}".format(interview_id=quote(str(interview_id), safe=""),plan_id=quote(str(plan_id), safe=""),step_id=quote(str(step_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlanStepResponse | Problem | None:
    if response.status_code == 200:
        response_200 = PlanStepResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PlanStepResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interview_id: UUID,
    plan_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateStepRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdatePlanStepReboundVersion | Unset = UNSET,

) -> Response[PlanStepResponse | Problem]:
    """ Update a plan step's status.

     Requires `plans:write`. Mark a step `done` or `skipped` (or back to `pending`). Honours `If-Match`
    with the
    step's ETag (412 when stale); the step's version increases with every change.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        step_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdatePlanStepReboundVersion | Unset):
        body (UpdateStepRequest): Changes a step's status. Example: {'status': 'done'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanStepResponse | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
step_id=step_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interview_id: UUID,
    plan_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateStepRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdatePlanStepReboundVersion | Unset = UNSET,

) -> PlanStepResponse | Problem | None:
    """ Update a plan step's status.

     Requires `plans:write`. Mark a step `done` or `skipped` (or back to `pending`). Honours `If-Match`
    with the
    step's ETag (412 when stale); the step's version increases with every change.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        step_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdatePlanStepReboundVersion | Unset):
        body (UpdateStepRequest): Changes a step's status. Example: {'status': 'done'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanStepResponse | Problem
     """


    return sync_detailed(
        interview_id=interview_id,
plan_id=plan_id,
step_id=step_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    plan_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateStepRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdatePlanStepReboundVersion | Unset = UNSET,

) -> Response[PlanStepResponse | Problem]:
    """ Update a plan step's status.

     Requires `plans:write`. Mark a step `done` or `skipped` (or back to `pending`). Honours `If-Match`
    with the
    step's ETag (412 when stale); the step's version increases with every change.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        step_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdatePlanStepReboundVersion | Unset):
        body (UpdateStepRequest): Changes a step's status. Example: {'status': 'done'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanStepResponse | Problem]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
step_id=step_id,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interview_id: UUID,
    plan_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateStepRequest,
    if_match: str | Unset = UNSET,
    rebound_version: UpdatePlanStepReboundVersion | Unset = UNSET,

) -> PlanStepResponse | Problem | None:
    """ Update a plan step's status.

     Requires `plans:write`. Mark a step `done` or `skipped` (or back to `pending`). Honours `If-Match`
    with the
    step's ETag (412 when stale); the step's version increases with every change.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        step_id (UUID):
        if_match (str | Unset):
        rebound_version (UpdatePlanStepReboundVersion | Unset):
        body (UpdateStepRequest): Changes a step's status. Example: {'status': 'done'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanStepResponse | Problem
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
plan_id=plan_id,
step_id=step_id,
client=client,
body=body,
if_match=if_match,
rebound_version=rebound_version,

    )).parsed
