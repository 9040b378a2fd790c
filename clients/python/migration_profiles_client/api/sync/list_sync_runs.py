from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_sync_run_read import CollectionSyncRunRead
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

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
        "url": "/api/v1/sync-runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CollectionSyncRunRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CollectionSyncRunRead.from_dict(response.json())

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
) -> Response[Any | CollectionSyncRunRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[Any | CollectionSyncRunRead | ProblemDetails]:
    """Sync runs

     The runs of the syncs, newest first: the source, when the run started and
    finished, its outcome, the values it inserted, updated and found unchanged,
    the series it skipped (nothing new upstream) and each failed series with its
    reason. Pages follow `links.next` (also in the `Link` header).

    Args:
        source (None | str | Unset): Only this source's runs (its slug).
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionSyncRunRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        source=source,
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
    source: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Any | CollectionSyncRunRead | ProblemDetails | None:
    """Sync runs

     The runs of the syncs, newest first: the source, when the run started and
    finished, its outcome, the values it inserted, updated and found unchanged,
    the series it skipped (nothing new upstream) and each failed series with its
    reason. Pages follow `links.next` (also in the `Link` header).

    Args:
        source (None | str | Unset): Only this source's runs (its slug).
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionSyncRunRead | ProblemDetails
    """

    return sync_detailed(
        client=client,
        source=source,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[Any | CollectionSyncRunRead | ProblemDetails]:
    """Sync runs

     The runs of the syncs, newest first: the source, when the run started and
    finished, its outcome, the values it inserted, updated and found unchanged,
    the series it skipped (nothing new upstream) and each failed series with its
    reason. Pages follow `links.next` (also in the `Link` header).

    Args:
        source (None | str | Unset): Only this source's runs (its slug).
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CollectionSyncRunRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        source=source,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    source: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Any | CollectionSyncRunRead | ProblemDetails | None:
    """Sync runs

     The runs of the syncs, newest first: the source, when the run started and
    finished, its outcome, the values it inserted, updated and found unchanged,
    the series it skipped (nothing new upstream) and each failed series with its
    reason. Pages follow `links.next` (also in the `Link` header).

    Args:
        source (None | str | Unset): Only this source's runs (its slug).
        limit (int | Unset): Rows per page, 1 to 1000. Default: 100.
        cursor (None | str | Unset): Opaque position from `links.next` of the previous page; omit
            for the first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CollectionSyncRunRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
