# The two commands a newcomer needs: `make run` and `make test`. Both set up the machine first.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint typecheck unit bench clean

setup:
	@sh tools/setup.sh

run: setup
	$(BIN)/b24desk

lint: setup
	$(BIN)/ruff check b24desk tests tools benchmarks
	$(BIN)/ruff format --check b24desk tests tools benchmarks

typecheck: setup
	$(BIN)/mypy

unit: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck unit

# On demand, not part of `make test`: load and search timings of the bundled method catalogue.
bench: setup
	$(BIN)/python -m benchmarks.catalogue_bench

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
