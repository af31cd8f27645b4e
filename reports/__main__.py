"""`python -m reports`: the dashboard's report for a selection, as PDF or DOCX, for scheduled runs.

    python -m reports --county 24 --year 2024 --format pdf --out rapport.pdf
    python -m reports --county 24 --county 25 --format docx --lang en
    python -m reports --county all            # both counties, latest reported year, PDF
    python -m reports --link 'http://localhost:8501/kapacitet?lan=24&ar=2024&norm_bas=1.5'   # every setting of a link

Exit status 0 when the report was written; 1 with a message (Swedish unless --lang en) for an unknown
county, a year without data, a missing warehouse or Chromium, or a file that cannot be written.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, t


def parser(lang: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    arguments = argparse.ArgumentParser(prog="python -m reports", description=t("export.cli.description", lang))
    arguments.add_argument("--county", action="append", help=t("export.cli.help.county", lang))
    arguments.add_argument("--year", type=int, help=t("export.cli.help.year", lang))
    arguments.add_argument("--format", choices=("pdf", "docx"), help=t("export.cli.help.format", lang))
    arguments.add_argument("--out", type=Path, help=t("export.cli.help.out", lang))
    arguments.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=t("export.cli.help.lang", lang))
    arguments.add_argument("--db", type=Path, help=t("export.cli.help.db", lang))
    arguments.add_argument("--link", help=t("export.cli.help.link", lang))
    return arguments


def language_of(argv: list[str]) -> str:
    """--lang as given (for the help text, before the arguments are parsed), else Swedish."""
    for index, argument in enumerate(argv):
        value = (
            argument.partition("=")[2]
            if argument.startswith("--lang=")
            else (argv[index + 1] if argument == "--lang" and index + 1 < len(argv) else None)
        )
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser(language_of(argv)).parse_args(argv)
    lang = args.lang
    import duckdb

    from core.config import warehouse_path
    from prevcap import export
    from prevcap.content.source import Direct
    from reports.build import make_report, size_text, write
    from reports.selection import ReportError, link_params, report_view

    fmt = args.format or (
        args.out.suffix.lstrip(".").lower() if args.out and args.out.suffix.lower() in (".pdf", ".docx") else "pdf"
    )
    db = args.db or warehouse_path()
    if not Path(db).is_file():
        return fail(t("export.cli.no_warehouse", lang, path=db))
    started = time.perf_counter()
    params = link_params(args.link)
    lang = args.lang if any(a.startswith("--lang") for a in argv) or "lang" not in params else params["lang"]
    with duckdb.connect(str(db), read_only=True) as con:
        source = Direct(con)
        try:
            view = report_view(source, args.county, args.year, lang, params)
        except ReportError as error:
            return fail(error.message(lang))
        if export.browser.find_chromium() is None:
            return fail(t("export.report.no_chromium", lang))
        try:
            report = make_report(source, view, warehouse=Path(db).name)
        except export.ExportUnavailable as error:
            return fail(error.message(lang))
    data = write(report, fmt)
    out = args.out or Path(
        export.export_filename(t("export.report.page_title", lang), [view.county_label(), view.year], fmt)
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as error:
        return fail(t("export.cli.cannot_write", lang, path=out, error=error.strerror or error))
    print(
        t(
            "export.cli.written",
            lang,
            path=out,
            charts=report.chart_count,
            tables=report.table_count,
            size=size_text(len(data), lang),
            seconds=round(time.perf_counter() - started),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
