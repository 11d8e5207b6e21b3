"""Seeded generators of checker evaluation cases over a graph's real triples.

Each generator starts from a sampled user→item reasoning path (``user -rated-> movie -r- entity
-r- movie`` and shorter shapes, with facts about the item) and writes one text of its category.
An unfaithful case records the one statement that makes it false (``Case.false_triple``) and
:func:`statement_is_false` re-checks that statement against the graph, so a generator cannot
silently produce a text that happens to be true (a swapped relation that also holds, a "wrong"
year that is the right one). Faithful cases put every triple they state into their evidence.

Half of the unfaithful texts are the false sentence alone; the other half append it to a
faithful template text of the same path, as a model's output would carry it.
"""

from __future__ import annotations

import random
import re
from typing import Any, Callable

from kgexplain.evaluation._phrases import NOUNS, negations, plural
from kgexplain.evaluation.cases import Case
from kgexplain.evaluation.truth import LOVED_MIN, Graph, statement_is_false
from kgexplain.records import Triple

__all__ = ["generate_cases", "statement_is_false", "FOREIGN_PHRASES", "EVALUATIVE"]

# relation words no registry of ours has (read "{a} ... {b}")
FOREIGN_PHRASES = (
    "{a} headlines {b}", "{a} has {b} to its north", "{a} was preceded by {b}",
    "{a} is the general manager of {b}", "{a} was founded by {b}", "{a} is sponsored by {b}",
    "{a} lives next door to {b}", "{a} is owned by {b}", "{a} is married to {b}",
    "{a} competes with {b}", "{a} is the mayor of {b}", "{a} sued {b}", "{a} coached {b}",
    "{a} is the capital of {b}", "{a} replaced {b}", "{a} borders {b}", "{a} invented {b}",
    "{a} was banned by {b}", "{a} hosts {b}", "{a} is the landlord of {b}",
)
# evaluative claims no relation backs: (template, the evaluative word to look for in tags)
EVALUATIVE = {
    "example": (
        ("{h} is the best film ever made.", "best"), ("The acclaimed {h} {clause}.", "acclaimed"),
        ("The award-winning {h} {clause}.", "award"), ("{h} {clause}, and it won an Oscar.", "oscar"),
        ("{h} is the most popular film of its decade, and it {clause}.", "popular"),
        ("{h}, a masterpiece, {clause}.", "masterpiece"),
        ("Critics loved {h}, which {clause}.", "critic"),
        ("{h} {clause} and is a box-office hit.", "box office"),
        ("{h} is a must-see: it {clause}.", "must-see"),
        ("The legendary {h} {clause}.", "legendary"),
    ),
    "music": (
        ("{h} is the greatest band of all time.", "greatest"), ("The acclaimed {h} {clause}.", "acclaimed"),
        ("The Grammy-winning {h} {clause}.", "grammy"), ("{h} {clause}, and it sold millions of records.", "million"),
        ("{h} is the most influential act of its era, and it {clause}.", "influential"),
        ("The legendary {h} {clause}.", "legendary"), ("{h}, a chart-topping act, {clause}.", "chart"),
        ("Critics adore {h}, which {clause}.", "critic"), ("{h} {clause} and won a Grammy.", "grammy"),
        ("{h} {clause}; its debut album is a classic.", "classic"),
    ),
}
_FIRST = ("Marla", "Oswin", "Tamsin", "Everett", "Liora", "Caspian", "Wilhelmina", "Dorian",
          "Imogen", "Thaddeus", "Rosalind", "Ambrose", "Ottilie", "Lysander", "Perpetua")
_LAST = ("Quennell", "Vantreight", "Ashcombe", "Delacorte", "Pembury", "Strickwood",
         "Merriwether", "Trevanion", "Farrowdale", "Bellweather", "Okonkwo-Lisle")
_ADJ = ("Silent", "Crimson", "Hollow", "Glass", "Wandering", "Velvet", "Forgotten", "Paper")
_NOUN = ("Harbor", "Lantern", "Orchard", "Meridian", "Cartographer", "Equinox", "Citadel", "Quarry")
_NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


# ---------------------------------------------------------------------------------------------
class _Generator:
    def __init__(self, kg: Any, graph_name: str, seed: int) -> None:
        from kgexplain.evaluation.sampling import sample_cases
        from kgexplain.verbalize import TemplateVerbalizer

        self.g = Graph(kg, graph_name)
        self.kg = kg
        self.rng = random.Random(seed)
        self.paths = sample_cases(kg, 1500 if graph_name == "example" else 900, seed=seed)
        self.tv = TemplateVerbalizer(kg)
        self._template: dict[int, list[str]] = {}

    # -- context --------------------------------------------------------------------------------
    def ctx(self) -> tuple[int, dict[str, Any]]:
        i = self.rng.randrange(len(self.paths))
        return i, self.paths[i]

    def evidence(self, ctx: dict[str, Any]) -> list[Triple]:
        return list(ctx["path"].hops) + list(ctx["facts"])

    def templates(self, i: int, ctx: dict[str, Any]) -> list[str]:
        if i not in self._template:
            self._template[i] = self.tv.explain_candidates(self.kg, [ctx["path"]], ctx["facts"], n=4)
        return self._template[i]

    def fact_in(self, ctx: dict[str, Any]) -> Triple | None:
        """A non-user fact of the context (path hop or item fact), or one of the item's."""
        facts = [t for t in self.evidence(ctx) if t.relation in self.g.fact_rels]
        if not facts:
            facts = self.g.facts_of(ctx["item"])
        return self.rng.choice(facts) if facts else None

    def embed(self, i: int, ctx: dict[str, Any], sentence: str) -> tuple[str, str]:
        """The false sentence alone, or appended to a faithful template text of the path."""
        sentence = sentence[0].upper() + sentence[1:]
        if not sentence.endswith("."):
            sentence += "."
        texts = self.templates(i, ctx)
        if texts and self.rng.random() < 0.5:
            return f"{self.rng.choice(texts)} {sentence}", "appended to a faithful template text"
        return sentence, "alone"

    def case(self, category: str, text: str, evidence: list, user: str | None, faithful: bool,
             why: str, false_triple: tuple[str, str, str] | None = None) -> Case:
        ev = tuple(dict.fromkeys(tuple(t) for t in evidence))
        return Case(id="", graph=self.g.name, text=text, evidence=ev, user=user, faithful=faithful,
                    category=category, why=why, source="generated", false_triple=false_triple)

    # -- unfaithful -----------------------------------------------------------------------------
    def wrong_relation_word(self) -> Case | None:
        i, ctx = self.ctx()
        t = self.fact_in(ctx)
        if t is None:
            return None
        htype = self.g.type(t.head)
        alts = [r for r in sorted(self.g.fact_rels) if r != t.relation
                and htype in self.kg.relation(r).domain and not self.kg.has_triple(t.head, r, t.tail)]
        if not alts:
            return None
        r2 = self.rng.choice(alts)
        forward = self.rng.random() < 0.6
        bad = Triple(t.head, r2, t.tail)
        text, how = self.embed(i, ctx, self.g.sentence(bad, forward))
        why = (f"{self.g.label(t.head)} -{t.relation}-> {self.g.label(t.tail)} is stored, but the "
               f"text says {r2} ({'phrase' if forward else 'inverse phrase'}), which does not hold; {how}")
        return self.case("wrong_relation_word", text, [*self.evidence(ctx), t], ctx["user"], False,
                         why, tuple(bad))

    def unknown_relation_words(self) -> Case | None:
        i, ctx = self.ctx()
        t = self.fact_in(ctx)
        if t is None:
            return None
        form = self.rng.choice(FOREIGN_PHRASES)
        a, b = (t.head, t.tail) if self.rng.random() < 0.5 else (t.tail, t.head)
        words = " ".join(form.replace("{a}", "").replace("{b}", "").split())
        text, how = self.embed(i, ctx, form.format(a=self.g.label(a), b=self.g.label(b)))
        why = (f"'{words}' is no relation of the graph; the two entities are linked only by "
               f"{t.relation}; {how}")
        return self.case("unknown_relation_words", text, [*self.evidence(ctx), t], ctx["user"],
                         False, why, (a, f"<unknown: {words}>", b))

    def role_reversal(self) -> Case | None:
        i, ctx = self.ctx()
        t = self.fact_in(ctx)
        if t is None or self.kg.has_triple(t.tail, t.relation, t.head):
            return None
        h, tl = self.g.label(t.head), self.g.label(t.tail)
        forms = [f"{tl} {self.g.phrase(t.relation)} {h}", f"{h} {self.g.inverse(t.relation)} {tl}"]
        if t.relation in NOUNS:
            forms.append(f"{h} is the {NOUNS[t.relation]} of {tl}")
        sentence = self.rng.choice(forms)
        text, how = self.embed(i, ctx, sentence)
        why = (f"stored: {h} -{t.relation}-> {tl}; the text swaps subject and object "
               f"('{sentence}'); {how}")
        return self.case("role_reversal", text, [*self.evidence(ctx), t], ctx["user"], False, why,
                         (t.tail, t.relation, t.head))

    def negation(self) -> Case | None:
        i, ctx = self.ctx()
        user = ctx["user"]
        if self.rng.random() < 0.3:
            hop = ctx["path"].hops[0]
            rating = self.g.rating(user, hop.tail)
            if rating is None:
                return None
            item = self.g.label(hop.tail)
            if rating >= LOVED_MIN:
                sentence = self.rng.choice([f"You did not like {item}", f"You didn't enjoy {item}",
                                            f"You never loved {item}", f"You disliked {item}"])
                stmt = (user, "<not-loved>", hop.tail)
                why = f"the user rated {item} {rating}, at least {LOVED_MIN}: they did like it"
            else:
                verb = "listened to" if self.g.user_rel == "listened" else "watched"
                sentence = self.rng.choice([f"You never {verb} {item}", f"You have not {verb} {item}"])
                stmt = (user, f"<not: {hop.relation}>", hop.tail)
                why = f"the user did interact with {item} (rating {rating})"
            text, how = self.embed(i, ctx, sentence)
            return self.case("negation", text, self.evidence(ctx), user, False, f"{why}; {how}", stmt)
        t = self.fact_in(ctx)
        if t is None:
            return None
        forward = self.rng.random() < 0.6
        phrase = self.g.phrase(t.relation) if forward else self.g.inverse(t.relation)
        neg = self.rng.choice(negations(phrase))
        s, o = (t.head, t.tail) if forward else (t.tail, t.head)
        sentence = f"{self.g.label(s)} {neg} {self.g.label(o)}"
        text, how = self.embed(i, ctx, sentence)
        why = f"negates a stored fact ({self.g.sentence(t)}); {how}"
        return self.case("negation", text, [*self.evidence(ctx), t], user, False, why,
                         (t.head, f"<not: {t.relation}>", t.tail))

    def false_user_claim(self) -> Case | None:
        i, ctx = self.ctx()
        user = ctx["user"]
        items = self.g.by_type[self.g.type(ctx["item"])]
        mode = self.rng.choice(("not_rated", "low_loved", "wrong_stars", "wrong_stars"))
        music = self.g.user_rel == "listened"
        if mode == "not_rated":
            item = ctx["item"] if self.g.rating(user, ctx["item"]) is None else self.rng.choice(items)
            if self.g.rating(user, item) is not None:
                return None
            lab = self.g.label(item)
            verbs = (["listened to", "loved", "rated", "played"] if music
                     else ["watched", "loved", "rated", "saw", "enjoyed"])
            v = self.rng.choice(verbs)
            sentence = f"You {v} {lab}"
            stmt = (user, "<loved>" if v in ("loved", "enjoyed") else "<interacted>", item)
            why = f"the user has no rating of {lab}"
            ev = self.evidence(ctx)
        else:
            rated = [t for t in self.kg.triples_of(user) if t.relation == self.g.user_rel]  # (not a tag)
            if mode == "low_loved":
                rated = [t for t in rated if (self.g.rating(user, t.tail) or 0) < LOVED_MIN]
            if not rated:
                return None
            hop = self.rng.choice(rated)
            item, lab = hop.tail, self.g.label(hop.tail)
            rating = self.g.rating(user, item)
            if mode == "low_loved":
                v = self.rng.choice(["loved", "liked", "enjoyed", "adored", "were a fan of"])
                sentence = f"You {v} {lab}"
                stmt = (user, "<loved>", item)
                why = f"the user rated {lab} {rating}, below {LOVED_MIN}"
            else:
                n = self.rng.choice([k for k in (1, 2, 3, 4, 5) if abs(k - rating) > 1e-9])
                word = _NUM_WORDS[n]
                star = "star" if n == 1 else "stars"
                sentence = self.rng.choice([
                    f"You gave {lab} {word} {star}", f"You rated {lab} {n} {star}",
                    f"You rated {lab} {n} out of 5", f"You gave {lab} a {n}",
                    f"You rated {lab} {word} out of five",
                ])
                stmt = (user, f"<rating={n}>", item)
                why = f"the user rated {lab} {rating}, not {n}"
            ev = [*self.evidence(ctx), hop]
        text, how = self.embed(i, ctx, sentence)
        return self.case("false_user_claim", text, ev, user, False, f"{why}; {how}", stmt)

    def _invented_name(self, etype: str) -> str:
        for _ in range(50):
            if etype in ("person", "user"):
                name = f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"
            elif etype in ("company", "label"):
                name = f"{self.rng.choice(_ADJ)} {self.rng.choice(_NOUN)} " + (
                    "Pictures" if etype == "company" else "Records")
            elif etype == "city":
                name = f"Port {self.rng.choice(_LAST)}"
            elif etype in ("genre", "instrument", "tag"):
                name = f"{self.rng.choice(_ADJ).lower()} {self.rng.choice(_NOUN).lower()}"
            else:
                name = f"The {self.rng.choice(_ADJ)} {self.rng.choice(_NOUN)}"
            if not self.kg.find(name):
                return name
        raise RuntimeError("could not invent a fresh name")

    def invented_entity(self) -> Case | None:
        i, ctx = self.ctx()
        t = self.fact_in(ctx)
        if t is None:
            return None
        replace_tail = self.rng.random() < 0.7
        who = t.tail if replace_tail else t.head
        name = self._invented_name(self.g.type(who))
        h = self.g.label(t.head) if replace_tail else name
        tl = name if replace_tail else self.g.label(t.tail)
        forward = self.rng.random() < 0.6
        r = t.relation
        sentence = f"{h} {self.g.phrase(r)} {tl}" if forward else f"{tl} {self.g.inverse(r)} {h}"
        text, how = self.embed(i, ctx, sentence)
        why = f"'{name}' is no entity of the graph (it replaces {self.g.label(who)}); {how}"
        return self.case("invented_entity", text, [*self.evidence(ctx), t], ctx["user"], False, why,
                         (t.head, "<invented>", name))

    def _unlinked(self, t: Triple) -> str | None:
        """An entity of the type of ``t``'s tail with no edge at all to ``t``'s head."""
        pool = self.g.by_type[self.g.type(t.tail)]
        for _ in range(20):
            x = self.rng.choice(pool)
            if x != t.tail and not self.kg.triples_between(t.head, x):
                return x
        return None

    def unlinked_entity(self) -> Case | None:
        i, ctx = self.ctx()
        t = self.fact_in(ctx)
        x = self._unlinked(t) if t is not None else None
        if x is None:
            return None
        bad = Triple(t.head, t.relation, x)
        forward = self.rng.random() < 0.6
        text, how = self.embed(i, ctx, self.g.sentence(bad, forward))
        why = (f"{self.g.label(x)} is a real {self.g.type(x)} with no edge to "
               f"{self.g.label(t.head)} (the stored fact names {self.g.label(t.tail)}); {how}")
        return self.case("unlinked_entity", text, [*self.evidence(ctx), t], ctx["user"], False, why,
                         tuple(bad))

    def wrong_modifier(self) -> Case | None:
        """A true sentence whose subject carries a name with no edge to it: "Quentin
        Tarantino's Vertigo is directed by Alfred Hitchcock", "X is a Y film"."""
        i, ctx = self.ctx()
        t = self.fact_in(ctx)
        y = self._unlinked(t) if t is not None else None
        if y is None:
            return None
        h, wrong = self.g.label(t.head), self.g.label(y)
        if self.rng.random() < 0.5:
            sentence = f"{wrong}'s {self.g.sentence(t, True)}"
            how = "possessive"
        else:
            noun = {"movie": "film"}.get(self.g.type(t.head), self.g.type(t.head))
            sentence = f"{h} is a {wrong} {noun}"
            how = "attributive"
        text, where = self.embed(i, ctx, sentence)
        why = f"{wrong} ({how}) has no edge to {h}; {where}"
        return self.case("wrong_modifier", text, [*self.evidence(ctx), t], ctx["user"], False, why,
                         (t.head, "<unlinked>", y))

    def lowercase_attribute(self) -> Case | None:
        i, ctx = self.ctx()
        item = ctx["item"]
        if self.g.name == "music" and self.rng.random() < 0.3:
            members = [t.tail for t in self.kg.triples_of(item) if t.relation == "has_member"]
            if not members:
                return None
            person = self.rng.choice(members)
            plays = {t.tail for t in self.kg.triples_of(person) if t.relation == "plays_instrument"}
            options = [x for x in self.g.by_type["instrument"] if x not in plays]
            x = self.rng.choice(options)
            lab = self.g.label(x).lower()
            sentence = self.rng.choice([f"{self.g.label(person)} plays the {lab}",
                                        f"{self.g.label(person)} plays the instrument {lab}"])
            bad = (person, "plays_instrument", x)
            ev = [*self.evidence(ctx), Triple(item, "has_member", person)]
        else:
            genres = {t.tail for t in self.kg.triples_of(item) if t.relation == "has_genre"}
            options = [g for g in self.g.by_type["genre"] if g not in genres
                       and not self.g.label(g).startswith("(")]
            if not options:
                return None
            gid = self.rng.choice(options)
            lab, item_lab = self.g.label(gid).lower(), self.g.label(item)
            article = "an" if lab[0] in "aeiou" else "a"
            if self.g.name == "music":
                forms = [f"{item_lab} plays {lab}", f"{item_lab} is {article} {lab} act",
                         f"{item_lab} makes {lab}", f"{item_lab} is known for {lab}"]
            else:
                forms = [f"{item_lab} is {article} {lab} film", f"{item_lab} is {article} {lab} movie",
                         f"{item_lab} is a film of the genre {lab}", f"{item_lab} is {article} {lab}"]
            sentence = self.rng.choice(forms)
            bad = (item, "has_genre", gid)
            ev = self.evidence(ctx)
        text, how = self.embed(i, ctx, sentence)
        why = f"the lower-case attribute is not linked: {bad[0]} -{bad[1]}-> {bad[2]} is not stored; {how}"
        return self.case("lowercase_attribute", text, ev, ctx["user"], False, why, bad)

    def wrong_number(self) -> Case | None:
        i, ctx = self.ctx()
        ev = self.evidence(ctx)
        dated = [e for e in dict.fromkeys(x for t in ev for x in (t.head, t.tail)) if self.g.year(e)]
        if not dated:
            return None
        target = self.rng.choice(dated)
        y = self.g.year(target)
        others = [self.g.year(e) for e in dated if self.g.year(e) != y]
        wrong = self.rng.choice(others) if others and self.rng.random() < 0.7 else y + self.rng.choice(
            [-12, -7, -3, -1, 1, 2, 5, 9])
        facts = self.g.facts_of(target)
        fact = self.rng.choice(facts) if facts else None
        lab = self.g.label(target)
        clause = ""
        if fact is not None:
            clause = (f"{self.g.phrase(fact.relation)} {self.g.label(fact.tail)}" if fact.head == target
                      else f"{self.g.inverse(fact.relation)} {self.g.label(fact.head)}")
            ev.append(fact)
        noun = "film" if self.g.name == "example" else "band"
        forms = [f"{lab} ({wrong}) {clause}", f"The {wrong} {noun} {lab} {clause}",
                 f"{lab}, from {wrong}, {clause}"]
        if self.g.name == "music":
            forms.append(f"{lab}, formed in {wrong}, {clause}")
        else:
            forms.append(f"{lab}, released in {wrong}, {clause}")
        sentence = self.rng.choice(forms).strip().rstrip(",")
        if not clause:
            return None
        text, how = self.embed(i, ctx, sentence)
        src = "another entity's year" if wrong in others else "a year of no entity here"
        why = f"{lab} is from {y}, the text says {wrong} ({src}); {how}"
        return self.case("wrong_number", text, ev, ctx["user"], False, why, (target, "<year>", str(wrong)))

    def evaluative(self) -> Case | None:
        i, ctx = self.ctx()
        item = ctx["item"]
        facts = self.g.facts_of(item)
        if not facts:
            return None
        fact = self.rng.choice(facts)
        clause = (f"{self.g.phrase(fact.relation)} {self.g.label(fact.tail)}" if fact.head == item
                  else f"{self.g.inverse(fact.relation)} {self.g.label(fact.head)}")
        form, word = self.rng.choice(EVALUATIVE[self.g.name])
        if any(word in tag.lower() for tag in self.g.tags(item)):
            return None
        sentence = form.format(h=self.g.label(item), clause=clause)
        text, how = self.embed(i, ctx, sentence)
        why = f"'{word}' is an evaluation no relation of the graph backs; {how}"
        return self.case("evaluative", text, [*self.evidence(ctx), fact], ctx["user"], False, why,
                         (item, "<evaluative>", word))

    def _two_items(self) -> tuple[dict, str, str, Triple, Triple] | None:
        """Two items linked to one shared entity by the same relation (x and the item of a
        3-hop path), with a fact that only one of them has."""
        i, ctx = self.ctx()
        path = ctx["path"]
        if len(path.hops) != 3:
            return None
        x, item = path.nodes[1], path.nodes[3]
        if self.g.type(x) != self.g.type(item):
            return None
        fx = [t for t in self.g.facts_of(x) if t.head == x and not self.kg.has_triple(item, t.relation, t.tail)]
        fi = [t for t in self.g.facts_of(item) if t.head == item and not self.kg.has_triple(x, t.relation, t.tail)]
        if not fx or not fi:
            return None
        return ctx, x, item, self.rng.choice(fx), self.rng.choice(fi)

    def coreference(self, faithful: bool) -> Case | None:
        got = self._two_items()
        if got is None:
            return None
        ctx, x, item, fx, fi = got
        X, Y = self.g.label(x), self.g.label(item)
        user = ctx["user"]
        rating = self.g.rating(user, x)
        if rating is None:
            return None
        verb = ("listened to" if self.g.user_rel == "listened"
                else ("loved" if rating >= LOVED_MIN else "watched"))
        p = self.g.phrase
        mode = self.rng.choice(("it", "latter", "former", "both"))
        ev = [*self.evidence(ctx), fx, fi]
        if mode == "it":
            # "it" = the item (subject of the sentence it is in)
            f = fi if faithful else fx
            text = (f"You {verb} {X}. {Y} {self.g.sentence(ctx['path'].hops[2])[len(Y) + 1:]}"
                    f", and it also {p(f.relation)} {self.g.label(f.tail)}.")
            if not self.g.sentence(ctx["path"].hops[2]).startswith(Y + " "):
                return None
            wrong = (item, fx.relation, fx.tail)
        elif mode in ("latter", "former"):
            first, second = (X, Y) if self.rng.random() < 0.5 else (Y, X)
            fid = {X: x, Y: item}
            ref = second if mode == "latter" else first
            other = first if mode == "latter" else second
            want = fi if fid[ref] == item else fx
            wrong_f = fx if fid[ref] == item else fi
            f = want if faithful else wrong_f
            text = (f"{self.g.sentence(ctx['path'].hops[1], ctx['path'].hops[1].head == x)} "
                    f"and {self.g.sentence(ctx['path'].hops[2], ctx['path'].hops[2].head == item)}. "
                    f"Of {first} and {second}, the {mode} {p(f.relation)} {self.g.label(f.tail)}.")
            wrong = (fid[ref], wrong_f.relation, wrong_f.tail)
            del other
        else:
            # both: faithful when the fact is the shared one (hop 2 and 3 share relation and entity)
            h2, h3 = ctx["path"].hops[1], ctx["path"].hops[2]
            if faithful:
                if not (h2.relation == h3.relation and h2.head == x and h3.head == item):
                    return None
                text = f"{X} and {Y} both {plural(p(h2.relation))} {self.g.label(h2.tail)}."
                wrong = None
            else:
                f = self.rng.choice((fx, fi))
                text = f"{X} and {Y} both {plural(p(f.relation))} {self.g.label(f.tail)}."
                wrong = (item, f.relation, f.tail) if f is fx else (x, f.relation, f.tail)
        if faithful:
            return self.case("faithful_coreference", text, ev, user, True,
                             f"'{mode}' refers to the entity that has the fact")
        return self.case("coreference", text, ev, user, False,
                         f"'{mode}' refers to an entity that lacks the fact: {wrong} is not stored",
                         wrong)

    # -- faithful -------------------------------------------------------------------------------
    def template(self) -> list[Case]:
        i, ctx = self.ctx()
        return [self.case("template", t, self.evidence(ctx), ctx["user"], True,
                          "the TemplateVerbalizer's text of a sampled path and its facts")
                for t in self.templates(i, ctx)]

    def coordination(self) -> Case | None:
        i, ctx = self.ctx()
        item = ctx["item"]
        facts = self.g.facts_of(item)
        by_rel: dict[tuple[str, bool], list[Triple]] = {}
        for t in facts:
            by_rel.setdefault((t.relation, t.head == item), []).append(t)
        multi = [k for k, v in by_rel.items() if len(v) >= 2]
        lab = self.g.label(item)
        if multi and self.rng.random() < 0.6:
            rel, fwd = self.rng.choice(sorted(multi))
            a, b = self.rng.sample(by_rel[(rel, fwd)], 2)
            if fwd:
                text = f"{lab} {self.g.phrase(rel)} {self.g.label(a.tail)} and {self.g.label(b.tail)}."
            else:
                text = (f"{self.g.label(a.head)} and {self.g.label(b.head)} "  # (head rel item)
                        f"{plural(self.g.phrase(rel))} {lab}.")
            return self.case("coordination", text, [*self.evidence(ctx), a, b], ctx["user"], True,
                             "two true facts of one relation, coordinated")
        fwd_facts = [t for t in facts if t.head == item]
        if len(fwd_facts) < 2:
            return None
        a, b = self.rng.sample(fwd_facts, 2)
        if a.relation == b.relation:
            return None
        text = (f"{lab} {self.g.phrase(a.relation)} {self.g.label(a.tail)} and "
                f"{self.g.phrase(b.relation)} {self.g.label(b.tail)}.")
        return self.case("coordination", text, [*self.evidence(ctx), a, b], ctx["user"], True,
                         "two true facts of one subject, coordinated verb phrases")

    def faithful_lowercase(self) -> Case | None:
        if self.g.name != "example":
            return None
        i, ctx = self.ctx()
        item = ctx["item"]
        genres = [t for t in self.kg.triples_of(item) if t.relation == "has_genre"
                  and not self.g.label(t.tail).startswith("(")]
        if not genres:
            return None
        t = self.rng.choice(genres)
        lab = self.g.label(t.tail).lower()
        text = f"{self.g.label(item)} is a film of the genre {lab}."
        if self.rng.random() < 0.5:
            texts = self.templates(i, ctx)
            if texts:
                text = f"{texts[0]} {text}"
        return self.case("faithful_lowercase", text, [*self.evidence(ctx), t], ctx["user"], True,
                         f"{self.g.label(t.tail)} written in lower case")

    def faithful_number(self) -> Case | None:
        i, ctx = self.ctx()
        item = ctx["item"]
        y = self.g.year(item)
        facts = [t for t in self.g.facts_of(item) if t.head == item]
        if not y or not facts:
            return None
        f = self.rng.choice(facts)
        lab, clause = self.g.label(item), f"{self.g.phrase(f.relation)} {self.g.label(f.tail)}"
        # (not "the 1983 band X": an artist is not known to be a band)
        noun = "film" if self.g.name == "example" else "artist"
        text = self.rng.choice([f"{lab} ({y}) {clause}.", f"The {y} {noun} {lab} {clause}."])
        return self.case("faithful_number", text, [*self.evidence(ctx), f], ctx["user"], True,
                         f"{y} is {lab}'s year")

    def faithful_user_claim(self) -> Case | None:
        i, ctx = self.ctx()
        user = ctx["user"]
        rated = [t for t in self.kg.triples_of(user) if t.relation == self.g.user_rel]  # (not a tag)
        if not rated:
            return None
        hop = self.rng.choice(rated)
        rating = self.g.rating(user, hop.tail)
        lab = self.g.label(hop.tail)
        options = []
        if rating is not None and float(rating).is_integer() and 1 <= rating <= 5:
            n = int(rating)
            options += [f"You gave {lab} {_NUM_WORDS[n]} star{'s' if n > 1 else ''}.",
                        f"You rated {lab} {n} out of 5."]
        if rating is not None and rating >= LOVED_MIN:
            options += [f"You loved {lab}.", f"You enjoyed {lab}."]
        options.append(f"You listened to {lab}." if self.g.user_rel == "listened" else f"You watched {lab}.")
        return self.case("faithful_user_claim", self.rng.choice(options), [hop], user, True,
                         f"the user rated {lab} {rating}")


_UNFAITHFUL: dict[str, Callable[[_Generator], Case | None]] = {
    "wrong_relation_word": _Generator.wrong_relation_word,
    "unknown_relation_words": _Generator.unknown_relation_words,
    "role_reversal": _Generator.role_reversal,
    "negation": _Generator.negation,
    "false_user_claim": _Generator.false_user_claim,
    "invented_entity": _Generator.invented_entity,
    "unlinked_entity": _Generator.unlinked_entity,
    "lowercase_attribute": _Generator.lowercase_attribute,
    "wrong_number": _Generator.wrong_number,
    "evaluative": _Generator.evaluative,
    "coreference": lambda g: g.coreference(faithful=False),
    "wrong_modifier": _Generator.wrong_modifier,
}
_FAITHFUL: dict[str, Callable[[_Generator], Any]] = {
    "template": _Generator.template,
    "coordination": _Generator.coordination,
    "faithful_coreference": lambda g: g.coreference(faithful=True),
    "faithful_lowercase": _Generator.faithful_lowercase,
    "faithful_number": _Generator.faithful_number,
    "faithful_user_claim": _Generator.faithful_user_claim,
}


def generate_cases(kg: Any, graph_name: str, *, per_category: int = 110,
                   faithful_per_category: int = 60, seed: int = 0) -> list[Case]:
    """Seeded cases of every category over ``kg`` (ids ``<graph>-gen-<category>-<n>``).

    Each unfaithful case is re-checked with :func:`statement_is_false` and dropped if its false
    statement turns out true; duplicates of a text are dropped.
    """
    gen = _Generator(kg, graph_name, seed)
    prefix = {"example": "ex", "music": "mu"}.get(graph_name, graph_name)
    out: list[Case] = []
    seen: set[str] = set()
    plans = [(c, f, per_category) for c, f in _UNFAITHFUL.items()]
    plans += [(c, f, faithful_per_category * (3 if c == "template" else 1)) for c, f in _FAITHFUL.items()]
    for category, make, target in plans:
        made = 0
        attempts = 0
        while made < target and attempts < target * 40:
            attempts += 1
            got = make(gen)
            for case in (got if isinstance(got, list) else [got]):
                if case is None or made >= target:
                    continue
                text = re.sub(r"\s+", " ", case.text).strip()
                if text in seen:
                    continue
                if not case.faithful and (case.false_triple is None
                                          or not statement_is_false(kg, case.false_triple)):
                    continue
                seen.add(text)
                made += 1
                out.append(Case(id=f"{prefix}-gen-{category}-{made:04d}", graph=case.graph,
                                text=text, evidence=case.evidence, user=case.user,
                                faithful=case.faithful, category=category, why=case.why,
                                source="generated", false_triple=case.false_triple))
    return out
