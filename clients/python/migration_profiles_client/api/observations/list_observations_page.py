from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_observation_read import CollectionObservationRead
from ...models.decimals import Decimals
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: list[str] | Unset = UNSET,
    indicator: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country"] = json_country

    json_indicator: list[str] | Unset = UNSET
    if not isinstance(indicator, Unset):
        json_indicator = indicator

    params["indicator"] = json_indicator

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

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

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
        "url": "/api/v1/observations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CollectionObservationRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CollectionObservationRead.from_dict(response.json())

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
) -> Response[Any | CollectionObservationRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    indicator: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | CollectionObservationRead | ProblemDetails]:
    """Observations, flat and paginated

     Every value as one flat row, in a stable order, for bulk clients: filter by
    country, indicator, source and years; `latest=true` keeps each series' newest
    value. Pages follow `links.next` (also in the `Link` header). CSV with
    `Accept: text/csv` (or `format=csv`), one page per request. `as_of` answers
    from the revision history. Each source's label in `lang` where translated.

    Args:
        country (list[str] | Unset): Only these countries (alpha-2 or alpha-3); repeat for
            several.
        indicator (list[str] | Unset): Only these indicators (slugs); repeat for several.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only the newest value of each country, indicator and source.
            Default: False.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionObservationRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        indicator=indicator,
        source=source,
        from_=from_,
        to=to,
        latest=latest,
        as_of=as_of,
        limit=limit,
        cursor=cursor,
        decimals=decimals,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    indicator: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | CollectionObservationRead | ProblemDetails | None:
    """Observations, flat and paginated

     Every value as one flat row, in a stable order, for bulk clients: filter by
    country, indicator, source and years; `latest=true` keeps each series' newest
    value. Pages follow `links.next` (also in the `Link` header). CSV with
    `Accept: text/csv` (or `format=csv`), one page per request. `as_of` answers
    from the revision history. Each source's label in `lang` where translated.

    Args:
        country (list[str] | Unset): Only these countries (alpha-2 or alpha-3); repeat for
            several.
        indicator (list[str] | Unset): Only these indicators (slugs); repeat for several.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only the newest value of each country, indicator and source.
            Default: False.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionObservationRead | ProblemDetails
    """

    return sync_detailed(
        client=client,
        country=country,
        indicator=indicator,
        source=source,
        from_=from_,
        to=to,
        latest=latest,
        as_of=as_of,
        limit=limit,
        cursor=cursor,
        decimals=decimals,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    indicator: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | CollectionObservationRead | ProblemDetails]:
    """Observations, flat and paginated

     Every value as one flat row, in a stable order, for bulk clients: filter by
    country, indicator, source and years; `latest=true` keeps each series' newest
    value. Pages follow `links.next` (also in the `Link` header). CSV with
    `Accept: text/csv` (or `format=csv`), one page per request. `as_of` answers
    from the revision history. Each source's label in `lang` where translated.

    Args:
        country (list[str] | Unset): Only these countries (alpha-2 or alpha-3); repeat for
            several.
        indicator (list[str] | Unset): Only these indicators (slugs); repeat for several.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only the newest value of each country, indicator and source.
            Default: False.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionObservationRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        country=country,
        indicator=indicator,
        source=source,
        from_=from_,
        to=to,
        latest=latest,
        as_of=as_of,
        limit=limit,
        cursor=cursor,
        decimals=decimals,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | Unset = UNSET,
    indicator: list[str] | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    from_: int | None | Unset = UNSET,
    to: int | None | Unset = UNSET,
    latest: bool | Unset = False,
    as_of: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | CollectionObservationRead | ProblemDetails | None:
    """Observations, flat and paginated

     Every value as one flat row, in a stable order, for bulk clients: filter by
    country, indicator, source and years; `latest=true` keeps each series' newest
    value. Pages follow `links.next` (also in the `Link` header). CSV with
    `Accept: text/csv` (or `format=csv`), one page per request. `as_of` answers
    from the revision history. Each source's label in `lang` where translated.

    Args:
        country (list[str] | Unset): Only these countries (alpha-2 or alpha-3); repeat for
            several.
        indicator (list[str] | Unset): Only these indicators (slugs); repeat for several.
        source (list[str] | Unset): Only these sources (slugs); repeat the parameter for several.
        from_ (int | None | Unset): First year, inclusive.
        to (int | None | Unset): Last year, inclusive.
        latest (bool | Unset): Only the newest value of each country, indicator and source.
            Default: False.
        as_of (None | str | Unset): Answer as the API would have at this moment: an ISO 8601
            timestamp (UTC unless it has an offset) or a date (meaning the end of that day, UTC).
            Before any data existed the answer is empty.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.
        decimals (Decimals | Unset):
        lang (None | str | Unset): The language to answer in: `en`, `fr`, `nl` or `de` (a tag such
            as `nl-BE` counts as its language). It wins over `Accept-Language`; any other language is
            answered in English. Texts without a translation stay English, and each says so in
            `languages`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionObservationRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            indicator=indicator,
            source=source,
            from_=from_,
            to=to,
            latest=latest,
            as_of=as_of,
            limit=limit,
            cursor=cursor,
            decimals=decimals,
            lang=lang,
        )
    ).parsed
