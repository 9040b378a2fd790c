from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decimals import Decimals
from ...models.indicator_series_read import IndicatorSeriesRead
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country: str,
    indicator: str,
    *,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: int | None | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: int | None | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    else:
        json_to = to
    params["to"] = json_to

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    json_decimals: str | Unset = UNSET
    if not isinstance(decimals, Unset):
        json_decimals = decimals.value

    params["decimals"] = json_decimals

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    else:
        json_lang = lang
    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/countries/{country}/indicators/{indicator}".format(
            country=quote(str(country), safe=""),
            indicator=quote(str(indicator), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | IndicatorSeriesRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = IndicatorSeriesRead.from_dict(response.json())

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
) -> Response[Any | IndicatorSeriesRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | IndicatorSeriesRead | ProblemDetails]:
    """One indicator for a country: every source's series

     Every source's full series for the indicator, oldest year first, optionally
    limited to years `from`..`to` and to some sources; the indicator's texts and the
    sources' labels in `lang` where translated. CSV with `Accept: text/csv` (or
    `format=csv`).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        indicator (str): Indicator slug, e.g. `population`.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IndicatorSeriesRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        indicator=indicator,
        from_=from_,
        to=to,
        source=source,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country: str,
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | IndicatorSeriesRead | ProblemDetails | None:
    """One indicator for a country: every source's series

     Every source's full series for the indicator, oldest year first, optionally
    limited to years `from`..`to` and to some sources; the indicator's texts and the
    sources' labels in `lang` where translated. CSV with `Accept: text/csv` (or
    `format=csv`).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        indicator (str): Indicator slug, e.g. `population`.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IndicatorSeriesRead | ProblemDetails
    """

    return sync_detailed(
        country=country,
        indicator=indicator,
        client=client,
        from_=from_,
        to=to,
        source=source,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    country: str,
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | IndicatorSeriesRead | ProblemDetails]:
    """One indicator for a country: every source's series

     Every source's full series for the indicator, oldest year first, optionally
    limited to years `from`..`to` and to some sources; the indicator's texts and the
    sources' labels in `lang` where translated. CSV with `Accept: text/csv` (or
    `format=csv`).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        indicator (str): Indicator slug, e.g. `population`.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IndicatorSeriesRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        indicator=indicator,
        from_=from_,
        to=to,
        source=source,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | IndicatorSeriesRead | ProblemDetails | None:
    """One indicator for a country: every source's series

     Every source's full series for the indicator, oldest year first, optionally
    limited to years `from`..`to` and to some sources; the indicator's texts and the
    sources' labels in `lang` where translated. CSV with `Accept: text/csv` (or
    `format=csv`).

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        indicator (str): Indicator slug, e.g. `population`.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IndicatorSeriesRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            country=country,
            indicator=indicator,
            client=client,
            from_=from_,
            to=to,
            source=source,
            as_of=as_of,
            decimals=decimals,
            lang=lang,
        )
    ).parsed
