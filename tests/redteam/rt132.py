"""Red team round 132 (the reading of the round's CHANGES.diff): "X is a Y N" and "X and Z are Y
Ns" (a copula, its article, a name Y, then a noun N ending the clause) read as the graph's own
phrase "is a N of / for" Y. Attacked: a wrong Y, the wrong direction, a Y linked by another
relation, nouns of other relations, two-word nouns, item-type nouns ("a Delta airport" keeps its
old meaning), plurals and lists, negation, "was" next to a past phrase, user claims, appositions,
relative clauses, a subject that is a noun phrase ("the operator of X is a Y N"), numbers and
years, names that contain the noun, a graph with "is a hub of" and "is a hub for" for different
relations (and "is a supplier of" next to "is a supplier for"), and a country's (or a movement's)
adjective before the noun, where "a French critic" says where the critic is from, not what he
criticizes. False texts only (one false statement each), plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def airports():
    """Airports (items, the year each opened) and airlines (items, the year each was founded): the
    airlines each airport "is a hub for", those it "is a base for" (no hub), those it "was a hub
    for" (no longer), those it "is a focus city for" (a two-word noun); the cargo carriers it "is a
    cargo hub for" (a two-word noun ending in the one-word noun of "is a hub for"); namesakes ("is named after")
    next to the body that named it ("was named by"); operators ("operates") next to an airline's
    chief ("manages"); what each "has" next to what it "had"; the alliance each airline "is a
    member of" and the one it "is a founding member of"; the city each airport serves."""
    rels = [
        R("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=("airport",), range=("airline",)),
        R("cargo_hub", phrase="is a cargo hub for", inverse_phrase="has a cargo hub at", domain=("airport",),
          range=("cargo carrier",)),
        R("base_for", phrase="is a base for", inverse_phrase="has a base at", domain=("airport",), range=("airline",)),
        R("former_hub", phrase="was a hub for", inverse_phrase="once had a hub at", domain=("airport",),
          range=("airline",)),
        R("focus_city", phrase="is a focus city for", inverse_phrase="has a focus city at", domain=("airport",),
          range=("airline",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("airport",),
          range=("person",)),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=("airport",), range=("government",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("airport",), range=("operator",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("airline",), range=("executive",)),
        R("has_feature", phrase="has", inverse_phrase="can be found at", domain=("airport",), range=("feature",)),
        R("had_feature", phrase="had", inverse_phrase="was once found at", domain=("airport",), range=("feature",)),
        R("member_of", phrase="is a member of", inverse_phrase="counts among its members", domain=("airline",),
          range=("alliance",)),
        R("founding_member", phrase="is a founding member of", inverse_phrase="was founded with",
          domain=("airline",), range=("alliance",)),
        R("serves", phrase="serves", inverse_phrase="is served by", domain=("airport",), range=("city",)),
    ]
    items = {
        "a:atl": ("airport", "Hartsfield-Jackson Atlanta International Airport", 1926),
        "a:dfw": ("airport", "Dallas Fort Worth International Airport", 1974),
        "a:ord": ("airport", "O'Hare International Airport", 1944),
        "a:den": ("airport", "Denver International Airport", 1995),
        "a:sin": ("airport", "Singapore Changi Airport", 1981),
        "a:dxb": ("airport", "Dubai International Airport", 1960),
        "a:hkg": ("airport", "Hong Kong International Airport", 1998),
        "a:mem": ("airport", "Memphis International Airport", 1929),
        "a:sdf": ("airport", "Louisville Muhammad Ali International Airport", 1947),
        "l:dl": ("airline", "Delta Air Lines", 1925), "l:aa": ("airline", "American Airlines", 1930),
        "l:ua": ("airline", "United Airlines", 1926), "l:wn": ("airline", "Southwest Airlines", 1967),
        "l:f9": ("airline", "Frontier Airlines", 1994), "l:sq": ("airline", "Singapore Airlines", 1947),
        "l:tr": ("airline", "Scoot", 2011), "l:ek": ("airline", "Emirates", 1985),
        "l:fz": ("airline", "flydubai", 2008), "l:cx": ("airline", "Cathay Pacific", 1946),
        "l:uo": ("airline", "HK Express", 2004), "l:nk": ("airline", "Spirit Airlines", 1983),
        "l:tw": ("airline", "Trans World Airlines", 1930), "l:ea": ("airline", "Eastern Air Lines", 1926),
        "l:co": ("airline", "Continental Airlines", 1934),
    }
    others = {
        "k:fedex": ("cargo carrier", "FedEx"), "k:ups": ("cargo carrier", "UPS Airlines"),
        "k:dhl": ("cargo carrier", "DHL Aviation"),
        "p:hartsfield": ("person", "William B. Hartsfield"), "p:jackson": ("person", "Maynard Jackson"),
        "p:ohare": ("person", "Butch O'Hare"), "p:ali": ("person", "Muhammad Ali"),
        "g:atlanta": ("government", "the Atlanta City Council"), "g:chicago": ("government", "the Chicago City Council"),
        "g:louisville": ("government", "the Louisville Regional Airport Authority"),
        "o:atl": ("operator", "the City of Atlanta Department of Aviation"), "o:dfw": ("operator", "the DFW Airport Board"),
        "o:cda": ("operator", "the Chicago Department of Aviation"), "o:changi": ("operator", "Changi Airport Group"),
        "o:dubai": ("operator", "Dubai Airports Company"), "o:hkaa": ("operator", "Airport Authority Hong Kong"),
        "o:den": ("operator", "the Denver Department of Aviation"),
        "x:bastian": ("executive", "Ed Bastian"), "x:isom": ("executive", "Robert Isom"),
        "x:kirby": ("executive", "Scott Kirby"), "x:goh": ("executive", "Goh Choon Phong"),
        "x:clark": ("executive", "Tim Clark"), "x:jordan": ("executive", "Bob Jordan"),
        "f:garden": ("feature", "butterfly garden"), "f:slide": ("feature", "indoor slide"),
        "f:pool": ("feature", "rooftop pool"), "f:art": ("feature", "art program"), "f:chapel": ("feature", "chapel"),
        "f:train": ("feature", "people mover"), "f:museum": ("feature", "aviation museum"),
        "f:tent": ("feature", "tent roof"), "f:waterfall": ("feature", "indoor waterfall"),
        "f:observation": ("feature", "observation deck"), "f:cinema": ("feature", "cinema"),
        "f:monorail": ("feature", "monorail"),
        "n:skyteam": ("alliance", "SkyTeam"), "n:oneworld": ("alliance", "Oneworld"),
        "n:star": ("alliance", "Star Alliance"),
        "c:atlanta": ("city", "Atlanta"), "c:dallas": ("city", "Dallas"), "c:chicago": ("city", "Chicago"),
        "c:denver": ("city", "Denver"), "c:singapore": ("city", "Singapore"), "c:dubai": ("city", "Dubai"),
        "c:hk": ("city", "Hong Kong"), "c:memphis": ("city", "Memphis"), "c:louisville": ("city", "Louisville"),
    }
    T = [
        ("a:atl", "hub_for", "l:dl"), ("a:dfw", "hub_for", "l:aa"), ("a:ord", "hub_for", "l:ua"),
        ("a:ord", "hub_for", "l:aa"), ("a:den", "hub_for", "l:ua"), ("a:den", "hub_for", "l:f9"),
        ("a:sin", "hub_for", "l:sq"), ("a:sin", "hub_for", "l:tr"), ("a:dxb", "hub_for", "l:ek"),
        ("a:dxb", "hub_for", "l:fz"), ("a:hkg", "hub_for", "l:cx"), ("a:hkg", "hub_for", "l:uo"),
        ("a:mem", "cargo_hub", "k:fedex"), ("a:sdf", "cargo_hub", "k:ups"), ("a:hkg", "cargo_hub", "k:dhl"),
        ("a:atl", "base_for", "l:wn"), ("a:den", "base_for", "l:wn"), ("a:dfw", "base_for", "l:nk"),
        ("a:ord", "base_for", "l:nk"), ("a:atl", "base_for", "l:nk"),
        ("a:atl", "former_hub", "l:ea"), ("a:mem", "former_hub", "l:dl"), ("a:dfw", "former_hub", "l:dl"),
        ("a:ord", "former_hub", "l:tw"), ("a:den", "former_hub", "l:co"),
        ("a:den", "focus_city", "l:wn"), ("a:ord", "focus_city", "l:f9"), ("a:atl", "focus_city", "l:f9"),
        ("a:atl", "named_after", "p:hartsfield"), ("a:atl", "named_after", "p:jackson"),
        ("a:ord", "named_after", "p:ohare"), ("a:sdf", "named_after", "p:ali"),
        ("a:atl", "named_by", "g:atlanta"), ("a:ord", "named_by", "g:chicago"), ("a:sdf", "named_by", "g:louisville"),
        ("a:atl", "operated_by", "o:atl"), ("a:dfw", "operated_by", "o:dfw"), ("a:ord", "operated_by", "o:cda"),
        ("a:sin", "operated_by", "o:changi"), ("a:dxb", "operated_by", "o:dubai"), ("a:hkg", "operated_by", "o:hkaa"),
        ("a:den", "operated_by", "o:den"),
        ("l:dl", "managed_by", "x:bastian"), ("l:aa", "managed_by", "x:isom"), ("l:ua", "managed_by", "x:kirby"),
        ("l:sq", "managed_by", "x:goh"), ("l:ek", "managed_by", "x:clark"), ("l:wn", "managed_by", "x:jordan"),
        ("a:sin", "has_feature", "f:garden"), ("a:sin", "has_feature", "f:slide"), ("a:sin", "has_feature", "f:pool"),
        ("a:sin", "has_feature", "f:waterfall"), ("a:atl", "has_feature", "f:art"), ("a:atl", "has_feature", "f:train"),
        ("a:den", "has_feature", "f:tent"), ("a:dfw", "has_feature", "f:train"), ("a:dfw", "has_feature", "f:chapel"),
        ("a:ord", "has_feature", "f:museum"), ("a:hkg", "has_feature", "f:cinema"),
        ("a:dfw", "had_feature", "f:monorail"), ("a:hkg", "had_feature", "f:observation"),
        ("a:ord", "had_feature", "f:cinema"),
        ("l:dl", "member_of", "n:skyteam"), ("l:aa", "member_of", "n:oneworld"), ("l:ua", "member_of", "n:star"),
        ("l:sq", "member_of", "n:star"), ("l:cx", "member_of", "n:oneworld"),
        ("l:dl", "founding_member", "n:skyteam"), ("l:aa", "founding_member", "n:oneworld"),
        ("l:ua", "founding_member", "n:star"), ("l:cx", "founding_member", "n:oneworld"),
        ("a:atl", "serves", "c:atlanta"), ("a:dfw", "serves", "c:dallas"), ("a:ord", "serves", "c:chicago"),
        ("a:den", "serves", "c:denver"), ("a:sin", "serves", "c:singapore"), ("a:dxb", "serves", "c:dubai"),
        ("a:hkg", "serves", "c:hk"), ("a:mem", "serves", "c:memphis"), ("a:sdf", "serves", "c:louisville"),
    ]
    return _build(items, others, rels, T)


def people():
    """A WebNLG-like graph of people (items, the year each was born) and countries, parties,
    universities and societies (attributes: a country's adjective names it, "an Indian leader"):
    the country or party each "is a leader of"; the country each "is a citizen of" next to the
    one each "was born in"; the country each "is a historian of" and what each "is a critic of"
    ("a French historian", "an American critic" say where one comes from, not what one studies);
    the university each "is an alumnus of" next to the one each "is a professor at"; the society
    each "is a fellow of"; the party each "is a member of" and the one each founded; spouses."""
    rels = [
        R("leader_of", phrase="is a leader of", inverse_phrase="is led by", domain=("politician",),
          range=("country", "party")),
        R("citizen_of", phrase="is a citizen of", inverse_phrase="has as a citizen", domain=("politician", "writer",
                                                                                          "historian"),
          range=("country",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("politician", "writer", "historian"), range=("country",)),
        R("historian_of", phrase="is a historian of", inverse_phrase="is studied by", domain=("historian",),
          range=("country", "period")),
        R("critic_of", phrase="is a critic of", inverse_phrase="is criticized by", domain=("writer", "historian"),
          range=("country", "politician", "party")),
        R("alumnus_of", phrase="is an alumnus of", inverse_phrase="educated", domain=("politician", "writer",
                                                                                    "historian"),
          range=("university",)),
        R("professor_at", phrase="is a professor at", inverse_phrase="employs", domain=("historian", "writer"),
          range=("university",)),
        R("fellow_of", phrase="is a fellow of", inverse_phrase="elected", domain=("historian", "writer"),
          range=("society",)),
        R("member_of", phrase="is a member of", inverse_phrase="has as a member", domain=("politician",),
          range=("party",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("politician",), range=("party",)),
        R("spouse", phrase="is married to", inverse_phrase="is married to", domain=("politician", "writer"),
          range=("politician", "writer")),
    ]
    items = {
        "p:modi": ("politician", "Narendra Modi", 1950), "p:sonia": ("politician", "Sonia Gandhi", 1946),
        "p:rahul": ("politician", "Rahul Gandhi", 1970), "p:macron": ("politician", "Emmanuel Macron", 1977),
        "p:meloni": ("politician", "Giorgia Meloni", 1977), "p:sunak": ("politician", "Rishi Sunak", 1980),
        "p:imran": ("politician", "Imran Khan", 1952), "p:lepen": ("politician", "Marine Le Pen", 1968),
        "p:schama": ("historian", "Simon Schama", 1945), "p:dalrymple": ("historian", "William Dalrymple", 1965),
        "p:guha": ("historian", "Ramachandra Guha", 1958), "p:beard": ("historian", "Mary Beard", 1955),
        "p:roy": ("writer", "Arundhati Roy", 1961), "p:rushdie": ("writer", "Salman Rushdie", 1947),
        "p:chomsky": ("writer", "Noam Chomsky", 1928), "p:houellebecq": ("writer", "Michel Houellebecq", 1956),
        "p:murty": ("writer", "Akshata Murty", 1980),
    }
    others = {
        "c:india": ("country", "India"), "c:italy": ("country", "Italy"), "c:france": ("country", "France"),
        "c:uk": ("country", "United Kingdom"), "c:us": ("country", "United States"),
        "c:pakistan": ("country", "Pakistan"), "c:germany": ("country", "Germany"), "c:spain": ("country", "Spain"),
        "c:rome": ("period", "Ancient Rome"),
        "y:bjp": ("party", "Bharatiya Janata Party"), "y:inc": ("party", "Indian National Congress"),
        "y:renaissance": ("party", "Renaissance"), "y:fdi": ("party", "Brothers of Italy"),
        "y:conservative": ("party", "Conservative Party"), "y:pti": ("party", "Pakistan Tehreek-e-Insaf"),
        "y:rn": ("party", "National Rally"),
        "u:cambridge": ("university", "University of Cambridge"), "u:oxford": ("university", "University of Oxford"),
        "u:columbia": ("university", "Columbia University"), "u:stanford": ("university", "Stanford University"),
        "u:sciencespo": ("university", "Sciences Po"), "u:mit": ("university", "MIT"),
        "u:gujarat": ("university", "Gujarat University"), "u:delhi": ("university", "University of Delhi"),
        "s:rsl": ("society", "Royal Society of Literature"), "s:ba": ("society", "British Academy"),
        "s:aaas": ("society", "American Academy of Arts and Sciences"),
    }
    T = [
        ("p:modi", "leader_of", "c:india"), ("p:modi", "leader_of", "y:bjp"), ("p:sonia", "leader_of", "y:inc"),
        ("p:rahul", "leader_of", "y:inc"), ("p:macron", "leader_of", "c:france"), ("p:meloni", "leader_of", "c:italy"),
        ("p:meloni", "leader_of", "y:fdi"), ("p:sunak", "leader_of", "y:conservative"),
        ("p:imran", "leader_of", "y:pti"), ("p:lepen", "leader_of", "y:rn"), ("p:sunak", "leader_of", "c:uk"),
        ("p:modi", "citizen_of", "c:india"), ("p:sonia", "citizen_of", "c:india"), ("p:rahul", "citizen_of", "c:india"),
        ("p:macron", "citizen_of", "c:france"), ("p:meloni", "citizen_of", "c:italy"), ("p:sunak", "citizen_of", "c:uk"),
        ("p:imran", "citizen_of", "c:pakistan"), ("p:lepen", "citizen_of", "c:france"),
        ("p:schama", "citizen_of", "c:uk"), ("p:dalrymple", "citizen_of", "c:uk"), ("p:guha", "citizen_of", "c:india"),
        ("p:beard", "citizen_of", "c:uk"), ("p:roy", "citizen_of", "c:india"), ("p:rushdie", "citizen_of", "c:uk"),
        ("p:rushdie", "citizen_of", "c:us"), ("p:chomsky", "citizen_of", "c:us"),
        ("p:houellebecq", "citizen_of", "c:france"), ("p:murty", "citizen_of", "c:india"),
        ("p:sonia", "born_in", "c:italy"), ("p:sunak", "born_in", "c:uk"), ("p:rushdie", "born_in", "c:india"),
        ("p:modi", "born_in", "c:india"), ("p:imran", "born_in", "c:pakistan"), ("p:schama", "born_in", "c:uk"),
        ("p:dalrymple", "born_in", "c:uk"), ("p:macron", "born_in", "c:france"), ("p:murty", "born_in", "c:india"),
        ("p:schama", "historian_of", "c:france"), ("p:dalrymple", "historian_of", "c:india"),
        ("p:guha", "historian_of", "c:india"), ("p:beard", "historian_of", "c:rome"),
        ("p:roy", "critic_of", "c:us"), ("p:roy", "critic_of", "p:modi"), ("p:chomsky", "critic_of", "c:us"),
        ("p:houellebecq", "critic_of", "c:france"), ("p:guha", "critic_of", "y:bjp"), ("p:rushdie", "critic_of", "c:pakistan"),
        ("p:modi", "alumnus_of", "u:gujarat"), ("p:sunak", "alumnus_of", "u:oxford"), ("p:sunak", "alumnus_of", "u:stanford"),
        ("p:macron", "alumnus_of", "u:sciencespo"), ("p:imran", "alumnus_of", "u:oxford"),
        ("p:rahul", "alumnus_of", "u:cambridge"), ("p:schama", "alumnus_of", "u:cambridge"),
        ("p:dalrymple", "alumnus_of", "u:cambridge"), ("p:beard", "alumnus_of", "u:cambridge"),
        ("p:rushdie", "alumnus_of", "u:cambridge"), ("p:guha", "alumnus_of", "u:delhi"),
        ("p:murty", "alumnus_of", "u:stanford"),
        ("p:schama", "professor_at", "u:columbia"), ("p:beard", "professor_at", "u:cambridge"),
        ("p:chomsky", "professor_at", "u:mit"), ("p:guha", "professor_at", "u:stanford"),
        ("p:schama", "fellow_of", "s:ba"), ("p:beard", "fellow_of", "s:ba"), ("p:dalrymple", "fellow_of", "s:rsl"),
        ("p:rushdie", "fellow_of", "s:rsl"), ("p:chomsky", "fellow_of", "s:aaas"),
        ("p:modi", "member_of", "y:bjp"), ("p:sonia", "member_of", "y:inc"), ("p:rahul", "member_of", "y:inc"),
        ("p:macron", "member_of", "y:renaissance"), ("p:meloni", "member_of", "y:fdi"),
        ("p:sunak", "member_of", "y:conservative"), ("p:imran", "member_of", "y:pti"), ("p:lepen", "member_of", "y:rn"),
        ("p:macron", "founded", "y:renaissance"), ("p:meloni", "founded", "y:fdi"), ("p:imran", "founded", "y:pti"),
        ("p:sunak", "spouse", "p:murty"),
    ]
    return _build(items, others, rels, T)


def ships():
    """Ships (items, the year each was launched) and cruise lines (items, the year each was
    founded): the line each ship "is a flagship for" now next to the one it "was a flagship for";
    the ship each "is a replacement for" (a ship for a ship: direction matters); the ship each "is
    a sister ship of" (a two-word noun, both ways); namesakes; builders ("built") next to
    designers ("designed"); the line each "is operated by" ("operates"); where each "is moored
    in"; each line's founder and owner ("owns")."""
    rels = [
        R("flagship_for", phrase="is a flagship for", inverse_phrase="has its flagship in", domain=("ship",),
          range=("line",)),
        R("former_flagship", phrase="was a flagship for", inverse_phrase="once had its flagship in",
          domain=("ship",), range=("line",)),
        R("replacement_for", phrase="is a replacement for", inverse_phrase="was replaced by", domain=("ship",),
          range=("ship",)),
        R("sister_of", phrase="is a sister ship of", inverse_phrase="is a sister ship of", domain=("ship",),
          range=("ship",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("ship",),
          range=("person", "city")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("ship",), range=("person",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("ship",), range=("line",
                                                                                                       "museum")),
        R("moored_in", phrase="is moored in", inverse_phrase="is the mooring of", domain=("ship",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("line",), range=("person",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("line",), range=("group",)),
    ]
    items = {
        "s:qm2": ("ship", "Queen Mary 2", 2003), "s:qe2": ("ship", "Queen Elizabeth 2", 1967),
        "s:qv": ("ship", "Queen Victoria", 2007), "s:qe": ("ship", "Queen Elizabeth", 2010),
        "s:qa": ("ship", "Queen Anne", 2022), "s:qm": ("ship", "RMS Queen Mary", 1934),
        "s:oasis": ("ship", "Oasis of the Seas", 2008), "s:allure": ("ship", "Allure of the Seas", 2009),
        "s:icon": ("ship", "Icon of the Seas", 2022), "s:wonder": ("ship", "Wonder of the Seas", 2020),
        "s:norway": ("ship", "SS Norway", 1960), "s:prima": ("ship", "Norwegian Prima", 2021),
        "l:cunard": ("line", "Cunard", 1840), "l:rc": ("line", "Royal Caribbean", 1968),
        "l:ncl": ("line", "Norwegian Cruise Line", 1966),
    }
    others = {
        "p:mary": ("person", "Mary of Teck"), "p:elizabeth": ("person", "Queen Elizabeth The Queen Mother"),
        "p:victoria": ("person", "Queen Victoria of the United Kingdom"),
        "y:atlantique": ("shipyard", "Chantiers de l'Atlantique"), "y:john": ("shipyard", "John Brown & Company"),
        "y:fincantieri": ("shipyard", "Fincantieri"), "y:meyer": ("shipyard", "Meyer Turku"),
        "y:stx": ("shipyard", "STX Europe"),
        "d:payne": ("person", "Stephen Payne"), "d:gardner": ("person", "James Gardner"),
        "d:wilhelmsen": ("person", "Petter Yran"),
        "m:sealife": ("museum", "the Queen Mary Museum"),
        "t:southampton": ("city", "Southampton"), "t:longbeach": ("city", "Long Beach"),
        "p:cunard": ("person", "Samuel Cunard"), "p:wilhelmsen": ("person", "Anders Wilhelmsen"),
        "p:kloster": ("person", "Knut Kloster"),
        "g:carnival": ("group", "Carnival Corporation"), "g:rcg": ("group", "Royal Caribbean Group"),
        "g:nclh": ("group", "Norwegian Cruise Line Holdings"),
    }
    T = [
        ("s:qm2", "flagship_for", "l:cunard"), ("s:icon", "flagship_for", "l:rc"), ("s:prima", "flagship_for", "l:ncl"),
        ("s:qe2", "former_flagship", "l:cunard"), ("s:oasis", "former_flagship", "l:rc"),
        ("s:norway", "former_flagship", "l:ncl"), ("s:qm", "former_flagship", "l:cunard"),
        ("s:qm2", "replacement_for", "s:qe2"), ("s:qa", "replacement_for", "s:qv"),
        ("s:icon", "replacement_for", "s:wonder"),
        ("s:qv", "sister_of", "s:qe"), ("s:oasis", "sister_of", "s:allure"), ("s:wonder", "sister_of", "s:allure"),
        ("s:qm2", "named_after", "p:mary"), ("s:qm", "named_after", "p:mary"), ("s:qe", "named_after", "p:elizabeth"),
        ("s:qv", "named_after", "p:victoria"),
        ("s:qm2", "built_by", "y:atlantique"), ("s:qe2", "built_by", "y:john"), ("s:qm", "built_by", "y:john"),
        ("s:qv", "built_by", "y:fincantieri"), ("s:qe", "built_by", "y:fincantieri"), ("s:qa", "built_by", "y:fincantieri"),
        ("s:oasis", "built_by", "y:stx"), ("s:allure", "built_by", "y:stx"), ("s:icon", "built_by", "y:meyer"),
        ("s:wonder", "built_by", "y:atlantique"), ("s:norway", "built_by", "y:atlantique"),
        ("s:prima", "built_by", "y:fincantieri"),
        ("s:qm2", "designed_by", "d:payne"), ("s:qe2", "designed_by", "d:gardner"), ("s:oasis", "designed_by", "d:wilhelmsen"),
        ("s:qm2", "operated_by", "l:cunard"), ("s:qe2", "operated_by", "l:cunard"), ("s:qv", "operated_by", "l:cunard"),
        ("s:qe", "operated_by", "l:cunard"), ("s:qa", "operated_by", "l:cunard"), ("s:qm", "operated_by", "m:sealife"),
        ("s:oasis", "operated_by", "l:rc"), ("s:allure", "operated_by", "l:rc"), ("s:icon", "operated_by", "l:rc"),
        ("s:wonder", "operated_by", "l:rc"), ("s:prima", "operated_by", "l:ncl"),
        ("s:qm", "moored_in", "t:longbeach"),
        ("l:cunard", "founded_by", "p:cunard"), ("l:rc", "founded_by", "p:wilhelmsen"), ("l:ncl", "founded_by", "p:kloster"),
        ("l:cunard", "owned_by", "g:carnival"), ("l:rc", "owned_by", "g:rcg"), ("l:ncl", "owned_by", "g:nclh"),
    ]
    return _build(items, others, rels, T)


def shows():
    """TV series (items, the year each premiered) and channels (items, the year each launched):
    the channel each "airs on"; creators ("created": the graph's one maker, so "is a creation of"
    reads it); the star each "is a vehicle for" next to the actors it "stars"; the series each
    "is a spinoff of" (a series of a series: direction matters), "is a remake of" and "is a
    parody of"; namesakes; hosts; each channel's owner ("owns")."""
    rels = [
        R("airs_on", phrase="airs on", inverse_phrase="broadcasts", domain=("series",), range=("channel",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("series",), range=("person",)),
        R("vehicle_for", phrase="is a vehicle for", inverse_phrase="headlines", domain=("series",), range=("person",)),
        R("stars", phrase="stars", inverse_phrase="appears in", domain=("series",), range=("person",)),
        R("spinoff_of", phrase="is a spinoff of", inverse_phrase="spawned", domain=("series",), range=("series",)),
        R("remake_of", phrase="is a remake of", inverse_phrase="was remade as", domain=("series",), range=("series",)),
        R("parody_of", phrase="is a parody of", inverse_phrase="is parodied by", domain=("series",),
          range=("series", "genre")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("series",),
          range=("person", "character")),
        R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("series",), range=("person",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("channel",), range=("company",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("series",)),
    ]
    items = {
        "s:cheers": ("series", "Cheers", 1982), "s:frasier": ("series", "Frasier", 1993),
        "s:bb": ("series", "Breaking Bad", 2008), "s:bcs": ("series", "Better Call Saul", 2015),
        "s:office": ("series", "The Office", 2005), "s:ukoffice": ("series", "The Office UK", 2001),
        "s:shameless": ("series", "Shameless", 2011), "s:ukshameless": ("series", "Shameless UK", 2004),
        "s:galaxy": ("series", "Galaxy Quest", 2019), "s:orville": ("series", "The Orville", 2017),
        "s:startrek": ("series", "Star Trek", 1966), "s:mare": ("series", "Mare of Easttown", 2021),
        "s:joey": ("series", "Joey", 2004), "s:friends": ("series", "Friends", 1994),
        "s:gns": ("series", "The Graham Norton Show", 2007), "s:colbert": ("series", "The Late Show", 1993),
        "n:nbc": ("channel", "NBC", 1926), "n:amc": ("channel", "AMC", 1984), "n:bbc": ("channel", "BBC One", 1936),
        "n:fox": ("channel", "Fox", 1986), "n:hbo": ("channel", "HBO", 1972), "n:showtime": ("channel", "Showtime", 1976),
        "n:cbs": ("channel", "CBS", 1927), "n:c4": ("channel", "Channel 4", 1982),
    }
    others = {
        "p:burrows": ("person", "James Burrows"), "p:angell": ("person", "David Angell"),
        "p:gilligan": ("person", "Vince Gilligan"), "p:daniels": ("person", "Greg Daniels"),
        "p:gervais": ("person", "Ricky Gervais"), "p:abbott": ("person", "Paul Abbott"),
        "p:macfarlane": ("person", "Seth MacFarlane"), "p:roddenberry": ("person", "Gene Roddenberry"),
        "p:ingelsby": ("person", "Brad Ingelsby"), "p:crane": ("person", "David Crane"),
        "p:grammer": ("person", "Kelsey Grammer"), "p:cranston": ("person", "Bryan Cranston"),
        "p:odenkirk": ("person", "Bob Odenkirk"), "p:carell": ("person", "Steve Carell"),
        "p:macy": ("person", "William H. Macy"), "p:winslet": ("person", "Kate Winslet"),
        "p:leblanc": ("person", "Matt LeBlanc"), "p:danson": ("person", "Ted Danson"),
        "p:paul": ("person", "Aaron Paul"), "p:norton": ("person", "Graham Norton"),
        "p:letterman": ("person", "David Letterman"), "p:colbert": ("person", "Stephen Colbert"),
        "p:aniston": ("person", "Jennifer Aniston"),
        "h:frasier": ("character", "Frasier Crane"), "h:joey": ("character", "Joey Tribbiani"),
        "g:sitcom": ("genre", "workplace sitcom"),
        "o:comcast": ("company", "Comcast"), "o:amcn": ("company", "AMC Networks"), "o:bbc": ("company", "the BBC"),
        "o:foxcorp": ("company", "Fox Corporation"), "o:wbd": ("company", "Warner Bros. Discovery"),
        "o:paramount": ("company", "Paramount Global"),
    }
    T = [
        ("s:cheers", "airs_on", "n:nbc"), ("s:frasier", "airs_on", "n:nbc"), ("s:bb", "airs_on", "n:amc"),
        ("s:bcs", "airs_on", "n:amc"), ("s:office", "airs_on", "n:nbc"), ("s:ukoffice", "airs_on", "n:bbc"),
        ("s:shameless", "airs_on", "n:showtime"), ("s:ukshameless", "airs_on", "n:c4"), ("s:orville", "airs_on", "n:fox"),
        ("s:startrek", "airs_on", "n:nbc"), ("s:mare", "airs_on", "n:hbo"), ("s:joey", "airs_on", "n:nbc"),
        ("s:friends", "airs_on", "n:nbc"), ("s:gns", "airs_on", "n:bbc"), ("s:colbert", "airs_on", "n:cbs"),
        ("s:galaxy", "airs_on", "n:fox"),
        ("s:cheers", "created_by", "p:burrows"), ("s:frasier", "created_by", "p:angell"), ("s:bb", "created_by", "p:gilligan"),
        ("s:bcs", "created_by", "p:gilligan"), ("s:office", "created_by", "p:daniels"), ("s:ukoffice", "created_by", "p:gervais"),
        ("s:shameless", "created_by", "p:abbott"), ("s:ukshameless", "created_by", "p:abbott"),
        ("s:orville", "created_by", "p:macfarlane"), ("s:startrek", "created_by", "p:roddenberry"),
        ("s:mare", "created_by", "p:ingelsby"), ("s:friends", "created_by", "p:crane"), ("s:joey", "created_by", "p:crane"),
        ("s:frasier", "vehicle_for", "p:grammer"), ("s:bb", "vehicle_for", "p:cranston"), ("s:bcs", "vehicle_for", "p:odenkirk"),
        ("s:office", "vehicle_for", "p:carell"), ("s:mare", "vehicle_for", "p:winslet"), ("s:joey", "vehicle_for", "p:leblanc"),
        ("s:orville", "vehicle_for", "p:macfarlane"),
        ("s:frasier", "stars", "p:grammer"), ("s:cheers", "stars", "p:grammer"), ("s:cheers", "stars", "p:danson"),
        ("s:bb", "stars", "p:cranston"), ("s:bb", "stars", "p:paul"), ("s:bb", "stars", "p:odenkirk"),
        ("s:bcs", "stars", "p:odenkirk"), ("s:office", "stars", "p:carell"), ("s:ukoffice", "stars", "p:gervais"),
        ("s:shameless", "stars", "p:macy"), ("s:mare", "stars", "p:winslet"), ("s:joey", "stars", "p:leblanc"),
        ("s:friends", "stars", "p:leblanc"), ("s:friends", "stars", "p:aniston"), ("s:orville", "stars", "p:macfarlane"),
        ("s:frasier", "spinoff_of", "s:cheers"), ("s:bcs", "spinoff_of", "s:bb"), ("s:joey", "spinoff_of", "s:friends"),
        ("s:office", "remake_of", "s:ukoffice"), ("s:shameless", "remake_of", "s:ukshameless"),
        ("s:orville", "parody_of", "s:startrek"), ("s:galaxy", "parody_of", "s:startrek"),
        ("s:ukoffice", "parody_of", "g:sitcom"),
        ("s:frasier", "named_after", "h:frasier"), ("s:joey", "named_after", "h:joey"),
        ("s:gns", "named_after", "p:norton"), ("s:gns", "hosted_by", "p:norton"),
        ("s:colbert", "hosted_by", "p:letterman"), ("s:colbert", "hosted_by", "p:colbert"),
        ("n:nbc", "owned_by", "o:comcast"), ("n:amc", "owned_by", "o:amcn"), ("n:bbc", "owned_by", "o:bbc"),
        ("n:fox", "owned_by", "o:foxcorp"), ("n:hbo", "owned_by", "o:wbd"), ("n:showtime", "owned_by", "o:paramount"),
        ("n:cbs", "owned_by", "o:paramount"),
        ("user:ana", "rated", "s:frasier", {"rating": 5.0}), ("user:ana", "rated", "s:cheers", {"rating": 1.5}),
        ("user:ana", "rated", "s:bcs", {"rating": 4.5}), ("user:ana", "rated", "s:joey", {"rating": 1.0}),
        ("user:ben", "rated", "s:office", {"rating": 5.0}), ("user:ben", "rated", "s:ukoffice", {"rating": 2.0}),
        ("user:ben", "rated", "s:orville", {"rating": 4.5}), ("user:ben", "rated", "s:startrek", {"rating": 1.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ana", "Ana"), ("user:ben", "Ben")])


def companies():
    """Companies (items, the year each was founded) and components and products (items, the
    year each was launched): the component each supplier "is a supplier of" next to the company
    it "is a supplier for" (two relations, "of" and "for"); the parent each "is a subsidiary of"
    and the one each "is a division of"; rivals ("is a rival of", both ways); founders next to
    backers ("funded"); the products each company "launched" (a product launch); chiefs ("is led
    by"); facilities ("operates"); namesakes; headquarters cities."""
    rels = [
        R("supplier_of", phrase="is a supplier of", inverse_phrase="is supplied by", domain=("supplier",),
          range=("component",)),
        R("supplier_for", phrase="is a supplier for", inverse_phrase="buys from", domain=("supplier",),
          range=("company",)),
        R("subsidiary_of", phrase="is a subsidiary of", inverse_phrase="is the parent of",
          domain=("company", "supplier"), range=("company",)),
        R("division_of", phrase="is a division of", inverse_phrase="has the division", domain=("company",),
          range=("company",)),
        R("rival_of", phrase="is a rival of", inverse_phrase="is a rival of", domain=("company",), range=("company",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company", "supplier"),
          range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("company",), range=("investor",)),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=("company",), range=("product",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("company", "supplier"), range=("executive",)),
        R("operates", phrase="operates", inverse_phrase="is operated by", domain=("company",), range=("facility",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("company",),
          range=("person", "place")),
        R("based_in", phrase="is based in", inverse_phrase="is the base of", domain=("company", "supplier"),
          range=("city",)),
    ]
    items = {
        "c:apple": ("company", "Apple", 1976), "c:samsung": ("company", "Samsung Electronics", 1969),
        "c:google": ("company", "Google", 1998), "c:alphabet": ("company", "Alphabet", 2015),
        "c:waymo": ("company", "Waymo", 2009), "c:tesla": ("company", "Tesla", 2003),
        "c:nintendo": ("company", "Nintendo", 1889), "c:sony": ("company", "Sony", 1946),
        "c:sie": ("company", "Sony Interactive Entertainment", 1993), "c:pepsico": ("company", "PepsiCo", 1965),
        "c:frito": ("company", "Frito-Lay", 1961), "c:coke": ("company", "Coca-Cola", 1892),
        "c:toyota": ("company", "Toyota", 1937), "c:lexus": ("company", "Lexus", 1989),
        "c:honda": ("company", "Honda", 1948),
        "u:tsmc": ("supplier", "TSMC", 1987), "u:foxconn": ("supplier", "Foxconn", 1974),
        "u:panasonic": ("supplier", "Panasonic Energy", 2022), "u:lg": ("supplier", "LG Display", 1985),
        "u:denso": ("supplier", "Denso", 1949),
        "d:iphone": ("product", "iPhone", 2007), "d:galaxy": ("product", "Galaxy S", 2010),
        "d:pixel": ("product", "Pixel", 2016), "d:switch": ("product", "Nintendo Switch", 2017),
        "d:ps5": ("product", "PlayStation 5", 2020), "d:models": ("product", "Model S", 2012),
        "d:prius": ("product", "Prius", 1997), "d:walkman": ("product", "Walkman", 1979),
    }
    others = {
        "k:chips": ("component", "smartphone chips"), "k:battery": ("component", "battery cells"),
        "k:oled": ("component", "OLED panels"), "k:assembly": ("component", "contract assembly"),
        "k:sensors": ("component", "automotive sensors"),
        "p:jobs": ("person", "Steve Jobs"), "p:wozniak": ("person", "Steve Wozniak"), "p:lee": ("person", "Lee Byung-chul"),
        "p:page": ("person", "Larry Page"), "p:brin": ("person", "Sergey Brin"), "p:eberhard": ("person", "Martin Eberhard"),
        "p:yamauchi": ("person", "Fusajiro Yamauchi"), "p:ibuka": ("person", "Masaru Ibuka"),
        "p:morita": ("person", "Akio Morita"), "p:chang": ("person", "Morris Chang"), "p:gou": ("person", "Terry Gou"),
        "p:toyoda": ("person", "Kiichiro Toyoda"), "p:honda": ("person", "Soichiro Honda"),
        "p:ntesla": ("person", "Nikola Tesla"), "p:kendall": ("person", "Donald Kendall"),
        "i:markkula": ("investor", "Mike Markkula"), "i:bechtolsheim": ("investor", "Andy Bechtolsheim"),
        "i:musk": ("investor", "Elon Musk"), "i:sequoia": ("investor", "Sequoia Capital"),
        "x:cook": ("executive", "Tim Cook"), "x:pichai": ("executive", "Sundar Pichai"),
        "x:furukawa": ("executive", "Shuntaro Furukawa"), "x:wei": ("executive", "C. C. Wei"),
        "x:mawakana": ("executive", "Tekedra Mawakana"), "x:laguarta": ("executive", "Ramon Laguarta"),
        "f:giga": ("facility", "Gigafactory Nevada"), "f:park": ("facility", "Apple Park"),
        "f:fab18": ("facility", "Fab 18"), "f:kyoto": ("facility", "Nintendo Kyoto Research Center"),
        "t:cupertino": ("city", "Cupertino"), "t:suwon": ("city", "Suwon"), "t:mv": ("city", "Mountain View"),
        "t:austin": ("city", "Austin"), "t:kyoto": ("city", "Kyoto"), "t:tokyo": ("city", "Tokyo"),
        "t:hsinchu": ("city", "Hsinchu"), "t:purchase": ("city", "Purchase"), "t:toyota": ("city", "Toyota City"),
        "t:kariya": ("city", "Kariya"), "t:atlanta": ("city", "Atlanta"),
        "t:koromo": ("place", "Koromo"),
    }
    T = [
        ("u:tsmc", "supplier_of", "k:chips"), ("u:foxconn", "supplier_of", "k:assembly"),
        ("u:panasonic", "supplier_of", "k:battery"), ("u:lg", "supplier_of", "k:oled"), ("u:denso", "supplier_of", "k:sensors"),
        ("u:tsmc", "supplier_for", "c:apple"), ("u:foxconn", "supplier_for", "c:apple"), ("u:foxconn", "supplier_for", "c:nintendo"),
        ("u:panasonic", "supplier_for", "c:tesla"), ("u:lg", "supplier_for", "c:apple"), ("u:denso", "supplier_for", "c:toyota"),
        ("c:waymo", "subsidiary_of", "c:alphabet"), ("c:google", "subsidiary_of", "c:alphabet"),
        ("c:sie", "subsidiary_of", "c:sony"), ("c:frito", "division_of", "c:pepsico"), ("c:lexus", "division_of", "c:toyota"),
        ("u:denso", "subsidiary_of", "c:toyota"),
        ("c:apple", "rival_of", "c:samsung"), ("c:pepsico", "rival_of", "c:coke"), ("c:sony", "rival_of", "c:nintendo"),
        ("c:toyota", "rival_of", "c:honda"),
        ("c:apple", "founded_by", "p:jobs"), ("c:apple", "founded_by", "p:wozniak"), ("c:samsung", "founded_by", "p:lee"),
        ("c:google", "founded_by", "p:page"), ("c:google", "founded_by", "p:brin"), ("c:alphabet", "founded_by", "p:page"),
        ("c:tesla", "founded_by", "p:eberhard"), ("c:nintendo", "founded_by", "p:yamauchi"),
        ("c:sony", "founded_by", "p:ibuka"), ("c:sony", "founded_by", "p:morita"), ("u:tsmc", "founded_by", "p:chang"),
        ("u:foxconn", "founded_by", "p:gou"), ("c:toyota", "founded_by", "p:toyoda"), ("c:honda", "founded_by", "p:honda"),
        ("c:pepsico", "founded_by", "p:kendall"),
        ("c:apple", "funded_by", "i:markkula"), ("c:google", "funded_by", "i:bechtolsheim"), ("c:tesla", "funded_by", "i:musk"),
        ("c:google", "funded_by", "i:sequoia"), ("c:apple", "funded_by", "i:sequoia"),
        ("c:apple", "launched", "d:iphone"), ("c:samsung", "launched", "d:galaxy"), ("c:google", "launched", "d:pixel"),
        ("c:nintendo", "launched", "d:switch"), ("c:sie", "launched", "d:ps5"), ("c:tesla", "launched", "d:models"),
        ("c:toyota", "launched", "d:prius"), ("c:sony", "launched", "d:walkman"),
        ("c:apple", "led_by", "x:cook"), ("c:google", "led_by", "x:pichai"), ("c:alphabet", "led_by", "x:pichai"),
        ("c:nintendo", "led_by", "x:furukawa"), ("u:tsmc", "led_by", "x:wei"), ("c:waymo", "led_by", "x:mawakana"),
        ("c:pepsico", "led_by", "x:laguarta"),
        ("c:tesla", "operates", "f:giga"), ("c:apple", "operates", "f:park"), ("c:nintendo", "operates", "f:kyoto"),
        ("c:tesla", "named_after", "p:ntesla"), ("c:honda", "named_after", "p:honda"), ("c:toyota", "named_after", "p:toyoda"),
        ("c:apple", "based_in", "t:cupertino"), ("c:samsung", "based_in", "t:suwon"), ("c:google", "based_in", "t:mv"),
        ("c:alphabet", "based_in", "t:mv"), ("c:waymo", "based_in", "t:mv"), ("c:tesla", "based_in", "t:austin"),
        ("c:nintendo", "based_in", "t:kyoto"), ("c:sony", "based_in", "t:tokyo"), ("u:tsmc", "based_in", "t:hsinchu"),
        ("c:pepsico", "based_in", "t:purchase"), ("c:toyota", "based_in", "t:toyota"), ("u:denso", "based_in", "t:kariya"),
        ("c:coke", "based_in", "t:atlanta"),
    ]
    return _build(items, others, rels, T)


def museums():
    """Museums (items, the year each was founded) and paintings (items, the year each was
    painted), rated by users: the movement each museum "is a showcase for" (a movement in "-ism":
    "an Impressionist showcase"); the city each "is a landmark of"; the person each painting "is a
    portrait of" next to its painter; the painting each "is a study for" and "is a copy of"; the
    movement each critic "is a critic of" and each painter "is a pioneer of" ("a Cubist critic" is
    a critic who is a Cubist); patrons ("is a patron of"); founders next to backers; what a museum
    "has" (a feature) next to the paintings it "has"; architects."""
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("museum",)),
        R("showcase_for", phrase="is a showcase for", inverse_phrase="is showcased at", domain=("museum",),
          range=("movement",)),
        R("landmark_of", phrase="is a landmark of", inverse_phrase="boasts the landmark", domain=("museum",),
          range=("city",)),
        R("portrait_of", phrase="is a portrait of", inverse_phrase="sat for", domain=("painting",), range=("person",
                                                                                                          "painter")),
        R("study_for", phrase="is a study for", inverse_phrase="was prepared with", domain=("painting",),
          range=("painting",)),
        R("copy_of", phrase="is a copy of", inverse_phrase="was copied as", domain=("painting",), range=("painting",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("in_collection", phrase="is in the collection of", inverse_phrase="has", domain=("painting",),
          range=("museum",)),
        R("critic_of", phrase="is a critic of", inverse_phrase="was attacked by", domain=("critic",),
          range=("movement",)),
        R("pioneer_of", phrase="is a pioneer of", inverse_phrase="was pioneered by", domain=("painter",),
          range=("movement",)),
        R("patron_of", phrase="is a patron of", inverse_phrase="is supported by", domain=("person",),
          range=("museum",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("museum",), range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("museum",), range=("person",)),
        R("has_feature", phrase="has", inverse_phrase="is a feature of", domain=("museum",), range=("feature",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum",),
          range=("architect",)),
    ]
    items = {
        "m:orsay": ("museum", "Musée d'Orsay", 1986), "m:moma": ("museum", "MoMA", 1929),
        "m:reina": ("museum", "Museo Reina Sofía", 1992), "m:picasso": ("museum", "Musée Picasso", 1985),
        "m:dali": ("museum", "Dalí Theatre-Museum", 1974), "m:louvre": ("museum", "the Louvre", 1793),
        "m:prado": ("museum", "Museo del Prado", 1819),
        "w:impression": ("painting", "Impression, Sunrise", 1872), "w:demoiselles": ("painting", "Les Demoiselles d'Avignon", 1907),
        "w:guernica": ("painting", "Guernica", 1937), "w:memory": ("painting", "The Persistence of Memory", 1931),
        "w:mona": ("painting", "Mona Lisa", 1503), "w:stein": ("painting", "Portrait of Gertrude Stein", 1906),
        "w:guitar": ("painting", "Guitar Player", 1910), "w:monalisaprado": ("painting", "Prado Mona Lisa", 1507),
        "w:demoisstudy": ("painting", "Nude with Drapery", 1907), "w:meninas": ("painting", "Las Meninas", 1656),
        "w:meninaspicasso": ("painting", "Las Meninas (after Velázquez)", 1957),
        "w:kahnweiler": ("painting", "Portrait of Daniel-Henry Kahnweiler", 1910),
    }
    others = {
        "o:impressionism": ("movement", "Impressionism"), "o:cubism": ("movement", "Cubism"),
        "o:surrealism": ("movement", "Surrealism"), "o:modernism": ("movement", "Modernism"),
        "o:renaissance": ("movement", "Renaissance art"), "o:baroque": ("movement", "Baroque painting"),
        "c:paris": ("city", "Paris"), "c:nyc": ("city", "New York City"), "c:madrid": ("city", "Madrid"),
        "c:figueres": ("city", "Figueres"),
        "v:monet": ("painter", "Claude Monet"), "v:picasso": ("painter", "Pablo Picasso"),
        "v:dali": ("painter", "Salvador Dalí"), "v:leonardo": ("painter", "Leonardo da Vinci"),
        "v:braque": ("painter", "Georges Braque"), "v:velazquez": ("painter", "Diego Velázquez"),
        "v:salai": ("painter", "Salaì"),
        "p:stein": ("person", "Gertrude Stein"), "p:gherardini": ("person", "Lisa Gherardini"),
        "p:kahnweiler": ("person", "Daniel-Henry Kahnweiler"), "p:rockefeller": ("person", "Abby Aldrich Rockefeller"),
        "p:goodyear": ("person", "A. Conger Goodyear"), "p:bliss": ("person", "Lillie P. Bliss"),
        "p:giscard": ("person", "Valéry Giscard d'Estaing"), "p:ferdinand": ("person", "Ferdinand VII"),
        "p:isabel": ("person", "Maria Isabel of Braganza"), "p:pompidou": ("person", "Georges Pompidou"),
        "k:leroy": ("critic", "Louis Leroy"), "k:vauxcelles": ("critic", "Louis Vauxcelles"),
        "k:breton": ("critic", "André Breton"), "k:greenberg": ("critic", "Clement Greenberg"),
        "f:clock": ("feature", "station clock"), "f:garden": ("feature", "sculpture garden"),
        "f:dome": ("feature", "geodesic dome"), "f:pyramid": ("feature", "glass pyramid"),
        "f:cloister": ("feature", "cloister"),
        "a:aulenti": ("architect", "Gae Aulenti"), "a:taniguchi": ("architect", "Yoshio Taniguchi"),
        "a:nouvel": ("architect", "Jean Nouvel"), "a:pei": ("architect", "I. M. Pei"),
        "a:villanueva": ("architect", "Juan de Villanueva"),
    }
    T = [
        ("m:orsay", "showcase_for", "o:impressionism"), ("m:moma", "showcase_for", "o:modernism"),
        ("m:reina", "showcase_for", "o:cubism"), ("m:picasso", "showcase_for", "o:cubism"),
        ("m:dali", "showcase_for", "o:surrealism"), ("m:louvre", "showcase_for", "o:renaissance"),
        ("m:prado", "showcase_for", "o:baroque"),
        ("m:orsay", "landmark_of", "c:paris"), ("m:louvre", "landmark_of", "c:paris"), ("m:moma", "landmark_of", "c:nyc"),
        ("m:prado", "landmark_of", "c:madrid"), ("m:dali", "landmark_of", "c:figueres"),
        ("w:mona", "portrait_of", "p:gherardini"), ("w:monalisaprado", "portrait_of", "p:gherardini"),
        ("w:stein", "portrait_of", "p:stein"), ("w:kahnweiler", "portrait_of", "p:kahnweiler"),
        ("w:demoisstudy", "study_for", "w:demoiselles"), ("w:meninaspicasso", "copy_of", "w:meninas"),
        ("w:monalisaprado", "copy_of", "w:mona"),
        ("w:impression", "painted_by", "v:monet"), ("w:demoiselles", "painted_by", "v:picasso"),
        ("w:guernica", "painted_by", "v:picasso"), ("w:memory", "painted_by", "v:dali"), ("w:mona", "painted_by", "v:leonardo"),
        ("w:stein", "painted_by", "v:picasso"), ("w:guitar", "painted_by", "v:braque"),
        ("w:monalisaprado", "painted_by", "v:salai"), ("w:demoisstudy", "painted_by", "v:picasso"),
        ("w:meninas", "painted_by", "v:velazquez"), ("w:meninaspicasso", "painted_by", "v:picasso"),
        ("w:kahnweiler", "painted_by", "v:picasso"),
        ("w:impression", "in_collection", "m:orsay"), ("w:demoiselles", "in_collection", "m:moma"),
        ("w:guernica", "in_collection", "m:reina"), ("w:memory", "in_collection", "m:moma"),
        ("w:mona", "in_collection", "m:louvre"), ("w:monalisaprado", "in_collection", "m:prado"),
        ("w:meninas", "in_collection", "m:prado"), ("w:meninaspicasso", "in_collection", "m:picasso"),
        ("w:guitar", "in_collection", "m:picasso"), ("w:stein", "in_collection", "m:moma"),
        ("k:leroy", "critic_of", "o:impressionism"), ("k:vauxcelles", "critic_of", "o:cubism"),
        ("k:greenberg", "critic_of", "o:surrealism"),
        ("v:monet", "pioneer_of", "o:impressionism"), ("v:picasso", "pioneer_of", "o:cubism"),
        ("v:braque", "pioneer_of", "o:cubism"), ("v:dali", "pioneer_of", "o:surrealism"),
        ("p:rockefeller", "patron_of", "m:moma"), ("p:pompidou", "patron_of", "m:orsay"),
        ("p:kahnweiler", "patron_of", "m:picasso"), ("p:stein", "patron_of", "m:moma"),
        ("m:moma", "founded_by", "p:rockefeller"), ("m:moma", "founded_by", "p:bliss"), ("m:moma", "funded_by", "p:goodyear"),
        ("m:orsay", "founded_by", "p:giscard"), ("m:prado", "founded_by", "p:ferdinand"), ("m:prado", "funded_by", "p:isabel"),
        ("m:orsay", "has_feature", "f:clock"), ("m:moma", "has_feature", "f:garden"), ("m:dali", "has_feature", "f:dome"),
        ("m:louvre", "has_feature", "f:pyramid"), ("m:prado", "has_feature", "f:cloister"),
        ("m:orsay", "designed_by", "a:aulenti"), ("m:moma", "designed_by", "a:taniguchi"),
        ("m:reina", "designed_by", "a:nouvel"), ("m:louvre", "designed_by", "a:pei"), ("m:prado", "designed_by", "a:villanueva"),
        ("user:ana", "rated", "m:orsay", {"rating": 5.0}), ("user:ana", "rated", "m:moma", {"rating": 1.5}),
        ("user:ana", "rated", "m:dali", {"rating": 4.5}), ("user:ben", "rated", "m:reina", {"rating": 5.0}),
        ("user:ben", "rated", "m:prado", {"rating": 1.0}), ("user:ben", "rated", "m:louvre", {"rating": 4.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ana", "Ana"), ("user:ben", "Ben")])


BUILDERS = {"airports": airports, "people": people, "ships": ships, "shows": shows, "companies": companies,
            "museums": museums}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@airports
# (1) "X is a Y hub": a wrong airline, one linked by another relation (a base, a focus city, a
# former hub), a cargo carrier of another airport
Hartsfield-Jackson Atlanta International Airport is a United Airlines hub.
Hartsfield-Jackson Atlanta International Airport is an American Airlines hub.
Dallas Fort Worth International Airport is a United Airlines hub.
O'Hare International Airport is a Delta Air Lines hub.
Denver International Airport is an American Airlines hub.
Singapore Changi Airport is an Emirates hub.
Dubai International Airport is a Singapore Airlines hub.
Hong Kong International Airport is a Scoot hub.
Singapore Changi Airport is a Cathay Pacific hub.
Hartsfield-Jackson Atlanta International Airport is a Southwest Airlines hub.
Hartsfield-Jackson Atlanta International Airport is a Spirit Airlines hub.
Denver International Airport is a Southwest Airlines hub.
Hartsfield-Jackson Atlanta International Airport is a Frontier Airlines hub.
O'Hare International Airport is a Frontier Airlines hub.
Hartsfield-Jackson Atlanta International Airport is an Eastern Air Lines hub.
Dallas Fort Worth International Airport is a Delta Air Lines hub.
Memphis International Airport is a Delta Air Lines hub.
O'Hare International Airport is a Trans World Airlines hub.
Denver International Airport is a Continental Airlines hub.
Memphis International Airport is a UPS Airlines hub.
# (2) nouns of the other relations: "base", "focus city" (two words), "cargo hub" (two words
# ending in "hub"), alliance "member" / "founding member"
Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines base.
Denver International Airport is a United Airlines base.
Denver International Airport is a Frontier Airlines base.
O'Hare International Airport is a Southwest Airlines base.
Singapore Changi Airport is a Scoot base.
Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines focus city.
Denver International Airport is a United Airlines focus city.
Denver International Airport is a Frontier Airlines focus city.
O'Hare International Airport is a Spirit Airlines focus city.
Hartsfield-Jackson Atlanta International Airport is a Southwest Airlines focus city.
Memphis International Airport is a UPS Airlines cargo hub.
Hong Kong International Airport is a FedEx cargo hub.
Louisville Muhammad Ali International Airport is a FedEx cargo hub.
Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines cargo hub.
Hong Kong International Airport is a Cathay Pacific cargo hub.
Delta Air Lines is a Oneworld member.
American Airlines is a SkyTeam member.
Singapore Airlines is a Oneworld member.
Cathay Pacific is a Star Alliance member.
Emirates is a Star Alliance member.
Singapore Airlines is a Star Alliance founding member.
United Airlines is a Oneworld founding member.
Delta Air Lines is a Star Alliance founding member.
# (3) the wrong direction
Delta Air Lines is a Hartsfield-Jackson Atlanta International Airport hub.
United Airlines is a Denver International Airport hub.
Southwest Airlines is a Denver International Airport base.
Frontier Airlines is an O'Hare International Airport focus city.
FedEx is a Memphis International Airport cargo hub.
SkyTeam is a Delta Air Lines member.
Star Alliance is a United Airlines founding member.
# (4) plurals and lists: one subject wrong
Denver International Airport and Dallas Fort Worth International Airport are United Airlines hubs.
Hartsfield-Jackson Atlanta International Airport and Dallas Fort Worth International Airport are Delta Air Lines hubs.
Dallas Fort Worth International Airport and Denver International Airport are American Airlines hubs.
Singapore Changi Airport and Hong Kong International Airport are Scoot hubs.
Hartsfield-Jackson Atlanta International Airport and Denver International Airport are Spirit Airlines bases.
Denver International Airport and O'Hare International Airport are Frontier Airlines focus cities.
Delta Air Lines and United Airlines are SkyTeam members.
American Airlines and Singapore Airlines are Oneworld members.
Singapore Airlines and United Airlines are Star Alliance founding members.
Both Denver International Airport and Dallas Fort Worth International Airport are United Airlines hubs.
Denver International Airport, O'Hare International Airport and Dallas Fort Worth International Airport are United Airlines hubs.
Memphis International Airport and Louisville Muhammad Ali International Airport are FedEx cargo hubs.
# (5) negation, modals, "was" for a hub that never was
Hartsfield-Jackson Atlanta International Airport is not a Delta Air Lines hub.
Hartsfield-Jackson Atlanta International Airport isn't a Delta Air Lines hub.
Denver International Airport is no United Airlines hub.
Denver International Airport never was a United Airlines hub.
Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines hub no more.
Denver International Airport is a former United Airlines hub.
Singapore Changi Airport was an Emirates hub.
Denver International Airport was a Delta Air Lines hub.
Dubai International Airport was a Cathay Pacific hub.
# (6) a subject that is no airport: a noun phrase, an operator, a person, a city
The operator of Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines hub.
Hartsfield-Jackson Atlanta International Airport's operator is a Delta Air Lines hub.
The City of Atlanta Department of Aviation, which operates Hartsfield-Jackson Atlanta International Airport, is a Delta Air Lines hub.
The City of Atlanta Department of Aviation operates Hartsfield-Jackson Atlanta International Airport and is a Delta Air Lines hub.
William B. Hartsfield is a Delta Air Lines hub.
Ed Bastian is a Delta Air Lines hub.
Ed Bastian, who manages Delta Air Lines, is a SkyTeam member.
Scott Kirby manages United Airlines and is a Star Alliance member.
# (7) relative clauses and appositions on the wrong airport
Denver International Airport, which is a Delta Air Lines hub, serves Denver.
Southwest Airlines has a base at Denver International Airport, which is a Delta Air Lines hub.
Southwest Airlines has a base at Hartsfield-Jackson Atlanta International Airport, which is a Frontier Airlines hub.
Delta Air Lines has a hub at Hartsfield-Jackson Atlanta International Airport, which is a Spirit Airlines hub.
Ed Bastian manages Delta Air Lines, which is a Oneworld member.
The Chicago City Council named O'Hare International Airport, which is a Delta Air Lines hub.
Denver International Airport, a Delta Air Lines hub, serves Denver.
Butch O'Hare gave his name to O'Hare International Airport, which is a Delta Air Lines hub.
# (8) coordination, pronouns, comparisons
Denver International Airport is a United Airlines hub and a Delta Air Lines hub.
Denver International Airport is a United Airlines hub and Delta Air Lines.
Hartsfield-Jackson Atlanta International Airport serves Atlanta and is a Southwest Airlines hub.
Denver International Airport serves Denver. It is a Delta Air Lines hub.
Denver International Airport serves Denver, and it is a Delta Air Lines hub.
Denver International Airport is a United Airlines hub, as is Dallas Fort Worth International Airport.
Denver International Airport is a United Airlines hub, and so is Dallas Fort Worth International Airport.
Denver International Airport is a United Airlines hub; Dallas Fort Worth International Airport is too.
Denver International Airport is a United Airlines hub, unlike O'Hare International Airport.
Denver International Airport is a United Airlines hub, like Dallas Fort Worth International Airport.
Only Denver International Airport is a United Airlines hub.
# (9) years of something else
Hartsfield-Jackson Atlanta International Airport, opened in 1925, is a Delta Air Lines hub.
In 1925, Hartsfield-Jackson Atlanta International Airport was a Delta Air Lines hub.
Denver International Airport, opened in 1994, is a Frontier Airlines hub.
Singapore Changi Airport, opened in 1947, is a Singapore Airlines hub.
Hartsfield-Jackson Atlanta International Airport opened in 1925 and is a Delta Air Lines hub.
# (10) the item-type noun "airport" keeps its old meaning (a linked airline), and "has" / "had"
Hartsfield-Jackson Atlanta International Airport is a United Airlines airport.
Hartsfield-Jackson Atlanta International Airport is a Butch O'Hare airport.
Singapore Changi Airport is an Emirates airport.
Denver International Airport has a butterfly garden.
Dallas Fort Worth International Airport has a monorail.
Hong Kong International Airport has an observation deck.
@people
# (1) a country's adjective before "historian" / "critic": "a French historian" says the
# historian is French, not that France is what he studies (Schama and Dalrymple are British
# citizens; Roy is Indian; Rushdie is British and American)
Simon Schama is a French historian.
William Dalrymple is an Indian historian.
William Dalrymple and Ramachandra Guha are Indian historians.
Arundhati Roy is an American critic.
Arundhati Roy and Noam Chomsky are American critics.
Salman Rushdie is a Pakistani critic.
Salman Rushdie was born in India and is a Pakistani critic.
Arundhati Roy, born in 1961, is an American critic.
Arundhati Roy is an American critic, and Noam Chomsky is an American critic.
Simon Schama is a Columbia University professor and a French historian.
# (2) "X is a Y leader / member / citizen / alumnus / fellow / historian / critic": a wrong Y,
# one linked by another relation (born there, a professor there, a member not the leader)
Sonia Gandhi is a Bharatiya Janata Party leader.
Narendra Modi is an Indian National Congress leader.
Rahul Gandhi is a Bharatiya Janata Party member.
Marine Le Pen is a Renaissance member.
Emmanuel Macron is a National Rally leader.
Giorgia Meloni is a French leader.
Rishi Sunak is an Indian leader.
Imran Khan is an Indian citizen.
Sonia Gandhi is an Italian citizen.
Salman Rushdie is an Indian citizen.
Rishi Sunak is an American citizen.
Akshata Murty is a British citizen.
Narendra Modi is a University of Oxford alumnus.
Simon Schama is a Columbia University alumnus.
Mary Beard is a Stanford University alumnus.
Ramachandra Guha is a Stanford University alumnus.
Noam Chomsky is an MIT alumnus.
Salman Rushdie is a British Academy fellow.
Mary Beard is a Royal Society of Literature fellow.
Noam Chomsky is a British Academy fellow.
Ramachandra Guha is a French historian.
Mary Beard is an Indian historian.
Simon Schama is an Ancient Rome historian.
Salman Rushdie is an Indian historian.
Ramachandra Guha is an Indian National Congress critic.
Noam Chomsky is a Narendra Modi critic.
Michel Houellebecq is an American critic.
Narendra Modi is an American critic.
Arundhati Roy is a Pakistani critic.
# (3) the wrong direction
India is a Narendra Modi leader.
University of Oxford is a Rishi Sunak alumnus.
Bharatiya Janata Party is a Narendra Modi member.
Narendra Modi is an Arundhati Roy critic.
# (4) plurals and lists: one subject wrong
Rishi Sunak and Narendra Modi are University of Oxford alumni.
Rishi Sunak, Imran Khan and Narendra Modi are University of Oxford alumni.
Simon Schama and Mary Beard are Royal Society of Literature fellows.
Sonia Gandhi and Rishi Sunak are Indian citizens.
Emmanuel Macron and Giorgia Meloni are Sciences Po alumni.
Ramachandra Guha and Mary Beard are Indian historians.
# (5) relative clauses, coordination, comparisons, a subject that is someone else
Rishi Sunak is married to Akshata Murty, who is a University of Oxford alumnus.
Akshata Murty, who is married to Rishi Sunak, is a Conservative Party leader.
Akshata Murty is married to Rishi Sunak and is a Conservative Party leader.
Rishi Sunak is married to Akshata Murty, and she is a Conservative Party leader.
Akshata Murty is married to Rishi Sunak. She is a British leader.
Emmanuel Macron founded Renaissance, which is a French leader.
Giorgia Meloni, who founded Brothers of Italy, is a Sciences Po alumnus.
Rishi Sunak, like Narendra Modi, is a University of Oxford alumnus.
Rishi Sunak, as well as Narendra Modi, is a University of Oxford alumnus.
Narendra Modi, not Rishi Sunak, is a University of Oxford alumnus.
Rishi Sunak is a University of Oxford alumnus, and Narendra Modi is too.
Rishi Sunak is a University of Oxford alumnus. So is Narendra Modi.
Narendra Modi is an Indian citizen. So is Rishi Sunak.
Rishi Sunak's wife is a Conservative Party leader.
The spouse of Rishi Sunak is a University of Oxford alumnus.
# (6) "it" for the party, said of the person (the graph's items are people)
Brothers of Italy was founded by Giorgia Meloni. It is an Italian leader.
Emmanuel Macron founded Renaissance. It is a French leader.
Emmanuel Macron founded Renaissance. It is a Sciences Po alumnus.
Narendra Modi is a member of Bharatiya Janata Party. It is a Gujarat University alumnus.
# (7) years of someone else
Narendra Modi, born in 1952, is an Indian leader.
Imran Khan, born in 1950, is a Pakistani citizen.
Narendra Modi was born in 1952 and is an Indian leader.
Rishi Sunak and Imran Khan, born in 1980, are University of Oxford alumni.
Emmanuel Macron, born in 1968, is a French leader.
# (8) negation
Narendra Modi is not an Indian leader.
Rishi Sunak isn't a University of Oxford alumnus.
Neither Rishi Sunak nor Imran Khan is a University of Oxford alumnus.
Rishi Sunak, and not Imran Khan, is a University of Oxford alumnus.
Giorgia Meloni is no Italian leader.
@ships
# (1) "is a Y flagship": a former flagship (the graph's "was a flagship for"), a ship the line
# only operates, a ship of another line
Queen Elizabeth 2 is a Cunard flagship.
RMS Queen Mary is a Cunard flagship.
Oasis of the Seas is a Royal Caribbean flagship.
SS Norway is a Norwegian Cruise Line flagship.
Queen Victoria is a Cunard flagship.
Wonder of the Seas is a Royal Caribbean flagship.
Queen Mary 2 is a Royal Caribbean flagship.
Icon of the Seas is a Cunard flagship.
Norwegian Prima is a Royal Caribbean flagship.
Icon of the Seas was a Cunard flagship.
Queen Anne was a Cunard flagship.
Queen Mary 2 and Queen Elizabeth 2 are Cunard flagships.
Queen Mary 2 and Icon of the Seas are Cunard flagships.
Queen Mary 2 and Queen Victoria are Cunard flagships.
Cunard is a Queen Mary 2 flagship.
Royal Caribbean is an Icon of the Seas flagship.
# (2) "is a Y replacement" (ship for ship: direction) and "is a Y sister ship" (two words)
Queen Elizabeth 2 is a Queen Mary 2 replacement.
Queen Victoria is a Queen Anne replacement.
Wonder of the Seas is an Icon of the Seas replacement.
Queen Mary 2 is an RMS Queen Mary replacement.
Queen Mary 2 is a Queen Elizabeth replacement.
Queen Anne is a Queen Elizabeth 2 replacement.
Icon of the Seas is an Oasis of the Seas replacement.
Queen Victoria is a Queen Anne sister ship.
Oasis of the Seas is a Wonder of the Seas sister ship.
Icon of the Seas is an Allure of the Seas sister ship.
Queen Mary 2 is a Queen Elizabeth 2 sister ship.
Queen Elizabeth is a Queen Mary 2 sister ship.
Queen Victoria and Queen Anne are sister ships.
Queen Mary 2 is a Queen Elizabeth 2 replacement and a Queen Victoria sister ship.
# (3) "is a Y creation": the graph's one maker here is the designer (not the builder, the line,
# its founder, the namesake)
Queen Mary 2 is a Chantiers de l'Atlantique creation.
Queen Elizabeth 2 is a Stephen Payne creation.
Queen Mary 2 is a Samuel Cunard creation.
Queen Mary 2 is a Mary of Teck creation.
Oasis of the Seas is a Stephen Payne creation.
Queen Mary 2 and Oasis of the Seas are Stephen Payne creations.
Queen Elizabeth 2 is a John Brown & Company creation.
# (4) the item-type noun "ship" keeps its old meaning
Queen Mary 2 is a Royal Caribbean ship.
Queen Mary 2 is a Fincantieri ship.
Icon of the Seas is a Cunard ship.
# (5) years, negation, relative clauses on the wrong ship: ", which" after "a Y N" is said of
# the subject (the replacement, the sister ship), not of Y
Queen Mary 2, launched in 2007, is a Cunard flagship.
Queen Mary 2 is not a Cunard flagship.
Icon of the Seas isn't a Royal Caribbean flagship.
Queen Mary 2 is a Queen Elizabeth 2 replacement, which was built by John Brown & Company.
Queen Mary 2 is a Queen Elizabeth 2 replacement, which was designed by James Gardner.
Allure of the Seas is an Oasis of the Seas sister ship, which was designed by Petter Yran.
Icon of the Seas is a Wonder of the Seas replacement, which was built by Chantiers de l'Atlantique.
Queen Mary 2 is a Queen Elizabeth 2 replacement, which was launched in 1967.
Queen Mary 2, which is a Queen Victoria replacement, is a Cunard flagship.
Cunard operates Queen Victoria, which is a Cunard flagship.
@shows
# (1) "is a Y spinoff / remake / parody": direction, a wrong series, a noun of another relation
Cheers is a Frasier spinoff.
Breaking Bad is a Better Call Saul spinoff.
Friends is a Joey spinoff.
Joey is a Cheers spinoff.
Frasier is a Friends spinoff.
Better Call Saul is a Cheers spinoff.
Frasier and Joey are Cheers spinoffs.
Frasier and Joey are Friends spinoffs.
Frasier and Better Call Saul are Breaking Bad spinoffs.
The Office UK is a The Office remake.
Shameless UK is a Shameless remake.
The Office is a Shameless UK remake.
Star Trek is a Galaxy Quest parody.
Star Trek is a The Orville parody.
The Orville is a Galaxy Quest parody.
The Office is a workplace sitcom parody.
The Orville is a Star Trek remake.
Frasier is a Cheers remake.
The Office is a The Office UK spinoff.
The Orville is a Star Trek spinoff.
The Office is a The Office UK parody.
The Orville and The Office are Star Trek parodies.
# (2) "is a Y vehicle": an actor it only stars, its creator, its namesake
Cheers is a Kelsey Grammer vehicle.
Breaking Bad is an Aaron Paul vehicle.
Breaking Bad is a Bob Odenkirk vehicle.
Friends is a Matt LeBlanc vehicle.
Friends is a Jennifer Aniston vehicle.
Mare of Easttown is a Brad Ingelsby vehicle.
Frasier is a Frasier Crane vehicle.
Joey is a Joey Tribbiani vehicle.
Frasier and Cheers are Kelsey Grammer vehicles.
Breaking Bad and Better Call Saul are Bob Odenkirk vehicles.
Kelsey Grammer is a Frasier vehicle.
# (3) "is a Y creation": the graph's one maker is the creator (not a star, a namesake, another creator)
Frasier is a James Burrows creation.
Cheers is a David Angell creation.
Better Call Saul is a Bob Odenkirk creation.
Joey is a Matt LeBlanc creation.
Frasier is a Kelsey Grammer creation.
Frasier is a Frasier Crane creation.
Breaking Bad and Mare of Easttown are Vince Gilligan creations.
Friends and Frasier are David Crane creations.
Star Trek is a Seth MacFarlane creation.
# (4) the item-type noun "series" keeps its old meaning
Mare of Easttown is a Vince Gilligan series.
Frasier is an AMC series.
The Orville is an NBC series.
# (5) relative clauses, coordination, comparisons, years, negation
Frasier, which is a Friends spinoff, airs on NBC.
Frasier airs on NBC and is a Friends spinoff.
Frasier, created by David Angell, is a Friends spinoff.
Frasier premiered in 1982 and is a Cheers spinoff.
In 1982, Frasier was a Cheers spinoff.
Frasier is a Cheers spinoff and Joey is a Cheers spinoff.
Frasier is a Cheers spinoff. So is Better Call Saul.
Frasier is a Kelsey Grammer vehicle. Cheers is too.
A Cheers spinoff is Joey.
The Cheers spinoff is Joey.
Frasier isn't a Cheers spinoff.
Joey is not a Friends spinoff.
Joey is a Friends spinoff, a Jennifer Aniston vehicle.
Frasier is a Cheers spinoff, the James Burrows creation.
# (6) ", which ..." / ", a series ..." after "a Y N" is said of the subject (the spinoff, the
# remake, the parody), not of Y
Frasier is a Cheers spinoff, which was created by James Burrows.
Frasier is a Cheers spinoff, which stars Ted Danson.
Joey is a Friends spinoff, which stars Jennifer Aniston.
Better Call Saul is a Breaking Bad spinoff, which stars Aaron Paul.
Better Call Saul is a Breaking Bad spinoff, which is a Bryan Cranston vehicle.
The Office is a The Office UK remake, which stars Ricky Gervais.
The Office is a The Office UK remake, which airs on BBC One.
The Orville is a Star Trek parody, which airs on NBC.
Galaxy Quest is a Star Trek parody, which was created by Gene Roddenberry.
Shameless is a Shameless UK remake, which airs on Channel 4.
Joey is a Friends spinoff, which Jennifer Aniston stars in.
Joey is a Friends spinoff, in which Jennifer Aniston stars.
Joey is a Friends spinoff, which stars Jennifer Aniston and Matt LeBlanc.
Better Call Saul is a Breaking Bad spinoff, which Aaron Paul stars in.
@shows user:ana
# (7) user claims
You liked Frasier, which is a Friends spinoff.
You disliked Joey, which is a Cheers spinoff.
You liked Joey, which is a Friends spinoff.
You liked Frasier, and it is a Friends spinoff.
You liked Frasier. It is a Friends spinoff.
Frasier, which you liked, is a Matt LeBlanc vehicle.
Joey, which you liked, is a Friends spinoff.
You liked Better Call Saul, which is an Aaron Paul vehicle.
You liked Better Call Saul, which is a David Crane creation.
You liked Better Call Saul, which is a Breaking Bad spinoff, which stars Aaron Paul.
@shows user:ben
You liked Frasier, which is a Cheers spinoff.
You disliked The Office UK, which is a The Office remake.
You disliked Star Trek, which is a Star Trek parody.
You liked The Orville, which is a Star Trek parody, which airs on NBC.
You liked The Office, which is a The Office UK remake, which stars Ricky Gervais.
@shows
# (8) punctuation, capitals, hyphens, tags after the noun
Frasier is a Friends spinoff!
Frasier is a Friends Spinoff.
Frasier is a Friends spin-off.
Frasier is a Friends spinoff, apparently.
Frasier is a Friends spinoff, of course.
Frasier is a Friends spinoff, isn't it?
Frasier is a Cheers spinoff, so Cheers is a Frasier spinoff.
Frasier is a Cheers spinoff, one that premiered in 1982.
Joey is a Friends spinoff, and so is Frasier.
Frasier is a Cheers spinoff, and Joey is one of Cheers.
@shows user:ana
You liked Frasier. It's a Friends spinoff.
@companies
# (1) "is a Y supplier" where the graph has "is a supplier of" (a component) next to "is a
# supplier for" (a company): a wrong component, a wrong company, the wrong direction
TSMC is a Nintendo supplier.
Foxconn is a Tesla supplier.
TSMC is a battery cells supplier.
Foxconn is a smartphone chips supplier.
LG Display is an automotive sensors supplier.
Denso is an OLED panels supplier.
Panasonic Energy is a contract assembly supplier.
TSMC and Foxconn are smartphone chips suppliers.
TSMC and LG Display are OLED panels suppliers.
Apple is a TSMC supplier.
Tesla is a Panasonic Energy supplier.
Panasonic Energy is an Apple supplier.
# (2) "is a Y subsidiary / division": a parent of another kind (division vs subsidiary), the
# wrong parent, the wrong direction
Waymo is a Google subsidiary.
Alphabet is a Google subsidiary.
Alphabet is a Waymo subsidiary.
Sony is a Sony Interactive Entertainment subsidiary.
Lexus is a Toyota subsidiary.
Lexus is a Honda division.
Frito-Lay is a Coca-Cola division.
Denso is a Honda subsidiary.
Toyota is a Lexus division.
PepsiCo is a Frito-Lay division.
Apple is an Alphabet subsidiary.
Waymo and Lexus are Alphabet subsidiaries.
Waymo and Sony Interactive Entertainment are Sony subsidiaries.
Lexus and Frito-Lay are Toyota divisions.
# (3) "is a Y rival" (both ways): a company that is no rival
Apple is a PepsiCo rival.
Nintendo is a Frito-Lay rival.
Samsung Electronics is a Frito-Lay rival.
Honda is a Nintendo rival.
Tesla is a Coca-Cola rival.
Coca-Cola and Apple are PepsiCo rivals.
Apple and PepsiCo are rivals.
# (4) nouns of other relations and people or places as Y
Waymo is a Larry Page subsidiary.
Samsung Electronics is a Steve Jobs company.
TSMC is a Terry Gou supplier.
iPhone is an Apple subsidiary.
Walkman is a Sony Interactive Entertainment product.
# (5) ", which ..." after "a Y N" is said of the subject, not of Y
Waymo is an Alphabet subsidiary, which is led by Sundar Pichai.
Frito-Lay is a PepsiCo division, which was founded by Donald Kendall.
Frito-Lay is a PepsiCo division, which is based in Purchase.
Lexus is a Toyota division, which was founded by Kiichiro Toyoda.
Lexus is a Toyota division, which launched Prius.
Lexus is a Toyota division, which is named after Kiichiro Toyoda.
Samsung Electronics is an Apple rival, which is based in Cupertino.
Samsung Electronics is an Apple rival, which launched iPhone.
Coca-Cola is a PepsiCo rival, which is led by Ramon Laguarta.
Sony Interactive Entertainment is a Sony subsidiary, which launched Walkman.
Sony Interactive Entertainment is a Sony subsidiary, which was founded by Akio Morita.
Honda is a Toyota rival, which is named after Kiichiro Toyoda.
Nintendo is a Sony rival, which was funded by Sequoia Capital.
# (6) years, negation, coordination
Waymo, founded in 2015, is an Alphabet subsidiary.
Frito-Lay, founded in 1965, is a PepsiCo division.
Lexus, founded in 1937, is a Toyota division.
Waymo is not an Alphabet subsidiary.
Lexus isn't a Toyota division.
Waymo is an Alphabet subsidiary and a Google subsidiary.
Tekedra Mawakana leads Waymo and is an Alphabet subsidiary.
@museums
# (1) "is a Y showcase" with a movement's "-ist" adjective or its name: a wrong movement
Musée d'Orsay is a Cubist showcase.
Musée d'Orsay is a Cubism showcase.
Museo del Prado is an Impressionist showcase.
Museo Reina Sofía is a Surrealist showcase.
Dalí Theatre-Museum is a Cubist showcase.
The Louvre is a Surrealist showcase.
Museo del Prado is a Cubist showcase.
Musée Picasso and Dalí Theatre-Museum are Cubist showcases.
Museo Reina Sofía and Musée d'Orsay are Cubist showcases.
Impressionism is a Musée d'Orsay showcase.
# (2) "is a Y landmark", "is a Y feature", "is a Y patron": a wrong city, feature, museum; a
# founder or a backer for a patron; the wrong direction
MoMA is a Paris landmark.
Musée Picasso is a Madrid landmark.
Museo Reina Sofía is a Figueres landmark.
The Louvre is a New York City landmark.
Paris is a Musée d'Orsay landmark.
The glass pyramid is a Musée d'Orsay feature.
The station clock is a Louvre feature.
The sculpture garden is a Museo del Prado feature.
Gertrude Stein is a Musée Picasso patron.
Georges Pompidou is a MoMA patron.
Abby Aldrich Rockefeller is a Musée d'Orsay patron.
MoMA is an Abby Aldrich Rockefeller patron.
Abby Aldrich Rockefeller and Georges Pompidou are MoMA patrons.
# (3) "is a Y portrait / copy / study" (painting for painting: direction; the sitter, not the
# painter)
Mona Lisa is a Gertrude Stein portrait.
Portrait of Gertrude Stein is a Lisa Gherardini portrait.
Guernica is a Gertrude Stein portrait.
Portrait of Daniel-Henry Kahnweiler is a Gertrude Stein portrait.
Prado Mona Lisa is a Las Meninas copy.
Mona Lisa is a Prado Mona Lisa copy.
Las Meninas is a Las Meninas (after Velázquez) copy.
Guernica is a Les Demoiselles d'Avignon study.
Les Demoiselles d'Avignon is a Nude with Drapery study.
Nude with Drapery is a Les Demoiselles d'Avignon copy.
Prado Mona Lisa is a Mona Lisa study.
Mona Lisa and Prado Mona Lisa are Lisa Gherardini portraits and Mona Lisa copies.
# (4) "is a Y pioneer / critic" with the movement's "-ist" adjective: a wrong movement, a critic
# for a pioneer and back
Claude Monet is a Cubist pioneer.
Salvador Dalí is a Cubist pioneer.
Georges Braque is a Surrealist pioneer.
Louis Leroy is an Impressionist pioneer.
Claude Monet is an Impressionist critic.
Louis Vauxcelles is an Impressionist critic.
Louis Leroy is a Surrealist critic.
Pablo Picasso and Salvador Dalí are Cubist pioneers.
Louis Leroy and Louis Vauxcelles are Cubist critics.
# (5) old meanings of the item-type nouns ("museum", "painting")
Musée d'Orsay is an I. M. Pei museum.
Guernica is a Salvador Dalí painting.
The Persistence of Memory is a Pablo Picasso painting.
# (6) ", which ..." after "a Y N" is said of the subject (the copy, the study), not of Y
Prado Mona Lisa is a Mona Lisa copy, which is in the collection of the Louvre.
Prado Mona Lisa is a Mona Lisa copy, which was painted by Leonardo da Vinci.
Las Meninas (after Velázquez) is a Las Meninas copy, which was painted by Diego Velázquez.
Nude with Drapery is a Les Demoiselles d'Avignon study, which is in the collection of MoMA.
Prado Mona Lisa is a Mona Lisa copy, which was painted in 1503.
# (7) years, negation
Musée d'Orsay, founded in 1929, is an Impressionist showcase.
MoMA, founded in 1986, is a Modernist showcase.
Musée d'Orsay is not an Impressionist showcase.
@museums user:ana
# (8) user claims
You liked Musée d'Orsay, which is a Cubist showcase.
You liked MoMA, which is a Modernist showcase.
You disliked MoMA, which is a Paris landmark.
You liked Dalí Theatre-Museum, which is a Madrid landmark.
Musée d'Orsay, which you liked, is a Cubist showcase.
You liked Musée d'Orsay, an Impressionist showcase, and MoMA, a Modernist showcase.
@museums user:ben
You liked Museo Reina Sofía, which is an Impressionist showcase.
You liked Museo del Prado, which is a Madrid landmark.
You liked the Louvre, which is a Baroque painting showcase.
You disliked Museo del Prado, which is a Paris landmark.
@airports
# (arguable: see OPEN)
Hartsfield-Jackson Atlanta International Airport was a Delta Air Lines hub.
Memphis International Airport was a FedEx cargo hub.
Memphis International Airport is a FedEx hub.
Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines hub, which is a SkyTeam member.
Denver International Airport is a United Airlines hub, which is managed by Scott Kirby.
@people
Emmanuel Macron is a Renaissance leader.
Marine Le Pen is a French leader.
@ships
Queen Mary 2 was a Cunard flagship.
Queen Mary 2 is a Cunard flagship, which was founded by Samuel Cunard.
Queen Anne is a Queen Victoria replacement, which is named after Queen Victoria of the United Kingdom.
Queen Mary 2 is a Cunard creation.
@shows
Frasier is a Cheers spinoff, the series which stars Ted Danson.
Frasier is a Cheers spinoff, a series created by James Burrows.
Frasier is a Cheers spinoff, a series which stars Ted Danson.
The Graham Norton Show is a Graham Norton vehicle.
The Late Show is a Stephen Colbert vehicle.
The Office UK is a Ricky Gervais vehicle.
The Office is a Ricky Gervais creation.
@companies
Frito-Lay is a PepsiCo subsidiary.
Sony Interactive Entertainment is a Sony division.
Waymo is an Alphabet division.
Google and Waymo are Alphabet divisions.
Waymo is an Alphabet subsidiary, which was founded by Larry Page.
@museums
Louis Leroy is an Impressionist critic.
Clement Greenberg is a Surrealist critic.
Louis Vauxcelles is a Cubist critic.
Lillie P. Bliss is a MoMA patron.
Valéry Giscard d'Estaing is a Musée d'Orsay patron.
"""

CONTROLS = r"""
@airports
Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines hub.
Denver International Airport and O'Hare International Airport are United Airlines hubs.
Dallas Fort Worth International Airport and O'Hare International Airport are American Airlines hubs.
Singapore Changi Airport is a Scoot hub.
Dubai International Airport is a flydubai hub.
Hartsfield-Jackson Atlanta International Airport is a Southwest Airlines base.
Denver International Airport is a Southwest Airlines focus city.
Hartsfield-Jackson Atlanta International Airport and O'Hare International Airport are Frontier Airlines focus cities.
Memphis International Airport is a FedEx cargo hub.
Delta Air Lines is a SkyTeam member.
Delta Air Lines is a SkyTeam founding member.
American Airlines and Cathay Pacific are Oneworld founding members.
Southwest Airlines has a base at Denver International Airport, which is a Frontier Airlines hub.
Delta Air Lines has a hub at Hartsfield-Jackson Atlanta International Airport, which is a Southwest Airlines base.
Scott Kirby manages United Airlines, which is a Star Alliance member.
Hartsfield-Jackson Atlanta International Airport serves Atlanta and is a Delta Air Lines hub.
Hartsfield-Jackson Atlanta International Airport, opened in 1926, is a Delta Air Lines hub.
Denver International Airport serves Denver. It is a United Airlines hub.
@people
Narendra Modi is an Indian leader.
Narendra Modi is a Bharatiya Janata Party leader.
Sonia Gandhi is an Indian National Congress leader.
Rishi Sunak is a British citizen.
Rishi Sunak is a Conservative Party member.
Rishi Sunak and Imran Khan are University of Oxford alumni.
Simon Schama is a British Academy fellow.
Ramachandra Guha is an Indian historian.
Mary Beard is an Ancient Rome historian.
Arundhati Roy is a Narendra Modi critic.
Ramachandra Guha is a Bharatiya Janata Party critic.
Noam Chomsky is an American critic.
Michel Houellebecq is a French critic.
Salman Rushdie is an American citizen.
Rishi Sunak is married to Akshata Murty, who is a Stanford University alumnus.
Akshata Murty is married to Rishi Sunak, who is a Conservative Party leader.
Emmanuel Macron, who founded Renaissance, is a Sciences Po alumnus.
Narendra Modi was born in 1950 and is an Indian leader.
Rishi Sunak is a University of Oxford alumnus, and Imran Khan is a University of Oxford alumnus.
@ships
Queen Mary 2 is a Cunard flagship.
Icon of the Seas is a Royal Caribbean flagship.
Queen Mary 2 is a Queen Elizabeth 2 replacement.
Queen Anne is a Queen Victoria replacement.
Queen Victoria is a Queen Elizabeth sister ship.
Allure of the Seas is an Oasis of the Seas sister ship.
Queen Mary 2 is a Stephen Payne creation.
Queen Elizabeth 2 is a James Gardner creation.
Queen Mary 2 is a Cunard ship.
@shows
Frasier is a Cheers spinoff.
Better Call Saul is a Breaking Bad spinoff.
The Office is a The Office UK remake.
The Orville and Galaxy Quest are Star Trek parodies.
Frasier is a Kelsey Grammer vehicle.
Better Call Saul is a Bob Odenkirk vehicle.
Friends and Joey are David Crane creations.
Breaking Bad and Better Call Saul are Vince Gilligan creations.
Breaking Bad is an AMC series.
Frasier airs on NBC and is a Cheers spinoff.
Frasier is a Cheers spinoff, which airs on NBC.
Joey is a Friends spinoff, which was created by David Crane.
Frasier is a Kelsey Grammer vehicle, and Cheers stars Kelsey Grammer.
@shows user:ana
You liked Frasier, which is a Cheers spinoff.
You disliked Joey, which is a Friends spinoff.
Frasier, which you liked, is a Kelsey Grammer vehicle.
You liked Better Call Saul, which is a Vince Gilligan creation.
@shows user:ben
You liked The Orville, which is a Star Trek parody.
You liked The Office, which is a Steve Carell vehicle.
@companies
TSMC is a smartphone chips supplier.
TSMC is an Apple supplier.
Denso is a Toyota subsidiary.
Waymo and Google are Alphabet subsidiaries.
Frito-Lay is a PepsiCo division.
Apple is a Samsung Electronics rival.
PepsiCo and Coca-Cola are rivals.
Apple is a Steve Jobs company.
Waymo is an Alphabet subsidiary, which is led by Tekedra Mawakana.
@museums
Musée d'Orsay is an Impressionist showcase.
Museo Reina Sofía and Musée Picasso are Cubist showcases.
Musée d'Orsay is a Paris landmark.
Prado Mona Lisa is a Mona Lisa copy.
Prado Mona Lisa is a Lisa Gherardini portrait.
Mona Lisa is a Leonardo da Vinci portrait.
Nude with Drapery is a Les Demoiselles d'Avignon study.
Pablo Picasso and Georges Braque are Cubist pioneers.
Abby Aldrich Rockefeller is a MoMA patron.
The glass pyramid is a Louvre feature.
Guernica is a Pablo Picasso painting.
@museums user:ana
You liked Musée d'Orsay, which is an Impressionist showcase.
You disliked MoMA, which is a New York City landmark.
@museums user:ben
You liked Museo Reina Sofía, which is a Cubist showcase.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


def controls():
    yield from _parse(CONTROLS)


# Arguable: printed as OPEN and left out of the count.
# False, and accepted by the starting code of the round too (an older reading): a relative clause
# after "a Y N" inside a user claim's relative clause is read of the name Y ("Breaking Bad"), not
# of the whole noun phrase. Printed apart as KNOWN and listed in the README's Known limits.
KNOWN = frozenset(
    {
        "You liked Better Call Saul, which is a Breaking Bad spinoff, which stars Aaron Paul.",
        "You liked The Office, which is a The Office UK remake, which stars Ricky Gervais.",
    }
)

OPEN = frozenset(
    {
        # "was" said of a present relation (the graph's "is a hub for", "is a flagship for", "is a
        # cargo hub for"): "was" may or may not say it is over; the graph keeps a "was a ... for"
        # relation of its own for former ones, so arguable
        "Hartsfield-Jackson Atlanta International Airport was a Delta Air Lines hub.",
        "Queen Mary 2 was a Cunard flagship.",
        "Memphis International Airport was a FedEx cargo hub.",
        # a cargo hub is a hub
        "Memphis International Airport is a FedEx hub.",
        # a movement's "-ist" adjective before "critic": "a Surrealist critic" is most often a critic
        # who is a Surrealist (Greenberg opposed Surrealism; Leroy mocked Impressionism), but may be
        # read "a critic of Surrealist art"
        "Louis Leroy is an Impressionist critic.",
        "Clement Greenberg is a Surrealist critic.",
        "Louis Vauxcelles is a Cubist critic.",
        # ", which ..." after "a Y N" whose predicate fits Y only (an airport is no alliance member,
        # a CEO manages an airline, a ship is not founded): a reader may take "which" for Y
        "Hartsfield-Jackson Atlanta International Airport is a Delta Air Lines hub, which is a SkyTeam member.",
        "Denver International Airport is a United Airlines hub, which is managed by Scott Kirby.",
        "Queen Mary 2 is a Cunard flagship, which was founded by Samuel Cunard.",
        "Queen Anne is a Queen Victoria replacement, which is named after Queen Victoria of the United Kingdom.",
        # an apposition after "a Y N" ("the series ...", "a series ...") may rename Y
        "Frasier is a Cheers spinoff, the series which stars Ted Danson.",
        "Frasier is a Cheers spinoff, a series created by James Burrows.",
        "Frasier is a Cheers spinoff, a series which stars Ted Danson.",
        # hosts and stars whose show is named after them: "a Graham Norton vehicle" is fair
        "The Graham Norton Show is a Graham Norton vehicle.",
        "The Late Show is a Stephen Colbert vehicle.",
        # Ricky Gervais created and stars in The Office UK, and is credited on the US remake
        "The Office UK is a Ricky Gervais vehicle.",
        "The Office is a Ricky Gervais creation.",
        # Cunard commissioned Queen Mary 2
        "Queen Mary 2 is a Cunard creation.",
        # subsidiary vs division: loosely used for one another
        "Frito-Lay is a PepsiCo subsidiary.",
        "Sony Interactive Entertainment is a Sony division.",
        "Waymo is an Alphabet division.",
        "Google and Waymo are Alphabet divisions.",
        # Waymo grew out of Google's project that Larry Page backed
        "Waymo is an Alphabet subsidiary, which was founded by Larry Page.",
        # founders of a museum are its patrons too
        "Lillie P. Bliss is a MoMA patron.",
        "Valéry Giscard d'Estaing is a Musée d'Orsay patron.",
        # Macron founded Renaissance and leads it in fact
        "Emmanuel Macron is a Renaissance leader.",
        # "a French leader" as "a leader who is French": Le Pen leads a French party
        "Marine Le Pen is a French leader.",
    }
)


def main():
    verbose = os.environ.get("VERBOSE")
    k = acc_c = 0
    for key, user, text in controls():
        ok, reason = check(key, text, user)
        k += 1
        acc_c += bool(ok)
        if not ok:
            print(f"control rejected [{key}{' ' + user if user else ''}] {text} || {str(reason)[:160]}")
    n = acc = 0
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
        if text in OPEN:
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
