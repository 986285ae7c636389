"""Table grids from markup (HTML, Word, Markdown) turned into lines of cells.

A cell that spans several columns (colspan, gridSpan) is one cell: its value is printed
once, so it is read once. A cell that spans several rows (rowspan, vMerge) is a label of
every row it covers ("三、本年度办理结果", "（三）不予公开"): the rows below it carry its
text in front of their own cells. A spanning cell that holds a number is not repeated in
the rows below: a number belongs to one row.
"""
from dataclasses import dataclass

from ..text import is_cell_value, join_wrapped
from .model import Cell, Line


@dataclass
class GridCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


def cell_text(parts) -> str:
    """A cell's text from its pieces (lines, runs): wrapped pieces joined the way they print."""
    return join_wrapped(p for part in parts for p in str(part).split("\n"))


def grid_lines(rows, page: int = 1) -> list:
    """One grid Line per table row, with the labels of row-spanning cells above carried down."""
    covered = {}  # (row, column) -> (origin row, GridCell) for cells spanning down from above
    lines = []
    for r, row in enumerate(rows):
        placed = []  # (column, Cell)
        c = 0
        for cell in row:
            while (r, c) in covered:
                c += 1
            span_c, span_r = max(1, cell.colspan), max(1, cell.rowspan)
            for dr in range(span_r):
                for dc in range(span_c):
                    covered[(r + dr, c + dc)] = (r, cell)
            placed.append((c, Cell(cell.text)))
            c += span_c
        carried, seen = [], set()
        for (rr, cc), (origin, cell) in sorted(covered.items()):
            if rr == r and origin < r and id(cell) not in seen:
                seen.add(id(cell))
                if cell.text.strip() and not is_cell_value(cell.text):
                    carried.append((cc, Cell(cell.text)))
        cells = [cell for _, cell in sorted(carried + placed, key=lambda x: x[0])]
        # a row of blank cells is kept (table 四 of an agency with no review and no suit, as a
        # web page prints it: fifteen empty cells); an empty spacer row of one cell is not
        if any(cell.text.strip() for cell in cells) or len(cells) > 1:
            text = " ".join(cell.text for cell in cells if cell.text.strip())
            lines.append(Line(page, text, cells, from_grid=True))
    return lines
