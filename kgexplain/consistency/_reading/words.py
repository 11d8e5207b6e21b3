"""Word lists, word tests and the small records (``Spec``, ``Found``) the sentence reader's parts share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from kgexplain._english import IRREGULAR_PLURALS
from kgexplain.consistency._text import WORD_NUMBERS, as_number
from kgexplain.consistency.index import WORK_TYPES
from kgexplain.consistency.lexicon import (
    ADVERBS,
    AUXILIARIES,
    NEGATIONS,
    RELATIVES,
    participle,
)
from kgexplain.consistency.mentions import Ref

RELEASED = frozenset({"released", "made", "formed", "founded", "published", "premiered", "opened", "began", "started",
                       "debuted", "dates", "date", "dated", "dating", "is", "was", "completed", "finished",
                       "built", "constructed", "created", "appeared", "erected", "inaugurated"})
"""Participles before "in <year>" that say the year is the item's own ("released in 1958",
"completed in 1930")."""
SENT_END_WORDS = frozenset({".", "!", "?"})
LATER_ACTS = ("translat", "illustrat", "sign", "distribut", "licens", "acquir", "remaster", "transfer", "moved",
               "reissu", "cover", "member", "join", "play", "drummer", "guitarist", "bassist",
               "singer", "vocalist", "pianist", "keyboardist", "print", "reprint")
"""Verb stems of acts whose year is not the item's own ("translated X in 1605"; "printed in 1907",
a photograph's print, red team 167)."""
EARLIER_ACTS = ("shot", "film", "edit", "photograph", "lens")
"""Verb stems of acts done before the item came out ("shot Jaws in 1974")."""
SHARE = frozenset({"share", "shares", "shared", "sharing", "same", "common"})
FRAME_TRIGGERS = frozenset({"try",
                             "recommend", "recommended", "check", "here", "suggest", "suggests"})
THAT_ONE = (["that", "one"], ["this", "one"])
"""A demonstrative "one": the item named last, as "the latter" ("you gave that one four stars")."""
PICK_ADJECTIVES = frozenset({"easy", "natural", "obvious", "safe", "good", "logical", "solid", "smart"})
PICK_NOUNS = (["pick"], ["bet"], ["choice"], ["fit"], ["match"], ["follow-up"], ["follow", "-", "up"],
               ["next", "pick"], ["next", "choice"], ["next", "step"], ["next", "watch"], ["next", "read"])
"""'X is an easy pick / a safe bet / a natural fit': a suggestion (no word about the item's worth)."""
A_TRY = (["try"], ["go"], ["shot"], ["chance"], ["look"], ["listen"], ["watch"], ["read"], ["spin"])
"""What "give X a ..." offers: a suggestion ("give Chinatown a try")."""
HEADER_TRIGGERS = frozenset({"picked", "pick", "picks", "next"})
"""Words that frame a suggestion only at the start of a sentence ("Why we picked X:", "Our pick for
you:", "Up next:"); mid-sentence they are words like any other ("directed Jaws and next Alien")."""
FRAME_WORDS = frozenset({
    "try", "recommend", "recommended", "recommending", "check", "out", "so", "then", "next", "also",
    "might", "may", "should", "could", "would", "will", "shall", "'ll", "'d", "we", "you", "i",
    "suggest", "why", "not", "give", "it", "a", "go", "to", "us", "here", "is", "are", "our",
    "picked", "for", "now", "just", "definitely", "maybe", "perhaps", "watching", "listening",
    "reading", "see", "watch", "listen", "read", "want", "too", "as", "well", "your", "up", "pick",
    "picks", "why", "our", "think", "enjoy", "like", "love", "have", "take", "look", "at", "meet",
    "discover", "consider", "probably", "surely", "certainly", "likely", "must", "ought", "need",
    "which", "chose", "chosen", "selected"})
"""The words of a suggestion around a framing trigger ("so you should try", "we also recommend",
"why not give ... a go"); other words in a framed gap are reported."""
MODALS = frozenset({"might", "may", "could", "would", "should", "will", "shall", "'ll", "'d"})
"""A clause with a modal says what may be, which the graph cannot prove: "X will star Y" is
unverified; "you will love X" is the explanation's suggestion (checked against the user's own
rating when the user already rated X)."""
RATING_UNITS = frozenset({"stars", "star", "points", "/", "out", "of", "a", "rating", "score",
                           "5", "10", "five", "ten", "each", "apiece", "★"})
Found = tuple[int, int, object]
"""A cue found in a gap: token start, token end, and its readings (or a user-cue label)."""


@dataclass
class Spec:
    """The last predicate read, so coordination and comparison can repeat it."""

    subjects: list[Ref]
    readings: object  # frozenset[Cue] for a relation, or a user-cue label ("POS", "INT", ...)
    negated: bool
    shared: bool
    span: tuple[int, int]
    chained: tuple[tuple[int, int, object], ...] = ()  # "wrote and directed": the other verbs
    sharing: bool = False  # "also" / "another" / "too": another item of the text must share it
    in_noun: bool = False  # said through a predicate noun ("a thriller from Alfred Hitchcock")
    additive: bool = False  # "also" that another fact of the same subject may satisfy ("also stars A and B")


ELLIPSIS_AUX = frozenset({"was", "is", "were", "are", "did", "does", "do", "has", "had", "have"})
"""The auxiliaries an ellipsis repeats a predicate with ("as was X", "So did X", "X was too")."""
DEBUTED = frozenset({"premiered", "debuted", "launched"})
LAUNCHED = frozenset({"introduced"})
"""Participles of a product's first coming to market ("the Stratocaster, introduced in 1954"):
they date a product only (see ``YearReading._dated_kind``), not a work, a place or a species."""
PUBLISHED_KINDS = WORK_TYPES | frozenset({"magazine", "newspaper", "journal", "comic", "typeface", "font", "edition",
                                            "record", "ep", "album", "single", "game", "software", "app", "map",
                                            "publication", "periodical", "paper", "book", "novel", "poem", "collection",
                                            "series", "title", "issue", "zine", "anthology", "report", "treatise", "essay",
                                            "monograph", "pamphlet", "manifesto", "encyclopedia", "encyclopaedia",
                                            "dictionary", "atlas", "almanac", "handbook", "textbook", "guidebook",
                                            "lexicon", "thesaurus"})
"""Kinds of item that are published or issued (not an aircraft, a peak or a wine)."""
FIRST_VERBS = frozenset({"aired", "broadcast", "issued", "opened", "released", "published",
                          "appeared", "shown", "screened", "brewed", "served", "made", "produced",
                          "performed", "staged", "taught", "offered", "built", "sold", "launched",
                          "cooked", "created", "written", "composed", "designed", "played", "flew", "flown", "sailed"})
"""Verbs that give the item's year after "first": "first aired on HBO in 1999"."""


def first_showing(words: Sequence[str]) -> bool:
    """Whether a cue's words name a first showing: "first" before a participle ("was first danced
    by", "first staged at") or before a showing's noun ("gave the first performance of")."""
    return any(w == "first" and (participle(n) or n in ("performance", "performances", "staging", "production"))
               for w, n in zip(words, words[1:]))


RELEASE_PARTICIPLES = frozenset({"released", "published", "premiered", "debuted", "issued"})
"""Participles of an item's release, which no maker, person or company, undergoes."""


def number_word(word: str) -> float | None:
    """The number a token says, in words or digits ("four", "4", "4.5")."""
    return float(WORD_NUMBERS[word]) if word in WORD_NUMBERS else as_number(word)


def count_word(word: str) -> int | None:
    """A count of two or more, in words or digits ("three", "3")."""
    value = number_word(word) if word in WORD_NUMBERS or word.isdigit() else None
    return int(value) if value is not None and value >= 2 and value == int(value) else None


PREPOSITIONS = frozenset({"in", "by", "of", "to", "from", "with", "on", "for", "at"})
VERB_LIKE = frozenset({"is", "are", "was", "were", "has", "have", "had", "stars", "plays"})


def singular_verb(words: list[str]) -> bool:
    """Whether ``words`` open with a verb that takes one subject ("was", "plays"): "X was
    influenced by A and B was ...": B alone begins the new clause."""
    w = words[0] if words else ""
    return w in ("is", "was", "has", "does") or (w.isalpha() and w.endswith("s") and not w.endswith("ss")
                                                 and w not in NOT_VERBS)


NOT_VERBS = frozenset({"as", "his", "its", "this", "thus", "always", "perhaps"})


def plural_relative(pre: list[str]) -> bool:
    """Whether a relative clause is said of a whole group: "both of which", "which were all",
    and any verb that is not plainly singular ("A and B, which come from X", "which came from
    X": a reader cannot tell, so it is said of both); "which comes from X" is said of B."""
    if any(w in ("both", "all", "were", "are", "have") for w in pre):
        return True
    for k, w in enumerate(pre[:-1]):
        if w in RELATIVES:
            verb = next((x for x in pre[k + 1:] if x not in ADVERBS), "")
            if verb in ("is", "was", "has", "does") or (verb.endswith("s") and not verb.endswith("ss")):
                return False
            return verb.isalpha() and verb not in NEGATIONS
    return False


_NO_PASSIVE = frozenset({"died", "lived", "belonged", "existed", "arrived", "remained", "happened", "occurred",
                         "originated", "emerged", "resided", "retired", "stayed", "perished", "vanished",
                         "disappeared", "succumbed", "collapsed"})
"""Past forms of verbs that take no object, so never a passive participle ("died by" is said by
its subject, not of a name before it)."""


def participle_cue(words: list[str]) -> bool:
    """Whether a cue reads as a participle ("directed by", "signed to"), not a finite verb: a
    lone "directed" before its object is the past tense ("..., also directed Vertigo")."""
    if words[:2] == ["co", "-"]:
        words = words[2:]  # "a sitcom co-created by X"
    if words[:1] in (["first"], ["originally"]) and len(words) > 2:
        words = words[1:]  # "a stratovolcano first climbed by X"
    if len(words) == 1 and words[0].endswith("ing") and len(words[0]) > 5:
        return True  # "a comedy starring X", "a band featuring X"
    if words in (["tagged"], ["labelled"], ["labeled"]):
        return True  # "a comedy tagged pixar": a work is tagged, it tags nothing
    if words[:1] and words[0] in _NO_PASSIVE:
        return False  # "Caracalla, who succeeded Severus, died by assassination": a finite verb
    return len(words) > 1 and words[0] not in AUXILIARIES and (
        words[0].endswith("wn") or participle(words[0]) or words[0] == "born")


def too_after(lowers: list[str], k: int) -> bool:
    """ "... directed by X too" / "as well" / "likewise": the predicate is shared with an item
    named before."""
    if lowers[k:k + 2] in ([",", "too"], [",", "likewise"]) and lowers[k + 2:k + 3] in ([], ["."], ["!"], [";"]):
        j = k
        while j > 0 and lowers[j - 1] not in (".", "!", "?", ";", ":"):
            j -= 1
        return "," not in lowers[j:k]  # "Alien is a horror film, too." (not "Chinatown, a thriller, too.")
    return lowers[k:k + 1] in (["too"], ["likewise"], ["similarly"]) \
        or (lowers[k:k + 2] == ["as", "well"] and lowers[k + 2:k + 3] != ["as"])  # (not "as well as")


SHARING = frozenset({"also", "too", "another", "likewise", "similarly"})
"""Words that say the fact is shared with another item of the text ("as well" too)."""


def sharing_word(words: list[str]) -> bool:
    """Whether ``words`` hold a word of sharing: "also", "too", "likewise", "as well", ...
    ("also known as" / "also called" name the thing again: no sharing)."""
    return any(w in SHARING and not also_named(words, k) for k, w in enumerate(words)) or any(
        words[k:k + 2] == ["as", "well"] and words[k + 2:k + 3] != ["as"] for k in range(len(words) - 1))


def is_plural_role(word: str) -> bool:
    """Whether a role noun is plural ("writers", "alumni"; not "actress")."""
    return word.endswith("s") and not word.endswith("ss") or word in IRREGULAR_PLURALS


def also_named(words: list[str], k: int) -> bool:
    """ "also" in "also known as" / "also called": another name, not another item."""
    return words[k] == "also" and words[k + 1:k + 2] in (["known"], ["called"])


YEARS_APART = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, **{str(k): k for k in range(1, 100)}}
"""How many years apart "N year(s) after / before" says."""
