from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.gaffe_kind_list import GaffeKindList
from ...models.list_gaffe_kinds_rebound_version import ListGaffeKindsReboundVersion
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    accept_language: str | Unset = UNSET,
    rebound_version: ListGaffeKindsReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gaffe-kinds",
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GaffeKindList | Problem | None:
    if response.status_code == 200:
        response_200 = GaffeKindList.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GaffeKindList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
    rebound_version: ListGaffeKindsReboundVersion | Unset = UNSET,

) -> Response[GaffeKindList | Problem]:
    """ List the gaffe catalogue.

     Every kind of gaffe Rebound knows, with its typical severity, how recoverable it is, how to repair
    it after the
    interview, the questions the review asks about it, and how to avoid it next time (including what to
    have on
    hand). No authentication needed. New kinds may be added.

    The texts are in English, or in Canadian French when `Accept-Language` asks for it (`fr-CA`, `fr`);
    `Content-Language` says which. The kinds' wire names and the enums stay the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ListGaffeKindsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GaffeKindList | Problem]
     """


    kwargs = _get_kwargs(
        accept_language=accept_language,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
    rebound_version: ListGaffeKindsReboundVersion | Unset = UNSET,

) -> GaffeKindList | Problem | None:
    """ List the gaffe catalogue.

     Every kind of gaffe Rebound knows, with its typical severity, how recoverable it is, how to repair
    it after the
    interview, the questions the review asks about it, and how to avoid it next time (including what to
    have on
    hand). No authentication needed. New kinds may be added.

    The texts are in English, or in Canadian French when `Accept-Language` asks for it (`fr-CA`, `fr`);
    `Content-Language` says which. The kinds' wire names and the enums stay the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ListGaffeKindsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GaffeKindList | Problem
     """


    return sync_detailed(
        client=client,
accept_language=accept_language,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
    rebound_version: ListGaffeKindsReboundVersion | Unset = UNSET,

) -> Response[GaffeKindList | Problem]:
    """ List the gaffe catalogue.

     Every kind of gaffe Rebound knows, with its typical severity, how recoverable it is, how to repair
    it after the
    interview, the questions the review asks about it, and how to avoid it next time (including what to
    have on
    hand). No authentication needed. New kinds may be added.

    The texts are in English, or in Canadian French when `Accept-Language` asks for it (`fr-CA`, `fr`);
    `Content-Language` says which. The kinds' wire names and the enums stay the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ListGaffeKindsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GaffeKindList | Problem]
     """


    kwargs = _get_kwargs(
        accept_language=accept_language,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
    rebound_version: ListGaffeKindsReboundVersion | Unset = UNSET,

) -> GaffeKindList | Problem | None:
    """ List the gaffe catalogue.

     Every kind of gaffe Rebound knows, with its typical severity, how recoverable it is, how to repair
    it after the
    interview, the questions the review asks about it, and how to avoid it next time (including what to
    have on
    hand). No authentication needed. New kinds may be added.

    The texts are in English, or in Canadian French when `Accept-Language` asks for it (`fr-CA`, `fr`);
    `Content-Language` says which. The kinds' wire names and the enums stay the same in every language.

    Args:
        accept_language (str | Unset):
        rebound_version (ListGaffeKindsReboundVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GaffeKindList | Problem
     """


    return (await asyncio_detailed(
        client=client,
accept_language=accept_language,
rebound_version=rebound_version,

    )).parsed
