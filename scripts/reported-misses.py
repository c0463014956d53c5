#!/usr/bin/env python3
"""Buckets the reported-speech spans the annotator misses on a gold file by
their cue word, so the biggest constructions can be attacked first.

    scripts/reported-misses.py ../shared/eval/polnear-train.jsonl              # top cues
    scripts/reported-misses.py ../shared/eval/polnear-train.jsonl --cue asked  # its cases
    scripts/reported-misses.py ../shared/eval/polnear-train.jsonl --by where   # cue before/after

A miss is "cut" when some predicted reported span overlaps it in the text
but their word-overlap F1 is under 0.5 (a boundary error), "none" when no
prediction touches it. Matching is score.py's (lenient). --by where puts
each miss under where its cue stands: "before" the content ("said X"),
"after" it ("X, he said"), "inside" it, or "?" when the cue is not found
within 200 characters.
"""
import argparse, collections, importlib.util, json, os, re, sys


# the scorer's loader and the batch run are eval-errors.py's
_spec = importlib.util.spec_from_file_location("eval_errors", os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval-errors.py"))
_eval_errors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_eval_errors)
load_score, run = _eval_errors.load_score, _eval_errors.run


def u16(text):
    """UTF-16 offsets -> Python string indices, as a list."""
    idx, n = [], 0
    for i, ch in enumerate(text):
        idx.append(n)
        n += 2 if ord(ch) > 0xFFFF else 1
    return {v: i for i, v in enumerate(idx)} | {n: len(text)}


def where(text, g, cue):
    """Where the cue stands relative to the content: before, after, inside."""
    if not cue:
        return "?"
    s, e = g["start"], g["end"]
    low = text.lower()
    before = low.rfind(cue.lower(), max(0, s - 200), s)
    after = low.find(cue.lower(), e, e + 200)
    inside = low.find(cue.lower(), s, e)
    if inside >= 0:
        return "inside"
    if before < 0 and after < 0:
        return "?"
    if after < 0 or before >= 0 and s - before <= after - e:
        return "before"
    return "after"


AUX = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "also", "not",
       "did", "does", "do", "could", "can", "may", "might", "should", "to", "about", "for", "on", "of", "out", "up"}


def stem(cue):
    """A crude stem of the cue's main word: "has said" -> "sa", "shows" ->
    "show" (enough to put the forms of one verb together)."""
    ws = [w for w in re.findall(r"[\w']+|:", cue.lower())]
    main = [w for w in ws if w not in AUX] or ws or [""]
    w = main[0]
    for suf in ("ing", "ied", "ies", "ed", "es", "s", "e", "d"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: len(w) - len(suf)]
    return w


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--cmd", default="target/release/annotate --jsonl")
    ap.add_argument("--cue", help="print the misses whose cue is this (lower case)")
    ap.add_argument("--by", default="cue", choices=["cue", "stem", "where", "kind"])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--context", type=int, default=80)
    a = ap.parse_args()
    score = load_score(a.gold)
    golds = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
    docs = run(a.cmd, golds)
    tally, kinds = collections.Counter(), collections.Counter()
    for gold in golds:
        doc = docs.get(gold["id"]) or {"spans": []}
        text = gold["text"]
        pos = u16(text)
        gs = [q for q in gold.get("quotes", []) if not q.get("direct", True)]
        ps = [s for s in doc["spans"] if s["kind"] == "quote" and not s.get("direct", True)]
        m = score.greedy_match(gs, ps, lambda g, p: score.overlap_f1(g["text"], p["text"]), 0.5)
        for gi, g in enumerate(gs):
            if gi in m:
                continue
            cut = any(p["start"] < g["end"] and g["start"] < p["end"] for p in ps)
            kind = "cut" if cut else "none"
            cue = (g.get("cue") or "").lower()
            s, e = pos.get(g["start"], 0), pos.get(g["end"], len(text))
            key = {"cue": cue, "stem": stem(cue), "where": where(text, {"start": s, "end": e}, cue), "kind": kind}[a.by]
            tally[key] += 1
            kinds[(key, kind)] += 1
            if a.cue is not None and cue == a.cue.lower():
                ctx = text[max(0, s - a.context):s] + "[[" + text[s:e] + "]]" + text[e:e + a.context]
                print(f"- {kind} ({g.get('speaker')!r}) {ctx.replace(chr(10), ' / ')!r}")
                near = [p["text"][:80] for p in ps if p["start"] < g["end"] + 50 and g["start"] - 50 < p["end"]]
                if near:
                    print(f"      predicted: {near!r}")
    if a.cue is None:
        for key, n in tally.most_common(a.top):
            print(f"{n:5}  {key!r}  (none {kinds[(key, 'none')]}, cut {kinds[(key, 'cut')]})")
        print(f"{sum(tally.values()):5}  in all")


if __name__ == "__main__":
    main()
