# The two commands a newcomer needs: `make run` and `make test`. Both set up the machine first.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint typecheck unit bench screenshots layout-check translations package package-test clean

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

# On demand, not part of `make test`: load and search timings of the bundled method catalogue.
bench: setup
	$(BIN)/python -m benchmarks.catalogue_bench

# Installers (packaging/): the PyInstaller bundle dist/b24desk and a .deb of it; PyInstaller stays in build/pkg-venv.
package: setup
	sh packaging/build_bundle.sh
	sh packaging/build_deb.sh "$$(build/pkg-venv/bin/python -c 'from b24desk.about import VERSION; print(VERSION)')"

# Builds the installers, then runs only the tests of the installed .deb.
package-test: package
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m packaging tests/packaging $(PYTEST_ARGS)

# Screenshots of the main states under Xvfb into resources/screenshots/, in every language (English there,
# the others in resources/screenshots/de_DE/ ...), wide and 1024x700, light and dark;
# `make screenshots SHOT_LANGS=de_DE` takes one language's only.
SHOT_LANGS ?= C.UTF-8 de_DE ru_RU pt_BR fr_FR
screenshots: setup
	for lang in $(SHOT_LANGS); do \
		LANG=$$lang xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m tools.screenshots || exit 1; \
	done

# The layout with real fonts under Xvfb: result rows and grid rows in sight after crm.deal.list on the sandbox,
# one JSON line per size, with the height of every part (`make layout-check SIZES="1024x700 1360x860"`).
SIZES ?= 1024x700 800x600
layout-check: setup
	LANG=$${LANG:-C.UTF-8} xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m tools.layout_probe $(SIZES) --parts

# Translations: update resources/translations/*.ts from the code (pyside6-lupdate), compile the .qm files
# (pyside6-lrelease) and list the strings still untranslated in each language.
translations: setup
	$(BIN)/python -m tools.translations update

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis build dist
