"""Index report files into the data directory: read, parse, check, chunk, embed, store.

Every file is handled on its own: a file that cannot be read is reported with the reason
and the batch goes on; a file whose content is already indexed is left alone; a changed
file replaces what was indexed from the same path, in one transaction.
"""
import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import embed as embedder
from .checks import run_checks
from .chunks import make_chunks
from .metadata import agency_key, read_meta
from .narrative import extract as extract_narrative
from .readers import ReportError, read_document, read_pdf
from .schema import connect
from .store import DB_NAME, DataDir
from .tables import parse_tables, split_sections

SUPPORTED = (".pdf", ".txt")


@dataclass
class Outcome:
    path: str
    status: str  # indexed | replaced | unchanged | duplicate | rejected
    reason: str = ""
    pages: int = 0
    facts: int = 0
    chunks: int = 0
    report_id: str = ""
    problems: list = field(default_factory=list)


@dataclass
class Summary:
    outcomes: list = field(default_factory=list)
    generation: str = ""
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def count(self, *statuses):
        return [o for o in self.outcomes if o.status in statuses]

    def line(self) -> str:
        done = self.count("indexed", "replaced")
        rejected = self.count("rejected")
        text = (f"indexed {len(done)} file(s): {sum(o.pages for o in done)} pages, "
                f"{sum(o.facts for o in done)} facts, {sum(o.chunks for o in done)} chunks; "
                f"unchanged {len(self.count('unchanged'))}, duplicates {len(self.count('duplicate'))}, "
                f"rejected {len(rejected)}")
        return text

    def to_dict(self):
        return {"generation": self.generation, "seconds": round(self.seconds, 3),
                "embed_seconds": round(self.embed_seconds, 3),
                "files": [o.__dict__ for o in self.outcomes]}


def collect_files(paths):
    """Files to index under the given paths, and (path, reason) for paths that are not there."""
    files, missing = [], []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                                and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.is_file():
            files.append(p)
        else:
            missing.append((str(p), "no such file or directory"))
    return files, missing


@dataclass
class ParsedReport:
    meta: object
    doc: object
    tables: dict
    checks: list
    chunks: list
    narrative: list  # figures stated in the prose (总体情况)

    @property
    def facts(self):
        return [f for r in self.tables.values() for f in r.facts]


def parse_report(name: str, data: bytes) -> ParsedReport:
    doc = read_document(name, data)
    meta = read_meta(doc)
    sections = split_sections(doc.lines)
    tables = parse_tables(sections, meta.template)
    failed = [k for k, r in tables.items() if r.problems]
    if failed and doc.kind == "pdf":
        # Grids pdfplumber finds can be wrong (merged cells, a table cut by a page); the
        # text layout of the same pages is a second, independent reading.
        retry = parse_tables(split_sections(read_pdf(data, use_grid=False).lines), meta.template)
        for key in failed:
            if key in retry and not retry[key].problems:
                tables[key] = retry[key]
                tables[key].notes.append("read from the text layout: the table grid could not be used")
    return ParsedReport(meta, doc, tables, run_checks([f for r in tables.values() for f in r.facts]),
                        make_chunks(sections), extract_narrative(sections))


def _box(bbox):
    return json.dumps([round(v, 2) for v in bbox]) if bbox else None


def _store_report(conn, data_dir: DataDir, report_id, sha, path: Path, data, parsed: ParsedReport, vectors):
    meta, doc = parsed.meta, parsed.doc
    stored = data_dir.store_file(f"{report_id}{'.pdf' if doc.kind == 'pdf' else '.txt'}", data)
    problems = [p for r in parsed.tables.values() for p in r.problems]
    notes = [n for r in parsed.tables.values() for n in r.notes]
    conn.execute(
        "INSERT INTO reports (id, sha256, file_name, source_path, stored_file, format, agency, agency_key, year,"
        " template, title, pages, problems, notes, indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (report_id, sha, path.name, str(path.resolve()), stored, doc.kind, meta.agency, agency_key(meta.agency),
         meta.year, meta.template, meta.title, len(doc.pages), json.dumps(problems, ensure_ascii=False),
         json.dumps(notes, ensure_ascii=False), time.strftime("%Y-%m-%dT%H:%M:%S")))
    conn.executemany("INSERT INTO pages VALUES (?,?,?,?,?)",
                     [(report_id, p.number, p.text, p.width, p.height) for p in doc.pages])
    conn.executemany(
        "INSERT INTO facts (report_id, table_key, row_key, row_label, col_key, col_label, value, raw, unit, page,"
        " bbox, line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(report_id, f.table, f.row, f.row_label, f.col, f.col_label, f.value, f.raw, f.unit, f.page,
          _box(f.bbox), f.line) for f in parsed.facts]
        # Stated figures share the table; the row key is the stated subject itself, so the
        # same statement groups across years.
        + [(report_id, "narrative", n.label, n.label, "stated", "正文", n.value, n.raw, n.unit, n.page,
            _box(n.bbox), n.line) for n in parsed.narrative])
    conn.executemany(
        "INSERT INTO checks VALUES (?,?,?,?,?,?,?)",
        [(report_id, c.key, c.table, int(c.passed), json.dumps(c.cells), c.detail_zh, c.detail_en)
         for c in parsed.checks])
    conn.executemany(
        "INSERT INTO chunks (report_id, page, section, text, bbox, line, line_end, embedding)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [(report_id, c.page, c.section, c.text, _box(c.bbox), c.line, c.line_end, vec.tobytes())
         for c, vec in zip(parsed.chunks, vectors)])
    return problems


def index_file(conn, data_dir: DataDir, path: Path, summary: Summary) -> Outcome:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Outcome(str(path), "rejected", f"cannot read the file ({exc.strerror})")
    sha = hashlib.sha256(data).hexdigest()
    source = str(path.resolve())
    same = conn.execute("SELECT id, source_path FROM reports WHERE sha256 = ?", (sha,)).fetchone()
    if same:
        if same["source_path"] == source:
            return Outcome(str(path), "unchanged", report_id=same["id"])
        return Outcome(str(path), "duplicate", f"same content as {same['source_path']}, already indexed",
                       report_id=same["id"])
    try:
        parsed = parse_report(path.name, data)
    except ReportError as exc:
        return Outcome(str(path), "rejected", str(exc))
    except Exception as exc:  # a bug or an input nobody foresaw must not stop the batch
        return Outcome(str(path), "rejected", f"could not be read ({type(exc).__name__}: {exc})")
    started = time.perf_counter()
    vectors = embedder.embed([f"{c.section} {c.text}" for c in parsed.chunks])
    summary.embed_seconds += time.perf_counter() - started
    report_id = sha[:16]
    with conn:  # one transaction: the old version goes only if the new one is complete
        old = conn.execute("DELETE FROM reports WHERE source_path = ?", (source,)).rowcount
        problems = _store_report(conn, data_dir, report_id, sha, path, data, parsed, vectors)
    return Outcome(str(path), "replaced" if old else "indexed", pages=len(parsed.doc.pages),
                   facts=len(parsed.facts) + len(parsed.narrative), chunks=len(parsed.chunks),
                   report_id=report_id, problems=problems)


def index_paths(paths, data_dir, progress: bool = True) -> Summary:
    from tqdm import tqdm

    started = time.perf_counter()
    data = DataDir(data_dir)
    summary = Summary()
    files, missing = collect_files(paths)
    summary.outcomes.extend(Outcome(p, "rejected", reason) for p, reason in missing)
    with data.lock():
        staging, resumed = data.staging()
        conn = connect(staging / DB_NAME)
        try:
            for path in tqdm(files, desc="indexing", unit="file", disable=not progress, file=sys.stderr):
                summary.outcomes.append(index_file(conn, data, path, summary))
        finally:
            conn.close()
        if resumed or summary.count("indexed", "replaced") or data.current() is None:
            summary.generation = data.publish(staging).name
        else:
            data.discard_staging()
            current = data.current()
            summary.generation = current.name if current else ""
    summary.seconds = time.perf_counter() - started
    return summary
