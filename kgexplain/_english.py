"""Small English helpers shared by the stages that write text and the checker that reads it.

Kept below every stage (it imports nothing of kgexplain), so the template verbalizer and the
consistency checker agree on a plural without importing each other.
"""

from __future__ import annotations

__all__ = ["plural", "singular", "IRREGULAR_PLURALS", "IRREGULAR_SINGULARS", "O_ES_NOUNS"]


_SAME_PLURAL = frozenset({"sheep", "deer", "fish", "bison", "moose", "elk", "caribou", "species", "series",
                          "aircraft", "salmon", "trout", "cod", "swine", "offspring"})
"""Nouns whose plural is the noun itself ("bison", "series")."""

_IRREGULAR_PLURAL = {"wolf": "wolves", "leaf": "leaves", "knife": "knives", "life": "lives", "half": "halves",
                     "shelf": "shelves", "calf": "calves", "wife": "wives", "thief": "thieves", "loaf": "loaves",
                     "elf": "elves", "man": "men", "woman": "women", "child": "children", "person": "people",
                     "mouse": "mice", "goose": "geese", "foot": "feet", "tooth": "teeth", "ox": "oxen",
                     "alumnus": "alumni", "alumna": "alumnae", "cactus": "cacti", "fungus": "fungi",
                     "nucleus": "nuclei", "criterion": "criteria", "phenomenon": "phenomena",
                     "terminus": "termini", "nebula": "nebulae", "larva": "larvae", "alga": "algae",
                     "genus": "genera", "corpus": "corpora", "radius": "radii", "stimulus": "stimuli"}
"""Nouns with a plural of their own ("wolf" -> "wolves")."""
O_ES_NOUNS = ("volcano", "potato", "tomato", "hero", "torpedo", "tornado", "echo", "veto", "mosquito", "cargo",
              "domino", "embargo")
"""Nouns in "-o" whose plural takes "-es" (and words ending in them: "stratovolcano")."""
IRREGULAR_PLURALS = frozenset(_IRREGULAR_PLURAL.values())
"""Their plurals, which do not end in "s" ("alumni", "people")."""
IRREGULAR_SINGULARS = {v: k for k, v in _IRREGULAR_PLURAL.items()}
"""Their singulars, by plural ("alumni" -> "alumnus")."""


def plural(word: str) -> str:
    """A noun's plural ("comedy" -> "comedies", "band" -> "bands", "actress" -> "actresses").

    >>> [plural(w) for w in ("comedy", "band", "actress", "day", "wolf", "bison", "stratovolcano", "oasis")]
    ['comedies', 'bands', 'actresses', 'days', 'wolves', 'bison', 'stratovolcanoes', 'oases']
    """
    if word in _SAME_PLURAL:
        return word
    if word in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[word]
    if word.endswith(O_ES_NOUNS):  # "volcanoes", "stratovolcanoes", "superheroes" (not "pianos", "photos")
        return word + "es"
    if word.endswith("sis") and len(word) > 4:  # "oasis" -> "oases", "analysis" -> "analyses"
        return word[:-2] + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(word: str) -> str:
    """A plural noun's singular, irregular ones too (else the word).

    >>> [singular(w) for w in ("comedies", "thrillers", "dishes", "volcanoes", "alumni", "actress")]
    ['comedy', 'thriller', 'dish', 'volcano', 'alumnus', 'actress']
    """
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("oes") and word[:-2].endswith(O_ES_NOUNS):
        return word[:-2]  # "volcanoes" -> "volcano"
    if word.endswith(("shes", "tches", "rches", "nches", "sses", "xes", "zzes")):
        return word[:-2]  # (not "niches", "caches", "headaches")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
