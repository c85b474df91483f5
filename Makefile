# Oogst — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= $(or $(STREAMLIT_SERVER_PORT),8501)

.PHONY: run test lint typecheck bench bench-quick bench-pg bench-replicas screenshots clean help

help:
	@echo "make run    - install (first time) and start Oogst on http://<this laptop>:$(PORT)"
	@echo "make test   - install test tools and run every test"
	@echo "make lint   - ruff check + format check;  make typecheck - mypy on facilitation/"
	@echo "make bench  - load benchmark (see docs/benchmarks.md)"

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
	$(PY) -m pytest

lint: $(VENV)/.installed-test
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

typecheck: $(VENV)/.installed-test
	$(PY) -m mypy

bench: $(VENV)/.installed-test
	$(PY) -m bench.load --phones 1000 --submits 1 --duration 60

bench-quick: $(VENV)/.installed-test
	$(PY) -m bench.load --phones 100 --submits 2 --duration 20

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
