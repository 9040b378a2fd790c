from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_narrative_section_read import CollectionNarrativeSectionRead
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    country: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/countries/{country}/narrative".format(
            country=quote(str(country), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CollectionNarrativeSectionRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CollectionNarrativeSectionRead.from_dict(response.json())

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
) -> Response[Any | CollectionNarrativeSectionRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CollectionNarrativeSectionRead | ProblemDetails]:
    """Narrative sections

     The profile's text in titled sections, in reading order, each with its citations.
    It exists in English only, whatever language is asked for, and says so.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionNarrativeSectionRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | CollectionNarrativeSectionRead | ProblemDetails | None:
    """Narrative sections

     The profile's text in titled sections, in reading order, each with its citations.
    It exists in English only, whatever language is asked for, and says so.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionNarrativeSectionRead | ProblemDetails
    """

    return sync_detailed(
        country=country,
        client=client,
    ).parsed


async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CollectionNarrativeSectionRead | ProblemDetails]:
    """Narrative sections

     The profile's text in titled sections, in reading order, each with its citations.
    It exists in English only, whatever language is asked for, and says so.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionNarrativeSectionRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | CollectionNarrativeSectionRead | ProblemDetails | None:
    """Narrative sections

     The profile's text in titled sections, in reading order, each with its citations.
    It exists in English only, whatever language is asked for, and says so.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionNarrativeSectionRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
        )
    ).parsed
