from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.rotate_api_client_secret_rebound_version import RotateApiClientSecretReboundVersion
from ...models.rotate_secret_request import RotateSecretRequest
from ...models.rotated_api_client_response import RotatedApiClientResponse
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    api_client_id: UUID,
    *,
    body: None | RotateSecretRequest | Unset = UNSET,
    rebound_version: RotateApiClientSecretReboundVersion | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(rebound_version, Unset):
        headers["Rebound-Version"] = str(rebound_version)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api-clients/{api_client_id}/rotate-secret".format(api_client_id=quote(str(api_client_id), safe=""),),
    }

    
    if isinstance(body, RotateSecretRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RotatedApiClientResponse | None:
    if response.status_code == 200:
        response_200 = RotatedApiClientResponse.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RotatedApiClientResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RotateSecretRequest | Unset = UNSET,
    rebound_version: RotateApiClientSecretReboundVersion | Unset = UNSET,

) -> Response[Problem | RotatedApiClientResponse]:
    """ Rotate an integration client's secret.

     Requires the `admin` scope. Returns a new secret (once). The old one keeps working for the grace
    period (default
    24 hours, `0` ends it at once), so the integration can switch without downtime; at most two secrets
    work at a
    time, so rotating again ends the older one at once. Access tokens already issued are untouched. Not
    idempotent:
    a retried rotation makes another secret, and the one from the lost response becomes the previous
    secret. A
    revoked client is a 404 (a 409 when revoked while this runs), a public client, which has no secret,
    a 409.

    Args:
        api_client_id (UUID):
        rebound_version (RotateApiClientSecretReboundVersion | Unset):
        body (None | RotateSecretRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RotatedApiClientResponse]
     """


    kwargs = _get_kwargs(
        api_client_id=api_client_id,
body=body,
rebound_version=rebound_version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RotateSecretRequest | Unset = UNSET,
    rebound_version: RotateApiClientSecretReboundVersion | Unset = UNSET,

) -> Problem | RotatedApiClientResponse | None:
    """ Rotate an integration client's secret.

     Requires the `admin` scope. Returns a new secret (once). The old one keeps working for the grace
    period (default
    24 hours, `0` ends it at once), so the integration can switch without downtime; at most two secrets
    work at a
    time, so rotating again ends the older one at once. Access tokens already issued are untouched. Not
    idempotent:
    a retried rotation makes another secret, and the one from the lost response becomes the previous
    secret. A
    revoked client is a 404 (a 409 when revoked while this runs), a public client, which has no secret,
    a 409.

    Args:
        api_client_id (UUID):
        rebound_version (RotateApiClientSecretReboundVersion | Unset):
        body (None | RotateSecretRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RotatedApiClientResponse
     """


    return sync_detailed(
        api_client_id=api_client_id,
client=client,
body=body,
rebound_version=rebound_version,

    ).parsed

async def asyncio_detailed(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RotateSecretRequest | Unset = UNSET,
    rebound_version: RotateApiClientSecretReboundVersion | Unset = UNSET,

) -> Response[Problem | RotatedApiClientResponse]:
    """ Rotate an integration client's secret.

     Requires the `admin` scope. Returns a new secret (once). The old one keeps working for the grace
    period (default
    24 hours, `0` ends it at once), so the integration can switch without downtime; at most two secrets
    work at a
    time, so rotating again ends the older one at once. Access tokens already issued are untouched. Not
    idempotent:
    a retried rotation makes another secret, and the one from the lost response becomes the previous
    secret. A
    revoked client is a 404 (a 409 when revoked while this runs), a public client, which has no secret,
    a 409.

    Args:
        api_client_id (UUID):
        rebound_version (RotateApiClientSecretReboundVersion | Unset):
        body (None | RotateSecretRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RotatedApiClientResponse]
     """


    kwargs = _get_kwargs(
        api_client_id=api_client_id,
body=body,
rebound_version=rebound_version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    api_client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | RotateSecretRequest | Unset = UNSET,
    rebound_version: RotateApiClientSecretReboundVersion | Unset = UNSET,

) -> Problem | RotatedApiClientResponse | None:
    """ Rotate an integration client's secret.

     Requires the `admin` scope. Returns a new secret (once). The old one keeps working for the grace
    period (default
    24 hours, `0` ends it at once), so the integration can switch without downtime; at most two secrets
    work at a
    time, so rotating again ends the older one at once. Access tokens already issued are untouched. Not
    idempotent:
    a retried rotation makes another secret, and the one from the lost response becomes the previous
    secret. A
    revoked client is a 404 (a 409 when revoked while this runs), a public client, which has no secret,
    a 409.

    Args:
        api_client_id (UUID):
        rebound_version (RotateApiClientSecretReboundVersion | Unset):
        body (None | RotateSecretRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RotatedApiClientResponse
     """


    return (await asyncio_detailed(
        api_client_id=api_client_id,
client=client,
body=body,
rebound_version=rebound_version,

    )).parsed
