"""Streamlit's own English words, in the interface's language: the file uploader's button and size line,
the help buttons' names ("Help for …"), the sidebar's buttons, the data grids' toolbar, "Skip to main
content". Streamlit lets none of them be set (streamlit/streamlit#13500), and an English name in a Swedish
page is read with Swedish sounds by a screen reader (WCAG 3.1.2).

A small script in the page renames them as Streamlit draws them: only these exact texts and names, only
in Streamlit's own elements, never a text that came from data. It keeps each element's English original,
so that a switch back to English restores it."""

from __future__ import annotations

import json

import streamlit as st

from core.i18n import t

# Streamlit's English text or accessible name -> the text key of its translation
EXACT = {
    "Skip to main content": "st.skip_to_main",
    "Collapse sidebar": "st.collapse_sidebar",
    "Expand sidebar": "st.expand_sidebar",
    "Main menu": "st.main_menu",
    "App pages": "st.app_pages",
    "Sidebar": "st.sidebar",
    "Running...": "st.running",
    "Help": "st.help",
    "Close": "st.close",
    "Open": "st.open_list",
    "Upload": "st.upload",
    "file upload": "st.file_input",
    "Download as CSV": "st.download_csv",
    "Search": "st.search",
    "Fullscreen": "st.fullscreen",
    "Close fullscreen": "st.close_fullscreen",
    "Show/hide columns": "st.show_hide_columns",
}
# Streamlit's English with a part of its own (a widget's label, a size): prefix or suffix -> text key
PREFIXES = {"Help for ": "st.help_for"}
SUFFIXES = {" per file": "st.per_file"}

SCRIPT = r"""
<script>
(() => {
  const words = %(words)s;
  window.prevcapWords = words;
  if (window.prevcapTranslate) { window.prevcapTranslate(document.body); return; }
  function translated(english) {
    const w = window.prevcapWords;
    if (english in w.exact) return w.exact[english];
    for (const [prefix, word] of Object.entries(w.prefixes))
      if (english.startsWith(prefix)) return word.replace("{}", english.slice(prefix.length));
    for (const [suffix, word] of Object.entries(w.suffixes))
      if (english.endsWith(suffix)) return word.replace("{}", english.slice(0, -suffix.length));
    return null;
  }
  function rename(element, attribute, key) {
    const now = element.getAttribute(attribute);
    if (now === null) return;
    const english = element.dataset[key] !== undefined && now === element.dataset[key + "Shown"]
      ? element.dataset[key] : now;
    const word = translated(english);
    if (word === null) return;
    element.dataset[key] = english;
    element.dataset[key + "Shown"] = word;
    if (now !== word) element.setAttribute(attribute, word);
  }
  const originals = new WeakMap();  // a text node -> its English and what it shows
  function retext(node) {
    const now = node.data, saved = originals.get(node);
    const english = saved && now === saved.shown ? saved.english : now;
    const word = translated(english.trim());
    if (word === null) return;
    const shown = english.match(/^\s*/)[0] + word + english.match(/\s*$/)[0];
    originals.set(node, {english, shown});
    if (now !== shown) node.data = shown;
  }
  // only Streamlit's own elements: their names, the uploader's words, the skip link
  const NAMED = "[aria-label],[title]";
  const TEXTS = "[data-testid=stFileUploaderDropzone] button p,"
    + "[data-testid=stFileUploaderDropzoneInstructions] span,[data-testid=stSkipToContent]";
  window.prevcapTranslate = (root) => {
    if (!root || !root.querySelectorAll) return;
    for (const element of root.querySelectorAll(NAMED)) {
      if (element.closest("[data-testid=stMarkdownContainer],[data-testid=stHtml],.js-plotly-plot")) continue;
      rename(element, "aria-label", "prevcapName");
      rename(element, "title", "prevcapTitle");
    }
    for (const element of root.querySelectorAll(TEXTS))
      for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) retext(node);
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; window.prevcapTranslate(document.body); });
  }).observe(document.body, {subtree: true, childList: true, characterData: true,
                             attributes: true, attributeFilter: ["aria-label", "title"]});
  window.prevcapTranslate(document.body);
})();
</script>
"""


def words(lang: str) -> dict:
    """The translations the script applies, in `lang` (English: Streamlit's own words back)."""
    return {
        "exact": {english: t(key, lang) for english, key in EXACT.items()},
        "prefixes": {prefix: t(key, lang, part="{}") for prefix, key in PREFIXES.items()},
        "suffixes": {suffix: t(key, lang, part="{}") for suffix, key in SUFFIXES.items()},
    }


def translate_streamlit(lang: str) -> None:
    """Streamlit's own words in `lang`, for this page and the elements it draws later."""
    # JSON in a script: "</" could end the element, so it is written as "<\\/"
    data = json.dumps(words(lang), ensure_ascii=False).replace("</", "<\\/")
    st.sidebar.html(SCRIPT % {"words": data}, unsafe_allow_javascript=True)
