"""`make bench`: speed, size, memory and behaviour under load and attack, measured, as JSON.

    python tests/bench/run.py [--sizes 1000,10000] [--load-seconds 30] [--out build/bench.json]
                              [--no-real] [--no-hostile]

- sizes: archives of generated reports (tests/variants.py) measured end to end by
  tests/bench/scale.py: indexing, data size, adding one report, server start, latencies
  and 50 concurrent clients. `make bench-100k` runs the 100,000 size on its own.
- real: the real corpus (corpus/ and ../shared/corpus): indexing speed, the embedding model
  beside the one used before and the code as it was before issue 10 on the same files (and
  on 100 generated reports), OCR speed, a 300-page PDF.
- hostile: the bounded tests of `make test` at full length (tests/bench/hostile.py).
Results are merged into --out (a size measured again replaces its old figures).
"""
import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(HERE)]

from conftest import SEED, SHARED_CORPUS  # noqa: E402
from scale import cli_index, dir_size, measure_size, table_rows  # noqa: E402


def real_corpus(work: Path):
    from forms_and_models import index_side_by_side, ocr_speed, pdf_reading
    from variants import generate

    out = {}
    summary, seconds, peak = cli_index([SEED, SHARED_CORPUS], work / "real")
    done = [f for f in summary["files"] if f["status"] in ("indexed", "replaced")]
    pages = sum(f["pages"] for f in done)
    out["index"] = {"files": len(done), "pages": pages, "seconds": round(seconds, 2),
                    "pages_per_second": round(pages / seconds, 1), "indexer_peak_rss_mb": peak,
                    "data_bytes": dir_size(work / "real")}
    out["models_side_by_side"] = index_side_by_side([SEED, SHARED_CORPUS], work / "models")
    sample = work / "variants-sample"
    generate(sample, 100)
    out["generated_100_models_side_by_side"] = index_side_by_side([sample], work / "models-sample")
    pdf = next(SHARED_CORPUS.glob("*.pdf"), None)
    if pdf:
        out["pdf_reading"] = pdf_reading(sorted(SHARED_CORPUS.glob("*.pdf")))
        out["ocr"] = ocr_speed(pdf, work)
        import pypdfium2 as pdfium

        long_pdf = work / "long.pdf"
        src, dst = pdfium.PdfDocument(str(pdf)), pdfium.PdfDocument.new()
        dst.import_pages(src, list(range(len(src))) + [len(src) - 1] * (300 - len(src)))
        dst.save(str(long_pdf))
        summary, seconds, peak = cli_index([long_pdf], work / "long")
        out["long_pdf_300_pages"] = {"seconds": round(seconds, 1), "pages_per_second": round(300 / seconds, 1),
                                     "indexer_peak_rss_mb": peak, "status": summary["files"][0]["status"]}
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--load-seconds", type=float, default=30.0)
    parser.add_argument("--hostile-seconds", type=float, default=20.0)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench.json"))
    parser.add_argument("--no-real", action="store_true")
    parser.add_argument("--no-hostile", action="store_true")
    parser.add_argument("--work", default=None, help="keep the archives here (default: a temporary folder)")
    args = parser.parse_args()

    out = Path(args.out)
    result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    result["machine"] = {"cpus": __import__("os").cpu_count(), "python": sys.version.split()[0]}
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="nianbao-bench-"))
    if not args.no_real:
        result["real"] = real_corpus(work / "real-corpus")
        result["real"]["date"] = time.strftime("%Y-%m-%d %H:%M")
    if not args.no_hostile:
        from hostile import run_hostile

        result["hostile"] = run_hostile(work / "hostile", args.hostile_seconds)
        result["hostile"]["date"] = time.strftime("%Y-%m-%d %H:%M")
    sizes = result.setdefault("sizes", {})
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        sizes[str(n)] = measure_size(n, work / f"size-{n}", args.load_seconds)
        sizes[str(n)]["date"] = time.strftime("%Y-%m-%d %H:%M")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")

    for n, size in sorted(sizes.items(), key=lambda kv: int(kv[0])):
        print(f"\n{n} reports")
        for label, value in table_rows(size):
            print(f"  {label:42} {value}")
    if "real" in result:
        r = result["real"]
        print(f"\nreal corpus: {r['index']['pages']} pages at {r['index']['pages_per_second']} pages/s")
    if "hostile" in result:
        print("\nhostile:", json.dumps(result["hostile"], ensure_ascii=False))
    from table import markdown

    print("\n" + markdown(result))  # the README's table
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
