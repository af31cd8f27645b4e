"""Kommun: one municipality's profile. Every indicator over the years next to the county median and
the most similar municipalities, the index's parts, the Lag (2023:196) checklist, the police
agreements and the partners. Reached from the selector, from a link (?kommun=2418) or a map click."""
import streamlit as st

from prevcap import capacity, charts_capacity, ui
from core.i18n import t

filters: ui.Filters = ui.page_filters()
lang = filters.lang
norm, weights = ui.capacity_controls(lang)
norm_note = ui.norm_subtitle(norm, lang)  # under every exported chart: the norm it was drawn with

st.title(t("cap.kommun.title", lang))
names_table = ui.query(capacity.municipality_names)
names = dict(zip(names_table["municipality_code"], names_table["municipality_name"]))
code = ui.municipality_selector(lang, names)

all_years = capacity.assess(ui.query(capacity.capacity_years), norm, weights)

if code is None:
    st.info(t("cap.kommun.choose", lang), icon=":material/touch_app:")
    assessed = capacity.one_year(all_years, filters.year, filters.county_codes)
    title = t("cap.map.title", lang, year=filters.year, unit=charts_capacity.gap_unit("fte", lang))
    ui.show_chart(charts_capacity.gap_map(assessed, ui.geojson(filters.county_codes), lang, "fte", title=title),
                  "kommun_choose_map", lang, filters, title, ui.frame_is_example(assessed), selectable=True,
                  subtitle_extra=norm_note)
    st.stop()

current = capacity.profile_row(all_years, code, filters.year)
example = ui.frame_is_example(capacity.one_municipality(all_years, code))
ui.example_banner(lang, example)

similar = capacity.similar_municipalities(capacity.one_year(all_years, filters.year), code)
st.subheader(current["municipality_name"])
st.caption(capacity.profile_facts(current, lang))
if similar:
    buttons = st.columns([2, *[1] * len(similar), 3 - len(similar) + 2])
    buttons[0].markdown(t("cap.kommun.similar", lang))
    for column, other in zip(buttons[1:], similar):
        if column.button(names[other], key=f"similar_{other}", icon=":material/arrow_forward:"):
            ui.open_municipality(other)

cards = capacity.profile_cards(current, lang)
for column, (label, value, delta) in zip(st.columns(len(cards)), cards):
    column.metric(label, value, delta=delta, delta_color="normal", border=True)
st.caption(t("cap.kommun.year_note", lang, year=filters.year))

st.subheader(t("cap.kommun.trends", lang))
st.caption(t("cap.kommun.trends_note", lang))
series = capacity.profile_series(all_years, code, similar)
grid = st.columns(3)
for position, indicator in enumerate(capacity.PROFILE_INDICATORS):
    with grid[position % 3]:
        title = t(indicator.label, lang)
        ui.show_chart(ui.figure(charts_capacity.profile_trend, series, indicator, lang, title=title),
                      f"kommun_trend_{indicator.column}", lang, filters, title, example, subtitle_extra=norm_note)

funding_column, index_column = st.columns(2)
with funding_column:
    title = t("cap.kommun.funding_title", lang)
    ui.show_chart(ui.figure(charts_capacity.funding_sources, capacity.funding_by_source_long(all_years, code), lang,
                            title=title),
                  "kommun_funding_sources", lang, filters, title, example)
with index_column:
    title = t("cap.kommun.index_title", lang, year=filters.year,
              index=capacity.value_text(current["capacity_index"], 0, lang, missing_key="value.missing"))
    ui.show_chart(charts_capacity.index_breakdown(capacity.index_breakdown(current, weights), lang, title=title),
                  "kommun_index", lang, filters, title, example, subtitle_extra=norm_note)

st.subheader(t("cap.kommun.year_table", lang))
table, columns = capacity.profile_year_table(all_years, code, lang)
ui.show_table(table, "kommun_years", lang, ui.table_config(lang, columns), t("cap.kommun.year_table", lang))

st.subheader(t("cap.kommun.law_title", lang))
st.markdown(t("cap.kommun.law_intro", lang, year=filters.year))
for part in ("coordinating_function", "lagesbild", "atgardsplan"):
    value = current[f"law_{part}"]
    st.markdown(f"{capacity.law_symbol(value)} **{t(f'cap.law.{part}', lang)}**: {capacity.law_text(value, lang)}")
table, columns = capacity.law_checklist(all_years, code, lang)
ui.show_table(table, "kommun_law", lang, ui.table_config(lang, columns), t("cap.kommun.law_title", lang))

st.subheader(t("cap.kommun.police_title", lang))
agreements = ui.query(capacity.police_agreements, code)
if agreements.empty:
    st.markdown(t("cap.kommun.police_none", lang))
else:
    table, columns = capacity.agreements_table(agreements, filters.year, lang)
    ui.show_table(table, "kommun_police", lang, ui.table_config(lang, columns), t("cap.kommun.police_title", lang))
st.caption(t("cap.kommun.police_note", lang))

st.subheader(t("cap.kommun.partners_title", lang))
partners = ui.query(capacity.partners, code)
if partners.empty:
    st.markdown(t("cap.kommun.partners_none", lang))
else:
    table, columns = capacity.partners_table(partners, lang)
    ui.show_table(table, "kommun_partners", lang, ui.table_config(lang, columns), t("cap.kommun.partners_title", lang))
st.caption(ui.source_line(lang))
