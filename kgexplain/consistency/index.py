"""Per-graph lookup tables for the checker: entity surface forms, relation cues, edges.

Built once per graph version and cached (:func:`index_for`); the tokenized entity names of a large
graph also persist in kgexplain's cache folder, so a new process skips the tokenizer. Entity forms
are labels and aliases;
attributes (genres, tags) also match in lower case and in the plural ("comedies"). Relation cues
come from :func:`~kgexplain.consistency.lexicon.relation_cues` over the graph's registry, plus the
relation nouns of the shipped templates (``templates/paths.yaml``, read as data).
"""

from __future__ import annotations

import functools
import dataclasses
import hashlib
import json
import logging
import os
import threading
import weakref
from types import MappingProxyType
from typing import TYPE_CHECKING, AbstractSet, Any, Iterable, Mapping, Sequence

from kgexplain._english import IRREGULAR_SINGULARS, O_ES_NOUNS
from kgexplain.consistency._persist import persisted
from kgexplain.consistency._text import WORD_NUMBERS, as_number, fold, nlp
from kgexplain.consistency.given_names import given_name_sex
from kgexplain.consistency.lexicon import (
    GROUP_KINDS,
    NATIONS,
    making_phrase,
    specialist_phrase,
    member_name,
    membership_phrase,
    national_phrase,
    CLASS_NOUNS,
    PLACE_MAKING,
    past_phrase,
    succession_nouns,
    SPATIAL_PREPOSITIONS,
    spatial_phrase,
    DETERMINERS,
    OWN_LANGUAGE_WORDS,
    IRREGULAR_PARTICIPLES,
    PAST_FORMS,
    past_state_phrase,
    said_in_past,
    participle,
    PLAYERS,
    MADE_IN,
    negative_phrase,
    agent_nouns,
    maker_nouns,
    BARE_COPULAS,
    COPULA_FORMS,
    COUNTRY_SHORT_NAMES,
    HELD_IN_COLLECTION,
    ROAMING,
    INGREDIENT_TYPES,
    GOING_INTO,
    LABEL_TYPES,
    ON_LABEL,
    PRIZE_TYPES,
    WINNING,
    PRIZE_WINNERS,
    PRIZE_GOING,
    FEATURE_TYPES,
    FEATURE_IN,
    FEATURE_OF,
    SHELTERING,
    WILDLIFE_TYPES,
    DEMONYMS,
    NATURAL_FEATURES,
    kind_in_place,
    winning_head,
    SCHOOL_WORDS,
    PUPILS,
    INTERACTION,
    KIND_TYPES,
    NEGATIVE,
    POSITIVE,
    AUTHORSHIP,
    CONSTITUENT_NOUNS,
    Cue,
    _SHOWN,
    _made_by,
    _verb_base,
    led_once,
    modifier_cues,
    participle_of,
    shown_cues,
    plural,
    relation_cues,
    _inflect,
    verb_lemmas,
    bare_lemmas,
    connecting_phrase,
    route_end,
    kind_type,
    part_type,
    mass_type,
    type_word_set,
)

if TYPE_CHECKING:  # pragma: no cover
    from kgexplain.graph import KnowledgeGraph
    from kgexplain.records import Relation

logger = logging.getLogger(__name__)

YEAR_KEYS = ("year", "release_year", "released", "date")
"""Entity attributes that give an item's year."""
BIRTH_KEYS = ("born", "birth_year", "year_of_birth")
"""Item attributes that declare the item's ``year`` a birth (the same number)."""
_ISM_TYPES = frozenset({"style", "styles", "movement", "movements", "genre", "genres", "school", "period"})
"""Types of attributes whose "-ism" label reads as its "-ist" adjective ("a Brutalist building");
not a topic or a cause ("Baptism", "Terrorism": "a Baptist building" says something else)."""
_FAITH_TYPES = frozenset({"religion", "religions", "faith", "faiths", "denomination", "denominations"})
"""Types of attributes named by their adjective ("a Buddhist temple", "a Hindu temple")."""
_NOT_NOW = frozenset({"was", "were", "converted", "formerly", "originally", "once", "previously", "built",
                      "founded", "became"})
"""Words of a phrase that says a past or changed state ("was converted from"): no religion adjective
reads it ("an Orthodox mosque" of a mosque converted from a church, red team 145)."""
_FAITH_ADJECTIVES = {
    "buddhism": ("Buddhist",), "hinduism": ("Hindu",), "sikhism": ("Sikh",), "jainism": ("Jain",),
    "taoism": ("Taoist",), "daoism": ("Daoist",), "shinto": ("Shinto",), "islam": ("Islamic", "Muslim"),
    "christianity": ("Christian",), "judaism": ("Jewish",), "catholicism": ("Catholic",),
    "roman catholicism": ("Roman Catholic", "Catholic"), "protestantism": ("Protestant",),
    "anglicanism": ("Anglican",), "zoroastrianism": ("Zoroastrian",), "confucianism": ("Confucian",),
    "eastern orthodoxy": ("Eastern Orthodox", "Orthodox"), "bahá'í faith": ("Bahá'í",), "bahai faith": ("Bahai",),
}
"""The adjectives of religions, said of what belongs to them."""
NATIONALITY_ENDS = ("an", "ese", "ish", "ch", "ic", "ai", "eek", "ss")
"""Endings of adjectives of nationality ("Italian", "Japanese", "Spanish", "French", "Thai")."""
_DATING_FAMILIES = (
    frozenset({"released", "premiered", "published", "launched", "debuted", "issued"}),
    frozenset({"established", "founded", "formed", "created", "inaugurated"}),
    frozenset({"completed", "built", "constructed", "erected", "finished"}),
    frozenset({"opened", "inaugurated", "dedicated"}),
    frozenset({"made", "produced", "created"}),
    frozenset({"commissioned"}),
)
"""Verbs of a relation "was <verb> in <year entity>" that date the item itself (its making, first
showing, founding or completion), in families of verbs that say the same event: an item dated by
one is said to be dated by the others of its family only ("completed in 1931" is "built in 1931",
never "begun" or "opened" in 1931)."""
DATING_VERBS = frozenset().union(*_DATING_FAMILIES)
_ORIGIN_FORMS = {
    "discovered": ("discovered", "discovers", "discover", "found"),
    "introduced": ("introduced", "introduces", "introduce"),
    "described": ("described", "describes", "describe"),
    "invented": ("invented", "invents", "invent"),
    "pioneered": ("pioneered", "pioneers", "pioneer"),
    "devised": ("devised", "devises", "devise"),
}
"""Verbs of first finding (or first making) a thing, by the participle a relation's phrase says,
with the forms that say it in a text: on a graph whose items one such relation links to their
finders, an item's year is that finding (see ``GraphIndex.discovered_items``). Not "isolated",
often years after a discovery (red team 145); not "reached", "sighted": a place or a peak is
reached and sighted by many, and its year may be an ascent's (red teams 158, 160)."""


def _event_phrase(rel: Any) -> bool:
    """Whether a relation's phrase, either way, says an event: a past passive ("was reached by"),
    a first act ("first climbed"), a past verb ("sank in", "reached")."""
    for text in (rel.phrase, rel.inverse_phrase):
        words = (text or "").lower().split()
        if words and (words[0] in ("was", "were", "had") or "first" in words
                      or words[0].endswith("ed")
                      or words[0] in ("sank", "struck", "won", "fought", "found", "built", "made", "took")):
            return True
    return False


_NOUN_PHRASE_ENDS = frozenset({"of", "for", "to", "at", "in", "on", "from", "with", "by"})
"""Prepositions that end a relation's noun phrase ("is a type of", "is the home of", "is a hub
for"): that phrase is also an apposition ("X, a type of Y, ...")."""
_TOWERING = frozenset({"mountain", "mountains", "peak", "peaks", "volcano", "volcanoes", "stratovolcano", "hill",
                       "summit", "massif", "tower", "skyscraper", "spire"})
"""Type words of what rises (a mountain, a tower): its place "is in" also reads "rises in"."""
_PERIOD_WORDS = frozenset({"period", "periods", "era", "eras", "epoch", "epochs", "age", "ages"})
"""Type words of periods of time (see ``periodic`` in :func:`relation_cues`)."""
_BUILT_KINDS = frozenset({"building", "buildings", "tower", "towers", "skyscraper", "skyscrapers", "bridge", "bridges",
                          "ship", "ships", "liner", "liners", "yacht", "aircraft", "plane", "planes", "telescope",
                          "telescopes", "observatory", "station", "stations", "house", "houses", "church", "cathedral",
                          "palace", "castle", "stadium", "museum", "car", "cars", "locomotive", "satellite",
                          "centre", "center", "hall", "theatre", "theater", "arena"})
_MUSIC_KINDS = frozenset({"symphony", "symphonies", "opera", "operas", "concerto", "concertos", "composition",
                          "compositions", "song", "songs", "requiem", "mass", "ballet", "ballets", "oratorio",
                          "cantata", "sonata", "quartet", "suite", "piece", "pieces", "musical", "musicals"})
_PAINTED_KINDS = frozenset({"painting", "paintings", "mural", "murals", "portrait", "portraits", "fresco", "frescoes",
                            "altarpiece", "altarpieces"})
_COMMISSIONED = (("built", _BUILT_KINDS), ("designed", _BUILT_KINDS), ("painted", _PAINTED_KINDS),
                 ("written", _MUSIC_KINDS | {"play", "plays", "poem", "poems", "book", "books", "novel", "novels"}),
                 ("composed", _MUSIC_KINDS))
"""The participle "was commissioned by" also reads with "for", by the kind of its subjects ("a tower
was built for Sears", "the Requiem was composed for Walsegg"; never "the Requiem was painted for")."""
_GROUP_WORDS = frozenset({"group", "groups", "clade", "clades", "family", "families", "order", "orders",
                          "genus", "genera", "suborder", "suborders", "infraorder", "infraorders"})
"""Type words of groups whose name says their members' kind (see ``grouping`` in :func:`relation_cues`):
read so only where every group's name is one word ("Sauropod"; not "Strauss family", "Benedictine
Order") and the members are not people (red team 142)."""


def _commission_verbs(types: Iterable[str]) -> tuple[str, ...]:
    """The participles "was <participle> for" says "was commissioned by" with, for subjects of
    ``types``: "made" and "created" always; a kind's own verb only where every type's head noun is
    of that kind ("office building", "arts centre": built; a graph of symphonies and paintings
    together gets neither "composed" nor "painted", red team 143)."""
    nouns = {t.lower().replace("_", " ").split()[-1] for t in types if t and t.strip()}
    return ("made", "created") + tuple(v for v, kinds in _COMMISSIONED if nouns and nouns <= kinds)


_ELEVATION_WORDS = frozenset({"elevation", "altitude", "above", "the", "sea", "level", "has", "an", "a", "is", "of",
                              "its", "at", "in", "metres", "meters", "m", "feet", "ft", "located", "lies"})
"""The words of a relation that gives a plain elevation above sea level (see ``elevation``)."""
_OTHER_LANGUAGE = frozenset({"translated", "translation", "dubbed", "subtitled", "surtitled", "published", "performed",
                             "broadcast", "into", "released", "edition", "version", "shown"})
"""Words of relations to a language that is not the work's own (see ``only_own_languages``)."""


def _relation_words(r: Relation) -> set[str]:
    """The lower-case words of a relation's name and phrases ("written_in" -> "written", "in")."""
    return set(f"{r.name} {r.phrase or ''} {r.inverse_phrase or ''}".lower().replace("_", " ").split())
_PLACE_CUES = frozenset({"is in", "is located in", "is situated in", "lies in", "is based in"})
"""Declared cues that say where the subject is: a relation declared with one (a WebNLG "location"
whose phrase is its name) is read "in" as a relation whose phrase ends in "in" is."""
_PHRASE_GLUE = frozenset({"is", "are", "was", "were", "has", "have", "had", "a", "an", "the", "of", "in", "at", "on",
                          "by", "to", "for", "from", "with", "its", "their"})
_TEAM_WORDS = frozenset({"team", "side", "squad"})
"""Type words of a sports team: its manager "coaches" it (a club too, on a graph of leagues or
grounds: not a jazz club, a night club or a book club)."""
_PLAYER_WORDS = frozenset({"footballer", "player", "cricketer", "athlete", "sportsman", "sportswoman", "football",
                           "soccer", "basketball", "rugby", "hockey", "baseball"})
"""Type words of the players of a sports club ("footballer", "football_player")."""
_SPORTS_TEAM_WORDS = frozenset({"club", "team", "side", "squad", "football", "soccer", "basketball", "rugby",
                                "hockey", "baseball", "cricket", "sports", "national"})
"""Type words of a sports club or team ("club", "football_club", "national_team")."""
_SPORT_WORDS = frozenset({"league", "competes", "stadium", "ground", "games", "matches", "fixtures", "division"})
"""Words of a graph's relation phrases that make its clubs sports clubs."""
_MADE_AT = frozenset({"recorded", "made", "produced", "shot", "filmed", "built", "brewed", "painted", "written",
                      "composed", "created", "developed", "manufactured", "assembled", "mixed", "cut"})
"""Participles of a relation "was <made> at" that says where an item was made."""

__all__ = ["DATING_VERBS", "GraphIndex", "PhraseTable", "index_for"]


def _plurals(form: str) -> list[str]:
    """The plural of a multi-word form's last word ("science fiction film" -> "... films"; of a
    hyphenated one, its last part: "geometric sans-serif" -> "... sans-serifs")."""
    words = form.split()
    *lead, last = words[-1].split("-")
    if not last.isalpha() or len(last) < 3 or not all(w.isalpha() for w in lead):
        return []
    return [" ".join(words[:-1] + ["-".join([*lead, plural(last)])])]


_GENRE_FORMS: dict[str, tuple[str, ...]] = {
    "animation": ("animated",), "romance": ("romantic",), "sci-fi": ("science fiction", "science-fiction"),
    "science fiction": ("sci-fi",), "film-noir": ("film noir", "noir"), "children": ("children's", "for children"),
}
"""Other words for a genre of the graph ("an animated comedy", "a romantic drama", "science
fiction"): said of an item, each names that genre entity and no other. A genre "<X> fiction" or
"<X> literature" is also "<X>" ("a crime novel" for crime fiction, "a children's book")."""

_BE_HAVE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "uses", "use", "a", "an", "the"})
_WITH_CLASS = frozenset({"equipped", "fitted", "scented", "flavored", "flavoured", "infused", "made", "hopped"})
"""The "is <participle> with" relations whose object may be said as a class ("a jasmine tea")."""

_TOPIC_WORDS = frozenset({"topic", "topics", "subject", "subjects", "theme", "themes", "field", "fields",
                          "area", "areas", "issue", "issues", "category", "categories"})
"""Type words of what a work "covers" in the sense of "is about" (not a song a band covers)."""

_ATTRIBUTE_TYPE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "artist": ("band", "group"), "band": ("group",), "company": ("firm",),
    "publisher": ("press",), "winery": ("estate",),
    "studio": ("facility",), "developer": ("studio",), "shipyard": ("yard",),
    "shipbuilder": ("yard", "shipyard"), "boatbuilder": ("yard",),
}
"""Other nouns for an attribute type, for "the band" / "the firm" naming the one named before."""

_TYPE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "movie": ("film", "picture", "title"), "film": ("movie", "picture", "title"),
    "artist": ("band", "group", "act", "musician", "singer"), "band": ("group", "act", "artist"),
    "book": ("novel", "title"), "restaurant": ("place", "spot"), "song": ("track", "tune"),
    "jazz_standard": ("standard", "tune", "song", "composition", "piece"), "standard": ("tune", "song", "composition", "piece"),
    "album": ("record",), "series": ("show", "programme", "program"),
    "show": ("series", "programme", "program"), "tv_series": ("series", "show"),
    "game": ("title",), "video_game": ("game", "title"), "board_game": ("game", "title"),
    "boardgame": ("game", "title"), "podcast": ("show",), "painting": ("work", "picture"),
    "fresco": ("work", "mural", "painting"),
    "perfume": ("fragrance", "scent"), "fragrance": ("perfume", "scent"),
    "beer": ("brew", "ale"), "course": ("class", "mooc"), "car": ("model", "vehicle"),
    "anime": ("series", "show", "film"), "opera": ("work",),
    "trail": ("hike", "route", "walk", "trek"), "dish": ("recipe",), "recipe": ("dish",),
    "bicycle": ("bike", "cycle"), "bike": ("bicycle",),
    "museum": ("gallery", "building"), "gallery": ("museum", "building"), "cocktail": ("drink",), "hotel": ("property",),
    "comic": ("book", "series", "title", "story"), "comic_book": ("comic", "book", "series", "title", "story"),
    "graphic_novel": ("book", "comic", "title", "story"), "musical": ("show", "production"),
    "stadium": ("ground", "arena", "ballpark", "park"), "arena": ("stadium",),
    "university": ("school", "institution"), "college": ("school", "institution"),
    "castle": ("fortress", "stronghold", "fort"), "festival": ("event", "fest"),
    "river": ("waterway", "stream"), "mountain": ("peak", "summit"), "peak": ("mountain", "summit"),
    "ship": ("vessel",), "clipper": ("ship", "vessel"), "liner": ("ship", "vessel"), "schooner": ("ship", "vessel"),
    "steamship": ("ship", "vessel", "steamer"), "steamer": ("ship", "vessel"), "frigate": ("ship", "vessel", "warship"),
    "aircraft": ("plane", "airplane", "aeroplane"), "bridge": ("crossing",),
    "cathedral": ("church", "building"), "church": ("building",), "lighthouse": ("tower",),
    "station": ("building",), "typeface": ("font",), "font": ("typeface",),
    "palace": ("residence", "building"), "monastery": ("abbey", "building"), "abbey": ("monastery", "building"),
    "temple": ("shrine", "building"), "mosque": ("building",), "mausoleum": ("building",), "skyscraper": ("building", "tower"),
    "magazine": ("title", "publication"), "newspaper": ("paper", "title", "publication"), "novel": ("book", "title"), "poem": ("work",),
    "treatise": ("book", "work", "title"), "essay": ("work", "text"), "photograph": ("photo", "image"),
    "photo": ("photograph", "image"), "superhero": ("hero", "character"), "store": ("shop",),
    "smartphone": ("phone", "handset", "device"), "phone": ("handset", "device"),
    "comics_character": ("comic", "character", "comic character"),
    "comic_character": ("comics", "character", "comics character"),
    "sitcom": ("series", "show", "programme", "program"), "dictionary": ("book", "title"),
    "encyclopedia": ("book", "title"), "encyclopaedia": ("book", "title"),
    "soft_drink": ("drink", "beverage"), "soda": ("drink", "soft drink", "beverage"),
    "console": ("machine", "system"), "game_console": ("console", "machine", "system"),
    "video_game_console": ("console", "machine", "system"), "watch": ("timepiece",),
    "wristwatch": ("watch", "timepiece"), "cookbook": ("book", "title"),
    "operating_system": ("system", "os"), "synthesizer": ("synth", "instrument"), "synth": ("synthesizer", "instrument"),
    "warship": ("ship", "vessel"), "battleship": ("ship", "vessel", "warship"),
    "anime_series": ("anime", "series", "show"),
    "power_plant": ("plant", "station", "power station", "power plant"),
    "power_station": ("plant", "station", "power station", "power plant"),
    "nuclear_power_plant": ("plant", "station", "power station", "power plant"),
    "choir": ("chorus", "ensemble"), "manufactory": ("factory", "company", "works"), "factory": ("manufactory", "works"),
    "racecourse": ("course", "track", "venue"),
    "prize": ("award",), "award": ("prize",), "waterfall": ("falls", "cascade"), "locomotive": ("engine", "loco"), "steam_locomotive": ("locomotive", "engine", "loco"),
}
"""Nouns a writer uses for an item type ("the 1976 band Joy Division" on a graph of artists).
They are glue next to a name: they name the kind of item, never a relation (so no noun that a
derived relation form uses: a bridge "spans", a stadium "was the venue for")."""

_COLLECTIONS = frozenset({"museum", "museums", "gallery", "galleries", "collection", "collections", "library",
                          "libraries", "archive", "archives", "institution", "institutions", "repository"})
"""Types of the places that hold works in a collection (see ``HELD_IN_COLLECTION``)."""
MINTED_WORDS = frozenset({"coin", "coins", "medal", "medals", "medallion", "token", "dollar", "sovereign", "crown"})
"""Type words of what a mint strikes: only these are "minted at" where they "were struck at"."""
VESSEL_WORDS = frozenset({"ship", "liner", "boat", "vessel", "yacht", "ferry", "steamer", "steamship", "schooner",
                          "submarine", "frigate", "cruiser", "battleship", "warship", "tanker", "clipper", "destroyer",
                          "corvette", "galleon", "carrack", "icebreaker", "dreadnought", "ironclad", "trawler",
                          "barque", "sloop", "brigantine"})
"""Type words of items that "she" may name (a ship, as English says it)."""


_STAGE_NAMED = frozenset({"writer", "writers", "author", "authors", "novelist", "novelists", "poet", "poets",
                          "playwright", "playwrights", "dramatist", "screenwriter", "essayist", "journalist",
                          "columnist", "musician", "musicians", "singer", "singers", "rapper", "rappers", "vocalist",
                          "songwriter", "artist", "artists", "performer", "performers", "entertainer", "comedian",
                          "comedienne", "dj", "band", "guitarist", "bassist", "drummer", "pianist", "model",
                          "wrestler", "magician", "illusionist", "drag", "person", "people", "entity", "thing"})
"""Type words of people who may go by a pen, stage or ring name of the other sex ("George Eliot",
"Alice Cooper"), and of no telling type at all: their given names say nothing of them."""


def vessel_words(words: AbstractSet[str]) -> bool:
    """Whether type words (see :func:`type_word_set`) name a ship: a word of :data:`VESSEL_WORDS`,
    or an "aircraft carrier" (a "carrier" alone may be an airline)."""
    return bool(words & VESSEL_WORDS) or {"aircraft", "carrier"} <= words


_PATRONS = frozenset({"patron", "patrons", "ruler", "rulers", "sultan", "pope", "monarch", "duke", "bishop",
                      "pharaoh", "shah", "caliph", "khan", "tsar", "czar", "prince", "princess", "noble",
                      "merchant", "archbishop", "cardinal", "emir"})
"""Type words of people who commission works besides ``PERSON_TYPES``: only of these is the one
who commissioned a work its "patron" (a navy commissions a ship: no patron, code review 49)."""
_HELD_RIGHTS = frozenset({"patent", "patents", "title", "titles", "record", "records", "licence", "license", "licenses",
                          "right", "rights", "degree", "office", "position", "post", "seat", "championship", "award",
                          "prize", "trophy", "cup", "share", "shares", "stake"})
"""Type words of what is "held by" an institution as a right, not kept in its collection ("The
CRISPR patent is held by the Broad Institute": not in its collection)."""

_MUSIC_ITEMS = frozenset({"album", "song", "track", "artist", "band", "single", "record", "musician", "ep"})
"""Item types of music: "electronic music" names the genre "electronic" there."""

_MIXING = ("mixes", "mix", "mixed", "mixing", "blends", "blend", "blended", "blending", "combines", "combine",
           "combined", "combining", "fuses", "fuse", "fused", "fusing")
"""Verbs of mixing classes of an item (genres, styles, cuisines): each class named is the item's."""

_TYPE_MEDIA: dict[str, tuple[str, ...]] = {
    "series": ("tv", "television", "web"), "show": ("tv", "television", "web"),
    "tv_series": ("tv", "television"), "programme": ("tv", "television"), "program": ("tv", "television"),
    "game": ("video",),
}
"""Words that name the medium of an item type and stand before its noun ("a TV series", "a video
game"): glue like the noun itself, never in the plural. (Not "feature": "features" would be
read as its plural, "Jaws features music by X".)"""


_WORK_TYPES = frozenset({"series", "show", "tv_series", "tv series", "programme", "program", "film", "movie",
                         "podcast", "album", "song", "single", "track", "book", "novel", "game", "video game",
                         "play", "opera", "episode", "documentary", "comic", "manga", "anime", "sitcom", "treatise",
                         "essay"})
"""Item types of works: one from a country was made there, not founded ("premiered in 2017")."""

_PERFORMED = frozenset({"series", "show", "film", "movie", "play", "musical", "opera", "ballet", "programme",
                        "program", "sitcom", "drama", "episode", "production", "miniseries", "anime"})
"""Type words of works with a cast: "X stars in it", "X heads its cast"."""

WORK_TYPES = _WORK_TYPES
"""The item types of works (read by the parser: what is released, what debuts)."""

SHOWN_KINDS = (_WORK_TYPES | _PERFORMED | frozenset({
    "work", "composition", "symphony", "concerto", "sonata", "suite", "oratorio", "cantata", "requiem", "mass",
    "quartet", "piece", "musical", "ballet", "tv", "miniseries", "docuseries", "telenovela", "cartoon"})) \
    - frozenset({"game", "video", "book", "novel", "comic", "manga"})
"""Type words of works that are shown or performed, which "premiered", "first aired" or "screened"
(not a game, a book or a comic: "Hollow Knight first aired in 2017" is no fact of a game)."""

RELEASED_KINDS = frozenset({
    "app", "application", "software", "program", "typeface", "font", "language", "phone", "smartphone",
    "camera", "lens", "console", "car", "model", "vehicle", "motorcycle", "bike", "bicycle", "sneaker", "shoe",
    "perfume", "fragrance", "cologne", "product", "device", "gadget", "edition", "version", "record", "ep",
    "mixtape", "magazine", "comic", "video", "trailer", "collection", "beer", "ale", "lager", "stout", "ipa",
    "wine", "whisky", "whiskey", "watch", "toy", "card", "deck", "kit", "tool", "library", "framework",
    "operating", "system", "browser", "engine", "chip", "processor", "tablet", "laptop", "computer", "guitar",
    "synthesizer", "instrument", "headphones", "speaker", "fountain", "pen", "boardgame", "expansion",
    "playset", "figure", "doll", "aircraft", "plane", "rocket", "tea", "coffee", "chocolate", "candy",
    "project", "package", "snack", "cereal", "soda", "drink", "spirit", "gin", "vodka", "rum", "tequila", "cheese",
    "course", "class", "mooc", "tutorial", "publication", "periodical", "newspaper", "journal", "zine",
    "typewriter", "calculator", "radio", "television", "printer", "keyboard", "appliance", "scooter", "truck",
    "tractor", "razor"})
"""Type words of products that are released, published or come out, besides works (``WORK_TYPES``)."""

STAGED_KINDS = frozenset({"ballet", "opera", "play", "musical", "operetta", "oratorio"})
"""Works that are staged: they premiere (and debut); they are not released, published or launched."""

LAUNCHED_GOODS = RELEASED_KINDS - WORK_TYPES - STAGED_KINDS - frozenset({
    "collection", "edition", "version", "record", "ep", "mixtape", "magazine", "comic", "video", "trailer", "fountain",
    "course", "class", "mooc", "tutorial", "project", "publication", "periodical", "newspaper", "journal", "zine",
    "cheese", "rocket", "aircraft", "plane", "system", "operating", "engine", "library", "framework", "model", "deck",
    "language", "tablet", "lens", "figure", "speaker", "instrument", "spirit", "tool", "kit", "card", "package",
    "program", "application", "expansion", "device", "computer", "gadget"})
"""Head nouns of products a firm brings to market, "introduced" in their year (not a work, "Jaws
was introduced in 1975", a course or a traditional cheese; a fountain pen is a pen, a fountain in
a square no product; no head noun of two senses: a fashion model, an observation deck, a language,
a clay tablet, a gravitational lens, a historical figure, red team 173)."""

FOUNDED_KINDS = frozenset({"band", "group", "artist", "musician", "orchestra", "ensemble", "choir", "restaurant",
                           "bar", "cafe", "café", "pub", "bistro", "club", "team", "brewery", "winery", "distillery",
                           "company", "firm", "label", "studio", "school", "university", "college", "museum",
                           "gallery", "shop", "store", "hotel", "theatre", "theater", "agency", "startup", "bank",
                           "corporation", "conglomerate", "insurer", "enterprise"})
"""Type words of organizations and places: founded, formed or opened, never "released" or
"published" ("Radiohead was released in 1985"); "bank" only of a bank (see :func:`founded_words`)."""

_BANK_WORDS = frozenset({"bank", "banks", "central", "commercial", "investment", "savings", "retail", "private",
                         "national", "merchant", "cooperative", "development", "universal", "mutual", "state",
                         "regional", "reserve", "food"})
"""Words of the types of banks that are founded (a central bank, a food bank; no power bank, piggy
bank, blood bank, river bank: red team 194)."""


def founded_words(types: Iterable[str]) -> set[str]:
    """The type words of ``types`` (see :func:`~kgexplain.consistency.lexicon.type_word_set`),
    without "bank" where a type is no bank ("power_bank")."""
    words = type_word_set(types)
    if "bank" in words and any("bank" in w and not w <= _BANK_WORDS for w in (type_word_set((t,)) for t in types)):
        words.discard("bank")
    return words

_MAKER_TYPES = frozenset({"winery", "brewery", "distillery", "manufacturer", "maker", "factory", "brand", "bakery",
                          "creamery", "dairy", "cellar", "cellars", "vineyard", "estate", "chateau", "château"})
"""Types of the makers of goods: "is produced by" a winery is "made by" it (not so a theatre's
producer or a network)."""

_MADE_BY = ("is made by", "are made by", "was made by", "were made by", "made by", "is also made by",
            "are both made by", "are all made by")
_MAKES = ("makes", "make", "made", "also makes", "also made")
_ONCE = frozenset({"was", "were", "once", "formerly", "previously", "used", "had", "former"})
"""Words of a phrase in the past ("once worked at", "formerly stood in"): no present passive."""
_PLACING = frozenset({"host", "stream", "publish", "employ", "broadcast", "air", "show", "screen", "list", "sell",
                      "carry", "offer", "stock", "serve", "house", "display", "exhibit", "teach"})
"""Verbs of an inverse phrase whose passive, with the forward phrase's preposition, says where the
item is ("hosts" / "is available on": "is hosted on"; "houses" / "is in": "is housed in")."""
_MADE_WITH = ("is made with", "are made with", "was made with", "were made with", "made with", "with", "uses",
              "use", "used", "calls for", "call for", "called for", "is mixed with", "are mixed with", "mixed with")
"""What a drink or a dish is said to be made with: each of its ingredients, its base too ("a Moscow
Mule is made with vodka", "both call for lime juice", "a gin drink with dry vermouth")."""
_INGREDIENT_VERBS = frozenset({"contains", "contain", "includes", "include", "has", "have", "uses", "use",
                               "features", "with"})

_DENYING = frozenset({"forbidden", "banned", "excluded", "prohibited", "without", "lacks", "lack", "lacking", "not",
                      "no", "never", "non", "omits", "avoids", "free", "barred", "disallowed"})
"""Words of a phrase that says what the item has not ("has the forbidden ingredient"): no "is a X
<kind>", no "with X" (red team 179)."""
_TRADING = frozenset({"sold", "sells", "sell", "imported", "imports", "import", "exported", "exports", "export",
                      "bought", "buys", "buy", "purchased", "purchases", "acquired", "acquires", "employed",
                      "employs", "employ", "hired", "hires", "supplied", "supplies", "traded", "trades",
                      "donated", "donates", "lent", "loaned", "rented", "leased", "shipped", "ships", "bartered",
                      "financed", "finances", "funded", "funds", "insured", "insures", "auctioned", "auctions",
                      "underwrote"})
"""Verbs of trading in a thing or employing someone: what a firm sold or imported, or whom it
employed, is no kind of it ("Wedgwood was a bone china company" of bone china it only sold; red
team 213)."""
_MADE_ALONE = (["built"], ["builds"], ["designed"], ["designs"], ["restored"], ["repaired"], ["advertised"])
"""Phrases of a firm's work on a thing, said by the verb alone: what it designed or built is no kind
of it ("a Ferrari Testarossa design firm", red team 214; "is built of granite" is a material)."""


_MAIN_INGREDIENT_WORDS = frozenset({"a", "an", "the", "key", "main", "principal", "primary", "chief", "base",
                                    "core", "essential", "star", "signature"})
"""Words a phrase "has the key ingredient" may have between its verb and the ingredient noun (not
"has the forbidden ingredient", red team 179)."""

_WHERE_IT_IS = (["is", "based", "in"], ["are", "based", "in"], ["is", "located", "in"], ["is", "in"], ["is", "from"],
                ["comes", "from"], ["is", "headquartered", "in"], ["lies", "in"])
"""Phrases of where an item is or comes from: "a Glasgow club" says them (not "toured in", "is sold
in", "premiered in", "was born in")."""

_HOME_HAVING = ("with", "has", "have", "had")
"""What a place that "is home to" something is said to do: it has it."""

HAVING_FORMS = ("with", "with a", "with an", "has", "has a", "has an", "have", "had", "had a", "had an",
                "uses a", "uses an", "use", "used a", "used an", "comes with", "come with", "came with",
                "comes with a", "comes with an", "came with a", "came with an", "complete with", "complete with a",
                "complete with an")
"""Forward cues of the relations that get the guessed copula (see :data:`COPULA_FORMS`): "a car
with a V8 engine", "both have V8 engines"."""

_DEMONYM_WORDS = frozenset(a.lower() for adjectives in DEMONYMS.values() for a in adjectives)
"""The adjectives of countries ("American"): never a member of a group so named ("The Americans")."""

PERSON_TYPES = frozenset({
    "person", "people", "actor", "actress", "director", "writer", "author", "composer", "producer",
    "artist", "musician", "singer", "designer", "creator", "chef", "cook", "architect", "founder",
    "player", "athlete", "playwright", "brewer", "winemaker", "instructor", "teacher", "lecturer",
    "professor", "painter", "photographer", "poet", "novelist", "scientist", "engineer", "coach",
    "editor", "cinematographer", "illustrator", "dancer", "choreographer", "screenwriter", "manager",
    "astronaut", "conductor", "librettist", "lyricist", "narrator", "presenter", "journalist", "sculptor",
    "aviator", "pilot", "explorer", "inventor", "politician", "general", "mathematician", "physicist", "chemist",
    "biologist", "philosopher", "economist", "historian", "king", "queen", "emperor", "president",
    "perfumer", "cartoonist", "animator", "comedian", "rapper", "drummer", "guitarist", "pianist", "violinist",
    "cellist", "soprano", "tenor", "baritone", "translator", "dramatist", "novelist", "distiller", "sommelier",
    "baker", "potter", "glassblower", "jeweller", "jeweler", "couturier", "tailor", "florist", "gardener",
    "footballer", "cricketer", "boxer", "golfer", "swimmer", "cyclist", "trombonist", "saxophonist", "trumpeter",
    "official", "pharaoh", "monarch", "ruler", "sultan", "tsar", "czar", "shah", "pope", "saint", "deity",
    "god", "goddess", "mountaineer",
    # (people by trade, calling or deed, none of them also a thing: not "model", "trainer",
    # "fighter", "climber", "pioneer", "driver", "pitcher", "bowler")
    "pirate", "buccaneer", "privateer", "corsair", "outlaw", "bandit", "gangster", "smuggler", "magician",
    "illusionist", "escapologist", "mentalist", "conjurer", "conjuror", "entertainer", "performer", "clown",
    "acrobat", "juggler", "puppeteer", "ventriloquist", "magnate", "tycoon", "businessman", "businesswoman",
    "entrepreneur", "industrialist", "banker", "merchant", "navigator", "missionary", "martyr", "theologian",
    "mystic", "astronomer", "botanist", "zoologist", "geologist", "anthropologist", "archaeologist",
    "paleontologist", "palaeontologist", "naturalist", "psychologist", "psychiatrist", "linguist",
    "sociologist", "geographer", "cartographer", "statesman", "stateswoman", "diplomat", "revolutionary",
    "activist", "reformer", "philanthropist", "broadcaster", "reporter", "columnist", "essayist", "biographer",
    "diarist", "orator", "preacher", "evangelist", "samurai", "gladiator", "warrior", "chieftain", "warlord",
    "conqueror", "crusader", "cosmonaut", "alpinist", "sheriff", "songwriter", "vocalist", "bassist",
    "organist", "harpist", "flautist", "clarinetist", "percussionist", "contralto", "grandmaster",
    "filmmaker", "comedienne", "surfer", "snowboarder", "skateboarder", "decathlete", "heptathlete",
    "triathlete", "marathoner", "goalkeeper", "quarterback", "batsman", "mezzo-soprano", "ballerina",
    "minister", "chancellor", "premier", "senator", "governor", "mayor", "prince", "princess", "duke", "duchess",
    "empress", "consort", "regent",
    # (clergy and officers of a body: red team 232, "she" of a cleric named Walter)
    "cleric", "clergyman", "clergywoman", "bishop", "archbishop", "abbot", "abbess", "priest", "monk",
    "nun", "friar", "rabbi", "imam", "vicar", "pastor", "chaplain", "deacon", "patriarch", "executive", "curator",
    "rector"})
"""Entity types whose entities are people: a surname alone may name one ("Spielberg")."""

_SPORTING_PEOPLE = frozenset({"gymnast", "sprinter", "runner", "skater", "skier", "wrestler", "jockey", "racer",
                              "rider", "sailor", "diver", "rower", "fencer", "archer", "swimmer", "athlete",
                              "champion", "cyclist", "boxer", "golfer", "footballer"})
"""Last words of item types that name sportspeople beside :data:`PERSON_TYPES` ("tennis player",
"gymnast")."""
_NOT_A_MUSIC = frozenset({"country", "world", "film", "church", "art", "dance", "house", "soul", "chamber", "sacred",
                         "early", "popular", "new", "old", "light", "program", "programme", "incidental", "theatre",
                         "stage", "game", "video", "concert", "band", "military", "background", "sheet", "live"})
"""Words of a genre "<words> music" that name something else alone ("country", "house", "chamber"):
only the whole label names the genre."""
_DEVICE_WORDS = frozenset({"media", "record", "dvd", "cd", "video", "audio", "music", "mp3", "cassette", "tape",
                           "blu-ray", "disc", "disk", "vinyl", "text", "code", "html", "image", "photo", "graphics",
                           "level", "map", "hex", "wiki", "pond", "water", "wine", "lightning", "semi", "tree",
                           "rock", "plant", "computer", "software", "web", "game", "steam", "rose"})
"""Words before a person noun in the type of a thing ("media player", "text editor", "pond
skater", "wine producer"), no person."""
_FIRMS_TOO = frozenset({"producer", "publisher", "distributor", "developer", "designer", "creator", "founder",
                        "artist", "manager", "maker", "brewer", "winemaker", "distiller", "official", "editor"})
"""Person types that a firm may be too ("a wine producer", "a game developer"): as the last word of
a longer type, no person."""
_MAYBE_PEOPLE = frozenset({"titan", "titaness", "nymph", "gorgon", "giant", "demigod", "hero", "heroine", "cardinal",
                           "monster", "dragon", "serpent", "creature", "spirit", "angel", "demon",
                           "bishop", "archbishop", "priest", "priestess", "monk", "nun", "prophet", "apostle",
                           "consort", "noble", "nobleman", "noblewoman", "courtier", "patron", "owner", "spouse",
                           "wife", "husband", "mother", "father", "son", "daughter", "child", "parent", "relative",
                           "sibling", "brother", "sister", "prince", "princess", "duke", "duchess", "lord", "lady",
                           "knight", "emperor", "empress", "king", "queen", "regent", "vizier", "minister", "laureate",
                           "royal", "doctor", "physician", "centaur", "muse", "cyclops", "oracle", "satyr", "witch",
                           "wizard", "sorceress", "pundit", "physio", "ancestor", "guru", "sage", "chief", "captain",
                           "colonel", "general", "admiral", "officer", "soldier", "agent", "spy", "thief", "victim",
                           "slave", "servant", "maid", "nurse", "surgeon", "heir", "heiress", "secretary", "clerk",
                           "aide", "envoy", "delegate", "mayor", "governor", "senator", "judge", "lawyer", "student",
                           "pupil", "disciple", "follower", "friend", "rival", "partner", "ally", "enemy", "master",
                           "dean", "chancellor", "president", "chairman", "chairwoman", "speaker"})
"""Type words of what may be someone though no type of :data:`PERSON_TYPES` says so."""
_NOT_AGENTS = frozenset({"river", "tower", "center", "centre", "letter", "water", "computer", "number", "order",
                         "chamber", "quarter", "theater", "theatre", "corner", "flower", "paper", "border", "meter",
                         "metre", "cluster", "sector", "matter", "character", "chapter", "cancer",
                         "weather", "winter", "summer", "silver", "copper", "timber", "fiber", "fibre", "layer",
                         "error", "motor", "color", "colour", "floor", "door", "mirror", "factor", "vector",
                         "harbor", "harbour", "tractor", "reactor", "region", "religion"})
"""Words ending like agent nouns ("-er", "-or") that name no one (see :func:`no_one_type`)."""


def person_like_type(type_: str | None) -> bool:
    """Whether items of ``type_`` are people by their type: a type of :data:`PERSON_TYPES`, or one
    whose last word is a person type or a sportsperson's noun ("tennis player", "gymnast")
    (not any agent noun: a "sneaker", a "trainer" is a shoe; no "media player", "text editor", "pond
    skater", "wine producer")."""
    words = type_words(type_)
    return bool(words) and words[-1] in PERSON_TYPES | _SPORTING_PEOPLE and not set(words[:-1]) & _DEVICE_WORDS \
        and not (len(words) > 1 and words[-1] in _FIRMS_TOO)


_NO_ONE = frozenset({
    "instrument", "element", "symbol", "emblem", "attribute", "object", "weapon", "plant", "tree", "species",
    "genus", "breed", "cultivar", "grape", "food", "dish", "ingredient", "drink", "material", "colour", "color",
    "shape", "number", "year", "date", "decade", "century", "era", "period", "age", "epoch", "dynasty", "tag",
    "topic", "theme", "subject", "field", "discipline", "science", "art", "sport", "game", "event", "tournament",
    "championship", "race", "competition", "cup", "trophy", "medal", "title", "rank", "office", "position",
    "role", "post", "order", "party", "club", "group", "family", "house", "clan", "tribe", "nation", "people",
    "ethnicity", "nationality", "religion", "faith", "belief", "philosophy", "idea", "concept", "theory", "law",
    "treaty", "document", "text", "book", "song", "album", "painting", "sculpture", "statue", "monument",
    "building", "temple", "church", "mosque", "palace", "castle", "tomb", "pyramid", "necropolis", "cemetery",
    "site", "landmark", "street", "road", "bridge", "ship", "vehicle", "car", "aircraft", "engine", "machine",
    "device", "tool", "technique", "style", "genre", "movement", "school", "language", "script", "currency",
    "disease", "cause", "pathogen", "virus", "bacterium", "vector", "route", "hand", "handedness", "backhand",
    "shot", "surface", "award", "prize", "honour", "honor", "degree", "rating", "asteroid", "planet", "star",
    "moon", "constellation", "galaxy", "mineral", "rock", "metal", "stone", "gem", "domain", "sphere", "realm",
    "quality", "virtue", "concept", "emotion", "season", "weather", "festival", "holiday", "ritual", "rite",
    "sacrament", "council", "synod", "document", "encyclical", "archdiocese", "diocese", "see", "parish", "abbey",
    "monastery", "convent", "university", "college", "institution", "organization", "organisation", "company",
    "firm", "brand", "label", "team", "band", "orchestra", "ensemble", "choir", "expedition", "mission",
    "voyage", "journey", "spacecraft", "rocket", "station", "manner", "death", "cause of death", "crater",
    "nebula", "comet", "mountain", "island", "sea", "river", "lake", "ocean", "continent", "locality", "quantity",
    "measure", "amount", "value", "area", "length", "height", "population", "code", "battle", "war", "siege",
    "conflict", "campaign", "operation", "programme", "program", "project", "product", "model", "class",
    "type", "kind", "category", "series", "franchise", "character", "fiction", "universe", "publication",
    "magazine", "newspaper", "journal", "periodical", "comic", "strip", "medium", "format", "profession",
    "occupation", "job", "conservatory", "racecourse", "cuisine", "cooking", "gastronomy", "voice",
    "artwork", "installation", "mural", "fresco", "relief", "bust", "play", "opera", "operetta", "musical",
    "ballet", "symphony", "concerto", "sonata", "composition", "essay", "treatise", "manuscript", "invention",
    "theorem", "conjecture", "single", "soundtrack", "mixtape", "sitcom", "tragedy", "farce", "kingdom", "empire",
    "republic", "principality", "duchy", "colony", "territory", "emirate", "sultanate", "caliphate"})
"""Type words of what is no one (beside :data:`THING_WORDS`, places and the land): never "he" or "she"."""


_SOMEONE_TOO = {"model": {"fashion", "role", "runway", "glamour", "fitness", "super"},
                "star": {"pop", "film", "movie", "rock", "tv", "television", "screen", "porn", "reality",
                         "sports", "football", "music", "country", "child", "soap"},
                "icon": {"pop", "fashion", "style", "gay", "cultural"}}
"""Words before a thing's last word that make the type a person's ("fashion_model", "pop_star")."""


def no_one_type(types: Any) -> bool:
    """Whether every type of ``types`` names what is no one ("instrument", "tournament", "city",
    "symbol"; see :data:`_NO_ONE`); ``False`` for no type (it may be anyone)."""
    return bool(types) and all(
        (last := type_last_word(t)) and not _SOMEONE_TOO.get(last, set()) & set(type_words(t)[:-1])
        and (last in _NO_ONE or last in THING_WORDS or last in _TERRAIN
                                         or last in _LOCALITY or last in _NOT_AGENTS or last in BUILDING_WORDS
                                         or last in VENUE_WORDS or last in EVENT_KINDS)
        for t in types)


_LOWER_PROPER_TYPES = frozenset({
    "company", "studio", "label", "publisher", "organization", "organisation", "city", "country", "place",
    "location", "venue", "team", "winery", "brewery", "distillery", "brand", "manufacturer", "maker",
    "network", "channel", "developer", "distributor"})
"""Proper attribute types whose names a writer may put in lower case ("made by apple")."""


def named_person_type(types: Any) -> bool:
    """Whether a type of ``types`` names people by a person noun the checker knows (:data:`PERSON_TYPES`,
    a "tennis player", or a word of :data:`_MAYBE_PEOPLE`: "prime minister", "poet laureate"), not
    by the look of an agent noun alone (a "roller coaster", a "browser" are things)."""
    for t in types:
        words = type_words(t)
        last = words[words.index("of") - 1] if "of" in words[1:] else type_last_word(t)  # ("master of music")
        if person_like_type(t) or last in _MAYBE_PEOPLE:
            return True
    return False


PROPER_TYPES = frozenset({
    "person", "people", "actor", "actress", "director", "writer", "author", "composer", "producer",
    "artist", "member", "musician", "singer", "band", "company", "studio", "label", "publisher",
    "organization", "organisation", "city", "country", "place", "location", "venue", "team",
    "winery", "brewery", "distillery", "brand", "manufacturer", "maker", "network", "channel",
    "developer", "distributor", "designer", "creator", "host", "chef", "architect", "founder",
    "owner"})
"""Attribute types whose names are proper names: matched only as cased ("nobody" is not the
director Nobody); other attributes (genres, tags) match in lower case too ("a comedy")."""

_NAMED_TYPES = PROPER_TYPES | PERSON_TYPES
"""Types whose names of two words or more may be written in lower case ("lyrics by fred ebb")."""


def _phrase_noun(*phrases: str, former: bool = False) -> tuple[str, ...]:
    """The nouns of inverse phrases "is the N of" / "is a N of" / "is N of" ("is the instrument
    of" -> "instrument", "is the total area of" -> "total area", "is showrunner of" ->
    "showrunner", at most three words; also "is a N for": "is a hub for" -> "hub"): "Flea's
    instrument is bass" and "The total area of X is Y" state the relation forward. Not the noun
    of a state said in the past ("was the seat of", "was the home of"): it would say it now ("X is
    the seat of Y", red team 154), nor any noun said in the past of a relation the other phrase
    says is over (``former``: "formerly played at" / "was the ground of", red team 178)."""
    now = _nouns(phrases, ("is",), 6, ending="of") + _nouns(phrases, ("is",), 6, ending="for")
    then = () if former else _nouns(phrases, ("was",), 6, ending="of") + _nouns(phrases, ("was",), 6, ending="for")
    return tuple(dict.fromkeys((*now, *(n for n in then if n.split()[-1] not in _STATE_NOUNS))))


_MARRIED = (["is", "married", "to"], ["was", "married", "to"], ["are", "married", "to"], ["were", "married", "to"],
            ["married"], ["is", "the", "spouse", "of"], ["was", "the", "spouse", "of"], ["has", "spouse"],
            ["was", "the", "wife", "of"], ["is", "the", "wife", "of"], ["was", "the", "husband", "of"],
            ["is", "the", "husband", "of"], ["has", "the", "spouse"], ["spouse"], ["spouse", "of"])
"""Phrases of a marriage, either way round."""


def _marriage(*phrases: str | None) -> bool:
    """Whether a relation's phrases say a marriage (every phrase one of :data:`_MARRIED`)."""
    return all((p or "").lower().split() in _MARRIED for p in phrases)


_STATE_NOUNS = frozenset({"seat", "home", "residence", "capital", "headquarters", "base", "owner", "president",
                          "captain", "coach", "manager", "chair", "leader", "head", "tenant", "venue", "ground",
                          "stadium", "arena", "club", "team", "employer", "spouse", "wife", "husband", "partner",
                          "ruler", "mayor", "governor", "chairman"})
"""Nouns of a state that ends ("the seat of", "the home of"): said in the past, they are past."""


def _former(phrase: str | None) -> bool:
    """Whether a phrase says its relation is over ("formerly played at", "used to play at", "was
    once owned by", "no longer", "had a crew of")."""
    words = (phrase or "").lower().split()
    return bool(set(words) & {"formerly", "previously", "once", "former", "ex"}) or "used to" in " ".join(words) \
        or "no longer" in " ".join(words) or words[:1] == ["had"]  # ("had a crew of": had once)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "by", "in", "on", "at", "for", "from", "with", "as", "its",
                             "their", "and", "or"})


def _has_noun(*phrases: str) -> tuple[str, ...]:
    """The nouns of forward phrases "has a N of" / "has the N of" ("has a heart of" -> "heart")
    and of "has N" / "has the N" that end the phrase ("has showrunner" -> "showrunner", "has home
    ground" -> "home ground"): "X has a heart of Y" says what "Y is the heart of X" and "X's
    heart is Y" say; "X has showrunner Y", "X's showrunner is Y". Also "has as its N" ("has as its
    brightest star" -> "brightest star") and, in the singular, "has / counts among its Ns" ("has
    among its alumni" -> "alumnus")."""
    among = []
    for phrase in phrases:  # "has as its brightest star": "brightest star"
        words = phrase.lower().split()
        if 4 <= len(words) <= 6 and words[0] in ("has", "have", "had") and words[1] == "as" \
                and words[2] in ("its", "their", "a", "an") and all(w.isalpha() and w not in _FUNCTION_WORDS for w in words[3:]):
            among.append(" ".join(words[3:]))
    for phrase in phrases:  # "has among its alumni" / "counts among its members": "alumnus", "member"
        words = phrase.lower().split()
        if len(words) in (4, 5) and words[0] in ("has", "have", "had", "counts", "count") and words[1] == "among" \
                and words[2] in ("its", "their") and all(w.isalpha() for w in words[3:]):
            last = words[-1]
            one = IRREGULAR_SINGULARS.get(last) or (last[:-2] if last.endswith("oes") and last[:-2].endswith(O_ES_NOUNS)
                                                    else last[:-1] if last.endswith("s") and not last.endswith("ss") else "")
            if one:
                among.append(" ".join([*words[3:-1], one]))
    # (not "had a crew of": a noun had once is no noun of the item now, red team 180)
    return _nouns(phrases, ("has",), 5, ending="of") + _nouns(phrases, ("has", "have"), 4) + tuple(among)


def _nouns(phrases: tuple[str, ...], heads: tuple[str, ...], longest: int,
           ending: str | None = None) -> tuple[str, ...]:
    """The N of phrases "<head> [the / a / an] N <ending>" of at most ``longest`` words (a noun of
    one to three words with no function word, and with no article no participle either: not "is
    made of", "has won"; ``ending=None``: the noun ends the phrase)."""
    out = []
    for phrase in phrases:
        words = phrase.lower().split()
        if not words or words[0] not in heads or len(words) > longest:
            continue
        body = words[1:-1] if ending else words[1:]
        if ending and words[-1] != ending:
            continue
        article = body[:1] in (["the"], ["a"], ["an"])
        body = body[1:] if article else body
        if 1 <= len(body) <= 3 and all(w.isalpha() and w not in _NOT_NOUN for w in body) \
                and (article or not any(w.endswith(("ed", "ing")) or w in IRREGULAR_PARTICIPLES for w in body)):
            out.append(" ".join(body))
            if len(body) == 2 and body[0] == "home" and body[1] in _HOME_PLACES:
                out.append("home")  # "is the home ground of": "the home of the Red Sox" (not "has
                # home team": a match's home team is not its home, red team 130)
    return tuple(dict.fromkeys(out))


_NOT_NOUN = frozenset({"of", "the", "a", "an", "and", "or", "in", "for", "to", "at", "by", "on",
                       "with", "from", "object", "same", "one", "all", "some", "each", "most",
                       "been", "not", "no", "also", "both"})
"""Words that make an inverse phrase more than a noun ("is the object of X for")."""


_GENERIC_TYPES = frozenset({"person", "people", "entity", "thing", "item", "object", "company",
                            "organisation", "organization", "place", "concept", "attribute", "tag",
                            "user", "value", "literal"})


def _range_nouns(relations: Any, user_relations: set[str],
                 info: dict[str, tuple[str, str, str, dict[str, float]]],
                 tails: dict[str, set[str]] | None = None,
                 heads: dict[str, set[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """A relation's noun from its declared range, when no other relation ends in that type (or
    no other one said of items) and
    the type is specific ("label" for ``signed_to``: "Nirvana's label is Sub Pop", "Nirvana and
    Soundgarden share a label"); never a generic type ("person") or an item type. A style of
    buildings is also their "architecture" and "architectural style"."""
    item_types = {t for k, t, _, _ in info.values() if k == "item"}
    owners: dict[str, list[str]] = {}
    for rel in relations.values():
        # the declared range, else the one type the stored tails have ("network" for aired_on)
        seen = sorted(t for t in (tails or {}).get(rel.name, ()) if t)
        if rel.name not in user_relations:
            for end in tuple(rel.range) or tuple(seen):
                owners.setdefault(end, []).append(rel.name)
    out: dict[str, tuple[str, ...]] = {}
    for type_, names in owners.items():
        noun = type_.lower()
        of_items = [r for r in names if (heads or {}).get(r) and set((heads or {})[r]) <= item_types]
        if len(names) > 1 and len(of_items) == 1:
            # "Insignia comes from the same region as Opus One": of the relations that end in
            # regions, the one said of items (a winery's "is located in" is not an item's)
            names = of_items
        if len(names) == 1 and all(w.isalpha() for w in noun.split()) and len(noun.split()) <= 2 \
                and noun not in _GENERIC_TYPES and type_ not in item_types:
            out[names[0]] = (*out.get(names[0], ()), noun)  # ("launch vehicle"; "agency" and "company")
            owners_of = (heads or {}).get(names[0], ())
            if noun in ("style", "architectural style") and owners_of \
                    and all(building_type(t) for t in owners_of):
                # a building's style is its architecture ("Its architecture is Baroque")
                out[names[0]] += tuple(n for n in ("architectural style", "architecture") if n != noun)
    return out


_FORM_KEYS: dict[tuple[int, str], tuple[str, ...]] = {}
"""Each cue form's lowercase tokens, per pipeline (the shared one of ``_text.nlp``): every graph's index tokenizes the same few
thousand forms (a checker per WebNLG entry builds 1,862 indexes)."""


def _form_key(pipe: Any, form: str) -> tuple[str, ...]:
    """The lowercase tokens of ``form`` as ``pipe``'s tokenizer cuts it (cached)."""
    key = (id(pipe), form)
    found = _FORM_KEYS.get(key)
    if found is None:
        if len(_FORM_KEYS) > 200_000:
            _FORM_KEYS.clear()
        found = _FORM_KEYS[key] = tuple(t.lower_ for t in pipe.tokenizer(form))
    return found


_PATTERN_DOCS: dict[tuple[int, tuple[str, ...]], Any] = {}


def _pattern_doc(pipe: Any, key: tuple[str, ...]) -> Any:
    """The matcher pattern of a cue's tokens (cached: a pattern is read, never changed)."""
    at = (id(pipe), key)
    found = _PATTERN_DOCS.get(at)
    if found is None:
        if len(_PATTERN_DOCS) > 100_000:
            _PATTERN_DOCS.clear()
        found = _PATTERN_DOCS[at] = pipe.make_doc(" ".join(key))
    return found


@functools.lru_cache(maxsize=1)
def _template_nouns() -> Mapping[str, tuple[str, ...]]:
    """Relation nouns of the shipped templates ("director" for ``directed_by``), read as data
    (once per process: every graph's index reads them)."""
    try:
        from importlib import resources

        import yaml

        text = (resources.files("kgexplain") / "templates" / "paths.yaml").read_text("utf-8")
        nouns = (yaml.safe_load(text) or {}).get("nouns") or {}
    except (OSError, ValueError, ImportError) as exc:  # pragma: no cover - data missing
        logger.debug("no template nouns: %s", exc)
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for k, v in nouns.items():
        if isinstance(v, str) and v:
            out[str(k)] = (v,)
        elif isinstance(v, (list, tuple)):
            out[str(k)] = tuple(str(x) for x in v if x)
    return MappingProxyType(out)  # (shared: read-only)


_NOT_SURNAMES = frozenset({"co", "inc", "ltd", "llc", "jr", "sr", "ii", "iii", "company", "corporation",
                           "studios", "studio", "pictures", "films", "records", "entertainment",
                           "brewery", "brewing", "winery", "theatre", "theater", "university",
                           "college", "museum", "park", "city", "house", "group", "press"})
"""Last words of names that are no one's surname ("Sierra Nevada Brewing Co.")."""


_REGNAL_NUMBERS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
                             "xv", "xvi", "xvii", "xviii", "xix", "xx"})
"""Regnal numbers, which end a monarch's name and are no surname ("Henry VIII")."""


def surname_keys(kind: str, type_: str, label: str) -> list[str]:
    """How a person's surname alone is written, lower case ("spielberg"; "niro" and "de niro"
    for Robert De Niro; "gaudi" for Antoni Gaudí, as the text is folded), of an attribute or of an
    item that is a person (a graph of composers: "Mozart"); none for what is no person's name."""
    parts = fold(label).split()
    if kind not in ("attribute", "item") or (type_ or "").lower() not in PERSON_TYPES or not 2 <= len(parts) <= 4 \
            or not (parts[0][:1].isupper() and parts[-1][:1].isupper()):
        return []
    last = parts[-1].lower()
    if len(last) < 3 or not last.replace("-", "").replace("'", "").isalpha() or last in _NOT_SURNAMES \
            or last in _REGNAL_NUMBERS or parts[-2].lower() in ("the", "of"):
        return []  # (no surname: "Henry VIII", "Frederick the Great", "Catherine of Aragon", red team 189)
    if len(parts) >= 3 and parts[-2][:1].isupper() and parts[-2][-1:] != ".":
        return [last, f"{parts[-2].lower()} {last}"]  # "De Niro"
    return [last]


_SPLIT_PREPOSITIONS = frozenset({"among", "on", "in", "at"})
_SPLIT_POSSESSIVES = frozenset({"its", "their", "his", "her"})
"""The preposition and possessive after the verb of a phrase said around its object ("counted
among its members": "counted X among its members")."""


class GraphIndex:
    """Matchers and lookup tables for one version of one graph."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        pipe = nlp()
        self.version = kg.version
        self.graph = kg.graph
        self.sensitive = frozenset(r for r, rel in kg.relations.items() if rel.sensitive)
        # relations said the same both ways ("is a sister city of"): "A and B are sister cities"
        self.symmetric = frozenset(rel.name for rel in kg.relations.values()
                                   if rel.phrase and rel.phrase.strip().lower() == rel.inverse_phrase.strip().lower())
        # of those, the ones whose every cue is said the same both ways: no declared cue, which may
        # have a direction ("is the older sibling of" on "is a sibling of", red team 212)
        self.symmetric_only = frozenset(rel.name for rel in kg.relations.values()
                                        if rel.name in self.symmetric and not rel.cues and not rel.inverse_cues)
        # relations that say what was ("was the residence of", "aired on"): never "today" / "still"
        self.past_states = frozenset(r for r, rel in kg.relations.items()
                                     if past_phrase(rel.phrase) or past_phrase(rel.inverse_phrase)
                                     or _past_verb_phrase(rel.phrase))
        persisted(self, kg, "entities", lambda: self._index_entities(kg, pipe))  # cache folder
        self._entity_years(kg)  # (from the triples, which the cached step does not key on)
        self.struck_items = _struck_items(kg, self.info)  # coins and medals struck or minted
        self.bare_is = frozenset(r for r, rel in kg.relations.items()
                                 if (rel.phrase or "").lower().split() in (["is"], ["are"]))  # ("is duophonic")
        self.past_phrased = frozenset(r for r, rel in kg.relations.items()
                                      if (rel.phrase or "").lower().split()[:1] in (["was"], ["were"]))
        self._index_relation_cues(kg.relations, pipe)
        self._index_user_cues(kg.relations, pipe)
        # natural features (by their type's head noun) whose `year` no word can date: what their
        # year marks (an exploration, a listing, a survey) the graph does not say, and none was
        # made in it; a type a relation of making links ("was impounded by" a dam: a reservoir)
        # or a graph of finds (the year a discovery's) is left dated (red teams 232-233: "Lake
        # Baikal dates from 1643", "Loch Dorran was formed in 1643", "the 1643 Loch Dorran")
        made_types = {t for r in kg.relations.values()
                      if set(f"{r.phrase or ''} {r.inverse_phrase or ''}".lower().split()) & _MAKING_A_FEATURE
                      for t in (*r.domain, *r.range)}
        self.undated_features = frozenset() if self.discovered_items else frozenset(
            eid for eid, (kind, typ, _, _) in self.info.items()
            if kind == "item" and typ and type_last_word(typ) in NATURAL_FEATURES and typ not in made_types)
        # phrases of a verb, a preposition and a possessive noun ("counted among its members",
        # "had on its faculty", "has on its shore"), by their verb: said with the object between
        # ("counted X among its members", see constructions.split_phrases)
        self.split_cues: dict[str, list[tuple[tuple[str, ...], frozenset[Cue]]]] = {}
        for form, readings in self.cues.items():
            if len(form) >= 4 and form[1] in _SPLIT_PREPOSITIONS and form[2] in _SPLIT_POSSESSIVES \
                    and all(w.isalpha() for w in form):
                self.split_cues.setdefault(form[0], []).append((form[1:], frozenset(readings)))
        logger.debug("checker index: %d forms, %d cues", len(self.form_ids), len(self.cues))

    def _index_entities(self, kg: KnowledgeGraph, pipe: Any) -> None:
        """Entities: id -> (kind, type, label, numeric attributes); surface forms -> ids; the
        nouns for item types; the entity name table."""
        self.info: dict[str, tuple[str, str, str, dict[str, float]]] = {}
        self.form_ids: dict[str, tuple[str, ...]] = {}
        self.lower_ok: set[str] = set()  # forms that may match in lower case (attributes)
        self.lower_proper: set[str] = set()  # names that may match in lower case unless after "a" (see below)
        self.lower_items: set[str] = set()  # items named in lower case as common nouns ("sodium")
        self.sentence_case: dict[str, set[str]] = {}  # form key -> items named in sentence case (below)
        from spacy.lang.en.stop_words import STOP_WORDS

        forms: dict[str, list[str]] = {}
        cased: dict[str, str] = {}  # one cased spelling per form: tokenizer exceptions are cased
        demonyms: dict[str, list[tuple[str, str]]] = {}  # "german" -> [(id of Germany, "German")]
        # on a graph of buildings, a style may be said with "architecture" after it
        # (every item a building: where manuscripts or symphonies share the styles, a style is no
        # architecture, red team 151)
        item_types_seen = {e.type for e in kg.entities() if e.kind == "item"}
        item_buildings = bool(item_types_seen) and all(building_type(t) for t in item_types_seen)
        # on a graph of music (albums, songs, artists), a genre may be said with "music" after it
        item_music = any(e.kind == "item" and set((e.type or "").lower().replace("_", " ").split()) & _MUSIC_ITEMS
                         for e in kg.entities())
        item_comics = any(e.kind == "item" and "comic" in (e.type or "").lower() for e in kg.entities())
        # items the graph places in a genus or a family are living kinds, named by common nouns
        # ("the gharial", "the saltwater crocodile")
        taxon_types = {t.lower() for r in kg.relations.values() if type_word_set(r.range) & _TAXON_RANKS
                       for t in r.domain if t}
        # the groups a relation of membership names ("was a member of" the Dominicans): one member
        # is named by the singular of a plural name ("a Dominican", "a Jesuit", "a Beatle")
        member_rels = {name for name, r in kg.relations.items() if membership_phrase(r.phrase or "")}
        groups = {t.tail for name in member_rels for t in kg.triples(name)
                  if type_last_word(kg.entity(t.tail).type) in GROUP_KINDS}
        member_names: dict[str, list[tuple[str, str]]] = {}
        # the labels and aliases as written, of entities whose names the fold changes ("Bjørn"):
        # a text's spelling tells them from a name that folds the same ("Björn")
        spellings: dict[str, frozenset[str]] = {}
        self.spellings = spellings
        for ent in kg.entities():
            numeric = {}
            for key, value in ent.attrs.items():
                num = as_number(value)
                if num is not None:
                    numeric[str(key)] = num
            self.info[ent.id] = (ent.kind, ent.type, ent.label, numeric)
            if ent.kind == "user":
                continue
            raw_forms = {" ".join(str(form).lower().split()) for form in (ent.label, *ent.aliases)}
            if any(not f.isascii() for f in raw_forms):
                spellings[ent.id] = frozenset(raw_forms)
            for form in (ent.label, *ent.aliases):
                form = " ".join(fold(str(form)).split())
                if form.startswith(("the ", "a ", "an ")) and len(form.split()) > 1:
                    # an article written into an alias ("the Highline") is glue, not part of the
                    # name: "the Highline Trail" names the Highline Trail (a title keeps its
                    # capital "The": "The Narrows")
                    form = form.split(" ", 1)[1]
                if not form:
                    continue
                variants = [form]
                if ent.kind == "attribute":
                    variants += _plurals(form)
                    words = form.split()
                    if 2 <= len(words) <= 3 and form.islower() and all(w.isalpha() for w in words):
                        # "tile placement" -> "tile-placement game", "deck building" -> "deck-building"
                        variants.append("-".join(words))
                    variants += _range_forms(form)  # "2-5 players": "two to five players", "2-5 player"
                    if item_buildings and type_word_set((ent.type,)) & {"style", "styles"} \
                            and form.lower().split()[-1] not in ("architecture", "style"):
                        variants.append(f"{form} architecture")  # "an example of Manueline architecture"
                    if (ent.type or "").lower() == "genre":
                        variants += _GENRE_FORMS.get(form.lower(), ())
                        if form.lower() == "comedy" and not item_comics:
                            variants += ["comic", "comedic"]  # "a comic thriller" (not where a comic is an item)
                        if item_music and not form.lower().endswith("music"):
                            variants.append(f"{form} music")  # "electronic music" for the genre "electronic"
                        head = form.lower().split()
                        if 2 <= len(head) <= 3 and head[-1] == "music" and all(w.isalpha() for w in head) \
                                and " ".join(head[:-1]) not in _NOT_A_MUSIC and head[0] not in STOP_WORDS:
                            variants.append(form[: -len(" music")])  # "a classical violinist" of "classical music"
                        words = form.lower().split()
                        if len(words) == 2 and words[1] in ("fiction", "literature") \
                                and words[0] not in ("science", "speculative"):
                            # "a crime novel", "a children's book"
                            variants.append(form[: -len(words[1]) - 1])
                common = ent.kind == "item" \
                    and (type_last_word(ent.type) in _COMMON_KINDS or type_words(ent.type) == ["martial", "art"]
                         or (ent.type or "").lower() in taxon_types) \
                    and all(w[:1].isalpha() and w[1:] == w[1:].lower() for w in form.split()) \
                    and form.lower() not in STOP_WORDS
                if common:  # "sodium", "argon": an element is named in lower case
                    self.lower_items.add(ent.id)
                    if type_last_word(ent.type) in _KINDS_IN_PLURAL and all(w.isalpha() for w in form.split()):
                        variants += _plurals(form)  # "Andean condors eat carrion" (the species)
                rest = form.split()[1:]
                if ent.kind == "item" and form[:1].isupper() and rest and form[1:] == form[1:].lower() \
                        and any(w.isalpha() and w not in STOP_WORDS for w in rest):
                    # "Four color theorem", "Prime number theorem": a name (label or alias) in
                    # sentence case names a concept, which a writer puts in lower case after
                    # "the" ("proved the four color theorem"; see find_mentions)
                    self.sentence_case.setdefault(_key(form), set()).add(ent.id)
                for v in variants:
                    forms.setdefault(v.lower(), []).append(ent.id)
                    cased.setdefault(v.lower(), v)
                    if ent.kind == "attribute" and (ent.type or "").lower() not in PROPER_TYPES or common:
                        self.lower_ok.add(v.lower())
                words = form.lower().replace("-", " ").split()
                if ent.kind == "attribute" and all(w.isalpha() and w not in STOP_WORDS for w in words) and (
                        (ent.type or "").lower() in _LOWER_PROPER_TYPES
                        or ((ent.type or "").lower() in _NAMED_TYPES and len(words) >= 2)):
                    # "made by apple", "a walk in scotland", "lyrics by fred ebb": a place's, a
                    # company's or a person's full name written in lower case (not a person's
                    # one word: the director Nobody is not "nobody")
                    self.lower_proper.add(form.lower())
                if ent.id in groups and (one := member_name(form)) and one.lower() not in _DEMONYM_WORDS:
                    member_names.setdefault(one.lower(), []).append((ent.id, one))
                if ent.kind == "attribute":
                    for adjective in DEMONYMS.get(form.lower(), ()):
                        demonyms.setdefault(adjective.lower(), []).append((ent.id, adjective))
                    for short in COUNTRY_SHORT_NAMES.get(form.lower(), ()):
                        demonyms.setdefault(short.lower(), []).append((ent.id, short))  # "the UK"
                    if form.endswith("ism") and len(form) >= 6 and form.replace(" ", "").replace("-", "").isalpha() \
                            and set((ent.type or "").lower().replace("_", " ").split()) & _ISM_TYPES:
                        # "Brutalism" -> "a Brutalist building", "Cubism" -> "a Cubist painting",
                        # "neoclassicism" -> "a neoclassical museum"
                        demonyms.setdefault(form[:-3].lower() + "ist", []).append((ent.id, form[:-3] + "ist"))
                        if form.endswith("icism"):
                            demonyms.setdefault(form[:-5].lower() + "ical", []).append((ent.id, form[:-5] + "ical"))
                        if form.lower().endswith("modernism"):  # "Postmodernism" -> "a Postmodern tower"
                            demonyms.setdefault(form[:-3].lower(), []).append((ent.id, form[:-3]))
                    if set((ent.type or "").lower().replace("_", " ").split()) & _FAITH_TYPES:
                        # "Buddhism" -> "a Buddhist temple", "Hinduism" -> "a Hindu temple"
                        for adjective in _FAITH_ADJECTIVES.get(form.lower(), ()):
                            demonyms.setdefault(adjective.lower(), []).append((ent.id, adjective))
        surnames: dict[str, list[str]] = {}
        for eid, (kind, type_, label, _) in self.info.items():
            for key in surname_keys(kind, type_, label):
                surnames.setdefault(key, []).append(eid)
        # a surname alone names the graph's one person so called (checking against the whole
        # graph), unless it is also a common word ("You" for the actor Ge You)
        self.surnames = {k: tuple(v) for k, v in surnames.items()
                         if len({self.info[e][2] for e in v}) == 1 and k.split()[-1] not in STOP_WORDS}
        for key, found in _short_names(kg, self.info, forms).items():
            if key not in forms and len(found) == 1:
                forms[key] = [found[0][0]]  # "the Camaro" for the Chevrolet Camaro (by Chevrolet)
                cased[key] = found[0][1]
        nationalities = set()
        for key, found in demonyms.items():
            if key not in forms and len({eid for eid, _ in found}) == 1:
                forms[key] = [found[0][0]]  # "German" for Germany, where nothing else is so named
                cased[key] = found[0][1]
                nationalities.add(key)
        self.nationalities = frozenset(k for k in nationalities if k.endswith(NATIONALITY_ENDS))
        members = set()
        for key, found in member_names.items():
            if key not in forms and len({eid for eid, _ in found}) == 1:
                forms[key] = [found[0][0]]  # "Dominican" for the Dominicans, where nothing else is so named
                cased[key] = found[0][1]
                members.add(tuple(key.split()))
        self.member_names = frozenset(members)
        self.member_of = frozenset(Cue(name, True) for name in member_rels)
        # nouns naming the graph's item types may stand beside a name ("the film Heat",
        # "a comedy film"); "film"/"movie" only on a graph whose items are movies
        item_types = {t for k, t, _, _ in self.info.values() if k == "item" and t}
        nouns = set()
        noun_types: dict[str, set[str]] = {}
        # (not a synonym that is also a verb of the graph's relations: "The Alchemist brews Heady
        # Topper" says who brews it, and "brews" names no beers there)
        verbs = set()  # (the words of the phrases that follow no determiner)
        for rel in kg.relations.values():
            for p in (rel.phrase or "", rel.inverse_phrase or ""):
                words = p.lower().split()
                verbs |= {w for k, w in enumerate(words) if not k or words[k - 1] not in DETERMINERS}
        lower_types = {t.lower() for t in item_types}
        # a type of two or more words ("roller_coaster", "opera house"): its words in a text ("a
        # roller coaster", "opera houses") are read as the type's own noun (see
        # constructions.type_phrases); never its last word alone (a dwarf planet is no planet, code
        # review 51; an auction house no fashion house, red team 161)
        self.compound_types: dict[tuple[str, ...], str] = {}
        last_words = [type_words(t)[-1] for t in item_types if type_words(t)]
        for t in sorted(item_types):
            words = type_words(t)
            if _compound_type(words) and last_words.count(words[-1]) == 1:
                # (only where no other item type ends in that word: "malt distillery" and "grain
                # distillery", told apart by one word, are left unread, red team 161)
                self.compound_types[tuple(words)] = t.lower()
        self.compound_type_nouns = frozenset(self.compound_types.values())
        attribute_words = {type_last_word(t) for k, t, _, _ in self.info.values() if k == "attribute" and t} \
            | {str(label).lower() for k, _, label, _ in self.info.values() if k == "attribute"}
        # (by the head noun: "peak_list" names lists, no peak; nor an attribute's name: a "cascade"
        # in a garden is no waterfall, red team 177)
        for t in item_types:
            # (a synonym that is another item type of the graph names that type only: a temple is
            # no "shrine" where shrines are items too; nor one that names the graph's attributes:
            # a locomotive is no "engine" where engines power them, red team 148)
            for word in (t.lower(), *(w for w in _TYPE_SYNONYMS.get(t.lower(), ())
                                      if plural(w) not in verbs and w not in lower_types
                                      and w not in attribute_words)):
                nouns |= {word, plural(word)}
                for w in (word, plural(word)):
                    noun_types.setdefault(w, set()).add(t)
            words = type_words(t)
            if _compound_type(words) and words[-1] in _KIND_HEADS | _CLASSIFIER_HEADS \
                    and last_words.count(words[-1]) == 1 \
                    and not set(words[:-1]) & _NOT_A_KIND_OF and plural(words[-1]) not in verbs \
                    and words[-1] not in lower_types and words[-1] not in attribute_words:
                # the head noun of a compound type of a general kind: a pasta dish is a "dish", a
                # metro system a "system", a horse breed a "breed" ("the dish", "the system", "the
                # breed" name the item before)
                for w in (words[-1], plural(words[-1])):
                    nouns.add(w)
                    noun_types.setdefault(w, set()).add(t)
            if len(words) == 2 and words[-1] in _CLASSIFIER_HEADS and words[0].isalpha() and len(words[0]) > 2 \
                    and words[0] not in _NOT_A_KIND_OF and plural(words[0]) not in verbs \
                    and words[0] not in verbs and words[0] not in lower_types and words[0] not in attribute_words:
                # a classifier's compound: an apple cultivar is "an apple", a dog breed "a dog"
                for w in (words[0], plural(words[0])):
                    nouns.add(w)
                    noun_types.setdefault(w, set()).add(t)
            for word in _TYPE_MEDIA.get(t.lower(), ()):
                nouns.add(word)
                noun_types.setdefault(word, set()).add(t)
            if building_type(t) and "building" not in lower_types:
                for word in ("building", "buildings"):  # "Lindisfarne Priory is a Romanesque building"
                    nouns.add(word)
                    noun_types.setdefault(word, set()).add(t)
        # "a physicist" for an item whose field is physics (attributes typed as fields only)
        found_fields: dict[str, set[str]] = {}
        for eid, (kind, type_, label, _) in self.info.items():
            noun = practitioner_noun(str(label)) if kind == "attribute" and (type_ or "").lower() in FIELD_TYPES else None
            if noun:
                for w in (noun, plural(noun)):
                    found_fields.setdefault(w, set()).add(eid)
        # "a specialist", "a downhill specialist": a person who specialized in something (any
        # object of a relation "specialized in" from people: the claim of a practitioner's noun)
        self.specialized_before = False  # ("specialized in": in the past, "X was a specialist")
        for rel in kg.relations.values():
            if specialist_phrase((rel.phrase or "").lower().split()) and rel.domain and rel.range \
                    and all(map(person_like_type, rel.domain)):
                self.specialized_before |= (rel.phrase or "").lower().split()[0].endswith("ed")
                ranged = {t.lower() for t in rel.range}
                for eid, (kind, type_, _, _) in self.info.items():
                    if kind == "attribute" and (type_ or "").lower() in ranged:
                        for w in ("specialist", "specialists"):
                            found_fields.setdefault(w, set()).add(eid)
        self.practitioners: dict[str, frozenset[str]] = {
            w: frozenset(v) for w, v in found_fields.items() if w not in forms}
        nouns |= set(self.practitioners)
        self.type_nouns = frozenset(nouns)
        # nouns that may name an item of another type too ("the prize" of a medal, "the ship" of
        # a liner): a reference by one names the item named last only (see mentions)
        # (and every type noun that is no item type's own name: a synonym, a compound's head)
        self.general_nouns = frozenset(_KIND_HEADS | {w for ws in _TYPE_SYNONYMS.values() for w in ws}
                                       | {"film", "movie", "work", "place", "product"} | (nouns - lower_types))
        # the plurals among them ("circuses"; not "circus", which ends in "s" too)
        self.plural_type_nouns = frozenset(plural(w) for w in nouns if plural(w) != w)
        # "the house", "that label": an attribute's type named as the noun of a reference
        self.attribute_type_nouns = {
            t.lower(): t for k, t, _, _ in self.info.values()
            if k == "attribute" and t and t.isalpha() and t.lower() not in nouns and len(t) > 2}
        # "both sites", "these cities": several attributes of that type named before
        self.attribute_plural_nouns = {plural(n): t for n, t in self.attribute_type_nouns.items() if plural(n) != n}
        # ("the band" for an artist, "the firm" for a company), where no other type is so called
        synonyms: dict[str, set[str]] = {}
        for t in set(self.attribute_type_nouns.values()):
            for word in _ATTRIBUTE_TYPE_SYNONYMS.get(t.lower(), ()):
                synonyms.setdefault(word, set()).add(t)
        for t in {t for k, t, _, _ in self.info.values() if k == "attribute" and t}:
            words = type_words(t)  # "the reserve" for a "nature_reserve" (not "the planet" for a dwarf planet)
            if _compound_type(words) and not set(words[:-1]) & _NOT_A_KIND_OF:
                synonyms.setdefault(words[-1], set()).add(t)
        for word, types in synonyms.items():
            if len(types) == 1 and word not in nouns and word not in self.attribute_type_nouns:
                self.attribute_type_nouns[word] = types.pop()
        # the nouns after which a naming participle only names ("the asteroid called 10 Hygiea")
        self.naming_nouns = frozenset(
            w.split()[-1] for w in (*self.type_nouns, *self.plural_type_nouns, *self.general_nouns,
                                    *self.attribute_type_nouns, *self.attribute_plural_nouns))
        # on a graph of several item types, which types each noun names ("a novel" is no film)
        self._all_noun_types = {w: frozenset(v) for w, v in noun_types.items()}
        self.noun_types = self._all_noun_types if len(item_types) > 1 else {}
        self.canonical = cased  # lowercase form -> a cased spelling (for casing checks)
        # a tag made only of genre words ("romantic comedy" where Romance and Comedy are genres)
        # is read as those genres, both of which the item must have, where the text speaks of no
        # tags (see find_mentions): writers say "Annie Hall is a romantic comedy" of a comedy and
        # romance, the free-text tag being on other films ("Titanic is tagged romantic drama" is
        # about the tag)
        genre_forms = {v for v, ids in forms.items() if any((self.info[i][1] or "").lower() == "genre" for i in ids)}
        self.genre_tags = frozenset(
            form for form, ids in forms.items() if len(form.split()) >= 2 and all(w in genre_forms for w in form.split())
            and any((self.info[i][1] or "").lower() == "tag" for i in ids))
        keyed: dict[str, list[str]] = {}
        for form, ids in forms.items():
            keyed.setdefault(_key(form), []).extend(ids)
        self.form_ids = {k: tuple(dict.fromkeys(v)) for k, v in keyed.items()}
        spellings = list(cased.values())
        # a sentence-final period can merge into a label's last token ("Warner Bros..",
        # "U.N.C.L.E.."): such forms get a pattern with the period too
        self.period_keys: set[str] = set()
        short_end = [f for f in spellings
                     if len(f.split()[-1]) <= 4 or f[-1:] in ".!?" or "-" in f.split()[-1]
                     or f.split()[-1][-1:].isupper()]
        patterns, with_period = _tokenized_forms(pipe, spellings, short_end)
        for form, tokens in zip(short_end, with_period):
            if tokens is not None:  # the period merged into the last token
                key = _key(form + ".")
                if key not in self.form_ids:
                    self.form_ids[key] = self.form_ids[_key(form)]
                    self.period_keys.add(key)
                    patterns.append(tokens)
        self.entity_forms = PhraseTable(patterns)

    def _entity_years(self, kg: KnowledgeGraph) -> None:
        """An item's year given as an entity ("Hades -released_in-> 2020", the year's label a
        number) is its year, as the ``year`` attribute gives one: only where the item has no year
        attribute and exactly one such link, a relation "was <verb> in" with a verb of
        :data:`_DATING_FAMILIES`. ``year_family`` gives each such item the verbs that may state
        its year (see :func:`~kgexplain.consistency.parse.entity_year_stated`); ``year_verbs``
        holds those verbs for all such items ("established", "founded"), read before "in <year>"
        (the checker's sink then keeps each item to its own family)."""
        found: dict[str, set[tuple[str, float]]] = {}
        for t in kg.triples():
            head, tail = self.info.get(t.head), self.info.get(t.tail)
            if head is None or tail is None or head[0] != "item" or tail[0] == "user" \
                    or not ((tail[1] or "").lower() in ("", "date") or "year" in (tail[1] or "").lower()):
                continue  # (a magazine named "1843" is no year)
            label = str(tail[2]).strip()
            if len(label) == 4 and label.isdigit() and 1000 <= int(label) <= 2200:
                found.setdefault(t.head, set()).add((t.relation, float(label)))
        self.year_family: dict[str, frozenset[str]] = {}
        relations = kg.relations
        for eid, links in found.items():
            kind, typ, label, numeric = self.info[eid]
            if len(links) != 1 or any(key in numeric for key in YEAR_KEYS):
                continue
            (rel, year), = links
            words = (relations[rel].phrase or "").lower().split() if rel in relations else []
            if not (words[-1:] == ["in"] and len(words) >= 2 and words[-2] in DATING_VERBS):
                continue  # (not "won an award in", "was begun in", "is set in the year")
            self.info[eid] = (kind, typ, label, {**numeric, "year": year})
            self.year_family[eid] = frozenset().union(*(f for f in _DATING_FAMILIES if words[-2] in f))
        self.year_verbs = frozenset().union(*self.year_family.values())  # (each item's own: the checker's sink)

    def _index_relation_cues(self, relations: Any, pipe: Any) -> None:
        """Every surface form of every non-user relation (see
        :func:`~kgexplain.consistency.lexicon.relation_cues`), by its lowercase tokens."""
        from spacy.matcher import PhraseMatcher

        nouns = _template_nouns()
        self.cues: dict[tuple[str, ...], frozenset[Cue]] = {}
        cue_sets: dict[tuple[str, ...], set[Cue]] = {}
        self.user_relations: set[str] = set()
        ends: dict[str, set[tuple[str, str]]] = {}  # relation -> (head kind, tail kind) seen
        tails: dict[str, set[str]] = {}  # relation -> tail types seen
        heads: dict[str, set[str]] = {}
        named_tails: set[str] = set()  # relations with a tail of several words ("Strauss family")
        tail_labels: dict[str, set[str]] = {}  # relation -> its tails' labels
        for h, t, r in self.graph.edges(keys=True):
            tail_labels.setdefault(r, set()).add(str(self.info[t][2]))
            pair = (self.info[h][0], self.info[t][0])
            if "user" in pair:
                self.user_relations.add(r)
            ends.setdefault(r, set()).add(pair)
            tails.setdefault(r, set()).add(self.info[t][1])
            heads.setdefault(r, set()).add(self.info[h][1])
            if len(self.info[t][2].split()) > 1:
                named_tails.add(r)
        self.head_types = {r: frozenset(v) for r, v in heads.items()}  # relation -> head types seen
        self.item_types = frozenset(type_ for kind, type_, _, _ in self.info.values() if kind == "item")
        # items that are places or structures: they open and are built, never released
        self.building_types = frozenset(t for t in self.item_types if building_type(t))
        venues = frozenset(t for t in self.item_types if type_word_set([t]) & VENUE_WORDS
                           or type_last_word(t) in _VENUE_LAST_WORDS or t.lower().replace(" ", "_").replace("-", "_") in _VENUE_TYPE_NAMES
                           or (type_word_set([t]) & _RAIL_NETWORKS and type_last_word(t) in _RAIL_NETWORKS | {"system"}))
        # every building opens and is built too (a mausoleum, a monastery), but not on a graph of
        # finds, where a tomb's year is its discovery (code review 51: "KV62 was built in 1922"),
        # nor where the graph founds things, whose year may be a founding (red team 162: "Cluny
        # Abbey was built in 910", the year it was founded)
        founding = any({"founded", "established"} & set((p or "").lower().split())
                       for rel in relations.values() for p in (rel.phrase, rel.inverse_phrase))
        self.venue_types = venues | (frozenset() if founding else self.building_types)
        self.venue_items = bool(self.venue_types)
        # a graph whose items are all people (scientists, painters): a year is when one was born
        # (not "artist": a music graph's artists are bands too, which formed, not were born)
        # a graph of animals (racehorses, famous dogs): an item's year is its birth, and "he" /
        # "she" may name one ("Secretariat ... he was ridden by Ron Turcotte")
        # (never where the graph says its items were made: "a robot dog made by Sony", "a media
        # player made by Apple", red team 191)
        made = any(_made_items(rel, self.item_types, heads, tails) for rel in relations.values())
        self.animal_items = bool(self.item_types) and all(animal_type((t,)) for t in self.item_types) and not made
        self.people_items = bool(self.item_types) and not made and all(
            person_like_type(t) and type_last_word(t) not in ("artist", "creator", "founder") for t in self.item_types)
        # a graph of people or animals whose items declare their year a birth ("born": the same
        # number as "year"): "born in 1917", "Born in 1756, X" date it; without the declaration a
        # person's year may be an accession, a first flight (red team of the closing read: "Hadrian
        # was born in 117" on a graph of emperors dated by accession)
        dated = [numeric for kind, _, _, numeric in self.info.values() if kind == "item" and "year" in numeric]
        self.birth_years = (self.people_items or self.animal_items) and bool(dated) and all(
            any(numeric.get(key) == numeric["year"] for key in BIRTH_KEYS) for numeric in dated)
        # a graph whose items are all battles or sieges: "In 1805, Nelson won the Battle of
        # Trafalgar" dates the battle (winning, losing or fighting one is the event itself)
        self.fought_items = bool(self.item_types) and type_word_set(self.item_types) <= _FIGHTS
        # a graph that says who discovered its items (elements, comets, species): an item's year
        # is its discovery ("Germanium, discovered in 1886, ...")
        # (or first introduced, described, invented: a graph's one verb of first finding or making
        # a thing that was not built, "Hevelius introduced Scutum in 1684"; its forms are
        # ``discovering``)
        finding_relations = {verb: [rel for rel in relations.values() if rel.domain
                                    and verb in (rel.phrase or "").lower().split()
                                    and ((rel.phrase or "").lower().split()[-1:] == ["by"]
                                         or (rel.inverse_phrase or "").lower().split()[-1:] == [verb])
                                    and set(rel.domain) <= set(self.item_types)] for verb in _ORIGIN_FORMS}
        # (the finder its agent: "was described by", not "was introduced to" a country, code review 50)
        origins = [verb for verb, rels in finding_relations.items() if rels]
        if len(origins) > 1:
            origins = [v for v in origins if v == "discovered"]  # (which one's year? discovery, or none)
        if origins and origins != ["discovered"]:
            # a verb of first finding besides "discovered" dates the items only where its relation
            # is the graph's one relation of an event ("was ...", "first ...", a past verb): on a
            # graph that also says "was first climbed by" or "was launched", the year may be that
            # event's (red team 158: "Rebmann sighted Kilimanjaro in 1889", the first ascent's year)
            events = [rel for rel in relations.values() if rel.name not in self.user_relations
                      and rel.name != "rated" and _event_phrase(rel)]
            found = finding_relations[origins[0]]
            dated = [eid for eid, (kind, typ, _, numeric) in self.info.items() if kind == "item"
                     and any(typ in rel.domain for rel in found) and "year" in numeric]
            if [rel.name for rel in events] != [rel.name for rel in found] or not all(
                    any(self.tail_count(eid, rel.name) for rel in found) for eid in dated):
                origins = []  # (and every dated item of its kind has that event: no species
                # "described" in its year that the graph does not say anyone described)
        self.discovered_items = bool(origins) and not venues and not self.people_items \
            and not self.animal_items
        if self.discovered_items:
            self.venue_types = venues
            self.venue_items = bool(venues)
        self.discovering = frozenset(w for v in origins for w in _ORIGIN_FORMS[v]) if self.discovered_items \
            else frozenset()
        # the relations of working in a field ("worked in", "specialized in"; not "studied", "opposed"):
        # read here, from the edges, not with the entities (whose tables are kept without the edges)
        into_fields = {name for ids in self.practitioners.values() for f in ids
                       for _, _, name in self.graph.in_edges(f, keys=True)}
        self.field_relations = frozenset(
            name for name in into_fields if name in relations
            and set((relations[name].phrase or "").lower().split()) & _WORKING_WORDS)
        # relations read "in" ("is located in", "premiered in") and the types they end in: "a
        # museum in Rome", "the National Theatre in London" say where
        phrased_in = frozenset(r.name for r in relations.values() if r.name not in self.user_relations
                               and ((r.phrase or "").lower().split()[-1:] == ["in"]
                                    or (r.phrase or "").lower().split() in (["is", "part", "of"], ["are", "part", "of"])
                                    or _in_the_range(r)))
        # a relation whose phrase is its name, declared with a cue of place (WebNLG's "location"):
        # "the AZAL Arena in Shuvalan" says where the arena is, never where a club that plays
        # there is (red team 141: "Qarabağ FK plays at the Tofiq Bahramov Stadium in Aghdam")
        self.declared_in = frozenset(r.name for r in relations.values() if r.name not in self.user_relations
                                     and r.name not in phrased_in
                                     and any(c.strip().lower() in _PLACE_CUES for c in r.cues))
        in_relations = phrased_in | self.declared_in
        # ("is part of" the Alps is "in" them: "a peak in the Alps"; "is in the country" Japan:
        # "a national university in Japan")
        self.located_in = (in_relations, frozenset(t for r in in_relations for t in tails.get(r, ()) if t)) \
            if in_relations else None
        # "a German-language play" says the play's own language: read only where every relation
        # tying something to a language says its own language ("is written / sung in", WebNLG's
        # "language"), none a language it was translated, dubbed or published into (red team 140)
        lingual = [r for r in relations.values() if type_word_set(
            (*(r.range or tails.get(r.name, ())), *(r.domain or heads.get(r.name, ())))) & {"language", "languages"}
            or "language" in r.name.lower()]
        said = [_relation_words(r) for r in lingual]
        self.only_own_languages = bool(said) and all(w & OWN_LANGUAGE_WORDS and not w & _OTHER_LANGUAGE for w in said)
        # the relations of an elevation ("X is 84 metres above sea level"), by name or phrase
        # (only a plain elevation: not a "top lift elevation", an "elevation gain" or a "cruising
        # altitude", red team 141)
        self.elevation = frozenset(r.name for r in relations.values() if _relation_words(r) & {"elevation", "altitude"}
                                   and not _relation_words(r) - _ELEVATION_WORDS)
        # relations said with "in" in their phrase or a declared cue, not in the past ("plays in",
        # "competes in"; not "was dubbed into", "formerly belonged to"): "in the X league" reads them
        self.said_in = frozenset(r.name for r in relations.values() if any(
            (w := (x or "").lower().split())[-1:] == ["in"] and w[0] not in ("was", "were", "had")
            for x in (r.phrase, *r.cues)))
        # a place in a place of another kind ("is a city in" a country): "Athens, Greece"
        within: dict[tuple[str, str], set[str]] = {}
        for r in in_relations:
            for h in heads.get(r, ()):
                for t in tails.get(r, ()):
                    if h and t and h != t and h.lower() in _PLACE_KINDS and t.lower() in _PLACE_KINDS:
                        within.setdefault((h, t), set()).add(r)
        self.within = {k: frozenset(v) for k, v in within.items()}
        # ... and "at" ("premiered at", "is brewed by"): "created by Mike Saboe at Toppling
        # Goliath", "first staged by Peter Hall at the Aldwych Theatre" say where (or who) made it
        at_relations = frozenset(r.name for r in relations.values() if r.name not in self.user_relations
                                 and (r.phrase or "").lower().split()[-1:] in (["at"], ["by"]))
        # the content words of each relation's phrase ("premiered in" -> {"premiered"})
        # relations declared in the past ("was born in", "was filmed in", "aired on"): said of
        # what is over, never by a present copula of place
        self.past_relations = frozenset(r.name for r in relations.values() if _past_verb_phrase(r.phrase))
        self.phrase_ends = {r.name: ((r.phrase or "").lower().split() or [""])[-1] for r in relations.values()}
        self.phrase_words = {r.name: frozenset((r.phrase or "").lower().split()) - _PHRASE_GLUE for r in relations.values()}
        # where an item was made ("was recorded at"): "Y produced it at Tannery Sound" says that place
        self.made_at = frozenset(r for r in at_relations if (relations[r].phrase or "").lower().split()[-1:] == ["at"]
                                 and set(relations[r].phrase.lower().split()) & _MADE_AT)
        self.place_relations = frozenset(r.name for r in relations.values() if r.name not in self.user_relations
                                         and (r.phrase or "").lower().split()[-1:] in (["in"], ["at"], ["on"]))
        # an item's place of origin ("comes from" a region): "made by X in Vermont" says where
        # the item was made, which is where it comes from
        places = {t.lower() for r in in_relations for t in (*heads.get(r, ()), *tails.get(r, ())) if t} \
            | _PLACE_TYPES | {"region", "state", "province", "county", "area"}
        self.origin_relations = frozenset(
            r.name for r in relations.values() if r.name not in self.user_relations
            and (r.phrase or "").lower().split()[-1:] == ["from"]
            and any((t or "").lower() in places for t in tails.get(r.name, ()))
            and all(head == "item" for head, _ in ends.get(r.name, ())))
        self.origin_types = frozenset(t for r in self.origin_relations for t in tails.get(r, ()) if t)
        # the types of the places an item is in or from ("a Glasgow club"; not a medium "painted in")
        self.place_types = frozenset(t for r in self.origin_relations | in_relations for t in tails.get(r, ())
                                     if t and t.lower() in _PLACE_KINDS)
        # ... and of any locality (a district, a town): "opened in 1957 in Les Corts"
        self.locality_types = frozenset(t for r in self.origin_relations | in_relations for t in tails.get(r, ())
                                        if t and t.lower() in _LOCALITY)  # (place_types among them)
        # the entity types seen as each relation's subject, by direction: a cue read forward
        # ("directed by") has the head type as subject, an inverse one ("directed") the tail's
        self.subject_types = {(r, True): frozenset(v) for r, v in heads.items()}
        self.subject_types.update({(r, False): frozenset(v) for r, v in tails.items()})
        copular = _copular_relations(relations, self.info, ends, tails)
        # the types the graph says are born or die ("was born in" a city): living things, so
        # "he" / "she" may name an item of one whose noun is also a thing's ("driver")
        self.born_types = frozenset(t for r in relations.values() if r.name not in self.user_relations
                                    and (r.phrase or "").lower().split() in _BIRTH_PHRASES
                                    for t in (r.domain or heads.get(r.name, ())) if t)
        # people whose given name is of one sex only ("Auguste Rodin"): who "she" does not stand
        # for (people by their type, not by birth: a filly named Victor Ludorum, red team 226;
        # never a ship named "Charles de Gaulle", nor one of no type, nor a writer or a performer,
        # whose pen or stage name may be of the other sex: "George Sand", "Alice Cooper", red team 225)
        self.given_sex = {eid: sex for eid, (kind, typ, label, _) in self.info.items()
                          if kind != "user" and person_like_type(typ)
                          and not type_word_set([typ]) & _STAGE_NAMED
                          and (sex := given_name_sex(str(label)))}
        # the same by the label's words ("the man behind X" after the name, see the checker);
        # a label two people of both sexes share is neither's
        sexed: dict[str, set[str]] = {}
        for eid, sex in self.given_sex.items():
            sexed.setdefault(fold(str(self.info[eid][2])).lower(), set()).add(sex)
        self.sexed_labels = {label: next(iter(s)) for label, s in sexed.items() if len(s) == 1}
        # the objects of a relation said "serves as a" / "is classified as a" are classes of the
        # item, not parts of it: "the Mosquito is a bomber" states it ("is a Merlin engine" does
        # not state "is powered by")
        # (and a person's "worked as" an occupation: "Marco Polo was a merchant"; a singer "has
        # the voice type" soprano, each object a person's noun and each subject a person: "Maria
        # Callas was a soprano", not an aircraft's "engine type", a tree's "fruit type" (red team
        # 219) nor an opera's "lead voice type" (red team 221); these relations only: another
        # into the same type, "switched from" a voice, states no class, red team 221)
        # declared phrases whose own words include "also" ("also worked as a": a further role),
        # whose "also" says no fact shared with another name (see :meth:`declared_also`)
        # (without a last article: "also worked as conductors" of two)
        self.also_phrases = frozenset(
            tuple(words[:-1] if words[-1] in ("a", "an") else words) for r in relations.values()
            for p in (r.phrase, r.inverse_phrase)
            if len(words := (p or "").lower().split()) > 1 and "also" in words)
        self.class_relations = frozenset(
            r for r in copular if r in relations and (
                (relations[r].phrase or "").lower().split()[-2:] in (["as", "a"], ["as", "an"])
                or _occupation(relations[r]) or self._typed_people(relations[r], tails, heads, tail_labels)))
        self.class_types = frozenset(t for r in self.class_relations for t in tails.get(r, ()) if t)
        # a past position or voice said bare ("played / sang as"): "was a defender", and apposed
        # without a tense ("Lippi, a defender, ..."), never "is a" (a coach who played as a
        # defender, red team 220; "played as a" keeps its older reading, any tense)
        self.past_positions = frozenset(r for r in copular if r in relations
                                        and (relations[r].phrase or "").lower().split() in ([w, "as"] for w in _ACTED_AS))
        # the relations declared as the item's class ("is a", "is classified as a"): what "X is
        # one" answers after "If you are after a coffee liqueur,"
        # (in the present, in so many words: not "was built as a", "was first sold as a", "is often
        # misidentified as a", red team 187)
        self.declared_classes = frozenset(
            Cue(r.name, True) for r in relations.values() if r.name not in self.user_relations
            and (r.phrase or "").lower().split() in _CLASS_PHRASES)
        range_nouns = _range_nouns(relations, self.user_relations, self.info, tails, heads)
        # the one relation that ends in a type ("series" -> in_series): "a novel from the
        # Hainish Cycle" names it by the object's type
        item_types = self.item_types
        owner: dict[str, set[str]] = {}
        for r, types in tails.items():
            # (of the relations said of items: "works at" a university is an instructor's, so
            # "a course from Yale" still names the one that offers it)
            if r not in self.user_relations and heads.get(r, set()) & item_types:
                for t in types:
                    owner.setdefault(t, set()).add(r)
        self.range_owner = {t: next(iter(rs)) for t, rs in owner.items() if len(rs) == 1
                            and t and t.lower() not in _GENERIC_TYPES and t not in item_types}
        # of those, the ones "from" may name: who made or offers it ("is offered by": "a course
        # from Yale") or the whole it is part of ("a novel from the Hainish Cycle"), never a
        # part, kind or topic ("a beer from Cascade" says nothing of its hops)
        self.from_owner = {t: r for t, r in self.range_owner.items() if r in relations and (
            relations[r].phrase.lower().split()[-1:] == ["from"] or _offered_by(relations[r].phrase)
            or any(w in relations[r].phrase.lower().split() for w in ("series", "part", "cycle", "collection")))}
        # the registry's own phrases, lower-cased words: "composed the music for" says no more
        # than its relation (not "the only composer")
        # where a route ends, by the relation of where it starts ("departs from" -> "terminates in"):
        # "runs from A to B", said of the same items
        # (of places only: a driver who "started at" a team and "finished at" another ran no route)
        def _to_places(rel: Any) -> bool:
            return bool(type_word_set(rel.range or tails.get(rel.name, ())) & _LOCALITY)

        ends = [rel for rel in relations.values() if route_end(rel.phrase) == "end" and _to_places(rel)]
        self.route_ends = {
            rel.name: frozenset(e.name for e in ends if set(e.domain) & set(rel.domain) or not (e.domain and rel.domain))
            for rel in relations.values() if route_end(rel.phrase) == "start" and _to_places(rel)}
        # relations that connect their subject with each object ("links up with"): "links A with B"
        # (not of people or organisations, who join, link up with or connect to others otherwise)
        self.connecting = frozenset(
            rel.name for rel in relations.values() if connecting_phrase(rel.phrase)
            and not {t.lower() for t in rel.domain} & (PERSON_TYPES | _FIRM_WORDS | {"organisation", "organization"}))
        # the verbs of the registry's first events ("first flew at", "was first climbed by"):
        # "first flew in 1952" is the item's year, as "first aired in 1999"
        self.first_verbs = frozenset(words[k + 1] for rel in relations.values() for p in (rel.phrase,) if p
                                     for words in (p.lower().split(),) for k in range(len(words) - 1)
                                     if words[k] == "first" and words[k + 1].isalpha())
        # what "is held in" a place (a festival, a race: an event, not a painting held in a
        # museum nor a castle held by a family) was "first held in 1946"
        self.held_types = frozenset(t for rel in relations.values() if rel.phrase
                                    and rel.phrase.lower().split()[:3] in _HELD_PHRASES
                                    for t in rel.domain or heads.get(rel.name, ()) if t
                                    and type_word_set([t]) & EVENT_KINDS)
        if self.held_types:
            self.first_verbs |= {"held"}
        # every phrase and cue the registry declares, as words ("made the first ascent of")
        self.own_phrases = frozenset(tuple(p.lower().split()) for rel in relations.values()
                                     for p in (rel.phrase, rel.inverse_phrase) if p)
        self.declared_forms = self.own_phrases | frozenset(tuple(p.lower().split()) for rel in relations.values()
                                                           for p in (*rel.cues, *rel.inverse_cues) if p)
        # (a verb of material, "is made from" a grape, takes no agent: "made by" may still say
        # another relation's maker)
        phrases = {rel.name: [p for p in (rel.phrase, rel.inverse_phrase, *rel.cues, *rel.inverse_cues) if p]
                   for rel in relations.values()}
        said = {name: verb_lemmas(*(p for p in ps if not _of_material(p))) for name, ps in phrases.items()}
        bare = {name: bare_lemmas(*(p for p in ps if not _of_material(p))) for name, ps in phrases.items()}
        # every word form the relations say as a verb of their own (not "serves as a": a role)
        self.said_verbs = verb_lemmas(*(p for ps in phrases.values() for p in ps if " as " not in f" {p.lower()} "))
        held_by: list[str] = []
        holds: list[str] = []  # "holds" said of the collection ("the library holds the Book of Kells")
        role_nouns: dict[str, set[tuple[str, ...]]] = {}
        doer_nouns: dict[str, set[tuple[str, ...]]] = {}  # (see below: "the author of")
        past_nouns: dict[tuple[str, ...], set[Cue]] = {}  # (see below: "its capital was")
        sports = any(set(f"{r.phrase} {r.inverse_phrase}".lower().split()) & _SPORT_WORDS for r in relations.values())
        # the one relation of a place to its animals, worded as a habitat ("is home to", "lives
        # in"), and to its features, worded as having or containing them ("has the landmark",
        # "is a landmark of"): never by the objects' type alone (a restaurant serves fish, a
        # hotel overlooks a lake)
        wildlife = {r.name for r in relations.values() if r.name not in self.user_relations
                    and {t.lower() for t in (r.range or tails.get(r.name, ())) if t} & WILDLIFE_TYPES
                    and _habitat(r.phrase, r.inverse_phrase)}
        # and the other way round: the one relation of animals (every subject type an animal's:
        # no tree, no cultivar, red team 186) to their places worded as their origin ("is native
        # to": "comes from", not that they live there now: the dodo, red team 185), only where no
        # other relation links the animals and places of those types, either way ("went extinct
        # in", "was once home to", red teams 185, 186)
        natives = {r.name for r in relations.values() if r.name not in self.user_relations
                   and (r.domain or heads.get(r.name, ()))
                   and all(t.lower() in WILDLIFE_TYPES for t in (r.domain or heads.get(r.name, ())) if t)
                   and not {t.lower() for t in (r.range or tails.get(r.name, ())) if t} & WILDLIFE_TYPES
                   and (r.phrase or "").lower().split() in (["is", "native", "to"], ["are", "native", "to"])
                   and not _other_links(r, relations, heads, tails, self.user_relations)}
        features = {r.name for r in relations.values() if r.name not in self.user_relations
                    and {t.lower() for t in (r.range or tails.get(r.name, ())) if t} & FEATURE_TYPES
                    and set(r.domain or heads.get(r.name, ())) & item_types
                    and _containing(r.phrase, r.inverse_phrase)}
        self.bare_led_forms: set[tuple[str, ...]] = set()
        # prizes the graph says are awarded, presented, won ... (not any "*_cup": a silversmith's
        # cup, a commemorative medal, code review 52)
        self.awarded_types = frozenset(
            t for rel in relations.values() if rel.name not in self.user_relations
            and set(f"{rel.phrase or ''} {rel.inverse_phrase or ''}".lower().split()) & _AWARD_WORDS
            for t in (*(rel.domain or heads.get(rel.name, ())), *(rel.range or tails.get(rel.name, ())))
            if t and prize_type([t]))
        class_of: set[Cue] = set()
        field_of: set[Cue] = set()
        for rel in relations.values():
            if rel.name in self.user_relations:
                continue  # the user's own relations are read by the user cues below
            # the verbs the other relations say: a synonym of this one's must not be among them
            taken = frozenset().union(*(v for name, v in said.items() if name != rel.name))
            taken_bare = frozenset().union(*(v for name, v in bare.items() if name != rel.name))
            # "covers" a topic is "is about" it; a band that covers a song is not
            topical = bool({w for t in (rel.range or tails.get(rel.name, ())) if t
                            for w in t.lower().replace("_", " ").split()} & _TOPIC_WORDS)
            team = {w for t in rel.domain or tuple(self.subject_types.get((rel.name, True), ())) if t
                    for w in t.lower().replace("_", " ").split()}
            sporting = bool(team & _TEAM_WORDS) or ("club" in team and sports)
            if not sporting and rel.domain and rel.range:
                # (or the team the object, of players: a footballer who "managed" a club "coached"
                # it; not a businessman's racing team, a jazz or a night club, red team 220)
                ranged = type_word_set(rel.range)
                sporting = ranged <= _SPORTS_TEAM_WORDS and bool(ranged & {"club", "team", "side", "squad"}) \
                    and type_word_set(rel.domain) <= _PLAYER_WORDS
            # a guest is a person: "X guested on Y" (a song "appears on" an album, no guest)
            personal = bool({t.lower() for t in rel.range or tails.get(rel.name, ()) if t} & (PERSON_TYPES | {"guest"}))
            domain_types = tuple(rel.domain or heads.get(rel.name, ()))
            domain_words = type_word_set(domain_types)  # (bridges: "spans")
            range_words = type_word_set(rel.range or tails.get(rel.name, ()))
            undertaken = _all_of(domain_words, _UNDERTAKINGS)
            # one end all schools, the other people: "attended" is schooling (see below)
            school_first = _schools_only(rel.domain or heads.get(rel.name, ())) and bool(range_words & PERSON_TYPES)
            person_first = _schools_only(rel.range or tails.get(rel.name, ())) and bool(domain_words & PERSON_TYPES)
            if undertaken and (led_form := led_once(rel.phrase)):
                self.bare_led_forms.add(tuple(led_form.split()))  # ("led by": never after "is", see checker)
            table = relation_cues(rel.name, rel.phrase, rel.inverse_phrase, tuple(rel.cues),
                                  tuple(rel.inverse_cues),
                                  tuple(dict.fromkeys(nouns.get(rel.name, ())
                                                      + _phrase_noun(rel.inverse_phrase, *rel.inverse_cues,
                                                                     former=_former(rel.phrase))
                                                      + _has_noun(rel.phrase, *rel.cues)
                                                      + range_nouns.get(rel.name, ())
                                                      + tuple(n for n in agent_nouns(rel.phrase, rel.inverse_phrase,
                                                                                     rel.cues, rel.inverse_cues)
                                                              if n != "patron" or personal
                                                              or range_words & _PATRONS))),
                                  taken=taken, taken_bare=taken_bare, topical=topical, sporting=sporting, personal=personal,
                                  cast=personal and bool(type_word_set(rel.domain or heads.get(rel.name, ()))
                                                         & _PERFORMED),
                                  spanning=bool(domain_words) and domain_words <= _SPANNING,
                                  schooling=bool((domain_words | range_words) & SCHOOL_WORDS),
                                  schooled=school_first or person_first,
                                  events=bool((domain_words | range_words) & EVENT_KINDS),
                                  event_heads=_all_events(domain_types),
                                  event_tails=_all_events(rel.range or tails.get(rel.name, ())),
                                  undertaken=undertaken,
                                  spoken=_all_of(domain_words, _SPOKEN),
                                  hanging=_all_of(domain_words, _HANGING),
                                  prized=prize_type(rel.domain or heads.get(rel.name, ())),
                                  founded_metal=_all_of(domain_words, CAST_KINDS),
                                  photographed=_all_of(domain_words, PHOTOGRAPH_KINDS),
                                  recorded=_all_of(domain_words, RECORDING_KINDS),
                                  item_kinds=domain_words,
                                  goods=_all_goods(rel.domain or heads.get(rel.name, ())),
                                  # (the kinds its stored objects have, of those declared:
                                  # a birthplace declared a sea or an island is an island)
                                  object_kinds=type_word_set(set(rel.range) & tails.get(rel.name, set())
                                                             or rel.range or tails.get(rel.name, ())),
                                  living=bool(domain_words) and (all(
                                      w in PERSON_TYPES or w in CHARACTER_WORDS or w in ANIMAL_WORDS
                                      for w in domain_words) or all(map(person_like_type, domain_types))
                                      or all(t in self.born_types for t in domain_types)),
                                  human=bool(domain_words) and (all(w in PERSON_TYPES for w in domain_words)
                                                                or all(map(person_like_type, domain_types))),
                                  group_objects=bool(rel.range or tails.get(rel.name)) and all(
                                      type_last_word(t) in GROUP_KINDS for t in rel.range or tails.get(rel.name, ())),
                                  placed=bool(range_words & _LOCALITY),
                                  terrain=bool(range_words & (_LOCALITY | _TERRAIN)),
                                  vessel=vessel_words(domain_words),
                                  minted=bool(domain_words) and domain_words <= MINTED_WORDS,
                                  formal=bool(range_words & CLASS_NOUNS) and not any(
                                      "form" in (other.phrase or "").lower().split() for other in relations.values()
                                      if other.name != rel.name),  # (another's own "is in the form of" wins)
                                  lingual=bool(range_words) and range_words <= {"language", "languages"},
                                  keyed=bool(range_words) and range_words <= _KEY_WORDS,
                                  towering=bool(domain_words) and domain_words <= _TOWERING,
                                  periodic=bool(range_words) and range_words <= _PERIOD_WORDS,
                                  grouping=bool(range_words) and range_words <= _GROUP_WORDS
                                  and rel.name not in named_tails and not domain_words & PERSON_TYPES,
                                  commissioned=_commission_verbs(rel.domain or heads.get(rel.name, ())),
                                  fought=bool(domain_words) and domain_words <= _FIGHTS,
                                  movable=bool(domain_words) and not domain_words & (PERSON_TYPES | VENUE_WORDS),
                                  corporate=bool(range_words) and range_words <= _FIRM_WORDS,
                                  subsidiary=_firms_owning_firms(rel.domain or heads.get(rel.name, ()),
                                                                 rel.range or tails.get(rel.name, ()))
                                  and self._one_owner_each({r.name for r in relations.values()
                                                            if (r.phrase or "").lower() == (rel.phrase or "").lower()}))
            head_nouns = tuple(n for n in _phrase_noun(rel.phrase, *rel.cues)
                               if n not in _phrase_noun(rel.inverse_phrase, *rel.inverse_cues))
            if _marriage(rel.phrase, rel.inverse_phrase):
                # a marriage holds both ways: "A married B", "B was married to A" (in the phrases'
                # tense: a marriage said "was" may be over, red team 108); "spouse" in the present
                # only; "wife" / "husband" only as the graph's own phrases say them (the graph
                # says no one's sex, red team 160)
                now = not past_phrase(rel.phrase) and not past_phrase(rel.inverse_phrase)
                wed = "is married to" if now else "was married to"
                married = relation_cues(rel.name, wed, wed, ("married", "wed"), ("married", "wed"),
                                        nouns=("spouse",) if now else ())
                for form, found in married.items():
                    table.setdefault(form, set()).update(
                        {*found, *(dataclasses.replace(c, forward=not c.forward) for c in found)})
            order = succession_nouns(rel.phrase)
            if order and set(rel.domain or heads.get(rel.name, ())) == set(rel.range or tails.get(rel.name, ())):
                # one of a kind after another ("succeeded"): "X's predecessor was Y", "Y's
                # successor was X" (where no other relation says the noun)
                nouns_said = {n for other in relations.values() if other.name != rel.name
                              for n in _phrase_noun(other.phrase, other.inverse_phrase, *other.cues, *other.inverse_cues)}
                if order[0] not in nouns_said:
                    _add_nouns(table, rel, (order[0],), of_head=False)
                if order[1] not in nouns_said:
                    _add_nouns(table, rel, (order[1],), of_head=True)
            if head_nouns:
                # a forward phrase "was a doctoral student of": the noun names the head, so its
                # noun forms read the other way round ("Pauli, a doctoral student of Sommerfeld",
                # "Sommerfeld's doctoral students")
                _add_nouns(table, rel, head_nouns, of_head=True)
            doers = tuple(n for n in maker_nouns(rel.phrase or "", rel.inverse_phrase or "",
                                                 works=bool(range_words) and range_words <= _PERFORMED)
                          if n not in head_nouns)
            if doers:
                # an active phrase of making whose inverse is passive ("wrote" / "was written
                # by"): the agent noun names the head ("Hume is the author of the Treatise", "the
                # Treatise's author"), as it names the tail of the passive phrase (not a role
                # that ends: "conducted" says no one "is the conductor of" it now, red team 204)
                _add_nouns(table, rel, doers, of_head=True)
                doer_nouns[rel.name] = {tuple(f.split()) for n in doers for f in (n, plural(n))}
            won = winning_head(rel.phrase or "", rel.inverse_phrase or "")
            if won is not None and not any("winner" in _phrase_noun(o.phrase, o.inverse_phrase, *o.cues, *o.inverse_cues)
                                           for o in relations.values() if o.name != rel.name):
                # "X won Y": X "is the winner of" Y, "Y's winner", "a winner of Y" (the noun names
                # who won, at either end; where no other relation says it)
                _add_nouns(table, rel, ("winner",), of_head=won)
            # (an agent noun of a past state between people only: no horse's "teacher", red team 193)
            range_types = tuple(rel.range or tails.get(rel.name, ()))
            between_people = bool(domain_types) and all(map(person_like_type, domain_types)) \
                and bool(range_types) and all(map(person_like_type, range_types))
            for noun in _past_nouns(rel, agents=between_people):
                for f in (noun, plural(noun)):
                    past_nouns.setdefault(tuple(f.split()), set()).add(Cue(rel.name, True, True))
            if {"attended", "studied at"} & {(rel.phrase or "").lower(), (rel.inverse_phrase or "").lower()} \
                    and (school_first or person_first) and not taken & {"study", "pupil", "student"}:
                # a school's pupils: "one of its pupils", "its former students include X" (the
                # noun names the person, at either end)
                _add_nouns(table, rel, PUPILS, of_head=person_first)
            ranges = rel.range or tails.get(rel.name, ())
            if (rel.phrase or "").lower().split() in (["is", "held", "by"], ["are", "held", "by"], ["is", "held", "at"],
                                                      ["are", "held", "at"], ["is", "held", "in"]) \
                    and type_word_set(ranges) and type_word_set(ranges) <= _COLLECTIONS \
                    and not type_word_set(rel.domain or heads.get(rel.name, ())) & (_COLLECTIONS | EVENT_KINDS | _HELD_RIGHTS):
                # a museum holds a work: "hangs in", "is in the collection of", "on display at"
                # (only where every holder is a museum, gallery or collection, and no museum is held)
                # (read after every relation: see below)
                held_by.append(rel.name)
            if (rel.phrase or "").lower().split() in (["holds"], ["hold"]) \
                    and (rel.inverse_phrase or "").lower().split() in (["is", "held", "by"], ["are", "held", "by"]) \
                    and type_word_set(rel.domain or heads.get(rel.name, ())) \
                    and type_word_set(rel.domain or heads.get(rel.name, ())) <= _COLLECTIONS \
                    and not type_word_set(ranges) & _COLLECTIONS:
                holds.append(rel.name)  # a library "holds" a work: the same, the other way round
            if rel.name in copular and (rel.phrase or "").lower().split() in (
                    ["uses", "a"], ["uses", "an"], ["contains"], ["includes"], ["houses"], ["features"]) \
                    and "tag" not in type_word_set(ranges) and not type_word_set(ranges) & PERSON_TYPES:
                # what an item "uses a" of or contains, it has: "BeOS has a hybrid kernel", "with a
                # microkernel", "Taipei 101 has an observation deck" (a kind's reading below needs
                # a phrase that classifies)
                table = _with_forms(table, _HAVING_NOW, Cue(rel.name, True))
            if rel.name in copular and (rel.phrase or "").lower().split() == ["featured"] \
                    and type_word_set(ranges) and type_word_set(ranges) <= _FEATURE_KINDS:
                # the same in the past: "the Cooper T51 featured a mid-engine layout": it "had" one,
                # "used" one (in the past only, as the phrase; only of features, technologies,
                # components: an episode "featured" a guest star, Games "included" sports, a tomb
                # "contained" a mummy, red team 191)
                table = _with_forms(table, _HAVING_THEN, Cue(rel.name, True))
            if rel.name in copular and not any(t.lower() in PROPER_TYPES for t in ranges) \
                    and not _agent_phrase(rel.phrase) and not set((rel.phrase or "").lower().split()) & (_DENYING | _TRADING) \
                    and (rel.phrase or "").lower().split() not in _MADE_ALONE \
                    and (not kind_type(ranges) or _classifying(rel.phrase, type_word_set(ranges))
                         or _naming_kind(rel.inverse_phrase, type_word_set(ranges))) \
                    and (not type_word_set(ranges) & _TIME_CLASSES or _of_its_time(rel.phrase, type_word_set(ranges))):
                # a kind, a genre or another class of the item ("a hatchback", "science fiction");
                # an engine or a dish is had, not been
                type_words = type_word_set(ranges)
                classing = kind_type(ranges) or mass_type(ranges) or bool(set(ranges) & self.class_types)
                # the guessed copula needs a kind noun after its object ("a fantasy novel", "a
                # worker-placement game") or, for a class of the item, a bare copula the clause's
                # end ("is science fiction.", "is a hatchback."; see constructions); a registry's
                # own "is a" cue is read as declared. Never for relations to people, labels,
                # companies or places: "a Cary Grant film" or "a Sub Pop band" is not a genre
                # (places and authors have their own readings, see _index_modifiers)
                if not set((rel.phrase or "").lower().split()) & _CONTAINING:
                    # (what is inside the item or offered by it is had, never been: "contains a
                    # chapel", "offers a spa"; not "is a spa"; a past occupation, "worked as", only
                    # in the past: "was a soldier")
                    forms = COPULA_FORMS + BARE_COPULAS
                    if [w for w in (rel.phrase or "").lower().split() if w != "also"][:1] == ["worked"] \
                            or rel.name in self.past_positions:  # (and "also worked as a")
                        # (a past occupation or position, "worked / played as": was one, red team 220)
                        forms = tuple(f for f in forms if f.split()[0] in ("was", "were"))
                    table = _with_forms(table, forms, Cue(rel.name, True, typed=True))
                if "tag" not in type_words and (classing or _had(rel.phrase)):
                    # the words of having: "a roadster with a V8 engine", "it has a hatchback
                    # body" (what an item has, never who: not for people, companies or places;
                    # nor a tag, free text: "a film with Steven Spielberg" may not be said of the
                    # tag "Steven Spielberg"); a kind or a genre is had only where its type's
                    # noun names it ("with a hatchback body", not "has a thriller")
                    # (what the item is made of, said "has a note of": "a chypre with peach")
                    had = _had(rel.phrase) and bool(type_words & _CONSTITUENTS) and not kind_type(ranges)
                    table = _with_forms(table, HAVING_FORMS, Cue(rel.name, True, typed=classing and not had))
                if mass_type(ranges) and "tag" not in type_words:
                    # a genre, a style, a cuisine is mixed: "mixes synth-pop and electronic music",
                    # "blends indie folk with Americana" (each one named is the item's)
                    table = _with_forms(table, _MIXING, Cue(rel.name, True))
            fields = type_word_set(ranges) & _FIELD_WORDS
            if (kind_type(ranges) or mass_type(ranges) or set(ranges) & self.class_types or fields) \
                    and "tag" not in type_word_set(ranges) and not any(t.lower() in PROPER_TYPES for t in ranges) \
                    and domain_words and not domain_words & PERSON_TYPES \
                    and not type_word_set(ranges) & _LANGUAGE_WORDS \
                    and _of_its_class(rel.phrase, type_word_set(ranges)):
                # a noun of the item before its class: "a work of documentary photography", "a
                # treatise of political philosophy", "an example of space photography"; "on" a
                # field or a topic ("a book on logic"), never a genre ("a film on horror"); only
                # where the relation says the item is of that class ("is a work of", "belongs to
                # the genre", "belongs to"), not one it criticizes, influenced, was translated
                # into (red team 166), is a precursor, a symbol or a parody of, influenced the
                # field of (red team 167); the type's own noun only on a graph of one item type (an
                # essay is no treatise: "X is a treatise of C, as is Y")
                table = _with_forms(table, _class_of_forms(domain_words if len(item_types) == 1 else set(),
                                                           fields, table), Cue(rel.name, True))
                class_of.add(Cue(rel.name, True))  # (and after a possessive: "Kant's treatise on ethics")
                if fields:
                    field_of.add(Cue(rel.name, True))
            range_words = {t.lower() for t in ranges if t}
            own_words, inverse_words = (rel.phrase or "").lower().split(), (rel.inverse_phrase or "").lower().split()
            domain = set(rel.domain or heads.get(rel.name, ()))
            if own_words in (["is", "home", "to"], ["are", "home", "to"]) \
                    and not range_words & PERSON_TYPES or wildlife == {rel.name}:
                # "is home to": a park "has" bison, "a park with bison" (not people: "has John")
                table = _with_forms(table, _HOME_HAVING, Cue(rel.name, True))
            if wildlife == {rel.name}:
                # the one relation to the animals of a place: "grizzly bears roam Denali", "both
                # shelter black bears"
                table = _with_forms(table, ROAMING, Cue(rel.name, False))
                table = _with_forms(table, SHELTERING, Cue(rel.name, True))
            if natives == {rel.name} and own_words in (["is", "native", "to"], ["are", "native", "to"]):
                # where it comes from: "the hoatzin comes from South America" (no verb of living
                # there now: red teams 185-188 found extinct, fossil and sessile animals "roaming")
                table = _with_forms(table, _NATIVE_FROM, Cue(rel.name, True))
            won = own_words in (["won"], ["wins"], ["has", "won"])
            received = own_words in (["received"], ["was", "awarded"], ["were", "awarded"])
            # (a prize received is won only where every object is a prize and every subject a
            # person or a team: no honorary degree, type certificate or nomination, and no museum
            # that acquired a trophy, red team 219)
            prized = (won or received) and _prizes_only(rel.range or tails.get(rel.name, ())) \
                and not type_word_set(rel.domain or heads.get(rel.name, ())) & _KEEPERS
            if (won and range_words & PRIZE_TYPES) or (received and prized):
                # a prize won: "took", "picked up", "was awarded" the Booker Prize (and a prize
                # received was won: "Mirzakhani won the Fields Medal")
                table = _with_forms(table, WINNING, Cue(rel.name, True))
                if received:
                    table = _with_forms(table, ("won", "has won", "have won"), Cue(rel.name, True))
                table = _with_forms(table, PRIZE_GOING, Cue(rel.name, False))
            if prized:  # "is a winner of" it ("a Ballon d'Or winner", see constructions.name_before_noun)
                table = _with_forms(table, PRIZE_WINNERS, Cue(rel.name, True))
            if own_words[:1] in (["was"], ["were"]) and own_words[1:] in ([p, "in"] for p in PLACE_MAKING) \
                    and _all_goods(rel.domain or heads.get(rel.name, ())):
                # "was built in" a country: the bare "made in" after "is" says the present (no
                # longer made there, red team 177; see constructions.present_led)
                self.bare_led_forms.update((p, "in") for p in PLACE_MAKING)
            if own_words in (["was", "built", "by"], ["were", "built", "by"]) and "build" not in taken \
                    and not type_word_set(ranges) & PERSON_TYPES and not any(
                        "built" in (o.phrase or "").lower().split() for o in relations.values() if o.name != rel.name):
                # a works or a firm that built the item: "was built at Doncaster Works" (no other
                # relation builds: "built at" a place would be where)
                table = _with_forms(table, _BUILT_AT, Cue(rel.name, True))
            if type_word_set(ranges) & _MAKER_TYPES and own_words in (
                    ["is", "produced", "by"], ["are", "produced", "by"], ["was", "produced", "by"]) \
                    and "make" not in taken:
                # a winery or a brewery makes what it produces: "is made by", "makes"
                table = _with_forms(table, _MADE_BY, Cue(rel.name, True))
                table = _with_forms(table, _MAKES, Cue(rel.name, False))
            if range_words & LABEL_TYPES and own_words in (
                    ["was", "released", "by"], ["is", "released", "by"], ["released", "by"], ["was", "issued", "by"],
                    ["is", "released", "on"], ["was", "released", "on"], ["released", "on"]):
                # a label's release: "came out on Columbia Records", "was released on Sub Pop"
                table = _with_forms(table, ON_LABEL, Cue(rel.name, True))
            if own_words in _WHERE_IT_IS and set(ranges) & self.place_types \
                    and domain <= item_types:
                # a place before the kind: "Celtic and Rangers are Glasgow clubs" (only with a kind
                # noun after the place; "Celtic is a Glasgow" says nothing)
                table = _with_forms(table, COPULA_FORMS, Cue(rel.name, True, typed=True))
            if own_words in (["is", "used", "in"], ["are", "used", "in"]) \
                    and type_word_set(domain) & INGREDIENT_TYPES:
                # an ingredient "is used in" a dish or a wine: it "goes into" it (not a tool or a place)
                table = _with_forms(table, GOING_INTO, Cue(rel.name, True))
            if inverse_words in (["is", "used", "in"], ["are", "used", "in"]) \
                    and type_word_set(ranges) & INGREDIENT_TYPES:  # ("is made from" a grape: it goes into it)
                table = _with_forms(table, GOING_INTO, Cue(rel.name, False))
            inverse_base, inverse_participle = participle_of(inverse_words[0]) if len(inverse_words) == 1 else ("", "")
            if inverse_base in _PLACING and own_words[-1:] in (["on"], ["in"], ["at"]) \
                    and not set(own_words) & _ONCE and not any(w.endswith("ed") for w in own_words):
                # "hosts" / "is available on": the item "is hosted on" it; "houses" / "is in": "is
                # housed in" (a present place of the item, said by the passive of the inverse verb)
                placed = f"{inverse_participle} {own_words[-1]}"
                table = _with_forms(table, (f"is {placed}", f"are {placed}", placed), Cue(rel.name, True))
            if ingredient_relation(rel, ranges, item_types):
                # what goes into a drink or a dish: "is made with", "both call for", "goes into"
                table = _with_forms(table, _MADE_WITH, Cue(rel.name, True))
                table = _with_forms(table, GOING_INTO, Cue(rel.name, False))
            if features == {rel.name}:
                # the one relation to the features of a place: "Half Dome stands in Yosemite",
                # "Yosemite includes Half Dome"
                table = _with_forms(table, FEATURE_IN, Cue(rel.name, False))
                table = _with_forms(table, FEATURE_OF, Cue(rel.name, True))
            words = (rel.phrase or "").lower().split()
            if len(words) >= 4 and words[-2] == "the" and words[-1].isalpha() \
                    and words[-1] not in type_word_set(ranges) | _NO_ROLE_NOUNS \
                    and words[-3] not in ("a", "an", "the") and not set(words[:-2]) <= {*BARE_COPULAS, "has", "have", "had"}:
                # "is part of the network" (of a company): "is part of Gimlet Media", "is part of
                # the Gimlet Media network" (the phrase's noun after the name is glue, as a type's is)
                for f in _inflect(" ".join(words[:-2]), declared=True)[0]:
                    table.setdefault(f, set()).add(Cue(rel.name, True))
                for t in ranges:
                    role_nouns.setdefault(t, set()).add((words[-1],))
            if type_word_set(ranges) & _SERIES_WORDS and (words[:3] in (["is", "part", "of"], ["are", "part", "of"])
                                                         or words[:2] in (["belongs", "to"], ["is", "in"])):
                # "is part of the series": "another entry in the Zelda series", "an installment in"
                for noun in ("entry", "installment", "instalment"):
                    for f in (f"is an {noun} in", f"an {noun} in", f"{noun} in", f"is an {noun} of", f"an {noun} of"):
                        table.setdefault(f, set()).add(Cue(rel.name, True))
            for t in ranges:
                noun = t.lower().replace("_", " ").split()
                words = rel.phrase.lower().split()
                if len(noun) == 2 and len(words) > 2 and words[-2:] == ["the", noun[0]]:
                    noun = noun[:1]  # "is made with the pasta" of a "pasta_shape"
                if noun and len(words) > len(noun) + 1 and words[-len(noun):] == noun and words[-len(noun) - 1] == "the":
                    # "belongs to the segment": "belongs to the off-road vehicle segment" (the
                    # type's noun after the name is glue, see constructions.type_words)
                    for f in _inflect(" ".join(words[:-len(noun)]), declared=True)[0]:
                        table.setdefault(f, set()).add(Cue(rel.name, True))
                    if len(words) > len(noun) + 2:  # "belong to Impressionism": the name alone
                        for f in _inflect(" ".join(words[:-len(noun) - 1]))[0]:
                            table.setdefault(f, set()).add(Cue(rel.name, True))
                        if words[-len(noun) - 2] in ("at", "for", "in"):
                            # "is aimed at the level": "a course at the Advanced level", "pitched
                            # at an Advanced level" (the preposition with the type's noun after)
                            table.setdefault(words[-len(noun) - 2], set()).add(Cue(rel.name, True))
                if noun and len(words) == len(noun) + 4 and words[-1] == "of" and words[-len(noun) - 1:-1] == noun \
                        and words[1:3] == ["in", "the"] and words[0] in ("is", "are", "was", "were"):
                    # "is in the key of": "is in G minor", "a symphony in G minor" (the type's noun
                    # and "of" are glue)
                    for f in [*_inflect(f"{words[0]} in")[0], "in"]:
                        table.setdefault(f, set()).add(Cue(rel.name, True))
            for form, readings in [*table.items(), *_co_forms(table)]:
                key = _form_key(pipe, form)
                cue_sets.setdefault(key, set()).update(readings)
        self.role_nouns = {t: frozenset(v) for t, v in role_nouns.items()}
        # the agent nouns that name a relation's head ("author" of "wrote"): the maker of a work
        # stays its maker, so they are read after a present copula too ("The author of X is Y")
        self.doer_nouns = {r: frozenset(v) for r, v in doer_nouns.items()}
        # the nouns of relations said only in the past ("was the capital of", "had the state
        # religion"), read forward (the owner the head) after a past copula only ("its capital
        # was Y"; "its capital is Y" would say it still is): see ``past_role_nouns``
        self.past_nouns = {f: frozenset(v) for f, v in past_nouns.items()
                           if not any(c.noun for c in cue_sets.get(f, ()))}
        # the relations to an item's class said "a N of" it, and those to a field said "a N on" it
        self.class_of, self.field_of = frozenset(class_of), frozenset(field_of)
        # the museum words of "is held by", none another relation says ("owned by" where the graph
        # has "is owned by"), but for a class named by its type ("belongs to the movement": the
        # entities tell a museum from a movement)
        classes = {r.name for r in relations.values()
                   if (r.phrase or "").lower().split()[-2:-1] == ["the"]
                   and not {"by", "owned", "owns", "owner"} & set((r.phrase or "").lower().split())
                   and (r.phrase or "").lower().split()[-1] in type_word_set(r.range or tails.get(r.name, ()))}
        for name, forward in [*((n, True) for n in held_by), *((n, False) for n in holds)]:
            for form in HELD_IN_COLLECTION:
                key = _form_key(pipe, form)
                for k in (key, (*key, "the")):  # ("belongs to the" of "belongs to the movement")
                    if (k == key or k in cue_sets) \
                            and all(c.relation == name or c.relation in classes for c in cue_sets.get(k, ())):
                        cue_sets.setdefault(k, set()).add(Cue(name, forward))
        # "X worked on Y": a person's part in an item, whichever the graph stores (directed,
        # scored, starred in ...): a relation said with an agent ("is directed by", "has music
        # by") or of acting; never a namesake, a place, a genre or a company
        worked = set()
        for rel in relations.values():
            heads = self.subject_types.get((rel.name, True), frozenset())
            ends = {t.lower() for t in self.subject_types.get((rel.name, False), ())}
            if rel.name in self.user_relations:
                continue
            if heads & item_types and ends & PERSON_TYPES and _agentive(rel.phrase, rel.inverse_phrase):
                worked.add(Cue(rel.name, False))
            elif {t.lower() for t in heads} & PERSON_TYPES and self.subject_types.get((rel.name, False), frozenset()) \
                    & item_types and _agentive(rel.inverse_phrase, rel.phrase):
                worked.add(Cue(rel.name, True))
        self.worked_on = frozenset(worked)  # (person -> item: "Julianne Moore from The Big Lebowski")
        self.people_in = frozenset(Cue(c.relation, not c.forward) for c in worked)  # (item -> person)
        if worked:
            for verb in ("worked", "works", "work"):
                if (verb, "on") not in cue_sets:  # (a graph's own "worked on" keeps its relation)
                    cue_sets[(verb, "on")] = set(worked)
        makers = [rel.name for rel in relations.values() if rel.name not in self.user_relations
                  and self.subject_types.get((rel.name, True), frozenset()) & item_types
                  and {t.lower() for t in self.subject_types.get((rel.name, False), ())} & PERSON_TYPES
                  and verb_lemmas(rel.phrase or "", rel.inverse_phrase or "") & _CREATING]
        if len(makers) == 1 and _agentive(relations[makers[0]].phrase, relations[makers[0]].inverse_phrase):
            # the graph's one person who makes its items ("was composed by" a perfumer): "X
            # created Y", "Y is the work of X" can say nobody else's part
            for form, forward in _SOLE_MAKER_FORMS:
                key = tuple(form.split())
                if key not in cue_sets:
                    cue_sets[key] = {Cue(makers[0], forward)}
        self.cues = {k: frozenset(v) for k, v in cue_sets.items()}
        # the relations of playing in an item ("X stars Y"): "Y in the lead" says one of them
        self.acting = frozenset(c.relation for c in self.cues.get(("stars",), ()) if c.forward and not c.noun)
        # a surname that is also a word of a relation ("Music by X": the person Chad Music) is
        # never read alone
        cue_words = {w for k in self.cues for w in k}
        self.surnames = {k: v for k, v in self.surnames.items() if not set(k.split()) & cue_words}
        self.tail_types = tails  # relation -> tail types seen
        # the noun phrase of a cue "is a / an / the <noun ...> <preposition>" ("is a type of", "is
        # the home of"), read as an apposition after a comma: "Gyokuro, a type of green tea, ..."
        # (not "a cave in" where caves are the items: "Lascaux, a cave in the Dordogne" is the
        # kind and a place, read so, whichever relation's the place is)
        self.apposed = {key[1:]: readings for key, readings in self.cues.items()
                        if len(key) > 3 and key[0] == "is" and key[1] in ("a", "an", "the")
                        and key[-1] in _NOUN_PHRASE_ENDS and not any(c.noun for c in readings)
                        and not (key[-1] in ("in", "at", "on") and key[-2] in self.type_nouns)}
        self._index_modifiers(relations)
        if ("on",) in self.cues and self.shown:
            # a topic's bare "on" ("a course on finance") leaves the network's or the platform's
            # ("a course on Coursera"): the object tells them apart
            self.cues[("on",)] = frozenset(self.cues[("on",)] | self.shown)
        # (of the "by" relations, the makers only: "directed by X at Warner Bros." is no maker's)
        at_relations = frozenset(r for r in at_relations if (relations[r].phrase or "").lower().split()[-1:] == ["at"]
                                 or r in {c.relation for c in self.by_authorship})
        at_types = frozenset(t for r in at_relations for t in tails.get(r, ()) if t and t.lower() not in PERSON_TYPES)
        self.located_at = (at_relations, at_types) if at_types else None
        # relations of lying on, through, under, over, along or near a place ("lies on", "runs
        # through", "is on the slopes of"): "a resort on Bald Mountain", "a railway tunnel under
        # the River Severn" say them after a name, as "a museum in Rome" says "is in"
        self.located_by: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for prep in set(SPATIAL_PREPOSITIONS.values()):
            said = frozenset(r.name for r in relations.values() if r.name not in self.user_relations
                             and spatial_phrase(r.phrase) == prep)
            types = frozenset(t for r in said for t in tails.get(r, ()) if t and t.lower() not in PERSON_TYPES)
            if types:
                self.located_by[prep] = (said, types)
        self.cue_matcher = PhraseMatcher(pipe.vocab, attr="LOWER")
        self.cue_matcher.add("R", [_pattern_doc(pipe, k) for k in self.cues])

    def _index_modifiers(self, relations: Any) -> None:
        """The readings of a name placed before another (see
        :func:`~kgexplain.consistency.lexicon.modifier_cues`), head as subject:

        * ``attributive`` ("the grunge band Nirvana", "the Seattle band Soundgarden", "an Alfred
          Hitchcock film"): the copula's readings ("is a"), origin ("from") and authorship;
        * ``possessive`` ("Alfred Hitchcock's Vertigo", "Seattle's Soundgarden", "Motörhead's
          Lemmy"): origin, authorship and membership.
        """
        copula = {Cue(c.relation, True) for c in self.cues.get(("is", "a"), ()) if c.forward}
        # origin and place: "a band from Seattle" / "a bistro in Soho" give "Seattle's X"
        origin = {Cue(c.relation, True) for k in (("from",), ("in",)) for c in self.cues.get(k, ())
                  if c.forward}
        # a kind in a place: "is a cave in" France gives "a French cave", "France's Lascaux" (before
        # the kind or the name only: "Athens, a Greek," is no kind, red team 127)
        placed_kinds = {Cue(r.name, True) for r in relations.values()
                        if kind_in_place((r.phrase or "").lower().split(),
                                         type_word_set(r.domain or self.subject_types.get((r.name, True), ())))
                        and type_word_set(r.range or self.tail_types.get(r.name, ())) & _LOCALITY}
        # a tag is free text: "a pixar film" may state it, "a Stanley Kubrick film" may not
        tags = {r.name for r in relations.values() if any(t.lower() == "tag" for t in r.range)}
        # a lower-case tag before a kind: "a cyberpunk thriller", "a dark comedy" (the item's tag)
        self.tag_cues = frozenset(Cue(r, True) for r in tags if r not in self.user_relations)
        self.genre_words = frozenset(label.lower() for kind, typ, label, _ in self.info.values()
                                     if (typ or "").lower() == "genre")
        # a person's nationality said by the country's adjective: "Chinua Achebe was Nigerian",
        # "a Nigerian novelist" (a relation "was a national / a citizen of" a country, see
        # lexicon.national_phrase; no place of birth: one may be born abroad)
        self.national = frozenset(
            Cue(r.name, True) for r in relations.values()
            if r.name not in self.user_relations and national_phrase((r.phrase or "").lower().split())
            and (subjects := tuple(r.domain or self.subject_types.get((r.name, True), ())))
            and all(map(person_like_type, subjects))
            and (objects := type_word_set(r.range or self.tail_types.get(r.name, ()))) and objects <= NATIONS)
        attributive = {c for c in copula if c.relation not in tags} | origin | placed_kinds | self.national
        # a league or series competed in: "a Premier League club", "a Formula One team"
        attributive |= {Cue(c.relation, True) for k in (("competes", "in"), ("compete", "in"))
                        for c in self.cues.get(k, ()) if c.forward and not c.noun}
        # who offers the item, or the whole it is part of, "from" may name ("a course from Yale"):
        # so may a name before the kind ("a Yale course") and a possessive ("Yale's Financial Markets")
        offered = {Cue(r, True) for r in set(self.from_owner.values()) if r not in self.user_relations
                   and implicit(relations[r], self.tail_types)
                   and not past_state_phrase(relations[r].phrase, relations[r].inverse_phrase)}
        # what goes into a drink or a dish, before its kind: "a gin cocktail", "a Campari drink"
        attributive |= {Cue(r.name, True) for r in relations.values() if ingredient_relation(r, r.range, self.item_types)}
        attributive |= offered
        # what a person specialized in, before "specialist" ("a downhill specialist"), what a
        # company specializes in before its kind ("a neoclassical ballet company")
        attributive |= {Cue(r.name, True) for r in relations.values() if r.name not in self.user_relations
                        and specialist_phrase((r.phrase or "").lower().split())}
        # what a maker makes, before its kind: "a soft-paste porcelain manufactory"
        attributive |= {Cue(r.name, True) for r in relations.values() if r.name not in self.user_relations
                        and making_phrase((r.phrase or "").lower().split(),
                                          type_word_set(r.domain or self.subject_types.get((r.name, True), ())))
                        and not any(map(person_like_type, r.range or self.tail_types.get(r.name, ())))}
        # a religion before the kind: "a Buddhist temple" (whatever the phrase: "is a holy site of")
        attributive |= {Cue(r.name, True) for r in relations.values()
                        if r.name not in self.user_relations and type_word_set(r.range) & _FAITH_TYPES
                        and not set((r.phrase or "").lower().split()) & _NOT_NOW}  # (not "was converted from")
        possessive, membership = set(origin) | offered | placed_kinds, set()
        authorship: set[Cue] = set()
        shown_all: set[Cue] = set()
        for rel in relations.values():
            subjects = type_word_set(rel.domain or self.subject_types.get((rel.name, True), ()))
            undertaking = _all_of(subjects, _UNDERTAKINGS)
            if rel.name not in self.user_relations and implicit(rel, self.tail_types) \
                    and (undertaking or not past_state_phrase(rel.phrase, rel.inverse_phrase)):
                # (a past state is no modifier: "Chelsea is a Roman Abramovich club" of "was owned by";
                # an undertaking's leader led it once: "Scott's Terra Nova Expedition")
                a, p, m = modifier_cues(rel.name, rel.phrase, rel.inverse_phrase,
                                        AUTHORSHIP | {"deliver", "give"} if _all_of(subjects, _SPOKEN)
                                        else AUTHORSHIP | {"cast"} if _all_of(subjects, CAST_KINDS)
                                        else AUTHORSHIP | PHOTOGRAPHING if _all_of(subjects, PHOTOGRAPH_KINDS)
                                        else AUTHORSHIP | {"perform"} if _all_of(subjects, RECORDING_KINDS)
                                        else AUTHORSHIP | {"lead", "command", "mount"} if undertaking else None)
                # (a speech's speaker is its author: "Lincoln's Gettysburg Address", "In 1863 Lincoln
                # delivered it")
                hosted = verb_lemmas(rel.phrase or "", rel.inverse_phrase or "") & {"host", "hosts", "hosted"}
                if not hosted or {t.lower() for t in self.tail_types.get(rel.name, ())} & PERSON_TYPES:
                    authorship |= a  # (a presenter hosts a show; a platform that hosts a course
                    # did not make it: "a course from Coursera" is no reading of "is available on")
                possessive |= p
                membership |= m
                shown = shown_cues(rel.name, rel.phrase, rel.inverse_phrase)  # "an HBO drama"
                attributive |= shown
                possessive |= shown
                shown_all |= shown
        self.shown = frozenset(shown_all)  # "a fantasy series on HBO", "created by X for Netflix"
        # a part named by the relation's noun, said with the object before it: "has a gold nib"
        parts: dict[tuple[str, ...], set[Cue]] = {}
        plurals: set[tuple[str, ...]] = set()
        for rel in relations.values():
            noun = had_part(rel.phrase) if rel.name not in self.user_relations else ()
            if noun:
                many = (*noun[:-1], plural(noun[-1]))
                parts.setdefault(noun, set()).add(Cue(rel.name, True))
                parts.setdefault(many, set()).add(Cue(rel.name, True))
                plurals.add(many)
        self.part_nouns = {k: frozenset(v) for k, v in parts.items()}
        self.part_plurals = frozenset(plurals)  # ("both have steel nibs")
        self.origin = frozenset(origin)  # "a band from Seattle": said with no year of its own
        item_types = {t for k, t, _, _ in self.info.values() if k == "item"}
        # items that come from a place (bands, restaurants) were formed or founded: their year
        # is that, not a debut ("Oasis debuted in 1991" is not what the graph's year says)
        made_in = {r.name for r in relations.values() if set((r.phrase or "").lower().split()) & MADE_IN}
        # whether any item is a work that is shown (a series, a film, a podcast): only such works
        # "first aired" or "premiered"
        self.shows_works = bool(type_word_set(item_types) & SHOWN_KINDS)
        # the item types a relation airs or streams ("airs on" a network): they run for years
        self.aired_types = frozenset(
            t for rel in relations.values()
            for t in (*(_subject_types_of(self, rel) if set((rel.phrase or "").lower().split()) & _AIRING else ()),
                      *(_object_types_of(self, rel) if set((rel.inverse_phrase or "").lower().split()) & _AIRING else ())))
        self.founded_items = any({t for t in self.subject_types.get((c.relation, True), frozenset()) & item_types
                                  if t.lower() not in _WORK_TYPES}
                                 for c in origin if c.relation not in made_in)  # (a tea is grown, not founded;
        # a series or a podcast from a country premiered, it was not founded)
        attributive |= authorship
        self.authorship = frozenset(authorship)  # "Vertigo by Alfred Hitchcock"
        # a bare "by" names who made it, not who sold it: "an HBO show" or "a Penguin book" says
        # the network or publisher, "a book by Penguin" does not
        # (a phrase of the user's own "is a <noun> by" says "by" itself: "is a fragrance by" a
        # house whose inverse is "released")
        sellers = {r.name for r in relations.values()
                   if any(w.startswith(_SELLING) for w in (r.phrase or "").lower().split())
                   or (any(w.startswith(_SELLING) for w in (r.inverse_phrase or "").lower().split())
                       and not _noun_by(r.phrase))}
        self.by_authorship = frozenset(c for c in authorship if c.relation not in sellers)
        # the relations of conceiving a work ("composed", "wrote", "painted"): "Aida is by Verdi"
        # where the works are no items (not "sang", "recorded": a performer's, red team 191)
        # (both phrases plain, "composed" / "was composed by": not "painted a portrait of" a
        # sitter, red team 192)
        self.conceived_relations = frozenset(
            r.name for r in relations.values()
            if all(_conceiving_phrase(p) for p in (r.phrase, r.inverse_phrase) if p))
        # the relations of releasing an item ("released", "is published by"): "came out in 1995
        # from X" names one of them, never a maker
        self.releasing = frozenset(r.name for r in relations.values() if any(
            w.startswith(("releas", "publish", "distribut", "issue", "launch"))
            for w in f"{r.phrase} {r.inverse_phrase}".lower().split()))
        # what a bare "by" may name in "by the same N": an author, or who made a part ("music by")
        self.by_relations = frozenset({c.relation for c in authorship} | {
            c.relation for key, found in self.cues.items() if len(key) == 2 and key[1] == "by"
            for c in found if c.forward and not c.noun})
        self.copula = frozenset(copula)
        # the types of what an item "is" by a guessed "is a" (its kinds: "arch dam", "railway
        # tunnel"; a relation of place may guess one too, so places may be among them)
        self.copula_types = frozenset(t for c in copula for t in self.tail_types.get(c.relation, ()) if t)
        self.attributive = frozenset(attributive)
        self.possessive = frozenset(possessive)
        self.membership = frozenset(membership)  # person as subject: "plays bass in Nirvana"
        # a band has members: on a graph that stores them, "band" / "group" needs some
        self.member_relations = frozenset(c.relation for c in membership)
        # a metadata line ("Heat (1995) · Michael Mann · crime") links each name to the item by
        # some relation of the graph, item first; it says no more than that
        self.metadata = frozenset(Cue(r.name, True) for r in relations.values()
                                  if r.name not in self.user_relations and not r.sensitive
                                  and implicit(r, self.tail_types))
        # (relation, direction) of a copula's readings, and of anything said of a predicate noun
        self.copula_pairs = frozenset((c.relation, c.forward) for c in copula)
        self.attributive_pairs = frozenset((c.relation, c.forward) for c in attributive)
        # the relations of one after another in a post: "X succeeded Y as N of Z" says N of both
        # (a phrase of succession, or any relation read "succeeded": WebNLG's "successor", red team 227)
        self.succession_relations = frozenset(r.name for r in relations.values() if succession_nouns(r.phrase)) \
            | frozenset(c.relation for key in (("succeeded",), ("was", "succeeded", "by"))
                        for c in self.cues.get(key, ()) if c.relation not in self.user_relations)
        self.describing_pairs = frozenset((c.relation, c.forward) for c in attributive | copula | self.tag_cues)
        self._index_players()

    def _index_players(self) -> None:
        """Player nouns ("drummer", "bass player") for the instruments the graph names, with
        the instrument relation's reading (person as subject): ``players[noun] = (ids, cues)``."""
        self.players: dict[str, tuple[tuple[str, ...], frozenset[Cue]]] = {}
        plays = frozenset(Cue(c.relation, True) for c in self.cues.get(("instrument",), ())
                          if c.noun and c.forward)
        if not plays:
            return
        instruments = {t for h, t, r in self.graph.edges(keys=True)
                       if any(c.relation == r for c in plays)}
        for eid in instruments:
            label = self.info[eid][2].lower()
            *kind, last = label.split() or [""]
            # "alto saxophonist" for an alto saxophone, "double bassist" for a double bass
            kinds = (f"{' '.join(kind)} {noun}" for noun in PLAYERS.get(last, ()) if kind and label not in PLAYERS)
            for noun in (*PLAYERS.get(label, ()), *kinds, f"{label} player"):
                ids, _ = self.players.get(noun, ((), plays))
                self.players[noun] = (tuple(dict.fromkeys(ids + (eid,))), plays)

    def _index_user_cues(self, relations: Any, pipe: Any) -> None:
        """User cues: "you loved X" (POS), "you watched X" (INT), "you disliked X" (NEG), and the
        forms of the graph's own user relations."""
        from spacy.matcher import PhraseMatcher

        self.user_cues: dict[tuple[str, ...], str] = {}
        user_words = [(w, "INT") for w in INTERACTION] + [(w, "NEG") for w in NEGATIVE]
        user_words += [(w, "POS") for w in POSITIVE]
        for r in self.user_relations:
            rel = relations.get(r)
            if rel is not None:
                table = relation_cues(r, rel.phrase, rel.inverse_phrase, tuple(rel.cues))
                label = "SENS" if rel.sensitive else "INT"
                user_words += [(f, label) for f, rd in table.items() if any(c.forward for c in rd)]
        for w, label in user_words:
            key = tuple(t.lower_ for t in pipe.tokenizer(w))
            if label in ("INT", "SENS") and self.user_cues.get(key) in ("POS", "NEG"):
                continue  # "loved" listed as a cue of `rated` keeps its stronger meaning
            self.user_cues[key] = label
        self.user_matcher = PhraseMatcher(pipe.vocab, attr="LOWER")
        self.user_matcher.add("U", [_pattern_doc(pipe, k) for k in self.user_cues])

    def is_part(self, types: Iterable[str]) -> bool:
        """Whether entities of ``types`` are parts or features of an item (see
        :func:`~kgexplain.consistency.lexicon.part_type`), not classes a relation says it serves
        as."""
        return part_type(types) and not set(types) & self.class_types

    def declared_also(self, lowers: Sequence[str], k: int) -> bool:
        """Whether the "also" at ``k`` is a word of a declared phrase said there whole ("X also
        worked as a conductor" for "also worked as a"): part of the relation, no sharing word."""
        for words in self.also_phrases:
            i = words.index("also")
            if k >= i and tuple(lowers[k - i:k - i + len(words)]) == words:
                return True
        return False

    def stored(self, head: str, relation: str, tail: str) -> bool:
        """Whether the edge ``(head, relation, tail)`` is stored (in that direction)."""
        data = self.graph._succ.get(head, {}).get(tail)
        return bool(data) and relation in data

    def ratings_of(self, user: str) -> dict[str, float]:
        """The user's best rating of each entity they rated (every rating the graph stores)."""
        best: dict[str, float] = {}
        for item, edges in self.graph._succ.get(user, {}).items():
            for r, attrs in edges.items():
                value = as_number(attrs.get("rating")) if r in self.user_relations else None
                if value is not None:
                    best[item] = max(best.get(item, value), value)
        return best

    def works_of(self, person: str, readings: Iterable[Cue]) -> set[str]:
        """The items a person stands in any of ``readings`` with, read with the item as subject
        (forward: item -> person, as "is directed by"; else person -> item)."""
        out: set[str] = set()
        for c in readings:
            side = self.graph._pred if c.forward else self.graph._succ
            out |= {x for x, data in side.get(person, {}).items() if c.relation in data}
        return out

    def _typed_people(self, r: Any, tails: dict[str, set[str]], heads: dict[str, set[str]],
                      tail_labels: dict[str, set[str]]) -> bool:
        """Whether relation ``r`` is phrased "has the <noun> type" between people and person nouns
        ("has the voice type" soprano)."""
        domain = [t for t in (r.domain or heads.get(r.name, ())) if t]
        return _typing_phrase(r.phrase) and not kind_type(tails.get(r.name, ())) \
            and _person_nouns(tail_labels.get(r.name, ())) and bool(domain) \
            and all(person_like_type(t) or t in self.born_types for t in domain)

    def relation_noun_at(self, lowers: Sequence[str], k: int) -> bool:
        """Whether a relation's noun (one to three words) starts at token ``k``, said now or only
        in the past ("his record label is X", "his teacher was X")."""
        return any(c.noun for size in (1, 2, 3)
                   for c in (*self.cues.get(tuple(lowers[k:k + size]), ()),
                             *self.past_nouns.get(tuple(lowers[k:k + size]), ())))

    def noun_fits(self, noun: str, kind: str, types: Any) -> bool:
        """Whether item noun ``noun`` (a type noun, a synonym, a practitioner's noun) may name an
        entity of ``kind`` / ``types``: an item of a type the noun names; a practitioner's noun
        names anyone (the field is its own claim)."""
        if noun in self.practitioners:
            return True  # (the field is checked as a claim of its own: "the physicist Marie Curie")
        return kind == "item" and bool(set(types) & self._all_noun_types.get(noun, frozenset()))

    def _one_owner_each(self, relations: AbstractSet[str]) -> bool:
        """Whether no head has two tails or more in the graph by ``relations`` (those of one
        phrase: no joint venture owned half and half, a subsidiary of neither owner, red team
        174's kept script; nor owned through two relations said alike, red team 233)."""
        return all(sum(sum(r in data for r in relations) for data in tails.values()) <= 1
                   for tails in self.graph._succ.values())

    def tail_count(self, head: str, relation: str) -> int:
        """How many tails ``(head, relation, ·)`` the graph stores (a game's platforms); of a
        relation said the same both ways, its ends either way (a skier's siblings)."""
        if relation in self.symmetric:
            return len(self.both_ways(head, relation))
        return sum(relation in data for data in self.graph._succ.get(head, {}).values())

    def head_count(self, tail: str, relation: str) -> int:
        """How many heads ``(·, relation, tail)`` the graph stores (a director's films)."""
        if relation in self.symmetric:
            return len(self.both_ways(tail, relation))
        return sum(relation in data for data in self.graph._pred.get(tail, {}).values())

    def both_ways(self, node: str, relation: str) -> set[str]:
        """The entities linked to ``node`` by ``relation``, stored either way."""
        return {z for side in (self.graph._succ, self.graph._pred)
                for z, data in side.get(node, {}).items() if relation in data}

    def edges_between(self, a: str, b: str) -> list[tuple[str, str, str, dict[str, Any]]]:
        """Every stored edge linking ``a`` and ``b``, either direction: (head, rel, tail, attrs)."""
        out = []
        succ = self.graph._succ
        for h, t in ((a, b), (b, a)):
            data = succ.get(h, {}).get(t)
            if data:
                out.extend((h, r, t, attrs) for r, attrs in data.items())
            if a == b:
                break
        return out


_SELLING = ("publish", "distribut", "releas", "licens", "aired", "airs", "broadcast", "sold", "sell",
            "label", "signed", "signs", "own", "host", "present", "manag", "operat", "run", "ran", "organi")
"""Words of relations of selling or showing, owning, running or hosting, which a bare "by" does not
state ("Chelsea is by Roman Abramovich", "Jeopardy is a series by Alex Trebek")."""
_CO_AUX = frozenset({"is", "was", "are", "were", "be", "been", "has", "have", "had", "also"})
_CO_NOT = frozenset({"with", "from", "by", "of", "in", "on", "at", "for", "to", "the", "a", "an",
                     "and", "is", "was", "are", "were", "has", "have", "had", "plays", "played"})


_CO_MAKERS = ("creat", "writ", "wrote", "direct", "produc", "star", "compos", "illustrat", "edit",
              "develop", "found", "design", "translat", "host", "present", "narrat", "author", "pen",
              "script", "paint", "record", "perform", "scor", "taught", "teach", "brew", "discover", "invent")
"""Verbs of making or acting that "co-" joins ("co-wrote", "co-starring"); not showing, signing or
influence ("co-aired", "co-signed" say nothing the graph holds)."""


_HAD_WITH = frozenset({"made", "topped", "served", "equipped", "fitted", "filled", "flavoured", "flavored",
                       "brewed", "cooked", "comes", "come", "garnished", "stuffed", "dressed", "built", "hopped",
                       "scented", "infused"})
"""Verbs of "is <verb> with" that say what an item has ("is topped with": "a pizza with basil")."""


_CONSTITUENTS = CONSTITUENT_NOUNS | {plural(w) for w in CONSTITUENT_NOUNS}
"""Attribute types of what an item is made of (see CONSTITUENT_NOUNS), in either number."""


_CREATING = frozenset({"write", "author", "compose", "design", "paint", "sculpt", "blend", "brew", "craft",
                       "choreograph", "invent", "build", "develop", "animate", "draw", "illustrate", "create",
                       "make", "architect", "engineer", "devise"})
"""Verbs of making a thing, whose maker "created" it (not "manages", "owns", "runs", "signed")."""

_SOLE_MAKER_FORMS = (
    *((f, False) for f in ("created", "creates", "create")),
    *((f"{b} created by", True) for b in ("is", "was", "are", "were")), ("created by", True),
    *((f"{b} the work of", True) for b in ("is", "was", "are", "were")), ("the work of", True),
    *((f"{b} {m} the work of", True) for b in ("is", "was", "are", "were") for m in ("both", "all", "also")),
    *((f"{b} {a} creation of", True) for b in ("is", "was") for a in ("a", "the")),
)
"""Cues of a graph's one relation to the person who makes its items (see GraphIndex)."""


def _noun_by(phrase: str | None) -> bool:
    """Whether a phrase is "is a <noun> by" ("is a fragrance by", "is a song by")."""
    words = (phrase or "").lower().split()
    return len(words) == 4 and words[0] in ("is", "was") and words[1] in ("a", "an") and words[2].isalpha() \
        and words[3] == "by"


_HAVING_NOW = tuple(f for f in HAVING_FORMS if not f.startswith("had"))
"""The present forms of having ("had a brass body" was once, red team 177)."""

_CONCEIVED_WORKS = frozenset({"composed", "wrote", "written", "painted", "authored", "sculpted", "drew", "drawn",
                              "choreographed", "designed"})
"""Past forms of verbs of conceiving a work, whose maker the work "is by"."""


def _conceiving_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is a plain verb of conceiving a work: "composed", "was composed by"."""
    words = phrase.lower().split()
    if len(words) == 3 and words[0] in ("is", "are", "was", "were") and words[2] == "by":
        words = words[1:2]
    return len(words) == 1 and words[0] in _CONCEIVED_WORKS


_FEATURE_KINDS = frozenset({"feature", "features", "component", "components", "layout", "layouts", "mechanism",
                            "mechanisms", "part", "parts"})
"""Type words of a machine's features, which it "had" or "used" where it "featured" them (not an
innovation or a device a fair or a magazine "featured", red team 192)."""
_HAVING_THEN = ("had", "had a", "had an", "used", "used a", "used an", "featured", "featured a", "featured an",
                "relied on", "relied on a", "relied on an", "came with", "came with a", "came with an")
"""The past forms of having ("the Lotus 25 had a monocoque chassis")."""

_BUILT_AT = ("built at", "was built at", "were built at", "were both built at", "was also built at",
             "were all built at", "were also built at")
"""Cues of a builder "at" whose works the item was built (see GraphIndex)."""


def had_part(phrase: str | None) -> tuple[str, ...]:
    """The part noun of a relation that says what the item's part is: "has a nib made of" ->
    ("nib",), "has a case of" -> ("case",), "has the engine layout" -> ("engine", "layout"), so
    that "has a gold nib", "with a V-twin engine layout" may say it (the object before the noun);
    () for any other phrase (not "has a libretto by", "has a hub at": an agent, a place)."""
    words = (phrase or "").lower().split()
    if len(words) < 3 or words[0] not in ("has", "have") or words[1] not in ("a", "an", "the"):
        return ()
    noun = words[2:]
    if noun[-1:] in (["of"], ["from"], ["in"]):
        noun = noun[:-1 - (noun[-2:-1] == ["made"])]  # "has a nib made of", "has a case of"
    elif words[1] != "the":
        return ()  # ("has a" said with no preposition: "has a" what?)
    if not 1 <= len(noun) <= 2 or not all(w.isalpha() and w not in _FUNCTION_WORDS for w in noun):
        return ()
    return tuple(noun)


def _had(phrase: str | None) -> bool:
    """Whether a relation's phrase says what the item has, so that "has" and "with" may say it
    ("has", "has the landmark", "features", "is topped with", "is made from", "is powered by"); not a
    verb of its own ("is free of", "exterminated", "has applied for", "has sold")."""
    words = (phrase or "").lower().split()
    if not words:
        return False
    if words[0] in ("has", "have", "with", "uses", "use", "features", "offers", "contains", "includes", "boasts",
                    "carries"):
        return not (len(words) > 1 and (participle(words[1]) or words[1] in ("no", "not", "never", "lost")
                                        or words[-1] in ("for", "to", "from", "on", "in", "at", "by", "against",
                                                         "with", "into", "over")))
    if words[-1] == "with" and len(words) >= 2:
        return words[-2] in _HAD_WITH and not set(words) & {"not", "never", "no", "once", "formerly"}
    if words[-1] in ("from", "of") and len(words) == 3 and words[:2] in (["is", "made"], ["are", "made"], ["is", "brewed"]):
        return True
    return len(words) == 3 and words[0] in ("is", "are") and words[2] == "by" and not _agent_phrase(phrase)


def ingredient_relation(rel: Any, ranges: Iterable[str], item_types: AbstractSet[str]) -> bool:
    """Whether ``rel`` names what goes into an item (a drink's spirit, a dish's ingredient): its
    range is an ingredient type and its phrase contains, uses or is based on / made from it
    ("contains", "is based on", "is made from", "has the key ingredient"), said of items."""
    words = (rel.phrase or "").lower().split()
    type_words = type_word_set(tuple(ranges))
    return bool(words and type_words) and type_words <= INGREDIENT_TYPES \
        and bool(set(rel.domain)) and set(rel.domain) <= item_types \
        and (words[0] in _INGREDIENT_VERBS and (len(words) == 1 or (
            words[-1] in INGREDIENT_TYPES and set(words[1:-1]) <= _MAIN_INGREDIENT_WORDS))
             or words[-2:] in (["based", "on"], ["made", "from"], ["made", "with"], ["made", "of"]))


_LANGUAGE_WORDS = frozenset({"language", "languages", "dialect", "dialects", "tongue"})
"""Type words of languages: a book "is in" one, and is no work of it (red team 168)."""
_CLASS_PHRASE_WORDS = frozenset({"is", "are", "a", "an", "the", "of", "in", "to", "belongs", "belong", "has",
                                 "work", "works", "example", "kind", "type", "form", "piece", "member", "style",
                                 "variety", "instance"})
"""The words a phrase saying an item is of a class may have ("is a work of", "belongs to the genre")."""


def _of_its_class(phrase: str | None, range_words: set[str]) -> bool:
    """Whether a relation's phrase says its subject is of the object's class: nothing but the
    words of :data:`_CLASS_PHRASE_WORDS` and the object type's own words ("is a work of", "belongs
    to", "belongs to the genre", "has the genre"; not "is a precursor of", "influenced the field
    of", "criticizes")."""
    words = (phrase or "").lower().split()
    return bool(words) and all(w in _CLASS_PHRASE_WORDS or w in range_words or w.rstrip("s") in range_words
                               for w in words)


_FIELD_WORDS = frozenset({"topic", "topics", "subject", "subjects", "theme", "themes", "field", "fields",
                          "branch", "branches", "discipline", "disciplines"})
"""Type words of fields and topics, which a work is "on" ("a treatise on ethics")."""
_WORK_NOUNS = ("work", "piece", "example")
"""Nouns any item may be called before its class ("a work of metaphysics")."""
_BOOKISH = frozenset({"treatise", "treatises", "novel", "novels", "essay", "essays", "text", "texts",
                      "monograph", "monographs"})
"""Type words of written works, each of which is also "a book" ("a book on logic")."""


def _class_of_forms(domain_words: AbstractSet[str], field: AbstractSet[str], own: Mapping[str, Any]) -> list[str]:
    """ "is a N of" (and "on", for a ``field``) where N names the item: a noun of its type
    (``domain_words``: "treatise") or a noun of :data:`_WORK_NOUNS` ("Leviathan is a treatise on
    political philosophy", "A and B are works of X"). Only after "is" / "are": in an apposition
    the words would be said of the clause's subject ("X criticizes rationalism, a work of German
    idealism", red team 166), and a form with "was a" would make a relation's own "was a" read
    as declared (a hurricane "was an eastern Pacific hurricane"). None for a preposition the
    relation's ``own`` forms already read alone ("a treaty on X" is then read as the apposition
    and its kind noun before "on")."""
    nouns = [w for w in domain_words if w.isalpha() and not w.endswith("s")] + list(_WORK_NOUNS) \
        + (["book"] if domain_words & _BOOKISH else [])
    out = []
    for noun in nouns:
        det = "an" if noun[0] in "aeiou" else "a"
        for prep in [p for p in (("of", "on") if field else ("of",)) if p not in own]:
            out += [f"is {det} {noun} {prep}", f"are {plural(noun)} {prep}"]
    return out


def _with_forms(table: dict[str, set[Cue]], forms: Iterable[str], cue: Cue) -> dict[str, set[Cue]]:
    """``table`` with ``cue`` added to each of ``forms`` (a new table: the relation's own is shared)."""
    return {**table, **{f: {cue} | table.get(f, set()) for f in forms}}


def _past_verb_phrase(phrase: str | None) -> bool:
    """Whether a phrase opens with a verb in the past ("studied at", "aired on", "was born in")."""
    w = (phrase or "").lower().split()
    return bool(w) and (w[0] in ("was", "were", "had") or (w[0].endswith("ed") and not w[0].endswith("eed"))
                        or w[0] in PAST_FORMS)


def _of_material(phrase: str) -> bool:
    """Whether a phrase says what an item is made of ("is made from", "are built of"), not who
    made it."""
    words = phrase.lower().split()
    return len(words) == 3 and words[0] in ("is", "are", "was", "were") and words[2] in ("from", "of") \
        and participle(words[1])


def _other_links(rel: Relation, relations: Mapping[str, Relation], heads: Mapping[str, Any], tails: Mapping[str, Any],
                 skip: AbstractSet[str]) -> bool:
    """Whether another relation (not of ``skip``) links entities of ``rel``'s subject types and
    of its object types, either way ("went extinct in" beside "is native to", "was once home to"
    from the place: red teams 185, 186)."""
    domain = {t.lower() for t in (rel.domain or heads.get(rel.name, ())) if t}
    range_ = {t.lower() for t in (rel.range or tails.get(rel.name, ())) if t}
    for r in relations.values():
        if r.name == rel.name or r.name in skip:
            continue
        heads_, tails_ = ({t.lower() for t in (r.domain or heads.get(r.name, ())) if t},
                          {t.lower() for t in (r.range or tails.get(r.name, ())) if t})
        if (heads_ & domain and tails_ & range_) or (heads_ & range_ and tails_ & domain):
            return True  # (either way: "was once home to" from the place, red team 186)
    return False


def _habitat(phrase: str | None, inverse_phrase: str | None) -> bool:
    """Whether a relation from a place to animals is worded as their habitat, in so many words
    ("is home to", "is inhabited by", "lives in"; not "was once home to", "is no longer home to")."""
    words, inverse = (phrase or "").lower().split(), (inverse_phrase or "").lower().split()
    return words in (["is", "home", "to"], ["are", "home", "to"], ["is", "inhabited", "by"], ["has", "the", "animal"]) \
        or inverse in (["lives", "in"], ["live", "in"], ["inhabits"], ["roams"], ["is", "found", "in"])


def _containing(phrase: str | None, inverse_phrase: str | None) -> bool:
    """Whether a relation from a place to its features is worded as having or containing them,
    in so many words ("has the landmark", "includes", "is a landmark of", "lies in"; not "has lost
    the landmark", "has a view of", nor "is formed in" a rock that "is the rock of" it)."""
    words, inverse = (phrase or "").lower().split(), (inverse_phrase or "").lower().split()
    return words in (["includes"], ["contains"], ["features"]) \
        or words[:1] == ["has"] and len(words) in (2, 3) and words[1:-1] in ([], ["the"], ["a"]) \
        and words[-1] in FEATURE_TYPES \
        or len(inverse) in (3, 4) and inverse[:1] == ["is"] and inverse[1:-2] in ([], ["a"], ["the"]) \
        and inverse[-2] in FEATURE_TYPES and inverse[-1] == "of" \
        and not (len(words) >= 2 and words[0] in ("is", "are", "was", "were") and participle(words[1])) \
        or inverse in (["is", "in"], ["lies", "in"], ["stands", "in"], ["is", "located", "in"], ["is", "inside"])


_OFFERING = AUTHORSHIP | _SHOWN | {"sell", "serve", "supply", "issue", "print", "bottle"}


_MEANS = frozenset({"power", "drive", "fuel", "propel", "flavour", "flavor", "sweeten", "season", "top",
                    "fill", "stuff", "inspire", "base"})
"""Verbs of "is <verb> by" whose object is a means or a part, not an agent: "a car with a V8
engine" says "is powered by" (not so "a game with IGN" for "was reviewed by")."""


def _agent_phrase(phrase: str | None) -> bool:
    """Whether a phrase "is <verb> by" names an agent (who reviewed, banned, imported it), so that
    no copula or verb of having may state it ("an IGN game", "a beer with Shelton Brothers")."""
    words = (phrase or "").lower().split()
    return words[-1:] == ["by"] and _verb_base(words[-2], _MEANS) not in _MEANS if len(words) >= 2 else False


def _offered_by(phrase: str) -> bool:
    """Whether "is <verb> by" names who made or offers the item, so that "from" may name them
    ("a course from Yale": offered by; "a film from Warner Bros.": distributed by); never who
    reviewed, banned, rated or owns it ("a game from IGN" is not "reviewed by IGN")."""
    made = _made_by(phrase, True, _OFFERING)
    return made is not None and made[1] and made[0] in _OFFERING


def _agentive(phrase: str, inverse_phrase: str) -> bool:
    """Whether a relation from a work to a person says the person's part in making or performing
    it: an agent ("is directed by", "has music by", "was crewed by") or acting ("stars",
    "stars in"); not "is named after" or "is about"."""
    words, inverse = (phrase or "").lower().split(), (inverse_phrase or "").lower().split()
    return words[-1:] == ["by"] or words[:1] in (["stars"], ["starring"], ["features"]) \
        or inverse[:1] in (["stars"], ["starred"], ["appears"], ["appeared"], ["acts"], ["acted"], ["plays"])


def _co_forms(table: dict[str, set[Any]]) -> list[tuple[str, set[Any]]]:
    """ "co-created", "was co-written by", "co-starring": a verb of a cue with the prefix "co-"
    reads the same (the parser then asks for a partner in that relation)."""
    out = []
    for form, readings in table.items():
        words = form.split()
        i = 0
        while i < len(words) and words[i] in _CO_AUX:
            i += 1
        if i < len(words) and words[i].isalpha() and len(words[i]) > 3 and words[i] not in _CO_NOT \
                and (words[i].endswith(("ed", "en", "ote", "ing", "ght"))
                     or words[i] in ("star", "stars", "teach", "teaches", "host", "hosts", "write", "writes")) \
                and words[i].startswith(_CO_MAKERS) and not any(c.typed for c in readings):
            out.append((" ".join([*words[:i], "co-" + words[i], *words[i + 1:]]), readings))
    return out


_PLACE_TYPES = frozenset({"city", "country", "place", "location", "venue"})
_PLACE_KINDS = _PLACE_TYPES | {"region", "state", "province"}
"""Types of the places an item is in or comes from ("a Glasgow club")."""
_KEY_WORDS = frozenset({"key", "keys", "tonality", "medium", "media", "technique", "paint"})
"""Type words of what a work is written or painted in, said "is in" ("is in E minor", "is in oil")."""
_LOCALITY = _PLACE_KINDS | {"district", "county", "town", "village", "borough", "neighbourhood", "neighborhood",
                            "municipality", "area", "island", "continent", "suburb", "commune"}
"""Types of any place something is in ("is in the district" Les Corts: "in Les Corts")."""
ANIMAL_WORDS = frozenset({"animal", "animals", "horse", "horses", "racehorse", "racehorses", "stallion", "mare",
                          "gelding", "colt", "filly", "dog", "dogs", "cat", "cats", "elephant", "whale", "dolphin",
                          "gorilla", "chimpanzee", "bear", "lion", "tiger", "panda", "pet", "pets"})
"""Type words of animals: born, not made; "he" or "she", not "it" alone (by a type's last word:
not a "dog breed")."""


def animal_type(types: Any) -> bool:
    """Whether a type of ``types`` names animals by its last word ("racehorse", "police_dog"; not
    "dog_breed")."""
    return any(type_last_word(t) in ANIMAL_WORDS for t in types)


CHARACTER_WORDS = frozenset({"character", "characters", "superhero", "superheroes", "superheroine", "hero",
                             "heroes", "heroine", "villain", "villains", "supervillain", "protagonist",
                             "sidekick", "detective", "mascot"})
"""Type words of fictional characters: "he" or "she" may name one ("Wonder Woman first appeared in
All Star Comics #8. She is published by DC Comics"), by a type's last word (not a "character set")."""


THING_WORDS = frozenset({
    "company", "studio", "label", "organization", "organisation", "city", "town", "village",
    "country", "state", "region", "province", "place", "location", "venue", "team", "band", "winery",
    "brewery", "distillery", "network", "channel", "comic", "comics", "magazine", "newspaper", "book",
    "issue", "album", "film", "movie", "series", "show", "universe", "realm", "planet", "island",
    "continent", "school", "university", "league", "power", "ability", "genre", "style", "movement",
    "language", "award", "prize", "work", "works", "novel", "novels", "novella", "story", "stories", "poem",
    "episode", "episodes", "occupation", "profession", "anthology"})
"""Type words of what is no one: never "he" or "she" (by a type's last word; not "publisher" nor
"distributor", which a person may be: red team 167, "Max Gaines published All Star Comics #8")."""


_PEOPLE_TOO = frozenset({"comic", "comics"})
"""Of :data:`THING_WORDS`, the words a compound type may use for people ("stand_up_comic", red
team 168): they name things only as the whole type ("comic", "comic_book")."""


def thing_type(types: Any) -> bool:
    """Whether the types of ``types`` name things, none of which is a person ("magazine",
    "comic"; not "stand_up_comic")."""
    return bool(types) and all(
        type_last_word(t) in THING_WORDS
        and (type_last_word(t) not in _PEOPLE_TOO or type_words(t) in (["comic"], ["comics"], ["comic", "book"]))
        for t in types)


def character_type(types: Any) -> bool:
    """Whether a type of ``types`` names fictional characters by its last word ("superhero",
    "comics_character")."""
    return any(type_last_word(t) in CHARACTER_WORDS for t in types)
_TERRAIN = frozenset({"river", "rivers", "lake", "lakes", "sea", "seas", "ocean", "oceans", "mountain", "mountains",
                      "hill", "hills", "coast", "bay", "strait", "road", "roads", "street", "square", "highway",
                      "route", "trail", "peninsula", "valley", "canal", "waterway", "waterways", "glacier", "volcano",
                      "plateau", "peak", "cliff", "beach", "harbour", "harbor", "fjord", "gulf", "pass", "forest",
                      "desert", "estuary", "reef", "park"})
"""Type words of features of the land and water a thing lies on, under or near, or runs through
(see :func:`~kgexplain.consistency.lexicon.spatial_forms`)."""


_NOT_SUBTITLE = frozenset({"with", "in", "of", "on", "at", "and", "or", "for", "to", "from", "by", "part",
                           "chapter", "episode", "vol", "vol.", "volume", "book", "season"})
"""First words of a title's tail that is no name of its own ("Die Hard: With a Vengeance",
"Kill Bill: Vol. 2", "Part II")."""


_SPANNING = frozenset({"bridge", "bridges", "viaduct", "viaducts", "aqueduct", "aqueducts", "span", "footbridge"})
"""Type words of things that go over what they cross ("spans", "over", "across"; not a tunnel, a
ferry or a runner)."""
_SERIES_WORDS = frozenset({"series", "franchise", "saga", "cycle", "trilogy"})
"""Type words of a whole whose parts are its entries ("an entry in the Zelda series")."""
_NO_ROLE_NOUNS = frozenset({"same", "other", "first", "last", "world", "way", "most", "best", "top", "end"})
"""Last words of a phrase "... the <word>" that name no kind of its object."""
VENUE_WORDS = frozenset({"museum", "gallery", "stadium", "arena", "theatre", "theater", "venue", "restaurant", "hotel",
                         "bar", "cafe", "café", "shop", "store", "library", "park", "school", "university", "hospital",
                         "building", "station", "airport", "zoo", "garden", "hall", "centre", "center", "cinema",
                         "bridge", "viaduct", "tunnel", "tower", "skyscraper", "dam", "castle", "palace", "church",
                         "cathedral", "temple", "mosque", "house", "monument", "lighthouse", "brewery", "winery",
                         "attraction", "ride", "coaster", "structure", "landmark", "trail", "route", "road",
                         "railway", "railroad", "canal", "highway", "pier", "harbour", "harbor", "market", "mall",
                         "resort", "aquarium", "planetarium", "observatory", "amphitheatre", "amphitheater",
                         "circuit", "racetrack", "speedway", "raceway", "racecourse", "velodrome", "fort", "fortress",
                         "citadel", "seaport", "square", "plaza", "aqueduct", "cemetery", "graveyard",
                         "necropolis"})
"""Type words of places and structures that open and are built."""
_RAIL_NETWORKS = frozenset({"metro", "subway", "tramway", "underground"})
"""Words of the types of urban rail networks, which open: "metro", "metro_system" (not a
"subway_car" or a "metro_map", red team 179)."""
_VENUE_TYPE_NAMES = frozenset({"golf_course", "golf_links", "racecourse", "race_course", "jazz_club", "nightclub",
                               "night_club", "supper_club", "comedy_club", "blues_club", "textile_mill", "cotton_mill",
                               "woollen_mill", "wool_mill", "silk_mill", "flax_mill", "paper_mill", "flour_mill",
                               "steel_mill", "saw_mill", "sawmill"})
"""Whole type names of venues whose words alone name none ("course": a golf course opens, a
university course does not; a jazz club opens, a football club does not)."""
_VENUE_LAST_WORDS = frozenset({"prison", "gaol", "jail", "penitentiary", "windmill", "watermill", "terminus"})
"""Type words of venues only as a type's last word ("a prison", not "a prison film", "a prison
riot": red team 158; no "mill", "terminal": a pepper mill, a computer terminal)."""
BUILDING_WORDS = frozenset({
    "museum", "gallery", "stadium", "arena", "theatre", "theater", "hotel", "library",
    "hospital", "building", "hall", "cinema", "tower", "skyscraper", "castle", "palace", "church", "station",
    "cathedral", "temple", "mosque", "house", "lighthouse", "amphitheatre",
    "amphitheater", "monastery", "abbey", "priory", "convent", "chapel", "basilica", "shrine", "pagoda",
    "synagogue", "fortress", "fort", "citadel", "villa", "mansion", "manor", "château", "chateau", "residence",
    "mausoleum", "tomb", "pyramid", "stupa", "minaret", "prison", "gaol", "jail", "penitentiary", "windmill",
    "watermill"})
"""Type words of buildings, which are built in a style ("was built in the Manueline style") and
whose style is their architecture (not a trail's, a ride's or a park's; not a monument's, which
may be a statue, a university's, which is an institution, red team 152). See :func:`building_type`."""
_NOT_BUILT = frozenset({"software", "fashion", "publishing", "record", "radio", "space", "music", "tv",
                        "television", "film", "game", "games", "code", "data"})
"""Words before a building word that make the type something else ("software library", "fashion
house", "space station", "record label")."""


def _compound_type(words: Sequence[str]) -> bool:
    """Whether a type's words make a compound noun of two or more words ("roller coaster")."""
    return len(words) > 1 and all(w.isalpha() and w not in _FUNCTION_WORDS for w in words) and len(words[-1]) > 2


_KIND_HEADS = frozenset({"dish", "system", "ship", "vessel", "boat", "car", "vehicle", "machine", "device",
                         "network", "game", "show", "series", "book", "drink", "beverage", "locomotive", "aircraft",
                         "company", "label", "character", "prize", "award", "medal", "trophy", "festival", "museum",
                         "building", "station", "bridge", "tower", "church", "school", "university", "park",
                         "garden", "theatre", "theater", "stadium", "tournament", "race", "route", "railway",
                         "line", "exchange", "instrument", "camera", "phone", "computer", "console", "engine",
                         "course", "team", "club", "chain", "journal", "magazine", "newspaper", "channel",
                         "airline", "orchestra", "restaurant", "hotel", "brand", "dam", "lake", "mill", "painting",
                         "sculpture", "statue", "novel", "film", "song", "album", "opera", "cake", "dessert", "pie",
                         "cheese", "wine", "diamond", "telescope", "satellite", "rocket", "probe", "coin",
                         "clock", "violin", "guitar", "drug", "vaccine", "trail", "tunnel", "canal", "port", "airport",
                         "city", "town", "village", "site", "settlement", "temple", "castle", "palace", "fort",
                         "cathedral", "monastery", "mosque", "volcano", "lighthouse",
                         "library", "hospital", "prison", "cemetery", "monument", "memorial", "fountain", "pyramid",
                         "tomb", "observatory", "agency", "company", "studio", "carrier", "tale", "player",
                         "quartet"})
"""Head nouns of compound types that still name the item alone ("pasta dish": "the dish"; not "dwarf
planet", "fashion house": see ``_NOT_A_KIND_OF`` and the kinds not listed)."""
_CLASSIFIER_HEADS = frozenset({"cultivar", "variety", "breed", "species", "strain"})
"""Head nouns of compound types that only classify the noun before them, which names the item
alone ("apple cultivar": "the apple", "dog breed": "a dog"; not "series": a race series is no
race, red team 181)."""
_NOT_A_KIND_OF = frozenset({"dwarf", "toy", "model", "former", "fake", "mock", "mini", "miniature", "sea", "teddy",
                            "pseudo", "quasi", "ex", "defunct", "imitation", "replica", "minor", "proto", "would"})
"""Words before a noun that make something no kind of it ("dwarf planet", "toy car", "sea lion")."""


def type_words(type_: str | None) -> list[str]:
    """The words of a type's name, in lower case ("police_dog" -> ["police", "dog"])."""
    return (type_ or "").lower().replace("_", " ").replace("-", " ").split()


PERSON_TYPE_WORDS = frozenset({"human", "person", "people", "man", "woman"})
"""Words that make a type a person's whatever its head noun ("human_calculator", red team 179)."""
_NO_GOODS = PERSON_TYPE_WORDS | {"mental", "living"}
"""Words that make a type of a product's head noun no product ("human_calculator", red team 179)."""


def _all_goods(types: Any) -> bool:
    """Whether every type of a relation's subjects is a product's (by its head noun: a "toy_store"
    is a shop, a "film" no product, red team 172)."""
    types = [t for t in types if t]
    return bool(types) and all(type_last_word(t) in LAUNCHED_GOODS and not set(type_words(t)) & _NO_GOODS for t in types)


_STRUCK_NOUNS = frozenset({"coin", "coins", "medal", "medals", "medallion", "medallions", "token", "tokens"})
"""Head nouns of the types of what is struck (no "crown": the regalia are a goldsmith's work)."""


def _struck_items(kg: Any, info: dict[str, tuple[str, str, str, dict[str, float]]]) -> frozenset[str]:
    """The coins and medals (by their type's head noun) that the graph says were struck or minted
    somewhere (an edge of a relation said "was struck / minted ..."): their year is their first
    striking ("first struck / minted in 1794", "introduced in 1967"); a cast coin, a cast medal
    has no such edge (red team 175)."""
    striking = {r.name for r in kg.relations.values()
                if {"struck", "minted"} & set(f"{r.phrase or ''} {r.inverse_phrase or ''}".lower().split())}
    out = set()
    for t in kg.triples():
        if t.relation in striking:
            for e in (t.head, t.tail):
                kind, type_, _, _ = info.get(e, ("", "", "", {}))
                if kind == "item" and type_last_word(type_) in _STRUCK_NOUNS:
                    out.add(e)
    return frozenset(out)


def launched_good(types: Any) -> bool:
    """Whether one of an item's types is a product's, by its head noun (see ``LAUNCHED_GOODS``)."""
    return any(type_last_word(t) in LAUNCHED_GOODS and not set(type_words(t)) & _NO_GOODS for t in types if t)


_MAKING_A_FEATURE = frozenset({"impounded", "impounds", "impound", "dammed", "dams", "created", "creates", "built",
                               "builds", "constructed", "completed", "excavated", "dug", "flooded"})
"""Words of a relation that makes the features it links (a reservoir "impounded by" a dam, "was
created by" it); not "formed" ("formed by a glacier", "forms part of the border": no maker)."""
def type_last_word(type_: str | None) -> str:
    """The last word of a type's name, the noun that says what its items are ("dog_breed" ->
    "breed", "railway_tunnel" -> "tunnel"); "" for no name."""
    return (type_words(type_) or [""])[-1]


def building_type(type_: str | None) -> bool:
    """Whether items of ``type_`` are buildings: its last word is one of :data:`BUILDING_WORDS`,
    and no word before it makes it something else ("space station", "fashion house")."""
    words = type_words(type_)
    return bool(words) and words[-1] in BUILDING_WORDS and not set(words[:-1]) & _NOT_BUILT
FIELD_TYPES = frozenset({"field", "fields", "discipline", "science", "specialty", "speciality", "field of study",
                         "research field", "research area", "area of study"})
"""Attribute types of a person's field of work: "a physicist" is someone whose field is physics."""
_WORKING_WORDS = frozenset({"work", "works", "worked", "field", "specializes", "specialized", "specialises",
                            "specialised", "specializing", "researches", "researched", "practises", "practices",
                            "practised", "practiced", "discipline"})
"""Words of a relation phrase of working in a field (not "studied", "taught", "opposed" it)."""
_PRACTICE = {"mathematics": "mathematician", "statistics": "statistician", "economics": "economist",
             "linguistics": "linguist", "music": "musician", "chemistry": "chemist", "astronomy": "astronomer",
             "philosophy": "philosopher", "architecture": "architect", "sculpture": "sculptor", "poetry": "poet",
             "painting": "painter", "photography": "photographer", "history": "historian", "engineering": "engineer",
             "astrology": "astrologer",
             "physics": "physicist", "genetics": "geneticist", "botany": "botanist", "zoology": "zoologist"}
"""Fields and who works in them, where the word is not "-ology" -> "-ologist"."""


def practitioner_noun(label: str) -> str | None:
    """Who works in a field of one word: "physics" -> "physicist", "bacteriology" ->
    "bacteriologist" (none for "quantum mechanics" or "radioactivity").

    >>> practitioner_noun("Physics"), practitioner_noun("bacteriology"), practitioner_noun("radioactivity")
    ('physicist', 'bacteriologist', None)
    """
    word = label.strip().lower()
    if " " in word or not word.isalpha():
        return None
    if word in _PRACTICE:
        return _PRACTICE[word]
    return word[:-1] + "ist" if word.endswith("ology") else None


_CORPORATE_ENDINGS = tuple(tuple(e.split()) for e in (
    "recording studios", "sound studios", "brewing company", "brewing co.", "brewing co", "records",
    "recordings", "studios", "studio", "pictures", "films", "entertainment", "books", "comics", "games",
    "publishing", "publishers", "brewery", "company", "corporation", "inc.", "ltd.", "group"))
"""Words for what kind of company a company is, after its name ("Harvest Records")."""
_FUNCTION_NAMES = frozenset({"new", "first", "one", "all", "best", "good", "great", "big", "little", "old"})
"""Words a company's name without its kind may not be alone ("New Line Cinema" keeps "New Line")."""


_FACILITY_HEADS = VENUE_WORDS | {"plant", "complex", "facility", "works", "mine", "base", "cosmodrome", "spaceport",
                                 "port", "terminal", "field", "refinery", "reactor", "laboratory", "farm"}
"""Last words of a shared kind tail of two or more words ("Nuclear Generating Station")."""


_PLANT_DESCRIPTORS = frozenset({"nuclear", "atomic", "power", "generating", "hydroelectric", "electric", "thermal",
                                "international", "regional", "municipal"})
"""Words before a shared kind tail that still describe the facility ("Gravelines Nuclear" of
"Gravelines Nuclear Power Station", where only "Power Station" is shared)."""


def _kind_tail_names(info: dict[str, tuple[str, str, str, dict[str, float]]],
                     forms: dict[str, list[str]]) -> dict[str, list[str]]:
    """Items whose label ends in words that say what kind of place they are, as the labels of
    other items of their type end ("Three Mile Island Nuclear Generating Station", "Bruce Nuclear
    Generating Station"): the name before them ("Three Mile Island", "Chernobyl" of "Chernobyl
    Nuclear Power Plant") is another name of the item. The tail is the longest that two or more
    items of the type share, of capitalised words that end in a place's or a facility's head noun,
    of the type's own words if it is one word ("Airport" of an airport; "Power Station"); never
    of works (films, symphonies: "Dawn of the Dead", "Mahler's Fifth Symphony"), and never a name
    that is another's, a possessive, a tail that is a name itself, or a rest shorter than three
    letters."""
    by_type: dict[str, list[tuple[str, list[str]]]] = {}
    for eid, (kind, type_, label, _) in info.items():
        if kind == "item" and type_ and not type_word_set((type_,)) & WORK_TYPES:
            by_type.setdefault(type_, []).append((eid, " ".join(fold(str(label)).split()).split()))
    # (a name that shares a word with a person's is none: "John F. Kennedy" of "John F. Kennedy
    # International Airport" names the man, red team 181)
    person_words = {w.lower() for kind, type_, label, _ in info.values() if (type_ or "").lower() in PERSON_TYPES
                    for w in str(label).replace(".", " ").split() if len(w) > 2}
    out: dict[str, list[str]] = {}
    for type_, labelled in by_type.items():
        own = type_word_set((type_,))
        tails: dict[tuple[str, ...], int] = {}
        for _, words in labelled:
            for i in range(1, len(words)):
                tail = tuple(w.lower() for w in words[i:])
                tails[tail] = tails.get(tail, 0) + 1
        for eid, words in labelled:
            for i in range(1, len(words)):
                tail = tuple(w.lower() for w in words[i:])
                if tails[tail] < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[i:]):
                    continue
                if tail[-1] not in _FACILITY_HEADS or (len(tail) < 2 and tail[-1] not in own) \
                        or words[i - 1].lower().endswith(("'s", "’s")):
                    continue
                cut = i
                while cut > 1 and words[cut - 1].lower() in _PLANT_DESCRIPTORS:
                    cut -= 1  # "Shippingport Atomic Power Station": "Shippingport" ("Power Station" shared)
                rest = " ".join(words[:cut])
                if rest[:1].isupper() and sum(c.isalpha() for c in rest) >= 3 and rest[-1:].isalnum() \
                        and rest.lower() not in forms and " ".join(tail) not in forms \
                        and rest.lower() not in _FUNCTION_NAMES and words[i - 1].lower() not in ("the", "of", "a", "and") \
                        and not {w.lower() for w in rest.replace(".", " ").split()} & person_words:
                    # (and with the tail's head noun or the type's: "the Beznau plant", "the
                    # Bruce station")
                    heads = dict.fromkeys((words[-1].lower(), type_.replace("_", " ").split()[-1].lower()))
                    out[eid] = [rest] + [f"{rest} {h}" for h in heads]
                break  # (the longest shared tail only)
    # a name two items share names neither, with its head noun too ("Beznau" of a nuclear plant
    # and a hydroelectric station: "the Beznau station" may be either, red team 181)
    rests = [names[0].lower() for names in out.values()]
    return {eid: names for eid, names in out.items() if rests.count(names[0].lower()) == 1}


def _short_names(kg: Any, info: dict[str, tuple[str, str, str, dict[str, float]]],
                 forms: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    """Items named "<attribute> <rest>" whose attribute they are linked to ("Chevrolet Camaro",
    made by Chevrolet): ``rest`` ("Camaro", "MX-5") is another name of the item, by lower-case
    form; a rest that is a number alone, lower-case or shorter than two letters is none. So is a
    subtitle of two words or more after ": " or " - " ("Return of the Jedi"), and the main title
    before ": " of two words or with a number ("The Witcher 3"); a short name that two items share
    names neither."""
    out: dict[str, list[tuple[str, str]]] = {}
    succ = kg.graph._succ
    for eid, names in _kind_tail_names(info, forms).items():
        for name in names:
            out.setdefault(name.lower(), []).append((eid, name))
    for eid, (kind, type_, label, _) in info.items():
        words = " ".join(fold(str(label)).split()).split()
        if kind == "attribute" and len(words) == 2 and "river" in (words[0].lower(), words[1].lower()) \
                and words[0].lower() != words[1].lower():
            # "the Thames" for the River Thames, "the Hudson" for the Hudson River
            rest = words[1] if words[0].lower() == "river" else words[0]
            if rest[:1].isupper() and rest.isalpha() and len(rest) > 2 and rest.lower() not in forms:
                out.setdefault(rest.lower(), []).append((eid, rest))
        if kind == "attribute" and (type_ or "").lower() in PROPER_TYPES - _PLACE_TYPES - PERSON_TYPES:
            # "Harvest" for Harvest Records, "Westlake" for Westlake Recording Studios: a
            # company's name without the word for what kind of company it is
            lowered = [w.lower() for w in words]
            size = next((len(e) for e in _CORPORATE_ENDINGS if lowered[-len(e):] == list(e) and len(words) > len(e)), 0)
            rest = " ".join(words[:-size]) if size else ""
            if rest[:1].isupper() and sum(c.isalpha() for c in rest) >= 3 and rest.lower() not in forms \
                    and rest.lower() not in _FUNCTION_NAMES and not rest.lower().startswith("the "):
                out.setdefault(rest.lower(), []).append((eid, rest))
        if kind != "item":
            continue
        label = " ".join(fold(str(label)).split())
        for other in succ.get(eid, {}):
            maker = other in info and (info[other][1] or "").lower() in PROPER_TYPES - _PLACE_TYPES
            prefix = info[other][2] if maker else ""  # (the maker's name, not a tag's or a place's)
            if not prefix or not label.lower().startswith(prefix.lower() + " "):
                continue
            rest = label[len(prefix) + 1:]
            if not rest[:1].isupper() or rest.isdigit() or sum(c.isalpha() for c in rest) < 2 \
                    or rest.lower() in forms:
                continue
            out.setdefault(rest.lower(), []).append((eid, rest))
        cut = max(label.rfind(sep) + len(sep) if sep in label else -1 for sep in (": ", " - ", " – ", " — "))
        rest = label[cut:].strip() if cut > 0 else ""
        if len(rest.split()) >= 2 and rest[:1].isupper() and not rest.split()[-1].isdigit() \
                and rest.split()[0].lower() not in _NOT_SUBTITLE and rest.lower() not in forms:
            # a subtitle names the item alone: "Return of the Jedi" for "Star Wars: Episode VI -
            # Return of the Jedi", "The Professional" for "Léon: The Professional"
            out.setdefault(rest.lower(), []).append((eid, rest))
        head = label.split(": ", 1)[0] if ": " in label else ""
        if head and (len(head.split()) >= 2 or any(c.isdigit() for c in head)) and head[:1].isupper() \
                and not head.isdigit() and head.lower() not in forms:
            # the main title before a subtitle names the item too: "The Witcher 3" for "The Witcher 3:
            # Wild Hunt" (not "Halo" where a series is named so)
            out.setdefault(head.lower(), []).append((eid, head))
    return out


_BESIDE_OR_BEFORE = frozenset({
    # beside, near, around, over or under it
    "next", "near", "nearby", "beside", "besides", "adjacent", "opposite", "behind", "across", "facing", "faces",
    "face", "alongside", "neighbours", "neighbors", "neighbour", "neighbor", "neighbouring", "neighboring",
    "overlooks", "overlooking", "borders", "bordering", "surrounds", "surrounded", "adjoins", "adjoin", "adjoining",
    "abuts", "abut", "close", "walk", "down", "around", "corner", "flanked", "attached", "connected", "atop",
    "over", "beneath", "below", "above", "north", "south", "east", "west", "front", "inside", "within", "part",
    "grounds", "site", "ruins", "top", "under", "underneath", "foot", "shadow", "upstream", "downstream",
    "between", "place", "gateway", "leads", "annex", "annexe", "gatehouse", "wing", "headquarters", "leased",
    "home",
    # a model, a sibling, a rival or a successor of it
    "replica", "modelled", "modeled", "sister", "twin", "copy", "imitation", "competes", "compete", "successor",
    "predecessor", "supersedes", "superseded", "succeeds", "succeeded", "precedes", "preceded", "descends",
    "descended", "derived", "grew", "evolved", "mimics", "mimic", "variant", "larger", "smaller", "taller",
    "bigger", "outlasted", "outlived", "sometimes", "stopped", "becoming", "being", "aims", "intends", "plans",
    "hopes",
    # its past or future
    "originally", "once", "previously", "formerly", "later", "earlier", "until", "renamed", "relocated", "moved",
    "demolished", "replaced", "due", "awaits", "await", "awaiting", "expected", "scheduled", "slated", "future",
    "upcoming", "will", "shall", "original", "past", "previous", "historic", "historical", "old", "prior",
    "onetime", "erstwhile", "before", "after", "since", "nicknamed", "dubbed", "called", "described", "wrongly",
    "mistakenly", "falsely", "rarely", "occasionally", "seldom", "seasonally", "temporarily", "illegally",
    "briefly"})
"""Words of a relation phrase that set its object beside, inside or around the item, make it a
model, rival or successor of the item, or put it in the item's past or future ("stands next to a",
"is part of a", "is a replica of a", "succeeds a", "was originally built as", "is due to open a"):
what it names is no kind of the item."""
_ACTED_AS = frozenset({"sang", "performed", "played", "fought", "boxed", "competed", "wrestled"})
"""The past forms of :data:`_ACTING_AS`: "played as" a defender says he was one."""
_WORKING_AS = (["works", "as"], ["worked", "as"], ["work", "as"])
"""Phrases of a person's occupation ("worked as" a merchant: he was one)."""
_ACTING_AS = frozenset({"works", "worked", "work", "sings", "sang", "sing", "performs", "performed", "perform",
                        "plays", "played", "play", "fights", "fought", "fight", "boxes", "boxed", "box",
                        "competes", "competed", "compete", "wrestles", "wrestled", "wrestle"})
"""Verbs of what a person does as what he is ("sang as a tenor": he was a tenor; "fought as a
heavyweight", "played as a goalkeeper"); not "began / started / debuted / retired as" (what he
was once), nor "trained as" (what he learned to be)."""


def _occupation(r: Any) -> bool:
    """Whether relation ``r`` is a person's occupation, "worked / works as" (its domain declared
    people): its objects are classes of the person ("Marco Polo was a merchant"); "worked as" in
    the past only (see :func:`implicit`; a building that "worked as" a prison is none now, red
    team 196)."""
    words = [w for w in (r.phrase or "").lower().split() if w != "also"]  # ("also worked as a")
    domain = type_word_set(r.domain)
    return (words in _WORKING_AS or (len(words) in (2, 3) and words[0] in _ACTING_AS and words[1] == "as"
                                     and words[2:] in ([], ["a"], ["an"]))) \
        and bool(domain) and (domain <= PERSON_TYPES or all(map(person_like_type, r.domain)))


_AS_WHAT_IT_IS = frozenset({"serves", "serve", "functions", "function", "operates", "operate", "runs", "works",
                            "work", "is", "are", "acts", "such", "open", "today", "now", "stands", "opened",
                            "reopened", "rebuilt", "repurposed", "founded", "established", "consecrated", "converted"})
"""Words before "as" in a phrase that says what the item is now ("serves as", "reopened as", "was
founded as"); any other ("was built as", "began as", "resigned as", "was unveiled as") says what it
was meant, began or ceased to be, unless it is a state said in the present (:data:`_STATE_AS`)."""
_STATE_AS = frozenset({"used", "classed", "classified", "categorized", "categorised", "listed", "designated",
                       "registered", "recognized", "recognised", "described", "operated", "run", "managed",
                       "protected", "kept", "preserved", "maintained", "known", "sold", "marketed", "served",
                       "offered", "labelled", "labeled", "tagged", "rated", "ranked", "graded", "certified"})
"""Participles before "as" that say what the item is now when the phrase is in the present ("is
used as", "is preserved as", "has been listed as"), and what it was otherwise ("was used as",
"operated as")."""
_CONTAINING = frozenset({"contains", "contain", "contained", "includes", "include", "included", "houses",
                         "house", "housed", "hosts", "host", "hosted", "holds", "hold", "held", "offers", "offer",
                         "offered"})
"""Verbs of a relation whose object is inside the item or offered by it ("contains a chapel",
"offers a spa"): the item has it ("with a chapel", "has a spa"), it is not one ("is a chapel")."""
_PAST_STATE = frozenset({"a", "an", "the", "first", "once", "briefly", "used", "known", "run", "operated",
                         "served", "employed", "kept", "maintained", "managed", "preserved", "home", "called",
                         "named", "considered"})
"""Words after "was" / "were" that make a phrase a past state ("was a hospital", "was used as"),
not an event ("was designed by", "was completed in")."""


_TIME_CLASSES = frozenset({"period", "periods", "era", "eras", "movement", "movements", "school", "schools", "age",
                           "epoch", "dynasty", "reign"})
"""Types of the classes an item belongs to by its time or its circle: an item "is Georgian" or "is
Impressionist" only where the relation says it was made then or belongs there, not where it
"predates", "anticipates" or "was restored during" them (red team 134)."""
_OF_ITS_TIME = frozenset({"is", "are", "was", "were", "a", "an", "the", "of", "to", "from", "in", "during", "its",
                          "belongs", "belong", "belonged", "represents", "represent", "exemplifies", "dates", "date",
                          "dated", "built", "made", "created", "painted", "designed", "constructed", "written",
                          "composed", "erected", "completed", "sculpted", "drawn", "founded", "part", "member",
                          "example", "work", "product"})
"""The words of a relation phrase that puts an item in its period or movement (see :func:`_of_its_time`)."""


def _of_its_time(phrase: str | None, type_words: AbstractSet[str]) -> bool:
    """Whether a relation to a period, movement or school says the item is of it: it was made
    then, belongs to it or dates from it ("was built during", "belongs to the movement", "dates
    from"), and no other verb ("predates", "was restored during", "anticipates the movement",
    "parodies": red teams 134, 139)."""
    words = (phrase or "").lower().split()
    return bool(words) and all(w in _OF_ITS_TIME or w in type_words for w in words)


def _classifying(phrase: str | None, type_words: set[str]) -> bool:
    """Whether a relation to a kind of the item (a use, a body style, a building type) says the
    item is one: a copula ("is a", "is"), an "as" phrase with nothing after its object ("is used
    as", "serves as"), or a phrase naming the kind's own type ("has body style", "belongs to the
    segment"). "serves a hotel", "is used as a set for a" or "is nicknamed a" do not."""
    words = (phrase or "").lower().split()
    if words in (["is"], ["are"], ["is", "a"], ["is", "an"], ["are", "a"], ["is", "also", "a"]) \
            or (words[:2] in (["is", "a"], ["is", "an"]) and words[-1:] == ["of"] and len(words) <= 4):
        return True  # "is a", "is an example of", "is a kind of"
    if "as" in words and all(w in ("a", "an") for w in words[words.index("as") + 1:]):
        return True
    if any(w in ("became", "becomes") or (w == "into" and words[i - 1:i] in (
            ["converted"], ["transformed"], ["turned"], ["changed"], ["made"], ["remodelled"], ["remodeled"]))
           for i, w in enumerate(words)) and words[-1:] in (["a"], ["an"], ["into"]):
        return True  # "became a", "was converted into a": what it is now
    if type_words & {"format", "formats"} and words in (["airs"], ["plays"], ["broadcasts"], ["carries"]):
        return True  # a station's format: "airs talk radio" is "a talk radio station"
    return "as" not in words and bool({w for word in words for w in (word, word.rstrip("s"))} & type_words)


_NAMED_KINDS = frozenset({"style", "genre", "kind", "type", "category", "class", "classification", "breed", "species",
                          "subgenre", "school", "movement"})
"""Nouns of an inverse phrase "is the N of" that name a kind of the item (not a shape or a form:
"is the shape of" a temple's lotus flower, red team 162)."""


def _naming_kind(inverse_phrase: str | None, type_words: set[str]) -> bool:
    """Whether an inverse phrase names the kind the item is by the kind's own type ("is the style
    of": bebop is Monk's style, "a bebop pianist")."""
    words = (inverse_phrase or "").lower().split()
    return len(words) == 4 and words[:2] in (["is", "the"], ["is", "a"]) and words[3] == "of" and words[2] in type_words \
        and words[2] in _NAMED_KINDS


_THEMED = frozenset({"themed", "centred", "centered", "revolves", "revolve", "focused", "focussed"})
"""Participles and verbs whose "around" names a theme, not a place ("is themed around disease")."""


def _beside_or_before(words: list[str]) -> bool:
    """Whether a relation phrase's words say its object is no kind of the item (see
    :data:`_BESIDE_OR_BEFORE`): beside it, a model or successor, its past or future, what it was
    built as, or what it was converted from ("was converted into a" and "became a" say what it is)."""
    if set(words) & _BESIDE_OR_BEFORE and not (
            words[-1:] == ["around"] and len(words) >= 2 and words[-2] in _THEMED):
        return True  # (not "is themed around": a theme, no place around it)
    if "as" in words and any(w not in ("a", "an") for w in words[words.index("as") + 1:]):
        return True  # "is used as a set for a", "serves as an entrance to a": the object is not it
    if words[:1] == ["had"]:
        return True  # "had use", "had a function" (what it had)
    if words[:1] == ["served"] or (words[:1] in (["was"], ["were"]) and set(words[1:2]) & _PAST_STATE):
        return True  # "was a", "was used as", "had been a", "served as" (a past state)
    present = words[:1] in (["is"], ["are"]) or words[:2] in (["has", "been"], ["have", "been"])
    if any(w == "as" and i > 0 and words[i - 1] not in _AS_WHAT_IT_IS
           and not (words[i - 1] in _STATE_AS and present) for i, w in enumerate(words)):
        return True  # "was built as", "began as", "resigned as", "was used as": not what it is now
    if any((w == "based" and words[i + 1:i + 2] == ["on"])
           or (w in ("built", "designed", "made") and words[i + 1:i + 2] == ["for"] and words[i + 2:i + 3] in (["a"], ["an"]))
           for i, w in enumerate(words)) or any(w == "belongs" and words[i + 2:i + 3] in (["a"], ["an"])
                                                 for i, w in enumerate(words)):
        return True  # "is based on a sedan", "was built for a bank", "belongs to a monastery"
    if any(w == "become" and words[i - 1:i] == ["to"] for i, w in enumerate(words)):
        return True  # "is to become a", "aims to become a"
    if words[:1] in (["was"], ["were"]) and any(w in ("a", "an") for w in words[1:]) and "as" not in words \
            and not any(w.endswith("ed") or (participle(w) and len(w) > 4 and w != "often")
                        for w in words[1:next(i for i, w in enumerate(words) if w in ("a", "an"))]):
        return True  # "was then a", "was for years a", "was at one time a" (a past state)
    return any((w in ("converted", "transformed", "turned", "changed", "rebuilt", "grew", "adapted")
                and words[i + 1:i + 2] == ["from"])  # "was converted from a"
               or (w in ("sits", "sit", "stands", "stand", "lies", "lie", "located", "situated", "placed")
                   and words[i + 1:i + 2] == ["by"])  # "sits by a mill"
               for i, w in enumerate(words))


def implicit(r: Any, tails: dict[str, set[str]] | None = None) -> bool:
    """Whether relation ``r`` may be read with no words of its own: by "is a", a name before a
    noun, a possessive or a metadata line. Not a relation whose phrase states an absence, a refusal,
    a hedge or an opposition ("was turned down by", "was originally to be directed by",
    "dislikes"), a part's ("has a fork made of" steel is not "a steel bike") or a bare association
    ("is tied with")."""
    if negative_phrase(r.phrase, r.inverse_phrase):
        return False
    words = (r.phrase or "").lower().split()
    if _beside_or_before(words) and not _occupation(r):
        return False  # "stands next to a school", "was converted from a church", "was built as"
        # an office building: a neighbour or a past is no kind of the item ("X is a school")
    ranges = {w for t in (*r.range, *(tails or {}).get(r.name, ())) if t for w in t.lower().replace("_", " ").split()}
    if len(words) >= 4 and words[0] in ("has", "have", "uses", "use") and words[1] in ("a", "an", "the") \
            and not any(w in ranges or w.rstrip("s") in ranges for w in words[2:]):
        return False  # "has a fork made of" (not "has the architectural style": its range's noun)
    made = next((i for i in range(2, len(words) - 1) if words[i] in ("made", "built") and words[i + 1] in ("of", "from")), None)
    if made is not None and any(w not in ranges and w.rstrip("s") not in ranges and w not in _BE_HAVE_WORDS
                                for w in words[:made]):
        return False  # "has forks made of", "uses wheels made from"
    if words[-1:] == ["with"] and len(words) >= 2 and words[-2] not in _WITH_CLASS \
            and not _naming_kind(r.inverse_phrase, ranges):
        return False  # "is tied / crossed / served with X" (not where the other way names the
        # kind: "is associated with" a style that "is the style of" the item)
    if words[-1:] == ["to"] and (verb_lemmas(" ".join(words[:-1])) | {
            w[:-3] + "y" for w in words[:-1] if w.endswith("ied")}) & _HANDING:
        return False  # "shows to", "was lent to", "supplied to": a recipient, no kind or maker
    return True


_HANDING = frozenset({"show", "release", "lend", "loan", "sell", "give", "send", "export", "deliver", "donate",
                      "grant", "hand", "ship", "supply", "offer", "present", "transfer", "pass", "rent",
                      "lease", "bequeath", "return", "sent"})
"""Verbs of handing a thing over; "<verb> to X" names who receives it ("The Louvre shows to
schoolchildren": no "Schoolchildren museum")."""


_BIRTH_PHRASES = (["was", "born", "in"], ["was", "born", "at"], ["were", "born", "in"], ["died", "in"], ["died", "at"])
"""Phrases of a birth or a death: their subjects lived."""


def _typing_phrase(phrase: str | None) -> bool:
    """Whether a relation's phrase says that its object is the item's type: "has the voice type",
    "is of the type", "belongs to the category" (the object is then a kind of the item)."""
    words = (phrase or "").lower().split()
    return len(words) >= 3 and words[0] in ("has", "have", "is", "belongs", "belong") and words[-1] in KIND_TYPES \
        and words[-2] != "a" and "the" in words


_KEEPERS = frozenset({"museum", "museums", "gallery", "galleries", "library", "libraries", "archive", "archives",
                      "collection", "collections", "collector", "collectors", "dealer", "dealers", "auction", "house"})
"""Type words of who keeps or trades things: what they "received" they acquired, never won."""


def _prizes_only(types: Any) -> bool:
    """Whether every type of ``types`` is a prize's ("award", "football_trophy"; no "nomination")."""
    return bool(types) and all(type_last_word(t) in PRIZE_TYPES and "nomination" not in type_word_set([t])
                               for t in types if t)


def _person_nouns(labels: Any) -> bool:
    """Whether every label names a kind of person ("soprano", "mezzo-soprano", "bass-baritone")."""
    return bool(labels) and all(
        (words := str(label).lower().replace("-", " ").split()) and (
            person_like_type(str(label).lower()) or words[-1] in PERSON_TYPES or words[-1] in _VOICES)
        for label in labels)


_VOICES = frozenset({"bass", "alto", "treble", "countertenor", "soprano", "tenor", "baritone", "contralto"})
"""Voices a singer is ("a bass", "a countertenor")."""


def _copular_relations(relations: Any, info: dict[str, tuple[str, str, str, dict[str, float]]],
                       ends: dict[str, set[tuple[str, str]]],
                       tails: dict[str, set[str]] | None = None) -> set[str]:
    """Relations from items to attributes: "X is a grunge band" can state them. Read from the
    registry's domain and range where declared, else from the stored edges (``ends``: the
    (head kind, tail kind) pairs of each relation).

    A registry that declares no ``cues`` for such a relation gets the copula forms
    (:data:`~kgexplain.consistency.lexicon.COPULA_FORMS`) as forward cues; one that declares cues
    keeps exactly its own."""
    kinds: dict[str, set[str]] = {}
    for kind, type_, _, _ in info.values():
        if type_:
            kinds.setdefault(type_, set()).add(kind)
    out = set()
    for r in relations.values():
        if not implicit(r, tails):
            continue  # (see implicit)
        if r.domain and r.range:
            if all(kinds.get(t) == {"item"} for t in r.domain) \
                    and all(kinds.get(t) == {"attribute"} for t in r.range):
                out.add(r.name)
        elif ends.get(r.name) == {("item", "attribute")}:
            out.add(r.name)
    return out


_DIGIT_WORDS = {v: k for k, v in WORD_NUMBERS.items() if isinstance(v, int) and v > 0}


def _range_forms(form: str) -> list[str]:
    """The other ways to say a label that is a range of a counted noun ("2-5 players"): "2 to 5
    players", "two to five players", "two-to-five players" and, before a noun, "2-5 player" ("a
    2-5 player game"); a single count too ("2 players": "two players", "two-player")."""
    words = form.split()
    if len(words) != 2 or not words[1].isalpha() or not words[1].endswith("s") or len(words[1]) < 4:
        return []
    count, noun = words[0], words[1]
    one = noun[:-1]
    low, dash, high = count.partition("-")
    if dash and low.isdigit() and high.isdigit() and int(low) < int(high):
        out = [f"{low} to {high} {noun}", f"{low}-{high} {one}"]
        if int(low) in _DIGIT_WORDS and int(high) in _DIGIT_WORDS:
            a, b = _DIGIT_WORDS[int(low)], _DIGIT_WORDS[int(high)]
            out += [f"{a} to {b} {noun}", f"{a}-to-{b} {noun}"]
        return out
    if count.isdigit() and int(count) >= 2:
        out = [f"{count}-{one}"]
        if int(count) in _DIGIT_WORDS:
            out += [f"{_DIGIT_WORDS[int(count)]} {noun}", f"{_DIGIT_WORDS[int(count)]}-{one}"]
        return out
    return []


def _key(form: str) -> str:
    return "".join(form.lower().split())


class PhraseTable:
    """Where token sequences occur in a tokenized text: a trie over the tokens' lower-case forms.

    It finds what spaCy's ``PhraseMatcher(attr="LOWER")`` finds for the same patterns (every
    span, overlapping ones too, whose tokens' lower forms equal a pattern's), but is built from
    plain token tuples, so the entity names' tokenization can be cached (see
    :func:`_tokenized_forms`) instead of re-run by every process.

    >>> table = PhraseTable([("toy", "story"), ("toy", "story", "2"), ("story",)])
    >>> table.find(["toy", "story", "2", "and", "story"])
    [(0, 2), (0, 3), (1, 2), (4, 5)]
    """

    __slots__ = ("_root",)

    def __init__(self, patterns: Iterable[Sequence[str]]) -> None:
        root: dict[Any, Any] = {}
        for tokens in patterns:
            if not tokens:
                continue
            node = root
            for word in tokens:
                node = node.setdefault(word, {})
            node[None] = True  # a pattern ends here (None is never a token)
        self._root = root

    def find(self, lowers: Sequence[str]) -> list[tuple[int, int]]:
        """Every ``(start, end)`` token span of ``lowers`` that is a pattern, by start then end."""
        root = self._root
        n = len(lowers)
        out: list[tuple[int, int]] = []
        for s in range(n):
            node = root.get(lowers[s])
            k = s + 1
            while node is not None:
                if None in node:
                    out.append((s, k))
                if k >= n:
                    break
                node = node.get(lowers[k])
                k += 1
        return out


_FORMS_FORMAT = "kgexplain-checker-forms/1"
_CACHE_MIN_FORMS = 5000
"""Graphs with fewer entity names tokenize them in well under a second: nothing is cached."""


def _tokenized_forms(pipe: Any, spellings: list[str], short_end: list[str]
                     ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...] | None]]:
    """The lower-case tokens of each entity name, and of each ``short_end`` name followed by a
    period where the tokenizer merges that period into the last token (else ``None``).

    Tokenizing the tens of thousands of names of a real graph takes seconds, so the result is
    kept in kgexplain's cache folder (``checker/``, :mod:`kgexplain.cache`), keyed by the names
    and the spaCy version; a cache that cannot be read or written is skipped.
    """
    import spacy

    path = None
    if len(spellings) >= _CACHE_MIN_FORMS:
        from kgexplain.cache import cache_home

        h = hashlib.sha256(f"{_FORMS_FORMAT}|{spacy.__version__}|{pipe.lang}".encode())
        for part in (spellings, short_end):
            h.update(b"\x01")
            h.update("\x00".join(part).encode("utf-8", "surrogatepass"))
        path = cache_home() / "checker" / f"forms-{h.hexdigest()[:24]}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            tokens = [tuple(t) for t in data["tokens"]]
            period = [tuple(t) if t is not None else None for t in data["period"]]
            if data.get("format") == _FORMS_FORMAT and len(tokens) == len(spellings) \
                    and len(period) == len(short_end):
                return tokens, period
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.debug("ignoring the checker's cached names %s: %s", path, exc)
    tokens = [tuple(doc) for doc in _tokenize_many(pipe, spellings)]
    period = [tuple(doc) if doc[-1] != "." else None
              for doc in _tokenize_many(pipe, [f + "." for f in short_end])]
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"format": _FORMS_FORMAT, "tokens": tokens, "period": period},
                                      ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            logger.debug("could not cache the checker's names in %s: %s", path, exc)
    return tokens, period


_JOIN = "\n"


def _tokenize_many(pipe: Any, texts: list[str]) -> list[list[str]]:
    """The lower-case tokens of each of ``texts``, as ``pipe.tokenizer`` gives them one by one.

    spaCy's tokenizer cuts its input at whitespace first and tokenizes each piece on its own,
    and a newline is a token of its own; so texts joined by newlines tokenize as one document,
    three times faster than a Doc per name, and give the same tokens (tested on every name of
    the example graph). A text with a newline, other whitespace than single spaces, or space at
    its ends goes through the tokenizer alone.
    """
    plain = [i for i, t in enumerate(texts)
             if t and t == t.strip() and "  " not in t
             and not any(c.isspace() and c != " " for c in t)]
    out: list[list[str]] = [[] for _ in texts]
    if plain:
        k = 0
        for tok in pipe.tokenizer(_JOIN.join(texts[i] for i in plain)):
            if tok.text == _JOIN:
                k += 1
            else:
                out[plain[k]].append(tok.lower_)
    rest = set(range(len(texts))).difference(plain)
    for i in sorted(rest):
        out[i] = [t.lower_ for t in pipe.tokenizer(texts[i])]
    return out


_LOCK = threading.Lock()
_INDEXES: "weakref.WeakKeyDictionary[Any, GraphIndex]" = weakref.WeakKeyDictionary()


def index_for(kg: KnowledgeGraph) -> GraphIndex:
    """The cached index of ``kg`` (rebuilt when the graph has changed since)."""
    with _LOCK:
        idx = _INDEXES.get(kg)
        if idx is not None and idx.version == kg.version:
            return idx
    idx = GraphIndex(kg)
    with _LOCK:
        _INDEXES[kg] = idx
    return idx


def _in_the_range(rel: Any) -> bool:
    """Whether a relation's phrase is "is in the <its range's type>" and that type a place ("is in
    the country", "lies in the constellation"; not "is in the league", "is in the genre")."""
    words = (rel.phrase or "").lower().split()
    return len(words) == 4 and words[0] in ("is", "are", "lies", "lie") and words[1:3] == ["in", "the"] \
        and words[3] in {t.lower() for t in rel.range} and words[3] in _LOCALITY | {"constellation"}


_HOME_PLACES = frozenset({"ground", "grounds", "stadium", "venue", "arena", "field", "park", "base", "port", "city",
                          "town", "region", "country", "state", "island", "court", "track", "circuit"})
"""Nouns of a place that a "home <noun>" names ("home ground", "home city"): "the home of"."""

_TAXON_RANKS = frozenset({"genus", "family", "subfamily", "phylum"})
"""Type words of the ranks a living kind belongs to (a relation into one makes its subjects taxa)."""
_COMMON_KINDS = frozenset({"element", "elements", "mineral", "minerals", "metal", "metals", "gas", "gases",
                           "compound", "compounds", "chemical", "chemicals", "gemstone", "gemstones", "alloy",
                           "alloys", "isotope", "isotopes", "instrument", "instruments", "dance", "dances",
                           "dish", "dishes", "fabric", "fabrics", "textile", "textiles",
                           "disease", "diseases", "spice", "spices", "herb", "herbs", "fruit", "fruits",
                           "vegetable", "vegetables", "bird", "birds", "animal", "animals", "mammal", "mammals",
                           "reptile", "reptiles", "amphibian", "amphibians", "insect", "insects", "species",
                           "breed", "breeds", "plant", "plants", "flower", "flowers", "cheese", "cheeses",
                           "cocktail", "cocktails", "dessert", "desserts", "pastry", "pastries", "cake", "cakes",
                           "bread", "breads", "sport", "sports", "grape", "grapes", "cultivar", "cultivars",
                           "enzyme", "enzymes", "protein", "proteins", "hormone", "hormones", "vitamin",
                           "vitamins", "drug", "drugs", "antibiotic", "antibiotics", "molecule", "molecules",
                           "acid", "acids", "fungus", "fungi", "mushroom", "mushrooms", "rock", "rocks"})
"""Type words of items whose names are common nouns, written in lower case mid-sentence ("sodium",
"quartz", "bronze", "the saxophone", "the polka", "paella", "the kakapo", "the beagle",
"tiramisu", "pepsin", "insulin"), unlike a title or a proper name."""
_CLASS_PHRASES = tuple([b, *rest] for b in ("is", "are") for rest in (
    ["a"], ["an"], ["a", "kind", "of"], ["a", "type", "of"], ["classified", "as", "a"], ["classified", "as", "an"],
    ["classed", "as", "a"], ["classed", "as", "an"]))
"""Declared phrases that say an item's class now ("is a", "is classified as a")."""
_NATIVE_FROM = ("comes from", "come from", "is from", "are from", "hails from", "hail from")
"""What an animal is said to do with the place it is native to ("the hoatzin comes from South America")."""
_KINDS_IN_PLURAL = frozenset({"species", "breed", "breeds"})
"""Of :data:`_COMMON_KINDS`, those whose items are kinds, also named in the plural for all of their
kind ("beagles were bred for hunting"; not a bird, which may be one bird, "Alex" the parrot: red
team 188)."""
_PLAYED_PARTICIPLES = frozenset({"played", "portrayed", "voiced"})
"""Participles of a character's actor (a character is not born: "Born in 1977, Han Solo")."""
_MADE_PARTICIPLES = frozenset({"made", "built", "manufactured", "produced", "designed", "developed", "created",
                               "released", "launched", "invented", "assembled", "engineered", "constructed"})
"""Participles of making a thing (a person or an animal is none of these)."""


def _past_nouns(rel: Any, agents: bool = False) -> tuple[str, ...]:
    """The nouns a relation says only in the past, which :func:`_phrase_noun` and
    :func:`_has_noun` leave out: "was the capital of" (a state that ends), "was the state religion
    of" where the other phrase says "had", "had the official language", and, with ``agents`` (a
    relation between people), the agent of a past state ("was coached by", "taught": "coach",
    "teacher")."""
    phrase, inverse = rel.phrase or "", rel.inverse_phrase or ""
    said = _nouns((inverse,), ("was", "were"), 6, ending="of") + _nouns((phrase,), ("had",), 4) \
        + _nouns((phrase,), ("had",), 5, ending="of")
    if agents and said_in_past(phrase, inverse):  # the agent of a past state: "was coached by", "taught" -> "X's coach was Y"
        said += agent_nouns(phrase, inverse)
    now = set(_phrase_noun(inverse, former=_former(phrase))) | set(_has_noun(phrase))
    return tuple(n for n in dict.fromkeys(said) if n not in now)


def _add_nouns(table: dict[str, set[Cue]], rel: Any, nouns: tuple[str, ...], of_head: bool) -> None:
    """Add the noun forms of ``nouns`` to ``rel``'s ``table`` where no form is there yet: nouns
    that name the relation's tail ("its pupils" of a school that "was attended by" them) or, with
    ``of_head``, its head (read the other way round: "Sommerfeld's doctoral students")."""
    phrases = (rel.inverse_phrase, rel.phrase) if of_head else (rel.phrase, rel.inverse_phrase)
    for form, found in relation_cues(rel.name, *phrases, nouns=nouns).items():
        readings = {Cue(c.relation, c.forward != of_head, True) for c in found if c.noun}
        if readings and not table.get(form):
            table[form] = readings


def _made_items(rel: Any, item_types: AbstractSet[str], heads: Mapping[str, set[str]],
                tails: Mapping[str, set[str]]) -> bool:
    """Whether ``rel`` says items were made: "was made / built / released by" said of items, or
    its inverse ("made", "built") said of their makers; or that they are characters ("is played
    by", "appears in")."""
    subjects = set(rel.domain or heads.get(rel.name, ()))
    objects = set(rel.range or tails.get(rel.name, ()))
    for phrase, said_of in ((rel.phrase, subjects), (rel.inverse_phrase, objects)):
        words = (phrase or "").lower().split()
        if said_of and said_of <= item_types and len(words) == 3 and words[0] in ("is", "are", "was", "were") \
                and words[1] in _MADE_PARTICIPLES | _PLAYED_PARTICIPLES and words[2] == "by":
            return True
        if said_of and said_of <= item_types and words[-2:] in (["appears", "in"], ["appeared", "in"]):
            return True  # (a character: "Han Solo appears in Star Wars", red team 192)
    return False


def _schools_only(types: Any) -> bool:
    """Whether every one of ``types`` is a school's ("school", "boarding_school", "university"; not
    where a relation "attended" also reaches conferences, red team 189, nor academies, red team 191)."""
    words = [(t or "").lower().replace("_", " ").split() for t in types]
    return bool(words) and all(w and w[-1] in _PUPIL_SCHOOLS for w in words)


_PUPIL_SCHOOLS = frozenset({"school", "schools", "university", "universities", "seminary", "polytechnic"})
"""Type words of schools that have pupils (not an academy of learned members, a conservatory of
plants, an institute, red team 191; nor a gymnasium, a lyceum, a college of physicians, red team 192)."""


_FIRM_WORDS = frozenset({"company", "companies", "studio", "studios", "firm", "firms", "developer", "developers",
                         "manufacturer", "manufacturers", "organisation", "organization", "corporation", "practice",
                         "agency", "team", "label"})
"""Type words of organisations that make works ("the firm behind the Shanghai Tower")."""
_PARENT_HEADS = frozenset({"company", "corporation", "conglomerate", "firm", "organisation", "organization",
                           "automaker", "carmaker", "manufacturer", "bank", "airline", "network", "studio", "label"})
"""Head nouns of the types of firms that own firms (a "parent company"; not "group", a band's type
too: "The Beatles are the parent company of Apple Corps", red team 174's kept script; nor
"publisher", "broadcaster", "retailer", which may be people: red team 233)."""
_SUBSIDIARY_HEADS = frozenset({"company", "corporation", "firm", "studio", "label", "brand", "chain", "channel",
                               "network", "service", "agency", "newspaper", "magazine", "publisher", "house",
                               "airline", "bank", "manufacturer", "maker", "developer", "retailer", "broadcaster",
                               "operator", "business", "automaker", "carmaker"})
"""Head nouns of the types of firms and their brands that a parent company owns (not a building:
an opera house, a stadium; nor a works a firm owns, a distillery, a brewery, a station, which is
no subsidiary: "Talisker is a subsidiary of Diageo" stays rejected, as an earlier release's
withdrawal has it)."""


def _firms_owning_firms(domain: Any, range_: Any) -> bool:
    """Whether every subject type of a relation is a firm's or a brand's and every object type a
    firm's (of a relation "is owned by": "is a subsidiary of", "the parent company of"; not a
    person's yacht, a group's stadium, an investor's brewery, red team 229)."""
    domain, range_ = [t for t in domain if t], [t for t in range_ if t]
    return bool(domain) and bool(range_) \
        and all(type_last_word(t) in _SUBSIDIARY_HEADS and not building_type(t) for t in domain) \
        and all(type_last_word(t) in _PARENT_HEADS and not set(type_words(t)) & PERSON_TYPE_WORDS for t in range_)


_FIGHTS = frozenset({"battle", "battles", "siege", "sieges", "skirmish", "engagement", "engagements"})
"""Type words of items that are fought ("was fought in" where they "took place in")."""
EVENT_KINDS = frozenset({"festival", "fest", "race", "marathon", "conference", "tournament", "championship",
                         "competition", "event", "ceremony", "fair", "exhibition", "expo", "games", "olympics",
                         "cup", "match", "final", "concert", "convention", "summit", "carnival", "parade", "awards",
                         "regatta", "rally", "contest", "meeting", "congress", "symposium", "workshop", "gala"})
"""Type words of events: what is held at a place, takes place, is staged or hosted there."""


def _all_events(types: Any) -> bool:
    """Whether there are ``types`` and each names an event by its last word ("horse_race")."""
    return bool(types) and all(type_last_word(t) in EVENT_KINDS for t in types)


PRIZE_KINDS = frozenset({"trophy", "trophies", "prize", "prizes", "award", "awards", "medal", "medals", "cup",
                         "cups"})
"""Head nouns of the types of prizes: presented, awarded, first awarded in their year."""


_AWARD_WORDS = frozenset({"awarded", "awards", "award", "presented", "presents", "present", "contested", "contests",
                          "won", "wins", "win", "given", "gives", "gave", "handed", "hands"})
"""Words of a relation phrase that awards a prize ("is presented by", "was won by")."""


def prize_type(types: Iterable[str | None]) -> bool:
    """Whether every one of ``types`` (at least one) is a prize by its head noun ("trophy", not
    "shield_volcano" nor "green_belt", red team 164)."""
    return _all_of({type_last_word(t) for t in types if t}, PRIZE_KINDS)


def _all_of(words: AbstractSet[str], kinds: AbstractSet[str]) -> bool:
    """Whether there are ``words`` (a relation's subject type words) and each is one of ``kinds``."""
    return bool(words) and words <= kinds


CAST_KINDS = frozenset({"bell", "bells", "statue", "statues", "cannon", "cannons", "bronze", "bronzes"})
"""Type words of what is cast in metal: its founder "cast" it, which is its making (a film's
casting director is none of its makers, red team 165)."""
PHOTOGRAPH_KINDS = frozenset({"photograph", "photographs", "photo", "photos", "snapshot", "snapshots"})
"""Type words of photographs: the one who "took", "shot" or "captured" one made it."""
RECORDING_KINDS = frozenset({"song", "songs", "single", "singles", "track", "tracks", "album", "albums", "hit", "hits"})
"""Type words of recordings: their performer made them ("Hotel California by the Eagles", "the
Eagles' Hotel California") and "recorded" them (see ``recorded`` of
:func:`~kgexplain.consistency.lexicon.relation_cues`)."""
PHOTOGRAPHING = frozenset({"take", "shoot", "capture", "snap", "photograph"})
"""The verbs of taking a photograph: its making, for :data:`PHOTOGRAPH_KINDS` alone (and a year's
verb only where every relation said with it is a making: "captured" is also a fort's capture,
red team 166)."""
_HANGING = frozenset({"bell", "bells", "painting", "paintings", "portrait", "portraits", "tapestry",
                      "tapestries", "chandelier", "chandeliers", "altarpiece", "altarpieces", "triptych",
                      "triptychs", "icon", "icons", "banner", "banners"})
"""Type words of things that hang where they are kept ("Great Tom hangs in Tom Tower")."""
_SPOKEN = frozenset({"speech", "speeches", "address", "addresses", "lecture", "lectures", "sermon", "sermons",
                     "oration", "orations", "eulogy", "eulogies", "talk", "talks"})
"""Type words of what is spoken: "delivered" or "given" by its speaker, who is its author."""
_UNDERTAKINGS = frozenset({"expedition", "expeditions", "voyage", "voyages", "raid", "raids", "journey", "journeys",
                           "trek", "treks", "circumnavigation", "circumnavigations"})
"""Type words of undertakings: an expedition or a voyage was led once and is over (see
:func:`~kgexplain.consistency.lexicon.relation_cues`, ``undertaken``). Not a mission, a survey,
a campaign or a crossing: each also names what goes on (Mission Dolores, the Ordnance Survey,
a campaign group, Checkpoint Charlie; red team 164)."""


_HELD_PHRASES = tuple([b, "held", p] for b in ("is", "are", "was", "were") for p in ("in", "at", "on"))
"""The first words of a phrase that holds an event somewhere ("is held in / at / on")."""


_AIRING = frozenset({"airs", "aired", "broadcast", "broadcasts", "streams", "streamed", "airing", "shown",
                     "screened", "shows", "screens"})
"""Words of a phrase that airs a work ("airs on", "is broadcast by", "is shown on")."""


def _subject_types_of(index: Any, rel: Any) -> frozenset[str]:
    """The types a relation's phrase is said of (its declared domain, else the heads seen)."""
    return frozenset(rel.domain) or index.subject_types.get((rel.name, True), frozenset())


def _object_types_of(index: Any, rel: Any) -> frozenset[str]:
    """The types a relation's inverse phrase is said of (its declared range, else the tails seen)."""
    return frozenset(rel.range) or index.subject_types.get((rel.name, False), frozenset())
