"""The embedding model in a process of its own, for an index run started from the command line.

Loading the model (importing torch and sentence-transformers, then building it) takes about
7 s on this machine: most of adding one report with `nianbao index`. In a thread of the
indexer it could only start once the archive was open and the file handed to the reader
(started sooner, it and the indexer's thread slowed each other down, each waiting for the
interpreter lock), and the run then waited for it. In a process of its own it loads on the
other core from the moment the run starts, while the indexer opens the archive and the worker
reads the file; the indexer itself never imports torch. Vectors come back by pipe (2 KB a
passage). A server, whose model is loaded already, embeds in its own process.
"""
import concurrent.futures
import multiprocessing


def _load(warm):
    import threading

    from tqdm import tqdm

    from . import embed

    # tqdm's lock is otherwise a named semaphore in a spawned process, which the process, killed
    # at the end of the run, would never release: Python warns of a leaked semaphore at exit
    tqdm.set_lock(threading.RLock())
    embed.load_model(warm)


def _embed(texts, threads):
    from . import embed

    with embed.threads(threads):
        return embed.embed(texts)


class ModelProcess:
    """Starts loading the model at once; `embed` waits for it."""

    def __init__(self, warm: bool = True):
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self._loaded = self._pool.submit(_load, warm)

    def embed(self, texts, threads):
        try:
            self._loaded.result()  # raises what loading raised (the model package missing, …)
            return self._pool.submit(_embed, list(texts), threads).result()
        except concurrent.futures.process.BrokenProcessPool:
            raise RuntimeError("the embedding model's process ended unexpectedly (out of memory?)") from None

    def close(self):
        """Stopped, not waited for: a run that found nothing new does not wait for the model to
        finish loading, and no run waits for torch's teardown. (The pool is then shut down and
        waited for: its queues closed, or Python warns of leaked semaphores at exit.)"""
        for process in list(getattr(self._pool, "_processes", {}).values()):
            process.kill()
        self._pool.shutdown(wait=True, cancel_futures=True)
