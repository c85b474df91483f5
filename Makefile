# Oogst — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= $(or $(STREAMLIT_SERVER_PORT),8501)

.PHONY: run test lint typecheck bench bench-quick bench-costs bench-pg bench-replicas nginx screenshots clean help

help:
	@echo "make run    - install (first time) and start Oogst on http://<this laptop>:$(PORT)"
	@echo "make test   - install test tools and run every test"
	@echo "make lint   - ruff check + format check;  make typecheck - mypy on facilitation/"
	@echo "make bench  - load benchmark, 1,000 phones (see docs/benchmarks.md); bench-quick: 100"
	@echo "make bench-pg / bench-replicas - the same on PostgreSQL / two processes behind nginx"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[postgres]'
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[postgres,test,bench]'
	@touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(PY) -m streamlit run serve.py --server.port $(PORT)

test: $(VENV)/.installed-test
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
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
