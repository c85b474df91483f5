# Oogst — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= $(or $(STREAMLIT_SERVER_PORT),8501)

.PHONY: run test lint typecheck bench bench-quick bench-costs bench-pg bench-replicas bench-scan nginx screenshots clean help

help:
	@echo "make run    - install (first time) and start Oogst on http://<this laptop>:$(PORT)"
	@echo "make test   - install test tools and run every test"
	@echo "make lint   - ruff check + format check;  make typecheck - mypy on facilitation/"
	@echo "make bench  - load benchmark, 1,000 phones (see docs/benchmarks.md); bench-quick: 100"
	@echo "make bench-pg / bench-replicas - the same on PostgreSQL / two processes behind nginx"
	@echo "make bench-scan - 1,000 phones answer a 7-item scan within 60 s (SQLite, one process)"

# Installing is quiet (errors still show), so the start-up banner of `make run` (serve.py: the
# facilitator page, the passphrase at the first start, the phones' address) is not lost.
PIP := $(PY) -m pip install --quiet --quiet --disable-pip-version-check --no-input
SAY = $(if $(filter en,$(OOGST_LANGUAGE)),$(2),$(1))

$(PY):
	@echo "$(call SAY,Oogst installeren in $(VENV) (de eerste keer duurt dit een paar minuten)…,Installing Oogst into $(VENV) (the first time takes a few minutes)…)"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(PY)
	@$(PIP) -e '.[postgres]'
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	@$(PIP) -e '.[postgres,test,bench]'
	@touch $@ $(VENV)/.installed-app

# axe-core for the accessibility tests (tests/e2e/test_accessibility.py), pinned by the lock
# file, read from disk by tests/e2e/a11y.py and injected into the browser page: no Node runs at
# test time. Without npm the tests are skipped with a loud reason on a laptop; CI
# (OOGST_REQUIRE_BROWSER=1, .ci/run installs npm) fails instead.
AXE_JS := tests/e2e/axe/node_modules/axe-core/axe.min.js
$(AXE_JS): tests/e2e/axe/package.json tests/e2e/axe/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tests/e2e/axe --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "make: npm not found, so axe-core is not installed: the accessibility tests will be skipped (apt-get install npm)"; \
		test "$$OOGST_REQUIRE_BROWSER" != 1; \
	fi

run: $(VENV)/.installed-app
	@echo "$(call SAY,Oogst start…,Oogst is starting…)"
	@$(PY) -m streamlit run serve.py --server.port $(PORT)

test: $(VENV)/.installed-test $(AXE_JS)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) -m pytest

lint: $(VENV)/.installed-test
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

typecheck: $(VENV)/.installed-test
	$(PY) -m mypy

# Benchmarks (docs/benchmarks.md): results go to bench/results/; PostgreSQL runs use a fresh
# schema in BENCH_DATABASE_URL (the database is created when missing).
BENCH_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/oogst_bench
BENCH_LOAD := --phones 1000 --submits 1 --duration 60

bench: $(VENV)/.installed-test
	$(PY) -m bench.load $(BENCH_LOAD)

# 1,000 phones answer the seven-item climate scan within 60 s (docs/benchmarks.md, "Scans").
bench-scan: $(VENV)/.installed-test
	$(PY) -m bench.scan --phones 1000 --duration 60

bench-quick: $(VENV)/.installed-test
	$(PY) -m bench.load --phones 100 --submits 2 --duration 20

bench-costs: $(VENV)/.installed-test
	$(PY) -m bench.costs

bench-pg: $(VENV)/.installed-test
	$(PY) -m bench.load $(BENCH_LOAD) --database-url $(BENCH_DATABASE_URL)

bench-replicas: $(VENV)/.installed-test nginx
	$(PY) -m bench.load $(BENCH_LOAD) --processes 2 --database-url $(BENCH_DATABASE_URL)

# The replica benchmark and its test put Debian's nginx in front of the app processes.
nginx:
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || \
		(echo "installing Debian's nginx"; apt-get update -qq; \
		 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tests/e2e/axe/node_modules
