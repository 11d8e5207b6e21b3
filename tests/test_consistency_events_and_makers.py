"""Forms read since session 46, each true text with a false twin, checked by the real checker on
small graphs declared here:

* "dates to <year>", "dated to", "the X of <year>" and an opening "Dating from <year>, X ..."
  date the item X;
* "is made of" also reads "was crafted / fashioned from"; "is located in" also reads "is kept /
  displayed / housed in", "can be seen in" (not of people);
* "stands at" a site also reads "sits at", "is at", "is located at", "can be found at";
* "the latter" / "the former" of the only two names before, of two types ("Eriksen sculpted The
  Little Mermaid; the latter ...");
* "Compare A with B: the former ..., the latter ..." frames the names ("Take A and B:");
* "the first is A, the second B": a gapped clause after "the second" (when "the first" opened an
  earlier clause);
* "took place in" also reads "happened / occurred in", and "was fought in" for battles; a
  battle's year is when it took place, was fought, won or lost ("In 1805, Nelson won X");
* "was fought as part of" also reads "was part of", "formed part of", "belonged to", and a battle
  "was fought during" its war; "is a member of" also reads "is part of", "belongs to";
* a declared "was a" reads "were" ("A and B were both land battles");
* verbs said with a synonym no other relation of the graph uses (sculpt -> create; design ->
  create);
* a religion is said by its adjective before the item's kind ("a Buddhist temple"), whatever
  the relation's phrase; "dedicated to" also reads "devoted to"; a designer is the "architect
  (behind)" of the item; ", dating from 752," dates the item;
* "in Ícolo e Bengo, Angola", "in Dublin in Ireland": a place, then the place the graph puts it
  in, said of the first place (only where that edge is stored);
* one verb with two prepositions: "was born in Stockholm on 23 July 1982" reads "was born on"
  for the second object where the graph says so (a date is in no place);
* "originated in" also reads "comes / hails from", "is from"; "is <participle> both in A and in
  B"; "X was founded in A but is <...>": the clause's subject goes on after "but" and an auxiliary;
* a library or an archive that "holds" a work: the work "is kept at / in the collection of" it (as
  a museum's "is held by"); "organise" also reads "put on", "stage"; "is part of" also reads
  "counts among";
* an item whose name is a common noun (a chemical element, a mineral) is named in lower case
  ("sodium"); a film is not ("an alien" is no mention of Alien); on a graph that says who
  discovered its items, an item's year is its discovery ("Argon, discovered in 1894, ...");
* "X, a university in Y, counts Z among its alumni": the construction after an apposition;
* a maker is "the mind / firm behind" a work, a designer or inventor its "creator"; the
  winner of a battle "triumphed at" it, the loser "was defeated at" it.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _battles():
    rels = [
        kgx.Relation("part_of_war", phrase="was fought as part of", inverse_phrase="included", domain=("battle",),
                     range=("war",)),
        kgx.Relation("took_place_in", phrase="took place in", inverse_phrase="was the site of", domain=("battle",),
                     range=("country", "sea")),
        kgx.Relation("won_by", phrase="was won by", inverse_phrase="won", domain=("battle",), range=("commander",)),
        kgx.Relation("lost_by", phrase="was lost by", inverse_phrase="lost", domain=("battle",), range=("commander",)),
        kgx.Relation("has_kind", phrase="was a", inverse_phrase="is the kind of", domain=("battle",), range=("kind",)),
    ]
    ents = [("battle:waterloo", "item", "battle", "Battle of Waterloo", {"year": 1815}),
            ("battle:trafalgar", "item", "battle", "Battle of Trafalgar", {"year": 1805}),
            ("battle:tours", "item", "battle", "Battle of Tours", {"year": 732}),
            ("battle:verdun", "item", "battle", "Battle of Verdun", {"year": 1916}),
            ("war:napoleonic", "attribute", "war", "Napoleonic Wars", {}),
            ("war:ww1", "attribute", "war", "First World War", {}),
            ("country:belgium", "attribute", "country", "Belgium", {}),
            ("country:france", "attribute", "country", "France", {}),
            ("sea:atlantic", "attribute", "sea", "Atlantic Ocean", {}),
            ("commander:wellington", "attribute", "commander", "Duke of Wellington", {}),
            ("commander:napoleon", "attribute", "commander", "Napoleon Bonaparte", {}),
            ("commander:nelson", "attribute", "commander", "Horatio Nelson", {}),
            ("commander:martel", "attribute", "commander", "Charles Martel", {}),
            ("kind:land", "attribute", "kind", "land battle", {}),
            ("kind:naval", "attribute", "kind", "naval battle", {})]
    rows = [("battle:waterloo", "part_of_war", "war:napoleonic"), ("battle:trafalgar", "part_of_war", "war:napoleonic"),
            ("battle:verdun", "part_of_war", "war:ww1"), ("battle:waterloo", "took_place_in", "country:belgium"),
            ("battle:trafalgar", "took_place_in", "sea:atlantic"), ("battle:tours", "took_place_in", "country:france"),
            ("battle:verdun", "took_place_in", "country:france"), ("battle:waterloo", "won_by", "commander:wellington"),
            ("battle:waterloo", "lost_by", "commander:napoleon"), ("battle:trafalgar", "won_by", "commander:nelson"),
            ("battle:tours", "won_by", "commander:martel"), ("battle:waterloo", "has_kind", "kind:land"),
            ("battle:tours", "has_kind", "kind:land"), ("battle:verdun", "has_kind", "kind:land"),
            ("battle:trafalgar", "has_kind", "kind:naval")]
    return _graph(rels, ents, rows, "battles46")


def _sculptures():
    rels = [
        kgx.Relation("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted", domain=("sculpture",),
                     range=("sculptor",)),
        kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the material of", domain=("sculpture",),
                     range=("material",)),
        kgx.Relation("stands_at", phrase="stands at", inverse_phrase="is the site of", domain=("sculpture",),
                     range=("site",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("sculpture",),
                     range=("city",)),
    ]
    ents = [("sculpture:david", "item", "sculpture", "David", {"year": 1504}),
            ("sculpture:pieta", "item", "sculpture", "Pietà", {"year": 1499}),
            ("sculpture:mermaid", "item", "sculpture", "The Little Mermaid", {"year": 1913}),
            ("sculpture:bull", "item", "sculpture", "Charging Bull", {"year": 1989}),
            ("sculpture:liberty", "item", "sculpture", "Statue of Liberty", {"year": 1886}),
            ("sculptor:michelangelo", "attribute", "sculptor", "Michelangelo", {}),
            ("sculptor:eriksen", "attribute", "sculptor", "Edvard Eriksen", {}),
            ("sculptor:bartholdi", "attribute", "sculptor", "Frédéric Auguste Bartholdi", {}),
            ("material:marble", "attribute", "material", "marble", {}),
            ("material:bronze", "attribute", "material", "bronze", {}),
            ("material:copper", "attribute", "material", "copper", {}),
            ("site:langelinie", "attribute", "site", "Langelinie", {}),
            ("site:liberty_island", "attribute", "site", "Liberty Island", {}),
            ("city:copenhagen", "attribute", "city", "Copenhagen", {}),
            ("city:new_york", "attribute", "city", "New York City", {})]
    rows = [("sculpture:david", "sculpted_by", "sculptor:michelangelo"),
            ("sculpture:pieta", "sculpted_by", "sculptor:michelangelo"),
            ("sculpture:mermaid", "sculpted_by", "sculptor:eriksen"),
            ("sculpture:liberty", "sculpted_by", "sculptor:bartholdi"),
            ("sculpture:david", "made_of", "material:marble"), ("sculpture:pieta", "made_of", "material:marble"),
            ("sculpture:mermaid", "made_of", "material:bronze"), ("sculpture:bull", "made_of", "material:bronze"),
            ("sculpture:liberty", "made_of", "material:copper"),
            ("sculpture:mermaid", "stands_at", "site:langelinie"),
            ("sculpture:liberty", "stands_at", "site:liberty_island"),
            ("sculpture:mermaid", "located_in", "city:copenhagen"), ("sculpture:bull", "located_in", "city:new_york"),
            ("sculpture:liberty", "located_in", "city:new_york")]
    return _graph(rels, ents, rows, "sculptures46")


def _makers():
    rels = [
        kgx.Relation("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("cocktail",),
                     range=("person",)),
        kgx.Relation("built_by", phrase="is built by", inverse_phrase="builds", domain=("engine",),
                     range=("company",)),
        kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("language",),
                     range=("person",)),
        kgx.Relation("influenced_by", phrase="was influenced by", inverse_phrase="influenced", domain=("language",),
                     range=("language",)),
    ]
    ents = [("cocktail:mai_tai", "item", "cocktail", "Mai Tai", {"year": 1944}),
            ("cocktail:espresso_martini", "item", "cocktail", "Espresso Martini", {"year": 1983}),
            ("person:bergeron", "attribute", "person", "Victor Bergeron", {}),
            ("person:bradsell", "attribute", "person", "Dick Bradsell", {}),
            ("engine:merlin", "item", "engine", "Rolls-Royce Merlin", {"year": 1933}),
            ("engine:griffon", "item", "engine", "Napier Sabre", {"year": 1938}),
            ("company:rolls", "attribute", "company", "Rolls-Royce", {}),
            ("company:napier", "attribute", "company", "D. Napier & Son", {}),
            ("language:c", "item", "language", "C", {"year": 1972}),
            ("language:ruby", "item", "language", "Ruby", {"year": 1995}),
            ("language:smalltalk", "item", "language", "Smalltalk", {"year": 1972}),
            ("language:java", "item", "language", "Java", {"year": 1995}),
            ("person:ritchie", "attribute", "person", "Dennis Ritchie", {}),
            ("person:matsumoto", "attribute", "person", "Yukihiro Matsumoto", {}),
            ("person:gosling", "attribute", "person", "James Gosling", {})]
    rows = [("cocktail:mai_tai", "invented_by", "person:bergeron"),
            ("cocktail:espresso_martini", "invented_by", "person:bradsell"),
            ("engine:merlin", "built_by", "company:rolls"), ("engine:griffon", "built_by", "company:napier"),
            ("language:c", "designed_by", "person:ritchie"), ("language:ruby", "designed_by", "person:matsumoto"),
            ("language:java", "designed_by", "person:gosling"), ("language:ruby", "influenced_by", "language:smalltalk"),
            ("language:java", "influenced_by", "language:c")]
    return _graph(rels, ents, rows, "makers46")


def _elements():
    rels = [
        kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("element",),
                     range=("person",)),
        kgx.Relation("in_category", phrase="is classified as", inverse_phrase="is the classification of",
                     domain=("element",), range=("category",)),
    ]
    ents = [("element:sodium", "item", "element", "Sodium", {"year": 1807}),
            ("element:potassium", "item", "element", "Potassium", {"year": 1807}),
            ("element:argon", "item", "element", "Argon", {"year": 1894}),
            ("person:davy", "attribute", "person", "Humphry Davy", {}),
            ("person:ramsay", "attribute", "person", "William Ramsay", {}),
            ("category:alkali", "attribute", "category", "alkali metal", {}),
            ("category:noble", "attribute", "category", "noble gas", {})]
    rows = [("element:sodium", "discovered_by", "person:davy"), ("element:potassium", "discovered_by", "person:davy"),
            ("element:argon", "discovered_by", "person:ramsay"), ("element:sodium", "in_category", "category:alkali"),
            ("element:potassium", "in_category", "category:alkali"), ("element:argon", "in_category", "category:noble")]
    return _graph(rels, ents, rows, "elements46")


def _temples():
    rels = [
        kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("temple",), range=("city",)),
        kgx.Relation("dedicated_to", phrase="is dedicated to", inverse_phrase="is venerated at", domain=("temple",),
                     range=("deity",)),
        kgx.Relation("of_faith", phrase="is a holy site of", inverse_phrase="holds sacred", domain=("temple",),
                     range=("religion",)),
        kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("temple",),
                     range=("person",)),
    ]
    ents = [("temple:kiyomizu", "item", "temple", "Kiyomizu-dera", {"year": 778}),
            ("temple:todaiji", "item", "temple", "Todai-ji", {"year": 752}),
            ("temple:golden", "item", "temple", "Golden Temple", {"year": 1604}),
            ("temple:lotus", "item", "temple", "Lotus Temple", {"year": 1986}),
            ("temple:prambanan", "item", "temple", "Prambanan", {"year": 856}),
            ("city:kyoto", "attribute", "city", "Kyoto", {}), ("city:nara", "attribute", "city", "Nara", {}),
            ("city:amritsar", "attribute", "city", "Amritsar", {}), ("city:delhi", "attribute", "city", "New Delhi", {}),
            ("deity:kannon", "attribute", "deity", "Kannon", {}), ("deity:shiva", "attribute", "deity", "Shiva", {}),
            ("religion:buddhism", "attribute", "religion", "Buddhism", {}),
            ("religion:hinduism", "attribute", "religion", "Hinduism", {}),
            ("religion:sikhism", "attribute", "religion", "Sikhism", {}),
            ("person:sahba", "attribute", "person", "Fariborz Sahba", {})]
    rows = [("temple:kiyomizu", "located_in", "city:kyoto"), ("temple:todaiji", "located_in", "city:nara"),
            ("temple:golden", "located_in", "city:amritsar"), ("temple:lotus", "located_in", "city:delhi"),
            ("temple:kiyomizu", "dedicated_to", "deity:kannon"), ("temple:prambanan", "dedicated_to", "deity:shiva"),
            ("temple:kiyomizu", "of_faith", "religion:buddhism"), ("temple:todaiji", "of_faith", "religion:buddhism"),
            ("temple:golden", "of_faith", "religion:sikhism"), ("temple:prambanan", "of_faith", "religion:hinduism"),
            ("temple:lotus", "designed_by", "person:sahba")]
    return _graph(rels, ents, rows, "temples46")


def _airports():
    rels = [
        kgx.Relation("location", phrase="is located in", inverse_phrase="is the location of", domain=("airport",),
                     range=("place",)),
        kgx.Relation("country", phrase="is in", inverse_phrase="is the country of"),
        kgx.Relation("capital", phrase="has the capital", inverse_phrase="is the capital of"),
    ]
    ents = [("airport:angola", "item", "airport", "Angola International Airport", {"year": 2023}),
            ("airport:dublin", "item", "airport", "Dublin Airport", {"year": 1940}),
            ("place:icolo", "attribute", "place", "Ícolo e Bengo", {}),
            ("place:dublin", "attribute", "place", "Dublin", {}),
            ("place:luanda", "attribute", "place", "Luanda", {}),
            ("country:angola", "attribute", "country", "Angola", {}),
            ("country:ireland", "attribute", "country", "Ireland", {})]
    rows = [("airport:angola", "location", "place:icolo"), ("airport:dublin", "location", "place:dublin"),
            ("place:icolo", "country", "country:angola"), ("place:dublin", "country", "country:ireland"),
            ("country:angola", "capital", "place:luanda"), ("place:luanda", "country", "country:angola")]
    return _graph(rels, ents, rows, "airports46")


def _singers():
    rels = [kgx.Relation("birth_place", phrase="was born in", inverse_phrase="is the birthplace of"),
            kgx.Relation("birth_date", phrase="was born on", inverse_phrase="is the birth date of")]
    ents = [("person:ace", "attribute", "person", "Ace Wilder", {}),
            ("city:stockholm", "attribute", "city", "Stockholm", {}), ("city:madrid", "attribute", "city", "Madrid", {})]
    date = kgx.Entity("date:1", kind="attribute", type="date", label="1982-07-23",
                      aliases=("July 23, 1982", "23 July 1982"))
    kg_ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in ents] + [date]
    rows = [("person:ace", "birth_place", "city:stockholm"), ("person:ace", "birth_date", "date:1")]
    return kgx.KnowledgeGraph.from_triples(rows, entities=kg_ents, relations=rels, name="singers46")


def _breeds():
    rels = [
        kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the homeland of", domain=("breed",),
                     range=("country",)),
        kgx.Relation("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of", domain=("breed",),
                     range=("city",)),
        kgx.Relation("kept_in", phrase="is kept in", inverse_phrase="keeps", domain=("breed",), range=("city",)),
    ]
    ents = [("breed:saint_bernard", "item", "breed", "Saint Bernard", {"year": 1880}),
            ("breed:bernese", "item", "breed", "Bernese Mountain Dog", {"year": 1907}),
            ("breed:beagle", "item", "breed", "Beagle", {"year": 1885}),
            ("country:switzerland", "attribute", "country", "Switzerland", {}),
            ("country:england", "attribute", "country", "England", {}),
            ("city:bern", "attribute", "city", "Bern", {}), ("city:london", "attribute", "city", "London", {})]
    rows = [("breed:saint_bernard", "originated_in", "country:switzerland"),
            ("breed:bernese", "originated_in", "country:switzerland"), ("breed:beagle", "originated_in", "country:england"),
            ("breed:bernese", "founded_in", "city:bern"), ("breed:bernese", "kept_in", "city:london"),
            ("breed:bernese", "kept_in", "city:bern")]
    return _graph(rels, ents, rows, "breeds46")


def _libraries():
    rels = [
        kgx.Relation("holds", phrase="holds", inverse_phrase="is held by", domain=("library",), range=("work",)),
        kgx.Relation("organised_by", phrase="is organised by", inverse_phrase="organises", domain=("library",),
                     range=("organisation",)),
        kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=("library",),
                     range=("network",)),
    ]
    ents = [("library:trinity", "item", "library", "Trinity College Library", {"year": 1592}),
            ("library:ambrosiana", "item", "library", "Biblioteca Ambrosiana", {"year": 1609}),
            ("work:kells", "attribute", "work", "Book of Kells", {}),
            ("work:atlanticus", "attribute", "work", "Codex Atlanticus", {}),
            ("organisation:tcd", "attribute", "organisation", "Trinity College Dublin", {}),
            ("network:legal", "attribute", "network", "Legal Deposit Libraries", {})]
    rows = [("library:trinity", "holds", "work:kells"), ("library:ambrosiana", "holds", "work:atlanticus"),
            ("library:trinity", "organised_by", "organisation:tcd"), ("library:trinity", "part_of", "network:legal")]
    return _graph(rels, ents, rows, "libraries46")


def _universities():
    rels = [
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university",),
                     range=("country",)),
        kgx.Relation("has_alumnus", phrase="has as an alumnus", inverse_phrase="is an alumnus of",
                     domain=("university",), range=("person",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",),
                     range=("person",)),
        kgx.Relation("of_kind", phrase="is a", inverse_phrase="is the kind of", domain=("university",),
                     range=("kind",)),
        kgx.Relation("member_of", phrase="is a member of", inverse_phrase="has as a member", domain=("university",),
                     range=("association",)),
    ]
    ents = [("university:eth", "item", "university", "ETH Zurich", {"year": 1855}),
            ("university:stanford", "item", "university", "Stanford University", {"year": 1885}),
            ("country:switzerland", "attribute", "country", "Switzerland", {}),
            ("country:us", "attribute", "country", "United States", {}),
            ("person:einstein", "attribute", "person", "Albert Einstein", {}),
            ("person:page", "attribute", "person", "Larry Page", {}),
            ("person:leland", "attribute", "person", "Leland Stanford", {}),
            ("kind:research", "attribute", "kind", "public research university", {}),
            ("association:idea", "attribute", "association", "IDEA League", {})]
    rows = [("university:eth", "located_in", "country:switzerland"), ("university:stanford", "located_in", "country:us"),
            ("university:eth", "has_alumnus", "person:einstein"), ("university:stanford", "has_alumnus", "person:page"),
            ("university:stanford", "founded_by", "person:leland"), ("university:eth", "of_kind", "kind:research"),
            ("university:eth", "member_of", "association:idea")]
    return _graph(rels, ents, rows, "universities46")


CASES = [
    # "dates to", "Dating from <year>,"
    ("sculptures", "Pietà dates to 1499.", "Pietà dates to 1504."),
    ("sculptures", "The Statue of Liberty of 1886 stands at Liberty Island.",
     "The Statue of Liberty of 1889 stands at Liberty Island."),
    ("sculptures", "Pietà, dated to 1499, is made of marble.", "David, dated to 1499, is made of marble."),
    ("sculptures", "Dating from 1504, David was sculpted by Michelangelo.",
     "Dating from 1499, David was sculpted by Michelangelo."),
    ("sculptures", "Dating from 1504, David is made of marble.", "Dating from 1504, David and Pietà are made of marble."),
    ("makers", "Dating back to 1983, the Espresso Martini was invented by Dick Bradsell.",
     "Dating back to 1944, the Espresso Martini was invented by Dick Bradsell."),
    # "stands at" -> "sits at", "is at"
    ("sculptures", "The Little Mermaid sits at Langelinie.", "The Little Mermaid sits at Liberty Island."),
    ("sculptures", "The Statue of Liberty is located at Liberty Island.",
     "The Statue of Liberty is located at Langelinie."),
    ("sculptures", "Charging Bull is located in New York City.", "Charging Bull is at New York City."),
    # "is made of" -> "carved from", "cast in"; "is located in" -> "is kept / displayed in"
    ("sculptures", "Charging Bull is crafted from bronze.", "David is crafted from bronze."),
    ("sculptures", "The Little Mermaid is displayed in Copenhagen.", "Charging Bull is displayed in Copenhagen."),
    # "the latter" of two names of two types
    ("sculptures", "Edvard Eriksen sculpted The Little Mermaid; the latter is located in Copenhagen.",
     "Edvard Eriksen sculpted The Little Mermaid; the latter is located in New York City."),
    ("sculptures", "Michelangelo sculpted David; the former also sculpted Pietà.",
     "Michelangelo sculpted David; the latter also sculpted Pietà."),
    # "the first ..., the second <name>"
    ("sculptures", "Charging Bull and the Statue of Liberty are both in New York City; the first is bronze, "
                   "the second copper.",
     "Charging Bull and the Statue of Liberty are both in New York City; the first is bronze, the second marble."),
    # "took place in" -> "happened in", "was fought in"
    ("battles", "The Battle of Trafalgar happened in the Atlantic Ocean.",
     "The Battle of Waterloo happened in the Atlantic Ocean."),
    ("battles", "The Battle of Verdun and the Battle of Tours were both fought in France.",
     "The Battle of Verdun and the Battle of Waterloo were both fought in France."),
    # a battle's year: "was fought / took place in 1805", "In 1805, Nelson won it"
    ("battles", "The Battle of Trafalgar took place in 1805.", "The Battle of Trafalgar took place in 1815."),
    ("battles", "The Battle of Waterloo, fought in 1815, was won by the Duke of Wellington.",
     "The Battle of Waterloo, fought in 1805, was won by the Duke of Wellington."),
    ("battles", "In 1805, Horatio Nelson won the Battle of Trafalgar.",
     "In 1815, Horatio Nelson won the Battle of Trafalgar."),
    # "was fought as part of" -> "was part of"
    ("battles", "The Battle of Trafalgar was part of the Napoleonic Wars.",
     "The Battle of Trafalgar was part of the First World War."),
    ("battles", "The Battle of Waterloo and the Battle of Trafalgar were both part of the Napoleonic Wars.",
     "The Battle of Waterloo and the Battle of Verdun were both part of the Napoleonic Wars."),
    # a declared "was a" reads "were"
    ("battles", "The Battle of Tours and the Battle of Verdun were both land battles.",
     "The Battle of Tours and the Battle of Trafalgar were both land battles."),
    ("battles", "Napoleon Bonaparte lost the Battle of Waterloo.", "Napoleon Bonaparte lost the Battle of Trafalgar."),
    # "the mind behind", "the creator of"; "triumphed at", "was defeated at"
    ("makers", "Dennis Ritchie is the mind behind C.", "Dennis Ritchie is the mind behind Java."),
    ("makers", "Yukihiro Matsumoto is one of the minds behind Ruby.", "Ruby is one of the minds behind Yukihiro Matsumoto."),
    ("makers", "James Gosling is the creator of Java.", "James Gosling is the creator of Ruby."),
    ("battles", "Napoleon Bonaparte was defeated at the Battle of Waterloo.",
     "The Duke of Wellington was defeated at the Battle of Waterloo."),
    ("battles", "Horatio Nelson triumphed at the Battle of Trafalgar.",
     "Napoleon Bonaparte triumphed at the Battle of Waterloo."),
    ("battles", "The Battle of Tours ended in victory for Charles Martel.",
     "The Battle of Waterloo ended in victory for Napoleon Bonaparte."),
    # an item whose name is a common noun, in lower case
    ("elements", "Sodium and potassium were both discovered by Humphry Davy.",
     "Sodium and argon were both discovered by Humphry Davy."),
    ("elements", "William Ramsay discovered argon, a noble gas.", "William Ramsay discovered sodium, a noble gas."),
    ("movies", "Ridley Scott directed Alien.", "Ridley Scott directed an alien."),
    # an item's year is its discovery on a graph of discoveries
    ("elements", "Argon, discovered in 1894, is a noble gas.", "Argon, discovered in 1807, is a noble gas."),
    ("elements", "In 1807, Humphry Davy discovered sodium.", "In 1894, Humphry Davy discovered sodium."),
    # a religion's adjective before the kind; "devoted to"; "the architect behind"; "dating from"
    ("temples", "Kiyomizu-dera and Todai-ji are both Buddhist temples.",
     "Kiyomizu-dera and the Golden Temple are both Buddhist temples."),
    ("temples", "The Golden Temple is a Sikh temple in Amritsar.", "The Golden Temple is a Hindu temple in Amritsar."),
    ("temples", "Kiyomizu-dera is devoted to Kannon.", "Kiyomizu-dera is devoted to Shiva."),
    ("temples", "Fariborz Sahba was the architect behind the Lotus Temple.",
     "Fariborz Sahba was the architect behind the Golden Temple."),
    ("temples", "Todai-ji, dating from 752, stands in Nara.", "Todai-ji, dating from 778, stands in Nara."),
    # a place, then the place the graph puts it in
    ("airports", "Angola International Airport is located in Ícolo e Bengo, Angola.",
     "Angola International Airport is located in Ícolo e Bengo, Ireland."),
    ("airports", "Dublin Airport is located in Dublin in Ireland.", "Dublin Airport is located in Dublin in Angola."),
    ("airports", "Luanda is the capital of Angola.", "Luanda is the capital of Ícolo e Bengo, Angola."),
    # one verb, two prepositions: "was born in X on <date>"
    ("singers", "Ace Wilder was born in Stockholm on July 23, 1982.",
     "Ace Wilder was born in Madrid on July 23, 1982."),
    ("singers", "Ace Wilder was born on 23 July 1982 in Stockholm.", "Ace Wilder was born on 23 July 1982 in Madrid."),
    ("elements", "Sodium was discovered in 1807 by Humphry Davy.", "Sodium was discovered in 1807 by William Ramsay."),
    # "originated in" -> "comes from"; "is kept both in A and in B"; "but is ..."
    ("breeds", "The Saint Bernard and the Bernese Mountain Dog both come from Switzerland.",
     "The Saint Bernard and the Beagle both come from Switzerland."),
    ("breeds", "The Bernese Mountain Dog is kept both in Bern and in London.",
     "The Beagle is kept both in Bern and in London."),
    ("breeds", "The Bernese Mountain Dog was founded in Bern but is kept in London.",
     "The Bernese Mountain Dog was founded in London but is kept in Bern."),
    # a library "holds" a work: it "is kept at" the library; "organise" -> "put on"
    ("libraries", "The Book of Kells is kept at Trinity College Library.",
     "The Book of Kells is kept at the Biblioteca Ambrosiana."),
    ("libraries", "The Codex Atlanticus belongs to the collection of the Biblioteca Ambrosiana.",
     "The Biblioteca Ambrosiana belongs to the collection of the Codex Atlanticus."),
    ("libraries", "Trinity College Library counts among the Legal Deposit Libraries.",
     "The Biblioteca Ambrosiana counts among the Legal Deposit Libraries."),
    ("libraries", "Trinity College Library is put on by Trinity College Dublin.",
     "The Biblioteca Ambrosiana is put on by Trinity College Dublin."),
    # "Compare A with B: the former ..., the latter ..."
    ("battles", "Compare the Battle of Waterloo with the Battle of Trafalgar: the former was won by the Duke of "
                "Wellington, the latter by Horatio Nelson.",
     "Compare the Battle of Waterloo with the Battle of Trafalgar: the former was won by Horatio Nelson, the latter "
     "by the Duke of Wellington."),
    # synonyms no other relation uses
    ("sculptures", "The Little Mermaid was created by Edvard Eriksen.",
     "The Little Mermaid was created by Michelangelo."),
    ("makers", "Dennis Ritchie created C.", "James Gosling created C."),
    ("makers", "Ruby was inspired by Smalltalk.", "Smalltalk was inspired by Ruby."),
    # "is a member of" -> "is part of", "belongs to"; a battle "was fought during" its war
    ("universities", "ETH Zurich belongs to the IDEA League.", "Stanford University belongs to the IDEA League."),
    ("universities", "ETH Zurich is part of the IDEA League.", "Stanford University is part of the IDEA League."),
    ("battles", "The Battle of Verdun was fought in France during the First World War.",
     "The Battle of Verdun was fought in France during the Napoleonic Wars."),
    ("battles", "The Battle of Waterloo belonged to the Napoleonic Wars.", "The Battle of Verdun belonged to the Napoleonic Wars."),
    # after an apposition
    ("universities", "ETH Zurich, a public research university in Switzerland, counts Albert Einstein among its "
                     "alumni.",
     "ETH Zurich, a public research university in Switzerland, counts Larry Page among its alumni."),
    ("universities", "ETH Zurich, in Switzerland, has Albert Einstein as an alumnus.",
     "ETH Zurich, in Switzerland, has Albert Einstein as its founder."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build()
            for name, build in (("battles", _battles), ("sculptures", _sculptures), ("makers", _makers),
                                ("universities", _universities), ("elements", _elements), ("temples", _temples),
                                ("airports", _airports), ("singers", _singers), ("breeds", _breeds),
                                ("libraries", _libraries),
                                ("movies", kgx.KnowledgeGraph.example))}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}:{f[-25:]}" for g, t, f in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported


REJECTED = [
    # (red team 144 and the review) a bronze is cast, not carved; "Dating from <year>, A and B"
    # dates both
    ("sculptures", "The Little Mermaid was carved by Edvard Eriksen."),
    ("sculptures", "Edvard Eriksen carved The Little Mermaid."),
    ("sculptures", "Dating from 1504, David and Pietà are made of marble."),
    # (red team 145) "the N behind" says nothing of sex, and a person is no firm; a religion a
    # building was converted from is not its own; "isolated" is not "discovered"
    ("breeds", "The Beagle comes from England, and the Bernese Mountain Dog, which comes from Switzerland but is "
               "kept in Bern, was founded in London."),
    ("makers", "Dennis Ritchie is the woman behind C."),
    ("makers", "Dennis Ritchie is the company behind C."),
    ("temples", "Todai-ji is a Hindu temple."),
    ("elements", "Humphry Davy isolated sodium in 1807."),
]


@pytest.mark.parametrize("graph, text", REJECTED, ids=[t[:50] for _, t in REJECTED])
def test_false_text_is_rejected(checkers, graph, text):
    assert not checkers[graph].check(text, ()).supported
