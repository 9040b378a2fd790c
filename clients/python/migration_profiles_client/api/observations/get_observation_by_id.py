from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decimals import Decimals
from ...models.observation_read import ObservationRead
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    observation_id: int,
    *,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/v1/observations/{observation_id}".format(
            observation_id=quote(str(observation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ObservationRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = ObservationRead.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = ProblemDetails.from_dict(response.json())

        return response_410

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
) -> Response[Any | ObservationRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    observation_id: int,
    *,
    client: AuthenticatedClient | Client,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | ObservationRead | ProblemDetails]:
    """One observation

     One value with its source, year, unit and provenance (as of a moment with
    `as_of`); the source's label in `lang` where translated. A deleted value answers
    410; its history stays at `.../revisions`.

    Args:
        observation_id (int): The observation's id.
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
        Response[Any | ObservationRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        observation_id=observation_id,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    observation_id: int,
    *,
    client: AuthenticatedClient | Client,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | ObservationRead | ProblemDetails | None:
    """One observation

     One value with its source, year, unit and provenance (as of a moment with
    `as_of`); the source's label in `lang` where translated. A deleted value answers
    410; its history stays at `.../revisions`.

    Args:
        observation_id (int): The observation's id.
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
        Any | ObservationRead | ProblemDetails
    """

    return sync_detailed(
        observation_id=observation_id,
        client=client,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    observation_id: int,
    *,
    client: AuthenticatedClient | Client,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Response[Any | ObservationRead | ProblemDetails]:
    """One observation

     One value with its source, year, unit and provenance (as of a moment with
    `as_of`); the source's label in `lang` where translated. A deleted value answers
    410; its history stays at `.../revisions`.

    Args:
        observation_id (int): The observation's id.
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
        Response[Any | ObservationRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        observation_id=observation_id,
        as_of=as_of,
        decimals=decimals,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    observation_id: int,
    *,
    client: AuthenticatedClient | Client,
    as_of: None | str | Unset = UNSET,
    decimals: Decimals | Unset = UNSET,
    lang: None | str | Unset = UNSET,
) -> Any | ObservationRead | ProblemDetails | None:
    """One observation

     One value with its source, year, unit and provenance (as of a moment with
    `as_of`); the source's label in `lang` where translated. A deleted value answers
    410; its history stays at `.../revisions`.

    Args:
        observation_id (int): The observation's id.
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
        Any | ObservationRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            observation_id=observation_id,
            client=client,
            as_of=as_of,
            decimals=decimals,
            lang=lang,
        )
    ).parsed
