"""The WebNLG cue lexicon and entity aliases (kgexplain.evaluation.webnlg), without the corpus:
entries are written by hand with the dataclass read_webnlg returns, each true reference beside a
false twin."""

from __future__ import annotations

import pytest

from kgexplain import ConsistencyChecker
from kgexplain.datasets.webnlg import WebNLGEntry
from kgexplain.errors import InvalidRecordError
from kgexplain.evaluation.webnlg import load_webnlg_lexicon, webnlg_aliases, webnlg_graph
from kgexplain.records import Relation

ENTRIES = [
    WebNLGEntry("dev/t/1", "Person", (("Alan Shepard", "birth place", "New Hampshire"),
                                      ("Alan Shepard", "alma mater", "NWC, M.A. 1957"),
                                      ("Alan Shepard", "nationality", "United States")), ()),
    WebNLGEntry("dev/t/2", "Airport", (("Agra Airport", "location", "Uttar Pradesh"),
                                       ("Agra Airport", "operating organisation",
                                        "Airports Authority of India")), ()),
    WebNLGEntry("dev/t/3", "City", (("Anaheim, California", "leader", "Tom Tait"),
                                    ("Alan Martin (footballer)", "club", "Clyde F.C.")), ()),
    WebNLGEntry("dev/t/4", "CelestialBody", (("(15788) 1993 SB", "discoverer", "Iwan P. Williams"),), ()),
    WebNLGEntry("dev/t/5", "Written", (("A Severed Wasp", "language", "English language"),), ()),
]


@pytest.fixture(scope="module")
def graph():
    kg, evidence = webnlg_graph(ENTRIES)
    return kg, evidence, ConsistencyChecker(kg)


def test_the_shipped_lexicon_declares_valid_relations():
    lexicon = load_webnlg_lexicon()
    assert len(lexicon) >= 100
    for predicate in ("birth place", "location", "leader", "alma mater", "country", "club",
                      "creator", "discoverer", "genre"):
        assert lexicon[predicate]["cues"] or lexicon[predicate]["inverse_cues"], predicate
    for predicate, block in lexicon.items():
        # every entry builds a registry relation (the record validates its fields)
        rel = Relation(predicate.replace(" ", "_").replace("/", "_"), phrase=predicate,
                       inverse_phrase=f"is the {predicate} of", cues=block["cues"],
                       inverse_cues=block["inverse_cues"])
        assert not set(rel.cues) & set(rel.inverse_cues), predicate  # one direction per form


def test_a_malformed_lexicon_is_an_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("relations:\n  birth place:\n    cue: [was born in]\n", encoding="utf-8")
    with pytest.raises(InvalidRecordError, match="cues"):
        load_webnlg_lexicon(bad)
    bad.write_text("relations:\n  birth place:\n    cues: was born in\n", encoding="utf-8")
    with pytest.raises(ValueError, match="list of phrases"):
        load_webnlg_lexicon(bad)


def test_aliases_come_from_the_label_alone():
    assert "Alan Martin" in webnlg_aliases("Alan Martin (footballer)")
    assert {"Anaheim", "Anaheim California"} <= set(webnlg_aliases("Anaheim, California"))
    assert "English" in webnlg_aliases("English language")
    assert {"US", "U.S.", "American"} <= set(webnlg_aliases("United States"))
    assert "American" in webnlg_aliases("Americans")
    assert "June 27th, 2015" in webnlg_aliases("2015-06-27")
    assert webnlg_aliases("Tom Tait") == ()


def test_graph_declares_cues_and_aliases(graph):
    kg, evidence, _ = graph
    rel = kg.relation(evidence["dev/t/1"][0].relation)
    assert rel.phrase == "birth place" and "was born in" in rel.cues
    assert "Anaheim" in kg.entity(evidence["dev/t/3"][0].head).aliases
    plain, _ = webnlg_graph(ENTRIES, lexicon={}, aliases=False)
    assert plain.relation(rel.name).cues == () and plain.entity(evidence["dev/t/3"][0].head).aliases == ()


@pytest.mark.parametrize("key,true,false", [
    ("dev/t/1", "Alan Shepard was born in New Hampshire.", "New Hampshire was born in Alan Shepard."),
    ("dev/t/1", "Alan Shepard was born in New Hampshire.", "Alan Shepard was not born in New Hampshire."),
    ("dev/t/1", "Alan Shepard graduated from NWC, M.A. 1957.", "Alan Shepard was born in NWC, M.A. 1957."),
    ("dev/t/1", "Alan Shepard is an American.", "Alan Shepard was born in the United States."),
    ("dev/t/2", "Agra airport is located in Uttar Pradesh.", "Agra airport is operated by Uttar Pradesh."),
    ("dev/t/2", "Agra Airport is operated by the Airports Authority of India.",
     "Agra Airport is located in the Airports Authority of India."),
    ("dev/t/3", "Anaheim is led by Tom Tait.", "Tom Tait is led by Anaheim."),
    ("dev/t/3", "Tom Tait is the leader of Anaheim, California.", "Anaheim, California is the leader of Tom Tait."),
    ("dev/t/3", "Alan Martin plays for Clyde F.C.", "Alan Martin manages Clyde F.C."),
    ("dev/t/4", "(15788) 1993 SB was discovered by Iwan P. Williams.",
     "Iwan P. Williams was discovered by (15788) 1993 SB."),
    ("dev/t/4", "Iwan P. Williams discovered (15788) 1993 SB.", "(15788) 1993 SB discovered Iwan P. Williams."),
    ("dev/t/5", "A Severed Wasp is written in English.", "A Severed Wasp is not written in English."),
])
def test_hand_made_references_and_false_twins(graph, key, true, false):
    _, evidence, checker = graph
    ok = checker.check(true, evidence[key])
    assert ok.supported, [(c.status, c.text) for c in ok.rejected]
    assert not checker.check(false, evidence[key]).supported


def test_evaluate_webnlg_on_a_tiny_corpus(tmp_path):
    from kgexplain.evaluation.webnlg import evaluate_webnlg

    folder = tmp_path / "en" / "dev"
    folder.mkdir(parents=True)
    (folder / "tiny.xml").write_text("""<benchmark><entries>
  <entry category="Astronaut" eid="Id1"><modifiedtripleset>
    <mtriple>Alan_Shepard | birthPlace | New_Hampshire</mtriple></modifiedtripleset>
    <lex>Alan Shepard was born in New Hampshire.</lex>
    <lex>The birthplace of Alan Shepard is New Hampshire, where he grew up.</lex></entry>
  <entry category="Airport" eid="Id2"><modifiedtripleset>
    <mtriple>Agra_Airport | location | Uttar_Pradesh</mtriple>
    <mtriple>Agra_Airport | operatingOrganisation | Airports_Authority_of_India</mtriple></modifiedtripleset>
    <lex>Agra airport is located in Uttar Pradesh and is operated by the Airports Authority of India.</lex></entry>
</entries></benchmark>""", encoding="utf-8")
    out = evaluate_webnlg(lambda kg: ConsistencyChecker(kg), tmp_path, seed=0)
    assert out["split"] == "dev" and out["references"] == 3 and out["entries"] == 2
    assert out["accepted"] == 2  # "where he grew up" binds no relation
    assert "webnlg_relations.yaml" in out["lexicon"] and "never from dev" in out["lexicon"]
    assert out["checker_errors"] == []
    assert set(out["corrupted"]) == {"swap_object", "reverse_relation", "negation", "change_number"}
    assert out["corrupted"]["negation"]["n"] == 3 and out["corrupted"]["negation"]["rejected"] == 3
    plain = evaluate_webnlg(lambda kg: ConsistencyChecker(kg), tmp_path, lexicon={}, aliases=False)
    assert plain["accepted"] < out["accepted"] and plain["lexicon"] == "no cues; no aliases"
