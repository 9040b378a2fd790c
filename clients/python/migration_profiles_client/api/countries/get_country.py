from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_read import CountryRead
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country: str,
    *,
    lang: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    else:
        json_lang = lang
    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/countries/{country}".format(
            country=quote(str(country), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CountryRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CountryRead.from_dict(response.json())

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
) -> Response[Any | CountryRead | ProblemDetails]:
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
    lang: None | str | Unset = UNSET,
) -> Response[Any | CountryRead | ProblemDetails]:
    """One country

     One country by alpha-2 or alpha-3 code (any case), with links to its resources;
    its name in `lang` where ISO 3166 translates it.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CountryRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country: str,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
) -> Any | CountryRead | ProblemDetails | None:
    """One country

     One country by alpha-2 or alpha-3 code (any case), with links to its resources;
    its name in `lang` where ISO 3166 translates it.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CountryRead | ProblemDetails
    """

    return sync_detailed(
        country=country,
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
) -> Response[Any | CountryRead | ProblemDetails]:
    """One country

     One country by alpha-2 or alpha-3 code (any case), with links to its resources;
    its name in `lang` where ISO 3166 translates it.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CountryRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
) -> Any | CountryRead | ProblemDetails | None:
    """One country

     One country by alpha-2 or alpha-3 code (any case), with links to its resources;
    its name in `lang` where ISO 3166 translates it.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CountryRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
            lang=lang,
        )
    ).parsed
