"""Fuzzing the question path (hypothesis): it never raises, and every number it returns
is a stored cell with its source, or a sum of such cells."""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from indexer import registry as reg
from server.answer import answer

WORDS = sorted({w for t in reg.TABLES for r in t.rows for w in (*r.ask, r.zh)}
               | {w for t in reg.TABLES for c in t.all_columns() for w in (*c.ask, c.zh)}
               | {"平掌乡", "洪泽区", "Hongze", "pingzhang", "2019", "2020", "2023", "2024", "2021 到 2024", "近三年",
                  "历年", "所有单位", "累计", "呢", "and in", "多少", "how many", "存在的主要问题", "？", " "})
QUESTION = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=8).map("".join)
HISTORY = st.lists(st.one_of(QUESTION.map(lambda q: {"question": q}), QUESTION, st.none(), st.integers()), max_size=3)
FILTERS = st.one_of(st.none(), st.dictionaries(
    st.sampled_from(["agency", "agencies", "year", "years", "other"]),
    st.one_of(st.text(max_size=5), st.integers(), st.sampled_from(["洪泽区", "平掌乡", "2024", "²⁰²⁴"]),
              st.lists(st.text(max_size=4), max_size=3)), max_size=3))


def assert_stored(db, item):
    """A cell an office task shows (a comparison's side, a roll-up's part) is the stored one."""
    stored = db.execute("SELECT report_id, value, raw, page FROM facts WHERE id = ?", (item["fact"],)).fetchone()
    assert stored is not None and stored["page"] == item["page"] and stored["raw"] == item["raw"]
    assert item["url"].startswith(f"/source/{stored['report_id']}/{item['page']}?fact={item['fact']}")


def assert_every_number_is_sourced(archive, result):
    # compare and rollup are the office's tasks asked in the chat (server/tasks.py): "ROLLUP"
    # alone is a roll-up of the latest year, a question the fuzzer found by itself.
    assert result["kind"] in ("figure", "passage", "none", "compare", "rollup")
    assert isinstance(result["answer"], str) and result["answer"]
    assert (result["kind"] == "figure") == bool(result["figures"])
    if result["kind"] not in ("figure", "rollup"):
        assert result["sums"] == []
    if result["kind"] != "figure":
        assert result["table"] is None and result["chart"] is None
    db = archive.db()
    if result["kind"] == "compare":
        for change in result["compare"]["top"]:
            for side in (change["a"], change["b"]):
                if side is not None:
                    assert_stored(db, side)
    if result["kind"] in ("compare", "rollup"):
        assert result["links"] and all(link["url"].startswith(("/compare?", "/rollup?", "/api/"))
                                       for link in result["links"])
    for s in result["sums"]:
        assert s["parts"] and abs(sum(p["value"] for p in s["parts"]) - s["value"]) < 1e-6
        assert all(p["url"].startswith("/source/") for p in s["parts"])
        if result["kind"] == "rollup":  # a roll-up's parts name their cells
            for part in s["parts"]:
                assert_stored(db, part)
    for f in result["figures"]:
        src = f["source"]
        stored = db.execute("SELECT report_id, value, raw, page FROM facts WHERE id = ?", (src["fact"],)).fetchone()
        assert stored is not None and stored["report_id"] == src["report"] and stored["page"] == src["page"]
        assert stored["raw"] == f["raw"] and (stored["value"] == f["value"] or stored["value"] is f["value"] is None)
        assert re.fullmatch(rf"/source/{src['report']}/{src['page']}\?fact={src['fact']}", src["url"])
    for p in result["passages"]:
        assert p["report"] in archive.reports and p["url"].startswith(f"/source/{p['report']}/")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=QUESTION, history=HISTORY, filters=FILTERS)
def test_question_path_never_raises_and_sources_every_number(archive, question, history, filters):
    if not question.strip():
        question = "？"
    assert_every_number_is_sourced(archive, answer(archive, question, history=history, filters=filters))


@settings(max_examples=150, deadline=None)
@given(question=st.text(max_size=300))
def test_arbitrary_text(archive, question):
    assert_every_number_is_sourced(archive, answer(archive, question or "?"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=st.lists(st.sampled_from(sorted(set(WORDS) | {"ROLLUP", "roll up", "合计", "按模板导出", "相比",
                                                           "compare", "有什么变化", "导出", "汇总表"})),
                         max_size=6).map("".join))
def test_office_task_words(archive, question):
    """Questions made of the compare and roll-up words mixed with the rest: the same promise."""
    assert_every_number_is_sourced(archive, answer(archive, question or "?"))
