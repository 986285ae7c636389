"""PDF files: the text layer with pdfplumber, page by page; pages without one go to OCR.

Where pdfplumber finds a table grid its rows are used; elsewhere the text lines, with each
token's position. A page with (almost) no text but an image on it is a scan: it is
rendered and read by OCR (scan.py), so a scanned report, or a report with a few scanned
pages, reads like any other.
"""
import io
import logging

from ..text import join_wrapped, norm
from .model import Cell, Document, Line, Page, ReportError
from .textlines import is_page_number

logging.getLogger("pdfminer").setLevel(logging.ERROR)

_TABLE_SECTION_START = "主动公开政府信息情况"
_TABLE_SECTION_END = "存在的主要问题"
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


def _scan_page(data, number, width, height, notes):
    """A page read by OCR: rendered from the PDF and handed to the scan reader."""
    import pypdfium2 as pdfium

    from .scan import OCR_DPI, ocr_page

    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[number - 1].render(scale=OCR_DPI / 72).to_pil()
    finally:
        pdf.close()
    page, ruled, page_notes = ocr_page(image, number, width, height)
    notes.extend(page_notes)
    return page, ruled


def read_pdf(data: bytes, use_grid: bool = True) -> Document:
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
    try:
        for number, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            flat = norm(text)
            if len(flat) < MIN_TEXT_CHARS and page.images:
                width, height = float(page.width), float(page.height)
                page.close()
                ocr, page_ruled = _scan_page(data, number, width, height, doc.notes)
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
