"""Inflecting relation phrases for the evaluation's generators: plural, negated and noun forms.

Only what the generators need, written for the phrases of the example graph and the music graph
(and phrases of the same shapes): ``is``/``was``/``has`` phrases, third-person verbs
("stars", "comes from") and past-tense verbs ("directed", "composed the music for").
"""

from __future__ import annotations

__all__ = ["plural", "negations", "NOUNS"]

_LEMMA = {
    "directed": "direct", "wrote": "write", "produced": "produce", "edited": "edit",
    "distributed": "distribute", "composed": "compose", "influenced": "influence",
    "rated": "rate", "listened": "listen", "tagged": "tag",
}
_PARTICIPLE = {"wrote": "written", "directed": "directed", "produced": "produced",
               "edited": "edited", "distributed": "distributed", "composed": "composed",
               "influenced": "influenced"}

# nouns that name the person's role in "X is the <noun> of Y" (example graph relations)
NOUNS = {
    "directed_by": "director", "written_by": "writer", "music_by": "composer",
    "produced_by": "producer", "cinematography_by": "cinematographer", "edited_by": "editor",
    "distributed_by": "distributor",
}


def _split(phrase: str) -> tuple[str, str]:
    first, _, rest = phrase.strip().partition(" ")
    return first, rest


def plural(phrase: str) -> str:
    """The phrase with a plural subject: ``is directed by`` → ``are directed by``,
    ``stars`` → ``star``, ``comes from`` → ``come from``; past tenses are unchanged."""
    first, rest = _split(phrase)
    low = first.lower()
    if low in ("is", "was", "has"):
        first = {"is": "are", "was": "were", "has": "have"}[low]
        if rest.startswith("a film"):
            rest = "films" + rest[len("a film"):]
    elif low.endswith("s") and not low.endswith("ss") and low not in _LEMMA:
        first = first[:-1]
    return f"{first} {rest}".strip()


def negations(phrase: str) -> list[str]:
    """Negated forms of a phrase with a singular subject (each states the fact is false):
    ``is directed by`` → ``is not directed by``, ``isn't directed by``, ``is no longer directed by``;
    ``directed`` → ``did not direct``, ``never directed``; ``stars in`` → ``does not star in``..."""
    first, rest = _split(phrase)
    low = first.lower()
    tail = f" {rest}" if rest else ""
    if low == "is":
        return [f"is not{tail}", f"isn't{tail}", f"is no longer{tail}", f"is never{tail}"]
    if low == "was":
        return [f"was not{tail}", f"wasn't{tail}", f"was never{tail}"]
    if low == "has" and rest.split(" ")[0].endswith("ed"):  # "has signed"
        return [f"has not{tail}", f"hasn't{tail}", f"has never{tail}", f"no longer has{tail}"]
    if low == "has":
        return [f"does not have{tail}", f"doesn't have{tail}", f"no longer has{tail}",
                f"has never had{tail}"]
    if low in _LEMMA:
        return [f"did not {_LEMMA[low]}{tail}", f"didn't {_LEMMA[low]}{tail}", f"never {low}{tail}"]
    if low.endswith("s") and not low.endswith("ss"):
        lemma = low[:-1]
        return [f"does not {lemma}{tail}", f"doesn't {lemma}{tail}", f"no longer {low}{tail}"]
    return [f"did not {low}{tail}", f"never {low}{tail}"]
