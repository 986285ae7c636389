"""Passage vectors: append-only FAISS segment files, merged as they accumulate, searched together.

A run's new vectors wait in SQLite (pending_vectors) until the run seals them into a new
segment file; from then on the segment is their only copy. Adding a report therefore writes
only its own vectors, whatever the archive's size. Segments are merged as they accumulate,
and no merge grows with the number of runs:
- below IVF_FROM vectors in all, segments are flat (an exact scan, fp16: 1 KB per 512-d
  vector); when more than MAX_FLAT exist, they are merged into one, all but the largest
  while it holds more than the rest together (size tiers: a vector is rewritten about
  log₂ of the flat vectors over a run's times before it is folded into the IVF base);
- past IVF_FROM, the vectors are merged into one IVF base (clustered: a query scans NPROBE
  of its lists instead of every vector; 8-bit codes, 512 bytes a vector); later segments
  stay flat and are folded into the base once they hold a tenth of it (added to its lists
  as they are: a vector is rewritten about log₁.₁(N / IVF_FROM) times in all), and the base
  is clustered again when the archive has grown fourfold. The run that folds rewrites the
  base (512 MB at a million vectors): most runs add a small segment, one in many folds.
A passage deleted from the archive (its report replaced) keeps its vector in a segment until
the next merge leaves it out; searches only return passages that still exist.
"""
import math
import os
from pathlib import Path

import numpy as np

IVF_FROM = 200_000  # vectors: a flat scan of 200k fp16 vectors takes ~40 ms on two cores
MAX_FLAT = 6
NPROBE = 48
FOLD_SHARE = 0.1  # small segments are folded into the IVF base when they hold this share of it
MIN_LISTS = 256  # an IVF base's fewest lists (it is made past IVF_FROM vectors)
RETRAIN_GROWTH = 4  # the base is clustered again once the archive has grown this many times since


def load_faiss():
    import faiss

    return faiss


def _add(index, parts):
    """[(ids, vectors)] added to an index part by part (never concatenated)."""
    for ids, vectors in parts:
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))
    return index


def new_flat(ids, vectors):
    faiss = load_faiss()
    d = vectors.shape[1]
    index = faiss.IndexIDMap2(faiss.IndexScalarQuantizer(d, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT))
    return _add(index, [(ids, vectors)])


def new_ivf(parts):
    """An IVF segment of [(ids, vectors)] parts, trained on a sample and filled part by part:
    the parts are never concatenated, so the vectors are held once (see SegmentWriter._merge)."""
    faiss = load_faiss()
    n, d = sum(len(ids) for ids, _ in parts), parts[0][1].shape[1]
    nlist = int(min(16384, max(MIN_LISTS, 4 * math.sqrt(n))))
    quantizer = faiss.IndexFlatIP(d)
    # 8 bits per dimension (512 bytes a vector): cosines change by about 0.005, far less than
    # the differences that rank passages; half the size of fp16 where the archive is large
    index = faiss.IndexIVFScalarQuantizer(quantizer, d, nlist, faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT, False)  # codes stand alone
    chosen = np.sort(np.random.default_rng(0).choice(n, size=min(n, 64 * nlist), replace=False))
    sample, start = [], 0
    for _, vectors in parts:
        sample.append(vectors[chosen[(chosen >= start) & (chosen < start + len(vectors))] - start])
        start += len(vectors)
    index.train(np.ascontiguousarray(np.concatenate(sample), dtype=np.float32))
    del sample
    _add(index, parts)
    index.nprobe = NPROBE
    return index


def contents(index):
    """(ids, vectors) of every vector a segment holds."""
    faiss = load_faiss()
    if isinstance(index, faiss.IndexIDMap2) or isinstance(index, faiss.IndexIDMap):
        ids = faiss.vector_to_array(index.id_map).astype(np.int64)
        vectors = index.index.reconstruct_n(0, index.ntotal) if index.ntotal else np.zeros((0, index.d), np.float32)
        return ids, vectors
    # a segment read from disk is typed as the base class; its scalar quantizer (to decode the
    # codes: they stand alone, not residuals) belongs to the subclass
    ivf = faiss.downcast_index(faiss.extract_index_ivf(index))
    invlists = ivf.invlists
    # decoded list by list into one array: the base of a million vectors is 2 GB as float32
    total = sum(invlists.list_size(i) for i in range(ivf.nlist))
    ids, vectors, at = np.empty(total, np.int64), np.empty((total, index.d), np.float32), 0
    for list_no in range(ivf.nlist):
        size = invlists.list_size(list_no)
        if not size:
            continue
        ids[at:at + size] = faiss.rev_swig_ptr(invlists.get_ids(list_no), size)
        codes = faiss.rev_swig_ptr(invlists.get_codes(list_no), size * invlists.code_size).copy()
        vectors[at:at + size] = ivf.sq.decode(codes.reshape(size, invlists.code_size))
        at += size
    return ids, vectors


def ids_of(index):
    """The ids a segment holds (without decoding its vectors)."""
    faiss = load_faiss()
    if isinstance(index, (faiss.IndexIDMap2, faiss.IndexIDMap)):
        return faiss.vector_to_array(index.id_map).astype(np.int64)
    ivf = faiss.extract_index_ivf(index)
    parts = [faiss.rev_swig_ptr(ivf.invlists.get_ids(i), ivf.invlists.list_size(i)).copy()
             for i in range(ivf.nlist) if ivf.invlists.list_size(i)]
    return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)


def write(index, path: Path):
    """Write a segment file whole or not at all: a temporary file, synced, then renamed."""
    faiss = load_faiss()
    if path.exists():
        raise FileExistsError(f"segment {path} exists: refusing to overwrite it")
    tmp = path.with_name(path.name + ".tmp")
    faiss.write_index(index, str(tmp))
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def read(path: Path, lookup: bool = True):
    """A segment, mapped from its file. `lookup`: with a table from passage to vector in an
    IVF base (for `vector_of`; 0.5 s to make at 100,000 reports, so the indexer's own reads,
    which never look one up, go without)."""
    faiss = load_faiss()
    index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY)
    ivf = _ivf_or_none(index)
    if ivf is not None:
        ivf.nprobe = NPROBE
        if lookup:
            ivf.set_direct_map_type(faiss.DirectMap.Hashtable)
    return index


def _ivf_or_none(index):
    faiss = load_faiss()
    try:
        return faiss.extract_index_ivf(index)
    except RuntimeError:
        return None


def search(index, query, k, allowed=None):
    """[(id, inner product)] of a segment's nearest vectors, within `allowed` ids if given."""
    faiss = load_faiss()
    if index.ntotal == 0:
        return []
    params = None
    ivf = _ivf_or_none(index)
    if allowed is not None:
        selector = faiss.IDSelectorBatch(np.fromiter(allowed, dtype=np.int64))
        params = faiss.SearchParametersIVF(sel=selector, nprobe=NPROBE) if ivf is not None \
            else faiss.SearchParameters(sel=selector)
    scores, ids = index.search(np.asarray(query, dtype=np.float32).reshape(1, -1), min(k, index.ntotal),
                               params=params)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def vector_of(index, chunk_id):
    """The vector a segment holds for a passage, or None."""
    try:
        return index.reconstruct(int(chunk_id))
    except RuntimeError:
        return None


# --- the indexer's side: sealing and merging ----------------------------------------------------

def _to_merge(flat):
    """The flat segments to merge into one: all but the largest while it holds more vectors than
    the rest together (size tiers: a run that merges rewrites the small segments, not the
    large one each time: at 100,000 reports the large one held 93 MB, and rewriting it made
    one run in six take 3 s longer), else all."""
    largest = max(flat, key=lambda s: s["vectors"])
    rest = [s for s in flat if s is not largest]
    return rest if largest["vectors"] > sum(s["vectors"] for s in rest) else flat


class SegmentWriter:
    """Moves a run's new vectors out of SQLite into segments, and keeps the segments few."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _next_file(self, conn, kind):
        """A new segment file's path. Numbers only ever grow (kept in meta), so a new file never
        takes the name of one still listed (row ids are reused once their rows are merged away)."""
        row = conn.execute("SELECT value FROM meta WHERE key = 'segment_serial'").fetchone()
        listed = [int(f.split("-")[1]) for (f,) in conn.execute("SELECT file FROM segments")]
        number = max([int(row[0]) if row else 0, *listed]) + 1
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('segment_serial', ?)", (str(number),))
        return self.root / f"seg-{number:06d}-{kind}.faiss"

    def remove_orphans(self, conn):
        """Segment files no row lists (a run killed while sealing) are incomplete: removed."""
        listed = {r[0] for r in conn.execute("SELECT file FROM segments")}
        for path in self.root.glob("seg-*"):
            if path.name not in listed:
                path.unlink(missing_ok=True)

    def set_aside_damaged(self, conn) -> list:
        """Segments that cannot be read (a truncated or lost file) moved to vectors/damaged/ and
        unlisted; returns their file names. Their passages then have no vector anywhere."""
        damaged = []
        for row in conn.execute("SELECT id, file FROM segments ORDER BY id").fetchall():
            path = self.root / row["file"]
            try:
                read(path, lookup=False)
            except Exception:
                damaged.append(row)
        if damaged:
            aside = self.root / "damaged"
            aside.mkdir(exist_ok=True)
            for row in damaged:
                if (self.root / row["file"]).exists():
                    os.replace(self.root / row["file"], aside / row["file"])
            with conn:
                conn.executemany("DELETE FROM segments WHERE id = ?", [(row["id"],) for row in damaged])
        return [row["file"] for row in damaged]

    def without_vector(self, conn) -> list:
        """Ids of passages whose vector is in no segment and not waiting in their row."""
        have = set()
        for row in conn.execute("SELECT file FROM segments"):
            have.update(int(i) for i in ids_of(read(self.root / row["file"], lookup=False)))
        pending = {r[0] for r in conn.execute("SELECT chunk_id FROM pending_vectors")}
        return [cid for (cid,) in conn.execute("SELECT id FROM chunks") if cid not in have and cid not in pending]

    def seal(self, conn) -> int:
        """The vectors still in passage rows, written as a new segment. Returns how many."""
        rows = conn.execute("SELECT chunk_id, embedding FROM pending_vectors ORDER BY chunk_id").fetchall()
        if not rows:
            return 0
        dimension = len(rows[0][1]) // 4
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dimension)
        path = self._next_file(conn, "flat")
        write(new_flat(ids, vectors), path)
        with conn:  # the segment is listed and the pending copies dropped in one transaction
            self._list(conn, path, "flat", len(ids), dimension)
            conn.execute("DELETE FROM pending_vectors WHERE chunk_id <= ?", (int(ids[-1]),))
        self.compact(conn)
        return len(ids)

    def _list(self, conn, path, kind, count, dimension):
        import time

        conn.execute("INSERT INTO segments (file, kind, vectors, bytes, dimension, created) VALUES (?,?,?,?,?,?)",
                     (path.name, kind, count, path.stat().st_size, dimension, time.strftime("%Y-%m-%dT%H:%M:%S")))

    def compact(self, conn):
        """Merge segments when there are too many small ones, or fold them into the IVF base."""
        segments = conn.execute("SELECT id, file, kind, vectors FROM segments ORDER BY id").fetchall()
        flat = [s for s in segments if s["kind"] == "flat"]
        base = next((s for s in segments if s["kind"] == "ivf"), None)
        total = sum(s["vectors"] for s in segments)
        if base is None and total >= IVF_FROM:
            self._merge(conn, segments, "ivf")
        elif base is not None and sum(s["vectors"] for s in flat) >= FOLD_SHARE * base["vectors"]:
            row = conn.execute("SELECT value FROM meta WHERE key = 'ivf_trained_on'").fetchone()
            if total >= RETRAIN_GROWTH * (int(row[0]) if row else base["vectors"]):
                self._merge(conn, segments, "ivf")  # clustered again: more lists for more vectors
            else:
                self._fold(conn, base, flat)
        elif len(flat) > MAX_FLAT:
            self._merge(conn, _to_merge(flat), "flat")

    @staticmethod
    def _alive(conn, ids):
        """Which of the ids are passages still in the archive (a replaced report's are not)."""
        alive = np.zeros(len(ids), dtype=bool)
        for start in range(0, len(ids), 900):
            part = [int(i) for i in ids[start:start + 900]]
            live = {r[0] for r in conn.execute(f"SELECT id FROM chunks WHERE id IN ({','.join('?' * len(part))})",
                                               part)}
            alive[start:start + len(part)] = [i in live for i in part]
        return alive

    def _replace(self, conn, old, path, kind, count, dimension):
        with conn:
            conn.execute(f"DELETE FROM segments WHERE id IN ({','.join('?' * len(old))})", [s["id"] for s in old])
            self._list(conn, path, kind, count, dimension)
        for s in old:
            (self.root / s["file"]).unlink(missing_ok=True)

    def _merge(self, conn, segments, kind):
        """The segments' live vectors in one new segment. Each segment's are kept as read, not
        concatenated nor copied when all are alive. Clustering the base of the 100,000-report
        archive again (1,057,286 vectors) peaked at 7.0 GB when they were held three times
        over, at 3.4 GB now."""
        parts, d = [], 0
        for s in segments:
            ids, vectors = contents(read(self.root / s["file"], lookup=False))
            alive = self._alive(conn, ids)  # passages deleted since are left out of the merged segment
            parts.append((ids, vectors) if alive.all() else (ids[alive], vectors[alive]))
            d = d or (vectors.shape[1] if len(ids) else 0)
            del ids, vectors
        count = sum(len(ids) for ids, _ in parts)
        path = self._next_file(conn, kind)
        if kind == "ivf" and count:
            write(new_ivf(parts), path)
            with conn:
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('ivf_trained_on', ?)", (str(count),))
        else:
            write(_add(new_flat(np.zeros(0, np.int64), np.zeros((0, d or 1), np.float32)), parts), path)
        del parts
        self._replace(conn, segments, path, kind, count, d if count else 0)

    def _fold(self, conn, base, flat):
        """The small segments' vectors added to the IVF base with its existing clustering (no
        training: a fold costs reading and writing the base, not clustering it again)."""
        faiss = load_faiss()
        index = faiss.read_index(str(self.root / base["file"]))  # in memory, writable
        base_ids = ids_of(index)
        dead = base_ids[~self._alive(conn, base_ids)]
        if len(dead):
            index.remove_ids(faiss.IDSelectorBatch(dead))
        for s in flat:
            ids, vectors = contents(read(self.root / s["file"], lookup=False))
            alive = self._alive(conn, ids)
            if alive.any():
                index.add_with_ids(np.ascontiguousarray(vectors[alive], dtype=np.float32), ids[alive])
        path = self._next_file(conn, "ivf")
        write(index, path)
        self._replace(conn, [base, *flat], path, "ivf", int(index.ntotal), index.d)
