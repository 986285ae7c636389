"""Index report files into the data directory: read, parse, check, chunk, embed, store.

Every file is handled on its own: a file that cannot be read is reported with the reason and
the batch goes on; a file whose content is already indexed is left alone. A report is only
ever replaced by a newer version of the same report (the same agency and year) indexed
from the same place; any other report at that place is added beside it. Each report is
written in one transaction (indexer/writer.py), read in a worker process whose memory and
time are bounded (indexer/worker.py), and published to readers at checkpoints.
"""
import errno
import gzip
import hashlib
import os
import sqlite3
import stat
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import catalog
from . import embed as embedder
from . import terms
from .lexical import chunk_text
from .metadata import agency_key
from .names import display, path_bytes, printable
from .parse import parse_report
from .readers import FORMATS, ReportError, form_of, unsupported_reason
from .schema import SCHEMA_VERSION
from .store import CHECKPOINT, DAMAGED_MARK, ArchiveError, DataDir
from .vectors import SegmentWriter
from .writer import content_key, delete_report, store_report

# The suffix a report's stored copy gets, by form (the source view opens it by its form).
STORED_SUFFIX = {"pdf": ".pdf", "scan": ".pdf", "html": ".html", "docx": ".docx", "text": ".txt", "md": ".md"}
# The largest file of each form that is read: beyond these a file is not a report of this kind
# (or a hostile one), and reading it would hold the index for minutes.
MAX_BYTES = {"pdf": 200 * 2**20, "docx": 50 * 2**20, "html": 20 * 2**20, "text": 20 * 2**20, "md": 20 * 2**20}


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
    # embedding passages and, since 2026-12-03, the vocabulary's new words as each report is
    # stored (before, those were embedded when the run sealed and not counted)
    embed_seconds: float = 0.0
    recovered: int = 0  # reports an interrupted run had written, published by this one
    notes: list = field(default_factory=list)  # what the run found and did about the archive itself

    def count(self, *statuses):
        return [o for o in self.outcomes if o.status in statuses]

    def line(self) -> str:
        done = self.count("indexed", "replaced")
        text = (f"indexed {len(done)} file(s): {sum(o.pages for o in done)} pages, "
                f"{sum(o.facts for o in done)} facts, {sum(o.chunks for o in done)} chunks; "
                f"replaced {len(self.count('replaced'))}, unchanged {len(self.count('unchanged'))}, "
                f"duplicates {len(self.count('duplicate'))}, rejected {len(self.count('rejected'))}, "
                f"skipped {len(self.count('skipped'))}")
        if self.recovered:
            text += f"; published {self.recovered} report(s) an interrupted run had indexed"
        return "\n".join([*self.notes, text])

    def to_dict(self):
        return {"generation": self.generation, "seconds": round(self.seconds, 3), "notes": self.notes,
                "embed_seconds": round(self.embed_seconds, 3), "recovered": self.recovered,
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


def _existing(conn, sha):
    return conn.execute("SELECT id, source_bytes, source_path FROM reports WHERE sha256 = ?", (sha,)).fetchone()


@dataclass
class _Reading:
    """A file read from disk and handed to the parse worker (or to be parsed here)."""
    path: Path
    shown: str
    file_name: str
    data: bytes
    sha: str
    source_raw: bytes
    source: Path | None
    ticket: object = None  # the worker's Ticket; None: parse in this process


def _already_held(conn, sha, source_raw, shown):
    """The outcome for content the archive already holds, or None."""
    same = _existing(conn, sha)
    if not same:
        return None
    if bytes(same["source_bytes"]) == source_raw:
        return Outcome(shown, "unchanged", report_id=same["id"])
    return Outcome(shown, "duplicate", f"same content as {printable(same['source_path'])}, already indexed",
                   report_id=same["id"])


def start_file(conn, data_dir: DataDir, path: Path, worker=None, name=None, source=None):
    """Read one file and hand it to the worker: a _Reading, or the Outcome already decided
    (too large, unreadable, held already)."""
    shown = printable(display(source or path))
    try:
        size = path.stat().st_size
        form = form_of(name or path.name, b"")
        limit = MAX_BYTES.get(form or "", max(MAX_BYTES.values()))
        if size > limit:
            return Outcome(shown, "rejected", f"too large for a {form or 'report'} file ({size / 2**20:.0f} MB; "
                                              f"at most {limit // 2**20} MB are read)")
        data = path.read_bytes()
        if path.suffix == ".gz" and path.parent == data_dir.files:  # a copy kept gzipped in files/
            data = gzip.decompress(data)
    except OSError as exc:
        return Outcome(shown, "rejected", f"cannot read the file ({exc.strerror})")
    sha = hashlib.sha256(data).hexdigest()
    source_raw = path_bytes(source if source is not None else path.resolve())
    held = _already_held(conn, sha, source_raw, shown)
    if held:
        return held
    file_name = display(name or path.name)
    reading = _Reading(path, shown, file_name, data, sha, source_raw, source)
    if worker:
        reading.ticket = worker.submit(file_name, data)
    return reading


def finish_file(conn, data_dir: DataDir, reading: _Reading, summary: Summary, worker=None) -> Outcome:
    """Wait for a file's reading, then embed and store it."""
    path, shown, file_name, data, sha = reading.path, reading.shown, reading.file_name, reading.data, reading.sha
    source, source_raw = reading.source, reading.source_raw
    if reading.ticket:
        _embed_words_while_reading(conn, reading.ticket, summary)
    status, parsed = worker.result(reading.ticket) if reading.ticket else _parse_here(file_name, data)
    if status != "ok":
        return Outcome(shown, "rejected", parsed)
    # the same content earlier in this batch, stored while this file was being read
    held = _already_held(conn, sha, source_raw, shown)
    if held:
        return held
    key = content_key(parsed)
    identity = (agency_key(parsed.meta.agency), parsed.meta.year)
    copy = conn.execute("SELECT id, source_path FROM reports WHERE agency_key = ? AND year = ? AND content_key = ?",
                        (*identity, key)).fetchone()
    if copy:
        return Outcome(shown, "duplicate", f"the same report as {printable(copy['source_path'])} (agency, year and "
                                           "content match), already indexed", report_id=copy["id"])
    started = time.perf_counter()
    texts = [chunk_text(c.section, c.text) for c in parsed.chunks]
    with _cores_for_model(worker):
        vectors = embedder.embed(texts)
    summary.embed_seconds += time.perf_counter() - started
    report_id = sha[:16]
    origin = {"file_name": file_name, "source_path": display(source if source is not None else path.resolve()),
              "source_bytes": source_raw.hex()}
    stored = data_dir.store_file(report_id, STORED_SUFFIX[parsed.doc.kind], data, parsed.doc.kind, origin)
    at_place = conn.execute("SELECT id, agency_key, year, agency FROM reports WHERE source_bytes = ?",
                            (source_raw,)).fetchall()
    older = [r["id"] for r in at_place if (r["agency_key"], r["year"]) == identity]
    others = [r for r in at_place if (r["agency_key"], r["year"]) != identity]
    with conn:  # one transaction: the older version goes only if the new one is complete
        for report in older:
            delete_report(conn, report)
        problems = store_report(conn, report_id, sha, display(source if source is not None else path.resolve()),
                                source_raw, file_name, stored, parsed, vectors, key)
        terms.note_words(conn, terms.words_of(texts))  # embedded while the run waits for its reader, or as it seals
    reason = ""
    if others:
        reason = ("a different report was indexed from this place before (" +
                  "; ".join(f"{r['agency']} {r['year']}" for r in others) + "): both are kept")
    return Outcome(shown, "replaced" if older else "indexed", reason, pages=len(parsed.doc.pages),
                   facts=len(parsed.facts) + len(parsed.narrative), chunks=len(parsed.chunks),
                   report_id=report_id, problems=problems)


def _embed_words_while_reading(conn, ticket, summary):
    """The vocabulary words of the reports stored so far embedded while the worker is still
    reading the next one and this process would only wait for it (the rest when the run seals,
    see _seal): a few hundred at a time, so the wait ends soon after the reading does."""
    started = time.perf_counter()
    with embedder.threads(1):  # the worker has the other core
        while not ticket.ready() and terms.embed_pending(conn, embedder.embed, batch=256, once=True):
            pass
    summary.embed_seconds += time.perf_counter() - started


def _cores_for_model(worker):
    """One core for the model while the worker reads on the other, both once it is idle."""
    return embedder.threads(1 if worker is not None and worker.reading() else embedder.THREADS)


def _parse_here(name, data):
    try:
        return "ok", parse_report(name, data)
    except ReportError as exc:
        return "rejected", str(exc)
    except Exception as exc:  # a bug or an input nobody foresaw must not stop the batch
        return "rejected", f"could not be read ({type(exc).__name__}: {exc})"


def reembed_if_needed(conn, data_dir, summary) -> bool:
    """Passages embedded by another model (an archive from an earlier version) embedded again, so
    every vector in the archive comes from the model questions are embedded with."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchone()
    if row and row[0] == embedder.MODEL_NAME:
        return False
    chunk_ids = [r[0] for r in conn.execute("SELECT id FROM chunks ORDER BY id")]
    with conn:
        if chunk_ids:  # every old segment goes: all vectors are made again
            for s in conn.execute("SELECT file FROM segments").fetchall():
                (data_dir.vectors / s[0]).unlink(missing_ok=True)
            conn.execute("DELETE FROM segments")
        conn.execute("UPDATE terms SET vector = NULL")  # the vocabulary's vectors too, at the next seal
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('embedding_model', ?)", (embedder.MODEL_NAME,))
    if not chunk_ids:
        return False
    _embed_again(conn, chunk_ids, summary)
    return True


def _open_archive(data: DataDir, summary: Summary):
    """The writer's connection, and the reports to index again first: a damaged database is set
    aside and the archive rebuilt from the copies kept in files/; an archive of an earlier
    layout is converted the same way."""
    legacy = [(Path(stored), name, source) for stored, name, source in data.migrate_old_layout()]
    made_by = data.schema_version() if data.db_path.exists() else None
    if made_by is not None and made_by != SCHEMA_VERSION:
        aside = data.set_aside_damaged("earlier")
        summary.notes.append(f"the archive was made by an earlier version (schema {made_by}): it is rebuilt from "
                             f"the report copies kept in files/; the old database is kept in "
                             f"{printable(display(aside))}")
        return data.writer(), legacy + data.kept_reports()
    damaged = (data.root / DAMAGED_MARK).exists()
    if not damaged and data.db_path.exists():
        try:
            conn = data.writer()
            conn.execute("SELECT COUNT(*) FROM reports").fetchone()
            conn.execute("SELECT COUNT(*) FROM chunks").fetchone()
            return conn, legacy
        except sqlite3.DatabaseError as exc:
            summary.notes.append(f"the archive database was damaged ({exc})")
    if damaged or data.db_path.exists():
        aside = data.set_aside_damaged()
        summary.notes.append(f"damaged database set aside in {printable(display(aside))}; the archive is rebuilt "
                             "from the report copies kept in files/")
        legacy += data.kept_reports()
    return data.writer(), legacy


def _full_disk(exc) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or \
        (isinstance(exc, sqlite3.OperationalError) and "full" in str(exc))


def repair_vectors(conn, data, segments, summary) -> bool:
    """Vector segments that cannot be read are set aside and their passages embedded again."""
    damaged = segments.set_aside_damaged(conn)
    if not damaged:
        return False
    missing = segments.without_vector(conn)
    _embed_again(conn, missing, summary)
    summary.notes.append(f"damaged vector segment(s) {', '.join(damaged)} set aside in "
                         f"{printable(display(data.vectors / 'damaged'))}; {len(missing)} passage(s) embedded again")
    return True


def _embed_again(conn, chunk_ids, summary):
    """New vectors for passages, waiting in their rows until the run seals them."""
    started = time.perf_counter()
    for i in range(0, len(chunk_ids), 512):
        part = chunk_ids[i:i + 512]
        rows = conn.execute(f"SELECT id, section, text FROM chunks WHERE id IN ({','.join('?' * len(part))})",
                            part).fetchall()
        vectors = embedder.embed([chunk_text(r["section"], r["text"]) for r in rows])
        with conn:
            conn.executemany("INSERT OR REPLACE INTO pending_vectors (embedding, chunk_id) VALUES (?, ?)",
                             [(v.tobytes(), r["id"]) for r, v in zip(rows, vectors)])
    summary.embed_seconds += time.perf_counter() - started


def _seal(conn, segments, summary, worker):
    """Make what the run wrote searchable: the new passages' vectors into a segment, and
    vectors for the words new to the archive's vocabulary.

    The words not embedded while the run waited for its reader (_embed_words_while_reading)
    are embedded here, in one batch, not as each report is stored: once the worker has read
    ahead it sits idle while this process embeds, so nothing overlaps either way, and one
    large batch on both cores took 0.15 s where a batch per report took 0.27 s (the
    ../shared/corpus files and the seed)."""
    started = time.perf_counter()
    with _cores_for_model(worker):
        terms.embed_pending(conn, embedder.embed)
    summary.embed_seconds += time.perf_counter() - started
    segments.seal(conn)


class _ReadAhead:
    """Files handed to the parse worker before their turn, so that reading (the worker's core)
    and embedding and storing (this process's core) overlap. At most AHEAD files and
    AHEAD_BYTES of them wait; a file already decided without reading (held already, too
    large) is judged again in its turn, as what was stored meanwhile can change that.

    Reading times differ a hundredfold (a text file in 5 ms, a PDF in 0.5 s, a scan in
    minutes), so a short window lets the worker idle on quick files and then keeps this process
    waiting on a slow one; 16 files ahead kept both busy on the real corpus."""

    AHEAD, AHEAD_BYTES = 16, 64 * 2**20

    def __init__(self, conn, data, jobs, worker):
        self.conn, self.data, self.jobs, self.worker = conn, data, jobs, worker
        self.readings = {}  # job index → its _Reading
        self.next = 0  # the first job not yet looked at

    def take(self, k):
        self.next = max(self.next, k + 1)
        return self.readings.pop(k, None)

    def fill(self):
        if not self.worker:
            return
        while self.next < len(self.jobs) and len(self.readings) < self.AHEAD and \
                sum(len(r.data) for r in self.readings.values()) < self.AHEAD_BYTES:
            path, name, source = self.jobs[self.next]
            started = start_file(self.conn, self.data, path, self.worker, name, source)
            if isinstance(started, _Reading):
                self.readings[self.next] = started
            self.next += 1


def _load_meanwhile() -> bool:
    """Load what embedding, storing and sealing need while the worker reads the first file and
    this thread would only wait for it: the model in a thread (importing sentence-transformers
    takes most of adding one report from the command line), the dictionary the vocabulary is
    found with and FAISS here.

    Not sooner, and not in a thread beside work of this one: a loading thread holds the
    interpreter lock for milliseconds at a time, and every SQL statement and torch operation
    of this thread gives the lock up and waits to get it back (opening a new archive took
    0.2-0.4 s beside it, 0.01 s alone; embedding the first report's passages 0.35 s for 0.05 s
    of work)."""
    from .vectors import load_faiss

    if not embedder.model_loaded() and not embedder.elsewhere():
        def load():
            try:
                embedder.load_model()
            except Exception:  # noqa: BLE001 - loaded again where it is used, and its error reported there
                pass

        threading.Thread(target=load, name="nianbao-model", daemon=True).start()
    terms.headwords()
    load_faiss()
    return True


def index_paths(paths, data_dir, progress: bool = True, in_process: bool = False, worker=None,
                names=None, sources=None, model_process: bool = False) -> Summary:
    """Index files and folders into a data directory; returns what happened to each file.

    `in_process` reads files in this process (tests); otherwise a bounded worker reads them
    (`worker`, to keep one across calls). `names` and `sources` give a file another name and
    another place of origin (an upload: the name it was sent under). `model_process` embeds in
    a process of its own that starts loading the model at once (the command line).
    Raises ArchiveError (one line: what is wrong and what to do) when the data directory
    cannot be used: not writable, disk full, a database damaged during the run.
    """
    started = time.perf_counter()
    summary = Summary()
    files, others = collect_files(paths)
    summary.outcomes.extend(Outcome(printable(display(p)), status, reason) for p, status, reason in others)
    _index(DataDir(data_dir), files, summary, progress, in_process, worker, names, sources,
           model_process and bool(files) and not embedder.model_loaded())
    summary.seconds = time.perf_counter() - started
    return summary


def _index(data, files, summary, progress, in_process, worker, names, sources, model_process):
    from contextlib import ExitStack

    from tqdm import tqdm

    from .worker import ParseWorker

    loading = False
    with data.lock(), ExitStack() as model:
        if model_process:  # once the archive is known to be writable and this run its only indexer
            model.enter_context(embedder.in_process_of_its_own(warm=len(files) >= embedder.WARM_FROM_FILES))
        unfinished = data.begin_run()
        conn, legacy = _open_archive(data, summary)
        segments = SegmentWriter(data.vectors)
        own_worker = None if (in_process or worker) else ParseWorker()
        worker = None if in_process else (worker or own_worker)
        try:
            segments.remove_orphans(conn)
            # reports a killed run committed but never published (their vectors not yet sealed)
            summary.recovered = conn.execute("SELECT COUNT(DISTINCT c.report_id) FROM pending_vectors p"
                                             " JOIN chunks c ON c.id = p.chunk_id").fetchone()[0]
            changed = reembed_if_needed(conn, data, summary) or summary.recovered > 0
            changed = repair_vectors(conn, data, segments, summary) or changed
            changed = terms.backfill(conn) > 0 or changed
            names, sources = names or {}, sources or {}
            jobs = [(Path(stored), name, source) for stored, name, source in legacy] + \
                [(f, names.get(f), sources.get(f)) for f in files]
            done_since_checkpoint = 0
            ahead = _ReadAhead(conn, data, jobs, worker)
            bar = tqdm(jobs, desc="indexing", unit="file", disable=not progress, file=sys.stderr)
            for k, (path, name, source) in enumerate(bar):
                current = ahead.take(k) or start_file(conn, data, path, worker, name, source)
                if isinstance(current, _Reading):
                    ahead.fill()  # the worker reads the next files while this one is embedded and stored
                    loading = loading or _load_meanwhile()
                outcome = current if isinstance(current, Outcome) else \
                    finish_file(conn, data, current, summary, worker)
                summary.outcomes.append(outcome)
                if outcome.status in ("indexed", "replaced"):
                    changed = True
                    done_since_checkpoint += 1
                    if done_since_checkpoint >= CHECKPOINT:
                        _seal(conn, segments, summary, worker)
                        data.publish(conn)
                        done_since_checkpoint = 0
            if changed or data.version(conn) == 0 or not catalog.present(conn):
                _seal(conn, segments, summary, worker)
                data.publish(conn)
            if unfinished or legacy or summary.recovered or summary.count("replaced"):
                data.remove_unreferenced_files(conn)  # copies a replaced report or a killed run left
            summary.generation = str(data.version(conn))
            data.end_run()
        except Exception as exc:
            done = len(summary.count("indexed", "replaced"))
            if _full_disk(exc):
                raise ArchiveError(f"the disk holding {printable(display(data.root))} is full: {done} report(s) were "
                                   "indexed and kept before it filled; free some space and run again") from None
            if isinstance(exc, sqlite3.DatabaseError):
                (data.root / DAMAGED_MARK).write_text(str(exc))
                raise ArchiveError(data.damaged_reason(exc)) from None
            raise
        finally:
            if own_worker:
                own_worker.close()
            conn.close()
