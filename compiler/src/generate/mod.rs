//! A deterministic generator of realistic sample articles, for benchmarks and scale tests.
//!
//! The same seed and count always write the same files: a mix of scraped plain text (with a
//! publication line, a repeated headline and media captions) and Markdown with YAML or TOML
//! front matter, in topic folders, about invented people, towns and organizations, with quotes,
//! lead-ins and a few follow-up stories so that related articles exist.

use std::fmt::Write;
use std::fs;
use std::io;
use std::path::Path;

use broadsheet_format::model::MONTH_NAMES;

/// A small, fast, deterministic random number generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }

    /// Zipf-like choice: early items are much more frequent, as in real text.
    fn zipf<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let n = items.len().max(1);
        let r = (self.next() % 10_000) as f64 / 10_000.0;
        let i = ((n as f64).powf(r) - 1.0) as usize;
        items.get(i.min(n - 1)).copied().unwrap_or("")
    }
}

const TOPICS: &[&str] = &[
    "local",
    "business",
    "science",
    "culture",
    "sport",
    "environment",
    "health",
    "transport",
];
const PUBLICATIONS: &[&str] = &[
    "The Lowmoor Courier",
    "Fenwick Evening Post",
    "Harbourline Weekly",
    "The Northreach Ledger",
    "Valley Signal",
    "The Carrow Gazette",
    "Eastmarch Times",
    "The Saltcombe Record",
];
const SYLLABLES: &[&str] = &[
    "al", "bra", "cor", "den", "el", "fen", "gar", "hal", "is", "jor", "kel", "lin", "mor", "nor",
    "os", "pen", "quil", "ros", "sal", "tor", "ul", "ven", "wyn", "yar", "zel", "ash", "beck",
    "dal", "har", "mere", "ton", "by", "wick", "stead", "combe", "ley", "ford", "holm",
];
const GIVEN: &[&str] = &[
    "Ada", "Bram", "Cora", "Dafydd", "Elsa", "Fergus", "Greta", "Hugo", "Ines", "Jonah", "Kit",
    "Lena", "Milo", "Nell", "Osric", "Petra", "Quinn", "Rafe", "Sunniva", "Tomas", "Una", "Viggo",
    "Wren", "Yusuf", "Zara", "Agnes", "Bastian", "Clem", "Dora", "Emrys",
];
const ROLES: &[&str] = &[
    "Mayor",
    "Councillor",
    "Professor",
    "Director",
    "Coach",
    "Inspector",
    "Dr.",
    "Chairwoman",
    "Chairman",
    "Curator",
    "Engineer",
    "Captain",
];
const ORG_HEADS: &[&str] = &[
    "Council",
    "Harbour Authority",
    "Rowing Club",
    "Observatory",
    "Water Board",
    "Hospital Trust",
    "Football Club",
    "Museum",
    "Railway Company",
    "Farmers' Cooperative",
    "University",
    "Library",
];
const NOUNS: &[&str] = &[
    "plan",
    "council",
    "harbour",
    "budget",
    "road",
    "school",
    "bridge",
    "river",
    "festival",
    "station",
    "market",
    "hospital",
    "library",
    "museum",
    "team",
    "season",
    "storm",
    "flood",
    "project",
    "report",
    "survey",
    "ferry",
    "railway",
    "farm",
    "bakery",
    "mill",
    "museum",
    "exhibition",
    "concert",
    "league",
    "match",
    "telescope",
    "comet",
    "forest",
    "hedge",
    "otter",
    "beach",
    "quay",
    "wall",
    "tunnel",
    "tram",
    "clinic",
    "ward",
    "vaccine",
    "orchard",
    "harvest",
    "quarry",
    "lighthouse",
    "lifeboat",
    "choir",
    "theatre",
    "cinema",
    "pitch",
    "stadium",
    "regatta",
    "shipyard",
    "cooperative",
    "tariff",
    "loan",
    "grant",
    "petition",
    "inquiry",
    "timetable",
    "reservoir",
    "pipeline",
    "turbine",
    "solar",
    "battery",
    "bus",
    "cycle",
    "path",
    "park",
];
const VERBS: &[&str] = &[
    "approved",
    "rejected",
    "delayed",
    "opened",
    "closed",
    "expanded",
    "reviewed",
    "funded",
    "announced",
    "rebuilt",
    "restored",
    "cancelled",
    "welcomed",
    "criticised",
    "postponed",
    "launched",
    "completed",
    "questioned",
    "supported",
    "doubled",
    "halved",
    "replaced",
];
const ADJECTIVES: &[&str] = &[
    "new",
    "old",
    "local",
    "regional",
    "annual",
    "temporary",
    "historic",
    "costly",
    "urgent",
    "popular",
    "controversial",
    "modest",
    "ambitious",
    "delayed",
    "final",
    "first",
    "second",
    "northern",
    "southern",
    "coastal",
    "upper",
    "lower",
    "independent",
    "public",
    "private",
];

/// The invented world an article is set in.
struct World {
    towns: Vec<String>,
    people: Vec<(String, &'static str)>,
    orgs: Vec<String>,
}

/// An invented name of two or three syllables.
fn name(rng: &mut Rng) -> String {
    let parts = 2 + rng.below(2);
    let mut s: String = (0..parts).map(|_| rng.pick(SYLLABLES)).collect();
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + s.get(1..).unwrap_or("");
    }
    s
}

impl World {
    fn new(rng: &mut Rng, n: usize) -> World {
        let scale = (n / 20).clamp(10, 2_000);
        let towns: Vec<String> = (0..scale / 2).map(|_| name(rng)).collect();
        let people = (0..scale)
            .map(|_| {
                (
                    format!("{} {}", rng.pick(GIVEN), name(rng)),
                    rng.pick(ROLES),
                )
            })
            .collect();
        let orgs = (0..scale / 2)
            .map(|i| {
                format!(
                    "{} {}",
                    towns.get(i % towns.len().max(1)).map_or("", String::as_str),
                    rng.pick(ORG_HEADS)
                )
            })
            .collect();
        World {
            towns,
            people,
            orgs,
        }
    }
}

/// One generated article: its path inside the folder and its text.
struct Written {
    path: String,
    text: String,
}

fn sentence(rng: &mut Rng, w: &World, town: &str, org: &str) -> String {
    let noun = rng.zipf(NOUNS);
    let noun2 = rng.zipf(NOUNS);
    let adj = rng.zipf(ADJECTIVES);
    let verb = rng.zipf(VERBS);
    let month = rng.pick(&MONTH_NAMES);
    let (person, _) = &w.people[rng.below(w.people.len())];
    let surname = person.rsplit(' ').next().unwrap_or(person);
    match rng.below(7) {
        0 => format!("The {org} {verb} the {adj} {noun} in {town} on Tuesday."),
        1 => format!("Residents in {town} said the {noun} had been {verb} twice since {month}."),
        2 => format!("“We have waited years for a {adj} {noun}, and we will not wait another,” {surname} said."),
        3 => format!("According to the {org}, the {noun2} will cost {} thousand and take {} months.", 20 + rng.below(900), 2 + rng.below(20)),
        4 => format!("Critics of the {noun} argue that the {adj} {noun2} should come first."),
        5 => format!("Work on the {noun} is expected to finish in {month}, weeks later than planned."),
        _ => format!("{person} told the {org} that the {adj} {noun2} was {verb} without a public meeting."),
    }
}

fn article(rng: &mut Rng, w: &World, i: usize, story: Option<(&str, &str, &str)>) -> Written {
    let topic = rng.pick(TOPICS);
    let (town, org, noun) = match story {
        Some(s) => s,
        None => (
            w.towns[rng.below(w.towns.len())].as_str(),
            w.orgs[rng.below(w.orgs.len())].as_str(),
            rng.zipf(NOUNS),
        ),
    };
    let verb = rng.zipf(VERBS);
    let (person, role) = &w.people[rng.below(w.people.len())];
    let title = format!(
        "{town} {org_short} {verb} {adj} {noun}",
        org_short = org.rsplit(' ').next().unwrap_or(org).to_lowercase(),
        adj = rng.zipf(ADJECTIVES)
    );
    let mut title = title;
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + title.get(1..).unwrap_or("");
    }
    let publication = rng.pick(PUBLICATIONS);
    let paragraphs = 3 + rng.below(12);
    let mut body = String::new();
    let _ = writeln!(
        body,
        "{role} {person} said the {noun} in {town} would be {verb} by the {org}.\n"
    );
    for p in 0..paragraphs {
        if p == paragraphs / 2 && rng.below(3) == 0 {
            let _ = writeln!(body, "What the {org} has decided so far:\n");
        }
        let sentences = 1 + rng.below(5);
        let text: Vec<String> = (0..sentences)
            .map(|_| sentence(rng, w, town, org))
            .collect();
        let _ = writeln!(body, "{}\n", text.join(" "));
        if p == 1 && rng.below(4) == 0 {
            let _ = writeln!(
                body,
                "{:02}/{:02}/{} | {:02}:{:02} min\n",
                1 + rng.below(12),
                1 + rng.below(28),
                2023 + rng.below(3),
                rng.below(5),
                rng.below(60)
            );
        }
    }
    let year = 2023 + rng.below(3);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    let slug: String = title
        .to_lowercase()
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let text = match rng.below(3) {
        0 => format!("{publication}\n\n{title}\n\n{title}\n\n{body}"),
        1 => format!("---\ntitle: \"{title}\"\nsource: {publication}\ndate: {year}-{month:02}-{day:02}\nauthor: {}\ntags: [{topic}]\n---\n\n{body}", w.people[rng.below(w.people.len())].0),
        _ => format!("+++\ntitle = \"{title}\"\nsource = \"{publication}\"\ndate = {year}-{month:02}-{day:02}\n+++\n\n{body}"),
    };
    let ext = if text.starts_with("---") || text.starts_with("+++") {
        "md"
    } else {
        "txt"
    };
    Written {
        path: format!("{topic}/{i:05}-{slug}.{ext}"),
        text,
    }
}

/// Writes `count` articles into `dir` (created if needed), the same ones for the same `seed`.
pub fn generate(dir: &Path, count: usize, seed: u64) -> io::Result<()> {
    let mut rng = Rng(seed);
    let world = World::new(&mut rng, count);
    let mut story: Option<(String, String, &str)> = None;
    for i in 0..count {
        // About one article in five follows up the previous story.
        let follow = story
            .as_ref()
            .filter(|_| rng.below(5) == 0)
            .map(|(t, o, n)| (t.as_str(), o.as_str(), *n));
        let written = article(&mut rng, &world, i, follow);
        if follow.is_none() {
            story = Some((
                world.towns[rng.below(world.towns.len())].clone(),
                world.orgs[rng.below(world.orgs.len())].clone(),
                rng.zipf(NOUNS),
            ));
        }
        let path = dir.join(&written.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, written.text)?;
    }
    Ok(())
}
