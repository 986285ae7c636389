"""The data directory: one SQLite database (WAL), vector segments, and the reports' own files.

    data/
      nianbao.sqlite   reports, pages, facts, checks, passages, FTS5 indexes (WAL mode)
      vectors/         FAISS segment files (indexer/vectors.py)
      files/           a copy of every indexed report, named by report id (text forms gzipped),
                       for the source view and for re-indexing after an upgrade
      index.lock       held by the one indexer that may run at a time

The indexer writes one transaction per report, and publishes a run by bumping the archive
`version` (meta), also every CHECKPOINT reports of a long run: the server reloads its view
of the archive when the version changes, and reads SQLite snapshots in between, so it
never serves half a report. A killed indexer leaves every committed report whole; the next
run seals their vectors and finishes.

Older data directories (one full copy of the database per "generation") are converted in
place on first use; their reports are kept.
"""
import fcntl
import gzip
import json
import os
import shutil
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

from . import catalog
from .schema import SCHEMA_VERSION, connect

DEFAULT_DATA_DIR = "data"
DB_NAME = "nianbao.sqlite"
VECTORS = "vectors"
DAMAGED_MARK = "DAMAGED"  # written when a run meets a damaged database: the next run rebuilds
RUN_MARK = "index.running"  # present while a run is under way; left behind by a killed one
CHECKPOINT = 200  # reports: a long run publishes its progress this often
COMPRESSED_FORMS = ("text", "md", "html", "docx")  # stored gzipped: text compresses 3-5 times


def data_dir_from_env() -> str:
    """The data directory when none is named: $NIANBAO_DATA, else ./data."""
    return os.environ.get("NIANBAO_DATA", DEFAULT_DATA_DIR)


class IndexBusy(Exception):
    pass


class ArchiveError(Exception):
    """The data directory cannot be used as asked: the message says what is wrong and what to do."""


class DataDir:
    def __init__(self, root):
        self.root = Path(root)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def files(self) -> Path:
        return self.root / "files"

    @property
    def vectors(self) -> Path:
        return self.root / VECTORS

    def exists(self) -> bool:
        return self.db_path.exists() or (self.root / "CURRENT").exists()

    def check_readable(self):
        """One clear reason when there is no archive to read here (a typo in --data, a file)."""
        if not self.root.exists():
            raise ArchiveError(f"no archive at {self.root}: no such directory (index reports into it first: "
                               f"nianbao index FILES --data {self.root})")
        if not self.root.is_dir():
            raise ArchiveError(f"{self.root} is a file, not a data directory: pass --data a directory")
        if ((self.root / "CURRENT").exists() and not self.db_path.exists()) or (
                self.db_path.exists() and self.schema_version() not in (None, SCHEMA_VERSION)):
            raise ArchiveError(f"{self.root} holds an archive of an earlier version: convert it with "
                               f"`nianbao index --data {self.root}` (its reports are kept)")

    def damaged_reason(self, exc) -> str:
        return (f"the archive database {self.db_path} is damaged ({exc}): run `nianbao index --data {self.root}` "
                f"to set it aside and rebuild the archive from the report copies kept in {self.files}")

    def check_writable(self):
        """One clear reason when the data directory cannot be written."""
        if self.root.exists() and not self.root.is_dir():
            raise ArchiveError(f"{self.root} is a file, not a data directory: pass --data a directory")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except PermissionError:
            raise ArchiveError(f"cannot write to {self.root} (permission denied or read-only): choose another "
                               "--data directory or fix its permissions") from None
        except OSError as exc:
            raise ArchiveError(f"cannot write to {self.root} ({exc.strerror})") from None

    @contextmanager
    def lock(self):
        self.check_writable()
        with open(self.root / "index.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise IndexBusy(f"another indexer is running on {self.root}") from None
            yield

    def writer(self) -> sqlite3.Connection:
        """The indexer's connection (schema set up)."""
        return connect(self.db_path)

    def version(self, conn) -> int:
        row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        return int(row[0]) if row else 0

    def publish(self, conn):
        """Tell readers the archive changed: they reload their view at their next request."""
        with conn:
            catalog.refresh(conn)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(self.version(conn) + 1),))
        conn.executescript("PRAGMA incremental_vacuum;")  # run to the end (a plain execute frees one page)
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def store_file(self, report_id: str, suffix: str, data: bytes, form: str, origin: dict) -> str:
        """Keep a copy of a report for the source view and for re-indexing (atomically written),
        with its name and origin beside it (`<id>.json`), so the archive can be rebuilt from
        files/ alone if its database is ever damaged."""
        self.files.mkdir(parents=True, exist_ok=True)
        compress = form in COMPRESSED_FORMS
        name = f"{report_id}{suffix}" + (".gz" if compress else "")
        origin = {**origin, "stored_file": name}
        for target, content in ((name, gzip.compress(data, 6) if compress else data),
                                (f"{report_id}.json", json.dumps(origin, ensure_ascii=False).encode("utf-8"))):
            path = self.files / target
            if not path.exists():
                tmp = self.files / (target + ".tmp")
                tmp.write_bytes(content)
                os.replace(tmp, path)
        return name

    def kept_reports(self) -> list:
        """[(stored copy, file name, source path bytes)] of every report copy in files/."""
        out = []
        for sidecar in sorted(self.files.glob("*.json")) if self.files.exists() else ():
            try:
                origin = json.loads(sidecar.read_text(encoding="utf-8"))
                stored = self.files / origin["stored_file"]
            except (OSError, ValueError, KeyError):
                continue
            if stored.exists():
                out.append((stored, origin["file_name"], bytes.fromhex(origin["source_bytes"])))
        return out

    def schema_version(self):
        """The schema version the database was made with, or None if it cannot be read."""
        try:
            conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                return row[0] if row else None
            finally:
                conn.close()
        except sqlite3.Error:
            return None

    def set_aside_damaged(self, why: str = "damaged") -> Path:
        """Move a damaged (or outdated) database out of the way, kept for inspection; a new one
        is built."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.root / f"{why}-{stamp}"
        aside.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            path = self.root / (DB_NAME + suffix)
            if path.exists():
                os.replace(path, aside / path.name)
        if self.vectors.exists():
            os.replace(self.vectors, aside / VECTORS)
        (self.root / DAMAGED_MARK).unlink(missing_ok=True)
        return aside

    def read_file(self, stored: str) -> bytes:
        data = (self.files / stored).read_bytes()
        return gzip.decompress(data) if stored.endswith(".gz") else data

    def begin_run(self) -> bool:
        """Mark an index run as under way; True when the last run never ended (killed, or
        stopped by an error), so report copies it wrote for transactions that never committed
        may be left in files/."""
        mark = self.root / RUN_MARK
        unfinished = mark.exists()
        mark.touch()
        return unfinished

    def end_run(self):
        (self.root / RUN_MARK).unlink(missing_ok=True)

    def remove_unreferenced_files(self, conn):
        """Report copies no report refers to any more (replaced, or left by a run that never
        ended). A walk of files/, two entries a report: 1.6 s at 100,000 reports, so the
        indexer runs it only when a run can have left some (pipeline.index_paths)."""
        referenced = set()
        for stored, report_id in conn.execute("SELECT stored_file, id FROM reports"):
            referenced |= {stored, f"{report_id}.json"}
        if self.files.exists():
            for f in self.files.iterdir():
                if f.name not in referenced and not f.name.endswith(".tmp"):
                    f.unlink(missing_ok=True)

    # --- the layout of earlier versions ------------------------------------------------------

    def migrate_old_layout(self) -> list:
        """Leave the layout of earlier versions (a whole-database copy per "generation": CURRENT,
        gen-NNNNNN/): returns [(stored copy, file name, source path)] of the reports the
        current generation held, to be indexed again from the copies kept in files/ (so
        nothing is lost and every report is read by this version's readers); the old
        generations are removed."""
        current_file = self.root / "CURRENT"
        if not current_file.exists():
            return []
        name = current_file.read_text().strip()
        old = self.root / name / DB_NAME
        legacy = []
        if name.startswith("gen-") and old.exists():
            src = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
            try:
                for stored, file_name, source in src.execute("SELECT stored_file, file_name, source_path FROM reports"):
                    if (self.files / stored).exists():
                        legacy.append((self.files / stored, file_name, source))
            finally:
                src.close()
        for path in self.root.glob("gen-*"):
            shutil.rmtree(path, ignore_errors=True)
        shutil.rmtree(self.root / "staging", ignore_errors=True)
        current_file.unlink(missing_ok=True)
        return legacy


def describe(conn) -> dict:
    """A summary of what the archive holds, for `nianbao status` and the benchmarks."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {"reports": one("SELECT COUNT(*) FROM reports"), "passages": one("SELECT COUNT(*) FROM chunks"),
            "facts": one("SELECT COUNT(*) FROM facts"), "segments": one("SELECT COUNT(*) FROM segments"),
            "unsealed_vectors": one("SELECT COUNT(*) FROM pending_vectors"),
            "version": json.loads(conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()[0])
            if conn.execute("SELECT 1 FROM meta WHERE key='version'").fetchone() else 0,
            "checked_at": time.strftime("%Y-%m-%dT%H:%M:%S")}
