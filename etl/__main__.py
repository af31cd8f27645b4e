"""Command line of the ETL: build, load, history, revert, sample, check. See README.md."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from core.i18n import LANGUAGES, t
from etl.kinds import KINDS


def _workspace():
    from etl.build import Workspace

    return Workspace.configured()


def example_dir_for(scope) -> Path:
    """The default counties keep their example data in data/example/ (committed); all of Sweden in data/example_all/."""
    from core.config import DATA_DIR, EXAMPLE_DIR

    return EXAMPLE_DIR if scope.counties else DATA_DIR / "example_all"


def _busy(error, lang) -> int:
    print(t("etl.err.writer_busy", lang, seconds=f"{error.timeout_s:g}", lock=error.lock_path), file=sys.stderr)
    return 1


def cmd_build(args, lang) -> int:
    import duckdb

    from etl.build import Rejected, build
    from etl.locking import WriterBusy
    from etl.warehouse import DataTestsFailed

    ws = _workspace()
    try:
        aside = build(ws)
    except Rejected as rejected:
        return _report_rejected(rejected.result, lang)
    except WriterBusy as busy:
        return _busy(busy, lang)
    except DataTestsFailed as failed:
        for name, count in failed.failures:
            print(t("etl.err.check_failed", lang, check=name, count=count), file=sys.stderr)
        print(t("etl.msg.build_failed", lang, path=ws.warehouse), file=sys.stderr)
        return 1
    except (duckdb.Error, OSError) as error:
        from etl.build import _write_problem

        print(_write_problem(error).message(str(ws.warehouse), lang), file=sys.stderr)
        print(t("etl.msg.build_failed", lang, path=ws.warehouse), file=sys.stderr)
        return 1
    if aside is not None:
        print(t("fault.msg.set_aside", lang, path=ws.warehouse, aside=aside), file=sys.stderr)
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    municipalities = con.execute("select count(*) from staging.municipalities").fetchall()[0][0]
    first, last = con.execute("select min(year), max(year) from marts.years").fetchall()[0]
    batches = con.execute("select count(*) from meta.batches where action = 'load' and status = 'active'").fetchall()[
        0
    ][0]
    con.close()
    print(
        t(
            "etl.msg.built",
            lang,
            path=ws.warehouse,
            municipalities=municipalities,
            years=f"{first}–{last}",
            batches=batches,
            ledger=ws.ledger,
        )
    )
    return 0


def _report_rejected(result, lang) -> int:
    for problem in result.problems:
        print(problem.message(result.file.name, lang), file=sys.stderr)
    from etl.validate import problem_count

    print(t("etl.msg.rejected", lang, file=result.file.name, count=problem_count(result.problems)), file=sys.stderr)
    return 1


def cmd_load(args, lang) -> int:
    from etl.build import load_file

    result = load_file(_workspace(), args.kind, Path(args.file), year=args.year)
    if not result.ok:
        return _report_rejected(result, lang)
    if args.kind == "crime":
        print(
            t(
                "public.msg.bra_read",
                lang,
                file=Path(args.file).name,
                rows=result.rows + result.outside_scope,
                year=result.skipped.get("year"),
                districts=result.skipped.get("districts", 0),
                totals=result.skipped.get("totals", 0),
            )
        )
    if args.kind == "population" and result.skipped.get("scb"):
        print(
            t(
                "public.msg.scb_read",
                lang,
                file=Path(args.file).name,
                rows=result.rows + result.outside_scope,
                totals=result.skipped["totals"],
                missing=result.skipped["missing"],
            )
        )
    if result.outside_scope:
        print(t("etl.msg.outside_scope", lang, rows=result.outside_scope))
    if result.ignored_columns:
        print(t("etl.msg.ignored_columns", lang, columns=", ".join(result.ignored_columns)))
    for warning in result.warnings:
        print(warning.message(result.file.name, lang))
    print(
        t(
            "etl.msg.loaded",
            lang,
            file=result.file.name,
            rows=result.rows,
            kind=args.kind,
            batch=result.batch_id,
            new=result.new,
            replaced=result.replaced,
            unchanged=result.unchanged,
        )
    )
    if result.stepped_aside:
        print(t("etl.msg.stepped_aside", lang, rows=result.stepped_aside))
    return 0


def cmd_kolada(args, lang) -> int:
    """Fetch KPIs from Kolada's v3 API for the warehouse's municipalities, keep the response as the batch's
    original file, and load it. The one request this project makes beyond the machine, on this command only."""
    import json
    import tempfile

    from core import config
    from etl import kolada
    from etl.build import load_file

    ws = _workspace()
    if not ws.warehouse.exists():
        print(t("etl.err.warehouse_missing", lang, path=ws.warehouse), file=sys.stderr)
        return 1
    codes = _municipality_codes(ws)
    base = os.environ.get("PREVCAP_KOLADA_URL") or config.setting("kolada_base_url", kolada.DEFAULT_BASE)
    try:
        titles = kolada.fetch_kpi_titles(args.kpi, base=base)
        for kpi, title in titles.items():
            print(t("public.msg.kolada_kpi", lang, kpi=kpi, title=title))
        pages = kolada.fetch_kolada_pages(args.kpi, codes, args.years, base=base)
    except kolada.KoladaError as error:
        print(error.message(lang), file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="prevcap-kolada-"))
    path = Path(args.save) if args.save else folder / f"kolada_{args.kpi.replace(',', '_')}_{args.years}.json"
    path.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    result = load_file(ws, "kolada", path)
    if not result.ok:
        return _report_rejected(result, lang)
    print(
        t(
            "etl.msg.loaded",
            lang,
            file=path.name,
            rows=result.rows,
            kind="kolada",
            batch=result.batch_id,
            new=result.new,
            replaced=result.replaced,
            unchanged=result.unchanged,
        )
    )
    return 0


def _municipality_codes(ws) -> list[str]:
    """The warehouse's municipalities, in the order of their codes."""
    import duckdb

    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        return [
            row[0] for row in con.execute("select municipality_code from staging.municipalities order by 1").fetchall()
        ]
    finally:
        con.close()


def cmd_revert(args, lang) -> int:
    from etl.build import revert

    result = revert(_workspace(), args.batch)
    if not result.ok:
        for problem in result.problems:
            print(problem.message(t("etl.where.batch", lang, id=args.batch), lang), file=sys.stderr)
        return 1
    key = "etl.msg.restored" if result.restored else "etl.msg.reverted"
    print(t(key, lang, id=args.batch, entry=result.entry_id))
    return 0


def cmd_history(args, lang) -> int:
    from etl import history

    ws = _workspace()
    if args.key:
        if len(args.key) < 2 or args.key[0] not in KINDS:
            print(t("etl.err.history_key", lang, kinds=", ".join(sorted(KINDS))), file=sys.stderr)
            return 1
        kind, municipality, *year = args.key
        try:
            lines = history.key_history_lines(ws, kind, municipality, int(year[0]) if year else None, lang)
        except history.UnknownMunicipality as unknown:
            print(t("etl.err.unknown_municipality", lang, value=unknown.value), file=sys.stderr)
            return 1
    else:
        try:
            lines = history.batch_lines(ws, args.kind, args.municipality, lang)
        except history.UnknownMunicipality as unknown:
            print(t("etl.err.unknown_municipality", lang, value=unknown.value), file=sys.stderr)
            return 1
    print("\n".join(lines))
    return 0


def cmd_sample(args, lang) -> int:
    from core.config import Scope
    from core.config import scope as configured_scope
    from etl.sample import write_sample

    scope = configured_scope()
    everything = args.municipalities == "all"
    if everything:
        scope = Scope(None, scope.first_year, scope.last_year, scope.example_first_year, scope.example_last_year)
    out = Path(args.out) if args.out else example_dir_for(scope)
    files = write_sample(out, scope, all_municipalities=everything)
    print(t("etl.msg.sample_written", lang, path=out, files=", ".join(sorted(p.name for p in files.values()))))
    return 0


def cmd_check(args, lang) -> int:
    import duckdb

    from etl.checks import DATA_TESTS, failing_tests

    db = _workspace().warehouse
    if not db.exists():
        print(t("etl.err.warehouse_missing", lang, path=db), file=sys.stderr)
        return 1
    con = duckdb.connect(str(db), read_only=True)
    failures = failing_tests(con)
    con.close()
    for name, count in failures:
        print(t("etl.err.check_failed", lang, check=name, count=count), file=sys.stderr)
    if failures:
        return 1
    print(t("etl.msg.checks_ok", lang, count=len(DATA_TESTS)))
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m etl", description="prevcap ETL: bygger och fyller DuckDB-lagret.")
    main.add_argument("--lang", choices=LANGUAGES, default="sv", help="språk för meddelanden (sv, en)")
    commands = main.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="bygg lagret från referensdata, exempeldata och liggaren")
    load = commands.add_parser("load", help="läs in en fil (CSV eller XLSX) som en ny sats i liggaren")
    load.add_argument("kind", choices=sorted(KINDS))
    load.add_argument("file")
    load.add_argument("--year", type=int, help="crime: året, om filens namn inte säger det")
    kolada = commands.add_parser(
        "kolada", help="hämta nyckeltal från Kolada (det enda anropet projektet gör ut på nätet)"
    )
    kolada.add_argument("--kpi", default="N07540,N07403", help="nyckeltal, kommaseparerade (standard N07540,N07403)")
    kolada.add_argument("--years", default="2015-2025", help="år: 2015-2025 eller 2019,2021")
    kolada.add_argument("--save", help="spara svaret som JSON-fil också (kan läsas in igen: load kolada FIL)")
    history = commands.add_parser(
        "history", help="liggarens satser; eller en nyckels värden över tiden: history staffing 2418 2024"
    )
    history.add_argument("key", nargs="*", help="typ, kommun och år (valfritt) för en nyckels historik")
    history.add_argument("--kind", choices=sorted(KINDS), help="bara satser av den här typen")
    history.add_argument("--municipality", help="bara satser med rader för kommunen (kod eller namn)")
    revert = commands.add_parser("revert", help="ångra en sats (en ny post i liggaren) och bygg om lagret")
    revert.add_argument("batch", type=int, help="satsens nummer (se history)")
    sample = commands.add_parser("sample", help="skriv exempeldata (fast slumpfrö)")
    sample.add_argument(
        "--municipalities", choices=["scope", "all"], default="scope", help="'all' för alla 290 kommuner"
    )
    sample.add_argument("--out", help="mapp (standard: data/example/)")
    commands.add_parser("check", help="kör datatesterna")
    return main


COMMANDS = {
    "build": cmd_build,
    "load": cmd_load,
    "kolada": cmd_kolada,
    "history": cmd_history,
    "revert": cmd_revert,
    "sample": cmd_sample,
    "check": cmd_check,
}


def main(argv=None) -> int:
    # --lang may come before or after the command
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = "sv"
    if "--lang" in argv:
        index = argv.index("--lang")
        lang = argv[index + 1] if index + 1 < len(argv) else "sv"
        del argv[index : index + 2]
    args = parser().parse_args(["--lang", lang, *argv])
    import duckdb

    from etl.build import write_problem

    try:
        return COMMANDS[args.command](args, args.lang)
    except (duckdb.Error, OSError) as error:
        # whatever a command did not foresee of the disk or the database: a sentence, never a traceback
        problem = write_problem(error)
        print(t(problem.key, args.lang, **problem.values), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
