"""`make demo`: the editing flows (Inläsning, Rapportera, Inrapportering) tried on one machine, signed in
through a local OpenID Connect provider (oidc-provider-mock, a dev dependency) on a warehouse and ledger
of the demo's own. The browser tests' sign-in harness (tests/oidc.py) starts the same provider."""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from core.config import DATA_DIR, ROOT

DEMO_DIR = DATA_DIR / "demo"  # ignored by git; never data/ledger.duckdb, the user's own ledger
PROVIDER_PORT = 9400
APP_PORT = 8501
CLIENT_ID = "prevcap"
METADATA_PATH = "/.well-known/openid-configuration"


@dataclass(frozen=True)
class Person:
    """A user of the local provider. The address is also the subject, which the provider's form shows
    as a button; an admin has counties, a reporter municipalities, a viewer neither."""

    email: str
    name: str
    counties: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()

    @property
    def claims(self) -> dict[str, object]:
        # Streamlit asks for "openid email profile" and st.user shows what the ID token carries
        return {"email": self.email, "email_verified": True, "name": self.name}


DEMO_PEOPLE = (
    Person("admin@lansstyrelsen.example", "Demo Länsstyrelsen", counties=("24", "25")),
    Person("samordnare@mala.example", "Demo Samordnare Malå", municipalities=("2418",)),
)

# The mock's pages take their style sheet from a CDN: it is swapped for a few rules of our own, so
# that nothing leaves the machine during sign-in either.
_CDN_STYLESHEET = re.compile(rb'<link\s+rel="stylesheet"\s+href="https://[^"]*"\s*/?>')
_LOCAL_STYLE = (
    b"<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}"
    b"button{margin:.25rem;padding:.4rem .8rem}</style>"
)


def _without_cdn(response):
    if response.mimetype == "text/html":
        response.set_data(_CDN_STYLESHEET.sub(_LOCAL_STYLE, response.get_data()))
    return response


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args) -> None:  # a line per request is noise in the demo and the tests
        pass


def wait_until_up(url: str, timeout_s: float = 60, process: subprocess.Popen | None = None) -> bool:
    """Until `url` answers 200; False after `timeout_s`, or as soon as `process` has exited."""
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False


@contextmanager
def identity_provider(people: Iterable[Person], port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
    """oidc-provider-mock in a thread on host:port (0: a free port) with `people` as its predefined
    users; yields its base URL once its discovery document answers, and stops it afterwards. Any other
    subject typed into its form signs in too, with that text as its e-mail address."""
    # recorded, not shown: Authlib's notes on modules of its own that the mock imports (Authlib sets
    # its notes to "always", so a filter would not hide them)
    with warnings.catch_warnings(record=True):
        import oidc_provider_mock

    app = oidc_provider_mock.app(
        user_claims=[oidc_provider_mock.User(sub=person.email, claims=person.claims) for person in people]
    )
    app.after_request(_without_cdn)
    server = make_server(host, port, app, server_class=_ThreadingServer, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    url = f"http://{host}:{server.server_port}"
    try:
        if not wait_until_up(url + METADATA_PATH, timeout_s=10):
            raise RuntimeError(f"the OpenID provider did not answer at {url}")
        yield url
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


def _toml(value: str | list[str] | bool) -> str:
    # a JSON string is a TOML basic string (same quotes, same escapes)
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def write_secrets(path: Path, app_port: int, provider_url: str, host: str = "127.0.0.1") -> Path:
    """A secrets.toml whose [auth] signs in at `provider_url` for the dashboard on host:app_port. The
    browser must open the dashboard on that very host: the sign-in state lives in a cookie of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = {
        "redirect_uri": f"http://{host}:{app_port}/oauth2callback",
        "cookie_secret": secrets.token_urlsafe(32),
        "client_id": CLIENT_ID,
        "client_secret": secrets.token_urlsafe(16),  # the mock takes any secret
        "server_metadata_url": provider_url.rstrip("/") + METADATA_PATH,
    }
    path.write_text("[auth]\n" + "".join(f"{key} = {_toml(value)}\n" for key, value in settings.items()), "utf-8")
    path.chmod(0o600)
    return path


def write_access(path: Path, people: Iterable[Person], require_login: bool = False) -> Path:
    """An access.toml (core/access.py) giving each person their role: one rule each."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"require_login = {_toml(require_login)}"]
    for person in people:
        if person.counties:
            lines += ["", "[[admin]]", f"counties = {_toml(list(person.counties))}"]
        elif person.municipalities:
            lines += ["", "[[reporter]]", f"municipalities = {_toml(list(person.municipalities))}"]
        else:
            continue  # a viewer needs no rule
        lines.append(f"emails = {_toml([person.email])}")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def streamlit_command(port: int, secrets_path: Path, address: str = "127.0.0.1") -> list[str]:
    """`streamlit run app.py` with the secrets file given: Streamlit then reads no other, neither
    the repository's .streamlit/secrets.toml nor the one in the home folder."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.headless",
        "true",
        "--secrets.files",
        str(secrets_path),
    ]


def _role_text(person: Person) -> tuple[str, str]:
    if person.counties:
        counties = " & ".join(person.counties)
        return f"länsstyrelsen, län {counties}", f"county board, counties {counties}"
    municipalities = ", ".join(person.municipalities)
    return f"rapportör, kommun {municipalities}", f"reporter, municipality {municipalities}"


def instructions(app_url: str, provider_url: str, people: Sequence[Person]) -> str:
    width = max(len(person.email) for person in people)
    rows = "\n".join(f"    {person.email:<{width}}  {' / '.join(_role_text(person))}" for person in people)
    return f"""
prevcap demo: inloggning på den här datorn / sign-in on this machine

  Öppna / Open  {app_url}   (exakt den adressen / exactly that address)

  Klicka på "Logga in" i sidomenyn; den lokala inloggningstjänsten ({provider_url}) visar en knapp per
  användare. Vilken annan adress som helst loggar in som läsare.
  Click "Logga in" in the sidebar; the local identity provider ({provider_url}) shows a button per user.
  Any other address typed there signs in as a viewer.

{rows}

  Egen databas och liggare / own warehouse and ledger: {DEMO_DIR.relative_to(ROOT)}/
  Ctrl-C stoppar / stops.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m prevcap.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=APP_PORT, help="the dashboard's port (8501)")
    parser.add_argument("--provider-port", type=int, default=PROVIDER_PORT, help="the OpenID provider's port (9400)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # as Ctrl-C: the exit stack stops everything
    try:
        return _run(args.port, args.provider_port)
    except KeyboardInterrupt:
        return 130


def _run(port: int, provider_port: int) -> int:
    app_url = f"http://localhost:{port}"  # the host of .streamlit/config.toml and of `make run`
    with tempfile.TemporaryDirectory(prefix="prevcap-demo-") as folder, ExitStack() as running:
        try:
            provider_url = running.enter_context(identity_provider(DEMO_PEOPLE, port=provider_port))
        except OSError as error:  # the port is taken
            print(f"OpenID provider, port {provider_port}: {error}", file=sys.stderr)
            return 1
        DEMO_DIR.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "PREVCAP_DB": str(DEMO_DIR / "warehouse.duckdb"),
            "PREVCAP_LEDGER": str(DEMO_DIR / "ledger.duckdb"),
            "PREVCAP_ACCESS": str(write_access(Path(folder) / "access.toml", DEMO_PEOPLE)),
        }
        # rebuilt at every start: the code may have changed, and the build replays the demo's own ledger
        built = subprocess.run([sys.executable, "-m", "etl", "build"], cwd=ROOT, env=env)
        if built.returncode:
            return built.returncode
        secrets_path = write_secrets(Path(folder) / "secrets.toml", port, provider_url, host="localhost")
        process = subprocess.Popen(streamlit_command(port, secrets_path, address="localhost"), cwd=ROOT, env=env)
        running.callback(_stop, process)
        if wait_until_up(app_url + "/_stcore/health", timeout_s=120, process=process):
            print(instructions(app_url, provider_url, DEMO_PEOPLE), flush=True)
        return process.wait()


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    sys.exit(main())
