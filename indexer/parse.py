"""A report file read into its parts: pages, template tables, checks, passages, stated figures.

This is what the parse worker runs (indexer/worker.py), in a process of its own: it imports
the readers and the parsers, not the model, the store or numpy, so a worker starts in a
fraction of the time the indexer's own imports take.
"""
from dataclasses import dataclass

from . import registry as reg
from .agencies import second_name
from .checks import run_checks
from .chunks import make_chunks
from .metadata import NO_TEMPLATE, agency_aliases, agency_english, agency_key, other_name, read_meta
from .narrative import extract as extract_narrative
from .readers import read_document, read_pdf
from .tables import parse_tables, split_sections


@dataclass
class ParsedReport:
    meta: object
    doc: object
    tables: dict
    checks: list
    chunks: list
    narrative: list  # figures stated in the prose (总体情况)
    # (English name, aliases) of the agency, made where the report is read: their pinyin
    # dictionaries take most of a second to load, which the worker's core pays, not the indexer's
    names: tuple

    @property
    def facts(self):
        return [f for r in self.tables.values() for f in r.facts]

    def portable(self):
        """The same without each page's lines: what storing needs, light to pass between processes."""
        from .readers import Document, Page

        doc = Document(self.doc.kind, [Page(p.number, p.text, [], p.width, p.height) for p in self.doc.pages],
                       self.doc.title_hints, self.doc.url, self.doc.publisher, self.doc.notes)
        return ParsedReport(self.meta, doc, self.tables, self.checks, self.chunks, self.narrative, self.names)


def parse_report(name: str, data: bytes) -> ParsedReport:
    doc = read_document(name, data)
    meta = read_meta(doc, name)
    sections = split_sections(doc.lines)
    tables = parse_tables(sections, meta.template, doc.lines)
    failed = [k for k, r in tables.items() if r.problems]
    if failed and doc.kind == "pdf":
        # Grids pdfplumber finds can be wrong (merged cells, a table cut by a page); the
        # text layout of the same pages is a second, independent reading.
        text_layout = read_pdf(data, use_grid=False)
        retry = parse_tables(split_sections(text_layout.lines), meta.template, text_layout.lines)
        for key in failed:
            if key in retry and not retry[key].problems:
                tables[key] = retry[key]
                tables[key].notes.append("read from the text layout: the table grid could not be used")
    if doc.kind == "scan" and any(n.startswith("no table rulings") for n in doc.notes):
        for key, result in tables.items():
            if result.problems and not result.facts:
                result.problems = [f"{reg.table(key).zh}: not read: no table rulings found on the scanned page(s); "
                                   "tables in a scan are read only from ruled grids"]
    facts = [f for r in tables.values() for f in r.facts]
    checks = run_checks(facts)
    if doc.kind == "scan":
        checks = withhold_unchecked_ocr(tables, checks)
    if meta.template == NO_TEMPLATE:
        doc.notes.append(f"a report for {meta.year}, before the 2019 national template: it has no template tables; "
                         "its prose and the figures it states are indexed")
    key = agency_key(meta.agency)
    second = second_name(meta.agency)  # 银川市宗教事务局 of 银川市民族事务委员会(宗教事务局)
    aliases = agency_aliases(key) | (agency_aliases(agency_key(second)) if second else set())
    other = other_name(doc, meta.agency, meta.year)  # (遂宁市安居区投资促进局 of 安居区招商引资局's report)
    aliases |= agency_aliases(agency_key(other)) if other else set()
    return ParsedReport(meta, doc, tables, checks, make_chunks(sections, tables),
                        extract_narrative(sections, doc.lines, meta.template),
                        (agency_english(key), sorted(aliases)))


def withhold_unchecked_ocr(tables, checks):
    """OCR'd cells count only where the table's arithmetic holds.

    In a failed check, a cell read less clearly than CLEAR_CONFIDENCE is withheld (no value,
    marked unsure): the misreading is more likely the OCR's than the report's. When every
    cell of a failed check was read clearly, the source's own totals disagree, and the check
    is kept and flagged, as for any other report. The checks then run again.
    """
    from .readers.scan import CLEAR_CONFIDENCE

    facts = {(f.table, f.row, f.col): f for r in tables.values() for f in r.facts}
    doubtful = set()
    for check in checks:
        if check.passed:
            continue
        cells = [facts.get((check.table, r, c)) for r, c in check.cells]
        doubtful |= {(f.table, f.row, f.col) for f in cells
                     if f is not None and f.value is not None and (f.confidence or 0) < CLEAR_CONFIDENCE}
    if not doubtful:
        return checks
    for key, result in tables.items():
        withheld = [f for f in result.facts if (f.table, f.row, f.col) in doubtful]
        for f in withheld:
            f.value, f.quality = None, "unsure"
        if withheld:
            cells = "、".join(f"{f.row_label[:12]}·{f.col_label}" for f in withheld[:6])
            result.problems.append(f"{reg.table(key).zh}: {len(withheld)} cell(s) read by OCR do not fit the "
                                   f"table's own totals and are not shown ({cells}{'…' if len(withheld) > 6 else ''})")
    return run_checks([f for r in tables.values() for f in r.facts])
