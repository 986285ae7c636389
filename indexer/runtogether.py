"""Tables whose cells a crawler ran together: "一、本年新收政府信息公开申请数量640020470".

The digits of a row can be cut into the row's numbers in several ways (64|0|0|2|0|4|70 or
6|4|0|0|20|4|70 …). A reading is taken only when exactly one cut of the whole table fits
the template's own arithmetic:
- table 三: each row's 总计 is the sum of its six applicant columns; per column,
  一 + 二 = （七）总计 + 四, and （七）总计 is the sum of the result rows;
- table 四: each group's 总计 is the sum of its four outcomes;
- 第二十条 tables have no arithmetic of their own: a row is read only if its digits can be
  cut one way only (one digit per column, or one column).
Spaces the crawler kept are real cell borders. A number never starts with 0 unless it is 0.
Cells of a row whose digits admitted more than one cut are marked `inferred`; a row (or a
table) that admits no reading, or several, is reported unread with the reason. A guess is
never stored.
"""
import itertools
import re
from dataclasses import dataclass, field

from . import registry as reg
from .text import norm

MAX_CUTS = 20000  # cuts of one row considered; a row with more is unread
MAX_SEARCH = 200000  # combinations of ambiguous rows tried for a table

_RUN_RE = re.compile(r"(?P<run>[+\-]?\d[\d\s.,+\-]*?(?:万元|元)?)\s*$")
_INT_RE = re.compile(r"^-?(?:0|[1-9]\d*)$")
_DEC_RE = re.compile(r"^-?(?:0|[1-9]\d*)(?:\.\d+)?$")


@dataclass
class RowReading:
    key: str
    label: str
    line: object
    run: str
    cuts: list  # the cuts of the run into the row's width still in play
    chosen: list | None = None
    inferred: bool = False  # the digits could be cut more than one way: the table's arithmetic chose


@dataclass
class Reading:
    rows: list = field(default_factory=list)  # RowReading with `chosen` set
    problems: list = field(default_factory=list)


def label_and_run(text: str):
    """(label, digit run) of a line that ends in digits, else (text, "")."""
    m = _RUN_RE.search(text)
    if not m or not m.group("run").strip():
        return text, ""
    return text[: m.start("run")], m.group("run").strip()


def looks_run_together(lines, at_least: int = 3) -> bool:
    """Whether lines glue digits straight onto labels ("…申请数量640020470"), as crawler text does.

    Text that keeps a space between a label and its numbers is read as it stands; the
    run-together reader is for the other kind only.
    """
    glued = 0
    for line in lines:
        label, run = label_and_run(line.text)
        if run and label and not label[-1].isspace() and len(run.replace(" ", "")) >= 3:
            glued += 1
    return glued >= at_least


def cuts(run: str, width: int, decimals: bool = False) -> list:
    """Every way to cut a run of digits into `width` numbers (spaces are fixed borders)."""
    unit = ""
    for u in ("万元", "元"):
        if run.endswith(u):
            run, unit = run[: -len(u)].strip(), u
    valid = _DEC_RE if decimals else _INT_RE
    tokens = run.split()
    if not tokens or len(tokens) > width:
        return []
    out = []

    def pieces(token, parts):
        """Cuts of one token into `parts` numbers."""
        if parts == 1:
            return [[token]] if valid.match(token) else []
        found = []
        for i in range(1, len(token)):
            head = token[:i]
            if valid.match(head):
                for rest in pieces(token[i:], parts - 1):
                    found.append([head, *rest])
                    if len(found) > MAX_CUTS:
                        return found
        return found

    # distribute the width over the tokens, each token at least one number
    for split in _compositions(width, len(tokens)):
        per_token = [pieces(t, n) for t, n in zip(tokens, split)]
        for combo in itertools.product(*per_token):
            out.append([x for part in combo for x in part])
            if len(out) > MAX_CUTS:
                return out
    if unit:
        out = [cut[:-1] + [cut[-1] + unit] for cut in out]
    return out


def _compositions(total, parts):
    if parts == 1:
        yield (total,)
        return
    for first in range(1, total - parts + 2):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


def _value(text):
    return float(text.replace("万元", "").replace("元", ""))


# --- table 三 --------------------------------------------------------------------------------

_SUB_ITEM_RE = re.compile(r"^\d[.．]")


def _request_rows(lines):
    """RowReadings of table 三 from lines that each hold one row's label and digits."""
    texts = [(line, *label_and_run(line.text)) for line in lines]
    labels = [norm(label) for _, label, run in texts]
    layout = reg.REQUEST_LAYOUTS[25] if any("逾期不补正" in l for l in labels) else reg.REQUEST_LAYOUTS[23]
    rows, pointer = [], 0
    for line, label, run in texts:
        if not run or pointer >= len(layout):
            continue
        found = _match_request_row(label)
        key = None
        if found and found.key in layout[pointer:]:
            key = found.key
        elif found is None and _SUB_ITEM_RE.match(norm(label)) and norm(label)[2:] in ("其他", "其它"):
            key = layout[pointer]  # "3.其他" names no row of its own: it is the next one
        if key is None:
            continue
        pointer = layout.index(key) + 1
        rows.append(RowReading(key, label, line, run, []))
    return rows, layout


def _match_request_row(label):
    from .tables import match_row

    return match_row(reg.REQUESTS, label)


def read_requests(lines) -> Reading:
    reading = Reading()
    rows, layout = _request_rows(lines)
    width = len(reg.APPLICANT_COLUMNS)
    if [r.key for r in rows] != layout:
        missing = [reg.REQUESTS.row(k).zh for k in layout if k not in {r.key for r in rows}]
        reading.problems.append(f"table 三: rows not found in the run-together text: {'、'.join(missing[:4])}"
                                + ("…" if len(missing) > 4 else ""))
        return reading
    for row in rows:
        row.cuts = cuts(row.run, width)
        if len(row.cuts) > 1:  # an ambiguous row must at least add up to its own total
            row.inferred = True
            row.cuts = [c for c in row.cuts if abs(sum(map(_value, c[:-1])) - _value(c[-1])) < 1e-9]
    if any(not r.cuts for r in rows):
        bad = [r.label for r in rows if not r.cuts]
        reading.problems.append(f"table 三: the digits of '{bad[0]}' cannot be cut into {width} numbers")
        return reading
    solutions = _solve(rows, _request_constraints(rows))
    reading = _settle(reading, rows, solutions, "table 三")
    if not reading.rows:
        # No single reading of the whole table: rows whose digits read one way only (one digit
        # per cell, or borders kept) are still exactly what is printed; the rest stay unread.
        sure = [r for r in rows if not r.inferred and len(r.cuts) == 1]
        for r in sure:
            r.chosen = r.cuts[0]
        reading.rows = sure
        unread = [r.label for r in rows if r not in sure]
        why = reading.problems[-1].split(": ", 1)[1].replace("; not read", "")
        reading.problems = [f"table 三: {why}; {len(unread)} row(s) whose digits can be cut several ways are not "
                            f"read ({'、'.join(unread[:3])}{'…' if len(unread) > 3 else ''}), {len(sure)} row(s) "
                            "read as printed"]
    return reading


def _request_constraints(rows):
    """Checks over whole columns, as functions of {row key: [values]}."""
    results = [k for k in reg.REQUEST_LAYOUTS[25] + ["other_handling"]
               if k not in ("new_received", "carried_over", "results_total", "carried_forward")]
    present = [r.key for r in rows if r.key in results]

    def balance(v):
        return all(abs(v["new_received"][c] + v["carried_over"][c] - v["results_total"][c] - v["carried_forward"][c])
                   < 1e-9 for c in range(7))

    def result_total(v):
        return all(abs(sum(v[k][c] for k in present) - v["results_total"][c]) < 1e-9 for c in range(7))

    return [balance, result_total]


# --- table 四 --------------------------------------------------------------------------------

def read_appeals(run: str, line) -> Reading:
    reading = Reading()
    width = len(reg.APPEAL_LAYOUT)
    all_cuts = cuts(run, width)
    group = len(reg.OUTCOME_COLUMNS)
    fitting = [c for c in all_cuts
               if all(abs(sum(map(_value, c[i:i + group - 1])) - _value(c[i + group - 1])) < 1e-9
                      for i in range(0, width, group))]
    row = RowReading("appeals", "", line, run, all_cuts, inferred=len(all_cuts) > 1)
    if len(all_cuts) == 1:
        fitting = all_cuts  # printed with a border between every number: nothing to infer
    return _settle(reading, [row], [[c] for c in fitting], "table 四")


# --- 第二十条 tables -------------------------------------------------------------------------

def read_art20_text(text: str, table: reg.Table, columns: int, decimals: bool):
    """{row key: (label, [cells] or None, reason)} of one 第二十条 sub-table's run-together text."""
    labels = sorted({(lab, row.key) for row in table.rows for lab in (row.zh, *row.variants)},
                    key=lambda x: -len(x[0]))
    pattern = re.compile("|".join(re.escape(l) for l, _ in labels))
    owner = dict(labels)
    found = list(pattern.finditer(text))
    out = {}
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        run = text[m.end():end].strip()
        key = owner[m.group(0)]
        if key in out or not run or not re.match(r"^[+\-]?\d", run):
            continue
        options = cuts(run, columns, decimals)
        if len(options) == 1:
            out[key] = (m.group(0), options[0], "")
        else:
            out[key] = (m.group(0), None, f"'{m.group(0)}{run}' can be cut into {columns} numbers in "
                                          f"{len(options) if options else 'no'} way(s); not read")
    return out


# --- solving ------------------------------------------------------------------------------------

def _solve(rows, constraints):
    """Every choice of one cut per row that passes all constraints (at most 2 are looked for)."""
    ambiguous = [r for r in rows if len(r.cuts) > 1]
    fixed = {r.key: list(map(_value, r.cuts[0])) for r in rows if len(r.cuts) == 1}
    total = 1
    for r in ambiguous:
        total *= len(r.cuts)
    if total > MAX_SEARCH:
        return None
    solutions = []
    for combo in itertools.product(*(r.cuts for r in ambiguous)):
        values = dict(fixed)
        values.update({r.key: list(map(_value, c)) for r, c in zip(ambiguous, combo)})
        if all(check(values) for check in constraints):
            chosen = {r.key: r.cuts[0] for r in rows if len(r.cuts) == 1}
            chosen.update({r.key: c for r, c in zip(ambiguous, combo)})
            solutions.append([chosen[r.key] for r in rows])
            if len(solutions) > 1:
                break
    return solutions


def _settle(reading, rows, solutions, name):
    if solutions is None:
        reading.problems.append(f"{name}: the run-together digits admit too many readings to check; not read")
    elif not solutions:
        reading.problems.append(f"{name}: no way of cutting the run-together digits fits the table's own "
                                "totals; not read")
    elif len(solutions) > 1:
        reading.problems.append(f"{name}: the run-together digits can be read in more than one way that fits "
                                "the table's totals; not read")
    else:
        for row, chosen in zip(rows, solutions[0]):
            row.chosen = chosen
        reading.rows = rows
    return reading
