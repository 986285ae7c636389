"""Reports added over HTTP, indexed one at a time in the background.

An upload is saved under a name of its own (its SHA-256 prefix), queued, and answered at
once with a job to poll; one thread indexes the queue in order, reading each file in the
bounded worker process (indexer/worker.py), so no request thread ever reads a report and
a hostile file costs at most the worker's limits. The uploaded file is deleted once its
job ends: the archive keeps its own copy of every report it indexed (data/files).
"""
import hashlib
import itertools
import queue
import sqlite3
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from indexer.names import shorten

MAX_WAITING = 20  # queued uploads; more are refused with 503 until some are done
KEPT = 500  # finished jobs remembered for their status
BUSY_WAIT = 600  # seconds a job waits for another indexer (the command line) to finish


@dataclass
class Job:
    id: str
    file_name: str
    status: str = "queued"  # queued | running | indexed | replaced | unchanged | duplicate | rejected | failed
    reason: str = ""
    report: str = ""
    agency: str = ""
    year: int = 0
    pages: int = 0
    facts: int = 0
    failed_checks: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    version: int = 0  # the archive version that first holds the report (0 while queued or unchanged)
    submitted: float = field(default_factory=time.time)
    path: str = ""

    @property
    def done(self) -> bool:
        return self.status not in ("queued", "running")

    def to_dict(self):
        out = asdict(self)
        out.pop("path")
        out["status_url"] = f"/api/index/{self.id}"
        return out


class QueueFull(Exception):
    pass


class IndexJobs:
    def __init__(self, data_root):
        self.root = Path(data_root)
        self.uploads = self.root / "uploads"
        self._queue = queue.Queue()
        self._jobs = OrderedDict()
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self._thread = None
        self._worker = None
        self._changed = threading.Condition()

    def submit(self, file_name: str, stream) -> Job:
        """Save an upload and queue it; raises QueueFull when MAX_WAITING are waiting."""
        if self._queue.qsize() >= MAX_WAITING:
            raise QueueFull(f"{MAX_WAITING} uploads are waiting to be indexed; try again in a minute")
        self.uploads.mkdir(parents=True, exist_ok=True)
        part = self.uploads / f".incoming-{threading.get_ident()}-{next(self._counter)}"
        digest = hashlib.sha256()
        with open(part, "wb") as out:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
        name = shorten(file_name)
        path = self.uploads / f"{digest.hexdigest()[:12]}-{name}"
        part.replace(path)
        job = Job(id=f"{int(time.time())}-{next(self._counter)}", file_name=name, path=str(path))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT:
                self._jobs.popitem(last=False)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="nianbao-index", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id):
        return self._jobs.get(job_id)

    def wait(self, job, seconds: float):
        """Wait up to `seconds` for a job to end."""
        deadline = time.monotonic() + seconds
        with self._changed:
            while not job.done and time.monotonic() < deadline:
                self._changed.wait(timeout=min(1.0, max(0.01, deadline - time.monotonic())))
        return job

    def _run(self):
        from indexer.worker import ParseWorker

        self._worker = ParseWorker()
        while True:
            job = self._queue.get()
            job.status = "running"
            try:
                self._index(job)
            except Exception as exc:  # the queue must go on whatever one job meets
                job.status, job.reason = "failed", f"{type(exc).__name__}: {exc}"
            finally:
                Path(job.path).unlink(missing_ok=True)
                with self._changed:
                    self._changed.notify_all()

    def _index(self, job):
        from indexer.pipeline import index_paths
        from indexer.store import ArchiveError, IndexBusy

        path = Path(job.path)
        # The place a report is indexed from is the name it was uploaded under: a newer version
        # of the same report uploaded under the same name replaces it; another report is added.
        source = self.uploads / job.file_name
        deadline = time.monotonic() + BUSY_WAIT
        while True:
            try:
                summary = index_paths([path], self.root, progress=False, worker=self._worker,
                                      names={path: job.file_name}, sources={path: source})
                break
            except IndexBusy as exc:
                if time.monotonic() > deadline:
                    job.status, job.reason = "failed", str(exc)
                    return
                time.sleep(2)
            except ArchiveError as exc:
                job.status, job.reason = "failed", str(exc)
                return
        outcome = summary.outcomes[0]
        job.status, job.reason, job.report = outcome.status, outcome.reason, outcome.report_id
        job.pages, job.facts, job.problems = outcome.pages, outcome.facts, outcome.problems
        if outcome.report_id and outcome.status in ("indexed", "replaced"):
            conn = sqlite3.connect(f"file:{self.root / 'nianbao.sqlite'}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT agency, year FROM reports WHERE id = ?", (outcome.report_id,)).fetchone()
                if row:
                    job.agency, job.year = row
                job.failed_checks = [r[0] for r in conn.execute(
                    "SELECT detail_zh FROM check_failures WHERE report_id = ?", (outcome.report_id,))]
                # The page lists the reports again until the server serves this version: a
                # server under load may answer from the version before it for a while.
                row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
                job.version = int(row[0]) if row else 0
            finally:
                conn.close()
