"""What prevcap.export takes for granted in choreographer, kaleido and Pillow, checked without Chromium, so
that an upgrade that changes it fails here, by name, rather than as an export that reaches the network or
a PNG that Word places at the wrong size; and the package still taking names as the one module it was."""

from __future__ import annotations

import io
import sys

import pytest

from prevcap import export
from prevcap.export import browser

# --- choreographer and kaleido ------------------------------------------------------------------------


def test_the_offline_flags_reach_chromiums_command_line():
    """The only hook we use: choreographer's Chromium subclassed, its get_cli() extended (browser.py)."""
    from choreographer.browsers import Chromium
    from choreographer.channels import Pipe

    offline = export.kaleido_options(sys.executable)["browser_cls"]
    assert issubclass(offline, Chromium)
    channel = Pipe()
    chromium = offline(channel, sys.executable, enable_extensions=False)  # the options kaleido passes on
    try:
        chromium.pre_open()
        cli = chromium.get_cli()
    finally:
        chromium.clean()
        channel.close()
    assert sys.executable in cli and "--headless" in cli and "--disable-extensions" in cli
    assert cli[-len(browser.OFFLINE_CHROMIUM_FLAGS) :] == list(browser.OFFLINE_CHROMIUM_FLAGS)


def test_kaleido_takes_our_options_and_passes_the_browser_class_on():
    import inspect

    import choreographer
    import kaleido

    kaleido_parameters = inspect.signature(kaleido.Kaleido.__init__).parameters
    for name in ("n", "timeout", "plotlyjs", "mathjax"):
        assert name in kaleido_parameters, name
    assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in kaleido_parameters.values())  # on to choreographer
    assert "browser_cls" in inspect.signature(choreographer.Browser.__init__).parameters
    assert inspect.iscoroutinefunction(kaleido.Kaleido.calc_fig)


# --- Pillow -----------------------------------------------------------------------------------------------


def test_png_with_dpi_keeps_the_pixels_and_says_the_dpi():
    from PIL import Image, ImageChops

    picture = Image.new("RGBA", (300, 200), (40, 90, 160, 255))
    picture.paste((200, 30, 30, 255), (50, 50, 120, 150))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    marked = export.png_with_dpi(buffer.getvalue(), 300)
    assert marked.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(marked)) as back:
        assert back.mode == "RGBA" and ImageChops.difference(back, picture).getbbox() is None
        assert back.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    assert marked.index(b"pHYs") < marked.index(b"IDAT")  # readers take it only before the image data
    assert marked[marked.index(b"pHYs") + 4 :][:9] == (11811).to_bytes(4, "big") * 2 + b"\x01"  # per metre
    with Image.open(io.BytesIO(export.png_with_dpi(marked, 200))) as again:
        assert again.info["dpi"] == pytest.approx((200, 200), abs=0.01)


def test_png_size_reads_the_header():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (1600, 1000)).save(buffer, "PNG")
    assert export.png_size(buffer.getvalue()) == (1600, 1000)


# --- the package answers as export.py did -------------------------------------------------------------
