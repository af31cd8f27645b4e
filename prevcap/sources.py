"""The source line under every chart, table and report: where the figures come from, with dates."""

from __future__ import annotations

import pandas as pd

from core.i18n import t


def source_line(datasets: pd.DataFrame, lang: str) -> str:
    """From meta.datasets (prevcap.queries.datasets): population with its date, example data,
    loaded files and the boundaries."""
    parts = []
    population = datasets[(datasets["dataset"] == "population") & (datasets["origin"] == "reference")]
    if len(population):
        parts.append(t("source.population", lang, date=population["source_date"].iloc[0] or "–"))
    example = example_datasets(datasets)
    if example:
        parts.append(t("source.example", lang, names=capitalised(names_text(example, lang))))
    loaded = datasets[datasets["origin"] == "loaded"]
    channel = loaded["channel"] if "channel" in loaded else pd.Series(index=loaded.index, dtype=object)
    reports = loaded[channel == "report"]
    if len(reports):
        parts.append(
            t(
                "source.reported",
                lang,
                n=reports["batch_id"].nunique(),
                date=max(d for d in reports["source_date"] if isinstance(d, str)),
            )
        )
    public = loaded["dataset"].isin(PUBLIC_DATASETS)
    files = sorted(loaded.loc[(channel != "report") & ~public, "source_file"].unique())
    if files:
        parts.append(t("source.loaded", lang, files=", ".join(files)))
    crime_files = sorted(loaded.loc[loaded["dataset"] == "crime", "source_file"].unique())
    if crime_files:
        parts.append(t("source.crime_bra", lang, files=", ".join(crime_files)))
    kolada = loaded[loaded["dataset"] == "kolada"]
    if len(kolada):
        parts.append(t("source.kolada", lang, date=max(d for d in kolada["source_date"] if isinstance(d, str))))
    boundaries = datasets[datasets["dataset"] == "municipalities"]
    if len(boundaries):
        parts.append(t("source.boundaries", lang, source=boundaries["source"].iloc[0].split(" (")[0]))
    return t("source.line", lang, sources="; ".join(parts))


# The public sources of need, read as they publish them: named by their source, not as the county's files.
PUBLIC_DATASETS = ("crime", "kolada")


# The data sets users load (and the example data stands in for), in the order the banner names them.
USER_DATASETS = ("staffing", "funding", "attendance", "events", "collaborations", "law_status", "population")


def _rows(datasets: pd.DataFrame, origin: str) -> dict[str, int]:
    chosen = datasets[datasets["origin"] == origin]
    return chosen.groupby("dataset")["rows"].sum().to_dict()


def example_datasets(datasets: pd.DataFrame) -> list[str]:
    """The data sets of which the warehouse still holds example rows."""
    example = _rows(datasets, "example")
    return [name for name in USER_DATASETS if example.get(name, 0) > 0]


def names_text(names: list[str], lang: str) -> str:
    """'bemanning, finansiering och deltagande'."""
    shown = [t(f"dataset.name.{name}", lang) for name in names]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + f" {t('list.and', lang)} " + shown[-1]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def example_notice(datasets: pd.DataFrame, lang: str) -> str | None:
    """The example banner for meta.datasets: which data sets are still example data, which are loaded
    and which partly; None when no example row is left."""
    example, loaded = _rows(datasets, "example"), _rows(datasets, "loaded")
    only_example = [n for n in USER_DATASETS if example.get(n, 0) > 0 and not loaded.get(n, 0)]
    partly = [n for n in USER_DATASETS if example.get(n, 0) > 0 and loaded.get(n, 0)]
    only_loaded = [n for n in USER_DATASETS if loaded.get(n, 0) > 0 and not example.get(n, 0)]
    if not only_example and not partly:
        return None
    parts = []
    if only_example:
        parts.append(t("example.banner.example", lang, names=capitalised(names_text(only_example, lang))))
    if partly:
        parts.append(t("example.banner.partly", lang, names=names_text(partly, lang)))
    if only_loaded:
        parts.append(t("example.banner.loaded", lang, names=names_text(only_loaded, lang)))
    return " ".join([*parts, t("example.banner.real", lang)])


def figure_source(source, date, lang: str) -> str:
    """Where one municipality's figure comes from, for a table's cell: example data, reported by the
    municipality (the day the county board accepted the report), or loaded by the county board."""
    if not isinstance(source, str) or not source:
        return ""
    day = date.strftime("%Y-%m-%d") if hasattr(date, "strftime") and not pd.isna(date) else ""
    return t(f"source.figure.{source}", lang, date=day).strip()
