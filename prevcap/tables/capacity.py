"""Tables and texts of the capacity pages (Kapacitet, Kommun): the ranked gap, a profile year by year,
the Lag (2023:196) checklist, the police agreements, the partners, the profile's cards."""

from __future__ import annotations

import math

import pandas as pd

from core import fmt
from core.i18n import t
from prevcap.indicators import PROFILE_INDICATORS
from prevcap.tables import Columns
from prevcap.tables.network import collaboration_label
from prevcap.text_safety import markdown_text


def years_text(years) -> str:
    """[2016, 2018, 2024, 2025, 2026] -> '2016, 2018, 2024–2026'."""
    years = sorted({int(y) for y in years})
    runs: list[tuple[int, int]] = []
    for year in years:
        if runs and year == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def value_text(
    value, decimals: int, lang: str, percent: bool = False, missing_key: str = "cap.not_reported", signed: bool = False
) -> str:
    """A number as the tables write it; a missing value as 'ej rapporterat', never as 0."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return t(missing_key, lang)
    value = value * 100 if percent else value
    text = fmt.signed(value, decimals, lang) if signed else fmt.number(value, decimals, lang)
    return text + (" %" if percent else "")


def law_text(value, lang: str) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return t("cap.not_reported", lang)
    return t("cap.yes", lang) if bool(value) else t("cap.no", lang)


def capacity_table(assessed: pd.DataFrame, lang: str, links: bool = True) -> tuple[pd.DataFrame, Columns]:
    """The Kapacitet table: one row per municipality, ranked by the gap as a share of the norm
    (the largest shortfall first, the not reported last), with a link to each profile
    (`links=False` for paper, where a link to the dashboard leads nowhere)."""
    frame = assessed.sort_values(
        ["capacity_gap_share", "capacity_gap_fte", "municipality_name"], na_position="last"
    ).copy()
    frame["status"] = frame["gap_status"].map(lambda s: t(f"cap.status.{s}", lang))
    frame["capacity_gap_percent"] = (frame["capacity_gap_share"] * 100).round(0)
    frame["index_coverage_percent"] = (frame["index_coverage"] * 100).round(0)
    frame["police"] = frame["police_agreement_status"].map(lambda s: t(f"cap.police.{s}", lang))
    frame["law"] = [law_parts_text(row, lang) for row in frame.itertuples()]
    frame["profile"] = "kommun?kommun=" + frame["municipality_code"]
    from prevcap.sources import figure_source

    frame["staffing_source_text"] = [
        figure_source(source, date, lang)
        for source, date in zip(frame["staffing_source"], frame["staffing_source_date"])
    ]
    for column, decimals in (
        ("fte_total", 2),
        ("norm_fte", 2),
        ("capacity_gap_fte", 2),
        ("capacity_index", 0),
        ("fte_per_10k", 2),
        ("crimes_per_100k", 0),
    ):
        frame[column] = frame[column].astype("float64").round(decimals)
    columns: Columns = {
        "municipality_name": ("col.municipality", None),
        "profile": ("cap.col.profile", "link:cap.col.profile_link"),
        "status": ("cap.col.status", None),
        "population": ("col.population", "localized"),
        "fte_total": ("ind.fte_total", "localized"),
        "norm_fte": ("cap.col.norm_fte", "localized"),
        "capacity_gap_fte": ("cap.ind.capacity_gap_fte", "localized"),
        "capacity_gap_percent": ("cap.col.gap_percent", "localized"),
        "capacity_index": ("cap.ind.capacity_index", "localized"),
        "index_coverage_percent": ("cap.col.index_coverage", "localized"),
        "crimes_per_100k": ("ind.crimes_per_100k", "localized"),
        "police": ("cap.col.police", None),
        "law": ("cap.col.law", None),
        "staffing_source_text": ("col.staffing_source", None),
    }
    if frame["crimes_per_100k"].isna().all():
        del columns["crimes_per_100k"]  # no crime figures loaded for the year: not a column of blanks
    if not links:
        del columns["profile"]
    return frame[list(columns)].reset_index(drop=True), columns


def law_parts_text(row, lang: str) -> str:
    if not row.law_reported:
        return t("cap.not_reported", lang)
    return t("cap.law.parts", lang, n=int(row.law_parts_in_place), reported=int(row.law_parts_reported))


def profile_year_table(assessed_years: pd.DataFrame, code: str, lang: str) -> tuple[pd.DataFrame, Columns]:
    """Every indicator of one municipality, year by year, as text: 'ej rapporterat' is not 0."""
    own = assessed_years[assessed_years["municipality_code"] == code].sort_values("year", ascending=False)
    table = pd.DataFrame({"year": own["year"].astype(str)})
    columns: Columns = {"year": ("filter.year", None)}
    no_population = own["population"].isna()
    for indicator in PROFILE_INDICATORS:
        # reported, but no population to divide by: say so, it is not a missing report
        for_want_of_population = (
            no_population & own[indicator.reported].notna() if indicator.reported else no_population & False
        ).to_numpy()
        table[indicator.column] = [
            value_text(
                v,
                indicator.decimals,
                lang,
                indicator.percent,
                signed=indicator.signed,
                missing_key="cap.no_population" if unknown else indicator.missing,
            )
            for v, unknown in zip(own[indicator.column], for_want_of_population)
        ]
        columns[indicator.column] = (indicator.label, None)
    table["police"] = own["police_agreement_status"].map(lambda s: t(f"cap.police.{s}", lang)).to_numpy()
    columns["police"] = ("cap.col.police", None)
    table["law"] = [law_parts_text(row, lang) for row in own.itertuples()]
    columns["law"] = ("cap.col.law", None)
    return table.reset_index(drop=True), columns


def law_checklist(assessed_years: pd.DataFrame, code: str, lang: str) -> tuple[pd.DataFrame, Columns]:
    """The three parts of Lag (2023:196), year by year from 2023 (the law's first year) or the
    first reported year: ja / nej / ej rapporterat."""
    own = assessed_years[assessed_years["municipality_code"] == code]
    first = min([2023, *own.loc[own["law_reported"], "year"].tolist()])
    own = own[own["year"] >= first].sort_values("year", ascending=False)
    table = pd.DataFrame(
        {
            "year": own["year"].astype(str),
            "law_coordinating_function": [law_text(v, lang) for v in own["law_coordinating_function"]],
            "law_lagesbild": [law_text(v, lang) for v in own["law_lagesbild"]],
            "law_atgardsplan": [law_text(v, lang) for v in own["law_atgardsplan"]],
        }
    )
    columns: Columns = {
        "year": ("filter.year", None),
        "law_coordinating_function": ("cap.law.coordinating_function", None),
        "law_lagesbild": ("cap.law.lagesbild", None),
        "law_atgardsplan": ("cap.law.atgardsplan", None),
    }
    return table.reset_index(drop=True), columns


def agreements_table(agreements: pd.DataFrame, year: int, lang: str) -> tuple[pd.DataFrame, Columns]:
    """A municipality's police agreements: kind, the period as the source writes it, the years it is
    known to be in force (or 'odaterat'), whether it is in force in `year`, and the source links."""
    rows = []
    for agreement in agreements.itertuples():
        years = list(agreement.in_force_years) if agreement.is_dated else []
        if not agreement.is_dated:
            validity = t("cap.police.undated_period", lang)
            in_force = t("cap.police.unknown", lang)
        else:
            validity = years_text(years)
            if pd.notna(agreement.possible_until):
                validity = t("cap.police.through", lang, year=int(agreement.possible_until))
            if year in years:
                in_force = t("cap.yes", lang)
            elif pd.notna(agreement.possible_until) and year < agreement.possible_until:
                in_force = t("cap.police.unknown", lang)
            else:
                in_force = t("cap.no", lang)
        links = [part.strip() for part in str(agreement.source).split(";") if part.strip().startswith("http")]
        rows.append(
            {
                "agreement_kind": t(f"cap.agreement.{agreement.agreement_kind}", lang),
                "validity": validity,
                "in_force": in_force,
                "period": agreement.period or "",
                "detail": agreement.detail if isinstance(agreement.detail, str) else "",
                "source": links[0] if links else "",
                "more_sources": " ; ".join(links[1:]),
            }
        )
    columns: Columns = {
        "agreement_kind": ("cap.col.agreement_kind", None),
        "validity": ("cap.col.validity", None),
        "in_force": ("cap.col.in_force_year", None),
        "period": ("cap.col.period_as_written", None),
        "detail": ("cap.col.detail_as_written", None),
        "source": ("cap.col.source", "link"),
        "more_sources": ("cap.col.more_sources", None),
    }
    return pd.DataFrame(rows, columns=list(columns)), columns


def partners_table(partners: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, Columns]:
    """A municipality's partners: joint collaborations (one row each, with all partners) and shared
    coordinator posts (one row per partner and role, with the years)."""
    rows = []
    collaborations = partners[partners["basis"] == "collaboration"]
    for _, group in collaborations.groupby("collaboration_id", sort=False):
        first = group.iloc[0]
        start = "" if pd.isna(first.start_year) else str(int(first.start_year))
        end = t("cap.partners.running", lang) if pd.isna(first.end_year) else str(int(first.end_year))
        rows.append(
            {
                "basis": t("cap.partners.collaboration", lang),
                "partners": ", ".join(sorted(group["partner_name"])),
                "what": collaboration_label(first.label, lang),
                "years": f"{start}–{end}" if start else t("cap.partners.until", lang, end=end),
                "source": first.source if isinstance(first.source, str) and first.source.startswith("http") else "",
                "example": first.origin == "example",
            }
        )
    shared = partners[partners["basis"] == "shared_post"]
    for (partner, role), group in shared.groupby(["partner_name", "label"], sort=True):
        rows.append(
            {
                "basis": t("cap.partners.shared_post", lang),
                "partners": partner,
                "what": ", ".join(t(f"cap.role.{r.strip()}", lang) for r in str(role).split(",")),
                "years": years_text(group["start_year"].dropna()),
                "source": "",
                "example": bool((group["origin"] == "example").any()),
            }
        )
    frame = pd.DataFrame(rows, columns=["basis", "partners", "what", "years", "source", "example"])
    frame["example"] = frame["example"].map(lambda e: t("example.tag", lang) if e else "")
    columns: Columns = {
        "basis": ("cap.col.basis", None),
        "partners": ("cap.col.partners", None),
        "what": ("cap.col.what", None),
        "years": ("cap.col.years", None),
        "source": ("cap.col.source", "link"),
        "example": ("col.example", None),
    }
    return frame, columns


def law_symbol(value) -> str:
    """A Material icon for a part of Lag (2023:196): done, not done, or not reported."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ":material/help:"
    return ":material/check_circle:" if bool(value) else ":material/cancel:"


def profile_facts(row: pd.Series, lang: str) -> str:
    """The line under a municipality's name: county, population (and its year), area, sparsity."""
    if pd.isna(row["population"]):
        population = t("value.missing", lang)
    else:
        population = t(
            "cap.kommun.population",
            lang,
            population=fmt.number(row["population"], 0, lang),
            year=int(row["population_year"]),
        )
    return t(
        "cap.kommun.facts",
        lang,
        county=markdown_text(row["county_name"]),
        population=population,
        area=fmt.number(row["area_km2"], 0, lang),
        density=fmt.number(row["inhabitants_per_km2"], 1, lang, t("value.missing", lang)),
    )


def profile_cards(row: pd.Series, lang: str) -> list[tuple[str, str, str | None]]:
    """(label, value, delta) of the key-figure cards of one municipality and year."""
    gap = (
        t("cap.kommun.gap_delta", lang, gap=fmt.signed(row["capacity_gap_fte"], 2, lang))
        if pd.notna(row["capacity_gap_fte"])
        else None
    )
    norm_missing = {"no_crimes": "cap.no_crimes", "no_population": "cap.no_population"}.get(
        row["gap_status"], "value.missing"
    )
    return [
        (t("ind.fte_total", lang), value_text(row["fte_total"], 2, lang), gap),
        (t("cap.col.norm_fte", lang), value_text(row["norm_fte"], 2, lang, missing_key=norm_missing), None),
        (
            t("cap.ind.capacity_index", lang),
            value_text(row["capacity_index"], 0, lang, missing_key="value.missing"),
            None,
        ),
        (
            t("cap.col.gap_percent", lang),
            value_text(row["capacity_gap_share"], 0, lang, percent=True, signed=True),
            None,
        ),
    ]
