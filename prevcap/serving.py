"""What the server answers before Streamlit does: an address the dashboard does not have gets a short page
in the interface's language with a link back to Översikt.

Streamlit answers every address it has no file or route for with its index.html, so that its pages can
live at /kapacitet. At /a/b/c that HTML then asks for ./static/js/… relative to /a/b/, gets the HTML
again instead of the script, and the page stays blank; at /nonsense it shows an English "Page not found".
This middleware, given to st.App (app.py, Streamlit's documented way to add middleware), lets through
the root, the dashboard's pages (prevcap.navigation), every route Streamlit has (/_stcore/health, the
websocket, media, components…) and every file of its static folder; any other GET or HEAD gets the page,
with the status 404. It reads Streamlit's routes from the Starlette app the request runs in, so a route
Streamlit adds later is let through too."""

from __future__ import annotations

import html
import stat
from urllib.parse import parse_qs

from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from prevcap.navigation import HOME_PATH, URL_PATHS


def base_url_path() -> str:
    """'' or '/prefix': Streamlit's server.baseUrlPath as the start of every address."""
    from streamlit import config

    base = (config.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}" if base else ""


def language_of(query_string: bytes) -> str:
    """The interface's language from the address (?lang=en), as the dashboard reads it; Swedish otherwise."""
    chosen = parse_qs(query_string.decode("latin-1")).get("lang", [DEFAULT_LANGUAGE])[0]
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def not_found_page(path: str, lang: str, base: str = "") -> str:
    """The page for an unknown address: its own HTML, nothing fetched (no script, no style sheet, no font)."""
    home = f"{base}/{HOME_PATH}" + ("" if lang == DEFAULT_LANGUAGE else f"?lang={lang}")
    title = t("notfound.title", lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{html.escape(title)} – {html.escape(t('app.short', lang))}</title>\n"
        "<style>body{font-family:'Source Sans Pro',DejaVu Sans,Arial,sans-serif;color:#222;max-width:40rem;"
        "margin:4rem auto;padding:0 1rem;line-height:1.5}a{color:#1f5f8b;font-weight:600}</style>\n"
        f"</head>\n<body>\n<main>\n<h1>{html.escape(title)}</h1>\n"
        f"<p>{html.escape(t('notfound.text', lang, path=path))}</p>\n"
        f'<p><a href="{html.escape(home)}">{html.escape(t("notfound.link", lang))}</a></p>\n'
        "</main>\n</body>\n</html>\n"
    )


def _is_traversal(relative: str) -> bool:
    return any(part in ("..", ".") or "\\" in part or "\x00" in part for part in relative.split("/"))


def is_known(scope) -> bool:
    """Whether Streamlit has something at this address: the root, a page, a route or a static file."""
    from starlette.routing import Match, Mount
    from starlette.staticfiles import StaticFiles

    base = base_url_path()
    path = scope.get("path", "")
    if base and not (path == base or path.startswith(base + "/")):
        return True  # outside the app: Streamlit's own answer
    relative = path[len(base) :].strip("/")
    if path.startswith("//") or _is_traversal(relative):
        return False
    if not relative or relative in URL_PATHS:
        return True
    app = scope.get("app")
    for route in getattr(getattr(app, "router", None), "routes", ()):
        match, _ = route.matches(scope)
        if match is Match.NONE:
            continue
        if isinstance(route, Mount) and isinstance(route.app, StaticFiles):
            # the catch-all for Streamlit's files: known only where a file is
            _, found = route.app.lookup_path(relative)
            if found is not None and stat.S_ISREG(found.st_mode):
                return True
            continue
        return True
    return False


class UnknownPaths:
    """ASGI middleware: the not-found page for an address Streamlit would answer with a blank page."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD") or is_known(scope):
            await self.app(scope, receive, send)
            return
        lang = language_of(scope.get("query_string", b""))
        body = not_found_page(scope.get("path", "")[:200], lang, base_url_path()).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 404,
                "headers": [
                    (b"content-type", b"text/html; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-cache"),
                    (b"content-security-policy", b"default-src 'none'; style-src 'unsafe-inline'"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
