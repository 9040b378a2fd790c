from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comparison_read import ComparisonRead
from ...models.decimals import Decimals
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    indicator: str,
    *,
    country: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country"] = json_country

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

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

    params["latest"] = latest

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
        "url": "/api/v1/indicators/{indicator}/comparison".format(
            indicator=quote(str(indicator), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ComparisonRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = ComparisonRead.from_dict(response.json())

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
) -> Response[Any | ComparisonRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | ComparisonRead | ProblemDetails]:
    """One indicator across countries, ready to draw

     Several countries' series of one indicator in one call, compact enough to draw:
    for each country and source (and unit), the points as year and value pairs, with
    the unit and the source's label once per series. Filter by sources, years `from`
    and `to`, or only the newest value of each series (`latest=true`, for a map). CSV
    in wide form with `Accept: text/csv` (or `format=csv`): one row per year, one
    column per country and source (`BE/world-bank`).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        country (list[str] | Unset): The countries (alpha-2 or alpha-3), in the order to show
            them; repeat for several, at most 20. None: every country with values, by name.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only each series' newest value. Default: False.
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
        Response[Any | ComparisonRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        indicator=indicator,
        country=country,
        source=source,
        from_=from_,
        to=to,
        latest=latest,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | ComparisonRead | ProblemDetails | None:
    """One indicator across countries, ready to draw

     Several countries' series of one indicator in one call, compact enough to draw:
    for each country and source (and unit), the points as year and value pairs, with
    the unit and the source's label once per series. Filter by sources, years `from`
    and `to`, or only the newest value of each series (`latest=true`, for a map). CSV
    in wide form with `Accept: text/csv` (or `format=csv`): one row per year, one
    column per country and source (`BE/world-bank`).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        country (list[str] | Unset): The countries (alpha-2 or alpha-3), in the order to show
            them; repeat for several, at most 20. None: every country with values, by name.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only each series' newest value. Default: False.
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
        Any | ComparisonRead | ProblemDetails
    """

    return sync_detailed(
        indicator=indicator,
        client=client,
        country=country,
        source=source,
        from_=from_,
        to=to,
        latest=latest,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | ComparisonRead | ProblemDetails]:
    """One indicator across countries, ready to draw

     Several countries' series of one indicator in one call, compact enough to draw:
    for each country and source (and unit), the points as year and value pairs, with
    the unit and the source's label once per series. Filter by sources, years `from`
    and `to`, or only the newest value of each series (`latest=true`, for a map). CSV
    in wide form with `Accept: text/csv` (or `format=csv`): one row per year, one
    column per country and source (`BE/world-bank`).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        country (list[str] | Unset): The countries (alpha-2 or alpha-3), in the order to show
            them; repeat for several, at most 20. None: every country with values, by name.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only each series' newest value. Default: False.
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
        Response[Any | ComparisonRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        indicator=indicator,
        country=country,
        source=source,
        from_=from_,
        to=to,
        latest=latest,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    indicator: str,
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | ComparisonRead | ProblemDetails | None:
    """One indicator across countries, ready to draw

     Several countries' series of one indicator in one call, compact enough to draw:
    for each country and source (and unit), the points as year and value pairs, with
    the unit and the source's label once per series. Filter by sources, years `from`
    and `to`, or only the newest value of each series (`latest=true`, for a map). CSV
    in wide form with `Accept: text/csv` (or `format=csv`): one row per year, one
    column per country and source (`BE/world-bank`).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        country (list[str] | Unset): The countries (alpha-2 or alpha-3), in the order to show
            them; repeat for several, at most 20. None: every country with values, by name.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only each series' newest value. Default: False.
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
        Any | ComparisonRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            indicator=indicator,
            client=client,
            country=country,
            source=source,
            from_=from_,
            to=to,
            latest=latest,
            as_of=as_of,
            decimals=decimals,
            lang=lang,
        )
    ).parsed
