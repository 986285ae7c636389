"""Variants of the real reports, for a large archive: other agencies, other years, other figures.

How: each variant starts from the text of a real report, page by page (the text layer of
the PDFs as pdfplumber extracts it, the seed as it is), written in the seed's text form
(a line starting with a space opens a page). In it
- the agency's names (淮安市洪泽区人民政府, 洪泽区, 洪泽, 平掌乡 …) become an invented
  agency's names, and the report year (and the years next to it) move to the variant's year;
- every number in a table section (二, 三, 四) is multiplied by a random factor of that
  section, so the variants' facts differ from the real reports' and from each other while
  the template's sums still hold; one variant in ten has one number of table 三 changed,
  so some checks fail, as in real archives.
Years 2019-2020 use the seed (2019 template); 2021 onward use the 洪泽区 reports (2021
template), so every variant's template matches its year, as in real archives.
"""
import random
import re
from pathlib import Path

from paths import SEED, SHARED_CORPUS

NAME_CHARS = "安平东西南北清河泉山川江湖阳明德兴华新永宁丰乐长和顺丰泰康福寿云石林金玉龙凤"
CITY_NAMES = ("江州市", "临川市", "云山市", "海陵市", "青原市")
UNITS = ("县", "区", "乡", "镇")
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _pages_of(path: Path):
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return [page.extract_text() or "" for page in pdf.pages]
    text = path.read_text(encoding="utf-8")
    pages, current = [], []
    for line in text.splitlines():
        if line.startswith(" ") and current:
            pages.append("\n".join(current))
            current = []
        if line.strip():
            current.append(line.strip())
    pages.append("\n".join(current))
    return pages


def bases():
    """(template, year, agency names longest first, pages) of the real reports used as bases."""
    out = [("2019", 2020, ["新平县平掌乡", "平掌乡", "平掌"], _pages_of(SEED))]
    for year in (2023, 2024):
        path = SHARED_CORPUS / f"洪泽区人民政府_{year}.pdf"
        if path.exists():
            out.append(("2021", year, ["淮安市洪泽区人民政府", "洪泽区人民政府", "淮安市", "洪泽区", "洪泽"],
                        _pages_of(path)))
    return out


def agency_names(count: int, rng: random.Random):
    """`count` invented agencies: (stem, name, city). Two-character stems while they last
    (36 × 35 of them), three-character ones beyond, so any archive size has distinct names."""
    names, seen = [], set()
    two_char = len(NAME_CHARS) * (len(NAME_CHARS) - 1)
    while len(names) < count:
        size = 2 if len(seen) < two_char * 0.9 else 3
        stem = "".join(rng.sample(NAME_CHARS, size))
        if stem in seen:
            continue
        seen.add(stem)
        names.append((stem, stem + rng.choice(UNITS), rng.choice(CITY_NAMES)))
    return names


def variant_text(base, stem, name, city, year, rng: random.Random) -> str:
    template, base_year, base_names, pages = base
    replacements = {}
    for old in base_names:
        if old.endswith("人民政府"):
            replacements[old] = (city if old.startswith("淮安市") else "") + name + "人民政府"
        elif old.endswith("市") or old == "新平县平掌乡":
            replacements[old] = city + name if old == "新平县平掌乡" else city
        elif old in ("洪泽区", "平掌乡"):
            replacements[old] = name
        else:
            replacements[old] = stem
    pattern = re.compile("|".join(map(re.escape, base_names)))
    # Each table's numbers are the base report's times a factor of its own: every sum the
    # template prescribes still adds up, as in most real reports; one report in ten gets one
    # number changed, so some checks fail, as in real archives.
    factors = {section: rng.choice((0, 1, 2, 3, 5, 8, 13, 40)) for section in ("二", "三", "四")}
    broken = rng.random() < 0.1
    out_pages, section = [], None
    for page in pages:
        lines = []
        for line in page.split("\n"):
            line = pattern.sub(lambda m: replacements[m.group(0)], line)
            # the report year and the years next to it move with it
            line = _YEAR.sub(lambda m: str(int(m.group()) - base_year + year)
                             if abs(int(m.group()) - base_year) <= 1 else m.group(), line)
            flat = line.replace(" ", "")
            if "主动公开政府信息情况" in flat:
                section = "二"
            elif "收到和处理政府信息公开申请情况" in flat:
                section = "三"
            elif "行政复议、行政诉讼情况" in flat or "行政复议、行政诉讼" in flat and flat.startswith("四"):
                section = "四"
            elif "存在的主要问题" in flat:
                section = None
            elif section and not re.search(r"第.{1,3}页|^- \d+ -$", line):
                line = _NUMBER.sub(lambda m: _scaled(m.group(), factors[section]), line)
                if broken and section == "三" and _NUMBER.search(line):
                    line = _NUMBER.sub(lambda m: str(int(float(m.group())) + 1), line, count=1)
                    broken = False
            lines.append(line)
        out_pages.append("\n".join(lines))
    return "\n".join(" " + page for page in out_pages) + "\n"


def _scaled(number: str, factor: int) -> str:
    value = float(number) * factor
    return str(int(value)) if value.is_integer() else f"{value:.2f}"


def generate(folder: Path, count: int, seed: int = 7):
    """Write `count` variant reports into `folder`; returns [(path, agency, year)]."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    all_bases = bases()
    old_base = all_bases[0]
    new_bases = all_bases[1:] or [old_base]
    years = list(range(2019, 2026))
    written = []
    for i, (stem, name, city) in enumerate(agency_names(count // len(years) + 1, rng)):
        for year in years:
            if len(written) == count:
                return written
            base = old_base if year <= 2020 else new_bases[year % len(new_bases)]
            path = folder / f"{name}_{year}.txt"
            path.write_text(variant_text(base, stem, name, city, year, rng), encoding="utf-8")
            written.append((path, name, year))
    return written
