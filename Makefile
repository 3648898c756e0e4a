# Every target creates .venv on first use and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
DEMO_STAMP := $(VENV)/.installed-demo

.PHONY: test lint typecheck pytest coverage demo serve bench fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,flask,quart]'
	touch $(STAMP)

# The demo needs only the runtime and the Flask extra, not the development tools.
$(DEMO_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[flask]'
	touch $(DEMO_STAMP)

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check twiml_dsl rest tests examples benchmarks
	$(BIN)/ruff format --check twiml_dsl rest tests examples benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy --strict twiml_dsl rest examples

pytest: $(STAMP)
	$(BIN)/pytest

coverage: $(STAMP)
	$(BIN)/coverage run --source=twiml_dsl,rest -m pytest -q
	$(BIN)/coverage report --skip-covered --sort=cover

demo: $(DEMO_STAMP)
	$(BIN)/python examples/demo.py

serve: $(STAMP)
	@test -n "$$TWILIO_AUTH_TOKEN" || { echo "make serve: set TWILIO_AUTH_TOKEN to your Twilio auth token first; the app will not check requests with the public demo token." >&2; exit 1; }
	$(BIN)/flask --app 'examples.ivr_flask:create_app()' run --host 127.0.0.1 --port 5000

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests -k property

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .coverage
