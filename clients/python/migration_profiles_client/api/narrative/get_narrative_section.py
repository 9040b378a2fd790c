from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.narrative_section_read import NarrativeSectionRead
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    country: str,
    section: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/countries/{country}/narrative/{section}".format(
            country=quote(str(country), safe=""),
            section=quote(str(section), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NarrativeSectionRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = NarrativeSectionRead.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ProblemDetails.from_dict(response.json())

        return response_422

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
) -> Response[Any | NarrativeSectionRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    section: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | NarrativeSectionRead | ProblemDetails]:
    """One narrative section

     One section of the profile's text, by slug, with its citations (in English only).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        section (str): Section slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NarrativeSectionRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        section=section,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country: str,
    section: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | NarrativeSectionRead | ProblemDetails | None:
    """One narrative section

     One section of the profile's text, by slug, with its citations (in English only).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        section (str): Section slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NarrativeSectionRead | ProblemDetails
    """

    return sync_detailed(
        country=country,
        section=section,
        client=client,
    ).parsed


async def asyncio_detailed(
    country: str,
    section: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | NarrativeSectionRead | ProblemDetails]:
    """One narrative section

     One section of the profile's text, by slug, with its citations (in English only).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        section (str): Section slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NarrativeSectionRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        section=section,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    section: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | NarrativeSectionRead | ProblemDetails | None:
    """One narrative section

     One section of the profile's text, by slug, with its citations (in English only).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        section (str): Section slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NarrativeSectionRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            country=country,
            section=section,
            client=client,
        )
    ).parsed
