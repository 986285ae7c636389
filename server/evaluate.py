"""Score the archive against gold files: questions answered exactly, and cells read exactly.

A gold line with "question" is a question: it passes when the answer is exactly one figure
with the expected value, agency, year and page (or, for "kind": "none", when the answer
says the archive does not hold it). A line with "table" is a cell of one report file,
checked by hand against it; "value": null with "raw": "" is a cell the report leaves blank.

Cells are scored per report form. Every indexed file of the same report (agency and year:
its PDF, a scan of it, its web page, a crawler's text) must hold the same cells, so each
is scored against the gold cells of that report: exact, wrong (a number that differs from
the gold), or not read (no number, where the gold has one). The page must match too for
the very file the gold was checked against.
"""
import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from indexer.metadata import agency_key

from .answer import answer

FORMS = ("pdf", "scan", "html", "docx", "text", "md")
FORM_NAMES = {"text": "txt"}


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


@dataclass
class FormScore:
    exact: int = 0
    wrong: int = 0
    unread: int = 0
    files: int = 0
    files_exact: int = 0

    @property
    def total(self):
        return self.exact + self.wrong + self.unread

    def line(self, form):
        share = 100.0 * self.exact / self.total if self.total else 0.0
        return (f"  {FORM_NAMES.get(form, form):5} {self.exact}/{self.total} cells exact ({share:.1f}%), "
                f"{self.wrong} wrong, {self.unread} not read; {self.files_exact}/{self.files} files with every cell exact")


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
    # the answer cites one form of the report and lists the others it holds (a PDF and its web page)
    cited = [(f["source"]["file_name"], f["source"]["page"])] + [(a["file_name"], a["page"]) for a in f.get("also", [])]
    ok = (_same(f["value"], item["value"]) and f["agency_key"] == agency_key(item["agency"])
          and f["year"] == item["year"]
          and (("file" not in item and f["source"]["page"] == item["page"]) or (item.get("file"), item["page"]) in cited))
    return ok, "got value {} agency {} year {} page {} file {}".format(*got)


@dataclass
class TrickyScore:
    right: int = 0
    wrong: int = 0
    refused: int = 0
    answerable: int = 0
    failures: list = field(default_factory=list)

    def lines(self):
        total = self.right + self.wrong + self.refused
        share = 100.0 * self.refused / self.answerable if self.answerable else 0.0
        return [f"tricky questions: {total} ({self.answerable} answerable, {total - self.answerable} the archive cannot "
                f"answer): right {self.right}, wrong {self.wrong}, refused {self.refused}",
                f"wrong answers: {self.wrong}",
                f"answerable questions refused: {self.refused}/{self.answerable} ({share:.1f}%)"]


@dataclass
class PassageScore:
    """hit@3 and MRR (over the passages shown, at most 3) per language, and "nothing found"."""
    hits: dict = field(default_factory=lambda: {"zh": 0, "en": 0})
    rr: dict = field(default_factory=lambda: {"zh": 0.0, "en": 0.0})
    asked: dict = field(default_factory=lambda: {"zh": 0, "en": 0})
    none_asked: int = 0
    none_right: int = 0
    failures: list = field(default_factory=list)

    def lines(self):
        out = []
        for lang in ("zh", "en"):
            n = self.asked[lang]
            if n:
                out.append(f"passages {lang}: hit@3 {self.hits[lang]}/{n} ({100.0 * self.hits[lang] / n:.1f}%), "
                           f"MRR {self.rr[lang] / n:.3f}")
        if self.none_asked:
            out.append(f"passages, questions the archive cannot answer: nothing found for {self.none_right}/"
                       f"{self.none_asked} ({100.0 * self.none_right / self.none_asked:.1f}%)")
        return out


def passage_relevant(passage, item) -> bool:
    """Whether a shown passage is the one a question was written for: its report, and a phrase of it."""
    if item.get("agency") and passage["agency_key"] != item["agency"]:
        return False
    if item.get("year") and passage["year"] != item["year"]:
        return False
    text = re.sub(r"\s+", "", passage["text"])
    return any(re.sub(r"\s+", "", p) in text for p in item["contains"])


def check_passage(archive, item, score):
    result = answer(archive, item["question"])
    shown = result["passages"]
    if item.get("expect") == "none":
        score.none_asked += 1
        if not shown and not result["figures"]:
            score.none_right += 1
        else:
            score.failures.append({**item, "detail": f"showed {len(shown)} passage(s), {len(result['figures'])} figure(s)"})
        return
    lang = item["lang"]
    score.asked[lang] += 1
    # a figure the report's prose states, quoted with its clause, answers from the same passage
    stated = [{"agency_key": f["agency_key"], "year": f["year"], "text": f["row_label"]}
              for f in result["figures"] if f["table"] == "narrative"]
    rank = next((i for i, p in enumerate(stated + shown, 1) if passage_relevant(p, item)), None)
    if rank:
        score.hits[lang] += 1
        score.rr[lang] += 1.0 / rank
    else:
        score.failures.append({**item, "detail": f"{result['kind']}: " + " | ".join(
            f"{p['agency_key']} {p['year']} {p['text'][:30]}" for p in shown)})


def _key(figure):
    return (figure["agency_key"], figure["year"], figure["table"], figure["row"], figure["column"])


def check_tricky(archive, item):
    """'right', 'wrong' or 'refused' for a question with the exact cells it must be answered with.

    Right: the answer's figures are exactly the expected cells with their values (or, for a
    question the archive cannot answer, no figure). Wrong: any figure that is not expected,
    or a value that differs, or expected figures missing. Refused: no figure for a question
    the archive can answer.
    """
    result = answer(archive, item["question"], history=item.get("history"), filters=item.get("filters"))
    got = {_key(f): f["value"] for f in result["figures"]}
    if item["expect"] == "none":
        return ("right" if not got else "wrong"), got
    # the cells of reports this archive holds (a question over every year of an agency gets
    # the years an archive has; `make eval`'s holds more than the tests' own)
    held = {(r.agency_key, r.year) for r in archive.reports.values()}
    expected = {tuple(e[:5]): e[5] for e in item["expect"] if (e[0], e[1]) in held}
    if not got:
        return "refused", result.get("answer", "")[:200]
    same = set(got) == set(expected) and all(
        (got[k] is None and expected[k] is None) or (got[k] is not None and expected[k] is not None
                                                       and abs(float(got[k]) - float(expected[k])) < 1e-9)
        for k in expected)
    return ("right" if same else "wrong"), got


def _cell_verdict(row, item, own_file):
    """'exact', 'wrong' or 'unread' for a stored cell (or None) against a gold cell."""
    if item["value"] is None:  # the report leaves it blank
        if row is not None and row["value"] is None and row["raw"] == "":
            return "exact"
        return "wrong" if row is not None and row["value"] is not None else "unread"
    if row is None or row["value"] is None:
        return "unread"
    if not _same(row["value"], item["value"]):
        return "wrong"
    if own_file and row["page"] != item["page"]:
        return "wrong"
    return "exact"


def evaluate(archive, items):
    """(question score, cell score, {form: FormScore}, tricky question score, passage score).

    The cell score counts the gold cells against the file they were checked against; the
    per-form scores count them against every indexed form of the same report.
    """
    questions, cells, tricky, passages = Score(), Score(), TrickyScore(), PassageScore()
    forms = OrderedDict((f, FormScore()) for f in FORMS)
    by_name = {r.file_name: r for r in archive.reports.values()}
    gold_cells = []
    for item in items:
        if "lang" in item and ("contains" in item or item.get("expect") == "none"):
            check_passage(archive, item, passages)
        elif "expect" in item:
            verdict, detail = check_tricky(archive, item)
            setattr(tricky, verdict, getattr(tricky, verdict) + 1)
            tricky.answerable += item["expect"] != "none"
            if verdict != "right":
                tricky.failures.append({**item, "verdict": verdict, "detail": str(detail)})
        elif "question" in item:
            ok, detail = check_question(archive, item)
            if ok:
                questions.passed += 1
            else:
                questions.failures.append({**item, "detail": detail})
        elif "table" in item:
            gold_cells.append(item)
        # other lines (disagreements.jsonl: checks the source fails) are for the tests
    db = archive.db() if archive.reports else None

    def stored(report_id, item):
        return db.execute("SELECT value, raw, page FROM facts WHERE report_id = ? AND table_key = ? AND row_key = ?"
                          " AND col_key = ?", (report_id, item["table"], item["row"], item["col"])).fetchone()

    identity = {}  # gold file -> (agency key, year) of the report it was checked against
    for item in gold_cells:
        report = by_name.get(item["file"])
        if report is None:
            cells.failures.append({**item, "detail": "report not indexed"})
            continue
        identity[item["file"]] = (report.agency_key, report.year)
        row = stored(report.id, item)
        verdict = _cell_verdict(row, item, own_file=True)
        if verdict == "exact":
            cells.passed += 1
        else:
            got = "nothing" if row is None else f"value {row['value']} raw '{row['raw']}' page {row['page']}"
            cells.failures.append({**item, "detail": f"{verdict}: got {got}"})
    gold_by_identity = {}
    for item in gold_cells:
        if item["file"] in identity:
            gold_by_identity.setdefault(identity[item["file"]], {})[(item["table"], item["row"], item["col"])] = item
    for report in archive.reports.values():
        gold = gold_by_identity.get((report.agency_key, report.year))
        if not gold or report.format not in forms:
            continue
        score = forms[report.format]
        score.files += 1
        exact_before = score.exact
        for item in gold.values():
            verdict = _cell_verdict(stored(report.id, item), item, own_file=item["file"] == report.file_name)
            setattr(score, verdict, getattr(score, verdict) + 1)
        score.files_exact += score.exact - exact_before == len(gold)
    return questions, cells, {f: s for f, s in forms.items() if s.files}, tricky, passages


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
