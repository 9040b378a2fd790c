"""The revisions of a curated resource, as the API serves them."""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field

from app.models import Revision, RevisionAction
from app.schemas import ReadModel, TranslatableRead, in_english

T = TypeVar("T")


def _example(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """An update, with the state's own example before and after (for RevisionRead[X])."""
    shape = next(
        (arg for arg in get_args(model.model_fields["new"].annotation) if arg is not type(None)),
        None,
    )
    extra = (
        shape.model_config.get("json_schema_extra")
        if isinstance(shape, type) and issubclass(shape, BaseModel)
        else None
    )
    examples = extra.get("examples") if isinstance(extra, dict) else None
    if isinstance(examples, list) and examples:
        state = examples[0]
        schema["examples"] = [
            {
                "number": 2,
                "action": "update",
                "changed_at": "2026-11-29T09:12:44.120931+00:00",
                "changed_by": "api-key:curator",
                "reason": "Checked against the published page",
                "old": state,
                "new": state,
            }
        ]


class RevisionRead(ReadModel, Generic[T]):
    """One create, update or delete of a resource: when, by whom, why, and its
    state before and after."""

    model_config = ConfigDict(json_schema_extra=_example)

    number: int = Field(description="1 for the creation, then one more for each change.")
    action: RevisionAction
    changed_at: datetime
    changed_by: str = Field(
        description="`api-key:<name>`, `seed:<file>`, `import:<page>` or `sync:<source>`."
    )
    reason: str | None
    old: T | None = Field(description="Before the change; null for a creation.")
    new: T | None = Field(description="After the change; null for a deletion.")


def state_as(shape: type[BaseModel]) -> Callable[[Revision], dict[str, Any]]:
    """Reads a resource's state from its revision, as its Read model `shape` shows it:
    its texts as entered, in English (its translations beside them)."""
    if issubclass(shape, TranslatableRead):
        languages = in_english(shape)
        return lambda revision: shape.model_validate(
            {**revision.state, "languages": languages}
        ).model_dump(mode="json")
    return lambda revision: shape.model_validate(revision.state).model_dump(mode="json")


HISTORY_DESCRIPTION = (
    "Every create, update and delete, oldest first: when, by which key or command, why, "
    "and the state before and after. Kept after a delete."
)


def revision_items(
    revisions: Sequence[Any], state: Callable[[Any], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each revision (of a value or of another resource) with the states before and
    after it, as `state` reads them from a revision."""
    items = []
    previous = None
    for revision in revisions:
        current = state(revision)
        deleted = revision.action == RevisionAction.DELETE
        items.append(
            {
                "number": revision.number,
                "action": revision.action,
                "changed_at": revision.changed_at,
                "changed_by": revision.changed_by,
                "reason": revision.reason,
                "old": current if deleted else previous,
                "new": None if deleted else current,
            }
        )
        previous = None if deleted else current
    return items
