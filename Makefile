# Botloom: `make run` to use it, `make test` to check it. Both set up everything they need.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
FRONTEND := frontend
# npm ci writes this file; it is older than package-lock.json when the lock changed since.
NODE_MODULES := $(FRONTEND)/node_modules/.package-lock.json
# The built widget, remade only when a file it is built from changed.
WIDGET := src/botloom/web/static/dist/web.js
WIDGET_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/scripts -type f) \
	$(addprefix $(FRONTEND)/,package.json tsconfig.json vite.config.ts)

.PHONY: setup run test check lint typecheck pytest widget widget-test clean

# uv from PATH, or installed into .venv-tools (scripts/bootstrap-uv.sh says why).
$(BIN)/.installed: pyproject.toml
	@uv="$$(./scripts/bootstrap-uv.sh $(PYTHON))" \
	&& "$$uv" venv --quiet --allow-existing --python $(PYTHON) $(VENV) \
	&& "$$uv" pip install --quiet --python $(BIN)/python -e '.[dev]'
	@touch $@

## setup: create the virtual environment and install Botloom with its dev tools
setup: $(BIN)/.installed

$(NODE_MODULES): $(FRONTEND)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "Node.js 20+ with npm is needed to build the chat widget" >&2; exit 1; }
	cd $(FRONTEND) && npm ci --no-audit --no-fund
	@touch $@

## widget: build the chat widget into src/botloom/web/static/dist (prints its gzipped size)
widget: $(WIDGET)

$(WIDGET): $(NODE_MODULES) $(WIDGET_SOURCES)
	cd $(FRONTEND) && npm run build
	@touch $@

widget-test: $(NODE_MODULES)
	cd $(FRONTEND) && npm test

## run: build the widget (if changed), migrate, serve on http://127.0.0.1:8000 (BOTLOOM_PORT=N
## for another port; data in ~/.local/share/botloom, which the botloom command uses too)
run: setup widget
	$(BIN)/botloom serve

## test: lint, type-check, build and test the widget, then the whole suite (starts its own PostgreSQL)
test: setup
	./scripts/install-system-deps.sh
	$(MAKE) --no-print-directory check

check: lint typecheck widget widget-test pytest

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

.PHONY: bench-results
## bench-results: a million results on SQLite and PostgreSQL: pages, stats, analytics, CSV export (~20 min)
bench-results: setup
	./scripts/install-system-deps.sh
	$(BIN)/python -m bench.results

clean:
	rm -rf $(VENV) .venv-tools .pytest_cache .mypy_cache .ruff_cache $(FRONTEND)/node_modules src/botloom/web/static/dist
