"""Score the archive against gold files: questions answered exactly, and cells read exactly.

A gold line with "question" is a question: it passes when the answer is exactly one figure
with the expected value, agency, year and page (or, for "kind": "none", when the answer
says the archive does not hold it). A line with "table" is a cell: it passes when the
indexed report of that file holds that cell with that value on that page.
"""
import json
from dataclasses import dataclass, field

from indexer.metadata import agency_key

from .answer import answer


@dataclass
class Score:
    passed: int = 0
    failures: list = field(default_factory=list)

    @property
    def total(self):
        return self.passed + len(self.failures)

    def line(self, name):
        share = 100.0 * self.passed / self.total if self.total else 0.0
        return f"{name}: {self.passed}/{self.total} exact ({share:.1f}%)"


def _same(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9


def check_question(archive, item):
    result = answer(archive, item["question"])
    if item.get("kind") == "none":
        return result["kind"] == "none" and not result["figures"], f"kind {result['kind']}"
    figures = result["figures"]
    if len(figures) != 1:
        return False, f"{len(figures)} figures ({result['kind']})"
    f = figures[0]
    got = (f["value"], f["agency_key"], f["year"], f["source"]["page"], f["source"]["file_name"])
    ok = (_same(f["value"], item["value"]) and f["agency_key"] == agency_key(item["agency"])
          and f["year"] == item["year"] and f["source"]["page"] == item["page"]
          and ("file" not in item or f["source"]["file_name"] == item["file"]))
    return ok, "got value {} agency {} year {} page {} file {}".format(*got)


def check_cell(archive, item, report_ids):
    report_id = report_ids.get(item["file"])
    if report_id is None:
        return False, "report not indexed"
    row = archive.db().execute(
        "SELECT value, page FROM facts WHERE report_id = ? AND table_key = ? AND row_key = ? AND col_key = ?",
        (report_id, item["table"], item["row"], item["col"])).fetchone()
    if row is None:
        return False, "cell not found"
    return _same(row["value"], item["value"]) and row["page"] == item["page"], \
        f"got value {row['value']} page {row['page']}"


def evaluate(archive, items):
    report_ids = {r.file_name: r.id for r in archive.reports.values()}
    questions, cells = Score(), Score()
    for item in items:
        if "question" in item:
            ok, detail = check_question(archive, item)
            score = questions
        else:
            ok, detail = check_cell(archive, item, report_ids)
            score = cells
        if ok:
            score.passed += 1
        else:
            score.failures.append({**item, "detail": detail})
    return questions, cells


def load_gold(paths):
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        items.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
    return items
