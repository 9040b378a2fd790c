"""Changing a stored row: the one helper services, the loader and commands share."""

from typing import Any


def apply_changes(row: Any, changes: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set the attributes that differ (a partial update); return each one changed,
    as (old, new): empty, and so false, when none did."""
    changed = {}
    for name, value in changes.items():
        old = getattr(row, name)
        if old != value:
            setattr(row, name, value)
            changed[name] = (old, value)
    return changed
