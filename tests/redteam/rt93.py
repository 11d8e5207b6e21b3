# ruff: noqa: E741, E402, E702
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
"""Red team 93: false texts aimed at "is held by" read as hangs in / on display / collection of,
and at "<verb> its <noun> at" read as the bare "<verb> at". Prints `accepted N of M` last."""
import importlib.util
import os
import sys
CODE = os.environ.get("CODE") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, CODE)
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

def _load(rel):
    spec = importlib.util.spec_from_file_location("rt93_" + rel.replace("/", "_")[:-3], os.path.join(CODE, rel))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

E, R = kgx.Entity, kgx.Relation

def g_blind35():
    return _load("tests/data/sets/blind35/graph.py").build()

def g_commit():  # the test graph of the last commit's test
    rel = [R("held_by", phrase="is held by", inverse_phrase="holds", domain=("painting",), range=("museum",))]
    ents = [E("p:kiss", kind="item", type="painting", label="The Kiss", attrs={"year": 1908}),
            E("p:guernica", kind="item", type="painting", label="Guernica", attrs={"year": 1937}),
            E("m:bel", type="museum", label="Belvedere"), E("m:rs", type="museum", label="Reina Sofia")]
    return kgx.KnowledgeGraph.from_triples([("p:kiss", "held_by", "m:bel"), ("p:guernica", "held_by", "m:rs")],
                                           entities=ents, relations=rel)

def g_mixed():  # held by + located in + loan + next to + a sculpture + a museum held by a foundation
    rel = [R("held_by", phrase="is held by", inverse_phrase="holds", domain=("painting", "sculpture", "museum"),
             range=("museum", "foundation")),
           R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
           R("loan", phrase="is on loan to", inverse_phrase="has on loan", domain=("painting",), range=("museum",)),
           R("next_to", phrase="hangs next to", inverse_phrase="hangs next to", domain=("painting",), range=("painting",)),
           R("painted_in", phrase="was painted in", inverse_phrase="is where was painted", domain=("painting",), range=("city",))]
    ents = [E("p:kiss", kind="item", type="painting", label="The Kiss", attrs={"year": 1908}),
            E("p:danae", kind="item", type="painting", label="Danae", attrs={"year": 1907}),
            E("p:mona", kind="item", type="painting", label="Mona Lisa", attrs={"year": 1503}),
            E("s:thinker", kind="item", type="sculpture", label="The Thinker", attrs={"year": 1904}),
            E("m:bel", type="museum", label="Belvedere"), E("m:louvre", type="museum", label="Louvre"),
            E("m:tate", type="museum", label="Tate Modern"), E("m:rodin", type="museum", label="Musée Rodin"),
            E("f:getty", type="foundation", label="Getty Foundation"),
            E("c:vienna", type="city", label="Vienna"), E("c:paris", type="city", label="Paris"),
            E("c:london", type="city", label="London"), E("c:florence", type="city", label="Florence")]
    t = [("p:kiss", "held_by", "m:bel"), ("p:danae", "held_by", "m:bel"), ("p:mona", "held_by", "m:louvre"),
         ("s:thinker", "held_by", "m:rodin"), ("m:tate", "held_by", "f:getty"),
         ("m:bel", "located_in", "c:vienna"), ("m:louvre", "located_in", "c:paris"), ("m:rodin", "located_in", "c:paris"),
         ("m:tate", "located_in", "c:london"), ("p:mona", "loan", "m:tate"), ("p:kiss", "next_to", "p:danae"),
         ("p:mona", "painted_in", "c:florence"), ("p:kiss", "painted_in", "c:vienna")]
    return kgx.KnowledgeGraph.from_triples(t, entities=ents, relations=rel)

def g_prison():  # a person held by a prison; a trophy held by a club
    rel = [R("held_by", phrase="is held by", inverse_phrase="holds", domain=("prisoner", "trophy"),
             range=("prison", "club")),
           R("plays_at", phrase="plays its home games at", inverse_phrase="is the home ground of",
             domain=("club",), range=("stadium",)),
           R("loses", phrase="loses its best players to", inverse_phrase="signs the best players of",
             domain=("club",), range=("club",)),
           R("meets", phrase="holds its meetings at", inverse_phrase="hosts the meetings of",
             domain=("club",), range=("hotel",))]
    ents = [E("x:mandela", kind="item", type="prisoner", label="Nelson Mandela", attrs={"year": 1964}),
            E("x:cup", kind="item", type="trophy", label="FA Cup", attrs={"year": 1871}),
            E("pr:robben", type="prison", label="Robben Island"), E("pr:pollsmoor", type="prison", label="Pollsmoor"),
            E("c:arsenal", type="club", label="Arsenal"), E("c:fulham", type="club", label="Fulham"),
            E("c:chelsea", type="club", label="Chelsea"),
            E("st:emirates", type="stadium", label="Emirates Stadium"), E("st:wembley", type="stadium", label="Wembley"),
            E("h:savoy", type="hotel", label="Savoy")]
    t = [("x:mandela", "held_by", "pr:robben"), ("x:cup", "held_by", "c:arsenal"),
         ("c:arsenal", "plays_at", "st:emirates"), ("c:fulham", "loses", "c:chelsea"),
         ("c:chelsea", "meets", "h:savoy"), ("c:fulham", "plays_at", "st:wembley")]
    return kgx.KnowledgeGraph.from_triples(t, entities=ents, relations=rel)


def g_more():  # other "is held by" senses; other "<verb> its <noun> at" relations
    rel = [R("held_by", phrase="is held by", inverse_phrase="holds", domain=("record", "office", "event", "hostage"),
             range=("athlete", "person", "city", "group")),
           R("keeps", phrase="keeps its money at", inverse_phrase="holds the money of", domain=("company",), range=("bank",)),
           R("aims", phrase="points its telescope at", inverse_phrase="is observed by", domain=("observatory",), range=("star",))]
    ents = [E("r:100m", kind="item", type="record", label="the 100m world record", attrs={"year": 2009}),
            E("o:pres", kind="item", type="office", label="the presidency", attrs={"year": 1789}),
            E("ev:games", kind="item", type="event", label="the 2024 Olympics", attrs={"year": 2024}),
            E("h:terry", kind="item", type="hostage", label="Terry Waite", attrs={"year": 1987}),
            E("a:bolt", type="athlete", label="Usain Bolt"), E("pp:biden", type="person", label="Joe Biden"),
            E("ci:paris", type="city", label="Paris"), E("g:hez", type="group", label="Hezbollah"),
            E("co:acme", type="company", label="Acme"), E("b:hsbc", type="bank", label="HSBC"),
            E("ob:palomar", type="observatory", label="Palomar"), E("st:vega", type="star", label="Vega")]
    t = [("r:100m", "held_by", "a:bolt"), ("o:pres", "held_by", "pp:biden"), ("ev:games", "held_by", "ci:paris"),
         ("h:terry", "held_by", "g:hez"), ("co:acme", "keeps", "b:hsbc"), ("ob:palomar", "aims", "st:vega")]
    return kgx.KnowledgeGraph.from_triples(t, entities=ents, relations=rel)

# (graph, text, user, why false)
CASES = {
 "blind35": [
  ("The Kiss hangs in the Museo Reina Sofía.", None, "Kiss is held by Belvedere"),
  ("The Kiss and Guernica both hang in the Belvedere.", None, "Guernica is in Reina Sofia"),
  ("Guernica hangs in the Belvedere, as does The Kiss.", None, "Guernica is in Reina Sofia"),
  ("Neither The Kiss nor Guernica hangs in the Belvedere.", None, "Kiss does"),
  ("The Kiss no longer hangs in the Belvedere.", None, "graph: it is held now"),
  ("The Kiss used to hang in the Belvedere.", None, "implies it no longer does"),
  ("The Kiss once hung in the Museo Reina Sofía.", None, "held by Belvedere"),
  ("The Kiss can't be seen at the Belvedere.", None, "it is held there"),
  ("The Kiss cannot be seen at the Belvedere.", None, "it is held there"),
  ("The Kiss can no longer be seen at the Belvedere.", None, "it is held there"),
  ("The Kiss is never on display at the Belvedere.", None, "negation"),
  ("The Kiss can be seen at the Belvedere and the Museo Reina Sofía.", None, "not Reina Sofia"),
  ("The Kiss is on display at both the Belvedere and the Louvre.", None, "not Louvre"),
  ("The Starry Night is the only painting that hangs in the Museum of Modern Art.", None, "MoMA holds 4"),
  ("Only The Starry Night hangs in the Museum of Modern Art.", None, "MoMA holds 4"),
  ("The Starry Night hangs in the Museum of Modern Art alongside Guernica.", None, "Guernica is in Reina Sofia"),
  ("The Kiss hangs in the same museum as Guernica.", None, "different museums"),
  ("The Belvedere hangs in The Kiss.", None, "reversed"),
  ("The Belvedere is in the collection of The Kiss.", None, "reversed"),
  ("The Louvre is on display at the Mona Lisa.", None, "reversed"),
  ("Picasso hangs in the Belvedere.", None, "no Picasso work there"),
  ("Vincent van Gogh hangs in the Louvre.", None, "no van Gogh work there"),
  ("You loved The Kiss, which hangs in the Belvedere.", "user:elin", "Elin rated it 1"),
  ("You loved The Kiss, which hangs in the Museo Reina Sofía.", "user:amara", "held by Belvedere"),
  ("You gave Guernica 5 stars; it hangs in the Belvedere.", "user:dev", "Reina Sofia"),
  ("Since you liked Guernica, try The Kiss, which also hangs in the Museo Reina Sofía.", "user:dev", "Kiss is in Belvedere"),
  ("The Kiss, which hangs in the Belvedere, was painted by Picasso.", None, "Klimt"),
  ("The Kiss hangs in the Belvedere, and so does Guernica.", None, "Guernica in Reina Sofia"),
  ("The Kiss hangs in the Belvedere, like Guernica.", None, "Guernica in Reina Sofia"),
  ("Mona Lisa is on display in the Louvre and in the Uffizi Gallery.", None, "not Uffizi"),
  ("Mona Lisa is in the collection of the Louvre, not the Uffizi Gallery, and neither is The Kiss.", None, "? Kiss not in Louvre: actually true-ish"),
  ("The Mona Lisa hung in the Uffizi Gallery.", None, "Louvre"),
  ("The Night Watch, which hangs in the Rijksmuseum, is by Vermeer.", None, "Rembrandt"),
  ("Guernica, in the collection of the Belvedere, was painted by Picasso.", None, "Reina Sofia"),
  ("The Scream can be seen in Oslo's Belvedere.", None, "National Museum of Norway"),
  ("The Scream is on display at the Belvedere in 1893.", None, "wrong museum"),
  ("The Kiss has hung in the Belvedere since 1937.", None, "1937 is Guernica's year; unsupported"),
  ("The Kiss was hung in the Belvedere by Picasso.", None, "no such fact"),
  ("Sunflowers hangs in the National Gallery, and so does The Starry Night.", None, "MoMA"),
  ("The Starry Night hangs in the National Gallery of Art.", None, "MoMA"),
  ("The Great Wave off Kanagawa hangs at the Met in the Louvre.", None, "Met not in Louvre"),
  ("The Kiss is not in the collection of the Belvedere.", None, "it is"),
  ("The Kiss isn't on display in the Belvedere.", None, "it is"),
  ("The Kiss doesn't hang at the Belvedere.", None, "it does"),
  ("The Kiss hangs nowhere but the Museo Reina Sofía.", None, "Belvedere"),
 ],
 "commit": [
  ("The Kiss hangs in the Belvedere and Guernica hangs in the Belvedere.", None, "Guernica RS"),
  ("The Kiss and Guernica hang in the Belvedere.", None, "Guernica RS"),
  ("The Kiss hung in the Reina Sofia.", None, "Belvedere"),
  ("The Kiss can be seen in the Reina Sofia.", None, "Belvedere"),
  ("The Kiss is on display in the Reina Sofia.", None, "Belvedere"),
  ("The Kiss cannot be seen at the Belvedere.", None, "it can"),
  ("The Kiss can not be seen in the Belvedere.", None, "it can"),
  ("Guernica is no longer in the collection of the Reina Sofia.", None, "it is"),
  ("The Reina Sofia can be seen at Guernica.", None, "reversed"),
  ("The Reina Sofia is in the collection of Guernica.", None, "reversed"),
  ("The Belvedere hangs at the Reina Sofia.", None, "nonsense"),
  ("The Kiss hangs in the Belvedere next to Guernica.", None, "Guernica RS"),
  ("Guernica hangs in the Belvedere's collection.", None, "RS"),
  ("Guernica is in the Belvedere's collection.", None, "RS"),
  ("The Belvedere's collection includes Guernica.", None, "RS"),
  ("The Kiss, in the collection of the Reina Sofia, dates from 1908.", None, "Belvedere"),
  ("The Kiss (1937) hangs in the Belvedere.", None, "1908"),
  ("The Kiss hangs in the Belvedere, but not in the Belvedere.", None, "contradiction"),
 ],
 "mixed": [
  ("The Kiss hangs in Paris.", None, "Belvedere is in Vienna"),
  ("The Kiss can be seen in Paris.", None, "Vienna"),
  ("The Kiss is on display in London.", None, "Vienna"),
  ("The Kiss hangs in Florence.", None, "Vienna"),
  ("Mona Lisa hangs in Florence.", None, "painted in Florence, held in Paris"),
  ("Mona Lisa can be seen in Florence.", None, "held in Paris"),
  ("Mona Lisa is on display in Florence.", None, "held in Paris"),
  ("The Kiss hangs in Vienna.", None, "ARGUABLE: Belvedere is in Vienna (true)"),
  ("Mona Lisa is in the collection of the Tate Modern.", None, "only on loan to Tate"),
  ("The Tate Modern holds Mona Lisa.", None, "only on loan"),
  ("The Louvre is on loan to the Tate Modern.", None, "no"),
  ("The Kiss hangs next to the Belvedere.", None, "it hangs next to Danae"),
  ("The Kiss hangs in Danae.", None, "next to Danae"),
  ("Danae hangs in the Louvre.", None, "Belvedere"),
  ("The Kiss hangs next to Mona Lisa.", None, "Danae"),
  ("The Thinker hangs in the Musée Rodin.", None, "ARGUABLE: a sculpture does not hang"),
  ("The Thinker hangs in the Louvre.", None, "Rodin"),
  ("The Tate Modern hangs in the Getty Foundation.", None, "a museum does not hang; held by foundation"),
  ("The Tate Modern is on display at the Getty Foundation.", None, "owned, not displayed"),
  ("The Tate Modern can be seen at the Getty Foundation.", None, "owned, not seen at"),
  ("The Tate Modern is in the collection of the Getty Foundation.", None, "ARGUABLE"),
  ("Vienna hangs in the Belvedere.", None, "reversed"),
  ("The Belvedere hangs in Vienna.", None, "a museum is located, not hangs"),
  ("The Belvedere can be seen in Vienna.", None, "ARGUABLE true (located in)"),
  ("The Louvre is on display in Paris.", None, "museum located, not on display"),
  ("The Kiss was painted in the Belvedere.", None, "painted in Vienna"),
  ("Mona Lisa was painted in Paris.", None, "Florence"),
  ("Mona Lisa hangs in the Louvre in Florence.", None, "Louvre in Paris"),
  ("The Kiss hangs in the Belvedere in Paris.", None, "Vienna"),
  ("The Kiss hangs in the Belvedere, which is located in Paris.", None, "Vienna"),
  ("The Kiss and The Thinker both hang in the Belvedere.", None, "Thinker in Rodin"),
  ("Mona Lisa, on loan to the Tate Modern, is in the collection of the Belvedere.", None, "Louvre"),
 ],
 "prison": [
  ("Nelson Mandela hangs in Robben Island.", None, "held prisoner, not hanging"),
  ("Nelson Mandela hung at Robben Island.", None, "he was not hanged"),
  ("Nelson Mandela is on display at Robben Island.", None, "prisoner, not exhibit"),
  ("Nelson Mandela is in the collection of Robben Island.", None, "prisoner, not collection"),
  ("Nelson Mandela can be seen at Robben Island.", None, "ARGUABLE"),
  ("Nelson Mandela hangs in Pollsmoor.", None, "Robben"),
  ("The FA Cup hangs in Arsenal.", None, "a club holds the trophy as holder"),
  ("The FA Cup is in the collection of Arsenal.", None, "holder, not collection"),
  ("The FA Cup is on display at Arsenal.", None, "ARGUABLE"),
  ("The FA Cup can be seen at Chelsea.", None, "Arsenal"),
  ("The FA Cup hangs at the Emirates Stadium.", None, "held by Arsenal, no place"),
  ("Arsenal play at Wembley.", None, "Emirates"),
  ("Arsenal plays at Chelsea.", None, "no such fact"),
  ("Fulham lose to Chelsea.", None, "red team 92"),
  ("Fulham loses to Chelsea.", None, "red team 92"),
  ("Chelsea holds at the Savoy.", None, "'holds its meetings at' -> 'holds at' nonsense"),
  ("Chelsea hold at the Savoy.", None, "nonsense bare reading"),
  ("Chelsea holds the Savoy.", None, "'holds' is the inverse of held by: Savoy is no trophy"),
  ("Arsenal holds the FA Cup at the Savoy.", None, "meetings at Savoy are Chelsea's"),
  ("Arsenal never played at the Emirates Stadium.", None, "they do"),
  ("Arsenal played at the Emirates Stadium and Wembley.", None, "Wembley is Fulham's"),
  ("Fulham play at the Emirates Stadium.", None, "Wembley"),
  ("Arsenal play their home games at Wembley.", None, "Emirates"),
  ("Arsenal plays its home games at Chelsea.", None, "no"),
  ("Chelsea hangs at the Savoy.", None, "no"),
  ("Chelsea can be seen at the Savoy.", None, "meetings: arguable? no held_by fact"),
  ("Arsenal hold the FA Cup, which hangs in the Emirates Stadium.", None, "held by Arsenal not at stadium"),
  ("Robben Island holds Nelson Mandela, who hangs in Pollsmoor.", None, "no"),
 ],
 "more": [
  ("The 100m world record hangs in Usain Bolt.", None, "a record is held by a holder, it doesn't hang in him"),
  ("The 100m world record is in the collection of Usain Bolt.", None, "holder, not collection"),
  ("The presidency is on display at Joe Biden.", None, "office holder"),
  ("The presidency hung in Joe Biden.", None, "nonsense"),
  ("The 2024 Olympics hang in Paris.", None, "an event is hosted, it doesn't hang"),
  ("The 2024 Olympics are on display in Paris.", None, "hosted, not displayed"),
  ("The 2024 Olympics are in the collection of Paris.", None, "hosted"),
  ("Terry Waite hangs in Hezbollah.", None, "hostage"),
  ("Terry Waite was hung at Hezbollah.", None, "hostage; not hanged"),
  ("Terry Waite is on display at Hezbollah.", None, "hostage"),
  ("Acme keeps at HSBC.", None, "bare 'keeps at' from 'keeps its money at': no such claim"),
  ("Palomar points at Vega.", None, "ARGUABLE: telescope pointed at Vega"),
  ("Acme keeps at Vega.", None, "no"),
 ],
}
GRAPHS = {"blind35": g_blind35, "commit": g_commit, "mixed": g_mixed, "prison": g_prison, "more": g_more}

if __name__ == "__main__":
    acc = tot = 0
    for g, cases in CASES.items():
        checker = ConsistencyChecker(GRAPHS[g](), outside_evidence=True).build()
        for text, user, why in cases:
            ok = checker.check(text, (), user).supported
            arg = why.startswith("ARGUABLE") or why.startswith("?")
            if not arg:
                tot += 1; acc += ok
            if ok:
                print(("ARGUABLE " if arg else "ACCEPTED ") + f"[{g}] {text!r} user={user} -- {why}")
    print(f"accepted {acc} of {tot}")
