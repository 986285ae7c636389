"""Read a report file into pages of lines, keeping where every piece of text sits.

A `Line` is one row of text in reading order: a line of a text file, a line of PDF text,
or a row of a table grid that pdfplumber found. Its `cells` are the row's grid cells, or
the whitespace-separated tokens of a text line; either way the trailing numeric cells are
the row's values and the rest is its label. Keeping bounding boxes (PDF) and line numbers
(text) lets the source view highlight the exact place a figure came from.
"""
import io
import logging
import re
from dataclasses import dataclass, field

from .text import is_cell_value, join_wrapped, norm

logging.getLogger("pdfminer").setLevel(logging.ERROR)


class ReportError(Exception):
    """A file that cannot be indexed; the message says why, in words a user can act on."""


@dataclass
class Cell:
    text: str
    bbox: tuple | None = None


@dataclass
class Line:
    page: int
    text: str
    cells: list
    bbox: tuple | None = None
    line_no: int | None = None
    from_grid: bool = False

    def split(self):
        """(label, value cells): the trailing cells that hold numbers, and the text before them."""
        cells = [c for c in self.cells if c.text.strip()]
        i = len(cells)
        while i > 0 and is_cell_value(cells[i - 1].text):
            i -= 1
        return join_wrapped(join_wrapped(c.text.split("\n")) for c in cells[:i]), cells[i:]


@dataclass
class Page:
    number: int
    text: str
    lines: list
    width: float | None = None
    height: float | None = None


@dataclass
class Document:
    kind: str  # "pdf" or "text"
    pages: list = field(default_factory=list)

    @property
    def lines(self):
        return [line for page in self.pages for line in page.lines]


# ---------------------------------------------------------------------------------------------
# Text files

def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030; anything else is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    # UTF-16 without a BOM: Chinese and ASCII text leaves NUL bytes on one side of each pair.
    sample = data[:4096]
    if sample.count(0) > len(sample) // 8:
        odd_nuls = sample[1::2].count(0)
        encoding = "utf-16-le" if odd_nuls > sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise ReportError("binary data, not a text file") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ReportError("cannot decode the text: it is not UTF-8, UTF-16 or GB18030") from None


def read_text(data: bytes) -> Document:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:20000] if ch < " " and ch not in "\n\t\f")
    if controls > len(text[:20000]) // 50:  # text has almost none; binary data is full of them
        raise ReportError("binary data, not a text file")
    raw_lines = text.split("\n")
    nonblank = [l for l in raw_lines if l.strip()]
    # Text saved from a PDF marks each new page with a line that starts with a space. In a
    # file where most lines start with spaces (indented paragraphs) that mark means nothing.
    marks = [l for l in nonblank if l.startswith(" ")]
    use_marks = bool(marks) and len(marks) * 4 <= len(nonblank)
    pages, current = [], []
    for raw in raw_lines:
        if not raw.strip():
            continue
        if use_marks and raw.startswith(" ") and current:
            pages.append(current)
            current = []
        if not is_page_number(raw):
            current.append(raw.strip())
    if current:
        pages.append(current)
    doc = Document("text")
    for number, page_lines in enumerate(pages, 1):
        lines = [Line(number, t, [Cell(tok) for tok in t.split()], line_no=i)
                 for i, t in enumerate(page_lines, 1)]
        doc.pages.append(Page(number, "\n".join(page_lines), lines))
    return doc


# ---------------------------------------------------------------------------------------------
# PDF files

# Page numbers printed in headers and footers ("- 3 -", "第 3 页 共 5 页") are not content.
_PAGE_NUMBER_RE = re.compile(r"^(?:[-—–]\d{1,4}[-—–]|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}/\d{1,4})$")


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(norm(text)))


_TABLE_SECTION_START = "主动公开政府信息情况"
_TABLE_SECTION_END = "存在的主要问题"


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
    try:
        for number, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            flat = norm(text)
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
        raise ReportError(f"damaged PDF: page {len(doc.pages) + 1} cannot be read ({type(exc).__name__})") from None
    finally:
        pdf.close()
    if not any(p.text.strip() for p in doc.pages):
        raise ReportError("no text layer (scanned images only); OCR is not available")
    return doc


def read_document(name: str, data: bytes, use_grid: bool = True) -> Document:
    """Read a report by its content (the name only decides between text and unknown types)."""
    if not data or not data.strip():
        raise ReportError("empty file")
    if data.startswith(b"%PDF-") or name.lower().endswith(".pdf"):
        return read_pdf(data, use_grid=use_grid)
    if name.lower().endswith((".txt", ".text")):
        return read_text(data)
    raise ReportError(f"unsupported file type '{name.rsplit('.', 1)[-1] if '.' in name else name}' (PDF or text expected)")
