"""Cue proposals (kgexplain.consistency.propose and ``kgexplain cues``): words between two linked
names that the checker could not read become a proposal for the one relation linking them; once
declared, the text is read, and the same words between names the relation does not link are not."""

from __future__ import annotations

import shutil

import pytest
import yaml

import kgexplain as kgx
from kgexplain.cli import main
from kgexplain.consistency import ConsistencyChecker
from kgexplain.consistency.propose import cues_yaml, propose_cues, read_texts, with_cues
from kgexplain.errors import ConfigError, InvalidRecordError, KGExplainError


def _music(tmp_path, data_dir, extra_yaml: str = ""):
    for name in ("tiny_music.csv", "tiny_music.entities.csv", "tiny_music.relations.yaml"):
        shutil.copy(data_dir / name, tmp_path / name)
    if extra_yaml:
        rel = tmp_path / "tiny_music.relations.yaml"
        declared = yaml.safe_load(rel.read_text())
        for name, block in yaml.safe_load(extra_yaml)["relations"].items():
            declared["relations"].setdefault(name, {}).update(block)
        rel.write_text(yaml.safe_dump(declared))
    return kgx.KnowledgeGraph.load(tmp_path / "tiny_music.csv")


def _reads(kg, text):
    return ConsistencyChecker(kg, outside_evidence=True).check(text, ()).supported


def test_words_between_linked_names_are_proposed_in_their_direction(tmp_path, data_dir):
    kg = _music(tmp_path, data_dir)
    assert not _reads(kg, "Daft Punk started out in France.")
    proposals = propose_cues(ConsistencyChecker(kg), ["Daft Punk started out in France.",
                                                      "Air started out in France."])
    assert [(p.relation, p.inverse, p.words, p.count) for p in proposals] == [
        ("from_country", False, "started out in", 2)]
    assert proposals[0].examples == ("Daft Punk started out in France.", "Air started out in France.")


def test_a_declared_proposal_reads_the_relation_and_only_it(tmp_path, data_dir):
    proposals = propose_cues(ConsistencyChecker(_music(tmp_path, data_dir)), ["Daft Punk started out in France."])
    kg = _music(tmp_path, data_dir, cues_yaml(proposals))  # merged into the relations file, reloaded
    assert kg.relation("from_country").cues == ("started out in",)
    assert _reads(kg, "Daft Punk started out in France.")
    assert _reads(kg, "Air started out in France.")
    assert not _reads(kg, "Justice started out in France.")   # Justice is not from France in the graph
    assert not _reads(kg, "France started out in Air.")       # the other way round
    assert not _reads(kg, "Daft Punk did not start out in France.")


def test_proposals_on_the_example_graph_and_with_cues():
    kg = kgx.KnowledgeGraph.example()
    proposals = propose_cues(ConsistencyChecker(kg), ["Ridley Scott masterminded Alien."])
    assert [(p.relation, p.inverse, p.words) for p in proposals] == [("directed_by", True, "masterminded")]
    cued = with_cues(kgx.KnowledgeGraph.from_triples(
        [("movie:1214", "directed_by", "person:Ridley_Scott"), ("movie:1200", "directed_by", "person:James_Cameron"),
         ("movie:1200", "written_by", "person:James_Cameron")],
        entities=[kg.entity(e) for e in ("movie:1214", "movie:1200", "person:Ridley_Scott", "person:James_Cameron")],
        relations=[kg.relation("directed_by"), kg.relation("written_by")]), proposals)
    assert cued.relation("directed_by").inverse_cues[-1] == "masterminded"
    assert _reads(cued, "Ridley Scott masterminded Alien.")
    assert not _reads(cued, "Ridley Scott masterminded Aliens.")
    # linked by two relations: the words could say either, so nothing is proposed
    assert propose_cues(ConsistencyChecker(cued), ["James Cameron dreamt up Aliens."]) == []


def test_no_proposal_from_accepted_texts_unlinked_names_or_a_predicate_that_goes_on(tmp_path, data_dir):
    checker = ConsistencyChecker(_music(tmp_path, data_dir))
    assert propose_cues(checker, [
        "Daft Punk comes from France.",              # read already
        "Justice started out in France.",            # not linked in the graph
        "Daft Punk started out in France with a drum machine.",  # more unread words after the name
        "Daft Punk, a duo, France.",                 # no words between the names but marks
    ]) == []
    assert propose_cues(checker, ["Daft Punk started out in France."], min_count=2) == []
    with pytest.raises(ConfigError):
        propose_cues(object(), ["x"])


def test_cues_yaml_is_a_relations_block():
    proposals = propose_cues(ConsistencyChecker(kgx.KnowledgeGraph.example()), ['Ridley Scott masterminded Alien.'])
    block = yaml.safe_load(cues_yaml(proposals))
    assert block == {"relations": {"directed_by": {"inverse_cues": ["masterminded"]}}}


def test_read_texts(tmp_path):
    jl = tmp_path / "t.jsonl"
    jl.write_text('{"text": "A b C.", "evidence": [["x", "r", "y"]], "user": "user:1"}\n\n'
                  '{"text": "False one.", "faithful": false}\n{"text": "D e F."}\n')
    assert read_texts(jl) == [("A b C.", (("x", "r", "y"),), "user:1"), ("D e F.", (), None)]
    txt = tmp_path / "t.txt"
    txt.write_text("One text.\n\n  Two texts.  \n")
    assert read_texts(txt) == [("One text.", (), None), ("Two texts.", (), None)]
    for bad in ('{"text": 3}\n', "not json\n", '{"text": "x", "evidence": "y"}\n'):
        jl.write_text(bad)
        with pytest.raises(InvalidRecordError, match="t.jsonl:1"):
            read_texts(jl)
    with pytest.raises(KGExplainError, match="not found"):
        read_texts(tmp_path / "none.jsonl")


def test_cues_command(tmp_path, data_dir, capsys):
    _music(tmp_path, data_dir)
    texts = tmp_path / "texts.txt"
    texts.write_text("Daft Punk started out in France.\nAir started out in France.\n")
    assert main(["cues", str(texts), "--graph", str(tmp_path / "tiny_music.csv")]) == 0
    out = capsys.readouterr().out
    assert "from_country:" in out and '- "started out in"  # 2x' in out
    assert main(["cues", str(texts), "--graph", str(tmp_path / "tiny_music.csv"), "--min-count", "3"]) == 0
    assert "no proposal" in capsys.readouterr().out
    assert main(["cues", str(tmp_path / "none.txt")]) == 1
    assert capsys.readouterr().err.startswith("error: texts file not found")


def test_a_word_said_of_the_kind_is_no_cue(data_dir):
    """ "Ur is a sumerian city near Nasiriyah": "is a sumerian" qualifies the kind; declared
    unread it made "Harappa is a sumerian city near Sahiwal" pass (bench_cue_proposals, this
    release; the kept archaeological sites' graph)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("sites", data_dir / "sets" / "blind129" / "graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kg = module.build()
    ur = (("site:ur", "built_by", "culture:sumerians"), ("site:ur", "site_type", "kind:city"),
          ("site:ur", "near", "city:nasiriyah"))
    proposals = propose_cues(ConsistencyChecker(kg, rating_threshold=4.0),
                             [("Ur is a sumerian city near Nasiriyah.", ur, None)])
    assert not [p for p in proposals if p.words.startswith("is a ")], proposals
    harappa = (("site:harappa", "site_type", "kind:city"), ("site:harappa", "near", "city:sahiwal"),
               ("site:harappa", "built_by", "culture:indus_valley_civilisation"))
    cued = ConsistencyChecker(with_cues(module.build(), proposals), rating_threshold=4.0)
    assert not cued.check("Harappa is a sumerian city near Sahiwal.", harappa).supported
