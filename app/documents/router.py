"""A country's key policy documents and relevant publications: read and change.

Both lists have the same six operations; `_add_routes` declares them once for
each kind of document, with the kind's own paths, names, schemas and texts.
"""

from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from pydantic import BaseModel
from sqlalchemy import Connection, RowMapping
from starlette.responses import Response

from app.auth.deps import WriteKeyDep
from app.config import API_PREFIX
from app.countries.deps import CountryCode, CountryDep
from app.countries.service import get_country
from app.deps import DatabaseDep, SessionDep
from app.documents import service
from app.documents.schemas import (
    PolicyDocumentCreate,
    PolicyDocumentRead,
    PolicyDocumentUpdate,
    PublicationCreate,
    PublicationRead,
    PublicationUpdate,
)
from app.history.record import give_reason
from app.history.schemas import HISTORY_DESCRIPTION, RevisionRead, revision_items, state_as
from app.history.service import list_country_history
from app.http.responses import (
    CREATE_RESPONSES,
    DELETE_RESPONSES,
    PROBLEM_RESPONSES,
    UPDATE_RESPONSES,
)
from app.json import JSONResponse
from app.models import PolicyDocument, Publication
from app.pagination import Collection, collection
from app.representations import LanguageDep, language_headers
from app.schemas import TranslatableRead, localized
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, route_class=ExactJSONRoute)


@dataclass(frozen=True)
class Kind:
    model: type[PolicyDocument] | type[Publication]
    segment: str  # of the path: /countries/{country}/<segment>
    noun: str  # "policy document"
    plural: str  # the operations' names: list_<plural>, get_<noun_>, ...
    id_name: str  # the id's path parameter
    id_example: int
    read: type[TranslatableRead]
    create: type[BaseModel]
    update: type[BaseModel]
    list_summary: str
    list_description: str


POLICY_DOCUMENTS = Kind(
    model=PolicyDocument,
    segment="policy-documents",
    noun="policy document",
    plural="policy_documents",
    id_name="document_id",
    id_example=3,
    read=PolicyDocumentRead,
    create=PolicyDocumentCreate,
    update=PolicyDocumentUpdate,
    list_summary="Key policy documents",
    list_description="The country's key migration laws, codes and decrees, with year and "
    "kind; their official titles in French, Dutch or German where they exist.",
)
PUBLICATIONS = Kind(
    model=Publication,
    segment="publications",
    noun="publication",
    plural="publications",
    id_name="publication_id",
    id_example=2,
    read=PublicationRead,
    create=PublicationCreate,
    update=PublicationUpdate,
    list_summary="Relevant publications",
    list_description="Publications about the country's migration, with publisher and year "
    "where known; their titles in French, Dutch or German where a translation was published.",
)


def _add_routes(kind: Kind) -> None:
    collection_path = f"/countries/{{country}}/{kind.segment}"
    item_path = f"{collection_path}/{{{kind.id_name}}}"
    singular = kind.noun.replace(" ", "_")
    tags: list[str | Any] = [f"{kind.plural.replace('_', ' ')}"]
    ItemId = Annotated[  # noqa: N806 (a type, named as one)
        int,
        Path(
            alias=kind.id_name,
            ge=1,
            le=2**31 - 1,
            description=f"The {kind.noun}'s id.",
            examples=[kind.id_example],
        ),
    ]
    Read, Create, Update = kind.read, kind.create, kind.update  # noqa: N806 (types)

    def location(code: str, item_id: int) -> str:
        return f"{API_PREFIX}/countries/{code}/{kind.segment}/{item_id}"

    def read_list(connection: Connection, code: str) -> list[RowMapping]:
        return service.list_documents(connection, kind.model, get_country(connection, code).id)

    def read_one(connection: Connection, code: str, item_id: int) -> RowMapping:
        return service.get_document(connection, kind.model, get_country(connection, code), item_id)

    @router.get(
        collection_path,
        name=f"list_{kind.plural}",
        response_model=Collection[Read],  # type: ignore[valid-type]
        summary=kind.list_summary,
        description=kind.list_description,
        tags=tags,
        responses=PROBLEM_RESPONSES,
    )
    async def list_items(
        request: Request, country: CountryCode, db: DatabaseDep, lang: LanguageDep
    ) -> JSONResponse:
        items = [localized(d, Read, lang) for d in await db.read(read_list, country)]
        return JSONResponse(
            collection(request, items, total=len(items)), headers=language_headers(lang)
        )

    @router.get(
        item_path,
        name=f"get_{singular}",
        response_model=Read,
        summary=f"One {kind.noun}",
        description=f"One {kind.noun} by id, its title in `lang` where translated; its "
        "ETag (in any language) is what updates and deletes send as If-Match.",
        tags=tags,
        responses=PROBLEM_RESPONSES,
    )
    async def get_item(
        country: CountryCode, item_id: ItemId, db: DatabaseDep, lang: LanguageDep
    ) -> JSONResponse:
        found = await db.read(read_one, country, item_id)
        return JSONResponse(localized(found, Read, lang), headers=language_headers(lang))

    @router.post(
        collection_path,
        name=f"create_{singular}",
        status_code=201,
        response_model=Read,
        summary=f"Add a {kind.noun}",
        description=f"Add a {kind.noun} (write scope). Answers 201 with its Location and ETag.",
        tags=tags,
        responses=CREATE_RESPONSES,
    )
    def create_item(
        _key: WriteKeyDep,
        country: CountryDep,
        body: Create,  # type: ignore[valid-type]
        session: SessionDep,
    ) -> JSONResponse:
        give_reason(session, body.reason)  # type: ignore[attr-defined]
        document = service.create_document(session, kind.model, country, body)
        return resource_response(
            localized(document, Read),
            status_code=201,
            location=location(country.code, document.id),
        )

    @router.patch(
        item_path,
        name=f"update_{singular}",
        response_model=Read,
        summary=f"Change a {kind.noun}",
        description=f"Change some fields of a {kind.noun} (write scope), with If-Match.",
        tags=tags,
        responses=UPDATE_RESPONSES,
    )
    def update_item(
        _key: WriteKeyDep,
        country: CountryDep,
        item_id: ItemId,
        body: Update,  # type: ignore[valid-type]
        session: SessionDep,
        if_match: IfMatch = None,
    ) -> JSONResponse:
        give_reason(session, body.reason)  # type: ignore[attr-defined]
        document = service.lock_document(session, kind.model, country, item_id)
        check_if_match(if_match, partial(localized, document, Read))
        service.update_document(session, document, body.model_dump(exclude_unset=True))  # type: ignore[attr-defined]
        return resource_response(localized(document, Read))

    @router.delete(
        item_path,
        name=f"delete_{singular}",
        status_code=204,
        response_class=Response,
        summary=f"Remove a {kind.noun}",
        description=f"Remove a {kind.noun} (write scope), with If-Match.",
        tags=tags,
        responses=DELETE_RESPONSES,
    )
    def delete_item(
        _key: WriteKeyDep,
        country: CountryDep,
        item_id: ItemId,
        session: SessionDep,
        if_match: IfMatch = None,
        reason: ReasonQuery = None,
    ) -> Response:
        give_reason(session, reason)
        document = service.lock_document(session, kind.model, country, item_id)
        check_if_match(if_match, partial(localized, document, Read))
        service.delete_document(session, document)
        return no_content()

    @router.get(
        f"{item_path}/revisions",
        name=f"list_{singular}_revisions",
        response_model=Collection[RevisionRead[Read]],  # type: ignore[valid-type]
        summary=f"A {kind.noun}'s history",
        description=HISTORY_DESCRIPTION,
        tags=tags,
        responses=PROBLEM_RESPONSES,
    )
    async def list_item_revisions(
        request: Request, country: CountryCode, item_id: ItemId, db: DatabaseDep
    ) -> JSONResponse:
        revisions = await db.read(list_country_history, kind.model, country, str(item_id))
        items = revision_items(revisions, state_as(Read))
        return JSONResponse(collection(request, items, total=len(items)))


_add_routes(POLICY_DOCUMENTS)
_add_routes(PUBLICATIONS)
