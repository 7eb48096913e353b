#!/usr/bin/env python3
"""Lays out the real news corpora fetched by scripts/bench-quality as article folders.

    layout.py SOURCES OUT [DATA]

SOURCES holds what the registries delivered, unpacked (see scripts/bench-quality); OUT gets
one folder a corpus, each article a text file with front matter (plain text, not Markdown:
Reuters marks company names as <Name>, which Markdown would read as markup):

  reuters/  Reuters-21578 (ModApte split, as Weka ships it): 2,151 newswire stories of 1987;
            the headline is the story's opening words in capitals.
  lee/      the Lee corpus (as gensim ships it): 350 stories of the Australian Broadcasting
            Corporation's news service; it has no headlines, so the first sentence is the
            headline and the rest the body.

With DATA (the annotated corpora scripts/bench-quality names, kept outside the repository),
also one folder a summary corpus, with `articles/ID.txt` and the reference in
`summaries/ID.txt`, one sentence a line, and a file `abstractive` (the references were
written anew, not taken from the articles):

  cnndm/    CNN / Daily Mail 3.0.0: 1,000 stories of 2007-2015 with their highlights, as one
            block of text each (the dataset keeps no paragraphs); headlines are not kept, so
            each gets a neutral one.
  xsum/     XSum: 1,000 BBC stories of 2010-2017, one paragraph a line, with a one-sentence
            summary written for each (and taken out of the story).

The text is left as the sources give it (hard-wrapped lines, abbreviations such as
"mln" and "dlrs"), but for the escapes of the file formats and HTML's entities.
"""

import csv
import html
import json
import re
import sys
from pathlib import Path


def arff_strings(path):
    """The quoted string values of an ARFF file's data rows."""
    text = path.read_text(encoding="latin-1")
    data = text.split("@data", 1)[1]
    out, i = [], 0
    while True:
        start = data.find("'", i)
        if start < 0:
            return out
        value, j = [], start + 1
        while data[j] != "'":
            if data[j] == "\\":
                nxt = data[j + 1]
                value.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                j += 2
            else:
                value.append(data[j])
                j += 1
        out.append("".join(value))
        i = j + 1


def front(title, source, body):
    # The title is quoted for YAML: double quotes, with backslashes and quotes escaped.
    quoted = title.replace("\\", "\\\\").replace('"', '\\"')
    return f'---\ntitle: "{quoted}"\nsource: {source}\n---\n\n{body}\n'


def reuters(sources, out):
    seen, n = set(), 0
    examples = sources / "weka/usr/share/doc/weka/examples"
    for part in ["train", "test"]:
        for story in arff_strings(examples / f"ReutersCorn-{part}.arff"):
            story = html.unescape(story)
            if story in seen:
                continue
            seen.add(story)
            words = story.split(" ")
            # The headline: the opening words without a lower-case letter.
            k = 0
            while k < len(words) and not re.search(r"[a-z]", words[k]) and "\n" not in words[k]:
                k += 1
            if k == 0 or not re.search(r"[a-z]", " ".join(words[k:])):
                continue
            title = " ".join(words[:k]).strip()
            body = " ".join(words[k:])
            body = re.sub(r"\s*\bReuter\s*$", "", body.strip())
            # Paragraphs start with an indented line.
            paragraphs = [p.strip() for p in re.split(r"\n\s{3,}", body) if p.strip()]
            n += 1
            path = out / "reuters" / part / f"r{n:04}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(front(title, "Reuters", "\n\n".join(paragraphs)))
    return n


def lee(sources, out):
    n = 0
    data = sources / "gensim/gensim/test/test_data"
    for name in ["lee_background.cor", "lee.cor"]:
        for line in (data / name).read_text(encoding="latin-1").splitlines():
            line = line.strip()
            m = re.match(r"(.+?[.!?])\s+(?=[A-Z\"'])", line)
            if not m or len(line) - m.end() < 200:
                continue
            n += 1
            path = out / "lee" / name.split(".")[0] / f"l{n:03}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(front(m.group(1), "ABC", line[m.end():]))
    return n


def summary_corpus(out, name, stories):
    """Writes (id, paragraphs, reference sentences) as a summary corpus named `name`."""
    n = 0
    for story_id, paragraphs, reference in stories:
        if not paragraphs or not reference:
            continue
        n += 1
        article = out / name / "articles" / f"{story_id}.txt"
        article.parent.mkdir(parents=True, exist_ok=True)
        article.write_text(front(f"Story {story_id[:8]}", name, "\n\n".join(paragraphs)))
        summary = out / name / "summaries" / f"{story_id}.txt"
        summary.parent.mkdir(parents=True, exist_ok=True)
        summary.write_text("\n".join(reference) + "\n")
    (out / name / "abstractive").write_text("")
    return n


def cnndm(data):
    csv.field_size_limit(1 << 26)
    for part in ["validation_first500.csv", "test_first500.csv"]:
        with open(data / "cnn_dailymail" / part, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                # Highlights end in " ." (a space before the full stop).
                reference = [re.sub(r"\s+\.$", ".", h.strip()) for h in row["highlights"].split("\n")]
                yield row["id"], [row["article"].strip()], [h for h in reference if h]


def xsum(data):
    with open(data / "xsum" / "test_first1000.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            paragraphs = [p.strip() for p in row["document"].split("\n") if p.strip()]
            yield f"x{row['id']}", paragraphs, [row["summary"].strip()]


def main():
    sources, out = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"reuters: {reuters(sources, out)} articles; lee: {lee(sources, out)} articles")
    if len(sys.argv) > 3:
        data = Path(sys.argv[3])
        print(f"cnndm: {summary_corpus(out, 'cnndm', cnndm(data))} articles; "
              f"xsum: {summary_corpus(out, 'xsum', xsum(data))} articles")


main()
