"""The hand-checked gold set: every question answered exactly, every cell read exactly."""
import json
import re
from pathlib import Path

import pytest

from conftest import run_cli, shared_reports
from server.evaluate import evaluate, load_gold

GOLD = Path(__file__).parent / "gold"
QUESTIONS = load_gold([GOLD / "questions.jsonl"])
CELLS = load_gold([GOLD / "cells.jsonl"])
PRESENT = {p.name for p in shared_reports()} | {"pingzhang_2020.txt"}
FORM_OF = {"pdf": "pdf", "html": "html", "txt": "txt", "md": "md"}


def test_gold_set_is_what_the_issue_asks_for():
    figures = [q for q in QUESTIONS if q.get("kind") != "none"]
    assert len(figures) >= 60
    assert len({q["file"] for q in figures}) >= 3
    assert {q["year"] <= 2020 for q in figures} == {True, False}  # both template editions
    assert any(q["question"].isascii() for q in figures) and any(not q["question"].isascii() for q in figures)


@pytest.mark.parametrize("item", QUESTIONS, ids=lambda q: q["question"])
def test_gold_question(archive, item):
    if item.get("file") and item["file"] not in PRESENT:
        pytest.skip(f"{item['file']} not in ../shared/corpus")
    questions, _, _, _, _ = evaluate(archive, [item])
    assert questions.failures == []


@pytest.mark.parametrize("file, table", sorted({(c["file"], c["table"]) for c in CELLS}))
def test_every_gold_cell_of_every_table(archive, file, table):
    if file not in PRESENT:
        pytest.skip(f"{file} not in ../shared/corpus")
    items = [c for c in CELLS if c["file"] == file and c["table"] == table]
    _, cells, _, _, _ = evaluate(archive, items)
    assert cells.failures == [] and cells.passed == len(items)


def test_eval_command_prints_accuracy(data_dir, tmp_path):
    # the questions and cells of reports this archive holds (corpus/'s own are scored by make eval)
    asked = [q for q in QUESTIONS if not q.get("file") or q["file"] in PRESENT]
    present = [c for c in CELLS if c["file"] in PRESENT]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in asked + present), encoding="utf-8")
    result = run_cli("eval", gold, "--data", data_dir)
    assert result.returncode == 0, result.stderr
    assert f"questions: {len(asked)}/{len(asked)} exact (100.0%)" in result.stdout
    assert f"cells: {len(present)}/{len(present)} exact (100.0%)" in result.stdout
    # every form in the archive is scored, and no cell anywhere holds a wrong number
    for form in {"pdf", "html", "txt", "md"} & {FORM_OF.get(n.rsplit(".", 1)[-1]) for n in PRESENT}:
        assert re.search(rf"^  {form} +\d+/\d+ cells exact", result.stdout, re.M), form
    assert "wrong cells: 0" in result.stdout


def test_eval_reports_failures(data_dir, tmp_path):
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"question": "2020年政府集中采购项目有多少个", "value": 27, "agency": "平掌乡", '
                     '"year": 2020, "page": 3}\n{"file": "pingzhang_2020.txt", "table": "art20_9", '
                     '"row": "procurement", "col": "procurement_items", "value": 26, "page": 2}\n', encoding="utf-8")
    result = run_cli("eval", wrong, "--data", data_dir)
    assert result.returncode == 1
    assert "questions: 0/1 exact (0.0%)" in result.stdout and "cells: 0/1 exact (0.0%)" in result.stdout
    assert "FAIL 2020年政府集中采购项目有多少个: expected 27" in result.stderr
