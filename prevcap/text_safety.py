"""Data is text: a title, a type or a file name from the users' data shown as the characters it holds,
never as Markdown (st.markdown, captions, notices, labels, the report) or as the HTML that plotly draws
in legends, hover boxes and titles. Every data-derived string goes through one of these on its way in."""

from __future__ import annotations

import re

# Characters that start Markdown (CommonMark, GitHub's extensions, Streamlit's :colour[…] and $math$)
# wherever they stand: emphasis, links and images, code, HTML, headings, tables, strikethrough, maths,
# and the backslash itself. Any ASCII punctuation may carry a backslash, and shows without it.
_ALWAYS = re.compile(r"([\\`*\[\]<>#|~$])")
# Characters that matter only in some places, escaped there alone so that names stay readable:
# an HTML entity (&lt;), a web address that would become a link by itself (https://…, www.…), and
# at the start, a list item (-, +, 1. or 1)) or a block quote.
_ENTITY = re.compile(r"&(?=#?\w+;)")
_SCHEME = re.compile(r":(?=//)")
_WWW = re.compile(r"(?i)(\bwww)\.")
# An underscore within a word (bemanning_2025) cannot start or end emphasis: left as it is.
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_LIST_START = re.compile(r"^([-+]|\d+(?=[.)]))")


def markdown_text(value) -> str:
    """`value` as literal text inside Markdown: shows exactly its characters, on one line."""
    text = " ".join(str(value).split())  # a line break or four spaces would start a block of their own
    text = _ALWAYS.sub(r"\\\1", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _SCHEME.sub(r"\\:", text)
    text = _WWW.sub(r"\1\\.", text)
    match = _LIST_START.match(text)
    if match:
        start = match.group(1)
        text = (start + "\\" + text[len(start) :]) if start[0].isdigit() else "\\" + text
    return text


def figure_text(value) -> str:
    """`value` as literal text in a plotly figure (a trace's name, hover text, a title): plotly draws a few
    HTML tags (<b>, <a href>, <br>…) and entities, so '&', '<' and '>' become entities, which plotly shows
    as the characters themselves. (Data never goes into a hover template, where plotly would fill %{…}:
    the template names the trace as %{fullData.name}, or shows the point's text as %{text}.)"""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
