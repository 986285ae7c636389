"""Exports: CSV and XLSX that spreadsheets open safely.

A spreadsheet runs a cell that starts with = + - @ (also after a leading space or line
break, and in their full-width forms, which it folds) as a formula: such text is prefixed
with an apostrophe. Links are absolute only when the server knows its public address
(NIANBAO_BASE_URL), never from the request's Host header.
"""
import csv
import io
import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

CSV_COLUMNS = ("agency", "agency_en", "year", "table", "row", "column", "value", "raw", "unit", "file", "page",
               "source", "check")


def safe_text(value):
    """Text a spreadsheet shows as text, never runs."""
    text = "" if value is None else str(value)
    folded = unicodedata.normalize("NFKC", text).lstrip(" \u3000\t\r\n")
    if text[:1] in FORMULA_STARTS or folded[:1] in FORMULA_STARTS:
        return "'" + text
    return text


def csv_bytes(rows) -> str:
    """Rows as CSV text with a BOM, so spreadsheets read it as UTF-8; text cells made safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([v if isinstance(v, (int, float)) and not isinstance(v, bool) else safe_text(v) for v in row])
    return "\ufeff" + out.getvalue()


def figures_csv(result, base_url="") -> str:
    """The figures of an answer (and any sums) as CSV."""
    rows = [CSV_COLUMNS]
    for f in result["figures"]:
        src = f["source"]
        rows.append([f["agency"], f["agency_en"], f["year"], f["table_label"], f["row_label"], f["column_label"],
                     "" if f["value"] is None else f["value"], f["raw"], f["unit"], src["file_name"], src["page"],
                     base_url + src["url"], "; ".join(c["detail"] for c in f["checks"])])
    for s in result.get("sums", []):
        rows.append([s["label"], "", "", "", "", "", s["value"], "", s["unit"], "", "",
                     " ".join(base_url + p["url"] for p in s["parts"]), ""])
    return csv_bytes(rows)
