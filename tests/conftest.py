"""Shared fixtures: the real reports, indexed once per test session, and a real server."""
import csv
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paths import ROOT, SEED, SHARED_CORPUS

ARTIFACTS = ROOT / "tests" / "artifacts"
BIN = Path(sys.executable).parent


def shared_reports():
    """Every report file listed in ../shared/corpus/PROVENANCE.tsv that is present."""
    with open(SHARED_CORPUS / "PROVENANCE.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [SHARED_CORPUS / r["file"] for r in rows if (SHARED_CORPUS / r["file"]).is_file()]


def provenance():
    with open(SHARED_CORPUS / "PROVENANCE.tsv", encoding="utf-8") as handle:
        return {r["file"]: r for r in csv.DictReader(handle, delimiter="\t")}


def all_reports():
    return [SEED, *shared_reports()]


def indexed_archive(paths, data):
    """A real archive of just these report files, indexed in this process into `data` (a test's
    own folder): for the held-out reports a test asks about on their own."""
    from indexer.pipeline import index_paths
    from server.archive import ArchiveHolder

    index_paths(list(paths), data, progress=False, in_process=True)
    return ArchiveHolder(data).get()


def run_cli(*args, timeout=600, env=None):
    return subprocess.run([str(BIN / "nianbao"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    """A data directory with the seed and every shared report indexed, built once."""
    from indexer.pipeline import index_paths

    path = tmp_path_factory.mktemp("data")
    summary = index_paths([SEED, SHARED_CORPUS], path, progress=False)
    assert not summary.count("rejected"), summary.to_dict()
    return path


@pytest.fixture(scope="session")
def archive(data_dir):
    from server.archive import ArchiveHolder

    return ArchiveHolder(data_dir).get()


@pytest.fixture(scope="session")
def ask(archive):
    from server.answer import answer

    return lambda question, **kw: answer(archive, question, **kw)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir, env=None):
    """`nianbao serve` in a subprocess (waitress), waited on until it answers.

    Its output goes to a file: a pipe nobody reads fills up under load (waitress logs its
    queue depth) and then blocks every thread that logs.
    """
    import requests

    port = free_port()
    log = open(Path(data_dir).parent / f"server-{port}.log", "w")
    proc = subprocess.Popen([str(BIN / "nianbao"), "serve", "--data", str(data_dir), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {Path(log.name).read_text()}")
        try:
            requests.get(url + "/api/status", timeout=5)
            return proc, url
        except requests.ConnectionError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not start")


@pytest.fixture(scope="session")
def server(data_dir):
    proc, url = start_server(data_dir)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


CHROMIUM = os.environ.get("NIANBAO_CHROMIUM", "/usr/bin/chromium")
# Flags for a closed network: without them Chromium keeps trying to reach Google's hosts.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (which never downloads a browser here)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (Makefile target 'browser')")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


def open_chat(browser, url):
    """A fresh page on the chat at `url`; fails the test if the page raised a script error."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url + "/")
    page.wait_for_selector("#reports li[data-report]")
    yield page
    context.close()
    assert errors == []


def ask_in_page(page, question):
    """Type a question into the chat and return the answer element once it has arrived."""
    count = page.locator(".answer:not(.pending)").count()
    page.fill("#question", question)
    page.press("#question", "Enter")
    answer = page.locator(".answer:not(.pending)").nth(count)
    answer.wait_for()
    return answer


def image_loaded(locator, timeout=15):
    """Whether an <img> finished loading a real image (polled: the page's CSP forbids eval)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if locator.evaluate("img => img.complete && img.naturalWidth"):
            return True
        time.sleep(0.1)
    return False
