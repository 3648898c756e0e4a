# Every target creates .venv on first use and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
DEMO_STAMP := $(VENV)/.installed-demo

.PHONY: test lint typecheck pytest smoke docs coverage demo serve bench fuzz clean

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

test: lint typecheck smoke docs pytest

lint: $(STAMP)
	$(BIN)/ruff check twiml_dsl rest tests examples benchmarks docs conftest.py README.md
	$(BIN)/ruff format --check twiml_dsl rest tests examples benchmarks docs conftest.py README.md

typecheck: $(STAMP)
	$(BIN)/mypy --strict twiml_dsl rest examples tests/smoke conftest.py docs/_hooks

pytest: $(STAMP)
	$(BIN)/pytest

# Build the sdist and wheel, check them, install the wheel in a fresh environment outside
# the checkout and run the smoke tests there (tests/smoke/run.py).
smoke: $(STAMP)
	$(BIN)/python tests/smoke/run.py

# The documentation site, built into site/ with --strict: a broken link or reference fails.
# (The examples on its pages run in `make pytest`.)
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

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
	rm -rf $(VENV) build dist site .mypy_cache .pytest_cache .ruff_cache .coverage
