"""Choose passage search's fusion weights and "nothing relevant" threshold on the development set.

    python tests/bench/tune_passages.py --data DIR [--gold tests/gold/passages.jsonl]

Every question's candidates are ranked once (coverage, BM25 and similarity per candidate, see
server/passages.py); then a grid of their weights and the threshold is scored: hit@3 for
Chinese and English questions, and "nothing found" for questions the archive cannot answer.
The best grid point (by the sum of the three rates) is printed with its scores; copy it into
server/passages.py. The grid is small on purpose: three numbers, so the development set
(130 questions) can decide them without being memorised. The rates here leave out routing
(a question the answer sends to figures); `nianbao eval` measures the whole answer.
"""
import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def collect(data, gold):
    from server.answer import _scope_years, apply_filters, rank_passages
    from server.archive import ArchiveHolder
    from server.evaluate import load_gold, passage_relevant
    from server.followup import resolve

    archive = ArchiveHolder(data).get()
    rows = []
    for item in load_gold([gold]):
        if "lang" not in item:
            continue
        q, _ = resolve(item["question"], [], archive)
        years = _scope_years(archive, q, q.agencies)
        scope = apply_filters(archive, q.agencies, years, None, q.lang)
        hits = rank_passages(archive, q, scope.agencies, scope.years)[:20]
        labelled = []
        chunks = archive.chunks([h.chunk_id for h in hits])
        for h in hits:
            chunk = chunks[h.chunk_id]
            report = archive.reports[chunk["report_id"]]
            passage = {"agency_key": report.agency_key, "year": report.year, "text": chunk["text"]}
            relevant = "contains" in item and passage_relevant(passage, item)
            labelled.append((h.coverage, h.lexical, h.similarity, relevant, chunk["section"] == "报告说明"))
        rows.append((item, labelled))
    return rows


from server.passages import PREFACE_FACTOR  # noqa: E402


def score(rows, weight, lexical, threshold):
    hit = {"zh": [0, 0], "en": [0, 0]}
    none = [0, 0]
    for item, hits in rows:
        scored = [((weight * c + lexical * x + s) * (PREFACE_FACTOR if preface else 1.0), rel)
                  for c, x, s, rel, preface in hits]
        shown = sorted(x for x in scored if x[0] >= threshold)[::-1][:3]
        if item.get("expect") == "none":
            none[1] += 1
            none[0] += not shown
        else:
            hit[item["lang"]][1] += 1
            hit[item["lang"]][0] += any(rel for _, rel in shown)
    rate = lambda x: x[0] / x[1] if x[1] else 0.0  # noqa: E731
    return rate(hit["zh"]), rate(hit["en"]), rate(none)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--gold", default=str(ROOT / "tests" / "gold" / "passages.jsonl"))
    args = parser.parse_args()
    rows = collect(args.data, args.gold)
    best = None
    for w in [x / 10 for x in range(0, 16)]:
        for lx in [x / 10 for x in range(0, 16)]:
            for t in [x / 100 for x in range(20, 121, 2)]:
                zh, en, none = score(rows, w, lx, t)
                key = zh + en + none
                if best is None or key > best[0]:
                    best = (key, w, lx, t, zh, en, none)
    _, w, lx, t, zh, en, none = best
    print(json.dumps({"coverage_weight": w, "lexical_weight": lx, "min_score": t, "hit3_zh": round(zh, 3),
                      "hit3_en": round(en, 3), "nothing_found_unanswerable": round(none, 3)}))


if __name__ == "__main__":
    main()
