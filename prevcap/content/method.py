"""Metod och källor: how every indicator, the need norm, the gap and the index are computed (with the
norm and weights of the view), where each figure comes from and how current it is, what the data
cannot tell; and the batches of the ledger the warehouse was built from."""

from __future__ import annotations

from core import fmt
from core.i18n import t
from prevcap import method, sources
from prevcap.content.model import Heading, Notice, Section, Table, Text
from prevcap.domain import capacity
from prevcap.queries import meta as meta_queries
from prevcap.text_safety import markdown_text
from prevcap.view import View

# the term shown in the Metod text while it is off (0): the example's value
DEFAULT_CRIME_TERM_EXAMPLE = 0.10


def method_section(source, view: View) -> Section:
    lang = view.lang
    section = Section("method", t("cap.method.title", lang), t("cap.method.intro", lang))
    section.items += [
        Heading("indicators_heading", t("cap.method.indicators", lang)),
        Text("indicators", method.method_indicator_text(lang)),
        Text("missing", t("cap.method.missing", lang)),
        Heading("norm_heading", t("cap.method.norm", lang)),
        Text(
            "norm",
            t(
                "cap.method.norm_text",
                lang,
                base=fmt.number(view.norm.base_fte, 2, lang),
                per10k=fmt.number(view.norm.fte_per_10k, 2, lang),
            ),
        ),
    ]
    section.items.append(
        Text(
            "norm_crimes",
            t(
                "cap.method.norm_crimes_text",
                lang,
                crimes=fmt.number(view.norm.fte_per_1000_crimes or DEFAULT_CRIME_TERM_EXAMPLE, 2, lang),
            ),
        )
    )
    table, columns = method.norm_examples(view.norm, lang)
    section.items += [
        Table("norm_examples", table, columns, t("cap.method.norm", lang)),
        Text("gap", t("cap.method.gap_text", lang)),
        Heading("index_heading", t("cap.method.index", lang)),
        Text("index", t("cap.method.index_text", lang, min_share=fmt.number(capacity.MIN_WEIGHT_SHARE * 100, 0, lang))),
        Text("components", method.index_component_text(lang)),
    ]
    table, columns = method.index_component_table(view.weights, lang)
    section.items += [
        Table("index_table", table, columns, t("cap.method.index", lang)),
        Text("index_example", t("cap.method.index_example", lang)),
        Heading("similar_heading", t("cap.method.similar", lang)),
        Text("similar", t("cap.method.similar_text", lang)),
        Heading("crime_heading", t("cap.method.crime_heading", lang)),
        Text("crime", t("cap.method.crime_text", lang)),
        Heading("limits_heading", t("cap.method.limits", lang)),
        Text("limits", t("cap.method.limits_text", lang)),
        Text("accessibility", t("a11y.method_link", lang), on_paper=False),
    ]
    return section


def sources_section(source, view: View) -> Section:
    """Källor: every data set in the warehouse (meta.datasets), real or example, with its date; the batches."""
    lang = view.lang
    sets = source.query(meta_queries.datasets)
    section = Section(
        "sources",
        t("cap.method.sources", lang),
        markdown_text(sources.source_line(sets, lang) + "."),
        bool((sets["origin"] == "example").any()),
    )
    table, columns = method.sources_table(sets, lang)
    section.add(Table("sources", table, columns, t("cap.method.sources", lang)))
    section.add(Text("sources_text", t("cap.method.sources_text", lang)))
    section.add(Heading("batches_heading", t("cap.method.batches", lang), 3))
    section.add(Text("batches_text", t("cap.method.batches_text", lang)))
    section.add(Heading("privacy_heading", t("cap.method.privacy_heading", lang), 3))
    section.add(Text("privacy", t("cap.method.privacy", lang)))
    batches = source.query(meta_queries.batches)
    if batches.empty:
        section.add(Notice("batches_none", t("cap.method.batches_none", lang)))
    else:
        table, columns = method.batches_table(batches, lang)
        section.add(Table("batches", table, columns, t("cap.method.batches", lang)))
    return section
