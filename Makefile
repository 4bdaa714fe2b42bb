# briefbot: `make demo` briefs a bundled sample article; `make test` runs the whole suite.
# Both create .venv in this checkout on first use (Python 3.11+ and PyPI needed, nothing else).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLE := adapters/samples/strassenbahn-de.txt

.PHONY: demo test bench bench-quick bench-slack install clean help

help:
	@echo "make demo   - install into .venv and brief a sample article in the terminal"
	@echo "make test   - install into .venv and run the whole test suite"
	@echo "make bench  - quality and speed vs the baselines (needs ../shared/eval), ingest speed, start-up"
	@echo "make bench-quick - a subset of make bench, under a minute"
	@echo "make bench-slack - Slack ack latency and time to briefing over loopback"
	@echo "make clean  - remove .venv and caches"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "briefbot needs Python 3.11 or newer; run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	@touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/briefbot brief $(SAMPLE)

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run --data ../shared/eval
	$(BIN)/python -m benchmarks.ingest_speed
	$(BIN)/python -m benchmarks.startup

bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.run --data ../shared/eval --quick

bench-slack: $(STAMP)
	$(BIN)/python benchmarks/slack_ack.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
