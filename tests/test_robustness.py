"""Hostile and broken input, long files, and an indexer killed halfway."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import requests

from conftest import BIN, SEED, run_cli, shared_reports, start_server
from variants import generate

REAL_PDF = next((p for p in shared_reports() if p.suffix == ".pdf"), None)
needs_pdf = pytest.mark.skipif(REAL_PDF is None, reason="no PDF in ../shared/corpus")


def pdf_pages(src, pages, dst):
    """A new PDF made of the given pages (0-based, repeats allowed) of a real one."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    out.import_pages(source, list(pages))
    out.save(str(dst))
    out.close()
    source.close()
    return dst


def image_only_pdf(src, dst):
    """The first two pages of a real PDF as a scan: images at 150 dpi, no text layer."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    images = [pdf[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(2)]
    pdf.close()
    images[0].save(dst, "PDF", resolution=150, save_all=True, append_images=images[1:])
    return dst


def encrypted_pdf(src, dst):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(dst, "wb") as handle:
        writer.write(handle)
    return dst


@needs_pdf
def test_hostile_batch_one_line_per_bad_file_and_nothing_lost(tmp_path):
    data = tmp_path / "data"
    assert run_cli("index", SEED, "--data", data, "--quiet").returncode == 0

    batch = tmp_path / "batch with spaces 批次"
    batch.mkdir()
    (batch / "empty.pdf").write_bytes(b"")
    (batch / "random bytes.pdf").write_bytes(os.urandom(20000))
    (batch / "truncated.pdf").write_bytes(REAL_PDF.read_bytes()[: REAL_PDF.stat().st_size // 2])
    encrypted_pdf(REAL_PDF, batch / "encrypted.pdf")
    image_only_pdf(REAL_PDF, batch / "扫描件.pdf")
    pdf_pages(REAL_PDF, [4], batch / "会议纪要.pdf")  # a page of prose, not a report
    (batch / "notice.txt").write_text("关于开展政务公开培训的通知\n各单位：请于下周参加培训。\n", encoding="utf-8")
    (batch / "二进制.txt").write_bytes(b"\x00\x01\x02\xff" * 500)
    # a report's English translation (as a bureau's site publishes one): said to be English, not "not a report"
    (batch / "annual report 2022 EN.txt").write_text(
        "Annual Report of Hongshan Sports Bureau on Government Information Disclosure in 2022\n\nThis report is compiled "
        "in accordance with Article 50 of the Regulations on the Openness of Government Information.\n\nI. General "
        "situation\n\nIn 2022, the Hongshan Municipal Sports Bureau voluntarily disclosed 923 pieces of government "
        "information, released 3 normative documents and 2 policy documents, and produced 16 interpretation materials "
        "such as policy questions and answers, reading a picture, and policy interpretation videos.\n", encoding="utf-8")
    # a page saved in an encoding without its characters, each one a question mark: said so
    (batch / "红山烟草专卖局_2023.txt").write_text("??????,2023????????10????????????????????19??????12???????????????\n\n"
                                             "???????????????\n\n??????????????????,??????????????,????,??,???\n" * 3,
                                             encoding="utf-8")
    seed_text = SEED.read_text(encoding="utf-8")
    (batch / "平掌乡 2020 GB18030.txt").write_bytes(seed_text.encode("gb18030"))
    (batch / "平掌乡 2020 UTF-16.txt").write_bytes(seed_text.encode("utf-16"))
    (batch / "平掌乡 2020 UTF-16LE.txt").write_bytes(seed_text.encode("utf-16-le"))
    shutil.copy(SEED, batch / "副本 pingzhang.txt")  # same bytes as the indexed seed

    result = run_cli("index", batch, "--data", data, "--quiet", "--json")
    assert result.returncode == 0, result.stderr
    reasons = {}
    for line in result.stderr.splitlines():
        if line.startswith(("rejected: ", "skipped: ")):
            kind, path, reason = line.split(": ", 2)  # "rejected: <path>: <reason>"
            reasons[os.path.basename(path)] = (kind, reason)
    assert reasons["empty.pdf"] == ("rejected", "empty file")
    assert reasons["random bytes.pdf"] == ("rejected", "not a PDF file (no %PDF header)")
    assert reasons["truncated.pdf"][1].startswith("truncated PDF")
    assert reasons["encrypted.pdf"][1] == "encrypted PDF: it needs a password"
    assert reasons["会议纪要.pdf"][1].startswith("not an annual report")
    assert reasons["notice.txt"][1].startswith("not an annual report")
    assert reasons["二进制.txt"][1] == "binary data, not a text file"
    assert reasons["annual report 2022 EN.txt"][1].startswith("written in English, not Chinese")
    assert reasons["红山烟草专卖局_2023.txt"][1].startswith("its text is unreadable")
    assert reasons["副本 pingzhang.txt"] == ("skipped", f"same content as {SEED.resolve()}, already indexed")
    # the same report in other encodings: recognised by agency, year and content, never counted twice
    for name in ("平掌乡 2020 GB18030.txt", "平掌乡 2020 UTF-16.txt", "平掌乡 2020 UTF-16LE.txt"):
        assert reasons[name][0] == "skipped" and reasons[name][1].startswith(f"the same report as {SEED.resolve()}")
    # one line per bad file, each naming it
    assert len([l for l in result.stderr.splitlines() if l.startswith(("rejected:", "skipped:"))]) == 13

    outcomes = {os.path.basename(o["path"]): o for o in json.loads(result.stdout)["files"]}
    # a scan is read by OCR like any other report
    assert (outcomes["扫描件.pdf"]["status"], outcomes["扫描件.pdf"]["pages"]) == ("indexed", 2)

    answer = json.loads(run_cli("ask", "2020年政府集中采购项目有多少个", "--data", data, "--json").stdout)
    [figure] = answer["figures"]
    assert (figure["value"], figure["source"]["file_name"], figure.get("also", [])) == (26, "pingzhang_2020.txt", [])


def _peak_rss_mb(path, data):
    """Peak resident memory (MB) of a fresh process that indexes `path`."""
    code = ("import resource, sys; from indexer.pipeline import index_paths; "
            "s = index_paths([sys.argv[1]], sys.argv[2], progress=False); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, s.outcomes[0].status, s.outcomes[0].pages)")
    out = subprocess.run([sys.executable, "-c", code, str(path), str(data)], capture_output=True, text=True,
                         timeout=900, check=True).stdout.split()
    return int(out[0]), out[1], int(out[2])


@needs_pdf
def test_300_page_pdf_is_indexed_with_bounded_memory(tmp_path):
    long_pdf = pdf_pages(REAL_PDF, list(range(5)) + [4] * 295, tmp_path / "长报告 300 页.pdf")
    small_mb, status, pages = _peak_rss_mb(REAL_PDF, tmp_path / "small")
    assert (status, pages) == ("indexed", 5)
    long_mb, status, pages = _peak_rss_mb(long_pdf, tmp_path / "long")
    assert (status, pages) == ("indexed", 300)
    # Pages are read one at a time and released: 60 times the pages, nearly the same memory.
    assert long_mb - small_mb < 250, (small_mb, long_mb)


def _reports_in(db):
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_indexer_keeps_the_last_index_serving_and_the_next_run_finishes(tmp_path):
    data = tmp_path / "data"
    first = json.loads(run_cli("index", SEED, "--data", data, "--quiet", "--json").stdout)["generation"]
    proc, url = start_server(data)
    try:
        variants = tmp_path / "variants"
        generate(variants, 40)
        indexer = subprocess.Popen([str(BIN / "nianbao"), "index", str(variants), "--data", str(data), "--quiet"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 300
        while _reports_in(data / "nianbao.sqlite") < 6 and time.time() < deadline:
            assert indexer.poll() is None, "the indexer finished before it could be killed"
            time.sleep(0.2)
        indexer.send_signal(signal.SIGKILL)
        indexer.wait()
        done_before_kill = _reports_in(data / "nianbao.sqlite")
        assert 6 <= done_before_kill < 41
        # a copy the killed run wrote for a report it never committed (planted, as a kill between
        # the two cannot be timed): the next run, which knows the last one never ended, removes it
        stray = data / "files" / "0123456789abcdef.txt.gz"
        stray.write_bytes(b"left by a killed run")

        # what the killed run wrote is not published: the server still serves the last run
        listing = requests.get(url + "/api/reports", timeout=30).json()
        assert len(listing["reports"]) == 1 and listing["generation"] == first
        answer = requests.post(url + "/api/ask", json={"question": "2020年政府集中采购项目有多少个"}, timeout=60).json()
        assert [f["value"] for f in answer["figures"]] == [26]

        second = run_cli("index", variants, "--data", data, "--quiet", "--json")
        summary = json.loads(second.stdout)
        statuses = [f["status"] for f in summary["files"]]
        assert statuses.count("unchanged") == done_before_kill - 1  # kept from the killed run
        assert statuses.count("indexed") == 40 - (done_before_kill - 1)
        assert summary["recovered"] == done_before_kill - 1
        assert not stray.exists() and len(list((data / "files").iterdir())) == 2 * 41  # a copy and its origin
        assert summary["generation"] != first
        listing = requests.get(url + "/api/reports", timeout=30).json()
        assert len(listing["reports"]) == 41 and listing["generation"] == summary["generation"]
        # the state equals a clean run's: every passage has exactly one vector, none left waiting
        status = json.loads(run_cli("status", "--data", data).stdout)
        assert status["unsealed_vectors"] == 0 and status["reports"] == 41
        served = requests.get(url + "/api/status", timeout=30).json()
        assert served["vectors"] == served["passages"] == status["passages"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
