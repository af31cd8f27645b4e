"""The little Markdown the dashboard's texts use (paragraphs, `- ` lists, `##` headings, **bold**,
*italic*, `code`, [links](…)) as blocks of styled runs, which the PDF and DOCX writers draw."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph" or "bullet"
    runs: tuple[Run, ...]
    level: int = 0


_INLINE = re.compile(
    r"\*\*(?P<bold>.+?)\*\*|(?<![\w*])\*(?P<italic>[^*\s][^*]*?)\*(?![\w*])|`(?P<code>[^`]+)`"
    r"|\[(?P<link>[^\]]+)\]\((?P<url>[^)]+)\)"
)


# A backslash before punctuation makes it a plain character (prevcap.text_safety writes data so):
# while the marks are read, each such character stands in as a private-use one, which no mark matches.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_STAND_IN = 0xE000


def _hide_escapes(text: str) -> str:
    return _ESCAPED.sub(lambda match: chr(_STAND_IN + ord(match.group(1))), text)


def _show_escapes(text: str) -> str:
    return re.sub("[\ue000-\ue07f]", lambda match: chr(ord(match.group(0)) - _STAND_IN), text)


def runs(text: str, bold: bool = False, italic: bool = False) -> tuple[Run, ...]:
    """Inline Markdown as runs; bold and italic may hold each other; backslash escapes as plain characters."""
    hidden = _hide_escapes(text)
    return tuple(Run(_show_escapes(run.text), run.bold, run.italic, run.code) for run in _runs(hidden, bold, italic))


def _runs(text: str, bold: bool, italic: bool) -> tuple[Run, ...]:
    out: list[Run] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            out.append(Run(text[position : match.start()], bold, italic))
        if match.group("bold") is not None:
            out.extend(_runs(match.group("bold"), True, italic))
        elif match.group("italic") is not None:
            out.extend(_runs(match.group("italic"), bold, True))
        elif match.group("code") is not None:
            out.append(Run(match.group("code"), bold, italic, code=True))
        else:
            out.append(Run(match.group("link"), bold, italic))
        position = match.end()
    if position < len(text):
        out.append(Run(text[position:], bold, italic))
    return tuple(run for run in out if run.text)


# what only a screen can do: the sidebar, a hover, a click. On paper such a hint is noise, so a bracket
# that holds one goes, and so does a sentence (or the part of it up to a ';') that speaks of one.
SCREEN_WORDS = r"sidopanel\w*|sidebar|hovertext\w*|hover text|klicka\w*|click\w*"
_SCREEN_BRACKET = re.compile(rf"\s*\([^()]*\b(?:{SCREEN_WORDS})\b[^()]*\)", re.IGNORECASE)
_SCREEN_CLAUSE = re.compile(
    rf"(?:(?<=^)|(?<=[.;:!?]\s)|(?<=\n))[^.;:!?\n]*\b(?:{SCREEN_WORDS})\b[^.;!?\n]*[.;!?]\s?", re.IGNORECASE
)


def for_paper(text: str) -> str:
    """The text as paper should say it: without the hints that only make sense on a screen."""
    text = _SCREEN_BRACKET.sub("", text)
    kept, position = [], 0
    for match in _SCREEN_CLAUSE.finditer(text):
        kept.append(text[position : match.start()])
        position = match.end()
        # what follows a removed clause starts a sentence now
        if position < len(text) and text[position].islower():
            text = text[:position] + text[position].upper() + text[position + 1 :]
    kept.append(text[position:])
    return re.sub(r";\s*$", ".", "".join(kept).rstrip(), flags=re.MULTILINE)


def blocks(markdown: str) -> list[Block]:
    """Paragraphs (separated by a blank line; single line breaks join), list items, headings; without
    the hints that only a screen can follow (for_paper)."""
    out: list[Block] = []
    for chunk in re.split(r"\n\s*\n", _hide_escapes(for_paper(markdown)).strip()):
        paragraph: list[str] = []

        def flush(paragraph=paragraph):
            if paragraph:
                out.append(Block("paragraph", runs(" ".join(paragraph))))
                paragraph.clear()

        for line in chunk.splitlines():
            stripped = line.strip()
            heading = re.match(r"(#{1,6})\s+(.*)", stripped)
            if heading:
                flush()
                out.append(Block("heading", runs(heading.group(2)), len(heading.group(1))))
            elif re.match(r"[-*•]\s+", stripped):
                flush()
                out.append(Block("bullet", runs(re.sub(r"^[-*•]\s+", "", stripped))))
            elif stripped and out and out[-1].kind == "bullet" and not paragraph and line[:1].isspace():
                last = out.pop()  # an indented line continues the list item
                out.append(Block("bullet", last.runs + (Run(" "),) + runs(stripped)))
            elif stripped:
                paragraph.append(stripped)
        flush()
    return out


def plain(markdown: str) -> str:
    """The text without its Markdown marks."""
    return "\n\n".join("".join(run.text for run in block.runs) for block in blocks(markdown))
