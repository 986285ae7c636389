"""Reading a report in a separate process, with its memory and time bounded.

A hostile or broken file can make a reader take all memory (a 4 MB PDF whose streams inflate
to 4 GiB) or run for ever. The reading runs in a worker process whose address space is
capped (MEMORY_LIMIT) and whose answer is awaited at most TIME_LIMIT seconds; if it dies or
is too slow, the file is rejected with that reason, the worker is replaced, and the batch
goes on. The main process, which holds the archive open, never runs a reader's code.
"""
import concurrent.futures
import multiprocessing
import os
import resource

# Bytes of address space for one reading (NIANBAO_READER_MEMORY_MB overrides: a smaller machine).
MEMORY_LIMIT = int(os.environ.get("NIANBAO_READER_MEMORY_MB", "3072")) * 1024 ** 2
TIME_LIMIT = 600  # seconds for one file (a long scan is read by OCR at about a page a second)


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _parse(name, data):
    from .parse import parse_report
    from .readers import ReportError

    try:
        return "ok", parse_report(name, data).portable()
    except ReportError as exc:
        return "rejected", str(exc)
    except MemoryError:
        return "rejected", f"too large to read: it needs more than {MEMORY_LIMIT // 2**20} MB of memory " \
                           "(a compressed stream that inflates without bound?)"
    except Exception as exc:  # a bug or an input nobody foresaw must not stop the batch
        return "rejected", f"could not be read ({type(exc).__name__}: {exc})"


class Ticket:
    """A file handed to the worker; `ParseWorker.result` waits for its reading."""

    def __init__(self, future, generation, name, data):
        self.future, self.generation, self.name, self.data = future, generation, name, data

    def ready(self) -> bool:
        """Whether the reading is over (`ParseWorker.result` will not wait)."""
        return self.future.done()


class ParseWorker:
    """One reading at a time in a spawned process (no state shared with the indexer).

    Files are read in the order they are submitted, so the indexer can hand over the next
    report and embed and store this one while the worker reads it (two cores, both busy)."""

    def __init__(self):
        self._pool = None
        self._generation = 0  # how many times the worker was replaced
        self._queued = []  # futures of the files handed over, until they are read

    def _executor(self):
        if self._pool is None:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_limit_memory)
        return self._pool

    def submit(self, name: str, data: bytes) -> Ticket:
        future = self._executor().submit(_parse, name, data)
        self._queued.append(future)
        return Ticket(future, self._generation, name, data)

    def reading(self) -> bool:
        """Whether the worker has a file to read (its core is busy)."""
        self._queued = [f for f in self._queued if not f.done()]
        return bool(self._queued) and self._pool is not None

    def result(self, ticket: Ticket):
        """("ok", ParsedReport) or ("rejected", reason)."""
        if ticket.generation != self._generation:
            # queued behind a file that killed the worker: this one was never read, read it now
            ticket = self.submit(ticket.name, ticket.data)
        try:
            return ticket.future.result(timeout=TIME_LIMIT)
        except concurrent.futures.TimeoutError:
            self._kill()
            return "rejected", f"took more than {TIME_LIMIT} s to read; not indexed"
        except concurrent.futures.process.BrokenProcessPool:
            self._kill()
            return "rejected", f"the reader ran out of its {MEMORY_LIMIT // 2**20} MB of memory (or crashed) " \
                               "reading this file; not indexed"

    def _stop_processes(self):
        for process in list(getattr(self._pool, "_processes", {}).values()):
            process.kill()

    def _kill(self):
        if self._pool is not None:
            self._stop_processes()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            self._generation += 1

    def close(self):
        if self._pool is not None and not self.reading():
            # nothing is being read (every reading was taken): the process is stopped, not
            # waited for (its interpreter's teardown took 0.2 s of each run)
            self._stop_processes()
        if self._pool is not None:  # files read ahead for a run that stopped early are not read
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
