"""The data directory: complete index generations, swapped in atomically.

    data/
      CURRENT        names the generation the server reads, e.g. "gen-000003"
      gen-000003/    nianbao.sqlite + chunks.faiss; never modified once published
      staging/       the generation being built; BASE names the generation it started from
      files/         a copy of every indexed report, named by report id (for the source view)
      index.lock     held by the one indexer that may run at a time

An indexing run copies the current generation into staging/, adds files there (one SQLite
transaction per file), builds the FAISS index from the stored embeddings, then renames
staging/ to a new generation and replaces CURRENT with one atomic rename. A run that is
killed leaves CURRENT untouched, so the server keeps answering from the last complete
index; the next run resumes the same staging/ (SQLite has rolled back any half-written
file) and finishes the job.
"""
import fcntl
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

DB_NAME = "nianbao.sqlite"
FAISS_NAME = "chunks.faiss"
KEEP_GENERATIONS = 2  # the server may still be reading the previous one


class IndexBusy(Exception):
    pass


def _fsync_path(path: Path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def build_faiss(db_path: Path, out_path: Path):
    import faiss
    import numpy as np

    from .embed import DIMENSION

    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT id, embedding FROM chunks ORDER BY id").fetchall()
    finally:
        conn.close()
    dimension = len(rows[0][1]) // 4 if rows else DIMENSION  # float32 vectors, of whichever model made them
    index = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
    if rows:
        ids = np.array([r[0] for r in rows], dtype="int64")
        vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dimension)
        index.add_with_ids(vectors, ids)
    faiss.write_index(index, str(out_path))


class DataDir:
    def __init__(self, root):
        self.root = Path(root)

    @property
    def files(self) -> Path:
        return self.root / "files"

    def current(self):
        """The published generation's directory, or None before the first index run."""
        try:
            name = (self.root / "CURRENT").read_text().strip()
        except FileNotFoundError:
            return None
        path = self.root / name
        return path if name.startswith("gen-") and (path / DB_NAME).exists() else None

    def schema_version(self, generation: Path) -> str:
        """The schema version a published generation was written with ("1" before it was recorded)."""
        conn = sqlite3.connect(f"file:{generation / DB_NAME}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.Error:
            row = None
        finally:
            conn.close()
        return row[0] if row else "1"

    def generations(self):
        return sorted(p for p in self.root.glob("gen-*") if p.is_dir())

    @contextmanager
    def lock(self):
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "index.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise IndexBusy(f"another indexer is running on {self.root}") from None
            yield

    def staging(self):
        """(path, resumed): staging/ continued from a killed run on the same base, or a fresh copy."""
        current = self.current()
        base = current.name if current else ""
        path = self.root / "staging"
        if path.exists():
            marker = path / "BASE"
            if marker.exists() and marker.read_text() == base and (path / DB_NAME).exists():
                return path, True
            shutil.rmtree(path)
        path.mkdir(parents=True)
        if current:
            src = sqlite3.connect(f"file:{current / DB_NAME}?mode=ro", uri=True)
            dst = sqlite3.connect(path / DB_NAME)
            with dst:
                src.backup(dst)
            src.close()
            dst.close()
        (path / "BASE").write_text(base)  # written last: a staging/ without it is discarded
        return path, False

    def discard_staging(self):
        shutil.rmtree(self.root / "staging", ignore_errors=True)

    def publish(self, staging: Path) -> Path:
        build_faiss(staging / DB_NAME, staging / FAISS_NAME)
        for name in (DB_NAME, FAISS_NAME):
            _fsync_path(staging / name)
        numbers = [int(p.name.split("-")[1]) for p in self.generations()]
        target = self.root / f"gen-{max(numbers, default=0) + 1:06d}"
        (staging / "BASE").unlink()
        os.rename(staging, target)
        tmp = self.root / "CURRENT.tmp"
        tmp.write_text(target.name)
        _fsync_path(tmp)
        os.replace(tmp, self.root / "CURRENT")
        _fsync_path(self.root)
        self._collect_garbage()
        return target

    def _collect_garbage(self):
        generations = self.generations()
        current = self.current()
        keep = set(generations[-KEEP_GENERATIONS:]) | ({current} if current else set())
        for gen in generations:
            if gen not in keep:
                shutil.rmtree(gen, ignore_errors=True)
        referenced = set()
        for gen in keep:
            conn = sqlite3.connect(f"file:{gen / DB_NAME}?mode=ro", uri=True)
            referenced.update(r[0] for r in conn.execute("SELECT stored_file FROM reports"))
            conn.close()
        if self.files.exists():
            for f in self.files.iterdir():
                if f.name not in referenced and not f.name.endswith(".tmp"):
                    f.unlink()

    def store_file(self, name: str, data: bytes):
        """Keep a copy of a report for the source view (content-addressed, written atomically)."""
        self.files.mkdir(parents=True, exist_ok=True)
        path = self.files / name
        if not path.exists():
            tmp = self.files / (name + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        return name
