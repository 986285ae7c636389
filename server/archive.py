"""A read-only snapshot of one published index generation, and the holder that swaps it.

The server never reads a generation that is being written: it follows data/CURRENT, and
when the indexer publishes a new generation the next request loads it while requests
already running finish on the old one.
"""
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

from indexer.agencies import agency_aliases, agency_english, agency_key, parents
from indexer.schema import connect
from indexer.store import DB_NAME, FAISS_NAME, DataDir

from .agency_match import AgencyIndex
from .question import normalize
from .passages import PassageSearch
from .retrieval import BM25
from .stated import StatedIndex


@dataclass
class Agency:
    key: str
    name: str  # the fullest name its reports print
    name_en: str
    aliases: set
    years: list = field(default_factory=list)
    parents: list = field(default_factory=list)  # places its reports put it in: ["淮安市"]


@dataclass
class Report:
    id: str
    file_name: str
    stored_file: str
    format: str
    agency: str
    agency_key: str
    year: int
    template: str
    title: str
    pages: int
    problems: list
    notes: list
    url: str = ""


class Archive:
    def __init__(self, data_root: Path, generation):
        self.data_root = Path(data_root)
        self.generation = generation.name if generation else ""
        self.db_path = generation / DB_NAME if generation else None
        self._local = threading.local()
        self.reports, self.agencies, self.chunks, self.narrative = {}, {}, {}, []
        self.index = None
        if generation is None:
            self.bm25 = BM25({})
            self.agency_index = AgencyIndex([], normalize)
            self.stated = StatedIndex([])
            self.passages = PassageSearch(self)
            return
        import faiss

        # Queries are single vectors: threads cost more than they save, and the web
        # server already runs requests in parallel.
        faiss.omp_set_num_threads(1)

        conn = self.db()
        for r in conn.execute("SELECT * FROM reports ORDER BY agency_key, year"):
            # the key is derived again from the printed name: an archive indexed before the
            # naming rules changed (上海市科委 = 上海市科学技术委员会) still groups right
            self.reports[r["id"]] = Report(
                r["id"], r["file_name"], r["stored_file"], r["format"], r["agency"], agency_key(r["agency"]), r["year"],
                r["template"], r["title"], r["pages"], json.loads(r["problems"]), json.loads(r["notes"]),
                r["url"] if "url" in r.keys() else "")
        for rep in self.reports.values():
            agency = self.agencies.get(rep.agency_key)
            if agency is None:
                agency = self.agencies[rep.agency_key] = Agency(
                    rep.agency_key, rep.agency, agency_english(rep.agency_key), agency_aliases(rep.agency_key))
            if len(rep.agency) > len(agency.name):
                agency.name = rep.agency
            agency.aliases.add(rep.agency)
            agency.years = sorted(set(agency.years) | {rep.year})
            if len(parents(rep.agency)) > len(agency.parents):
                agency.parents = parents(rep.agency)
        for agency in self.agencies.values():
            agency.aliases.add(agency.name_en.lower())
        # A former name (洪泽县 for 洪泽区) is only an alias where no agency has it as its own name.
        own = set(self.agencies)
        for agency in self.agencies.values():
            agency.aliases -= {a for a in agency.aliases if a in own and a != agency.key}
        self.agency_index = AgencyIndex(self.agencies.values(), normalize)
        # Figures stated in the prose, kept in memory: they are matched by phrase, not by key.
        self.narrative = [dict(r) for r in conn.execute(
            "SELECT id, report_id, row_key, row_label, col_label, value, raw, unit, page FROM facts"
            " WHERE table_key = 'narrative'")]
        self.stated = StatedIndex(self.narrative)
        for c in conn.execute("SELECT id, report_id, page, section, text, bbox, line, line_end FROM chunks"):
            self.chunks[c["id"]] = dict(c)
        self.bm25 = BM25({cid: f"{c['section']} {c['text']}" for cid, c in self.chunks.items()})
        self.index = faiss.read_index(str(generation / FAISS_NAME))
        self.passages = PassageSearch(self)

    def term_frequency(self, term: str) -> int:
        """How many passages (or stated figures) hold a Chinese term: at most as many as hold
        its rarest bigram (an upper bound that is cheap and good enough to rank senses by)."""
        if len(term) < 2:
            return 0
        counts = [len(self.bm25.postings.get(term[i:i + 2], ())) for i in range(len(term) - 1)]
        return min(counts) if counts else 0

    def db(self):
        """This thread's read-only connection to the generation's SQLite file."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect(self.db_path, readonly=True)
        return conn

    def stored_path(self, report: Report) -> Path:
        return self.data_root / "files" / report.stored_file

    def years(self):
        return sorted({r.year for r in self.reports.values()})

    def select_reports(self, agencies=None, years=None):
        return [r for r in self.reports.values()
                if (not agencies or r.agency_key in agencies) and (not years or r.year in years)]


class ArchiveHolder:
    """Gives each request the newest complete generation, loading it once when it appears."""

    def __init__(self, data_dir):
        self.data = DataDir(data_dir)
        self._lock = threading.Lock()
        self._archive = None

    def get(self) -> Archive:
        current = self.data.current()
        name = current.name if current else ""
        archive = self._archive
        if archive is None or archive.generation != name:
            with self._lock:
                if self._archive is None or self._archive.generation != name:
                    self._archive = Archive(self.data.root, current)
                archive = self._archive
        return archive
