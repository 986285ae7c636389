"""What every reader produces: a Document of pages of lines, each line with its cells.

A `Line` is one row of text in reading order: a line of a text file, a line of PDF text,
a paragraph of a web page, or a row of a table grid (a PDF grid, an HTML or Word table, a
Markdown pipe table, a ruled table found in a scan). Its `cells` are the grid's cells, or
the whitespace-separated tokens of a text line; either way the trailing numeric cells are
the row's values and the rest is its label. Grid rows keep their blank cells: a web page
leaves a zero cell empty, and the position of the blank is what tells the columns apart.
Bounding boxes (PDF and scan) and line numbers (everything else) let the source view mark
the exact place a figure came from.
"""
from dataclasses import dataclass, field

from ..text import is_cell_value, join_wrapped


class ReportError(Exception):
    """A file that cannot be indexed; the message says why, in words a user can act on."""


@dataclass
class Cell:
    text: str
    bbox: tuple | None = None
    confidence: float | None = None  # OCR only: the recogniser's score for this cell's text
    unsure: bool = False  # OCR only: looks like a number but was not read cleanly; never a figure

    def is_value(self) -> bool:
        return self.unsure or is_cell_value(self.text)


@dataclass
class Line:
    page: int
    text: str
    cells: list
    bbox: tuple | None = None
    line_no: int | None = None
    from_grid: bool = False

    def split(self):
        """(label, value cells): the trailing cells that hold numbers, and the text before them.

        In a grid row a blank cell is a cell: it stays among the values (a blank is not a
        zero, but it holds a column's place), as long as the run holds at least one number.
        """
        if self.from_grid:
            cells = list(self.cells)
            i = len(cells)
            while i > 0 and (not cells[i - 1].text.strip() or cells[i - 1].is_value()):
                i -= 1
            values = cells[i:]
            if not any(c.text.strip() for c in values):
                values, i = [], len(cells)
            label_cells = [c for c in cells[:i] if c.text.strip()]
        else:
            cells = [c for c in self.cells if c.text.strip()]
            i = len(cells)
            while i > 0 and cells[i - 1].is_value():
                i -= 1
            values, label_cells = cells[i:], cells[:i]
        return join_wrapped(join_wrapped(c.text.split("\n")) for c in label_cells), values

    def blank_cells(self) -> list:
        """A grid row's trailing blank cells. `split` gives a row of blanks no values (a header
        row's empty cells are not a row); where its label is a template row's, they are that
        row's cells, left blank as web pages leave zeros."""
        if not self.from_grid:
            return []
        cells = list(self.cells)
        i = len(cells)
        while i > 0 and not cells[i - 1].text.strip():
            i -= 1
        return cells[i:]


@dataclass
class Page:
    number: int
    text: str
    lines: list
    width: float | None = None
    height: float | None = None


@dataclass
class Document:
    kind: str  # pdf | scan | html | docx | text | md
    pages: list = field(default_factory=list)
    title_hints: list = field(default_factory=list)  # titles the file states outside its text (<title>, 标题:)
    url: str = ""  # where the report was published, when the file says so
    publisher: str = ""  # 发布机构 from the page's metadata, when given
    # 发布机构 of a byline in the page's chrome ("发布机构: | 市交通运输局 |"): less sure than the
    # metadata's (a site's section may stand there: "发布单位: 供销总社"), the agency only when the
    # text names none
    byline_publisher: str = ""
    notes: list = field(default_factory=list)  # what the reader noticed (OCR, dropped page chrome …)

    @property
    def lines(self):
        return [line for page in self.pages for line in page.lines]


def text_page(number: int, lines: list, **size) -> Page:
    """A page whose text is its lines; grid rows are written as tab-separated cells.

    Line numbers are positions in that text, so the source view can mark line N (and, in a
    table row, cell K) of what it shows.
    """
    out = []
    for i, line in enumerate(lines, 1):
        line.line_no = i
        line.page = number
        out.append("\t".join(c.text.replace("\t", " ").replace("\n", " ") for c in line.cells)
                   if line.from_grid else line.text)
    return Page(number, "\n".join(out), lines, **size)
