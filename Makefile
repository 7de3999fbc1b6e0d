# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= flashpoint.duckdb
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: demo test install dev lint format bench evaluate clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/activate pyproject.toml constraints.txt
	$(PIP) -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(PIP) -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

demo: install
	$(BIN)/flashpoint ingest examples/articles.jsonl --db $(DB)
	$(BIN)/flashpoint events --db $(DB)

lint: dev
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

format: dev
	$(BIN)/ruff format src tests bench tools
	$(BIN)/ruff check --fix src tests bench tools

test: lint
	HF_HUB_OFFLINE=1 $(BIN)/pytest

bench: install
	$(BIN)/python bench/throughput.py --data ../shared/data/news/te3_silver_newswire.jsonl

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache
