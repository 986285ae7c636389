"""Which agency and year a report is about, and which edition of the template it uses."""
import re
from dataclasses import dataclass

from .readers import Document, ReportError
from .text import norm

# The title names the year, then (or after the agency) "政府信息公开工作年度报告" or a variant.
_TITLE_RE = re.compile(r"(?P<year>20\d{2})年度?(?P<between>.*?)政府信息公开(?:工作)?(?:年度)?(?:工作)?报告")
_AGENCY_RE = re.compile(r"^[\u4e00-\u9fff（）()·]{2,40}$")

# Column labels that only one edition of the template prints.
_EDITION_MARKS = {
    "2019": ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量"),
    "2021": ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"),
}

# Administrative units, longest first, so that "自治县" wins over "县".
_UNITS = ("自治州", "自治县", "自治旗", "街道", "地区", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇")
# A unit character followed by another one is part of a name: 江州市 is 江州 + 市, not 江 + 州.
_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:" + "|".join(_UNITS) + r")(?![省市州县区旗乡镇])")
_GOV_SUFFIX = re.compile(r"(?:人民政府|政府)(?:办公室|办公厅)?$")


@dataclass
class ReportMeta:
    agency: str
    year: int
    template: str
    title: str


def find_title(doc: Document):
    """(agency, year, title) from the report's title, searched in the first lines of the first pages.

    The title may sit on one line ("平掌乡 2020 年政府信息公开工作年度报告"), be broken over
    two, put the year first ("2020年平掌乡…"), or put the agency on the line above.
    """
    lines = [norm(line.text) for page in doc.pages[:2] for line in page.lines[:15]]
    for i, line in enumerate(lines):
        for text in (line, line + (lines[i + 1] if i + 1 < len(lines) else "")):
            m = _TITLE_RE.search(text)
            if not m:
                continue
            agency = m.group("between") or text[: m.start()] or (lines[i - 1] if i else "")
            agency = re.sub(r"^(?:关于|印发|公布)", "", agency)
            if _AGENCY_RE.match(agency):
                return agency, int(m.group("year")), text[: m.end()]
    return None


def detect_template(doc: Document, year: int) -> str:
    flat = "".join(norm(p.text) for p in doc.pages)
    scores = {ed: sum(flat.count(mark) for mark in marks) for ed, marks in _EDITION_MARKS.items()}
    if scores["2019"] != scores["2021"]:
        return max(scores, key=scores.get)
    return "2019" if year <= 2020 else "2021"


def read_meta(doc: Document) -> ReportMeta:
    found = find_title(doc)
    if not found:
        raise ReportError("not an annual report: no title like '…2023年政府信息公开工作年度报告' on its first page")
    agency, year, title = found
    return ReportMeta(agency, year, detect_template(doc, year), title)


def agency_key(agency: str) -> str:
    """The name that identifies an agency across its reports.

    Titles name the same agency differently from year to year ("洪泽区人民政府",
    "淮安市洪泽区人民政府"); the key drops the 人民政府 suffix and the enclosing
    units, so both become "洪泽区". Names that are not a chain of units (a bureau, say)
    are kept whole.
    """
    core = _GOV_SUFFIX.sub("", agency) or agency
    units = _UNIT_RE.findall(core)
    if units and "".join(units) == core:
        return units[-1]
    return core


def agency_aliases(key: str) -> set:
    """Names a user may type for an agency: its key, the key without its unit, and pinyin."""
    from pypinyin import lazy_pinyin

    names = {key}
    stem = key
    for unit in _UNITS:
        if key.endswith(unit) and len(key) - len(unit) >= 2:
            stem = key[: -len(unit)]
            names.add(stem)
            break
    names.add("".join(lazy_pinyin(stem)).lower())
    return names


_UNIT_EN = {"省": "Province", "市": "City", "州": "Prefecture", "自治州": "Autonomous Prefecture",
            "县": "County", "自治县": "Autonomous County", "区": "District", "旗": "Banner",
            "乡": "Township", "镇": "Town", "街道": "Subdistrict", "盟": "League", "地区": "Prefecture"}


def agency_english(key: str) -> str:
    from pypinyin import lazy_pinyin

    for unit in _UNITS:
        if key.endswith(unit) and len(key) - len(unit) >= 2:
            return "".join(lazy_pinyin(key[: -len(unit)])).title() + " " + _UNIT_EN[unit]
    return "".join(lazy_pinyin(key)).title()
