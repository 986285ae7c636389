"""PDF files: the text layer with pdfplumber, page by page; pages without one go to OCR.

Where pdfplumber finds a table grid its rows are used; elsewhere the text lines, with each
token's position. pdfplumber lays them out from the page's characters and rulings as pdfium
reads them (pdfium_objects.py: the objects pdfminer would give, the reports read about 3.5
times faster); a page pdfium cannot describe as pdfminer would is interpreted by pdfminer.
A page with (almost) no text but an image on it is a scan: it is rendered and read by OCR
(scan.py), so a scanned report, or a report with a few scanned pages, reads like any other.
"""
import io
import logging

from ..text import join_wrapped, norm
from .model import Cell, Document, Line, Page, ReportError
from .textlines import is_page_number

logging.getLogger("pdfminer").setLevel(logging.ERROR)

_TABLE_SECTION_START = "主动公开政府信息情况"
_TABLE_SECTION_END = "存在的主要问题"
# Bytes of inflated content a page may have to be read by pdfium (a dense real page has
# about 200 KB); a larger page is read by pdfminer, whose failure to allocate is reported
PDFIUM_CONTENT_LIMIT = 64 * 2**20
MIN_TEXT_CHARS = 12  # a page with fewer characters of text than this, and an image, is a scan


def union_boxes(boxes):
    boxes = [b for b in boxes if b]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _text_line(number, line) -> Line:
    """A PDF text line, its tokens carrying the boxes of their own characters."""
    chars = [c for c in line.get("chars", []) if c["text"].strip()]
    tokens = line["text"].split()
    cells, i = [], 0
    for tok in tokens:
        span = chars[i:i + len(tok)]
        i += len(tok)
        bbox = union_boxes([(c["x0"], c["top"], c["x1"], c["bottom"]) for c in span]) if len(span) == len(tok) else None
        cells.append(Cell(tok, bbox))
    box = (line["x0"], line["top"], line["x1"], line["bottom"])
    return Line(number, line["text"], cells, bbox=box)


def _grid_rows(number, table) -> list:
    rows = []
    for row, texts in zip(table.rows, table.extract()):
        cells = [Cell(t, box) for t, box in zip(texts, row.cells) if box is not None and t and t.strip()]
        if cells:
            text = " ".join(join_wrapped(c.text.split("\n")) for c in cells)
            rows.append(Line(number, text, cells, bbox=row.bbox, from_grid=True))
    return rows


def _inside(line, box):
    mid = (line["top"] + line["bottom"]) / 2
    return box[1] - 1 <= mid <= box[3] + 1 and line["x0"] >= box[0] - 2 and line["x1"] <= box[2] + 2


def _scan_page(fast, data, number, width, height, notes):
    """A page read by OCR: rendered by pdfium and handed to the scan reader."""
    from .scan import OCR_DPI, ocr_page

    pdf = fast or _pdfium_document(data)
    if pdf is None:
        raise ReportError(f"page {number} has no text layer and cannot be rendered for OCR")
    try:
        image = pdf[number - 1].render(scale=OCR_DPI / 72).to_pil()
    finally:
        if pdf is not fast:
            pdf.close()
    page, ruled, page_notes = ocr_page(image, number, width, height)
    notes.extend(page_notes)
    return page, ruled


def _pdfium_document(data):
    """The same file opened by pdfium, whose objects the pages are laid out from; None where
    pdfium cannot open it (pdfminer then reads every page, as it reads files pdfium refuses)."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except Exception:
        return None


def _inflated_within(page, limit: int) -> bool:
    """Whether the page's content streams (and its forms') inflate to at most `limit` bytes.

    pdfium, unlike pdfminer, cannot fail gracefully when a stream inflates beyond the reader's
    memory: the allocation kills the process. So it is given only pages whose streams are seen
    to fit, by inflating them here with a bound (zlib, a millisecond on a real page); any other
    page — an unknown filter, an undecodable stream, a bomb — goes to pdfminer, which reports
    what it finds as before."""
    import zlib

    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1

    def streams():
        contents = page.page_obj.contents
        for item in contents if isinstance(contents, list) else [contents]:
            yield resolve1(item)
        xobjects = resolve1((resolve1(page.page_obj.resources) or {}).get("XObject")) or {}
        for item in xobjects.values():
            stream = resolve1(item)
            if isinstance(stream, PDFStream) and getattr(resolve1(stream.attrs.get("Subtype")), "name", "") == "Form":
                yield stream

    total = 0
    for stream in streams():
        if not isinstance(stream, PDFStream):
            continue
        raw = stream.rawdata if stream.rawdata is not None else stream.data
        if raw is None:
            return False
        if stream.decipher and stream.rawdata is not None:
            raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)
        filters = stream.get_filters()
        if not filters:
            total += len(raw)
        elif len(filters) == 1 and filters[0][0] in LITERALS_FLATE_DECODE:
            inflater = zlib.decompressobj()
            try:
                total += len(inflater.decompress(raw, limit - total + 1))
            except zlib.error:
                return False
        else:
            return False
        if total > limit:
            return False
    return True


def _pdfium_page_objects(fast, number, page):
    """A page's objects from pdfium, or None: pdfminer then interprets the page itself."""
    from .pdfium_objects import page_objects

    if fast is None or number > len(fast):
        return None
    try:
        if not _inflated_within(page, PDFIUM_CONTENT_LIMIT):
            return None
        return page_objects(fast[number - 1], page)
    except Exception:  # a page pdfium cannot describe is still read, by pdfminer
        return None


def read_pdf(data: bytes, use_grid: bool = True, use_pdfium: bool = True) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise ReportError("not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-16384:]:
        raise ReportError("truncated PDF: the end-of-file marker is missing (incomplete download or copy?)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        page_count = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many kinds for damaged files; pdfplumber wraps them
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise ReportError("encrypted PDF: it needs a password") from None
        raise ReportError(f"damaged PDF, cannot be opened ({type(cause).__name__})") from None
    if page_count == 0:
        raise ReportError("PDF has no pages")
    doc = Document("pdf")
    in_tables = False
    scanned, ruled = [], False
    fast = _pdfium_document(data) if use_pdfium else None
    try:
        for number, page in enumerate(pdf.pages, 1):
            objects = _pdfium_page_objects(fast, number, page)
            if objects is not None:
                page._objects = objects  # pdfplumber lays out pdfium's objects; pdfminer never parses the page
            text = page.extract_text() or ""
            flat = norm(text)
            if len(flat) < MIN_TEXT_CHARS and page.images:
                width, height = float(page.width), float(page.height)
                page.close()
                ocr, page_ruled = _scan_page(fast, data, number, width, height, doc.notes)
                doc.pages.append(ocr)
                scanned.append(number)
                ruled = ruled or page_ruled
                continue
            # Only pages in the table part of a report are searched for grids: it is the
            # slow step, and long reports are mostly prose.
            starts = _TABLE_SECTION_START in flat
            grid = use_grid and (in_tables or starts or "第二十条" in flat)
            in_tables = (in_tables or starts) and _TABLE_SECTION_END not in flat
            tables = page.find_tables() if grid else []
            boxes = [t.bbox for t in tables]
            lines = [_text_line(number, l) for l in page.extract_text_lines(return_chars=True)
                     if not any(_inside(l, b) for b in boxes) and not is_page_number(l["text"])]
            for t in tables:
                lines.extend(_grid_rows(number, t))
            lines.sort(key=lambda l: (round(l.bbox[1], 1), l.bbox[0]))
            doc.pages.append(Page(number, text, lines, float(page.width), float(page.height)))
            page.close()  # frees the page's cached layout: keeps memory flat on long files
    except ReportError:
        raise
    except Exception as exc:
        if isinstance(exc, MemoryError) or "allocate" in str(exc) or "memory" in str(exc).lower():
            raise ReportError(f"too large to read: page {len(doc.pages) + 1} inflates beyond the reader's memory "
                              "(a compressed stream that inflates without bound?)") from None
        raise ReportError(f"damaged PDF: page {len(doc.pages) + 1} cannot be read ({type(exc).__name__})") from None
    finally:
        pdf.close()
        if fast is not None:
            fast.close()
    if scanned:
        if len(scanned) * 2 >= len(doc.pages):
            doc.kind = "scan"
        doc.notes.append(f"read by OCR: page(s) {', '.join(map(str, scanned))} have no text layer")
        if not ruled:
            doc.notes.append("no table rulings found on the scanned page(s): tables in a scan are read only "
                             "from ruled grids")
    if not any(p.text.strip() for p in doc.pages):
        raise ReportError("no text: neither a text layer nor any text OCR could read")
    return doc
