"""The files `make demo` and the sign-in tests write: a secrets file Streamlit's st.login accepts, and
an access file that gives each person the role meant (read back with core/access.py)."""

from __future__ import annotations

import tomllib

from core.access import ADMIN, REPORTER, VIEWER, load_rules
from prevcap.demo import DEMO_PEOPLE, write_access, write_secrets
from tests.oidc import ADMIN_24, ADMIN_25, REPORTER_MALA, write_test_access
from tests.oidc import VIEWER as VIEWER_EMAIL


def test_the_secrets_file_has_what_st_login_needs(tmp_path):
    path = write_secrets(tmp_path / "secrets.toml", 8651, "http://127.0.0.1:8650/")
    auth = tomllib.loads(path.read_text(encoding="utf-8"))["auth"]
    assert auth["redirect_uri"] == "http://127.0.0.1:8651/oauth2callback"
    assert auth["server_metadata_url"] == "http://127.0.0.1:8650/.well-known/openid-configuration"
    assert auth["client_id"] == "prevcap" and auth["client_secret"]
    assert len(auth["cookie_secret"]) >= 32
    assert (
        auth["cookie_secret"]
        != tomllib.loads(write_secrets(tmp_path / "b.toml", 8651, "x").read_text())["auth"]["cookie_secret"]
    )
    assert path.stat().st_mode & 0o077 == 0  # the secret is the user's alone


def test_the_test_users_get_their_roles(tmp_path):
    rules = load_rules(write_test_access(tmp_path / "access.toml"))
    assert not rules.problems and not rules.require_login
    admin_24, admin_25 = rules.role_of(ADMIN_24), rules.role_of(ADMIN_25)
    assert (admin_24.kind, admin_24.counties) == (ADMIN, frozenset({"24"}))
    assert (admin_25.kind, admin_25.counties) == (ADMIN, frozenset({"25"}))
    assert admin_24.may_write("2418") and not admin_24.may_write("2505")
    reporter = rules.role_of(REPORTER_MALA)
    assert (reporter.kind, reporter.municipalities) == (REPORTER, frozenset({"2418"}))
    assert rules.role_of(VIEWER_EMAIL).kind == VIEWER


def test_the_demo_admin_has_both_counties_and_the_demo_reporter_mala(tmp_path):
    rules = load_rules(write_access(tmp_path / "access.toml", DEMO_PEOPLE, require_login=True))
    admin, reporter = (rules.role_of(person.email) for person in DEMO_PEOPLE)
    assert rules.require_login and not rules.problems
    assert (admin.kind, admin.counties) == (ADMIN, frozenset({"24", "25"}))
    assert (reporter.kind, reporter.municipalities) == (REPORTER, frozenset({"2418"}))
