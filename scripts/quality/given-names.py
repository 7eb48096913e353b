#!/usr/bin/env python3
"""Writes compiler/src/analyse/given_names.txt: the given names the entity analysis knows
beyond its own short list of names common in many countries.

    given-names.py NAMES CORPORA > compiler/src/analyse/given_names.txt

NAMES is PyPI's names 0.3.0 unpacked (`pip download --no-deps names==0.3.0`, sha256
726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671; MIT): it ships the United
States Census Bureau's 1990 name frequency lists, a work of the United States government in
the public domain. The male and the female given names are kept, most frequent first, but
for the ones that are common words too ("Will", "Hope", "Summer"): a name written in lower
case at least 3 times, and at least a fifth as often as capitalised, in the real news of
CORPORA (target/quality, laid out by scripts/bench-quality) is left out. The gazetteer
also leaves out those it knows as places or organizations ("Jordan") and the months.
"""
import collections
import pathlib
import re
import sys


def main() -> None:
    names_dir, corpora = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    words: collections.Counter = collections.Counter()
    for path in sorted(corpora.rglob('*')):
        if path.suffix in ('.txt', '.md') and path.is_file():
            words.update(re.findall(r'[A-Za-z]+', path.read_text(encoding='utf-8', errors='ignore')))
    if not words:
        sys.exit(f'given-names.py: no article text under {corpora}: run scripts/bench-quality first')
    kept, seen = [], set()
    for kind in ('male', 'female'):
        for line in (names_dir / 'names' / f'dist.{kind}.first').read_text().splitlines():
            name = line.split()[0].capitalize()
            if name in seen:
                continue
            seen.add(name)
            lower, upper = words[name.lower()], words[name]
            if lower >= 3 and lower >= 0.2 * upper:
                continue
            kept.append(name)
    print("# Given names of the United States Census Bureau's 1990 name frequency lists (a work of the")
    print('# United States government, in the public domain), male then female, most frequent first,')
    print('# as PyPI\'s names 0.3.0 ships them; without the names that are common words too. Made by')
    print('# scripts/quality/given-names.py; read by gazetteer.rs.')
    for name in kept:
        print(name)


if __name__ == '__main__':
    main()
