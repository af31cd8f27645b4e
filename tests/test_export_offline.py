"""The export's Chromium reaches no network: a whole export (PNG, SVG, PDF) run under strace makes no
connect() and sends nothing to any address but the machine's own (prevcap/export/browser.py says how)."""

from __future__ import annotations

import ipaddress
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

from core.config import ROOT
from prevcap.export import browser
from tests.conftest import chromium_path

needs_chromium = pytest.mark.skipif(
    chromium_path() is None, reason="Chromium is not installed (apt-get install chromium)"
)

EXPORT = textwrap.dedent(
    """
    import plotly.graph_objects as go
    from prevcap.export import browser, images

    fig = go.Figure(go.Bar(x=["Malå", "Norsjö"], y=[3, 4], name="&lt;a href=x&gt;"))
    print([len(images.figure_bytes(fig, fmt)) for fmt in ("png", "svg", "pdf")])
    browser.stop_renderer()
    """
)

# connect(21, {sa_family=AF_INET6, sin6_port=htons(443), ..., inet_pton(AF_INET6, "2001:4860:4860::8888", ...
_ADDRESS = re.compile(r'sa_family=AF_INET6?,.*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")')


def network_calls(trace: str) -> list[tuple[str, str]]:
    """(address, the strace line) of every connect/sendto/sendmsg to an internet address in the trace."""
    found = []
    for line in trace.splitlines():
        match = _ADDRESS.search(line)
        if match and re.search(r"\b(connect|sendto|sendmsg)\(", line):
            found.append((match.group(1) or match.group(2), line.strip()))
    return found


def test_network_calls_are_read_from_strace_lines():
    trace = (
        "11341 connect(21, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "
        '"2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0\n'
        '12 connect(5, {sa_family=AF_INET, sin_port=htons(8501), sin_addr=inet_addr("127.0.0.1")}, 16) = 0\n'
        '12 connect(7, {sa_family=AF_UNIX, sun_path="/run/x"}, 110) = 0\n'
    )
    assert [address for address, _ in network_calls(trace)] == ["2001:4860:4860::8888", "127.0.0.1"]


def test_the_first_tab_is_blank_and_the_component_updater_has_no_address():
    assert "about:blank" in browser.OFFLINE_CHROMIUM_FLAGS
    assert "--component-updater=url-source=file:///nonexistent/" in browser.OFFLINE_CHROMIUM_FLAGS
    assert "--host-resolver-rules=MAP * ~NOTFOUND" in browser.OFFLINE_CHROMIUM_FLAGS


@needs_chromium
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (apt-get install strace)")
def test_an_export_makes_no_connection_beyond_the_machine(tmp_path):
    trace_file = tmp_path / "strace.txt"
    run = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=connect,sendto,sendmsg",
            "-o",
            str(trace_file),
            sys.executable,
            "-c",
            EXPORT,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if run.returncode != 0 and "ptrace" in run.stderr:
        pytest.skip(f"strace may not trace here: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr[-2000:]
    sizes = eval(run.stdout.strip().splitlines()[-1])  # noqa: S307 (our own script's list of three numbers)
    assert len(sizes) == 3 and all(size > 1000 for size in sizes)
    outside = [
        line for address, line in network_calls(trace_file.read_text()) if not ipaddress.ip_address(address).is_loopback
    ]
    if outside and not browser.network_isolation():
        pytest.xfail(
            "no network namespace here: Chromium's host resolver still probes IPv6 with a UDP connect() to "
            "2001:4860:4860::8888:443 (no packet is sent), which no flag turns off: " + outside[0]
        )
    assert outside == []
