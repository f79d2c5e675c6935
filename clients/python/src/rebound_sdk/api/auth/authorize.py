from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.authorize_form import AuthorizeForm
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: AuthorizeForm,
    accept_language: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/authorize",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | str | None:
    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if response.status_code == 429:
        response_429 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeForm,
    accept_language: str | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Sign in and allow, or deny (the sign-in page's form).

     The page's form, `application/x-www-form-urlencoded`: the authorization request's parameters, the
    page's
    `csrf_token`, `email`, `password` and `decision`. A post from another site (by `Sec-Fetch-Site` or
    `Origin`) or
    with a CSRF token that is wrong, expired (15 minutes) or for another request is refused with 403, a
    missing
    token with 400, both as a page. `deny` sends the browser back with `error=access_denied`. `allow`
    checks the
    e-mail and password exactly as the `password` grant does, with the same failed-sign-in lockout (429
    with
    `Retry-After`, as a page); a wrong one shows the form again (400). The account must belong to the
    client's
    workspace (else 403). Then the browser is sent back to the redirect URI with a `code` (single use,
    60 seconds)
    and the `state` and `iss`, to exchange at `POST /v1/auth/token` with
    `grant_type=authorization_code`.

    Args:
        accept_language (str | Unset):
        body (AuthorizeForm): The sign-in form, as the page posts it: the authorization request's
            parameters (hidden fields), the page's
            CSRF token, the user's e-mail and password, and the decision. Example: {'response_type':
            'code', 'client_id': 'swagger-ui', 'redirect_uri': 'http://127.0.0.1:8080/swagger-
            ui/oauth2-redirect.html', 'scope': 'interviews:read plans:write', 'state': 'af0ifjsldkj',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'csrf_token': '1764150000.x3Yk0n5Z4o2k8f1m9Q7rW2sT6uV0aB3cD5eF7gH9iJk', 'email':
            'demo@rebound.example', 'password': 'rebound-demo-password', 'decision': 'allow'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        body=body,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeForm,
    accept_language: str | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Sign in and allow, or deny (the sign-in page's form).

     The page's form, `application/x-www-form-urlencoded`: the authorization request's parameters, the
    page's
    `csrf_token`, `email`, `password` and `decision`. A post from another site (by `Sec-Fetch-Site` or
    `Origin`) or
    with a CSRF token that is wrong, expired (15 minutes) or for another request is refused with 403, a
    missing
    token with 400, both as a page. `deny` sends the browser back with `error=access_denied`. `allow`
    checks the
    e-mail and password exactly as the `password` grant does, with the same failed-sign-in lockout (429
    with
    `Retry-After`, as a page); a wrong one shows the form again (400). The account must belong to the
    client's
    workspace (else 403). Then the browser is sent back to the redirect URI with a `code` (single use,
    60 seconds)
    and the `state` and `iss`, to exchange at `POST /v1/auth/token` with
    `grant_type=authorization_code`.

    Args:
        accept_language (str | Unset):
        body (AuthorizeForm): The sign-in form, as the page posts it: the authorization request's
            parameters (hidden fields), the page's
            CSRF token, the user's e-mail and password, and the decision. Example: {'response_type':
            'code', 'client_id': 'swagger-ui', 'redirect_uri': 'http://127.0.0.1:8080/swagger-
            ui/oauth2-redirect.html', 'scope': 'interviews:read plans:write', 'state': 'af0ifjsldkj',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'csrf_token': '1764150000.x3Yk0n5Z4o2k8f1m9Q7rW2sT6uV0aB3cD5eF7gH9iJk', 'email':
            'demo@rebound.example', 'password': 'rebound-demo-password', 'decision': 'allow'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        client=client,
body=body,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeForm,
    accept_language: str | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Sign in and allow, or deny (the sign-in page's form).

     The page's form, `application/x-www-form-urlencoded`: the authorization request's parameters, the
    page's
    `csrf_token`, `email`, `password` and `decision`. A post from another site (by `Sec-Fetch-Site` or
    `Origin`) or
    with a CSRF token that is wrong, expired (15 minutes) or for another request is refused with 403, a
    missing
    token with 400, both as a page. `deny` sends the browser back with `error=access_denied`. `allow`
    checks the
    e-mail and password exactly as the `password` grant does, with the same failed-sign-in lockout (429
    with
    `Retry-After`, as a page); a wrong one shows the form again (400). The account must belong to the
    client's
    workspace (else 403). Then the browser is sent back to the redirect URI with a `code` (single use,
    60 seconds)
    and the `state` and `iss`, to exchange at `POST /v1/auth/token` with
    `grant_type=authorization_code`.

    Args:
        accept_language (str | Unset):
        body (AuthorizeForm): The sign-in form, as the page posts it: the authorization request's
            parameters (hidden fields), the page's
            CSRF token, the user's e-mail and password, and the decision. Example: {'response_type':
            'code', 'client_id': 'swagger-ui', 'redirect_uri': 'http://127.0.0.1:8080/swagger-
            ui/oauth2-redirect.html', 'scope': 'interviews:read plans:write', 'state': 'af0ifjsldkj',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'csrf_token': '1764150000.x3Yk0n5Z4o2k8f1m9Q7rW2sT6uV0aB3cD5eF7gH9iJk', 'email':
            'demo@rebound.example', 'password': 'rebound-demo-password', 'decision': 'allow'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        body=body,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeForm,
    accept_language: str | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Sign in and allow, or deny (the sign-in page's form).

     The page's form, `application/x-www-form-urlencoded`: the authorization request's parameters, the
    page's
    `csrf_token`, `email`, `password` and `decision`. A post from another site (by `Sec-Fetch-Site` or
    `Origin`) or
    with a CSRF token that is wrong, expired (15 minutes) or for another request is refused with 403, a
    missing
    token with 400, both as a page. `deny` sends the browser back with `error=access_denied`. `allow`
    checks the
    e-mail and password exactly as the `password` grant does, with the same failed-sign-in lockout (429
    with
    `Retry-After`, as a page); a wrong one shows the form again (400). The account must belong to the
    client's
    workspace (else 403). Then the browser is sent back to the redirect URI with a `code` (single use,
    60 seconds)
    and the `state` and `iss`, to exchange at `POST /v1/auth/token` with
    `grant_type=authorization_code`.

    Args:
        accept_language (str | Unset):
        body (AuthorizeForm): The sign-in form, as the page posts it: the authorization request's
            parameters (hidden fields), the page's
            CSRF token, the user's e-mail and password, and the decision. Example: {'response_type':
            'code', 'client_id': 'swagger-ui', 'redirect_uri': 'http://127.0.0.1:8080/swagger-
            ui/oauth2-redirect.html', 'scope': 'interviews:read plans:write', 'state': 'af0ifjsldkj',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'csrf_token': '1764150000.x3Yk0n5Z4o2k8f1m9Q7rW2sT6uV0aB3cD5eF7gH9iJk', 'email':
            'demo@rebound.example', 'password': 'rebound-demo-password', 'decision': 'allow'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        client=client,
body=body,
accept_language=accept_language,

    )).parsed
