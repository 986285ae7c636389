"""`make bench`: indexing throughput, index size, query latency and load, measured, as JSON.

    python tests/bench/run.py [--reports 1000] [--load-seconds 30] [--out build/bench.json]

Two archives are measured: the real corpus (corpus/ and ../shared/corpus) and an archive
scaled to --reports reports generated from the real ones (tests/variants.py says how).
Latencies are per question, warm, in the process (the answer's own cost) and over HTTP
through waitress from one client (what a user waits for); the load run adds 50 clients.
"""
import argparse
import cProfile
import json
import pstats
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import requests  # noqa: E402

from conftest import SEED, SHARED_CORPUS, start_server  # noqa: E402
from forms_and_models import index_side_by_side, ocr_speed  # noqa: E402
from load import run_load, summarize  # noqa: E402
from variants import generate  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "questions.jsonl"
PASSAGE_QUESTIONS = ["平掌乡存在的主要问题", "洪泽区如何加强政务新媒体管理", "政府信息公开平台建设情况", "依申请公开工作存在哪些问题",
                     "What problems did Pingzhang report?", "how is new media managed in Hongze", "政策解读的形式",
                     "信息审核发布制度", "下一步工作打算", "政务舆情处置机制"]


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def index(paths, data):
    from indexer.pipeline import index_paths

    summary = index_paths(paths, data, progress=False)
    done = summary.count("indexed", "replaced")
    pages = sum(o.pages for o in done)
    gen = data / summary.generation
    return {
        "files": len(done), "rejected": len(summary.count("rejected")), "pages": pages,
        "facts": sum(o.facts for o in done), "chunks": sum(o.chunks for o in done),
        "seconds": round(summary.seconds, 2), "pages_per_second": round(pages / summary.seconds, 1),
        "embed_seconds": round(summary.embed_seconds, 2),
        "embed_share": round(summary.embed_seconds / summary.seconds, 3),
        "size_bytes": {"sqlite": (gen / "nianbao.sqlite").stat().st_size, "faiss": (gen / "chunks.faiss").stat().st_size,
                       "report_copies": dir_size(data / "files")},
    }


def latencies(archive, questions, passes=3):
    from server.answer import answer

    for q in questions:  # warm up
        answer(archive, q)
    by_kind = {}
    for _ in range(passes):
        for q in questions:
            started = time.perf_counter()
            kind = answer(archive, q)["kind"]
            by_kind.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    return {kind: summarize(ms) for kind, ms in by_kind.items()}


def http_latencies(url, questions, passes=2):
    session = requests.Session()
    ms = []
    for _ in range(passes):
        for q in questions:
            started = time.perf_counter()
            response = session.post(url + "/api/ask", json={"question": q}, timeout=60)
            response.raise_for_status()
            ms.append((time.perf_counter() - started) * 1000)
    return summarize(ms)


def profile(archive, questions, top=15):
    """Where the time of answering goes: the functions with the most cumulative time."""
    from server.answer import answer

    profiler = cProfile.Profile()
    profiler.enable()
    for q in questions:
        answer(archive, q)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    rows = []
    for (file, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
        rows.append((ct, tt, f"{Path(file).name}:{line} {name}", nc))
    rows.sort(reverse=True)
    return {"total_seconds": round(total, 3), "questions": len(questions),
            "top_cumulative": [{"function": f, "cumulative_s": round(ct, 4), "own_s": round(tt, 4), "calls": n}
                               for ct, tt, f, n in rows[:top]]}


def scaled_questions(written, rng):
    from pypinyin import lazy_pinyin

    figure, broad, passage = [], [], []
    for path, name, year in rng.sample(written, min(60, len(written))):
        stem = "".join(lazy_pinyin(name[:-1])).title()
        figure += [f"{name}{year}年行政许可处理决定数量", f"{name}{year}年行政复议总数",
                   f"{name}{year}年本年新收自然人申请数量", f"How many administrative reviews did {stem} have in {year}?"]
        passage += [f"{name}存在的主要问题", f"What problems did {stem} report?"]
    years = sorted({y for _, _, y in written})
    broad = [f"{y}年行政复议总数" for y in years] + ["所有单位行政许可处理决定数量合计"]
    return figure, broad, passage


def table(rows):
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--load-seconds", type=float, default=30.0)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench.json"))
    args = parser.parse_args()

    from indexer.embed import load_model
    from server.archive import ArchiveHolder

    work = Path(tempfile.mkdtemp(prefix="nianbao-bench-"))
    result = {"machine": {"cpus": __import__("os").cpu_count(), "python": sys.version.split()[0]},
              "date": time.strftime("%Y-%m-%d %H:%M")}
    try:
        started = time.perf_counter()
        load_model()
        result["model_load_seconds"] = round(time.perf_counter() - started, 2)

        # --- the real corpus ------------------------------------------------------------------
        real = work / "real"
        result["real"] = {"index": index([SEED, SHARED_CORPUS], real)}
        archive = ArchiveHolder(real).get()
        gold = [json.loads(l)["question"] for l in GOLD.read_text(encoding="utf-8").splitlines() if l.strip()]
        result["real"]["latency_in_process"] = {"figure_questions": latencies(archive, gold),
                                               "passage_questions": latencies(archive, PASSAGE_QUESTIONS)}

        # the same files indexed with the model used before and the one used now; OCR speed
        result["real"]["models_side_by_side"] = index_side_by_side([SEED, SHARED_CORPUS], work / "models")
        sample = work / "variants-sample"
        generate(sample, 100)
        result["generated_100_models_side_by_side"] = index_side_by_side([sample], work / "models-sample")
        pdf = next(SHARED_CORPUS.glob("*.pdf"), None)
        if pdf:
            result["ocr"] = ocr_speed(pdf, work)

        # a long PDF: the real report's pages repeated to 300
        long_pdf = work / "long.pdf"
        pdf = next(SHARED_CORPUS.glob("*.pdf"), None)
        if pdf:
            import pypdfium2 as pdfium

            src, out = pdfium.PdfDocument(str(pdf)), pdfium.PdfDocument.new()
            out.import_pages(src, list(range(len(src))) + [len(src) - 1] * (300 - len(src)))
            out.save(str(long_pdf))
            result["long_pdf_300_pages"] = index([long_pdf], work / "long")

        # --- the scaled archive -------------------------------------------------------------
        started = time.perf_counter()
        written = generate(work / "variants", args.reports)
        generate_seconds = time.perf_counter() - started
        scaled = work / "scaled"
        result["scaled"] = {"reports": len(written), "generate_seconds": round(generate_seconds, 1),
                            "index": index([work / "variants"], scaled)}
        started = time.perf_counter()
        archive = ArchiveHolder(scaled).get()
        result["scaled"]["archive_load_seconds"] = round(time.perf_counter() - started, 2)
        rng = random.Random(3)
        figure, broad, passage = scaled_questions(written, rng)
        result["scaled"]["latency_in_process"] = {
            "figure_questions": latencies(archive, figure, passes=2),
            "broad_figure_questions_all_agencies": latencies(archive, broad, passes=2),
            "passage_questions": latencies(archive, passage, passes=2)}
        result["scaled"]["profile_figure"] = profile(archive, figure)
        result["scaled"]["profile_passage"] = profile(archive, passage)

        proc, url = start_server(scaled)
        try:
            result["scaled"]["latency_http_one_client"] = {
                "figure_questions": http_latencies(url, figure), "passage_questions": http_latencies(url, passage)}
            result["scaled"]["load_50_clients"] = run_load(url, figure[:40] + passage[:10] + broad[:2],
                                                           clients=50, seconds=args.load_seconds)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    finally:
        shutil.rmtree(work, ignore_errors=True)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")

    r, s = result["real"], result["scaled"]
    rows = [
        ("model load (s)", result["model_load_seconds"]),
        ("real corpus: files / pages / facts / chunks", f"{r['index']['files']} / {r['index']['pages']} / "
                                                         f"{r['index']['facts']} / {r['index']['chunks']}"),
        ("real corpus: index pages/s (embedding share)", f"{r['index']['pages_per_second']} ({r['index']['embed_share']:.0%})"),
        ("real corpus: figure p50 / p95 (ms)", _pp(r["latency_in_process"]["figure_questions"])),
        ("real corpus: passage p50 / p95 (ms)", _pp(r["latency_in_process"]["passage_questions"])),
    ]
    side = r.get("models_side_by_side", {})
    if "use_now" in side:
        rows.append(("real corpus indexed with MiniLM (before) / USE (now): seconds",
                     f"{side['minilm_before']['seconds']} / {side['use_now']['seconds']} ({side['speedup']}x faster)"))
        rows.append(("embedding passages/s: MiniLM / USE", f"{side['minilm_before']['passages_per_embed_second']} / "
                                                          f"{side['use_now']['passages_per_embed_second']}"))
    gen = result.get("generated_100_models_side_by_side", {})
    if "use_now" in gen:
        rows.append(("100 generated reports, MiniLM (before) / USE (now): seconds",
                     f"{gen['minilm_before']['seconds']} / {gen['use_now']['seconds']} ({gen['speedup']}x faster)"))
    if "ocr" in result:
        rows.append(("OCR of a scanned PDF: pages/s", result["ocr"]["pages_per_second"]))
    if "long_pdf_300_pages" in result:
        lp = result["long_pdf_300_pages"]
        rows.append(("300-page PDF: pages/s (embedding share)", f"{lp['pages_per_second']} ({lp['embed_share']:.0%})"))
    si = s["index"]
    rows += [
        (f"scaled ({s['reports']} reports): pages/s (embedding share)", f"{si['pages_per_second']} ({si['embed_share']:.0%})"),
        ("scaled: index seconds / size (sqlite + faiss MB)",
         f"{si['seconds']} / {(si['size_bytes']['sqlite'] + si['size_bytes']['faiss']) / 2**20:.1f}"),
        ("scaled: archive load (s)", s["archive_load_seconds"]),
        ("scaled: figure p50 / p95 (ms) [target p95 < 30]", _pp(s["latency_in_process"]["figure_questions"])),
        ("scaled: all-agency figure p50 / p95 (ms)", _pp(s["latency_in_process"]["broad_figure_questions_all_agencies"])),
        ("scaled: passage p50 / p95 (ms) [target p95 < 150]", _pp(s["latency_in_process"]["passage_questions"])),
        ("scaled over HTTP: figure / passage p95 (ms)",
         f"{s['latency_http_one_client']['figure_questions']['p95_ms']} / "
         f"{s['latency_http_one_client']['passage_questions']['p95_ms']}"),
        ("load: 50 clients, requests / errors / rps",
         f"{s['load_50_clients']['requests']} / {s['load_50_clients']['errors']} / {s['load_50_clients']['throughput_rps']}"),
        ("load: p50 / p95 / p99 (ms)", f"{s['load_50_clients']['all']['p50_ms']} / {s['load_50_clients']['all']['p95_ms']}"
                                       f" / {s['load_50_clients']['all']['p99_ms']}"),
        ("peak RSS (MB)", result["peak_rss_mb"]),
    ]
    print(table(rows))
    print(f"\nwritten to {out}")


def _pp(summary):
    merged = [summary[k] for k in summary]
    if len(merged) == 1:
        return f"{merged[0]['p50_ms']} / {merged[0]['p95_ms']}"
    return "; ".join(f"{k}: {v['p50_ms']} / {v['p95_ms']}" for k, v in summary.items())


if __name__ == "__main__":
    main()
