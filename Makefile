# make run  — install, index corpus/, serve the chat at http://127.0.0.1:8000
# make test — install, run the test suite
# make eval — index corpus/, ../shared/corpus and scans/Word files made from it; score against tests/gold/
# make bench — 1,000 and 10,000 reports: indexing, size, adding one, start, latency, load;
#              the real corpus; hostile inputs at full length; writes build/bench.json
# make bench-100k — the same at 100,000 reports (an hour or two), merged into build/bench.json
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= data
PORT   ?= 8000
SHARED ?= ../shared
EVAL_DATA ?= build/eval-data

CHROMIUM ?= /usr/bin/chromium

.PHONY: install browser run index serve test eval bench bench-100k clean

# torch goes in first, pinned: the CPU build of 2.13.0 lies on this machine's disk, and
# without it sentence-transformers would pull a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The project is installed editable, so pip compiles none of its modules, and where
# PYTHONDONTWRITEBYTECODE is set (this machine, CI) Python never caches them either: every
# process (a command, the server, each reader process of an indexing run) would compile
# indexer/ and server/ from source again (0.1 s of a reader's start). Compiled here, once per
# change (compileall skips what is up to date).
#
# The vectors of every dictionary word an archive's vocabulary can hold depend on the model
# only, so they are made here, once (about a minute), not in every index run
# (indexer/headword_vectors.py; it returns at once when this model's table exists).
install: $(VENV)/.installed
	@$(BIN)/python -m compileall -q indexer server > /dev/null
	@$(BIN)/python -m indexer.headword_vectors

# The browser tests drive Debian's Chromium through Playwright's Python package; no browser
# is ever downloaded by Playwright. Noto CJK fonts make the screenshots readable.
browser:
	@test -x $(CHROMIUM) || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; }

index: install
	$(BIN)/nianbao index corpus --data $(DATA)

serve: install
	$(BIN)/nianbao serve --data $(DATA) --port $(PORT)

run: index serve

test: install browser
	$(BIN)/pytest

# Scans and Word files are made from the real PDFs and web pages (tests/forms.py), so every
# form is scored: the cells of each form of a report against that report's gold cells.
eval: install
	$(BIN)/python tests/forms.py $(SHARED)/corpus build/eval-forms
	$(BIN)/nianbao index corpus $(SHARED)/corpus build/eval-forms --data $(EVAL_DATA) --quiet
	$(BIN)/nianbao eval tests/gold/*.jsonl --data $(EVAL_DATA)

bench: install
	$(BIN)/python tests/bench/run.py --sizes 1000,10000 --load-seconds 30 --out build/bench.json

bench-100k: install
	$(BIN)/python tests/bench/run.py --sizes 100000 --no-real --no-hostile --load-seconds 30 --out build/bench.json

clean:
	rm -rf $(DATA) build tests/artifacts .pytest_cache
