# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
R, E = kgx.Relation, kgx.Entity


def fields():
    rels = [R("field", phrase="worked in", inverse_phrase="is the field of"),
            R("discovered", phrase="discovered", inverse_phrase="was discovered by"),
            R("studied", phrase="studied", inverse_phrase="was studied by"),
            R("taught", phrase="taught", inverse_phrase="was taught by"),
            R("rejected", phrase="rejected", inverse_phrase="was rejected by")]
    ents = [E("s:becq", kind="item", type="scientist", label="Henri Becquerel", attrs={"year": 1852}),
            E("s:fleming", kind="item", type="scientist", label="Alexander Fleming", attrs={"year": 1881}),
            E("s:curie", kind="item", type="scientist", label="Marie Curie", attrs={"year": 1867}),
            E("s:lyell", kind="item", type="scientist", label="Charles Lyell", attrs={"year": 1797}),
            E("f:physics", type="field", label="physics"), E("f:bact", type="field", label="bacteriology"),
            E("f:chem", type="field", label="chemistry"), E("f:astro", type="field", label="astrology"),
            E("f:geo", type="field", label="geology"),
            E("d:radio", type="discovery", label="radioactivity"), E("d:pen", type="discovery", label="penicillin")]
    triples = [("s:becq", "field", "f:physics"), ("s:becq", "discovered", "d:radio"),
               ("s:fleming", "field", "f:bact"), ("s:fleming", "discovered", "d:pen"),
               ("s:curie", "studied", "f:chem"), ("s:curie", "taught", "f:physics"),
               ("s:lyell", "rejected", "f:astro"), ("s:lyell", "field", "f:geo")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def rivers():
    rels = [R("crosses", phrase="crosses", inverse_phrase="is crossed by"),
            R("located_in", phrase="is located in", inverse_phrase="is the location of"),
            R("named_after", phrase="is named after", inverse_phrase="gave its name to")]
    ents = [E("b:tower", kind="item", type="bridge", label="Tower Bridge", attrs={"year": 1894}),
            E("b:charles", kind="item", type="bridge", label="Charles Bridge", attrs={"year": 1402}),
            E("p:pub", kind="item", type="pub", label="The Thames", attrs={"year": 1850}),
            E("w:thames", type="river", label="River Thames"), E("w:vltava", type="river", label="Vltava"),
            E("w:hudson", type="river", label="Hudson River"), E("c:london", type="city", label="London"),
            E("c:prague", type="city", label="Prague")]
    triples = [("b:tower", "crosses", "w:thames"), ("b:charles", "crosses", "w:vltava"),
               ("p:pub", "located_in", "c:prague"), ("b:tower", "located_in", "c:london"),
               ("b:charles", "located_in", "c:prague"), ("p:pub", "named_after", "w:hudson")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def others():
    rels = [R("discipline", phrase="covers", inverse_phrase="is covered by"),
            R("opposed", phrase="opposed", inverse_phrase="was opposed by"),
            R("field", phrase="worked in", inverse_phrase="is the field of"),
            R("advisor", phrase="was a doctoral student of", inverse_phrase="was the doctoral advisor of")]
    ents = [E("j:pr", kind="item", type="journal", label="Physical Review", attrs={"year": 1893}),
            E("s:goethe", kind="item", type="writer", label="Johann Goethe", attrs={"year": 1749}),
            E("s:somm", kind="item", type="scientist", label="Arnold Sommerfeld", attrs={"year": 1868}),
            E("s:pauli", kind="item", type="scientist", label="Wolfgang Pauli", attrs={"year": 1900}),
            E("f:physics", type="discipline", label="physics"), E("f:chem", type="field", label="chemistry"),
            E("f:poetry", type="field", label="poetry")]
    triples = [("j:pr", "discipline", "f:physics"), ("s:goethe", "opposed", "f:physics"), ("s:goethe", "field", "f:poetry"),
               ("s:somm", "field", "f:physics"), ("s:pauli", "advisor", "s:somm"), ("s:pauli", "field", "f:chem")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


CASES = {
    "others": (others, [
        "Johann Goethe was a physicist.",
        "Physical Review is a physicist.",
        "Physical Review was founded by a physicist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld, a chemist.",
        "Wolfgang Pauli, a physicist, was a doctoral student of Arnold Sommerfeld.",
        "The physicist Wolfgang Pauli was a doctoral student of Arnold Sommerfeld.",
        "Wolfgang Pauli was a doctoral student of the physicist Arnold Sommerfeld, also a physicist.",
        "Arnold Sommerfeld was the doctoral advisor of the chemist Wolfgang Pauli, a poet.",
        "The poet Johann Goethe was a physicist.",
        "Johann Goethe, the poet, was also a physicist.",
        # practitioner noun said of the wrong person: Pauli's field is chemistry, Sommerfeld's physics
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld and a physicist.",
        "Wolfgang Pauli, a doctoral student of Arnold Sommerfeld, was a physicist.",
        "Wolfgang Pauli, who was a doctoral student of Arnold Sommerfeld, was a physicist.",
        "Arnold Sommerfeld was the doctoral advisor of Wolfgang Pauli and a chemist.",
        "Arnold Sommerfeld was the doctoral advisor of Wolfgang Pauli and was a chemist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld and was a physicist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld, and a physicist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld but was a physicist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld and also a physicist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld and a physicist too.",
        "Wolfgang Pauli, a doctoral student of Arnold Sommerfeld, was himself a physicist.",
        "Wolfgang Pauli, a doctoral student of Arnold Sommerfeld, was a physicist and a poet.",
        "Wolfgang Pauli, a doctoral student of the chemist Arnold Sommerfeld, was a physicist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld, a physicist like him.",
        "Wolfgang Pauli was a physicist and a doctoral student of Arnold Sommerfeld.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld and a chemist, like him.",
        "A doctoral student of Arnold Sommerfeld, Wolfgang Pauli was a physicist.",
        "Arnold Sommerfeld, a chemist, was the doctoral advisor of Wolfgang Pauli.",
        "Arnold Sommerfeld was the doctoral advisor of the physicist Wolfgang Pauli.",
        "Arnold Sommerfeld was the doctoral advisor of Wolfgang Pauli, a physicist.",
        "Arnold Sommerfeld was the doctoral advisor of Wolfgang Pauli, who was a chemist and a poet.",
        "Arnold Sommerfeld was the doctoral advisor of Wolfgang Pauli, who was a physicist.",
        "Wolfgang Pauli was a doctoral student of Arnold Sommerfeld, who was a chemist.",
        "Wolfgang Pauli was a physicist rather than a chemist.",
        "Wolfgang Pauli was a physicist, not a chemist.",
        "Wolfgang Pauli was no chemist.",
        "Wolfgang Pauli was not a chemist.",
        # field stored through "opposed"; an item that is no person (a journal covering physics)
        "Johann Goethe, a physicist, opposed physics.",
        "Johann Goethe opposed physics as a physicist.",
        "Johann Goethe was a poet and opposed physics as a physicist.",
        "Johann Goethe, a poet and a physicist, opposed physics.",
        "Johann Goethe was a poet and a physicist.",
        "Johann Goethe was a physicist who opposed physics.",
        "Johann Goethe was a poet. He was also a physicist.",
        "Johann Goethe opposed physics; he was a physicist.",
        "Physical Review was a physicist.",
        "Physical Review covers physics and is a physicist.",
        "Physical Review covers physics; it is a physicist.",
        "Physical Review, the physicist, was founded in 1893.",
    ]),
    "fields": (fields, [
        "Charles Lyell was an astrologer.",  # rejected astrology (-> astrologist?)
        "Charles Lyell was an astrologist.",
        "Alexander Fleming and Henri Becquerel were physicists.",
        "Alexander Fleming and Henri Becquerel were both physicists.",
        "Both Alexander Fleming and Henri Becquerel were physicists.",
        "Henri Becquerel and Alexander Fleming were physicists.",
        "Alexander Fleming, like Henri Becquerel, was a physicist.",
        "Henri Becquerel discovered radioactivity, and Alexander Fleming was a physicist too.",
        "Henri Becquerel, the physicist, discovered radioactivity; so did the physicist Alexander Fleming.",
        "Alexander Fleming worked with Henri Becquerel, a physicist.",
        "Henri Becquerel worked with the physicist Alexander Fleming.",
        "Alexander Fleming discovered penicillin. He was a physicist.",
        "Henri Becquerel was a physicist. Alexander Fleming was one too.",
        "Alexander Fleming, who was a physicist, discovered penicillin.",
        "Alexander Fleming, a physicist, discovered penicillin.",
        "Alexander Fleming was a physicist and bacteriologist.",
        "Alexander Fleming was a bacteriologist and physicist.",
        "Alexander Fleming was a bacteriologist and a physicist.",
        "Alexander Fleming was a physicist, not a bacteriologist.",
        "Alexander Fleming was no bacteriologist.",
        "Alexander Fleming was never a bacteriologist.",
        "Henri Becquerel was not a bacteriologist but a physicist, like Alexander Fleming.",
        "The physicists Henri Becquerel and Alexander Fleming discovered radioactivity and penicillin.",
        "Physicists Henri Becquerel and Alexander Fleming were scientists.",
        "Alexander Fleming was a scientist who was a physicist.",
        "Alexander Fleming was the physicist who discovered penicillin.",
        "The physicist who discovered penicillin was Alexander Fleming.",
        "Penicillin was discovered by a physicist, Alexander Fleming.",
        "Penicillin was discovered by the physicist Alexander Fleming.",
        "Radioactivity was discovered by a bacteriologist.",
        "A bacteriologist discovered radioactivity.",
        "The bacteriologist discovered radioactivity.",
        "Henri Becquerel, unlike the bacteriologist, discovered penicillin.",
        "Alexander Fleming was a geologist.",
        "Henri Becquerel was a French physicist who discovered penicillin.",
        "Henri Becquerel was an American physicist.",
        "Alexander Fleming was a physicist's assistant.",
        "Henri Becquerel was a physicist, and so was Alexander Fleming.",
        "Henri Becquerel was a physicist, as was Alexander Fleming.",
        "Alexander Fleming was a former physicist.",
        "Alexander Fleming was a physicist-turned-bacteriologist.",
        "Alexander Fleming became a physicist.",
        "Alexander Fleming trained as a physicist.",
        "Alexander Fleming was a physicist by training.",
        "Alexander Fleming, Henri Becquerel's fellow physicist, discovered penicillin.",
    ]),
    "rivers": (rivers, [
        "The Thames is located in London.",
        "The Thames crosses the Vltava.",
        "Charles Bridge crosses the Hudson.",
        "Tower Bridge crosses the Hudson.",
        "The Hudson is located in Prague.",
        "The Thames is crossed by Charles Bridge.",
        "Tower Bridge is located in Prague, near the Thames.",
        "Tower Bridge, located in Prague, crosses the Thames.",
        "The Thames pub is located in London.",
        "The Hudson gave its name to Tower Bridge.",
        "Tower Bridge is named after the Hudson.",
        "Tower Bridge crosses the Thames in Prague.",
        "Tower Bridge spans the Hudson.",
        "Charles Bridge spans the Thames.",
        "The Thames flows through Prague.",
        "The Thames is crossed by Tower Bridge and is located in Prague.",
        "Tower Bridge crosses the Thames, which is located in Prague.",
        "Tower Bridge crosses the Thames, the pub named after the Hudson.",
        "The Hudson is crossed by Tower Bridge.",
        "The River Thames is located in Prague.",
        "The River Thames is named after the Hudson.",
        "Tower Bridge and Charles Bridge cross the Thames.",
        "Charles Bridge, like Tower Bridge, crosses the Thames.",
        "Charles Bridge is located in Prague and crosses the Thames.",
    ]),
}


def blind42():
    sys.path.insert(0, os.path.join(os.environ.get("CODE", "/work/main"), "tests/data/sets/blind42"))
    from graph import build
    return build()


CASES |= {
    # blind42: Becquerel's only field is physics; Curie's include chemistry
    "blind42": (blind42, [
        "Henri Becquerel was the doctoral advisor of Marie Curie and a chemist.",
        "Henri Becquerel was the doctoral advisor of Marie Curie and was a chemist.",
        "Marie Curie, a doctoral student of Henri Becquerel, was a mathematician.",
        "Alexander Fleming was a physicist.",
        "Emmy Noether was a chemist.",
    ]),
}

acc = tot = 0
for name, (build, texts) in CASES.items():
    ch = ConsistencyChecker(build(), outside_evidence=True).build()
    for t in texts:
        tot += 1
        v = ch.check(t, (), None)
        if v.supported:
            acc += 1
            print(f"ACCEPTED [{name}] {t}")
print(f"accepted {acc} of {tot}")
