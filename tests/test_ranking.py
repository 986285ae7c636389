"""Which agency has the most (or the fewest) of a figure: the same figures, in order, and said.

The expectations are read from the archive's own plain answers, so reports added to
../shared/corpus change the ranking, not the test."""
import pytest


def _values(result):
    return [(f["agency_key"], f["value"]) for f in result["figures"] if f["value"] is not None]


@pytest.mark.parametrize("question, plain, direction", [
    ("2023年哪个单位收到的申请最多", "2023年各单位收到的申请数", "desc"),
    ("2024年各单位依申请公开申请数量排名", "2024年各单位收到的申请数", "desc"),
    ("2024年哪个单位收到的申请最少", "2024年各单位收到的申请数", "asc"),
    ("Which agency received the most requests in 2024?", "How many requests did each agency receive in 2024?", "desc"),
    ("Which agency received the fewest requests in 2023?", "How many requests did each agency receive in 2023?", "asc"),
])
def test_a_ranking_question_lists_the_figures_in_order_and_names_the_first(ask, question, plain, direction):
    base = ask(plain)
    ranked = ask(question)
    values = _values(base)
    if len({a for a, _ in values}) < 2:
        pytest.skip("fewer than two agencies with that figure in the archive")
    assert ranked["kind"] == "figure"
    assert sorted(_values(ranked)) == sorted(values)  # the same figures, nothing added or lost
    got = [v for _, v in _values(ranked)]
    assert got == sorted(got, reverse=direction == "desc")
    best = got[0]
    firsts = [f for f in ranked["figures"] if f["value"] == best]
    name = "agency" if ranked["lang"] == "zh" else "agency_en"
    word = {("zh", "desc"): "最多的是", ("zh", "asc"): "最少的是", ("en", "desc"): "Highest:",
            ("en", "asc"): "Lowest:"}[ranked["lang"], direction]
    said = ranked["answer"].split(word, 1)[1]
    assert all(f[name] in said for f in firsts)
    assert ("并列" in said or "tied" in said) == (len(firsts) > 1)


def test_ranking_words_are_understood_and_a_question_without_them_is_not_ranked(ask, archive):
    from server.question import parse

    assert parse("2024年各单位依申请公开申请数量排名", archive).not_understood == []
    assert parse("Which agency received the most requests in 2024?", archive).is_figure
    plain = ask("2024年各单位收到的申请数")
    assert "从高到低" not in plain["answer"] and "最多" not in plain["answer"]


def test_one_agencys_figure_is_not_ranked(ask):
    result = ask("洪泽区2024年收到的申请最多有多少")
    assert "从高到低" not in result["answer"] and len({f["agency_key"] for f in result["figures"]}) == 1


@pytest.mark.parametrize("question", ["洪泽区2024年哪类申请人提出的申请最多", "洪泽区2024年依申请公开的申请人主要是谁",
                                      "Which kind of applicant made the most requests to Hongze in 2024?"])
def test_one_agencys_applicants_are_ranked_against_each_other(ask, question):
    result = ask(question)
    if not result["figures"]:
        pytest.skip("洪泽区 2024 not in the archive")
    assert result["kind"] == "figure"
    assert {f["agency_key"] for f in result["figures"]} == {"洪泽区"}
    assert "total" not in {f["column"] for f in result["figures"]}
    values = [f["value"] for f in result["figures"] if f["value"] is not None]
    assert len(values) >= 5 and values == sorted(values, reverse=True)
    word = "最多的是" if result["lang"] == "zh" else "Highest:"
    said = result["answer"].split(word, 1)[1]
    assert all(f["column_label"] in said for f in result["figures"] if f["value"] == values[0])


def test_a_follow_up_to_a_ranking_is_ranked_too(ask):
    plain = ask("2024年各单位收到的申请数")
    if len({f["agency_key"] for f in plain["figures"] if f["value"] is not None}) < 2:
        pytest.skip("fewer than two agencies with a 2024 figure")
    follow = ask("那2024年呢", history=["2023年哪个单位收到的申请最多"])
    assert "从高到低" in follow["answer"] and {f["year"] for f in follow["figures"]} == {2024}


@pytest.mark.parametrize("question", ["平潭综合实验区哪一年收到的申请最多",
                                      "Which year did Pingtan Comprehensive Experimental Zone receive the most requests?"])
def test_one_agency_s_years_are_ranked(ask, question):
    """One agency, one figure, several years: the years ranked, the first named."""
    result = ask(question)
    assert [f["year"] for f in result["figures"]] == [2021, 2019, 2020]
    assert ("最多的是2021 年（70 件）" in result["answer"]) or ("Highest: 2021 (70" in result["answer"])


def test_a_city_the_archive_lacks_joined_to_its_district_is_named_not_dropped(ask):
    """淮安市和洪泽区 where only 洪泽区 has reports: 淮安市 is not read as where 洪泽区 is (that is
    淮安市洪泽区), so the answer says the archive has no 淮安市 rather than ranking 洪泽区 alone."""
    result = ask("2024年淮安市和洪泽区哪个收到的申请多")
    assert result["figures"] == [] and "淮安市" in result["answer"]
    assert [f["agency_key"] for f in ask("2024年淮安市洪泽区收到多少件申请")["figures"]] == ["洪泽区"]
