from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_search_hit_read import CollectionSearchHitRead
from ...models.hit_type import HitType
from ...models.language import Language
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    country: None | str | Unset = UNSET,
    type_: list[HitType] | Unset = UNSET,
    lang: Language | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    elif isinstance(lang, Language):
        json_lang = lang.value
    else:
        json_lang = lang
    params["lang"] = json_lang

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CollectionSearchHitRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CollectionSearchHitRead.from_dict(response.json())

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
) -> Response[Any | CollectionSearchHitRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    country: None | str | Unset = UNSET,
    type_: list[HitType] | Unset = UNSET,
    lang: Language | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[Any | CollectionSearchHitRead | ProblemDetails]:
    """Full-text search

     Narrative sections, authorities, policy documents, publications and indicators
    that match, best first, each with the API URL of the resource and a snippet. Words
    are found in English, French, Dutch and German, each with its language's stemming
    (the official names and titles are indexed in each language they have); a single
    word also matches as a prefix ("vreemdelingen" finds "Vreemdelingenzaken").

    Args:
        q (str): Words to find, all of them; "a quoted phrase" as a phrase. Words are matched by
            stem: `refugee` finds refugees.
        country (None | str | Unset): Only this country (and the catalogue).
        type_ (list[HitType] | Unset): Only these kinds of resource; repeat for several.
        lang (Language | None | Unset): Only text in this language. Without it every language is
            searched, each with its own stemming, and a resource is one hit: in English if its English
            text matches, else in the language that matches best.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionSearchHitRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        q=q,
        country=country,
        type_=type_,
        lang=lang,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    country: None | str | Unset = UNSET,
    type_: list[HitType] | Unset = UNSET,
    lang: Language | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Any | CollectionSearchHitRead | ProblemDetails | None:
    """Full-text search

     Narrative sections, authorities, policy documents, publications and indicators
    that match, best first, each with the API URL of the resource and a snippet. Words
    are found in English, French, Dutch and German, each with its language's stemming
    (the official names and titles are indexed in each language they have); a single
    word also matches as a prefix ("vreemdelingen" finds "Vreemdelingenzaken").

    Args:
        q (str): Words to find, all of them; "a quoted phrase" as a phrase. Words are matched by
            stem: `refugee` finds refugees.
        country (None | str | Unset): Only this country (and the catalogue).
        type_ (list[HitType] | Unset): Only these kinds of resource; repeat for several.
        lang (Language | None | Unset): Only text in this language. Without it every language is
            searched, each with its own stemming, and a resource is one hit: in English if its English
            text matches, else in the language that matches best.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionSearchHitRead | ProblemDetails
    """

    return sync_detailed(
        client=client,
        q=q,
        country=country,
        type_=type_,
        lang=lang,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    country: None | str | Unset = UNSET,
    type_: list[HitType] | Unset = UNSET,
    lang: Language | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[Any | CollectionSearchHitRead | ProblemDetails]:
    """Full-text search

     Narrative sections, authorities, policy documents, publications and indicators
    that match, best first, each with the API URL of the resource and a snippet. Words
    are found in English, French, Dutch and German, each with its language's stemming
    (the official names and titles are indexed in each language they have); a single
    word also matches as a prefix ("vreemdelingen" finds "Vreemdelingenzaken").

    Args:
        q (str): Words to find, all of them; "a quoted phrase" as a phrase. Words are matched by
            stem: `refugee` finds refugees.
        country (None | str | Unset): Only this country (and the catalogue).
        type_ (list[HitType] | Unset): Only these kinds of resource; repeat for several.
        lang (Language | None | Unset): Only text in this language. Without it every language is
            searched, each with its own stemming, and a resource is one hit: in English if its English
            text matches, else in the language that matches best.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionSearchHitRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        q=q,
        country=country,
        type_=type_,
        lang=lang,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    country: None | str | Unset = UNSET,
    type_: list[HitType] | Unset = UNSET,
    lang: Language | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Any | CollectionSearchHitRead | ProblemDetails | None:
    """Full-text search

     Narrative sections, authorities, policy documents, publications and indicators
    that match, best first, each with the API URL of the resource and a snippet. Words
    are found in English, French, Dutch and German, each with its language's stemming
    (the official names and titles are indexed in each language they have); a single
    word also matches as a prefix ("vreemdelingen" finds "Vreemdelingenzaken").

    Args:
        q (str): Words to find, all of them; "a quoted phrase" as a phrase. Words are matched by
            stem: `refugee` finds refugees.
        country (None | str | Unset): Only this country (and the catalogue).
        type_ (list[HitType] | Unset): Only these kinds of resource; repeat for several.
        lang (Language | None | Unset): Only text in this language. Without it every language is
            searched, each with its own stemming, and a resource is one hit: in English if its English
            text matches, else in the language that matches best.
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionSearchHitRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            country=country,
            type_=type_,
            lang=lang,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
