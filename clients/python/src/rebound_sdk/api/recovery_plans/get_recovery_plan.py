from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_recovery_plan_rebound_version import GetRecoveryPlanReboundVersion
from ...models.problem import Problem
from ...models.recovery_plan_response import RecoveryPlanResponse
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    interview_id: UUID,
    plan_id: UUID,
    *,
    rebound_version: GetRecoveryPlanReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/interviews/{interview_id}/recovery-plans/{plan_id}".format(interview_id=quote(str(interview_id), safe=""),plan_id=quote(str(plan_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecoveryPlanResponse | None:
    if response.status_code == 200:
        response_200 = RecoveryPlanResponse.from_dict(response.json())



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
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: GetRecoveryPlanReboundVersion | Unset = UNSET,

) -> Response[Problem | RecoveryPlanResponse]:
    """ Get a recovery plan.

     Requires `interviews:read`. The plan as it was generated, with the steps' current statuses, in the
    language it
    was written in (`locale`, also sent as `Content-Language`), whatever the candidate's language is
    now.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (GetRecoveryPlanReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoveryPlanResponse]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: GetRecoveryPlanReboundVersion | Unset = UNSET,

) -> Problem | RecoveryPlanResponse | None:
    """ Get a recovery plan.

     Requires `interviews:read`. The plan as it was generated, with the steps' current statuses, in the
    language it
    was written in (`locale`, also sent as `Content-Language`), whatever the candidate's language is
    now.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (GetRecoveryPlanReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoveryPlanResponse
     """


    return sync_detailed(
        interview_id=interview_id,
plan_id=plan_id,
client=client,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: GetRecoveryPlanReboundVersion | Unset = UNSET,

) -> Response[Problem | RecoveryPlanResponse]:
    """ Get a recovery plan.

     Requires `interviews:read`. The plan as it was generated, with the steps' current statuses, in the
    language it
    was written in (`locale`, also sent as `Content-Language`), whatever the candidate's language is
    now.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (GetRecoveryPlanReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoveryPlanResponse]
     """


    kwargs = _get_kwargs(
        interview_id=interview_id,
plan_id=plan_id,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interview_id: UUID,
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: GetRecoveryPlanReboundVersion | Unset = UNSET,

) -> Problem | RecoveryPlanResponse | None:
    """ Get a recovery plan.

     Requires `interviews:read`. The plan as it was generated, with the steps' current statuses, in the
    language it
    was written in (`locale`, also sent as `Content-Language`), whatever the candidate's language is
    now.

    Args:
        interview_id (UUID):
        plan_id (UUID):
        rebound_version (GetRecoveryPlanReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoveryPlanResponse
     """


    return (await asyncio_detailed(
        interview_id=interview_id,
plan_id=plan_id,
client=client,
rebound_version=rebound_version,

    )).parsed
