"""WebNLG dev references as free human paraphrase for the checker.

Each dev entry becomes a small graph of its own triples (issue 17: "build a small graph from each
entry's triples"; ``graphs="split"`` measures against one graph of every entry instead, where a
country's leaders from other entries make "The leader of X is Y" an incomplete list), declared the
way a user of kgexplain would declare this domain (see :func:`webnlg_graph`): labels as given with the
aliases a user would list (:func:`webnlg_aliases`, derived from each label alone), relation phrases
from the camelCase-split predicate names, and the cues of a relations file
(``kgexplain/evaluation/data/webnlg_relations.yaml``, written from WebNLG *train* references and
general English, never from dev). A reference is checked against its entry's triples
as evidence: the share **accepted** is the false-reject side. Each reference is then corrupted, one
way at a time, and the share **rejected** is the recall side:

* ``swap_object``: an object named in the text replaced by another entity of the same entry that is
  not that subject's object for that predicate;
* ``reverse_relation``: subject and object of one triple swapped in the text (when the reverse
  triple is not in the entry);
* ``negation``: "not" after the first ``is/was/are/were`` (or "did not" before a past verb is not
  attempted: only the copula);
* ``change_number``: the first number in the text that is part of an object label changed.

``evaluate_webnlg(..., split="train", limit=1000)`` measures the same on the references the
lexicon was written from, so the gap between the two shows how far the lexicon generalizes.
The corpus is read from a local folder (``../shared/data/webnlg``) and never shipped.
"""

from __future__ import annotations

import logging
import random
import re
from collections import Counter
from pathlib import Path as FsPath
from typing import Any, Literal, Sequence

from kgexplain.consistency.index import PERSON_TYPES  # (the checker's person types: a qualifier that is one stays)
from kgexplain.records import Entity, Relation, Triple

logger = logging.getLogger(__name__)

__all__ = ["evaluate_webnlg", "corrupt_reference", "webnlg_graph", "webnlg_entry_graphs", "webnlg_aliases",
           "load_webnlg_lexicon", "CORRUPTIONS", "LEXICON_PATH"]

CORRUPTIONS = ("swap_object", "reverse_relation", "negation", "change_number")
_COPULA = re.compile(r"\b(is|was|are|were)\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w])")


def _find(text: str, label: str) -> re.Match[str] | None:
    if len(label) < 2:
        return None
    return re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", text)


def corrupt_reference(text: str, triples: tuple[tuple[str, str, str], ...], kind: str,
                      rng: random.Random) -> str | None:
    """One corrupted variant of a reference (``None`` when the corruption does not apply)."""
    order = list(triples)
    rng.shuffle(order)
    labels = sorted({x for s, _, o in triples for x in (s, o)})
    if kind == "swap_object":
        for s, p, o in order:
            m = _find(text, o)
            if not m or text.count(o) != 1:
                continue
            others = [x for x in labels if x != o and x not in text and (s, p, x) not in triples
                      and x != s]
            if others:
                new = rng.choice(others)
                return text[: m.start()] + new + text[m.end():]
        return None
    if kind == "reverse_relation":
        for s, p, o in order:
            ms, mo = _find(text, s), _find(text, o)
            if not ms or not mo or (o, p, s) in triples or text.count(s) != 1 or text.count(o) != 1:
                continue
            if ms.start() < mo.end() and mo.start() < ms.end():
                continue
            first, second = sorted((ms, mo), key=lambda m: m.start())
            return (text[: first.start()] + second.group(0) + text[first.end(): second.start()]
                    + first.group(0) + text[second.end():])
        return None
    if kind == "negation":
        m = _COPULA.search(text)
        if not m or re.match(r"\s+not\b", text[m.end():]):
            return None
        return text[: m.end()] + " not" + text[m.end():]
    if kind == "change_number":
        object_numbers = {n for _, _, o in triples for n in _NUMBER.findall(o)}
        for m in _NUMBER.finditer(text):
            if m.group(0) in object_numbers:
                digits = m.group(0)
                new = str(int(re.sub(r"\D", "", digits[:1])) % 9 + 1) + digits[1:]
                if new == digits:
                    continue
                return text[: m.start()] + new + text[m.end():]
        return None
    raise ValueError(f"unknown corruption {kind!r}; choose from {CORRUPTIONS}")


def evaluate_webnlg(checker_factory: Any, webnlg_dir: str | FsPath | None = None, *,
                    limit: int | None = None, seed: int = 0, examples: int = 5,
                    split: Literal["dev", "train"] = "dev",
                    lexicon: str | FsPath | dict[str, Any] | None = None,
                    aliases: bool = True, graphs: Literal["entry", "split"] = "entry") -> dict[str, Any]:
    """Accepted share of WebNLG dev references and rejected share of their corruptions.

    Args:
        checker_factory: graph -> checker (``lambda kg: ConsistencyChecker(kg)``).
        webnlg_dir: the corpus folder; ``None`` looks for ``../shared/data/webnlg``.
        limit: at most this many references, sampled with ``seed``.
        split: ``"dev"`` (the held-out measurement) or ``"train"`` (the references the cue
            lexicon was written from: the gap between the two shows how far it generalizes).
        lexicon, aliases: as in :func:`webnlg_graph` (``lexicon={}, aliases=False``: the graph
            with nothing but predicate names and labels).
        graphs: ``"entry"``, each reference against its own entry's small graph
            (:func:`webnlg_entry_graphs`, the issue's measure); ``"split"``, against one graph
            of every entry of the split (stricter: the other entries' facts count too).

    Returns ``{"skipped": why}`` when the corpus folder is absent.
    """
    if webnlg_dir is None:
        here = FsPath(__file__).resolve().parents[3] / "shared" / "data" / "webnlg"
        webnlg_dir = next((p for p in (FsPath("../shared/data/webnlg"), here) if p.is_dir()), None)
    if webnlg_dir is None or not FsPath(webnlg_dir).is_dir():
        return {"skipped": "WebNLG folder not found (../shared/data/webnlg); pass webnlg_dir=..."}
    from kgexplain.datasets.webnlg import read_webnlg

    entries = read_webnlg(webnlg_dir, split)
    rng = random.Random(seed)
    refs = [(e, ref) for e in entries for ref in e.references]
    if limit is not None and len(refs) > limit:
        refs = rng.sample(refs, limit)
    # every text to check, tagged with its entry: the references, then each corruption's
    texts: list[tuple[str, Any, str]] = [(ref, e.key, "") for e, ref in refs]
    for kind in CORRUPTIONS:
        for e, ref in refs:
            bad = corrupt_reference(ref, e.triples, kind, rng)
            if bad is not None and bad != ref:
                texts.append((bad, e.key, kind))
    errors: list[dict[str, str]] = []
    found: list[Any] = [None] * len(texts)
    if graphs == "split":
        kg, evidence_of = webnlg_graph(entries, lexicon=lexicon, aliases=aliases, name=f"webnlg-{split}")
        for i, v in enumerate(_check_all(checker_factory(kg), [(t, evidence_of[key], None) for t, key, _ in texts],
                                         errors)):
            found[i] = v
        described = repr(kg)
    else:
        wanted = {e.key for e, _ in refs}
        by_entry: dict[Any, list[int]] = {}
        for i, (_, key, _) in enumerate(texts):
            by_entry.setdefault(key, []).append(i)
        for e, kg, evidence in webnlg_entry_graphs([e for e in entries if e.key in wanted], lexicon=lexicon,
                                                   aliases=aliases, name=f"webnlg-{split}",
                                                   context=entries):
            at = by_entry[e.key]  # (one checker at a time: an entry's graph is dropped once read)
            for i, v in zip(at, _check_all(checker_factory(kg), [(texts[i][0], evidence, None) for i in at], errors)):
                found[i] = v
        described = f"one graph per entry ({len(wanted)} entries)"
    verdicts = [v for v, (_, _, kind) in zip(found, texts) if not kind]
    originals = [t for t, _, kind in texts if not kind]
    accepted = sum(v.supported for v in verdicts)
    statuses: Counter[str] = Counter(c.status for v in verdicts for c in v.rejected)
    out: dict[str, Any] = {
        "split": split, "references": len(refs), "entries": len(entries), "graph": described, "graphs": graphs,
        "accepted": accepted, "accepted_share": round(accepted / len(refs), 4) if refs else None,
        "rejected_examples": [t for t, v in zip(originals, verdicts) if not v.supported][:examples],
        "rejected_statuses": dict(statuses.most_common(8)),
        "corrupted": {},
    }
    for kind in CORRUPTIONS:
        items = [(t, None, None) for t, _, k in texts if k == kind]
        vs = [v for v, (_, _, k) in zip(found, texts) if k == kind]
        rejected = sum(not v.supported for v in vs)
        out["corrupted"][kind] = {
            "n": len(items), "rejected": rejected,
            "rejected_share": round(rejected / len(items), 4) if items else None,
            "missed_examples": [t for (t, _, _), v in zip(items, vs) if v.supported][:examples],
        }
    n_all = sum(b["n"] for b in out["corrupted"].values())
    out["corrupted_rejected_share"] = (round(sum(b["rejected"] for b in out["corrupted"].values())
                                             / n_all, 4) if n_all else None)
    out["checker_errors"] = errors
    out["note"] = ("relation phrases are the predicate names; references are not screened for "
                   "unfaithful ones (WebNLG has a few)")
    out["lexicon"] = (
        f"cues from kgexplain/{LEXICON_PATH}, written from WebNLG train references and general "
        "English (never from dev); entity aliases derived from each label alone"
        if lexicon is None else "custom lexicon" if lexicon else "no cues")
    if not aliases:
        out["lexicon"] += "; no aliases"
    return out


def webnlg_entry_graphs(entries: Sequence[Any], *, lexicon: str | FsPath | dict[str, Any] | None = None,
                        aliases: bool = True, name: str = "webnlg",
                        context: Sequence[Any] | None = None) -> Any:
    """Each entry with a small graph of its own triples and those triples as evidence.

    The entities are declared as in :func:`webnlg_graph` over ``context`` (default ``entries``):
    a user declaring the domain knows that a birth place's subject is a person, whichever entry
    says so; the facts are the entry's alone.

    Yields:
        ``(entry, graph, evidence)`` per entry, one graph at a time.
    """
    from kgexplain.graph import KnowledgeGraph

    whole, evidence_of = webnlg_graph(list(context if context is not None else entries), lexicon=lexicon,
                                      aliases=aliases, name=name)
    for e in entries:
        evidence = evidence_of[e.key]
        ids = dict.fromkeys(x for t in evidence for x in (t.head, t.tail))
        kg = KnowledgeGraph.from_triples(
            [(t.head, t.relation, t.tail) for t in evidence], entities=[whole.entity(i) for i in ids],
            relations=[whole.relations[r] for r in dict.fromkeys(t.relation for t in evidence)],
            name=f"{name}:{e.key}")
        yield e, kg, evidence


def _check_all(checker: Any, items: list[tuple[str, Any, None]], errors: list[dict[str, str]]) -> list[Any]:
    """``checker.check_many(items)``; where the batch raises, each text alone, and a text the
    checker cannot check counts as rejected (never accepted) and is listed in ``errors``."""
    from kgexplain.records import Claim, Verdict

    try:
        return list(checker.check_many(items))
    except Exception:  # noqa: BLE001 - a checker bug must not hide the rest of the measurement
        logger.warning("check_many raised on %d texts: checking them one at a time", len(items))
    out = []
    for text, evidence, user in items:
        try:
            out.append(checker.check(text, evidence, user))
        except Exception as exc:  # noqa: BLE001 - reported in the output, counted as rejected
            errors.append({"text": text, "error": repr(exc)})
            out.append(Verdict(False, (Claim(0, len(text), text, "error", False, status="checker_error"),),
                               reason=repr(exc)))
    return out


_NUM = re.compile(r"\d+(?:\.\d+)?")
_QUALIFIER = re.compile(r"\(([a-z][A-Za-z ]*)\)\s*$")
"""A label's lower-case qualifier, read as the entity's type ("Antares (rocket)"; "Bolt
(comicsCharacter)": a character)."""
_MEASURE = re.compile(r"[-+]?\d[\d.,]*\s*\([^()]+\)")
"""A number with its unit in brackets ("253260.0 (millimetres)"): no qualifier."""
_PERSON_SUBJECTS = frozenset({
    "birth place", "death place", "birth date", "birth year", "death date", "death year", "alma mater",
    "nationality", "occupation", "spouse", "party", "office", "military branch", "selected by nasa",
    "time in space", "date of retirement", "residence", "doctoral student", "doctoral advisor", "child",
    "birth name", "profession", "military rank", "in office while prime minister", "in office while president",
    "in office while vice president", "in office while monarch", "in office while governor", "death cause",
    "draft team", "draft pick", "draft round", "draft year", "youthclub", "debut team", "former team",
    "currentclub", "currentteam", "served as chief of the astronaut office in", "religion"})
"""Predicates whose subject is a person (a user would declare their domain so): the subject is typed
"person", for "he" / "she" and a surname alone."""
_PERSON_OBJECTS = frozenset({
    "manager", "coach", "chairman", "author", "spouse", "backup pilot", "crew members",
    "commander", "dean", "rector", "chancellor", "editor", "doctoral advisor", "doctoral student",
    "band member", "starring", "director", "general manager", "has deputy", "in office while prime minister",
    "in office while president", "in office while vice president", "in office while monarch",
    "in office while governor", "child", "creator of dish", "mayor", "representative", "senators", "chairperson",
    "creator"})
"""Predicates whose object is a person (not "founder", "discoverer", "key person": a company, a
survey programme or a "CEO" too, red team 164)."""
_PLACE_OBJECTS = frozenset({
    "birth place", "death place", "country", "city", "state", "region", "capital", "largest city",
    "foundation place", "headquarter", "residence", "county seat", "nearest city", "municipality", "district",
    "location", "spoken in", "place", "country origin", "state of origin", "is part of", "city served"})
"""Predicates whose object is a place: typed "locality", so no "he" / "she" names it."""
_PLACE_SUBJECTS = frozenset({
    "capital", "largest city", "demonym", "population density", "area total", "ethnic group", "anthem",
    "official language", "currency", "leader title", "population total", "area code", "county seat", "is part of"})
"""Predicates whose subject is a place (a country, a state, a city)."""
_QUALIFIED = re.compile(r"\s*\([^()]*\)")
"""A label's bracketed qualifier ("Rock (music)")."""
_MUSIC_STYLES = frozenset({"stylistic origin", "music fusion genre", "derivative", "music subgenre"})
"""Predicates between styles of music (each end, and a "genre" object, is also "<style> music")."""
_KINDS_BY_PREDICATE = {
    "club": (("club", "former team", "debut team", "youthclub", "currentclub", "currentteam", "draft team",
              "team", "university team"), ("manager", "ground", "league", "number of members", "chairman",
                                            "season", "chairman title", "coach")),
    "battle": (("battle", "is part of military conflict"), ()),
    "organisation": (("operating organisation", "owner", "parent company", "subsidiary", "publisher",
                      "record label", "manufacturer", "builder", "operator", "affiliation", "distributor",
                      "owning organisation", "governing body", "legislature"),
                     ("key person", "number of employees", "revenue", "net income", "operating income", "industry")),
    "school": (("alma mater",), ("number of students", "dean", "rector", "chancellor", "campus", "academic staff size",
                                 "number of undergraduate students", "number of postgraduate students", "motto")),
    "genre": (("genre", "stylistic origin", "music fusion genre", "derivative", "music subgenre"),
              ("stylistic origin", "music fusion genre", "derivative", "music subgenre")),
    "occupation": (("occupation", "profession", "office", "title", "position", "background", "status"), ()),
    "unit": (("military branch", "unit"), ()),
    "venue": (("ground", "stadium", "launch site", "site", "hub airport", "runway name"), ()),
    "award": (("award", "awards", "ribbon award"), ()),
    "nationality": (("nationality", "demonym", "ethnic group"), ()),
    "dish": (("dish variation",), ("ingredient", "main ingredient", "main ingredients", "course", "dish variation",
                                   "serving temperature")),
    "journal": ((), ("issn number", "impact factor", "eissn number", "coden code")),
    "book": ((), ("isbn number", "number of pages", "literary genre")),
    "work": ((), ("editor", "isbn number", "oclc number", "issn number", "number of pages", "author", "media type",
                  "literary genre", "lccn number", "impact factor", "eissn number", "coden code", "abbreviation")),
    "asteroid": ((), ("apoapsis", "periapsis", "orbital period", "epoch", "escape velocity", "rotation period",
                      "absolute magnitude", "average speed", "discovered", "discoverer")),
}
"""Other predicates whose object (first) or subject (second) is of one kind: a user declares
each entity's type, and only a name of no declared kind may be anyone ("he")."""
_PLACE_KINDS = {
    "country": (("country", "country origin"), ("currency", "anthem")),
    "city": (("city", "capital", "largest city", "county seat", "nearest city", "city served"), ()),
    "state": (("state", "state of origin"), ()),
}
"""Predicates whose object (first) or subject (second) is a place of that kind: typed so ("a
country", "the city") where a label has one kind only."""
LEXICON_PATH = "evaluation/data/webnlg_relations.yaml"
"""The WebNLG cue lexicon, package data (``kgexplain/evaluation/data/webnlg_relations.yaml``)."""

_GENERIC_HEADS = ("language", "languages", "people", "music")
"""Head nouns a writer drops from a label ("English language" -> "English", "Hip hop music" ->
"hip hop")."""

_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "United States": (("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
                      ("American", "Americans")),
    "United Kingdom": (("UK", "U.K.", "Britain", "Great Britain"), ("British", "British people")),
    "Argentina": ((), ("Argentinian", "Argentine", "Argentines", "Argentinians")),
    "Australia": ((), ("Australian", "Australians")),
    "Austria": ((), ("Austrian", "Austrians")),
    "Azerbaijan": ((), ("Azerbaijani", "Azerbaijanis")),
    "Belgium": ((), ("Belgian", "Belgians")),
    "Brazil": ((), ("Brazilian", "Brazilians")),
    "Canada": ((), ("Canadian", "Canadians")),
    "China": ((), ("Chinese",)),
    "Colombia": ((), ("Colombian", "Colombians")),
    "Denmark": ((), ("Danish", "Danes")),
    "England": ((), ("English",)),
    "Ethiopia": ((), ("Ethiopian", "Ethiopians")),
    "Finland": ((), ("Finnish", "Finns")),
    "France": ((), ("French", "French people")),
    "Germany": ((), ("German", "Germans")),
    "Greece": ((), ("Greek", "Greeks")),
    "India": ((), ("Indian", "Indian people", "Indians")),
    "Indonesia": ((), ("Indonesian", "Indonesians")),
    "Iran": ((), ("Iranian", "Iranians")),
    "Iraq": ((), ("Iraqi", "Iraqis")),
    "Republic of Ireland": (("Ireland",), ("Irish", "Irish people")),
    "Italy": ((), ("Italian", "Italians")),
    "Japan": ((), ("Japanese",)),
    "Malaysia": ((), ("Malaysian", "Malaysians")),
    "Mexico": ((), ("Mexican", "Mexicans")),
    "Netherlands": (("the Netherlands", "Holland"), ("Dutch", "Dutch people")),
    "New Zealand": ((), ("New Zealander", "New Zealanders")),
    "Pakistan": ((), ("Pakistani", "Pakistanis")),
    "Philippines": (("the Philippines",), ("Filipino", "Filipinos", "Philippine")),
    "Poland": ((), ("Polish", "Poles")),
    "Portugal": ((), ("Portuguese",)),
    "Romania": ((), ("Romanian", "Romanians")),
    "Russia": ((), ("Russian", "Russians")),
    "Scotland": ((), ("Scottish", "Scots")),
    "Singapore": ((), ("Singaporean", "Singaporeans")),
    "South Africa": ((), ("South African", "South Africans")),
    "Spain": ((), ("Spanish", "Spaniards")),
    "Sri Lanka": ((), ("Sri Lankan", "Sri Lankans")),
    "Sweden": ((), ("Swedish", "Swedes")),
    "Switzerland": ((), ("Swiss",)),
    "Turkey": ((), ("Turkish", "Turks")),
    "Uruguay": ((), ("Uruguayan", "Uruguayans")),
    "Wales": ((), ("Welsh",)),
}
"""Countries (as DBpedia labels them): the short names a writer uses, and the nationality words
(adjective first, then the people). A label that is one of these nationality words gets the
others of its country as aliases ("Americans" -> "American")."""

_NATIONALITY_OF = {w: words for _, words in _COUNTRIES.values() for w in words}


def webnlg_aliases(label: str) -> tuple[str, ...]:
    """The other names a user would declare for a WebNLG label, derived from the label alone.

    The parenthetical qualifier is dropped, literals read as :func:`readable_label` writes them
    (units, dates in the usual spellings, a trailing ``.0`` and thousands separators), initials
    with and without their periods, hyphens as spaces, "City,
    State" is also "City", "City State", "City in State", "City, in State" and "City (State)", "Name
    (Place)" also "Name, Place" and "Name in Place", a generic head noun may be left out ("English
    language" -> "English"), a monarch's style is also the name alone ("Felipe VI of Spain" ->
    "Felipe VI"), and a small table gives countries their short names and nationality words.

    >>> webnlg_aliases("Alan Martin (footballer)")
    ('Alan Martin',)
    >>> webnlg_aliases("Anaheim, California")
    ('Anaheim California', 'Anaheim', 'Anaheim in California', 'Anaheim, in California', 'Anaheim (California)')
    >>> webnlg_aliases("Ardmore Airport (New Zealand)")
    ('Ardmore Airport', 'Ardmore Airport, New Zealand', 'Ardmore Airport in New Zealand', 'Ardmore Airport New Zealand')
    >>> webnlg_aliases("English language")
    ('English',)
    >>> webnlg_aliases("2702.0")
    ('2702', '2,702')
    """
    from kgexplain.datasets.webnlg import clean_property, readable_label

    out: list[str] = []

    def add(form: str) -> None:
        form = re.sub(r"\s+", " ", form).strip(" ,")
        if len(form) >= 2 and form != label and form not in out:
            out.append(form)

    readable = readable_label(label)
    add(readable)
    numbered = re.fullmatch(r"\((\d+)\)\s+(\S.*)", label.strip())
    if numbered:  # a minor planet "(66063) 1998 RO1": "66063 1998 RO1"
        add(f"{numbered.group(1)} {numbered.group(2)}")
    add(_QUALIFIED.sub("", label))  # "Menasha (town), Wisconsin"
    placed = re.fullmatch(r"([^()]+?)\s+\(([A-Z][^()]*)\)", label.strip())
    if placed and not re.search(r"\d", placed.group(2)):
        # "Ardmore Airport (New Zealand)": "Ardmore Airport, New Zealand", "... in New Zealand"
        add(f"{placed.group(1)}, {placed.group(2)}")
        add(f"{placed.group(1)} in {placed.group(2)}")
    date = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", label.strip())
    if date and readable != label:
        month, day, year = readable.replace(",", "").split()
        th = day + {"1": "st", "2": "nd", "3": "rd"}.get(day[-1] if day not in ("11", "12", "13") else "", "th")
        for form in (f"{month} {day} {year}", f"{day} {month} {year}", f"{month} {th}, {year}",
                     f"{month} {th} {year}", f"{th} {month} {year}", f"{th} of {month} {year}",
                     f"{th} {month}, {year}"):
            add(form)
    measure = re.fullmatch(r"([-+]?\d[\d.]*)\s*\(([^()]+)\)", label.strip())
    if measure:  # "253260.0 (millimetres)": "253260 mm", "253,260 millimeters", ...
        for form in _with_units(measure.group(1), (clean_property(measure.group(2)),)):
            add(form)
    else:
        for form in _number_forms(label.strip()):
            add(form)
    seen = 0
    forms = [label, *out]
    while seen < len(forms) and len(out) < 40:  # each derived form is derived from in turn
        form = forms[seen]
        seen += 1
        before = len(out)
        if "," in form and ", in " not in form and not date and "(" not in form and not re.search(r"\d,\d", form):
            add(form.replace(",", ""))  # "Anaheim California"
            add(form.split(",")[0])  # "Anaheim"
            if form.count(",") == 1 and not re.search(r",\s*(Jr|Sr|Inc|Ltd|Co|I{1,3})\.?$", form):
                add(form.replace(", ", " in "))  # "Anaheim in California"
                if form == label:
                    add(form.replace(", ", ", in "))  # "Anaheim, in California"
                    head, _, tail = form.partition(", ")
                    add(f"{head} ({tail})")  # "Anaheim (California)"
        if re.search(r"[A-Za-z]\.", form) and not re.search(r"\d", form):
            add(re.sub(r"(?<=[A-Za-z])\.(?=\s|$|[A-Za-z])", "", form))  # "A.C. Milan" -> "AC Milan"
            add(re.sub(r"(?<=[A-Za-z])\.\s*(?=[A-Za-z])", " ", form).rstrip("."))  # "A T Charlie Johnson"
        if re.search(r"\w[-–]\w", form) and not re.search(r"\d", form):
            add(re.sub(r"(?<=\w)[-–](?=\w)", " ", form))  # "Madrid–Barajas" -> "Madrid Barajas"
            add(form.replace("–", "-"))
        words = form.split()
        regnal = re.fullmatch(r"(.+ [IVX]+) of [A-Z].*", form)
        if regnal:  # a monarch's style "Felipe VI of Spain": "Felipe VI"
            add(regnal.group(1))
        if len(words) > 2 and words[0] == "City" and words[1] == "of":
            add(" ".join(words[2:]))  # "City of Brussels"
        if len(words) > 1 and words[-1].lower() in _GENERIC_HEADS:
            add(" ".join(words[:-1]))
        forms.extend(out[before:])
    short, nationality = _COUNTRIES.get(label, ((), ()))
    for form in (*short, *nationality, *_NATIONALITY_OF.get(label, ())):
        add(form)
    return tuple(out)


_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "metres": ("metres", "meters", "metre", "meter", "m"),
    "metres tall": ("metres tall", "meters tall", "m tall"), "metres long": ("metres long", "meters long", "m long"),
    "kilometres": ("kilometres", "kilometers", "km"),
    "centimetres": ("centimetres", "centimeters", "cm"),
    "millimetres": ("millimetres", "millimeters", "mm"),
    "square kilometres": ("square kilometres", "square kilometers", "square km", "sq km", "km2", "km²"),
    "square metres": ("square metres", "square meters", "sq m", "m2", "m²"),
    "kilometre per seconds": ("kilometres per second", "kilometers per second", "km/s", "km per second",
                              "km/sec", "km per sec"),
    "inhabitants per square kilometre": ("inhabitants per square kilometre",
                                         "inhabitants per square kilometer", "inhabitants per sq km",
                                         "inhabitants per km2", "people per square kilometre",
                                         "people per square kilometer", "people per sq km"),
    "kilograms": ("kilograms", "kilogram", "kg", "kgs"),
    "tonnes": ("tonnes", "tonne", "tons"),
    "litres": ("litres", "litre", "liters", "liter"),
    "kelvins": ("kelvins", "kelvin", "K"),
    "days": ("days",), "minutes": ("minutes", "mins"), "seconds": ("seconds", "secs"),
    "inches": ("inches",), "feet": ("feet", "ft"), "cubic inches": ("cubic inches",),
    "cubic centimetres": ("cubic centimetres", "cubic centimeters", "cc"),
    "gram per cubic centimetres": ("grams per cubic centimetre", "grams per cubic centimeter", "g/cm3"),
    "degree celsius": ("degrees celsius", "degrees Celsius", "°C"),
}
"""How a writer spells each unit of the corpus' literals (keys as :func:`readable_label` writes
them: "kilometrePerSeconds" -> "kilometre per seconds")."""


def _number_forms(text: str) -> list[str]:
    """A number as written ("2702.0" -> "2702.0", "2702", "2,702"); ``[]`` for other text."""
    m = re.fullmatch(r"(\d+)(?:\.(\d+))?", text)
    if not m:
        return []
    whole, frac = m.group(1), m.group(2)
    forms = [text]
    if frac is not None and set(frac) == {"0"}:
        forms.append(whole)
    if len(whole) > 3:
        grouped = f"{int(whole):,}"
        forms.append(grouped + (f".{frac}" if frac and set(frac) != {"0"} else ""))
    return list(dict.fromkeys(forms))


def _with_units(number: str, units: Sequence[str]) -> list[str]:
    """Every spelling of a number followed by every spelling of each unit."""
    out = []
    for unit in units:
        for spelled in _UNIT_FORMS.get(unit, (unit,)):
            for n in _number_forms(number) or [number]:
                out.append(f"{n} {spelled}")
    return list(dict.fromkeys(out))


def load_webnlg_lexicon(path: str | FsPath | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """The cue lexicon: predicate (as :func:`~kgexplain.datasets.webnlg.read_webnlg` cleans it)
    -> ``{"cues": (...), "inverse_cues": (...), "units": (...)}``; ``units`` name the unit of
    a predicate whose objects are bare numbers ("runway length": metres), so that "2702.0" also
    reads "2702 metres".

    Args:
        path: a YAML file of the same shape; ``None`` reads the shipped
            ``kgexplain/evaluation/data/webnlg_relations.yaml``.

    Raises:
        InvalidRecordError: when an entry is not a mapping of those two lists of strings.
    """
    import yaml

    from kgexplain.errors import InvalidRecordError

    if path is None:
        from importlib import resources

        text = (resources.files("kgexplain") / LEXICON_PATH).read_text("utf-8")
        where = f"kgexplain/{LEXICON_PATH}"
    else:
        text, where = FsPath(path).read_text("utf-8"), str(path)
    data = (yaml.safe_load(text) or {}).get("relations") or {}
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for predicate, entry in data.items():
        entry = entry or {}
        if not isinstance(entry, dict) or set(entry) - {"cues", "inverse_cues", "units"}:
            raise InvalidRecordError(
                f"{where}: {predicate!r} must map to 'cues', 'inverse_cues' and/or 'units' (lists "
                f"of phrases), got {entry!r}")
        block = {}
        for key in ("cues", "inverse_cues", "units"):
            values = entry.get(key) or []
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise InvalidRecordError(f"{where}: {predicate!r}.{key} must be a list of phrases")
            block[key] = tuple(v.strip() for v in values)
        out[str(predicate)] = block
    return out


def _kinds_by_predicate(entries: Sequence[Any], table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
                        ) -> dict[str, list[str]]:
    """Each label's kinds by the predicates it stands in (``table``: kind -> (predicates whose
    object, predicates whose subject is of that kind)), in the table's order."""
    out: dict[str, list[str]] = {}
    for kind, (objects, subjects) in table.items():
        for e in entries:
            for h, p, t in e.triples:
                for label, said in ((t, p in objects), (h, p in subjects)):
                    if said and kind not in out.setdefault(label, []):
                        out[label].append(kind)
    return out


def webnlg_graph(entries: Sequence[Any], *, lexicon: str | FsPath | dict[str, Any] | None = None,
                 aliases: bool = True,
                 name: str = "webnlg-dev") -> tuple[Any, dict[str, tuple[Triple, ...]]]:
    """A graph of the WebNLG entries' own triples, declared the way a user of kgexplain would.

    Labels are as given, with the aliases of :func:`webnlg_aliases`; a relation's phrase is the
    predicate name ("birth place", inverse "is the birth place of") and its cues come from the
    lexicon (:func:`load_webnlg_lexicon`; written from train references, never from dev).
    Numbers inside literal labels ("347.1 (square kilometres)") become numeric attributes. An
    entity's type is its label's lower-case qualifier ("Castle (novel)": novel), else "person" for
    the subject or object of a predicate of people ("birth place", "manager"), else "place" for
    one of places ("country", "capital"; "locality", which names no one and keeps a place name matched
    in lower case), a number or a date "quantity", else by the kinds of :data:`_KINDS_BY_PREDICATE`,
    else "entity" (unknown: such a name may be anyone "he" names).

    Args:
        entries: WebNLG entries (:class:`~kgexplain.datasets.webnlg.WebNLGEntry`).
        lexicon: a cue lexicon file or an already loaded one; ``None`` the shipped one, ``{}``
            none (phrases from predicate names only).
        aliases: whether entities get :func:`webnlg_aliases`.
        name: the graph's name.

    Returns:
        The graph and each entry's triples as id triples.
    """
    from kgexplain.graph import KnowledgeGraph

    cues = lexicon if isinstance(lexicon, dict) else load_webnlg_lexicon(lexicon)
    ids: dict[str, str] = {}
    entities: list[Entity] = []
    relations: dict[str, Relation] = {}

    extra: dict[str, list[str]] = {}  # other names of a label (a style's "<style> music")
    # a bare number with its predicate's unit ("19238 members") is an entity of that predicate
    # alone: "700" a university's staff and another's students is two numbers (red team 165)
    measured = {(t, p) for e in entries for _, p, t in e.triples
                if (cues.get(p) or {}).get("units") and _number_forms(t.strip())}
    if aliases:
        for e in entries:
            for h, p, t in e.triples:  # a style of music is also "<style> music" ("jazz music")
                for name in ((h, t) if p in _MUSIC_STYLES else (t,) if p == "genre" else ()):
                    if not name.lower().endswith("music") and not _NUM.search(name):
                        extra.setdefault(name, []).append(_QUALIFIED.sub("", name) + " music")

    people = {h for e in entries for h, p, _ in e.triples if p in _PERSON_SUBJECTS} \
        | {t for e in entries for _, p, t in e.triples if p in _PERSON_OBJECTS}
    places = ({t for e in entries for _, p, t in e.triples if p in _PLACE_OBJECTS}
              | {h for e in entries for h, p, _ in e.triples if p in _PLACE_SUBJECTS}) - people
    # a place of one kind only by its predicates: a country, a city, a state (else a "locality")
    place_kinds = {label: set(found) for label, found in _kinds_by_predicate(entries, _PLACE_KINDS).items()}
    kinds = {label: found[0] for label, found in _kinds_by_predicate(entries, _KINDS_BY_PREDICATE).items()}

    def ent(label: str, predicate: str | None = None) -> str:
        key = f"{label}\x00{predicate}" if (label, predicate) in measured else label
        eid = ids.get(key)
        if eid is None:
            eid = ids[key] = f"webnlg:{len(ids)}"
            attrs = {f"n{i}": float(x) for i, x in enumerate(_NUM.findall(label))}
            units = _with_units(label.strip(), cues[predicate]["units"]) if key != label else []
            names = tuple(dict.fromkeys((*webnlg_aliases(label), *extra.get(label, ()), *units))) if aliases else ()
            qualifier = None if _MEASURE.fullmatch(label.strip()) else _QUALIFIER.search(label)
            # ("Castle (novel)": a novel; not a unit: "253260.0 (millimetres)")
            # (a camelCase qualifier is a compound type: "comicsCharacter" -> "comics_character")
            type_ = (re.sub(r"([a-z])([A-Z])", r"\1_\2", qualifier.group(1).split()[-1]).lower() if qualifier
                     else "entity")
            if label in people and type_ not in PERSON_TYPES:
                type_ = "person"
            elif qualifier or _MEASURE.fullmatch(label.strip()) or re.fullmatch(r"[-+\d.,: ]+", label.strip()):
                type_ = type_ if qualifier else "quantity"  # (a number, a date: no one)
            elif label in places:
                found = place_kinds.get(label, set())
                type_ = next(iter(found)) if len(found) == 1 else "locality"
            elif label in kinds:
                type_ = kinds[label]
            entities.append(Entity(eid, kind="attribute", type=type_, label=label,
                                   aliases=tuple(n for n in names if n != label), attrs=attrs))
        return eid

    def rel(phrase: str) -> str:
        name = re.sub(r"\W+", "_", phrase).strip("_") or "related_to"
        if name not in relations:
            block = cues.get(phrase) or {}
            relations[name] = Relation(name, phrase=phrase, inverse_phrase=f"is the {phrase} of",
                                       cues=tuple(block.get("cues", ())),
                                       inverse_cues=tuple(block.get("inverse_cues", ())))
        return name

    evidence: dict[str, tuple[Triple, ...]] = {}
    rows = []
    for e in entries:
        ts = []
        for h, p, t in e.triples:
            tr = Triple(ent(h), rel(p), ent(t, p))
            ts.append(tr)
            rows.append((tr.head, tr.relation, tr.tail))
        evidence[e.key] = tuple(ts)
    kg = KnowledgeGraph.from_triples(rows, entities=entities, relations=list(relations.values()),
                                     name=name)
    return kg, evidence
