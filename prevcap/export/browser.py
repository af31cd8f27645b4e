"""The renderer: one warm Chromium per process, started so that it cannot reach the network, drawing
plotly figures through kaleido; started early in the background, restarted when it dies."""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import functools
import logging
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import plotly.graph_objects as go

from core.i18n import DEFAULT_LANGUAGE, t

log = logging.getLogger(__name__)

# Kaleido gives up on one figure after RENDER_TIMEOUT_S; we give up on Chromium after CALL_TIMEOUT_S
# (a browser that hangs while starting or drawing would otherwise hold every export).
RENDER_TIMEOUT_S = 45
CALL_TIMEOUT_S = 60

# The browser must not reach the network (the users' networks allow no outgoing requests, and
# Debian's Chromium otherwise calls Google's update, time and account services at start): every
# host name resolves to nothing, anything that still wants a connection is sent to a proxy on a
# closed local port, and the services that would ask are switched off. Measured with Chromium 156
# (its net log, --log-net-log): the first tab opened the new-tab page of the default search engine
# (start.duckduckgo.com) until told to open about:blank; the component updater still asks
# update.googleapis.com despite --disable-component-update, until its address is a file; the account
# reconciler still asks accounts.google.com/ListAccounts, which no switch stops. None of these gets
# further than the host resolver, but the resolver first checks whether IPv6 reaches the internet
# with a UDP connect() to 2001:4860:4860::8888 port 443 (net/dns/host_resolver_manager.cc, no switch
# turns it off). So where the system allows it, Chromium runs in a network namespace of its own
# (network_isolation()): no interface but a loopback that is down, so that nothing can leave at all;
# kaleido talks to it over pipes.
OFFLINE_CHROMIUM_FLAGS = (
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--dns-prefetch-disable",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-pings",
    "--no-service-autorun",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,AutofillServerCommunication",
    "--component-updater=url-source=file:///nonexistent/",
    "about:blank",  # the first tab: not the search engine's new-tab page
)

# The command that runs Chromium with no network: a new network namespace, as the user's own root there
# when not root (unprivileged user namespaces, allowed by Debian's kernel by default).
UNSHARE_NETWORK = ("unshare", "--net")
UNSHARE_NETWORK_AS_USER = ("unshare", "--net", "--map-root-user")


class ExportUnavailable(RuntimeError):
    """Charts cannot be exported here; `message(lang)` says why and what to do."""

    def __init__(self, message_key: str):
        self.message_key = message_key
        super().__init__(t(message_key, DEFAULT_LANGUAGE))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return t(self.message_key, lang)


# --- which Chromium, started how ----------------------------------------------------------------


def find_chromium() -> str | None:
    """The Chromium to draw with: $PREVCAP_CHROMIUM if set (and nothing else then), else the first of
    chromium, chromium-browser, google-chrome on PATH; None if there is none."""
    configured = os.environ.get("PREVCAP_CHROMIUM")
    if configured:
        found = shutil.which(configured)
        if found is None:
            log.warning("PREVCAP_CHROMIUM=%r is not an executable file", configured)
        return found
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def local_plotlyjs() -> Path:
    """plotly.js as shipped inside the plotly package: the page kaleido draws on loads it from disk."""
    import plotly

    path = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        # kaleido would fall back to cdn.plot.ly, which the users' networks do not allow
        raise ExportUnavailable("export.unavailable.renderer_failed")
    return path


@functools.cache
def network_isolation() -> tuple[str, ...]:
    """The command prefix that starts Chromium without network ('unshare --net …'), or () where the system
    does not allow a network namespace ($PREVCAP_CHROMIUM_NETNS=0 turns it off); tried once per process."""
    if os.environ.get("PREVCAP_CHROMIUM_NETNS", "1") == "0" or shutil.which("unshare") is None:
        return ()
    prefix = UNSHARE_NETWORK if os.geteuid() == 0 else UNSHARE_NETWORK_AS_USER
    try:
        tried = subprocess.run([*prefix, "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return ()
    if tried.returncode != 0:
        log.info("no network namespace for Chromium (%s): the offline flags alone", tried.stderr.decode().strip())
        return ()
    return prefix


@functools.cache
def _offline_chromium_class():
    """choreographer's Chromium, started with OFFLINE_CHROMIUM_FLAGS after its own flags.

    The one place that leans on how choreographer builds Chromium's command line: neither kaleido nor
    choreographer takes extra flags (choreographer only has `proxy_server`), but choreographer's Browser
    takes the class that starts the browser as `browser_cls` (kaleido.Kaleido passes it on), and that
    class's public `get_cli()` returns the command line. get_cli is not documented as a place to hook in
    and has changed its signature before, so tests/test_export_dependencies.py checks that the flags
    still reach the command line.
    """
    from choreographer.browsers import Chromium

    class OfflineChromium(Chromium):
        extra_flags: tuple[str, ...] = OFFLINE_CHROMIUM_FLAGS

        def get_cli(self):
            # unshare runs the rest of the command (choreographer's wrapper, then Chromium) in place: same
            # process, same pipes
            return [*network_isolation(), *super().get_cli(), *self.extra_flags]

    return OfflineChromium


def kaleido_options(chromium: str) -> dict:
    """Keyword arguments for kaleido.Kaleido: our Chromium, offline, plotly.js from the plotly
    package, MathJax off (kaleido's default loads it from a CDN; our charts use no LaTeX)."""
    return dict(
        path=chromium,
        browser_cls=_offline_chromium_class(),
        enable_extensions=False,
        plotlyjs=local_plotlyjs(),
        mathjax=False,
        timeout=RENDER_TIMEOUT_S,
        n=1,
    )


# --- the warm renderer ----------------------------------------------------------------------------


class _Renderer:
    """One kaleido.Kaleido (one Chromium with one tab), kept open on an event loop in its own thread.

    kaleido.start_sync_server does the same, but when Chromium fails to start, its server thread dies
    and every later call waits forever, which only kaleido's private attributes would show. Here the
    start-up error comes back to the caller, and starting and every drawing have a deadline.
    """

    def __init__(self, chromium: str, options: dict):
        self.chromium = chromium
        # (loop, kaleido, stop) once Chromium runs, or the error it failed to start with
        self._started: concurrent.futures.Future = concurrent.futures.Future()
        self._thread = threading.Thread(
            target=asyncio.run, args=(self._serve(options),), name="prevcap-renderer", daemon=True
        )
        self._thread.start()
        try:
            started = self._started.result(CALL_TIMEOUT_S)
        except TimeoutError:
            if self._started.cancel():  # a Chromium that starts after all closes again (_serve)
                raise TimeoutError(f"Chromium did not start within {CALL_TIMEOUT_S} s") from None
            started = self._started.result()  # it started just now
        self._loop, self._kaleido, self._stop = started

    async def _serve(self, options: dict) -> None:
        import kaleido

        try:
            async with kaleido.Kaleido(**options) as browser:
                stop = asyncio.Event()
                if self._started.set_running_or_notify_cancel():  # False: the caller stopped waiting
                    self._started.set_result((asyncio.get_running_loop(), browser, stop))
                    await stop.wait()
        except Exception as error:  # handed to the caller when it is still waiting for the start
            try:
                self._started.set_exception(error)
            except concurrent.futures.InvalidStateError:
                log.warning("Chromium stopped with an error", exc_info=True)

    def calc_fig(self, fig_dict: dict, opts: dict) -> bytes:
        if not self._thread.is_alive():
            raise RuntimeError("the renderer has stopped")
        future = asyncio.run_coroutine_threadsafe(self._kaleido.calc_fig(fig_dict, opts=opts), self._loop)
        try:
            return future.result(CALL_TIMEOUT_S)
        except TimeoutError:
            future.cancel()
            raise TimeoutError(f"Chromium did not draw the figure within {CALL_TIMEOUT_S} s") from None

    def close(self) -> None:
        try:
            self._loop.call_soon_threadsafe(self._stop.set)
        except RuntimeError:  # the loop has ended already
            return
        self._thread.join(CALL_TIMEOUT_S)
        if self._thread.is_alive():
            log.warning("Chromium did not close within %s s", CALL_TIMEOUT_S)


# Serialises starting, stopping and every render: there is one browser with one tab, and a restart must
# not pull it away from under another thread's drawing.
_renderer_lock = threading.Lock()
_renderer: _Renderer | None = None
_closes_at_exit = False


def ensure_renderer() -> str:
    """Start the warm renderer once per process (later calls return at once) and draw a first small
    chart, which pays Chromium's start-up. Returns the Chromium path; raises ExportUnavailable."""
    with _renderer_lock:
        if _renderer is None:
            _render_locked(go.Figure(go.Bar(x=[1], y=[1])).to_dict(), {"format": "png", "width": 40, "height": 40})
        return _renderer.chromium


def stop_renderer() -> None:
    """Close the warm Chromium (tests, benchmarks); the next export starts a new one."""
    with _renderer_lock:
        _stop_locked()


def render(fig_dict: dict, opts: dict) -> bytes:
    """The figure (as plotly.js takes it) drawn with kaleido's `opts` (format, width, height, scale) by
    the warm renderer, started when it is not running. Raises ExportUnavailable when Chromium is missing
    or does not work, kaleido's KaleidoError or JavascriptError when plotly.js refuses the figure."""
    with _renderer_lock:
        return _render_locked(fig_dict, opts)


def _start_locked() -> _Renderer:
    global _renderer, _closes_at_exit
    if _renderer is None:
        chromium = find_chromium()
        if chromium is None:
            raise ExportUnavailable("export.unavailable.no_chromium")
        _renderer = _Renderer(chromium, kaleido_options(chromium))
        log.info("renderer started with %s", chromium)
        if not _closes_at_exit:  # Chromium runs in a session of its own and would outlive the process
            atexit.register(stop_renderer)
            _closes_at_exit = True
    return _renderer


def _stop_locked() -> None:
    global _renderer
    if _renderer is not None:
        renderer, _renderer = _renderer, None
        renderer.close()


def _render_locked(fig_dict: dict, opts: dict) -> bytes:
    """Render with the warm renderer; when its browser died (or would not start), start a new one and
    try once more."""
    from kaleido.errors import JavascriptError, KaleidoError

    failure: BaseException | None = None
    for _attempt in range(2):
        try:
            return _start_locked().calc_fig(fig_dict, opts)
        except (ExportUnavailable, KaleidoError, JavascriptError):
            raise  # no Chromium here, or plotly.js refused the figure: a new browser would not help
        except Exception as exc:
            log.warning("kaleido render failed, restarting Chromium: %r", exc)
            failure = exc
            _stop_locked()
    raise ExportUnavailable("export.unavailable.renderer_failed") from failure


# --- started early, for the dashboard ---------------------------------------------------------------

_warm_up_lock = threading.Lock()
_warm_up_started: float | None = None  # time.monotonic() of the last background start
_warm_up_failure: ExportUnavailable | None = None
WARM_UP_RETRY_S = 60


def start_renderer_in_background() -> None:
    """Start the warm renderer in a background thread, once per process, so that the first download
    does not wait for Chromium to start. Without Chromium nothing happens. When the start failed,
    renderer_problem() says so, and a call a minute later tries again."""
    global _warm_up_started
    with _warm_up_lock:
        if find_chromium() is None:
            return
        if _warm_up_started is not None and (
            _warm_up_failure is None or time.monotonic() - _warm_up_started < WARM_UP_RETRY_S
        ):
            return
        _warm_up_started = time.monotonic()

    def warm_up():
        global _warm_up_failure
        try:
            ensure_renderer()
            _warm_up_failure = None
        except ExportUnavailable as unavailable:
            _warm_up_failure = unavailable
            log.warning("the export renderer did not start in the background: %s", unavailable.message_key)
        except Exception:
            _warm_up_failure = ExportUnavailable("export.unavailable.renderer_failed")
            log.warning("the export renderer did not start in the background", exc_info=True)

    threading.Thread(target=warm_up, name="prevcap-export-warm-up", daemon=True).start()


def renderer_problem() -> ExportUnavailable | None:
    """Why the renderer started in the background could not start (None: it runs, is starting, or was
    never asked to), so that the page says so instead of offering downloads that would fail."""
    return _warm_up_failure
