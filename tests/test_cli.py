"""The `nianbao` command as a user runs it: bad files in a batch, re-indexing, asking."""
import json
import os
import shutil

from conftest import SEED, run_cli


def test_bad_files_are_named_with_reasons_and_the_rest_is_indexed(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "empty.pdf").write_bytes(b"")
    (corpus / "notes.pdf").write_text("这不是 PDF 文件", encoding="utf-8")
    (corpus / "random.pdf").write_bytes(os.urandom(4096))
    shutil.copy(SEED, corpus / "平掌乡 2020.txt")
    data = tmp_path / "data"
    result = run_cli("index", corpus, "--data", data, "--quiet")
    assert result.returncode == 0, result.stderr
    assert f"rejected: {corpus / 'empty.pdf'}: empty file" in result.stderr
    assert f"rejected: {corpus / 'notes.pdf'}: not a PDF file" in result.stderr
    assert f"rejected: {corpus / 'random.pdf'}: not a PDF file" in result.stderr
    assert "indexed 1 file(s): 5 pages" in result.stdout and "rejected 3" in result.stdout

    answer = run_cli("ask", "2020年政府集中采购项目有多少个", "--data", data, "--json")
    figure = json.loads(answer.stdout)["figures"][0]
    assert (figure["value"], figure["source"]["page"], figure["source"]["file_name"]) == (26, 3, "平掌乡 2020.txt")

    # A bad file on its own changes nothing already indexed.
    again = run_cli("index", corpus / "random.pdf", "--data", data, "--quiet")
    assert "rejected 1" in again.stdout
    text = run_cli("ask", "how many procurement items in 2020", "--data", data)
    assert "26 items" in text.stdout and "pingzhang" not in text.stderr


def test_reindexing_is_a_no_op_and_a_changed_file_replaces_its_facts(tmp_path):
    report = tmp_path / "pingzhang.txt"
    shutil.copy(SEED, report)
    data = tmp_path / "data"
    first = run_cli("index", report, "--data", data, "--quiet", "--json")
    assert json.loads(first.stdout)["files"][0]["status"] == "indexed"
    generation = json.loads(first.stdout)["generation"]

    second = json.loads(run_cli("index", report, "--data", data, "--quiet", "--json").stdout)
    assert second["files"][0]["status"] == "unchanged" and second["generation"] == generation

    report.write_text(SEED.read_text(encoding="utf-8").replace("政府集中采购 26 302885", "政府集中采购 27 302885"),
                      encoding="utf-8")
    third = json.loads(run_cli("index", report, "--data", data, "--quiet", "--json").stdout)
    assert third["files"][0]["status"] == "replaced" and third["generation"] != generation
    assert len(list((data / "files").iterdir())) == 2  # the new version's copy and origin; the old one's gone
    result = json.loads(run_cli("ask", "2020年政府集中采购项目有多少个", "--data", data, "--json").stdout)
    assert [f["value"] for f in result["figures"]] == [27]
    listing = run_cli("ask", "平掌乡存在的主要问题", "--data", data, "--json")
    assert len({p["report"] for p in json.loads(listing.stdout)["passages"]}) == 1


def test_duplicate_content_is_skipped(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SEED, a)
    shutil.copy(SEED, b)
    result = run_cli("index", a, b, "--data", tmp_path / "data", "--quiet")
    assert f"skipped: {b}: same content as {a}" in result.stderr
    assert "indexed 1 file(s)" in result.stdout and "duplicates 1" in result.stdout


def test_an_archive_of_the_earlier_layout_is_converted_and_keeps_its_reports(tmp_path):
    """Earlier versions kept a whole database per generation (CURRENT, gen-NNNNNN/) and the
    report copies in files/: the first run of this version indexes those copies again."""
    import sqlite3

    data = tmp_path / "data"
    (data / "gen-000003").mkdir(parents=True)
    (data / "files").mkdir()
    shutil.copy(SEED, data / "files" / "1dc9630be100fcad.txt")
    old = sqlite3.connect(data / "gen-000003" / "nianbao.sqlite")
    old.execute("CREATE TABLE reports (id TEXT, stored_file TEXT, file_name TEXT, source_path TEXT)")
    old.execute("INSERT INTO reports VALUES ('1dc9630be100fcad', '1dc9630be100fcad.txt', 'pingzhang_2020.txt',"
                " '/old/place/pingzhang_2020.txt')")
    old.commit()
    old.close()
    (data / "CURRENT").write_text("gen-000003")
    refused = run_cli("ask", "行政复议", "--data", data)
    assert refused.returncode == 2 and "earlier version" in refused.stderr
    converted = json.loads(run_cli("index", "--data", data, "--quiet", "--json").stdout)
    assert [f["status"] for f in converted["files"]] == ["indexed"]
    assert not (data / "CURRENT").exists() and not list(data.glob("gen-*"))
    answer = json.loads(run_cli("ask", "2020年政府集中采购项目有多少个", "--data", data, "--json").stdout)
    assert [(f["value"], f["source"]["file_name"]) for f in answer["figures"]] == [(26, "pingzhang_2020.txt")]


def test_an_archive_of_an_earlier_schema_is_rebuilt_from_its_copies(tmp_path):
    import sqlite3

    data = tmp_path / "data"
    assert run_cli("index", SEED, "--data", data, "--quiet").returncode == 0
    conn = sqlite3.connect(data / "nianbao.sqlite")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    refused = run_cli("ask", "行政复议", "--data", data)
    assert refused.returncode == 2 and "earlier version" in refused.stderr
    rebuilt = json.loads(run_cli("index", "--data", data, "--quiet", "--json").stdout)
    assert any("made by an earlier version" in n for n in rebuilt["notes"])
    assert [f["status"] for f in rebuilt["files"]] == ["indexed"]
    answer = json.loads(run_cli("ask", "2020年政府集中采购项目有多少个", "--data", data, "--json").stdout)
    assert [f["value"] for f in answer["figures"]] == [26]


def test_ask_prints_the_links_of_an_answer(data_dir):
    """A checks answer from the shell names each failing report's marked page."""
    out = run_cli("ask", "哪些报告没有通过校验", "--data", data_dir)
    assert out.returncode == 0, out.stderr
    links = [line for line in out.stdout.splitlines() if line.startswith("  → ")]
    assert links and links[-1].endswith("/archive")
    if len(links) > 1:  # some report fails a check
        assert "/source/" in links[0] and "facts=" in links[0]
