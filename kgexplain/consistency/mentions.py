"""Finding what a text talks about: entity mentions, "you", and references ("it", "the latter").

A label matches case-insensitively, but a name's capitals must be there ("The Score" the film is
not "the score" of a film); attributes (genres, tags) also match in lower case and in the plural.
A title made only of function words ("It", "Up") counts only when capitalized mid-sentence and
part of the evidence. Where one surface form names several entities, those of the evidence win.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import AbstractSet, Sequence

from kgexplain._english import plural, singular
from kgexplain.consistency._text import fold
from kgexplain.consistency.index import (
    PERSON_TYPES,
    GraphIndex,
    animal_type,
    character_type,
    named_person_type,
    no_one_type,
    person_like_type,
    thing_type,
    surname_keys,
    type_last_word,
    vessel_words,
)
from kgexplain.consistency.lexicon import CLAUSE_ENDS, DETERMINERS, is_year, type_word_set

__all__ = ["Ref", "find_mentions", "resolve_reference", "vocatives", "PRONOUNS"]

PRONOUNS: dict[tuple[str, ...], str] = {
    ("it",): "item", ("its",): "item_possessive", ("this", "film"): "item", ("that", "film"): "item", ("the", "film"): "item",
    ("this", "movie"): "item", ("that", "movie"): "item", ("the", "movie"): "item",
    ("he",): "person", ("she",): "she", ("him",): "person", ("her",): "she",
    ("they",): "group", ("them",): "group", ("both",): "group",
    ("both", "of", "them"): "group", ("both", "films"): "group", ("both", "movies"): "group",
    ("each",): "group", ("each", "of", "them"): "group",
    ("all", "three"): "group", ("all", "four"): "group", ("all", "five"): "group",
    ("all", "three", "of", "them"): "group", ("all", "four", "of", "them"): "group",
    ("the", "latter"): "latter", ("the", "former"): "former",
    ("the", "first"): "first", ("the", "second"): "second",
    ("the", "first", "one"): "first", ("the", "second", "one"): "second",
    ("the", "last", "two"): "last_two", ("the", "latter", "two"): "last_two",
    ("that", "one"): "item", ("this", "one"): "item",
}
"""References the checker resolves to an entity named before, with the rule it uses."""

_TAG_WORDS = frozenset({"tag", "tags", "tagged", "labelled", "labeled", "label"})
"""Words of a text that speaks of tags: a genre-word tag is then the tag itself."""

_GROUP_NOUNS = frozenset({"cast", "lineup", "line-up", "ensemble"})
"""Nouns for the people of an item: "in its cast" is in the item (where "cast of" is a cue)."""

_STAR_COUNTS = frozenset({"one", "two", "three", "four", "five", "a", "an", "half", "full", "top"})
"""Words after "that one" that keep it a reference ("you gave that one four stars")."""


def _after_first(lowers: list[str], i: int) -> bool:
    """Whether "the first" opens a clause earlier in the sentence of token ``i``."""
    k = i - 1
    while k > 0 and lowers[k - 1] not in (".", "!", "?"):
        k -= 1
        if lowers[k:k + 2] == ["the", "first"] and (k == 0 or lowers[k - 1] in (",", ";", ":", "and", ".", "!", "?")):
            return True
    return False


_AFTER_ORDINAL = frozenset({"and", "so", "but", "is", "was", "by", "were", "are", "has", "had", "got", "gets", "earned", "also",
                            "stars", "starred", "features", "won", "comes", "came", "you", "we", "it"})
"""Words after "the first" / "the second" that keep it a reference ("you loved the first, so try
the second", "the second is ...")."""

_OFFER_VERBS = frozenset({"try", "watch", "see", "consider", "recommend"})
"""Verbs whose object is an item: a capitalized name after them that is also a tag's or a
person's label names the item."""

_LINE_MARKS = frozenset({"-", "•", "*", "·", "—", "–", "|"})
"""Marks that open a line of a list or a metadata row."""

_KIND_WORDS = frozenset({"film", "films", "movie", "movies"})
"""The item nouns of :data:`PRONOUNS`: a reference only where the graph's items are of that kind."""

_FUNCTION = frozenset(
    {"it", "up", "us", "her", "him", "he", "she", "they", "them", "the", "a", "an", "this",
     "that", "these", "those", "you", "me", "we", "i", "one", "all", "go", "see", "if", "and",
     "or", "of", "in", "on", "at", "to", "by", "for", "with", "as", "be", "is", "was", "are",
     "also", "too", "both", "which", "who", "what", "here", "there", "so", "not", "no", "yes",
     "now", "then", "again", "more", "most", "some", "any", "like", "love", "fans", "fan",
     "since", "because", "try", "think"}
)


@dataclass
class Ref:
    """One mention: a token span and the entity ids it may name."""

    start: int
    end: int
    ids: tuple[str, ...]
    kind: str  # "user", "item", "attribute", "entity", or the kind of the entity referred to
    user: bool = False
    pronoun: str = ""  # the reference rule ("item", "person", "group", ...) for a pronoun
    in_evidence: bool = True
    group: list["Ref"] = field(default_factory=list)  # what a plural pronoun stands for
    types: frozenset[str] = frozenset()  # fine types of the entities named ("movie", "person")
    trailing_period: bool = False  # the sentence's final period merged into the name's last token
    lowercase: bool = False  # written in lower case ("a thriller", "science fiction")
    of_types: frozenset[str] = frozenset()  # "the auction house": an item of these types only
    nearest: bool = False  # "the award", "the ship": a general noun, of the item named last only
    plural_name: bool = False  # a team or a band named in the plural ("the Chicago Cubs"): "they" too
    plain_they: bool = False  # the pronoun is "they" / "them" alone (not "both", "each of them")
    personal: bool = False  # "his" / "her" read as "its" ("His alma mater is X"): of a person
    sex: str = ""  # "m" for "he" / "him" / "his", "f" for "she" / "her": no one the types say is of the other
    born: bool = False  # of a type the graph says is born ("a driver" who "was born in"): "he" / "she" may name it
    name_sex: str = ""  # "m" / "f": a person whose given name is of that sex only ("Auguste Rodin"), see given_names


def _cased(index: GraphIndex, lower_form: str, surface: str) -> bool:
    """Whether the surface keeps the capitals of the entity's label."""
    if lower_form in index.lower_ok:
        return True
    canonical = index.canonical.get(lower_form)
    if canonical is None:
        return True
    for n, (cw, sw) in enumerate(zip(canonical.split(), surface.split())):
        if n == 0 and cw == "The" and sw == "the" and len(canonical.split()) > 1:
            continue  # "the Wachowski Brothers", "the Beatles" mid-sentence (the rest keeps its capitals)
        if cw[:1].isupper() and not sw[:1].isupper():
            return False
    return True


_DETERMINERS = (DETERMINERS - {"the", "'s", "'"}) | {"another", "each", "every", "some", "any", "no", "my", "your",
                                                    "our", "one"}
"""Words before which a name in lower case is a common noun ("an oasis", "every studio"; "the alps"
is the name)."""


_REFERRING = frozenset({"it", "us", "her", "him", "he", "she", "they", "them", "this", "that",
                        "these", "those", "you", "me", "we", "i", "one", "all", "both", "which",
                        "who", "what", "here", "there", "like", "if", "so", "and", "or", "no",
                        "yes", "then", "now", "the", "a", "an", "as", "in", "on", "at", "to",
                        "by", "for", "with", "of"})
"""Function words that open a sentence as themselves, never as a title in the evidence."""


def _label_lower(index: GraphIndex, eid: str) -> bool:
    """Whether an entity's label is written in lower case (a tag, a mechanic)."""
    label = index.info[eid][2]
    return bool(label) and label == label.lower()


def _sentence_case(index: GraphIndex, lowers: Sequence[str], s: int, e: int, key: str) -> AbstractSet[str]:
    """The items named in sentence case that ``lowers[s:e]`` (form key ``key``) may name in lower
    case, after "the" ("Kenneth Appel proved the four color theorem" for the item "Four color
    theorem"); empty elsewhere."""
    return index.sentence_case.get(key, frozenset()) if s > 0 and lowers[s - 1] == "the" else frozenset()


_KIND_REFERENCE_NEXT = frozenset({"is", "was", "are", "were", "has", "had", "also", "now", "still", "today", "itself"})
"""Words after "the <attribute type>" that make it a subject referring back ("the house is ...")."""
_REFERENCE_STARTS = frozenset({k[0] for k in PRONOUNS} | {"the", "this", "that", "both", "these", "those", "all", "its", "his"})
"""The first words of every reference find_mentions reads (a quick test before the rules)."""


def find_mentions(
    index: GraphIndex,
    lowers: Sequence[str],
    words: Sequence[str],
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    ev_entities: set[str],
    cue_spans: Sequence[tuple[int, int]],
    doc,
    whole_graph: bool = False,
    user: str | None = None,
    original: str | None = None,
) -> list[Ref]:
    """Entity mentions of a tokenized text, longest and evidence-first, without overlaps
    (``whole_graph``: the text is checked against the whole graph, not only its evidence;
    ``original``: the text before its letters were folded, for names that differ by a letter
    the fold drops)."""
    n = len(lowers)
    candidates = []
    for s, e in index.entity_forms.find(lowers):
        key = "".join(lowers[s:e])
        ids = index.form_ids.get(key)
        if not ids:
            continue
        lower_form = " ".join(lowers[s:e])
        if len(ids) > 1:
            # names that differ by a space share a key ("Anne Frank", the asteroid "Annefrank"):
            # where some entity's label is the text's very words, those (a held-out set's false
            # "Anne Frank was named after the asteroid Annefrank" was read both ways)
            labels = {i: " ".join(fold(str(index.info[i][2])).lower().split()) for i in ids}
            exact = tuple(i for i in ids if labels[i] == lower_form)
            if exact and all(label.replace(" ", "") == lower_form.replace(" ", "") for label in labels.values()):
                ids = exact  # (only labels that differ by spaces alone: no alias, no article)
            # names that differ by a letter the fold drops ("Bjørn" and "Björn", "Møller" and
            # "Möller"): the one spelled so in the text, where one is (red team 224)
            raw = " ".join((original or text)[starts[s]:ends[e - 1]].lower().split())
            spelled = tuple(i for i in ids if raw in index.spellings.get(i, (lower_form,)))
            if spelled and len(ids) > 1 and len(set(labels.values())) == 1:
                ids = spelled
        if lower_form in index.genre_tags and not _TAG_WORDS & set(lowers):
            # "Annie Hall is a romantic comedy": its genres, not the free-text tag (index.genre_tags)
            ids = tuple(i for i in ids if (index.info[i][1] or "").lower() != "tag")
            if not ids:
                continue
        surface = text[starts[s]:ends[e - 1]]
        concepts = _sentence_case(index, lowers, s, e, key)
        if not _cased(index, " ".join(text[starts[k]:ends[k]].lower() for k in range(s, e)), surface):
            # the folded surface may tokenize differently from the label: check via the label
            if not _cased(index, lower_form, surface) and not (
                    " ".join(surface.split()) in index.lower_proper and surface == surface.lower()
                    and (s == 0 or lowers[s - 1] not in _DETERMINERS)) and not concepts:
                continue  # ("made by apple" names the company; "an apple" does not)
        ev_ids = tuple(i for i in ids if i in ev_entities)
        if not ev_ids and all(w.replace(",", "").isdigit() for w in lowers[s:e]):
            continue  # "(2012)" is a year unless the film "2012" is part of the evidence
        only_function = e - s <= 2 and all(w in _FUNCTION for w in lowers[s:e])
        initial = s == 0 or words[s - 1] in (".", "!", "?", ";", ":")
        if only_function:
            # "It", "Her" or "Us" opening a sentence is the pronoun; "Up" or "More" in the
            # evidence is the film
            # (an article alone does not refer: "The Fan has music by ..." is the film)
            referring = initial and any(w in _REFERRING and w not in ("the", "a", "an") for w in lowers[s:e])
            if not ev_ids or referring or not surface[:1].isupper():
                continue
        lowercase = any(c.isalpha() for c in surface) and not any(c.isupper() for c in surface)
        # a capital only because the word opens a line ("Music by John Williams") says nothing
        opening = (initial or words[s - 1] in _LINE_MARKS or words[s - 1].isspace()) \
            and surface[1:] == surface[1:].lower() and e - s == 1
        if opening and s > 0 and words[s - 1] in _LINE_MARKS and lowers[e:e + 1] == [":"] \
                and all(index.info[i][0] == "attribute" and _label_lower(index, i) for i in ids):
            continue  # "• Music: John Williams": a field's name, not the tag "music"
        if (lowercase or opening) and any(cs <= s and e <= ce and (cs, ce) != (s, e) for cs, ce in cue_spans):
            continue  # "music" inside the cue "has music by"
        if lowercase and any(cs < e and s < ce and not (s <= cs and ce <= e and ce - cs < e - s)
                             for cs, ce in cue_spans) and not ev_ids:
            continue  # (a name that holds a cue whole is the name: "cow's milk" where "milk" is a noun cue)
        use = ev_ids or ids
        if lowercase and not surface[:1].isdigit():
            # only attributes are named in lower case ("a romance"); the film "Romance" is not
            # (an item whose name is a common noun is: "sodium", see GraphIndex.lower_items)
            use = tuple(i for i in use if index.info[i][0] == "attribute" or i in index.lower_items
                        or i in concepts)
            if not use:
                continue
        if len(use) > 1 and not lowercase:
            # "Aliens is ..." opening a sentence: the film written so, not the tag "aliens"
            # (a genre "Adventure" and a tag "adventure" opening "Adventure is a tag of X": the
            # cue tells, not the capital)
            exact = tuple(i for i in use if index.info[i][2] == surface)
            if exact and all(_label_lower(index, i) for i in use if i not in exact) \
                    and not (initial and all(index.info[i][0] == "attribute" for i in use)):
                use = exact
        if len(use) > 1 and lowers[e:e + 1] == ["'s"] and e + 1 < n and lowers[e + 1] in index.type_nouns \
                and lowers[e + 1].endswith("s"):
            # "Ed Wood's films": the person's, never the film "Ed Wood"'s
            use = tuple(i for i in use if index.info[i][0] != "item") or use
        elif len(use) > 1 and not lowercase and s > 0 and lowers[s - 1] in _OFFER_VERBS \
                and lowers[e:e + 1] != ["'s"]:
            # "Fans of Heat should try Titanic": one tries the film, not the tag "Titanic"
            use = tuple(i for i in use if index.info[i][0] == "item") or use
        if len(use) > 1 and e + 2 < n and lowers[e] == "(" and lowers[e + 2] == ")":
            # "Psycho (1998)": the year says which of the films named "Psycho"
            dated = tuple(i for i in use if _year_of(index, i) == lowers[e + 1])
            use = dated or use
        if s >= 4 and lowers[s - 2:s] == ["version", "of"] and lowers[s - 4] == "the" \
                and sum(index.info[i][0] == "item" for i in ids) > 1:
            # "the 1998 version of Psycho": of the items named "Psycho", the one of that year
            # (the mention runs over the year; no year of theirs, no reading)
            dated = tuple(i for i in use if index.info[i][0] == "item" and _year_of(index, i) == lowers[s - 3])
            if dated:
                use, s = dated, s - 3
        kinds = {index.info[i][0] for i in use}
        kind = kinds.pop() if len(kinds) == 1 else "entity"
        candidates.append(Ref(s, e, use, kind, in_evidence=bool(ev_ids),
                              types=frozenset(index.info[i][1] for i in use),
                              trailing_period=key in index.period_keys, lowercase=lowercase,
                              plural_name=kind == "item" and all(_plural_name(index, i) for i in use),
                              born=all(index.info[i][1] in index.born_types for i in use)))
    # longest first; of two as long, one that runs into a capitalized word loses ("The Royal
    # Opera" before "House": "Royal Opera House" is the name); then evidence first
    candidates.sort(key=lambda r: (-(r.end - r.start), r.end < n and words[r.end][:1].isupper(),
                                   not r.in_evidence, r.start))
    taken = [False] * n
    out: list[Ref] = []
    for r in candidates:
        if any(taken[r.start:r.end]):
            continue
        for k in range(r.start, r.end):
            taken[k] = True
        out.append(r)
    out += _shared_surnames(index, lowers, words, taken, ev_entities, out)
    out += _surnames(index, lowers, words, taken, ev_entities, out, whole_graph)
    out = _shared_heads(index, lowers, words, taken, ev_entities, out)
    out += _shared_years(index, lowers, taken, ev_entities, out)
    for i, w in enumerate(lowers):
        if not taken[i] and w == "you" and not (i > 0 and lowers[i - 1] in ("recommend", "suggest")):
            # ("we recommend you X": a learner's order; "you" is not the subject of a claim)
            taken[i] = True
            out.append(Ref(i, i + 1, (), "user", user=True))
    out += _named_user(index, lowers, words, taken, user)
    # references: resolved later against what was named before them
    i = 0
    while i < n:
        if taken[i] or lowers[i] not in _REFERENCE_STARTS:
            i += 1
            continue
        of_types: frozenset[str] = frozenset()
        for size in (3, 2, 1):
            key = tuple(lowers[i:i + size])
            rule = PRONOUNS.get(key) if len(key) == size else None
            if rule is not None and any(w in _KIND_WORDS and w not in index.type_nouns for w in key):
                rule = None  # "the film" on a graph of books names no item
            if rule == "she" and key == ("her",) and i + 1 < n and not (lowers[i + 1] in CLAUSE_ENDS or lowers[i + 1] == "and"):
                rule = None  # "her novel": a possessive; "the yard that built her." is a reference
            if rule is None and key in (("his",), ("her",)) and (i == 0 or lowers[i - 1] in (".", "!", "?", ";") or (
                    i >= 2 and lowers[i - 2:i] in ([",", "and"], ["one", "of"]) and _one_person_before(out, lowers, i))) \
                    and index.people_items and index.relation_noun_at(lowers, i + 1):
                rule = "his"  # "His alma mater is Purdue University", "..., and his coach was X", "Y is
                # one of his buildings" (one person named before in the sentence): read
                # as "its", of a person (on a graph of people only, whose items are all people by
                # their types: a superhero, a ship named before a coach, a writer, a designer
                # would be left out, red team 197)
            if rule is not None and key[1:2] in (("first",), ("second",)) and i + size < n \
                    and (lowers[i + size].isalnum() and lowers[i + size] not in _AFTER_ORDINAL
                         and not (lowers[i + size] in _STAR_COUNTS and i >= 2 and lowers[i - 1] in ("gave", "give"))
                         and not (key == ("the", "second") and taken[i + size] and lowers[i - 1:i] == [","]
                                  and _after_first(lowers, i))):
                # ("you gave the first four stars": a reference; "the first is bronze, the
                # second copper": a gapped clause on a name)
                rule = None  # "the first two", "the first film of ...": no reference to a name
            if rule is not None and key[1:2] == ("one",) and i + size < n \
                    and (lowers[i + size].isalpha() and lowers[i + size] not in _AFTER_ORDINAL
                         and lowers[i + size] not in _STAR_COUNTS
                         and not any(cs == i + size for cs, _ in cue_spans)):  # ("this one directed by X")
                rule = None  # "that one director", "this one of ...": no reference ("you gave
                # that one four stars" is one)
            if rule is None and size == 2 and len(key) == 2 and key[0] in ("the", "this", "that") \
                    and key[1] in index.type_nouns and key[1] not in index.plural_type_nouns:
                rule = "item"  # "the band", "this game": the item named last
                of_types = index.noun_types.get(key[1], frozenset())  # (of its type, on a graph
                # of several: "the auction house" after a fashion house names the one named before)
                while i + size < n and lowers[i + size] == key[1] and key[1] in index.compound_type_nouns:
                    size += 1  # "the roller_coaster roller_coaster" (see constructions.type_phrases)
                if i + size < n and key[1] in index.compound_type_nouns and lowers[i + size] == plural(key[1]):
                    rule, size = None, 2  # "the roller_coaster roller_coasters": a plural, no reference
                if rule == "item" and size == 2 and lowers[i + 2:i + 3] in (["of"], ["behind"]) \
                        and any(c.noun for c in index.cues.get((key[1], lowers[i + 2]), ())):
                    rule = None  # "the architect of X" where "architect" is a relation's noun too
                    # (an architect "designed" X): the noun, no reference to an architect named before
                    # (so "the sculptor behind X" of a sculptor who created X)
            if rule is None and size == 2 and len(key) == 2 and key[1] in index.attribute_type_nouns and (
                    (key[0] in ("the", "this", "that") and i + 2 < n
                     and (lowers[i + 2] in _KIND_REFERENCE_NEXT or any(cs == i + 2 for cs, _ in cue_spans)))
                    or (key[0] in ("the", "that") and any(ce == i for _, ce in cue_spans)
                        and (i + 2 == n or lowers[i + 2] in CLAUSE_ENDS or lowers[i + 2] == "and"))):
                # "Opium comes from Yves Saint Laurent. The house is owned by L'Oréal": the house
                # named before, as the subject of a predicate (not "the house of", "the house style"),
                # or as the object that ends one ("Larry Bell founded the brewery, and ...")
                rule = "kind:" + index.attribute_type_nouns[key[1]]
            if rule is None and size == 2 and len(key) == 2 and key[0] in ("both", "these", "those") \
                    and key[1] not in index.plural_type_nouns and key[1] in index.attribute_plural_nouns \
                    and not (key[0] == "both" and i > 0 and lowers[i - 1] in ("are", "were")):
                # "Lucy was found at Hadar and Selam at Dikika; both sites lie in Ethiopia": the
                # two (or more) of that type named last
                rule = "kinds:" + index.attribute_plural_nouns[key[1]]
            if rule is None and size == 2 and len(key) == 2 and key[0] in ("both", "these", "those") \
                    and key[1] in index.plural_type_nouns \
                    and not (key[0] == "both" and i > 0 and lowers[i - 1] in ("are", "were")):
                # (not "A and B are both fragrances by X": the predicate's noun)
                rule = "group"  # "both novels", "these games": the items named before
                # (of the noun's types: "both temples" are no two sites, red team 210)
                of_types = frozenset(index.noun_types.get(key[1], ()))
            if rule is None and size == 1 and key == ("all",) and i > 0 and lowers[i - 1] == "," \
                    and any(tuple(lowers[i + 1:i + k]) in index.cues for k in (3, 4)):
                rule = "group"  # "A, B and C, all directed by X": each of the list before it
            if rule is None and size == 1 and key == ("the",) and i + 4 <= n \
                    and lowers[i + 2] in ("is", "was", "comes", "came") \
                    and any(tuple(lowers[i + 1:i + k]) in index.cues for k in (4, 5)):
                rule = "item_possessive"  # "the music is by X": the item's music, as "its music"
            if rule is None and size == 2 and len(key) == 2 and key[0] in ("its", "the") \
                    and key[1] in _GROUP_NOUNS and i > 0 and lowers[i - 1] == "in" \
                    and (key[1], "of") in index.cues and lowers[i + 2:i + 3] != ["of"]:
                rule = "item"  # "Al Pacino is in the cast": in the item named last
            if rule in ("latter", "former") and size == 2 and i + 2 < n and not taken[i + 2]:
                noun = lowers[i + 2]  # "the former label": of the label's type
                kinds = (index.noun_types.get(noun) or (
                    frozenset(index.item_types) if noun in index.type_nouns and len(index.item_types) == 1
                    else frozenset())) | (
                    frozenset({index.attribute_type_nouns[noun]}) if noun in index.attribute_type_nouns else frozenset())
                if kinds and noun not in index.plural_type_nouns:
                    size, of_types = 3, kinds
            if rule is not None and not any(taken[i:i + size]):
                # (a noun that is no item type's own name, a synonym or a compound's head, may
                # name an item of another type too: "the award" after a medal, red team 179)
                general = rule == "item" and bool(of_types) and len(key) == 2 and key[1] in index.general_nouns
                personal = rule == "his"
                rule = "item_possessive" if personal else rule
                out.append(Ref(i, i + size, (), "ref", pronoun=rule, personal=personal,
                               sex="m" if key[0] in ("he", "him", "his") else "f" if key[0] in ("she", "her") else "",
                               of_types=of_types if rule in ("item", "latter", "former", "group") else frozenset(),
                               nearest=general, plain_they=key in (("they",), ("them",))))
                for k in range(i, i + size):
                    taken[k] = True
                i += size - 1
                break
        i += 1
    for r in out:
        sexes = {index.given_sex.get(e, "") for e in r.ids} if r.ids and not r.pronoun else set()
        if len(sexes) == 1:
            r.name_sex = sexes.pop()
    out.sort(key=lambda r: r.start)
    return out


def _shared_heads(index: GraphIndex, lowers: Sequence[str], words: Sequence[str], taken: list[bool],
                  ev_entities: set[str], found_refs: list[Ref]) -> list[Ref]:
    """ "the Safavid, Timurid and Mughal empires", "Banff and Jasper National Parks": two or more
    capitalized words listed before the plural of a noun, each with that noun the name of an
    entity ("Safavid Empire"), name those entities (the last mention runs over the noun; a word
    already read alone as a name, "Banff" for Banff National Park, is read so). Every word must
    make a name, else none is read. Returns ``found_refs`` with these."""
    out: list[Ref] = []
    alone = {r.start: r for r in found_refs if r.end == r.start + 1}
    dropped: set[int] = set()
    n = len(lowers)
    for k in range(2, n):
        if not words[k - 1][:1].isupper() or (taken[k - 1] and k - 1 not in alone):
            continue  # (a capitalized name must end right before the noun)
        for size in (2, 1):
            if k + size > n or not lowers[k + size - 1].endswith("s") or any(taken[k:k + size]) \
                    or (k + size < n and words[k + size][:1].isupper()):
                continue
            one = singular(lowers[k + size - 1])
            if one == lowers[k + size - 1]:
                continue
            head = " ".join([*lowers[k:k + size - 1], one])
            names, j = [], k - 1
            while j >= 0 and (not taken[j] or j in alone) and words[j][:1].isupper() and words[j].isalpha():
                names.append(j)
                j -= 1
                if j >= 1 and lowers[j] == "and" and lowers[j - 1] == ",":
                    j -= 2
                elif j >= 0 and lowers[j] in (",", "and"):
                    j -= 1
                else:
                    break
            if len(names) < 2:
                continue
            found = []
            for t in names:
                ids = index.form_ids.get("".join(f"{lowers[t]} {head}".split()))
                if not ids:
                    break
                found.append((t, tuple(i for i in ids if i in ev_entities) or ids, any(i in ev_entities for i in ids)))
            if len(found) != len(names):
                continue
            for t, ids, in_ev in found:
                end = k + size if t == names[0] else t + 1
                out.append(_named_ref(index, t, end, ids, in_ev))
                for x in range(t, end):
                    taken[x] = True
                if t in alone:
                    dropped.add(id(alone[t]))
            break
    return [r for r in found_refs if id(r) not in dropped] + out


def _shared_years(index: GraphIndex, lowers: Sequence[str], taken: list[bool], ev_entities: set[str],
                  found_refs: list[Ref]) -> list[Ref]:
    """ "the 1988 and 1994 Winter Olympics", "the 1992, 2002 and 2006 Winter Olympics": years listed
    before a name that starts with a year, each with the rest of that name the name of an entity
    ("1988 Winter Olympics"), name those entities. Every year must make a name, else none is read."""
    out: list[Ref] = []
    for r in found_refs:
        if r.pronoun or r.user or r.end - r.start < 2 or not is_year(lowers[r.start]) \
                or r.start < 2 or lowers[r.start - 1] != "and":
            continue
        rest = "".join(lowers[r.start + 1:r.end])
        years, j = [], r.start - 2 - (lowers[r.start - 2] == ",")
        while j >= 0 and is_year(lowers[j]) and not taken[j]:
            years.append(j)
            if j >= 2 and lowers[j - 1] == ",":
                j -= 2
            else:
                break
        found = []
        for t in years:
            ids = index.form_ids.get(lowers[t] + rest)
            if not ids:
                break
            found.append((t, tuple(i for i in ids if i in ev_entities) or ids, any(i in ev_entities for i in ids)))
        if not years or len(found) != len(years):
            continue
        for t, ids, in_ev in found:
            out.append(_named_ref(index, t, t + 1, ids, in_ev))
            taken[t] = True
    return out


def _named_ref(index: GraphIndex, start: int, end: int, ids: tuple[str, ...], in_evidence: bool) -> Ref:
    """A mention of ``ids`` made from words shared with another name ("the Safavid ... empires",
    "the 1988 and 1994 Winter Olympics"): its kind and types from the entities."""
    kinds = {index.info[i][0] for i in ids}
    return Ref(start, end, ids, kinds.pop() if len(kinds) == 1 else "entity", in_evidence=in_evidence,
               types=frozenset(index.info[i][1] for i in ids))


def _named_user(index: GraphIndex, lowers: Sequence[str], words: Sequence[str], taken: list[bool],
                user: str | None) -> list[Ref]:
    """The user the text is checked for, named by their label with its capital ("Ana rated the
    Golden Gate Bridge 5 out of 5", "User 15 gave Aliens a 5.0"): read as "you" is. Only that
    user: another user's name is no mention (nothing the checker is given can back it)."""
    info = index.info.get(user) if user is not None else None
    if info is None or info[0] != "user":
        return []
    key = fold(str(info[2])).lower().split()
    size = len(key)
    if not key or not any(c.isalpha() for c in key[0]):
        return []
    out = []
    for i in range(len(lowers) - size + 1):
        if lowers[i:i + size] == key and not any(taken[i:i + size]) and words[i][:1].isupper():
            for k in range(i, i + size):
                taken[k] = True
            out.append(Ref(i, i + size, (), "user", user=True))
    return out


def vocatives(lowers: Sequence[str], refs: list[Ref]) -> tuple[list[Ref], set[int]]:
    """The user named as the one spoken to ("Ben, you gave Kotlin five stars", "You loved it,
    Ana."): no mention, glue (the claims are those of "you")."""
    n = len(lowers)
    glue: set[int] = set()
    keep = []
    for r in refs:
        named = r.user and lowers[r.start] != "you"
        if named and r.end + 1 < n and lowers[r.end] == "," and lowers[r.end + 1] in ("you", "your") \
                and (r.start == 0 or lowers[r.start - 1] in CLAUSE_ENDS):
            glue.update(range(r.start, r.end + 1))
        elif named and r.start > 0 and lowers[r.start - 1] == "," and (r.end == n or lowers[r.end] in (".", "!", "?")):
            glue.update(range(r.start - 1, r.end))
        else:
            keep.append(r)
    return keep, glue


def _one_person_before(refs: list[Ref], lowers: Sequence[str], i: int) -> bool:
    """Whether the sentence names exactly one person by type before token ``i`` ("You loved Zeus,
    and his ..."; not "Haydn studied with Porpora, and his works ...": whose, the subject's)."""
    start = max((k + 1 for k in range(i) if lowers[k] in (".", "!", "?")), default=0)
    return len({r.ids for r in refs if start <= r.start < i and not r.user and not r.pronoun
                and any(person_like_type(t) for t in r.types)}) == 1


def _shared_surnames(index: GraphIndex, lowers: Sequence[str], words: Sequence[str], taken: list[bool],
                     ev_entities: set[str], named: list[Ref]) -> list[Ref]:
    """"Serena and Venus Williams": a capitalized given name right before "and" and a person's
    full name names the one person whose label is that given name with the full name's surname
    ("Serena Williams"), where the graph has exactly one."""
    out = []
    for r in named:
        i = r.start - 2
        if i < 0 or r.user or r.pronoun or r.end - r.start < 2 or lowers[r.start - 1] != "and" or taken[i] \
                or not words[i][:1].isupper() or not words[i].isalpha() or lowers[i] in _FUNCTION:
            continue
        if not any(person_like_type(t) for t in r.types):
            continue
        ids = index.form_ids.get(lowers[i] + "".join(lowers[r.start + 1:r.end]))
        type_ = index.info[ids[0]][1] if ids and len(ids) == 1 else None
        if type_ is None or not (person_like_type(type_)):
            continue
        out.append(Ref(i, i + 1, tuple(ids), index.info[ids[0]][0], in_evidence=ids[0] in ev_entities,
                       types=frozenset({index.info[ids[0]][1]})))
        taken[i] = True
    return out


def _surnames(index: GraphIndex, lowers: Sequence[str], words: Sequence[str], taken: list[bool],
              ev_entities: set[str], named: list[Ref], whole_graph: bool = False) -> list[Ref]:
    """A person's surname alone ("Spielberg", "De Niro") names the one person of the evidence,
    or the one named in full before it, whose label ends so; checked against the whole graph
    (``whole_graph``), the graph's one person so called. A surname two people share, one written
    in lower case, or one after another capitalized word ("Tony Scott") names no one."""
    people: dict[tuple[str, ...], set[str]] = {}

    def add(eid: str) -> None:
        kind, type_, label, _ = index.info.get(eid, ("", "", "", {}))
        for key in surname_keys(kind, type_, label):
            people.setdefault(tuple(key.split()), set()).add(eid)

    for eid in ev_entities:
        add(eid)
    full = [(r.start, i) for r in named if not r.user and not r.pronoun for i in r.ids]
    for _, eid in full:
        add(eid)
    out = []
    for i in range(len(lowers)):
        for size in (2, 1):
            key = tuple(lowers[i:i + size])
            ids = people.get(key) if len(key) == size else None
            if ids and any(eid not in ev_entities and not any(s < i and e == eid for s, e in full)
                           for eid in ids):
                ids = None  # (a person outside the evidence counts once named in full before)
            if not ids and whole_graph and len(key) == size and _alone(words, i, i + size) \
                    and not any(taken[i:i + size]) and not any(
                        s < i and fold(str(index.info[e][2])).lower().split()[-size:] == list(key) for s, e in full):
                # (never over a name: "Heat"; nor where someone of that surname was named in full
                # before, whom the graph gives no surname: "Søren Dahl ... Dahl", red team 226)
                ids = set(index.surnames.get(" ".join(key), ()))
            if not ids or not all(w[:1].isupper() for w in words[i:i + size]) \
                    or len({index.info[eid][2] for eid in ids}) != 1:
                continue
            found = tuple(sorted(ids))  # (one name: "Steven Spielberg" the person and the tag)
            if any(taken[i:i + size]):
                # "Hitchcock directed Vertigo" where a film is called "Hitchcock" too: the film
                # outside the evidence or the person, whichever the sentence bears out
                same = next((r for r in named if r.start == i and r.end == i + size and not r.in_evidence
                             and not r.user and not r.pronoun), None)
                if same is not None and not set(found) & set(same.ids):
                    same.ids = (*same.ids, *found)
                    same.kind = "entity"
                    same.types = same.types | frozenset(index.info[e][1] for e in found)
                continue
            kinds = {index.info[e][0] for e in found}
            out.append(Ref(i, i + size, found, kinds.pop() if len(kinds) == 1 else "attribute",
                           in_evidence=all(e in ev_entities for e in found),
                           types=frozenset(index.info[e][1] for e in found)))
            for k in range(i, i + size):
                taken[k] = True
            break
    return out


def _alone(words: Sequence[str], s: int, e: int) -> bool:
    """Whether words ``[s, e)`` stand apart from other capitalized words ("Tony Scott", "Scott
    Free": part of a name the graph may not have), a sentence's first word aside."""
    before = s > 0 and words[s - 1][:1].isupper() and not (s == 1 or words[s - 2] in ".!?;:")
    after = e < len(words) and words[e][:1].isupper()
    return not before and not after


def _year_of(index: GraphIndex, entity_id: str) -> str | None:
    value = index.info[entity_id][3].get("year")
    try:
        return str(int(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def resolve_reference(ref: Ref, all_refs: Sequence[Ref], skip: Sequence[Ref] = ()) -> None:
    """Point a reference ("it", "he", "both", "the latter") at what was named before it (never
    at ``skip``: "Like X, it ..." is not X)."""
    if not ref.pronoun:
        return
    before = [r for r in all_refs if r.start < ref.start and not r.user and not r.pronoun
              and all(r is not x for x in skip)]
    if ref.pronoun in ("she", "person") or ref.sex:
        # an animal of the other sex by its type is no "he" / "she" ("Frankel, a stallion ...
        # she": red team 157), nor a person ("Athena, a goddess ... his symbol": red team 201)
        female = ref.pronoun == "she" or ref.sex == "f"
        animals, people = (_MALE_ANIMALS, _MALE_PEOPLE) if female else (_FEMALE_ANIMALS, _FEMALE_PEOPLE)
        # (nor one whose given name is of the other sex: "Claudel studied under Auguste Rodin. She
        # ..."; a type of one sex outranks a given name: an actress named Michael, red team 226)
        other = "m" if female else "f" if ref.sex == "m" else "-"

        def may_be(r: Ref) -> bool:
            last = {type_last_word(t) for t in r.types}
            if last & people or (r.kind == "item" and last & animals):
                return False
            return r.name_sex != other or bool(last & (_MALE_PEOPLE | _FEMALE_PEOPLE))

        before = [r for r in before if may_be(r)]
    if ref.pronoun == "she":
        # "she" / "her" of a ship is the ship, as English says it; else a person ("Titanic was
        # designed by Thomas Andrews; she sailed for the White Star Line")
        vessels = [r for r in before if r.kind == "item" and vessel_words(type_word_set(r.types))]
        ref.pronoun = "item" if vessels else "person"
    if ref.of_types and ref.pronoun not in ("latter", "former"):
        # "the auction house": the last item of that type, on a graph of several
        items = [r for r in before if r.kind == "item"]
        if ref.nearest and items and not items[-1].types & ref.of_types:
            ref.ids, ref.group = (), []  # "the award" after the Fields Medal, a medal: which one?
            return
        before = [r for r in before if r.kind != "item" or r.types & ref.of_types]
    pick = _referents("person" if ref.personal else "it" if ref.pronoun == "item" and ref.end - ref.start == 1
                      else "they" if ref.pronoun == "group" and ref.plain_they else ref.pronoun, before)
    if not pick and ref.pronoun in ("item", "item_possessive") and ref.end - ref.start == 1 and not ref.of_types \
            and not any(r.kind == "item" and not r.pronoun and not r.user
                        and not {(t or "").lower() for t in r.types} & (PERSON_TYPES - _NOT_ONLY_PEOPLE)
                        for r in all_refs):
        # a text that names no item, or only people ("Angola International Airport serves Luanda.
        # It is 159 m above sea level", "Nicklaus won the PGA Championship, and Woods won it as
        # well"): "it" / "its" is the one thing it names before that is no person,
        # place or number; of two or more, which one the words cannot tell ("Laika is based in
        # Hillsboro. Pixar is based in Emeryville. It was founded by ...", red team 183)
        things = [r for r in before if r.kind == "attribute" and not {(t or "").lower() for t in r.types} & _NOT_IT]
        pick = things[-1:] if len({r.ids for r in things}) == 1 else []
    if not pick or (ref.of_types and ref.pronoun in ("latter", "former")
                    and not all(p.types & ref.of_types for p in pick)):
        ref.ids, ref.group = (), []  # ("the former label" names a label)
        return
    ref.group = pick
    ref.ids = pick[0].ids if len(pick) == 1 else ()
    ref.kind = pick[0].kind
    ref.types = frozenset().union(*(p.types for p in pick))
    ref.in_evidence = all(p.in_evidence for p in pick)


_NOT_IT = PERSON_TYPES | frozenset({"quantity", "locality", "place", "city", "country"})
"""Types of what "it" never names in a text that names no item: people, places, numbers."""


_MALE_ANIMALS = frozenset({"stallion", "stallions", "colt", "colts", "gelding", "geldings", "bull", "bulls", "ram",
                           "boar", "stag", "stud", "sire", "tomcat", "cockerel", "rooster", "drake", "gander"})
_FEMALE_ANIMALS = frozenset({"mare", "mares", "filly", "fillies", "cow", "cows", "ewe", "sow", "doe", "hind",
                             "dam", "bitch", "hen", "queen", "vixen", "jenny", "heifer"})
"""Type words of animals of one sex: "she" names no stallion, "he" no mare."""
_MALE_PEOPLE = frozenset({"god", "gods", "king", "kings", "prince", "princes", "emperor", "emperors",
                          "duke", "dukes", "count", "lord", "monk", "monks", "priest", "tsar", "czar", "shah", "pope",
                          "kaiser", "father", "son", "husband", "brother", "uncle", "nephew", "man", "boy",
                          "nobleman", "businessman", "sportsman", "titan", "widower", "sultan"})
_FEMALE_PEOPLE = frozenset({"goddess", "goddesses", "queen", "queens", "princess", "empress", "actress", "actresses",
                            "duchess", "countess", "lady", "nun", "nuns", "priestess", "tsarina", "tsaritsa", "czarina",
                            "sultana", "mother", "daughter", "wife", "sister", "aunt", "niece", "woman", "girl",
                            "heroine", "noblewoman", "businesswoman", "sportswoman", "titaness", "nymph", "muse",
                            "widow", "witch", "sorceress", "abbess"})
"""Type words of people of one sex: "his" names no goddess, "she" no king (not "actor": a graph may
type actresses so, red team 221: "James Cameron was married to Linda Hamilton. She ...")."""


_UNTYPED = frozenset({"", "entity", "thing"})
"""Types that say nothing of what an entity is (a WebNLG label without a qualifier)."""

_NOT_ONLY_PEOPLE = frozenset({"artist", "creator", "founder"})
"""Person types that name bands and firms too ("it" may be one)."""


_TEAMS = frozenset({"team", "teams", "band", "bands", "squad"})
"""Type words of groups named in the plural ("the Chicago Cubs", "the Beatles"): "they" names one."""


def _plural_name(index: GraphIndex, eid: str) -> bool:
    """Whether item ``eid`` is a team or a band whose name ends in a plural ("Chicago Cubs")."""
    _, type_, label, _ = index.info.get(eid, ("", "", "", {}))
    words = (label or "").split()
    word = words[-1] if words else ""
    return type_last_word(type_) in _TEAMS and word[:1].isupper() and len(word) > 3 \
        and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _referents(rule: str, before: list[Ref]) -> list[Ref]:
    """The mentions a reference of kind ``rule`` stands for, from those named before it."""
    if rule == "it":
        # "it" (one word) is never a person, on a graph whose items are people: red team 132,
        # "Emmanuel Macron founded Renaissance. It is a Sciences Po alumnus." ("the scientist" is)
        return [r for r in before if r.kind == "item"
                and not {(t or "").lower() for t in r.types} & (PERSON_TYPES - _NOT_ONLY_PEOPLE)][-1:]
    if rule == "item":
        return [r for r in before if r.kind == "item"][-1:]
    if rule == "person":
        # "he" / "she": the graph has no gender, so with several people named before, the
        # reference stands for each of them and a claim must hold for all ("Kate Winslet stars
        # in Titanic, which James Cameron directed; she also wrote Aliens" is rejected)
        named = [r for r in before if r.kind not in ("item", "user")]
        # (items too where they are people: a graph of scientists, "Niels Bohr ... He won X")
        # (and items of a type whose last word names people, a "tennis player", a "mountaineer":
        # on their own, not a tournament named beside them, red team 198's texts; and items of
        # a type the graph says is born, a "driver" who "was born in" a city)
        persons = [r for r in before if r.kind != "user" and (r.born or any(
            person_like_type(t) for t in r.types))]
        if persons:
            # (and a name of no declared type, which may be a person too: a graph that types
            # only some of its people, WebNLG's "leader", red team 164; and one of a type that
            # may name someone, a "programmer", a "businessman", a "titan", a "cardinal", or an
            # animal: red team 198, "Cronus is a parent of Zeus. He rules the sky")
            typed = {id(r) for r in persons}
            # (any name of a type that may be someone stays: red team 201, a centaur, a muse,
            # a pundit, an item typed "prime minister" beside a king; only what is surely no
            # one, a city, a tournament, a symbol, a cuisine, leaves)
            persons = [r for r in before if id(r) in typed or (
                r.kind not in ("item", "user") and not r.pronoun and (
                    {(t or "").lower() for t in r.types} <= _UNTYPED or not no_one_type(
                        [t for t in r.types if (t or "").lower() not in _UNTYPED]) or animal_type(r.types)))
                or (r.kind == "item" and not r.pronoun and not r.user and named_person_type(r.types))]
        # and animals, on top: "You gave Secretariat five stars; he was ridden by Ron Turcotte"
        # (with a jockey named before, "he" stands for both)
        animals = [r for r in before if r.kind == "item" and animal_type(r.types)]
        if not persons and not animals and not [r for r in before if r.kind != "user" and not r.pronoun and (
                r.kind != "item" or not character_type(r.types)) and not thing_type(r.types)]:
            # a fictional character, where no one else named before may be "he" or "she" (a
            # comic, a city, a team are no one; a publisher may be someone): "Wonder Woman first appeared in All Star
            # Comics #8. She is published by DC Comics"; not beside a creator of any type, who
            # may be the one meant (red team 166: "Marston created Wonder Woman. He was born in
            # Saugus", Marston a "psychologist"; red team 167: a puppeteer who is an item too)
            characters = [r for r in before if r.kind == "item" and character_type(r.types)]
            if characters:
                named, animals = [], characters
        # an item of a type that may name people ("tennis player", "gymnast") or a character,
        # named beside the people: it may be the one meant, so the claim must hold for it too
        # ("Serena Williams was coached by Patrick Mouratoglou. She was born in Paris", "Superman
        # was created by Jerry Siegel. He was born in Cleveland": red team 197)
        maybe = [r for r in before if r.kind == "item" and not r.user and not r.pronoun
                 and all(id(r) != id(p) for p in [*persons, *animals])
                 and (character_type(r.types) or any(person_like_type(t) for t in r.types))] if persons or named else []
        people: list[Ref] = []
        # (people where the graph's types say so: "a Spielberg war drama; his Jaws")
        for r in reversed(sorted([*(persons or named), *animals, *maybe], key=lambda x: x.start)):
            if all(set(r.ids) != set(x.ids) for x in people):
                people.append(r)
        return people
    if rule == "last_two":
        # "A, B and C, and you loved the last two": the last two items of the list before
        listed = sorted(_referents("group", before), key=lambda r: r.start)[-2:]  # (people too)
        return listed if len(listed) == 2 and len({r.ids for r in listed}) == 2 else []
    if rule == "they":
        # "they" / "them": a group as below; else a team or a band named in the plural, named
        # first, with no other item nor any person after it ("You gave the Chicago Cubs five
        # stars, and they play at Wrigley Field"; not "Allen Klein managed the Beatles, and both
        # ...", red team 193)
        group = _referents("group", before)
        if group:
            return group
        named = [r for r in before if not r.user and not r.pronoun]
        if named and named[0].kind == "item" and named[0].plural_name and not any(
                r.kind == "item" or {(t or "").lower() for t in r.types} & PERSON_TYPES for r in named[1:]):
            return named[:1]  # (a place or a thing named after it is no "they": "... play at Wrigley Field")
        return []
    if rule == "group":
        # the last two items, and every item listed right before them ("directed Rebecca,
        # Vertigo and Psycho, and Bernard Herrmann scored each": all three)
        items: list[Ref] = []
        for r in reversed(before):
            if r.kind != "item" or any(set(r.ids) == set(x.ids) for x in items):
                continue
            if len(items) >= 2 and items[-1].start - r.end > 2:
                break  # no longer the same list (", and" is the widest gap of one)
            items.append(r)
        if len(items) >= 2:
            return items
        # no two items before: the last list of people ("De Niro and Pacino appear in X, just as
        # they appear in Heat": each of them)
        people: list[Ref] = []
        for r in reversed(before):
            if r.kind == "item" or any(set(r.ids) == set(x.ids) for x in people):
                if people:
                    break
                continue
            if people and people[-1].start - r.end > 2:
                break
            people.append(r)
        return people[::-1] if len(people) >= 2 else []
    if rule.startswith("kinds:"):
        # "both sites": every entity of that type in the last list of them (two at least)
        named: list[Ref] = []
        for r in reversed(before):
            if r.kind == "item" or rule[6:] not in r.types or any(set(r.ids) == set(x.ids) for x in named):
                continue
            named.append(r)
        return named[::-1] if len(named) >= 2 else []
    if rule.startswith("kind:"):
        # "the house", "that label": the one entity of that type named before (two: which?)
        named = [r for r in before if r.kind != "item" and rule[5:] in r.types]
        return named[-1:] if named and len({r.ids for r in named}) == 1 else []
    if rule in ("first", "second"):
        # "the first" / "the second" of exactly two names of one type named before
        pick = _referents("former" if rule == "first" else "latter", before)
        same = {r.ids for r in before if pick and r.types & pick[0].types}
        return pick if len(same) == 2 else []
    if rule in ("latter", "former"):
        # the most recent two names of one type ("Jaws and Jurassic Park ...; the former")
        for k in range(len(before) - 1, 0, -1):
            # (not two names that make one noun phrase: "Heat and GoldenEye are action thrillers;
            # the former ...")
            mates = [r for r in before[:k] if r.types & before[k].types and r.end != before[k].start]
            if mates:
                return [before[k] if rule == "latter" else mates[-1]]
        named = [r for r in before if not r.pronoun and not r.user]
        if len(named) == 2 and named[0].ids != named[1].ids and named[0].end != named[1].start:
            # only two names before, of two types ("Anish Kapoor made Cloud Gate; the latter
            # stands in Millennium Park"): the second, or the first
            return [named[1] if rule == "latter" else named[0]]
    return []
