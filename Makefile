# Botloom: `make run` to use it, `make test` to check it. Both set up everything they need.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: setup run test check lint typecheck pytest clean

$(BIN)/.installed: pyproject.toml
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	uv venv --quiet --allow-existing --python $(PYTHON) $(VENV)
	uv pip install --quiet --python $(BIN)/python -e '.[dev]'
	@touch $@

## setup: create the virtual environment and install Botloom with its dev tools
setup: $(BIN)/.installed

## run: migrate and serve on http://127.0.0.1:8000 (data in ./.botloom)
run: setup
	$(BIN)/botloom serve

## test: lint, type-check, then the whole suite (starts its own PostgreSQL)
test: setup
	./scripts/install-system-deps.sh
	$(MAKE) --no-print-directory check

check: lint typecheck pytest

lint:
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest

.PHONY: bench
## bench: load-test the chat API on SQLite and PostgreSQL, 1 and 2 workers (~5 min; bench/README.md)
bench: setup
	./scripts/install-system-deps.sh
	$(BIN)/python -m bench.chat

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
