from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authority_read import AuthorityRead
from ...models.authority_update import AuthorityUpdate
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    country: str,
    authority_id: int,
    *,
    body: AuthorityUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/countries/{country}/authorities/{authority_id}".format(
            country=quote(str(country), safe=""),
            authority_id=quote(str(authority_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorityRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AuthorityRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = ProblemDetails.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ProblemDetails.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = ProblemDetails.from_dict(response.json())

        return response_428

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ProblemDetails.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ProblemDetails.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthorityRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    authority_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityUpdate,
    if_match: str,
) -> Response[AuthorityRead | ProblemDetails]:
    """Change a migration authority

     Change some fields of an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        if_match (str):
        body (AuthorityUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorityRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        authority_id=authority_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country: str,
    authority_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityUpdate,
    if_match: str,
) -> AuthorityRead | ProblemDetails | None:
    """Change a migration authority

     Change some fields of an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        if_match (str):
        body (AuthorityUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorityRead | ProblemDetails
    """

    return sync_detailed(
        country=country,
        authority_id=authority_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    country: str,
    authority_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityUpdate,
    if_match: str,
) -> Response[AuthorityRead | ProblemDetails]:
    """Change a migration authority

     Change some fields of an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        if_match (str):
        body (AuthorityUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorityRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        authority_id=authority_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    authority_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityUpdate,
    if_match: str,
) -> AuthorityRead | ProblemDetails | None:
    """Change a migration authority

     Change some fields of an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        if_match (str):
        body (AuthorityUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorityRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            country=country,
            authority_id=authority_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
