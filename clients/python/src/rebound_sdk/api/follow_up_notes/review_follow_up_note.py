from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.note_review import NoteReview
from ...models.problem import Problem
from ...models.review_follow_up_note_rebound_version import ReviewFollowUpNoteReboundVersion
from ...models.review_note_request import ReviewNoteRequest
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ReviewNoteRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: ReviewFollowUpNoteReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/follow-up-notes/review",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NoteReview | Problem | None:
    if response.status_code == 200:
        response_200 = NoteReview.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[NoteReview | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReviewNoteRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: ReviewFollowUpNoteReboundVersion | Unset = UNSET,

) -> Response[NoteReview | Problem]:
    """ Review a follow-up note.

     Requires `interviews:read`. Checks a note the candidate wrote against the rules of a good thank-you
    note: no
    profuse apologies or excuses, brief, thanks the interviewers and restates interest. With an
    `interview_id` it
    also checks the salutation against the logged interviewer names ("Dear Arnold" when the interviewer
    is Armin)
    and flags mentions of slips the interviewers probably did not notice. Each finding has a kind, a
    severity, a
    span (character offsets into `text`), a message and a suggestion. Nothing is stored.

    The messages and suggestions are in English, or in Canadian French when `Accept-Language` asks for
    it (`fr-CA`,
    `fr`); `Content-Language` says which. The note itself is read in `locale` (by default the same
    language), so a
    French note gets French rules: « Je suis désolée pour mon retard » draws an `apology`, « à cause de
    vous, j’ai
    appris… » nothing. Kinds, severities and spans are the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ReviewFollowUpNoteReboundVersion | Unset):
        body (ReviewNoteRequest): A follow-up note to review. Example: {'text': "Dear
            Arnold,\\n\\nThank you for meeting with me about the Senior Financial Analyst role. I'm so
            sorry about the salary question, I was nervous. Sorry again!\\n\\nI remain very interested
            in the role.\\n\\nKind regards,\\nJordan", 'interview_id':
            '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoteReview | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: ReviewNoteRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: ReviewFollowUpNoteReboundVersion | Unset = UNSET,

) -> NoteReview | Problem | None:
    """ Review a follow-up note.

     Requires `interviews:read`. Checks a note the candidate wrote against the rules of a good thank-you
    note: no
    profuse apologies or excuses, brief, thanks the interviewers and restates interest. With an
    `interview_id` it
    also checks the salutation against the logged interviewer names ("Dear Arnold" when the interviewer
    is Armin)
    and flags mentions of slips the interviewers probably did not notice. Each finding has a kind, a
    severity, a
    span (character offsets into `text`), a message and a suggestion. Nothing is stored.

    The messages and suggestions are in English, or in Canadian French when `Accept-Language` asks for
    it (`fr-CA`,
    `fr`); `Content-Language` says which. The note itself is read in `locale` (by default the same
    language), so a
    French note gets French rules: « Je suis désolée pour mon retard » draws an `apology`, « à cause de
    vous, j’ai
    appris… » nothing. Kinds, severities and spans are the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ReviewFollowUpNoteReboundVersion | Unset):
        body (ReviewNoteRequest): A follow-up note to review. Example: {'text': "Dear
            Arnold,\\n\\nThank you for meeting with me about the Senior Financial Analyst role. I'm so
            sorry about the salary question, I was nervous. Sorry again!\\n\\nI remain very interested
            in the role.\\n\\nKind regards,\\nJordan", 'interview_id':
            '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoteReview | Problem
     """


    return sync_detailed(
        client=client,
body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReviewNoteRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: ReviewFollowUpNoteReboundVersion | Unset = UNSET,

) -> Response[NoteReview | Problem]:
    """ Review a follow-up note.

     Requires `interviews:read`. Checks a note the candidate wrote against the rules of a good thank-you
    note: no
    profuse apologies or excuses, brief, thanks the interviewers and restates interest. With an
    `interview_id` it
    also checks the salutation against the logged interviewer names ("Dear Arnold" when the interviewer
    is Armin)
    and flags mentions of slips the interviewers probably did not notice. Each finding has a kind, a
    severity, a
    span (character offsets into `text`), a message and a suggestion. Nothing is stored.

    The messages and suggestions are in English, or in Canadian French when `Accept-Language` asks for
    it (`fr-CA`,
    `fr`); `Content-Language` says which. The note itself is read in `locale` (by default the same
    language), so a
    French note gets French rules: « Je suis désolée pour mon retard » draws an `apology`, « à cause de
    vous, j’ai
    appris… » nothing. Kinds, severities and spans are the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ReviewFollowUpNoteReboundVersion | Unset):
        body (ReviewNoteRequest): A follow-up note to review. Example: {'text': "Dear
            Arnold,\\n\\nThank you for meeting with me about the Senior Financial Analyst role. I'm so
            sorry about the salary question, I was nervous. Sorry again!\\n\\nI remain very interested
            in the role.\\n\\nKind regards,\\nJordan", 'interview_id':
            '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoteReview | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReviewNoteRequest,
    accept_language: str | Unset = UNSET,
    rebound_version: ReviewFollowUpNoteReboundVersion | Unset = UNSET,

) -> NoteReview | Problem | None:
    """ Review a follow-up note.

     Requires `interviews:read`. Checks a note the candidate wrote against the rules of a good thank-you
    note: no
    profuse apologies or excuses, brief, thanks the interviewers and restates interest. With an
    `interview_id` it
    also checks the salutation against the logged interviewer names ("Dear Arnold" when the interviewer
    is Armin)
    and flags mentions of slips the interviewers probably did not notice. Each finding has a kind, a
    severity, a
    span (character offsets into `text`), a message and a suggestion. Nothing is stored.

    The messages and suggestions are in English, or in Canadian French when `Accept-Language` asks for
    it (`fr-CA`,
    `fr`); `Content-Language` says which. The note itself is read in `locale` (by default the same
    language), so a
    French note gets French rules: « Je suis désolée pour mon retard » draws an `apology`, « à cause de
    vous, j’ai
    appris… » nothing. Kinds, severities and spans are the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ReviewFollowUpNoteReboundVersion | Unset):
        body (ReviewNoteRequest): A follow-up note to review. Example: {'text': "Dear
            Arnold,\\n\\nThank you for meeting with me about the Senior Financial Analyst role. I'm so
            sorry about the salary question, I was nervous. Sorry again!\\n\\nI remain very interested
            in the role.\\n\\nKind regards,\\nJordan", 'interview_id':
            '01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoteReview | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
accept_language=accept_language,
rebound_version=rebound_version,

    )).parsed
