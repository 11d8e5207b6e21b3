"""The checker's closed vocabulary: relation cues derived from the registry, user cues, glue words.

A relation declares ``phrase`` (read between head and tail) and ``inverse_phrase`` (between tail
and head), optionally ``cues`` / ``inverse_cues`` (extra surface forms, one list per direction).
:func:`relation_cues` derives, conservatively, the forms a writer uses for the same relation:

* tense and number of a leading auxiliary ("is signed to" -> "was / are / were signed to", and the
  bare participle "signed to" after a comma: "Abbey Road, produced by George Martin");
* inflections of a leading verb ("stars" -> "star", "starred", "starring"; "comes from" ->
  "came from"; "plays" -> "played");
* voice: an active verb phrase gives the passive of the other direction ("X plays Y" ->
  "Y is played by X"), a passive one the active ("X is directed by Y" -> "Y directed X");
* a relation noun ("director") reads forward before its object ("X's director, Y"; "X shares its
  director, Y") and backward with "of" ("Y, the director of X").

Every derived form keeps the direction of the phrase it came from; a form that would read the
same in both directions of one relation is dropped unless the relation is symmetric (its two
phrases are equal). Words that bind no known relation are not in this vocabulary: the checker
rejects them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import AbstractSet, Any

from kgexplain._english import plural

__all__ = [
    "Cue",
    "relation_cues",
    "agent_nouns",
    "MAKING_VERBS",
    "maker_nouns",
    "modifier_cues",
    "INCLUDE",
    "COLLECTIVE",
    "PLAYERS",
    "BARE_COPULAS",
    "IRREGULAR_PARTICIPLES",
    "PAST_FORMS",
    "past_state_phrase",
    "COUNTRY_SHORT_NAMES",
    "HELD_IN_COLLECTION",
    "ROAMING",
    "INGREDIENT_TYPES",
    "GOING_INTO",
    "LABEL_TYPES",
    "ON_LABEL",
    "PRIZE_TYPES",
    "WINNING",
    "PRIZE_WINNERS",
    "PRIZE_GOING",
    "FEATURE_TYPES",
    "FEATURE_IN",
    "SCHOOL_WORDS",
    "PUPILS",
    "FEATURE_OF",
    "SHELTERING",
    "WILDLIFE_TYPES",
    "making_participle",
    "CLASS_NOUNS",
    "AUTHORSHIP",
    "plural",
    "GLUE",
    "POSITIVE",
    "NEGATIVE",
    "INTERACTION",
    "NEGATIONS",
    "EVALUATIVE_HINT",
]

DEMONYMS: dict[str, tuple[str, ...]] = {
    "united states": ("American",), "united states of america": ("American",), "usa": ("American",),
    "us": ("American",), "america": ("American",), "united kingdom": ("British",), "uk": ("British",),
    "great britain": ("British",), "britain": ("British",), "england": ("English",),
    "scotland": ("Scottish",), "wales": ("Welsh",), "ireland": ("Irish",), "germany": ("German",),
    "west germany": ("West German",), "east germany": ("East German",), "france": ("French",),
    "italy": ("Italian",), "spain": ("Spanish",), "portugal": ("Portuguese",), "japan": ("Japanese",),
    "china": ("Chinese",), "south korea": ("South Korean", "Korean"), "north korea": ("North Korean",),
    "india": ("Indian",), "canada": ("Canadian",), "mexico": ("Mexican",), "brazil": ("Brazilian",),
    "argentina": ("Argentine", "Argentinian"), "chile": ("Chilean",), "australia": ("Australian",),
    "new zealand": ("New Zealand",), "sweden": ("Swedish",), "norway": ("Norwegian",),
    "denmark": ("Danish",), "finland": ("Finnish",), "iceland": ("Icelandic",),
    "netherlands": ("Dutch",), "the netherlands": ("Dutch",), "belgium": ("Belgian",),
    "switzerland": ("Swiss",), "austria": ("Austrian",), "poland": ("Polish",),
    "czech republic": ("Czech",), "czechia": ("Czech",), "hungary": ("Hungarian",),
    "greece": ("Greek",), "turkey": ("Turkish",), "russia": ("Russian",), "soviet union": ("Soviet",),
    "ukraine": ("Ukrainian",), "romania": ("Romanian",), "israel": ("Israeli",), "iran": ("Iranian",),
    "egypt": ("Egyptian",), "morocco": ("Moroccan",), "nigeria": ("Nigerian",),
    "south africa": ("South African",), "kenya": ("Kenyan",), "ethiopia": ("Ethiopian",),
    "thailand": ("Thai",), "vietnam": ("Vietnamese",), "indonesia": ("Indonesian",),
    "philippines": ("Filipino",), "the philippines": ("Filipino",), "malaysia": ("Malaysian",),
    "taiwan": ("Taiwanese",), "hong kong": ("Hong Kong",), "pakistan": ("Pakistani",),
    "peru": ("Peruvian",), "colombia": ("Colombian",), "cuba": ("Cuban",), "jamaica": ("Jamaican",),
    "lebanon": ("Lebanese",), "georgia": ("Georgian",), "scandinavia": ("Scandinavian",),
}
"""Countries by lower-case name, and the adjectives that name them ("a German car" comes from
Germany): read as another name of a country the graph holds, where no entity has that name."""

COUNTRY_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "united kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "united states": ("U.S.", "USA", "U.S.A.", "America"),
    "united states of america": ("U.S.", "USA", "U.S.A.", "America", "United States"),
    "netherlands": ("Holland",), "the netherlands": ("Holland",), "czech republic": ("Czechia",),
    "republic of ireland": ("Ireland",), "people's republic of china": ("China",),
    "russian federation": ("Russia",), "south korea": ("Korea",),
}
"""Countries by lower-case name, and the short names a writer uses for them ("from the UK"): read
as another name of a country the graph holds, where no entity has that name. (Not "US": "us".)"""

MASS_TYPES = frozenset({
    "genre", "genres", "tag", "mood", "theme", "topic", "subject", "keyword", "cuisine", "flavor",
    "flavour", "note", "accord", "material", "fuel", "language", "color", "colour", "country",
    "nationality", "period", "era", "movement", "technique", "medium", "sound",
    "ingredient", "grape", "variety", "region", "place", "city", "location", "subgenre"})
"""Attribute types whose lower-case names are not count nouns as a rule ("Nirvana is a rock.",
"Casa Lumen is a Portuguese.")."""
KIND_TYPES = frozenset({"segment", "class", "category", "kind", "body", "format", "shape", "breed",
                        "species", "classification", "style", "type", "course", "use", "function", "family"})
"""Attribute types whose names are kinds of the item ("a hatchback" is a car, "a sports car" too):
"the Fiat 500 is a hatchback." states them; an engine or a fuel is no kind of car."""


def type_word_set(types: Any) -> set[str]:
    """The words of entity type names ("body_style" -> {"body", "style"})."""
    return {w for t in types for w in str(t).lower().replace("_", " ").replace("-", " ").split()}


def kind_type(types: Any) -> bool:
    """Whether entities of ``types`` are kinds of the items they describe (see :data:`KIND_TYPES`)."""
    words = type_word_set(types)
    return bool(words & KIND_TYPES) and not words & MASS_TYPES


def mass_type(types: Any) -> bool:
    """Whether entities of ``types`` are classes said as mass nouns (see :data:`MASS_TYPES`)."""
    return bool(type_word_set(types) & MASS_TYPES)


_NEGATIVE_WORDS = frozenset({
    "not", "never", "no", "without", "lacks", "lack", "lacked", "lacking", "avoids", "avoid", "avoided",
    "dislikes", "dislike", "disliked", "rejected", "rejects", "reject", "refused", "refuses", "declined",
    "declines", "abandoned", "abandons", "turned", "dropped", "drops", "banned", "bans", "opposes",
    "opposed", "against", "except", "excluding", "excludes", "excluded", "hates", "hated", "criticized",
    "criticised", "criticizes", "criticises", "rivals", "rival", "replaced", "replaces", "lost", "loses",
    "cancelled", "canceled", "left", "quit", "instead", "unlike", "formerly", "former", "ex",
    # hedges and near misses: "was offered to", "was almost directed by", "is apocryphally attributed to"
    "almost", "nearly", "offered", "outbid", "apocryphally", "misattributed", "allegedly", "rumored",
    "rumoured", "supposedly", "considered", "auditioned", "approached", "pitched", "proposed", "planned",
    "intended", "wanted", "courted", "shortlisted", "passed", "snubbed", "overlooked", "denied", "failed",
    "missed", "confused", "mistaken", "contrasted", "compared", "likened", "like", "similar", "resembles",
    "resemble", "resembled", "imitates", "imitated", "inspired", "influenced",
    # removals and absences: "was removed from" a store, "was stolen from" a museum, "is free of" wheat
    "removed", "removes", "deleted", "delisted", "withdrawn", "withdrew", "pulled", "stolen", "stole",
    "expelled", "evicted", "exiled", "deported", "banished", "free", "absent",
    "be", "would", "could", "might", "may", "should", "said", "believed", "reportedly"})
_UN_WORDS = frozenset({"under", "until", "united", "universal", "universe", "unit", "union", "unique", "unveiled",
                       "unveils", "unearthed", "uncovered", "understood", "undertaken", "underwritten"})


def negative_phrase(*phrases: str) -> bool:
    """Whether a relation's phrase states an absence, a refusal or an opposition ("was turned down
    by", "is unsuitable for", "avoids", "dislikes"): such a relation is read only by its own words,
    never by "is a", a name before a noun, a possessive or a metadata line. ``phrases``: the
    relation's phrase, then its inverse (and any cues)."""
    words = {w for p in phrases if p for w in p.lower().replace("-", " ").split()}
    # (what a university offers or a hotel has is no hedge: the item "is offered by" X, X "is
    # offered at" the item; "was offered to", "was offered the role" or an object offered by the
    # item are)
    forward, inverse = [(p or "").lower().split() for p in (*phrases, "", "")[:2]]
    if "offered" in words and sum(p.count("offered") for p in (forward, inverse)) == 1 \
            and (forward[-2:] == ["offered", "by"] or inverse[-2:] in (["offered", "at"], ["offered", "in"],
                                                                      ["offered", "on"])):
        words = words - {"offered"}
    return bool(words & _NEGATIVE_WORDS) or any(w.startswith("un") and len(w) > 5 and w not in _UN_WORDS
                                               for w in words)


_IN_A_LANGUAGE = frozenset({"written", "sung", "spoken", "told", "narrated", "taught"})
"""Participles of "is <participle> in" a language that say the work's own language: it "is in"
that language (not "dubbed", "translated", "published" or "performed" in another, red team 140)."""
OWN_LANGUAGE_WORDS = _IN_A_LANGUAGE | {"speaks", "speak", "language", "languages"}
"""Words of a relation to a language that say the work's or the place's own language."""
_FIRST_SHOWING = frozenset({"premiered", "broadcast", "aired", "presented", "acted", "read", "recited"})
"""Participles of a first showing besides ``_FIRST_PERFORMED`` ("was first aired by")."""


def participle(word: str) -> bool:
    """Whether ``word`` may be a past participle ("directed", "written", "made", "built")."""
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


def part_type(types: Any) -> bool:
    """Whether entities of ``types`` are parts or features of an item, not classes of it (an
    engine, a dish: neither a kind of :data:`KIND_TYPES` nor a class of :data:`MASS_TYPES`):
    "the Mustang is a V8 engine" is false where "it has a V8 engine" is true."""
    words = type_word_set(types)
    return bool(words) and not words & (KIND_TYPES | MASS_TYPES)


_BE = ("is", "are", "was", "were")
_ACTING = frozenset({"stars", "starred", "star", "appears", "appeared", "acts", "acted"})
"""Verbs of playing in a work: "stars in" also reads "is in" ("Roy Scheider is in Jaws")."""
COPULA_FORMS = ("is a", "is an", "are", "was a", "was an", "were", "is also a", "is also an",
                "are also", "are both", "are all", "were all", "is another", "was another", "is both a",
                "is both an", "was both a", "was both an", "counts as a", "counts as an", "qualifies as a",
                "qualifies as an")
"""Forward cues of a relation from items to attributes whose registry declares no cues: "Oasis is
a britpop band", "Pearl Jam and Soundgarden are grunge bands", and the apposition "Nirvana, a
grunge band, ..." (the bare article after a comma; see the parser). "is another" also needs
another item of the text to share the fact ("You loved Aliens; Titanic is another James Cameron
film")."""
BARE_COPULAS = ("is", "was", "are", "were")
"""The copula without an article, for attributes said as mass nouns ("Dune is science fiction.",
"Nirvana played grunge"): a guessed reading only where the attribute ends the clause."""
_ORIGIN_VERBS = ("comes", "come", "came", "hails", "hail", "hailed", "originates", "originate", "originated")
_ROOTED_IN = [*(f"{h} {o} {n} in" for h in ("has", "have", "had") for o in ("its", "their") for n in ("roots", "origins")),
              *(f"{b} rooted in" for b in ("is", "are", "was", "were")), "rooted in",
              *(f"{t} {o} {n} to" for t in ("traces", "trace", "traced") for o in ("its", "their") for n in ("roots", "origins"))]
"""Where a thing began, said of its roots ("originated in Gujarat": "has its roots in Gujarat")."""
_ONCE_PROPERTY = tuple(f"{b} {once}{noun}" for b in ("was", "were") for once in ("", "once ")
                       for noun in ("the property of", "in the hands of", "in the possession of"))
"""Past ownership in nouns: "Tizona was once the property of El Cid", "was in the hands of"."""
_STARTED_IN = [f"{v} {o} start in" for v in ("got", "had") for o in ("its", "their")]
"""Where a thing was formed or founded, or came from: "Nirvana got its start in Aberdeen"."""
_PLACED = frozenset({"located", "based", "situated", "housed"})
_EMPLOYING_PEOPLE = frozenset({"person", "people", "employer", "patron", "master", "king", "queen", "emperor",
                                  "monarch", "ruler", "president"})
"""Type words of whom one "worked for" as a person, not a body that employs ("worked for the king")."""
_STANDING = frozenset({"stands", "stand", "sits", "sit", "lies", "lie"})
"""Verbs of where a thing is, said with "at" or "in" alike ("stands at / in Piazza Navona")."""
_HELPED = {"founded": ("found", "establish", "set up"), "established": ("establish", "found", "set up"),
           "created": ("create",), "designed": ("design",), "built": ("build",), "developed": ("develop",),
           "wrote": ("write",), "co-founded": ("found",)}
"""Past verbs of making whose agent "helped" make the item ("Ezra Cornell helped establish Cornell
University"): a maker among others."""
_ALUMNI = frozenset({"alumnus", "alumna", "graduate", "alum"})
_STUDIED = ("studied at", "attended", "went to", "was educated at", "were educated at")
"""What a person did at the school they are an alumnus of ("studied at", "went to"): past only (an
alumnus studies there no longer), and "graduated from" only of a graduate (red team 129)."""
_SCHOOLED = ("went to school at", "was a pupil at", "were pupils at", "was a student at", "were students at",
             "was schooled at", "were schooled at")
"""The same said of one's schooling ("was a pupil at"): past only, as :data:`_STUDIED`."""
PUPILS = ("pupil", "student", "alumnus", "alumna", "former pupil", "former student")
"""Nouns of the people a school taught ("one of its pupils", "its former students include")."""
_GRADUATED = ("graduated from", "is a graduate of", "was a graduate of", "are graduates of", "were graduates of")
SCHOOL_WORDS = frozenset({"university", "universities", "college", "colleges", "school", "schools", "academy",
                           "academies", "institute", "conservatory", "conservatoire", "polytechnic", "seminary"})
"""Type words of schools: an alumnus of a firm or a show did not study there (red team 129)."""
_COUNTRY_NOUNS = frozenset({"country", "nation", "continent", "area", "island"})
_MAKER_KINDS = frozenset({"manufactory", "factory", "manufacturer", "maker", "workshop", "pottery", "foundry",
                          "mill", "works", "atelier"})
"""Type words of makers of things, who make what they produce (not any company: a film company's
"produced" is no manufacturing, red team 213)."""
_MAKING_WORDS = frozenset({"produced", "produces", "manufactured", "manufactures", "made", "makes"})
"""A maker's one-word phrases of making ("produced"), which read each other."""
_LOCALITY_WORDS = frozenset({"city", "town", "village", "country", "region", "state", "province", "county",
                             "district", "place", "area", "island", "continent"})
"""Type words of places as localities (no building)."""
_SHOWING = frozenset({"shows", "show", "displays", "display", "exhibits", "exhibit", "features", "feature"})
"""Present verbs of showing works on view."""
_ORGANISED = frozenset({"organised", "organized", "structured", "run", "operated", "constituted"})
"""Participles of how a body is set up, before "as a" ("is organised as a cooperative")."""
_ENSEMBLES = frozenset({"choir", "choirs", "chorus", "orchestra", "orchestras", "ensemble", "ensembles",
                        "chamber", "boys", "girls", "youth", "children's", "philharmonic", "symphony", "quartet",
                        "string", "consort", "chorale"})
"""Type words of singing and playing ensembles ("chamber choir", "string quartet"): all of a
relation's subject type words must be among them."""
_CHOIR_WORDS = frozenset({"choir", "choirs", "chorus", "chorale", "boys", "girls", "youth", "children's", "chamber",
                          "male", "female", "mixed", "gospel", "church", "cathedral", "voice", "voices"})
"""Type words of choirs (every subject type word must be one: not where orchestras share the relation)."""
_OPENED_PLACES = frozenset({"restaurant", "bar", "cafe", "café", "pub", "nightclub", "shop", "store", "hotel",
                            "bakery", "bistro", "brasserie", "diner", "teahouse", "inn", "boutique", "bookshop",
                            "bookstore", "tavern", "saloon"})
"""Type words of places one opens to the public (their founder "opened" them)."""
_OPENED_CLUBS = frozenset({"jazz", "supper", "night", "comedy", "blues"})
"""Words before "club" of a club one opens (not a football or a golf club)."""
_WORKPLACES = SCHOOL_WORDS | frozenset({"institution", "museum", "company", "firm", "hospital", "observatory",
                                         "laboratory", "lab", "library", "garden", "institute", "organisation",
                                         "organization", "studio", "agency", "university", "herbarium", "workplace",
                                         "employer", "newspaper", "bank"})
"""Type words of places of work one is employed at."""
_PURSUITS = frozenset({"discipline", "sport", "activity", "pursuit", "event", "competition", "game"})
"""Type words of what a thing is used for that it is also used in (a horse in dressage)."""


def _choirs(kinds: AbstractSet[str]) -> bool:
    """Whether a relation's subjects (by their type words) are all choirs ("choir", "chamber choir",
    "boys' choir", "chorus"; not a chamber of commerce)."""
    return bool(kinds) and kinds <= _CHOIR_WORDS and bool(kinds & {"choir", "choirs", "chorus", "chorale"})


def _opened_venues(kinds: AbstractSet[str]) -> bool:
    """Whether a relation's subjects (by their type words) are places one opens to the public: a
    restaurant, a shop, a jazz club (not a football club); every subject type such a place, not
    where the relation covers labels, teams or firms too (red team 214)."""
    return bool(kinds) and kinds <= _OPENED_PLACES | _OPENED_CLUBS | {"club"} \
        and (bool(kinds & _OPENED_PLACES) or ("club" in kinds and bool(kinds & _OPENED_CLUBS)))


def _founded_as(words: list[str], forward: bool, verb: str) -> list[tuple[str, bool]]:
    """The forms of ``verb`` ("opened", "formed") for a founding phrase ("was founded by" /
    "founded"): the active verb in the founder's direction, "was <verb> by" the other way."""
    founder_first = forward if words == ["founded"] else not forward
    return [(verb, founder_first), (f"was {verb} by", not founder_first)]


def is_year(word: str) -> bool:
    """Whether a token is a year ("1996")."""
    return word.isdigit() and len(word) == 4


def specialist_phrase(words: list[str]) -> bool:
    """Whether a phrase says what one specializes in ("specialized in"): of people, "a specialist
    in" it, "a downhill specialist"."""
    return words in (["specialized", "in"], ["specialised", "in"], ["specializes", "in"], ["specialises", "in"])


def making_phrase(words: list[str], subject_kinds: AbstractSet[str]) -> bool:
    """Whether a phrase is a maker's making of things ("produced", said of manufactories):
    "made", "manufactured", "a maker of" say it too, and so does its kind before the maker's
    noun ("a soft-paste porcelain manufactory")."""
    return bool(subject_kinds) and subject_kinds <= _MAKER_KINDS and len(words) == 1 and words[0] in _MAKING_WORDS


_PLACE_OF_NOUNS = frozenset({"city", "town", "village", "region", "province", "state", "county", "district",
                             "suburb", "port", "capital", "municipality", "commune"})
"""Nouns of a place in a place ("is a city in"): what is one is in it."""
_OWED = {"found": ("founding", "foundation", "creation", "origin", "origins", "existence"),
         "establish": ("establishment", "founding", "foundation", "creation", "origin", "origins", "existence"),
         "create": ("creation", "origin", "origins", "existence"), "discover": ("discovery",),
         "invent": ("invention", "origin", "origins"), "design": ("design",),
         "build": ("construction", "existence"), "construct": ("construction", "existence")}
"""What an item "owes" to the agent of a making or finding verb ("was founded by" X: it "owes its
founding to" X); never its name (named after or by?)."""
_OWED_KEYS = frozenset(_OWED)
_FROM_THE_DESK = {"designed": "drawing board", "written": "pen", "penned": "pen"}
"""Where a design or a text "came from": "the drawing board of" its designer, "the pen of" its writer."""
_FORM_OF = (["is", "in", "the", "form", "of"], ["takes", "the", "form", "of"], ["has", "the", "form", "of"])
"""Phrases of a kind said as a form ("is in the form of" a march): the kind's "is a"."""
_CAME_OUT_OF = frozenset({"build", "make", "manufacture", "construct", "craft"})
"""Verbs of making whose maker a thing "came out of" ("Mallard came out of Doncaster Works"; a firm
that developed it too: "Unix came out of Bell Labs", not a programmer, red team 176)."""
_MINTED = ("struck", "minted")
"""Participles of a coin's making at a mint ("was struck / minted at")."""
_REALM_NOUNS = frozenset({"country", "kingdom", "empire", "diocese", "archdiocese", "prefecture", "canton",
                          "borough", "parish", "territory", "republic", "duchy", "emirate", "governorate",
                          "oblast", "voivodeship", "department", "island", "archipelago"})
"""Larger places, besides :data:`_PLACE_OF_NOUNS`, named in "in the <noun> of X" (X is one)."""
_WITH_HAVING = frozenset({"equipped", "fitted", "outfitted", "supplied", "shipped", "bundled", "packaged",
                          "served", "topped", "loaded", "scented", "flavored", "flavoured", "infused", "garnished",
                          "hopped"})
"""Participles of "is <participle> with" that "comes with X" / "a bike with X" also say."""
MADE_IN = frozenset({"grown", "made", "produced", "brewed", "distilled", "recorded", "manufactured", "built",
                     "bred", "raised", "assembled", "woven", "printed", "roasted"})
"""Participles of making: "is grown in X" also reads "comes from X", "a tea from X"."""
_BARE_PREPOSITIONS = frozenset({"from", "in", "on", "at", "over", "across", "for", "to"})
"""Prepositions that stand alone as a cue when the phrase is a verb of origin ("comes from"), of
place ("is located in / at": "Nitro at Six Flags") or a passive verb with "on" ("was launched on":
"went to the Moon on a Saturn V"); "is for" ("a game for 2-4 players"); "went to" ("a mission to Mars")."""
_HEADING = ("went", "goes", "go", "travelled", "traveled", "travels", "flew", "flies", "leads", "led", "heads",
            "headed", "sailed", "sails")
"""Verbs of going somewhere: "went to" reads a bare "to" ("a mission to Mars")."""
_HAVE = ("has", "have", "had")
_IRREGULAR_PAST = {
    "come": "came", "write": "wrote", "sing": "sang", "make": "made", "lead": "led",
    "find": "found", "found": "founded", "begin": "began", "give": "gave", "take": "took",
    "shoot": "shot", "draw": "drew", "run": "ran", "win": "won", "have": "had", "teach": "taught",
    "build": "built", "hold": "held", "see": "saw", "become": "became", "bring": "brought",
    "sell": "sold", "tell": "told", "feel": "felt", "keep": "kept", "get": "got", "do": "did",
    "go": "went", "read": "read", "put": "put", "set": "set", "cut": "cut", "hear": "heard",
    "speak": "spoke", "fly": "flew", "know": "knew", "grow": "grew", "throw": "threw",
    "star": "starred", "stop": "stopped", "pen": "penned", "plan": "planned", "drop": "dropped", "sign": "signed", "breed": "bred",
    "broadcast": "broadcast", "oversee": "oversaw", "wear": "wore", "lend": "lent", "drive": "drove",
    "propel": "propelled", "lay": "laid", "dig": "dug", "leave": "left", "sink": "sank", "strike": "struck",
    "spread": "spread", "beat": "beat", "overcome": "overcame", "fight": "fought",
}
_IRREGULAR_PARTICIPLE = {
    "come": "come", "write": "written", "sing": "sung", "give": "given", "take": "taken",
    "draw": "drawn", "begin": "begun", "see": "seen", "become": "become", "speak": "spoken",
    "fly": "flown", "know": "known", "grow": "grown", "throw": "thrown", "do": "done",
    "go": "gone", "run": "run", "win": "won", "shoot": "shot", "show": "shown", "oversee": "overseen", "wear": "worn",
    "drive": "driven", "sink": "sunk", "beat": "beaten", "overcome": "overcome",
}

PAST_FORMS = frozenset(_IRREGULAR_PAST.values())
"""The irregular past forms ("wrote", "held", "built")."""

IRREGULAR_PARTICIPLES = frozenset(_IRREGULAR_PARTICIPLE.get(b, p) for b, p in _IRREGULAR_PAST.items()) \
    | frozenset(_IRREGULAR_PARTICIPLE.values())
"""The participles of the irregular verbs ("made", "built", "set", "written"; not "wrote")."""

_BASE_OF = {**{v: k for k, v in _IRREGULAR_PARTICIPLE.items()},
            **{v: k for k, v in _IRREGULAR_PAST.items()}}
"""Irregular past forms and participles back to their base ("written" -> "write")."""


@dataclass(frozen=True)
class Cue:
    """One surface form of a relation: ``forward`` reads subject -> object as (head, tail)."""

    relation: str
    forward: bool
    noun: bool = False
    typed: bool = False
    """A guessed copula ("is a"): it binds an attribute only when a noun naming the subject's
    kind follows ("Oasis is a britpop band", not "Oasis is a britpop")."""


def _base(verb: str) -> str:
    """The base form of a third-person verb ("stars" -> "star", "comes" -> "come")."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes")) or verb in ("goes", "does", "echoes"):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


_DOUBLING = frozenset({"transmit", "commit", "admit", "submit", "permit", "emit", "omit", "control", "patrol",
                       "compel", "expel", "repel", "refer", "prefer", "occur", "worship", "kidnap", "equip"})
"""Verbs of more than one syllable that double their last consonant ("transmitted", "worshipped")."""


def _doubles(base: str) -> bool:
    """Whether a verb doubles its last consonant before "-ed" / "-ing": one syllable ending in
    consonant, vowel, consonant ("span" -> "spanned", "spanning"; not "visit", "head", "show"), or
    one of :data:`_DOUBLING`."""
    vowels = "aeiou"
    return base in _DOUBLING or len(base) >= 3 and base.isalpha() and base[-1] not in vowels + "wxy" and base[-2] in vowels \
        and base[-3] not in vowels and sum(1 for i, c in enumerate(base) if c in vowels
                                            and (i == 0 or base[i - 1] not in vowels)) == 1


def _past(base: str) -> str:
    if base in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    if _doubles(base):
        return base + base[-1] + "ed"  # "spanned", "shipped"
    return base + "ed"


def _participle(base: str) -> str:
    return _IRREGULAR_PARTICIPLE.get(base, _past(base))


def bases_of_participle(part: str) -> tuple[str, ...]:
    """The base forms a past participle may come from ("climbed" -> "climb", "staged" -> "stage",
    "written" -> "write"); a regular one gives every spelling it may undo (only one is a word)."""
    if part in _BASE_OF:
        return (_BASE_OF[part],)
    if not part.endswith("ed"):
        return ()
    out = [part[:-2], part[:-1]]
    if len(part) > 4 and part[-3] == part[-4]:
        out.append(part[:-3])  # "stopped" -> "stop"
    if part.endswith("ied"):
        out.append(part[:-3] + "y")  # "carried" -> "carry"
    return tuple(out)


def past_of_participle(part: str) -> tuple[str, ...]:
    """The simple past forms a past participle may stand for ("written" -> "wrote", "made" ->
    "made", "directed" -> "directed")."""
    base = _BASE_OF.get(part)
    return (_past(base),) if base is not None else (part,)


def participle_of_past(word: str) -> str:
    """The past participle of an irregular simple past ("took" -> "taken", "wrote" ->
    "written"); any other word as it is ("directed")."""
    base = _BASE_OF.get(word)
    return _participle(base) if base is not None else word


def participle_of(verb: str) -> tuple[str, str]:
    """The base and past participle of a verb in the third person ("hosts" -> ("host", "hosted"),
    "teaches" -> ("teach", "taught"))."""
    base = _base(verb.lower())
    return base, _participle(base)


def _third(base: str) -> str:
    if base.endswith(("ch", "sh", "s", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _gerund(base: str) -> str:
    if _doubles(base):
        return base + base[-1] + "ing"  # "starring", "penning", "spanning"
    if base.endswith("e") and not base.endswith("ee"):
        return base[:-1] + "ing"
    return base + "ing"


def _seat_forms(words: list[str], taken: AbstractSet[str] | None) -> list[str]:
    """The forms of "has its N in" said with the noun first: "its headquarters are in Y", "X's
    headquarters are in Y"; a seat of an organization (:data:`_SEAT_NOUNS`) is also where it "is
    headquartered / based", where no other relation says so; and the other way round, "is
    headquartered in" is said "has its headquarters in", "its headquarters are in"."""
    if words in (["is", "headquartered", "in"], ["are", "headquartered", "in"]) \
            and (taken is None or not taken & {"headquarters", "office", "seat"}):
        words = ["has", "its", "headquarters", "in"]
    if not (len(words) in (4, 5) and words[0] in ("has", "have") and words[1] in ("its", "their") and words[-1] in ("in", "at")
            and all(w.isalpha() and w not in _FUNCTION for w in words[2:-1])):
        return []
    noun, prep = " ".join(words[2:-1]), words[-1]
    seat = noun in _SEAT_NOUNS and (taken is None or not taken & {"base", "headquarter"})
    forms = [f"{n} {b} {prep}" for n in (_SEAT_NOUNS if seat else (noun,)) for b in ("is", "are", "was", "were")]
    forms += [f"{n} {b} located {prep}" for n in (_SEAT_NOUNS if seat else (noun,)) for b in ("is", "are")]
    if seat:
        forms += [f"{b}{p} {prep}" for b in ("is ", "are ", "") for p in ("headquartered", "based")]
        forms += [f"{h} {p} {n} {prep}" for h in ("has", "have", "with") for p in ("its", "their") for n in _SEAT_NOUNS]
    return forms


_ORIGINATED = [["developed", "in"], ["first", "developed", "in"], ["invented", "in"], ["created", "in"],
               ["first", "built", "in"], ["formed", "in"], ["conceived", "in"], ["first", "brewed", "in"],
               ["first", "bred", "in"]]
"""Phrases of where a thing began (after "was"): it "originated in" / "comes from" that place."""
_DEVELOPED_FILM = frozenset({"photograph", "photographs", "photo", "photos", "snapshot", "snapshots", "picture",
                             "pictures", "print", "prints", "negative", "negatives", "film", "films", "movie", "movies",
                             "image", "images", "slide", "slides", "shot", "shots", "plate", "plates"})
"""Type words of what is "developed" as film is, in a darkroom or a lab, not where it began (red team
173: a war photograph developed in Paris)."""
_HOMED = [["housed", "in"], ["housed", "at"], ["located", "in"], ["located", "at"], ["kept", "in"], ["kept", "at"],
          ["stands", "in"], ["based", "in"], ["based", "at"]]
"""Phrases of where a thing is kept, stands or takes place (after "is"): it "has its home" there (not
"preserved in": a fossil in its rock, red team 173; nor "held at": a concert held there once, a
contest at each edition's venue, red team 174)."""

_LOCATED_KINDS = frozenset({
    "cave", "city", "town", "village", "party", "company", "firm", "club", "team", "university", "college",
    "school", "museum", "gallery", "library", "hospital", "airport", "station", "stadium", "park", "lake", "river",
    "mountain", "volcano", "waterfall", "glacier", "desert", "island", "reef", "canyon", "forest", "bridge",
    "castle", "palace", "church", "cathedral", "temple", "mosque", "synagogue", "monastery", "abbey", "tower",
    "lighthouse", "building", "hotel", "restaurant", "brewery", "distillery", "winery", "vineyard", "theatre",
    "theater", "zoo", "aquarium", "garden", "observatory", "dam", "port", "harbour", "harbor", "region",
    "county", "district", "province", "state", "peak", "canal", "tunnel", "market", "square", "cemetery",
    "prison", "fort", "mine", "circuit", "resort", "beach", "bay", "cape", "valley", "plateau", "site", "course"})
"""Kinds that are where they are: "is a cave in" France says where the cave is (not "is a hit in", "is
an exclave in", "is an embassy in", "is a delicacy in": a chart, a surrounding country, a host, a
market, red team 171)."""


def kind_in_place(words: list[str], kinds: AbstractSet[str]) -> bool:
    """Whether a phrase's words say the subject's own kind, and nothing else, in a place: "is a
    cave in", "is a political party in" where the type is political_party (``kinds``: the words
    of the subjects' types; not "is a song banned in", "is a sitcom set in", "is a cocktail
    popular in": a ban, a setting, a market is no place of the item, red team 169)."""
    # (no other word: "is a hit single / popular cocktail / invasive species in" names a chart, a
    # market, an invasion, red team 170)
    return 4 <= len(words) <= 6 and words[0] in _BE and words[1] in ("a", "an") and words[-1] == "in" \
        and all(w in kinds for w in words[2:-1]) and words[-2] in _LOCATED_KINDS


_ROLE_WORDS = frozenset({"role", "roles", "part", "parts"})
"""Type words of roles, which an actor "creates" by first playing them (not a character, which its
author "came up with": "Friz Freleng came up with Porky Pig")."""
_PERFORMERS = frozenset({"actor", "actors", "actress", "actresses", "performer", "performers", "player", "players",
                         "singer", "singers", "dancer", "dancers", "cast", "soprano", "sopranos", "tenor", "tenors",
                         "baritone", "baritones", "bass", "mezzo-soprano", "contralto", "ballerina", "ballerinas"})
"""Type words of people who create a part by performing it."""
_MINDS = frozenset({"mind", "minds", "brain", "brains", "genius", "geniuses", "brainchild", "behind"})
"""Words of a maker's thinking a thing up ("the mind behind", "the brainchild of")."""
_FORCES = frozenset({"dam", "dams", "river", "rivers", "volcano", "volcanoes", "glacier", "glaciers", "storm",
                     "storms", "earthquake", "earthquakes", "eruption", "eruptions", "flood", "floods", "erosion",
                     "lake", "lakes", "sea", "seas", "ocean", "oceans", "mountain", "mountains", "force", "forces",
                     # (red team 232: "The Usoi landslide invented Lake Sarin")
                     "meteorite", "meteorites", "asteroid", "asteroids", "comet", "comets", "impact", "impacts",
                     "landslide", "landslides", "avalanche", "avalanches", "tsunami", "tsunamis", "wind", "winds",
                     "ice", "lava", "fire", "fires", "lightning", "rockfall", "collapse", "tide", "tides",
                     "current", "currents", "hurricane", "hurricanes", "cyclone", "cyclones", "tornado", "tornadoes",
                     "crater", "craters", "event", "events", "process", "processes", "phenomenon", "weather",
                     "rockslide", "rockslides", "mudflow", "mudflows", "sandstorm", "sandstorms", "slide", "flow",
                     "sinkhole", "wildfire", "blizzard", "drought", "uplift", "fault", "quake", "weathering"})
"""Type words of things that make without a mind ("Hoover Dam created Lake Mead": it did not devise it)."""
NATURAL_FEATURES = frozenset({"lake", "river", "mountain", "peak", "volcano", "island", "glacier", "cave", "waterfall",
                              "falls", "desert", "canyon", "gorge", "strait", "sea", "ocean", "bay", "gulf", "reef",
                              "atoll", "valley", "fjord", "geyser", "crater", "lagoon", "archipelago", "peninsula",
                              "delta", "plateau", "massif", "ridge", "hill", "moor", "forest", "heath", "marsh",
                              "swamp", "wetland", "dune", "dunes", "plain", "steppe", "tundra", "beach", "cliff",
                              "coast", "headland", "estuary", "loch", "pond", "creek", "stream"})
"""Head nouns of natural features, which no one made: "dates from <year>", "was formed in <year>",
"the 1643 Lake Baikal" say when they came to be, which their `year` (an exploration, a listing)
does not date (see ``GraphIndex.undated_features``)."""

_CONCEIVING_WORDS = frozenset({"invented", "invents", "invent", "inventing", "devised", "devises", "devise", "devising",
                               "up", "dreamed", "dreamt", "dream", "dreams"})
"""Words of the synonyms of creating that say one thought a thing up ("invented", "came up with")."""
_MEMBERSHIP_NOUNS = frozenset({"family", "genus", "order", "clade", "class", "subfamily", "tribe"})
"""Nouns of a taxon a living thing belongs to ("belongs to the family": "is a member of the family")."""
_TAXA = frozenset({"species", "bird", "birds", "mammal", "mammals", "reptile", "reptiles", "fish", "insect", "insects",
                   "amphibian", "amphibians", "dinosaur", "dinosaurs", "fungus", "fungi"})
"""Type words of living kinds, which belong to taxa ("the kea belongs to the family Nestoridae"; not
"animal", "tree", "plant": a racehorse, an oak, a factory belong to their owners, red team 188)."""
_SEAT_NOUNS = ("headquarters", "head office", "main office", "seat")
"""Nouns of where an organization sits ("has its headquarters in"): it "is headquartered / based" there."""

_BANDS = frozenset({"band", "bands", "group", "groups", "ensemble", "ensembles", "orchestra", "orchestras",
                    "trio", "trios", "quartet", "quartets", "quintet", "quintets", "combo", "combos"})
"""Type words of the groups whose members play an instrument in them."""
_PLAYERS = {k: (instrument, f"the {instrument}")
            for player, instrument in (("guitarist", "guitar"), ("bassist", "bass"), ("drummer", "drums"),
                                       ("pianist", "piano"), ("saxophonist", "saxophone"), ("violinist", "violin"),
                                       ("trumpeter", "trumpet"))
            for k in (player, player + "s")}
"""The instrument a player of each type plays ("Jimmy Page played guitar in Led Zeppelin" of a guitarist)."""
_SPORT_VERBS = {k: v for ks, v in (
    (("skater", "skaters"), ("skate", "skates", "skated")), (("swimmer", "swimmers"), ("swim", "swims", "swam")),
    (("runner", "runners"), ("run", "runs", "ran")), (("cyclist", "cyclists"), ("ride", "rides", "rode")),
    (("skier", "skiers"), ("ski", "skis", "skied")), (("rower", "rowers"), ("row", "rows", "rowed")),
    (("fencer", "fencers"), ("fence", "fences", "fenced")), (("boxer", "boxers"), ("box", "boxes", "boxed")))
    for k in ks}
"""The verb of a sportsperson's sport: its base, present and past ("skates for Japan" of a skater)."""
_PLAYED_SPORTS = frozenset({"rugby", "cricket", "football", "soccer", "basketball", "baseball", "hockey", "golf",
                            "tennis", "volleyball", "handball", "lacrosse", "netball", "softball"})
"""Sports a phrase may name between "played" and its team ("played club rugby for")."""


def _sport_said_plainly(words: list[str]) -> list[str]:
    """A phrase "played <level> <sport> for / at / in" without its level, and without its sport:
    "played club rugby for" -> "played rugby for", "played for" (what "played Test cricket for"
    a team says at least; where two relations both become "played for", a club's and a national
    side's, the graph's link between the two names tells which)."""
    if len(words) < 3 or words[0] not in ("played", "plays", "play") or words[-1] not in ("for", "at", "in") \
            or words[-2] not in _PLAYED_SPORTS or len(words) > 5 \
            or not all(w.isalpha() and w not in _FUNCTION for w in words[1:-2]):
        return []
    return ([" ".join([words[0], *words[-2:]])] if len(words) > 3 else []) + [f"{words[0]} {words[-1]}"]


_STAFF_ROLES = frozenset({"designer", "director", "editor", "president", "chairman", "chairwoman", "ceo", "manager",
                          "chef", "conductor", "curator", "principal", "dean", "rector", "professor", "organist",
                          "kapellmeister", "architect", "engineer", "producer"})
"""Nouns of a post held in a body, said "<noun> of" or "<noun> at" it ("head designer at Chanel")."""
_OFFICES = frozenset({"archbishop", "bishop", "abbot", "abbess", "pope", "patriarch", "king", "queen",
                      "emperor", "empress", "pharaoh", "sultan", "tsar", "monarch", "ruler", "president",
                      "minister", "chancellor", "premier", "governor", "mayor", "senator", "consort", "leader",
                      "chairman", "chairwoman", "ceo", "director", "editor", "conductor", "principal", "dean",
                      "rector", "captain", "manager", "commander", "provost", "warden", "curator", "head",
                      "headmaster", "headmistress", "coach"})
"""Nouns of a post one comes to hold ("became archbishop of", "was elected president of")."""
_TAKING_OFFICE = ("became", "become", "becomes", "was appointed", "were appointed", "was elected", "were elected",
                  "was made", "were made", "was named", "were named", "went on to become")
"""Words of coming to hold a post, said before "<office> of" (see :func:`_office`)."""


def _took_office(rest: list[str]) -> list[str]:
    """ "was archbishop of" -> "became (the) archbishop of", "was appointed / elected / made
    archbishop of": coming to hold a post says one held it (not "is a citizen of": "became" of a
    state may say a change the graph does not record). ``rest``: the phrase's words after its
    copula."""
    if not _office(rest):
        return []
    tails = [" ".join(rest)]
    if rest[0] not in ("the", "a", "an"):
        tails.append(" ".join(["the", *rest]))
    elif rest[0] == "the":
        tails.append(" ".join(rest[1:]))  # ("is the president of" -> "was elected president of")
    return [f"{v} {t}" for v in _TAKING_OFFICE for t in tails]


def _office(rest: list[str]) -> bool:
    """Whether the words after a phrase's "was" / "is" name a post held in something ("archbishop
    of", "the prime minister of", "head designer of"): one to three words ending in an office
    noun, then "of"."""
    words = rest[1:] if rest[:1] in (["the"], ["a"], ["an"]) else rest
    return 2 <= len(words) <= 4 and words[-1] == "of" and words[-2] in _OFFICES \
        and all(w.isalpha() for w in words[:-1])


_NOUN_TOO = frozenset({"coach", "train", "spread", "rule", "reign"})
"""Verbs of :data:`_SYNONYMS` that are nouns too ("by coach", "runs coaches"): read as verbs only
in the past, as a participle or a gerund ("coached", "is coached by")."""
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "manufacture": ("make", "build", "produce"), "brew": ("make",), "develop": ("make", "create", "build"),
    "host": ("present",), "present": ("host",), "establish": ("found", "set up", "create"), "direct": ("make", "helm"),
    "compose": ("write",), "create": ("make", "dream up", "devise", "come up with", "invent"), "animate": ("make",),
    "pass": ("run",), "feature": ("offer", "boast"), "start": ("begin",), "draw": ("illustrate",),
    "air": ("broadcast", "show", "screen", "stream", "go out", "play"), "broadcast": ("air", "show", "screen"),
    "depict": ("show", "portray", "picture"), "portray": ("depict", "show"),
    "publish": ("bring out", "print"), "release": ("launch", "bring out", "put out", "issue"), "invent": ("create", "devise", "come up with"),
    "require": ("need",), "contain": ("include", "feature"), "craft": ("make",), "manage": ("run", "oversee", "look after"), "administer": ("manage", "run"), "operate": ("run", "manage"), "run": ("operate", "manage", "maintain", "look after"), "teach": ("lead",),
    "found": ("establish", "set up", "start", "launch", "create"), "write": ("pen", "script"), "build": ("construct", "erect", "put up"),
    "construct": ("build", "erect"), "record": ("cut", "lay down", "track"), "use": ("employ", "rely on"), "offer": ("provide", "boast"),
    "orbit": ("circle",), "connect": ("link",),
    "discover": ("identify", "find", "spot"), "grow": ("cultivate", "raise"),
    "sing": ("perform",),
    "launch": ("introduce", "unveil"), "make": ("manufacture", "build", "produce", "craft"), "lead": ("head", "command"), "head": ("lead",),
    "fund": ("finance", "back"), "describe": ("depict", "document"), "unveil": ("present", "introduce", "show off"), "succeed": ("replace",), "compile": ("put together", "assemble"), "flow": ("run",), "border": ("adjoin",),
    "propel": ("power", "drive"), "power": ("propel", "drive"),
    "overlook": ("look out over", "look out on", "look out onto"),
    "sculpt": ("make", "create"), "design": ("create", "devise", "draw up", "lay out"),
    "devise": ("come up with", "dream up"), "impound": ("hold back", "dam"),
    "influence": ("shape",), "premiere": ("open", "debut"),
    "illustrate": ("draw",), "cross": ("traverse",), "climb": ("ascend", "scale"),
    "inhabit": ("live in", "live on"), "organise": ("put on", "stage"), "organize": ("put on", "stage"),
    "dedicate": ("devote",),
    "end": ("conclude", "put an end to"), "excavate": ("unearth", "uncover", "dig at", "dig up"),
    "prove": ("settle", "resolve"), "conjecture": ("propose", "put forward", "pose"),
    "monitor": ("track", "watch", "observe", "keep watch over"), "track": ("monitor", "watch"),
    "protect": ("safeguard",), "document": ("describe", "record"),
    "depart": ("leave", "set out", "set off", "start"), "terminate": ("end", "finish"),
    "sink": ("go down",), "commission": ("order",),
    "coach": ("train", "mentor"), "worship": ("venerate", "revere"), "rule": ("reign", "govern"),
    "govern": ("rule",), "reign": ("rule",), "spread": ("transmit", "carry"), "transmit": ("spread",),
    "carve": ("cut", "shape", "gouge out", "carve out"),
    "defeat": ("beat", "overcome"), "beat": ("defeat",),
}
"""Verbs a phrase's verb may be said with ("is manufactured by" -> "is made by", "builds"); used
only where no other relation of the graph says the synonym (see :func:`verb_lemmas`)."""

CONSTITUENT_NOUNS = frozenset({"note", "ingredient", "accord", "flavor", "flavour", "material", "grape", "hop",
                               "malt", "spice", "fruit", "component"})
"""What an item is made of: a phrase "has a <noun> of" also reads "features", "contains",
"includes" (not "has a view of", "has the ruins of"), and an attribute of that type is had after
the item's kind ("a chypre with peach"), never been."""

_USING = frozenset({"wears", "wear", "drives", "drive", "rides", "ride", "flies", "fly", "plays", "play", "uses", "use"})
"""Verbs of a phrase "<verb> <goods> made by" that may take the maker for its goods ("wears kits
made by": "Chelsea wear Nike"; not "owns cars made by", "sells fakes made by")."""

_NOUN_SYNONYMS = {"games": ("matches", "fixtures"), "matches": ("games", "fixtures"), "game": ("match",),
                  "match": ("game",)}
"""Nouns of a relation's phrase a writer may say otherwise ("plays its home games at": "home matches")."""

_FIRST_PERFORMED = ("performed", "staged", "heard", "played", "given", "shown", "screened", "mounted", "produced",
                    "danced", "sung")
"""Participles of a first showing: "was first performed at" says "premiered at"."""

_FIRST_AIRED = frozenset({"aired", "broadcast", "shown", "screened", "televised"})
"""Participles of a show's first showing on a network: "first aired on" says "premiered on"."""

_STATUS_PARTICIPLES = frozenset({"designated", "classified", "listed", "recognised", "recognized", "registered",
                                 "inscribed", "certified", "declared", "protected"})
"""Participles of a status conferred on an item ("is designated a", "is listed as"), which the copula
says as well ("is a National Historic Landmark")."""

_MEDIUM_PARTICIPLES = frozenset({"written", "composed", "painted"})
"""Participles of "is <participle> in" a key or a medium (``keyed``), which "is in" says as well
("is written in E minor": "is in E minor"; not "was written in" a city)."""

_WHOLE_MAKERS = frozenset({"written", "painted", "designed", "created", "developed", "directed", "authored",
                           "sculpted", "invented", "drawn", "architected", "engineered", "compiled"})
"""Participles of making a whole item: "was designed by X" may say "was the work of X" (not "built":
a contractor's building is its architect's work, red teams)."""

_CONCEIVED = frozenset({"created", "founded", "invented", "devised", "conceived"})
"""Participles of making a thing from an idea: it is its maker's "creation" or "brainchild" (not
"designed": a designer of a part, Eiffel of the Statue of Liberty's frame, red team 173)."""
_CONCEIVERS = frozenset({"create", "found", "invent", "design", "devise", "conceive"})
"""Their verbs: where two relations of a graph say them, "the creation of" names neither."""
_MAKING_NOUNS = {"created": "creation", "designed": "design", "invented": "invention", "composed": "composition"}
"""The noun of a verb of making ("was created by" -> "is the creation of")."""

_ABOUT = ("covers", "explores", "deals with", "focuses on", "is all about", "digs into", "delves into", "tackles",
          "examines", "is devoted to", "is dedicated to", "centres on", "centers on", "revolves around")
"""What "is about" may be said with ("Lore covers folklore")."""
_CONCERNING = ("concerns", "is concerned with", "addresses")
"""Phrases of a relation to topics that say no more than "is about" ("The Montreal Protocol concerns
the ozone layer"): such a relation also reads "is about" and the phrases of :data:`_ABOUT`."""


def _about_phrases(taken: AbstractSet[str], said: str) -> list[str]:
    """The phrases of :data:`_ABOUT` and :data:`_CONCERNING` but ``said``, each only where no other
    relation says its verb ("covers" a song, "is dedicated to" a person)."""
    return [t for t in (*_ABOUT, *_CONCERNING) if t != said
            and not verb_lemmas(next(w for w in t.split() if w not in ("is", "all"))) & taken]


_MASS_PARTS = frozenset({"music", "art", "artwork", "lyrics", "choreography", "cinematography", "editing",
                         "animation", "photography", "design", "costumes", "illustrations"})
"""Nouns of a work's part said with or without "the" ("composed (the) music for")."""


def _verb_forms(base: str) -> tuple[str, ...]:
    if " " in base:  # a verb with its particle: "look after" -> "looks after", "looked after"
        head, rest = base.split(" ", 1)
        return tuple(f"{f} {rest}" for f in _verb_forms(head))
    return (base, _third(base), _past(base), _participle(base), _gerund(base))


def verb_lemmas(*phrases: str) -> set[str]:
    """The base forms of the words of ``phrases`` ("manufactures" -> "manufacture", "made" ->
    "make"): which verbs a graph's registry already uses."""
    out: set[str] = set()
    for text in phrases:
        for w in text.lower().split():
            out |= {w, _base(w), _BASE_OF.get(w, w)}
            if w.endswith("ed"):
                out |= {w[:-1], w[:-2]}
    return out


_TRANSITIVE_SYNONYMS = frozenset({
    "invent", "contain", "run", "teach", "found", "write", "build", "construct", "use", "offer", "orbit", "connect",
    "discover", "grow", "sing", "launch", "make", "lead", "head", "fund", "describe", "border", "develop", "release",
    "end", "excavate", "prove", "conjecture", "monitor", "track", "protect", "document", "defeat", "beat"})
"""Verbs whose synonyms hold only for the verb alone or its passive with "by" ("runs" -> "operates",
"is run by" -> "is operated by"): "runs through", "led to", "developed from", "was launched from"
say other things (a trail's course, a cause, a descent, a launch site), and "found" is also the past
of "find"."""


def _bare_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ends its phrase or only "by" follows ("runs", "is run by"; not "runs in")."""
    return words[i + 1:] in ([], ["by"])


def bare_lemmas(*phrases: str) -> set[str]:
    """The forms of the words ``phrases`` say alone or before "by" ("is run by", "runs"; not "runs
    in"): where another relation says a verb only with another word after it, a synonym said alone
    or with "by" is still this relation's ("is run by" an operator beside "runs in" a country).
    (Any word so placed counts, a noun too: "is the birthplace of" -> "of".)"""
    out: set[str] = set()
    for text in phrases:
        words = text.lower().split()
        for k, w in enumerate(words):
            if _bare_at(words, k):
                out |= verb_lemmas(w)
    return out


def _synonym_phrases(text: str, taken: set[str], personal: bool = False,
                     taken_bare: set[str] | None = None) -> list[str]:
    """``text`` with its verb said by a synonym not in ``taken`` ("is manufactured by" -> "is made
    by", "is built by"). ``personal``: the relation's objects are people, who may run a race (a
    business "is run by" a company is "operated by" it; a marathon run by an athlete is not).
    ``taken_bare``: of ``taken``, the verbs said alone or before "by" (see :func:`bare_lemmas`);
    given, a synonym said alone or before "by" is kept unless its verb is among them. A synonym is
    checked by its verb only ("put an end to" is free where another relation says "to")."""
    words = text.lower().split()
    out = []
    for i, w in enumerate(words):
        for lemma, synonyms in _SYNONYMS.items():
            forms = _verb_forms(lemma)
            if w not in forms or (i and words[i - 1] in ("a", "an", "the")):
                continue  # (a noun: "is a feature of")
            if lemma in _NOUN_TOO and (w not in forms[2:] or (i and words[i - 1] in ("by", "of", "with"))):
                continue  # (a noun: "is linked by coach to", "runs coaches to", "has coach
                # services to", red team 200: only a past, a participle or a gerund)
            if lemma in _TRANSITIVE_SYNONYMS and (not _bare_at(words, i) or w == "found") \
                    or (lemma == "run" and personal):
                continue  # (only the verb of making or doing itself: not "led to", "developed
                # from", "runs through", "was launched from", nor "found" of "find")
            slot = forms.index(w)
            if w == forms[3] and i and words[i - 1] in (*_BE, *_HAVE, "been"):
                slot = 3  # a participle after "is" / "has" ("is managed by" -> "is run by")
            bare = taken_bare is not None and _bare_at(words, i)
            for syn in synonyms:
                # (only the synonym's verb: "put an end to" is free where another relation says "to")
                if not verb_lemmas(syn.split()[0]) & (taken_bare if bare else taken):
                    out.append(" ".join([*words[:i], _verb_forms(syn)[slot], *words[i + 1:]]))
    return out


_POWERED = {("runs", "on"): "uses", ("run", "on"): "uses", ("is", "powered", "by"): "uses",
            ("uses",): "uses", ("powers",): "powers", ("is", "driven", "by"): "uses"}
"""Phrases of what a thing runs on, said of the thing ("uses") or of what powers it ("powers"); not
"drives" (a driver drives a car, red team 172; "is driven by" only as these are, of power sources)."""
_POWER_FORMS = {"use": (("uses", "used"), ()), "run": (("runs on", "ran on"), ()),
                "have": (("has", "had", "has a", "has an", "had a", "had an", "with", "with a", "with an"), ()),
                "power": (("is powered by", "was powered by"), ("powers", "powered")),
                "drive": (("is driven by", "was driven by"), ("drives", "drove")),
                "rely": (("relies on", "relied on"), ()),
                "build": (("is built around", "was built around", "are built around", "built around"), ())}
"""Forms of running on something: said of the thing (first) and of what powers it (second)."""
_POWER_SOURCES = frozenset({"movement", "movements", "engine", "engines", "motor", "motors", "fuel", "fuels",
                            "propellant", "propellants", "battery", "batteries",
                            "powerplant", "propulsion", "powertrain"})
"""Type words of what powers a machine (an engine, a fuel, a watch's movement): only what a thing
runs on of these kinds "powers" it (not tyres, paper tape, a railway line or Broadway, red team 172)."""
_CHIPS = frozenset({"chip", "chips", "chipset", "chipsets", "processor", "processors", "cpu", "cpus", "soc"})
"""Type words of a device's chips: what a declared "is powered by" / "runs on" / "powers" names
(not "uses": a phone uses co-processors that do not power it, red team 176)."""
_POWER_MODIFIERS = frozenset({"jet", "rocket", "steam", "diesel", "petrol", "gasoline", "electric", "aero", "aircraft",
                              "watch", "nuclear", "marine", "piston"})
"""Words that may stand before a power source's noun in its type ("jet_engine", "watch_movement"; no
"gas", "liquid" or "mechanism": a lifting gas, a coolant, an escapement power nothing, red team 173)."""


_EARLIER_FIRST = (("was", "succeeded", "by"), ("is", "succeeded", "by"), ("is", "the", "predecessor", "of"),
                  ("was", "the", "predecessor", "of"))
_LATER_FIRST = (("succeeded",), ("succeeds",), ("is", "the", "successor", "of"), ("was", "the", "successor", "of"),
                ("is", "the", "successor", "to"), ("was", "the", "successor", "to"))
"""Phrases of succession, said with the earlier one first ("the NES was succeeded by the SNES") or the
later one ("the SNES succeeded the NES"); not "followed" (an expedition follows a river, a fire an
earthquake: red team 172), "precedes" (a station the next one down the line) or "replaced" (a
building another on its site, red team 173), and only between items of one kind."""


def _succession(words: list[str]) -> bool | None:
    """Whether a phrase of succession names the later one first (``True``: "succeeded", "is the
    successor of") or the earlier (``False``: "was succeeded by", "is the predecessor of");
    ``None`` for any other phrase."""
    if tuple(words) in _EARLIER_FIRST:
        return False
    return True if tuple(words) in _LATER_FIRST else None


def succession_nouns(phrase: str | None) -> tuple[str, str] | None:
    """The nouns of the tail and of the head of a relation of succession said by ``phrase``
    ("succeeded": the tail is the head's "predecessor", the head the tail's "successor"); ``None``
    for any other phrase."""
    later = _succession((phrase or "").lower().split())
    if later is None:
        return None
    return ("predecessor", "successor") if later else ("successor", "predecessor")


def _succession_forms(earlier: bool, taken: AbstractSet[str] | None, human: bool = False) -> list[str]:
    """The forms of succession said with the earlier one first (``earlier``) or the later one,
    each verb only where no other relation of the graph says it ("was followed by" where no
    relation "follows" a river or a route); of people (``human``) in an office too ("took over
    from", "was followed in office by"; never of a sequel or a console, red team 174)."""
    if earlier:
        forms = {"succeed": ("was succeeded by", "is succeeded by"),
                 "follow": ("was followed by",) + (("was followed in office by",) if human else ()),
                 "replace": ("was replaced by",), "precede": ("preceded", "came before"),
                 "predecessor": ("is the predecessor of", "was the predecessor of",
                                 "is the predecessor to", "was the predecessor to")}
    else:
        forms = {"succeed": ("succeeded",), "follow": ("followed", "followed on from"),
                 **({"take": ("took over from",)} if human else {}),
                 "replace": ("replaced",), "precede": ("was preceded by",),
                 "successor": ("is the successor of", "was the successor of", "is the successor to",
                               "was the successor to"),
                 "follow-up": ("is the follow-up to", "was the follow-up to")}
    return [f for verb, fs in forms.items() if taken is None or verb not in taken for f in fs]


_CONNECTING = ("connect", "link", "join")
"""Verbs of a relation that connects its subject with each of its objects (a canal, a bridge, a
tunnel, a road): said with "with", "to", "up with" or alone, all alike."""


def connecting_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is an active phrase of connecting ("links up with", "connects", "joined
    up with"; "joins" alone is no connecting: a player joins a club)."""
    words = (phrase or "").lower().split()
    if not words or words[0] in _CONNECTING:  # (a bare base is no declared phrase of one subject)
        return False
    verbs, rest = verb_lemmas(words[0]) & set(_CONNECTING), words[1:]
    return bool(verbs) and rest in ([], ["with"], ["to"], ["up", "with"], ["up", "to"]) \
        and not (rest == [] and "join" in verbs)


def _connecting_forms(taken: AbstractSet[str] | None) -> tuple[list[str], list[str]]:
    """The forms of a connecting phrase, in its direction ("links X with Y", "is connected to X",
    "runs between X and Y") and the other way ("is linked by"), each verb only where no other
    relation says it."""
    same: list[str] = []
    other: list[str] = []
    for base in _CONNECTING:
        if taken is not None and verb_lemmas(base) & taken:
            continue
        _, third, past, part, gerund = _verb_forms(base)
        for f in (base, third, past, gerund):
            same += [f, f"{f} with", f"{f} to", f"{f} up with"]
        same += [f"{b} {part} {p}" for b in (*_BE, "") for p in ("to", "with")]
        other += [f"{b} {part} by" for b in (*_BE, "")] + [f"{b} {part} up by" for b in _BE]
    for verb in ("runs", "run", "ran", "running", "lies", "lie", "lay", "lying"):
        if taken is None or not verb_lemmas(verb) & taken:
            same.append(f"{verb} between")  # "runs between A and B": it connects both
    return [f.strip() for f in same], [f.strip() for f in other]


SPATIAL_PREPOSITIONS = {"on": "on", "upon": "on", "through": "through", "under": "under", "beneath": "under",
                        "below": "under", "underneath": "under", "over": "over", "across": "over",
                        "along": "along", "near": "near"}
"""Prepositions of where a thing lies, runs or stands, each with the one that stands for its
sense ("beneath" the Thames is "under" it, "across" a river "over" it)."""
_LYING = frozenset({"lie", "stand", "sit", "rest", "perch", "run", "pass", "cut", "flow", "wind", "lead",
                    "go", "extend", "stretch", "climb", "rise", "tower", "build", "locate", "situate"})
"""Verbs of lying somewhere or running along a way: what their phrase says after a name ("lies
on" -> "a resort on Bald Mountain"); not "is based on", "airs on", "was adapted into", "is set on" (a story's setting)."""
_PLACE_PARTS = frozenset({"slopes", "slope", "banks", "bank", "shores", "shore", "coast", "summit", "flanks"})
"""Parts of a place a phrase may name ("is on the slopes of", "lies on the banks of"): "on" the
place itself says as much."""


def spatial_phrase(phrase: str | None) -> str | None:
    """The preposition of :data:`SPATIAL_PREPOSITIONS` (by its sense) that a relation's phrase of
    lying, standing or running somewhere ends in ("lies on", "runs beneath", "is on the slopes
    of", "stands near"), else None. Present tense only (not "was built on")."""
    words = (phrase or "").lower().split()
    if len(words) >= 4 and words[-1] == "of" and words[-2] in _PLACE_PARTS and words[-3] == "the" \
            and words[-4] == "on":
        words = words[:-3]  # "is on the slopes of" -> "is on"
    if len(words) < 2 or words[-1] not in SPATIAL_PREPOSITIONS or words[0] in ("was", "were", "had"):
        return None
    verbs = words[:-1]
    if verbs[:1] in (["is"], ["are"]) and len(verbs) == 2:
        verbs = verbs[1:]  # "is located on", "is built over"
    if len(verbs) != 1 or not (verb_lemmas(verbs[0]) & _LYING or verbs[0] in ("is", "are")):
        return None
    return SPATIAL_PREPOSITIONS[words[-1]]


_POSITION_VERBS = ("lie", "sit", "stand")
"""Verbs of where a thing lies that a phrase of lying somewhere is also said with ("is built on"
the Nile: "stands / sits / lies on" it, "is on" it)."""
_WAY_VERBS = ("run", "pass", "go", "cut", "lead", "wind", "travel")
"""Verbs of the way a road, a river or a tunnel runs, said with the preposition of its sense
("runs under" the Thames: "passes / goes beneath" it; "runs through" a range: "cuts through" it)."""


def spatial_forms(words: list[str], taken: AbstractSet[str] | None) -> list[str]:
    """The forms of a phrase of lying or running somewhere (see :func:`spatial_phrase`) said
    with another verb of its kind and any preposition of its sense ("lies on" -> "stands on",
    "is on"; "runs under" -> "passes beneath", "goes under"): a position stays a position
    (never "runs" for "lies"), a way a way, each verb only where no other relation says it."""
    sense = spatial_phrase(" ".join(words))
    if sense is None:
        return []
    preps = [p for p, s in SPATIAL_PREPOSITIONS.items() if s == sense]
    head = words[1] if words[0] in ("is", "are") and len(words) > 2 and words[2] in SPATIAL_PREPOSITIONS else words[0]
    lemmas = verb_lemmas(head)
    if lemmas & set(_WAY_VERBS) or "flow" in lemmas or "climb" in lemmas:
        if sense == "on":
            return []  # ("runs on" Linux: a program's platform, no way)
        bases = [*_WAY_VERBS, *(["flow"] if "flow" in lemmas else []), *(["cross"] if sense == "under" else [])]
        forms = [f for b in bases if taken is None or not verb_lemmas(b) & taken or b in lemmas
                 for f in _verb_forms(b)[:2]]  # (the base and third person: relation_cues inflects each)
        out = [f"{f} {p}" for f in forms for p in preps]
        if sense == "over" and (taken is None or "cross" not in taken):
            out += ["crosses", "cross"]  # "runs over" the pass: "crosses" it
        return out
    if head in ("is", "are") or lemmas & {"lie", "sit", "stand", "locate", "situate", "build", "rest", "perch"}:
        out = [f"{b} {p}" for b in ("is", "are") for p in preps]
        out += [f"{f} {p}" for b in _POSITION_VERBS if taken is None or not verb_lemmas(b) & taken or b in lemmas
                for f in _verb_forms(b)[:2] for p in preps]
        out += [f"{b} {m} {p}" for b in ("is", "are") for m in ("located", "situated") for p in preps]
        if "build" in lemmas:  # "is built on" the Nile: "was built on" it ("built on the Nile, X ...")
            out += [f"{b} built {p}" for b in ("is", "are", "was", "were") for p in preps] + [f"built {p}" for p in preps]
        return out
    return []


_ROUTE_STARTS = frozenset({"depart", "start", "begin", "leave", "originate"})
_ROUTE_ENDS = frozenset({"terminate", "end", "finish", "arrive"})
_ROUTE_MOTION = ("runs", "run", "ran", "running", "travels", "travel", "travelled", "traveled", "travelling",
                 "traveling", "goes", "go", "went", "going")


def route_end(phrase: str) -> str | None:
    """ "start" for a phrase of where a route starts ("departs from", "starts in", "begins at"),
    "end" for one of where it ends ("terminates in", "ends at", "arrives in"), else None."""
    words = (phrase or "").lower().split()
    if len(words) != 2 or words[1] not in ("from", "in", "at"):
        return None
    lemmas = verb_lemmas(words[0])  # ("departs", "departed")
    return "start" if lemmas & _ROUTE_STARTS else "end" if lemmas & _ROUTE_ENDS else None


def _premiere_had(prep: str, forward: bool) -> list[tuple[str, bool]]:
    """ "had its premiere in", "received its first public performance in", "had their premieres
    in": a first showing said as a noun, for a relation "premiered / was first performed <prep>"."""
    nouns = ("premiere", "world premiere", "first performance", "first public performance", "very first performance")
    return [(f"{h} its {n} {prep}", forward) for h in ("had", "has", "received", "receives", "got", "gets")
            for n in nouns] + [(f"{h} their {n}s {prep}", forward) for h in ("had", "have", "received")
                               for n in nouns]


def _looks_verb(word: str) -> bool:
    return word.isalpha() and len(word) > 2 and word not in _FUNCTION and word not in _ORDER_ADVERBS


_ORDER_ADVERBS = frozenset({"first", "originally", "initially", "jointly", "officially", "formally"})
"""Adverbs a phrase may carry before its verb or participle ("was first climbed by", "officially
opened"): no verbs. A text may leave them out in the past ("X climbed it", "was opened by"), never
in the present (which would say it still holds), nor of a past state ("was originally owned by")."""


_FUNCTION = frozenset(
    {"the", "a", "an", "of", "to", "by", "in", "on", "at", "for", "from", "with", "its", "their",
     "is", "are", "was", "were", "has", "have", "had", "be", "been", "and", "or", "as", "that",
     "this", "it", "his", "her", "also", "many", "most", "some"}
)


_PAST_STATE_LEADS = frozenset({"a", "an", "the", "once", "formerly", "previously", "briefly"})
"""Words after "was" that make a relation's declared phrase a past state, not an event ("was a
hospital", "was once a mill" vs "was directed by")."""


_STATE_VERBS = frozenset({
    "hold", "own", "house", "keep", "store", "display", "exhibit", "lend", "loan", "manage", "run", "operate",
    "lead", "coach", "captain", "rule", "govern", "occupy", "inhabit", "employ", "sponsor", "host", "air",
    "stream", "show", "screen", "live", "work", "belong", "serve", "teach", "head", "contain", "sell", "carry",
    "sign", "base", "locate", "situate", "headquarter", "station", "marry", "chair", "imprison", "reside",
    "date", "present", "play", "command", "conduct", "curate"})
"""Verbs of a state or of something ongoing (holding, owning, airing, living, playing at a ground):
declared in the past ("was held by", "aired on", "played its home games at"), the graph says it
held then, not that it holds now ("is held by", "airs on", "plays at" are other claims). Verbs of
making keep their present forms ("is directed by" for "was directed by")."""


def _state_base(word: str) -> str | None:
    """The base of a past form or participle of :data:`_STATE_VERBS` ("held" -> "hold", "aired"
    -> "air", "occupied" -> "occupy"), or ``None``."""
    if word in _BASE_OF:
        base = _BASE_OF[word]
    elif word.endswith("ied"):
        base = word[:-3] + "y"
    elif word.endswith("ed"):
        base = next((b for b in (word[:-2], word[:-1], word[:-3]) if b in _STATE_VERBS), word[:-2])
    else:
        return None
    return base if base in _STATE_VERBS else None


def _past_state(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The forms of a declared phrase in the past tense of a verb of :data:`_STATE_VERBS`, which
    keeps its tense: "was held by" -> "were held by", "had been held by" (not a bare "held by",
    which "is" may precede) and the other direction "held"; "aired on" -> "aired on" only;
    "played its home games at" -> "played their home games at", "played at". ``None`` for any
    other phrase."""
    first, rest = words[0], words[1:]
    tail = " ".join(rest)
    if first in ("was", "were") and len(rest) == 2 \
            and (base := _state_base(rest[0]) or _PAST_ONLY.get(("was", *rest))):
        opposite = [_past(base)] if rest[1] == "by" else []
        same = [f"{b} {tail}" for b in ("was", "were", "had been")]
        if base == "own" and rest[1] == "by":
            # "was owned by X": "belonged to X", "was once owned by X", "X once owned it"
            same += ["belonged to", "once belonged to", "was once owned by", "were once owned by", *_ONCE_PROPERTY]
            opposite += ["once owned"]
        return same, opposite
    playing = first in ("played", "performed") and (rest[:1] == ["its"] and rest[-1:] in (["at"], ["for"])
                                                    or rest == ["for"])  # ("played for" a team)
    if (first in _IRREGULAR_PAST.values() or first.endswith("ed")) and (len(rest) <= 1 or playing):
        # (a verb with its object noun tells an event: "hosted the premiere of")
        base = _state_base(first) or _PAST_ONLY.get(tuple(words))
        if not (base or playing):
            return None
        same = [" ".join(words)]
        if len(rest) == 1 and base:  # "aired on": "was aired on", "Fleabag, first shown on X"
            same += [f"{b} {_participle(base)} {rest[0]}" for b in ("was", "were")] + [f"{_participle(base)} {rest[0]}"]
        if len(rest) >= 3 and rest[0] == "its":
            same += [f"{first} their {' '.join(rest[1:])}"] + ([f"{first} {rest[-1]}"] if playing else [])
        opposite = [f"{b} {_participle(base)} by" for b in ("was", "were", "had been")] \
            if not rest and base else []
        return same, opposite
    return None


_PAST_ONLY = {("used",): "use", ("was", "used", "by"): "use", ("trained", "under"): "train"}
"""Phrases of other verbs that keep their tense as :data:`_STATE_VERBS` do ("Arsenal used White
Hart Lane" says no "uses", red team 191, where "was used for" a windmill's work is read in both
tenses; "trained under": no "trains under", red team 193), with their verb's base."""


_LEADING = frozenset({"lead", "captain", "head", "run", "sponsor"})
"""The verbs of :data:`_STATE_VERBS` by which an undertaking (an expedition, a voyage) is led,
run or backed: an event of the past there, said with the bare participle too ("led by")."""


def led_once(phrase: str | None) -> str | None:
    """The bare participle ("led by") of an undertaking's past leading ("was led / captained /
    headed / run / sponsored by"), which says the past only where no present "is" comes before it
    (the checker drops it there, see constructions.present_led: "The Fram expedition is led by
    Nansen" is no past); else None."""
    words = (phrase or "").lower().split()
    if len(words) == 3 and words[0] in ("was", "were") and words[2] == "by" and _state_base(words[1]) in _LEADING:
        return f"{words[1]} by"
    return None


_HOLDING = frozenset({"own", "hold", "keep", "manage", "run", "operate", "lead", "coach", "captain", "rule",
                      "govern", "employ", "sponsor", "host", "present", "chair", "marry", "date", "occupy",
                      "inhabit", "live", "reside", "house", "head", "lend", "loan", "sign"})
"""The verbs of :data:`_STATE_VERBS` of holding, running or belonging (not of showing: "an HBO
drama" of "aired on" still reads for a series that ended)."""


def said_in_past(*phrases: str) -> bool:
    """Whether any of ``phrases`` is a past state that keeps its tense (:func:`_past_state`:
    "was coached by", "taught"): its agent noun is said with "was" only ("X's teacher was Y")."""
    return any(_past_state(p.lower().split()) is not None for p in phrases if (p or "").strip())


def past_state_phrase(*phrases: str) -> bool:
    """Whether any of ``phrases`` is a past state of holding (:data:`_HOLDING`: "was owned by",
    "was hosted by"): the relation held then, so no modifier ("a Roman Abramovich club") says it now."""
    for p in phrases:
        words = (p or "").lower().split()
        if words and _past_state(words) is not None \
                and any(_state_base(w) in _HOLDING for w in words[:2] if _state_base(w)):
            return True
    return False


def _inflect(phrase: str, declared: bool = False) -> tuple[list[str], list[str]]:
    """Forms of ``phrase`` in the same direction, and forms in the opposite direction (voice).
    A ``declared`` phrase (the registry's own ``phrase`` / ``inverse_phrase``) that states a past
    state ("was a hospital") keeps its tense.

    Returns ``(same, opposite)``: lists of lowercase phrases.
    """
    words = phrase.lower().split()
    if not words:
        return [], []
    same: list[str] = [" ".join(words)]
    opposite: list[str] = []
    first, rest = words[0], words[1:]
    tail = " ".join(rest)
    post = len(rest) in (2, 3, 4) and rest[-1] == "of" and rest[-2] in _STAFF_ROLES \
        and all(w.isalpha() and w not in ("a", "an") for w in rest[:-1])  # ("head designer of")
    at = " ".join([*rest[:-1], "at"]) if post else ""  # ("head designer at")
    if declared and first in ("was", "were") and rest and (rest[0] in _PAST_STATE_LEADS or post):
        # "was a hospital", "was once a mill", "was used as a school", "was head designer of": a
        # past state, said only so (a post: "at" the body too, "was head designer at Chanel")
        past = [f"{b} {tail}" for b in ("was", "were")] + [f"had been {tail}"] + _took_office(rest)
        if post:
            past += [f"{b} {at}" for b in ("was", "were")] + [f"had been {at}"]
            if rest[0] != "the":
                past += [f"{b} the {t}" for b in ("was", "were") for t in (tail, at)]
        if len(rest) >= 3 and rest[0] in ("a", "an") and rest[-1] == "of":
            # "was a doctoral student of" -> "were (both) doctoral students of"
            past.append(f"were {' '.join([*rest[1:-2], plural(rest[-2]), 'of'])}")
        return past, []
    if declared and (past_state := _past_state(words)) is not None:
        return past_state  # ("was held by", "aired on": a past state keeps its tense)
    if declared and first == "had" and rest and rest[0] in ("a", "an", "the", "once", "his", "her", "its", "their"):
        # "had the landmark": a past state too (not "has the landmark")
        had = [f"had {tail}"]
        if rest[0] in ("its", "their") and len(rest) in (3, 4) and rest[-1] in ("in", "at") \
                and all(w.isalpha() and w not in _FUNCTION for w in rest[1:-1]):
            # "had its capital at": "A and B had their capital at", "its capital was at" (in the past)
            noun = " ".join(rest[1:-1])
            had += [f"had {p} {noun} {rest[-1]}" for p in ("its", "their") if p != rest[0]]
            had += [f"{noun} {b} {rest[-1]}" for b in ("was", "were")]
        return had, []
    if first in ("has", "have") and rest[:1] == ["been"] and len(rest) >= 3 and participle(rest[1]):
        # "has been held at" -> "was held at", "were held at" (a past event said in the perfect;
        # not the present "is held at", which would say it still is, nor the bare participle,
        # which "is" would make present)
        done = " ".join(rest[1:])
        same += [f"{b} {done}" for b in ("has been", "have been", "had been", "was", "were")]
    if first in _BE and rest:
        same += [f"{b} {tail}" for b in _BE]
        same += [f"has been {tail}", f"have been {tail}", f"had been {tail}"]
        if len(rest) >= 1 and rest[0] not in ("a", "an", "the", "not"):
            same.append(tail)  # "Abbey Road, produced by George Martin"
        same += _took_office(rest)
        if post:  # "is head designer of" a house -> "is head designer at" it (a post in a body)
            same += [f"{b} {at}" for b in _BE]
            if rest[0] != "the":
                same += [f"{b} the {at}" for b in _BE]
        if rest == ["headquartered", "in"]:
            # "is headquartered in" -> "is based in", "has its headquarters / head office in"
            same += [f"{b} based in" for b in _BE] + ["based in"]
            same += [f"{v} {p} {n} in" for v in ("has", "have") for p in ("its", "their")
                     for n in ("headquarters", "head office", "base")]
        if len(rest) == 2 and rest[0] in _PLACED and rest[1] in _BARE_PREPOSITIONS:
            same.append(rest[1])  # "is located in" -> "a bistro in Soho"
            if rest[1] == "in":
                # "is located within the United Kingdom", "a park within Tokyo"
                same += [f"{b} {rest[0]} within" for b in _BE] + [f"{rest[0]} within", "within"]
            if rest == ["located", "in"]:
                same += ["opened in", "opens in"]  # "The Design Museum opened in Rotterdam (in 1996)"
            if rest in (["located", "in"], ["based", "in"]):
                # "makes its home in Amsterdam", "has its home in Amsterdam", "has its campus in"
                same += [f"{v} {p} home in" for v in ("makes", "make", "made", "has", "have", "had")
                         for p in ("its", "their", "his", "her")]
                same += [f"{v} {p} {n} in" for v in ("has", "have", "had") for p in ("its", "their")
                         for n in ("campus", "main campus")]
            if rest == ["based", "in"]:
                # "is based in" -> "is headquartered in", "has its headquarters in"
                same += [f"{b} headquartered in" for b in _BE] + ["headquartered in", "has its headquarters in"]
                same += [f"{v} {p} base in" for v in ("has", "have", "had") for p in ("its", "their")]  # "has its base in"
        if rest == ["from"]:
            same += ["out of"] + [f"{b} out of" for b in _BE]  # "is from" -> "a show out of Ireland"
            opposite += [f"{b} home to" for b in _BE]  # "Canada is home to X": X is from Canada
        if rest[1:] == ["with"] and rest[0] in _WITH_HAVING:
            # "is equipped with" -> "a bike with SRAM Rival", "comes with SRAM Rival"
            same += ["with"] + [f"{f} with" for f in ("comes", "come", "came")]
        if rest[1:] == ["in"] and rest[0] in MADE_IN:
            # "is grown in" -> "an oolong from Anxi", "comes from Anxi": where a thing is made or
            # grown is where it comes from (not "is set in", "is located in")
            same += ["from"] + [f"{f} from" for f in _ORIGIN_VERBS] + [f"{b} from" for b in _BE]
        if len(rest) == 2 and rest[1] == "on" and (rest[0].endswith("ed") or rest[0] in IRREGULAR_PARTICIPLES):
            same.append("on")  # "was launched on" -> "went to the Moon on a Saturn V"
        if rest == ["released", "on"]:
            # "was released on" -> "came out on PlayStation 4", "is available on PC"
            same += ["came out on", "comes out on", "come out on"] + [f"{b} available on" for b in _BE]
            same += ["arrived on", "arrives on", "landed on", "lands on"]  # ("landed on PlayStation 4")
        if rest == ["available", "on"]:
            # "is available on" -> "came out on the Switch", "is on Switch", "runs on Windows", "is
            # out on PC", "playable on PC"
            same += ["came out on", "comes out on", "come out on", "released on", "runs on", "run on", "for"] \
                + [f"{b} {w} on" for b in _BE for w in ("out", "playable")] + ["out on", "playable on"] \
                + [f"{b} released on" for b in _BE] + [f"{b} on" for b in _BE] \
                + [f"{b} {p} for" for b in ("", *_BE) for p in ("released", "made", "developed")]
            # ("a game for the Switch", "released for Windows")
        if rest == ["based", "on"]:
            # "is based on" -> "is adapted from", "drawn from", "adapted from X's play"
            same += [f"{v} from" for v in ("adapted", "drawn")] + [f"{b} {v} from" for b in _BE for v in ("adapted", "drawn")]
            # "draws on X", "grew out of X", "takes its story from X", "retells X"
            same += ["draws on", "draw on", "drew on", "grew out of", "grows out of", "grow out of", "retells",
                     "retell", "retold", "takes its story from", "take their story from", "took its story from"]
        if rest[:2] in (["based", "on"], ["adapted", "from"]) and len(rest) > 2:
            # "is adapted from the manga by" -> "is based on the manga by" (and back)
            swapped = " ".join((["adapted", "from"] if rest[0] == "based" else ["based", "on"]) + rest[2:])
            same += [swapped] + [f"{b} {swapped}" for b in _BE]
        if rest == ["owned", "by"]:
            same += ["belongs to", "belong to", "belonged to"]  # "is owned by X" -> "belongs to X"
            same += [f"{b} {noun}" for b in ("is", "are") for noun in ("the property of", "in the possession of")]
        if rest == ["used", "as"]:
            # "is used as" -> "serves as a museum", "functions as an office building"
            same += [f"{v} as" for v in ("serves", "serve", "served", "functions", "function", "functioned")]
        if len(rest) == 2 and rest[0] in ("set", "located", "situated") and rest[1] == "in":
            # "is set in" -> "is set on Arrakis" (a planet, an island)
            same += [f"{b} {rest[0]} on" for b in _BE] + [f"{rest[0]} on"]
        if len(rest) == 3 and rest[0] in ("a", "an") and rest[1] in _PLACE_OF_NOUNS and rest[2] in ("in", "of"):
            same += [f"{b} in" for b in _BE]  # "is a city in Brazil" -> "Manaus is in Brazil"
            same += ["belongs to", "belong to", "belonged to", "lies in", "lie in"]  # ("is a region of France")
        if len(rest) == 3 and rest[0] in ("a", "an") and rest[1] == "member" and rest[2] == "of":
            same += ["belongs to", "belong to", "belonged to"]  # "is a member of" -> "belongs to the Ivy League"
        if len(rest) >= 3 and rest[0] in ("a", "an") and rest[-1] == "of":
            # "is a member of" -> "are members of"
            # ("was a doctoral student of" -> "were doctoral students of": the noun before "of")
            many = " ".join([*rest[1:-2], plural(rest[-2]), "of"])
            same += [f"are {many}", f"were {many}"]
        if len(rest) == 3 and rest[0] in ("a", "an") and rest[1].isalpha() and rest[2] == "by":
            # "is a fragrance by" -> "A and B are (both) fragrances by X", "fragrances by X"
            many = f"{plural(rest[1])} by"
            same += [many] + [f"{b} {many}" for b in ("are", "were")]
        article = next((i for i, w in enumerate(rest[1:-2], start=1) if w in ("a", "an")), None)
        if article is not None and rest[-1] in ("by", "of"):
            # "is based on a work by" -> "A and B are both based on works by X"
            plural_tail = " ".join([*rest[:article], plural(rest[article + 1]), *rest[article + 2:]])
            same += [plural_tail] + [f"{b} {plural_tail}" for b in _BE]
        if 3 <= len(rest) <= 4 and rest[0] == "the" and rest[-1] == "of":
            # "is the genre of" -> "Crime and Action are the genres of X" ("the doctoral advisors of")
            same += [f"{b} the {' '.join([*rest[1:-2], plural(rest[-2])])} of" for b in ("are", "were")]
            # a role said without its article or of a place: "is head chef of", "is (the) head
            # chef at Per Se"
            role = " ".join(rest[1:-1])
            same += [f"{b} {role} of" for b in _BE] + [f"{b} {a}{role} at" for b in _BE for a in ("", "the ")]
        # passive -> active of the other direction: "is directed by" -> "directed", "directs"
        if len(rest) == 2 and rest[1] == "by":
            part = rest[0]
            # a passive verb chain: "was written and directed by" (with the auxiliary only: a bare
            # "written" or "directed" could be the active verb of the other direction)
            same += [f"{b} {part}" for b in _BE]
            if part in _BASE_OF:  # "is written by" -> "wrote", "writes"
                base = _BASE_OF[part]
                opposite += [_past(base), _third(base), base]
            elif part.endswith("ied"):
                base = part[:-3] + "y"
                opposite += [part, _third(base), base]
            elif part.endswith("ed"):
                # "directed" -> "direct", "produced" -> "produce": both stems are emitted, the
                # one that is not a word never occurs in a text
                opposite.append(part)
                for base in (part[:-2], part[:-1]):
                    opposite += [_third(base), base]
        if len(rest) == 3 and rest[0] in _ORDER_ADVERBS and rest[2] == "by":
            # "was first climbed by" -> "X first climbed it", "X climbed it" (the active of the
            # other direction, with or without the adverb), "it was climbed first by X"
            adverb, part = rest[0], rest[1]
            active = _inflect(f"{first} {part} by")[1]
            if first in ("was", "were") and _past_state([first, part, "by"]) is not None:
                active = []  # ("was originally owned by" says nothing of who owns it now, red team 152)
            same += [f"{b} {part} {adverb} by" for b in _BE]
            if not (adverb == "first" and part in _FIRST_PERFORMED) and _past_state([first, part, "by"]) is None:
                    # (a first performance is a premiere, not any; a past state keeps its adverb: its
                # bare participle would say it now, red team 152; the past stays past)
                same += [f"{b} {part} by" for b in (("was", "were") if first in ("was", "were") else _BE)]
            opposite += active + [f"{adverb} {a}" for a in active]
    elif first in _ORDER_ADVERBS and len(rest) in (1, 2) and (rest[0].endswith("ed") or rest[0] in PAST_FORMS) \
            and not (first == "first" and rest[0] in _FIRST_PERFORMED) and _past_state(["was", rest[0], "by"]) is None:
        # "officially opened", "first described": the verb without its adverb says less, in
        # both voices and in the past only ("opened", "was opened by"; not "opens", which would
        # say it still does: "initially drove for" is no "drives for", red team 152)
        same.append(tail)
        if len(rest) == 1 and rest[0].endswith("ed"):
            opposite += [f"{b} {rest[0]} by" for b in ("was", "were")]
    elif first in _HAVE and rest and rest[0] != "been":  # (the perfect passive: above)
        same += [f"{h} {tail}" for h in _HAVE]
        if len(rest) == 1 and rest[0].endswith("ed"):
            same.append(rest[0])  # "Motown has signed X" -> "Motown signed X"
        same.append(f"with {tail}")  # "Jumanji, with music by ..." reads the same way
        if rest[0] in ("a", "an", "the") and len(rest) in (2, 3) and rest[1] in CONSTITUENT_NOUNS \
                and rest[2:] in ([], ["of"]):
            # "has a note of" -> "features / contains / includes peach": the noun names what the
            # object is, and having it is all the phrase says (a bare "with": see the index)
            same += ["features", "feature", "featured", "contains", "contain", "contained", "includes", "include",
                     "included"]
        if len(rest) in (2, 3) and rest[-1] == "by" and rest[0] not in ("a", "an", "the", "been"):
            same.append(tail)  # "has music by" -> "features music by X", "music by X"
        if len(rest) == 3 and rest[0] in ("a", "an") and rest[2] == "by":
            # "has a libretto by" -> "a libretto by X", "both have librettos by X"
            many = plural(rest[1])
            same += [f"{rest[1]} by", f"{many} by", f"with {many} by"] + [f"{h} {many} by" for h in _HAVE]
    elif first in ("features", "feature", "featured", "featuring") and len(rest) in (2, 3) and rest[-1] == "by" \
            and rest[0] not in ("a", "an", "the", "been"):
        # "features music by" reads as "has music by": "with music by X", "music by X"
        same += _inflect(f"has {tail}")[0] + [f"{f} {tail}" for f in ("features", "feature", "featured", "featuring")]
    elif first in ("lies", "lie", "sits", "sit", "stands", "stand") and rest in (["within"], ["inside"], ["in"]):
        # "lies within Zion" -> "a trail in Zion", "is in Zion", "is inside Zion"
        verb = {"lies": "lie", "sits": "sit", "stands": "stand"}.get(first, first)
        same += [f"{v} {p}" for v in (verb, _third(verb)) for p in ("within", "inside", "in")]
        same += [f"{b} {p}" for b in _BE for p in ("within", "inside", "in")] + ["in", "within", "inside"]
    elif first in _HEADING and rest == ["to"]:
        # "went to Jupiter" -> "a mission to Jupiter", "a trail to the summit": a bare "to" after
        # the item's noun (where it goes, not whom it is given to: see _HANDING)
        same += ["to"] + [f"{v} to" for v in _HEADING]
    elif first in ("serves", "serve", "served") and rest[:1] == ["as"] and len(rest) <= 3:
        # "serves as a bomber": what the item serves as, it is ("the B-17 is a bomber")
        same += [f"{f} {tail}" for f in ("serves", "serve", "served", "serving")] \
            + [f"{b} {' '.join(rest[1:])}".strip() for b in _BE]
    elif first in ("originated", "originates", "originate") and rest == ["in"]:
        # "originated in Switzerland" -> "comes from", "is from", "hails from" Switzerland
        same += [f"{f} in" for f in ("originated", "originates", "originate")] \
            + [f"{f} from" for f in _ORIGIN_VERBS] + [f"{b} from" for b in _BE] + ["from"] + _ROOTED_IN + _STARTED_IN
    elif first in _ORIGIN_VERBS and rest == ["from"]:
        # "comes from Seattle" -> "is from Seattle", "a band from Seattle"
        same += [f"{f} from" for f in _ORIGIN_VERBS] + [f"{b} from" for b in _BE] + ["from"]
        same += [f"{f} out of" for f in ("comes", "come", "came")]  # "comes out of New Orleans"
        same += _ROOTED_IN + _STARTED_IN  # "has its roots in India", "got its start in Seattle"
        opposite += [f"{b} home to" for b in _BE]  # "Seattle is home to X": X comes from Seattle
        same += ["formed in"] + [f"{b} formed in" for b in _BE]  # "The Cure formed in Crawley"
        # "Keen's Cheddar is made in Somerset": where a thing is made is where it comes from
        same += [f"{m} in" for m in ("made", "produced")] + [f"{b} {m} in" for b in _BE for m in ("made", "produced")]
    elif _looks_verb(first) and first.endswith("ed"):
        # a past-tense verb ("directed", "composed"): its present forms, same direction
        forms = {first}
        for base in (first[:-2], first[:-1]):
            forms |= {base, _third(base)}
            if base in _IRREGULAR_PARTICIPLE:
                forms.add(_IRREGULAR_PARTICIPLE[base])  # "showed on" -> "was shown on"
        same += sorted(f"{f} {tail}".strip() for f in forms)
        if not rest:  # a bare transitive verb: "Kestrel Music released X" -> "X was released by it"
            opposite += [f"{b} {first} by" for b in _BE] + [f"{first} by"]
    elif _looks_verb(first):
        # an irregular past is inflected from its base ("made the first ascent of" -> "makes the
        # first ascent of"; not "maded"); a form that is also a base ("found", "set") stays
        base = _BASE_OF[first] if first in PAST_FORMS and first not in _IRREGULAR_PAST else _base(first)
        if first == "found" and (rest or not declared):
            base = "find"  # "found the wreck of": a phrase's "found" is the past of "find" (one of
            # founding says "founded"), also said "located the wreck of" (not "is found in" a
            # region, a plant's range: "is located in" would read "opened in", red team 157)
            same += [f"{f} {tail}".strip() for f in ("located", "locates", "locate")]
        forms = {first, base, _third(base), _past(base)}
        if first == base or first not in PAST_FORMS:
            forms.add(_gerund(base))  # (a past event is no progressive: "sank" is not "is sinking")
        same += sorted(f"{f} {tail}".strip() for f in forms)
        if rest:  # "plays for" -> "has played for", "have played for" (the perfect says no less)
            same += [f"{h} {_participle(base)} {tail}" for h in _HAVE]
        if 3 <= len(rest) <= 5 and rest[0] == "its" and rest[-1] in _BARE_PREPOSITIONS | {"to", "for"} \
                and all(w.isalpha() for w in rest[1:-1]):
            # "plays its home games at": "play their home games at", and with "at" the verb and
            # the preposition alone ("Arsenal play at the Emirates")
            same += sorted(f"{f} their {' '.join(rest[1:])}" for f in forms)
            if rest[-1] == "at" and base in _PLAYING:
                # (a place of playing only: "loses its players to X" is no "loses to X", "holds
                # its meetings at X" no "holds at X")
                same += sorted(f"{f} {rest[-1]}" for f in forms if f != _gerund(base))
        if len(rest) == 2 and rest[0] == "the":
            # "plays the instrument" -> "plays" (the noun names the object's kind: "plays bass")
            same += sorted(forms)
        if not rest:  # a bare transitive verb: "X plays Y" -> "Y is played by X"
            part = _participle(base)
            opposite += [f"{b} {part} by" for b in _BE] + [f"{part} by"]
    if _looks_verb(first) and len(rest) == 3 and rest[0] == "the" and rest[2] in ("of", "for"):
        # "wrote the libretto for" -> "wrote the libretto of", "wrote the librettos / libretti for
        # A and B"; "composed the score for" -> "composed the scores for A and B"
        nouns = {rest[1], plural(rest[1])} | ({rest[1][:-1] + "i"} if rest[1].endswith("o") else set())
        same += sorted({f"{p.split()[0]} the {n} {q}" for p in same if p.split()[1:3] == ["the", rest[1]]
                        for n in nouns for q in ("of", "for")})
    if first in ("was", "were") and rest in (["formed", "in"], ["founded", "in"], ["established", "in"],
                                             ["first", "made", "in"], ["first", "produced", "in"]):
        # where a band formed, a house was founded, a bar was first made: "got its start in",
        # "started out / life in", "has its roots in" it, "originated in" it
        same += _STARTED_IN + _ROOTED_IN + [f"{f} in" for f in ("originated", "originates", "originate")]
        if declared and rest[-2:] == ["made", "in"]:
            # where a thing was first made is where it comes from ("Irn-Bru comes from Falkirk",
            # "a soda from Knoxville"), as "originated in" says (the registry's own phrase, and
            # never "first produced in": a stage production, red teams 104, 173)
            same += [f"{f} from" for f in _ORIGIN_VERBS] + [f"{b} from" for b in _BE] + ["from"]
        # ("started out / life in": where it was founded only, not where it is based, red team 170)
        same += [f"{v} {w} in" for v in ("started", "starts", "start", "began", "begins", "begin")
                 for w in ("out", "life", "its life", "their life")]
    if words[-1:] == ["by"] or len(words) <= 2:
        # a first making is past: "was first made by" X says nothing of who makes it now ("X makes
        # Y", "Y is made by X" are not its forms, red team 172)
        for adverb in ("first", "originally"):
            if adverb in words[:-1]:
                done = words[words.index(adverb) + 1]
                bases = [_BASE_OF[done]] if done in _BASE_OF else [done[:-2], done[:-1]] if done.endswith("ed") else []
                present = {_verb_forms(b)[1] for b in bases if b} - {done}  # ("went on to direct": the base stays)
                same = [f for f in same if not _present_of(f, present)]
                opposite = [f for f in opposite if not _present_of(f, present)]
    return same, opposite


def _present_of(form: str, present: set[str]) -> bool:
    """Whether a form says its verb in the present ("is made by", "makes", "first makes")."""
    tokens = form.split()
    return tokens[0] in ("is", "are", "has", "have") or any(t in present for t in tokens)


_AT_IS_IN = frozenset({"worshipped", "worshiped", "venerated", "revered", "buried", "interred", "entombed",
                       "crowned", "baptized", "baptised", "married", "educated", "founded", "built", "erected",
                       "held", "housed", "kept", "displayed", "exhibited", "stationed", "based", "located",
                       "situated", "recorded", "identified", "performed", "staged", "signed", "killed",
                       "murdered", "assassinated", "executed", "imprisoned", "raised", "trained", "ordained",
                       "enthroned", "consecrated", "celebrated", "honoured", "honored", "found"})
"""Participles of being or being done somewhere, whose "at" a place is also "in" it ("was worshipped
at / in Athens"; not "fired / aimed at" a target)."""
_OBJECT_PREPOSITIONS = frozenset({"by", "to", "of", "in", "at", "on", "from", "with", "for", "as", "through", "into",
                                  "under", "over"})
"""Prepositions before the article a relation's phrase may end in ("is spread by the"): the article
is the object's (see :func:`relation_cues`)."""
_ARTICLE_FREE_PREPOSITIONS = frozenset({"by", "from"})
"""Prepositions after "the <noun>" of a phrase where the noun may take any article or none ("is
adapted from the manga by": "from a manga by", "from manga by"): the noun's maker or source
follows, which the article does not change (not "of": "is the capital of" says the one)."""
_ORDER_WORDS = frozenset({"first", "second", "third", "last", "only", "sole", "main", "original", "same", "other",
                          "next", "previous", "former", "current", "latest", "final", "lead", "principal", "chief",
                          "one", "very", "whole", "entire"})
"""Words after "the" that say which one of several ("the first winner of"): the article stays."""


_CRAFT_NOUNS = {"edited": "editing", "designed": "design", "animated": "animation", "illustrated": "illustrations",
                "choreographed": "choreography", "arranged": "arrangements", "photographed": "photography",
                "narrated": "narration", "translated": "translation", "mixed": "mixing", "mastered": "mastering",
                "directed": "direction"}
"""The noun of a craft a work "has ... by" someone, by the participle of its phrase ("is edited by"
-> "has editing by")."""


def relation_cues(name: str, phrase: str, inverse_phrase: str, *args: Any, **kwargs: Any) -> dict[str, set[Cue]]:
    """The cue table of a relation (see :func:`_relation_cues`); a declared "also" adds and
    says nothing of the relation, so the forms of the phrases without it come too ("also worked
    as": "worked as"), where the declared phrases' own forms do not say otherwise."""
    out = _relation_cues(name, phrase, inverse_phrase, *args, **kwargs)
    plain = [" ".join(w for w in p.split() if w.lower() != "also") if len(p.split()) > 1 else p
             for p in (phrase, inverse_phrase)]
    if plain != [phrase, inverse_phrase]:
        for form, readings in _relation_cues(name, *plain, *args, **kwargs).items():
            out.setdefault(form, readings)
    return out


def _relation_cues(
    name: str,
    phrase: str,
    inverse_phrase: str,
    cues: tuple[str, ...] = (),
    inverse_cues: tuple[str, ...] = (),
    nouns: tuple[str, ...] = (),
    taken: frozenset[str] | None = None,
    taken_bare: frozenset[str] | None = None,
    topical: bool = False,
    sporting: bool = False,
    personal: bool = False,
    cast: bool = False,
    spanning: bool = False,
    schooling: bool = False,
    schooled: bool = False,
    events: bool = False,
    event_heads: bool = False,
    event_tails: bool = False,
    placed: bool = False,
    keyed: bool = False,
    lingual: bool = False,
    towering: bool = False,
    periodic: bool = False,
    grouping: bool = False,
    commissioned: tuple[str, ...] = ("made", "created"),
    fought: bool = False,
    movable: bool = False,
    corporate: bool = False,
    subsidiary: bool = False,
    terrain: bool = False,
    vessel: bool = False,
    minted: bool = False,
    formal: bool = False,
    undertaken: bool = False,
    spoken: bool = False,
    hanging: bool = False,
    prized: bool = False,
    founded_metal: bool = False,
    photographed: bool = False,
    recorded: bool = False,
    item_kinds: AbstractSet[str] = frozenset(),
    living: bool = False,
    human: bool = False,
    group_objects: bool = False,
    goods: bool = False,
    object_kinds: AbstractSet[str] = frozenset(),
) -> dict[str, set[Cue]]:
    """Every surface form of one relation, lowercase, mapped to the readings it allows.

    ``taken``: the verbs the graph's other relations use (see :func:`verb_lemmas`); given, the
    phrases' verbs are also read as their synonyms that no other relation uses. ``taken_bare``:
    the words the other relations say alone or before "by" (see :func:`bare_lemmas`), which alone
    block a synonym said alone or before "by". ``topical``: the
    relation's objects are topics, so a phrase of :data:`_ABOUT` ("covers") also reads "is about".
    ``sporting``: the relation's subjects are teams, whose manager also "coaches" them.
    ``personal``: its objects are people (a guest "appeared on" a show, and "guested on" it).
    ``cast``: it links a performed work (a film, a series, a play) and people, so "stars" also
    reads "stars in" and "plays the lead in" reads "leads the cast of". ``spanning``: its subjects
    are bridges (a viaduct, an aqueduct), so "crosses" also reads "spans", "over", "across".
    ``schooling``: one end's types are schools, so "is an alumnus of" also reads "studied at";
    ``schooled``: every type of one end is a school's and the other end's are people's, so
    "attended" also reads "studied at", "was a pupil at".
    ``events``: one end's types are events (festivals, races), so "was held at" also reads "took
    place at"; ``event_heads`` / ``event_tails``: every type of that end is an event's, so a venue
    that "hosted" them "staged" them, "was the venue for" them, and they "took place at" it (not
    a club or a museum a venue hosts, red team 216). ``placed``: its objects are
    places (a city, a country, a region), so "stands / lies in" also reads "is located in".
    ``lingual``: its objects are languages, so "is written / sung in" also reads "is in";
    ``keyed``: its objects are musical keys or media, so "is written / painted in" also reads
    "is in" ("is in E minor").
    ``towering``: its subjects are mountains or towers, so a phrase of place also reads "rises in".
    ``fought``: its subjects are battles or sieges, so "took place in" also reads "was fought
    in". ``corporate``: its objects are companies, studios or firms, who may be "the firm behind"
    what they made (people, ``personal``, "the mind behind"). ``subsidiary``: its subjects are
    firms or brands and its objects firms, so "is owned by" also reads "is a subsidiary of". ``movable``: its subjects are
    things, neither people nor buildings, so "is located in" also reads "is kept / displayed /
    housed in" ("The Louvre is on display in Paris": no).
    ``formal``: its objects are kinds, forms or types (a "volcano type", a "musical form"), so
    "is a" also reads "takes the form of a" and "is in the form of" reads "is a" (not a shape: the
    Lotus Temple "takes the form of" a lotus flower and is none, red team 162).
    ``undertaken``: its subjects are undertakings (an expedition, a voyage, a raid), which
    were led or commanded once and are over: "was led by" is then an event, also said with the
    bare participle ("the Fram expedition, led by Fridtjof Nansen"), never in the present.
    ``founded_metal``: its subjects are cast in metal (bells, statues, cannons): "was cast by" a
    foundry is their making ("came out of", "was the work of" it), not a film's casting.
    ``prized``: its subjects are prizes (a trophy, a cup, a medal), which the body that presents
    them also "hands out"; they "are awarded / given / handed out by" it.
    ``hanging``: its subjects hang where they are kept (bells, paintings, tapestries): "is
    housed / located / kept / displayed in" also reads "hangs in".
    ``spoken``: its subjects are speeches, lectures or sermons, which are "given" as they are
    "delivered" ("Lincoln gave the Gettysburg Address").
    ``group_objects``: its objects are all groups of people (orders, bands, parties: see
    :data:`GROUP_KINDS`), which one "joins" as "a member of" them.
    ``living``: its subjects are people, characters or animals, who "live" where they are
    based ("Superman lives in Metropolis"); ``human``: its subjects are all people (pupils of
    their teachers: no horse "studied under" its trainer).
    ``object_kinds``: the words of its objects' types (a movement "powers" a watch; a network a
    show "runs on" does not).
    ``goods``: its subjects are all products (a camera, a phone, a drink), which the firm that
    makes them also "manufactures" or "produces" (``corporate`` only; not a studio's films, nor a
    builder's bridges).
    ``photographed``: its subjects are photographs, which are "shot", "captured" or "snapped"
    as they are "taken" ("Nick Ut shot The Terror of War in Trang Bang").
    ``item_kinds``: the words of its subjects' types ("is a cave in" a place says where a cave
    is, see :func:`kind_in_place`).
    ``recorded``: its subjects are recordings (songs, singles, albums), whose performer also
    "recorded" them ("Bob Dylan recorded Like a Rolling Stone").
    ``minted``: its subjects are all coins or medals, so "was struck at" a mint also reads "was
    minted at" and "came out of" it.
    ``terrain``: its objects are places or features of the land (a river, a mountain, a road),
    so a phrase of lying or running somewhere is also said with another verb of its kind ("lies
    on" -> "stands on", "runs under" -> "passes beneath", see :func:`spatial_forms`).
    ``vessel``: its subjects are ships or boats (launched from a shipyard, never flown from it).
    ``periodic``: its objects are periods of time (an era, an epoch), so "lived / existed during",
    "dates from" or "belongs to" one also reads the others and "is from" it ("a theropod from the
    Jurassic").
    ``grouping``: its objects are groups of their kind (a clade, a family), so "is a member of" one
    also reads "is a" ("Brachiosaurus was a sauropod"). ``commissioned``: the participles that
    "was commissioned by" also reads with "for" ("was made / created for"; "built / designed for"
    where the subjects are buildings or vehicles, "painted for" paintings, "written / composed for"
    music: red team 143).

    >>> cues = relation_cues("directed_by", "is directed by", "directed")
    >>> [f for f in ("was directed by", "directed by", "directs") if f in cues]
    ['was directed by', 'directed by', 'directs']
    >>> {c.forward for c in relation_cues("directed_by", "is directed by", "directed")["directed"]}
    {False}
    >>> {c.forward for c in relation_cues("signed_to", "is signed to", "has signed")["signed to"]}
    {True}
    """
    out: dict[str, set[Cue]] = {}
    if inverse_phrase.lower().split()[1:] in (["home", "to"], ["home", "of"]) \
            or phrase.lower().split() in (["is", "housed", "in"], ["are", "housed", "in"]):
        nouns = (*nouns, "home")  # "is located at" / "is home to": "Kings Island, the home of X"
        # (what houses a thing is its home: "the Wanamaker Organ's home is the Wanamaker Building")

    def add(form: str, forward: bool, noun: bool = False) -> None:
        form = " ".join(re.sub(r"[^\w'&/-]+", " ", form.lower()).split())
        if form and (form not in _FUNCTION or form in _BARE_PREPOSITIONS):
            out.setdefault(form, set()).add(Cue(name, forward, noun))
            words = form.split()
            if len(words) >= 3 and words[-1] in ("the", "a", "an") and words[-2] in _OBJECT_PREPOSITIONS:
                # a phrase that ends in its object's article ("is spread by the", "belonged to the",
                # "is classified as a"): the article is the object's, which may take another or
                # none ("Plague is spread by fleas")
                out.setdefault(" ".join(words[:-1]), set()).add(Cue(name, forward, noun))
            if "the" in words[1:-2]:
                # "is adapted from the manga by" -> "from a manga by", "from manga by": the article
                # of a noun between the verb and its preposition (not "the first / only winner of")
                k = words.index("the", 1)
                if words[k + 2] in _ARTICLE_FREE_PREPOSITIONS and words[k + 1].isalpha() \
                        and words[k + 1] not in _ORDER_WORDS and not words[k + 1].endswith("est"):
                    article = "an" if words[k + 1][0] in "aeiou" else "a"
                    for swapped in ([*words[:k], article, *words[k + 1:]], [*words[:k], *words[k + 1:]]):
                        out.setdefault(" ".join(swapped), set()).add(Cue(name, forward, noun))
            if "a" in words or "an" in words:  # "is a" reads "is an" before a vowel, and back
                swapped = " ".join({"a": "an", "an": "a"}.get(w, w) for w in words)
                out.setdefault(swapped, set()).add(Cue(name, forward, noun))
                if words[0] in _BE and len(words) > 2:
                    # "is another dish of": "another" asks for a second item (see parse)
                    other = " ".join("another" if w in ("a", "an") else w for w in words)
                    out.setdefault(other, set()).add(Cue(name, forward, noun))

    def add_variants(form: str, forward: bool, noun: bool = False) -> None:
        add(form, forward, noun)
        words = form.split()
        # "is also the home of", "are both directed by", "has also signed"
        if len(words) > 1 and words[0] in _BE + _HAVE:
            for adverb in ("also", "both", "all"):
                add(" ".join([words[0], adverb, *words[1:]]), forward, noun)
        if len(words) == 3 and words[0] in _BE and participle(words[1]) and words[2] in ("in", "at", "on", "by"):
            add(" ".join([*words[:2], "both", words[2]]), forward, noun)  # "is grown both in A and in B"

    symmetric = phrase.strip().lower() == inverse_phrase.strip().lower()
    spatial_both = set(spatial_forms(phrase.lower().split(), taken)) \
        & set(spatial_forms(inverse_phrase.lower().split(), taken)) if terrain else set()
    extra = []
    exact: list[tuple[str, bool]] = []  # forms added as written, never inflected
    for text, forward in ((phrase, True), (inverse_phrase, False)):
        words = text.lower().split()
        if formal and (words in (["is", "a"], ["is", "an"]) or words in _FORM_OF):
            # a kind: "Kilauea takes the form of a shield volcano", "is in the form of a march";
            # a phrase of form ("is in the form of") is also the kind's "is a"
            exact += [(f"{v} the form of {a}", forward) for v in ("takes", "take", "took") for a in ("a", "an")]
            exact += [(f"is in the form of {a}", forward) for a in ("a", "an")]
            if words in _FORM_OF:
                extra += [(f"{b} {a}", forward) for b in ("is", "are") for a in ("a", "an")]
        if "music" in words and (words[:2] in (["has", "music"], ["had", "music"]) and words[-1] == "by"
                                 or words[-3:] == ["to", "music", "by"] and words[0] in _BE
                                 or words[:1] in (["composed"], ["wrote"], ["writes"], ["composes"])):
            # "has music by" / "is set to music by" / "composed the music for": scoring is
            # composing a work's music, its score or soundtrack
            fwd = forward if words[-1] == "by" else not forward
            extra += [("is scored by", fwd), ("has a score by", fwd), ("has a soundtrack by", fwd),
                      ("score by", fwd), ("soundtrack by", fwd), ("music from", fwd), ("has music from", fwd)]
            if words[0] in _BE:  # "is set to music by X": "has music by X", "with music by X"
                extra += [(f"{h} music by", fwd) for h in ("has", "have", "had", "with")] + [("music by", fwd)]
            extra += [(f"{verb} the {part} for", not fwd) for verb in ("wrote", "composed")
                      for part in ("music", "score", "soundtrack")]
            # "carries / comes with a score by X"
            extra += [(f"{verb} a {part} by", fwd) for verb in ("carries", "carry", "carried", "comes with",
                                                               "come with", "came with", "boasts")
                      for part in ("score", "soundtrack")]
        if len(words) == 3 and words[0] in _BE and words[2] == "by" and words[1] in _CRAFT_NOUNS:
            # "is edited by X" -> "has editing by X", "with animation by X", "editing by X": the
            # craft's noun (a light verb before it: "features editing by X")
            noun = _CRAFT_NOUNS[words[1]]
            extra += [(f"{noun} by", forward)] + [(f"{h} {noun} by", forward) for h in ("has", "have", "had", "with")]
        if founded_metal and len(words) == 3 and words[0] in _BE and words[1] == "cast" and words[2] == "by":
            # a bell "was cast by" a foundry: it "came out of" it, "is the work of" it
            exact += [(f"{v} out of", forward) for v in ("came", "comes", "come")]
            extra += [(f"{b} the work of", forward) for b in _BE] + [("the work of", forward)]
        if prized and words[:1] and words[0] in _BE and words[-1:] == ["by"] \
                and " ".join(words[1:-1]) in _PRIZE_GIVING:
            # a trophy "is presented by" a league: it "is awarded / given / handed out / conferred
            # by" it, in the phrase's tense ("the league hands it out" where it "is" so)
            bes = ("is", "are") if words[0] in ("is", "are") else ("was", "were")
            exact += [(f"{b} {p} by", forward) for b in bes for p in _PRIZE_GIVING]
            if words[0] in ("is", "are"):
                exact += [(f, not forward) for f in ("hands out", "hand out", "hands", "hand", "presents",
                                                     "present", "awards", "award", "confers", "confer")]
            else:
                exact += [(f, not forward) for f in ("handed out", "presented", "awarded", "conferred")]
        if prized and len(words) == 4 and words[0] in ("was", "were") and words[1] == "first" \
                and words[2] in ("awarded", "given", "presented") and words[3] == "to":
            # a prize "was first awarded to" Y: it "was first won by" Y, "first went to" Y; Y "was
            # its first winner", "first won" it, "won / received the first" one
            exact += [(f"{b} first {p}", forward) for b in ("was", "were")
                      for p in ("awarded to", "given to", "presented to", "won by")]
            exact += [("first went to", forward), ("went first to", forward)]
            exact += [(f, not forward) for f in ("was the first winner of", "were the first winners of",
                                                 "was the first recipient of", "were the first recipients of",
                                                 "first won", "was the first to win", "won the first",
                                                 "received the first")]
        if prized and words[:1] and words[0] in ("is", "are") and words[1:3] == ["awarded", "for"]:
            # a prize "is awarded for (work in)" a field: it "honours / recognises / rewards" it,
            # "is a prize / an award for" it
            for v in ("honours", "honors", "recognises", "recognizes", "rewards", "honour", "honor", "recognise",
                      "recognize", "reward"):
                exact += [(v, forward), (f"{v} work in", forward), (f"{v} achievement in", forward)]
            exact += [(f, forward) for f in ("is a prize for", "is an award for", "are prizes for", "are awards for",
                                             "is given for", "are given for", "is awarded for", "are awarded for",
                                             "is presented for", "is awarded for work in", "is given for work in")]
        if not (personal or corporate or placed) and len(words) >= 2 and words[0] in _WITH_INSTRUMENT \
                and (words[-1] == "with" or (words[-2] == "with" and words[-1] in ("a", "an", "the"))) \
                and (taken is None or "use" not in taken):
            # a thing "prints / renders pages / weaves with" an instrument: it "uses" it, "relies
            # on" it (a verb of working with a tool, in the present: not "collides / co-orbits /
            # sails / goes well / comes / launched / integrates with", red team 180)
            exact += [(f, forward) for f in ("uses", "use", "relies on", "rely on")]
        makers = {"invent", "create", "devise", "make", "write", "compose", "design", "develop", "author", "build"}
        if personal and len(words) == 3 and words[0] in _BE and words[1:] == ["credited", "to"] \
                and not ((taken_bare if taken_bare is not None else taken or set()) & makers):
            # (not where another relation says who made or wrote it, "by" or alone: a song
            # credited to two and written by one, a dish credited to one and first made by
            # another, red team 180; "is made with the pasta" says no maker)
            # a dish, an invention "is credited to" its creator: it "was invented / created /
            # devised by" him, he "invented / created / came up with" it (in the past)
            exact += [(f"{b} {v} by", forward) for b in ("was", "were") for v in ("invented", "created", "devised")]
            exact += [(f, not forward) for f in ("invented", "created", "devised", "came up with")]
            exact += [(f"{b} credited with", not forward) for b in _BE]  # ("is credited with" it)
        if spoken and "delivered" in words:
            # a speech "was delivered by / in / at": it "was given by / in / at" ("X gave it")
            extra.append((" ".join("given" if w == "delivered" else w for w in words), forward))
        if words in (["is", "located", "in"], ["are", "located", "in"]) and (taken is None or "base" not in taken):
            # where no other relation says "based": "El Corte Inglés is based in Madrid" (said as
            # it stands: not "is headquartered in", which a building is not, red team 113)
            exact += [("is based in", forward), ("are based in", forward), ("based in", forward)]
        if living and words in (["is", "based", "in"], ["is", "located", "in"]) \
                and (taken is None or "live" not in taken):
            extra += [("lives in", forward), ("resides in", forward)]
        if words == ["depicts"] and minted:
            # a coin "depicts" a person or a beast on its face: it "bears / carries / features"
            # it, "bears an image / a portrait of" it, and the subject "appears on" the coin
            exact += [(f"{v}{n}", forward) for v in ("bears", "bear", "carries", "carry", "features", "feature")
                      for n in ("", " an image of", " a portrait of", " the image of", " the portrait of")]
            exact += [(f"{v} on", not forward) for v in ("appears", "appear", "appeared")]
        if words == ["depicts"] and (taken is None or "subject" not in taken):
            # "Che Guevara is the subject of Guerrillero Heroico" (not of "portrays": an actor's
            # character is not his subject; nor of "shows": an exhibition's works, red team 167)
            extra += [(f"{b} the subject of", not forward) for b in ("is", "was")]
        if words in (["is", "a", "member", "of"], ["are", "members", "of"]):
            # "Storm is one of the X-Men" (a team named in the plural)
            extra += [("is one of", forward), ("was one of", forward)]  # (not "among": "is among its alumni")
        if photographed and "taken" in words:
            # a photograph "was taken by / in": it "was shot / captured / snapped / photographed
            # by / in" ("Eddie Adams shot Saigon Execution in Saigon")
            extra += [(" ".join(v if w == "taken" else w for w in words), forward)
                      for v in ("shot", "captured", "snapped", "photographed")]
        if placed and kind_in_place(words, item_kinds):
            # "is a cave in" a country: where it is ("Lascaux is in France"; "a French cave", see
            # the index's modifier readings; no bare "in": "first held in 1810 in Munich" stays the
            # festival's "is held in", not a city's "is a city in")
            exact += [(f"{b} {v}in", forward) for b in _BE for v in ("", "located ", "situated ")]
        if placed and words in (["was", "unveiled", "in"], ["were", "unveiled", "in"], ["unveiled", "in"]) \
                and (taken is None or not taken & {"exhibit", "show", "display", "present", "debut", "premiere",
                                                   "appear", "introduce"}):
            # "was unveiled in" a city: it "made its debut / debuted" there, "was first shown" there
            # (where no other relation shows or exhibits it: a statue first exhibited elsewhere,
            # red team 171)
            exact += [(f, forward) for f in ("made its debut in", "debuted in", "was first shown in",
                                             "was first presented in", "first appeared in")]
        if words[-2:] in (["spin-off", "of"], ["spinoff", "of"]) and words[0] in _BE:
            # "is a spin-off of" a show: it "was spun off from" it, it "grew out of" it
            exact += [(f, forward) for f in ("was spun off from", "spun off from", "is spun off from", "grew out of")]
        if placed and [w for w in words if w not in _BE and w != "first"] in (["published", "in"], ["released", "in"]):
            # "was first published in" a city: it "first came out / appeared in" it
            exact += [(f"{f}{v} in", forward) for f in ("", "first ")[:1 + ("first" in words)]
                      for v in ("came out", "appeared")]  # ("first" where the phrase says it, red team 170)
        exact += [(f, forward) for f in _seat_forms(words, taken)]
        if placed and not item_kinds & _DEVELOPED_FILM and [w for w in words if w not in ("was", "were")] in _ORIGINATED \
                and (taken is None or not taken & {"originate", "come", "hail", "root"}):
            # where a thing was developed, invented or first built is where it originated ("The
            # Kamov Ka-50 originated in the Soviet Union", "comes from"; not where it was found:
            # a meteorite found in Antarctica came from space)
            exact += [(f"{v} in", forward) for v in ("originated", "originates")]
            exact += [(f"{v} from", forward) for v in ("comes", "came", "hails")]
            exact += [(f, forward) for f in _ROOTED_IN]
        if [w for w in words if w not in ("is", "are")] in _HOMED:
            # where a thing is kept or stands is its home: "The Hooker Telescope has its home at
            # Mount Wilson" (in the present, as the phrase says it)
            exact += [(f"{v} {o} home {p}", forward) for v in ("has", "have", "makes", "make")
                      for o in ("its", "their") for p in ("in", "at")]
        if recorded and (words[-2:] == ["performed", "by"] or words == ["performed"]) \
                and (taken is None or not taken & {"record", "sing", "perform"}):
            # a song "is performed by" its performer: it "is recorded by" them ("Bob Dylan
            # recorded it"; where no other relation records, sings or performs: "recorded it at
            # Live Aid" would read the concert a performance "was performed at", red team 169)
            extra += [(" ".join("recorded" if w == "performed" else w for w in words), forward)]
            # (not "sung": a performer credit may be a producer's, whose single "features vocals
            # by" a singer, red team 171)
        if undertaken and words in (["was", "a"], ["was", "an"], ["were", "a"], ["were", "an"]):
            # an expedition "was a drift expedition": its kind, not a past state ("the Norge
            # flight, an airship flight"; "is an airship flight")
            extra += [(f"is {a}", forward) for a in ("a", "an")]
        if undertaken and (bare := led_once(" ".join(words))):
            # "was led by" an expedition's leader: the bare participle ("the Fram expedition,
            # led by Nansen"; "the expedition led by Scott"), not after "is" (see led_once)
            exact.append((bare, forward))
        if len(words) == 3 and words[0] in _BE and words[1] in _WHOLE_MAKERS and words[2] == "by" \
                and taken is not None and "work" not in taken:
            # "was designed by" -> "was the work of Bruce Price" (a maker of the whole item)
            extra += [(f"{b} the work of", forward) for b in _BE] + [("the work of", forward)]
        if len(words) == 3 and words[0] in _BE and words[1] in _MAKING_NOUNS and words[2] == "by" \
                and taken is not None and _MAKING_NOUNS[words[1]] not in taken:
            # "was created by" -> "is the creation of", "designed by" -> "the design of"
            noun = _MAKING_NOUNS[words[1]]
            extra += [(f"{b} the {noun} of", forward) for b in _BE] + [(f"the {noun} of", forward)]
        if len(words) == 3 and words[0] in _BE and words[2] == "by" and words[1] in _CONCEIVED and personal \
                and taken is not None and not taken & (_CONCEIVERS | {"creation", "brainchild"}):
            # what a maker conceived is "the creation / brainchild of" them ("easyJet was the
            # creation of Stelios", "Unimate was the brainchild of George Devol"), where no other
            # relation of the graph creates, founds, invents or designs
            extra += [(f"{b} {d} {n} of", forward) for b in _BE for d in ("the", "a")
                      for n in ("creation", "brainchild") if not (d == "a" and n == "brainchild")]
            extra += [("the creation of", forward), ("the brainchild of", forward)]
        if any(w in ("music", "score", "soundtrack") for w in words) and words[-1] == "by" and words[0] in _BE + _HAVE:
            # "has music composed by" -> "set to music by", "set to a score by"
            extra += [(f"{b}set to {part} by", forward) for b in ("", "is ", "was ") for part in ("music", "a score")]
        if words[-2:] == ["composed", "by"] and (taken is None or "music" not in taken):
            # "was composed by": a work's music is by its composer ("an opera with music by X")
            extra += [(f"{h} music by", forward) for h in ("has", "have", "had", "with")] + [("music by", forward)]
        if len(words) in (2, 3) and words[-2] == "premiered" and words[-1] in ("at", "in", "on") \
                and words[:-2] in ([], ["was"], ["were"]):
            # "premiered at": "was first performed / staged / heard at", "had its premiere at"
            prep = words[-1]
            extra += [(f"{b} first {p} {prep}", forward) for b in ("was", "were", "") for p in _FIRST_PERFORMED]
            extra += _premiere_had(prep, forward)
        if len(words) in (3, 4) and words[-3] == "first" and words[-2] in _FIRST_AIRED and words[-1] in ("on", "in", "at") \
                and words[:-3] in ([], ["was"], ["were"]):
            # a show "first aired on" a network "premiered on" it, "debuted on" it, "had its
            # premiere on" it (its first showing)
            prep = words[-1]
            extra += [(f"{v} {prep}", forward) for v in ("premiered", "debuted")]
            extra += [(f"{h} its debut {prep}", forward) for h in ("had", "made")]  # (no "television debut": a
            # radio show, a festival screening, red team 182)
            extra += _premiere_had(prep, forward)
        if words[:1] in (["played"], ["plays"]) and words[1:] in (["as", "a"], ["as", "an"], ["as"]) \
                and object_kinds and object_kinds <= {"position", "positions"}:
            # a player's position: "played at fullback", "played fullback" (in the phrase's tense)
            exact += [(f"{words[0]} at", forward), (words[0], forward)]
        if len(words) in (3, 4) and words[0] in ("is", "are") and words[1] in _STATUS_PARTICIPLES \
                and words[2:] in (["a"], ["an"], ["as"], ["as", "a"], ["as", "an"]):
            # "is designated a" / "is listed as a" National Historic Landmark: "is a", "is an"
            extra += [(f"{b} {a}", forward) for b in ("is", "are") for a in ("a", "an")]
        if len(words) >= 5 and words[0] in _BE and words[1] in _STATUS_PARTICIPLES and words[2] == "as" and words[-1] == "by":
            # "is inscribed as intangible heritage by UNESCO": "was inscribed by UNESCO", "inscribed by"
            extra += [(f"{b} {words[1]} by".strip(), forward) for b in (*_BE, "")]
        if terrain and len(words) == 3 and words[0] in ("is", "are") and words[1] == "protected" \
                and words[2] in ("in", "within", "inside"):
            # "is protected within" a national park: it "lies within / inside" it, "falls within"
            # it (what protects it contains it)
            extra += [(f"{v} {p}", forward) for v in ("lies", "lie", "sits", "sit", "is", "are", "falls", "fall")
                      for p in ("within", "inside")] + [(f"{v} in", forward) for v in ("lies", "sits")]
        if placed and len(words) == 3 and words[0] in _BE and words[1] in _AT_IS_IN and words[2] == "at":
            # a passive "was worshipped at" a place (a city, a region, a mountain): "was worshipped
            # in" it too (verbs of being somewhere only: not "fired / directed / pointed at" a
            # target, red team 200; not a measure, "is valued at")
            extra.append((" ".join([*words[:2], "in"]), forward))
            if object_kinds & {"island", "islands", "mountain", "mountains", "hill", "hills"}:
                extra.append((" ".join([*words[:2], "on"]), forward))  # ("on Delos", "on Mount Cyllene")
        if len(words) == 3 and words[0] in _BE and words[1] == "buried" and words[2] in ("in", "at"):
            # "is buried in" a cemetery: "was buried / laid to rest / interred in / at" it, "lies
            # buried in" it, "rests in" it
            # (a past "was buried at" says no present: a hoard has been dug up since)
            now = words[0] in ("is", "are")
            exact += [(f"{b} {v} {p}", forward) for b in (("is", "are", "was", "were", "lies", "lie") if now
                                                           else ("was", "were"))
                      for v in ("buried", "laid to rest", "interred", "entombed") for p in ("in", "at")]
            exact += [(f"{v} {p}", forward) for v in (("rests", "rest") if now else ()) + ("buried", "laid to rest",
                                                                                           "interred")
                      for p in ("in", "at")]
            if now and (taken is None or "lie" not in taken):
                exact += [(f"{v} {p}", forward) for v in ("lies", "lie") for p in ("in", "at")]  # "Anne Boleyn lies in X"
            if now:  # the place "is the (final) resting place of" the one buried there
                exact += [(f"{b} the {last}resting place of", not forward) for b in ("is", "are")
                          for last in ("", "final ", "last ")]
        if words in (["borders"], ["border"], ["is", "adjacent", "to"], ["adjoins"]):
            # "borders": "lies next to", "neighbours" ("shares a border with" is read as sharing)
            extra += [(f, forward) for f in ("is adjacent to", "lies next to", "sits next to", "neighbours", "neighbors")
                      if f.split() != words]
        if len(words) == 3 and words[0] in _BE and words[1] == "scored" and words[2] == "for":
            # "is scored for" a harp: a work "calls for / uses / requires / features" it, "is written for" it
            extra += [(f, forward) for v in ("call for", "use", "require", "need", "feature", "include", "make use of")
                      for f in _verb_forms(v)[:3]] + [(f"{b} written for", forward) for b in _BE]
        if len(words) == 6 and words[0] in _BE and words[1] in ("premiered", "performed") \
                and words[2:] == ["under", "the", "baton", "of"]:
            # "was premiered under the baton of": "was premiered / first performed / conducted under"
            extra += [(f"{b} {p} under", forward) for b in ("was", "were", "") for p in ("premiered", "first performed")]
        if len(words) == 3 and words[0] in _BE and words[1] in _MEDIUM_PARTICIPLES and words[2] == "in" and keyed:
            # "is written in" E minor / Latin: "is in E minor", "is in Latin"
            extra += [(f"{b} in", forward) for b in _BE]
        if len(words) == 4 and words[0] in ("was", "were") and words[1] == "first" and words[2] in _FIRST_PERFORMED \
                and words[3] in ("at", "in", "on"):
            # "was first performed in": "premiered in", "was premiered in", "was first heard in",
            # "had its premiere / first performance in"
            prep = words[3]
            extra += [(f"{b}premiered {prep}", forward) for b in ("", "was ", "were ")]
            extra += [(f"{b} first {p} {prep}", forward) for b in ("was", "were", "") for p in _FIRST_PERFORMED]
            extra += _premiere_had(prep, forward)
        if words[:1] in (["gave"], ["staged"]) and words[1:] in (["the", "first", "performance", "of"], ["the", "premiere", "of"],
                                                                  ["the", "world", "premiere", "of"]):
            # "gave the first performance of": "premiered X", "gave / staged the (world) premiere of X"
            # (in the past, as the phrase: a premiere is given once, red team 215)
            exact += [("premiered", forward)]
            exact += [(f"{v} the {n} of", forward) for v in ("gave", "staged", "danced", "performed")
                      for n in ("premiere", "world premiere", "first performance", "first performances",
                                "world premieres", "premieres")]
        if len(words) == 4 and words[0] in ("was", "were", "is") and words[1] == "first" and words[3] == "by" \
                and participle(words[2]):
            # "was first danced by": "was first performed / staged by", "was premiered by" (a
            # first showing only: not "was first climbed by", red team 140)
            if words[2] in _FIRST_PERFORMED or words[2] in _FIRST_SHOWING:
                extra += [(f"{b} first {p} by", forward) for b in ("was", "were", "") for p in _FIRST_PERFORMED]
                extra += [(f"{b} premiered by", forward) for b in ("was", "were", "")]
            # "was first climbed by" Y: Y "was the first to climb" it ("were the first to climb")
            exact += [(f"{b} the first to {base}", not forward) for b in ("was", "were")
                      for base in bases_of_participle(words[2])]
        if words[:1] in (["hosted"], ["staged"]) and words[1:] in (["the", "premiere", "of"], ["the", "premieres", "of"]):
            # "hosted the premiere of": "saw / staged the premiere of", "hosted the first performance of"
            extra += [(f"{v} the {n} of", forward) for v in ("hosted", "saw", "staged")  # (a venue gives no performance)
                      for n in ("premiere", "premieres", "first performance", "first performances")]
        if words[-2:] == ["influenced", "by"] or words == ["influenced"]:
            # "was influenced by": "inspired by", "took inspiration from"
            fwd = forward if words[-1] == "by" else not forward
            extra += [("was inspired by", fwd), ("inspired", not fwd)]
            extra += [(f"{verb} inspiration from", fwd) for verb in ("took", "takes", "drew", "draws")]
        if route_end(" ".join(words)) == "start" and placed:  # (a place: a driver "started at" a team runs nowhere)
            # "departs from" A: "runs / travels / goes from A" (to B: see the reader's route ends),
            # each verb only where no other relation says it with "from"
            extra += [(f"{v} from", forward) for v in _ROUTE_MOTION
                      if taken is None or not (verb_lemmas(v) & taken and "from" in taken)]
        if connecting_phrase(" ".join(words)):
            # "links up with": "connects", "joins", "links X with Y", "is connected to", "runs
            # between" (see constructions.connected_pairs for "X with / to Y")
            same_way, other_way = _connecting_forms(taken)
            extra += [(f, forward) for f in same_way if f.split() != words]
            extra += [(f, not forward) for f in other_way]
        if words in (["has", "a", "collection", "of"], ["has", "collections", "of"]):
            # a museum's holdings: "holds", "houses", "shows", "showcases"
            extra += [(f, forward) for f in ("holds", "houses", "shows", "showcases", "exhibits", "displays",
                                              "holds collections of", "houses collections of")]
        if len(words) == 4 and words[0] in _BE and words[1:3] == ["in", "the"] and words[3].isalpha() \
                and words[3] not in _FUNCTION:
            # "is in the country" Japan: "is in Japan" ("a national university in Japan"), and
            # "lies / sits in" a place only ("is in the league": "is in La Liga", never "is
            # located in La Liga", red team 130)
            extra += [(f"{words[0]} in", forward)]
            if words[3] in _PLACE_OF_NOUNS | _COUNTRY_NOUNS:
                words = [words[0], "in"]
        if words in (["is", "in"], ["is", "located", "in"], ["are", "in"]) or (placed and words in (
                ["stands", "in"], ["sits", "in"], ["lies", "in"], ["is", "situated", "in"])):
            # "is in" a place: "sits in", "stands in", "lies in", "is located / situated in" (and
            # a phrase of these says "is in" where its objects are places: not "lies in ruins",
            # red team 134)
            extra += [(f, forward) for f in ("is in", "sits in", "stands in", "lies in", "is located in",
                                             "is situated in") if f.split() != words]
            if towering and placed:
                extra.append(("rises in", forward))  # "Cotopaxi rises in Ecuador" (not a river's source)
            if placed:
                # a region that reaches over places: "stretches / extends / reaches into Oman",
                # "spreads over Queensland", "falls within Botswana" (where its objects are places)
                extra += [(f"{v} {p}", forward) for v in ("stretches", "extends", "reaches", "spreads")
                          for p in ("into", "across", "over")] + [("falls within", forward), ("fall within", forward)]
            exact += [(f, forward) for f in ("can be found in", "is found in", "are found in")]
            if movable:  # (a work or a thing, not a person nor a building: "Pietà is kept in St. Peter's")
                exact += [(f, forward) for f in ("can be seen in", "is housed in", "are housed in", "is kept in",
                                                 "are kept in", "is displayed in", "are displayed in",
                                                 "is on display in", "are on display in")]
        if words in (["is", "kept", "at"], ["is", "kept", "in"], ["are", "kept", "at"], ["are", "kept", "in"]):
            # "is kept at" the Louvre: "is housed / held / displayed at", "is in the collection of"
            exact += [(f"{b}{m}{p} {q}", forward) for b in ("is ", "are ") for m in ("", "also ", "both ")
                      for p in ("housed", "held", "displayed") for q in ("at", "in")]
            exact += [(f, forward) for f in ("is on display at", "is on display in", "are on display at",
                                             "are on display in", "is in the collection of", "are in the collection of",
                                             "belongs to the collection of", "belong to the collection of",
                                             "sits in the collection of", "is part of the collection of")]
        if terrain:
            # "is built on" a river: "stands / sits on" it; "runs under" a strait: "passes
            # beneath" it (where its objects are places, rivers, mountains, roads); not a form of
            # the other direction ("lies near" / "is near": neither)
            extra += [(f, forward) for f in spatial_forms(words, taken) if f.split() != words
                      and f not in spatial_both and f != (inverse_phrase if forward else phrase).lower()]
        if words in (["lies", "on"], ["stands", "on"], ["sits", "on"], ["is", "located", "on"], ["is", "situated", "on"]):
            # "lies on" an island: "sits / stands on", "is located / situated on", "is on", "is found on"
            extra += [(f, forward) for f in ("is on", "lies on", "sits on", "stands on", "is located on",
                                             "is situated on") if f.split() != words]
            exact += [(f, forward) for f in ("can be found on", "is found on", "are found on")]
        if words in (["is", "located", "at"], ["stands", "at"], ["sits", "at"], ["is", "situated", "at"]):
            # "stands at" a site: "sits at", "is located / situated at", "is at", "can be found at"
            extra += [(f, forward) for f in ("is at", "sits at", "stands at", "is located at", "is situated at")
                      if f.split() != words]
            exact += [(f, forward) for f in ("can be found at", "is found at", "are found at")]
        if lingual and len(words) == 3 and words[0] in _BE and words[1] in _IN_A_LANGUAGE and words[2] == "in":
            # "is written in" Norwegian: the play "is in Norwegian" (its own language; not one it
            # was dubbed or translated into)
            extra += [(f"{b} in", forward) for b in _BE]
        if len(words) == 3 and words[0] in _BE and words[2] == "by" and words[1] in _MADE_THING_OF:
            # "was designed by": "a design by X", "another design by X" (the made thing itself)
            extra.append((f"{_MADE_THING_OF[words[1]]} by", forward))
        if len(words) == 3 and words[0] in _BE and words[2] == "by" and words[1] in _OWN_MADE_THINGS:
            # the maker's own, as a relation noun: "X's discoveries include Y", "Y is X's
            # invention" (not "a discovery of X", which "Lana Turner's discovery of Billy
            # Wilkerson" reads backwards, red team 218)
            thing = _OWN_MADE_THINGS[words[1]]
            for n in (thing, plural(thing)):
                add(n, not forward, noun=True)
        if len(words) == 3 and words[0] in _BE and words[2] == "by" and words[1] in _DEED_OF:
            # "was edited by": "X handled the editing on Y", "X oversaw the distribution of Y"
            deed = _DEED_OF[words[1]]
            extra += [(f"{verb} {the}{deed} {prep}", not forward) for verb in _IN_CHARGE
                      for the in ("the ", "") for prep in ("of", "on", "for")]
            # "Thelma Schoonmaker did the editing on Goodfellas"; "the editing on it is by X"
            exact += [(f"{verb} the {deed} {prep}", not forward) for verb in ("did", "does")
                      for prep in ("of", "on", "for")]
            exact += [(f"{deed} {b} by", forward) for b in ("is", "was")]
        for k, w in enumerate(words):
            for other in _NOUN_SYNONYMS.get(w, ()):  # "plays its home games at": "home matches"
                extra.append((" ".join([*words[:k], other, *words[k + 1:]]), forward))
        if len(words) == 4 and words[2:] in (["made", "by"], ["supplied", "by"], ["built", "by"]) \
                and words[0] in _USING and words[1].endswith("s"):
            # "wears kits made by": the maker for its goods, "Chelsea wear Nike"
            extra.append((words[0], forward))
        if cast and words in (["stars"], ["starring"]):
            # "Sherlock stars X": X "stars in" it, "appears in" it (whatever the inverse says)
            extra += [("stars in", not forward), ("appears in", not forward)]
            # "X is part of the cast of Y": among its stars (not "leads the cast of": a lead role
            # is more than the graph says, kept set blind43)
            extra += [(f"{v} the cast of", not forward) for v in ("is part of", "are part of", "was part of",
                                                                   "were part of")]
        if cast and words in (["plays", "the", "lead", "in"], ["is", "the", "lead", "in"], ["is", "the", "lead", "of"]):
            # "plays the lead in": "leads", "leads / heads the cast of", "is one of the leads of"
            extra += [("leads", forward), ("leads the cast of", forward), ("heads the cast of", forward),
                      ("is one of the leads of", forward), ("is one of the leads in", forward)]
        if words in (["is", "part", "of"], ["are", "part", "of"]):
            # "is part of" a whole: "belongs to" it, "forms part of" it, "is in" it ("K2 rises in
            # the Karakoram", "Ringo Starr was in the Beatles")
            extra += [("belongs to", forward), ("forms part of", forward), ("was in", forward),
                      ("were in", forward)] + [(f, forward) for f in FEATURE_IN]
            exact += [(f, forward) for f in ("counts among", "count among")]
            # ("The Tokyo Marathon counts among the World Marathon Majors"; not "is one of the":
            # the construction of a relation noun, "one of the Seven Summits")
        if grouping and words in (["is", "a", "member", "of"], ["belongs", "to"], ["is", "part", "of"]):
            # a member of the group Sauropod "is a sauropod" (the group names its members' kind)
            extra += [("is a", forward), ("was a", forward)]
        if periodic and words in (["lived", "during"], ["existed", "during"], ["lived", "in"], ["belongs", "to"],
                                  ["dates", "from"], ["is", "from"]):
            # a dinosaur "lived during" the Late Jurassic: it "dates from" it, "is from" it (the
            # period of its own life or making only: not "was restored / discovered during",
            # red team 142)
            extra += [(f, forward) for f in ("dates from", "is from", "from", "lived in", "lived during",
                                             "existed during", "existed in") if f.split() != words]
        if spanning and words in (["crosses"], ["cross"], ["is", "crossed", "by"], ["are", "crossed", "by"],
                                  ["spans"], ["span"], ["is", "spanned", "by"], ["are", "spanned", "by"]):
            # a bridge "crosses" a river: it "spans" it, "a bridge over / across X", "a crossing of
            # X" (and a bridge that "spans" a river "crosses" it)
            fwd = forward if words[-1] != "by" else not forward
            extra += [("spans", fwd), ("is spanned by", not fwd), ("crosses", fwd), ("is crossed by", not fwd),
                      ("over", fwd), ("across", fwd),
                      ("crossing of", fwd), ("span over", fwd), ("span across", fwd), ("spanning", fwd),
                      ("is a crossing of", fwd), ("is a span over", fwd), ("is a span across", fwd)]
        if len(words) == 3 and words[0] in _BE and words[1] in ("built", "made", "constructed") \
                and words[2] in ("from", "of"):
            # "is built from" steel: "is made of", "built of", "constructed from" (the same material)
            extra += [(f"{words[0]} {v} {p}", forward) for v in ("built", "made", "constructed") for p in ("from", "of", "out of")
                      if [v, p] != words[1:]]
            # "was built with granite" (what it is built of; not "built in": "in the Romanesque style")
            extra += [(f"{words[0]} {v} with", forward) for v in ("built", "constructed")]
            # a sculpture "was fashioned / crafted from" steel (not "carved" or "cast": a bronze is
            # cast, marble carved, red team 144)
            extra += [(f"{words[0]} {v} {p}", forward) for v, p in (
                ("fashioned", "from"), ("crafted", "from"), ("crafted", "in"))]
        if len(words) == 4 and words[0] in ("is", "are") and words[2] == "as" and words[3] in ("a", "an") \
                and participle(words[1]) and words[1] not in ("known", "seen", "regarded", "considered", "described"):
            # "is printed as a" tabloid, "is classified as a" bomber: it "is a tabloid" (in the
            # present only, red team 85: "was unveiled as a"; not a name or a judgement: "is known
            # / regarded as a")
            extra += [(f"{b} a", forward) for b in ("is", "was")]
        if len(words) == 3 and words[0] in _BE and words[1] == "commissioned" and words[2] == "by":
            # a work "commissioned by" a patron "was made / built / painted / written for" it (each
            # verb for the kind of work it makes, see ``commissioned``)
            extra += [(f"{words[0]} {v} for", forward) for v in commissioned]
            # "was built on the orders of" a patron, "was compiled at the order of" him (a work's
            # making he asked for; "ordered" alone: see _SYNONYMS)
            exact += [(f"{b}{v} {o}", forward) for b in ("was ", "were ", "") for v in dict.fromkeys((*commissioned, "built", "made"))
                      for o in ("on the orders of", "on the order of", "at the order of", "by order of")]
        if len(words) == 4 and words[0] in ("belongs", "belong") and words[1:3] == ["to", "the"] \
                and words[3] in _MEMBERSHIP_NOUNS and item_kinds and item_kinds <= _TAXA:
            # a species "belongs to the family" Cathartidae: it "is a member of (the family)" it
            # (living things only: a house "belongs to the family" that owns it, a hotel "to the
            # group", red teams 185, 186)
            extra += [(f"{b} a member of {g}".strip(), forward) for b in ("is", "are") for g in (f"the {words[3]}", "")]
            extra += [(f"are members of {g}".strip(), forward) for g in (f"the {words[3]}", "")]
        if len(words) == 3 and words[0] in ("was", "were") and words[2] == "for" and words[1] in commissioned:
            # a house "was built for" its client: it "was designed / made / created for" him too
            # (each participle of ``commissioned``: the kind's own making)
            extra += [(f"{words[0]} {v} for", forward) for v in commissioned
                      if v == words[1] or taken is None or not verb_lemmas(v) & taken]  # (not "designed for"
            # where another relation says who it was designed for, red team 188)
        if len(words) == 3 and words[0] in ("was", "were", "is", "are") and words[2] == "by" and words[1] in _FROM_THE_DESK:
            # "was designed by" X: it "came off / from the drawing board of" X; "was written by"
            # X: it "came from the pen of" X
            exact += [(f"{v} {p} the {_FROM_THE_DESK[words[1]]} of", forward) for v in ("came", "comes", "come")
                      for p in ("from", "off")]
        if len(words) == 3 and words[0] in _BE and words[2] == "by" and (owed := _verb_base(words[1], _OWED_KEYS)) in _OWED:
            # "was founded by" X: it "owes its founding / foundation / existence to" X
            exact += [(f"{v} {its} {noun} to", forward) for v in ("owes", "owe", "owed") for its in ("its", "their")
                      for noun in _OWED[owed]]
        if vessel and len(words) == 3 and words[0] in _BE and words[1] in ("built", "constructed") and words[2] == "by":
            # a ship "was built by" a shipyard: "was built / constructed at" it (the yard is where)
            exact += [(f"{b}{v} at", forward) for b in ("was ", "were ", "") for v in ("built", "constructed")]
        if len(words) >= 6 and words[0] in _BE and participle(words[1]) and words[2] == "as" \
                and words[3] in ("a", "an", "the") and words[-1] in ("in", "at", "on", "by"):
            # "is preserved as a museum ship in" X: "is preserved in" X (what is kept as something
            # is kept there; the shorter claim is in the longer)
            extra.append((f"{words[0]} {words[1]} {words[-1]}", forward))
        at = next((k for k in range(1, len(words) - 3) if words[k] in ("in", "within") and words[k + 1] == "the"), None)
        if at is not None and words[-1] == "of" and words[-2] in _PLACE_OF_NOUNS | _REALM_NOUNS \
                and all(w.isalpha() for w in words[at + 2:-1]) and len(words) - at <= 5:
            # "lay in the Roman province of" X: "lay in" X (X is that province; the shorter claim
            # is in the longer, as "in the city of X" names X)
            extra.append((" ".join(words[:at + 1]), forward))
        if len(words) == 3 and words[0] in _BE and words[1] == "launched" and words[2] in ("from", "on", "aboard"):
            # a craft "was launched from" a site / "on" a rocket: it "went up / lifted off / blasted
            # off / launched from" it (past only: a launch happened once)
            exact += [(f"{v} {words[2]}", forward) for v in ("went up", "lifted off", "blasted off", "launched",
                                                             "took off")]
            if words[2] in ("on", "aboard") or not vessel:
                # "flew on a Delta II", "flew from the Guiana Space Centre" (not a ship "launched
                # from" a shipyard: it did not fly from it, code review 49)
                exact += [(f"{v} {words[2]}", forward) for v in ("flew", "has flown", "have flown")]
        if words in (["was", "won", "by"], ["is", "won", "by"], ["were", "won", "by"]):
            # a battle, a race, an election "was won by" Y: Y "triumphed / prevailed / emerged
            # victorious at / in" it, it "ended in (a) victory for" Y
            exact += [(f"{v} {p}", not forward) for v in ("triumphed", "prevailed", "emerged victorious")
                      for p in ("at", "in", "from")]
            exact += [(f"ended in {a}victory for", forward) for a in ("", "a ")]
        if words in (["was", "lost", "by"], ["is", "lost", "by"], ["were", "lost", "by"]):
            # a battle "was lost by" Y: Y "was defeated / beaten at" it
            exact += [(f"{b} {v} {p}", not forward) for b in ("was", "were") for v in ("defeated", "beaten")
                      for p in ("at", "in")]
        if tuple(words) in _POWERED and object_kinds and (
                object_kinds <= _POWER_SOURCES | _POWER_MODIFIERS and object_kinds & _POWER_SOURCES
                or object_kinds <= _CHIPS and tuple(words) != ("uses",)):
            # what a thing runs on powers it ("runs on a quartz movement": "uses", "is powered
            # by"; not a show that "runs on" a network, nor a verb another relation says)
            uses = _POWERED[tuple(words)] == "uses"
            for verb, fs in _POWER_FORMS.items():
                if taken is None or not verb_lemmas(verb) & taken or verb in words:
                    exact += [(f, forward if uses else not forward) for f in fs[0]]
                    exact += [(f, not forward if uses else forward) for f in fs[1]]
        later = _succession(words)
        if later is not None and item_kinds and item_kinds == object_kinds:
            # one item after another of its kind ("was succeeded by" a console, a dynasty): the
            # same order in other words, each verb only where no other relation says it
            first = forward != later  # the direction whose subject came first
            exact += [(f, first) for f in _succession_forms(True, taken, human)]
            exact += [(f, not first) for f in _succession_forms(False, taken, human)]
        if len(words) == 3 and words[0] in _BE and words[2] == "at" \
                and words[1] in ("developed", "created", "conceived", "invented", "designed", "made", "founded"):
            # "was developed at" Sun: it "came / grew out of" Sun ("Java grew out of Sun")
            exact += [(f"{v} out of", forward) for v in ("came", "comes", "grew")]
        if len(words) == 3 and words[0] in _BE and words[1] in ("published", "released") and words[2] == "by":
            # a book "was published by" a house: it "came out from" it
            exact += [(f"{v} out from", forward) for v in ("came", "comes", "come")]
        if len(words) == 3 and words[0] in ("supplies", "supply", "supplied") and words[2] == "to" \
                and words[1] in ("water", "power", "electricity", "gas", "oil"):
            # "supplies water to" Rome: "supplies Rome", "serves Rome", "brings water to Rome"
            extra += [(f, forward) for f in ("supplies", "supply", "supplied", "serves", "served")]
            exact += [(f"{v} {words[1]} to", forward) for v in ("brings", "brought", "carries", "carried", "provides",
                                                                 "provided", "delivers", "delivered")]
        if len(words) == 3 and words[0] in ("is", "are") and words[1] in ("operated", "managed", "run") \
                and words[2] == "by":
            # "is operated / managed by" Y: Y "is in charge of" it
            exact += [(f"{b} in charge of", not forward) for b in ("is", "are", "was", "were")]
        if len(words) == 3 and words[0] in ("was", "were") and (
                words[2] == "by" and _verb_base(words[1], _CAME_OUT_OF) in _CAME_OUT_OF
                or words[2] == "at" and words[1] in _MINTED and minted):
            # "was built / made by" a yard, a works, a workshop, "was struck at" a mint: it "came
            # out of" it (not "was struck by" a ship it collided with, red team 161)
            exact += [(f, forward) for f in ("came out of", "emerged from")]
            if words[1] in _MINTED and minted:  # a coin "was struck at" a mint: "was minted at" it
                exact += [(f"{b} {m} {p}", forward) for b in ("was", "were") for m in _MINTED for p in ("at", "in")]
                exact += [(f"{m} {p}", forward) for m in _MINTED for p in ("at", "in")]
                # (in its city: "was struck in Boston"); the mint "minted" or "produced" it
                exact += [(f, not forward) for f in ("minted", "produced")]
        if (item_kinds and object_kinds and (item_kinds <= _CARS and object_kinds <= _DRIVERS
                                              or item_kinds <= _DRIVERS and object_kinds <= _CARS)) \
                and words in _DRIVING and (taken is None or not taken & {"drive", "pilot", "race", "wheel"}):
            # a racing car "was raced by" its driver: he "drove", "piloted" it, "was behind the
            # wheel of" it (only between cars and drivers: a motorcycle, a horse, a rival or a
            # race is not driven, red team 190; in the past, as the phrase)
            active = words[-1] != "by"
            exact += [(f, forward) for f in (_DRIVING_ACTIVE if active else _DRIVING_PASSIVE)]
            exact += [(f, not forward) for f in (_DRIVING_PASSIVE if active else _DRIVING_ACTIVE)]
        if item_kinds and item_kinds <= _DRIVERS and object_kinds and object_kinds <= _TEAM_KINDS \
                and words in (["drove", "for"], ["raced", "for"]) and (taken is None or not taken & {"drive", "race"}):
            # a driver who "drove for" a team "raced for" it (in the past, as the phrase)
            exact += [(f, forward) for f in ("drove for", "raced for") if f.split() != words]
        if living and object_kinds and object_kinds <= _BIRTHPLACES | {"hospital", "hospitals"} \
                and words in (["died", "in"], ["died", "at"]) and (taken is None or "pass" not in taken):
            # (only in a place: a character "died in" a film, red team 192)
            # a person "died in" a city: "passed away in", "died at", "passed away at" it
            exact += [(f"{verb} {prep}", forward) for verb in ("died", "passed away") for prep in ("in", "at")
                      if [verb, prep] != words]
        if living and object_kinds and object_kinds <= _BIRTHPLACES and words in (["was", "born", "in"], ["were", "born", "in"]) \
                and (taken is None or "native" not in taken):
            # a person "was born in" a city: "is / was a native of" it (not "comes from": a family
            # that moved; only of places: no one is a native of slavery, red team 190)
            exact += [(f"{b} a native of", forward) for b in ("is", "was")]
            exact += [(f"{b} natives of", forward) for b in ("are", "were")]
            exact += [(f"{words[0]} born at", forward)]  # "was born at Italica"
            exact += [(f"came into the world {p}", forward) for p in ("in", "at")]  # (an idiom of birth)
            if human and (taken is None or not taken & {"hail", "come"}):
                # a person "hailed from" or "came from" the place of birth (of people only: a dish,
                # a plane "hails from" where it was made; not "comes from": a family, a line)
                exact += [("hailed from", forward), ("hails from", forward), ("came from", forward)]
                # ("was from Venice": where one was born; not a bare "from", which may describe
                # the name before it: "Pierre Curie married Marie Curie, from Paris", red team 203)
                exact += [("is from", forward), ("was from", forward)]
        if len(words) == 4 and words[0] in ("is", "was") and words[1] in ("a", "an") and words[3] == "of" \
                and words[2] in ("specimen", "example", "instance", "variety", "subspecies", "representative") \
                and object_kinds and object_kinds <= _LIFE_CLASSES and (taken is None or "belong" not in taken):
            # "is a specimen of" Homo erectus: it "belongs to" it, "belongs to the species" (its
            # object's own type noun: "the species Homo erectus" names it)
            extra += [("belongs to", forward)] + [(f"belongs to the {k}", forward) for k in sorted(object_kinds)]
        if "patron" in words and words[words.index("patron") + 1:words.index("patron") + 2] == ["saint"]:
            # "is the patron saint of" X: "is the patron / patroness of" X (a patron saint is one)
            at = words.index("patron")
            for noun in ("patron", "patroness"):
                extra.append((" ".join([*words[:at], noun, *words[at + 2:]]), forward))
        if object_kinds & {"island", "islands", "place", "places"} and len(words) >= 2 and words[-1] == "in" \
                and words[-2] in ("born", "died", "lived", "lives", "live", "located", "situated", "buried", "raised",
                                  "grew", "settled", "founded", "built"):
            # one is born, dies, lives "on" an island as "in" it ("died on Príncipe"; a place
            # may be one: "died on Shangchuan Island")
            exact.append((" ".join([*words[:-1], "on"]), forward))
        if (human or personal) and words in (["was", "trained", "by"], ["is", "trained", "by"], ["trained"], ["trains"]) \
                and (taken is None or not taken & {"coach"}):
            # a person "trained" by another was "coached" by him (people only: a horse is trained,
            # never coached, red team 204)
            coached = {"trained": "coached", "trains": "coaches"}
            exact.append((" ".join(coached.get(w, w) for w in words), forward))
        researching = " ".join(words) in _RESEARCHING[True] + _RESEARCHING[False] or (
            words[:2] in (["worked", "in"], ["works", "in"]) and words[2:] in (["the", "field", "of"], ["the", "area", "of"]))
        if human and object_kinds and object_kinds <= _RESEARCH_FIELDS and researching \
                and (taken is None or not taken & {"research", "specialise", "specialize", "study"}):
            # a scholar who "worked in (the field of)" a field, or "did research in" it, "worked
            # on" it, "specialised in" it (in the phrase's tense)
            exact += [(f, forward) for f in _RESEARCHING[words[0] in ("worked", "did", "researched", "specialised",
                                                                       "specialized")]]
        if len(words) >= 5 and words[-3] == "the" and words[-1] == "of" \
                and words[-2] in object_kinds - {"place", "thing", "item"} \
                and words[-4] in ("to", "in", "within", "into", "under") and words[0] not in _BE:
            # "belongs to the field of" X: "belongs to" X (X is that field; the shorter claim is
            # in the longer, as "in the city of X" names X)
            extra.append((" ".join(words[:-3]), forward))
        if human and group_objects and membership_phrase(" ".join(words)) \
                and (taken is None or not taken & {"join", "member", "belong"}):
            # a person who "was a member of" an order, a band, a party "joined" it (each says the
            # other; "joined" in the past only)
            exact += [(f, forward) for f in ("joined", "was a member of", "were members of")
                      if f.split() != words]
        if movable and object_kinds and object_kinds <= _FIND_SITES and len(words) == 3 and words[0] in ("was", "were") \
                and words[1] in ("found", "discovered", "unearthed", "excavated") and words[2] in ("at", "in") \
                and (taken is None or not taken & {"come"}):
            # a fossil, a hoard, a meteorite "was found at" a site: it "comes from" the site and
            # "is from" it (only of sites and places: a comet found at an observatory comes from
            # no observatory; a bare "from" may describe the name before it, red team 203)
            exact += [(f, forward) for f in ("comes from", "come from", "came from", "is from", "are from",
                                             "was from", "were from")]
        if human and object_kinds and object_kinds <= NATIONS and national_phrase(words):
            # a person "was a national / a citizen of" a country, "had its nationality": each
            # says the others (the adjective, "was Nigerian", see GraphIndex.national); never
            # "is / comes / hails from" it, which says where one was born or grew up (Nabokov,
            # an American, came from Russia: red team 208)
            exact += [(f, forward) for f in _NATIONAL_FORMS if f.split() != words]
        studied = [words[0], words[2]] if _learned_skill(words) else words  # ("studied singing with")
        if tuple(studied) in _STUDYING_UNDER and human and personal and _taught(phrase, inverse_phrase) \
                and (taken is None or not taken & {"study", "learn", "lesson", "pupil", "student"}):
            # one person "studied with" another who "taught" him: "studied under", "was a pupil
            # of", "took lessons from" him (between people only, where the other phrase says
            # "taught": classmates study with each other, a follower is a thinker's student,
            # red team 190; in the past, as the phrase)
            exact += [(" ".join(f), forward) for f in _STUDYING_UNDER if f != tuple(words)]
            if studied != words:  # (and the skill's teacher "taught X singing")
                exact += [(f"taught {words[1]} to", not forward), (f"was taught {words[1]} by", forward)]
            if taken is None or "teach" not in taken:  # (not where another relation "taught at" a school)
                exact += [("taught", not forward), ("was taught by", forward), ("were taught by", forward)]
        if words in (["taught", "at"], ["teaches", "at"], ["teach", "at"]) and human and schooling \
                and object_kinds and object_kinds <= SCHOOL_WORDS | {"of", "institute", "technology", "college"} \
                and (taken is None or not taken & {"lecture", "professor", "lecturer", "faculty"}):
            # a person "taught at" a school: "lectured at" it, "was a professor / lecturer at" it,
            # "was on its faculty" (in the phrase's tense)
            if words[0] == "taught":
                exact += [(f, forward) for f in ("lectured at", "was a professor at", "were professors at",
                                                 "was a lecturer at", "were lecturers at",
                                                 "was on the faculty of", "were on the faculty of")]
            else:
                exact += [(f, forward) for f in ("lectures at", "lecture at", "is a professor at", "are professors at",
                                                 "is a lecturer at", "are lecturers at", "is on the faculty of",
                                                 "are on the faculty of")]
        if words in (["is", "listed", "on"], ["are", "listed", "on"]) and object_kinds & _EXCHANGES \
                and object_kinds <= _EXCHANGES | {"stock"} and object_kinds & {"stock", "bourse"} \
                and item_kinds and item_kinds <= _FIRMS \
                and (taken is None or "trade" not in taken):
            # a company "is listed on" a stock exchange: its shares "trade" there, it "is traded on" it
            exact += [(f, forward) for f in ("trades on", "is traded on", "are traded on", "trade on")]
        if living and words in (["died", "by"], ["died", "of"], ["died", "from"]) and object_kinds & _DEATHS:
            # how a person died: "died by" suicide, "died of" natural causes, "died from" it
            exact += [(f"died {p}", forward) for p in ("by", "of", "from") if p != words[1]]
        if item_kinds and item_kinds <= _BRED and words in (["was", "developed", "by"], ["were", "developed", "by"],
                                                           ["developed"]) \
                and (taken is None or "breed" not in taken):
            # a grape, a rose, a dog breed "was developed by" its breeder: "was bred by" him, he
            # "bred" it (living kinds only: no reactor is bred, red team 181)
            exact.append(("bred", forward) if words == ["developed"] else (f"{words[0]} bred by", forward))
        if human and object_kinds and object_kinds <= _MEMBERED and tuple(words) in _BELONGING \
                and (taken is None or not taken & {"belong", "member"}):
            # a person "belonged to" a dynasty, a band, an orchestra: "was a member of" it, and the
            # other way round (in the phrase's tense; people only: a horse that belonged to a
            # dynasty was its property, red team 194)
            now = words[0] in ("belongs", "belong", "is", "are")
            exact += [(" ".join(f), forward) for f in _BELONGING
                      if f != tuple(words) and (f[0] in ("belongs", "belong", "is", "are")) == now]
        if ((object_kinds & _ACTORS and _role_kinds(item_kinds)) or (item_kinds & _ACTORS and _role_kinds(object_kinds))) \
                and {"played", "plays", "play"} & set(words) and (taken is None or "portray" not in taken):
            # an actor "played" a character: "portrayed" him, "played the role of" him (only
            # characters: no sport, instrument, venue or song is portrayed, red team 194)
            swap = {"played": "portrayed", "plays": "portrays", "play": "portray"}
            exact.append((" ".join(swap.get(w, w) for w in words), forward))
            if words in (["played"], ["plays"]):
                exact += [(f"{words[0]} the {n} of", forward) for n in ("role", "part")]
            if words[-2:] == ["played", "by"]:
                exact += [(f"{b} portrayed by", forward) for b in ("was", "were", "has been", "have been")]
        if tuple(words) in _ACQUIRING and item_kinds and item_kinds <= _FIRMS and object_kinds \
                and object_kinds <= _FIRMS and (taken is None or not taken & {"buy", "bought", "purchase", "take", "absorb"}):
            # a company "acquired" another: it "bought", "purchased", "took over", "absorbed" it
            # (between companies only: a museum acquires a painting by gift too; in the past, as
            # the phrase)
            active = len(words) == 1 or words[0] == "has"
            for f in ("bought", "purchased", "took over", "absorbed"):
                exact.append((f, forward if active else not forward))
            for b in ("was", "were"):
                for f in ("bought by", "purchased by", "taken over by", "absorbed by", "absorbed into"):
                    exact.append((f"{b} {f}", not forward if active else forward))
        if object_kinds and object_kinds <= _LEAGUES and item_kinds and item_kinds <= _TEAM_KINDS \
                and words in (["plays", "in"], ["play", "in"], ["is", "a", "member", "of"], ["are", "members", "of"]) \
                and (taken is None or not taken & {"compete", "belong"}):
            # a team "plays in" a league or a division, "is a member of" it: it "is in" it,
            # "competes in" it (in the present, as the phrase)
            extra += [(f, forward) for f in ("is in", "are in", "competes in", "compete in")]
        if item_kinds and item_kinds <= _FIRMS and object_kinds and object_kinds <= _INDUSTRIES \
                and words in (["operates", "in"], ["operate", "in"], ["works", "in"], ["is", "active", "in"]) \
                and (taken is None or not taken & {"operate", "work", "active", "business"}):
            # a company "operates in" an industry: it "is in" it, "works in" it, "is active in" it
            # (between companies and industries only; in the present, as the phrase)
            exact += [(f, forward) for f in ("operates in", "operate in", "works in", "work in", "is active in",
                                             "are active in", "is in", "are in")
                      if f.split() != words]
        if item_kinds and item_kinds <= _FIRMS and personal \
                and words in (["is", "led", "by"], ["are", "led", "by"]) and (taken is None or not taken & {"run", "helm"}):
            # a company "is led by" its chief: he "runs" it, "is at the helm of" it (in the present,
            # as the phrase)
            exact += [("is run by", forward), ("runs", not forward), ("is at the helm of", not forward),
                      ("are at the helm of", not forward)]
        if 6 <= len(words) <= 7 and words[0] in _BE and words[2] == "by" and words[3] in ("a", "an", "the") \
                and words[-1] == "from" and all(w.isalpha() and w not in _FUNCTION for w in words[4:-1]) \
                and words[1] in ("powered", "propelled", "driven") and corporate \
                and (taken is None or not verb_lemmas(words[1]) & taken):
            # "was powered by an engine from" a maker: "was powered by" the maker (its engine; only
            # where every object is a company: not a city or a launch site, red team 191)
            exact += [(f"{b} {words[1]} by", forward) for b in (("was", "were") if words[0] in ("was", "were")
                                                                 else ("is", "are"))]
            exact += [(f"{words[1]} by", forward)]
        if corporate and words in (["was", "developed", "by"], ["were", "developed", "by"], ["is", "developed", "by"]):
            exact += [(f, forward) for f in ("came out of", "emerged from")]  # "Unix came out of Bell Labs"
        if movable and words[:2] in (["is", "preserved"], ["are", "preserved"]) and words[-1] in ("at", "in") \
                and (len(words) == 3 or (words[2] == "as" and words[3:4] in (["a"], ["an"]) and len(words) <= 8
                                         and {"museum", "exhibit", "exhibition"} & set(words))) \
                and (taken is None or not taken & {"keep", "house"}):
            # a locomotive, an aircraft "is preserved at" a museum: it "is kept / housed" there
            # (and "is preserved as a museum ship in": "is preserved / kept in")
            exact += [(f"{b} {v} {p}", forward) for b in ("is", "are") for v in ("kept", "housed", "preserved")
                      for p in ("at", "in")]
            exact += [(f"{v} {p}", forward) for v in ("kept", "housed", "preserved") for p in ("at", "in")]
        if words in (["was", "operated", "by"], ["were", "operated", "by"]) and item_kinds and item_kinds <= _RAIL_VEHICLES \
                and object_kinds and object_kinds <= {"railway", "railways", "railroad", "railroads"}:
            # a locomotive "was operated by" a railway: it "ran on" / "ran for" / "worked for" it
            exact += [(f, forward) for f in ("ran on", "ran for", "worked for")]
        if tuple(words) in _FIGHTING_IN and object_kinds and object_kinds <= _BATTLE_WORDS:
            # a ship, a regiment "fought in" a battle: "fought at" it, "took part in" it, "saw
            # action in / at" it (in the past, as the phrase)
            exact += [(" ".join(f), forward) for f in _FIGHTING_IN if f != tuple(words)]
            exact += [(f"saw action {p}", forward) for p in ("in", "at")]
        if len(words) == 3 and words[0] in _BE and words[1:] == ["written", "in"] and "programming" in object_kinds \
                and item_kinds and item_kinds <= _SOFTWARE_WORDS:
            # software "is written in" a programming language: "is programmed / coded /
            # implemented in" it (not a book "coded in" English)
            bes = {"is": ("is", "are"), "was": ("was", "were")}.get(words[0], (words[0],))  # (its tense)
            exact += [(f"{b} {v} in", forward) for b in bes for v in ("programmed", "coded", "implemented")]
            exact += [(f"{v} in", forward) for v in ("programmed", "coded", "implemented")]
        if subsidiary and len(words) == 3 and words[0] in _BE and words[1:] == ["owned", "by"]:
            # a firm "is owned by" a firm: it "is a subsidiary of" it, which "is its parent
            # company" (in the phrase's tense, the bare nouns in the present only: red team 229)
            present = words[0] in ("is", "are")
            bes = ("is", "are") if present else ("was", "were")
            exact += [(f"{b} {n} of", forward) for b, n in zip(bes, ("a subsidiary", "subsidiaries"))]
            exact += [(f"{bes[0]} {d} parent company of", not forward) for d in ("the", "a")]
            if present:
                exact += [("a subsidiary of", forward), ("the parent company of", not forward)]
                exact += [(f"{b} part of", forward) for b in bes]  # ("Jaguar is part of Tata Motors")
        if words == ["belonged", "to"] and personal:
            # a thing that "belonged to" a person (not a member of an alliance, red team 161):
            # "was (once) owned by" them, "was once the property of" them, they "once owned" it
            exact += [(f, forward) for f in ("once belonged to", *(f"{b} {once}owned by" for b in ("was", "were")
                                                                   for once in ("", "once ")), *_ONCE_PROPERTY)]
            exact += [(f, not forward) for f in ("owned", "once owned")]
        if movable and (taken is None or "manufacture" not in taken) and (
                words in (["was", "built", "by"], ["were", "built", "by"], ["is", "built", "by"])):
            # a thing (a rocket, a satellite, a car) "was built by" a firm: "was manufactured by"
            # it, the firm "manufactured" it (not a bridge or a building, code review 49)
            extra += [(f"{b} manufactured by", forward) for b in ("was", "were", "is", "are")]
            extra += [(f, not forward) for f in ("manufactured", "manufactures", "manufacture")]
        if movable and len(words) == 3 and words[0] in ("is", "are") and words[1] == "housed" \
                and words[2] in ("in", "inside"):
            # a thing "is housed in" a building: it "is in / inside" it, "sits in / inside" it
            extra += [(f"{v} {p}", forward) for v in ("is", "sits", "is kept") for p in ("in", "inside")]
            extra += [(f"{v} at", forward) for v in ("is kept", "is housed")]  # ("is kept at the museum")
        if hanging and len(words) == 3 and words[0] in ("is", "are") \
                and words[1] in ("housed", "located", "kept", "displayed") and words[2] in ("in", "inside", "at"):
            # a bell, a painting "is housed in" a tower, a museum: it "hangs in" it
            exact += [(f"{v} {words[2]}", forward) for v in ("hangs", "hang", "hung")]
        if words in (["hangs", "in"], ["hang", "in"]):
            # a tapestry "hangs in" a city, a museum: it "is in" it (where no other relation says
            # where a thing is: "The University of Oxford is in Oxford" keeps its own "is in", red
            # team 180), "is located / housed / kept / displayed in" it (each where no other
            # relation says that verb)
            if taken is None or not taken & {"locate", "base", "situate", "lie", "stand", "sit", "house", "keep"}:
                extra += [(f"{b} in", forward) for b in ("is", "are")]
            extra += [(f"{b} {v} in", forward) for b in ("is", "are")
                      for v, lemma in (("located", "locate"), ("housed", "house"), ("kept", "keep"), ("displayed", "display"))
                      if taken is None or lemma not in taken]
        if (words in (["studied", "at"], ["study", "at"]) or schooled and words == ["attended"]) \
                and (taken is None or not taken & {"attend", "go", "educate"}):
            # a person "studied at" a school: "attended" it, "went to" it, "was educated at" it, "was
            # a pupil at" it (a school's pupil "attended" it: not an event's, red team 129)
            exact += [(f, forward) for f in (*_STUDIED, *_SCHOOLED) if f != " ".join(words)]
            if (schooled or words[0] == "studied") and (taken is None or "train" not in taken):
                # (a person at a school: "trained at the AA"; where one "studied at" it, whatever
                # its type: "trained at the Curtis Institute")
                exact.append(("trained at", forward))
        if human and forward and object_kinds and object_kinds <= _COUNTRY_NOUNS - {"area", "island"} \
                and words in (["raced", "for"], ["competed", "for"], ["races", "for"], ["competes", "for"],
                              ["represents"], ["represented"]):
            # a sportsperson "raced / competed for" a country: one represented it (in the
            # phrase's tense; people and countries only: a horse raced for an owner)
            past = words[0].endswith("ed")
            if taken is None or not taken & {"compete", "race", "represent"}:
                exact += [(f, forward) for f in (("raced for", "competed for", "represented") if past
                                                 else ("races for", "competes for", "represents"))
                          if f.split() != words]
            # and by the sport their type names ("Yuzuru Hanyu skates for Japan" of a skater), where
            # no other relation says that verb (one sport for every subject type: not "swims for" of
            # a skater where skaters and swimmers share the relation, red team 216)
            sports = {_SPORT_VERBS.get(k) for k in item_kinds}
            sport = sports.pop() if len(sports) == 1 else None
            if sport is not None and (taken is None or sport[0] not in taken):
                exact.append((f"{sport[1 + past]} for", forward))
        if len(words) == 3 and words[0] in _BE and words[1:] == ["used", "for"] and object_kinds \
                and object_kinds <= _PURSUITS and (taken is None or "use" not in taken):
            # a horse "is used for" dressage, a sport or an activity: it "is used in" it
            extra.append((f"{words[0]} used in", forward))
        if human and forward and words in (["worked", "at"], ["works", "at"]) and object_kinds \
                and object_kinds <= _WORKPLACES and (taken is None or not taken & {"employ", "staff"}):
            # a person "worked at" a university, a museum, a firm: was "employed at / by" it, "on
            # its staff" (in the phrase's tense; not a city, where one may work for anyone)
            past = words[0] == "worked"
            exact += [(f"{b} {f}", forward) for b in (("was",) if past else ("is",))
                      for f in ("employed at", "employed by", "on the staff of", "on the staff at")]
        if len(words) == 3 and words[0] in _BE and words[1] in ("installed", "mounted", "fitted") and words[2] == "in" \
                and object_kinds and not object_kinds & _LOCALITY_WORDS:
            # a window "is installed in" a cathedral: it "is in" it (a building, not a city: "is
            # in" a city may be another relation's)
            extra.append((f"{words[0]} in", forward))
        if len(words) == 3 and words[0] in _SHOWING and words[1] in ("work", "works") and words[2] == "by" \
                and (taken is None or not taken & {"display", "exhibit", "feature", "include"}):
            # a park "shows work by" an artist: it "has / displays / features / includes work by"
            # him, "a park with work by" him (in the present, as the phrase)
            exact += [(f"{v} {n} by", forward) for v in ("has", "have", "displays", "display", "features", "feature",
                                                          "includes", "include", "shows", "show", "with", "exhibits")
                      for n in ("work", "works") if [v, n, "by"] != words]
        if len(words) >= 5 and words[0] in _BE and participle(words[1]) and words[2] == "by" and words[-1] == "as" \
                and "as" not in words[2:-1]:
            # "is listed by the IUCN as" Vulnerable: "is listed as" it (the agent left out)
            add_variants(f"{words[0]} {words[1]} as", forward)
        if len(words) == 4 and words[0] in ("is", "are") and words[1] in _ORGANISED and words[2] == "as" \
                and words[3] in ("a", "an") and (taken is None or not taken & {"operate", "run", "organise", "organize"}):
            # an agency "is organised as a" cooperative: it "operates / is run / is structured as
            # a" cooperative (in the present, as the phrase)
            exact += [(f"{v} as {a}", forward) for v in ("operates", "operate", "is run", "are run", "is organised",
                                                         "is organized", "are organised", "are organized",
                                                         "is structured", "are structured") for a in ("a", "an")
                      if f"{v} as {a}".split() != words]
        if _choirs(item_kinds) and (taken is None or not taken & {"direct", "conduct"}) \
                and words in (["was", "led", "by"], ["is", "led", "by"], ["led"], ["leads"]):
            # a choir "was led by" its conductor: he "directed / conducted" it (in the phrase's
            # tense; choirs only: an orchestra's leader is its concertmaster, a quartet's its first
            # violin, red team 214)
            now = words[0] in ("is", "leads")
            active = len(words) == 1
            for v, part in (("directs", "directed"), ("conducts", "conducted")) if now else (("directed", "directed"),
                                                                                          ("conducted", "conducted")):
                exact += [(v, forward)] if active else [(f"{words[0]} {part} by", forward)]
        if item_kinds and item_kinds <= _ENSEMBLES and not personal and (taken is None or "perform" not in taken) \
                and len(words) == 2 and words[0] in ("sings", "sang", "sing", "performs", "performed", "perform") \
                and words[1] == "at":
            # a choir "sings at" a hall: it "sings in" it, "performs at / in" it (in the phrase's tense)
            past = words[0] in ("sang", "performed")
            verbs = ("sang", "performed") if past else ("sings", "performs", "sing", "perform")
            exact += [(f"{v} {p}", forward) for v in verbs for p in ("at", "in") if [v, p] != words
                      and (_choirs(item_kinds) or v.startswith("perform"))]  # (an orchestra sings nothing)
        if item_kinds and item_kinds <= _ENSEMBLES and (taken is None or "form" not in taken) \
                and words in (["was", "founded", "by"], ["founded"]):
            # a choir, an orchestra, a band "was founded by" someone: "was formed by" him
            formed = _founded_as(words, forward, "formed")
            exact += formed + [("formed by", formed[1][1])]
        if _opened_venues(item_kinds) and (taken is None or "open" not in taken) \
                and words in (["was", "founded", "by"], ["founded"]):
            # a restaurant, a bar, a jazz club "was founded by" someone: he "opened" it (a place
            # one opens; not a football club, a company or a band)
            exact += _founded_as(words, forward, "opened")
        if words in (["was", "a", "gift", "from"], ["is", "a", "gift", "from"], ["was", "a", "present", "from"]) \
                and (taken is None or not taken & {"donate", "present", "give"}):
            # a carillon "was a gift from" a donor: he "gave / donated / presented" it, it "was
            # given / donated / presented by" him (in the past)
            exact += [(v, not forward) for v in ("gave", "donated", "presented")]
            exact += [(f"{b} {v} by", forward) for b in ("was", "were") for v in ("given", "donated", "presented")]
            exact += [("were gifts from", forward)]
        if specialist_phrase(words) and not human and (taken is None or not taken & {"focus", "concentrate"}):
            # a company "specializes in" a style: it "focuses / concentrates on" it (in the
            # phrase's tense; people have their own forms below)
            past = words[0].endswith("ed")
            exact += [(f, forward) for f in (("focused on", "concentrated on") if past else
                                             ("focuses on", "concentrates on", "focus on", "concentrate on"))]
        if specialist_phrase(words) and human and (taken is None or not taken & {"specialist", "focus", "concentrate"}):
            # a person "specialized in" Y: was "a specialist in" it, "focused / concentrated on" it
            # (in the phrase's tense)
            past = words[0].endswith("ed")
            exact += [(f, forward) for f in (
                ("was a specialist in", "were specialists in", "focused on", "concentrated on") if past else
                ("is a specialist in", "are specialists in", "focuses on", "concentrates on"))]
        if forward and not personal and making_phrase(words, item_kinds) \
                and (taken is None or not taken & _GOODS_MAKING):
            # a manufactory "produced" bone china: it "made / manufactured" it, was "a maker of" it
            # (makers only, of things: not people; in the phrase's tense)
            past = words[0] in ("produced", "manufactured", "made")
            exact += [(v, forward) for v in (("produced", "manufactured", "made") if past
                                             else ("produces", "manufactures", "makes")) if v != words[0]]
            exact += [(f"{b} a {n} of", forward) for b in (("was",) if past else ("is",))
                      for n in ("maker", "producer", "manufacturer")]
        if words == ["houses"]:
            # a building "houses" offices: it "contains" them, "includes" them
            extra += [(f, forward) for f in ("contains", "includes")]
        if len(words) == 3 and words[0] in _BE and words[1] == "named" and words[2] in ("after", "for"):
            # "is named after" a person: "takes / gets its name from", "is named for", "bears the name of"
            exact += [(f, forward) for f in ("takes its name from", "took its name from", "gets its name from",
                                             "got its name from", "is named for", "was named for", "is named after",
                                             "was named after", "bears the name of", "carries the name of",
                                             "owes its name to", "owed its name to", "is named in honour of",
                                             "was named in honour of", "is named in honor of",
                                             "was named in honor of", "named in honour of", "named in honor of",
                                             "was christened in honour of", "was christened in honor of",
                                             "name comes from", "name came from", "name derives from",
                                             "name is derived from")]
            if personal if forward else human:
                # a name honours a person ("Hubbard Glacier honours Gardiner Hubbard"; the
                # person the subject of the registry's phrase: "is honoured by the genus")
                exact += [(f, forward) for f in ("honours", "honors", "name honours", "name honors",
                                                 "name honoured", "name honored")]
            exact += [(f"{v} {p} name to", not forward) for v in ("gave", "lent") for p in ("his", "her", "its", "their")]
        if len(words) == 3 and words[:2] in (["took", "place"], ["takes", "place"]) and words[2] in ("at", "in", "on"):
            # "took place in": "happened in", "occurred in" (and a battle "was fought in")
            exact += [(f"{v} {words[2]}", forward) for v in ("happened", "occurred", "took place", "takes place")
                      if v.split() != words[:2]]
            if fought:
                exact += [(f"{v}fought {words[2]}", forward) for v in ("was ", "were ", "")]
        if words[-3:] == ["as", "part", "of"] and len(words) in (4, 5) and words[-4] in _MADE_AS_PART \
                and words[:-4] in ([], ["was"], ["were"], ["is"], ["are"]):
            # "was fought / built as part of" Y: "was part of" Y, "formed part of" it, "belonged to"
            # it (in the past: not "demolished as part of" a project, not "is part of" it now)
            extra += [(f"{v} part of", forward) for v in ("was", "formed")] + [("belonged to", forward)]
            if fought:  # a battle "was fought during" the war it was part of
                exact += [(f"{v} during", forward) for v in ("was fought", "were fought", "took place", "happened",
                                                              "occurred", "fought")]
        if events and len(words) == 3 and words[0] in _BE and words[1] == "held" and words[2] in ("at", "in", "on"):
            # an event "was held at" a place: it "took place at" it, "was staged at" it (not a
            # painting held in a museum, red team 130)
            exact += [(f"{v} {words[2]}", forward) for v in ("took place", "takes place", "take place",
                                                              "was staged", "were staged", "is staged",
                                                              "are staged")]
        if words in (["hosted"], ["hosts"], ["host"]) and (event_tails if forward else event_heads) and not personal:
            # a venue "hosted" an event: "staged" it, "played host to" it, "was the venue for" it
            # (not a person hosting a show, red team 130)
            exact += [(f, forward) for f in ("staged", "stages", "played host to", "plays host to",
                                             "was the venue for", "was the venue of", "is the venue for",
                                             "is the venue of", "were the venues for", "was the site of",
                                             "is the site of")]
            # and the event "is held / takes place / is staged at" it, in the same tense
            held = ("was held at", "were held at", "took place at", "was staged at", "were staged at") \
                if words == ["hosted"] else ("is held at", "are held at", "takes place at", "take place at",
                                             "is staged at", "are staged at")
            exact += [(f, not forward) for f in held]
            if words != ["hosted"]:  # "Churchill Downs, (the) home of the Kentucky Derby", "is home to" it
                exact += [(f, forward) for f in ("is the home of", "the home of", "home of", "is home to",
                                                 "is also the home of", "is also home to")]
        if (event_heads if forward else event_tails) and words in (["is", "run", "at"], ["are", "run", "at"],
                                                                   ["is", "staged", "at"], ["takes", "place", "at"]):
            # an event that "is run at" a venue "is held / staged at" it, "takes place at" it
            exact += [(f, forward) for f in ("is held at", "are held at", "takes place at", "take place at",
                                             "is staged at", "are staged at", "is run at", "are run at")
                      if f.split() != words]
        if words in (["designed"], ["is", "designed", "by"], ["was", "designed", "by"]):
            # an architect "drew up the plans for" the building they designed
            fwd = forward if words[-1] != "by" else not forward
            exact += [(f"{v} the plans for", fwd) for v in ("drew up", "drew", "drafted")]
        if words in (["flows", "into"], ["flow", "into"]):
            # a river "flows into" the sea: it "empties / drains / discharges into" it
            extra += [(f"{v} into", forward) for v in ("empties", "drains", "discharges")]
        if words in (["stands", "on"], ["lies", "on"], ["sits", "on"]):
            # a town "stands on" a river: it "lies / sits on" it, "lies along" it
            extra += [(f, forward) for f in ("stands on", "lies on", "sits on", "is on", "lies along",
                                             "sits along", "stands along") if f.split() != words]
        if words == ["is", "located", "at"]:  # "sits at", "stands at", "is situated at"
            extra += [(f, forward) for f in ("sits at", "stands at", "is situated at")]
        if len(words) == 3 and words[1:] in (["home", "to"], ["home", "of"]) and words[0] in _BE:
            # "is home to": "is home of" says it too (and "is the home of", a noun of its own)
            extra += [(f"{words[0]} {h}", forward) for h in ("home to", "home of")]
        if words[1:] == ["the", "home", "of"] and words[0] in ("is", "are"):
            # "is the home of" the Bolshoi Ballet: "is home to" it (where another relation says
            # "is home to" too, both are read and the graph says which holds), in the present only
            # ("was the home of" a writer is no "is home to", red teams 108, 153; no "houses",
            # which reaches the genre "house")
            extra += [(f"{b} home to", forward) for b in ("is", "are")]
        if schooling and len(words) == 4 and words[0] in _BE and words[1] in ("a", "an") and words[2] in _ALUMNI \
                and words[3] == "of":
            # "is an alumnus of" a school -> "studied at", "went to" ("is a graduate of": "graduated from")
            exact += [(f, forward) for f in _STUDIED + (_GRADUATED if words[2] == "graduate" else ())]
        if len(words) == 1 and words[0] in _HELPED:
            # "founded" -> "helped (to) found / establish": one of its makers, as the graph says
            extra += [(f"{h} {b}", forward) for h in ("helped", "helped to", "helps", "help") for b in _HELPED[words[0]]]
        if words in (["released"], ["published"], ["issued"]) or (
                len(words) == 3 and words[0] in _BE and words[1:] in (["released", "by"], ["published", "by"])):
            # "Kestrel Music released X": "put X out", "X was put out by Kestrel Music"
            fwd = forward if words[-1] == "by" else not forward
            extra += [("was put out by", fwd), ("put out by", fwd), ("put out", not fwd)]
        if words[-2:] == ["illustrated", "by"] or words == ["illustrated"]:
            # "is illustrated by" / "illustrated": the art of a book or a game is its illustration
            fwd = forward if words[-1] == "by" else not forward
            extra += [(f"has {part} by", fwd) for part in ("art", "artwork", "illustrations")]
            extra += [(f"drew the {part} for", not fwd) for part in ("art", "illustrations")]
    for text, forward in ((phrase, True), (inverse_phrase, False)):
        words = text.lower().split()
        if words[:3] in (["is", "part", "of"], ["are", "part", "of"]) and len(words) in (3, 5) \
                and taken is not None and "belong" not in taken and "part" not in taken:
            # "is part of (the series)" -> "belongs to (the series)"
            extra += [(" ".join(["belongs", "to", *words[3:]]), forward), ("belongs to", forward)]
        if words == ["is", "based", "in"] and (taken is None or "from" not in taken):
            # "is based in Liverpool" -> "a club from Liverpool" (where no other relation says "from")
            extra += [("is from", forward)] + [(f"{f} from", forward) for f in _ORIGIN_VERBS]
        if sporting and (words[-2:] == ["managed", "by"] or words in (["manages"], ["managed"])):
            # a team's manager coaches it: "Everton are coached by David Moyes" (in the phrase's
            # tense: one who "managed" a club no longer "coaches" it, red team 220)
            coached = ["coached" if w == "managed" else "coaches" if w == "manages" else w for w in words]
            numbers = {"is": ("is", "are"), "are": ("is", "are"), "was": ("was", "were"), "were": ("was", "were")}
            exact += [(" ".join([b, *coached[1:]]), forward) for b in numbers.get(coached[0], (coached[0],))]
    # (no synonyms where the verb takes an instrument, "is managed with" a drug: "manages" is then
    # no manager's, and "runs" or "oversees" would say it of either phrase)
    instrumental = any(p.lower().split()[-1:] == ["with"] for p in (phrase, inverse_phrase))
    said_so = {phrase, inverse_phrase}  # (a synonym of a past state keeps its tense: "aired on" -> "streamed on")
    if taken is not None:
        for text, forward in ((phrase, True), (inverse_phrase, False)):
            if not instrumental:
                synonyms = _synonym_phrases(text, set(taken), personal,
                                            None if taken_bare is None else set(taken_bare))
                if (object_kinds | item_kinds) & (_FORCES | NATURAL_FEATURES):
                    # what no person made was not thought up ("Hoover Dam devised Lake Mead", red
                    # team 188; "The Brae rockslide invented Corran Gorge", red team 233: nor a
                    # natural feature at either end; roles and performers: see the end)
                    synonyms = [t for t in synonyms if not set(t.split()) & _CONCEIVING_WORDS]
                extra += [(t, forward) for t in synonyms]
                said_so.update(t for t in synonyms if _past_state(t.split()) is not None)
            if text.lower().split() in (["is", "about"], ["about"]):
                extra += [(t, forward) for t in _about_phrases(taken, text.lower())]
            elif topical and (text.lower() in (*_ABOUT, *_CONCERNING) or text.lower().split()[-2:-1] in (["themed"], ["centred"], ["centered"])) \
                    and "about" not in taken:
                # "covers" -> "is about", "a podcast about music" (the converse of the line above);
                # "is themed around" -> "a game about animals"
                extra += [("is about", forward), ("about", forward), ("on", forward)]
                # ("a course on finance", "a book on birds": a topic's bare "on")
                if text.lower() in _CONCERNING:
                    extra += [(t, forward) for t in _about_phrases(taken, text.lower())]
    for text, forward in ((phrase, True), (inverse_phrase, False)):
        words = (text or "").lower().split()
        if words[:2] in (["dates", "to"], ["date", "to"]) or words[:3] in (["dates", "back", "to"], ["date", "back", "to"]):
            # "dates (back) to the" -> "goes back to the"
            rest = words[words.index("to"):]
            extra += [(" ".join([v, "back", *rest]), forward) for v in ("goes", "go", "went", "dates", "date")]
        if len(words) == 4 and words[1] == "the" and words[2] in _MASS_PARTS and words[3] in ("for", "of"):
            # "composed the music for" -> "composed music for"
            extra.append((" ".join([words[0], *words[2:]]), forward))
            if words[0] == "composed" and words[2] in ("music", "score") and words[3] == "for":
                extra.append(("composed for", forward))  # "Bernard Herrmann composed for Vertigo"
        if words in (["was", "the", "mother", "of"], ["is", "the", "mother", "of"],
                     ["was", "the", "father", "of"], ["is", "the", "father", "of"]) and human:
            # a parent: "gave birth to" / "fathered" the child, who "was born to" the parent (a
            # birth is past: never "gives birth to", red team 224)
            exact += [("gave birth to" if words[2] == "mother" else "fathered", forward), ("was born to", not forward),
                      ("were born to", not forward)]
        if words in (["is", "housed", "in"], ["are", "housed", "in"]):
            extra.append(("is home to", not forward))  # "the Wanamaker Building is home to the organ"
        if words[-1:] in (["at"], ["in"]) and words[:-1] in ([v] for v in _STANDING):
            # "stands at" Piazza Navona: "stands in" it too, and "stands at" where the phrase
            # says "in" (where a thing is, said with either preposition; not "is located at",
            # whose bare "at" would read any "at", code review of this session)
            extra.append((" ".join([*words[:-1], "in" if words[-1] == "at" else "at"]), forward))
        if words in (["was", "coached", "by"], ["were", "coached", "by"]):
            extra.append(("trained under", forward))  # "Comaneci trained under Karolyi" (in the past, as the phrase)
            said_so.add("trained under")
        if human and words in (["worked", "at"], ["worked", "for"]) and object_kinds \
                and not object_kinds & _EMPLOYING_PEOPLE:
            # a scholar who "worked at" a university "held a post / position at" it, "was employed
            # at / by" it (in the past, as the phrase; a body, not a person one worked for)
            exact += [(f"held a {n} at", forward) for n in ("post", "position")]
            exact += [(f"{b} employed {p}", forward) for b in ("was", "were") for p in ("at", "by")]
        if words == ["employed"]:  # "was employed at CERN" (in the past, as the phrase: red team 224)
            exact += [(f"{b} employed at", not forward) for b in ("was", "were")]
        for shorter in _sport_said_plainly(words):
            if words[0] == "played":
                exact.append((shorter, forward))  # ("played rugby for": in the phrase's past only, red team 223)
            else:
                extra.append((shorter, forward))
    for text, forward in ((phrase, True), (inverse_phrase, False), *extra):
        same, opposite = _inflect(text, declared=text in said_so)
        for f in same:
            add_variants(f, forward)
        for f in opposite:
            add_variants(f, not forward)
    for text, forward in exact:  # (as written: "studied at" never "studies at")
        add(text, forward)
    for text in cues:
        for f in _inflect(text)[0]:
            add_variants(f, True)
        for f in _seat_forms(text.lower().split(), taken):
            add(f, True)
        words = text.lower().split()
        if words[:1] == ["from"] and len(words) == 2:
            for v in ("comes", "come", "came"):  # "from director" -> "comes from director X"
                add_variants(f"{v} {text.lower()}", True)
        if words in (["tagged"], ["is", "tagged"]):
            for f in ("tagged with", "is tagged with", "are tagged with", "was tagged with"):
                add_variants(f, True)  # "tagged" -> "is tagged with twist ending"
    for text in inverse_cues:
        for f in _inflect(text)[0]:
            add_variants(f, False)
    makers = [t.lower() for t in (inverse_phrase, *inverse_cues)
              if len(t.split()) == 1 and (t.lower().endswith("ed") or t.lower() in ("wrote", "drew"))]
    for text in (phrase, *cues, *(t for t, f in extra if f)):
        words = text.lower().split()
        part = _work_part(" ".join(words[1:] if words[:1] in (["has"], ["have"], ["with"], ["features"])
                                   else words))
        for part in (part, *_PART_SYNONYMS.get(part or "", ())) if part else ():
            for verb in makers:  # "screenplay by" and "wrote": "wrote the screenplay for X"
                for prep in ("for", "of"):
                    add(f"{verb} the {part} {prep}", False)
            for verb in _SUPPLYING:  # "Vangelis supplied / provided / did the music for Blade Runner"
                add(f"{verb} the {part} for", False)
            # "music by X" -> "its music is by X", "the score was from X": a part of the work,
            # then who made it
            for b in ("is", "was", "are", "were"):  # ("its lyrics are by X")
                add(f"{part} {b} by", True)
                add(f"{part} {b} the work of", True)  # ("Alien's score is the work of X")
                add(f"{part} {b} from", True)
                for made in _MAKING:  # "the music is composed by X", "its score was written by X"
                    add(f"{part} {b} {made} by", True)
            for comes in ("comes", "come", "came"):
                add(f"{part} {comes} from", True)
            if words[:1] in (["has"], ["have"], ["with"]):
                for verb in ("carries", "carry", "carried", "boasts", "boast", "boasted"):
                    add_variants(f"{verb} {part} by", True)  # "both carry music by X"
            for det in ("a", "an", "the"):  # "directed by Y from a script by X": X wrote it
                add(f"from {det} {part} by", True)
    for text, forward in ((phrase, True), (inverse_phrase, False), *((c, True) for c in cues),
                          *((c, False) for c in inverse_cues)):
        words = text.lower().split()
        if len(words) == 5 and words[0] in ("is", "was") and words[1] in ("a", "an", "the") \
                and words[2].isalpha() and words[2] not in _FUNCTION and participle(words[3]) \
                and words[4] in ("in", "at", "on", "by", "for"):
            # "is a language spoken in" X: "is one of the languages spoken in" X, "among the
            # languages spoken in" X (some of them; a noun then a participle, as declared, in its
            # tense: "was a language spoken in" stays in the past)
            for b in (("was", "were") if words[0] == "was" else ("is", "are")):
                add(f"{b} one of the {plural(words[2])} {words[3]} {words[4]}", forward)
                add(f"{b} among the {plural(words[2])} {words[3]} {words[4]}", forward)
        if len(words) == 3 and words[0] in ("is", "are") and words[1] == "found" and words[2] in ("in", "at", "on"):
            # a declared "is found in" Italy: "can be found in" Italy (where it is, not a
            # possibility; not from a past "was found in", a find-spot)
            add(f"can be found {words[2]}", forward)
            add(f"can also be found {words[2]}", forward)
            if words[2] == "in" and (taken is None or "occur" not in taken):
                add("occurs in", forward)  # "pepsin occurs in the stomach" (in the present, as the phrase)
                add("occur in", forward)
        if len(words) == 2 and words[1] == "in" and words[0] in _ACTING:
            for b in _BE:  # "Roy Scheider is (also) in Jaws": he plays in it
                add_variants(f"{b} in", forward)
            for f in ("appears in", "appeared in", "appear in", "acts in", "acted in", "act in",
                      "has a role in", "had a role in", "plays a role in", "played a role in",
                      "has roles in", "had roles in", "have roles in", "plays roles in", "played roles in",
                      "share the screen in", "shared the screen in", "shares the screen in"):
                add(f, forward)  # "Tony Hale appears in Veep"
            for verb in ("plays", "played", "play", "has", "had", "have"):
                if words[0] in ("appears", "appeared"):
                    break  # (a song "appears in" a film, and plays no role: only a star leads)
                for role in ("the lead", "the lead role", "the leading role", "a leading role", "a lead role",
                             "the leads", "the lead roles", "the leading roles", "leading roles", "lead roles",
                             "one of the leads", "one of the lead roles", "one of the leading roles"):
                    add(f"{verb} {role} in", forward)  # as "with X in the lead": X stars in it
        if personal and words in (["appeared", "on"], ["appears", "on"]):
            # a guest: "guested on", "turned up on" (never "guests on": "X has guests on Y" hosts)
            for f in ("guested on", "has guested on", "have guested on", "had guested on", "turned up on",
                      "turns up on", "has turned up on", "have turned up on", "showed up on", "shows up on",
                      "has shown up on", "have shown up on"):
                add(f, forward)
        if words in (["is", "on"], ["are", "on"]) and (taken is None or "appear" not in taken):
            # a song "is on" an album: it "appears on" it ("both appear on the album 1989"), and it
            # is "from" it ("a track from the album After Hours"), where no other relation says "from"
            for f in ("appears on", "appear on", "appeared on", "features on", "feature on", "featured on"):
                add_variants(f, forward)
            if taken is None or "from" not in taken:
                for f in ("is from", "are from", "was from", "from", "comes from", "come from", "came from"):
                    add(f, forward)
        if not personal and words[:2] in (["appears", "on"], ["appeared", "on"]) and (
                len(words) == 2 or (len(words) == 4 and words[2] == "the" and words[3].isalpha())):
            # a song "appears on (the album)" an album: it "is on" it, "features on" it, "can be
            # found on" it, it is "from" it where no other relation says "from" (not a guest's)
            noun = words[2:]
            for lead in (["is", "on"], ["are", "on"], ["was", "on"], ["features", "on"], ["feature", "on"],
                         ["featured", "on"], ["can", "be", "found", "on"], ["is", "found", "on"], ["is", "included", "on"]):
                add(" ".join(lead + noun), forward)
                if noun:
                    add(" ".join(lead), forward)
            if taken is None or "from" not in taken:
                for f in ("is from", "are from", "was from", "from", "comes from", "come from", "came from"):
                    add(" ".join([f, *noun]), forward)
                    if noun:
                        add(f, forward)
        if words in (["first", "appeared", "in"], ["first", "appears", "in"]):
            # a character's or a work's first appearance: "debuted in Showcase #4", "made his
            # debut in Amazing Fantasy #15", "got his start in Daredevil #1"
            for p in ("his", "her", "its", "their"):
                for v in ("made", "makes", "make"):
                    add(f"{v} {p} debut in", forward)
                    add(f"{v} {p} first appearance in", forward)
                add(f"got {p} start in", forward)
            for f in ("debuted in", "debuts in", "debut in"):
                add(f, forward)
        if words in (["is", "set", "in"], ["are", "set", "in"], ["was", "set", "in"]):
            # a story's setting: "takes place in Seoul", "unfolds in Barcelona"
            for f in ("takes place in", "take place in", "took place in", "unfolds in", "unfold in", "unfolded in",
                      "plays out in", "play out in", "played out in"):
                add(f, forward)
        if len(words) >= 4 and words[:2] in (["is", "near"], ["are", "near"]) and words[2] == "the" and words[-1] == "of":
            # "is near the town of": "is near Hinton", "lies near", "close to"
            for f in ("is near", "are near", "near", "lies near", "lie near", "sits near", "sit near", "is close to",
                      "are close to", "close to"):
                add(f, forward)
        if len(words) == 2 and words[1] == "in" and words[0] in _ACTING:
            for f in ("turns up in", "turned up in", "turn up in", "shows up in", "showed up in"):
                add(f, forward)  # "Steve Buscemi turns up in Reservoir Dogs"
        if len(words) >= 4 and words[0] in _BE and words[1] in ("a", "an") and words[-1] == "of" \
                and words[-2] in ("student", "pupil", "apprentice") and all(w.isalpha() for w in words[2:-2]):
            # "was a (doctoral) student of" Y: "studied under", "trained under", "was taught by" Y
            # (what any student of Y did; in the past, as the phrase); a doctoral one also "was
            # supervised by" Y (a plain "student of" only where the other phrase says "taught":
            # Aquinas was a student of Aristotle, a follower, red team 190)
            forms = ["studied under", "trained under", "was taught by", "were taught by"] \
                if words[-2] != "student" or {"doctoral", "phd"} & set(words) or _taught(phrase, inverse_phrase) else []
            if "doctoral" in words or "phd" in words:
                forms += ["was supervised by", "were supervised by", "did a doctorate under", "earned a doctorate under"]
                # "wrote his doctorate under", "completed her PhD under the supervision of"
                forms += [f"{v} {p} {d} {u}" for v in ("did", "wrote", "completed", "earned", "took")
                          for p in ("his", "her", "their") for d in ("doctorate", "phd", "ph.d.")
                          for u in ("under", "under the supervision of")]
                for f in ("supervised", "supervised the doctorate of", "supervised the phd of"):
                    add(f, not forward)  # (the advisor's deed, said of the advisor)
            for f in forms:
                add(f, forward)
        if words in (["competes", "in"], ["compete", "in"]):  # "Celtic play in the Scottish Premiership"
            for f in ("plays in", "played in", "play in"):
                add_variants(f, forward)
        if words[-3:] == ["a", "member", "of"]:  # "is a member of": "plays in", "was in" (a band)
            # ("plays in" only where the members may play: not a hero of the Justice League, a
            # country of the Arab League, red team 193)
            playing = not (object_kinds and object_kinds <= _LEAGUES | _VENTURES) \
                or bool(item_kinds and item_kinds <= _TEAM_KINDS)
            if object_kinds and object_kinds <= _VENTURES and words[0] in ("was", "were"):
                # a member of an expedition "took part in" it, "joined" it, "was on" it (in the
                # past, as the phrase)
                for f in ("took part in", "joined", "was on", "were on", "was part of", "were part of"):
                    add(f, forward)
            for f in ("plays in", "played in", "play in", "is in", "was in", "are in", "were in"):
                if playing or f.split()[0] not in ("plays", "played", "play"):
                    add(f, forward)
            instruments = {_PLAYERS.get(k) for k in item_kinds}
            if playing and object_kinds and object_kinds <= _BANDS and len(instruments) == 1 and None not in instruments:
                # "Jimmy Page played guitar in Led Zeppelin" where every member is a guitarist (the
                # instrument their type says: no guitarist "played bass in" a band, and none where
                # guitarists and drummers share the relation, red team 216)
                played = instruments.pop()
                # (in the phrase's tense: "was a member of" says "played", never "plays", red team 217)
                for verb in ("played",) if words[0] in ("was", "were") else ("plays", "played", "play"):
                    for instrument in played:
                        for prep in ("in", "for"):
                            add(f"{verb} {instrument} {prep}", forward)
            if words[:-3] in ([], ["is"], ["are"]):  # "Cathay Pacific is part of / belongs to Oneworld"
                for f in ("is part of", "are part of", "belongs to", "belong to"):
                    add_variants(f, forward)
            elif words[:-3] in (["was"], ["were"]):  # "Shinzo Abe belonged to the LDP" (in the past, as the phrase)
                for f in ("belonged to", "was part of", "were part of"):  # ("Steichen was part of the Photo-Secession")
                    add(f, forward)
    for c in shown_cues(name, phrase, inverse_phrase):
        if (phrase if c.forward else inverse_phrase).lower().split()[-1] == "on":
            for f in ("runs on", "ran on", "run on"):  # "Portal 2 runs on PC", "The Wire ran on HBO"
                add(f, c.forward)
            if taken is not None and taken & _FIRST_SHOWN:
                continue  # the graph says where a work premiered with a relation of its own
            for f in ("premiered on", "debuted on"):  # "Better Call Saul premiered on AMC"
                add(f, c.forward)
            for form, readings in list(out.items()):
                words = form.split()
                if Cue(name, c.forward) in readings and words[-1:] == ["on"] and 2 <= len(words) <= 3 \
                        and (words[-2].endswith("ed") or words[-2] in IRREGULAR_PARTICIPLES):
                    # as "premiered on": "first aired on BBC Two", "was originally broadcast on HBO"
                    lead, verb = words[:-2], words[-2]
                    for adverb in ("first", "originally"):
                        add(" ".join([*lead, adverb, verb, "on"]), c.forward)
    declared_adverbs = {"first", "originally"} & set(f"{phrase} {inverse_phrase}".lower().split())
    for form, readings in list(out.items()):
        words = form.split()
        for k, w in enumerate(words[:-1]):
            # (only an adverb the user declared: "premiered at" reads "first performed at", and a
            # performance is no premiere)
            if w in declared_adverbs and (words[k + 1].endswith("ed") or words[k + 1] in IRREGULAR_PARTICIPLES):
                # "was originally directed by" / "was first directed by": the same claim
                other = "originally" if w == "first" else "first"
                for c in readings:
                    if c.relation == name:
                        add(" ".join([*words[:k], other, *words[k + 1:]]), c.forward)
                        # ("was directed by": the original production's director directed it;
                        # in the past only: "is brewed in" is no longer where it was first brewed)
                        plain = [*words[:k], *words[k + 1:]]
                        if _past_state(plain) is not None:
                            continue  # (a past state keeps its adverb: "owned by" would say it now)
                        if plain[0] in ("was", "were") or (k == 0 and plain[0] not in _BE):
                            add(" ".join(plain), c.forward)
                        if len(plain) == 3 and plain[0] in ("was", "were") and plain[2] == "by":
                            # and its active voice, in the past: "Harold Prince directed Cabaret"
                            add(plain[1], not c.forward)
    for text, forward in ((phrase, True), (inverse_phrase, False)):
        if text.lower().split()[-2:] == ["directed", "by"] and all(
                w in (*_BE, "originally", "first") for w in text.lower().split()[:-2]):
            add("under the direction of", forward)  # "came out in 1967 under the direction of X"
            for b in ("was", "were"):
                add(f"{b} made under the direction of", forward)  # ("was made under the direction of X")
            for b in _BE:  # "Ridley Scott was at the helm of Alien": its director
                add(f"{b} at the helm of", not forward)
        made = _made_by(text, forward, _GOODS_MAKING)
        now = made is not None and _making_now(text)
        if corporate and made is not None and made[0] in _GOODS_MAKING and now \
                and (taken is None or "product" not in taken):
            # what a firm makes now is its product ("Blue Fire is a product of Mack Rides"; not a
            # builder's, who may assemble another's product, nor a past maker's, red team 174)
            for b in ("is", "are"):
                add_variants(f"{b} a product of", made[1])
        words = text.lower().split()
        if goods and placed and forward and len(words) == 3 and words[0] in ("was", "were", "is", "are") \
                and words[2] == "in" and words[1] in PLACE_MAKING:
            # a product "was built in" a country: "was made / manufactured / produced in" it,
            # in the phrase's tense (where another relation says "made by" a firm, "made in" is
            # still the place's)
            bes = ("was", "were") if words[0] in ("was", "were") else ("is", "are", "was", "were")
            for part in PLACE_MAKING:
                if part != words[1]:
                    for b in bes:
                        add_variants(f"{b} {part} in", True)
                    add(f"{part} in", True)
        if goods and corporate and made is not None and made[0] in _GOODS_MAKING:
            # a firm that produces or manufactures a product makes it ("PepsiCo makes Mountain
            # Dew" where another relation says "was first made in" a city: not said alone or
            # before "by" there)
            for verb in ("make", "manufacture", "produce"):
                if verb == made[0] or (taken_bare is not None and verb_lemmas(verb) & taken_bare) \
                        or (taken_bare is None and taken is not None and verb_lemmas(verb) & taken):
                    continue
                _, third, past, part, _ = _verb_forms(verb)
                # (in the phrase's own tense: "was made by" a firm says nothing of its making
                # now, red team 174)
                for f in (third, past) if now else (past,):
                    add(f, not made[1])
                for b in ("is", "are", "was", "were") if now else ("was", "were"):
                    add_variants(f"{b} {part} by", made[1])
                add(f"{part} by", made[1])
        made = _made_by(text, forward, _GOODS_MAKING)
        if goods and corporate and made is not None and made[0] in _GOODS_MAKING:
            for n in _FIRM_MAKERS:  # the firm that makes a product is "the company behind" it
                add(f"{n} behind", not made[1], noun=True)
                for b in _BE:
                    add_variants(f"{b} the {n} behind", not made[1])
        made = _made_by(text, forward, _WORK_OF)
        made_works = (item_kinds if made[1] else object_kinds) if made is not None else frozenset()
        if made is not None and made[0] in _WORK_OF and not _behind_unmade(made[0], made_works) \
                and not ((human or living) if made[1] else personal) \
                and (made[0] != "direct" or bool(made_works & _DIRECTED_WORKS)):
            # (a thing's, never a person's: a sitter is no sculptor's work, red team 226; a
            # director's only of a film or a stage work, not a choir or a museum)
            for b in _BE:  # "Die Hard is the work of John McTiernan", "was the work of Thomas Telford"
                add(f"{b} the work of", made[1])
        made = _made_by(text, forward, _BEHIND)
        works = item_kinds if made is not None and made[1] else object_kinds
        if made is not None and made[0] in _BEHIND and not _behind_unmade(made[0], works):
            for b in _BE:  # a maker "is behind" the work it directed, wrote, designed or produced
                add_variants(f"{b} behind", not made[1])
            # (the maker a person: the object of "was created by", the subject of "created")
            # (the subject's own deed of making: not "directed" a factory or a choir, red team 217)
            by_people = (personal and made[1]) or (human and not made[1] and made[0] in MAKING_VERBS)
            makers = _PERSON_MAKERS if by_people and made[0] != "publish" else _FIRM_MAKERS if corporate else ()
            if by_people:  # "the artist behind" a coin he designed
                makers = (*makers, *(n for n, verbs in _ROLES_BEHIND.items() if made[0] in verbs))
            own = object_kinds if made[1] else item_kinds
            if ((personal and made[1]) or (human and not made[1])) and len(own) == 1:
                # the makers' one type: "the sculptor behind" a fountain where every maker the
                # graph names is a sculptor (not one of several types: an engineer behind what
                # an architect designed, red team 163)
                # (a type that is the agent of another verb is not: a "director" who produced
                # a film is no "director behind" it, red team 195)
                makers = (*makers, *(w for w in own if w.isalpha() and w not in ("person", "people", "persons")
                                     and not w.endswith("s")
                                     and all(base == made[0] or (made[0] == "create" and base in _ARTS_OF_MAKING)
                                             for base, agents in _AGENTS.items() if w in agents)))
                # (a sculptor's or a painter's "created" is his making: "the sculptor behind" it)
            for n in makers:  # "the mind behind", "one of the minds behind", "the firm behind"
                add(f"{n} behind", not made[1], noun=True)
                add(f"{plural(n)} behind", not made[1], noun=True)
                for b in _BE:
                    add_variants(f"{b} the {n} behind", not made[1])
                    add_variants(f"{b} one of the {plural(n)} behind", not made[1])
                    add_variants(f"{b} among the {plural(n)} behind", not made[1])
    for text in cues:
        if text.strip().lower() in _FUNCTION:  # declared as is ("with": "a comedy with X")
            out.setdefault(text.strip().lower(), set()).add(Cue(name, True))
    for text, forward in ((phrase, True), (inverse_phrase, False)):
        if text.strip().lower() in ("has", "have", "had"):
            # a phrase that is "has" alone ("Munich Airport has a brewery"): its forms, though
            # function words elsewhere (in the present only where another relation says "had":
            # red team 131); "had" alone, its past forms
            forms = ["has", "have", "has a", "has an", "have a", "have an", "has also", "has also a", "has also an",
                     "also has", "also has a", "also has an", "both have"]
            if text.strip().lower() == "had":
                forms = ["had", "had a", "had an", "once had", "once had a", "once had an", "also had",
                         "also had a", "also had an", "both had"]
            elif taken is None or "have" not in taken:
                forms += ["had", "had a", "had an"]
            for f in forms:
                out.setdefault(f, set()).add(Cue(name, forward))
        if text.strip().lower() in ("is", "are"):
            # a phrase that is the copula alone ("is" a voicing: "the ARP Odyssey is duophonic"):
            # its present forms, declared (the guessed copula wants a kind noun after its object)
            for f in ("is", "are", "is also", "are also", "are both", "are all", "both are", "all are"):
                out.setdefault(f, set()).add(Cue(name, forward))
    if any(c.relation == name and c.forward for c in out.get("was a", ())) and not fought \
            and not any(c.relation == name and c.forward for c in out.get("is a", ())):
        for f in ("were", "were all", "were both", "was both a", "was both an", "was another"):
            # a declared "was a" keeps its tense: "A and B were both land battles" (not "is a")
            out.setdefault(f, set()).add(Cue(name, True))
    if any(c.relation == name and c.forward for c in (*out.get("is a", ()), *(out.get("was a", ()) if fought else ()))):
        # a declared "is a" also reads "are", "were", "was a" (so does a battle's "was a": a
        # battle is still the kind it was, "the Battle of Lepanto, a naval battle, ...")
        for f in COPULA_FORMS:
            out.setdefault(f, set()).add(Cue(name, True))
    said_on = any(t.lower().split()[-1:] == ["on"] for t in (phrase, inverse_phrase, *cues, *inverse_cues))
    made = _made_by(phrase, True, _BEHIND)
    unmade = made is not None and _behind_unmade(made[0], item_kinds if made[1] else object_kinds)
    for noun in nouns:
        noun = noun.lower().strip()
        if not noun:
            continue
        if not unmade:  # (no "contractor behind" a bridge it only painted, red team 195)
            add(f"{noun} behind", False, noun=True)  # "Y, the director behind X"
        if noun.isalpha() and not unmade:  # "Y was one of the producers behind X" (one of them)
            for b in _BE:
                add_variants(f"{b} one of the {plural(noun)} behind", False)
        agent = noun in _AGENT_NOUNS
        for n in (noun, plural(noun)):
            if said_on and not agent:
                # "a guest on X" where the relation is said with "on" ("appeared on"): only after
                # a copula ("was a guest on X"), never "has (a) guest(s) on X"
                for det in ("a", "an", "the", "one of the"):
                    for b in (*_BE, "has been", "have been", "had been"):
                        add_variants(f"{b} {det} {n} on", False, noun=True)
                for b in ("are", "were", "have been", "had been"):
                    add_variants(f"{b} {n} on", False, noun=True)
            add(n, True, noun=True)
            add(f"{n} of", False, noun=True)
            # "X has a N of Y" / "X, with a N of Y" say X's N is Y: forward, and the longer
            # form wins over "N of" (else the auxiliary, glue, would flip the direction)
            for h in (*_HAVE, "with"):
                for det in ("a", "an", "the"):
                    add_variants(f"{h} {det} {n} of", True, noun=True)
            if agent:  # "was the cinematographer on X": who worked on it
                add(f"{n} on", False, noun=True)
                for lead in ("from", "comes from", "come from", "came from"):
                    add(f"{lead} {n}", True, noun=True)  # "Watchmen comes from writer Alan Moore"
            for b in _BE:
                add_variants(f"{b} the {n} of", False, noun=True)
                if agent:
                    add_variants(f"{b} the {n} on", False, noun=True)
                if n != noun:  # "is (also) one of the stars of X", "are among the stars of X": some
                    add_variants(f"{b} one of the {n} of", False, noun=True)
                    add_variants(f"{b} among the {n} of", False, noun=True)
                if noun not in CLASS_NOUNS:  # "Sitcom is a type of X" says X is the broader class
                    add_variants(f"{b} a {n} of", False, noun=True)
                add_variants(f"{b} {n}s of", False, noun=True)
        for text, forward in ((phrase, True), (inverse_phrase, False)):
            words = text.lower().split()
            if len(words) == 4 and words[0] in _BE and words[1] in ("a", "an") and words[2] == noun \
                    and words[3] in ("in", "on", "at", "for"):
                # "is a hop in": "Citra, one of the hops in Zombie Dust", "the hop in X"
                prep = words[3]
                for n in (noun, plural(noun)):
                    add(f"{n} {prep}", forward, noun=True)
                    for b in _BE:
                        add_variants(f"{b} the {n} {prep}", forward, noun=True)
                        if n != noun:
                            add(f"{b} one of the {n} {prep}", forward, noun=True)
                            add(f"{b} among the {n} {prep}", forward, noun=True)
    declared = {t.strip().lower() for t in (phrase, inverse_phrase, *cues, *inverse_cues)}
    if not symmetric:
        # a form read the same in both directions cannot tell who does what: drop it
        for form, readings in list(out.items()):
            fwd = {c for c in readings if c.relation == name and c.forward}
            inv = {c for c in readings if c.relation == name and not c.forward}
            if fwd and inv:
                nouns_only = {c for c in fwd | inv if c.noun}
                verbs = (fwd | inv) - nouns_only
                one_way = bool(nouns_only) and bool(verbs) and len({c.forward for c in nouns_only}) == 1 \
                    and len({c.forward for c in verbs}) == 1
                if one_way and form in declared:
                    out[form] = (readings - fwd - inv) | verbs  # a declared "hosts" stays a verb
                elif one_way and any(len(d.split()) == 1 and _base(d) == form != d for d in declared):
                    pass  # "host" of a declared "hosts", and the noun "host": "A and B host it" reads too
                elif one_way and not form.endswith("s"):
                    # "author" the noun over "author" the verb (inflected from the cue
                    # "authored"); "authors" may be either
                    out[form] = (readings - fwd - inv) | nouns_only
                else:
                    del out[form]
    if any(_past_state(t.lower().split()) is not None for t in (phrase, inverse_phrase) if t.strip()):
        # a past state ("was managed by", "played its home games at"): an agent noun made from
        # its verb, said with "is", would make it present ("Ferguson is the manager of United",
        # whatever the object's type); the other nouns of the object's type or of the registry's
        # own phrase stay ("its network", "Fleming's field")
        kept = {w for n in nouns for w in (*n.lower().split(), *plural(n.lower()).split())}
        bases = {b for t in (phrase, inverse_phrase) for w in t.lower().split() if (b := _state_base(w))}
        agents = {a for b in bases for a in (b, b + "er", b + "r", b + "or", b.rstrip("e") + "er",
                                             b[:-1] + "or" if b.endswith("e") else b)}
        agents |= {a for b in bases for n in _AGENTS.get(b, ()) for a in n.split()}  # ("operated": "operator")
        agents |= {plural(a) for a in agents}  # ("managed": "manager", "led": "leader", "hosted": "host")
        out = {form: {c for c in readings if not c.noun or (kept & set(form.split()) and not agents & set(form.split()))}
               for form, readings in out.items()}
        out = {form: readings for form, readings in out.items() if readings}
    if item_kinds & _ROLE_WORDS or object_kinds & _PERFORMERS:
        # an actor "created" a part by first playing it: he neither thought it up ("invented",
        # "came up with") nor is "the mind behind" it (red teams 185-187)
        out = {form: readings for form, readings in out.items()
               if form in declared or not set(form.split()) & (_CONCEIVING_WORDS | _MINDS)}
    return out


_PLAYING = frozenset({"play", "perform", "train", "race", "compete"})
"""Verbs whose "<verb> its <noun> at" says where the item plays: "plays its home games at" reads
"plays at" too."""

WILDLIFE_TYPES = frozenset({"animal", "animals", "wildlife", "species", "bird", "birds", "mammal", "mammals",
                            "fauna", "creature", "reptile", "fish"})
"""Types of the animals a place is home to."""

ROAMING = ("roam", "roams", "roamed", "roam in", "roams in", "roam across", "roams across", "wander",
           "wanders", "wander in", "wanders in", "range across", "ranges across", "live in", "lives in",
           "inhabit", "inhabits", "are found in", "is found in", "can be found in", "can be seen in",
           "thrive in", "thrives in")
"""What animals do in the place that is home to them ("grizzly bears roam Denali"): read with
the animal as subject."""

FEATURE_TYPES = frozenset({"landmark", "landmarks", "sight", "sights", "attraction", "attractions", "feature",
                           "peak", "mountain", "summit", "lake", "waterfall", "falls", "glacier", "canyon",
                           "geyser", "monument", "viewpoint", "trail", "valley", "cave", "arch", "rock"})
"""Types of the physical features of a place ("has the landmark"): each is in the place."""

FEATURE_IN = ("is in", "are in", "stands in", "stand in", "sits in", "sit in", "lies in", "lie in", "rises in",
              "rise in", "is found in", "are found in", "is located in", "are located in", "is inside")
"""What a feature of a place is said to do there ("Half Dome stands in Yosemite"): read with the
feature as subject."""

FEATURE_OF = ("includes", "include", "included", "contains", "contain", "contained", "boasts", "boast",
              "features", "feature", "takes in", "take in", "has", "have", "has a", "has an", "have a", "with",
              "with a", "with an", "holds", "hold", "holding")
"""What a place is said to do with its features ("Yosemite includes Half Dome", "a cave with a bat
colony", "Altamira holds cave paintings")."""

_WITH_INSTRUMENT = frozenset({"prints", "print", "renders", "render", "weaves", "weave", "writes", "write", "draws",
                              "draw", "cuts", "cut", "paints", "paint", "carves", "carve", "engraves", "engrave",
                              "types", "type", "displays", "display", "measures", "measure", "drills", "drill",
                              "sews", "sew", "knits", "knit", "spins", "spin", "grinds", "grind", "mills", "mill",
                              "presses", "press", "stamps", "stamp", "shoots", "shoot", "films", "film", "records",
                              "record", "plays", "play", "scans", "scan", "computes", "compute", "calculates",
                              "calculate", "encrypts", "encrypt", "navigates", "navigate", "steers", "steer"})
"""Present verbs of working with a tool: "<verb> (...) with" an instrument reads "uses" it."""
_FIGHTING_IN = (("fought", "in"), ("fought", "at"), ("took", "part", "in"))
"""Past phrases of a fighter's part in a battle or a war, one family."""
_BATTLE_WORDS = frozenset({"battle", "battles", "war", "wars", "siege", "sieges", "campaign", "campaigns",
                           "engagement", "engagements"})
"""Type words of battles and wars."""
_PRIZE_GIVING = ("presented", "awarded", "given", "handed out", "conferred")
"""Participles of a body's giving a prize, one family ("is awarded by" reads "is presented by")."""
PRIZE_TYPES = frozenset({"prize", "prizes", "award", "awards", "honour", "honor", "medal", "trophy"})
"""Types of what an item wins."""

WINNING = ("took", "takes", "picked up", "picks up", "received", "receives", "collected", "collects", "landed",
           "lands", "was awarded", "were awarded", "is awarded", "are awarded", "has been awarded",
           "were each awarded", "were both awarded", "was also awarded", "were also awarded", "was given",
           "were given", "took home", "takes home", "was honoured with", "was honored with",
           "were honoured with", "were honored with")
"""What an item that "won" a prize is said to have done ("Wolf Hall took the Booker Prize"), read
only where the relation's objects are prizes or awards."""

PRIZE_WINNERS = ("is a winner of", "was a winner of", "are winners of", "were winners of", "is a recipient of",
                 "was a recipient of", "are recipients of", "were recipients of")
"""What an item that won a prize is ("a Ballon d'Or winner"), read as :data:`WINNING`."""

PRIZE_GOING = ("went to", "goes to", "was awarded to", "was given to", "was presented to")
"""What a prize an item won did ("The Booker Prize went to Wolf Hall"), read as :data:`WINNING`."""

LABEL_TYPES = frozenset({"label", "record label", "record_label", "records", "imprint"})
"""Types of the record labels that release an item."""

ON_LABEL = ("came out on", "comes out on", "come out on", "was released on", "were released on",
            "is released on", "are released on", "was issued on", "were issued on", "is out on", "are out on",
            "was put out on", "came out through", "was released through", "released through", "released on")
"""How a writer says that a label released a record ("came out on Columbia Records"), the
record as subject: read only where the relation "released by" has labels as objects."""

INGREDIENT_TYPES = frozenset({"grape", "grapes", "ingredient", "ingredients", "hop", "hops", "malt", "spice",
                              "herb", "fruit", "vegetable", "spirit", "liqueur", "cheese", "grain", "yeast"})
"""Types of what goes into a dish, a drink or a wine."""

GOING_INTO = ("goes into", "go into", "went into")
"""What an ingredient "used in" an item is said to do ("Tempranillo goes into Altura Reserva")."""

SHELTERING = ("shelters", "shelter", "sheltered")
"""What a place does for the animals it is home to ("both shelter black bears")."""

HELD_IN_COLLECTION = ("is in the collection of", "are in the collection of", "was in the collection of",
                      "in the collection of", "hangs in", "hang in", "hangs at", "hang at", "can be seen at",
                      "can be seen in", "is in", "are in", "is at", "are at", "belongs to", "belong to",
                      "is owned by", "are owned by", "owned by", "is kept at", "are kept at", "kept at",
                      "is kept in", "are kept in", "kept in", "is housed in", "are housed in", "housed in",
                      "is housed at", "are housed at", "housed at", "belongs to the collection of",
                      "belong to the collection of", "is in the collections of", "are in the collections of",
                      "sits in the collection of", "sit in the collection of", "sits in the collections of",
                      "sit in the collections of", "are both in the collection of", "are all in the collection of",
                      "is also in the collection of", "are also in the collection of")
"""What "is held by" also says where a museum, gallery or collection holds a work (not "is on
display at": a work held may be in store or on loan, red team 156)."""

_BEHIND = frozenset({"direct", "write", "author", "create", "design", "develop", "produce", "compose", "paint",
                     "found", "publish", "invent", "animate", "choreograph", "sculpt", "illustrate", "co-create",
                     "co-write", "devise", "conceive", "architect", "craft"})
"""Verbs of making a work, whose maker "is behind" it (not owning, running, hosting or playing it)."""
_WORK_OF = (_BEHIND - {"found", "publish", "produce", "develop"}) | {"carve"}
"""Verbs of making a thing by one's own art or craft: the thing "is the work of" its maker (not a
founder's, publisher's or producer's, who made it happen; nor a builder's, a contractor's, nor
who "cast" or "photographed" it, red team 226)."""
_DIRECTED_WORKS = frozenset({"film", "films", "movie", "movies", "documentary", "documentaries", "series", "show",
                             "shows", "play", "plays", "opera", "operas", "musical", "musicals", "episode", "short"})
"""Type words of works whose director made them ("is the work of" its director)."""
_RUN_NOT_MADE = frozenset({"museum", "museums", "gallery", "galleries", "institute", "institution", "school",
                           "university", "orchestra", "company", "agency", "laboratory", "lab", "library", "zoo",
                           "theatre", "theater", "hospital", "observatory", "festival", "bank"})
"""Type words of institutions whose director runs them ("directed the Louvre" made nothing)."""
_HAD_NOT_MADE = frozenset({"disease", "diseases", "condition", "conditions", "illness", "illnesses", "syndrome",
                           "disorder", "symptom", "habit", "skill", "skills", "injury"})
"""Type words of what a person "developed" by having it (a disease), not by making it."""
_PAINTED_WORKS = frozenset({"painting", "paintings", "portrait", "portraits", "mural", "murals", "fresco", "frescoes",
                            "artwork", "artworks", "picture", "pictures", "canvas", "work", "works", "icon", "panel",
                            "altarpiece", "miniature", "landscape"})
"""Type words of works a painter makes (a bridge that was painted was not made by its painter)."""


def _behind_unmade(verb: str, works: AbstractSet[str]) -> bool:
    """Whether ``verb`` ("direct", "develop", "paint") says no making of works of these types: a
    museum's director runs it, a patient "developed" a disease, a painter of a bridge coated it
    (red team 195)."""
    if verb == "direct":
        return bool(works & _RUN_NOT_MADE)
    if verb == "develop":
        return bool(works & _HAD_NOT_MADE)
    if verb == "paint":
        return not works or not works <= _PAINTED_WORKS | {"oil", "tempera", "watercolour", "watercolor"}
    return False


_SOFTWARE_WORDS = frozenset({"software", "program", "programs", "application", "applications", "app", "apps",
                             "operating", "system", "systems", "os", "kernel", "kernels", "library", "libraries",
                             "framework", "frameworks", "compiler", "compilers", "browser", "browsers", "database",
                             "databases", "editor", "editors", "interpreter", "interpreters", "utility", "utilities"})
"""Type words of software, which is "coded / programmed in" its language (no book, red team 175)."""

_DRIVERS = frozenset({"driver", "drivers"})
"""Type words of the people who drive racing cars ("was raced by" a driver: he "drove" it; not a
"racer", who may have raced against it on a bike, red team 191)."""
_DRIVING_ACTIVE = ("raced", "drove", "piloted", "was behind the wheel of", "were behind the wheel of")
_DRIVING_PASSIVE = ("was raced by", "were raced by", "was driven by", "were driven by", "was piloted by",
                    "were piloted by")
_DRIVING = [["raced"], ["was", "raced", "by"], ["were", "raced", "by"]]
"""A driver's phrases of his cars, in the past (he raced them once), either way round; only a
graph's own "raced" says them (a bus "driven by" its driver was never raced, red team 190)."""
_CARS = frozenset({"car", "cars", "racing", "racecar", "racecars", "automobile", "automobiles", "formula", "one",
                   "f1", "sports", "stock", "rally", "touring", "single-seater"})
"""Type words of racing cars ("car", "racing_car", "formula_one_car"): what a driver drives."""
_STUDYING_UNDER = (("studied", "with"), ("studied", "under"), ("trained", "under"), ("was", "a", "pupil", "of"),
                   ("were", "pupils", "of"), ("was", "a", "student", "of"), ("were", "students", "of"),
                   ("took", "lessons", "from"))
"""What one person did with another who taught him (in the past)."""


def _learned_skill(words: list[str]) -> bool:
    """Whether a phrase is one of learning or teaching with its skill between the verb and the
    preposition ("studied singing with", "taught painting to"): the verb and the preposition
    alone say the same of the two people."""
    return len(words) == 3 and words[0] in ("studied", "trained", "taught") and words[1].endswith("ing") \
        and len(words[1]) > 5 and words[2] in ("with", "under", "to")


def _taught(phrase: str, inverse_phrase: str) -> bool:
    """Whether one of a relation's phrases says teaching ("taught", "was taught by", "was the
    teacher of", "taught singing to")."""
    return any(_learned_skill(p.lower().split()) and p.lower().split()[0] == "taught" for p in (phrase, inverse_phrase)) \
        or any(p.lower().split() in (["taught"], ["teaches"], ["was", "taught", "by"], ["is", "taught", "by"],
                                     ["was", "the", "teacher", "of"], ["was", "a", "teacher", "of"])
               for p in (phrase, inverse_phrase))


_RESEARCH_FIELDS = frozenset({"field", "fields", "discipline", "disciplines"})
"""Type words of the fields a scholar works in."""
_RESEARCHING = {True: ("worked in", "worked on", "did research in", "did research on", "researched", "specialised in",
                       "specialized in"),
                False: ("works in", "works on", "does research in", "does research on", "researches", "specialises in",
                        "specializes in")}
"""A scholar's work in a field, in the past (``True``) and in the present: each says the others."""
_VENTURES = frozenset({"expedition", "expeditions", "mission", "missions", "voyage", "voyages"})
"""Type words of undertakings one is a member of by taking part ("a member of the 1953 expedition")."""
_TEAM_KINDS = frozenset({"team", "teams", "club", "clubs", "franchise", "franchises", "side", "sides", "baseball",
                         "football", "basketball", "hockey", "soccer", "rugby", "cricket", "sports", "sport"})
"""Type words of sports teams ("team", "baseball_team"), which "compete in" their leagues (not a
superhero in the Justice League, a city in the Hanseatic League, red team 193)."""
_LEAGUES = frozenset({"league", "leagues", "division", "divisions", "conference", "conferences"})
"""Type words of sports leagues and their divisions, which a team "is in"."""
_INDUSTRIES = frozenset({"industry", "industries"})
"""Type words of industries, which a company "is in" (not a "sector": a front's, red team 192)."""
_FIND_SITES = frozenset({"site", "sites", "cave", "caves", "locality", "localities", "region", "regions",
                         "country", "countries", "valley", "valleys", "gorge", "gorges", "quarry", "quarries",
                         "desert", "deserts", "formation", "formations", "bed", "beds", "village", "villages",
                         "town", "towns", "city", "cities", "place", "places", "area", "areas", "island", "islands",
                         "archaeological", "fossil", "excavation"})
"""Type words of the places where a thing was found and so "comes from" ("site", "fossil_site",
"cave", "quarry"; not an observatory or a laboratory: what was found there came from elsewhere)."""
_LIFE_CLASSES = frozenset({"species", "genus", "genera", "family", "families", "subspecies", "clade", "clades",
                           "breed", "breeds", "cultivar", "cultivars", "variety", "varieties", "taxon", "taxa"})
"""Type words of the classes living things are sorted into: a specimen of one "belongs to" it."""
NATIONS = frozenset({"country", "countries", "nation", "nations", "nationality", "nationalities"})
"""Type words of what one is a national or a citizen of."""
_NATIONAL_FORMS = tuple(f"{b} {a}{n} of" for b, a, n in (("is", "a ", "national"), ("was", "a ", "national"),
                                                          ("is", "a ", "citizen"), ("was", "a ", "citizen"),
                                                          ("are", "", "nationals"), ("were", "", "nationals"),
                                                          ("are", "", "citizens"), ("were", "", "citizens"))) \
    + tuple(f"{h} the {n} of" for h in ("has", "had", "holds", "held") for n in ("nationality", "citizenship"))
"""The ways of saying that a person belongs to a country as its national ("was a citizen of")."""


def national_phrase(words: list[str]) -> bool:
    """Whether ``words`` (a relation's phrase, lowercase) say that its subject is a national of
    its object: "was a national of", "is a citizen of", "has the nationality of", "holds
    citizenship of", "has nationality"."""
    if " ".join(words) in _NATIONAL_FORMS:
        return True
    rest = [w for w in words if w not in ("is", "was", "are", "were", "has", "had", "holds", "held", "a", "an",
                                          "the", "of", "in")]
    return rest in (["national"], ["nationals"], ["citizen"], ["citizens"], ["nationality"], ["citizenship"]) \
        and words[-1] in ("of", "nationality", "citizenship")


GROUP_KINDS = frozenset({"order", "orders", "band", "bands", "group", "groups", "society", "societies",
                         "congregation", "congregations", "party", "parties", "tribe", "tribes", "clan", "clans"})
"""Last type words of groups whose members belong to them as people ("order", "religious_order",
"band", "rock_band", "political_party"): one "joins" them, and one member may be named by the
singular of a plural name ("a Dominican"); no series, musical or team (a cast or a squad, whose
name is no member's: "a Simpson", "a Netherland", red team 208)."""


def membership_phrase(phrase: str) -> bool:
    """Whether ``phrase`` says that its subject is one of the members of its object: "was a member
    of", "is a member of", "joined" (not "belonged to", which may say who owned a person, red team
    202)."""
    words = phrase.lower().split()
    return words in (["is", "a", "member", "of"], ["was", "a", "member", "of"], ["are", "members", "of"],
                     ["were", "members", "of"], ["joined"])


def member_name(label: str) -> str:
    """The name of one member of a group whose name is a plural ("Dominicans" -> "Dominican",
    "Discalced Carmelites" -> "Discalced Carmelite", "The Beatles" -> "Beatle"), or ""."""
    words = label.split()
    if words[:1] == ["The"] and len(words) > 1:
        words = words[1:]
    last = words[-1] if words else ""
    if not (last[:1].isupper() and last.isalpha() and last.endswith("s") and len(last) > 4) \
            or last.endswith(("ss", "us", "is", "ys", "os")) or any(w.lower() in ("of", "and", "for", "the") for w in words):
        return ""
    return " ".join([*words[:-1], last[:-1]])


_BIRTHPLACES = frozenset({"city", "cities", "town", "towns", "village", "villages", "country", "countries", "region",
                          "regions", "province", "provinces", "county", "island", "islands", "capital", "municipality",
                          "commune", "birthplace", "place", "places", "settlement", "settlements", "colony"})
"""Type words of places one is born in, and so "a native of" (not a zoo, a condition, red team 190,
nor a "state", which may be one, red team 192); also where one dies ("passed away in")."""
_EXCHANGES = frozenset({"exchange", "exchanges", "bourse"})
"""Type words of stock exchanges (a company listed on one "trades" there)."""
_FIRMS = frozenset({"company", "companies", "firm", "firms", "corporation", "corporations", "business", "businesses",
                    "startup", "conglomerate", "enterprise", "bank", "banks", "insurer", "insurers"})
"""Type words of companies, which their chiefs "run"."""

_ACTORS = frozenset({"actor", "actors", "actress", "actresses", "performer", "performers"})
"""Type words of people who play roles."""
_ROLES = frozenset({"character", "characters", "detective", "detectives", "hero", "heroes",
                    "heroine", "heroines", "villain", "villains", "superhero", "superheroes", "protagonist",
                    "sidekick", "fictional", "comics", "comic", "cartoon", "animated", "literary", "film", "movie",
                    "tv", "television"})
"""Type words of the characters an actor plays ("fictional_character", "comics_character",
"detective"; no "role": a position on a team is one too, red team 195)."""
_ROLE_MODIFIERS = frozenset({"fictional", "comics", "comic", "cartoon", "animated", "literary", "film", "movie", "tv",
                             "television"})
"""Words of :data:`_ROLES` that only qualify a character ("film_character"): no film is a role."""


def _role_kinds(kinds: AbstractSet[str]) -> bool:
    """Whether type words name characters an actor plays: all of :data:`_ROLES`, one of them a
    character's own noun (not a "film" alone: "Al Pacino portrayed Heat" from a graph's "played")."""
    return bool(kinds) and kinds <= _ROLES and bool(kinds - _ROLE_MODIFIERS)
_BRED = frozenset({"grape", "grapes", "variety", "varieties", "cultivar", "cultivars", "rose", "roses", "apple",
                   "apples", "breed", "breeds", "dog", "dogs", "horse", "horses", "cattle", "plant", "plants",
                   "wine", "flower", "flowers", "hybrid", "hybrids", "strain", "strains", "animal", "animals"})
"""Type words of what is bred (a grape, a cultivar, a dog breed): "developed by" its breeder."""
_DEATHS = frozenset({"death", "deaths", "cause", "causes", "manner", "illness", "illnesses", "disease", "diseases"})
"""Type words of how people die ("manner_of_death", "cause_of_death")."""
_BELONGING = (("belonged", "to"), ("belongs", "to"), ("belong", "to"), ("was", "a", "member", "of"),
              ("were", "members", "of"), ("is", "a", "member", "of"), ("are", "members", "of"))
"""Phrases of a person's being one of a group's members."""
_MEMBERED = frozenset({"dynasty", "dynasties", "band", "bands", "group",
                       "groups", "orchestra", "orchestras", "ensemble", "ensembles", "quintet", "quintets", "quartet",
                       "quartets", "trio", "trios", "sextet", "septet", "octet", "clan", "clans", "tribe", "tribes",
                       "order", "orders", "society", "societies", "party", "parties", "club", "clubs", "choir",
                       "choirs", "troupe", "troupes", "crew", "crews"})
"""Type words of groups that have people as members (no family or house: a slave "belonged to" one,
red team 195)."""
_ACQUIRING = frozenset({("acquired",), ("has", "acquired"), ("was", "acquired", "by"), ("were", "acquired", "by")})
"""Phrases of one company's buying another."""

_RAIL_VEHICLES = frozenset({"locomotive", "locomotives", "train", "trains", "railcar", "railcars", "tram", "trams"})
"""Type words of what runs on a railway."""

PLACE_MAKING = ("built", "made", "manufactured", "produced")
"""Participles of a product's making in a place ("was built / made / manufactured / produced in")."""

_GOODS_MAKING = frozenset({"make", "manufacture", "produce"})
"""Verbs of a firm's making a product ("makes", "manufactures", "produces" alike; no launch: the
firm that makes a product now may have bought it long after another launched it, red team 172)."""


def _making_now(phrase: str) -> bool:
    """Whether a phrase of making says it in the present ("is made by", "makes"; not "was made by",
    "made", "was initially made by")."""
    words = phrase.lower().split()
    return words[:1] in (["is"], ["are"]) or (len(words) == 1 and words[0].endswith("s"))


_MADE_AS_PART = frozenset({"fought", "built", "constructed", "founded", "established", "formed", "released",
                           "created", "developed", "designed"})
"""Participles of "was <verb> as part of" Y that make the item part of Y ("fought as part of" a war;
not "demolished as part of" a project)."""
_PERSON_MAKERS = ("mind", "person", "brain", "brains", "genius", "creator", "architect", "force")
"""Nouns of a person who made a work, said "the N behind" it ("Alan Kay was one of the minds behind
Smalltalk"; not "the man / woman": the graph does not say which)."""
_ROLES_BEHIND = {"artist": frozenset({"paint", "sculpt", "illustrate", "design", "animate", "craft"}),
                 "filmmaker": frozenset({"direct"}), "director": frozenset({"direct"}),
                 "writer": frozenset({"write", "author", "pen", "script"}), "author": frozenset({"write", "author"}),
                 "composer": frozenset({"compose"}), "designer": frozenset({"design"}),
                 "sculptor": frozenset({"sculpt"}), "painter": frozenset({"paint"}),
                 "illustrator": frozenset({"illustrate"}), "producer": frozenset({"produce"})}
"""Nouns of a maker of one kind of work, "the N behind" what that verb made (not "the artist
behind" a film he directed; no "engineer" for a designer, who may be a sculptor or an architect:
red team 163)."""
_FIRM_MAKERS = ("company", "firm", "studio", "team")
"""Nouns of an organisation that made a work ("Gensler is the firm behind the Shanghai Tower")."""

_CONCEIVING = frozenset({"write", "author", "compose", "design", "invent", "devise", "conceive", "co-write",
                         "choreograph", "architect", "pen", "script", "plan"})
"""Verbs of making a work in the mind, not at the place where it was recorded, shot or built: "Otis
Redding wrote Respect" says nothing of the studio where it was recorded."""


def conceiving_verb(word: str) -> bool:
    """Whether a past verb or participle is one of :data:`_CONCEIVING` ("written", "wrote", "designed")."""
    word = word.lower().removeprefix("co-")
    return _verb_base(word, _CONCEIVING) in _CONCEIVING


def making_participle(word: str) -> bool:
    """Whether a past participle says that a work was made ("directed", "painted", "founded",
    "written"): a verb of :data:`_BEHIND`, never of owning, running or hosting ("managed")."""
    word = word.lower().removeprefix("co-")
    return word in _BEHIND or ((word in _BASE_OF or word.endswith("ed")) and _verb_base(word, _BEHIND) in _BEHIND)


CLASS_NOUNS = frozenset({"type", "kind", "sort", "form", "variety", "genre", "category", "class",
                          "style", "subgenre", "breed", "species", "branch", "subtype", "version"})
"""Nouns of a class: "A is a type of B" says A is a narrower class of B, not that B has type A."""

_FIRST_SHOWN = frozenset({"premiere", "premiered", "premieres", "debut", "debuted", "debuts", "first",
                          "originally", "original", "launch", "launched"})
"""Words of a relation of where a work was first shown: with one in the graph, "premiered on" and
"first aired on" are that relation's, not the one of every network that aired the work."""

_MAKING = ("made", "written", "composed", "created", "done")
_SUPPLYING = ("supplied", "supplies", "supply", "provided", "provides", "provide", "did", "does", "do")
"""Verbs of giving a work its part ("supplied the music for"): who made the part."""
"""Participles that say no more than who made a part of a work ("the music is composed by X")."""


def _work_part(form: str) -> str | None:
    """The noun of a forward form "N by" ("music by", "a score by"), when N is a noun, not a
    participle ("directed by", "shot by", "written by")."""
    words = form.split()
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    if len(words) != 2 or words[1] != "by":
        return None
    noun = words[0]
    if not noun.isalpha() or len(noun) < 3 or noun in _BASE_OF or noun in _FUNCTION \
            or noun.endswith(("ed", "en", "ing")):
        return None
    return noun


_AGENTS = {
    "write": ("writer", "author"), "direct": ("director",), "produce": ("producer",),
    "compose": ("composer",), "edit": ("editor",), "illustrate": ("illustrator",),
    "translate": ("translator",), "publish": ("publisher",), "develop": ("developer",),
    "design": ("designer", "creator", "architect"), "create": ("creator",), "narrate": ("narrator",),
    "found": ("founder",), "manage": ("manager",), "own": ("owner",), "paint": ("painter",),
    "distribute": ("distributor",), "photograph": ("photographer",), "discover": ("discoverer",),
    "invent": ("inventor", "creator"), "perform": ("performer",), "build": ("builder", "maker"),
    "operate": ("operator",), "run": ("operator",), "command": ("commander",), "lead": ("leader",),
    "manufacture": ("manufacturer", "maker"), "make": ("maker",), "host": ("host",),
    "present": ("presenter",), "brew": ("brewer", "maker"), "animate": ("animator",),
    "choreograph": ("choreographer",), "conduct": ("conductor",), "curate": ("curator",),
    "sculpt": ("sculptor", "creator"), "succeed": ("successor",), "coach": ("coach",), "train": ("trainer",), "roast": ("roaster",),
    "grow": ("grower",), "organize": ("organizer",), "organise": ("organiser",),
    "sponsor": ("sponsor",), "interview": ("interviewer",), "moderate": ("moderator",),
    "sing": ("singer",), "architect": ("architect",), "teach": ("teacher", "instructor", "lecturer"),
    "draw": ("artist", "illustrator"), "color": ("colorist", "colourist"), "colour": ("colourist", "colorist"),
    "ink": ("inker",), "letter": ("letterer",), "blend": ("blender", "master blender"),
    "engineer": ("engineer",), "arrange": ("arranger",), "engrave": ("engraver",), "explore": ("explorer",),
    "program": ("programmer",), "bake": ("baker",), "cook": ("cook",), "captain": ("captain",),
    "mix": ("mixer", "mixing engineer"), "master": ("mastering engineer",), "commission": ("patron",),
    "skipper": ("skipper",), "pilot": ("pilot",),
    "illuminate": ("illuminator",), "excavate": ("excavator",), "breed": ("breeder",),
}
"""The person who does a verb's deed ("written by" -> "writer", "author")."""


_PART_SYNONYMS = {"lyrics": ("words",), "music": ("tune",), "cinematography": ("camerawork", "camera work")}
"""Other nouns of a work's part ("the words of an anthem" are its lyrics, "the tune" its music)."""


_MAKERS = {
    "libretto": ("librettist",), "lyrics": ("lyricist",), "screenplay": ("screenwriter",),
    "script": ("screenwriter", "scriptwriter"), "choreography": ("choreographer",),
    "cinematography": ("cinematographer",), "photography": ("photographer",),
    "illustrations": ("illustrator",), "score": ("composer",), "design": ("designer",),
}
"""Who made a part a relation names ("has a libretto by" -> "librettist")."""


_AGENT_NOUNS = frozenset(n for ns in (*_AGENTS.values(), *_MAKERS.values()) for n in ns)


_DEED_OF = {"edited": "editing", "distributed": "distribution", "engineered": "engineering",
            "designed": "design", "produced": "production", "built": "construction", "mixed": "mixing",
            "mastered": "mastering", "choreographed": "choreography", "translated": "translation",
            "photographed": "photography", "illustrated": "illustrations", "developed": "development",
            "constructed": "construction", "arranged": "arrangements", "orchestrated": "orchestration"}
"""The work a passive phrase's agent does ("was edited by" -> "the editing"), for the verbs of
:data:`_IN_CHARGE`."""
_IN_CHARGE = ("handled", "oversaw", "was responsible for")
"""Verbs of doing a work's part: "Verna Fields handled the editing on Jaws" says she edited it
(in the past; the cue forms give the present)."""


_OWN_MADE_THINGS = {"created": "creation", "discovered": "discovery", "invented": "invention"}
"""Made-thing nouns that say whose the thing is ("X's discoveries"; not "X's productions": a
production of Hamlet is a staging)."""
_MADE_THING_OF = {"designed": "design", "produced": "production", "created": "creation",
                  "composed": "composition", "invented": "invention"}
"""The noun of the thing a maker's verb makes: "a design by X" for "was designed by"."""


_ARTS_OF_MAKING = frozenset({"write", "design", "compose", "paint", "sculpt", "illustrate", "engrave",
                             "photograph", "choreograph", "architect", "draw", "carve"})
"""Verbs of an art whose agent "created" what he made by it (a sculptor's statue, a painter's canvas)."""
MAKING_VERBS = frozenset({"write", "design", "compose", "paint", "sculpt", "found", "create", "invent", "discover",
                          "build", "make", "illustrate", "translate", "engrave", "photograph", "choreograph",
                          "architect", "establish"})
"""Verbs of making a work, a thing or a body, or of finding one: their agent stays its maker
("the author of a book", "the architect of a building", "the founder of a firm", said in the
present of a deed the graph says in the past); not a role that ends (a conductor, a trainer, an
operator, a curator, a teacher, red team 204), nor a verb of many senses ("drew" a sword, "developed"
a disease, "directed" an agency, red team 189; a work's director: :data:`WORK_MAKING_VERBS`)."""
WORK_MAKING_VERBS = frozenset({"direct", "produce", "narrate", "animate"})
"""Verbs of making that say so only of a performed work ("directed" a film, not an agency)."""


def _agent_base(verb: str) -> str:
    """The base of a past form or participle whose agent :data:`_AGENTS` names ("written" ->
    "write", "designed" -> "design"), or ""."""
    return _BASE_OF.get(verb) or next((b for b in (verb[:-2], verb[:-1]) if b in _AGENTS), "")


def winning_head(phrase: str, inverse_phrase: str) -> bool | None:
    """Whether the head of a relation phrased "won" is the winner (True), its tail (False, an
    inverse phrase "won": "was won by"), or neither phrase is "won" (None).

    >>> winning_head("won", "was won by"), winning_head("was won by", "won"), winning_head("ran in", "had")
    (True, False, None)
    """
    if phrase.lower().split() in _WON:
        return True
    if inverse_phrase.lower().split() in _WON:
        return False
    return None


_WON = (["won"], ["wins"], ["has", "won"], ["have", "won"])
"""Phrases of winning, whose subject is "the winner" of the object."""


def maker_nouns(phrase: str, inverse_phrase: str, works: bool) -> tuple[str, ...]:
    """The agent nouns that name the head of an active phrase of making whose inverse is passive
    ("wrote" / "was written by": "author", "writer"), by the verb of :data:`MAKING_VERBS` (and
    of :data:`WORK_MAKING_VERBS` where the objects are ``works`` with a cast).

    >>> maker_nouns("wrote", "was written by", works=False)
    ('writer', 'author')
    >>> maker_nouns("conducted", "was conducted by", works=False)
    ()
    """
    words = (inverse_phrase or "").lower().split()
    if not (len(words) == 3 and words[0] in _BE and words[2] == "by") or not (phrase or "").strip():
        return ()
    base = _agent_base(words[1])
    if base in MAKING_VERBS or (works and base in WORK_MAKING_VERBS):
        return _AGENTS.get(base, ())
    return ()


def agent_nouns(phrase: str, inverse_phrase: str, cues: tuple[str, ...] = (),
                inverse_cues: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The forward nouns a registry implies, conservatively: the agent of a passive phrase
    ("was written by" -> "writer", "author"; "Dune's author is Frank Herbert") or of an inverse
    phrase that is one past-tense verb ("developed" -> "developer") or a composing verb ("composed
    the music for" -> "composer"); a declared one-word cue that is no verb form ("translator");
    a declared inverse cue "N of" ("author of").

    >>> agent_nouns("was translated by", "translated", ("translator", "translation by"))
    ('translator',)
    >>> agent_nouns("is set in", "is the setting of")
    ()
    """
    out: list[str] = []

    def agent(verb: str) -> None:
        out.extend(_AGENTS.get(_agent_base(verb), ()))

    words = phrase.lower().split()
    if len(words) == 3 and words[0] in _BE and words[2] == "by":
        agent(words[1])
    if words[-2:] in (["named", "after"], ["named", "for"]) and words[:-2] in ([], ["is"], ["was"], ["are"], ["were"]):
        out.append("namesake")  # "was named after" Y: "X's namesake is Y", "Y is the namesake of X"
    if words[:1] and words[0] in _HAVE and words[-1] == "by":
        out.extend(_MAKERS.get(words[-2], ()))  # "has a libretto by" -> "librettist"
    inverse = inverse_phrase.lower().split()
    if len(inverse) == 1 or (inverse and inverse[0] in ("composed", "wrote") and "music" in inverse):
        agent(inverse[0])
    for cue in cues:
        w = cue.lower().split()
        if len(w) == 1 and w[0].isalpha() and w[0] not in _FUNCTION \
                and not w[0].endswith(("ed", "s", "ing")):
            out.append(w[0])
    for cue in inverse_cues:
        w = cue.lower().split()
        if len(w) == 2 and w[1] == "of" and w[0].isalpha() and w[0] not in _FUNCTION \
                and not w[0].endswith(("ed", "ing")):
            out.append(w[0])
    if inverse[-3:] == ["a", "member", "of"] or words[-2:] == ["the", "member"]:
        out += ["lineup", "line-up"]  # "Soundgarden's lineup included Chris Cornell": some members
    if words[-1:] == ["from"] and words[0] in _ORIGIN_VERBS:
        out.append("hometown")  # "Joy Division and New Order share a hometown, Salford"
    if words[:1] in (["stars"], ["starring"]) or inverse[:2] in (["stars", "in"], ["starred", "in"]):
        # "one of the stars of X"; its players together: "Heat's cast includes Al Pacino"; "actor Bill Paxton"
        out += ["star", "cast", "actor", "actress"]
    return tuple(dict.fromkeys(out))


INCLUDE = frozenset({"include", "includes", "included"})
"""After a plural relation noun, "include" binds like "are" without saying all ("Nirvana's
members include Kurt Cobain")."""
COLLECTIVE = frozenset({"cast", "lineup", "line-up"})
"""Relation nouns that name a group: "include" binds after them as after a plural ("Heat's
cast includes Al Pacino"); "is" still says the only one."""

AUTHORSHIP = frozenset({"direct", "write", "author", "create", "design", "develop", "paint", "sing",
                        "produce", "publish", "distribute", "release", "make", "record", "compose",
                        "brew", "build", "manufacture", "teach", "invent", "operate", "own", "run",
                        "manage", "organize", "organise", "host", "present", "animate", "choreograph", "sculpt",
                        "craft", "blend", "found", "establish", "compile"})
"""Verbs whose agent a writer puts before the work as its owner: "Alfred Hitchcock's Vertigo", "an
Alfred Hitchcock film", "a Paramount Pictures release" (directed, written, produced or
distributed by); who runs or owns it too ("a NASA mission", "a Disney park": operated by).
Starring, editing or scoring is not ownership: "a Cary Grant film" is rejected."""


_SHOWN = frozenset({"air", "broadcast", "stream", "sign", "release", "publish", "host", "offer", "show"})
"""Verbs of where a work is shown or a band is signed ("aired on HBO", "signed to Sub Pop"): a
writer puts the network or label before the work ("an HBO drama")."""


def shown_cues(name: str, phrase: str, inverse_phrase: str) -> set[Cue]:
    """How a network, platform or label placed before a work states this relation ("aired on",
    "is signed to": "an HBO drama", "HBO's The Wire", "a Sub Pop band"), the work as subject.

    >>> shown_cues("aired_on", "aired on", "aired") == {Cue("aired_on", True)}
    True
    """
    out: set[Cue] = set()
    for text, forward in ((phrase, True), (inverse_phrase, False)):
        words = text.lower().split()
        if words[-1:] in (["on"], ["to"]) and len(words) - (words[0] in _BE) == 2 \
                and (words[-2:] == ["available", "on"]  # "is available on": "a Switch game"
                     or words[-2].endswith("ed") and (words[-2][:-2] in _SHOWN or words[-2][:-1] in _SHOWN)
                     or words[-1] == "on" and words[-2].endswith("s") and _base(words[-2]) in _SHOWN):
            # ("airs on": "an HBO drama"; not "broadcasts to" an audience)
            out.add(Cue(name, forward))
    return out


def modifier_cues(name: str, phrase: str, inverse_phrase: str,
                  verbs: frozenset[str] | None = None) -> tuple[set[Cue], set[Cue], set[Cue]]:
    """How a name placed before another states this relation: ``(attributive, possessive,
    membership)``; the last reads a person as subject and the group as object.

    Both read the head (the name modified) as subject and the modifier as object:

    * authorship ("is directed by" / "directed"): "the Alfred Hitchcock film Vertigo", "Vertigo is
      an Alfred Hitchcock film" and "Alfred Hitchcock's Vertigo" say Vertigo is directed by him;
    * membership (a phrase with "member"): "Motörhead's Lemmy" says Motörhead has the member
      Lemmy (possessive only).

    ``verbs``: the verbs of authorship (default :data:`AUTHORSHIP`; a speech's "delivered" too).

    >>> modifier_cues("directed_by", "is directed by", "directed")[0] == {Cue("directed_by", True)}
    True
    >>> modifier_cues("has_member", "has the member", "is a member of")[1] == {Cue("has_member", False)}
    True
    """
    attributive: set[Cue] = set()
    possessive: set[Cue] = set()
    membership: set[Cue] = set()
    verbs = AUTHORSHIP if verbs is None else verbs
    for text, forward in ((phrase, True), (inverse_phrase, False)):
        made = _made_by(text, forward, verbs)
        if made is None:
            words = text.lower().split()
            if "member" in words or "members" in words:
                # "has the member" (group -> person): "Motörhead's Lemmy" reads the group first
                head_is_group = words[0] in _HAVE
                possessive.add(Cue(name, forward != head_is_group))
                membership.add(Cue(name, forward != head_is_group))
        elif made[0] in verbs:
            cue = Cue(name, made[1])
            attributive.add(cue)
            possessive.add(cue)
    return attributive, possessive, membership


def _made_by(text: str, forward: bool, verbs: frozenset[str]) -> tuple[str, bool] | None:
    """The base of the verb of a phrase of making, "is <verb> by" or one verb ("is directed by",
    "directed"), as one of ``verbs`` where it is one, and whether the work (not its maker) is the
    subject of the relation's reading in direction ``forward``; ``None`` for any other phrase."""
    words = text.lower().split()
    if len(words) == 3 and words[0] in _BE and words[2] == "by":  # "is directed by"
        verb, work_is_subject = words[1], forward
    elif len(words) == 1:  # "directed": the work is its object
        verb, work_is_subject = words[0], not forward
    else:
        return None
    return _verb_base(verb, verbs), work_is_subject


def _verb_base(verb: str, verbs: frozenset[str]) -> str:
    """The base form of a past verb ("written" -> "write", "produced" -> "produce"), as one of
    ``verbs`` where it is one; else the verb itself."""
    return _BASE_OF.get(verb) or next((b for b in (verb[:-2], verb[:-1], verb) if b in verbs), verb)


PLAYERS = {
    "guitar": ("guitarist",), "bass guitar": ("bassist", "bass player"), "bass": ("bassist",),
    "drums": ("drummer",), "drum": ("drummer",), "piano": ("pianist",),
    "keyboards": ("keyboardist", "keyboard player"), "keyboard": ("keyboardist",),
    "vocals": ("singer", "vocalist"), "voice": ("singer",), "violin": ("violinist",),
    "viola": ("violist",), "cello": ("cellist",), "flute": ("flautist", "flutist"),
    "saxophone": ("saxophonist",), "trumpet": ("trumpeter",), "harmonica": ("harmonica player",),
    "harp": ("harpist",), "organ": ("organist",), "clarinet": ("clarinetist", "clarinettist"),
}
"""Who plays an instrument ("drummer" for drums): with a graph's instrument relation (the one whose
noun is "instrument") and its membership relation, "Ringo Starr was the drummer of The
Beatles" says both that he plays drums and that he is a member. "<instrument> player" always
reads too."""


# ----------------------------------------------------------------------------------------------
# Claims about "you"
# ----------------------------------------------------------------------------------------------
POSITIVE = (
    "loved", "liked", "enjoyed", "adored", "love", "like", "enjoy", "were a fan of", "are a fan of",
    "were fond of", "are fond of", "rated highly", "really liked", "really enjoyed", "really loved",
    "'re a fan of", "'re fond of", "'re a big fan of", "are a big fan of", "were a big fan of",
    *(f"{adverb} {verb}" for adverb in ("absolutely", "truly", "especially", "particularly", "thoroughly")
      for verb in ("loved", "liked", "enjoyed", "adored")),
    *(f"{verb} {doing}" for verb in ("loved", "liked", "enjoyed", "adored")
      for doing in ("watching", "reading", "playing", "listening to", "seeing")),
    *(f"{verb} {much}" for verb in ("loved", "liked", "enjoyed", "love", "like", "enjoy")
      for much in ("very much", "a lot")),  # "you liked very much X" (a learner's order)
)
"""User cues that need a rating at or above the checker's threshold."""
NEGATIVE = ("disliked", "hated")
"""User cues that need a rating below the threshold."""
INTERACTION = ("rated", "rate", "gave", "have given", "given", "giving", "rating")
"""User cues that need any interaction edge between the user and the item, on any graph. The
domain's own verbs ("watched", "listened to") come from the user relations' phrases and cues in
the registry: "you watched X" is not understood on a graph of music."""

GROUP_NOUNS = frozenset({"band", "bands", "group", "groups", "act", "acts"})
"""Kind nouns of artists with members ("a grunge band")."""
SOLO_NOUNS = frozenset({"singer", "singers", "musician", "musicians"})
"""Kind nouns of artists without members ("a soul singer")."""

NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither", "cannot", "without"})
"""Words that negate the clause they stand in."""

EVALUATIVE_HINT = frozenset(
    {"best", "greatest", "acclaimed", "award-winning", "famous", "popular", "classic", "masterpiece",
     "legendary", "iconic", "brilliant", "beloved", "oscar", "oscars", "award", "awards", "won",
     "hit", "critically", "renowned", "celebrated", "top", "worst", "great", "excellent"}
)
"""Evaluative words: never glue; listed so a rejection can say why."""

# ----------------------------------------------------------------------------------------------
# Glue: words that carry no claim of their own (documented in the README)
# ----------------------------------------------------------------------------------------------
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these",
                         "those", "'s", "'"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "does",
                         "do", "did", "'re", "'ve"})
COMPARED_AFTER = frozenset({"like", "unlike", "as", "than", "with"})
"""Words before an item that make it the one compared with ("like X", "Try B, like A: ..."): what
follows is not said of it alone."""

NOW_ADVERBS = frozenset({"now", "today", "currently", "still"})
"""Words of the present ("today Y operates it", "is still run by"): no claim where the clause's
relation holds now, a false one where the graph says it held once ("Firefly is still on Fox" of
"aired on"; see :func:`past_phrase`)."""


def past_phrase(phrase: str | None) -> bool:
    """Whether a relation's phrase says what was, not what is ("was the residence of", "aired
    on", "was once owned by", "formerly played for")."""
    words = (phrase or "").lower().split()
    return bool(words) and (words[0] in ("was", "were", "had") or _past_state(words) is not None
                            or bool({"once", "formerly", "former", "previously"} & set(words)))
ADVERBS = frozenset({"also", "too", "both", "as", "well", "likewise", "similarly", "just", "yet", "now"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
"""Reflexives, which add no claim only right after the person they stress ("X himself")."""
COORDINATORS = frozenset({"and", ",", "&", "plus"})
SEPARATORS = frozenset({";", ".", ":", "!", "—", "–", "-", "(", ")", "because", "since", "so",
                        "while", "whilst", "whereas", "but", "though", "although", "·", "•", "|"})
CLAUSE_ENDS = SEPARATORS | {","}
"""A separator or a comma: where a phrase ends."""
RELATIVES = frozenset({"which", "who", "that", "whom"})
FRAMING = frozenset({"another", "like", "here", "fans", "fan", "of", "for", "you",
                     "your", "we", "think", "believe", "why"})
GLUE = DETERMINERS | AUXILIARIES | ADVERBS | COORDINATORS | SEPARATORS | RELATIVES | FRAMING
"""Every word the checker lets stand outside a claim."""
