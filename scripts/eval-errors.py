#!/usr/bin/env python3
"""Lists the annotator's errors on a gold file, by kind and by the rule that
produced each span, so that an error can be traced to one file.

    scripts/eval-errors.py ../shared/eval/polnear-dev.jsonl            # counts
    scripts/eval-errors.py ../shared/eval/polnear-dev.jsonl --show attribution --rule attribution::same_paragraph
    scripts/eval-errors.py ../shared/eval/redline-dev.jsonl --show redline
    scripts/eval-errors.py ../shared/eval/redline-dev.jsonl --show redline-holder

Kinds: direct quotes missed / false alarms, wrong speakers of direct quotes
(per rule), reported speech missed / false alarms, red lines missed / false
alarms and wrong holders per category. Matching is score.py's (lenient), imported from the
gold file's folder, so the counts agree with its table.
"""
import argparse, collections, json, os, subprocess, sys


def load_score(gold_path):
    sys.path.insert(0, os.path.dirname(os.path.abspath(gold_path)))
    import score  # noqa: E402  (the shared eval/score.py)
    return score


def run(cmd, golds):
    inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in golds)
    out = subprocess.run(cmd, shell=True, input=inp.encode(), capture_output=True, check=True).stdout
    return {d.get("id"): d for d in map(json.loads, out.decode().splitlines())}


def context(text, start, end, width=70):
    return text[max(0, start - width):end + width].replace("\n", " / ")


def quote_errors(score, gold, doc, direct, tally, show):
    golds = [q for q in gold.get("quotes", []) if q.get("direct", True) == direct]
    preds = [s for s in doc["spans"] if s["kind"] == "quote" and s.get("direct", True) == direct]
    if not golds and not direct:
        return
    tag = "direct" if direct else "reported"
    m = score.greedy_match(golds, preds, lambda g, p: score.overlap_f1(g["text"], p["text"]), 0.5)
    ents = doc["entities"]
    mentions = collections.defaultdict(list)
    for s in doc["spans"]:
        if s["kind"] == "speaker":
            mentions[s["entity"]].append((s["start"], s["end"]))
    for gi, g in enumerate(golds):
        if gi not in m:
            tally[f"{tag}: missed"] += 1
            show(f"{tag}-missed", None, f"{g['text'][:100]!r}  (gold speaker {g.get('speaker')!r})")
    for pi in set(range(len(preds))) - set(m.values()):
        tally[f"{tag}: false alarm ({preds[pi]['rule']})"] += 1
        show(f"{tag}-false", preds[pi]["rule"], repr(preds[pi]["text"][:100]))
    for gi, pi in m.items():
        g, p = golds[gi], preds[pi]
        if g.get("speaker") is None:
            continue
        e = ents[p["speaker"]] if p.get("speaker") is not None else None
        span = (g["speaker_start"], g["speaker_end"]) if g.get("speaker_start") is not None else None
        if not score.speaker_ok(g["speaker"], e, mentions.get(p.get("speaker"), []), span):
            tally[f"{tag}: wrong speaker ({p['rule']})"] += 1
            show("attribution" if direct else "reported-attribution", p["rule"],
                 f"gold {g['speaker']!r} predicted {e['name'] if e else None!r}  [{gold.get('id')}@{g['start']}]\n      {context(gold['text'], g['start'], g['end'])!r}")


def redline_errors(score, gold, doc, tally, show):
    golds = gold.get("red_lines")
    if golds is None:
        return
    preds = [s for s in doc["spans"] if s["kind"] == "red_line"]

    def ov(g, p):
        inter = min(g["end"], p["end"]) - max(g["start"], p["start"])
        return inter / max(1, min(g["end"] - g["start"], p["end"] - p["start"]))
    m = score.greedy_match(golds, preds, ov, 0.5)
    for gi, g in enumerate(golds):
        if gi not in m and not g.get("optional"):
            tally[f"red line: missed {g['category']}"] += 1
            show("redline", g["category"], f"missed {g['text'][:100]!r}")
    for pi in set(range(len(preds))) - set(m.values()):
        tally[f"red line: false alarm {preds[pi]['category']}"] += 1
        show("redline", preds[pi]["category"], f"false alarm {preds[pi]['text'][:100]!r} ({preds[pi]['rule']})")
    ents = doc["entities"]
    mentions = collections.defaultdict(list)
    for s in doc["spans"]:
        if s["kind"] == "speaker":
            mentions[s["entity"]].append((s["start"], s["end"]))
    for gi, pi in m.items():
        g, p = golds[gi], preds[pi]
        if g.get("optional") or g.get("speaker") is None:
            continue
        e = ents[p["speaker"]] if p.get("speaker") is not None else None
        if not score.speaker_ok(g["speaker"], e, mentions.get(p.get("speaker"), []), None):
            tally[f"red line: wrong holder {g['category']}"] += 1
            show("redline-holder", g["category"],
                 f"gold {g['speaker']!r} predicted {e['name'] if e else None!r} ({p['rule']})\n      {context(gold['text'], g['start'], g['end'])!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--cmd", default="target/release/annotate --jsonl")
    ap.add_argument("--show", help="print the cases of one kind: direct-missed, direct-false, attribution, reported-missed, reported-false, reported-attribution, redline, redline-holder")
    ap.add_argument("--rule", help="with --show: only spans of this rule (or red-line category)")
    a = ap.parse_args()
    score = load_score(a.gold)
    golds = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
    docs = run(a.cmd, golds)
    tally = collections.Counter()

    def show(kind, rule, line):
        if a.show == kind and (a.rule is None or a.rule == rule):
            print(f"- {line}")
    for g in golds:
        doc = docs.get(g["id"]) or {"spans": [], "entities": []}
        for direct in (True, False):
            if "quotes" in g:
                quote_errors(score, g, doc, direct, tally, show)
        redline_errors(score, g, doc, tally, show)
    if not a.show:
        for k, n in sorted(tally.items()):
            print(f"{n:5}  {k}")


if __name__ == "__main__":
    main()
