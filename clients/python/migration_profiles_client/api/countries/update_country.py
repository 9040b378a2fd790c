from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_read import CountryRead
from ...models.country_update import CountryUpdate
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    country: str,
    *,
    body: CountryUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/countries/{country}".format(
            country=quote(str(country), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountryRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CountryRead.from_dict(response.json())

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
) -> Response[CountryRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    body: CountryUpdate,
    if_match: str,
) -> Response[CountryRead | ProblemDetails]:
    """Change a country

     Change a country's name, alpha-3 code or indicators note (admin scope), with If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (str):
        body (CountryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountryRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country: str,
    *,
    client: AuthenticatedClient,
    body: CountryUpdate,
    if_match: str,
) -> CountryRead | ProblemDetails | None:
    """Change a country

     Change a country's name, alpha-3 code or indicators note (admin scope), with If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (str):
        body (CountryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountryRead | ProblemDetails
    """

    return sync_detailed(
        country=country,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    body: CountryUpdate,
    if_match: str,
) -> Response[CountryRead | ProblemDetails]:
    """Change a country

     Change a country's name, alpha-3 code or indicators note (admin scope), with If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (str):
        body (CountryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountryRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient,
    body: CountryUpdate,
    if_match: str,
) -> CountryRead | ProblemDetails | None:
    """Change a country

     Change a country's name, alpha-3 code or indicators note (admin scope), with If-Match.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (str):
        body (CountryUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountryRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
