"""The translation table: every text in Swedish and English, with the same placeholders."""

import re
import string

import pytest

from core.i18n import LANGUAGES, t, texts


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_has_every_language_and_the_same_placeholders():
    for key, translations in texts().items():
        assert set(translations) == set(LANGUAGES), key
        assert all(value.strip() for value in translations.values()), key
        assert placeholders(translations["sv"]) == placeholders(translations["en"]), key


def test_lookup_fills_placeholders_and_falls_back_to_swedish():
    assert t("kpi.reported", "sv", reported=3, total=29) == "3 av 29 kommuner har rapporterat"
    assert t("kpi.reported", "en", reported=3, total=29) == "3 of 29 municipalities reported"
    with pytest.raises(KeyError):
        t("no.such.key")


def test_pages_use_the_translation_table():
    """No page passes a bare string literal as a label to st.* (titles, captions, headers)."""
    from core.config import ROOT

    pattern = re.compile(r"st\.(title|header|subheader|caption|markdown|info|warning|error)\(\s*[\"']")
    for page in (ROOT / "pages").glob("*.py"):
        assert not pattern.search(page.read_text(encoding="utf-8")), page.name


def test_numbers_as_swedish_readers_write_them():
    from core import fmt

    assert fmt.number(12500.5, 1) == "12\u00a0500,5"
    assert fmt.number(12500.5, 1, "en") == "12,500.5"
    assert fmt.number(float("nan"), 2, missing="saknas") == "saknas"
    assert fmt.signed(1.3, 2) == "+1,30" and fmt.signed(-0.04, 2) == "-0,04"
    assert fmt.signed(0.003, 2) == "±0,00" and fmt.rounds_to_zero(0.003, 2)
    assert fmt.signed(float("nan"), 2) == ""


# --- every key used is defined, every key defined is used ----------------------------------------------

KEY = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+")
FILE_NAME = re.compile(r"\.(csv|svg|png|pdf|docx|xlsx|duckdb|wal|py|tmp\w*)$")


def _code_strings():
    """Every string constant of the code (but the translation table itself), and the fixed beginnings of
    its f-strings and concatenations ("cap.component.", "export.help_")."""
    import ast

    from core.config import ROOT

    literals, prefixes = set(), set()
    for path in ROOT.rglob("*.py"):
        if {".venv", "tests", "bench"} & set(path.relative_to(ROOT).parts) or path.parent.name == "texts":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstrings = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in in_fstrings:
                literals.add(node.value.partition(":")[2] if node.value.startswith("link:") else node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
            elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
                prefixes.add(str(node.left.value))  # "ind." + key
    return literals, {prefix for prefix in prefixes if re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)*[._]", prefix)}


def test_every_key_the_code_names_is_defined():
    literals, _ = _code_strings()
    defined = texts()
    families = {key.split(".")[0] for key in defined}
    named = {s for s in literals if KEY.fullmatch(s) and not FILE_NAME.search(s) and s.split(".")[0] in families}
    missing = sorted(key for key in named if key not in defined and not any(k.startswith(key + ".") for k in defined))
    assert missing == []


# keys written before the code that shows them: (key, why)
NOT_YET_USED: dict[str, str] = {}


def test_every_defined_key_is_used_somewhere():
    literals, prefixes = _code_strings()
    unused = sorted(key for key in texts() if key not in literals and not any(key.startswith(p) for p in prefixes))
    assert unused == sorted(NOT_YET_USED)


def test_no_choice_shows_streamlits_english_placeholder(fixture_warehouse, monkeypatch):
    """Every selectbox and multiselect of the pages gives its own hint, not "Choose an option"."""
    from streamlit.testing.v1 import AppTest

    from core.config import ROOT

    monkeypatch.setenv("PREVCAP_DB", str(fixture_warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    for page in ("pages/oversikt.py", "pages/samverkan.py", "pages/finansiering.py", "pages/kommun.py"):
        at.switch_page(page).run()
        assert not at.exception, page
        choosers = [*at.selectbox, *at.multiselect]
        assert choosers and all(chooser.proto.placeholder.startswith("Välj") for chooser in choosers), page
