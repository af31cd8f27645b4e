"""Sign-in for the browser tests: the users of the local OpenID provider (the fixture `oidc_provider`,
conftest.py) and their roles, the dashboard served with sign-in pointed at that provider, and the real
sign-in and sign-out clicks in Chromium."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.config import ROOT
from prevcap.demo import Person, streamlit_command, wait_until_up, write_access, write_secrets
from tests.conftest import _free_port, wait_for_app

TEST_PEOPLE = (
    Person("admin.vasterbotten@lansstyrelsen.example", "Admin Västerbotten", counties=("24",)),
    Person("admin.norrbotten@lansstyrelsen.example", "Admin Norrbotten", counties=("25",)),
    Person("samordnare@mala.example", "Samordnare Malå", municipalities=("2418",)),
    Person("lasare@example.org", "Läsare Exempel"),  # signs in, but has no role: a viewer
)
ADMIN_24, ADMIN_25, REPORTER_MALA, VIEWER = (person.email for person in TEST_PEOPLE)


def write_test_access(path: Path, require_login: bool = False) -> Path:
    """An access.toml with the roles of TEST_PEOPLE: an admin of 24, one of 25, a reporter of Malå."""
    return write_access(path, TEST_PEOPLE, require_login=require_login)


@contextlib.contextmanager
def serve_with_login(
    db: Path,
    ledger: Path,
    provider_url: str,
    access_path: Path,
    folder: Path | None = None,
    example_dir: Path | None = None,
) -> Iterator[str]:
    """The dashboard on `db` and `ledger` with sign-in at `provider_url` and the roles of `access_path`;
    yields its URL, http://127.0.0.1:PORT (open exactly that host: the sign-in state is a cookie of it).
    The secrets file and Streamlit's log are written to `folder` (default: the ledger's). `example_dir`:
    the example files `db` was built from, for the server's own rebuilds (an undo rebuilds the warehouse)."""
    port = _free_port()  # first: the secrets file's redirect_uri names it
    folder = Path(folder or Path(ledger).parent)
    secrets_path = write_secrets(folder / f"secrets-{port}.toml", port, provider_url)
    env = {
        **os.environ,
        "PREVCAP_DB": str(db),
        "PREVCAP_LEDGER": str(ledger),
        "PREVCAP_ACCESS": str(access_path),
        **({"PREVCAP_EXAMPLE_DIR": str(example_dir)} if example_dir else {}),
    }
    log_path = folder / f"streamlit-{port}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            streamlit_command(port, secrets_path), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            if not wait_until_up(url + "/_stcore/health", timeout_s=60, process=process):
                pytest.fail(f"the Streamlit server did not start:\n{log_path.read_text(errors='replace')[-3000:]}")
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def signed_in_caption(page, email: str):
    """The sidebar's "Inloggad: {email} (role)"."""
    return page.locator("[data-testid='stSidebar'] [data-testid='stCaptionContainer']", has_text=f"Inloggad: {email}")


def login(page, app_url: str, email: str, timeout_ms: int = 30000) -> None:
    """Sign in as `email` the way a user does: the sidebar's "Logga in", the provider's form (the
    predefined user's button, or the address typed as the subject), back to the dashboard."""
    page.goto(app_url)
    wait_for_app(page, timeout_ms)
    button = page.locator(".st-key-auth_login button")
    button.click()
    page.wait_for_url("**/oauth2/authorize?**", timeout=timeout_ms)
    predefined = page.locator(f"button[name='sub'][value='{email}']")
    if predefined.count():
        predefined.click()
    else:
        page.locator("input[name='sub']").fill(email)
        page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(app_url + "/**", timeout=timeout_ms)
    signed_in_caption(page, email).wait_for(timeout=timeout_ms)
    wait_for_app(page, timeout_ms)


def logout(page, timeout_ms: int = 30000) -> None:
    """The sidebar's "Logga ut": Streamlit clears its cookie and sends the browser to the provider's
    end-session page (OpenID RP-initiated logout), whose button leads back to the dashboard."""
    page.locator(".st-key-auth_logout button").click()
    page.wait_for_url("**/oauth2/end_session?**", timeout=timeout_ms)
    page.get_by_role("button", name="End session").click()
    page.locator(".st-key-auth_login button").wait_for(timeout=timeout_ms)
    wait_for_app(page, timeout_ms)


def navigation_titles(page) -> list[str]:
    """The titles of the pages the sidebar's navigation lists, in order."""
    links = page.locator("[data-testid='stSidebarNav'] [data-testid='stSidebarNavLink'] span[label]")
    links.first.wait_for()
    return links.evaluate_all("spans => spans.map(span => span.getAttribute('label'))")
