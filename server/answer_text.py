"""How figures are written out in Chinese and English answers."""
from indexer.text import format_number

UNIT_EN = {"件": "", "项": "items", "万元": "× 10,000 yuan (万元)", "元": "yuan"}


def display_number(value, unit: str, lang: str) -> str:
    number = format_number(value)
    if lang == "zh":
        return f"{number} {unit}" if unit else f"{number}（报告未注明单位）"
    if not unit:
        return f"{number} (unit not stated in the report)"
    return f"{number} {UNIT_EN.get(unit, unit)}".strip()


def display_value(fact, lang: str) -> str:
    """A stored cell as the answer shows it; a cell without a number is shown as printed."""
    if fact["value"] is None:
        return f"“{fact['raw']}”（未填数字）" if lang == "zh" else f"“{fact['raw']}” (no number given)"
    return display_number(fact["value"], fact["unit"], lang)
