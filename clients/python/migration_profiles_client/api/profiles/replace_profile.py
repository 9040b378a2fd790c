from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.profile_document import ProfileDocument
from ...models.profile_read import ProfileRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country: str,
    *,
    body: ProfileDocument,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/countries/{country}/profile".format(
            country=quote(str(country), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ProfileRead | None:
    if response.status_code == 200:
        response_200 = ProfileRead.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ProfileRead.from_dict(response.json())

        return response_201

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
) -> Response[ProblemDetails | ProfileRead]:
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
    body: ProfileDocument,
    if_match: None | str | Unset = UNSET,
) -> Response[ProblemDetails | ProfileRead]:
    """Replace a country's whole profile

     Make the country's profile exactly this document, the format the seed files
    use (admin scope): in one transaction, so a document with one bad item changes
    nothing. Values that change or disappear leave revisions. Creates the country
    when it is new (201). If-Match is optional here; when sent, a stale ETag is a 412.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (None | str | Unset): The resource's current ETag, from its GET. Required: a
            stale one gives 412, none gives 428.
        body (ProfileDocument): A country's whole profile: what `seeds/*.yaml` hold and `PUT
            .../profile` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProfileRead]
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
    body: ProfileDocument,
    if_match: None | str | Unset = UNSET,
) -> ProblemDetails | ProfileRead | None:
    """Replace a country's whole profile

     Make the country's profile exactly this document, the format the seed files
    use (admin scope): in one transaction, so a document with one bad item changes
    nothing. Values that change or disappear leave revisions. Creates the country
    when it is new (201). If-Match is optional here; when sent, a stale ETag is a 412.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (None | str | Unset): The resource's current ETag, from its GET. Required: a
            stale one gives 412, none gives 428.
        body (ProfileDocument): A country's whole profile: what `seeds/*.yaml` hold and `PUT
            .../profile` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProfileRead
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
    body: ProfileDocument,
    if_match: None | str | Unset = UNSET,
) -> Response[ProblemDetails | ProfileRead]:
    """Replace a country's whole profile

     Make the country's profile exactly this document, the format the seed files
    use (admin scope): in one transaction, so a document with one bad item changes
    nothing. Values that change or disappear leave revisions. Creates the country
    when it is new (201). If-Match is optional here; when sent, a stale ETag is a 412.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (None | str | Unset): The resource's current ETag, from its GET. Required: a
            stale one gives 412, none gives 428.
        body (ProfileDocument): A country's whole profile: what `seeds/*.yaml` hold and `PUT
            .../profile` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProfileRead]
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
    body: ProfileDocument,
    if_match: None | str | Unset = UNSET,
) -> ProblemDetails | ProfileRead | None:
    """Replace a country's whole profile

     Make the country's profile exactly this document, the format the seed files
    use (admin scope): in one transaction, so a document with one bad item changes
    nothing. Values that change or disappear leave revisions. Creates the country
    when it is new (201). If-Match is optional here; when sent, a stale ETag is a 412.

    Args:
        country (str): ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.
        if_match (None | str | Unset): The resource's current ETag, from its GET. Required: a
            stale one gives 412, none gives 428.
        body (ProfileDocument): A country's whole profile: what `seeds/*.yaml` hold and `PUT
            .../profile` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProfileRead
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
