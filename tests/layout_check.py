"""Print checks for exported charts and report pages: text boxes that overlap each other or are cut by
the edge of the image or the page, and words broken inside a table cell.

A chart's text boxes come from its SVG drawn in Chromium (Playwright): getBBox() of every <text>
element, mapped by its transform to the image, so that turned tick labels are turned boxes; two
boxes overlap when no axis separates them by more than the tolerance (the separating axis test).
A report page's words come from the PDF through pdfplumber.

    from tests.layout_check import pdf_problems, svg_problems
    assert svg_problems(page, svg) == []
"""

from __future__ import annotations

import io
import itertools
import math
import re
from dataclasses import dataclass

# A box reaches from the top of the highest letter to the bottom of the lowest (not the font's line
# height, which is taller than the letters: lines set 1.3 em apart would touch), its width the text's
# advance; it must reach more than this into another to count.
TOLERANCE_PX = 1.0
TOLERANCE_PT = 0.5

# Every visible, non-empty <text> of the first <svg>: its text, the four corners of its box in the
# image's pixels, and the classes of the groups it sits in (where it is: g-xtitle, annotation…).
TEXT_BOXES_JS = r"""
() => {
  const svg = document.querySelector('svg');
  const canvas = document.createElement('canvas').getContext('2d');
  const hidden = (element) => {
    for (let node = element; node && node !== svg; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || parseFloat(style.opacity) === 0) return true;
    }
    return parseFloat(getComputedStyle(element).fillOpacity) === 0;
  };
  // the ink from the top of the first line's letters to the bottom of the last line's: the lines by
  // their baselines, each measured with canvas in the element's font
  const inkHeight = (element, box) => {
    const style = getComputedStyle(element);
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const lines = new Map();
    const text = element.textContent;
    const count = element.getNumberOfChars();
    for (let i = 0; i < count; i++) {
      const baseline = Math.round(element.getStartPositionOfChar(i).y * 10) / 10;
      lines.set(baseline, (lines.get(baseline) || '') + text[i]);
    }
    let top = Infinity, bottom = -Infinity;
    for (const [baseline, line] of lines) {
      if (!line.trim()) continue;
      const metrics = canvas.measureText(line);
      top = Math.min(top, baseline - metrics.actualBoundingBoxAscent);
      bottom = Math.max(bottom, baseline + metrics.actualBoundingBoxDescent);
    }
    return top < bottom ? [top, bottom] : [box.y, box.y + box.height];
  };
  const boxes = [];
  for (const element of svg.querySelectorAll('text')) {
    const text = element.textContent.trim();
    if (!text || hidden(element)) continue;
    const box = element.getBBox();
    if (box.width === 0 || box.height === 0) continue;
    const [top, bottom] = inkHeight(element, box);
    const m = element.getScreenCTM();
    const corners = [[box.x, top], [box.x + box.width, top], [box.x + box.width, bottom], [box.x, bottom]]
      .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
    const groups = [];
    for (let node = element.parentElement; node && node !== svg; node = node.parentElement) {
      const name = node.getAttribute('class');
      if (name) groups.push(name);
    }
    boxes.push({text, corners, groups});
  }
  return {width: svg.width.baseVal.value, height: svg.height.baseVal.value, boxes};
}
"""


@dataclass(frozen=True)
class TextBox:
    text: str
    corners: tuple[tuple[float, float], ...]
    where: str  # the innermost named group (g-xtitle, g-gtitle, annotation, xtick…)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        xs, ys = [x for x, _ in self.corners], [y for _, y in self.corners]
        return min(xs), min(ys), max(xs), max(ys)

    def label(self) -> str:
        text = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return f"{text!r} ({self.where})"


def svg_text_boxes(page, svg: bytes | str) -> tuple[float, float, list[TextBox]]:
    """(width, height, text boxes) of the SVG, drawn on the Playwright `page`."""
    markup = svg.decode() if isinstance(svg, bytes) else svg
    page.set_content(f"<!doctype html><html><body style='margin:0'>{markup}</body></html>")
    found = page.evaluate(TEXT_BOXES_JS)
    boxes = [
        TextBox(
            box["text"],
            tuple((float(x), float(y)) for x, y in box["corners"]),
            next((name for name in box["groups"] if not name.startswith(("cursor", "annotation-text-g"))), ""),
        )
        for box in found["boxes"]
    ]
    return float(found["width"]), float(found["height"]), boxes


def _edges(corners) -> list[tuple[float, float]]:
    return [
        (-(y2 - y1), x2 - x1) for (x1, y1), (x2, y2) in zip(corners, (*corners[1:], corners[0])) if (x1, y1) != (x2, y2)
    ]


def overlap_depth(a, b) -> float:
    """How far two convex polygons reach into each other along the axis that separates them best
    (≤ 0: they do not touch)."""
    depth = math.inf
    for nx, ny in itertools.chain(_edges(a), _edges(b)):
        norm = math.hypot(nx, ny)
        nx, ny = nx / norm, ny / norm
        along_a = [x * nx + y * ny for x, y in a]
        along_b = [x * nx + y * ny for x, y in b]
        depth = min(depth, min(max(along_a), max(along_b)) - max(min(along_a), min(along_b)))
    return depth


def box_problems(width: float, height: float, boxes: list[TextBox], tolerance: float = TOLERANCE_PX) -> list[str]:
    """'cut: …' for a box that reaches past the image's edge, 'overlap: … / …' for two that overlap."""
    problems = []
    for box in boxes:
        left, top, right, bottom = box.bounds
        if left < -tolerance or top < -tolerance or right > width + tolerance or bottom > height + tolerance:
            problems.append(
                f"cut: {box.label()} at x {left:.0f}…{right:.0f}, y {top:.0f}…{bottom:.0f} of {width:.0f}×{height:.0f}"
            )
    ordered = sorted(boxes, key=lambda box: box.bounds[0])
    for index, box in enumerate(ordered):
        right = box.bounds[2]
        for other in ordered[index + 1 :]:
            if other.bounds[0] > right - tolerance:
                break
            if overlap_depth(box.corners, other.corners) > tolerance:
                problems.append(f"overlap: {box.label()} / {other.label()}")
    return problems


def svg_problems(page, svg: bytes | str) -> list[str]:
    """box_problems of the SVG's text, drawn on the Playwright `page`."""
    return box_problems(*svg_text_boxes(page, svg))


# --- report pages ---------------------------------------------------------------------------------


def _word_key(text: str) -> str:
    return re.sub(r"^\W+|\W+$", "", text)


def pdf_problems(pdf: bytes, table_words: set[str] = frozenset()) -> list[str]:
    """Per page: words cut by the page's edge, words that overlap words of another line, and words
    broken inside a table cell: a word that is not one of `table_words` (the tables' words), that a
    word on the next line, between the same rules of the table, completes into one of them
    ('Exempeldat' + 'a'), and is nowhere else a word of its own. Links may break anywhere."""
    import pdfplumber

    known = {_word_key(word) for word in table_words if not word.startswith(("http://", "https://"))}
    prefixes = {word[:end] for word in known for end in range(1, len(word))}
    problems, breaks, counts = [], [], {}
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            for word in words:
                counts[_word_key(word["text"])] = counts.get(_word_key(word["text"]), 0) + 1
                if (
                    word["x0"] < -TOLERANCE_PT
                    or word["top"] < -TOLERANCE_PT
                    or word["x1"] > page.width + TOLERANCE_PT
                    or word["bottom"] > page.height + TOLERANCE_PT
                ):
                    problems.append(f"page {number}: cut: {word['text']!r}")
            ordered = sorted(words, key=lambda word: word["x0"])
            for index, word in enumerate(ordered):
                for other in ordered[index + 1 :]:
                    if other["x0"] > word["x1"] - TOLERANCE_PT:
                        break
                    reach_x = min(word["x1"], other["x1"]) - max(word["x0"], other["x0"])
                    reach_y = min(word["bottom"], other["bottom"]) - max(word["top"], other["top"])
                    if reach_x > TOLERANCE_PT and reach_y > TOLERANCE_PT:
                        problems.append(f"page {number}: overlap: {word['text']!r} / {other['text']!r}")
            rules = [edge for edge in page.edges if edge["orientation"] == "h"]
            for word in words:
                key = _word_key(word["text"])
                if not key or key in known or key not in prefixes:
                    continue
                line_height = word["bottom"] - word["top"]
                for other in words:
                    below = 0 < other["top"] - word["top"] < 2.5 * line_height
                    if (
                        below
                        and other["x0"] <= word["x0"] + TOLERANCE_PT
                        and _completes(key, other["text"], known)
                        and _in_one_cell(word, other, rules)
                    ):
                        breaks.append((number, key, f"{word['text']!r} + {other['text']!r}"))
                        break
    # a word of its own elsewhere in the report ('are' + 'a' of 'area') is no fragment
    breaks_of = {}
    for _, key, _ in breaks:
        breaks_of[key] = breaks_of.get(key, 0) + 1
    problems += [f"page {number}: broken word: {pair}" for number, key, pair in breaks if counts[key] == breaks_of[key]]
    return problems


def _in_one_cell(word: dict, continuation: dict, rules: list[dict]) -> bool:
    """Both words between the same two rules of a table (a rule above the word, one below the
    continuation, none between them)."""

    def across(rule):
        return rule["x0"] <= word["x0"] + TOLERANCE_PT and rule["x1"] >= word["x1"] - TOLERANCE_PT

    above = any(across(rule) and rule["top"] <= word["top"] for rule in rules)
    under = any(across(rule) and rule["top"] >= continuation["bottom"] for rule in rules)
    between = any(across(rule) and word["bottom"] <= rule["top"] <= continuation["top"] for rule in rules)
    return above and under and not between


def _completes(start: str, continuation: str, known: set[str]) -> bool:
    joined = _word_key(start + continuation)
    return joined in known or any(word.startswith(joined) and len(joined) > len(start) for word in known)
