# The two commands a newcomer needs: `make run` and `make test`. Both set up the machine first.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint typecheck unit clean

setup:
	@sh tools/setup.sh

run: setup
	$(BIN)/b24desk

lint: setup
	$(BIN)/ruff check b24desk tests tools benchmarks packaging
	$(BIN)/ruff format --check b24desk tests tools benchmarks packaging

typecheck: setup
	$(BIN)/mypy

unit: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck unit

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
