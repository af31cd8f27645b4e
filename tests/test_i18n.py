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
