"""Constructions read before the grammar: they turn fixed word patterns into the cues the
:mod:`~kgexplain.consistency.parse` grammar already reads, so every claim they make is judged
like any other (true, in that direction, in the evidence).

* :func:`appositions`: "Nirvana, a grunge band, ..." reads the article after a comma as "is a";
* :func:`typed_copulas`: a guessed copula binds an attribute only before a noun for the item kind;
* :func:`role_nouns`: "Y is X's director", "The director of X is Y", "X has Y as its director",
  "X, whose director is Y";
* :func:`by_authors`: "Vertigo by Alfred Hitchcock" (authorship);
* :func:`where_clauses`: "Argentina, where Spanish is spoken", "the United States, where African
  Americans are an ethnic group", "Ethiopia, where the currency is the birr";
* :func:`players`: "Ringo Starr was the drummer of The Beatles", "The Beatles' drummer Ringo
  Starr", "Oasis guitarist Noel Gallagher" (membership and the instrument);
* :func:`modifiers`: a name placed before another ("the thriller Vertigo", "Alfred Hitchcock's
  Vertigo", "the Seattle band Soundgarden") or after a copula as an adjective ("Chinatown is a
  Roman Polanski thriller");
* :func:`language_adjectives`: "a German-language play" names the language;
* :func:`passive_parts`: "The first ascent of X was made by Y" (a declared "made the first ascent of");
* :func:`sea_levels`: "X is 84 metres above sea level" (the elevation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable, Sequence

from kgexplain.consistency.index import (NATIONALITY_ENDS, PERSON_TYPES, person_like_type, RELEASED_KINDS, STAGED_KINDS,
                                         WORK_TYPES, GraphIndex, type_last_word)
from kgexplain.consistency.lexicon import (BARE_COPULAS, CLASS_NOUNS, COLLECTIVE, CONSTITUENT_NOUNS, COMPARED_AFTER, GROUP_KINDS, GROUP_NOUNS, INCLUDE, SOLO_NOUNS, Cue, kind_type,
                                           is_year, mass_type, participle, past_of_participle, type_word_set)
from kgexplain._english import IRREGULAR_PLURALS, plural, singular
from kgexplain.consistency._text import WORD_NUMBERS, span_around
from kgexplain.consistency.mentions import Ref

__all__ = ["split_phrases", "in_its_name", "kind_from_places", "made_possessive", "bears_names", "option_frames", "type_phrases", "one_of_kinds", "year_gap_clauses", "dated_releases", "gapped_copulas", "appositions", "typed_copulas", "shared_auxiliaries", "found_at_frames", "shown_on", "role_nouns", "past_role_nouns", "modifiers", "Modifier", "by_authors", "fronted_crafts",
           "players", "Player", "where_clauses", "chained_prepositions", "present_led", "made_its", "noun_relatives",
           "whose_parts", "cast_lines", "counted_lists", "distributive_each"]


def year_gap_clauses(lowers: list[str]) -> None:
    """ "X, four years before he made Y": "before" opens a clause of its own, read as "and" (the
    reader checks the gap between the two items' years from the words as written). "arrived in
    <year>" reads as "debuted in <year>"."""
    for k in range(len(lowers) - 3):
        if lowers[k + 1] in ("years", "year") and lowers[k + 2] in ("before", "after") \
                and lowers[k + 3] in ("he", "she", "they", "it") \
                and (lowers[k].isdigit() or lowers[k] in WORD_NUMBERS or lowers[k] == "a"):
            lowers[k + 2] = "and"
    for k in range(len(lowers) - 2):
        if lowers[k] in ("arrived", "arrives") and lowers[k + 1] == "in" and lowers[k + 2].isdigit() \
                and len(lowers[k + 2]) == 4:
            lowers[k] = "debuted"  # "Aliens arrived in 1986": its debut (an arrival that dates it)


def _releasers(index: GraphIndex, words: list[str]) -> bool:
    """Whether ``words`` name only entities that release the graph's items and do nothing else to
    them (a distributor, a label: the object of a relation read "release"), not a maker ("a
    Ridley Scott release", "a John Cassavetes release" of a director who released his own film)."""
    ids = index.form_ids.get("".join(words))
    releasing = {c.relation for c in index.cues.get(("release",), ())}
    # (every link to it is a release: no maker who also releases, red team 182)
    links = [{r for data in index.graph._pred.get(i, {}).values() for r in data} for i in ids or ()]
    return bool(ids) and bool(releasing) and all(rels and rels <= releasing for rels in links)


def dated_releases(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "GoldenEye, a 1995 release, ...": a year, then "release" with no company named, says "a
    1995 film" (the graph's one item kind); not a distributor's noun ("a Paramount release")."""
    nouns = sorted(t.lower() for t in index.item_types if t and t.lower() in index.type_nouns)
    if len(nouns) != 1 or not type_word_set(index.item_types) & (WORK_TYPES | RELEASED_KINDS) - STAGED_KINDS:
        return  # (a hotel opens, a ballet premieres: neither is released)
    for k in range(2, len(lowers)):
        if lowers[k] == "release" and lowers[k - 2] in ("a", "an") and lowers[k - 1].isdigit() \
                and len(lowers[k - 1]) == 4:
            if lowers[k + 1:k + 2] in (["from"], ["by"]):
                continue  # ("a 1995 release from / by X": who released it, never its maker; not read)
            lowers[k] = nouns[0]
            cue_at.pop(k, None)
        elif lowers[k] == "release" and lowers[k + 1:k + 2] in ([","], ["."], [";"]) \
                and (j := next((i for i in range(k - 2, max(-1, k - 7), -1) if lowers[i] in ("a", "an")), None)) \
                is not None and not any(w in (",", ";", ".") for w in lowers[j:k]) \
                and _releasers(index, lowers[j + 1:k]):
            # "Die Hard, a 20th Century Fox release, stars Bruce Willis": the distributor's noun
            # ends the noun phrase as "film" would ("a 20th Century Fox film"), no verb of its own
            lowers[k] = nouns[0]
            cue_at.pop(k, None)


def appositions(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]],
                describes: set[int]) -> None:
    """ "Nirvana, a grunge band, ...": an article (or "another") right after a comma reads as the
    copula "is a"
    (only where the graph has copula cues, see :func:`~kgexplain.consistency.index.GraphIndex`).
    Its position joins ``describes``: an apposition is said of the name right before it ("Oasis
    was influenced by The Beatles, a band from Liverpool": of The Beatles), never of the clause's
    subject."""
    for k in range(1, len(lowers)):
        also = k >= 2 and lowers[k - 1] == "also" and lowers[k - 2] == "," and lowers[k] in ("a", "an")
        if (lowers[k - 1] not in _APPOSING and not also) or k in cue_at:
            continue  # (a title line: "Codenames: a word game from X", "Jaws — a 1975 thriller"; ",
            # also a Ridley Scott film": shared with another item, checked by the reader)
        longest = next((m for m in range(min(6, len(lowers) - k), 2, -1)
                        if tuple(lowers[k:k + m]) in index.apposed), None)
        if longest is not None and not also:
            # "Gyokuro, a type of green tea, ...", "Paris, the home of the Louvre, ...": a
            # relation's own noun phrase (see GraphIndex.apposed), said of the name before it
            cue_at[k] = [(k + longest, index.apposed[tuple(lowers[k:k + longest])])]
            describes.add(k)
            continue
        if lowers[k] in ("a", "an", "another"):
            # ", another Ridley Scott film": also needs another item of the text to share it
            # (and a past position, tenseless in an apposition: "Don Bradman, a batsman, ...")
            readings = index.cues.get(("is", lowers[k]), frozenset()) | frozenset(
                c for c in index.cues.get(("was", lowers[k]), ()) if c.relation in index.past_positions)
        elif lowers[k] == "the" and (_kind_noun_ahead(index, lowers, k + 2) or _count_genre_ahead(lowers, k + 1)):
            # "Alien, the 1979 horror film by Ridley Scott, ...": an identifying description,
            # read as "a" where a kind noun ends it ("Alien, the horror, ..." says nothing)
            readings = index.cues.get(("is", "a"))
        else:
            continue
        if readings:
            cue_at[k] = [(k + 1, readings)]
            describes.add(k)


def article_lists(index: GraphIndex, lowers: list[str], refs: list[Ref], cue_at: dict[int, list[tuple[int, Any]]],
                  describes: set[int]) -> None:
    """ "has a pagoda, a palm house and a treetop walkway": a row of names each after its article,
    closed by "and a(n)", is a list, not an apposition (", a palm house" renames nothing): the
    copula read at each comma's article (see :func:`appositions`) is dropped. So it is where no
    reading of that copula takes the name after the article for its object ("a pagoda, a palm
    house": no feature is a palm house)."""
    names = [r for r in refs if not r.pronoun and not r.user]
    starting = {r.start: r for r in names}
    ending = {r.end: r for r in names}
    for k in sorted(describes):
        x = ending.get(k - 1)
        if lowers[k] not in ("a", "an") or lowers[k - 1] != "," or x is None or x.kind == "item" \
                or lowers[x.start - 1:x.start] not in (["a"], ["an"]):
            continue
        y = starting.get(k + 1)
        if y is not None and y.kind != "item":
            # (a guessed copula, of a kind, is left as it is: the reader reads it only before a
            # kind noun)
            kept = [(e, frozenset(c for c in readings if c.typed or y.types & (
                        index.tail_types.get(c.relation, frozenset()) if c.forward
                        else index.head_types.get(c.relation, frozenset()))))
                    for e, readings in cue_at.get(k, ()) if not isinstance(readings, str)]
            kept = [(e, readings) for e, readings in kept if readings]
            if kept:
                cue_at[k] = kept
            else:
                cue_at.pop(k, None)
                describes.discard(k)
        row, y = [k], starting.get(k + 1)
        while y is not None and y.kind != "item":
            after = lowers[y.end:y.end + 3]
            if after[:2] in ([",", "a"], [",", "an"]) and y.end + 1 in describes:
                row.append(y.end + 1)
                y = starting.get(y.end + 2)
            elif after[:2] in (["and", "a"], ["and", "an"]) or after in ([",", "and", "a"], [",", "and", "an"]):
                for j in row:  # closed by "and a(n)": a list
                    cue_at.pop(j, None)
                    describes.discard(j)
                break
            else:
                break


_APPOSING = frozenset({",", ":", "—", "–"})
"""Marks after which an article opens an apposition."""


def _count_genre_ahead(lowers: list[str], k: int) -> bool:
    """Whether a count genre ("romance", "thriller") after an optional year at ``k`` ends a noun
    phrase (", the 1942 romance that X directed", ", the thriller by X,")."""
    if k < len(lowers) and lowers[k].isdigit() and len(lowers[k]) == 4:
        k += 1
    return k + 1 < len(lowers) and lowers[k] in COUNT_GENRES \
        and (lowers[k + 1] in _CLAUSE_END or lowers[k + 1] in ("that", "which", "by", "from", "with"))


def _kind_noun_ahead(index: GraphIndex, lowers: list[str], k: int) -> bool:
    """Whether a singular noun for an item kind comes within five words from ``k``, before the
    clause ends."""
    for w in lowers[k:k + 5]:
        if w in _CLAUSE_END:
            return False
        if w in index.type_nouns:
            return w not in index.plural_type_nouns  # ", the horror films" after a list: which ones
            # is unclear (a singular in "s" is one: ", the traveling circus")
    return False


def typed_copulas(index: GraphIndex, lowers: list[str], refs: list[Ref],
                   cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """Drop the guessed copula readings (``Cue.typed``) of a cue unless the name right after it
    is followed by a noun for an item kind: "a britpop band" states a genre, "a britpop" does not."""
    starts = {r.start: r for r in refs if not r.pronoun and not r.user}
    for s, found in cue_at.items():
        kept = []
        for e, readings in found:
            if index.bare_is and lowers[e:e + 1] in (["a"], ["an"], ["the"], ["another"]):
                # a relation declared "is" names its object right after the copula ("is
                # duophonic"), never a noun phrase ("is a Derbyshire cascade", red team 177)
                readings = frozenset(c for c in readings if c.typed or c.relation not in index.bare_is)
                if not readings:
                    continue
            art = next((j for j in (s - 1, s - 2, s - 3) if j >= 1 and lowers[j] in ("a", "an", "the", "another")
                        and all(w.isalpha() for w in lowers[j + 1:s])), None)  # ("an aircraft engine")
            if art is not None and lowers[art - 1] in _COPULA and any(c.noun and c.forward for c in readings):
                # "the Spitfire is an engine, the Merlin": an item's relation noun ("its engine")
                # is never what the item is
                readings = frozenset(c for c in readings if not (c.noun and c.forward))
                if not readings:
                    continue
            if (lowers[e - 1] in ("a", "an", "another") and (lowers[s] in _COPULA or (s > 0 and lowers[s - 1] in _APPOSING))) \
                    or (lowers[e - 1] in ("are", "were", "both", "all") and lowers[s] in _COPULA):
                # a declared "is a": still no genre said as a count noun that is none ("Heat is a
                # crime.", "Braveheart is a war."; "Heat is a thriller." is read)
                o = e + (lowers[e:e + 1] in (["both"], ["all"]) and lowers[e - 1] in ("are", "were"))
                obj = starts.get(o)
                if obj is not None and obj.end not in starts and no_count_noun(index, lowers, obj) \
                        and (o > e or lowers[e - 1] not in ("are", "were")) \
                        and (o == e or lowers[obj.end - 1].endswith("s")):  # ("are both science fiction.")
                    readings = frozenset(c for c in readings if (c.relation, c.forward) not in index.copula_pairs)
                    if readings:
                        kept.append((e, readings))
                    continue
            if any(c.typed for c in readings) and lowers[s] in _HAVING_WORDS:
                # "has an SUV body", "with a hatchback body": a kind is had only where its
                # type's noun names it ("has a thriller" says no genre)
                o = e
                while o < len(lowers) and lowers[o] in ("a", "an", "the"):
                    o += 1
                obj = starts.get(o)
                if obj is None or not own_type_after(index, lowers, obj) or lowers[s] in ("uses", "use", "used"):
                    readings = frozenset(c for c in readings if not c.typed)  # (not "uses a sports car segment")
                if readings:
                    kept.append((e, readings))
                continue
            if any(c.typed for c in readings):
                o = e
                while o < len(lowers) and (lowers[o] in ("a", "an", "the") or (lowers[o].isdigit() and o not in starts)):
                    o += 1  # "The Beatles are a rock band", "Nirvana is a 1987 grunge band"
                obj = starts.get(o)
                last = obj
                while last is not None and (last.end in starts or (
                        lowers[last.end:last.end + 1] == ["and"] and last.end + 1 in starts
                        and last.kind == "attribute" and starts[last.end + 1].kind == "attribute")):
                    # "a Manchester britpop band": the row of names; "an action-adventure and
                    # Metroidvania game": two genres of one noun
                    last = starts[last.end] if last.end in starts else starts[last.end + 1]
                keep = obj is not None and (last.end < len(lowers) and lowers[last.end] in index.type_nouns
                                            or (lowers[last.end - 1] in index.type_nouns and last.end - last.start > 1
                                                and last.kind == "attribute")) \
                    and "the" not in lowers[e:o]  # "is the grunge band" would say the only one
                # ("is a role-playing game": the attribute's own name ends in the kind noun)
                count_noun = obj is not None and last is obj and obj.lowercase \
                    and (lowers[obj.end - 1] in COUNT_GENRES  # "a drama", "a crime drama"
                         or kind_type(obj.types) or bool(obj.types & index.class_types))  # "a hatchback" (a body style), "a sports car"
                if count_noun and lowers[obj.end - 1] not in COUNT_GENRES and not kind_type(obj.types):
                    # (a class by the relation that says it only: not one that "switched from" a
                    # voice of the same type, red team 221)
                    readings = frozenset(c for c in readings if not c.typed or c.relation in index.class_relations)
                    if not readings:
                        continue
                if not keep and obj is not None and last is obj and obj.kind == "attribute" \
                        and own_type_after(index, lowers, obj) \
                        and not (index.is_part(obj.types) and (lowers[s] in _COPULA or lowers[s] in ("a", "an", "another"))):
                    keep = True  # "with a hatchback body", "has an SUV body style": named by its type
                    # (a part is had, never been: "the Spitfire is a Merlin engine" is false)
                if not keep and obj is not None and obj.kind == "attribute" and "tag" not in obj.types \
                        and not index.is_part(last.types) and not _a_place(index, last.types) \
                        and not type_word_set(last.types) & _INGREDIENTS \
                        and lowers[e - 1] in ("a", "an", "another") and all(w.isdigit() for w in lowers[e:o]) \
                        and (lowers[s] in _COPULA or (s > 0 and lowers[s - 1] in _APPOSING)) \
                        and (_noun_ends(lowers, last.end, cue_at, not obj.lowercase or last is not obj)
                             or (count_noun and (last.end >= len(lowers) or lowers[last.end] in _COMPARE_NEXT))):
                    # "Hades is a roguelike.", "Hollow Knight is a Metroidvania by Team Cherry",
                    # "Celeste, a 2018 platformer developed by X": the name ends the noun phrase
                    keep = True
                if not keep and obj is not None and last is obj and obj.kind == "attribute" and "tag" not in obj.types \
                        and not index.is_part(obj.types) and lowers[s] in ("are", "were") and o == e + (lowers[e:e + 1] in (["both"], ["all"], ["also"])) \
                        and any(" ".join(lowers[obj.start:obj.end]) in (index.info[i][2].lower() + "s", index.info[i][2].lower() + "es")
                                for i in obj.ids) \
                        and _noun_ends(lowers, obj.end, cue_at, True):
                    keep = True  # "Bastion and Transistor are (both) action RPGs (from X)": a plural count noun
                if not keep and e - s == 1 and lowers[s] in BARE_COPULAS \
                        and lowers[e:e + 1] in (["also"], ["both"], ["all"]):
                    e = o = e + 1  # "Foundation and Empire is also science fiction": the adverb joins the cue
                    obj = starts.get(o)
                if not keep and (e - s == 1 and lowers[s] in BARE_COPULAS or (
                        e - s == 2 and lowers[s] in BARE_COPULAS and lowers[s + 1] in ("both", "also", "all"))):
                    # "Dune is science fiction.", "are both science fiction", "is fantasy too":
                    # written in lower case, the clause ends (or a comparison follows)
                    row_end = last is not None and last is not obj and last.lowercase \
                        and last.kind == "attribute" and "tag" not in last.types \
                        and (last.end >= len(lowers) or lowers[last.end] in _COMPARE_NEXT
                             or _noun_ends(lowers, last.end, cue_at, True))
                    # "Veep and Curb Your Enthusiasm are HBO sitcoms": a row ending in a genre
                    # ("Akira is cyberpunk science fiction set in Neo-Tokyo")
                    keep = obj is not None and o == e and obj.kind == "attribute" \
                        and "tag" not in obj.types and not index.is_part((last or obj).types) \
                        and not (lowers[e - 1] in ("both", "all") and no_count_noun(index, lowers, obj)
                                 and lowers[obj.end - 1].endswith("s")) \
                        and (row_end or (obj.lowercase or _adjective(lowers, obj) or _style(obj)) and (
                            obj.end >= len(lowers) or lowers[obj.end] in _COMPARE_NEXT
                            or _noun_ends(lowers, obj.end, cue_at, True)
                            or lowers[obj.end] in ("that", "which")))
                    # "is science fiction by Ursula K. Le Guin": a phrase about the book follows
                if keep and last is not None and last.end < len(lowers) and lowers[last.end] in index.type_nouns \
                        and _not_an_item(lowers, refs, s):
                    keep = False  # "Edward Whymper is a British peak": a noun of the items, said of a person
                if keep and last is not None and _a_place(index, last.types) and last.end < len(lowers) \
                        and lowers[last.end] in _PLACE_NOUNS:
                    keep = False  # "Everton is a Liverpool city": the place's kind, not the item's
                if keep and last is not None and last is not obj and last.types & index.class_types \
                        and not obj.types & index.class_types:
                    keep = False  # "Bear Grylls is an Everest presenter": a name before an occupation
                    # says no kind of the person (red team 196)
                if not keep:
                    readings = frozenset(c for c in readings if not c.typed)
            if readings:
                kept.append((e, readings))
        cue_at[s] = kept


_COPULA = ("is", "was", "are", "were")


def _not_an_item(lowers: list[str], refs: list[Ref], c: int) -> bool:
    """Whether the copula (or apposition comma) at ``c`` is said of a name, a pronoun or a
    relative ("X, who was ...") that names no item: a person, a place (red teams 127, 128)."""
    if c >= 1 and lowers[c - 1] in ("who", "which", "that"):
        c -= 1 + (c >= 2 and lowers[c - 2] == ",")  # ("Edward Whymper, who was a British peak")
    subject = next((r for r in refs if r.end == c and not r.user), None)
    if subject is not None and subject.pronoun:
        return subject.pronoun in ("person", "she")  # "he was a British peak"
    # (a genre written in lower case is no person: "a crime drama, a David Fincher film" says the
    # second predicate of the item)
    return subject is not None and subject.kind != "item" and not subject.lowercase


def _adjective(lowers: list[str], obj: Ref) -> bool:
    """Whether ``obj`` is a class said as an adjective of nationality ("Tiramisu is Italian.",
    "is French too"): one word, a demonym's ending, a class (cuisine, country, language)."""
    return obj.end - obj.start == 1 and mass_type(obj.types) and lowers[obj.start].endswith(NATIONALITY_ENDS)


_STYLE_TYPES = frozenset({"style", "movement", "period", "school"})
"""Types of attributes whose names are said as adjectives of what has them ("Durham Cathedral is
Romanesque", "both are Gothic")."""


def _style(obj: Ref) -> bool:
    """Whether ``obj`` is a style, a movement, a period or a school, said as an adjective ("is Gothic")."""
    return bool(type_word_set(obj.types) & _STYLE_TYPES)


def kind_from_places(index: GraphIndex, lowers: list[str], refs: list[Ref],
                     cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "Luciano Pavarotti was a tenor from Modena", "Anna Netrebko, a soprano from Krasnodar,",
    "Turkana Boy is a skeleton from West Turkana": after a name, a copula (or a comma), "a" /
    "an" and one to three words that name no one (a kind: "tenor", "skeleton"), "from" a place
    reads as the graph's "is from" said of that name (where one was born, where a fossil was
    found), where the relation is said of its type. A bare "from" after a name is not read: it
    may describe that name ("Pierre Curie married Marie Curie, from Paris", red team 203)."""
    found = [c for c in index.cues.get(("is", "from"), ()) if not c.noun]
    if not found:
        return
    names = [r for r in refs if not r.user and not r.pronoun]
    for k, w in enumerate(lowers):
        if w != "from" or k in cue_at or k < 3:
            continue
        place = next((r for r in names if r.start == k + 1 + (lowers[k + 1:k + 2] == ["the"])), None)
        article = next((j for j in range(k - 1, max(0, k - 4) - 1, -1) if lowers[j] in ("a", "an")), None)
        if place is None or article is None or article < 2 or lowers[article - 1] not in (*_COPULA, ","):
            continue
        subject = next((r for r in names if r.end == article - 1), None)
        inside = [r for r in names if article < r.start < k]
        kind = lowers[article + 1:k]
        own = type_word_set(subject.types) if subject is not None else set()
        if not ((len(inside) == 1 and inside[0].start == article + 1 and inside[0].end == k
                 and inside[0].kind == "attribute" and not any(person_like_type(t) for t in inside[0].types))
                or (not inside and kind and all(w in own for w in kind))):
            continue  # one kind only, the graph's class of the name or its own type's noun: not
            # "a tenor and soprano from X" nor "a skeleton skull from X", whose last noun no one
            # checks (red teams 209, 210); no name between ("is a film by X from Y")
        readings = frozenset(c for c in found if subject is not None
                             and subject.types & index.subject_types.get((c.relation, c.forward), frozenset()))
        if not readings:
            continue  # (of what the relation is said of: a person's birthplace, a fossil's site)
        cue_at[k] = [(place.start, readings)]


def nationalities(index: GraphIndex, lowers: list[str], refs: list[Ref],
                  cue_at: dict[int, list[tuple[int, Any]]], describes: set[int]) -> frozenset[int]:
    """A place's adjective after a copula or in an apposition says where its subject comes from
    ("Lino Lacedelli is Italian.", "was an Italian climber", "Hans Meyer, a German, ..."):
    the copula (or the comma) gets the graph's readings of origin ("from", "in"). A noun after the
    adjective after a copula, ending the clause, must name the subject's own type ("climber" for a
    climber; not "chef", nor "mountaineer": no synonym is guessed) and is glued (not in an
    apposition: "X, a French climber, first climbed Y" is not read). Returns the glued positions."""
    glued: set[int] = set()
    readings = frozenset(index.origin | index.national)
    if not (readings and index.nationalities) and not (index.member_of and index.member_names):
        return frozenset()
    n = len(lowers)
    for obj in refs:
        k = obj.start
        if obj.pronoun or obj.user or obj.lowercase:
            continue
        if tuple(lowers[k:obj.end]) in index.member_names:
            found = index.member_of  # "Thomas Aquinas was a Dominican": a member of the Dominicans
        elif readings and obj.end - k == 1 and lowers[k] in index.nationalities:
            found = readings
        else:
            continue
        p = k - 1 - (k >= 2 and lowers[k - 1] in ("a", "an"))
        if p < 1 or not (lowers[p] in _COPULA or (lowers[p] == "," and p < k - 1)):
            continue
        q = obj.end
        subject = next((r for r in refs if r.end == p and not r.user), None)
        if found is index.member_of:
            if p == k - 1 or subject is None:
                continue  # (one member is "a Dominican"; "X is Dominican" says no more)
        elif p < k - 1 and (subject is None or (subject.kind == "item"
                                                and not all(map(person_like_type, subject.types or ("",))))):
            continue  # ("The Matterhorn, an Italian, ...": "an Italian" is a person)
        if subject is not None and q < n and lowers[p] in _COPULA and (q + 1 >= n or lowers[q + 1] in _CLAUSE_END) \
                and lowers[q] in type_word_set(subject.types) | {plural(w) for w in type_word_set(subject.types)}:
            glued.add(q)  # "an Italian climber."
            q += 1
        if q < n and lowers[q] not in _CLAUSE_END:
            continue
        cue_at[p] = [(k, found)]
        glued.update(range(p + 1, k))
        if lowers[p] == "," and lowers[q:q + 1] == [","] and lowers[q + 1:q + 2] != ["and"]:
            describes.add(p)  # said of the name before the comma; the clause goes on with it
            # (not in a list: "by Hans Meyer, a German, and Ludwig Purtscheller, an Austrian.")
    return frozenset(glued)

_INGREDIENTS = frozenset({"grape", "grapes", "ingredient", "material", "component"})
"""Types of what an item is made from: "a Merlot" may be a blend with more Cabernet than Merlot,
so "X is a Merlot." is not read."""
_HAVING_WORDS = frozenset({"with", "has", "have", "had", "uses", "use", "used", "comes", "come", "came", "complete"})


_PLACE_NOUNS = frozenset({"city", "cities", "country", "countries", "region", "regions", "state", "states",
                          "province", "town", "place", "location", "venue"})


def _a_place(index: GraphIndex, types: Any) -> bool:
    """Whether entities of ``types`` are places an item is in or from: "Celtic is a Glasgow club"
    names one before a kind noun, "Celtic is a Glasgow." says nothing."""
    return bool(set(types) & index.place_types)


def _noun_ends(lowers: list[str], k: int, cue_at: dict[int, list[tuple[int, Any]]],
               proper: bool) -> bool:
    """Whether a noun phrase ends before token ``k``: a phrase that describes a noun follows
    ("by X", "from X", "with X", "developed by X", "starring X", "available on X", "in X" where "in"
    is a cue), or, for a capitalized name, the
    clause ends ("is a Metroidvania.", "another crime drama."; "is a rock." is no genre claim), or
    a relative clause follows ("a thriller that X created")."""
    if k >= len(lowers) or lowers[k] in _CLAUSE_END:
        return proper
    w = lowers[k]
    if w == "you" and lowers[k + 1:k + 2] and lowers[k + 1] in _YOU_RELATIVE:
        return True  # "a comedy you rated highly": a relative clause on the user
    if lowers[k:k + 2] == ["co", "-"] and k + 2 < len(lowers) and k in cue_at:
        w = lowers[k + 2]  # "a sitcom co-created by X"
    if participle(w) and lowers[k + 1:k + 2] == ["in"] and lowers[k + 2:k + 3] and lowers[k + 2].isdigit():
        return True  # "a Metroidvania released in 2017": a participle with its year
    return w in ("by", "from", "with", "that", "which", "who") or (k in cue_at and (
        participle(w) or w.endswith("ing") or w in ("on", "for", "available", "in", "at", "born")))
    # ("a thriller that Vince Gilligan created": a relative clause ends the noun phrase too)
_YOU_RELATIVE = frozenset({"loved", "liked", "enjoyed", "adored", "rated", "gave", "may", "might",
                           "will", "would", "should", "could", "watched", "saw", "really", "also"})
"""What follows "you" in a relative clause without "which" ("a comedy you loved")."""
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "and", "but"})
_COMPARE_NEXT = _CLAUSE_END | {"too", "like", "as"}
"""What may follow a predicate genre said without a kind noun: the clause's end or a comparison
("is fantasy too", "is a romance like X", "is a thriller as well")."""
COUNT_GENRES = frozenset({
    "thriller", "comedy", "drama", "romance", "fantasy", "western", "musical", "documentary", "horror",
    "mystery", "satire", "tragedy", "farce", "epic", "memoir", "biography", "roguelike",
    "platformer", "metroidvania", "shooter", "rpg", "romcom", "melodrama", "sitcom", "procedural",
    "biopic", "slasher", "whodunit", "spoof", "parody", "anthology", "novella", "miniseries",
    "docuseries", "chypre", "floral", "oriental", "gourmand", "fougère", "fougere", "adventure",
    "noir", "caper", "heist", "mockumentary"})
"""Genre names that are nouns of their own: "Emma is a romance." states the genre, where "Nirvana
is a rock." does not."""
_POSSESSIVES = frozenset({"its", "their", "his", "her", "a", "an", "the"})


def role_nouns(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]], describes: set[int],
                complete: set[int] | None = None) -> frozenset[int]:
    """Relation nouns in fixed constructions, read as the clause they stand for.

    With N a noun of relation r, one to three words (``director``: ``(X, directed_by, Y)`` is "X's
    director is Y"; ``total area`` from the inverse phrase "is the total area of"):

    * "Y is X's N."        -> "Y is the N of X": the copula gets r's inverse reading;
    * "The N of X is Y"    -> "X's N is Y": the copula gets r's forward reading ("The N for /
      in / at X, Z, is the Y" too);
    * "X has Y as its N"   -> the same: "has" gets r's forward reading;
    * "X, whose N is Y"    -> the same: the copula gets r's forward reading (also without the
      comma: "Sri Lanka whose capital is Z");
    * "The language spoken in X is Y" -> "Y is the language spoken in X", where a declared cue
      "is the / a N <participle> <prep>" says so; "One of the Ns of / spoken in X is Y": some of
      them (one name, and no ``complete``).

    The construction's other words ("'s N", "the N of", "as its N", "whose N") are returned as
    glued token positions; the claim itself is judged like any other. The copula of "whose N
    is" joins ``describes`` (said of the name before "whose"); the copula of "The Ns of X are"
    and "The N of X is" joins ``complete`` (the names after it must be every one).
    """
    names = [r for r in refs if not r.pronoun and not r.user]
    starting = {r.start: r for r in names}
    ending = {r.end: r for r in names}
    n = len(lowers)
    glued: set[int] = set()
    dropped: set[int] = set()  # references the construction reads ("in its cast")

    def noun_from(k: int, forward: bool) -> tuple[frozenset[Cue] | None, int]:
        return _noun_from(index, lowers, k, forward)

    def noun_before(e: int, forward: bool) -> tuple[frozenset[Cue] | None, int]:
        """The noun ending before ``e`` (one to three words) and where it starts."""
        for k in range(max(0, e - 3), e):
            found = _noun_readings(index, lowers, k, e, forward)
            if found:
                return found, k
        return None, e

    def ends_clause(k: int) -> bool:
        return k >= n or lowers[k] in _CLAUSE_END

    def list_end(j: int) -> int:
        """Where the list of names going on at ``j`` (", B and C") ends."""
        while j + 1 < n and lowers[j] in (",", "and") and (j + 1) in starting:
            j = starting[j + 1].end
        return j

    def guessed_only(k: int) -> bool:
        """No cue at ``k`` but the guessed bare copula ("is")."""
        return all(c.typed for _, rd in cue_at.get(k, ()) for c in rd)

    def put(k: int, readings: frozenset[Cue], glue: Iterable[int]) -> None:
        cue_at[k] = [(k + 1, readings)]
        for g in glue:
            cue_at.pop(g, None)
        glued.update(glue)

    all_ending = {r.end for r in refs if not r.user}
    all_starting = {r.start for r in refs if not r.user and not r.pronoun}
    starting_or_its = starting | {r.start: r for r in refs if r.pronoun == "item_possessive"}
    for x in refs:
        # "Y was its N." / "he is its translator": "its" is the item before (kept as a reference
        # by the reader because the noun after it is glued)
        k, e = x.start, x.end
        owner = x.pronoun == "item_possessive" or (not x.pronoun and not x.user and lowers[e:e + 1] == ["'s"])
        lead = 1 if k >= 1 and lowers[k - 1] == "among" else 2 if lowers[max(0, k - 2):k] == ["one", "of"] else 0
        if owner and lead and (k == lead or lowers[k - lead - 1] in _CLAUSE_END) \
                and (x.pronoun or lowers[k - lead:k] == ["one", "of"]):
            # "Among its stars is X": its stars include X; "One of its / Rocky's producers is X"
            # ("Among Rocky's producers": the reader's own)
            fwd, ne = noun_from(e + (not x.pronoun), forward=True)
            if fwd and ne < n and lowers[ne] in _COPULA and _plural_word(lowers[ne - 1]) and (ne + 1) in all_starting \
                    and (lead == 1 or lowers[ne] in ("is", "was")):
                lowers[ne] = "include"
                put(ne, fwd, range(e, ne))
                glued.update(range(k - lead, k))
                continue
        one_of = x.pronoun == "item_possessive" and k >= 4 and lowers[k - 2:k] == ["one", "of"]
        among = x.pronoun == "item_possessive" and k >= 3 and lowers[k - 1] == "among"
        c = k - 3 if one_of else k - 2 if among else k - 1  # "X and Y are among its stars": some of them
        among = among or one_of
        # (a membership's "is one of" before "its": the noun after it says whose, "Charles III
        # was one of its pupils")
        membership = one_of and all(end <= k for end, _ in cue_at.get(c, ()))
        if x.pronoun == "item_possessive" and c >= 1 and lowers[c] in _COPULA \
                and c in all_ending and (guessed_only(c) or lowers[c] in ("are", "were") or membership):
            inv, ne = noun_from(e, forward=False)
            if inv and (ends_clause(ne) or (lowers[ne] == "too" and ends_clause(ne + 1))) \
                    and (not among or _plural_word(lowers[ne - 1])):  # ("is its director too")
                put(c, inv, range(c + 1 if among else e, ne))
                if complete is not None and not among:
                    complete.add(c)
    for x in sorted(names + [r for r in refs if (r.pronoun == "item" and (
            r.end - r.start == 1 or (r.end - r.start == 2 and lowers[r.start] == "the")))
                             or r.pronoun in ("latter", "former")], key=lambda r: r.start):
        # (and "it", "the latter", "the dish": "It counts Max Weber among its alumni")
        k, e = x.start, x.end
        # "Y is X's N."
        # (its subject a reference too, or a name before an aside: "the latter was X's N", "HMS
        # Victory, launched in 1765, was X's N")
        if k >= 2 and lowers[k - 1] in _COPULA and ((k - 1) in all_ending or lowers[k - 2] == ",") \
                and guessed_only(k - 1) and e + 1 < n and lowers[e] == "'s":
            inv, ne = noun_from(e + 1, forward=False)
            if not (inv and ends_clause(ne)):
                # a noun whose owner is the stored fact's tail ("is the home ground of": "Allianz
                # Arena is Bayern Munich's home ground"), as "X's N is Y" reads it; the clause
                # ends right after it
                inv, ne = _tail_noun_to_end(index, lowers, e + 1, past=lowers[k - 1] in ("was", "were"))
            if inv and ends_clause(ne):
                put(k - 1, inv, range(e, ne))
                if complete is not None:
                    complete.add(k - 1)  # "Y is X's N": the only one ("Ns": all of them)
                continue
        # "Ridley Scott, Alien's director, ...": "X, the N of Y, ..."
        # ("Kate Winslet, one of Titanic's stars, ...": some of them)
        # ("Joe Pesci, one of its stars, ...": "its" the item before, kept as a reference)
        one_of = lowers[e + 1:e + 3] == ["one", "of"]
        if e + 1 < n and lowers[e] == "," and (e + 1 + 2 * one_of) in starting_or_its:
            y = starting_or_its[e + 1 + 2 * one_of]
            inv, ne = noun_from(y.end + 1, forward=False) if lowers[y.end:y.end + 1] == ["'s"] \
                else noun_from(y.end, forward=False) if y.pronoun else (None, 0)
            if inv and lowers[ne:ne + 1] == [","] and _plural_word(lowers[ne - 1]) == one_of:
                put(e, inv, range(y.end, ne))
                glued.update(range(e + 1, y.start))
                describes.add(e)  # said of X; the clause goes on with X
                if complete is not None and not one_of:
                    complete.add(e)  # the only one, as "Y is X's N"
                continue
        # "A and B are sister cities": a relation said the same both ways, as a plural noun
        if e + 1 < n and lowers[e] == "and" and (e + 1) in starting and index.symmetric \
                and not (k >= 1 and lowers[k - 1] in (",", "and", "&", "or")):  # (two names only)
            y = starting[e + 1]
            c = y.end + (lowers[y.end:y.end + 1] == ["both"])
            if lowers[c:c + 1] in (["are"], ["were"]) and guessed_only(c):
                found, ne = noun_from(c + 1, forward=True)
                both = frozenset(r for r in found or () if r.relation in index.symmetric)
                if both and _plural_word(lowers[ne - 1]) and ends_clause(ne):
                    put(e, both, range(y.end, ne))
                    continue
        # "Y is one of X's Ns", "Y and Z are among (the) X's Ns": some of them
        t = k - 1 if k >= 1 and lowers[k - 1] == "the" else k
        c = t - 3 if t >= 4 and lowers[t - 2:t] == ["one", "of"] else t - 2 if t >= 3 and lowers[t - 1] == "among" else 0
        if c >= 1 and lowers[c] in _COPULA and c in ending and (guessed_only(c) or lowers[c] in ("are", "were")) \
                and e + 1 < n and lowers[e] == "'s":
            inv, ne = noun_from(e + 1, forward=False)
            if inv and ends_clause(ne) and _plural_word(lowers[ne - 1]):
                put(c, inv, range(c + 1, ne))
                continue
        # "The N of X is Y" ("The total area for X is Y", "The designer of the X is Y")
        p = k - 2 if k >= 4 and lowers[k - 1] == "the" else k - 1
        fwd, the = noun_before(p, forward=True) \
            if p >= 2 and lowers[p] in ("of", "for", "in", "at") else (None, k)
        if not fwd and p >= 3 and lowers[p] in ("in", "at", "on", "by", "for"):
            fwd, the = _described_as(index, lowers, p)  # "The language spoken in X is Y"
        c = e + 1 if e + 1 < n and lowers[e] == "," else e  # "The total area of X, Y, is Z"
        y = c + 2 if c + 2 < n and lowers[c + 1] == "the" else c + 1  # "... are the Liberal Democrats"
        # "One of the Ns of X is Y": some of them, said with "is" ("One of the languages spoken in X")
        one = fwd is not None and the >= 3 and lowers[the - 3:the - 1] == ["one", "of"] \
            and any(_plural_word(w) for w in lowers[the:p]) and c < n and lowers[c] in ("is", "was")
        if one and y in starting:
            after = starting[y].end  # "One of the Ns ... is Y": one name ("is Finnish and Swedish": no)
            one = lowers[after:after + 1] not in (["and"], ["or"], ["&"]) \
                and not (lowers[after:after + 1] == [","] and (after + 1) in starting)
            fwd = fwd if one else None
        opens = the - 1 - 2 * one
        some = the > 0 and lowers[the - 1] in ("a", "an") and not one  # "An ingredient of X is Y": one of them
        if fwd and the > 0 and (lowers[the - 1] == "the" or some) and (opens == 0 or lowers[opens - 1] in _CLAUSE_END) \
                and c < n and (lowers[c] in _COPULA or lowers[c] in INCLUDE) and y in starting \
                and not (some and (lowers[c] not in ("is", "was") or _plural_word(lowers[p - 1]))):
            put(c, fwd, range(opens, k))
            if c > e:
                glued.add(e)
            if complete is not None and not one and not some and lowers[c] in ("are", "were", "is", "was"):
                complete.add(c)  # "The members of X are A and B": all of them; "The
                # writer of X is Y": the only one
            continue
        # "The score of X is by Y": a part of the work, then who made it ("score by Y")
        part = index.cues.get((lowers[k - 2], "by")) if k >= 3 and lowers[k - 1] == "of" \
            and lowers[k - 3] == "the" and (k == 3 or lowers[k - 4] in _CLAUSE_END) else None
        parts = frozenset(Cue(c.relation, c.forward) for c in part or () if c.forward and not c.noun)
        if parts and e + 2 < n and lowers[e] in ("is", "was") and lowers[e + 1] == "by" and (e + 2) in starting:
            cue_at[e] = [(e + 2, parts)]
            glued.update(range(k - 3, k))
            if complete is not None:
                complete.add(e)  # the whole score
            continue
        # "X has Y as its N" ("X and Z both have Y as a N")
        h = e + 2 if lowers[e:e + 2] in ([",", "which"], [",", "that"]) else e  # ("X, which also has Y ...")
        h = h + 1 if h < n and lowers[h] in ("both", "also") else h
        if h == e and lowers[e:e + 1] == [","] and e + 2 < n and lowers[e + 1] in _HAVING_AMONG:
            h = e + 1  # "X, a university in Y, counts Z among its alumni": after an apposition
        if lowers[e:e + 2] == [",", "from"] and lowers[e + 3:e + 4] == [","] and is_year(lowers[e + 2]):
            h = e + 4  # "X, from 1974, has three editors: ..." (the year read where it stands)
        if h + 4 < n and lowers[h] in ("has", "had") and lowers[h + 1] in _COUNT_WORDS:
            # "X has three editors: A, B and C": every one of them, and that many
            m = h + 2 + (lowers[h + 2] == "credited")
            fwd, ne = noun_from(m, forward=True)
            if fwd and _plural_word(lowers[ne - 1]) and lowers[ne:ne + 1] in ([":"], [","]) and (ne + 1) in starting:
                j = list_end(starting[ne + 1].end)
                listed = sum(1 for r in names if ne < r.start < j)
                if listed == _COUNT_WORDS[lowers[h + 1]] and "and" in lowers[ne + 1:j] and ends_clause(j):
                    put(h, fwd, range(h + 1, ne + 1))
                    if complete is not None:
                        complete.add(h)
                    continue
        y_at = h + 2 if lowers[h + 1:h + 2] == ["the"] and (h + 2) in starting \
            and lowers[starting[h + 2].end:starting[h + 2].end + 2] in (["as", "its"], ["as", "their"]) \
            else h + 1  # ("has the Portmeirion Group as its owner"; not "counts the X among its Ns")
        if h < n and lowers[h] in _HAVING_AMONG and y_at in starting:
            y = starting[y_at]
            # ("X has Y as one of its Ns": some of them)
            one_of = lowers[y.end:y.end + 4] in (["as", "one", "of", "its"], ["as", "one", "of", "their"])
            fwd, ne = noun_from(y.end + 4, forward=True) if one_of \
                else noun_from(y.end + 2, forward=True) \
                if y.end + 2 < n and lowers[y.end] == "as" and lowers[y.end + 1] in _POSSESSIVES \
                else noun_from(y.end + 1, forward=True) if y.end + 1 < n and lowers[y.end] == "as" \
                else (None, 0)  # (also a bare role: "X has Y as head chef")
            if lowers[h] not in ("has", "have", "had") or (one_of and not _plural_word(lowers[ne - 1])):
                fwd = None  # ("counts Y among its Ns" only)
            if fwd and ends_clause(ne):
                put(h, fwd, range(y.end, ne))
                if complete is not None and lowers[y.end + 1] in ("its", "their", "the"):
                    complete.add(h)  # "X has Y as its director": the only one
                continue
            j = list_end(y.end)  # "X has Y and Z among its members": some of them
            fwd, ne = noun_from(j + 2, forward=True) \
                if lowers[j:j + 1] in (["among"], ["in"]) and lowers[j + 1:j + 2] in (["its"], ["their"], ["the"]) \
                else (None, 0)
            among = lowers[j:j + 1] == ["among"] and lowers[j + 1:j + 2] != ["the"] and _plural_word(lowers[ne - 1])
            cast = lowers[j:j + 1] == ["in"] and ne == j + 3 and lowers[ne - 1] in COLLECTIVE  # ("in its cast")
            if fwd and ends_clause(ne) and (among or cast):
                put(h, fwd, range(j, ne))
                dropped.update(id(r) for r in refs if r.pronoun and j < r.start < ne)  # ("its cast")
                continue
        # "Heat, with Val Kilmer and Jon Voight in the cast, ...": "with" a group noun's relation
        w = k - 1
        if w >= 1 and lowers[w] == "with" and any(not c.noun for _, rd in cue_at.get(w, ()) for c in rd):
            j = list_end(e)
            if lowers[j:j + 1] == ["in"] and lowers[j + 1:j + 2] in (["its"], ["the"], ["their"]) \
                    and lowers[j + 2:j + 3] and lowers[j + 2] in COLLECTIVE and ends_clause(j + 3):
                group = {c.relation for c in index.cues.get((lowers[j + 2],), ()) if c.noun and c.forward}
                readings = frozenset(c for _, rd in cue_at.get(w, ()) for c in rd
                                     if c.relation in group and c.forward and not c.noun)
                if readings:
                    put(w, readings, range(j, j + 3))
                    dropped.update(id(r) for r in refs if r.pronoun and j < r.start < j + 3)
                    continue
        # "X, with Y as (its) N, ...": "with" says X's N is Y (after a comma only: "A founded X
        # with Y as its head chef" may say that of A, red team 127)
        if w >= 2 and lowers[w] == "with" and lowers[w - 1] == "," and e + 1 < n and lowers[e] == "as":
            one_of = lowers[e + 1:e + 4] in (["one", "of", "its"], ["one", "of", "their"])  # (some of them)
            fwd, ne = noun_from(e + 4, forward=True) if one_of \
                else noun_from(e + 2, forward=True) if lowers[e + 1] in ("its", "their", "the") \
                else noun_from(e + 1, forward=True)
            if fwd and ends_clause(ne) and (not one_of or _plural_word(lowers[ne - 1])):
                put(w, fwd, range(e, ne))
                continue
        # "X, whose N is Y", "X, whose Ns include Y" (also without the comma: "Sri Lanka whose
        # capital is Z")
        w = e + 1 if lowers[e:e + 1] == [","] else e
        fwd, c = noun_from(w + 1, forward=True) if w + 2 < n and lowers[w] == "whose" else (None, 0)
        if fwd and c < n and (lowers[c] in _COPULA or lowers[c] in INCLUDE) and (c + 1) in starting:
            put(c, fwd, range(w, c))
            describes.add(c)  # "whose" is said of the name right before it
            if complete is not None and lowers[c] not in INCLUDE:
                complete.add(c)  # "X, whose composer is Y": the only one
        # "X is in the Y style", "X was built in the Y style": X's N is Y
        i = k - 2
        j = i - 1 - (i >= 3 and lowers[i - 2] in ("both", "also", "all"))  # ("were both built in")
        made = i >= 2 and lowers[i - 1] in _MADE_IN_A_STYLE and j >= 1 and lowers[j - 1] in _COPULA \
            and _made_so(index, lowers[i - 1], ending.get(j - 1))
        if i >= 2 and lowers[i:k] == ["in", "the"] and (lowers[i - 1] in _COPULA or made):
            fwd, ne = noun_from(e, forward=True)
            fwd = frozenset(c for c in fwd or () if (c.relation, True) in index.copula_pairs) \
                if type_word_set(x.types) & _STYLE_TYPES and e < n and lowers[e] in type_word_set(x.types) else None
            # (a style, a movement or a period the item is of, named by its own type: not "in the
            # English language" for "was dubbed into", "in the Lindisfarne diocese" for "formerly
            # belonged to", red team 136)
            if fwd and ne == e + 1 and ends_clause(ne):
                put(i - 1, fwd, [i, *range(e, ne)])  # (the copula or the participle reads it)
    refs[:] = [r for r in refs if id(r) not in dropped]
    return frozenset(glued)


def past_role_nouns(index: GraphIndex, lowers: list[str], refs: list[Ref],
                     cue_at: dict[int, list[tuple[int, Any]]], describes: set[int],
                     complete: set[int] | None = None) -> frozenset[int]:
    """The nouns of relations said only in the past (:attr:`GraphIndex.past_nouns`: "was the
    capital of", "had the state religion"), read as :func:`role_nouns` reads a noun, after a past
    copula only ("is" would say it still is):

    * "X's N was Y", "Its N was Y", "The N of X was Y", "X, whose N was Y" -> X's N is Y;
    * "Y was X's N", "Y was its N" (ending the clause) -> the same, the other way round;
    * "X had Y as its N", "X used Y as its N" (ending the clause) -> the same, said by "had".

    Returns the glued token positions (the construction's "'s N", "the N of", "as its N").
    """
    if not index.past_nouns:
        return frozenset()
    n = len(lowers)
    names = [r for r in refs if not r.pronoun and not r.user]
    starting = {r.start: r for r in names}
    owners = [r for r in refs if not r.user and (not r.pronoun or r.pronoun in ("item_possessive", "item"))]
    glued: set[int] = set()

    def noun_at(k: int) -> tuple[frozenset[Cue] | None, int]:
        for e in range(min(n, k + 3), k, -1):
            found = index.past_nouns.get(tuple(lowers[k:e]))
            if found:
                return frozenset(Cue(c.relation, c.forward) for c in found), e
        return None, k

    def ends_clause(k: int) -> bool:
        return k >= n or lowers[k] in _CLAUSE_END

    def past(k: int) -> bool:
        return k < n and lowers[k] in ("was", "were")

    def named_after(k: int) -> bool:  # a name right after ``k`` ("were the Glass House and ...")
        return (k + 1) in starting or (lowers[k + 1:k + 2] == ["the"] and (k + 2) in starting)

    def put(k: int, readings: frozenset[Cue], glue: Iterable[int]) -> None:
        cue_at[k] = [(k + 1, readings)]
        for g in glue:
            cue_at.pop(g, None)
        glued.update(glue)
        if complete is not None:
            complete.add(k)  # the only one ("Ns ... were": all of them, red teams 204, 205)

    def flipped(readings: frozenset[Cue]) -> frozenset[Cue]:
        return frozenset(Cue(c.relation, not c.forward) for c in readings)

    for x in owners:
        k, e = x.start, x.end
        t = k - 1 if k >= 1 and lowers[k - 1] == "the" and not x.pronoun else k  # ("the First French Empire")
        after = e + 1 if not x.pronoun and lowers[e:e + 1] == ["'s"] else e if x.pronoun == "item_possessive" else -1
        if after >= 0:
            found, ne = noun_at(after)
            if found and past(ne) and named_after(ne) and (t == 0 or lowers[t - 1] in _CLAUSE_END):
                put(ne, found, range(e, ne))  # "X's N was Y"
                continue
            if found and ends_clause(ne) and t >= 2 and past(t - 1) \
                    and any(r.end == t - 1 for r in names):
                put(t - 1, flipped(found), range(e, ne))  # "Y was X's N"
                continue
        # "The N of X was Y"
        if t >= 3 and lowers[t - 1] == "of" and x.pronoun != "item":
            for the in range(max(0, t - 5), t - 2):
                if lowers[the] == "the" and (the == 0 or lowers[the - 1] in _CLAUSE_END):
                    found, ne = noun_at(the + 1)
                    if found and ne == t - 1 and past(e) and named_after(e):
                        put(e, found, range(the, k))
                        break
        # "X, whose N was Y"
        w = e + 1 if lowers[e:e + 1] == [","] else e
        if not x.pronoun and w + 2 < n and lowers[w] == "whose":
            found, ne = noun_at(w + 1)
            if found and past(ne) and named_after(ne):
                put(ne, found, range(w, ne))
                describes.add(ne)  # said of the name right before "whose"
                continue
        # "X had Y as its N" ("A and B both had Y as their N", "X used Y as its N")
        h = e + (lowers[e:e + 1] in (["both"], ["also"]))
        if x.pronoun != "item_possessive" and lowers[h:h + 1] in (["had"], ["used"]) and (h + 1) in starting:
            y = starting[h + 1]
            if lowers[y.end:y.end + 2] in (["as", "its"], ["as", "their"]):
                found, ne = noun_at(y.end + 2)
                if found and ends_clause(ne):
                    put(h, found, range(y.end, ne))
    return frozenset(glued)


_MADE_IN_A_STYLE = frozenset({"built", "designed", "constructed", "erected", "painted"})
"""Participles of making before "in the Y style": "was built in the Romanesque style" says its style."""
_PAINTED_TYPES = frozenset({"painting", "paintings", "picture", "artwork", "work", "canvas", "fresco", "mural"})
"""Item types that are painted ("was painted in the Y style")."""


def _made_so(index: GraphIndex, verb: str, subject: Ref | None) -> bool:
    """Whether ``verb`` makes ``subject`` (the name right before its copula): a building is built,
    designed, constructed or erected, a painting painted (not "a beer was written in the stout
    style", red team 139)."""
    if subject is None or subject.kind != "item":
        return False  # (a name only: "It is built in the Y style" is not read here)
    if verb == "painted":
        return bool(type_word_set(subject.types) & _PAINTED_TYPES)
    return bool(set(subject.types) & index.building_types)


_HAVING_AMONG = frozenset({"has", "have", "had", "counts", "count", "counted", "includes", "include", "included",
                           "features", "feature", "featured", "boasts", "boast", "boasted"})
"""Verbs of "X has / counts / includes Y and Z among its Ns" ("X features Y in its cast")."""


def name_before_noun(index: GraphIndex, lowers: list[str], refs: list[Ref],
                     cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "Jeff Bezos is a Princeton University alumnus", "Heathrow is a British Airways hub",
    "Munich and Frankfurt are Lufthansa hubs": a copula and its article (none before a plural),
    a name, then a noun ending the clause, read as the graph's own phrase "is a N of / for" the
    name, where the graph has one (the copula through the article becomes that cue). Returns the
    glued noun positions."""
    names = [r for r in refs if not r.pronoun and not r.user]
    glued: set[int] = set()
    n = len(lowers)
    for y in names:
        s, e = y.start, y.end
        surface = " ".join(lowers[s:e])
        labels = {str(index.info[i][2]).lower() for i in y.ids if i in index.info}
        if y.lowercase or surface not in labels \
                or {t.lower() for t in y.types} & PERSON_TYPES:
            continue  # (a proper name only, as labelled: "a modernist critic" is no critic of
            # modernism, red team 90; "a French / Pakistani historian" says where one comes from
            # and "a Leonardo portrait" who made it, red team 132)
        art = s - 1 if s >= 2 and lowers[s - 1] in ("a", "an") else None
        c = art - 1 if art is not None else s - 1
        if c < 1 or lowers[c] not in _COPULA or (lowers[c] in ("are", "were")) != (art is None):
            continue
        for m in (2, 1):
            noun = lowers[e:e + m]
            if len(noun) != m or not (e + m >= n or lowers[e + m] in _CLAUSE_END) or not all(w.isalpha() for w in noun):
                continue
            if lowers[e + m:e + m + 1] == [","] and lowers[e + m + 1:e + m + 2] not in (["and"], ["but"], ["so"]):
                continue  # ("X is a Y N, which ...": the relative clause would be read of Y, red team 132)
            if art is None:
                noun = [*noun[:-1], singular(noun[-1])]
            readings = frozenset(c_ for a in ("a", "an") for prep in ("of", "for")
                                 for c_ in index.cues.get(("is", a, *noun, prep), ()) if not c_.noun)
            if readings:
                cue_at[c] = [(s, readings)]
                glued.update(range(e, e + m))
                break
    return frozenset(glued)


def language_adjectives(index: GraphIndex, lowers: list[str], refs: list[Ref]) -> list[Ref]:
    """ "a German-language play": a language's name with "-language" after it is the language
    itself, read as its name ("a German play"); the mention takes the two tokens in. Only a
    name whose entities are all languages (by type, or by a label "... language"), on a graph
    whose relations to languages all say a work's own language (see ``GraphIndex.only_own_languages``)."""
    if not index.only_own_languages:
        return refs
    out = []
    for r in refs:
        if not r.pronoun and not r.user and lowers[r.end:r.end + 2] == ["-", "language"] and r.ids and all(
                i in index.info and ("language" in type_word_set((index.info[i][1],))
                                     or index.info[i][2].lower().endswith(" language")) for i in r.ids):
            r = replace(r, end=r.end + 2)
        out.append(r)
    return out


def _described_as(index: GraphIndex, lowers: list[str], p: int) -> tuple[frozenset[Cue] | None, int]:
    """ "The language spoken in" X (the preposition at ``p``): a noun and a participle that a
    cue "is the / a N <participle> <prep>" says of Y ("Y is the language spoken in X"); the
    readings said of X as subject (for "The language spoken in X is Y") and where the noun
    starts. A plural noun is read by its singular ("One of the languages spoken in X is Y",
    "The languages spoken in X are Y and Z")."""
    noun, part = lowers[p - 2], lowers[p - 1]
    if lowers[p - 3] != "the" or not participle(part) or not noun.isalpha():
        return None, p
    w = singular(noun) if _plural_word(noun) else noun
    found = {c for be in ("is", "was") for det in ("the", "a", "an")
             for c in index.cues.get((be, det, w, part, lowers[p]), ()) if not c.typed}
    readings = frozenset(Cue(c.relation, not c.forward) for c in found)
    one = p >= 5 and lowers[p - 5:p - 3] == ["one", "of"]
    if not one:  # "The dishes eaten in Greece are A and B" says all of them: only where X is the
        # head, whose objects the list is checked against (red team 141)
        readings = frozenset(c for c in readings if c.forward)
    return (readings, p - 2) if readings else (None, p)


def place_pairs(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]], describes: set[int]) -> None:
    """"in Athens, Greece": a place, a comma, then a place of another kind the graph may put it
    in ("is a city in"), ending there, says the first is in the second; the comma gets that
    reading (said of the name before it; the clause goes on with it). Not in a list ("Athens,
    Rome and Paris": places of one kind; "..., Greece and Italy")."""
    if not index.within:
        return
    names = [r for r in refs if not r.pronoun and not r.user]
    starting = {r.start: r for r in names}
    n = len(lowers)
    for a in names:
        b = starting.get(a.end + 1)
        if b is None or lowers[a.end] != "," or (b.end < n and lowers[b.end] not in (".", ",", ";", "!", "?")) \
                or (a.start >= 2 and lowers[a.start - 1] in (",", "and") and (a.start - 1) in {r.end for r in names}) \
                or (b.end + 2 < n and lowers[b.end] == "," and (b.end + 1) in starting):
            continue
        readings = frozenset(Cue(rel, True) for ta in a.types for tb in b.types for rel in index.within.get((ta, tb), ()))
        if readings:
            cue_at[a.end] = [(b.start, readings)]
            describes.add(a.end)


_BRINGING = ("brought", "brings", "bring", "put", "puts")
_TO_SCREENS = (["to", "theaters"], ["to", "theatres"], ["to", "cinemas"], ["to", "the", "screen"],
               ["to", "the", "big", "screen"], ["to", "screens"], ["to", "audiences"], ["into", "cinemas"],
               ["into", "theaters"], ["into", "theatres"])


def brought_to_screens(index: GraphIndex, lowers: list[str], refs: list[Ref],
                       cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """"Orion Pictures brought X to cinemas", "Miramax Films put X into cinemas": who released
    the item (the readings of the active "released" / "distributed"); "to cinemas" is glued.
    Returns the glued positions."""
    readings = frozenset(c for v in ("released", "distributed") for c in index.cues.get((v,), ()) if not c.noun)
    if not readings:
        return frozenset()
    starting = {r.start: r for r in refs if not r.pronoun and not r.user}
    glued: set[int] = set()
    for k, w in enumerate(lowers):
        x = starting.get(k + 1)
        if w not in _BRINGING or x is None or x.kind != "item":
            continue
        tail = next((t for t in _TO_SCREENS if lowers[x.end:x.end + len(t)] == t), None)
        if tail is None or (w in ("put", "puts") and tail[0] != "into") \
                or (x.end + len(tail) < len(lowers) and lowers[x.end + len(tail)] not in _CLAUSE_END):
            continue
        cue_at[k] = [(k + 1, readings)]
        glued.update(range(x.end, x.end + len(tail)))
    # ("theaters" is the construction's, not a tag named)
    refs[:] = [r for r in refs if r.end == r.start or not all(j in glued for j in range(r.start, r.end))]
    return frozenset(glued)


def at_once_copulas(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """"Fargo is at once a comedy, a drama and a thriller": "at once" between the copula and its
    article says each kind of the list, as the copula alone would; the copula's "is a" cue spans it.
    Returns the glued positions."""
    glued: set[int] = set()
    for k in range(1, len(lowers) - 3):
        if lowers[k:k + 2] == ["at", "once"] and lowers[k - 1] in _COPULA and lowers[k + 2] in ("a", "an"):
            readings = index.cues.get((lowers[k - 1], lowers[k + 2]))
            if readings:
                cue_at[k - 1] = [(k + 3, readings)]
                glued.update((k, k + 1))
    return frozenset(glued)


_FINDING = (["you", "'ll", "find"], ["you", "will", "find"], ["you", "can", "find"], ["you", "find"])
_WHERE_PLACES = frozenset({"country", "countries", "nation", "state", "city", "town", "village", "region", "province",
                           "county", "district", "locality", "place", "location", "island", "municipality",
                           "archipelago", "kingdom", "republic", "empire", "territory", "continent", "federation",
                           "principality", "duchy", "canton", "prefecture", "commune", "borough"})
"""Type words of places a "where" clause may be about ("the United States, where one of the ...")."""
_WIDER_AREAS = frozenset({"area", "areas", "diocese", "dioceses", "basin", "basins", "metropolitan", "metroplex",
                          "parish", "parishes", "zone", "zones", "division", "divisions", "constituency", "watershed",
                          "catchment", "conurbation", "bishopric", "archdiocese"})
"""Type words of areas a place lies in, beside :data:`_WHERE_PLACES` ("Arlington, where one of the
dioceses is X" says X is in Arlington, red team 192)."""
_SEEING = (["you", "can", "see"], ["you", "will", "see"], ["you", "'ll", "see"])
"""After a place that opens the sentence ("At Taronga Zoo you can see a platypus"), as "you'll find"."""
_SEEING_VENUES = frozenset({"zoo", "aquarium", "museum", "gallery", "airport", "sanctuary", "reserve", "garden",
                            "park", "castle", "palace", "cathedral", "library"})
"""Type words of venues where one goes to see things ("At Taronga Zoo you can see a platypus")."""
_SHOWING = ("exhibits", "displays")
"""What a venue does with what one can see there ("the aquarium exhibits a whale shark"; not
"houses" or "keeps": a vault houses gold no one sees, red team 187)."""


def _places(index: GraphIndex, types: Any) -> bool:
    """Whether entities of ``types`` are places (by the graph's places, or their type's words)."""
    return bool(set(types) & (index.place_types | index.locality_types) or type_word_set(types) & _WHERE_PLACES)


def find_frames(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]]) -> tuple[frozenset[int], list[Ref]]:
    """"You'll find X in Y." opening a sentence says where X is, as "X is in Y": the frame is
    glued (its "you" is no user claim) and "in" is read as a verb with the readings of "is in".
    Returns the glued positions and the mentions without that "you"."""
    names = {r.start: r for r in refs if not r.pronoun and not r.user}
    n = len(lowers)
    glued: set[int] = set()
    dropped: set[int] = set()
    readings = index.cues.get(("is", "in"))
    if not readings:
        return frozenset(), refs
    for k in range(n):
        frame = next((f for f in _FINDING if lowers[k:k + len(f)] == f), None)
        if frame is None or (k > 0 and lowers[k - 1] not in _CLAUSE_END):
            continue
        x = k + len(frame)
        x += x not in names and lowers[x:x + 1] in (["the"], ["a"], ["an"])  # ("the Louvre", "a pagoda")
        if x not in names or names[x].end + 1 >= n or lowers[names[x].end] != "in" \
                or not ((names[x].end + 1) in names or (names[x].end + 1 + (lowers[names[x].end + 1] == "the")) in names
                        or lowers[names[x].end + 1:names[x].end + 4] in (
                            ["the", "city", "of"], ["the", "town", "of"], ["the", "village", "of"])):
            continue  # ("in Bilbao", "in the city of Bilbao")
        m = names[x].end
        y = names.get(m + 1) or names.get(m + 2)
        had = _had_readings(index)
        if names[x].kind != "item" and y is not None and y.kind == "item" and had and _had_thing(names[x]):
            # "You will find gibber plains in the Sturt Stony Desert": the item has them
            cue_at[m] = [(y.start, had)]
        else:
            lowers[m] = "lies"  # read as the verb it stands for ("X lies in Y"), not a place modifier
            cue_at[m] = [(m + 1, frozenset(c for c in readings if not c.noun))]
        glued.update(range(k, k + len(frame)))
        dropped.update(id(r) for r in refs if r.user and r.start == k)
    return frozenset(glued), [r for r in refs if id(r) not in dropped]


def found_at_frames(index: GraphIndex, lowers: list[str], refs: list[Ref],
                    cue_at: dict[int, list[tuple[int, Any]]]) -> tuple[frozenset[int], list[Ref]]:
    """ "Ethiopia is where you will find Blue Nile Falls.", "At Jodrell Bank you will find the
    Lovell Telescope.": where X is found, said before the frame, as "You'll find X in P" says it
    (see :func:`find_frames`): X "is in" P, or P has X where P is an item and X a thing it may
    have. The copula (or the preposition) takes the reading, P its subject; the frame is glued, its
    "you" no user. The sentence ends with X. Returns the glued positions and the mentions without
    that "you"."""
    names = {r.start: r for r in refs if not r.pronoun and not r.user}
    ending = {r.end: r for r in refs if not r.pronoun and not r.user}
    located = frozenset(Cue(c.relation, not c.forward) for c in index.cues.get(("is", "in"), ()) if not c.noun)
    has = frozenset(c for c in index.cues.get(("has",), ()) if not c.noun and not c.typed and c.forward)
    glued: set[int] = set()
    dropped: set[int] = set()
    n = len(lowers)
    for k in range(1, n):
        frame = next((f for f in _FINDING + _SEEING if lowers[k:k + len(f)] == f), None)
        if frame is None:
            continue
        if lowers[k - 2:k] in (["is", "where"], ["was", "where"]) and k - 2 in ending:
            place, verb = ending[k - 2], k - 2  # "Ethiopia is where you will find X"
            opening = place.start - (lowers[place.start - 1:place.start] == ["the"])
            if opening > 0 and lowers[opening - 1] not in (".", "!", "?", ";"):
                continue  # the place is the clause's whole subject ("Next to X is where ...", red team 176)
        else:
            c = k - (lowers[k - 1] == ",")
            place = ending.get(c)
            lead = place.start - 1 - (lowers[place.start - 1] == "the") if place is not None and place.start >= 1 else -1
            if lead < 0 or lowers[lead] not in ("at", "in") or (lead > 0 and lowers[lead - 1] not in _CLAUSE_END):
                continue
            verb = c  # "At Jodrell Bank(,) you will find X": the place opens the sentence
        x = k + len(frame)
        x += x not in names and lowers[x:x + 1] in (["the"], ["a"], ["an"])
        thing = names.get(x)
        if thing is None or lowers[thing.end:thing.end + 1] not in ([], ["."], ["!"]):
            continue
        readings = has if place.kind == "item" and thing.kind != "item" and _had_thing(thing) and has else located
        if frame[-1] == "see":
            # "At Taronga Zoo you can see a platypus": where the graph says what "can be seen at"
            # a place, that relation (else as "you can find"); only "at" a venue (no "In
            # Australia you can see a thylacine", no "At Gilbert White", "At the axolotl", red
            # team 187)
            if verb == k - 2 or lowers[lead] != "at" or not type_word_set(place.types) & _SEEING_VENUES:
                continue  # (a venue one visits: no "Hudson River School", "House of Habsburg", red team 188)
            readings = frozenset(Cue(c.relation, not c.forward) for p in ("at", "in")
                                 for c in index.cues.get(("can", "be", "seen", p), ()) if not c.noun) \
                | frozenset(c for v in _SHOWING for c in index.cues.get((v,), ()) if not c.noun and not c.typed) \
                or readings
        if not readings:
            continue
        cue_at[verb] = [(x, readings)]
        glued.update(g for g in range(verb + 1, x))
        for g in range(k, k + len(frame)):
            if lowers[g] in ("will", "'ll", "can"):
                lowers[g] = "do"  # (the frame's auxiliary says no modal claim: "you will find")
        if verb != k - 2:
            glued.update(range(lead, place.start))  # ("At", "the")
        dropped.update(id(r) for r in refs if r.user and r.start == k)
    return frozenset(glued), [r for r in refs if id(r) not in dropped]


_PLACE_OF = frozenset({"city", "town", "village", "state", "country", "region", "province", "county", "island",
                       "district", "municipality", "borough", "commune", "prefecture", "canton"})
"""Nouns of "in the city of X": said of X itself where X is of that type (not "the capital of X")."""


def place_of_names(index: GraphIndex, lowers: list[str], refs: list[Ref],
                   cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "sits in the city of Amritsar": "the <noun> of" between a cue and a place whose type is
    that noun ("city", "region", "island") is part of the cue (read as "sits in Amritsar")."""
    starting = {r.start: r for r in refs if not r.pronoun and not r.user and r.kind != "item"}
    for k, x in starting.items():
        noun = lowers[k - 2] if k >= 3 and lowers[k - 3] == "the" and lowers[k - 1] == "of" else ""
        if noun in _PLACE_OF and len(x.ids) > 1 and any(t.lower() == noun for t in x.types):
            # "the state of Washington": that one, not the city (red teams 122, 149)
            x.ids = tuple(i for i in x.ids if (index.info[i][1] or "").lower() == noun)
            x.types = frozenset(t for t in x.types if t.lower() == noun)
    for s, found in list(cue_at.items()):
        for e, readings in list(found):
            x = starting.get(e + 3)
            if x is None or isinstance(readings, str) or lowers[e:e + 1] != ["the"] or lowers[e + 2:e + 3] != ["of"] \
                    or lowers[e + 1] not in _PLACE_OF or not any(t.lower() == lowers[e + 1] for t in x.types) \
                    or e - s < 2:
                continue  # (a verb's cue: a bare "in" after a name may be the verb's, red team 122)
            found.append((e + 3, readings))


def in_its_name(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "Dulles Airport honours John Foster Dulles in its name": "in its / their name" after the
    object of "honours" read only as a relation of naming ("is named after"; not an agency that
    "honours" astronauts, red team 161) says how (glue)."""
    starting = {r.start: r for r in refs if not r.pronoun and not r.user}
    glued: set[int] = set()
    naming = {c.relation for b in ("is", "was") for p in ("after", "for")
              for c in index.cues.get((b, "named", p), ()) if not c.noun}
    for s, found in cue_at.items():
        for e, readings in found:
            obj = starting.get(e + (lowers[e:e + 1] == ["the"]))
            if lowers[s:e] in (["honours"], ["honors"]) and readings and not isinstance(readings, str) \
                    and {c.relation for c in readings} <= naming \
                    and obj is not None and lowers[obj.end:obj.end + 3] in (["in", "its", "name"], ["in", "their", "name"]):
                glued.update(range(obj.end, obj.end + 3))
    for k in glued:
        cue_at.pop(k, None)  # (no cue of its own: not "in" a place)
    return frozenset(glued)


def type_phrases(index: GraphIndex, lowers: list[str], words: list[str]) -> None:
    """ "Fury 325 is a roller coaster at Carowinds", "The roller coaster is located at X": the
    words of an item type of two or more words ("roller_coaster") are read as the type's own noun,
    each of them ("a roller_coaster roller_coaster"; its plural last where the text's last word
    is one), longest type first, in one pass from the left; only words in lower case (a name's
    words are capitalised, save the sentence's first) that name no entity."""
    if not index.compound_types or not {w[0] for w in index.compound_types} & set(lowers):
        return  # (no compound type's first word here: no second pass of the names' matcher)
    # (not inside an entity's own name: "a tactile writing system", an attribute's label)
    named = {k for s, e in index.entity_forms.find(lowers) if index.form_ids.get("".join(lowers[s:e]))
             for k in range(s, e)}
    phrases = sorted(index.compound_types.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    k = 0
    while k < len(lowers):
        for phrase, noun in phrases:
            end = k + len(phrase)
            if end > len(lowers) or tuple(lowers[k:end - 1]) != phrase[:-1] \
                    or lowers[end - 1] not in (phrase[-1], plural(phrase[-1])):
                continue
            cased = [w for j, w in enumerate(words[k:end]) if not (j == 0 and (k == 0 or lowers[k - 1] in _CLAUSE_END))]
            if any(w[:1].isupper() for w in cased) or named & set(range(k, end)):
                continue  # (a name: "Roller Coaster Tycoon"; an entity's own label)
            lowers[k:end] = [noun] * (end - k - 1) + [noun if lowers[end - 1] == phrase[-1] else plural(noun)]
            k = end - 1
            break
        k += 1


def one_of_kinds(index: GraphIndex, lowers: list[str], refs: list[Ref]) -> None:
    """ "Fury 325 is one of the roller coasters at Carowinds": "one of the" after "is", "was" or a
    comma, before a plural of an item type's noun, reads as "a" and that noun twice ("a
    roller_coaster roller_coaster roller_coaster roller_coasters": a kind said of the name before,
    checked as "a roller coaster" is)."""
    taken = {k for r in refs if not r.user for k in range(r.start, r.end)}
    for k in range(1, len(lowers) - 3):
        if lowers[k:k + 3] != ["one", "of", "the"] or lowers[k - 1] not in ("is", "was", ","):
            continue
        m = k + 3
        while m < len(lowers) and lowers[m] in index.type_nouns:
            m += 1
        if m > k + 3 and lowers[m - 1] in index.plural_type_nouns and not taken & set(range(k, m)):
            lowers[k:k + 3] = ["a", lowers[k + 3], lowers[k + 3]]


def one_of_groups(index: GraphIndex, lowers: list[str], words: list[str], refs: list[Ref],
                  cue_at: dict[int, list[tuple[int, Any]]], describes: set[int]) -> None:
    """ "The Berlin Marathon is one of the World Marathon Majors", "Mount Elbrus, one of the Seven
    Summits, ...": "one of the" before a group whose name is a plural ("Majors", "Summits") reads
    as "is part of" (where the graph has that cue); not before a noun ("one of the founders of")."""
    readings = frozenset(c for key in (("is", "part", "of"), ("belongs", "to"), ("is", "a", "member", "of"),
                                       ("was", "a", "member", "of"))
                         for c in index.cues.get(key, ()) if not c.noun)
    if not readings:
        return
    # (a group that is an item too: "Flea is one of the Red Hot Chili Peppers" of a graph of bands)
    starting = {r.start: r for r in refs if not r.pronoun and not r.user
                and (r.kind != "item" or {type_last_word(t) for t in r.types} & GROUP_KINDS)}
    for k in range(1, len(lowers) - 3):
        x = starting.get(k + 3)
        if x is None and lowers[k + 2] == "the" and (k + 2) in starting:
            x = starting[k + 2]  # ("one of The Rolling Stones": the article is the name's)
        if lowers[k:k + 3] != ["one", "of", "the"] or x is None or not words[x.end - 1][:1].isupper() \
                or not lowers[x.end - 1].endswith("s") or lowers[x.end - 1].endswith("ss") \
                or lowers[x.end:x.end + 1] not in ([], ["."], [","], [";"], ["!"]):
            continue
        at = k - 1 if lowers[k - 1] in ("is", "was") else k if lowers[k - 1] == "," else None
        if at is None:
            continue
        found = cue_at.setdefault(at, [])
        own = [i for i, (e, r) in enumerate(found) if e > k and not isinstance(r, str)]
        for i in own:  # (a cue of the graph's own there, "is one of" declared: both readings)
            found[i] = (found[i][0], found[i][1] | readings)
        if not own:
            found.append((x.start, readings))
        if at == k:
            describes.add(k)


def _had_readings(index: GraphIndex) -> frozenset[Cue]:
    """The readings of an item's declared "has", turned round (the thing had is the subject: "There
    is a pagoda at Kew", "You'll find a pagoda in Kew"); not a guessed "has" of a kind."""
    return frozenset(Cue(c.relation, not c.forward) for c in index.cues.get(("has",), ()) if not c.noun and not c.typed)


def _had_thing(x: Ref) -> bool:
    """Whether ``x`` may be had by an item and be there: a part, a feature or an ingredient; not a
    language, a period or a cuisine."""
    return not kind_type(x.types) and not (mass_type(x.types) and not type_word_set(x.types) & CONSTITUENT_NOUNS)


_THERE_IS = (["there", "is", "a"], ["there", "is", "an"], ["there", "'s", "a"], ["there", "'s", "an"], ["there", "is"])


def there_is_frames(index: GraphIndex, lowers: list[str], refs: list[Ref],
                    cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "There is an orchid garden at the Singapore Botanic Gardens." opening a sentence says the
    item has it, as "the Singapore Botanic Gardens has an orchid garden": the frame is glued and
    "at" / "in" / "on" is read with the readings of the item's "has", turned round (the name
    before it is the object). Returns the glued positions."""
    names = {r.start: r for r in refs if not r.pronoun and not r.user}
    readings = _had_readings(index)
    glued: set[int] = set()
    if not readings:
        return frozenset()
    for k in range(len(lowers)):
        frame = next((f for f in _THERE_IS if lowers[k:k + len(f)] == f), None)
        if frame is None or (k > 0 and lowers[k - 1] not in _CLAUSE_END):
            continue
        x = names.get(k + len(frame))
        if x is None or x.kind == "item" or x.end + 1 >= len(lowers) or lowers[x.end] not in ("at", "in", "on") \
                or not _had_thing(x):
            continue
        m = x.end
        y = names.get(m + 1 + (lowers[m + 1] == "the" and (m + 1) not in names))
        if y is None or y.kind != "item" or lowers[y.end:y.end + 1] not in ([], ["."], ["!"], [";"]):
            continue  # (the item ends the clause: "There is a pagoda at Kew and ..." is left unread)
        cue_at[m] = [(y.start, readings)]
        glued.update(range(k, k + len(frame)))
    return frozenset(glued)


_WHERE_PREPOSITIONS = ("in", "at")
"""What "where" stands for after the verb of "X is where Y <verb>" ("is produced" -> "is produced in");
"from" only after a verb of coming ("comes from"), which says it already; never "on" ("was
modelled on" a palace is no place, red team 152)."""
_COMING = frozenset({"comes", "come", "came", "hails", "hail", "hailed", "originates", "originated"})


def split_phrases(index: GraphIndex, lowers: list[str], refs: list[Ref],
                  cue_at: dict[int, list[tuple[int, Any]]]) -> tuple[frozenset[int], list[Ref]]:
    """ "The Wu-Tang Clan counted Ghostface Killah among its members", "X has Burlington on its
    shore": a phrase of a verb, a preposition and a possessive noun ("counted among its members")
    said with its object (one name or a list) between the verb and the rest, which must end the
    clause. The verb gets the phrase's readings; the rest is glued and returned, with the
    references left (the possessive inside the rest is none). "its" and "their" stand for each
    other ("among their members" of a band); "his" and "her" never do."""
    if not index.split_cues:
        return frozenset(), refs
    names = [r for r in refs if not r.pronoun and not r.user]
    starting = {r.start: r for r in names}
    n = len(lowers)
    glued: set[int] = set()
    for v, w in enumerate(lowers[:-1]):
        forms = index.split_cues.get(w)
        first = starting.get(v + 1)
        if not forms or first is None or any(end > v + 1 for end, _ in cue_at.get(v, ())):
            continue  # (a verb read alone may be; "has" of "has X on its shore")
        last = first
        while True:  # over a list: "A, B and C"
            j = last.end + (lowers[last.end:last.end + 1] == [","])
            j += lowers[j:j + 1] == ["and"]
            if j == last.end or j not in starting:
                break
            last = starting[j]
        e = last.end
        for tail, readings in forms:
            end = e + len(tail)
            said = lowers[e:end]
            if len(said) == len(tail) and said[0] == tail[0] \
                    and (said[1] == tail[1] or {said[1], tail[1]} == {"its", "their"}) \
                    and said[2:] == list(tail[2:]) and (end >= n or lowers[end] in _CLAUSE_END):
                cue_at[v] = [(v + 1, readings)]
                glued.update(range(e, end))
                break
    return frozenset(glued), [r for r in refs if not (r.pronoun and r.start in glued)]


def where_frames(index: GraphIndex, lowers: list[str], refs: list[Ref],
                 cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "Fribourg is where Gruyère is produced." and "You loved Lowell Observatory, where Pluto was
    discovered.": a place, a locality or a building P, "is / was where" (or ", where" ending the
    sentence), a name Y, then the words W to the clause's end, none a name. Where W with "in" or
    "at" after it (or W itself after a verb of coming: "comes from") is a known cue, the text says
    "Y W P": the copula (or the comma) reads that cue's readings turned round (P is the subject),
    and "where" and W are glued. Returns the glued positions."""
    names = {r.start: r for r in refs if not r.pronoun and not r.user}
    ending = {r.end: r for r in refs if not r.pronoun and not r.user}
    inside = {k for r in names.values() for k in range(r.start, r.end)}
    n = len(lowers)
    glued: set[int] = set()
    for k in range(1, n - 2):
        if lowers[k] != "where" or lowers[k - 1] not in ("is", "was", ","):
            continue
        before = k - 1
        if ending.get(before) is None and lowers[k - 1] in ("is", "was") and k >= 3 and lowers[k - 2] == ",":
            # "Tokyo Racecourse, opened in 1933, is where ...": the name before an aside set off
            # by commas (no other name, no clause's end inside it)
            j = next((j for j in range(k - 3, max(0, k - 9), -1) if lowers[j] == ","), None)
            if j is not None and ending.get(j) is not None \
                    and not any(x in inside or lowers[x] in _CLAUSE_END for x in range(j + 1, k - 2)):
                before = j
        if ending.get(before) is None or (before != k - 1 and lowers[k - 1] == ","):
            continue
        subject = names.get(k + 1 + (lowers[k + 1] == "the"))
        if subject is None:
            continue
        stop = subject.end
        while stop < n and lowers[stop] not in _CLAUSE_END and stop not in inside:
            stop += 1
        if stop == subject.end or (stop < n and lowers[stop] not in (".", "!", ";")) \
                or (lowers[k - 1] == "," and lowers[stop:stop + 1] not in ([], ["."], ["!"])):
            continue  # (the clause ends the sentence: ", where Y W, is ..." is left unread)
        place = ending[before]
        if not set(place.types) & (index.place_types | index.locality_types | index.building_types
                                   | index.venue_types):
            continue  # (a place: "Cow's milk is where Gruyère is made" is none, red team 152)
        said = tuple(lowers[subject.end:stop])
        forms = [said + (p,) for p in _WHERE_PREPOSITIONS if said[-1:] != (p,)]
        if said[-1:] == ("from",) and said[0] in _COMING:
            forms.append(said)  # "Mexico is where the Chihuahua comes from"
        readings = frozenset(Cue(c.relation, not c.forward) for form in forms
                             for c in index.cues.get(form, ()) if not c.noun and not c.typed)
        if not readings:
            continue
        cue_at[k - 1] = [(subject.start, readings)]
        for g in (*range(k, subject.start), *range(subject.end, stop)):
            cue_at.pop(g, None)
            glued.add(g)
    return frozenset(glued)


def own_kind_relatives(index: GraphIndex, lowers: list[str], refs: list[Ref], cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "Andrew Wiles is a mathematician who proved X", "was one of the people who founded Y": a
    name that is no item, a copula, "a" / "an" / "one of the" / "among the", then a noun of the
    name's own type (a person's: "person", "people") and "who" / "that": the copula, the article
    and the noun say only what the graph types the name as, and the clause after "who" is the
    name's own ("X proved Y"): all of them are glued. Returns the glued positions."""
    glued: set[int] = set()
    n = len(lowers)
    for r in refs:
        k = r.end
        if r.pronoun or r.user or r.kind == "item" or len(set(r.ids)) != 1 or k + 3 >= n or lowers[k] not in _COPULA:
            continue  # (one entity: "Victoria", a queen and a city, is which? red team 153)
        lead = 3 if lowers[k + 1:k + 4] == ["one", "of", "the"] else 2 if lowers[k + 1:k + 3] == ["among", "the"] \
            else 1 if lowers[k + 1] in ("a", "an") else 0
        j = k + 1 + lead
        # the type's whole name or its last word ("football club", "club"; never "football")
        names = {t.lower().replace("_", " ").replace("-", " ") for t in r.types}
        singular = names | {t.split()[-1] for t in names if t}
        plurals = {" ".join([*w.split()[:-1], plural(w.split()[-1])]) for w in singular}
        if {t.lower() for t in r.types} & PERSON_TYPES:
            singular |= {"person"}
            plurals |= {"people"}
            # "a man / woman who" only where the given name says that sex (the graph says no
            # one's: "Rudolf Diesel is a woman who invented X" was read, found in review)
            sex = index.given_sex.get(r.ids[0])
            if sex:
                singular.add("man" if sex == "m" else "woman")
                plurals.add("men" if sex == "m" else "women")  # ("one of the men who started X")
        size = next((m for m in (2, 1) if " ".join(lowers[j:j + m]) in (plurals if lead > 1 else singular)), 0)
        if not lead or not size or j + size >= n or lowers[j + size] not in ("who", "that"):
            continue  # (a plural after "one of the", a singular after "a")
        j += size - 1
        for g in range(k, j + 2):  # (through "who": read as "X proved Y")
            cue_at.pop(g, None)
            glued.add(g)
    return frozenset(glued)


def connected_pairs(index: GraphIndex, lowers: list[str], refs: list[Ref],
                    cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "The Kiel Canal links the North Sea with the Baltic Sea", "joins A to B": after a cue of
    a relation that connects its subject with each object (``index.connecting``), "with" or "to"
    between two names of one type reads as "and" (it links both)."""
    if not index.connecting:
        return
    names = {r.start: r for r in refs if not r.pronoun and not r.user}
    for s, found in cue_at.items():
        for e, readings in found:
            if not any(c.relation in index.connecting and c.forward for c in readings):
                continue
            first = names.get(e + (lowers[e:e + 1] == ["the"]))
            if first is None or first.end + 1 >= len(lowers) or lowers[first.end] not in ("with", "to"):
                continue
            second = names.get(first.end + 1 + (lowers[first.end + 1] == "the"))
            if second is not None and set(second.types) & set(first.types):
                lowers[first.end] = "and"


def counted_agents(lowers: list[str], refs: list[Ref], cue_at: dict[int, list[tuple[int, Any]]],
                   complete: set[int]) -> frozenset[int]:
    """"X was edited by two people, A and B" ("was the work of two architects, A and B"): a cue
    ending in "by" or "of", a count, a noun for what the listed names are (their type, or
    "people" for people), then every one of them, that many (the cue joins ``complete``).
    Returns the glued count and noun."""
    starting = {r.start: r for r in refs if not r.pronoun and not r.user}
    n = len(lowers)
    glued: set[int] = set()
    for s, found in list(cue_at.items()):
        for e, _ in found:
            first = e + 3 + (lowers[e + 3:e + 4] == ["the"])  # ("two bridges, the A and the B")
            if not (lowers[e - 1] in ("by", "of") and e + 3 < n and lowers[e] in _COUNT_WORDS
                    and lowers[e + 2] in (",", ":") and first in starting):
                continue
            listed, j = [starting[first]], starting[first].end
            while j + 1 < n and lowers[j] in (",", "and"):
                nxt = j + 1 + (lowers[j + 1] == "the")
                if nxt not in starting:
                    break
                listed.append(starting[nxt])
                j = listed[-1].end
            types = {t for r in listed for t in type_word_set(r.types)}
            nouns = {plural(t) for t in types} | ({"people"} if types & PERSON_TYPES else set())
            if len(listed) == _COUNT_WORDS[lowers[e]] and "and" in lowers[e + 3:j] and lowers[e + 1] in nouns \
                    and (j >= n or lowers[j] in _CLAUSE_END):
                glued.update(range(e, e + 3))
                complete.add(s)
    return frozenset(glued)


def _noun_readings(index: GraphIndex, lowers: list[str], k: int, e: int,
                   forward: bool) -> frozenset[Cue] | None:
    """The relation nouns spelled by tokens [k, e), read ``forward`` (owner as subject) or not; a
    maker's noun whose owner is the stored fact's tail ("author" of "wrote": "the Treatise's
    author", :attr:`GraphIndex.doer_nouns`) reads the other way round (no other noun of the tail:
    "The type of green tea is Gyokuro" says no type of green tea, "Oxford has two alumni: A and B"
    is no list of its alumni, red teams 144, 162)."""
    found = frozenset(Cue(c.relation, c.forward == forward)
                      for c in index.cues.get(tuple(lowers[k:e]), ()) if c.noun and (
                          c.forward or tuple(lowers[k:e]) in index.doer_nouns.get(c.relation, ())))
    return found or None


def _tail_noun_to_end(index: GraphIndex, lowers: list[str], k: int, past: bool) -> tuple[frozenset[Cue] | None, int]:
    """The relation noun starting at ``k`` and ending the clause whose owner is the stored fact's
    tail ("home ground" of "is the home ground of"), read with its head as subject; and its end.
    Not a class noun ("Gyokuro is green tea's type" says no type of green tea); after a present
    copula, not a relation of the past ("was the home ground of", red team 162)."""
    for e in range(min(len(lowers), k + 3), k, -1):
        if lowers[e - 1] in CLASS_NOUNS:
            continue
        found = frozenset(Cue(c.relation, True) for c in index.cues.get(tuple(lowers[k:e]), ())
                          if c.noun and not c.forward
                          and (past or c.relation not in index.past_relations | index.past_states))
        if found and (e >= len(lowers) or lowers[e] in _CLAUSE_END):
            return found, e
    return None, k


def _noun_from(index: GraphIndex, lowers: list[str], k: int,
               forward: bool) -> tuple[frozenset[Cue] | None, int]:
    """The longest relation noun starting at ``k`` (one to three words) and where it ends."""
    for e in range(min(len(lowers), k + 3), k, -1):
        found = _noun_readings(index, lowers, k, e, forward)
        if found:
            return found, e
    return None, k


_MADE_ITS = frozenset({"wrote", "composed", "scored", "writes", "composes", "penned", "pens", "handled", "handles",
                       "did", "does", "provided", "provides", "supplied", "supplies"})
_WORK_NOUNS = frozenset({"score", "music", "soundtrack"})


def _part_readings(index: GraphIndex, verb: str, noun: str) -> frozenset[Any]:
    """The readings of "<verb> the <noun> for X" ("wrote the lyrics for X") in the registry; a
    score or soundtrack is the music ("composed its score")."""
    for prep in ("for", "of", "to"):
        found = index.cues.get((verb, "the", noun, prep))
        if found:
            return frozenset(found)
    if noun in _WORK_NOUNS:
        return frozenset(index.cues.get((verb, "the", "music", "for"), ()))
    return frozenset()


def _type_forms(index: GraphIndex, r: Ref) -> set[tuple[str, ...]]:
    """The words that name ``r``'s type after it ("body style", "body", "style" for body_style)."""
    forms: set[tuple[str, ...]] = set()
    for eid in r.ids:
        words = tuple(index.info[eid][1].lower().replace("_", " ").replace("-", " ").split())
        if words:
            forms |= {words, words[:1], words[-1:]}
        forms |= index.role_nouns.get(index.info[eid][1], frozenset())  # ("the Gimlet Media network")
    return forms


def own_type_after(index: GraphIndex, lowers: list[str], r: Ref) -> bool:
    """Whether the words of ``r``'s own type follow it ("an SUV body")."""
    return any(tuple(lowers[r.end:r.end + len(f)]) == f for f in _type_forms(index, r))


def type_words(index: GraphIndex, lowers: list[str], refs: list[Ref]) -> frozenset[int]:
    """ "an SUV body", "the off-road vehicle segment", "a sedan body style": the words of an
    attribute's own type right after it only say what kind of name it is (glue)."""
    glued: set[int] = set()
    inside = {k for r in refs for k in range(r.start, r.end)}
    n = len(lowers)
    for r in refs:
        if r.pronoun or r.user or r.kind != "attribute" or r.end >= n or r.end in inside:
            continue
        for form in sorted(_type_forms(index, r), key=len, reverse=True):
            end = r.end + len(form)
            if tuple(lowers[r.end:end]) == form and not any(k in inside for k in range(r.end, end)):
                glued.update(range(r.end, end))
                break
    return frozenset(glued)


def chained_prepositions(index: GraphIndex, lowers: list[str], refs: list[Ref],
                         cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "Ace Wilder was born in Stockholm on 23 July 1982": after the object of a cue "<verb>
    <prep>", a bare other preposition before a name takes the readings of the same verb with it
    ("was born on"), where the graph has that cue and nothing else is read there (the reader then
    says it of the clause's subject, see ``PlaceReading._other_preposition``)."""
    starting = {r.start: r for r in refs if not r.user and not r.pronoun}
    for s, found in list(cue_at.items()):
        for e, readings in found:
            if isinstance(readings, str) or not readings or e - s < 2 or lowers[e - 1] not in CHAINED:
                continue
            o = e + (e < len(lowers) and lowers[e] == "the")
            if o not in starting:
                continue
            k = starting[o].end
            t = k + 1 + (lowers[k + 1:k + 2] == ["the"])
            if lowers[t:t + 1] and lowers[t] in _PLACE_OF and lowers[t + 1:t + 2] == ["of"] and lowers[t - 1] == "the":
                t += 2  # ("brewed by X in the town of Chicago", red team 122)
            if k + 1 >= len(lowers) or lowers[k] not in CHAINED or k in cue_at or t not in starting:
                continue
            if lowers[k] == lowers[e - 1] and not (lowers[t].isdigit() and not lowers[o].isdigit()
                                                   and starting[t].end == t + 1):
                continue  # (the same preposition again only before a year given as an entity: "was
                # born in Canada in 1989" of a "birth year" relation)
            same = same_verb_cues(index, lowers[s:e - 1], lowers[k])
            if same:
                cue_at[k] = [(k + 1, same)] if t == k + 1 + (lowers[k + 1] == "the") else [(t, same)]
    # "Oktoberfest was first held in 1810 in Munich": after "<verb> in <year>", a preposition
    # before a name takes the readings of the same verb with it ("was held in" Munich)
    for s, found in list(cue_at.items()):
        for e, readings in found:
            k = e + 1 + (lowers[e + 1:e + 2] == [","])  # ("was first awarded in 2003, to X")
            if isinstance(readings, str) or e - s < 2 or lowers[e - 1] != "in" or k + 1 >= len(lowers) \
                    or not (lowers[e].isdigit() and len(lowers[e]) == 4) or lowers[k] not in CHAINED | {"to"} \
                    or (k in cue_at and lowers[k] != "in"):
                continue  # ("first appeared in 1887, in A Study in Scarlet": the same verb's "in" again)
            t = k + 1 + (lowers[k + 1] == "the" and k + 1 not in starting)  # ("in The Sign of the Four")
            verb = lowers[s:e - 1]
            same = same_verb_cues(index, verb, lowers[k]) if t in starting else frozenset()
            if same and s >= 1 and lowers[s - 1] == "first" and not starting[t].types & index.locality_types:
                # "first appeared in 1887 in W": W is the first appearance, not any one (a place
                # where it was first held is said by the verb alone: "first held in 1810 in Munich")
                same = same_verb_cues(index, ["first", *verb], lowers[k])
            years = {index.info[i][3].get("year") for i in starting[t].ids if i in index.info} if same else set()
            if same and years - {None, float(lowers[e])}:
                continue  # ("appeared in 1887, in The Sign of the Four", a work of 1890: not then)
            if same:
                cue_at[k] = [(t, same)]
    # "The Abel Prize was first awarded in 2003, to X": a year read of the item (no cue "awarded
    # in"), then the same verb's other preposition before a name
    for k in range(4, len(lowers) - 1):
        y = k - 1 - (lowers[k - 1] == ",")
        if lowers[k] not in CHAINED | {"to"} or k in cue_at or lowers[y - 1:y] != ["in"] \
                or not (lowers[y].isdigit() and len(lowers[y]) == 4):
            continue
        a = next((j for j in range(y - 2, max(-1, y - 5), -1) if lowers[j] in ("is", "are", "was", "were")), None)
        t = k + 1 + (lowers[k + 1:k + 2] == ["the"])
        if a is None or t not in starting:
            continue
        same = same_verb_cues(index, lowers[a:y - 1], lowers[k])
        if same:
            cue_at[k] = [(t, same)]


def present_led(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "The Fram expedition is (now) led by Nansen": an undertaking's bare participle of its past
    leading ("led by", ``GraphIndex.bare_led_forms``) after a present "is", "are", "be", "being" or
    "'s" (and "now", "still" ...) says the present, which the graph does not: the cue is dropped
    there (its words then stay unread)."""
    if not index.bare_led_forms:
        return
    for s in list(cue_at):
        k = s - 1
        while k > 0 and lowers[k] in ("now", "currently", "still", "also", "both", "all", "being"):
            k -= 1
        if k < 0 or lowers[k] not in ("is", "are", "be", "being", "'s"):
            continue
        kept = [(e, w) for e, w in cue_at[s] if tuple(lowers[s:e]) not in index.bare_led_forms]
        if len(kept) != len(cue_at[s]):
            if kept:
                cue_at[s] = kept
            else:
                del cue_at[s]


def past_reduced_relatives(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "Challenge was an extreme clipper commanded by Robert Waterman": a bare participle and its
    preposition after the noun phrase of a past copula ("was a(n) / the <words>") takes that
    copula ("was commanded by"), where the graph has no reading of the bare form (a past state
    is said "was commanded by" only: see ``lexicon._past_state``)."""
    for s in range(3, len(lowers) - 1):
        if not participle(lowers[s]) or lowers[s + 1] not in CHAINED | {"by"} \
                or any(e == s + 2 for e, _ in cue_at.get(s, ())):
            continue
        k = s - 1
        while k > max(0, s - 6) and lowers[k] not in ("was", "were") and lowers[k].isalpha() \
                and lowers[k] not in ("and", "or", "but", "which", "that", "who"):
            k -= 1
        if lowers[k] not in ("was", "were") or lowers[k + 1] not in ("a", "an", "the") or k + 2 >= s:
            continue
        readings = frozenset(c for c in index.cues.get((lowers[k], lowers[s], lowers[s + 1]), ()) if not c.noun)
        if readings:
            cue_at[s] = [(s + 2, readings)]


def shared_auxiliaries(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "Big Boy was built by ALCO and operated by Union Pacific": a bare participle and its
    preposition after "and" takes the auxiliary of the passive before it in its sentence ("was
    operated by"), where the graph has no reading of the bare form of its own."""
    for s in range(2, len(lowers) - 1):
        if lowers[s - 1] != "and" or not participle(lowers[s]) or lowers[s + 1] not in CHAINED | {"by"} \
                or any(e == s + 2 for e, _ in cue_at.get(s, ())):
            continue
        k = s - 2
        while k >= 0 and lowers[k] not in (".", ";", ":", "!", "?") and not (
                lowers[k] in ("is", "are", "was", "were") and k + 1 < s and participle(lowers[k + 1])):
            k -= 1
        if k < 0 or lowers[k] not in ("is", "are", "was", "were"):
            continue
        readings = frozenset(c for c in index.cues.get((lowers[k], lowers[s], lowers[s + 1]), ()) if not c.noun)
        if readings:
            cue_at[s] = [(s + 2, readings)]


def shared_having(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "10 Hygiea has an escape velocity of 0.21 km/s and an apoapsis of 523951582 km": after a
    cue "has a / an / the <noun> of" earlier in its sentence, "and a / an / the <noun> of" takes the
    same "has" ("has an apoapsis of"; after a comma too, in a list), where the graph has that cue
    and nothing is read there."""
    for k in range(2, len(lowers) - 2):
        if lowers[k] not in ("and", ",") or not lowers[k + 1].isalpha() \
                or any(isinstance(found, str) for _, found in cue_at.get(k + 1, ())):
            continue
        j = k - 1
        verb = None
        while j >= 0 and lowers[j] not in (".", ";", ":", "!", "?"):
            if lowers[j] in ("has", "have", "had") and any(lowers[e - 1] == "of" for e, found in cue_at.get(j, ())
                                                          if not isinstance(found, str)):
                verb = lowers[j]
            j -= 1
        if verb is None:
            continue
        for m in range(1, 6):
            if lowers[k + m:k + m + 1] == ["of"]:
                said = lowers[k + 1:k + m + 1]  # ("and floor area of": the article left out)
                keys = [(verb, *said)] if said[0] in ("a", "an", "the") else [(verb, a, *said) for a in ("a", "an", "the")]
                readings = frozenset(c for key in keys for c in index.cues.get(key, ()) if not c.noun)
                there = {c.relation for _, found in cue_at.get(k + 1, ()) for c in found}
                if readings and m >= 2 - (said[0] not in ("a", "an", "the")) \
                        and there <= {c.relation for c in readings}:  # (the noun of the same relation
                    cue_at[k + 1] = [(k + m + 1, readings)]  # read there: "and apoapsis of")
                break


def same_verb_cues(index: GraphIndex, verb: Sequence[str], prep: str) -> frozenset[Cue]:
    """The forward readings of the cue ``verb`` + ``prep`` ("was born" + "on"), also with its
    adverbs left out ("were both born" + "on": "were born on")."""
    bare = tuple(w for w in verb if w not in ("both", "also", "all"))
    return frozenset(c for key in ((*verb, prep), (*bare, prep))
                     for c in index.cues.get(key, ()) if c.forward and not c.noun)


CHAINED = frozenset({"in", "on", "at", "by", "from", "during", "under", "for"})
"""Prepositions after which one verb may take a second object ("born in X on <date>", "designed by X
for Y")."""


def between_pairs(lowers: list[str], refs: list[Ref]) -> None:
    """ "Between Ghostbusters and Die Hard, the former was distributed by X": an opening "Between"
    before two names and a comma, then "the former / latter / first / second", frames the pair as
    "Of" does (read as "of")."""
    starting = {r.start: r for r in refs if not r.user and not r.pronoun}
    for k, w in enumerate(lowers):
        if w != "between" or (k > 0 and lowers[k - 1] not in (".", ";", ":", "!", "?")) or k + 1 not in starting:
            continue
        a = starting[k + 1]
        b = starting.get(a.end + 1 + (lowers[a.end + 1:a.end + 2] == ["the"])) \
            if lowers[a.end:a.end + 1] == ["and"] else None
        if b is not None and lowers[b.end:b.end + 3] in (
                [",", "the", "former"], [",", "the", "latter"], [",", "the", "first"], [",", "the", "second"]):
            lowers[k] = "of"


def gapped_by(lowers: list[str], refs: list[Ref], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "The former was edited by Robert Wise, the latter by George Tomasini": after a clause
    whose verb ends in "by" (or "on", "in", "at", "from": "A runs on X, B on Y", "the former is in
    Spanish, the latter in English"), ", <item> by <name>" says the same verb of the second item
    (the verb is left out): the bare word takes that cue's readings. After a plain "and", only where the
    clause's subject opens it ("Alien was directed by X and Aliens by Y")."""
    starting = {r.start: r for r in refs if not r.user}
    cue_ends: list[tuple[int, int, Any]] = sorted(
        (s, e, readings) for s, found in cue_at.items() for e, readings in found
        if not isinstance(readings, str) and readings and lowers[e - 1] in _GAPPED and e - s >= 2)
    for r in refs:
        k = r.end
        o = k + 1 + (k + 1 < len(lowers) and lowers[k + 1] in ("a", "an", "the") and lowers[k] != "by")
        if r.user or (r.kind != "item" and r.pronoun not in ("latter", "former", "first", "second")) \
                or k + 1 >= len(lowers) or lowers[k] not in _GAPPED \
                or o not in starting or starting[o].kind == "item" or r.start < 2 \
                or lowers[r.start - 1] not in _GAP_LEADS:
            continue
        # the clause's verb is left out: the last cue that ends in the same word is it
        last = next(((s, e, x) for s, e, x in reversed(cue_ends) if e <= r.start and lowers[e - 1] == lowers[k]), None)
        if last is None:
            continue
        bare = k in cue_at and all(e == k + 1 for e, _ in cue_at[k])
        if k in cue_at and not bare:
            continue
        subject = next((x for x in reversed(refs) if x.end <= last[0] and not x.user and not x.pronoun), None)
        objects = [x for x in refs if last[1] <= x.start and x.end < r.start and not x.user]
        # ("A was first served at X, and B at Y": B of the subject's kind, none of the objects')
        kin = r.pronoun is None and subject is not None and subject.end >= last[0] - 2 and bool(objects) \
            and bool(r.types & subject.types) and not any(r.types & x.types for x in objects)
        if any(w in (".", "!", "?") for w in lowers[last[1]:r.start]) or lowers[r.start - 1] == "." \
                or (lowers[k] != "by" and r.pronoun is None and not kin) \
                or (lowers[r.start - 1] == "and" and not _clause_subject_before(lowers, refs, last[0])):
            # ("the former runs on Android. The latter on Amazon.", "A runs on X, B on Y": after a
            # name, ", B on Y" could continue the list of objects; "X directed A from a script by
            # Y and B by Z": B may be X's second object): a verbless clause the reader cannot tie
            # to its verb; a bare "on" of another relation ("is sold on") must not read it
            if bare:
                del cue_at[k]
            continue
        cue_at[k] = [(k + 1, frozenset(c for c in last[2] if not c.noun))]


def gapped_copulas(index: GraphIndex, lowers: list[str], refs: list[Ref],
                   cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "The former is a chypre, the latter an oriental": after "the former / the first is a X",
    ", the latter / the second a Y" says the same copula (left out) of the other item: the
    article takes the first copula's readings, for a Y of X's type (a family after a family, not
    a note: "the latter a lemon")."""
    starting = {r.start: r for r in refs if not r.user and not r.pronoun}
    firsts = {r.end: r for r in refs if r.pronoun in ("former", "first")}
    for r in refs:
        k = r.end
        if r.pronoun not in ("latter", "second") or k + 1 >= len(lowers) or lowers[k] not in ("a", "an") \
                or k + 1 not in starting or starting[k + 1].kind != "attribute" or k in cue_at \
                or r.start < 1 or lowers[r.start - 1] not in (",", ";", "and", "while", "whereas"):
            continue
        first = next((f for end, f in sorted(firsts.items(), reverse=True) if end < r.start), None)
        if first is None or lowers[first.end:first.end + 1] not in (["is"], ["was"]):
            continue
        found = [(e, x) for e, x in cue_at.get(first.end, ()) if not isinstance(x, str) and x and lowers[e - 1] in ("a", "an")]
        said = starting.get(found[-1][0]) if found else None
        value = starting[k + 1]
        if said is None or not said.types & value.types or any(w in (".", "!", "?") for w in lowers[first.end:r.start]):
            continue
        readings = frozenset(c for c in found[-1][1] if not c.noun
                             and index.subject_types.get((c.relation, False), frozenset()) & value.types)
        if readings:
            cue_at[k] = [(k + 1, readings)]


_GAP_LEADS = frozenset({",", ";", "and", "but", "while", "whereas", "."})
"""Words before a gapped clause's subject ("..., while the latter on Y")."""


_GAPPED = frozenset({"by", "on", "in", "at", "from"})
"""The last word of a cue that may stand for the whole cue in a gapped clause ("B by Y", "B on Y")."""


def _clause_subject_before(lowers: list[str], refs: list[Ref], cue: int) -> bool:
    """Whether the cue at ``cue`` follows its clause's subject, an item (or "the former") that
    opens the clause: "Alien was directed by", "..., the former was edited by"."""
    j = cue
    while j > 0 and lowers[j - 1] in ("was", "were", "is", "are", "also", "first", "originally"):
        j -= 1
    subject = next((r for r in refs if r.end == j and not r.user), None)
    if subject is None or (subject.kind != "item" and subject.pronoun not in ("latter", "former", "first", "second")):
        return False
    b = subject.start - (lowers[subject.start - 1:subject.start] == ["the"])
    return b == 0 or lowers[b - 1] in (",", ";", ":", ".")


def hyphen_pairs(index: GraphIndex, lowers: list[str], refs: list[Ref]) -> None:
    """ "a comedy-drama", "a horror-comedy": two attributes of one type joined by a hyphen are
    both said, read as "comedy and drama"; so are two relation nouns ("the writer-director of X":
    "the writer and director of X")."""
    for k in range(1, len(lowers) - 1):
        if lowers[k] == "-" and any(c.noun for c in index.cues.get((lowers[k - 1], "of"), ())) \
                and any(c.noun for c in index.cues.get((lowers[k + 1], "of"), ())):
            lowers[k] = "and"
    ends = {r.end: r for r in refs if not r.pronoun and not r.user and r.kind == "attribute"}
    for r in refs:
        left = ends.get(r.start - 1)
        if left is None or r.pronoun or r.user or r.kind != "attribute" or lowers[r.start - 1] != "-":
            continue
        if {index.info[i][1] for i in left.ids} & {index.info[i][1] for i in r.ids}:
            lowers[r.start - 1] = "and"


def _pied_piped(lowers: list[str], k: int) -> bool:
    """Whether token ``k`` is in a relative clause opened by a preposition and "which" / "whom"
    ("X, for which Y wrote ..."), which names the item itself."""
    j = k - 1
    while j > 0 and lowers[j] not in _CLAUSE_END:
        if lowers[j] in ("which", "whom") and lowers[j - 1] in ("in", "for", "on", "of", "by", "with", "to", "at", "from"):
            return True
        j -= 1
    return False


_OPTION_NOUNS = frozenset({"options", "picks", "choices", "suggestions", "recommendations", "bets", "ideas"})


def option_frames(lowers: list[str], refs: list[Ref]) -> frozenset[int]:
    """ "Casablanca and Chinatown are two options: the former ...": a list of two or more items,
    "are" (with a count or "both") and a noun of offering, ending the clause, says nothing of the
    items. Returns the glued positions."""
    glued: set[int] = set()
    items = {r.end: r for r in refs if r.kind == "item" and not r.user and not r.pronoun}
    n = len(lowers)
    for k in range(1, n - 1):
        if lowers[k] not in ("are", "were") or k not in items:
            continue
        before = items[k]
        j = the_before(lowers, before.start) - 1
        if j < 1 or lowers[j] not in ("and", ",") or not any(r.end in (j, j - 1) for r in items.values()):
            continue  # (a list of items before the copula)
        e = k + 1
        e += lowers[e:e + 1] in (["two"], ["three"], ["four"], ["both"], ["all"])
        e += lowers[e:e + 1] in (["good"], ["great"], ["fine"], ["solid"], ["strong"], ["safe"])
        if e < n and lowers[e] in _OPTION_NOUNS and (e + 1 >= n or lowers[e + 1] in (":", ".", ";", "!", "—")):
            glued.update(range(k, e + 1))
    return frozenset(glued)


_BEARS = frozenset({"bears", "bear", "bore", "carries", "carry", "carried"})


def bears_names(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]]) -> tuple[frozenset[int], list[Ref]]:
    """ "Frank Marshall pioneered the Marshall Attack, and it bears his name": "bears / carries
    his / her name" reads the graph's "bears / carries the name of" him ("his" becomes a
    reference to the person named before, resolved as any "he"). Returns the glued "name" and
    the mentions to read."""
    glued: set[int] = set()
    new: list[Ref] = []
    taken = {k for r in refs for k in range(r.start, r.end)}
    for k in range(1, len(lowers) - 1):
        if lowers[k] not in ("his", "her") or lowers[k - 1] not in _BEARS or lowers[k + 1] != "name" \
                or k in taken or (k - 1) in cue_at:
            continue
        readings = index.cues.get((lowers[k - 1], "the", "name", "of"))
        if not readings:
            continue
        cue_at[k - 1] = [(k, readings)]
        new.append(Ref(k, k + 1, (), "ref", pronoun="person", sex="m" if lowers[k] == "his" else "f"))
        glued.add(k + 1)
    return frozenset(glued), sorted(refs + new, key=lambda r: r.start)


def made_possessive(index: GraphIndex, lowers: list[str], refs: list[Ref],
                    cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "Max Steiner wrote Casablanca's score", "... and Max Steiner wrote the film's score": the
    registry's "wrote the score for X" with the item before "'s" (a name, or a reference "the
    film"), ending the clause. Returns the glued positions ("'s" and the part)."""
    glued: set[int] = set()
    n = len(lowers)
    for r in refs:
        k = r.start - 1
        if k < 1 or r.user or lowers[k] not in _MADE_ITS or r.end + 1 >= n or lowers[r.end] not in ("'s", "’s") \
                or not (r.kind == "item" or (r.pronoun == "item" and r.end - r.start == 2 and lowers[r.start] == "the")):
            continue
        readings = _part_readings(index, lowers[k], lowers[r.end + 1])
        end = r.end + 2
        if not readings or (end < n and lowers[end] not in _CLAUSE_END and lowers[end:end + 2] != ["too"]):
            continue
        cue_at[k] = [(r.start, readings)]
        glued.update((r.end, r.end + 1))
    return frozenset(glued)


def made_its(index: GraphIndex, lowers: list[str], refs: list[Ref],
             cue_at: dict[int, list[tuple[int, Any]]], complete: set[int] | None = None
             ) -> tuple[frozenset[int], list[Ref], dict[int, list[tuple[int, int, Any]]]]:
    """ "Michael Kamen composed its score", "Carmine Coppola wrote the score", "Frank Loesser
    wrote its music and lyrics": the registry's "composed the score for X" / "wrote the lyrics
    for X" with the item left unnamed, and "wrote the music and lyrics for X" with two parts.
    "its" / "the" becomes a reference to the item (a new one for "the"), the cue ends before it
    and the nouns are glued (a tag named like one, "music", is no mention there); the reader
    resolves the reference as it resolves "X was its director". A declared "<verb> the <noun> of
    X" said with "its" ("Alan Schneider directed its premiere", "made its first ascent") is read
    so too, for one or two noun words (not ``complete``). Returns (glued positions, the
    mentions to read, in text order, the second part's cue by the first cue's start: each
    part is a claim of its own, as in a chain "wrote and directed")."""
    glued: set[int] = set()
    new: list[Ref] = []
    dropped: set[int] = set()
    conjoined: dict[int, list[tuple[int, int, Any]]] = {}
    at = {r.start: r for r in refs}
    starts = {r.start for r in refs if not r.pronoun and not r.user}
    n = len(lowers)
    for k in range(n - 2):
        declared = _declared_part(index, lowers, k) if lowers[k] not in _MADE_ITS else None
        if declared is not None:
            # "Alan Schneider directed its premiere", "Hillary made its first ascent": a declared
            # "V the N of X" with the item said by "its"
            readings, end = declared
            ref = at.get(k + 1)
            if ref is not None and ref.pronoun == "item_possessive" and (
                    end >= n or lowers[end] in _CLAUSE_END or lowers[end:end + 2] in (["too"], ["too", "."])):
                cue_at[k] = [(k + 1, readings)]
                glued.update(range(k + 2, end))
                dropped.update(id(r) for r in refs if not r.pronoun and k + 2 <= r.start and r.end <= end)
            continue
        # ("wrote both the music and the lyrics": "both" before two parts joins them)
        o = 1 if lowers[k + 1] == "both" and k + 3 < n else 0
        if lowers[k] not in _MADE_ITS or lowers[k + 1 + o] not in ("its", "the"):
            continue
        first = _part_readings(index, lowers[k], lowers[k + 2 + o])
        if not first:
            continue
        end = k + 3 + o
        second: tuple[int, int, Any] | None = None
        if lowers[end:end + 1] == ["and"]:
            j = end + 1 + (lowers[end + 1:end + 2] in (["its"], ["the"]))
            other = _part_readings(index, lowers[k], lowers[j]) if j < n else frozenset()
            if other and lowers[j] != lowers[k + 2 + o]:
                second, end = (j, j + 1, other), j + 1
        if o and second is None:
            continue  # ("wrote both the music": no second part)
        if end < n and lowers[end] in ("for", "of", "to") and end + 1 in starts and second is not None:
            # "wrote the music and lyrics for In the Heights": the last part binds the name
            cue_at[k] = [(end + 1, first)]
            conjoined[k] = [second]
            glued.update(range(k + 1, end + 1))
            if complete is not None:
                complete.add(k)  # "the music": all of it
            continue
        if end < n and lowers[end] not in _CLAUSE_END and lowers[end:end + 2] not in (["too"], ["too", "."]):
            continue  # ("wrote its music too.")
        pied = lowers[k + 1 + o] == "the" and k + 1 + o not in at and _pied_piped(lowers, k)
        if not pied:  # ("X, for which Y wrote the music": the relative names the item)
            ref = at.get(k + 1 + o)
            if ref is None:
                if lowers[k + 1 + o] != "the" or k + 1 + o in at:
                    continue
                ref = Ref(k + 1 + o, k + 2 + o, (), "ref", pronoun="item_possessive")
                new.append(ref)
            elif ref.pronoun != "item_possessive":
                continue
            if o:
                glued.add(k + 1)
            cue_at[k] = [(k + 1 + o, first)]
            if complete is not None:
                complete.add(k)  # "composed its score": all of it, as "composed the score for X"
            if second is not None:
                conjoined[k] = [second]
        glued.update(range(k + 2 + o, end))
        for x in range(k + 2 + o, end):
            noun = at.get(x)
            if noun is not None and noun.end == x + 1 and noun.kind == "attribute":
                dropped.add(id(noun))
    kept = [r for r in refs if id(r) not in dropped] + new
    return frozenset(glued), sorted(kept, key=lambda r: r.start), conjoined


def sea_levels(index: GraphIndex, lowers: list[str], refs: list[Ref],
               cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "X is 84 metres above sea level", "X is located at 184.0 above sea level": a number right
    before "above (the) sea level" is X's elevation. A copula right before the number gets the
    readings of the graph's relations of elevation (by name or phrase: "elevation", "altitude");
    "above sea level" is returned as glue. Nothing where the graph has no such relation."""
    if not index.elevation:
        return frozenset()
    readings = frozenset(Cue(r, True) for r in index.elevation)
    ending = {r.end: r for r in refs if not r.user and not r.pronoun}
    glued: set[int] = set()
    for k in range(1, len(lowers) - 2):
        tail = 4 if lowers[k:k + 4] == ["above", "the", "sea", "level"] else 3 \
            if lowers[k:k + 3] == ["above", "sea", "level"] else 0
        number = ending.get(k)
        if not tail or number is None or not any(ch.isdigit() for ch in lowers[number.start]):
            continue
        c = number.start - 1
        if c >= 1 and lowers[c] in ("is", "was", "are", "lies", "sits", "stands"):
            cue_at[c] = [(number.start, readings)]
        glued.update(range(k, k + tail))
    return frozenset(glued)


def _declared_readings(index: GraphIndex, verb: str, noun: list[str]) -> frozenset[Cue]:
    """The readings of a declared cue "<verb> the <noun> of" (as declared: not a derived
    "danced the premiere of", red team 140)."""
    form = (verb, "the", *noun, "of")
    return frozenset(c for c in index.cues.get(form, ()) if not c.noun and not c.typed) \
        if form in index.declared_forms else frozenset()


def _passive_readings(index: GraphIndex, part: str, noun: list[str]) -> frozenset[Cue]:
    """The readings of "the <noun> of X was <part> by Y" from a declared "Y <verb> the <noun> of
    X", turned round (X is the subject)."""
    return frozenset(Cue(x.relation, not x.forward) for past in past_of_participle(part)
                     for x in _declared_readings(index, past, noun))


def _declared_part(index: GraphIndex, lowers: list[str], k: int) -> tuple[frozenset[Cue], int] | None:
    """ "directed its premiere" at ``k``: a verb, "its" and a noun of one or two words that a
    declared cue "<verb> the <noun> of" says; its readings and where the noun ends."""
    if lowers[k + 1:k + 2] != ["its"]:
        return None
    for width in (2, 1):
        noun = lowers[k + 2:k + 2 + width]
        found = _declared_readings(index, lowers[k], noun) if len(noun) == width else frozenset()
        if found:
            return found, k + 2 + width
    return None


def passive_parts(index: GraphIndex, lowers: list[str], refs: list[Ref],
                  cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "The first ascent of X was made by Y", "X's premiere was directed by Y", "its first
    ascent was made by Y": the passive of a declared "Y <verb> the <noun> of X" (one or two noun
    words), read as "X was <verb> by Y" with that cue's readings turned round; the copula gets
    them and the noun phrase's other words are returned as glue."""
    names = [r for r in refs if not r.user]
    ending = {r.end: r for r in names}
    starting = {r.start for r in names if not r.pronoun}
    its = {r.start for r in names if r.pronoun == "item_possessive"}
    n = len(lowers)
    glued: set[int] = set()
    for c in range(2, n - 3):
        if lowers[c] not in ("was", "were") or lowers[c + 2] != "by" or (c + 3) not in starting:
            continue
        part = lowers[c + 1]
        hit: tuple[frozenset[Cue], range] | None = None
        x = ending.get(c)
        if x is not None and not x.pronoun:
            p = x.start - 1 - (lowers[x.start - 1:x.start] == ["the"])
            for width in (2, 1):  # "The first ascent of X was made by Y"
                t = p - width - 1
                if t >= 0 and lowers[p] == "of" and lowers[t] == "the" and (t == 0 or lowers[t - 1] in _CLAUSE_END):
                    found = _passive_readings(index, part, lowers[p - width:p])
                    if found:
                        hit = found, range(t, x.start)
                        break
        if hit is None:
            for width in (2, 1):
                d = c - width
                found = _passive_readings(index, part, lowers[d:c]) if d >= 2 else frozenset()
                if found and lowers[d - 1] == "'s" and (d - 1) in ending and not ending[d - 1].pronoun:
                    hit = found, range(d - 1, c)  # "X's first ascent was made by Y"
                elif found and (d - 1) in its:
                    hit = found, range(d, c)  # "its first ascent was made by Y"
                if hit is not None:
                    break
        if hit is not None:
            cue_at[c] = [(c + 3, hit[0])]
            for g in (c + 1, c + 2, *hit[1]):
                cue_at.pop(g, None)
            glued.update(hit[1])
    return frozenset(glued)


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
_COUNTED_GLUE = (",", "and", "the", "(", ")")
"""What joins the items of a counted list ("two bridges, the A and the B")."""


def _list_gap(gap: list[str]) -> bool:
    """Whether ``gap`` joins two names of one list (", ", "and", ", and", each maybe with "the")."""
    return [w for w in gap if w != "the"] in ([","], ["and"], [",", "and"])


def paren_year(ws: list[str], k: int) -> bool:
    """Whether a year in parentheses stands at ``k`` ("Terminator 2 (1991)")."""
    return ws[k:k + 1] == ["("] and ws[k + 2:k + 3] == [")"] and is_year(ws[k + 1])


def _undated(gap: list[str]) -> list[str]:
    """``gap`` without a year in parentheses at its start ("(1987) and " -> "and"): a listed item's
    year, read as such where it stands."""
    return gap[3:] if paren_year(gap, 0) else gap


def counted_copulas(index: GraphIndex, lowers: list[str], refs: list[Ref],
                    cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "A and B are two thrillers (you loved)": a count after the copula that matches the list
    before it reads as "both" / "all" (the cue "are both" then takes it)."""
    names = sorted((r for r in refs if not r.pronoun and not r.user), key=lambda r: r.start)
    starts = {r.start for r in names}
    n = len(lowers)
    for i, r in enumerate(names):
        k = r.end
        if r.kind != "item" or k + 2 >= n or lowers[k] not in ("are", "were") or lowers[k + 1] not in _COUNT_WORDS \
                or not (k + 2 in starts or lowers[k + 2] in index.type_nouns):
            continue
        listed, j = 1, i
        while j > 0 and names[j - 1].kind == "item" and _list_gap(lowers[names[j - 1].end:names[j].start]):
            listed, j = listed + 1, j - 1
        if listed != _COUNT_WORDS[lowers[k + 1]] or (j > 0 and lowers[names[j].start - 1:names[j].start]
                                                     in (["and"], [","])):
            continue
        lowers[k + 1] = "both" if listed == 2 else "all"
        readings = index.cues.get((lowers[k], lowers[k + 1]))
        if readings:
            cue_at[k] = [*cue_at.get(k, []), (k + 2, frozenset(readings))]


def no_count_noun(index: GraphIndex, lowers: list[str], obj: Ref) -> bool:
    """Whether ``obj`` is a lower-case class said with an article or a count ("a crime", "two
    crimes") that is no count noun ("a thriller" is one, and "a comic opera", whose name ends in
    the item's kind noun) and no kind noun follows."""
    return obj.kind == "attribute" and obj.lowercase \
        and mass_type(obj.types) \
        and singular(lowers[obj.end - 1]) not in COUNT_GENRES \
        and lowers[obj.end - 1] not in index.type_nouns \
        and (obj.end >= len(lowers) or lowers[obj.end] not in index.type_nouns | {"and", "-", "/"}
             or lowers[obj.end + 1:obj.end + 2] in (["a"], ["an"], ["another"]))
    # (not "a folk and rock artist": a row of kinds before its noun; but "a crime and a drama")


def counted_lists(index: GraphIndex, lowers: list[str], refs: list[Ref]) -> frozenset[int]:
    """ "You loved A and B, two films by X": a count that matches the list before it is read as
    "both" ("all" for more), the kind nouns after it as glue; any other count is left unread."""
    names = sorted((r for r in refs if not r.pronoun and not r.user), key=lambda r: r.start)
    glued: set[int] = set()
    n = len(lowers)
    kinds = {r.start: r for r in names if r.kind == "attribute"}
    for i, r in enumerate(names):
        k = r.end
        if r.kind != "item" or k + 2 >= n or lowers[k] != "," or lowers[k + 1] not in _COUNT_WORDS:
            continue
        listed, j = 1, i
        while j > 0 and names[j - 1].kind == "item" and _list_gap(lowers[names[j - 1].end:names[j].start]):
            listed, j = listed + 1, j - 1
        if k + 2 in kinds:
            kind = kinds[k + 2]
            named = kind_type(kind.types) or singular(lowers[kind.end - 1]) in COUNT_GENRES \
                or lowers[kind.end:kind.end + 1] and lowers[kind.end] in index.type_nouns
            if listed == _COUNT_WORDS[lowers[k + 1]] and named:  # (not "two V8 engines")
                lowers[k + 1] = "both" if listed == 2 else "all"  # "A and B, two comedies": both
            continue
        if lowers[k + 2] not in index.type_nouns:
            continue
        if listed != _COUNT_WORDS[lowers[k + 1]] or (index.noun_types and any(
                not x.types & index.noun_types.get(lowers[k + 2], frozenset()) for x in names[j:i + 1])):
            continue
        m = k + 2
        while m < n and lowers[m] in index.type_nouns:
            m += 1
        if m >= n or not (lowers[m] in _BY or lowers[m] in ("that", "which", "with") or lowers[m].endswith("ed")):
            continue  # ("two films you rated highly" is read elsewhere)
        lowers[k + 1] = "both" if listed == 2 else "all"
        glued.update(range(k + 2, m))
    glued |= _counted_objects(index, lowers, names)
    # ("these museums" in "two of these museums: A and B" is the construction's, no reference)
    refs[:] = [r for r in refs if not (r.pronoun and r.end > r.start and all(k in glued for k in range(r.start, r.end)))]
    return frozenset(glued)


def _kind_noun(index: GraphIndex, lowers: list[str], attribute: Ref) -> bool:
    """Whether an attribute's name is a noun for its items ("two suspension bridges", "two
    thrillers"): it ends in a kind noun of the graph, or names a kind of its items."""
    last = lowers[attribute.end - 1]
    return last in index.type_nouns or (last.endswith("s") and (
        kind_type(attribute.types) or singular(last) in COUNT_GENRES))


def _counted_objects(index: GraphIndex, lowers: list[str], names: list[Ref]) -> set[int]:
    """ "Sam Okoro hosts two shows: Pitch Side and Market Pulse": a count, kind nouns and a colon
    or comma before a list of items that many long are glue; the verb takes the list."""
    glued: set[int] = set()
    starting = {r.start: i for i, r in enumerate(names)}
    for c in range(1, len(lowers) - 3):
        count = _COUNT_WORDS.get(lowers[c])
        of_these = lowers[c + 1:c + 3] in (["of", "these"], ["of", "the"])  # ("two of these museums: A and B")
        m = c + 3 if of_these else c + 1
        typed = False  # an attribute whose name ends in a kind noun ("two suspension bridges: A and B")
        if count is not None and not of_these and m in starting and names[starting[m]].kind == "attribute":
            m = names[starting[m]].end  # "two science fiction films: A and B" (the name is said of each)
            typed = _kind_noun(index, lowers, names[starting[c + 1]])
        nouns_at = m
        while m < len(lowers) and lowers[m] in index.type_nouns:
            m += 1
        first = m + 1 + (m + 1 not in starting and lowers[m + 1:m + 2] == ["the"])  # (", the Forth Bridge and ...")
        if count is None or (m == nouns_at and not typed) or lowers[m:m + 1] not in ([","], [":"]) \
                or first not in starting \
                or lowers[c - 1] in (",", "and", "the", "its", "their", "his", "her", "of"):
            continue
        i = starting[first]
        listed = [names[i]]
        while i + 1 < len(names) and _list_gap(_undated(lowers[names[i].end:names[i + 1].start])):
            i += 1
            listed.append(names[i])
            if "and" in lowers[names[i - 1].end:names[i].start]:
                break
        closed = len(listed) > 1 and "and" in lowers[listed[-2].end:listed[-1].start]
        after = _undated(lowers[listed[-1].end:listed[-1].end + 4])[:1]
        if not closed or len(listed) != count or any(r.kind != "item" for r in listed) \
                or after not in ([], ["."], [";"], ["!"], ["?"]):
            continue  # (the count must be the list's, closed by "and", and end the clause)
        glued.update((c, *range(c + 1, c + 3 if of_these else c + 1), *range(nouns_at, first)))
    return glued


def cast_lines(index: GraphIndex, lowers: list[str], refs: list[Ref],
               cue_at: dict[int, list[tuple[int, Any]]]) -> list[Ref]:
    """ "Heat is directed by Michael Mann. Al Pacino and Robert De Niro star.": a verb of acting
    with no object says they star in the item named last, read as "star in it" (a reference
    with no words of its own). Returns the mentions to read, in text order."""
    names = [r for r in refs if not r.pronoun and not r.user]
    ending = {r.end: r for r in names}
    new: list[Ref] = []
    n = len(lowers)
    for v in range(1, n):
        if lowers[v] not in ("star", "stars", "co-star", "co-stars") or (v + 1 < n and lowers[v + 1] not in (".", "!", ";")):
            continue
        last = ending.get(v if lowers[v - 1] != "also" else v - 1)
        if last is None or last.kind == "item" or not any(r.kind == "item" and r.end <= last.start for r in names):
            continue
        if lowers[max(0, last.start - 2):last.start] in (["in", "which"], ["in", "whom"]):
            continue  # "Heat, in which Al Pacino stars.": the relative clause has its object
        readings = index.cues.get(("star", "in")) or index.cues.get(("stars", "in"))
        if not readings:
            continue
        cue_at[v] = [(v + 1, frozenset(readings))]
        new.append(Ref(v + 1, v + 1, (), "ref", pronoun="item"))
    return sorted(refs + new, key=lambda r: r.start)


_LEAD_NOUNS = (["the", "lead"], ["the", "leads"], ["the", "lead", "role"], ["the", "lead", "roles"],
               ["the", "leading", "role"], ["the", "leading", "roles"], ["the", "title", "role"], ["a", "lead", "role"],
               ["a", "leading", "role"])


def lead_roles(index: GraphIndex, lowers: list[str], refs: list[Ref],
               cue_at: dict[int, list[tuple[int, Any]]]) -> tuple[frozenset[int], list[tuple[int, int, Ref]]]:
    """ "Aliens, with Sigourney Weaver in the lead", "stars A and B in the leads", "with A and B
    starring": the words after a person who plays in the item say only that. Returns the glued tokens and each span with its
    people (one ref per person), which the checker requires to hold a relation of acting
    (``index.acting``) in a claim of the text."""
    if not index.acting:
        return frozenset(), []
    ending = {r.end: r for r in refs if not r.pronoun and not r.user and r.kind != "item"}
    glued: set[int] = set()
    spans = []
    n = len(lowers)
    stars = frozenset(c for c in index.cues.get(("stars",), ()) if c.forward and not c.noun)
    for k in range(1, n - 1):
        if k not in ending:
            continue
        words = next((w for w in sorted(_LEAD_NOUNS, key=len, reverse=True) if lowers[k + 1:k + 1 + len(w)] == w), None) \
            if lowers[k] == "in" else [] if lowers[k] in ("starring", "co-starring") else None
        if words is None or (k + 1 + len(words) < n and lowers[k + 1 + len(words)] not in _CLAUSE_END):
            continue
        people = [ending[k]]
        j = ending[k].start
        while j >= 2 and lowers[j - 1] in ("and", ",") and j - 1 in ending:
            people.append(ending[j - 1])  # "A and B in the leads": each
            j = ending[j - 1].start
        if not words and lowers[j - 1:j] != ["with"]:
            continue  # "with A and B starring": an absolute clause after "with" only
        end = k + 1 + len(words)
        if words and lowers[j - 1:j] in (["has"], ["have"], ["had"]) and stars:
            # "Heat has Al Pacino and Robert De Niro in the leads": it stars them (and nothing else
            # "has" may say of them)
            cue_at[j - 1] = [(j, stars)]
        glued.update(range(k, end))
        cue_at.pop(k, None)  # ("starring" there is no verb of its own)
        spans.extend((k, end, p) for p in people)
    return frozenset(glued), spans


def there_places(index: GraphIndex, lowers: list[str], refs: list[Ref],
                 cue_at: dict[int, list[tuple[int, Any]]]) -> list[Ref]:
    """ "Otello premiered at La Scala; Turandot premiered there too": "there" after a verb whose
    cue takes "at" / "in" / "on" names the place named last after that preposition, read as
    "premiered at La Scala" (the verb and the preposition must form a cue). Returns the mentions to
    read, in text order."""
    names = sorted((r for r in refs if not r.pronoun and not r.user), key=lambda r: r.start)
    new: list[Ref] = []
    for k in range(1, len(lowers)):
        if lowers[k] != "there" or k - 1 in cue_at:
            continue
        place = next((r for r in reversed(names) if r.end <= k - 1 and r.kind == "attribute" and r.start >= 1
                      and lowers[r.start - 1] in ("at", "in", "on")), None)
        if place is None or any(r.start > place.end and r.end <= k and r.kind == "attribute" for r in names):
            continue  # (the place must be the last name of its kind before "there")
        prep = lowers[place.start - 1]
        verb = k - 1
        while verb > 0 and lowers[verb] in ("also", "both", "all"):
            verb -= 1
        readings = index.cues.get((lowers[verb], prep))
        if not readings or verb != k - 1:
            continue
        cue_at[verb] = [(k, frozenset(readings))]
        new.append(Ref(k, k + 1, place.ids, place.kind, in_evidence=place.in_evidence, types=place.types))
    taken = {r.start for r in new}
    for k in range(2, len(lowers)):
        if lowers[k] != "there" or k in taken or k - 1 in cue_at or lowers[k + 1:k + 2] in _THERE_NOT:
            continue
        there = _there_item(index, lowers, names, k, cue_at)
        if there is not None:
            new.append(there)
    return sorted(refs + new, key=lambda r: r.start)


_THERE_NOT = (["is"], ["are"], ["was"], ["were"], ["'s"], ["has"], ["have"], ["had"])
"""After "there", words that make it an existential "there is", no place."""


def _there_item(index: GraphIndex, lowers: list[str], names: list[Ref], k: int,
                cue_at: dict[int, list[tuple[int, Any]]]) -> Ref | None:
    """ "The University of Cambridge is in the UK, and Isaac Newton studied there": "there" after
    the words of a cue said with "at" / "in" / "on" ("studied at", "was creative director at")
    stands for the one entity named before in its sentence whose type that cue takes as its object
    (a university; not the country). The cue is put in ``cue_at``; returns the mention "there"
    makes."""
    start = span_around(lowers, k, (".", "!", "?", ";"))[0]
    names = [r for r in names if r.start >= start]  # (of this sentence only, red team 149; not a
    # clause before "; ", where a nearer place that does not fit may be the one meant, red team 156)
    for j in range(max(1, k - 4), k):
        if lowers[j] in ("and", ",", "who", "which", "that") or (j not in {r.end for r in names}
                                                                  and lowers[j - 1] not in ("who", "also")):
            continue  # (the cue right after its subject: "Isaac Newton studied there")
        for prep in ("at", "in", "on"):
            readings = frozenset(c for c in index.cues.get((*lowers[j:k], prep), ()) if not c.noun or len(lowers[j:k]) > 1)
            able = frozenset().union(*((index.tail_types if c.forward else index.head_types).get(c.relation, frozenset())
                                       for c in readings)) if readings else frozenset()
            fitting = [r for r in names if r.end <= j and r.types & able]
            if len({r.ids for r in fitting}) == 1:
                place = fitting[-1]
                cue_at[j] = [(k, readings)]
                return Ref(k, k + 1, place.ids, place.kind, in_evidence=place.in_evidence, types=place.types)
    return None


def whose_parts(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]], complete: set[int] | None = None
                ) -> tuple[frozenset[int], list[Ref]]:
    """ "Chrono Trigger, whose music Yasunori Mitsuda (also) composed": a part of the item, then
    who made it, read as "Chrono Trigger, which Yasunori Mitsuda composed the music for" (the
    registry's "composed the music for X"). "whose" becomes "which"; returns the glued nouns and
    the mentions to read (a tag named like the noun, "music", is no mention there)."""
    names = [r for r in refs if not r.pronoun and not r.user]
    starting = {r.start: r for r in names}
    ending = {r.end: r for r in names}
    glued: set[int] = set()
    n = len(lowers)
    for k in range(1, n - 3):
        if lowers[k] != "whose" or lowers[k - 1] != "," or (k - 1) not in ending \
                or ending[k - 1].kind != "item":
            continue
        said = [e for e, rd in cue_at.get(k + 1, ()) if lowers[e - 1] == "by" and lowers[k + 2:k + 3] in (["is"], ["was"])
                and e in starting and all(c.forward for c in rd)]
        if said:
            lowers[k] = "which"  # "Heat, whose music is by X": "Heat, which (has) music by X"
            continue
        z = starting.get(k + 2)
        if z is None or z.kind == "item" or z.end >= n:
            continue
        v = z.end + (lowers[z.end] in ("also", "too"))
        if v >= n or (v + 1 < n and lowers[v + 1] not in _CLAUSE_END):
            continue
        readings = _part_readings(index, lowers[v], lowers[k + 1])
        if not readings or not all(index.tail_count(i, c.relation) == 1 for c in readings
                                   for i in ending[k - 1].ids):
            continue  # ("whose score X composed": all of it, so X alone)
        lowers[k] = "which"
        glued.add(k + 1)
        cue_at.pop(k, None)
        cue_at.pop(k + 1, None)
        cue_at[v] = [(v + 1, readings)]
        if complete is not None:
            complete.add(v)  # "whose score X composed": all of it
    kept = [r for r in refs if not (r.start in glued and r.end == r.start + 1 and r.kind == "attribute")]
    return frozenset(glued), kept


def noun_relatives(index: GraphIndex, lowers: list[str], refs: list[Ref],
                   cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "Jurassic Park, a / the film (that) Steven Spielberg directed" / "Jurassic Park is a film (that)
    Steven Spielberg directed": a kind noun ("film") that only names the item, then a relative
    clause on it, read as "Jurassic Park, which Steven Spielberg directed" (the copula and the
    kind noun say nothing more). The words are rewritten in ``lowers`` ("which"); returns the
    positions glued."""
    names = [r for r in refs if not r.pronoun and not r.user]
    starting = {r.start: r for r in names}
    glued: set[int] = set()
    n = len(lowers)
    for r in names:
        k = r.end
        if r.kind != "item" or k + 3 >= n or lowers[k] not in (",", "is", "was") \
                or not (lowers[k + 1] in ("a", "an") or (lowers[k + 1] == "the" and lowers[k] == ",")):
            continue  # (an apposition may name it with "the": "React, the library Jordan Walke created,")
        m = k + 2
        while m < n and lowers[m] in index.type_nouns:
            m += 1
        if m == k + 2 or m >= n or (index.noun_types and any(
                not r.types & index.noun_types.get(w, frozenset()) for w in lowers[k + 2:m])) \
                or any(w in GROUP_NOUNS | SOLO_NOUNS for w in lowers[k + 2:m]):  # (members are checked)
            continue  # (on a graph of books and films, "a novel" is no film: left to be rejected)
        p = m + 1 if lowers[m] in ("that", "which") else m
        z = starting.get(p)
        if z is None or z.kind == "item" or z.end >= n or not any(
                not isinstance(what, str) and (e >= n or lowers[e] in _CLAUSE_END)
                for e, what in cue_at.get(z.end, ())):
            continue  # a name, then a verb whose object is the item ("X directed.")
        if lowers[k] != ",":
            lowers[k] = ","  # "X is a film that Y directed" -> "X, which Y directed"
            glued.add(k)
        which = m if p == m + 1 else m - 1
        lowers[which] = "which"
        glued.update(range(k + 1, which))
        refs[:] = [x for x in refs if not (x.pronoun and k < x.start < m)]  # ("the project": no reference here)
    return frozenset(glued)


def the_before(lowers: list[str], start: int) -> int:
    """Where a name starting at ``start`` begins with its article ("the Mai Tai")."""
    return start - 1 if start > 0 and lowers[start - 1] == "the" else start


def in_common(lowers: list[str], refs: list[Ref], cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "A and B have a perfumer in common, X", "have a hop in common: Chinook", "have Chinook in
    common": read as "share a perfumer, X", "share Chinook" (the verb is rewritten; "in common"
    is glue). "A and B have a lot / something in common: both ..." is read "A and B both ...":
    the frame is glue and the "both" (or "they") after it leaves ``refs`` (edited in place).
    Returns the glued positions."""
    names = {(r.start, r.end) for r in refs if not r.user and not r.pronoun}
    ends = {e for _, e in names}
    out: set[int] = set()
    for k in range(2, len(lowers) - 1):
        if lowers[k:k + 2] != ["in", "common"]:
            continue
        j = k - 1 - (lowers[k - 2:k] in (["a", "lot"], ["great", "deal"]))
        j -= lowers[j - 1:j + 1] == ["a", "great"]
        if j >= 1 and lowers[j:k] in (["something"], ["much"], ["plenty"], ["a", "lot"], ["a", "great", "deal"]) \
                and lowers[j - 1] in _HAVE_SHARE and (j - 1) in ends and lowers[k + 2:k + 4] in (
                    [":", "both"], [";", "both"], ["—", "both"], [":", "they"], [";", "they"]):
            # "A and B have a lot in common: both were shot by X": the frame says no more than
            # the clause after it, which says what they share (of both: read "A and B both were")
            frame = set(range(j - 1, k + 3)) | ({k + 3} if lowers[k + 3] == "they" else set())
            out |= frame
            refs[:] = [r for r in refs if not (r.pronoun and r.start == k + 3)]
            _drop_cues(cue_at, frame)
            continue
        j = next((j for j in range(k - 1, max(0, k - 5), -1) if lowers[j] in _HAVE_SHARE), None)
        if j is None or not ((j + 1, k) in names or (
                lowers[j + 1] in ("a", "an", "one") and 1 <= k - j - 2 <= 2
                and not any(s <= x < e for s, e in names for x in range(j + 2, k))
                and lowers[k + 2:k + 3] in ([":"], [","]) and any(s == k + 3 for s, _ in names))):
            continue  # (a name, or a noun after an article and the name: "have a hop in common: X";
            # "have a director in common." is read as it is)
        lowers[j] = _HAVE_SHARE[lowers[j]]
        out |= {k, k + 1}
        _drop_cues(cue_at, {j, k, k + 1})
    return frozenset(out)


def _drop_cues(cue_at: dict[int, list[tuple[int, Any]]], spots: set[int]) -> None:
    """Forget every cue that starts at or spans one of ``spots`` (words a construction reads)."""
    for s in list(cue_at):
        if s in spots or any(s <= x < e for e, _ in cue_at[s] for x in spots):
            del cue_at[s]


_HAVE_SHARE = {"have": "share", "has": "shares", "had": "shared"}


def shared_in(index: GraphIndex, lowers: list[str], refs: list[Ref],
              cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "Alien and Blade Runner share a director in Ridley Scott": the "in" before the name reads
    as the comma of "share a director, Ridley Scott" (the noun must be a relation's own)."""
    starting = {r.start for r in refs if not r.pronoun and not r.user}
    for k in range(3, len(lowers) - 1):
        if lowers[k] != "in" or (k + 1) not in starting:
            continue
        j = k - 1
        while j > 0 and lowers[j] not in ("a", "an", "the", "one") and k - j <= 2:
            j -= 1  # ("share a lead actor in X")
        if lowers[j] not in ("a", "an", "the", "one") or j < 1 or lowers[j - 1] not in ("share", "shares", "shared", "sharing"):
            continue
        noun = tuple(lowers[j + 1:k])
        if not noun or not any(c.noun for c in index.cues.get(noun, ())):
            continue
        lowers[k] = ","
        for s in list(cue_at):
            kept = [(e, x) for e, x in cue_at[s] if not s <= k < e]
            if kept:
                cue_at[s] = kept
            else:
                del cue_at[s]


def part_of_item(index: GraphIndex, lowers: list[str], refs: list[Ref],
                 cue_at: dict[int, list[tuple[int, Any]]]) -> tuple[frozenset[int], list[Ref]]:
    """ "The music for Blade Runner was composed by Vangelis", "The screenplay of X is by Y": a
    part of the item opening the clause, read as "X's music was composed by Y" (the part and the
    words after the item form a cue: "music was composed by"). Returns the glued positions and
    the mentions to read (a tag named like the part is no mention there)."""
    glued: set[int] = set()
    for r in refs:
        k = r.start
        two = k >= 4 and lowers[k - 4] == "the" and (lowers[k - 3], lowers[k - 2]) == ("camera", "work")
        lead = k - 4 if two else k - 3  # (the part's "the": "the camera work on X")
        if r.kind != "item" or r.user or r.pronoun or k < 3 or lowers[k - 1] not in ("for", "of", "on", "in") \
                or lowers[lead] != "the" or not (lead == 0 or lowers[lead - 1] in _CLAUSE_END):
            continue
        part = "camera work" if two else lowers[k - 2]  # ("the camerawork on X", "the music in X")
        for e in range(min(len(lowers), r.end + 5), r.end, -1):
            found = [c for c in index.cues.get((*part.split(), *lowers[r.end:e]), ()) if c.forward and not c.noun]
            if found and (lowers[e - 1] == "by" or lowers[r.end:e] in (["came", "from"], ["comes", "from"])
                          or lowers[r.end:e] in (["is", "the", "work", "of"], ["was", "the", "work", "of"])):
                # ("The script for X came from Y": the part's own "came from", which ``by_authors``
                # leaves as it is; not "is from", which reads any maker of X, whatever the part)
                cue_at[r.end] = [(e, frozenset(found))]
                glued.update(range(lead, k))
                break
    kept = [r for r in refs if not (r.start in glued and r.kind == "attribute")]
    return frozenset(glued), kept


def seat_of_names(index: GraphIndex, lowers: list[str], refs: list[Ref],
                  cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "The headquarters of X are in Y", "The X headquarters are in Y": a noun whose cue goes on
    with a copula and a preposition ("headquarters are in", from "has its headquarters in"),
    read as "X's headquarters are in Y". The noun opens the clause ("the N of X") or follows the
    name ("the X N"); returns the glued positions."""
    glued: set[int] = set()
    n = len(lowers)

    def said(words: Sequence[str]) -> frozenset[Cue]:
        return frozenset(c for c in index.cues.get(tuple(words), ()) if c.forward and not c.noun)

    def rest_at(e: int, noun: Sequence[str]) -> tuple[int, frozenset[Cue]] | None:
        if e + 1 >= n or lowers[e] not in ("is", "are", "was", "were"):
            return None
        for end in (e + 2, e + 3):  # ("are in", "are located in")
            found = said([*noun, *lowers[e:end]])
            if found and lowers[end - 1] in ("in", "at", "on"):
                return end, found
        return None

    for r in refs:
        if r.user or r.pronoun or r.start in cue_at:
            continue
        k, e = r.start, r.end
        s = k - 1 if k >= 1 and lowers[k - 1] == "the" else k
        for size in (1, 2):
            the = s - 2 - size  # "The headquarters of X are in Y", "The head office of X is in Y"
            if the >= 0 and lowers[s - 1:s] == ["of"] and lowers[the] == "the" \
                    and (the == 0 or lowers[the - 1] in _CLAUSE_END):
                found = rest_at(e, lowers[the + 1:s - 1])
                if found:
                    cue_at[e] = [found]
                    glued.update(range(the, s))
                    break
            if e + size < n and (k == 0 or lowers[k - 1] == "the" and (k == 1 or lowers[k - 2] in _CLAUSE_END)):
                found = rest_at(e + size, lowers[e:e + size])  # "The X headquarters are in Y"
                if found:
                    cue_at[e] = [found]
                    for j in range(e, e + size):
                        cue_at.pop(j + 1, None)
                    break
    return frozenset(glued)


def _part_before(lowers: list[str], k: int) -> bool:
    """Whether "the <part> for / of / on" opens the clause right before token ``k`` ("The script
    for X came from Y": the part's maker, see :func:`part_of_item`)."""
    return k >= 3 and lowers[k - 1] in ("for", "of", "on") and lowers[k - 3] == "the" \
        and (k == 3 or lowers[k - 4] in _CLAUSE_END)


def by_agent_nouns(lowers: list[str], refs: list[Ref], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "Seven was cut by editor Richard Francis-Bruce", "scored by composer X", "was the work of
    architect X": a cue ending in "by" (or "of"), then the agent noun of the same relation before
    the name, read as one cue (the relations both name)."""
    starting = {r.start for r in refs if not r.pronoun and not r.user}
    for s in list(cue_at):
        for e, readings in cue_at.get(s, ()):
            if isinstance(readings, str) or lowers[e - 1] not in ("by", "of") or e + 1 not in starting:
                continue
            nouns = {(n.relation, n.forward) for e2, found in cue_at.get(e, ()) if e2 == e + 1
                     and not isinstance(found, str) and all(n.noun for n in found) for n in found}
            both = frozenset(c for c in readings if not c.noun and (c.relation, c.forward) in nouns)
            if both:
                cue_at[s] = [(e + 1, both)]
                del cue_at[e]
                break


def distributive_each(lowers: list[str], refs: list[Ref]) -> list[Ref]:
    """ "A and B (were) each depict(ed) nudes": "each" right after a list of names (and its
    copula), before its verb, says
    the verb of every name, as "A and B all depict nudes" does; it is read so (the word becomes
    "all" and is no reference). "... a guest on each" and "each of them" stay references."""
    names = [r for r in refs if not r.pronoun and not r.user]
    ending = {r.end: r for r in names}
    starting = {r.start for r in names}
    dropped: set[int] = set()
    for k, w in enumerate(lowers[:-1]):
        last = ending.get(k)
        if w == "each" and last is None and k >= 2 and lowers[k - 1] in ("are", "were", "have", "had"):
            last = ending.get(k - 1)  # "A and B were each developed by X": "were all developed by"
            # ("A and B have each won X": "have both won")
        if w != "each" or last is None or not lowers[k + 1].isalpha() or k + 1 in starting \
                or lowers[k + 1] in ("of", "other", "one", "and", "or", "but"):
            continue
        j = the_before(lowers, last.start) - 1  # ("and the B each")
        if lowers[j:j + 1] == ["and"] and (j in ending or (lowers[j - 1:j] == [","] and j - 1 in ending)):
            first = ending.get(j)
            before = the_before(lowers, first.start) - 1 if first else -1
            two = first is not None and (before < 0 or lowers[before] not in (",", "and"))
            # ("A and B were each written and directed by": "were both ...", as said of two)
            lowers[k] = "both" if two and lowers[k - 1] in ("are", "were", "have", "had") else "all"
            dropped.add(k)
    return [r for r in refs if not (r.pronoun and r.start in dropped)]


_USED_AFTER_NOUN = {"spoken": frozenset({"language", "languages"}),
                    "used": frozenset({"language", "languages", "currency", "currencies"})}
"""Participles that may follow a relation's noun with nothing added ("where the language spoken is
X", "the currency used"), each after the nouns it fits (no "currency spoken", red team 227)."""


def _where_goes_on(index: GraphIndex, lowers: list[str], k: int) -> None:
    """ "P, where A is spoken and the leader is Z": a clause joined after a where clause says a
    noun of P or of the sentence's subject, which the words cannot tell; its "and" is left unread
    (red team 227: "Łódź is in Poland, where the language spoken is Polish and the leader is X")."""
    n = len(lowers)
    for a in range(k + 2, n - 2):
        if lowers[a] in (".", ";", "!", "?"):
            return
        if lowers[a] == "and" and lowers[a + 1] in ("the", "a", "an"):
            fwd, ne = _noun_from(index, lowers, a + 2, forward=True)
            ne += ne + 1 < n and lowers[ne] in _USED_AFTER_NOUN
            if fwd and ne < n and lowers[ne] in _COPULA:
                lowers[a] = "and-where"


def where_clauses(index: GraphIndex, lowers: list[str], refs: list[Ref],
                  cue_at: dict[int, list[tuple[int, Any]]], complete: set[int] | None = None) -> list[int]:
    """ "P, where Z is an N" / "P, where the N is Z" / "P, where Z is spoken": a relative clause
    about the place P, read as "P, which Z is the N of" / "P, whose N is Z" / "in which Z is
    spoken". The clause's cue is put in ``cue_at``; the positions of the "where"s read so are
    returned (the reader takes them as relative pronouns). Any other "where" stays unknown."""
    names = [r for r in refs if not r.pronoun and not r.user]
    ending = {r.end: r for r in names}
    starting = {r.start: r for r in names}
    n = len(lowers)
    out = []
    for k, w in enumerate(lowers):
        if w == "where" and k >= 2 and lowers[k - 1] in ("is", "was") and (k - 1) in ending \
                and _opens_clause(lowers, ending[k - 1].start):
            lowers[k - 1] = ","  # "P is where Z plays" opening a clause: "P, where Z plays" (no other claim)
        if w != "where" or not (k in ending or (lowers[k - 1:k] == [","] and (k - 1) in ending)):
            continue
        j = k + 1
        if j < n and lowers[j] == "the" and j + 1 < n:
            # "where the currency is the Ethiopian birr": P's N is Z ("where the language spoken
            # is Arabic"; not "where a leader is Z", tried again and withdrawn: an area's noun
            # says what P lies in, red team 192's kept script)
            fwd, ne = _noun_from(index, lowers, j + 1, forward=True)
            if fwd and ne + 1 < n and lowers[ne] in _USED_AFTER_NOUN and lowers[ne + 1] in _COPULA \
                    and set(lowers[j + 1:ne]) & _USED_AFTER_NOUN[lowers[ne]]:
                ne += 1
            if fwd and ne < n and lowers[ne] in _COPULA and (ne + 1 in starting or (
                    lowers[ne + 1:ne + 2] == ["the"] and ne + 2 in starting)):
                cue_at[j] = [(ne + 1 if ne + 1 in starting else ne + 2, fwd)]
                if complete is not None:
                    complete.add(j)  # "where the leader is Z": the only one, as "whose leader is"
                out.append(k)
                continue
        p = ending.get(k) or ending.get(k - 1)
        if lowers[j:j + 3] in (["one", "of", "the"], ["one", "of", "its"]) and j + 3 < n and p is not None \
                and _places(index, p.types):
            # "the United States, where one of the ethnic groups is X": X is one of P's ethnic
            # groups (P a place: not "Adam Holloway, where one of the battles was ...", red team
            # 187; and no noun of a place P is in: "Andalusia, where one of the countries is
            # Spain" says Spain is in Andalusia)
            fwd, ne = _noun_from(index, lowers, j + 3, forward=True)
            fwd = frozenset(c for c in fwd or () if not _places(index, set(
                index.tail_types.get(c.relation, ()) if c.forward else index.subject_types.get((c.relation, True), ())))
                and not type_word_set(index.tail_types.get(c.relation, ()) if c.forward
                                      else index.subject_types.get((c.relation, True), ())) & _WIDER_AREAS) or None
            t = ne + 1 + (lowers[ne + 1:ne + 2] == ["the"])
            if fwd and ne < n and lowers[ne] in _COPULA and t in starting \
                    and (starting[t].end >= n or lowers[starting[t].end] in _CLAUSE_END):
                cue_at[j] = [(t, fwd)]
                out.append(k)
                continue
        z = starting.get(j) or (starting.get(j + 1) if lowers[j] == "the" else None)  # ("where the Red Sox play")
        if z is None or z.end >= n:
            continue
        c = z.end
        if lowers[c] in _COPULA:
            # "where Z is an / the / one of the N(s)": Z is an N of P
            m = c + 1
            for lead in (["one", "of", "the"], ["one", "of", "its"], ["a"], ["an"], ["the"]):
                if lowers[m:m + len(lead)] == lead:
                    m += len(lead)
                    break
            inv, ne = _noun_from(index, lowers, m, forward=False)
            if inv and (ne >= n or lowers[ne] in _CLAUSE_END):
                cue_at[c] = [(ne, inv)]
                out.append(k)
                continue
        # "where Spanish is spoken": a cue that ends in "in" / "at", said without it
        for e in range(min(n, c + 4), c, -1):
            if e < n and lowers[e] not in _CLAUSE_END:
                continue
            readings = index.cues.get((*lowers[c:e], "in")) or index.cues.get((*lowers[c:e], "at"))
            if readings:
                cue_at[c] = [(e, frozenset(readings))]
                out.append(k)
                break
    for k in out:
        _where_goes_on(index, lowers, k)
    return out


@dataclass(frozen=True)
class Modifier:
    """A name placed before the name it describes: the claim ``(head, readings, name)``."""

    head: int  # first token of the name described
    name: int  # first token of the modifier
    readings: frozenset[Cue]
    glue: tuple[int, int]  # the tokens the construction accounts for ("'s", kind nouns)
    year_at: int | None = None  # a year token said of the head ("X, Alfred Hitchcock's 1958 mystery,")
    predicate: bool = False  # the claim is the head's predicate ("Looking for X? Y fits the bill.")


_POSSESSIVE = ("'s", "'")
_ARTICLES = ("a", "an", "the")


def _gapped_pair(lowers: list[str], names: list[Ref], run: list[Ref], cue_at: dict[int, list[tuple[int, Any]]]) -> bool:
    """Whether a run of two names "X Y" (no item, then an item) is the remnant of a gapped clause
    ("A directed B, X Y", "A directed B, and X Y"): after a comma or "and", where the sentence (or
    its clause after ";") opens with a name of X's type whose verb (a cue right after it) takes an
    item of Y's type just before the remnant."""
    if len(run) != 2 or run[0].kind == "item" or run[0].start < 3:
        return False
    lead = run[0].start - 1
    lead -= lowers[lead] == "and" and lowers[lead - 1] == ","
    if lowers[lead] not in (",", "and"):
        return False
    said = next((r for r in names if r.end == lead), None)
    start = max((j + 1 for j in range(lead) if lowers[j] in (".", ";", "!", "?")), default=0)
    first = next((r for r in names if r.start >= start), None)
    return said is not None and first is not None and first is not said and first.start == start + (
        lowers[start:start + 1] == ["the"]) and bool(first.types & run[0].types) and bool(said.types & run[1].types) \
        and first.end in cue_at


def modifiers(index: GraphIndex, lowers: list[str], words: list[str], refs: list[Ref],
              cue_at: dict[int, list[tuple[int, Any]]],
              describes: set[int]) -> tuple[list[Modifier], frozenset[int]]:
    """Names that describe another name, read as claims about it (head as subject).

    * **possessive**, ``index.possessive``: "Alfred Hitchcock's Vertigo" (authorship),
      "Seattle's Soundgarden" (origin), "Motörhead's Lemmy" (membership), and after a comma
      "Vertigo, Alfred Hitchcock's film, ...";
    * **attributive**, ``index.attributive``: names before an item, with only nouns for item kinds
      between ("the thriller Vertigo", "grunge band Nirvana", "the Alfred Hitchcock film Vertigo");
    * **after a copula** (or the apposition ", a"), with no name after: "X is an Alfred Hitchcock
      film", "X is a Roman Polanski thriller". The copula's readings widen to
      ``index.attributive``, and each name of the row after the first repeats the claim; their
      start tokens are returned as the second value. ", the Manchester britpop band," after a
      name is such an apposition too (its position joins ``describes``).

    Every claim is judged like any other: true, in that direction, in the evidence.
    """
    names = sorted((r for r in refs if not r.pronoun and not r.user), key=lambda r: r.start)
    starting = {r.start: r for r in names}
    ending = {r.end: r for r in names}
    n = len(lowers)
    nouns = index.type_nouns
    out: list[Modifier] = []
    stacked: set[int] = set()

    def after_nouns(k: int) -> int:
        while k < n and (lowers[k] in nouns or (lowers[k].isdigit() and len(lowers[k]) == 4)):
            k += 1  # kind nouns and a year: "Alfred Hitchcock's 1958 film Vertigo"
        return k

    def listed(head: Ref, glue: tuple[str, ...] = (",", "and")) -> list[Ref]:
        """``head`` and the items listed right after it: a modifier before a list is said of
        each ("the thrillers Vertigo and Psycho", "Alfred Hitchcock's Vertigo and Psycho")."""
        out_ = [head]
        k = head.end
        while True:
            j = k
            while j < n and (lowers[j] in glue or ("(" in glue and lowers[j - 1] == "(" and is_year(lowers[j]))):
                j += 1
            nxt = starting.get(j)
            if j == k or nxt is None or nxt.kind != head.kind:
                break
            out_.append(nxt)
            if "and" in lowers[k:j]:
                break  # "A, B and C": C ends the list
            k = nxt.end
        return out_ if len(out_) > 1 and "and" in lowers[out_[-2].end:out_[-1].start] else [head]

    def listed_before(head: Ref) -> list[Ref]:
        """``head`` and the items listed right before it ("Heat and The Abyss, James Cameron's
        films": both), if they form a list ending in "and"."""
        out_ = [head]
        k = head.start
        while True:
            j = k
            while j > 0 and lowers[j - 1] in (",", "and"):
                j -= 1
            prv = ending.get(j)
            if j == k or prv is None or prv.kind != head.kind:
                break
            out_.insert(0, prv)
            k = prv.start
        ok = len(out_) > 1 and "and" in lowers[out_[-2].end:out_[-1].start]
        return out_ if ok else [head]

    def run_from(first: Ref) -> list[Ref]:
        run = [first]
        while run[-1].end in starting:
            run.append(starting[run[-1].end])
        return run

    i = 0
    while i < len(names):
        run = run_from(names[i])
        i += len(run)
        last = run[-1]
        k = last.end
        hyphened = _hyphen_participle(index, lowers, run, starting, ending, after_nouns)
        if hyphened is not None:
            out += hyphened
            continue
        if k < n and lowers[k] in _POSSESSIVE and len(run) == 1:
            j = after_nouns(k + 1)
            j = next((p for p in range(k + 1, j) if p in starting), j)  # ("Gustav Mahler's Symphony of a
            # Thousand": a name that opens with its kind noun)
            before = last.start - 1
            hb = before - 3 if before >= 4 and lowers[before] in (",", "is", "was") and lowers[before - 1] == ")" \
                and lowers[before - 3] == "(" and lowers[before - 2].isdigit() else before  # "Aliens (1986), X's ..."
            if j in starting and starting[j].kind != "item" and before >= 1 \
                    and lowers[before] in (",", "is", "was") and hb in ending \
                    and ending[hb].kind == "item":
                # "Vertigo, Alfred Hitchcock's 1958 mystery (thriller), ...": an apposition (or a
                # predicate: "Jaws is Steven Spielberg's 1975 horror film"); the possessive, each
                # attribute and the year are said of Vertigo
                head = ending[hb]
                attrs = run_from(starting[j])
                end = after_nouns(attrs[-1].end)
                if all(m.kind != "item" for m in attrs) and (
                        end >= n or lowers[end] in (",", ".", ";", "!", "?", "with", "from", "about", "in")
                        or (end in cue_at and (participle(lowers[end]) or lowers[end].endswith("ing")))):
                    # ("Heat is Michael Mann's crime film starring Al Pacino": a participle
                    # phrase about the item follows)
                    year = next((x for x in range(k + 1, j) if lowers[x].isdigit()
                                 and len(lowers[x]) == 4), None)
                    for h in listed_before(head):  # "Heat and The Abyss, X's thrillers": both
                        out.append(Modifier(h.start, last.start, index.possessive, (before, j), year))
                        for m in attrs:
                            out.append(Modifier(h.start, m.start, index.attributive, (m.end, end)))
                    i = names.index(attrs[-1]) + 1
                    continue
            if j in starting:  # "Alfred Hitchcock's (thriller) Vertigo (and Psycho)"
                described = run_from(starting[j])
                for head in listed(described[-1]):
                    out.append(Modifier(head.start, last.start, index.possessive, (k, j)))
                continue
            cls = starting.get(j + 1)
            classed = {"of": index.class_of, "on": index.field_of}.get(lowers[j]) if cls is not None else None
            if j > k + 1 and before >= 1 and hb in ending and ending[hb].kind == "item" and classed \
                    and cls.kind != "item" and lowers[before] in (",", "is", "was") and not lowers[j - 1].endswith("s") \
                    and (cls.end >= n or lowers[cls.end] in (",", ".", ";", "!", "?")):
                # "Being and Nothingness is Jean-Paul Sartre's work of metaphysics", "the
                # Groundwork, Kant's treatise on ethics,": the possessive, and the item's class
                year = next((x for x in range(k + 1, j) if lowers[x].isdigit() and len(lowers[x]) == 4), None)
                for h in listed_before(ending[hb]):
                    out.append(Modifier(h.start, last.start, index.possessive, (before, j), year))
                    out.append(Modifier(h.start, cls.start, classed, (j, j + 1)))
                i = names.index(cls) + 1
                continue
            if j > k + 1 and before >= 1 and hb in ending and (
                    (lowers[before] == "," and (j >= n or lowers[j] in (",", ".", ";", "!", "?", "with", "about")))
                    or (lowers[before] in ("is", "was") and ending[hb].kind == "item" and not lowers[j - 1].endswith("s")
                        and (j >= n or lowers[j] in (",", ".", ";", "!", "?")))  # "Heat is Michael Mann's film."
                    or (lowers[before] == ":" and not lowers[j - 1].endswith("s") and ending[hb].kind == "item"
                        and not set(lowers[max(0, ending[hb].start - 2):ending[hb].start]) & COMPARED_AFTER)):
                # (after a colon, the name of the item again, subject of what follows: "Try Alien:
                # Ridley Scott's film has music by Jerry Goldsmith")
                # "Vertigo, Alfred Hitchcock's film, ...", "Heat and The Abyss, X's films",
                # "Forrest Gump, Robert Zemeckis's 1994 film" (a type noun the item's own: "The
                # Creation is Haydn's composer" calls no work a composer, red team 189)
                if not _nouns_fit(index, lowers[k + 1:j], ending[hb]):
                    continue
                year = next((x for x in range(k + 1, j) if lowers[x].isdigit() and len(lowers[x]) == 4), None)
                for h in listed_before(ending[hb]):
                    out.append(Modifier(h.start, last.start, index.possessive, (before, j), year))
            continue
        titled = _item_titled(index, lowers, run, starting)
        if titled is not None:
            out.append(titled)
            continue
        j = after_nouns(k)
        head = starting.get(j) if j > k else None
        first = j + 1 + (j + 1 not in starting and lowers[j + 1:j + 2] == ["the"])
        if head is None and (j > k or _kind_noun(index, lowers, last)) and lowers[j:j + 1] in ([":"], [","]) \
                and run[0].start >= 1 and _COUNT_WORDS.get(lowers[run[0].start - 1]) and first in starting \
                and starting[first].kind == "item" \
                and len(listed(starting[first], _COUNTED_GLUE)) == _COUNT_WORDS[lowers[run[0].start - 1]]:
            # "two science fiction films: A and B", "two suspension bridges, the A and the B"
            # (the count and the colon are glued as counted)
            for h in listed(starting[first], _COUNTED_GLUE):
                for m in run:
                    out.append(Modifier(h.start, m.start, index.attributive, (k, j)))
            i = names.index(starting[first])
            continue
        if head is not None and head.kind == "item":  # "the Alfred Hitchcock film Vertigo"
            for h in listed(head):
                for m in run:
                    out.append(Modifier(h.start, m.start, index.attributive, (k, j)))
            i = names.index(head)
            continue
        if j == k and len(run) > 1 and last.kind == "item":  # "the thriller(s) Vertigo (and X)"
            if _gapped_pair(lowers, names, run, cue_at):
                continue  # "Roman Polanski directed Chinatown, Jonathan Demme The Silence of the Lambs"
            for h in listed(last):
                for m in run[:-1]:
                    out.append(Modifier(h.start, m.start, index.attributive, (m.end, m.end)))
            continue
        noun_like = j > k or (" ".join(lowers[last.start:last.end]) in index.lower_ok
                              and words[last.start][:1].islower())  # "a Roman Polanski thriller"
        the = run[0].start - 1
        if j > k and the >= 2 and lowers[the] == "the" and lowers[the - 1] == "," \
                and not lowers[j - 1].endswith("s") \
                and the not in cue_at and (the - 1) in ending and index.copula:
            # (not ", the horror films" after a list: which ones it describes is unclear)
            # "Oasis, the Manchester britpop band, ...": an apposition, like ", a"
            cue_at[the] = [(the + 1, index.copula)]
            describes.add(the)
        c = run[0].start
        while c > 0 and (lowers[c - 1] in _ARTICLES or lowers[c - 1].isdigit()):
            c -= 1
        if j > k and c >= 1 and (lowers[c - 1] in _COPULA or lowers[c - 1] == ",") and _not_an_item(lowers, refs, c - 1):
            continue  # "Mungo Park was a British river": a noun of the items, said of a person (red team 127)
        if noun_like and (j > k or len(run) > 1) and _widen_copula(index, lowers, run[0], cue_at):
            stacked.update(m.start for m in run[1:])  # "is a Roman Polanski thriller"
        elif len(run) == 1 and last.lowercase and "tag" in last.types and last.end - last.start > 1 \
                and (lowers[last.end - 1] in nouns or lowers[last.end - 1] in index.genre_words):
            _widen_copula(index, lowers, last, cue_at)  # "Fargo is a dark comedy": the tag "dark comedy"
    return out, frozenset(stacked)


def _nouns_fit(index: GraphIndex, words: list[str], item: Ref) -> bool:
    """Whether each item type noun of ``words`` (singular or plural) may name ``item`` ("film" a
    film; not "composer" a work)."""
    for w in words:
        singular = next((s for s in (w, w[:-1], w[:-2]) if s in index.type_nouns), None) \
            if w in index.type_nouns or w in index.plural_type_nouns else None
        if singular is not None and not index.noun_fits(singular, item.kind, item.types):
            return False
    return True


def _item_titled(index: GraphIndex, lowers: list[str], run: list[Ref], starting: dict[int, Ref]) -> Modifier | None:
    """ "from Titanic director James Cameron", "Fleabag creator Phoebe Waller-Bridge": an item, one
    role noun and a name say the name has that role in the item; the name, not the item, is what
    the words before speak of ("Aliens, from Titanic director James Cameron": Aliens is his)."""
    item, k = run[-1], run[-1].end
    person = starting.get(k + 1)
    if len(run) != 1 or not any(index.info.get(i, ("",))[0] == "item" for i in item.ids) \
            or person is None or person.kind == "item" or person.user \
            or lowers[k].endswith("s") or (item.start >= 1 and lowers[item.start - 1] in _POSSESSIVE + ("the",)):
        return None
    found = index.cues.get((lowers[k],), ())
    if not found or not all(c.noun and c.forward for c in found):
        return None
    readings = frozenset(Cue(c.relation, False) for c in found)
    return Modifier(person.start, item.start, readings, (k, k + 1))


_HYPHEN_PREPOSITIONS = ("by", "in", "around")  # ("a space-themed game": "is themed around")


def _hyphen_participle(index: GraphIndex, lowers: list[str], run: list[Ref], starting: dict[int, Ref],
                       ending: dict[int, Ref], after_nouns: Any) -> list[Modifier] | None:
    """ "a Rob Pike-designed language", "a Seattle-based band": a name, a hyphen and the
    participle of a relation phrased "<participle> by / in", said of the item it describes:
    the item after it ("the Rob Pike-designed Kotlin") or the subject before "is a" / ", a"
    ("Kotlin is a Rob Pike-designed language", "Kotlin, a Rob Pike-designed language, ...").
    The claim is the participle's relation only, in the phrase's direction."""
    n = len(lowers)
    name = run[-1]
    k = name.end
    if len(run) != 1 or k + 1 >= n or lowers[k] != "-" or not lowers[k + 1].isalpha():
        return None
    readings = frozenset(c for p in _HYPHEN_PREPOSITIONS for c in index.cues.get((lowers[k + 1], p), ())
                         if not c.noun)
    if not readings:
        return None
    j = after_nouns(k + 2)
    kinds = []  # "a Steven Spielberg-directed horror film": the genre is said of the item too
    while j in starting and starting[j].kind == "attribute" and not kinds[2:]:
        kinds.append(starting[j])
        j = after_nouns(starting[j].end)
    after = starting.get(j)
    if after is not None and after.kind == "item" and not set(after.ids) & set(name.ids):
        head = after  # "the Rob Pike-designed Kotlin"
        return [Modifier(head.start, name.start, readings, (k, j))] \
            + [Modifier(head.start, m.start, index.attributive, (m.end, m.end)) for m in kinds]
    if j < n and lowers[j] not in (",", ".", ";", "!", "?", "and", "with"):
        return None
    a = name.start - 1
    if a < 2 or lowers[a] not in ("a", "an"):
        return None
    if lowers[a - 1] in ("is", "was"):
        start = a - 1  # "Kotlin is a Rob Pike-designed language"
    elif lowers[a - 1] == ",":
        start = a  # "Kotlin, a Rob Pike-designed language, ...": the comma stays the clause's
    else:
        return None
    head = ending.get(a - 1)
    if head is None or head.kind != "item" or set(head.ids) & set(name.ids):
        return None
    return [Modifier(head.start, name.start, readings, (start, j))] \
        + [Modifier(head.start, m.start, index.attributive, (m.end, m.end)) for m in kinds]


def _widen_copula(index: GraphIndex, lowers: list[str], first: Ref,
                  cue_at: dict[int, list[tuple[int, Any]]]) -> bool:
    """Give the copula right before ``first`` ("is an", ", a") the attributive readings."""
    k = first.start
    while k > 0 and (lowers[k - 1] in _ARTICLES or lowers[k - 1].isdigit()):
        k -= 1  # "is a (1958) Roman Polanski thriller"
    if "the" in lowers[k:first.start] and not (lowers[k] == "the" and k in cue_at):
        # "Vertigo is the Alfred Hitchcock film" would say his only one (the apposition
        # "Oasis, the Manchester britpop band," only describes)
        return False
    widened = False
    for s, found in cue_at.items():
        for x, (e, readings) in enumerate(found):
            if k <= e <= first.start and readings and \
                    all((c.relation, c.forward) in index.copula_pairs for c in readings):
                # "is", "is a": every copula form there; a lower-case first name keeps the
                # copula's own readings too ("is a pixar film": a tag), and a lower-case tag
                # before a kind is the item's ("a cyberpunk thriller")
                found[x] = (e, index.attributive | (readings if first.lowercase else frozenset())
                            | (index.tag_cues if first.lowercase and "tag" in first.types else frozenset()))
                widened = True
    if not widened and not index.copula and k >= 2 and lowers[k] in ("a", "an") and lowers[k - 1] in ("is", "was") \
            and k - 1 not in cue_at and k not in cue_at:
        # a graph with no "is a" relation: "Kotlin is a Rob Pike language", "the Grizl is a
        # carbon gravel bike" (the attributive readings alone)
        cue_at[k - 1] = [(k + 1, index.attributive)]
        widened = True
    return widened


_FROM_CUES = (["from"], ["comes", "from"], ["come", "from"], ["came", "from"], ["is", "from"], ["are", "from"],
              ["was", "from"], ["were", "from"])
"""Cues of origin that also read a maker when their object is one ("a typeface from Microsoft")."""


def fronted_crafts(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "On Heat, ... Dante Spinotti handled the cinematography.": in a sentence opened by "On /
    In / For" and a comma, a credit's words with its craft noun and no work after them ("handled
    the cinematography", "did the editing") are a cue as they would be before "on" the work (so the
    noun is no tag of its own; the frame is read by ``CreditFrameReading._on_credits``)."""
    n = len(lowers)
    opens = [k for k in range(n) if lowers[k] in ("on", "in", "for") and (k == 0 or lowers[k - 1] in (".", "!", "?"))]
    for a in opens:
        comma = next((k for k in range(a + 1, n) if lowers[k] in (",", ".", "!", "?")), n)
        if comma >= n or lowers[comma] != ",":
            continue
        stop = next((k for k in range(comma, n) if lowers[k] in (".", "!", "?", ";")), n)
        for k in range(comma + 1, stop):
            for length in (2, 3, 4):
                e = k + length
                if e > stop or lowers[e - 1] in (",", "and") or lowers[e:e + 1] not in ([","], ["and"], ["."], ["!"], ["?"], [";"], []):
                    continue
                if lowers[k + 1] not in ("the", "a", "an") and length > 2:
                    continue  # (a verb and its noun: "handled the cinematography", "did the editing")
                words = tuple(lowers[k:e])
                found = frozenset(c for p in ("on", "for", "of") for c in index.cues.get(words + (p,), ())
                                  if not c.noun)
                if found and not any(x == e for x, _ in cue_at.get(k, ())):
                    cue_at.setdefault(k, []).append((e, found))


def by_authors(index: GraphIndex, lowers: list[str], refs: list[Ref],
               cue_at: dict[int, list[tuple[int, Any]]], describes: set[int]) -> None:
    """ "Vertigo (1958) by Alfred Hitchcock": a bare "by" (or "from", "comes from") between an
    item and a name reads as authorship (``index.authorship``: directed, written, produced ... by), said of the item
    (its position joins ``describes``, so the clause goes on with the item)."""
    if not index.authorship and not index.from_owner:
        return

    def made(w: str, obj: Ref | None = None) -> frozenset[Cue]:
        """ "by" the makers only; "from" the seller too ("from HBO"), and the one relation that
        ends in the object's type ("a novel from the Hainish Cycle": its series)."""
        if w == "by":
            return index.by_authorship
        own = frozenset(Cue(index.from_owner[t], True) for t in (obj.types if obj else ())
                        if t in index.from_owner and obj is not None and obj.kind != "item")
        return index.authorship | own

    starting = {r.start: r for r in refs if not r.pronoun and not r.user}
    parts = {r.end for r in refs if r.kind == "item" and not r.user and not r.pronoun and _part_before(lowers, r.start)}
    for k, found in cue_at.items():
        for x, (e, readings) in enumerate(found):
            if not isinstance(readings, str) and lowers[k:e] in _FROM_CUES and k not in parts:
                # a graph's own "comes from" (a country of origin) reads a maker too: "Calibri
                # comes from Microsoft", "a typeface from Microsoft" (released by)
                obj = starting.get(e + 1 if lowers[e:e + 1] == ["the"] and e not in starting else e)
                if obj is not None and obj.kind != "item":
                    found[x] = (e, readings | made("from", obj))
    for r in starting.values():
        k = r.end
        if r.kind != "item":
            # "Agricola is a worker placement game by Uwe Rosenberg": after a predicate noun,
            # said of the subject (the parser checks that the name is one)
            while k < len(lowers) and lowers[k] in index.type_nouns:
                k += 1
            o = k + 2 if lowers[k + 1:k + 2] == ["the"] and (k + 1) not in starting else k + 1  # ("from the Hainish Cycle")
            if o < len(lowers) and lowers[k] in _BY and k not in cue_at and o in starting:
                cue_at[k] = [(k + 1, made(lowers[k], starting.get(o)))]
            continue
        if k + 2 < len(lowers) and lowers[k] == "(" and lowers[k + 1].isdigit() and lowers[k + 2] == ")":
            k += 3  # "Psycho (1960) by Alfred Hitchcock"
        if lowers[k:k + 3] in ([",", "also", "by"], [",", "also", "from"]) and (k + 3) in starting:
            k += 1  # "X, also by Agatha Christie, ...": the apposition, and another of hers
        j = k + 2
        while j < len(lowers) and lowers[j] in index.type_nouns:
            j += 1  # ("two films by X", read as "both by X")
        if lowers[k:k + 2] in ([",", "both"], [",", "all"]) and j + 1 < len(lowers) and lowers[j] in _BY \
                and j not in cue_at and (j + 1) in starting:
            # "You loved A and B, both by X": said of each (the reader takes "both")
            cue_at[j] = [(j + 1, made(lowers[j], starting.get(j + 1)))]
            continue
        if lowers[k:k + 1] in ([","], ["also"]) and k + 2 < len(lowers) and lowers[k + 1] in _BY \
                and (k + 1) not in cue_at and (k + 2) in starting:
            # "Hopscotch, by Julio Cortázar, is literary fiction": an apposition of authorship
            cue_at[k + 1] = [(k + 2, made(lowers[k + 1], starting.get(k + 2)))]
            describes.add(k + 1)
            continue
        if lowers[k:k + 1] == [","] and k + 1 < len(lowers) and lowers[k + 1] in ("a", "an", "another", "the"):
            j = k + 2  # "Vertigo, a (1958) film by Alfred Hitchcock, ...": the apposition's noun
            if j < len(lowers) and lowers[j].isdigit() and len(lowers[j]) == 4:
                j += 1
            if j < len(lowers) and lowers[j] in index.type_nouns:
                while j < len(lowers) and lowers[j] in index.type_nouns:
                    j += 1
                k = j
        o = k + 2 if lowers[k + 1:k + 2] == ["the"] and (k + 1) not in starting else k + 1  # ("from The Alchemist")
        if o < len(lowers) and lowers[k] in _BY and k not in cue_at and o in starting:
            cue_at[k] = [(k + 1, made(lowers[k], starting.get(o)))]
            describes.add(k)
        elif lowers[k:k + 2] in (["comes", "from"], ["come", "from"], ["came", "from"]) \
                and k not in cue_at and (k + 1) not in cue_at and (k + 2) in starting:
            cue_at[k] = [(k + 2, made("from", starting.get(k + 2)))]  # "Rope comes from Alfred Hitchcock"
    for k in range(len(lowers) - 2):
        if lowers[k:k + 2] in (["comes", "from"], ["come", "from"], ["came", "from"]) \
                and k not in cue_at and (k + 1) not in cue_at and (k + 2) in starting \
                and starting[k + 2].kind != "item":
            cue_at[k] = [(k + 2, made("from", starting[k + 2]))]  # "X, which you rated, comes from Y"
    # (and a work that is no item, on a graph stored from its makers: "Aida is by Giuseppe Verdi"
    # where the items are composers)
    made_types = {t for c in index.by_authorship if c.relation in index.conceived_relations
                  for t in index.subject_types.get((c.relation, c.forward), ())
                  if t and t.lower() not in PERSON_TYPES}  # (not sung or recorded, red team 191:
    # "Casta diva is by Maria Callas"; nor a portrait's sitter, red team 192: "Napoleon is by David")
    for r in refs:
        # "Psycho is by Alfred Hitchcock", "A and B are both by X", "both books are by X"
        if r.user or (r.kind != "item" and r.pronoun not in ("item", "group")
                      and (r.pronoun or not set(r.types) & made_types)):
            continue
        k = r.end
        if k + 2 < len(lowers) and lowers[k] == "(" and lowers[k + 1].isdigit() and lowers[k + 2] == ")":
            k += 3  # "Mona Lisa (1503) is by Leonardo da Vinci", as "Psycho (1960) by X" above
        if lowers[k:k + 1] == [","] and r.kind == "item" and not r.pronoun:
            # "Jaws, scored by John Williams, is by Steven Spielberg": the aside closes at a comma
            # right before the copula (no other item, clause or list inside it)
            c = next((c for c in range(k + 1, min(k + 14, len(lowers) - 1)) if lowers[c] in (",", ".", ";", ":", "and")),
                     None)
            if c is not None and lowers[c] == "," and lowers[c + 1] in _COPULA and not any(
                    x.kind == "item" and k < x.start < c for x in refs):
                k = c + 1
        j = k + 1
        while j < len(lowers) and lowers[j] in ("both", "also", "all"):
            j += 1
        if lowers[j:j + 1] in (["a"], ["an"], ["another"]):  # "is a novel by X", "another game from Y"
            n = j + 1
            if n < len(lowers) and lowers[n].isdigit() and len(lowers[n]) == 4:
                n += 1  # (a year stays for the parser: "a 1951 novel by X")
            if n < len(lowers) and lowers[n] in index.type_nouns and lowers[j + 1:n] in ([], [lowers[n - 1]]):
                while n < len(lowers) and lowers[n] in index.type_nouns:
                    n += 1
                j = n
        elif lowers[j:j + 1] and lowers[j] in index.type_nouns and lowers[j - 1] in ("both", "all") + _COPULA:
            while j < len(lowers) and lowers[j] in index.type_nouns:
                j += 1  # "A and B are (both) operas by X"
        o = j + 2 if lowers[j + 1:j + 2] == ["the"] and (j + 1) not in starting else j + 1
        if k < len(lowers) and lowers[k] in _COPULA and o < len(lowers) and lowers[j] in _BY \
                and j not in cue_at and o in starting \
                and not any(e > j for e, _ in cue_at.get(k, ())):
            # only the bare copula's own reading ("is") stands there: "by" adds authorship (of a
            # work that is no item, its conceiving only: not who sang or recorded it, red team 191)
            readings = made(lowers[j], starting.get(o))
            if r.kind != "item" and not r.pronoun:
                readings = frozenset(c for c in readings if c.relation in index.conceived_relations)
            cue_at[k] = [*cue_at.get(k, ()), (j + 1, readings)]


def people_from(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]], describes: set[int]) -> None:
    """ "Julianne Moore from The Big Lebowski", "Al Pacino, from The Godfather: Part II, stars in
    Heat": the person has a part in the item (``index.worked_on``: starred in, directed ...); the
    position joins ``describes``, so the clause goes on with the person."""
    if not index.worked_on:
        return
    starting = {r.start: r for r in refs if not r.pronoun and not r.user}
    for r in refs:
        if r.user or r.pronoun or r.kind == "item" or not {t.lower() for t in r.types} & PERSON_TYPES \
                or (lowers[r.start - 1:r.start] in (["and"], ["&"], [","])
                    and any(x.end == r.start - 1 and x.kind != "item" for x in refs)):
            continue  # ("features A and B from Y": both, or only B?)
        k = r.end + (lowers[r.end:r.end + 1] == [","])
        item = starting.get(k + 1)
        if lowers[k:k + 1] == ["from"] and item is not None and item.kind == "item":
            found = [x for x in cue_at.get(k, []) if x[0] == k + 1 and not isinstance(x[1], str)]
            readings = index.worked_on.union(*(x[1] for x in found))
            cue_at[k] = [x for x in cue_at.get(k, []) if x not in found] + [(k + 1, readings)]
            describes.add(k)


_HAVING_PART = frozenset({"with", "has", "have", "had", "features", "feature", "featured", "featuring", "carries",
                          "carry", "carried", "carrying", "bears", "bear", "bearing"})
"""Verbs of having a part said with its maker before it ("carries the Pixar tag")."""


def premodified_parts(index: GraphIndex, lowers: list[str], refs: list[Ref],
                      cue_at: dict[int, list[tuple[int, Any]]]) -> set[int]:
    """ "a drama with a John Williams score": "with a X <part>" reads as "with a <part> by X" where
    the graph says "<part> by" ("score by", or a verb the part is made from: "produced by" for "a
    production", "designed by" for "a design"): a cue on "with a" to the name, the part noun glued.
    So do "has / features / carries a (the) X <part>", "is a / another X <part>" and the apposition ", a / another
    X <part>" ("Heat, another Art Linson production, ..."); "another" asks another item for it."""
    glued: set[int] = set()
    after_parts: set[int] = set()  # where a part noun ends
    before = {k: list(v) for k, v in cue_at.items()}
    had: dict[int, frozenset[Cue]] = {}  # a part's end -> the readings its verb had before
    for r in sorted(refs, key=lambda r: r.start):
        end = _had_part(index, lowers, r, cue_at, glued, after_parts)
        if end:
            verb = r.start - 1 - (lowers[r.start - 1] in ("a", "an"))
            had[end] = frozenset(c for e, rd in before.get(verb, ()) if e == r.start
                                 and not isinstance(rd, str) for c in rd)
            continue
        j = r.start - 1 - (r.start >= 1 and lowers[r.start - 1] in ("a", "an"))
        if j >= 1 and lowers[j] == "and" and j in after_parts and j + 1 < r.start and had.get(j) \
                and not r.pronoun and not r.user and r.kind != "item":
            # "has a coupé body style and a flat-six engine": the next thing had is its own
            # relation's, read with the verb's readings before the part took it
            kept = frozenset(c for c in had[j] if not c.typed or own_type_after(index, lowers, r))
            if kept:
                cue_at[j + 1] = [(r.start, kept)]
            continue
        k = r.start - 2
        if not (r.pronoun or r.user or r.kind == "item") and r.end < len(lowers) and r.start >= 2 \
                and lowers[r.end].endswith("s") and lowers[r.end][:-1] in _MADE_THINGS \
                and (r.end + 1 >= len(lowers) or lowers[r.end + 1] in _CLAUSE_END):
            # "A and B are (both) Andrea Palladio designs": each a design of his
            c = r.start - 1 - (lowers[r.start - 1] in ("both", "all"))
            readings = _made_by(index, lowers[r.end][:-1])
            if readings and lowers[c] in ("are", "were"):
                cue_at[c] = [(r.start, readings)]
                cue_at.pop(c + 1, None)
                glued.add(r.end)
            continue
        if r.pronoun or r.user or r.kind == "item" or k < 0 or r.end >= len(lowers) \
                or lowers[k + 1] not in ("a", "an", "another", "the") or lowers[r.end] in index.type_nouns \
                or (r.end + 1 < len(lowers) and lowers[r.end + 1] in ("by", "of")):
            continue  # (not "with a John Williams score by ...")
        readings = _made_by(index, lowers[r.end])
        if not readings and lowers[r.end] in ("tag", "label") and "tag" in r.types and lowers[k + 1] != "another":
            readings = index.tag_cues  # "carries the Pixar tag": the item's tag, had
            if lowers[k] not in _HAVING_PART:
                continue
        if not readings:
            continue
        if lowers[k + 1] != "another" and lowers[k] in _HAVING_PART:
            cue_at[k] = [(r.start, readings)]
            cue_at.pop(k + 1, None)
        elif lowers[r.end] not in _MADE_THINGS or lowers[k + 1] == "the":
            continue  # "Jaws is a (the) John Williams score": a film is not a score
        elif lowers[k] in ("is", "was", "are", "were") and (k + 1 in cue_at or k in cue_at):
            cue_at[k] = [(r.start, readings)]  # "is a X production" (the copula was read there)
            cue_at.pop(k + 1, None)
        elif lowers[k] == "," and k + 1 in cue_at:
            cue_at[k + 1] = [(r.start, readings)]  # ", a X production,": the apposition's cue
        else:
            continue
        glued.add(r.end)
    return glued


_HAVING_NOW = _HAVING_PART - {"had"}
"""Verbs of having a part now ("had a brass body": once, not now, red team 177)."""


def _had_part(index: GraphIndex, lowers: list[str], r: Ref, cue_at: dict[int, list[tuple[int, Any]]],
              glued: set[int], after_parts: set[int]) -> int:
    """ "The Lamy 2000 has a gold nib", "a pen with a steel nib", "both have steel nibs": the
    object before the part noun of a relation "has a <part> made of" (``index.part_nouns``) reads
    as that relation, a cue on "has a" to the name, the noun glued. Only that noun's relations are
    read there: "has a gold case" says nothing of the nib. Returns where the part noun ends (0
    where nothing is read)."""
    if r.pronoun or r.user or r.kind == "item" or r.start < 1:
        return 0
    k = r.start - 1 - (lowers[r.start - 1] in ("a", "an"))
    found = next(((f, v) for f, v in sorted(index.part_nouns.items(), key=lambda fv: -len(fv[0]))
                  if tuple(lowers[r.end:r.end + len(f)]) == f), None)
    if found is None and r.end - r.start > 1:
        # "has a semi-hollow body" of "has the body style": the name ends in the part's noun
        found = next((((), v) for f, v in index.part_nouns.items()
                      if len(f) > 1 and f[0] == lowers[r.end - 1] and f not in index.part_plurals), None)
    if found is None or k < 0 or not (lowers[k] in _HAVING_NOW or (lowers[k] == "and" and k in after_parts)):
        return 0  # (a second part right after one: "has a gold nib and a resin body"; not after a
        # comma, an apposition's: "has an ETA movement, a Swatch Group owner", red team 175)
    noun, readings = found
    end = r.end + len(noun)
    if (k == r.start - 1) != (noun in index.part_plurals) or lowers[end:end + 1] in (["by"], ["of"], ["from"], ["made"]):
        return 0  # "has a steel nibs", "have steel nib"; (not "has a gold nib made of ...")
    if lowers[k] == "and":
        if k + 1 == r.start:
            return 0  # (the article carries the cue: "and a resin body", as "and written by")
        k += 1
    cue_at[k] = [(r.start, readings)]
    cue_at.pop(k + 1, None)
    glued.update(range(r.end, end))
    for j in range(r.end, end):
        cue_at.pop(j, None)  # (the part noun is glue here, not the noun of "its nib is gold")
    after_parts.add(end)
    return end


TOUCH_NOUNS = frozenset({"streak", "touch", "dose", "hint", "dash", "splash", "vein", "strain", "twist",
                          "edge", "bent", "flavor", "flavour"})
"""Nouns of a genre's touch in a work: "with a comic streak", "with a streak of horror"."""
TOUCH_PLURALS = frozenset({"elements", "touches", "overtones", "undertones", "shades"})
"""Plural nouns of a genre's touches: "with sci-fi elements", "with elements of horror"."""


_FRAMES = (("looking", "for"), ("in", "the", "mood", "for"), ("fond", "of"), ("craving",), ("fancy",),
           ("after",), ("into",), ("keen", "on"), ("hungry", "for"), ("need",), ("want",))
"""Openings of a question that names what the reader wants ("Looking for soft rock?")."""
_IF_FRAMES = (("if", "you", "like"), ("if", "you", "love"), ("if", "you", "enjoy"), ("if", "you", "want"),
              ("if", "you", "are", "into"), ("if", "you", "'re", "into"), ("if", "you", "are", "after"),
              ("if", "you", "'re", "after"), ("if", "you", "are", "looking", "for"),
              ("if", "you", "'re", "looking", "for"), ("if", "you", "are", "in", "the", "mood", "for"),
              ("if", "you", "'re", "in", "the", "mood", "for"))
"""Openings of a condition on the reader's taste for a kind, closed by a comma ("If you like
tiered falls, X is one"): the same as the questions of :data:`_FRAMES` (no claim about "you")."""
_IF_TASTES = (("is", "your", "thing"), ("are", "your", "thing"), ("appeals",), ("appeal",), ("is", "your", "style"))
"""What follows "If <kind>" before the comma of such a condition ("If tidewater glaciers are your thing,")."""
_FRAME_TRIES = (("try",), ("then", "try"), ("consider",), ("check", "out"), ("look", "at"), ("go", "for"),
                ("watch",), ("see",), ("there", "is"))
_FRAME_ANSWERS = (("fits", "the", "bill"), ("is", "one"), ("is", "the", "one"), ("is", "one", "to", "try"),
                  ("is", "your", "pick"), ("is", "for", "you"), ("is", "one", "of", "them"), ("is", "one", "too"))
"""How the answer says the item is what was asked for ("Rumours fits the bill.")."""
_FRAME_ANSWERS_PLURAL = (("fit", "the", "bill"), ("are", "two"), ("are", "the", "ones"), ("are", "for", "you"))


def question_frames(lowers: list[str], refs: list[Ref], index: GraphIndex) -> tuple[list[Modifier], set[int]]:
    """ "Looking for soft rock? Rumours by Fleetwood Mac fits the bill.", "In the mood for sci-fi?
    Try The Matrix.": a question naming an attribute, then the item that answers it, read as the
    attribute said of that item (as "the soft rock album Rumours"); the question's other words,
    its mark and the answer's "fits the bill" / "is one" are glue, and the two sentences one."""
    out: list[Modifier] = []
    glued: set[int] = set()
    n = len(lowers)
    starting = {r.start: r for r in refs if not r.pronoun and not r.user}
    for s in range(n):
        if s > 0 and lowers[s - 1] not in (".", "!", "?", ";"):
            continue
        frame = next((f for f in _FRAMES + _IF_FRAMES if tuple(lowers[s:s + len(f)]) == f), None)
        if frame is None and lowers[s] == "if" and starting.get(s + 1) is not None:
            frame = ("if",)  # "If tidewater glaciers are your thing, ..."
        if frame is None and lowers[s:s + 2] in (["for", "a"], ["for", "an"]):
            frame = ("for",)  # "For a war drama, try Schindler's List."
        if frame is None:
            continue
        mark = "," if frame[0] in ("if", "for") else "?"
        k = s + len(frame)
        k += lowers[k:k + 1] in (["a"], ["an"], ["some"], ["more"])
        wanted = starting.get(k)
        if wanted is None or wanted.kind != "attribute":
            continue
        wanteds = [wanted]
        while (x := starting.get(wanteds[-1].end)) is not None and x.kind == "attribute" and x.lowercase \
                and wanted.lowercase:
            wanteds.append(x)  # ("For a war drama": each of the kinds named side by side)
        q = wanteds[-1].end
        while q < n and lowers[q] in index.type_nouns:
            q += 1  # ("Looking for tiered falls?": the kind's noun after its name)
        nouns = lowers[wanted.end:q]
        if frame == ("if",):
            taste = next((t for t in _IF_TASTES if tuple(lowers[q:q + len(t)]) == t), None)
            if taste is None:
                continue
            q += len(taste)
        if lowers[q:q + 1] != [mark]:
            continue
        if frame[0] == "if":
            refs[:] = [r for r in refs if not (r.user and r.start == s + 1)]  # (no claim about "you")
            for g in range(s + 1, s + len(frame)):
                lowers[g] = "if"  # (glue: no comparison in "like", no user's taste to check)
        nouns = lowers[wanteds[-1].end:q] if len(wanteds) > 1 or frame == ("for",) else nouns
        j = q + 1
        tried = next((t for t in _FRAME_TRIES if tuple(lowers[j:j + len(t)]) == t), ())
        j += len(tried)
        j += lowers[j:j + 1] == ["the"] and j not in starting
        item = starting.get(j)
        if item is None or item.kind != "item":
            continue
        answers = [item]  # "Nevermind and In Utero were released on DGC Records": each
        while True:
            k2 = answers[-1].end
            while k2 < n and lowers[k2] in (",", "and", "the"):
                k2 += 1
            nxt = starting.get(k2)
            if k2 == answers[-1].end or nxt is None or nxt.kind != "item":
                break
            answers.append(nxt)
            if "and" in lowers[answers[-2].end:k2]:
                break
        if len(answers) > 1 and "and" not in lowers[answers[-2].end:answers[-1].start]:
            continue  # ("Heat, Casino ..." with no "and": no list)
        end = item.end
        while end < n and lowers[end] not in (".", "!", "?"):
            end += 1
        if any(r.kind != "attribute" and all(r is not x for x in answers) and not r.user and not r.pronoun
               and q < r.start < end for r in refs):
            continue  # the items listed first answer, nothing else that could ("Fargo stars X, as does Heat")
        e = answers[-1].end
        while e < n and lowers[e] not in (".", "!", "?", ";", ","):
            e += 1  # the answer's clause ("Rumours by Fleetwood Mac fits the bill")
        plural = len(answers) > 1
        answer = next((a for a in (_FRAME_ANSWERS_PLURAL if plural else _FRAME_ANSWERS)
                       if tuple(lowers[e - len(a):e]) == a), None)
        if answer is not None and e - len(answer) < answers[-1].end:
            answer = None
        if any(not index.noun_fits(w, x.kind, x.types) for w in nouns for x in answers):
            continue  # ("If you like tiered falls, Taipei 101 is one": no waterfall, red team 176)
        if frame == ("for",) and not (tried or answer is not None):
            continue  # ("For a comedy, X is long": only an answer to what was asked for)
        readings = index.attributive
        if frame[0] == "if" and not nouns and "genre" not in type_word_set(wanted.types):
            # a kind of the item said with its noun ("If you like cascades, Chatsworth House is
            # one": a garden's cascade, no house, red team 177), or a genre ("If you want a
            # thriller"), or a class the item "is" by the graph's "is a" ("If you are after a
            # coffee liqueur, Kahlúa is one": read with those readings only)
            readings = index.declared_classes
            if not readings or answer is None:
                continue
        lowers[q] = ","  # one sentence: the question's name is said of the answer's item
        glued.update(range(s, wanted.start))
        glued.update(range(wanteds[-1].end, q))  # (its kind's noun, "are your thing")
        glued.update(range(q + 1, j))  # ("Try", "the")
        if answer is not None:
            glued.update(range(e - len(answer), e))
            refs[:] = [r for r in refs if not (r.pronoun and e - len(answer) <= r.start < e)]  # ("one of them")
        for x in answers:
            for w in wanteds:
                out.append(Modifier(x.start, w.start, readings, (q, q + 1),
                                    predicate=answer is not None or bool(tried)))
    return out, glued


def genre_touches(lowers: list[str], refs: list[Ref]) -> set[int]:
    """ "a crime thriller with a comic streak", "with a streak of horror", "with elements of
    sci-fi", "with sci-fi elements": a genre's touch, read as "with <genre>": the words between
    "with" and the genre's name and the noun after it are glue, which the reader passes by where it
    reads "with" before a name (see ``_TOUCH_GLUE`` in parse)."""
    glued: set[int] = set()
    n = len(lowers)
    for r in refs:
        if r.pronoun or r.user or r.kind != "attribute" or not type_word_set(r.types) & {"genre", "subgenre"}:
            continue
        k, after = r.start, set()
        if k >= 3 and lowers[k - 1] == "of" and (lowers[k - 2] in TOUCH_NOUNS or lowers[k - 2] in TOUCH_PLURALS):
            w = k - 3 - (lowers[k - 3] in ("a", "an") and lowers[k - 2] in TOUCH_NOUNS)
        elif k >= 2 and r.end < n and lowers[k - 1] in ("a", "an") and lowers[r.end] in TOUCH_NOUNS:
            w, after = k - 2, {r.end}
        elif k >= 1 and r.end < n and lowers[r.end] in TOUCH_PLURALS:
            w, after = k - 1, {r.end}
        else:
            continue
        if w < 0 or lowers[w] != "with":
            continue
        glued.update(range(w + 1, k))
        glued |= after
    return glued


def in_the_kind(index: GraphIndex, lowers: list[str], refs: list[Ref],
                cue_at: dict[int, list[tuple[int, Any]]]) -> set[int]:
    """ "a museum in the Deconstructivism style", "a film in the horror genre", "in the style of
    Modernism": "in the" with a relation noun that names the value ("style", "genre") reads as
    that relation to the value, said like "with the style X" (a cue on "in" to the name, the noun
    glued)."""
    glued: set[int] = set()
    n = len(lowers)
    for r in refs:
        if r.pronoun or r.user or r.kind == "item":
            continue
        k = r.start - 2
        if k >= 0 and lowers[k:k + 2] == ["in", "the"] and r.end < n:
            readings = frozenset(c for c in _value_noun(index, lowers[r.end], r)  # "in the horror genre"
                                 if (c.relation, c.forward) in index.copula_pairs
                                 or (c.forward and c.relation in index.said_in and c.relation not in index.past_relations))
            # (a class the item is of, or a relation said with "in": not "in the English language"
            # for "was dubbed into", red team 136)
            if readings:
                cue_at[k] = [(r.start, readings)]  # (not a place: "in the X style")
                glued.add(r.end)
            elif r.end - r.start > 1:
                # "in the International Style": the name's last word names the relation, or the
                # relation is said with "in" in the present ("competes in": "clubs in the Premier
                # League"; not "was born in": "is in the St Mary's Hospital"); not
                # a name's own type noun alone ("is in the Tokyo National Museum" of "was lent
                # to": "in" says where it is, which only a relation of where it is may read)
                readings = frozenset(c for c in _value_noun(index, lowers[r.end - 1], r)
                                     if lowers[r.end - 1] in index.phrase_words.get(c.relation, ())
                                     or (index.phrase_ends.get(c.relation) == "in"
                                         and c.relation not in index.past_relations))
                if readings:
                    cue_at[k] = [(r.start, readings)]
        k = r.start - 4
        if k >= 0 and lowers[k:k + 2] == ["in", "the"] and lowers[k + 3] == "of":
            readings = _value_noun(index, lowers[k + 2], r)  # "in the style of Modernism"
            if readings:
                cue_at[k] = [(r.start, readings)]
                for j in (k + 1, k + 2):
                    cue_at.pop(j, None)
    return glued


def _value_noun(index: GraphIndex, word: str, value: Ref) -> frozenset[Cue]:
    """The forward readings of a singular relation noun naming the value ("genre", "style"),
    where ``value`` is of a type the relation ends in."""
    if word.endswith("s"):
        return frozenset()
    return frozenset(c for c in index.cues.get((word,), ()) if c.noun and c.forward
                     and value.types & index.subject_types.get((c.relation, False), frozenset()))


_MADE_THINGS = frozenset({"production", "design", "creation", "release", "composition", "invention"})
"""Nouns that name the made thing itself: "X is a Y production" says what X is; "X is a Y score" would
not (X has one)."""


def _made_by(index: GraphIndex, part: str) -> frozenset[Cue]:
    """The forward readings of "<part> by" ("score by"), or of the verb the part noun is made from
    ("production": "produced by"; "design": "designed by")."""
    stems = [part, part + "ed", part + "d"]
    if part.endswith("ion"):
        stems += [part[:-3] + "ed", part[:-4] + "ed"]  # "direction": directed; "production": produced
    return frozenset(c for w in stems for c in index.cues.get((w, "by"), ()) if c.forward)


def shown_on(index: GraphIndex, lowers: list[str], refs: list[Ref],
             cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "a fantasy series on HBO", "created by X for Netflix", "a band on Sub Pop": a bare "on" or
    "for" before a network, platform or label reads the graph's relation of where a work is
    shown or signed (``index.shown``), when the name is of a type that relation ends in."""
    if not index.shown:
        return
    ends = frozenset(t for c in index.shown for t in index.subject_types.get((c.relation, not c.forward), ()))
    starting = {r.start: r for r in refs if not r.pronoun and not r.user}
    for k in range(len(lowers) - 1):
        at = k + 2 if lowers[k + 1] == "the" else k + 1  # "for the Xbox"
        nxt = starting.get(at)
        if lowers[k] in ("on", "for") and k not in cue_at and nxt is not None and nxt.types & ends \
                and nxt.kind != "item":
            cue_at[k] = [(at, index.shown)]


_BY = ("by", "from")
"""A bare preposition of authorship where the graph gives it no other reading ("a thriller from
Alfred Hitchcock"; "a band from Seattle" reads the graph's own "from")."""


@dataclass(frozen=True)
class Player:
    """ "the drummer": the claim that the person at ``person`` plays one of ``instruments``."""

    person: int  # first token of the person's name
    noun: tuple[int, int]  # the player noun's tokens
    instruments: tuple[str, ...]
    readings: frozenset[Cue]
    group: int | None = None  # first token of the group, when "the N of G" says the only one
    predicate: bool = False  # "Y was a pianist": the person's clause says no more


def players(index: GraphIndex, lowers: list[str], refs: list[Ref],
            cue_at: dict[int, list[tuple[int, Any]]]) -> tuple[list[Player], list[Modifier]]:
    """Player nouns (``index.players``) read as two claims, membership and instrument:

    * "Y is/was the N of/in/for G" -> the copula gets the membership reading (Y in G);
    * "G's N Y", "G N Y" ("The Beatles' drummer Ringo Starr", "Oasis guitarist Noel
      Gallagher") -> a modifier (Y in G);
    * "N Y" at a clause start ("Drummer Ringo Starr") -> the instrument only;
    and each says that Y plays the instrument. Returns the instrument claims and the modifiers.
    """
    if not index.players:
        return [], []
    names = sorted((r for r in refs if not r.pronoun and not r.user), key=lambda r: r.start)
    starting = {r.start: r for r in names}
    ending = {r.end: r for r in names}
    n = len(lowers)
    out: list[Player] = []
    mods: list[Modifier] = []

    def noun_at(k: int) -> tuple[int, tuple[str, ...], frozenset[Cue]] | None:
        for size in (3, 2, 1):
            found = index.players.get(" ".join(lowers[k:k + size])) if k + size <= n else None
            if found:
                return k + size, found[0], found[1]
        return None

    for k in range(n):
        found = noun_at(k)
        if found is None:
            continue
        e, ids, plays = found
        described = _described_player(index, lowers, ending, k, e)
        if described is not None:  # "Y was a bebop pianist", "Y, an alto saxophonist, ..."
            person, start, stacked = described
            for m in stacked:  # the person's kind: "a bebop pianist" is a bebop musician
                mods.append(Modifier(person.start, m.start, index.attributive, (m.end, m.end)))
            out.append(Player(person.start, (start, e), ids, plays, predicate=lowers[start] != ","))
            continue
        # "Y is the drummer of G"
        j = k - 1
        if j >= 0 and lowers[j] in ("the", "a", "an"):
            j -= 1
        if j >= 1 and lowers[j] in ("is", "was", "are", "were") and j in ending and index.membership \
                and e < n and lowers[e] in ("of", "in", "for") and (e + 1) in starting:
            person = ending[j]
            cue_at[j] = [(e + 1, index.membership)]
            the = lowers[k - 1] == "the"  # "the drummer of G": G's only drummer
            out.append(Player(person.start, (k, e), ids, plays, e + 1 if the else None))
            continue
        person = starting.get(e)
        if person is None and e + 1 < n and lowers[e] in ("is", "was") and (e + 1) in starting and index.membership \
                and k >= 2 and lowers[k - 1] in ("'s", "'") and (k - 1) in ending:
            # "Nirvana's drummer was Dave Grohl": a member, the drummer, and the only one
            person, group = starting[e + 1], ending[k - 1]
            mods.append(Modifier(person.start, group.start, index.membership, (group.end, e + 1)))
            out.append(Player(person.start, (k, e), ids, plays, group.start))
            continue
        if person is None:
            continue
        g = k - 1 if k >= 1 and lowers[k - 1] in ("'s", "'") else k
        group = ending.get(g) if index.membership else None
        if group is not None:  # "The Beatles' drummer Ringo Starr", "Oasis guitarist Noel Gallagher"
            mods.append(Modifier(person.start, group.start, index.membership, (group.end, e)))
            out.append(Player(person.start, (k, e), ids, plays))
        elif k == 0 or lowers[k - 1] in (",", ";", ":", "(", "the", "and"):  # "Drummer Ringo Starr"
            out.append(Player(person.start, (k, e), ids, plays))
    return out, mods


_AFTER_PLAYER = frozenset({".", ",", ";", "!", "?", "and", "who", "whose"})
"""Words that may follow a player noun said of a person ("Monk was a pianist, and ...")."""


def _described_player(index: GraphIndex, lowers: list[str], ending: dict[int, Ref], k: int,
                      e: int) -> tuple[Ref, int, list[Ref]] | None:
    """ "Y is/was a [M ...] N" or "Y, a [M ...] N," with the player noun at ``k:e``: the person
    Y, the first token of the words said of Y (the copula or the comma) and the names M before the
    noun (kinds of Y: "a bebop pianist"); None for any other shape."""
    stacked: list[Ref] = []
    j = k
    while j in ending and ending[j].kind == "attribute" and not ending[j].types & PERSON_TYPES:
        stacked.append(ending[j])  # (names end where the next begins: "a cool jazz trumpeter")
        j = ending[j].start
    if j < 2 or lowers[j - 1] not in ("a", "an"):
        return None
    if lowers[e:e + 1] not in ([], *([w] for w in _AFTER_PLAYER)):
        return None
    said = j - 2
    person = ending.get(said)
    if person is None or person.kind == "user" or person.pronoun:
        return None
    if lowers[said] in ("is", "was"):
        return person, said, stacked
    if lowers[said] == "," and lowers[e:e + 1] in ([], [","], ["."], [";"], ["!"]):
        return person, said, stacked  # (an apposition closes at a comma or the sentence's end)
    return None


def _plural_word(word: str) -> bool:
    """Whether a noun's last word is a plural ("stars", "alumni")."""
    return word.endswith("s") or word in IRREGULAR_PLURALS


def _opens_clause(lowers: list[str], start: int) -> bool:
    """Whether a name starting at ``start`` opens its clause (after "the" or not)."""
    start -= start >= 1 and lowers[start - 1] == "the"
    return start == 0 or lowers[start - 1] in _CLAUSE_END
