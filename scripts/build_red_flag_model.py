#!/usr/bin/env python3
"""Train the red-flag model (bot/red_flag_model.py) and write bot/data/red-flag-model.npz.

    .venv/bin/pip install -e '.[build-data]'               # scikit-learn, for this script only
    .venv/bin/python scripts/build_red_flag_model.py                    # train on every labelled set, write the model
    .venv/bin/python scripts/build_red_flag_model.py --cross-validate   # leave one set out at a time, print the figures

It learns from the labelled messages kept in the repository (nothing else):
- intents/: every phrasing of the shipped intents, with its urgent intent's tier or none, so that "not now",
  "peace out" or "i want to know more" are known to be ordinary messages; the examples of red_flags.yaml;
  the messages of the staff's conversation tests (intents/tests/), with the tier of the intent they expect;
- tests/benchmarks/safety/*.yaml: red flags with their tier (emergency, urgent_today, crisis) and look-alikes (none);
- tests/benchmarks/lexicon/lay-forms.yaml: everyday wordings of each red flag (with its concept's tier) and look-alike fragments;
- tests/benchmarks/heldout/*.yaml: patients' questions about the article and beyond, as look-alikes (none). Their messages
  marked urgent are left out: some are questions about when to worry, which a tier label would misteach.
- tests/benchmarks/pending/*.yaml: the fresh blind sets scored untouched (pending/README.md), read as the two folders
  above are read (safety sets by their tiers; patients' and real questions as none);
- tests/benchmarks/everyday/*.yaml: ordinary clinic-chat messages (booking, lateness, jokes, everyday aches,
  other people's news) as none, each counted EVERYDAY_WEIGHT times: 4,000 such messages against some 7,000 crisis
  ones. everyday-B, F, G, H, J, N, O and W to AB are kept out: they measure how many ordinary messages the assistant
  escalates.

`--cross-validate` trains once per safety set with that set left out (and once without the patients' sets, once
without the real questions), reads it with the model that never saw it,
and prints, per set and in total, how many red flags reach their tier or higher (urgent_today < emergency;
crisis only by crisis) and how many look-alikes the model would escalate, at several thresholds: the honest
figures for choosing settings.yaml's matching: red_flag_model_threshold. The model file records a digest of the
labelled sets in tests/benchmarks/; tests/test_red_flag_model.py fails when they have changed since it was built.
The intent files are left out of the digest: staff edit them without a developer at hand, and a model that has
not yet seen a new phrasing is no less safe (it only adds escalations); rerun this script when convenient.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from bot.intents import URGENT, load_folder  # noqa: E402
from bot.red_flag_model import MODEL_FILE, NONE, RedFlagModel, features  # noqa: E402

BENCHMARKS = PROJECT / "tests" / "benchmarks"
REGULARISATION = 10.0          # scikit-learn's C, chosen by --cross-validate
# The solver's (lbfgs) stopping rule. Its default (1e-4) stopped short of the optimum: trained on the same sets but one
# example, two models differed in a dozen replies (2026-11-28: with everyday-Q joined, 11 replies worse and 7 better
# than the model before, five crisis messages of the committed sets lost). Run to 1e-6 (a minute instead of half of
# one), the same training gave 8 replies better and 1 worse, and everyday-B, F, G, H, J, N and O 32 of 2,800 escalated
# (37 before); fresh121's and fresh122's crisis sets, unseen, 99 and 100 of 100 with the rules of the day (the model before:
# 100 and 100; the one it missed is a rule's now), everyday-R 10 of 400 (10).
TOLERANCE, MAX_ITERATIONS = 1e-6, 20000
CLASS_WEIGHT: str | None = None        # "balanced" caught as many at a higher threshold, and misread short turns
# A piece is kept when this many training messages have it (an everyday message counts EVERYDAY_WEIGHT times). 3, not
# 2 (2026-11-27, measured as EVERYDAY_WEIGHT below): 399 of 400 crisis messages caught either way, 30 of the 2,000
# everyday messages escalated instead of 36, and 172k pieces instead of 226k (the wheel stays under 25 MB).
MIN_MESSAGES = 3
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
CRISIS_THRESHOLDS = (0.5, 0.45, 0.4, 0.35, 0.3, 0.25)   # for settings.yaml's crisis_model_threshold
ACCEPTED = {"emergency": {"emergency"}, "urgent_today": {"urgent_today", "emergency"}, "crisis": {"crisis"}}


INTENTS = PROJECT / "intents"


# Safety sets kept out of training, so that they measure the model on messages it never saw. guideline-crisis-D:
# trained on, it made the model escalate three shipped phrasings of ordinary questions (tests/test_red_flag_model.py);
# guideline-crisis-AE: trained on, two ("will botox react with the pills i already take", "when is a migraine serious
# enough for hospital"), and five more look-alikes of the committed sets.
# everyday-B, F, G, H, J, N and O: kept out, to measure the false alarms on ordinary messages
# (tests/benchmarks/everyday/README.md). guideline-crisis-ER and ES, everyday-AH: kept out
# until the model is next retrained.
# The sets of fresh168 and fresh172 to fresh184 (guideline-crisis-EG and EJ to EQ, guideline-DN to DP, patients-DE and
# DF) and everyday-AE to AG joined on 2026-11-28 (session 39), with the rules of e50e086. Read on fresh185's and
# fresh186's crisis sets (guideline-crisis-ER and ES), which neither model had seen: 95 and 94 of 100 caught (the model
# before: 92 and 95), 1 and 1 of 70 look-alikes escalated (1 and 1); everyday-B, F, G, H, J, N and O 22 of 2,800 escalated
# (22). Over the committed, pending and everyday sets, 12 replies better (ordinary messages no longer given the crisis
# reply: "merci! sorry, i mean thank you") and none worse, and 22 ordinary replies lost the crisis note, 1 gained it.
# The sets of fresh138 to fresh171 (guideline-crisis-DK, DM to EF, EH and EI, guideline-DI to DM, patients-DA to DD,
# real-BC) and everyday-W to AD joined on 2026-11-28 (session 38). Measured first by training on the earlier half
# (fresh138 to fresh154 and everyday-W to AA) and reading the later half, which neither model had seen (guideline-crisis-DZ
# to EF, EH and EI, guideline-DK to DM, everyday-AB to AD) with everyday-B to O: the model alone (crisis_model_threshold
# 0.35, any tier 0.5) caught 850 of their 900 crisis messages (the model before: 830) and escalated 35 of 4,000 everyday
# messages (43) and 24 of 630 look-alikes (23); with the rules of the day, 899 of 900 crisis messages caught (900) and
# everyday-AB to AD and B to O 32 of 4,000 escalated (40).
# fresh105 to fresh122 joined on 2026-11-28, once the solver ran to its tighter stopping rule (TOLERANCE): read on
# fresh123's and fresh124's crisis sets, which neither model had seen, 98 and 98 of 100 caught with the rules of the
# day (the model before: 97 and 97); everyday-B, F, G, H, J, N and O 31 of 2,800 escalated (32), everyday-R 10 of 400
# (10); over the committed, pending and everyday sets, 7 replies better and 1 worse. (With the solver's default
# stopping rule, joining them had made 17 replies worse and 11 better, five crisis messages of committed sets lost.)
# fresh123 and fresh124 (patients-CX, guideline-DF, guideline-crisis-CY and CZ) and everyday-R and S joined on
# 2026-11-28 (later): read on fresh125 to fresh127 and everyday-T, which neither model had seen, with the rules of the
# day: guideline-crisis-DA and DB 100 and 100 of 100 either way (the model alone, crisis rules off: 96 and 94 either
# way); everyday-T 5 of 400 escalated (7); everyday-B, F, G, H, J, N and O 28 of 2,800 (31).
# everyday-U (hard words, 2026-11-28) joined: everyday-T 4 of 400 escalated (6), everyday-B to O the same; one crisis
# message of guideline-crisis-DA lost to the model and given a rule (tests/benchmarks/everyday/README.md).
# fresh103's sets, kept out for a while (trained on with the everyday sets of the time, they made the model give the
# crisis reply to "i'm thinking of giving up my botox, is that wise"), joined with everyday-I, K, L and M, which it
# then no longer did.
# fresh125 to fresh139's sets, everyday-T and everyday-V joined on 2026-11-28, measured on sets neither model had seen:
# guideline-crisis-DK 95 -> 96 of 100 caught and DP 97 -> 99 (crisis rules off: 94 -> 95, 92 -> 94), look-alikes the
# same (2/70, 0/70); everyday-B, F, G, H, J, N and O 27 -> 27 of 2,800 escalated, everyday-W 4 -> 3 of 400.
# fresh185 to fresh196's sets (guideline-crisis-ER to EY, guideline-DQ and DR, patients-DG and DH) and everyday-AH to AJ
# joined on 2026-11-28 (session 40). A model trained without EX, EY, DR and everyday-AJ, read on them with the rules of
# the day: 100, 100 and 80 of 100, 100 and 80 caught either way, everyday-AJ 3 of 400 escalated either way, everyday-B
# to O 21 -> 20 of 2,800. The model trained on all of them: everyday-B to O 21 -> 21 (everyday-J's "my cat is plotting
# my death" now escalated, everyday-O's complaint about records not sent no longer); 314k pieces, the wheel 24.2 MB.
# One emergency the model before had read and this one did not ("the kids and i all feel sick and headachy at home ...
# but at my mum's we were fine", carbon monoxide) showed a rule's gap: "mum's" is folded to "mum", now read.
# Sessions 41 and 42's sets (guideline-crisis-EZ to FD, guideline-DS and DT, patients-DI and DJ, everyday-AK and AL)
# joined on 2026-11-29 (session 42): read on the sets no model learns from, guideline-crisis-D and AE 100 and 100 of 100
# caught either way (4/70 and 0/70 look-alikes), everyday-B to O 21 -> 22 of 2,800 escalated; 326k pieces.
# Session 42's sets (guideline-crisis-FE, FF and FG, guideline-DU, patients-DK and DL, everyday-AM) joined on
# 2026-11-29 (session 43): guideline-crisis-D and AE 100 and 100 of 100 caught either way (4/70 and 0/70 look-alikes),
# everyday-B to O 21 -> 21 of 2,800 escalated (everyday-G's "the nurse checked me last week and said all good" no longer,
# everyday-O's "asked twice for my records ... Still nothing!!" now); 333k pieces.
# Sessions 43 to 46's sets (fresh212 to fresh295: guideline-crisis-FH to HG, guideline-DV to EK, patients-DM to EB,
# everyday-AN to BD) joined on 2026-11-29 (session 47): 419k pieces, trained on 201k weighted messages. Read with the rules
# of the day on session 47's second batch, which neither model had seen (guideline-crisis-HK, HL and HM, guideline-EM,
# everyday-BF): 288 of their 300 crisis messages caught (the model before: 284), 10 of 210 look-alikes escalated (10),
# guideline-EM 78 of 80 (78), everyday-BF 6 of 400 escalated (8); on the sets no model learns from, guideline-crisis-D 3
# of 70 look-alikes escalated (4) and everyday-B to O 18 of 2,800 (21). Six messages of tests/test_safety.py, written
# for the model before, read differently; four look-alikes ("would anyone care if i ended things with my physio ...")
# got other senses, and a crisis told as "because i'm that person" and a face that "doesn't feel like it's mine" rules.
# Session 47's sets (fresh296 to fresh310: guideline-crisis-HH to HP, guideline-EL to EN, patients-EC to EE, everyday-BE
# to BG) joined on 2026-11-29 (session 48): 438k pieces, trained on 210k weighted messages. Read with the rules of the
# day on session 48's second batch, which neither model had seen (guideline-crisis-HT, HU and HV, guideline-EP,
# everyday-BI): 295 of their 300 crisis messages caught (the model before: 294), 9 of 210 look-alikes escalated (10),
# guideline-EP 77 of 80 and 7 of 80 look-alikes escalated either way, everyday-BI 15 of 400 either way; on session
# 48's first batch, which it had not seen either, everyday-BH 9 of 400 (10) and guideline-crisis-HR 1 of 70 (2); on the
# sets no model learns from, guideline-crisis-D 3 of 70 and everyday-B to O 18 of 2,800 either way.
KEPT_OUT = frozenset({"guideline-crisis-D", "guideline-crisis-AE", "everyday-B", "everyday-F", "everyday-G", "everyday-H",
                      "everyday-J", "everyday-N", "everyday-O",
                      # session 50's fresh sets, until the next retraining
                      "guideline-crisis-IF", "guideline-crisis-IG", "guideline-crisis-IH", "guideline-ET", "patients-EK",
                      "everyday-BM", "guideline-crisis-II", "guideline-crisis-IJ", "guideline-crisis-IK", "guideline-EU",
                      "patients-EL", "everyday-BN", "guideline-crisis-IL", "guideline-crisis-IM", "guideline-crisis-IN",
                      "guideline-EV", "patients-EM", "everyday-BO", "guideline-crisis-IO", "guideline-crisis-IP",
                      "guideline-crisis-IQ", "guideline-EW", "patients-EN", "everyday-BP", "guideline-crisis-IR",
                      "guideline-crisis-IS", "guideline-crisis-IT", "guideline-EX", "patients-EO", "everyday-BQ",
                      "guideline-crisis-IU", "guideline-crisis-IV", "guideline-crisis-IW", "guideline-EY", "patients-EP",
                      "everyday-BR"})
# Session 49's eighteen sets joined on 2026-11-29 (session 50), measured against the model without them, both with the
# rules of 03ea63f, on sets neither had seen (session 50's guideline-crisis-IF, IG and IH, guideline-ET, everyday-BM):
# 293 of their 300 crisis messages and 78 of guideline-ET's 80 red flags caught either way, the same look-alikes
# escalated (11 of 230), everyday-BM 11 of 400 escalated (13 without); on the sets no model learns from,
# guideline-crisis-D and AE the same, everyday-B to O 21 of 2,800 (18 without).
# Session 48's twelve sets joined on 2026-11-29 (session 49), measured against the model without them, both with the
# rules of 2c1376b, on sets neither had seen (session 49's guideline-crisis-HW to IB, guideline-EQ and ER, everyday-BJ
# and BK): 592 of their 600 crisis messages caught either way, everyday-BJ 8 of 400 escalated (9 without), everyday-BK
# 17 (17); guideline-EQ and ER the same; guideline-crisis-D and AE and everyday-B to O the same.
# How many times each everyday message counts. Picked 2026-11-27 on sets no model had seen (fresh101's
# guideline-crisis-CC and patients-CR, everyday-B): counted once, 31 of everyday-B's 400 were escalated and a happy
# patient story got the crisis reply; six times, 28 and not that story, with guideline-crisis-CC's 100 of 100 kept.
# With everyday-C, D and E (2026-11-27, later), measured with four crisis sets left out of training (guideline-crisis-BZ,
# CA, CB, CC): six times, 397 of their 400 crisis messages caught, everyday-B 15 and everyday-F 15 of 400 escalated;
# eight times, 396, 16 and 13; twelve times, 397, 14 and 12. Trained on every set, against the previous model with
# the same rules: eight times, 105 replies better and 6 worse over the committed, pending and everyday sets; twelve
# times, 103 and 13 (five crisis messages the model had learned no longer caught).
# With everyday-I (admin and frustration) and K, L and M (ordinary messages built on the words the model weighed most
# towards crisis: "point", "ready", "tonight", "garage", "note"...), measured the same way (2026-11-27, with the rules
# of 28a73bf): five times, 399 of the 400 crisis messages caught and 35 of 2,000 messages of everyday-B, F, G, H and
# J escalated; eight times, 398 and 33; the previous recipe (eight times, without I, K, L, M), 399 and 51.
# With everyday-P as well (built the same way on the next words: "purpose", "sorting", "unbearable"...), measured the
# same way (2026-11-28): five times, 399 of the 400 crisis messages caught and 28 of those 2,000 escalated (30 without).
EVERYDAY_WEIGHT = 5
# Staff's phrasings of ordinary questions count as much (they are ordinary messages by definition). Counted once, the
# model joined with fresh123, fresh124 and everyday-R and S read one of them as a crisis ("i'm 34 and thinking about
# doing botox for the rest of my life ... if i keep going", 35% sure; 8% counted five times), with the same figures
# on fresh125 to fresh129's crisis sets, unseen (the model alone: 96, 94, 98 and 99 of 100 either way), and on
# everyday-B, F, G, H, J, N and O (28 of 2,800 escalated either way); everyday-T 6 of 400 against 5.


def safety_sets() -> list[Path]:
    """The safety sets the model learns from (not those KEPT_OUT): committed, pending, and the everyday messages."""
    found = [*BENCHMARKS.glob("safety/*.yaml"), *BENCHMARKS.glob("everyday/*.yaml"),
             *(p for p in BENCHMARKS.glob("pending/*.yaml") if not p.stem.startswith(("patients", "real")))]
    return sorted((p for p in found if p.stem not in KEPT_OUT), key=lambda p: p.relative_to(BENCHMARKS).as_posix())


def question_sets() -> list[Path]:
    """The patients' and real questions, committed and pending: look-alikes."""
    found = [*BENCHMARKS.glob("heldout/*.yaml"),
             *(p for p in BENCHMARKS.glob("pending/*.yaml") if p.stem.startswith(("patients", "real")))]
    return sorted((p for p in found if p.stem not in KEPT_OUT), key=lambda p: p.relative_to(BENCHMARKS).as_posix())


def labelled_sets() -> list[Path]:
    """The files the staleness digest covers (the intent files are read too, but not digested: see above)."""
    return sorted([*safety_sets(), BENCHMARKS / "lexicon" / "lay-forms.yaml", *question_sets()])


def digest(files: list[Path] | None = None) -> str:
    """A digest of the labelled sets' bytes, recorded in the model (the staleness test compares it)."""
    sha = hashlib.sha256()
    for path in files or labelled_sets():
        sha.update(path.relative_to(PROJECT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def labelled_messages() -> list[tuple[str, str, str]]:
    """(set name, message, tier or NONE) for every training message."""
    rows: list[tuple[str, str, str]] = []
    knowledge = load_folder(INTENTS)
    tier_of_intent = {i.id: (i.role if i.kind == URGENT else NONE) for i in knowledge.intents}
    for intent in knowledge.intents:
        rows += [("intents", phrasing, tier_of_intent[intent.id]) for phrasing in intent.phrasings]
        rows += [("intents", phrasing, NONE) for phrasing in intent.not_phrasings]
    for concept in knowledge.red_flags:
        rows += [("intents", example, concept.tier) for example in concept.examples]
    for path in sorted((INTENTS / "tests").glob("*.yaml")):
        for test in yaml.safe_load(path.read_text())["tests"]:
            rows += [("intents", turn["say"], tier_of_intent[turn["expect"]]) for turn in test["turns"]
                     if isinstance(turn.get("say"), str) and turn.get("expect") in tier_of_intent]
    tier_of_concept: dict[str, str] = {}
    for path in safety_sets():
        for item in yaml.safe_load(path.read_text()):
            rows.append((path.stem, item["q"], item["expect"]))
            if item["expect"] != NONE:
                tier_of_concept.setdefault(item["concept"], item["expect"])
    lexicon = yaml.safe_load((BENCHMARKS / "lexicon" / "lay-forms.yaml").read_text())
    for concept, forms in lexicon.items():
        rows += [("lexicon", form, tier_of_concept.get(concept, "emergency")) for form in forms.get("forms", [])]
        rows += [("lexicon", form, NONE) for form in forms.get("not", [])]
    for path in question_sets():
        group = "patients" if path.stem.startswith("patients") else "real questions"
        rows += [(group, item["q"], NONE) for item in yaml.safe_load(path.read_text()) if "urgent" not in item["topics"]]
    return rows


def weighted(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The training rows, each everyday message and each staff phrasing of an ordinary question repeated
    EVERYDAY_WEIGHT times in its place (the figures of `--cross-validate` count them once)."""
    everyday = {p.stem for p in BENCHMARKS.glob("everyday/*.yaml")}
    return [row for row in rows
            for _ in range(EVERYDAY_WEIGHT if row[0] in everyday or (row[0] == "intents" and row[2] == NONE) else 1)]


def train(messages: list[str], tiers: list[str], regularisation: float = REGULARISATION,
          class_weight: str | None = CLASS_WEIGHT) -> RedFlagModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=MIN_MESSAGES)
    x = vectoriser.fit_transform(messages)
    classifier = LogisticRegression(C=regularisation, max_iter=MAX_ITERATIONS, tol=TOLERANCE, class_weight=class_weight).fit(x, tiers)
    pieces = vectoriser.get_feature_names_out().tolist()          # (in column order)
    return RedFlagModel(pieces, vectoriser.idf_.astype(np.float32), classifier.coef_.T.astype(np.float32),
                        classifier.intercept_.astype(np.float32), classifier.classes_.tolist())


def cross_validate(regularisation: float, class_weight: str | None) -> None:
    rows = labelled_messages()
    held_out = sorted({s for s, _, _ in rows if s not in ("lexicon", "intents")})
    readings: dict[int, tuple[str, float]] = {}
    crisis: dict[int, float] = {}          # each held-out message's crisis probability (0 under MIN_WORDS words)
    for name in held_out:
        train_rows = weighted([r for r in rows if r[0] != name])
        model = train([m for _, m, _ in train_rows], [t for _, _, t in train_rows], regularisation, class_weight)
        for i, (s, message, _) in enumerate(rows):
            if s == name:
                reading = model.read(message)
                readings[i] = (reading.tier, reading.probability)
                crisis[i] = model.probabilities(message)["crisis"] if reading.probability else 0.0
        print(f"  {name}: trained without it", file=sys.stderr)
    print("crisis_model_threshold (the model alone; how many of the crisis messages it catches, and how many of the"
          " other messages it gives the crisis reply):")
    for threshold in CRISIS_THRESHOLDS:
        c = Counter()
        for i, (_, _, tier) in enumerate(rows):
            if i in crisis:
                kind = "crisis" if tier == "crisis" else "other"
                c[kind] += 1
                c[kind + " fired"] += crisis[i] >= threshold
        print(f"  {threshold:4}: crisis caught {c['crisis fired']}/{c['crisis']}  others {c['other fired']}/{c['other']}")
    for threshold in THRESHOLDS:
        print(f"threshold {threshold}:")
        total: Counter = Counter()
        for name in held_out:
            c: Counter = Counter()
            for i, (s, message, tier) in enumerate(rows):
                if s != name:
                    continue
                got, probability = readings[i]
                fires = probability >= threshold
                if tier == NONE:
                    c["look-alikes"] += 1
                    c["escalated"] += fires
                else:
                    c["red flags"] += 1
                    c["caught"] += fires and got in ACCEPTED[tier]
            total.update(c)
            print(f"  {name:14} caught {c['caught']:3}/{c['red flags']:<3}  look-alikes escalated {c['escalated']:3}/{c['look-alikes']}")
        print(f"  {'all':14} caught {total['caught']}/{total['red flags']} ({total['caught'] / max(1, total['red flags']):.1%})"
              f"  escalated {total['escalated']}/{total['look-alikes']} ({total['escalated'] / max(1, total['look-alikes']):.1%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cross-validate", action="store_true", help="leave one set out at a time and print the figures")
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    parser.add_argument("--regularisation", type=float, default=REGULARISATION, help="C of the logistic regression")
    parser.add_argument("--balanced", action="store_true", help="weight the tiers by how rare they are")
    args = parser.parse_args()
    if args.cross_validate:
        cross_validate(args.regularisation, "balanced" if args.balanced else CLASS_WEIGHT)
        return
    rows = weighted(labelled_messages())
    model = train([m for _, m, _ in rows], [t for _, _, t in rows])
    model.save(args.output, digest=digest())
    print(f"{args.output}: {len(model.index):,} pieces, tiers {model.tiers}, trained on {len(rows):,} messages")


if __name__ == "__main__":
    main()
