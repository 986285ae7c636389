"""The faults of issue 11: what a hostile or unlucky user found, each with the test that caught it."""
import errno
import json
import os
import socket
import subprocess
import tempfile
import threading
import time
import zlib
from pathlib import Path

import pytest
import requests

from conftest import BIN, SEED, run_cli, shared_reports, start_server
from slow_clients import hold_connections
from variants import generate

TOKEN = "hostile-test-token"
REAL_PDF = next((p for p in shared_reports() if p.suffix == ".pdf"), None)
needs_pdf = pytest.mark.skipif(REAL_PDF is None, reason="no PDF in ../shared/corpus")


def _json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _status(data):
    return _json(run_cli("status", "--data", data))


@pytest.fixture(scope="module")
def variant_reports(tmp_path_factory):
    """Two invented agencies' reports (another agency than the seed's), and another year of one."""
    folder = tmp_path_factory.mktemp("variants")
    written = generate(folder, 9)
    return written


@pytest.fixture(scope="module")
def upload_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("upload-data")
    assert run_cli("index", SEED, "--data", data, "--quiet").returncode == 0
    proc, url = start_server(data, env={"NIANBAO_ADMIN_TOKEN": TOKEN})
    yield url, data, proc
    proc.terminate()
    proc.wait(timeout=10)


def _upload(url, name, body, wait=120):
    response = requests.post(url + f"/api/index?wait={wait}", files={"file": (name, body)},
                             headers={"Authorization": f"Bearer {TOKEN}"}, timeout=wait + 30)
    return response


# 1. A report is only replaced by a newer version of itself ------------------------------------

def test_another_report_at_the_same_path_is_added_beside_never_replacing(tmp_path, variant_reports):
    data, place = tmp_path / "data", tmp_path / "in" / "report.txt"
    place.parent.mkdir()
    place.write_bytes(SEED.read_bytes())
    assert _json(run_cli("index", place, "--data", data, "--quiet", "--json"))["files"][0]["status"] == "indexed"
    other, agency, year = variant_reports[0]
    place.write_bytes(other.read_bytes())  # an unrelated report copied over the indexed file
    outcome = _json(run_cli("index", place, "--data", data, "--quiet", "--json"))["files"][0]
    assert outcome["status"] == "indexed" and "both are kept" in outcome["reason"]
    assert _status(data)["reports"] == 2
    # a newer version of that same report (a figure corrected) replaces it
    text = other.read_text(encoding="utf-8")
    place.write_text(text.replace("政府集中采购", "政府集中采购 ", 1) + "\n附：更正说明。\n", encoding="utf-8")
    outcome = _json(run_cli("index", place, "--data", data, "--quiet", "--json"))["files"][0]
    assert outcome["status"] == "replaced"
    assert _status(data)["reports"] == 2
    answer = _json(run_cli("ask", "平掌乡2020年政府集中采购项目有多少个", "--data", data, "--json"))
    assert [f["value"] for f in answer["figures"]] == [26]  # 平掌乡 2020 is still there


def test_two_uploads_with_one_name_are_both_kept(upload_server, variant_reports):
    url, _, _ = upload_server
    (a, agency_a, year_a), (b, agency_b, year_b) = variant_reports[0], variant_reports[7]
    assert agency_a != agency_b
    first = _upload(url, "report.txt", a.read_bytes())
    second = _upload(url, "report.txt", b.read_bytes())
    assert first.status_code == 200 and first.json()["status"] == "indexed", first.text
    assert second.status_code == 200 and second.json()["status"] == "indexed", second.text
    assert "both are kept" in second.json()["reason"]
    listing = requests.get(url + "/api/reports", timeout=30).json()["reports"]
    held = {(r["agency_printed"], r["year"]) for r in listing}
    assert {(first.json()["agency"], year_a), (second.json()["agency"], year_b)} <= held


# 2. File names are data ------------------------------------------------------------------------

def test_file_names_that_are_not_utf8_or_hold_control_codes_are_kept_and_printed_escaped(tmp_path, variant_reports):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/\xff\xfe\xb0 report.txt"  # not UTF-8
    with open(raw, "wb") as handle:
        handle.write(SEED.read_bytes())
    forged = folder / "x\nindexed 99 file(s): all fine\x1b[2J\u202e.txt"
    forged.write_bytes(variant_reports[1][0].read_bytes())
    data = tmp_path / "data"
    first = run_cli("index", folder, "--data", data, "--quiet")
    assert first.returncode == 0, first.stderr
    output = first.stdout + first.stderr
    assert "\x1b" not in output and "\u202e" not in output
    assert [line for line in first.stdout.splitlines() if line.startswith("indexed ")] == [first.stdout.splitlines()[-1]]
    assert first.stdout.splitlines()[-1].startswith("indexed 2 file(s)")
    again = _json(run_cli("index", folder, "--data", data, "--quiet", "--json"))
    assert sorted(o["status"] for o in again["files"]) == ["unchanged", "unchanged"]  # the name was kept exactly
    names = {o["path"].rsplit("/", 1)[-1] for o in again["files"]}
    assert "\\xff\\xfe\\xb0 report.txt" in names and any("\\x0a" in n and "\\x1b" in n for n in names)


# 3. Memory bounds ------------------------------------------------------------------------------

def _rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


@needs_pdf
def test_a_huge_page_is_rendered_within_the_pixel_cap_without_growing_the_server(tmp_path):
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    from server.render import MAX_PIXELS

    writer = PdfWriter(clone_from=PdfReader(str(REAL_PDF)))
    for page in writer.pages:
        page.mediabox.upper_right = (8000, 8000)  # 8,000 × 8,000 pt: 1 GP at the usual scale
    big = tmp_path / "in" / "huge pages.pdf"
    big.parent.mkdir()
    with open(big, "wb") as handle:
        writer.write(handle)
    data = tmp_path / "data"
    outcome = _json(run_cli("index", big, "--data", data, "--quiet", "--json"))["files"][0]
    assert outcome["status"] == "indexed", outcome
    proc, url = start_server(data)
    try:
        before = _rss_mb(proc.pid)
        report = requests.get(url + "/api/reports", timeout=30).json()["reports"][0]["id"]
        results = []

        def fetch(page):
            results.append(requests.get(url + f"/source/{report}/{page}.png", timeout=120))

        threads = [threading.Thread(target=fetch, args=(1 + i % 5,)) for i in range(8)]
        started = time.monotonic()
        for t in threads:
            t.start()
        # questions are answered while pages render
        answer = requests.post(url + "/api/ask", json={"question": "2023年行政复议总数"}, timeout=30)
        assert answer.status_code == 200 and time.monotonic() - started < 10
        for t in threads:
            t.join()
        assert {r.status_code for r in results} <= {200, 503}
        shown = [r for r in results if r.status_code == 200]
        assert shown
        for r in shown:
            image = Image.open(__import__("io").BytesIO(r.content))
            assert image.width * image.height <= MAX_PIXELS * 1.01
        assert _rss_mb(proc.pid) - before < 300  # rendering happens in bounded worker processes
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _bomb_pdf(path, inflated_bytes):
    """A valid PDF whose one content stream is small on disk and inflates to `inflated_bytes`."""
    compressor = zlib.compressobj(9)
    block = b"\x20" * (16 << 20)
    parts = [compressor.compress(block) for _ in range(inflated_bytes // len(block))]
    stream = b"".join(parts) + compressor.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_files_that_would_take_all_memory_or_time_are_refused_with_a_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bomb = _bomb_pdf(folder / "bomb.pdf", 2 << 30)  # 2 GiB inflated, a few MB on disk
    assert bomb.stat().st_size < 8 << 20
    with open(folder / "huge.txt", "wb") as handle:  # 200 MB of text
        handle.truncate(200 << 20)
    shutil_copy = folder / "good.txt"
    shutil_copy.write_bytes(SEED.read_bytes())
    data = tmp_path / "data"
    started = time.monotonic()
    result = run_cli("index", folder, "--data", data, "--quiet", "--json",
                     env={"NIANBAO_READER_MEMORY_MB": "1024"})
    outcomes = {Path(o["path"]).name: o for o in _json(result)["files"]}
    assert outcomes["good.txt"]["status"] == "indexed"
    assert outcomes["huge.txt"]["status"] == "rejected" and "too large" in outcomes["huge.txt"]["reason"]
    assert outcomes["bomb.pdf"]["status"] == "rejected"
    assert outcomes["bomb.pdf"]["reason"].startswith("too large to read") and "memory" in outcomes["bomb.pdf"]["reason"]
    assert time.monotonic() - started < 300


@needs_pdf
def test_a_file_too_slow_to_read_is_refused_and_the_files_queued_behind_it_are_indexed(tmp_path, monkeypatch,
                                                                                       variant_reports):
    """The worker reads the next files while the indexer stores the current one; when a file
    overruns its time and the worker is killed, the files queued behind it are read again."""
    from forms import scan_pdf
    from indexer import worker
    from indexer.pipeline import index_paths

    folder = tmp_path / "in"
    folder.mkdir()
    scan_pdf(REAL_PDF, folder / "a scan.pdf")  # OCR: seconds a page
    behind = [folder / f"b{i}.txt" for i in range(3)]
    for path, (report, _, _) in zip(behind, variant_reports):
        path.write_bytes(report.read_bytes())
    monkeypatch.setattr(worker, "TIME_LIMIT", 2)
    summary = index_paths([folder], tmp_path / "data", progress=False)
    outcomes = {Path(o.path).name: o for o in summary.outcomes}
    assert outcomes["a scan.pdf"].status == "rejected" and "took more than 2 s" in outcomes["a scan.pdf"].reason
    assert [outcomes[p.name].status for p in behind] == ["indexed"] * 3


# 4. Slow clients -------------------------------------------------------------------------------

def test_slow_and_idle_clients_do_not_lock_anyone_out(server):
    stop = threading.Event()
    # slow clients (a header byte at a time) and idle keep-alive ones (one request, then silence)
    sockets = hold_connections(server, stop)
    try:
        latencies = []
        for _ in range(10):
            started = time.monotonic()
            response = requests.get(server + "/api/reports", timeout=10)
            latencies.append(time.monotonic() - started)
            assert response.status_code == 200
        assert max(latencies) < 3, latencies
    finally:
        stop.set()
        for s in sockets:
            s.close()


# 5. Bodies judged by their headers -------------------------------------------------------------

def _raw_request(url, head: bytes, body_bytes: int):
    """Send headers and up to body_bytes of body; the status line of the answer, and how long it took."""
    host, port = url.replace("http://", "").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(head)
        try:
            s.sendall(b"x" * body_bytes)
        except OSError:
            pass
        answer = s.recv(4096)
    return answer.split(b"\r\n", 1)[0].decode(), time.monotonic() - started


def test_large_bodies_are_refused_before_they_are_read(upload_server):
    url, data, _ = upload_server
    big = 900 * 2**20
    status, seconds = _raw_request(url, b"POST /api/index HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
                                   b"boundary=b\r\nContent-Length: %d\r\n\r\n" % big, 256 * 1024)
    assert status.startswith("HTTP/1.1 401") and seconds < 5
    status, seconds = _raw_request(url, b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   b"Content-Length: %d\r\n\r\n" % big, 256 * 1024)
    assert status.startswith("HTTP/1.1 413") and seconds < 5
    status, _ = _raw_request(url, b"POST /api/index HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
                             b"Content-Length: %d\r\n\r\n" % (TOKEN.encode(), big), 1024)
    assert status.startswith("HTTP/1.1 413")
    status, _ = _raw_request(url, b"POST /api/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 0)
    assert status.startswith("HTTP/1.1 411")
    leftovers = list((data / "uploads").glob("*")) if (data / "uploads").exists() else []
    assert leftovers == []


# 6. Malformed requests -------------------------------------------------------------------------

def test_malformed_requests_get_400_with_a_reason(server):
    deep = '{"question": "行政复议", "history": ' + "[" * 30000 + "]" * 30000 + "}"
    response = requests.post(server + "/api/ask", data=deep.encode(), headers={"Content-Type": "application/json"},
                             timeout=30)
    assert response.status_code == 400 and "deep" in response.json()["error"]
    for filters in ({"agency": [[["x"]]]}, {"years": {"a": 1}}, {"colour": "red"}, ["x"]):
        response = requests.post(server + "/api/ask", json={"question": "行政复议", "filters": filters}, timeout=30)
        assert response.status_code == 400 and response.json()["error"], filters
    response = requests.post(server + "/api/ask", json={"question": "行政复议", "history": [{"question": 5}]},
                             timeout=30)
    assert response.status_code == 400


def test_an_upload_with_a_very_long_name_is_indexed_under_a_name_the_disk_takes(upload_server, variant_reports):
    url, _, _ = upload_server
    name = "很" * 300 + ".txt"
    response = _upload(url, name, variant_reports[2][0].read_bytes())
    assert response.status_code == 200, response.text
    assert len(response.json()["file_name"].encode("utf-8")) <= 255
    assert response.json()["file_name"].endswith(".txt")


# 7. The same report twice ----------------------------------------------------------------------

@needs_pdf
def test_a_resaved_pdf_is_recognised_and_never_counted_twice(tmp_path):
    from pypdf import PdfReader, PdfWriter

    copy = tmp_path / "in" / "re-saved.pdf"
    copy.parent.mkdir()
    writer = PdfWriter(clone_from=PdfReader(str(REAL_PDF)))
    writer.add_metadata({"/Producer": "another program"})
    with open(copy, "wb") as handle:
        writer.write(handle)
    assert copy.read_bytes() != REAL_PDF.read_bytes()
    data = tmp_path / "data"
    run_cli("index", REAL_PDF, "--data", data, "--quiet")
    outcome = _json(run_cli("index", copy, "--data", data, "--quiet", "--json"))["files"][0]
    assert outcome["status"] == "duplicate" and "agency, year and content match" in outcome["reason"]
    assert _status(data)["reports"] == 1


# 8. Clear errors -------------------------------------------------------------------------------

def _one_line(result):
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_a_data_directory_that_is_a_file_or_a_typo_is_named(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert "is a file" in _one_line(run_cli("ask", "行政复议", "--data", a_file))
    assert "is a file" in _one_line(run_cli("index", SEED, "--data", a_file))
    typo = tmp_path / "dta"
    assert "no archive at" in _one_line(run_cli("ask", "行政复议", "--data", typo))
    assert "no archive at" in _one_line(run_cli("serve", "--data", typo, "--port", "1"))
    assert not typo.exists()


def test_a_read_only_data_directory_is_named(tmp_path):
    base = Path(tempfile.mkdtemp(prefix="nianbao-ro-"))
    os.chmod(base, 0o755)
    report = base / "report.txt"
    report.write_bytes(SEED.read_bytes())
    data = base / "data"
    data.mkdir()
    os.chmod(report, 0o644)
    os.chmod(data, 0o555)
    command = [str(BIN / "nianbao"), "index", str(report), "--data", str(data), "--quiet"]
    if os.geteuid() == 0:  # root writes anywhere: run as nobody, as an unprivileged user would
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "HOME": str(base)})
    assert "cannot write to" in _one_line(result)


def test_a_broken_helper_process_is_an_error_and_a_closed_output_is_not(tmp_path):
    """A pipe to a helper process that breaks (no process can be started: a locked-down
    account) ends `nianbao index` with exit code 2 and a line saying so, not silently; a reader
    of the output that goes away (`nianbao status | head -1`) is no error."""
    code = ("import sys; from indexer import worker\n"
            "def broken(*a, **k): raise BrokenPipeError(32, 'Broken pipe')\n"
            "worker.ParseWorker.submit = broken\n"
            f"sys.argv = ['nianbao', 'index', {str(SEED)!r}, '--data', {str(tmp_path / 'data')!r}, '--quiet']\n"
            "from server.cli import run; run()")
    result = subprocess.run([str(BIN / "python"), "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and "a helper process could not be started" in _one_line(result)
    # a command whose output (2 MB, more than a pipe holds) is read by `head -1`
    long = ("from server import cli\n"
            "def main():\n    for _ in range(2000): print('x' * 1000)\n    return 0\n"
            "cli.main = main; cli.run()")
    piped = subprocess.run(f"'{BIN / 'python'}' -c \"{long}\" | head -1; exit ${{PIPESTATUS[0]}}", shell=True,
                           executable="/bin/bash", capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0 and piped.stdout == "x" * 1000 + "\n" and piped.stderr == "", piped.stderr


def test_damaged_vectors_and_database_are_set_aside_and_rebuilt(tmp_path, variant_reports):
    data = tmp_path / "data"
    files = [SEED, variant_reports[3][0]]
    assert run_cli("index", *files, "--data", data, "--quiet").returncode == 0
    before = _status(data)
    [segment] = list((data / "vectors").glob("seg-*.faiss"))
    segment.write_bytes(segment.read_bytes()[:1000])  # truncated
    # questions are still answered (passages by their words) and the server starts
    answer = run_cli("ask", "平掌乡是怎么处理政务舆情的", "--data", data, "--json")
    assert answer.returncode == 0 and json.loads(answer.stdout)["passages"], answer.stderr
    repaired = run_cli("index", "--data", data, "--quiet")
    assert repaired.returncode == 0 and "damaged vector segment" in repaired.stdout, repaired.stdout
    assert _status(data)["unsealed_vectors"] == 0
    proc, url = start_server(data)
    try:
        served = requests.get(url + "/api/status", timeout=30).json()
        assert served["vectors"] == served["passages"] == before["passages"] and not served["damaged_segments"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    db = data / "nianbao.sqlite"
    db.write_bytes(db.read_bytes()[:4096])  # truncated database
    for extra in ("nianbao.sqlite-wal", "nianbao.sqlite-shm"):
        (data / extra).unlink(missing_ok=True)
    assert "is damaged" in _one_line(run_cli("ask", "行政复议", "--data", data))
    rebuilt = run_cli("index", "--data", data, "--quiet", "--json")
    summary = _json(rebuilt)
    assert any("set aside" in note for note in summary["notes"])
    after = _status(data)
    assert (after["reports"], after["passages"], after["facts"]) == (before["reports"], before["passages"],
                                                                     before["facts"])
    answer = _json(run_cli("ask", "2020年政府集中采购项目有多少个", "--data", data, "--json"))
    assert answer["figures"][0]["source"]["file_name"] == "pingzhang_2020.txt"  # names kept through the rebuild


def test_a_full_disk_stops_the_run_with_one_line_and_keeps_what_was_indexed(tmp_path, variant_reports, monkeypatch):
    from indexer import store
    from indexer.pipeline import index_paths

    data = tmp_path / "data"
    real = store.DataDir.store_file
    calls = []

    def filling(self, *args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(store.DataDir, "store_file", filling)
    with pytest.raises(store.ArchiveError, match="is full: 1 report"):
        index_paths([SEED, variant_reports[4][0]], data, progress=False, in_process=True)
    monkeypatch.setattr(store.DataDir, "store_file", real)
    summary = index_paths([SEED, variant_reports[4][0]], data, progress=False, in_process=True)
    assert summary.recovered == 1
    assert [o.status for o in summary.outcomes] == ["unchanged", "indexed"]
    assert "published 1 report(s) an interrupted run had indexed" in summary.line()


# 9. Small leaks --------------------------------------------------------------------------------

def test_text_with_nul_bytes_keeps_its_tables(tmp_path):
    from indexer.pipeline import parse_report

    text = SEED.read_text(encoding="utf-8")
    clean = parse_report("a.txt", text.encode("utf-8"))
    dirty = parse_report("a.txt", text.replace("\n", "\x00\n", 40).encode("utf-8"))
    assert len(dirty.facts) == len(clean.facts) and not [p for r in dirty.tables.values() for p in r.problems]


def test_big5_text_is_read(tmp_path):
    from indexer.pipeline import parse_report

    text = SEED.read_text(encoding="utf-8")
    from indexer.hanzi import to_simplified  # noqa: F401  (Big5 holds traditional characters)
    import opencc

    traditional = opencc.OpenCC("s2t").convert(text)
    parsed = parse_report("a.txt", traditional.encode("big5", "replace"))
    assert parsed.meta.year == 2020 and len(parsed.facts) > 100


def test_csv_exports_neutralise_formulas_and_never_use_the_host_header(server):
    from server.exports import safe_text

    for text in ("=1+1", " =1+1", "\n=1", "＝1+1", "　=1", "+1", "-1", "@x", "\t=1"):
        assert safe_text(text).startswith("'"), text
    assert safe_text("平掌乡") == "平掌乡" and safe_text("1=1") == "1=1"
    response = requests.post(server + "/api/export.csv", json={"question": "2020年政府集中采购项目有多少个"},
                             headers={"Host": "evil.example"}, timeout=60)
    assert response.status_code == 200 and "evil.example" not in response.text
    assert ",/source/" in response.text  # links relative unless NIANBAO_BASE_URL is set


def test_the_server_holds_no_deleted_files_after_the_archive_changes(tmp_path, variant_reports):
    from indexer.pipeline import index_paths
    from indexer.vectors import MAX_FLAT

    data = tmp_path / "data"
    assert run_cli("index", SEED, "--data", data, "--quiet").returncode == 0
    proc, url = start_server(data)
    try:
        # one report per run: a segment each, merged once there are more than MAX_FLAT
        for path, _, _ in variant_reports[:MAX_FLAT + 1]:
            index_paths([path], data, progress=False, in_process=True)
            requests.post(url + "/api/ask", json={"question": "政务舆情"}, timeout=60)
        assert len(requests.get(url + "/api/reports", timeout=30).json()["reports"]) == MAX_FLAT + 2
        assert len(list((data / "vectors").glob("seg-*"))) < MAX_FLAT  # merged: old files deleted
        held = []
        for fd in os.listdir(f"/proc/{proc.pid}/fd"):
            try:
                held.append(os.readlink(f"/proc/{proc.pid}/fd/{fd}"))
            except FileNotFoundError:  # closed since it was listed (a connection of a finished load)
                pass
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
        assert not [h for h in held if "(deleted)" in h and str(data) in h]
        assert not [m for m in maps.splitlines() if "(deleted)" in m and str(data) in m]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
