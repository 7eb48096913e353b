//! Names known without reading any article: countries with their capitals and demonyms, a few
//! large cities, well-known organizations, and the words that mark a person's role.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use broadsheet_format::model::MONTH_NAMES;

/// `country|capital|demonym[|other names of the country]`.
const COUNTRIES: &[&str] = &[
    "Afghanistan|Kabul|Afghan",
    "Albania|Tirana|Albanian",
    "Algeria|Algiers|Algerian",
    "Angola|Luanda|Angolan",
    "Argentina|Buenos Aires|Argentine|Argentinian",
    "Armenia|Yerevan|Armenian",
    "Australia|Canberra|Australian",
    "Austria|Vienna|Austrian",
    "Azerbaijan|Baku|Azerbaijani",
    "Bangladesh|Dhaka|Bangladeshi",
    "Belarus|Minsk|Belarusian",
    "Belgium|Brussels|Belgian",
    "Bolivia|Sucre|Bolivian",
    "Bosnia and Herzegovina|Sarajevo|Bosnian|Bosnia",
    "Brazil|Brasília|Brazilian|Brasilia",
    "Bulgaria|Sofia|Bulgarian",
    "Cambodia|Phnom Penh|Cambodian",
    "Cameroon|Yaoundé|Cameroonian",
    "Canada|Ottawa|Canadian",
    "Chile|Santiago|Chilean",
    "China|Beijing|Chinese|PRC",
    "Colombia|Bogotá|Colombian|Bogota",
    "Croatia|Zagreb|Croatian",
    "Cuba|Havana|Cuban",
    "Cyprus|Nicosia|Cypriot",
    "Czech Republic|Prague|Czech|Czechia",
    "Denmark|Copenhagen|Danish",
    "Ecuador|Quito|Ecuadorian",
    "Egypt|Cairo|Egyptian",
    "Estonia|Tallinn|Estonian",
    "Ethiopia|Addis Ababa|Ethiopian",
    "Finland|Helsinki|Finnish",
    "France|Paris|French",
    "Georgia|Tbilisi|Georgian",
    "Germany|Berlin|German",
    "Ghana|Accra|Ghanaian",
    "Greece|Athens|Greek",
    "Hungary|Budapest|Hungarian",
    "Iceland|Reykjavík|Icelandic|Reykjavik",
    "India|New Delhi|Indian|Delhi",
    "Indonesia|Jakarta|Indonesian",
    "Iran|Tehran|Iranian",
    "Iraq|Baghdad|Iraqi",
    "Ireland|Dublin|Irish",
    "Israel|Jerusalem|Israeli",
    "Italy|Rome|Italian",
    "Japan|Tokyo|Japanese",
    "Jordan|Amman|Jordanian",
    "Kazakhstan|Astana|Kazakh",
    "Kenya|Nairobi|Kenyan",
    "Kuwait|Kuwait City|Kuwaiti",
    "Latvia|Riga|Latvian",
    "Lebanon|Beirut|Lebanese",
    "Libya|Tripoli|Libyan",
    "Lithuania|Vilnius|Lithuanian",
    "Luxembourg|Luxembourg City|Luxembourgish",
    "Malaysia|Kuala Lumpur|Malaysian",
    "Mexico|Mexico City|Mexican",
    "Moldova|Chișinău|Moldovan|Chisinau",
    "Mongolia|Ulaanbaatar|Mongolian",
    "Morocco|Rabat|Moroccan",
    "Myanmar|Naypyidaw|Burmese|Burma",
    "Nepal|Kathmandu|Nepali",
    "Netherlands|Amsterdam|Dutch|Holland",
    "New Zealand|Wellington|New Zealander",
    "Nigeria|Abuja|Nigerian",
    "North Korea|Pyongyang|North Korean",
    "Norway|Oslo|Norwegian",
    "Pakistan|Islamabad|Pakistani",
    "Peru|Lima|Peruvian",
    "Philippines|Manila|Filipino|Philippine",
    "Poland|Warsaw|Polish",
    "Portugal|Lisbon|Portuguese",
    "Qatar|Doha|Qatari",
    "Romania|Bucharest|Romanian",
    "Russia|Moscow|Russian|Russian Federation",
    "Saudi Arabia|Riyadh|Saudi",
    "Serbia|Belgrade|Serbian",
    "Singapore|Singapore|Singaporean",
    "Slovakia|Bratislava|Slovak",
    "Slovenia|Ljubljana|Slovenian",
    "South Africa|Pretoria|South African",
    "South Korea|Seoul|South Korean|Korea",
    "Spain|Madrid|Spanish",
    "Sri Lanka|Colombo|Sri Lankan",
    "Sudan|Khartoum|Sudanese",
    "Sweden|Stockholm|Swedish",
    "Switzerland|Bern|Swiss",
    "Syria|Damascus|Syrian",
    "Taiwan|Taipei|Taiwanese",
    "Thailand|Bangkok|Thai",
    "Tunisia|Tunis|Tunisian",
    "Turkey|Ankara|Turkish|Türkiye",
    "Ukraine|Kyiv|Ukrainian|Kiev",
    "United Arab Emirates|Abu Dhabi|Emirati|UAE",
    "United Kingdom|London|British|UK|U.K.|Britain|Great Britain",
    "United States|Washington|American|US|U.S.|USA|U.S.A.|America|United States of America",
    "Uruguay|Montevideo|Uruguayan",
    "Uzbekistan|Tashkent|Uzbek",
    "Venezuela|Caracas|Venezuelan",
    "Vietnam|Hanoi|Vietnamese",
    "Yemen|Sanaa|Yemeni",
    "Zimbabwe|Harare|Zimbabwean",
];

/// Large cities that are not capitals.
const CITIES: &[&str] = &[
    "New York",
    "Los Angeles",
    "Chicago",
    "San Francisco",
    "Shanghai",
    "Hong Kong",
    "Mumbai",
    "Istanbul",
    "Sydney",
    "Toronto",
    "Munich",
    "Hamburg",
    "Frankfurt",
    "Milan",
    "Barcelona",
    "São Paulo",
    "Rio de Janeiro",
    "Osaka",
    "Dubai",
    "Geneva",
    "Zurich",
    "Zürich",
    "Davos",
    "Brussels",
    "Strasbourg",
    "The Hague",
    "Odesa",
    "Kharkiv",
    "Gaza",
    "West Bank",
    "Jeddah",
];

/// Organizations known by a bare name.
const ORGANIZATIONS: &[&str] = &[
    "Pentagon",
    "Kremlin",
    "White House",
    "NATO",
    "United Nations",
    "UN",
    "U.N.",
    "EU",
    "European Union",
    "IMF",
    "World Bank",
    "WHO",
    "OPEC",
    "ASEAN",
    "G7",
    "G20",
    "FBI",
    "CIA",
    "NASA",
    "Interpol",
    "Red Cross",
    "Congress",
    "Senate",
    "Bundestag",
    "Downing Street",
    "Reuters",
    "Interfax",
    "Tass",
    "AFP",
    "Agence France-Presse",
    "Associated Press",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "Bloomberg",
    "BBC",
    "CNN",
    "Federal Reserve",
    "Fed",
    "Treasury",
    "Bundesbank",
    "Standard & Poor's",
    "Moody's",
    "Nasdaq",
    "FIFA",
    "UEFA",
    "IOC",
    "OSCE",
    "WTO",
    "Hamas",
    "Hezbollah",
    "Hizbollah",
    "Taliban",
];

/// Given names common in the news of many countries: a run of two or three capitalised words
/// that starts with one names a person ("Dean Saunders", "Inga Babakova").
const GIVEN_NAMES: &str = "Aaron Adam Adrian Ahmed Alan Albert Alberto Alec Alejandro Alex \
    Alexander Alexandra Alexei Ali Alice Alison Amanda Amy Ana Andre Andrea Andreas Andrei \
    Andrew Andy Angela Ann Anna Anne Anthony Antonio Arnold Arthur Barbara Barry Ben Benjamin \
    Bernard Bill Bob Boris Brad Brian Bruce Bruno Carl Carlos Carmen Caroline Catherine \
    Charles Charlie Chris Christian Christina Christine Christopher Claire Claude Claudia \
    Colin Craig Dan Daniel Daniela Danny Darren Dave David Dean Deborah Dennis Diana Diego \
    Dmitry Dominic Donald Doug Douglas Duncan Ed Eddie Edward Elena Elizabeth Emily Emma \
    Enrique Eric Erik Eva Evan Felipe Fernando Francesco Francis Francisco Frank Franz Fred \
    Gary Geoff Geoffrey George Georg Gerald Gerard Gerhard Giorgio Giovanni Giuseppe Glenn \
    Gordon Graham Greg Gregory Guy Hans Harold Harry Heinz Helen Helmut Henri Henry Hugh Hugo \
    Ian Igor Irina Isabel Ivan Jack Jacques James Jan Jane Janet Jason Javier Jean Jeff \
    Jennifer Jeremy Jerry Jim Jimmy Joan Joe Johan Johann John Jonathan Jorge Jose Josef \
    Joseph Juan Julia Julian Julie Karen Karl Kate Katherine Keith Ken Kenneth Kevin Kim \
    Klaus Kurt Larry Laura Laurent Lee Leonid Linda Lisa Louis Luca Lucas Luis Luke Marc \
    Marco Margaret Maria Mario Mark Martin Mary Matt Matthew Matthias Maurice Max Michael \
    Michel Michelle Miguel Mike Mikhail Mohamed Mohammad Mohammed Nancy Natalia Neil Nicholas \
    Nick Nicola Nicolas Nigel Nikolai Nina Oleg Oliver Olga Oscar Pablo Patricia Patrick Paul \
    Paula Pavel Pedro Peter Philip Philippe Pierre Pieter Rachel Rafael Ralph Ray Raymond \
    Rebecca Richard Rick Rob Robert Roberto Robin Roger Roland Ronald Ronnie Rose Roy Ruth \
    Ryan Sally Sam Samuel Sandra Sarah Scott Sean Sebastian Serge Sergei Sergey Simon Sophie \
    Stefan Stephen Steve Steven Stuart Susan Sylvia Ted Terry Thomas Tim Timothy Tom Tommy \
    Tony Valentina Victor Viktor Vincent Vladimir Walter Wayne Werner Wilhelm William Wolfgang \
    Yuri Zoran \
    Abdul Ahmad Akira Alain Alessandro Alvaro Anatoly Anders Andres Anton Arjun Bobby Brett \
    Brigitte Chad Conchita Curtis Dale Darren Derek Didier Dieter Dimitris Dmitri Dominique \
    Dwight Eduardo Emilio Enrico Fabio Florian Francois Gabor Gennady Gilles Greta Gustavo \
    Hassan Henrik Hiroshi Horst Howard Hussein Ibrahim Ignacio Ingrid Isabelle Istvan Jake \
    Jamie Jens Jesper Jiri Johnny Joost Josh Joshua Jukka Jurgen Justin Kemal Kenji Kenny \
    Khalid Kirk Kostas Kyle Lance Lars Laszlo Lawrence Leonard Lorenzo Luc Magnus Manfred \
    Manuel Marcel Marcelo Marcus Marek Martina Massimo Matteo Mauricio Mehmet Mick Mikael \
    Monica Monique Mustafa Nathalie Nikos Nils Norman Olaf Olivier Omar Paolo Patrice Pekka \
    Phil Piotr Rahul Raj Randy Raul Ricardo Rodney Rodrigo Rolf Russell Sanjay Serena \
    Sergio Shane Stanley Stefano Steffi Svetlana Sven Takashi Tatiana Thierry Todd Tomasz \
    Travis Troy Tyler Uwe Vaclav Vijay Vitaly Vladislav Wade Wei Yannis Yevgeny Yusuf Yves \
    Yvonne Zinedine";

/// More places, from GeoNames (see the file's head): every country and capital, and the
/// states of the United States.
const MORE_PLACES: &str = include_str!("places.txt");

/// More given names, from a census (see the file's head): thousands, most of them American.
const CENSUS_GIVEN_NAMES: &str = include_str!("given_names.txt");

/// The names a list file holds: a name a line, after the lines of its head (`# ...`).
fn listed(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Words naming a part of an organization: a capitalised name holding one is an organization.
const ORGANIZATION_HEADS: &[&str] = &[
    "Ministry",
    "Department",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Institute",
    "Agency",
    "University",
    "College",
    "Council",
    "Committee",
    "Commission",
    "Bank",
    "Party",
    "Association",
    "Organization",
    "Organisation",
    "Union",
    "Court",
    "Parliament",
    "Foundation",
    "Fund",
    "Society",
    "Academy",
    "Federation",
    "League",
    "Office",
    "Service",
    "Police",
    "Club",
    "Authority",
    "Board",
    "Assembly",
    "Cooperative",
    "Co-operative",
    "Trust",
    "Press",
    "Times",
    "Herald",
    "Gazette",
    "Hospital",
    "School",
    "Museum",
    "Orchestra",
    "Guard",
    "Brigade",
    "Railway",
    "Railways",
    "Airlines",
    "Works",
    "Guild",
    "Network",
    "Observatory",
    "Library",
    "Chamber",
    "Newsroom",
    // Words companies' names end in, beside their legal forms (`COMPANY_FORMS`).
    "Bancorp",
    "Airways",
    "Motors",
    "Industries",
    "Enterprises",
    "Securities",
    "Exchange",
];

/// Companies' legal forms and the words their names end in: organizations' heads too, and
/// "Pirelli SpA" is "Pirelli" where named again.
pub(super) const COMPANY_FORMS: &[&str] = &[
    "Co",
    "Cos",
    "Corp",
    "Corporation",
    "Company",
    "Inc",
    "Ltd",
    "Plc",
    "PLC",
    "plc",
    "SA",
    "SpA",
    "AG",
    "NV",
    "GmbH",
    "LLC",
    "Group",
    "Holdings",
];

/// Role words and honorifics that come right before a person's name.
pub(super) const PERSON_CUES: &[&str] = &[
    "President",
    "Prime Minister",
    "Minister",
    "Secretary",
    "Chancellor",
    "General",
    "Gen.",
    "Admiral",
    "Colonel",
    "Captain",
    "Major",
    "Lieutenant",
    "Sergeant",
    "Senator",
    "Governor",
    "Mayor",
    "Deputy",
    "Ambassador",
    "Judge",
    "Justice",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Bishop",
    "Father",
    "Sister",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr.",
    "Dr",
    "Prof.",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Councillor",
    "Councilor",
    "Commissioner",
    "Inspector",
    "Detective",
    "Superintendent",
    "Coach",
    "Director",
    "Chief",
    "Editor",
    "Dean",
    "Rabbi",
    "Imam",
    "Reverend",
    "Rev.",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "director",
    "chief",
    "mayor",
    "councillor",
    "professor",
    "coach",
    "captain",
    "founder",
    "owner",
    "manager",
    "head",
    "leader",
    "secretary",
    "governor",
    "ambassador",
    "economist",
    "analyst",
    "researcher",
    "scientist",
    "historian",
    "curator",
    "engineer",
    "farmer",
    "teacher",
    "nurse",
    "doctor",
    "officer",
    "inspector",
    "skipper",
    "baker",
    "librarian",
    "architect",
    "midwife",
    "organiser",
    "organizer",
    "resident",
    "volunteer",
    "treasurer",
    "warden",
    "ranger",
    "pilot",
    "principal",
    "conductor",
    "keeper",
    "miller",
    "harbourmaster",
    "ecologist",
    "shepherd",
    "operator",
    "diver",
    "fisherman",
    "artist",
    "writer",
    "author",
    "poet",
    "composer",
    "singer",
    "surgeon",
    "chef",
    "lawyer",
];

/// Last words that make a name a place: "Saltcombe Point", "Mill Street".
const PLACE_HEADS: &[&str] = &[
    "Point",
    "Bay",
    "Valley",
    "River",
    "Hill",
    "Hills",
    "Island",
    "Islands",
    "Street",
    "Road",
    "Lane",
    "Avenue",
    "Lake",
    "Mount",
    "Mountain",
    "Mountains",
    "Bridge",
    "Forest",
    "Moor",
    "Head",
    "Cove",
    "Sound",
    "Park",
    "Square",
    "Coast",
    "Peninsula",
    "Strait",
    "Sea",
    "Ocean",
    "Province",
    "County",
    "District",
    "Region",
    "Quay",
    "Harbour",
    "Harbor",
];

/// The lists above as sets, built once.
struct Tables {
    names: HashMap<&'static str, Known>,
    countries: HashSet<&'static str>,
    demonyms: HashSet<&'static str>,
    cues: HashSet<&'static str>,
    organization_heads: HashSet<&'static str>,
    place_heads: HashSet<&'static str>,
    given_names: HashSet<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut names = HashMap::new();
        let mut demonyms = HashSet::new();
        let mut countries = HashSet::new();
        for entry in COUNTRIES {
            let mut parts = entry.split('|');
            let country = parts.next().unwrap_or("");
            countries.insert(country);
            let capital = parts.next().unwrap_or("");
            names.entry(capital).or_insert(Known::Place(capital));
            names.entry(country).or_insert(Known::Place(country));
            if let Some(demonym) = parts.next() {
                demonyms.insert(demonym);
                names.entry(demonym).or_insert(Known::Place(country));
            }
            for other in parts {
                names.entry(other).or_insert(Known::Place(country));
            }
        }
        for city in CITIES {
            names.entry(city).or_insert(Known::Place(city));
        }
        for place in listed(MORE_PLACES) {
            names.entry(place).or_insert(Known::Place(place));
        }
        for org in ORGANIZATIONS {
            names.entry(org).or_insert(Known::Organization(org));
        }
        // Not a name the gazetteer knows as a place or an organization ("Jordan", "Georgia"),
        // nor a month ("June").
        let given_names = (GIVEN_NAMES.split_whitespace())
            .chain(listed(CENSUS_GIVEN_NAMES))
            .filter(|name| !names.contains_key(name) && !MONTH_NAMES.contains(name))
            .collect();
        Tables {
            names,
            countries,
            demonyms,
            cues: PERSON_CUES.iter().copied().collect(),
            organization_heads: ORGANIZATION_HEADS
                .iter()
                .chain(COMPANY_FORMS)
                .copied()
                .collect(),
            place_heads: PLACE_HEADS.iter().copied().collect(),
            given_names,
        }
    })
}

/// Whether `word` is a role or honorific before a name; a sentence's first word counts in
/// its capitalised form too ("Curator Ines Holloway").
pub fn is_person_cue(word: &str) -> bool {
    let cues = &tables().cues;
    if cues.contains(word) {
        return true;
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() => {
            let lower: String = first.to_lowercase().chain(chars).collect();
            cues.contains(lower.as_str())
        }
        _ => false,
    }
}

/// Whether `word` names a part of an organization ("Ministry").
pub fn is_organization_head(word: &str) -> bool {
    tables().organization_heads.contains(word)
}

/// Whether `word` is a common given name ("Peter").
pub fn is_given_name(word: &str) -> bool {
    tables().given_names.contains(word)
}

/// Whether `word` ends the name of a place ("Point", "Street").
pub fn is_place_head(word: &str) -> bool {
    tables().place_heads.contains(word)
}

/// What a name in the gazetteer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// A place, under its canonical name.
    Place(&'static str),
    /// An organization.
    Organization(&'static str),
}

/// What `name` is, if the gazetteer knows it: countries under every name they go by,
/// capitals, demonyms (as their country), cities and organizations.
pub fn lookup(name: &str) -> Option<Known> {
    tables().names.get(name).copied()
}

/// Whether `place` (a canonical name) is one of the countries listed with their capitals.
pub fn is_country(place: &str) -> bool {
    tables().countries.contains(place)
}

/// Whether a word of a name is a demonym (`Chinese`), which qualifies what follows.
pub fn is_demonym(word: &str) -> bool {
    tables().demonyms.contains(word)
}
