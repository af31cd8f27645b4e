"""Metod och källor: how every indicator, the need norm, the gap and the index are computed, where each
figure comes from and how current it is, and what the data cannot tell."""
import streamlit as st

from core import fmt
from prevcap import capacity, queries, ui
from core.i18n import t

filters: ui.Filters = ui.page_filters()
lang = filters.lang
norm, weights = capacity.DEFAULT_NORM, capacity.DEFAULT_WEIGHTS

st.title(t("cap.method.title", lang))
st.markdown(t("cap.method.intro", lang))

st.header(t("cap.method.indicators", lang))
st.markdown(capacity.method_indicator_text(lang))
st.markdown(t("cap.method.missing", lang))

st.header(t("cap.method.norm", lang))
st.markdown(t("cap.method.norm_text", lang, base=fmt.number(norm.base_fte, 2, lang),
              per10k=fmt.number(norm.fte_per_10k, 2, lang)))
table, columns = capacity.norm_examples(norm, lang)
ui.show_table(table, "method_norm_examples", lang, ui.table_config(lang, columns), t("cap.method.norm", lang))
st.markdown(t("cap.method.gap_text", lang))

st.header(t("cap.method.index", lang))
st.markdown(t("cap.method.index_text", lang, min_share=fmt.number(capacity.MIN_WEIGHT_SHARE * 100, 0, lang)))
st.markdown(capacity.index_component_text(lang))
table, columns = capacity.index_component_table(weights, lang)
ui.show_table(table, "method_index", lang, ui.table_config(lang, columns), t("cap.method.index", lang))
st.markdown(t("cap.method.index_example", lang))

st.header(t("cap.method.similar", lang))
st.markdown(t("cap.method.similar_text", lang))

st.header(t("cap.method.sources", lang))
table, columns = capacity.sources_table(ui.query(queries.datasets), lang)
ui.show_table(table, "method_sources", lang, ui.table_config(lang, columns), t("cap.method.sources", lang))
st.markdown(t("cap.method.sources_text", lang))

st.subheader(t("cap.method.batches", lang))
st.markdown(t("cap.method.batches_text", lang))
batches = ui.query(queries.batches)
if batches.empty:
    st.caption(t("cap.method.batches_none", lang))
else:
    table, columns = capacity.batches_table(batches, lang)
    ui.show_table(table, "method_batches", lang, ui.table_config(lang, columns), t("cap.method.batches", lang))

st.header(t("cap.method.limits", lang))
st.markdown(t("cap.method.limits_text", lang))
