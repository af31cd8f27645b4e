# Two commands for a newcomer: `make run` (dashboard on http://localhost:8501) and `make test`.
# Each sets up .venv, installs what it needs and builds the warehouse when it is missing.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
DEV_INSTALLED := $(VENV)/.dev-installed
WAREHOUSE := $(or $(PREVCAP_DB),data/warehouse.duckdb)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run demo test lint bench warehouse chromium clean

$(INSTALLED): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(DEV_INSTALLED): $(INSTALLED) requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Debian's Chromium renders the chart exports (kaleido) and drives the browser tests.
chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		( $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core )

# rebuilt when the ETL, the schema, the reference data or the example data change
WAREHOUSE_INPUTS := $(wildcard etl/*.py etl/sql/*.sql data/reference/*.csv data/example/*.csv prevcap.toml)

$(WAREHOUSE): $(INSTALLED) $(WAREHOUSE_INPUTS)
	$(PY) -m etl build

warehouse: $(INSTALLED)
	$(PY) -m etl build

run: $(INSTALLED) $(WAREHOUSE) chromium
	$(VENV)/bin/streamlit run app.py

# sign-in and the editing pages on one machine: a local OpenID provider on 127.0.0.1:9400 (a dev
# dependency), the dashboard on http://localhost:8501 with a warehouse and ledger of its own in data/demo/
demo: $(DEV_INSTALLED) chromium
	$(PY) -m prevcap.demo

test: $(DEV_INSTALLED) $(WAREHOUSE) chromium
	$(PY) -m pytest -q

# ruff: the lint rules and the format of pyproject.toml (CI runs this before the tests)
lint: $(DEV_INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: $(DEV_INSTALLED) $(WAREHOUSE) chromium
	for script in bench/bench_*.py; do $(PY) $$script || exit 1; done

clean:
	rm -f data/warehouse.duckdb
