from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_created_event import CandidateCreatedEvent
from ...models.candidate_deleted_event import CandidateDeletedEvent
from ...models.candidate_updated_event import CandidateUpdatedEvent
from ...models.gaffe_created_event import GaffeCreatedEvent
from ...models.gaffe_deleted_event import GaffeDeletedEvent
from ...models.gaffe_updated_event import GaffeUpdatedEvent
from ...models.get_event_rebound_version import GetEventReboundVersion
from ...models.interview_created_event import InterviewCreatedEvent
from ...models.interview_deleted_event import InterviewDeletedEvent
from ...models.interview_updated_event import InterviewUpdatedEvent
from ...models.ping_event import PingEvent
from ...models.problem import Problem
from ...models.recovery_plan_created_event import RecoveryPlanCreatedEvent
from ...models.recovery_plan_step_due_event import RecoveryPlanStepDueEvent
from ...models.recovery_plan_step_updated_event import RecoveryPlanStepUpdatedEvent
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    event_id: UUID,
    *,
    rebound_version: GetEventReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/{event_id}".format(event_id=quote(str(event_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_0 = CandidateCreatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_1 = CandidateUpdatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_2 = CandidateDeletedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_3 = InterviewCreatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_4 = InterviewUpdatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_5 = InterviewDeletedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_6 = GaffeCreatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_7 = GaffeUpdatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_8 = GaffeDeletedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_9 = RecoveryPlanCreatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_10 = RecoveryPlanStepUpdatedEvent.from_dict(data)



                return componentsschemas_event_envelope_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_envelope_type_11 = RecoveryPlanStepDueEvent.from_dict(data)



                return componentsschemas_event_envelope_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_event_envelope_type_12 = PingEvent.from_dict(data)



            return componentsschemas_event_envelope_type_12

        response_200 = _parse_response_200(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem]:
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
    rebound_version: GetEventReboundVersion | Unset = UNSET,

) -> Response[CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem]:
    """ Get one event.

     Requires `webhooks:read`. An id from another workspace is a 404.

    Args:
        event_id (UUID):
        rebound_version (GetEventReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem]
     """


    kwargs = _get_kwargs(
        event_id=event_id,
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
    rebound_version: GetEventReboundVersion | Unset = UNSET,

) -> CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem | None:
    """ Get one event.

     Requires `webhooks:read`. An id from another workspace is a 404.

    Args:
        event_id (UUID):
        rebound_version (GetEventReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem
     """


    return sync_detailed(
        event_id=event_id,
client=client,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    rebound_version: GetEventReboundVersion | Unset = UNSET,

) -> Response[CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem]:
    """ Get one event.

     Requires `webhooks:read`. An id from another workspace is a 404.

    Args:
        event_id (UUID):
        rebound_version (GetEventReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem]
     """


    kwargs = _get_kwargs(
        event_id=event_id,
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
    rebound_version: GetEventReboundVersion | Unset = UNSET,

) -> CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem | None:
    """ Get one event.

     Requires `webhooks:read`. An id from another workspace is a 404.

    Args:
        event_id (UUID):
        rebound_version (GetEventReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateCreatedEvent | CandidateDeletedEvent | CandidateUpdatedEvent | GaffeCreatedEvent | GaffeDeletedEvent | GaffeUpdatedEvent | InterviewCreatedEvent | InterviewDeletedEvent | InterviewUpdatedEvent | PingEvent | RecoveryPlanCreatedEvent | RecoveryPlanStepDueEvent | RecoveryPlanStepUpdatedEvent | Problem
     """


    return (await asyncio_detailed(
        event_id=event_id,
client=client,
rebound_version=rebound_version,

    )).parsed
