"""The hostile tests of `make test` at full length, with memory peaks and latencies.

- slow clients: 150 connections sending a header byte every 0.2 s and 150 idle keep-alive
  ones, held for `seconds`, while one ordinary client asks in a loop;
- bodies refused from their headers: a 900 MB upload without the token, a 900 MB question;
- huge pages: 8 renders at once of 8,000 × 8,000 pt pages, with questions meanwhile;
- files that would take all memory or time: a PDF inflating to 2 GiB, 200 MB of text.
"""
import socket
import threading
import time
from pathlib import Path

import requests

from conftest import SEED, shared_reports, start_server
from load import summarize
from scale import cli_index, proc_memory_mb
from slow_clients import hold_connections

TOKEN = "bench-token"


def _slow_clients(url, seconds):
    stop = threading.Event()
    sockets = hold_connections(url, stop, repeat=True)  # held while measuring
    latencies, errors = [], 0
    deadline = time.monotonic() + seconds
    session = requests.Session()
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            response = session.post(url + "/api/ask", json={"question": "平掌乡2020年行政许可处理决定数量"}, timeout=30)
            response.raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
        except Exception:
            errors += 1
    stop.set()
    for s in sockets:
        s.close()
    return {"slow_connections": 150, "idle_connections": 150, "seconds": seconds, "errors": errors,
            **summarize(latencies)}


def _refused(url, head):
    host, port = url.replace("http://", "").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(head)
        try:
            s.sendall(b"x" * (1 << 20))
        except OSError:
            pass
        status = s.recv(4096).split(b"\r\n", 1)[0].decode()
    return {"status": status, "seconds": round(time.monotonic() - started, 3)}


def _huge_pages(work: Path):
    from pypdf import PdfReader, PdfWriter

    pdf = next((p for p in shared_reports() if p.suffix == ".pdf"), None)
    if pdf is None:
        return {"skipped": "no PDF in ../shared/corpus"}
    writer = PdfWriter(clone_from=PdfReader(str(pdf)))
    for page in writer.pages:
        page.mediabox.upper_right = (8000, 8000)
    big = work / "huge.pdf"
    with open(big, "wb") as handle:
        writer.write(handle)
    data = work / "huge-data"
    cli_index([big], data)
    proc, url = start_server(data)
    try:
        before = proc_memory_mb(proc.pid)[0]
        report = requests.get(url + "/api/reports", timeout=30).json()["reports"][0]["id"]
        codes, asks = [], []

        def render(i):
            started = time.perf_counter()
            r = requests.get(url + f"/source/{report}/{1 + i % 5}.png", timeout=120)
            codes.append((r.status_code, round((time.perf_counter() - started) * 1000), len(r.content)))

        threads = [threading.Thread(target=render, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            started = time.perf_counter()
            requests.post(url + "/api/ask", json={"question": "2023年行政复议总数"}, timeout=60)
            asks.append((time.perf_counter() - started) * 1000)
        for t in threads:
            t.join()
        rss, peak = proc_memory_mb(proc.pid)
        return {"renders": codes, "server_rss_mb_before": before, "server_rss_mb_after": rss,
                "server_peak_rss_mb": peak, "questions_meanwhile": summarize(asks)}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _huge_files(work: Path):
    from test_hostile import _bomb_pdf

    folder = work / "huge-files"
    folder.mkdir(parents=True, exist_ok=True)
    _bomb_pdf(folder / "bomb.pdf", 2 << 30)
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(200 << 20)
    summary, seconds, peak = cli_index([folder], work / "huge-files-data")
    return {"seconds": round(seconds, 1), "indexer_and_reader_peak_rss_mb": peak,
            "outcomes": {Path(f["path"]).name: f"{f['status']}: {f['reason']}" for f in summary["files"]}}


def run_hostile(work: Path, seconds: float):
    work.mkdir(parents=True, exist_ok=True)
    data = work / "seed-data"
    cli_index([SEED], data)
    import os

    os.environ["NIANBAO_ADMIN_TOKEN"] = TOKEN
    try:
        proc, url = start_server(data)
    finally:
        del os.environ["NIANBAO_ADMIN_TOKEN"]
    out = {}
    try:
        out["slow_clients"] = _slow_clients(url, seconds)
        out["upload_900mb_without_token"] = _refused(
            url, b"POST /api/index HTTP/1.1\r\nHost: x\r\nContent-Length: 943718400\r\n\r\n")
        out["question_900mb"] = _refused(
            url, b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 943718400\r\n\r\n")
        out["server_peak_rss_mb"] = proc_memory_mb(proc.pid)[1]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    out["huge_pages"] = _huge_pages(work)
    out["huge_files"] = _huge_files(work)
    return out
