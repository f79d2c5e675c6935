from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.greenhouse_bundle import GreenhouseBundle
from ...models.import_greenhouse_rebound_version import ImportGreenhouseReboundVersion
from ...models.import_report import ImportReport
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: GreenhouseBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportGreenhouseReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/imports/greenhouse",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportReport | Problem | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GreenhouseBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportGreenhouseReboundVersion | Unset = UNSET,

) -> Response[ImportReport | Problem]:
    """ Import interviews from Greenhouse Harvest.

     Send the objects as Harvest's list endpoints return them (`GET /v1/candidates`, `/v1/applications`,
    `/v1/scheduled_interviews`), with the hiring company's name; nulls and fields Rebound does not use
    are fine. Each
    scheduled interview becomes an interview with `remote: {source: "greenhouse", remote_id}` (its
    Harvest `id`);
    its candidate, reached through `application_id` → application → `candidate_id`, is found by
    `external_id` (the
    Harvest candidate `id`) and created when missing. The role title is the application's first job's
    `name`, the
    stage comes from `interview.name`, the format from `video_conferencing_url` and `location`,
    `occurred_at` and
    the duration from `start.date_time` and `end.date_time` (an all-day interview's `start.date` is
    midnight UTC,
    without a duration), the interviewers' names and e-mails from `interviewers[]`. `status` and
    `organizer` are not
    imported.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged is never
    touched. New
    interviews are not rated yet (`self_rating: null`), `outcome: pending`.

    At most 500 objects per call (all arrays together). An object that cannot be read or imported is
    listed in
    `skipped` with the Harvest field at fault (prefixed with its array and index when it has no readable
    `id`); the
    rest still import. Requires `interviews:write` and a workspace-wide caller (candidate users get
    403). Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportGreenhouseReboundVersion | Unset):
        body (GreenhouseBundle): `POST /v1/imports/greenhouse`: one company's Harvest objects,
            each list as Harvest's list endpoint returns it.
            Unknown fields are ignored; an object that cannot be read is skipped (and reported)
            without failing the others. Example: {'company': 'Halvorsen Capital', 'candidates':
            [{'id': 48201331, 'first_name': 'Amara', 'last_name': 'Okafor', 'email_addresses':
            [{'value': 'amara.okafor@example.com', 'type': 'personal'}]}], 'applications': [{'id':
            61500101, 'candidate_id': 48201331, 'jobs': [{'id': 123004, 'name': 'Senior Financial
            Analyst'}]}], 'scheduled_interviews': [{'id': 110300001, 'application_id': 61500101,
            'start': {'date_time': '2026-11-18T14:00:00.000Z'}, 'end': {'date_time':
            '2026-11-18T15:00:00.000Z'}, 'video_conferencing_url': 'https://zoom.us/j/93015520441',
            'status': 'complete', 'interview': {'id': 7001, 'name': 'Technical Interview'},
            'interviewers': [{'id': 5121, 'name': 'Armin Lindqvist', 'email':
            'armin.lindqvist@halvorsen.example.com'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: GreenhouseBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportGreenhouseReboundVersion | Unset = UNSET,

) -> ImportReport | Problem | None:
    """ Import interviews from Greenhouse Harvest.

     Send the objects as Harvest's list endpoints return them (`GET /v1/candidates`, `/v1/applications`,
    `/v1/scheduled_interviews`), with the hiring company's name; nulls and fields Rebound does not use
    are fine. Each
    scheduled interview becomes an interview with `remote: {source: "greenhouse", remote_id}` (its
    Harvest `id`);
    its candidate, reached through `application_id` → application → `candidate_id`, is found by
    `external_id` (the
    Harvest candidate `id`) and created when missing. The role title is the application's first job's
    `name`, the
    stage comes from `interview.name`, the format from `video_conferencing_url` and `location`,
    `occurred_at` and
    the duration from `start.date_time` and `end.date_time` (an all-day interview's `start.date` is
    midnight UTC,
    without a duration), the interviewers' names and e-mails from `interviewers[]`. `status` and
    `organizer` are not
    imported.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged is never
    touched. New
    interviews are not rated yet (`self_rating: null`), `outcome: pending`.

    At most 500 objects per call (all arrays together). An object that cannot be read or imported is
    listed in
    `skipped` with the Harvest field at fault (prefixed with its array and index when it has no readable
    `id`); the
    rest still import. Requires `interviews:write` and a workspace-wide caller (candidate users get
    403). Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportGreenhouseReboundVersion | Unset):
        body (GreenhouseBundle): `POST /v1/imports/greenhouse`: one company's Harvest objects,
            each list as Harvest's list endpoint returns it.
            Unknown fields are ignored; an object that cannot be read is skipped (and reported)
            without failing the others. Example: {'company': 'Halvorsen Capital', 'candidates':
            [{'id': 48201331, 'first_name': 'Amara', 'last_name': 'Okafor', 'email_addresses':
            [{'value': 'amara.okafor@example.com', 'type': 'personal'}]}], 'applications': [{'id':
            61500101, 'candidate_id': 48201331, 'jobs': [{'id': 123004, 'name': 'Senior Financial
            Analyst'}]}], 'scheduled_interviews': [{'id': 110300001, 'application_id': 61500101,
            'start': {'date_time': '2026-11-18T14:00:00.000Z'}, 'end': {'date_time':
            '2026-11-18T15:00:00.000Z'}, 'video_conferencing_url': 'https://zoom.us/j/93015520441',
            'status': 'complete', 'interview': {'id': 7001, 'name': 'Technical Interview'},
            'interviewers': [{'id': 5121, 'name': 'Armin Lindqvist', 'email':
            'armin.lindqvist@halvorsen.example.com'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GreenhouseBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportGreenhouseReboundVersion | Unset = UNSET,

) -> Response[ImportReport | Problem]:
    """ Import interviews from Greenhouse Harvest.

     Send the objects as Harvest's list endpoints return them (`GET /v1/candidates`, `/v1/applications`,
    `/v1/scheduled_interviews`), with the hiring company's name; nulls and fields Rebound does not use
    are fine. Each
    scheduled interview becomes an interview with `remote: {source: "greenhouse", remote_id}` (its
    Harvest `id`);
    its candidate, reached through `application_id` → application → `candidate_id`, is found by
    `external_id` (the
    Harvest candidate `id`) and created when missing. The role title is the application's first job's
    `name`, the
    stage comes from `interview.name`, the format from `video_conferencing_url` and `location`,
    `occurred_at` and
    the duration from `start.date_time` and `end.date_time` (an all-day interview's `start.date` is
    midnight UTC,
    without a duration), the interviewers' names and e-mails from `interviewers[]`. `status` and
    `organizer` are not
    imported.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged is never
    touched. New
    interviews are not rated yet (`self_rating: null`), `outcome: pending`.

    At most 500 objects per call (all arrays together). An object that cannot be read or imported is
    listed in
    `skipped` with the Harvest field at fault (prefixed with its array and index when it has no readable
    `id`); the
    rest still import. Requires `interviews:write` and a workspace-wide caller (candidate users get
    403). Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportGreenhouseReboundVersion | Unset):
        body (GreenhouseBundle): `POST /v1/imports/greenhouse`: one company's Harvest objects,
            each list as Harvest's list endpoint returns it.
            Unknown fields are ignored; an object that cannot be read is skipped (and reported)
            without failing the others. Example: {'company': 'Halvorsen Capital', 'candidates':
            [{'id': 48201331, 'first_name': 'Amara', 'last_name': 'Okafor', 'email_addresses':
            [{'value': 'amara.okafor@example.com', 'type': 'personal'}]}], 'applications': [{'id':
            61500101, 'candidate_id': 48201331, 'jobs': [{'id': 123004, 'name': 'Senior Financial
            Analyst'}]}], 'scheduled_interviews': [{'id': 110300001, 'application_id': 61500101,
            'start': {'date_time': '2026-11-18T14:00:00.000Z'}, 'end': {'date_time':
            '2026-11-18T15:00:00.000Z'}, 'video_conferencing_url': 'https://zoom.us/j/93015520441',
            'status': 'complete', 'interview': {'id': 7001, 'name': 'Technical Interview'},
            'interviewers': [{'id': 5121, 'name': 'Armin Lindqvist', 'email':
            'armin.lindqvist@halvorsen.example.com'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GreenhouseBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportGreenhouseReboundVersion | Unset = UNSET,

) -> ImportReport | Problem | None:
    """ Import interviews from Greenhouse Harvest.

     Send the objects as Harvest's list endpoints return them (`GET /v1/candidates`, `/v1/applications`,
    `/v1/scheduled_interviews`), with the hiring company's name; nulls and fields Rebound does not use
    are fine. Each
    scheduled interview becomes an interview with `remote: {source: "greenhouse", remote_id}` (its
    Harvest `id`);
    its candidate, reached through `application_id` → application → `candidate_id`, is found by
    `external_id` (the
    Harvest candidate `id`) and created when missing. The role title is the application's first job's
    `name`, the
    stage comes from `interview.name`, the format from `video_conferencing_url` and `location`,
    `occurred_at` and
    the duration from `start.date_time` and `end.date_time` (an all-day interview's `start.date` is
    midnight UTC,
    without a duration), the interviewers' names and e-mails from `interviewers[]`. `status` and
    `organizer` are not
    imported.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged is never
    touched. New
    interviews are not rated yet (`self_rating: null`), `outcome: pending`.

    At most 500 objects per call (all arrays together). An object that cannot be read or imported is
    listed in
    `skipped` with the Harvest field at fault (prefixed with its array and index when it has no readable
    `id`); the
    rest still import. Requires `interviews:write` and a workspace-wide caller (candidate users get
    403). Send an
    `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportGreenhouseReboundVersion | Unset):
        body (GreenhouseBundle): `POST /v1/imports/greenhouse`: one company's Harvest objects,
            each list as Harvest's list endpoint returns it.
            Unknown fields are ignored; an object that cannot be read is skipped (and reported)
            without failing the others. Example: {'company': 'Halvorsen Capital', 'candidates':
            [{'id': 48201331, 'first_name': 'Amara', 'last_name': 'Okafor', 'email_addresses':
            [{'value': 'amara.okafor@example.com', 'type': 'personal'}]}], 'applications': [{'id':
            61500101, 'candidate_id': 48201331, 'jobs': [{'id': 123004, 'name': 'Senior Financial
            Analyst'}]}], 'scheduled_interviews': [{'id': 110300001, 'application_id': 61500101,
            'start': {'date_time': '2026-11-18T14:00:00.000Z'}, 'end': {'date_time':
            '2026-11-18T15:00:00.000Z'}, 'video_conferencing_url': 'https://zoom.us/j/93015520441',
            'status': 'complete', 'interview': {'id': 7001, 'name': 'Technical Interview'},
            'interviewers': [{'id': 5121, 'name': 'Armin Lindqvist', 'email':
            'armin.lindqvist@halvorsen.example.com'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
rebound_version=rebound_version,

    )).parsed
