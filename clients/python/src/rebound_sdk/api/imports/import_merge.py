from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.import_merge_rebound_version import ImportMergeReboundVersion
from ...models.import_report import ImportReport
from ...models.merge_bundle import MergeBundle
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: MergeBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportMergeReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/imports/merge",
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
    body: MergeBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportMergeReboundVersion | Unset = UNSET,

) -> Response[ImportReport | Problem]:
    """ Import interviews from Merge's unified ATS API.

     Send the objects as Merge's list endpoints return them (`results` of `GET /ats/v1/candidates`,
    `/applications`, `/jobs`, `/users`, `/interviews`, optionally `/job-interview-stages`), with the
    hiring
    company's name; nulls and fields Rebound does not use are fine. Each `ScheduledInterview` becomes an
    interview
    with `remote: {source: "merge", remote_id}` (the ATS's `remote_id`, else Merge's `id`); its
    candidate (through
    its application) is found by `external_id` and created when missing; the role title comes from the
    job, the
    interviewers' names and e-mails from the `RemoteUser`s, the stage from the stage name, the format
    from the
    location.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged
    (questions, strengths,
    self-rating, outcome, employer interest, notes, time zone, gaffes, plans) is never touched. New
    interviews are
    not rated yet (`self_rating: null`), `outcome: pending`. `remote_was_deleted: true` deletes the
    interview,
    unless the candidate logged gaffes or a recovery plan for it: it is then kept and listed in
    `skipped`.

    The Merge objects of the bundle are remembered for the workspace (90 days after they were last
    seen), so that a
    Merge webhook delivery naming them by id alone can be applied (see `POST
    /v1/inbound/merge/{receiver_id}`).

    At most 500 objects per call (all arrays together). An object that cannot be imported is listed in
    `skipped`
    with the field at fault; the rest still import. Requires `interviews:write` and a workspace-wide
    caller
    (candidate users get 403). Send an `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportMergeReboundVersion | Unset):
        body (MergeBundle): A bundle of Merge ATS objects as Merge's list endpoints return them
            (`results` of `GET /candidates`,
            `/applications`, `/jobs`, `/users`, `/interviews`), with the hiring company's name.
            `job_interview_stages` is
            optional: without it (and without `expand=job_interview_stage`), interviews get stage
            `other`. Example: {'company': 'Harbor & Finch Capital', 'candidates': [{'id':
            '521b18c2-4d01-4297-b451-19858d07c133', 'remote_id': '4021', 'first_name': 'Dana',
            'last_name': 'Okafor'}], 'applications': [{'id': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d',
            'candidate': '521b18c2-4d01-4297-b451-19858d07c133', 'job':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633'}], 'jobs': [{'id':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633', 'name': 'Senior Financial Analyst'}], 'users': [],
            'interviews': [{'id': 'b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f', 'remote_id': '930112',
            'application': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'location': 'Zoom', 'start_at':
            '2026-11-24T14:00:00Z', 'end_at': '2026-11-24T15:00:00Z'}]}.

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
    body: MergeBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportMergeReboundVersion | Unset = UNSET,

) -> ImportReport | Problem | None:
    """ Import interviews from Merge's unified ATS API.

     Send the objects as Merge's list endpoints return them (`results` of `GET /ats/v1/candidates`,
    `/applications`, `/jobs`, `/users`, `/interviews`, optionally `/job-interview-stages`), with the
    hiring
    company's name; nulls and fields Rebound does not use are fine. Each `ScheduledInterview` becomes an
    interview
    with `remote: {source: "merge", remote_id}` (the ATS's `remote_id`, else Merge's `id`); its
    candidate (through
    its application) is found by `external_id` and created when missing; the role title comes from the
    job, the
    interviewers' names and e-mails from the `RemoteUser`s, the stage from the stage name, the format
    from the
    location.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged
    (questions, strengths,
    self-rating, outcome, employer interest, notes, time zone, gaffes, plans) is never touched. New
    interviews are
    not rated yet (`self_rating: null`), `outcome: pending`. `remote_was_deleted: true` deletes the
    interview,
    unless the candidate logged gaffes or a recovery plan for it: it is then kept and listed in
    `skipped`.

    The Merge objects of the bundle are remembered for the workspace (90 days after they were last
    seen), so that a
    Merge webhook delivery naming them by id alone can be applied (see `POST
    /v1/inbound/merge/{receiver_id}`).

    At most 500 objects per call (all arrays together). An object that cannot be imported is listed in
    `skipped`
    with the field at fault; the rest still import. Requires `interviews:write` and a workspace-wide
    caller
    (candidate users get 403). Send an `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportMergeReboundVersion | Unset):
        body (MergeBundle): A bundle of Merge ATS objects as Merge's list endpoints return them
            (`results` of `GET /candidates`,
            `/applications`, `/jobs`, `/users`, `/interviews`), with the hiring company's name.
            `job_interview_stages` is
            optional: without it (and without `expand=job_interview_stage`), interviews get stage
            `other`. Example: {'company': 'Harbor & Finch Capital', 'candidates': [{'id':
            '521b18c2-4d01-4297-b451-19858d07c133', 'remote_id': '4021', 'first_name': 'Dana',
            'last_name': 'Okafor'}], 'applications': [{'id': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d',
            'candidate': '521b18c2-4d01-4297-b451-19858d07c133', 'job':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633'}], 'jobs': [{'id':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633', 'name': 'Senior Financial Analyst'}], 'users': [],
            'interviews': [{'id': 'b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f', 'remote_id': '930112',
            'application': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'location': 'Zoom', 'start_at':
            '2026-11-24T14:00:00Z', 'end_at': '2026-11-24T15:00:00Z'}]}.

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
    body: MergeBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportMergeReboundVersion | Unset = UNSET,

) -> Response[ImportReport | Problem]:
    """ Import interviews from Merge's unified ATS API.

     Send the objects as Merge's list endpoints return them (`results` of `GET /ats/v1/candidates`,
    `/applications`, `/jobs`, `/users`, `/interviews`, optionally `/job-interview-stages`), with the
    hiring
    company's name; nulls and fields Rebound does not use are fine. Each `ScheduledInterview` becomes an
    interview
    with `remote: {source: "merge", remote_id}` (the ATS's `remote_id`, else Merge's `id`); its
    candidate (through
    its application) is found by `external_id` and created when missing; the role title comes from the
    job, the
    interviewers' names and e-mails from the `RemoteUser`s, the stage from the stage name, the format
    from the
    location.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged
    (questions, strengths,
    self-rating, outcome, employer interest, notes, time zone, gaffes, plans) is never touched. New
    interviews are
    not rated yet (`self_rating: null`), `outcome: pending`. `remote_was_deleted: true` deletes the
    interview,
    unless the candidate logged gaffes or a recovery plan for it: it is then kept and listed in
    `skipped`.

    The Merge objects of the bundle are remembered for the workspace (90 days after they were last
    seen), so that a
    Merge webhook delivery naming them by id alone can be applied (see `POST
    /v1/inbound/merge/{receiver_id}`).

    At most 500 objects per call (all arrays together). An object that cannot be imported is listed in
    `skipped`
    with the field at fault; the rest still import. Requires `interviews:write` and a workspace-wide
    caller
    (candidate users get 403). Send an `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportMergeReboundVersion | Unset):
        body (MergeBundle): A bundle of Merge ATS objects as Merge's list endpoints return them
            (`results` of `GET /candidates`,
            `/applications`, `/jobs`, `/users`, `/interviews`), with the hiring company's name.
            `job_interview_stages` is
            optional: without it (and without `expand=job_interview_stage`), interviews get stage
            `other`. Example: {'company': 'Harbor & Finch Capital', 'candidates': [{'id':
            '521b18c2-4d01-4297-b451-19858d07c133', 'remote_id': '4021', 'first_name': 'Dana',
            'last_name': 'Okafor'}], 'applications': [{'id': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d',
            'candidate': '521b18c2-4d01-4297-b451-19858d07c133', 'job':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633'}], 'jobs': [{'id':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633', 'name': 'Senior Financial Analyst'}], 'users': [],
            'interviews': [{'id': 'b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f', 'remote_id': '930112',
            'application': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'location': 'Zoom', 'start_at':
            '2026-11-24T14:00:00Z', 'end_at': '2026-11-24T15:00:00Z'}]}.

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
    body: MergeBundle,
    idempotency_key: str | Unset = UNSET,
    rebound_version: ImportMergeReboundVersion | Unset = UNSET,

) -> ImportReport | Problem | None:
    """ Import interviews from Merge's unified ATS API.

     Send the objects as Merge's list endpoints return them (`results` of `GET /ats/v1/candidates`,
    `/applications`, `/jobs`, `/users`, `/interviews`, optionally `/job-interview-stages`), with the
    hiring
    company's name; nulls and fields Rebound does not use are fine. Each `ScheduledInterview` becomes an
    interview
    with `remote: {source: "merge", remote_id}` (the ATS's `remote_id`, else Merge's `id`); its
    candidate (through
    its application) is found by `external_id` and created when missing; the role title comes from the
    job, the
    interviewers' names and e-mails from the `RemoteUser`s, the stage from the stage name, the format
    from the
    location.

    Re-importing is safe: an interview whose imported fields are unchanged is not written (same version
    and ETag);
    a changed one is updated (version + 1, an `interview.updated` event). An import only ever writes
    company, role
    title, stage, format, `occurred_at`, duration and interviewers: what the candidate logged
    (questions, strengths,
    self-rating, outcome, employer interest, notes, time zone, gaffes, plans) is never touched. New
    interviews are
    not rated yet (`self_rating: null`), `outcome: pending`. `remote_was_deleted: true` deletes the
    interview,
    unless the candidate logged gaffes or a recovery plan for it: it is then kept and listed in
    `skipped`.

    The Merge objects of the bundle are remembered for the workspace (90 days after they were last
    seen), so that a
    Merge webhook delivery naming them by id alone can be applied (see `POST
    /v1/inbound/merge/{receiver_id}`).

    At most 500 objects per call (all arrays together). An object that cannot be imported is listed in
    `skipped`
    with the field at fault; the rest still import. Requires `interviews:write` and a workspace-wide
    caller
    (candidate users get 403). Send an `Idempotency-Key` header to make retries safe.

    Args:
        idempotency_key (str | Unset):
        rebound_version (ImportMergeReboundVersion | Unset):
        body (MergeBundle): A bundle of Merge ATS objects as Merge's list endpoints return them
            (`results` of `GET /candidates`,
            `/applications`, `/jobs`, `/users`, `/interviews`), with the hiring company's name.
            `job_interview_stages` is
            optional: without it (and without `expand=job_interview_stage`), interviews get stage
            `other`. Example: {'company': 'Harbor & Finch Capital', 'candidates': [{'id':
            '521b18c2-4d01-4297-b451-19858d07c133', 'remote_id': '4021', 'first_name': 'Dana',
            'last_name': 'Okafor'}], 'applications': [{'id': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d',
            'candidate': '521b18c2-4d01-4297-b451-19858d07c133', 'job':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633'}], 'jobs': [{'id':
            '52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633', 'name': 'Senior Financial Analyst'}], 'users': [],
            'interviews': [{'id': 'b8faf072-98b9-4445-8a9a-3b5b6c7d8e9f', 'remote_id': '930112',
            'application': '92e8df04-2ab5-4b5b-9d2f-b3a8fb4c4a6d', 'location': 'Zoom', 'start_at':
            '2026-11-24T14:00:00Z', 'end_at': '2026-11-24T15:00:00Z'}]}.

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
