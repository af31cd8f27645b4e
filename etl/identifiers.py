"""Names of tables and columns as SQL identifiers.

Names come from this code, never from a file; values always go in as ? parameters."""

from __future__ import annotations


def quoted(name: str) -> str:
    """'staging.staffing' -> "staging"."staffing" (a double quote inside a name is doubled)."""
    return ".".join('"' + part.replace('"', '""') + '"' for part in name.split("."))


def literal(value: str) -> str:
    """A string constant of this code (an allowed code in a check) as an SQL literal, quote doubled.
    Values from files never go through here: they are ? parameters."""
    return "'" + str(value).replace("'", "''") + "'"
