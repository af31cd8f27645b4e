"""Who may write what: the roles of access.toml (PREVCAP_ACCESS moves it; access.example.toml shows it).

- admin: a county board's staff, for the municipalities of their county (or counties);
- reporter: one or more municipalities' coordinators, for those municipalities;
- everyone else, signed in or not: a viewer.

A role is found by e-mail address, or by the address's domain. The rules hold addresses, which are
personal data: the file is the operator's, never committed. No Streamlit here: prevcap/ui/auth.py finds
the signed-in user's role, prevcap/collect checks it wherever a write happens.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from core.config import ROOT

ADMIN, REPORTER, VIEWER = "admin", "reporter", "viewer"


def access_path() -> Path:
    return Path(os.environ.get("PREVCAP_ACCESS") or ROOT / "access.toml")


@dataclass(frozen=True)
class Role:
    kind: str = VIEWER
    email: str | None = None
    counties: frozenset[str] = frozenset()  # an admin's
    municipalities: frozenset[str] = frozenset()  # a reporter's

    @property
    def is_admin(self) -> bool:
        return self.kind == ADMIN

    @property
    def may_report(self) -> bool:
        return self.kind in (ADMIN, REPORTER)

    def may_write(self, municipality_code: str) -> bool:
        """Whether this role may write figures of the municipality (the first two digits of a Swedish
        municipality code are its county's)."""
        code = str(municipality_code)
        if self.kind == ADMIN:
            return code[:2] in self.counties
        if self.kind == REPORTER:
            return code in self.municipalities
        return False

    def writable(self, codes) -> list[str]:
        return [code for code in codes if self.may_write(code)]


@dataclass(frozen=True)
class Rule:
    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    counties: frozenset[str] = frozenset()
    municipalities: frozenset[str] = frozenset()

    def matches(self, email: str) -> bool:
        email = email.strip().casefold()
        return email in self.emails or email.rpartition("@")[2] in self.domains


@dataclass(frozen=True)
class AccessRules:
    require_login: bool = False
    admins: tuple[Rule, ...] = ()
    reporters: tuple[Rule, ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)  # what in the file could not be read

    def role_of(self, email: str | None) -> Role:
        """An admin rule wins over a reporter rule; several rules of a kind add up."""
        if not email:
            return Role()
        admin = [rule for rule in self.admins if rule.matches(email)]
        if admin:
            return Role(ADMIN, email, frozenset().union(*(rule.counties for rule in admin)))
        reporter = [rule for rule in self.reporters if rule.matches(email)]
        if reporter:
            return Role(REPORTER, email, municipalities=frozenset().union(*(rule.municipalities for rule in reporter)))
        return Role(VIEWER, email)


def _strings(value, name: str, problems: list[str]) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, (str, int)):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, (str, int)) for item in value):
        problems.append(f"{name} must be a list of strings")
        return frozenset()
    return frozenset(str(item).strip().casefold() for item in value)


def _codes(value, width: int, name: str, problems: list[str]) -> frozenset[str]:
    codes = frozenset(code.zfill(width) for code in _strings(value, name, problems))
    bad = sorted(code for code in codes if not (code.isdigit() and len(code) == width))
    if bad:
        problems.append(f"{name}: {', '.join(bad)} are not {width}-digit codes")
    return codes - set(bad)


def parse_rules(settings: dict) -> AccessRules:
    problems: list[str] = []
    admins, reporters = [], []
    for position, entry in enumerate(settings.get("admin", []) or []):
        where = f"[[admin]] {position + 1}"
        counties = _codes(entry.get("counties", entry.get("county")), 2, f"{where} counties", problems)
        if not counties:
            problems.append(f'{where}: an admin needs a county (county = "24")')
            continue
        admins.append(
            Rule(
                _strings(entry.get("emails"), f"{where} emails", problems),
                _strings(entry.get("domains"), f"{where} domains", problems),
                counties=counties,
            )
        )
    for position, entry in enumerate(settings.get("reporter", []) or []):
        where = f"[[reporter]] {position + 1}"
        municipalities = _codes(entry.get("municipalities"), 4, f"{where} municipalities", problems)
        if not municipalities:
            problems.append(f'{where}: a reporter needs municipalities (municipalities = ["2418"])')
            continue
        reporters.append(
            Rule(
                _strings(entry.get("emails"), f"{where} emails", problems),
                _strings(entry.get("domains"), f"{where} domains", problems),
                municipalities=municipalities,
            )
        )
    return AccessRules(bool(settings.get("require_login", False)), tuple(admins), tuple(reporters), tuple(problems))


def load_rules(path: Path | None = None) -> AccessRules:
    """The rules of the file; no file: nobody writes in the browser, and viewing needs no sign-in."""
    path = Path(path) if path else access_path()
    if not path.is_file():
        return AccessRules()
    try:
        with open(path, "rb") as fh:
            return parse_rules(tomllib.load(fh))
    except (OSError, tomllib.TOMLDecodeError) as error:
        return AccessRules(problems=(f"{path.name}: {error}",))
