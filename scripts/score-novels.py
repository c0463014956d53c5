#!/usr/bin/env python3
"""Scores direct-quote attribution on dialogue from novels (issue 3's
"dialogue in novels" target), on excerpts of the Project Dialogism Novel
Corpus (PDNC, Vishnubhotla, Hammond and Hirst, LREC 2022).

    scripts/score-novels.py DIR [--cmd "target/release/annotate --jsonl"]
                               [--novels A,B] [--show wrong|missed|extra]

DIR holds one folder per novel, made from PDNC's files (the corpus is not
in this repository; its texts are public domain, its annotations are not
ours to redistribute):

    DIR/<Novel>/text.txt     an excerpt of PDNC's novel_text.txt
    DIR/<Novel>/quotes.tsv   quoteID, speaker, quoteType, spans "s-e;s-e"
                             (PDNC's offsets into the whole novel, marks
                             excluded), first 25 characters; header row
    DIR/<Novel>/meta.json    {"offset": where text.txt starts in the novel,
                             "narrator": main name of a first-person
                             narrator or null, "characters": [{"name",
                             "aliases"}] from character_info.csv}

Each sub-quotation is one gold quote, widened to its quotation marks (as
PolNeAR's direct quotes are). Quotes are matched as score.py matches them
(word-overlap F1 >= 0.5, one to one). A speaker is right when the entity we
give names the gold character and no other: one of the entity's names is one
of the character's names, or, failing an exact match, its words (titles
aside) are all among the character's ("Elizabeth" for "Elizabeth Bennet"). A name
that fits two characters ("Bennet" for Mr. and Mrs. Bennet) is wrong. "I"
is right for the narrator of a first-person novel. PDNC's one person in two
narrative frames ("Christopher Robin - External" and "- Story") is one.
"""
import argparse, collections, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = {"mr", "mrs", "miss", "ms", "dr", "sir", "lady", "lord", "madame", "mme",
          "mademoiselle", "monsieur", "m", "captain", "colonel", "rev", "reverend",
          "professor", "aunt", "uncle", "the", "old", "young", "little", "master"}
FIRST_PERSON = {"i", "me", "we", "us"}


def load_score():
    sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
    import score  # noqa: E402  (the shared eval/score.py: matching and overlap)
    return score


def norm_words(name):
    return [w for w in re.findall(r"[a-z]+", (name or "").lower())]


def load_novel(folder):
    meta = json.load(open(os.path.join(folder, "meta.json")))
    text = open(os.path.join(folder, "text.txt"), encoding="utf-8").read()
    base = meta["offset"]
    quotes = []
    with open(os.path.join(folder, "quotes.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            qid, speaker, qtype, spans = cols[:4]
            for part in spans.split(";"):
                s, e = (int(x) - base for x in part.split("-"))
                if not (0 <= s < e <= len(text)):
                    continue
                # widen to the quotation marks, as PolNeAR's direct quotes are
                if s > 0 and text[s - 1] in "\"“”'‘’":
                    s -= 1
                if e < len(text) and text[e] in "\"“”'‘’":
                    e += 1
                quotes.append({"id": qid, "start": s, "end": e, "text": text[s:e],
                               "speaker": speaker, "type": qtype})
    return {"id": os.path.basename(folder.rstrip("/")), "text": text, "quotes": quotes,
            "narrator": meta.get("narrator"), "characters": meta.get("characters", [])}


def characters_named(entity, novel):
    """The characters an entity's names fit: exact matches of its titled
    name first ("Mr. Bennet", when PDNC also lists a bare "Bennet" for Mrs.
    Bennet), then of its other names, then names whose words (titles aside)
    are all among a character's."""
    name = entity.get("name") or ""
    titled = []
    if entity.get("title") and name.split():
        titled = [entity["title"] + " " + name, entity["title"] + " " + name.split()[-1]]
    tiers = [titled, [name] + list(entity.get("aliases") or [])]
    norm = lambda names: [" ".join(norm_words(n)) for n in names if norm_words(n)]
    characters = [(c["name"], norm([c["name"]] + list(c.get("aliases") or []))) for c in novel["characters"]]
    for tier in tiers:
        exact = {c for c, names in characters if any(o in names for o in norm(tier))}
        if exact:
            return exact
    loose = set()
    for c, names in characters:
        known = {w for n in names for w in n.split()}
        for o in norm(tiers[0] + tiers[1]):
            words = [w for w in o.split() if w not in TITLES]
            if words and set(words) <= known:
                loose.add(c)
    return loose


def main_name(speaker, novel):
    """PDNC's quotation file sometimes names a speaker by an alias
    ("Ellen Olenska" for "Madame Olenska")."""
    for c in novel["characters"]:
        if speaker == c["name"] or speaker in (c.get("aliases") or []):
            return c["name"]
    return speaker


def person(character):
    """PDNC splits one person by narrative frame ("Christopher Robin -
    External", "Christopher Robin - Story"); a name fits both alike."""
    return (character or "").split(" - ")[0]


def speaker_right(entity, gold, novel):
    if entity is None:
        return False
    speaker = person(main_name(gold["speaker"], novel))
    if (entity.get("name") or "").lower() in FIRST_PERSON:
        return person(main_name(novel["narrator"], novel)) == speaker
    return {person(c) for c in characters_named(entity, novel)} == {speaker}


def run(cmd, novels):
    inp = "".join(json.dumps({"id": n["id"], "text": n["text"]}) + "\n" for n in novels)
    out = subprocess.run(cmd, shell=True, input=inp.encode(), capture_output=True, check=True).stdout
    return {d.get("id"): d for d in map(json.loads, out.decode().splitlines())}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--cmd", default=os.path.join(HERE, "..", "target", "release", "annotate") + " --jsonl")
    ap.add_argument("--novels", help="comma-separated folder names (default: all)")
    ap.add_argument("--show", choices=["wrong", "missed", "extra"])
    ap.add_argument("--dump", metavar="FILE", help="write each matched quote's result (to compare two runs)")
    args = ap.parse_args()
    score = load_score()
    names = sorted(d for d in os.listdir(args.dir) if os.path.isfile(os.path.join(args.dir, d, "meta.json")))
    if args.novels:
        names = [n for n in names if n in args.novels.split(",")]
    novels = [load_novel(os.path.join(args.dir, n)) for n in names]
    docs = run(args.cmd, novels)

    rows, total, dump = [], collections.Counter(), {}
    by_type = collections.defaultdict(collections.Counter)
    by_rule = collections.defaultdict(collections.Counter)
    for novel in novels:
        doc = docs[novel["id"]]
        ents = {e["id"]: e for e in doc.get("entities", [])}
        preds = [s for s in doc["spans"] if s["kind"] == "quote" and s.get("direct", True)]
        golds = novel["quotes"]
        m = score.greedy_match(golds, preds, lambda g, p: score.overlap_f1(g["text"], p["text"]), 0.5)
        c = collections.Counter(gold=len(golds), pred=len(preds), matched=len(m))
        for gi, g in enumerate(golds):
            if gi not in m:
                if args.show == "missed":
                    print(f"MISSED {novel['id']} {g['speaker']!r} {g['text'][:70]!r}")
                continue
            p = preds[m[gi]]
            ent = ents.get(p.get("speaker"))
            ok = speaker_right(ent, g, novel)
            c["right"] += ok
            dump[f"{novel['id']}:{g['start']}"] = [ok, (ent or {}).get("name"), p.get("rule"), g["speaker"]]
            by_type[g["type"]]["n"] += 1
            by_type[g["type"]]["right"] += ok
            by_rule[p.get("rule")]["n"] += 1
            by_rule[p.get("rule")]["right"] += ok
            if not ok and args.show == "wrong":
                t = novel["text"]
                ctx = t[max(0, g["start"] - 160):g["end"] + 80].replace("\n", " ¶ ")
                print(f"WRONG {novel['id']} [{g['type']}] gold {g['speaker']!r} ours "
                      f"{(ent or {}).get('name')!r} ({p.get('rule')})\n    {ctx!r}\n")
        if args.show == "extra":
            used = set(m.values())
            for pi, p in enumerate(preds):
                if pi not in used:
                    print(f"EXTRA {novel['id']} {p['text'][:70]!r}")
        rows.append((novel["id"], c))
        total.update(c)

    if args.dump:
        json.dump(dump, open(args.dump, "w"), indent=0)

    def line(name, c):
        p = c["matched"] / c["pred"] if c["pred"] else 0.0
        r = c["matched"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = c["right"] / c["matched"] if c["matched"] else 0.0
        return f"| {name} | {c['gold']} | {f:.3f} | {c['right']}/{c['matched']} | {acc:.3f} |"

    print("| novel | gold quotes | direct F1 | right speaker | attribution accuracy |")
    print("| --- | --- | --- | --- | --- |")
    for name, c in rows:
        print(line(name, c))
    print(line("**all**", total))
    print()
    print("By PDNC quote type: " + ", ".join(
        f"{t} {v['right']}/{v['n']} ({v['right'] / v['n']:.3f})" for t, v in sorted(by_type.items())))
    print("By our rule: " + ", ".join(
        f"{r} {v['right']}/{v['n']}" for r, v in sorted(by_rule.items(), key=lambda kv: -kv[1]["n"])))


if __name__ == "__main__":
    main()
