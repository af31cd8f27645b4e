"""The one translation table: every string a user sees, in Swedish (first) and English.

Texts live in `core/texts/*.py`, one module per area, each a dict TEXTS of
key -> {"sv": ..., "en": ...}. They are merged here; a key defined twice is an error.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    import core.texts as package

    merged: dict[str, dict[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"core.texts.{module_info.name}")
        for key, translations in module.TEXTS.items():
            if key in merged:
                raise ValueError(f"text key {key!r} is defined twice (again in {module_info.name})")
            merged[key] = translations
    return merged


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **values) -> str:
    """The text for `key` in `lang`, with {placeholders} filled from `values`."""
    translations = texts()[key]
    text = translations.get(lang) or translations[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def translator(lang: str):
    """A t() bound to one language, for code that speaks only one."""
    return lambda key, **values: t(key, lang, **values)
