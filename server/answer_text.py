"""How figures are written out in Chinese and English answers."""
import re

from indexer.text import format_number

UNIT_EN = {"件": "", "项": "items", "万元": "× 10,000 yuan (万元)", "元": "yuan"}


def display_number(value, unit: str, lang: str) -> str:
    number = format_number(value)
    if lang == "zh":
        return f"{number} {unit}" if unit else f"{number}（报告未注明单位）"
    if not unit:
        return f"{number} (unit not stated in the report)"
    # (a unit printed with a second in brackets, "篇(条)", says each in English)
    return f"{number} {re.sub(r'[^()]+', lambda m: UNIT_EN.get(m.group(0), m.group(0)), unit)}".strip()


def quality_of(fact):
    # a lookup, not `in fact.keys()`: a sum over a province's year reads this 40,000 times
    try:
        return fact["quality"] or ""
    except (IndexError, KeyError):  # a row without the column (sqlite3.Row: IndexError)
        return ""


def display_value(fact, lang: str) -> str:
    """A stored cell as the answer shows it; a cell without a number is shown as what it is."""
    quality = quality_of(fact)
    if quality == "unsure":
        return "（OCR 未能可靠识别，不显示数字）" if lang == "zh" else "(not shown: OCR could not read it reliably)"
    if fact["value"] is None:
        if not fact["raw"]:
            return "空白（报告未填数字）" if lang == "zh" else "blank (no number printed)"
        return f"“{fact['raw']}”（未填数字）" if lang == "zh" else f"“{fact['raw']}” (no number given)"
    shown = display_number(fact["value"], fact["unit"], lang)
    if (fact["raw"] or "")[-1:] in ("余", "多"):  # a stated "600余篇": more than 600, as printed
        return shown.replace(" ", fact["raw"][-1] + " ", 1) if lang == "zh" else "more than " + shown
    return shown


def quality_note(fact, lang: str) -> str:
    """What the reader of an answer must know about how a cell was read, or ""."""
    quality = quality_of(fact)
    if quality == "inferred":
        return ("该数所在行在原文中数字连写，按表格自身合计关系只有一种拆分，此数据由此推断" if lang == "zh" else
                "the source runs this row's digits together; the table's own totals admit only one split, "
                "and this figure comes from it")
    if quality == "unsure":
        return ("扫描件中此格 OCR 识别不可靠或与表格合计不符，不作为数字使用" if lang == "zh" else
                "in the scan this cell could not be read reliably (or does not fit the table's totals); "
                "it is not used as a number")
    if quality == "blank":
        return ("原文此格空白，未填数字；仅在核对合计时按 0 计" if lang == "zh" else
                "the source leaves this cell blank; only the table's checks count it as 0")
    return ""
