"""Index report files into the data directory: read, parse, check, chunk, embed, store.

Every file is handled on its own: a file that cannot be read is reported with the reason
and the batch goes on; a file whose content is already indexed is left alone; a changed
file replaces what was indexed from the same path, in one transaction.
"""
import hashlib
import json
import os
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import embed as embedder
from .checks import run_checks
from .chunks import make_chunks
from . import registry as reg
from .metadata import NO_TEMPLATE, agency_key, read_meta
from .narrative import extract as extract_narrative
from .readers import FORMATS, ReportError, read_document, read_pdf, unsupported_reason
from .schema import SCHEMA_VERSION, connect
from .store import DB_NAME, DataDir
from .tables import parse_tables, split_sections

# The suffix a report's stored copy gets, by form (the source view opens it by its form).
STORED_SUFFIX = {"pdf": ".pdf", "scan": ".pdf", "html": ".html", "docx": ".docx", "text": ".txt", "md": ".md"}


@dataclass
class Outcome:
    path: str
    status: str  # indexed | replaced | unchanged | duplicate | rejected | skipped
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
                f"rejected {len(rejected)}, skipped {len(self.count('skipped'))}")
        return text

    def to_dict(self):
        return {"generation": self.generation, "seconds": round(self.seconds, 3),
                "embed_seconds": round(self.embed_seconds, 3),
                "files": [o.__dict__ for o in self.outcomes]}


def _skip_reason(path: Path):
    """Why a file found in a folder is not indexed, or None if it is a report file to read."""
    if path.is_symlink() and not path.exists():
        return "broken symbolic link"
    if not path.is_file():
        kind = ("FIFO" if stat.S_ISFIFO(path.stat().st_mode) else "socket" if stat.S_ISSOCK(path.stat().st_mode)
                else "device" if stat.S_ISCHR(path.stat().st_mode) or stat.S_ISBLK(path.stat().st_mode) else "special")
        return f"not a regular file ({kind})"
    if path.name.startswith("."):
        return "hidden file"
    if path.suffix.lower() not in FORMATS:
        return unsupported_reason(path.name)
    return None


def collect_files(paths):
    """(files to index, [(path, status, reason)] for everything else that was named or found).

    Every file under a folder is accounted for: a file that is not indexed gets a reason
    (an unsupported format, a hidden file, a FIFO, a broken link), so nothing is skipped
    without a word.
    """
    files, others = [], []
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                root = Path(root)
                for d in sorted(dirs):
                    if d.startswith("."):
                        others.append((str(root / d), "skipped", "hidden folder, not searched"))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    f = root / name
                    reason = _skip_reason(f)
                    if reason:
                        others.append((str(f), "skipped", reason))
                    else:
                        files.append(f)
        elif p.is_file():
            files.append(p)
        elif p.is_symlink():
            others.append((str(p), "rejected", "broken symbolic link"))
        elif p.exists():
            others.append((str(p), "rejected", _skip_reason(p)))
        else:
            others.append((str(p), "rejected", "no such file or directory"))
    return files, others


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
    tables = parse_tables(sections, meta.template, doc.lines)
    failed = [k for k, r in tables.items() if r.problems]
    if failed and doc.kind == "pdf":
        # Grids pdfplumber finds can be wrong (merged cells, a table cut by a page); the
        # text layout of the same pages is a second, independent reading.
        text_layout = read_pdf(data, use_grid=False)
        retry = parse_tables(split_sections(text_layout.lines), meta.template, text_layout.lines)
        for key in failed:
            if key in retry and not retry[key].problems:
                tables[key] = retry[key]
                tables[key].notes.append("read from the text layout: the table grid could not be used")
    if doc.kind == "scan" and any(n.startswith("no table rulings") for n in doc.notes):
        for key, result in tables.items():
            if result.problems and not result.facts:
                result.problems = [f"{reg.table(key).zh}: not read: no table rulings found on the scanned page(s); "
                                   "tables in a scan are read only from ruled grids"]
    facts = [f for r in tables.values() for f in r.facts]
    checks = run_checks(facts)
    if doc.kind == "scan":
        checks = withhold_unchecked_ocr(tables, checks)
    if meta.template == NO_TEMPLATE:
        doc.notes.append(f"a report for {meta.year}, before the 2019 national template: it has no template tables; "
                         "its prose and the figures it states are indexed")
    return ParsedReport(meta, doc, tables, checks, make_chunks(sections, tables),
                        extract_narrative(sections, doc.lines, meta.template))


def withhold_unchecked_ocr(tables, checks):
    """OCR'd cells count only where the table's arithmetic holds.

    In a failed check, a cell read less clearly than CLEAR_CONFIDENCE is withheld (no value,
    marked unsure): the misreading is more likely the OCR's than the report's. When every
    cell of a failed check was read clearly, the source's own totals disagree, and the check
    is kept and flagged, as for any other report. The checks then run again.
    """
    from .readers.scan import CLEAR_CONFIDENCE

    facts = {(f.table, f.row, f.col): f for r in tables.values() for f in r.facts}
    doubtful = set()
    for check in checks:
        if check.passed:
            continue
        cells = [facts.get((check.table, r, c)) for r, c in check.cells]
        doubtful |= {(f.table, f.row, f.col) for f in cells
                     if f is not None and f.value is not None and (f.confidence or 0) < CLEAR_CONFIDENCE}
    if not doubtful:
        return checks
    for key, result in tables.items():
        withheld = [f for f in result.facts if (f.table, f.row, f.col) in doubtful]
        for f in withheld:
            f.value, f.quality = None, "unsure"
        if withheld:
            cells = "、".join(f"{f.row_label[:12]}·{f.col_label}" for f in withheld[:6])
            result.problems.append(f"{reg.table(key).zh}: {len(withheld)} cell(s) read by OCR do not fit the "
                                   f"table's own totals and are not shown ({cells}{'…' if len(withheld) > 6 else ''})")
    return run_checks([f for r in tables.values() for f in r.facts])


def _box(bbox):
    return json.dumps([round(v, 2) for v in bbox]) if bbox else None


def _store_report(conn, data_dir: DataDir, report_id, sha, path: Path, data, parsed: ParsedReport, vectors):
    meta, doc = parsed.meta, parsed.doc
    stored = data_dir.store_file(f"{report_id}{STORED_SUFFIX[doc.kind]}", data)
    problems = [p for r in parsed.tables.values() for p in r.problems]
    notes = doc.notes + [n for r in parsed.tables.values() for n in r.notes]
    conn.execute(
        "INSERT INTO reports (id, sha256, file_name, source_path, stored_file, format, agency, agency_key, year,"
        " template, title, pages, problems, notes, indexed_at, url) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (report_id, sha, path.name, str(path.resolve()), stored, doc.kind, meta.agency, agency_key(meta.agency),
         meta.year, meta.template, meta.title, len(doc.pages), json.dumps(problems, ensure_ascii=False),
         json.dumps(notes, ensure_ascii=False), time.strftime("%Y-%m-%dT%H:%M:%S"), doc.url))
    conn.executemany("INSERT INTO pages VALUES (?,?,?,?,?)",
                     [(report_id, p.number, p.text, p.width, p.height) for p in doc.pages])
    conn.executemany(
        "INSERT INTO facts (report_id, table_key, row_key, row_label, col_key, col_label, value, raw, unit, page,"
        " bbox, line, cell, quality) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(report_id, f.table, f.row, f.row_label, f.col, f.col_label, f.value, f.raw, f.unit, f.page,
          _box(f.bbox), f.line, f.cell, f.quality) for f in parsed.facts]
        # Stated figures share the table; the row key is the stated subject itself, so the
        # same statement groups across years.
        + [(report_id, "narrative", n.label, n.clause or n.label, "stated", "正文", n.value, n.raw, n.unit, n.page,
            _box(n.bbox), n.line, None, "") for n in parsed.narrative])
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


def reembed_if_needed(conn, summary) -> bool:
    """Passages embedded by another model (an archive from an earlier version) embedded again, so
    every vector in the archive comes from the model questions are embedded with."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchone()
    if row and row[0] == embedder.MODEL_NAME:
        return False
    chunks = conn.execute("SELECT id, section, text FROM chunks ORDER BY id").fetchall()
    if not chunks:  # a new archive: its passages will be embedded by this model
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('embedding_model', ?)", (embedder.MODEL_NAME,))
        return False
    started = time.perf_counter()
    for i in range(0, len(chunks), 512):
        batch = chunks[i:i + 512]
        vectors = embedder.embed([f"{c['section']} {c['text']}" for c in batch])
        with conn:
            conn.executemany("UPDATE chunks SET embedding = ? WHERE id = ?",
                             [(v.tobytes(), c["id"]) for c, v in zip(batch, vectors)])
    with conn:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('embedding_model', ?)", (embedder.MODEL_NAME,))
    summary.embed_seconds += time.perf_counter() - started
    return bool(chunks)


def index_paths(paths, data_dir, progress: bool = True) -> Summary:
    from tqdm import tqdm

    started = time.perf_counter()
    data = DataDir(data_dir)
    summary = Summary()
    files, others = collect_files(paths)
    summary.outcomes.extend(Outcome(p, status, reason) for p, status, reason in others)
    with data.lock():
        staging, resumed = data.staging()
        conn = connect(staging / DB_NAME)
        upgraded = data.current() is not None and data.schema_version(data.current()) != SCHEMA_VERSION
        upgraded = reembed_if_needed(conn, summary) or upgraded
        try:
            for path in tqdm(files, desc="indexing", unit="file", disable=not progress, file=sys.stderr):
                summary.outcomes.append(index_file(conn, data, path, summary))
        finally:
            conn.close()
        if resumed or summary.count("indexed", "replaced") or data.current() is None or upgraded:
            summary.generation = data.publish(staging).name
        else:
            data.discard_staging()
            current = data.current()
            summary.generation = current.name if current else ""
    summary.seconds = time.perf_counter() - started
    return summary
