"""The CSV templates in data/templates/: canonical headers and one example row per KIND.

Written with ';' and a UTF-8 BOM so that Swedish Excel opens them as columns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from etl.kinds import KINDS, SHEET_KINDS

# An example row that loads into the example warehouse (the attendance row refers to a real event).
EXAMPLE_OVERRIDES = {
    ("attendance", "event_id"): "2016-10-31-inspirationsdag",
    ("events", "event_id"): "2026-03-12-nätverksträff",
    ("events", "date"): "2026-03-12",
    ("events", "event_type"): "nätverksträff",
    ("events", "title"): "ANDT-nätverksträff Södra Lappland",
}


def template_text(kind_name: str) -> str:
    kind = KINDS[kind_name]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.name for column in kind.columns])
    writer.writerow([EXAMPLE_OVERRIDES.get((kind_name, column.name), column.example) for column in kind.columns])
    return buffer.getvalue()


def write_templates(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind_name in SHEET_KINDS:
        path = directory / f"{kind_name}.csv"
        path.write_bytes(template_text(kind_name).encode("utf-8-sig"))
        paths.append(path)
    return paths
