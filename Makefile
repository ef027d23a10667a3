# Botloom: `make run` to use it, `make test` to check it. Both set up everything they need.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
FRONTEND := frontend
# npm ci writes this file; it is older than package-lock.json when the lock changed since.
NODE_MODULES := $(FRONTEND)/node_modules/.package-lock.json
# The built widget and builder, each remade only when a file it is built from changed.
WIDGET_DIR := $(FRONTEND)/packages/widget
WIDGET := src/botloom/web/static/dist/web.js
WIDGET_SOURCES := $(shell find $(WIDGET_DIR)/src $(WIDGET_DIR)/scripts -type f) \
	$(addprefix $(WIDGET_DIR)/,package.json tsconfig.json vite.config.ts)
BUILDER_DIR := $(FRONTEND)/apps/builder
BUILDER := src/botloom/web/static/builder/index.html
BUILDER_SOURCES := $(shell find $(BUILDER_DIR)/src $(BUILDER_DIR)/scripts $(FRONTEND)/packages/api-client/src -type f) \
	$(addprefix $(BUILDER_DIR)/,package.json tsconfig.json vite.config.ts index.html) $(WIDGET_SOURCES)
API_DOCUMENT := $(FRONTEND)/packages/api-client/openapi.json

.PHONY: setup run test check lint typecheck pytest widget builder frontend-test api-client clean

# uv from PATH, or installed into .venv-tools (scripts/bootstrap-uv.sh says why).
$(BIN)/.installed: pyproject.toml
	@uv="$$(./scripts/bootstrap-uv.sh $(PYTHON))" \
	&& "$$uv" venv --quiet --allow-existing --python $(PYTHON) $(VENV) \
	&& "$$uv" pip install --quiet --python $(BIN)/python -e '.[dev]'
	@touch $@

## setup: create the virtual environment and install Botloom with its dev tools
setup: $(BIN)/.installed

$(NODE_MODULES): $(FRONTEND)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "Node.js 20+ with npm is needed to build the widget and builder" >&2; exit 1; }
	cd $(FRONTEND) && npm ci --no-audit --no-fund
	@touch $@

## widget: build the chat widget into src/botloom/web/static/dist (prints its gzipped size)
widget: $(WIDGET)

$(WIDGET): $(NODE_MODULES) $(WIDGET_SOURCES)
	cd $(FRONTEND) && npm run build -w @botloom/widget
	@touch $@

## builder: build the builder app into src/botloom/web/static/builder (prints its initial gzipped size)
builder: $(BUILDER)

$(BUILDER): $(NODE_MODULES) $(BUILDER_SOURCES)
	cd $(FRONTEND) && npm run build -w @botloom/builder
	@touch $@

## api-client: regenerate the builder's typed API client from the app's OpenAPI document
api-client: setup $(NODE_MODULES)
	$(BIN)/botloom openapi > $(API_DOCUMENT)
	cd $(FRONTEND) && npm run generate

frontend-test: $(NODE_MODULES)
	cd $(FRONTEND) && npm run check-generated && npm test

## run: build the widget and builder (if changed), migrate, serve on http://127.0.0.1:8000
## (BOTLOOM_PORT=N for another port; data in ~/.local/share/botloom, which the botloom command uses too)
run: setup widget builder
	$(BIN)/botloom serve

## test: lint, type-check, build and test the widget and builder, then the whole suite (starts its own PostgreSQL)
test: setup
	./scripts/install-system-deps.sh
	$(MAKE) --no-print-directory check

check: lint typecheck widget builder frontend-test pytest

lint: $(NODE_MODULES)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	cd $(FRONTEND) && npm run lint

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest

.PHONY: bench
## bench: load-test the chat API on SQLite and PostgreSQL, 1 and 2 workers (~5 min; bench/README.md)
bench: setup
	./scripts/install-system-deps.sh
	$(BIN)/python -m bench.chat

.PHONY: bench-builder
## bench-builder: the builder on a 10-block and a 1,000-block bot in headless chromium: time to an interactive canvas, drag frame times, JS size (~1 min)
bench-builder: setup builder
	./scripts/install-system-deps.sh
	$(BIN)/python -m bench.builder

.PHONY: bench-results
## bench-results: a million results on SQLite and PostgreSQL: pages, stats, analytics, CSV export (~20 min)
bench-results: setup
	./scripts/install-system-deps.sh
	$(BIN)/python -m bench.results

clean:
	rm -rf $(VENV) .venv-tools .pytest_cache .mypy_cache .ruff_cache $(FRONTEND)/node_modules src/botloom/web/static/dist src/botloom/web/static/builder
