"""The server's view of the archive: report and agency lists in memory, everything else on disk.

What is held in memory grows with the number of reports and agencies only (a few hundred
bytes each); passages, cells, pages and the lexical index stay in SQLite (FTS5), vectors
in memory-mapped FAISS segments (indexer/vectors.py). So the server starts in seconds at
any size, and its memory is the lists plus what the operating system caches.

Consistency: each request reads one SQLite snapshot (`ArchiveHolder.snapshot`) and only the
reports of the list it was given, which is never newer than its snapshot. When the indexer
publishes (the archive `version` in meta changes), one background thread loads the new list
in a snapshot of its own; requests wait for it up to RELOAD_WAIT seconds (enough at most
sizes), then are answered from the list held — one publish behind, never half a report.
"""
import gc
import json
import logging
import sqlite3
import threading
from contextlib import contextmanager
from functools import cached_property
from dataclasses import dataclass, field
from pathlib import Path

from indexer import catalog, lexical
from indexer import vectors as segments
from indexer.agencies import agency_aliases, agency_english, parents, without_zone_committee
from indexer.embed import DIMENSION
from indexer.schema import SCHEMA_VERSION, connect
from indexer.store import ArchiveError, DataDir

from .agency_match import AgencyIndex, english_display
from .lexicon import Lexicon
from .passages import PassageSearch
from .question import normalize
from .stated import StatedIndex

log = logging.getLogger("nianbao")
# Seconds a request waits for a newly published version to load (a small archive loads in
# well under a second); past that it is answered from the version held, one publish behind.
RELOAD_WAIT = 2.0
# A scope of up to this many reports is searched one rowid range (a report's passages) at a time.
MAX_SPANS = 8


@dataclass
class Agency:
    key: str
    name: str  # the fullest name its reports print
    name_en: str
    aliases: set
    years: list = field(default_factory=list)
    parents: list = field(default_factory=list)  # places its reports put it in: ["淮安市"]


class Report:
    """One report as the server lists it. Its problems and notes are decoded when first read:
    most requests never need them, and an archive of 100,000 reports loads in seconds."""

    __slots__ = ("id", "file_name", "stored_file", "format", "agency", "agency_key", "year", "template", "title",
                 "pages", "_problems", "_notes", "url", "indexed_at", "num")

    def __init__(self, id, file_name, stored_file, format, agency, agency_key, year, template, title, pages,
                 problems, notes, url="", indexed_at="", num=0):
        self.id, self.file_name, self.stored_file, self.format = id, file_name, stored_file, format
        self.agency, self.agency_key, self.year, self.template = agency, agency_key, year, template
        self.title, self.pages, self._problems, self._notes = title, pages, problems, notes
        self.url, self.indexed_at, self.num = url, indexed_at, num  # num: its number in the database

    @property
    def problems(self) -> list:
        if isinstance(self._problems, str):
            self._problems = json.loads(self._problems)
        return self._problems

    @property
    def notes(self) -> list:
        if isinstance(self._notes, str):
            self._notes = json.loads(self._notes)
        return self._notes


class VectorIndex:
    """The archive's passage vectors: its FAISS segments, searched together, and the vectors
    of passages not yet sealed into a segment (an interrupted run), held in memory."""

    def __init__(self, data: DataDir, conn):
        self.parts, self.damaged = [], []
        self.dimension = None
        for row in conn.execute("SELECT file, dimension FROM segments ORDER BY id"):
            try:
                index = segments.read(data.vectors / row["file"])
            except Exception as exc:  # a truncated or lost file: its passages are found by words only
                self.damaged.append(f"{row['file']}: {exc.__class__.__name__}")
                continue
            self.parts.append(index)
            self.dimension = index.d
        unsealed = conn.execute("SELECT chunk_id, embedding FROM pending_vectors").fetchall()
        if unsealed:
            import numpy as np

            d = len(unsealed[0][1]) // 4
            vectors = np.frombuffer(b"".join(r[1] for r in unsealed), dtype=np.float32).reshape(len(unsealed), d)
            self.parts.append(segments.new_flat([r[0] for r in unsealed], vectors))
            self.dimension = d
        if self.damaged:
            log.warning("nianbao: damaged vector segment(s) %s: their passages are found by words only until "
                        "`nianbao index` repairs them", ", ".join(self.damaged))

    @property
    def size(self) -> int:
        return sum(p.ntotal for p in self.parts)

    def search(self, query, k, allowed=None):
        """[(chunk id, cosine)] nearest first, over every segment."""
        if allowed is not None and not allowed:
            return []
        found = []
        for part in self.parts:
            found.extend(segments.search(part, query, k, allowed))
        found.sort(key=lambda hit: -hit[1])
        return found[:k]

    def vector(self, chunk_id):
        for part in reversed(self.parts):  # newest first: a re-embedded passage's newest vector
            v = segments.vector_of(part, chunk_id)
            if v is not None:
                return v
        return None


class Archive:
    """One published version of the archive, as the server reads it."""

    def __init__(self, holder, conn=None, version=0):
        self.holder = holder
        self.data_root = holder.data.root if holder else Path(".")
        self.version = version
        self.reports, self.agencies = {}, {}
        self.chunk_total = self.stated_total = 0
        self._frequency = {}
        self._cell_keys = None
        self.vectors = None
        self.lexicon = None
        if conn is not None:
            self._load(conn)
        self.agency_index = AgencyIndex(self.agencies.values(), normalize)
        self.stated = StatedIndex(self)
        self.passages = PassageSearch(self)

    @property
    def generation(self) -> str:
        return str(self.version)

    def _load(self, conn):
        import faiss

        # Queries are single vectors: threads cost more than they save, and the web server
        # already runs requests in parallel.
        faiss.omp_set_num_threads(1)
        made_by = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if made_by and made_by[0] != SCHEMA_VERSION:
            root = self.holder.data.root
            raise ArchiveError(f"{root} holds an archive of an earlier version: convert it with "
                               f"`nianbao index --data {root}` (its reports are kept)")
        # in agency and year order, as lists and answers show them
        for num, report_id, *fields, passages in catalog.read(conn):
            self.reports[report_id] = Report(report_id, *fields, num)
            self.chunk_total += passages
        names = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT key, name_en, aliases FROM agency_names")}
        self._group_agencies(names)
        self.stated_total = conn.execute("SELECT COUNT(*) FROM stated_fts_docsize").fetchone()[0]
        self.vectors = VectorIndex(self.holder.data, conn)
        self.lexicon = Lexicon(conn, DIMENSION)

    def _group_agencies(self, names=None):
        """Agencies from their reports; their English names and aliases as the indexer stored
        them (made here for an agency it did not store, in an archive of an earlier version)."""
        names = names or {}
        for rep in self.reports.values():
            agency = self.agencies.get(rep.agency_key)
            shown = without_zone_committee(rep.agency)
            if agency is None:
                stored = names.get(rep.agency_key)
                english, aliases = ((stored[0], set(json.loads(stored[1]))) if stored else
                                    (agency_english(rep.agency_key), agency_aliases(rep.agency_key)))
                english = english_display(rep.agency_key, english)
                agency = self.agencies[rep.agency_key] = Agency(rep.agency_key, shown, english, aliases)
            if len(shown) > len(agency.name):
                agency.name = shown
            agency.aliases.add(rep.agency)
            agency.years.append(rep.year)
            if len(parents(rep.agency)) > len(agency.parents):
                agency.parents = parents(rep.agency)
        for agency in self.agencies.values():
            agency.years = sorted(set(agency.years))
            agency.aliases.add(agency.name_en.lower())
        # A former name (洪泽县 for 洪泽区) is only an alias where no agency has it as its own name.
        own = set(self.agencies)
        for agency in self.agencies.values():
            agency.aliases -= {a for a in agency.aliases if a in own and a != agency.key}

    # --- reading -----------------------------------------------------------------------------

    def db(self):
        """This thread's read-only connection (inside the request's snapshot, when serving)."""
        if self.holder is None or not self.holder.data.db_path.exists():
            raise ArchiveError("the archive is empty")
        return self.holder.conn()

    @property
    def empty(self) -> bool:
        return not self.reports

    def chunks(self, ids) -> dict:
        """Passages by id: {id: row}. Ids no longer in the archive are left out."""
        ids = [int(i) for i in dict.fromkeys(ids)]
        out = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            for row in self.db().execute("SELECT id, report_id, page, section, text, bbox, line, line_end FROM chunks"
                                         f" WHERE id IN ({','.join('?' * len(part))})", part):
                if row["report_id"] in self.reports:
                    out[row["id"]] = dict(row)
        return out

    def chunk(self, chunk_id):
        return self.chunks([chunk_id]).get(int(chunk_id))

    def chunk_ids_of(self, report_ids) -> set:
        ids = sorted(report_ids)
        out = set()
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            out.update(r[0] for r in self.db().execute(
                f"SELECT id FROM chunks WHERE report_id IN ({','.join('?' * len(part))})", part))
        return out

    def _vocabulary_lookup(self, key, read, empty):
        """What `read()` gives for `key`, read once per version (the cache is cleared past
        200,000 entries, so it never grows with the archive)."""
        if key not in self._frequency:
            if not self.reports:
                return empty
            value = read()
            if len(self._frequency) > 200_000:
                self._frequency.clear()
            self._frequency[key] = value
        return self._frequency[key]

    def document_frequency(self, token: str, table: str = "chunks_vocab") -> int:
        """How many passages (chunks_vocab) or stated figures (stated_vocab) hold a search token."""
        def read():
            row = self.db().execute(f"SELECT doc FROM {table} WHERE term = ?", (token,)).fetchone()
            return row[0] if row else 0

        return self._vocabulary_lookup((table, token), read, 0)

    def pairs_from(self, char: str) -> dict:
        """The passages' two-character tokens that start with `char`: {second character:
        passages holding the pair} (one range of the FTS5 vocabulary)."""
        def read():
            rows = self.db().execute("SELECT term, doc FROM chunks_vocab WHERE term >= ? AND term < ?",
                                     (char, char + "\U0010ffff")).fetchall()
            return {t[1]: doc for t, doc in rows if len(t) == 2}

        return self._vocabulary_lookup(("pairs", char), read, {})

    def term_frequency(self, term: str) -> int:
        """How many passages hold a Chinese term: at most as many as hold its rarest bigram (an
        upper bound that is cheap and good enough to rank senses by)."""
        if len(term) < 2:
            return 0
        if term.isascii():  # a word in Latin letters (app, ppp) is one token, as search_tokens keeps it
            return self.document_frequency(term.lower())
        counts = [self.document_frequency(term[i:i + 2]) for i in range(len(term) - 1)]
        return min(counts) if counts else 0

    @property
    def common_frequency(self) -> float:
        """How many passages a token may be held by and still tell passages apart (COMMON_SHARE of them)."""
        return lexical.COMMON_SHARE * max(1, self.chunk_total)

    def query_terms(self, tokens) -> list:
        """The tokens a lexical query uses: the rarest first, none held by more than COMMON_SHARE
        of the passages, and together in at most POSTINGS_BUDGET passage entries, so a query
        costs the same in a small archive and a large one (the rarest alone may hold more:
        lexical_search then reads only its newest entries)."""
        terms = sorted((t for t in dict.fromkeys(tokens) if 0 < self.document_frequency(t) <= self.common_frequency),
                       key=self.document_frequency)[:lexical.MAX_QUERY_TERMS]
        chosen, postings = [], 0
        for t in terms:
            postings += self.document_frequency(t)
            if chosen and postings > lexical.POSTINGS_BUDGET:
                break
            chosen.append(t)
        return chosen

    def lexical_search(self, tokens, report_ids=None, k=60):
        """[(chunk id, BM25 score)] of the passages holding the tokens, best first (FTS5)."""
        if not self.reports:
            return []
        terms = self.query_terms(tokens)
        if not terms:
            return []
        expression = lexical.match_expression(terms)
        db = self.db()
        spans = self._chunk_spans(report_ids) if report_ids is not None and len(report_ids) <= MAX_SPANS else None
        if spans:
            # FTS5 seeks to a rowid range instead of reading every posting of the terms and
            # joining: three to five times faster for one report (measured at 1,000 reports)
            hits = []
            for low, high in spans:
                hits += db.execute("SELECT rowid, -bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ?"
                                   " AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?",
                                   (expression, low, high, k)).fetchall()
            return sorted(((r[0], r[1]) for r in hits), key=lambda h: -h[1])[:k]
        if report_ids is not None and len(report_ids) <= 500:
            ids = sorted(report_ids)
            rows = db.execute("SELECT c.id, -bm25(chunks_fts) AS score FROM chunks_fts JOIN chunks c"
                              " ON c.id = chunks_fts.rowid WHERE chunks_fts MATCH ?"
                              f" AND c.report_id IN ({','.join('?' * len(ids))}) ORDER BY score DESC LIMIT ?",
                              (expression, *ids, k)).fetchall()
            return [(r[0], r[1]) for r in rows]
        limit = k if report_ids is None else k * 8
        if self.document_frequency(terms[0]) > lexical.POSTINGS_BUDGET:
            # even the question's rarest token is in more passages than a query may read (at
            # 100,000 reports 些 of 哪些 is in 42,857: 60-110 ms to rank them all): the newest
            # POSTINGS_BUDGET of them are ranked (FTS5 reads postings newest first and stops)
            rows = db.execute("SELECT rowid, -bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ?"
                              " ORDER BY rowid DESC LIMIT ?", (expression, lexical.POSTINGS_BUDGET)).fetchall()
            rows = sorted(rows, key=lambda r: -r[1])[:limit]
        else:
            rows = db.execute("SELECT rowid, -bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ?"
                              " ORDER BY rank LIMIT ?", (expression, limit)).fetchall()
        hits = [(r[0], r[1]) for r in rows]
        if report_ids is not None:
            owners = {cid: row["report_id"] for cid, row in self.chunks([h[0] for h in hits]).items()}
            hits = [h for h in hits if owners.get(h[0]) in report_ids][:k]
        return hits

    def _chunk_spans(self, report_ids):
        """The scope's passages as rowid ranges, each holding only the scope's passages, adjacent
        ones merged; None when a report's passages are not one unbroken run of ids (the writer
        gives a report consecutive ids, but nothing in the schema promises it)."""
        part = sorted(report_ids)
        rows = self.db().execute("SELECT min(id), max(id), count(*) FROM chunks"
                                 f" WHERE report_id IN ({','.join('?' * len(part))}) GROUP BY report_id",
                                 part).fetchall()
        if any(high - low + 1 != count for low, high, count in rows):
            return None
        spans = []
        for low, high, _ in sorted(map(tuple, rows)):
            if spans and spans[-1][1] + 1 == low:
                spans[-1][1] = high
            else:
                spans.append([low, high])
        return spans

    def stated_search(self, tokens, report_ids) -> list:
        """The figures stated in the prose of the given reports whose clause holds any token."""
        expression = lexical.match_expression(tokens)
        if not expression or not self.reports:
            return []
        sql = ("SELECT f.id, f.report_id, f.row_key, f.row_label, f.col_label, f.value, f.raw, f.unit, f.page"
               " FROM stated_fts JOIN facts f ON f.id = stated_fts.rowid WHERE stated_fts MATCH ?")
        args = [expression]
        if len(report_ids) <= 500:
            sql += f" AND f.report_num IN ({','.join('?' * len(report_ids))})"
            args += sorted(self.reports[i].num for i in report_ids if i in self.reports)
        return [row for row in self.db().execute(sql, args) if row["report_id"] in report_ids]

    def stored_path(self, report: Report) -> Path:
        return self.data_root / "files" / report.stored_file

    def years(self):
        return sorted(self._by_year)

    @cached_property
    def _by_year(self):
        """year -> its reports: a version never changes once loaded, and at 100,000 reports
        a question should not walk them all to find one year's."""
        by_year = {}
        for r in self.reports.values():
            by_year.setdefault(r.year, []).append(r)
        return by_year

    @cached_property
    def _by_agency(self):
        by_agency = {}
        for r in self.reports.values():
            by_agency.setdefault(r.agency_key, []).append(r)
        return by_agency

    def cell_key_ids(self) -> dict:
        """(table, row, column) -> the id cells store it under (a small table, read once)."""
        if self._cell_keys is None:
            self._cell_keys = {(t, r, c): i for i, t, r, c in self.db().execute(
                "SELECT id, table_key, row_key, col_key FROM cell_keys")}
        return self._cell_keys

    def reports_in_year(self, year) -> int:
        return len(self._by_year.get(year, ()))

    def select_reports(self, agencies=None, years=None):
        if agencies:
            return [r for a in dict.fromkeys(agencies) for r in self._by_agency.get(a, ())
                    if not years or r.year in years]
        if years:
            return [r for y in dict.fromkeys(years) for r in self._by_year.get(y, ())]
        return list(self.reports.values())


def settle_memory():
    """Take the loaded archive out of the garbage collector's way. At 100,000 reports it is
    half a million long-lived objects, and every full collection walked them all: a third of
    the time of a sum over 14,000 figures. Unfrozen first, so that a replaced version (its
    search objects point back to it: a cycle) is collected, then what is alive is frozen.
    Called again once the model and the English dictionaries have loaded (`nianbao serve`):
    they are as many objects again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class ArchiveHolder:
    """Gives each request the newest published archive, loading it once when it appears."""

    def __init__(self, data_dir, must_exist: bool = False):
        self.data = DataDir(data_dir)
        if must_exist:
            self.data.check_readable()
        self._lock = threading.Lock()
        self._local = threading.local()
        self._archive = None
        self._loading = None  # set while a newer version is being loaded

    def conn(self):
        """This thread's read-only connection; opened again if the database file was replaced
        (an archive rebuilt after damage)."""
        import os

        inode = os.stat(self.data.db_path).st_ino
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.inode != inode:
            if conn is not None:
                conn.close()
            conn = self._local.conn = connect(self.data.db_path, readonly=True)
            self._local.inode = inode
        return conn

    def _version(self, conn) -> int:
        row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        return int(row[0]) if row else 0

    def get(self) -> Archive:
        """The newest published archive (for one-off use: the shell, tests): waits for it."""
        if not self.data.db_path.exists():
            return self._archive if self._archive and not self._archive.reports else Archive(self)
        conn = self.conn()
        try:
            return self._current(conn, self._version(conn), wait=None)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(self.data.damaged_reason(exc)) from None

    def _current(self, conn, version, wait=RELOAD_WAIT) -> Archive:
        """The archive at `version`. The first is loaded at once; a newer one is loaded by one
        background thread while requests wait at most `wait` seconds for it (None: until it is
        there), then go on with the one held, at most one publish behind."""
        archive = self._archive
        if archive is not None and archive.version >= version:
            return archive
        if archive is None:
            with self._lock:
                if self._archive is None:
                    self._archive = Archive(self, conn, version)
                    settle_memory()
                return self._archive
        with self._lock:
            loading = self._loading
            if loading is None:
                loading = self._loading = threading.Event()
                threading.Thread(target=self._load_newest, args=(loading,), name="nianbao-reload",
                                 daemon=True).start()
        loading.wait(wait)
        return self._archive

    def _load_newest(self, done):
        """Load the newest published version in its own snapshot, then put it in place."""
        conn = None
        try:
            conn = connect(self.data.db_path, readonly=True)
            conn.execute("BEGIN")
            archive = Archive(self, conn, self._version(conn))
            with self._lock:
                if archive.version > self._archive.version:
                    self._archive = archive
            del archive
            settle_memory()
        except Exception as exc:  # the held version keeps serving; the next request tries again
            log.error("nianbao: could not load the new archive version: %s", exc)
        finally:
            if conn is not None:
                conn.close()
            with self._lock:
                self._loading = None
            done.set()

    @contextmanager
    def snapshot(self):
        """The archive for one request, and one SQLite snapshot that agrees with it."""
        if not self.data.db_path.exists():
            yield self.get()
            return
        conn = self.conn()
        try:
            conn.execute("BEGIN")
            yield self._current(conn, self._version(conn))
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(self.data.damaged_reason(exc)) from None
        finally:
            if conn.in_transaction:
                conn.rollback()
