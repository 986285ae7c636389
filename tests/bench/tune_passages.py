"""Choose passage search's fusion weights and "nothing relevant" thresholds on the development set.

    python tests/bench/tune_passages.py --data DIR [--gold tests/gold/passages.jsonl]

Every question's candidates are ranked once (word match, coverage and similarity per
candidate, see server/passages.py; one report held in two forms counted once); then a grid of
the two weights is scored, each with the thresholds per language that keep "nothing found"
for at least NONE_FLOOR of the questions the archive cannot answer: hit@3 for Chinese and
English questions. The best grid point (by the sum of the two hit rates, then of the nothing-found rates) is
printed with its scores; copy it into server/passages.py. The grid is small on purpose: two
weights and two thresholds, so the development set (130 questions) can decide them without
being memorised. The rates here leave out routing (a question the answer sends to figures);
`nianbao eval` measures the whole answer.
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
        hits = rank_passages(archive, q, scope.agencies, scope.years)[:30]
        labelled, seen = [], []
        chunks = archive.chunks([h.chunk_id for h in hits])
        for h in hits:
            chunk = chunks[h.chunk_id]
            report = archive.reports[chunk["report_id"]]
            if any(a == report.agency_key and y == report.year and same_passage(t, chunk["text"]) for a, y, t in seen):
                continue  # the answer shows one report's passage once, whatever its forms
            seen.append((report.agency_key, report.year, chunk["text"]))
            passage = {"agency_key": report.agency_key, "year": report.year, "text": chunk["text"]}
            relevant = "contains" in item and passage_relevant(passage, item)
            labelled.append((h.words, h.coverage, h.similarity, relevant, chunk["section"] == "报告说明"))
        rows.append((item, labelled))
    return rows


from server.passages import PREFACE_FACTOR, same_passage  # noqa: E402

NONE_FLOOR = 0.9


def rates(rows, lang, word, coverage, threshold):
    """(hit@3, questions the archive cannot answer given "nothing found", how many of those)
    for the questions of one language."""
    hit, asked, none, unanswerable = 0, 0, 0, 0
    for item, hits in rows:
        if item["lang"] != lang:
            continue
        scored = [((word * m + coverage * c + s) * (PREFACE_FACTOR if preface else 1.0), rel)
                  for m, c, s, rel, preface in hits]
        shown = sorted((x for x in scored if x[0] >= threshold), key=lambda x: -x[0])[:3]
        if item.get("expect") == "none":
            unanswerable += 1
            none += not shown
        else:
            asked += 1
            hit += any(rel for _, rel in shown)
    return hit / max(asked, 1), none, unanswerable


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--gold", default=str(ROOT / "tests" / "gold" / "passages.jsonl"))
    args = parser.parse_args()
    rows = collect(args.data, args.gold)
    best = None
    thresholds = [t / 50 for t in range(0, 200)]
    for word in [x / 4 for x in range(0, 13)]:
        for coverage in [x / 4 for x in range(0, 9)]:
            zh = [(*rates(rows, "zh", word, coverage, t), t) for t in thresholds]
            en = [(*rates(rows, "en", word, coverage, t), t) for t in thresholds]
            for hz, nz, uz, tz in zh:
                for he, ne, ue, te in en:
                    if (nz + ne) < NONE_FLOOR * (uz + ue):
                        continue
                    key = (hz + he, nz + ne)  # the most hits; of those, the most "nothing found"
                    if best is None or key > best[0]:
                        best = (key, {"word_weight": word, "coverage_weight": coverage, "min_score_zh": tz,
                                      "min_score_en": te, "hit3_zh": round(hz, 3), "hit3_en": round(he, 3),
                                      "nothing_found": f"{nz + ne}/{uz + ue}"})
    print(json.dumps(best[1]))


if __name__ == "__main__":
    main()
