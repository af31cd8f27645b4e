"""Command line of the ETL: build, load, sample, check. See README.md."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl.kinds import KINDS
from prevcap.config import DATA_DIR, EXAMPLE_DIR, scope as configured_scope, warehouse_path
from prevcap.i18n import LANGUAGES, t


def example_dir_for(scope) -> Path:
    """The default counties keep their example data in data/example/ (committed); all of Sweden in data/example_all/."""
    return EXAMPLE_DIR if scope.counties else DATA_DIR / "example_all"


def cmd_build(args, lang) -> int:
    from etl.build import Rejected, build

    scope = configured_scope()
    try:
        build(warehouse_path(), scope, example_dir_for(scope), all_municipalities=scope.counties is None)
    except Rejected as rejected:
        return _report_rejected(rejected.result, lang)
    import duckdb

    con = duckdb.connect(str(warehouse_path()), read_only=True)
    municipalities = con.execute("select count(*) from staging.municipalities").fetchall()[0][0]
    first, last = con.execute("select min(year), max(year) from marts.years").fetchall()[0]
    con.close()
    print(t("etl.msg.built", lang, path=warehouse_path(), municipalities=municipalities, years=f"{first}–{last}"))
    return 0


def _report_rejected(result, lang) -> int:
    for problem in result.problems:
        print(problem.message(result.file.name, lang), file=sys.stderr)
    print(t("etl.msg.rejected", lang, file=result.file.name, count=len(result.problems)), file=sys.stderr)
    return 1


def cmd_load(args, lang) -> int:
    from etl.build import load_file

    db = warehouse_path()
    if not db.exists():
        print(t("etl.err.warehouse_missing", lang, path=db), file=sys.stderr)
        return 1
    result = load_file(db, args.kind, Path(args.file), configured_scope())
    if not result.ok:
        return _report_rejected(result, lang)
    if result.ignored_columns:
        print(t("etl.msg.ignored_columns", lang, columns=", ".join(result.ignored_columns)))
    print(t("etl.msg.loaded", lang, file=result.file.name, rows=result.rows, kind=args.kind,
            new=result.new, replaced=result.replaced))
    return 0


def cmd_sample(args, lang) -> int:
    from prevcap.config import Scope
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

    db = warehouse_path()
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
    commands.add_parser("build", help="bygg lagret från referens- och exempeldata")
    load = commands.add_parser("load", help="läs in en fil (CSV eller XLSX)")
    load.add_argument("kind", choices=sorted(KINDS))
    load.add_argument("file")
    sample = commands.add_parser("sample", help="skriv exempeldata (fast slumpfrö)")
    sample.add_argument("--municipalities", choices=["scope", "all"], default="scope",
                        help="'all' för alla 290 kommuner")
    sample.add_argument("--out", help="mapp (standard: data/example/)")
    commands.add_parser("check", help="kör datatesterna")
    return main


def main(argv=None) -> int:
    # --lang may come before or after the command
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = "sv"
    if "--lang" in argv:
        index = argv.index("--lang")
        lang = argv[index + 1] if index + 1 < len(argv) else "sv"
        del argv[index:index + 2]
    args = parser().parse_args(["--lang", lang, *argv])
    handler = {"build": cmd_build, "load": cmd_load, "sample": cmd_sample, "check": cmd_check}[args.command]
    return handler(args, args.lang)


if __name__ == "__main__":
    sys.exit(main())
