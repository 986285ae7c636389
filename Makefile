# make run  — install, index corpus/, serve the chat at http://127.0.0.1:8000
# make test — install, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= data
PORT   ?= 8000

.PHONY: install run index serve test clean

# torch goes in first, pinned: the CPU build of 2.13.0 lies on this machine's disk, and
# without it sentence-transformers would pull a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

index: install
	$(BIN)/nianbao index corpus --data $(DATA)

serve: install
	$(BIN)/nianbao serve --data $(DATA) --port $(PORT)

run: index serve

test: install
	$(BIN)/pytest

clean:
	rm -rf $(DATA) tests/artifacts .pytest_cache
