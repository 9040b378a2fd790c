from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.indicator_read import IndicatorRead
from ...models.indicator_update import IndicatorUpdate
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    indicator: str,
    *,
    body: IndicatorUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/indicators/{indicator}".format(
            indicator=quote(str(indicator), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndicatorRead | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = IndicatorRead.from_dict(response.json())

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
) -> Response[IndicatorRead | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: IndicatorUpdate,
    if_match: str,
) -> Response[IndicatorRead | ProblemDetails]:
    """Change an indicator

     Change an indicator's names, group, unit, definition or order (admin scope).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        if_match (str):
        body (IndicatorUpdate): Everything but the slug and the value type, which its values
            depend on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        indicator=indicator,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: IndicatorUpdate,
    if_match: str,
) -> IndicatorRead | ProblemDetails | None:
    """Change an indicator

     Change an indicator's names, group, unit, definition or order (admin scope).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        if_match (str):
        body (IndicatorUpdate): Everything but the slug and the value type, which its values
            depend on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorRead | ProblemDetails
    """

    return sync_detailed(
        indicator=indicator,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: IndicatorUpdate,
    if_match: str,
) -> Response[IndicatorRead | ProblemDetails]:
    """Change an indicator

     Change an indicator's names, group, unit, definition or order (admin scope).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        if_match (str):
        body (IndicatorUpdate): Everything but the slug and the value type, which its values
            depend on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorRead | ProblemDetails]
    """

    kwargs = _get_kwargs(
        indicator=indicator,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    indicator: str,
    *,
    client: AuthenticatedClient,
    body: IndicatorUpdate,
    if_match: str,
) -> IndicatorRead | ProblemDetails | None:
    """Change an indicator

     Change an indicator's names, group, unit, definition or order (admin scope).

    Args:
        indicator (str): Indicator slug, e.g. `population`.
        if_match (str):
        body (IndicatorUpdate): Everything but the slug and the value type, which its values
            depend on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorRead | ProblemDetails
    """

    return (
        await asyncio_detailed(
            indicator=indicator,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
