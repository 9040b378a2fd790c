from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country: str,
    authority_id: int,
    *,
    reason: None | str | Unset = UNSET,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    params: dict[str, Any] = {}

    json_reason: None | str | Unset
    if isinstance(reason, Unset):
        json_reason = UNSET
    else:
        json_reason = reason
    params["reason"] = json_reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/countries/{country}/authorities/{authority_id}".format(
            country=quote(str(country), safe=""),
            authority_id=quote(str(authority_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetails | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ProblemDetails]:
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
    reason: None | str | Unset = UNSET,
    if_match: str,
) -> Response[Any | ProblemDetails]:
    """Remove a migration authority

     Remove an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        reason (None | str | Unset): Why: kept with the revision.
        if_match (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        authority_id=authority_id,
        reason=reason,
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
    reason: None | str | Unset = UNSET,
    if_match: str,
) -> Any | ProblemDetails | None:
    """Remove a migration authority

     Remove an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        reason (None | str | Unset): Why: kept with the revision.
        if_match (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return sync_detailed(
        country=country,
        authority_id=authority_id,
        client=client,
        reason=reason,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    country: str,
    authority_id: int,
    *,
    client: AuthenticatedClient,
    reason: None | str | Unset = UNSET,
    if_match: str,
) -> Response[Any | ProblemDetails]:
    """Remove a migration authority

     Remove an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        reason (None | str | Unset): Why: kept with the revision.
        if_match (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        authority_id=authority_id,
        reason=reason,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    authority_id: int,
    *,
    client: AuthenticatedClient,
    reason: None | str | Unset = UNSET,
    if_match: str,
) -> Any | ProblemDetails | None:
    """Remove a migration authority

     Remove an authority (write scope); send its current ETag as If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        authority_id (int): The authority's id.
        reason (None | str | Unset): Why: kept with the revision.
        if_match (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return (
        await asyncio_detailed(
            country=country,
            authority_id=authority_id,
            client=client,
            reason=reason,
            if_match=if_match,
        )
    ).parsed
