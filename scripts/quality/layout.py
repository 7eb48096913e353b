#!/usr/bin/env python3
"""Lays out the real news corpora fetched by scripts/bench-quality as article folders.

    layout.py SOURCES OUT

SOURCES holds what the registries delivered, unpacked (see scripts/bench-quality); OUT gets
one folder a corpus, each article a text file with front matter (plain text, not Markdown:
Reuters marks company names as <Name>, which Markdown would read as markup):

  reuters/  Reuters-21578 (ModApte split, as Weka ships it): 2,151 newswire stories of 1987;
            the headline is the story's opening words in capitals.
  lee/      the Lee corpus (as gensim ships it): 350 stories of the Australian Broadcasting
            Corporation's news service; it has no headlines, so the first sentence is the
            headline and the rest the body.

The text is left as the sources give it (hard-wrapped lines, abbreviations such as
"mln" and "dlrs"), but for the escapes of the file formats and HTML's entities.
"""

import html
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


def main():
    sources, out = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"reuters: {reuters(sources, out)} articles; lee: {lee(sources, out)} articles")


main()
