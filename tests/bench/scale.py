"""One archive size, measured end to end, the way a user meets it.

For N generated reports (tests/variants.py, well under a second per thousand):
- indexing them with `nianbao index` (a subprocess: what an operator runs): seconds, pages/s,
  reports/s, the indexer's peak memory;
- the data directory's size, in all and per report;
- adding one more report: `nianbao index ONE_FILE` wall time (start, model load, reading,
  writing, publishing), and the same inside a warm process;
- `nianbao serve`: seconds until it answers its first question, and its resident memory then;
- over HTTP from one client: figure, passage and all-agency sum questions, p50 / p95;
- 50 concurrent clients for `load_seconds`: requests, errors, latencies, the server's peak memory.
"""
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

import requests  # noqa: E402

from conftest import BIN, start_server  # noqa: E402
from load import run_load, summarize  # noqa: E402
from variants import generate  # noqa: E402


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def proc_memory_mb(pid):
    """(resident, peak resident) MB of a running process."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            out[line.split(":")[0]] = int(line.split()[1]) // 1024
    return out.get("VmRSS", 0), out.get("VmHWM", 0)


def _tree_rss_mb(pid) -> int:
    """Resident memory of a process and its descendants now (MB), from /proc."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            total += proc_memory_mb(current)[0]
            todo += [int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except (OSError, ValueError):
            continue  # a process that ended between two reads
    return total


def cli_index(paths, data, env=None):
    """`nianbao index` in a subprocess: (summary JSON, wall seconds, peak RSS MB of the indexer).

    The peak is the largest resident memory of the indexer and its reader worker together,
    sampled every 0.1 s. Neither RUSAGE_CHILDREN (the largest of every child so far: a 300-page
    PDF indexed earlier in the same bench) nor the child's own ru_maxrss will do: a forked
    child's high-water mark starts from its parent's memory, and this bench's process holds
    two models (1.8 GB read for the 1,000 reports, whose indexer peaks near 0.8 GB)."""
    import threading

    started = time.perf_counter()
    proc = subprocess.Popen([str(BIN / "nianbao"), "index", *map(str, paths), "--data", str(data), "--quiet",
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, proc.args, out, err)
    return json.loads(out), seconds, peak[0]


def questions_for(written, rng, count=40):
    """Questions of the three kinds, about the generated agencies and years."""
    sample = rng.sample(written, min(count, len(written)))
    years = sorted({y for _, _, y in written})
    figure = []
    for _, name, year in sample:
        figure += [f"{name}{year}年行政许可处理决定数量", f"{name}{year}年行政复议总数",
                   f"{name}{year}年本年新收自然人申请数量"]
    passage = []
    for _, name, year in sample[:count // 2]:
        passage += [f"{name}存在的主要问题", f"{name}{year}年是怎么做好政务新媒体管理的"]
    passage += ["政务舆情处置机制", "依申请公开工作存在哪些问题", "What problems did the reports name?"]
    sums = [f"{y}年所有单位行政复议总数合计" for y in years] + \
           [f"{y}年各单位行政许可处理决定数量合计" for y in years]
    return figure, passage, sums


def http_latencies(url, questions, passes=2):
    session = requests.Session()
    by_kind, ms = {}, []
    for _ in range(passes):
        for q in questions:
            started = time.perf_counter()
            response = session.post(url + "/api/ask", json={"question": q}, timeout=120)
            response.raise_for_status()
            elapsed = (time.perf_counter() - started) * 1000
            ms.append(elapsed)
            kind = response.json()["kind"]
            by_kind[kind] = by_kind.get(kind, 0) + 1
    return {**summarize(ms), "kinds": by_kind}


def upload_and_ask(url, report, token):
    """Add one report through the running server, as the page's drag and drop does
    (POST /api/index, its model and archive warm), then ask a figure of it: seconds to the
    upload's outcome, and to the first answer that gives the new report's figure."""
    path, agency, year = report
    question = f"{agency}{year}年行政复议总数"

    def answered():
        answer = requests.post(url + "/api/ask", json={"question": question}, timeout=120).json()
        return any(agency in (f.get("agency_key"), f.get("agency")) and f.get("year") == year
                   for f in answer.get("figures", []))

    if answered():
        return {"status": f"not measured: the archive already holds {agency} {year}"}
    started = time.perf_counter()
    with open(path, "rb") as handle:
        response = requests.post(url + "/api/index?wait=300", files={"file": (path.name, handle)},
                                 headers={"Authorization": f"Bearer {token}"}, timeout=330)
    indexed = time.perf_counter() - started
    out = {"status": response.json().get("status"), "seconds_to_indexed": round(indexed, 2)}
    while time.perf_counter() - started < 120:
        if answered():
            out["seconds_to_answered"] = round(time.perf_counter() - started, 2)
            break
        time.sleep(0.1)
    return out


def serve_and_measure(data, figure, passage, sums, load_seconds, upload=None):
    """Start the server, time its first answer, measure latencies and a 50-client load, then
    (`upload`: (path, agency, year) of a report the archive does not hold) add one report
    through the server."""
    token = "bench-" + str(random.Random().getrandbits(64))
    started = time.perf_counter()
    proc, url = start_server(data, env={"NIANBAO_ADMIN_TOKEN": token})
    try:
        ready = time.perf_counter() - started
        response = requests.post(url + "/api/ask", json={"question": figure[0]}, timeout=120)
        response.raise_for_status()
        first_answer = time.perf_counter() - started
        # a passage needs the embedding model, which loads while the server already listens
        response = requests.post(url + "/api/ask", json={"question": passage[0]}, timeout=120)
        response.raise_for_status()
        first_passage = time.perf_counter() - started
        rss_start, _ = proc_memory_mb(proc.pid)
        # the latencies below are the warm server's: the English dictionaries load after the
        # model, and would share the two cores with the first questions measured
        while not requests.get(url + "/api/status", timeout=30).json()["ready"]:
            if time.perf_counter() - started > 300:
                raise RuntimeError("the server did not finish loading its model and dictionaries in 300 s")
            time.sleep(0.2)
        out = {"start_seconds_to_listen": round(ready, 2), "start_seconds_to_first_answer": round(first_answer, 2),
               "start_seconds_to_first_passage_answer": round(first_passage, 2),
               "start_seconds_to_ready": round(time.perf_counter() - started, 2),
               "rss_mb_after_first_answer": rss_start}
        out["figure"] = http_latencies(url, figure)
        out["passage"] = http_latencies(url, passage)
        out["sum_all_agencies"] = http_latencies(url, sums, passes=3)
        out["rss_mb_after_latencies"] = proc_memory_mb(proc.pid)[0]
        mix = figure[:60] + passage[:20] + sums[:6]
        random.Random(5).shuffle(mix)
        out["load_50_clients"] = run_load(url, mix, clients=50, seconds=load_seconds)
        out["rss_mb_after_load"], out["peak_rss_mb"] = proc_memory_mb(proc.pid)
        if upload:
            out["add_one_report_by_upload"] = upload_and_ask(url, upload, token)
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def build(n, work: Path, seed=11):
    """Generate and index N reports, measure the data and adding one more. Kept in
    work/build-N.json, so the serving measurements can be run again on the same archive."""
    saved = work / f"build-{n}.json"
    if saved.exists() and (work / f"data-{n}").exists():
        kept = json.loads(saved.read_text(encoding="utf-8"))
        return kept["result"], [tuple(w) for w in kept["written"]]
    work.mkdir(parents=True, exist_ok=True)
    source, data = work / f"reports-{n}", work / f"data-{n}"
    result = {"reports": n}
    started = time.perf_counter()
    written = generate(source, n, seed=seed)
    result["generate_seconds"] = round(time.perf_counter() - started, 2)

    summary, seconds, peak = cli_index([source], data)
    done = [f for f in summary["files"] if f["status"] in ("indexed", "replaced")]
    pages = sum(f["pages"] for f in done)
    result["index"] = {"seconds": round(seconds, 1), "indexed": len(done),
                       "rejected": sum(1 for f in summary["files"] if f["status"] == "rejected"),
                       "pages": pages, "pages_per_second": round(pages / seconds, 1),
                       "reports_per_second": round(len(done) / seconds, 2),
                       "embed_share": round(summary["embed_seconds"] / max(summary["seconds"], 1e-9), 3),
                       "indexer_peak_rss_mb": peak}
    size = dir_size(data)
    parts = {"database": sum(f.stat().st_size for f in data.glob("nianbao.sqlite*")),
             "vectors": dir_size(data / "vectors"), "report_copies": dir_size(data / "files")}
    result["data"] = {"bytes": size, "kb_per_report": round(size / 1024 / max(1, len(done)), 1),
                      "parts_kb_per_report": {k: round(v / 1024 / max(1, len(done)), 1) for k, v in parts.items()},
                      "segments": sorted(p.name for p in (data / "vectors").glob("seg-*"))}

    # one more report, of an agency the archive does not hold yet: from the command line
    # (start, model load, reading, writing, publishing), then in a warm process
    # three times, each a report of its own: one run's time varies by a second or two on this
    # machine (the model's libraries read from disk or from the cache); the median is reported
    runs = []
    for k in range(3):
        [(one, _, _)] = generate(work / f"extra-{n}-{k}", 1, seed=seed + 1000 + k)
        summary, seconds, _ = cli_index([one], data)
        runs.append((round(seconds, 2), summary["files"][0]["status"], summary["seconds"]))
    median = sorted(runs)[1]
    result["add_one_report"] = {"cli_seconds": median[0], "cli_runs": [r[0] for r in runs],
                                "status": [r[1] for r in runs], "indexer_seconds": median[2]}
    [(two, _, _)] = generate(work / f"extra2-{n}", 1, seed=seed + 2000)
    from indexer.embed import load_model
    from indexer.pipeline import index_paths

    load_model()
    started = time.perf_counter()
    warm = index_paths([two], data, progress=False)
    result["add_one_report"]["warm_process_seconds"] = round(time.perf_counter() - started, 2)
    result["add_one_report"]["warm_status"] = warm.outcomes[0].status
    saved.write_text(json.dumps({"result": result, "written": [[str(p), a, y] for p, a, y in written]},
                                ensure_ascii=False), encoding="utf-8")
    return result, written


def measure_size(n, work: Path, load_seconds=30.0, seed=11):
    result, written = build(n, work, seed)
    figure, passage, sums = questions_for(written, random.Random(seed))
    held = {agency for _, agency, _ in written}
    for attempt in range(100):  # an agency the archive does not hold
        upload = work / f"upload-{n}-{time.strftime('%Y%m%d%H%M%S')}-{attempt}"
        [report] = generate(upload, 1, seed=seed + 3000 + attempt + int(time.time()) % 100_000)
        if report[1] not in held:
            break
    result["server"] = serve_and_measure(work / f"data-{n}", figure, passage, sums, load_seconds, upload=report)
    return result


def table_rows(size):
    s, srv = size, size["server"]
    load = srv["load_50_clients"]
    return [
        ("reports", s["reports"]),
        ("index: seconds / pages/s / reports/s", f"{s['index']['seconds']} / {s['index']['pages_per_second']} / "
                                                 f"{s['index']['reports_per_second']}"),
        ("data: MB / KB per report", f"{s['data']['bytes'] / 2**20:.0f} / {s['data']['kb_per_report']}"),
        ("add one report: CLI s / warm process s", f"{s['add_one_report']['cli_seconds']} / "
                                                   f"{s['add_one_report']['warm_process_seconds']}"),
        ("add one report through the server: s to indexed / to answered",
         f"{srv.get('add_one_report_by_upload', {}).get('seconds_to_indexed')} / "
         f"{srv.get('add_one_report_by_upload', {}).get('seconds_to_answered')}"),
        ("server: s to first answer / RSS MB", f"{srv['start_seconds_to_first_answer']} / "
                                              f"{srv['rss_mb_after_first_answer']}"),
        ("figure p50 / p95 ms", f"{srv['figure']['p50_ms']} / {srv['figure']['p95_ms']}"),
        ("passage p50 / p95 ms", f"{srv['passage']['p50_ms']} / {srv['passage']['p95_ms']}"),
        ("all-agency sum p50 / p95 ms", f"{srv['sum_all_agencies']['p50_ms']} / {srv['sum_all_agencies']['p95_ms']}"),
        ("50 clients: requests / errors / p95 ms", f"{load['requests']} / {load['errors']} / {load['all']['p95_ms']}"),
        ("server peak RSS MB", srv["peak_rss_mb"]),
    ]


if __name__ == "__main__":  # python tests/bench/scale.py N WORKDIR [LOAD_SECONDS]
    load = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    print(json.dumps(measure_size(int(sys.argv[1]), Path(sys.argv[2]), load), indent=2, ensure_ascii=False))
