"""Red team round 227: the session's new readings (CHANGES.diff) on WebNLG-style graphs.

Graphs are built the way the project's WebNLG evaluation builds them: each entry (a
``WebNLGEntry`` of label triples) through ``webnlg_entry_graphs([entry], name="x", context=ENTRIES)``
(types are declared over the ten entries together, the facts are the entry's own), and each text is
checked with ``ConsistencyChecker(kg).check(text, evidence)``, the entry's triples as evidence,
as ``evaluate_webnlg`` checks.

Attacked: "P, where a N is Y" and "P, where the N spoken / used is Y" (after a place that is not
the relation's subject, with another relation's value, negated, with "only" / "former" / a year,
"spoken" said of what is not spoken, and what follows the clause: "..., where X and the N is Y");
comma chains "A is located in B, in C" (reversed, a middle place elsewhere, three places, after a
non-place: a party, a company, a club); the folded letters ø, ł, ı, İ, ğ ("Lars Lokke Rasmussen",
"Lodz", "Binali Yildirim") and two names told apart by one such letter ("Jørgen Larsen" /
"Jörgen Larsen"); "one of the Ns of" / "among the Ns of" (wrong place, wrong kind, reversed,
negated, lists); "X succeeded Y as N" (WebNLG's "successor" / "predecessor"); a person's act "in"
a place; and the evaluation's corruptions (swap, reverse, negation, changed number).

Entries (ten; see ENTRIES): "addis" (Addis Ababa City Hall in Addis Ababa, Ethiopia: leaders
Hailemariam Desalegn and Mulatu Teshome, Amharic, the Ethiopian birr), "auburn" (Auburn, Alabama,
part of Lee County, whose state is Alabama; the United States: African Americans, Washington, D.C.,
Americans), "ajoblanco" (Spain, Andalusia, garlic, almond; Spain's leader Felipe VI and language
Spanish), "aarhus" (Aarhus Airport: serves Aarhus, led by Jacob Bundsgaard; in Tirstrup, part of
the Central Denmark Region; Aarhus Lufthavn A/S, 2777 m), "teisaire" (Alberto Teisaire: Vice
President of Argentina, successor Isaac Rojas, predecessor Hortensio Quijano, born in Mendoza, died
in Buenos Aires, Peronist Party), "lodz" (Łódź in Poland, led by Hanna Zdanowska; Poland's leaders
Andrzej Duda and Mateusz Morawiecki, Polish, the Polish złoty), "amerigas" (AmeriGas in King of
Prussia, part of Upper Merion Township, part of Montgomery County; Jerry E. Sheridan, the energy
industry, 8500 employees), "izmir" (the Atatürk Monument in İzmir, designed by Pietro Canonica;
İzmir led by Aziz Kocaoğlu, in Turkey, led by Binali Yıldırım and Recep Tayyip Erdoğan), "larsen"
(Jørgen Larsen (footballer): Brøndby IF, Aalborg; Jörgen Larsen (footballer): Malmö FF, Malmö;
Brøndby Stadium, Åge Hareide), "denmark" (Denmark: Lars Løkke Rasmussen, Danish, Copenhagen; Rasmussen born in Vejle,
successor Mette Frederiksen, predecessor Helle Thorning-Schmidt).

Findings: 39 of 343 false texts accepted, all new with the session (the code with CHANGES.diff
reversed, /tmp copy, accepts none of the 343). KNOWN: 3 more accepted before the session too.
* two names told apart by one folded letter, with WebNLG's qualifier (18): "Jørgen Larsen
  (footballer)" and "Jörgen Larsen (footballer)". Since ø folds to o, both names' alias "Jørgen /
  Jörgen Larsen" folds to "jorgen larsen"; the new tie-break (mentions.py: "the one spelled so in
  the text") compares the text's spelling with the whole *label*, which carries "(footballer)" and
  never equals the text, so both people stay and every claim of the other one passes: "Jörgen
  Larsen plays for Brøndby IF", "Jørgen Larsen was born in Malmö", "Jørgen Larsen, born in Malmö,
  plays for Malmö FF", "Jørgen Larsen plays for Malmö FF, whose manager is Åge Hareide", "Jørgen
  Larsen's club is Malmö FF", "... is one of the members of Malmö FF", in capitals, in quotes.
  Before the session ø did not fold, so "Jørgen Larsen" named only its own person. (With the bare
  labels "Jørgen Larsen" / "Jörgen Larsen", tried in a scratch run, the tie-break works: all held.)
* what follows a "where" clause (12): "Łódź is in Poland, where the language spoken is Polish and
  the leader is Hanna Zdanowska" (Zdanowska leads Łódź, not Poland): "and the / a N is Y" after the
  clause is read of the sentence's subject, not of the place the clause is about; so are "where a
  leader is Andrzej Duda and a leader is Hanna Zdanowska", "where the currency used is ... and the
  leader is ...", "Izmir is in Turkey, where a leader is Recep Tayyip Erdogan and a leader is Aziz
  Kocaoglu" (İzmir's mayor). The older forms do the same ("where Polish is spoken and the leader
  is ...", "where the currency is ... and the leader is ...": KNOWN); the new "a N" / "N spoken /
  used" forms widen it. The mirror image is a false rejection: "Łódź is in Poland, where the
  language spoken is Polish and the currency is the Polish złoty" (true, rejected).
* "spoken" / "used" after any relation's noun (9): "where the currency spoken is the Ethiopian
  birr", "where a leader spoken is Mulatu Teshome", "where the capital spoken is Washington, D.C.",
  "where the ethnic group spoken is African Americans", "where the leader spoken is Lars Lokke
  Rasmussen": constructions.py skips "spoken" / "used" after whatever noun the clause names, not
  only after a language ("spoken", "used") or a currency ("used").
Held: "where" after a place that is not the relation's subject (the city hall, the city, the region,
a chain's middle place), "where a N is Y" with Y another relation's value or reversed, negated,
"only", "former", a year, "the N" of two; comma chains "A is located in B, in C" (reversed, a
middle place elsewhere, three places, after a person or a company: only where the graph stores B in
C); the folded letters in plain spelling ("Lars Lokke Rasmussen", "Lodz", "Binali Yildirim",
"Izmir") with wrong claims; "one of the Ns of" / "among the Ns of" (wrong place, wrong kind,
reversed, negated, lists with a wrong item); "X succeeded Y as N" (wrong direction, N unattached);
"took over from" / "was followed in office by" (not read for WebNLG's "successor"); a person's act
"in" a place; "lies in" a death place; the evaluation's corruptions.
KNOWN (3, before the session too): "Isaac Rojas succeeded Alberto Teisaire as a member of the
Peronist Party" (WebNLG's "successor" / "predecessor" are no succession relation for the index,
``succession_relations`` is empty on these graphs, so the session's "as N of both" reading never
applies and N is said of Teisaire alone, the red team 223 bug); the two older "where ... and the
leader is Hanna Zdanowska" texts above.
Controls rejected (3 of 78): "Isaac Rojas took over from Alberto Teisaire" (the session's "took
over from" is not made for WebNLG's "successor"); "Łódź is in Poland, where the language spoken is
Polish and the currency is the Polish złoty" (the mirror image above); "AmeriGas is located in King
of Prussia, in Upper Merion Township, in Montgomery County" (a three-place chain, each edge stored).
Closed in the same session: two names that fold alike are told apart by the text's spelling
against each entity's labels and aliases as written (the qualifier "(footballer)" no longer hides
it); "spoken" only after a language's noun, "used" after a language's or a currency's; a clause
joined by "and the / a N is Y" after a where clause is left unread (whose N, P's or the subject's,
the words cannot tell; the KNOWN "where Polish is spoken and the leader is X" is rejected too); the
relations read "succeeded" however declared (WebNLG's "successor") take "X succeeded Y as N of Z"
of both (the KNOWN Teisaire text is rejected too). Then: accepted 0 of 343.
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
from kgexplain.consistency import ConsistencyChecker
from kgexplain.datasets.webnlg import WebNLGEntry
from kgexplain.evaluation.webnlg import webnlg_entry_graphs


def _entry(key, category, triples):
    return WebNLGEntry(key=f"dev/{key}/1", category=category, triples=tuple(triples), references=("-",))


ENTRIES = {
    "addis": _entry("addis", "Building", [
        ("Addis Ababa City Hall", "location", "Addis Ababa"),
        ("Addis Ababa", "country", "Ethiopia"),
        ("Ethiopia", "leader", "Hailemariam Desalegn"),
        ("Ethiopia", "leader", "Mulatu Teshome"),
        ("Ethiopia", "language", "Amharic"),
        ("Ethiopia", "currency", "Ethiopian birr")]),
    "auburn": _entry("auburn", "City", [
        ("Auburn, Alabama", "is part of", "Lee County, Alabama"),
        ("Lee County, Alabama", "state", "Alabama"),
        ("Auburn, Alabama", "country", "United States"),
        ("United States", "ethnic group", "African Americans"),
        ("United States", "capital", "Washington, D.C."),
        ("United States", "demonym", "Americans")]),
    "ajoblanco": _entry("ajoblanco", "Food", [
        ("Ajoblanco", "country", "Spain"),
        ("Ajoblanco", "region", "Andalusia"),
        ("Ajoblanco", "ingredient", "Garlic"),
        ("Ajoblanco", "ingredient", "Almond"),
        ("Spain", "leader", "Felipe VI of Spain"),
        ("Spain", "language", "Spanish language")]),
    "aarhus": _entry("aarhus", "Airport", [
        ("Aarhus Airport", "city served", "Aarhus"),
        ("Aarhus Airport", "location", "Tirstrup"),
        ("Tirstrup", "is part of", "Central Denmark Region"),
        ("Aarhus Airport", "operating organisation", "Aarhus Lufthavn A/S"),
        ("Aarhus Airport", "runway length", "2777.0"),
        ("Aarhus", "leader", "Jacob Bundsgaard")]),
    "teisaire": _entry("teisaire", "Politician", [
        ("Alberto Teisaire", "office", "Vice President of Argentina"),
        ("Alberto Teisaire", "successor", "Isaac Rojas"),
        ("Alberto Teisaire", "predecessor", "Hortensio Quijano"),
        ("Alberto Teisaire", "birth place", "Mendoza, Argentina"),
        ("Alberto Teisaire", "death place", "Buenos Aires"),
        ("Alberto Teisaire", "party", "Peronist Party")]),
    "lodz": _entry("lodz", "City", [
        ("Łódź", "country", "Poland"),
        ("Łódź", "leader", "Hanna Zdanowska"),
        ("Poland", "leader", "Andrzej Duda"),
        ("Poland", "leader", "Mateusz Morawiecki"),
        ("Poland", "language", "Polish language"),
        ("Poland", "currency", "Polish złoty")]),
    "amerigas": _entry("amerigas", "Company", [
        ("AmeriGas", "location", "King of Prussia, Pennsylvania"),
        ("King of Prussia, Pennsylvania", "is part of", "Upper Merion Township, Pennsylvania"),
        ("Upper Merion Township, Pennsylvania", "is part of", "Montgomery County, Pennsylvania"),
        ("AmeriGas", "key person", "Jerry E. Sheridan"),
        ("AmeriGas", "industry", "Energy industry"),
        ("AmeriGas", "number of employees", "8500")]),
    "izmir": _entry("izmir", "Monument", [
        ("Atatürk Monument (İzmir)", "location", "İzmir"),
        ("İzmir", "country", "Turkey"),
        ("Turkey", "leader", "Binali Yıldırım"),
        ("Turkey", "leader", "Recep Tayyip Erdoğan"),
        ("İzmir", "leader", "Aziz Kocaoğlu"),
        ("Atatürk Monument (İzmir)", "designer", "Pietro Canonica")]),
    "larsen": _entry("larsen", "SportsTeam", [
        ("Jørgen Larsen (footballer)", "club", "Brøndby IF"),
        ("Jörgen Larsen (footballer)", "club", "Malmö FF"),
        ("Jørgen Larsen (footballer)", "birth place", "Aalborg"),
        ("Jörgen Larsen (footballer)", "birth place", "Malmö"),
        ("Brøndby IF", "ground", "Brøndby Stadium"),
        ("Malmö FF", "manager", "Åge Hareide")]),
    "denmark": _entry("denmark", "Country", [
        ("Denmark", "leader", "Lars Løkke Rasmussen"),
        ("Denmark", "language", "Danish language"),
        ("Denmark", "capital", "Copenhagen"),
        ("Lars Løkke Rasmussen", "birth place", "Vejle"),
        ("Lars Løkke Rasmussen", "successor", "Mette Frederiksen"),
        ("Lars Løkke Rasmussen", "predecessor", "Helle Thorning-Schmidt")]),
}
CONTEXT = list(ENTRIES.values())

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        (_, kg, evidence), = webnlg_entry_graphs([ENTRIES[key]], name="x", context=CONTEXT)
        _CACHE[key] = (ConsistencyChecker(kg), evidence)
    checker, evidence = _CACHE[key]
    v = checker.check(text, evidence)
    return v.supported, v.reason


TEXTS = r"""
@addis
# "where" after a place that is not the relation's subject (the city hall, the city)
Addis Ababa City Hall is in Addis Ababa, where a leader is Mulatu Teshome.
Addis Ababa City Hall is in Addis Ababa, where the language spoken is Amharic.
Addis Ababa City Hall is in Addis Ababa, where the currency used is the Ethiopian birr.
Addis Ababa City Hall is in Addis Ababa, where a language spoken is Amharic.
Addis Ababa City Hall, where a leader is Hailemariam Desalegn, is in Addis Ababa.
Addis Ababa City Hall is located in Addis Ababa, where the language used is Amharic.
# "where a N is Y" / "where the N spoken / used is Y" with Y another relation's value, reversed
Addis Ababa is in Ethiopia, where a leader is Amharic.
Addis Ababa is in Ethiopia, where a leader is the Ethiopian birr.
Addis Ababa is in Ethiopia, where a currency is Amharic.
Addis Ababa is in Ethiopia, where a currency is Mulatu Teshome.
Addis Ababa is in Ethiopia, where a language is the Ethiopian birr.
Addis Ababa is in Ethiopia, where the language spoken is the Ethiopian birr.
Addis Ababa is in Ethiopia, where the language spoken is Mulatu Teshome.
Addis Ababa is in Ethiopia, where the language used is the Ethiopian birr.
Addis Ababa is in Ethiopia, where the currency used is Amharic.
Addis Ababa is in Ethiopia, where a leader is Addis Ababa City Hall.
Addis Ababa is in Ethiopia, where a location is Addis Ababa City Hall.
Addis Ababa is in Ethiopia, where a country is Addis Ababa.
# negation, "only", "former", a year, "the" (Ethiopia has two leaders)
Addis Ababa is in Ethiopia, where a leader is not Mulatu Teshome.
Addis Ababa is in Ethiopia, where the language spoken is not Amharic.
Addis Ababa is in Ethiopia, where the language spoken is no longer Amharic.
Addis Ababa is in Ethiopia, where the language spoken is Amharic since 1991.
Addis Ababa is in Ethiopia, where the only leader is Hailemariam Desalegn.
Addis Ababa is in Ethiopia, where the leader is Hailemariam Desalegn.
Addis Ababa is in Ethiopia, where a former leader is Hailemariam Desalegn.
Addis Ababa is in Ethiopia, where a leader is Hailemariam Desalegn, not Mulatu Teshome.
# "spoken" / "used" said of what is neither spoken nor used
Addis Ababa is in Ethiopia, where the currency spoken is the Ethiopian birr.
Addis Ababa is in Ethiopia, where a currency spoken is the Ethiopian birr.
Addis Ababa is in Ethiopia, where a leader spoken is Mulatu Teshome.
# comma chains
Addis Ababa City Hall is located in Ethiopia, in Addis Ababa.
Mulatu Teshome leads Ethiopia, in Addis Ababa.
Mulatu Teshome leads Addis Ababa, in Ethiopia.
The Ethiopian birr is used in Ethiopia, in Addis Ababa.
Amharic is spoken in Ethiopia, in Addis Ababa City Hall.
# "one of the Ns of"
Mulatu Teshome is one of the leaders of Addis Ababa.
Addis Ababa is one of the leaders of Ethiopia.
Ethiopia is one of the leaders of Mulatu Teshome.
Mulatu Teshome is not one of the leaders of Ethiopia.
Mulatu Teshome and Amharic are among the leaders of Ethiopia.
Amharic is one of the currencies of Ethiopia.
The Ethiopian birr is one of the languages of Ethiopia.
Amharic is one of the languages of Addis Ababa City Hall.
# the evaluation's corruptions
Ethiopia is in Addis Ababa.
Amharic is not spoken in Ethiopia.
Hailemariam Desalegn is the currency of Ethiopia.
Addis Ababa City Hall is the location of Addis Ababa.
@auburn
# comma chains: reversed, a middle place elsewhere, three places
Auburn is part of Alabama, in Lee County.
Auburn is part of Lee County, in Washington, D.C.
Auburn is in Lee County, in Washington, D.C.
Lee County is in Auburn, in Alabama.
Auburn is in Lee County, in Alabama, in Washington, D.C.
Auburn is in Washington, D.C., in Lee County.
Auburn is in Alabama, in Lee County.
# "where" after a place that is not the relation's subject
Auburn is in Lee County, where the capital is Washington, D.C.
Auburn is in Lee County, where an ethnic group is African Americans.
Auburn is in Alabama, where a demonym is Americans.
Auburn is part of Lee County, in Alabama, where the capital is Washington, D.C.
Auburn is part of Lee County, Alabama, where a demonym is Americans.
# "where a N is Y": Y another relation's value
Auburn is in the United States, where an ethnic group is Americans.
Auburn is in the United States, where a demonym is African Americans.
Auburn is in the United States, where the capital is Auburn.
Auburn is in the United States, where a capital is Lee County.
Auburn is in the United States, where the demonym is not Americans.
Auburn is in the United States, where a capital is Washington, D.C., in Alabama.
# "spoken" said of what is not spoken
Auburn is in the United States, where the capital spoken is Washington, D.C.
Auburn is in the United States, where the ethnic group spoken is African Americans.
Auburn is in the United States, where an ethnic group spoken is African Americans.
# "one of the Ns of"
African Americans are one of the ethnic groups of Lee County.
African Americans are one of the groups in Alabama.
Americans is one of the demonyms of Alabama.
Lee County is one of the parts of Auburn.
Auburn is one of the parts of Washington, D.C.
Washington, D.C. is one of the capitals of Alabama.
Alabama is one of the parts of Lee County.
# the evaluation's corruptions
Auburn is not part of Lee County.
Lee County is part of Auburn.
Washington, D.C. is the capital of Alabama.
Auburn is the capital of the United States.
Alabama is in Lee County.
Auburn, in Lee County, is the capital of the United States.
@ajoblanco
# "where" after a place that is not the relation's subject, or with another relation's value
Ajoblanco is from Andalusia, where a leader is Felipe VI.
Ajoblanco is from Andalusia, where the language spoken is Spanish.
Ajoblanco is from Spain, where a leader is Garlic.
Ajoblanco is from Spain, where the language spoken is Almond.
Ajoblanco is from Spain, where an ingredient is Garlic.
Ajoblanco is from Spain, where a leader is not Felipe VI.
Ajoblanco is from Spain, where a leader is Felipe VI since 2014.
Almond is from Spain, where a leader is Felipe VI.
Garlic is from Spain, where the language spoken is Spanish.
# chains
Ajoblanco is from Andalusia, in Garlic.
Ajoblanco, in Andalusia, contains Spanish.
Felipe VI leads Spain, in Andalusia.
# "one of the Ns of"
Garlic is one of the ingredients of Spain.
Garlic is one of the languages of Spain.
Spanish is one of the ingredients of Ajoblanco.
Felipe VI is one of the leaders of Andalusia.
Felipe VI is one of the ingredients of Ajoblanco.
Almond is one of the leaders of Spain.
Ajoblanco is one of the ingredients of Garlic.
Garlic and Spanish are among the ingredients of Ajoblanco.
Garlic is not one of the ingredients of Ajoblanco.
Spain is one of the leaders of Felipe VI.
# the evaluation's corruptions
Ajoblanco is not from Spain.
Spain is from Ajoblanco.
Felipe VI leads Andalusia.
Garlic contains Ajoblanco.
@aarhus
# comma chains: reversed, a middle place elsewhere, three places, after a non-place
Aarhus Airport is located in Tirstrup, in Aarhus.
Aarhus Airport is located in Aarhus, in the Central Denmark Region.
Aarhus Airport is located in the Central Denmark Region, in Tirstrup.
Aarhus Airport is located in Tirstrup, in the Central Denmark Region, in Aarhus.
Aarhus Airport serves Tirstrup, in the Central Denmark Region.
Aarhus Airport, in Aarhus, serves Tirstrup.
Aarhus Airport is operated by Aarhus Lufthavn A/S, in Aarhus.
Jacob Bundsgaard leads Tirstrup, in the Central Denmark Region.
Jacob Bundsgaard leads Aarhus, in Tirstrup.
Aarhus Lufthavn A/S leads Aarhus, in the Central Denmark Region.
Tirstrup, in the Central Denmark Region, is served by Aarhus Airport.
Aarhus Airport is not located in Tirstrup, in the Central Denmark Region.
Aarhus Airport is located in Tirstrup, in the Central Denmark Region, and has a runway length of 2778 metres.
# "where" after the wrong place, with another relation's value, and what follows it
Aarhus Airport is located in Tirstrup, where a leader is Jacob Bundsgaard.
Aarhus Airport is located in Tirstrup, in the Central Denmark Region, where a leader is Jacob Bundsgaard.
Aarhus Airport serves Aarhus, where a leader is Aarhus Lufthavn A/S.
Aarhus Airport serves Aarhus, where a leader is not Jacob Bundsgaard.
Aarhus Airport serves Aarhus, where the location is Tirstrup.
Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard since 2011.
# "one of the Ns of"
Jacob Bundsgaard is one of the leaders of Tirstrup.
Jacob Bundsgaard is one of the leaders of Aarhus Airport.
Aarhus Lufthavn A/S is one of the leaders of Aarhus.
The Central Denmark Region is one of the parts of Tirstrup.
Aarhus Airport is one of the leaders of Aarhus.
Jacob Bundsgaard is one of the operators of Aarhus Airport.
# the evaluation's corruptions
Aarhus Airport serves Tirstrup.
Aarhus Airport is located in Aarhus.
The Central Denmark Region is part of Tirstrup.
Aarhus Airport has a runway length of 3777 metres.
Aarhus Airport is not operated by Aarhus Lufthavn A/S.
Aarhus Lufthavn A/S is operated by Aarhus Airport.
@teisaire
# "X succeeded Y as N": N of both (no office of Rojas, Quijano in the graph; Rojas was an anti-Peronist)
Isaac Rojas succeeded Alberto Teisaire as a member of the Peronist Party.
Hortensio Quijano succeeded Alberto Teisaire as a member of the Peronist Party.
Alberto Teisaire succeeded Isaac Rojas as Vice President of Argentina.
Alberto Teisaire was succeeded by Isaac Rojas as a member of the Peronist Party.
Isaac Rojas succeeded Alberto Teisaire as the leader of the Peronist Party.
Isaac Rojas succeeded Alberto Teisaire as a native of Mendoza.
Isaac Rojas succeeded Alberto Teisaire as Vice President of Argentina in 1955.
# "took over from", "was followed in office by" (of WebNLG's "successor"), wrong direction
Alberto Teisaire took over from Isaac Rojas.
Alberto Teisaire was followed in office by Hortensio Quijano.
Alberto Teisaire succeeded Isaac Rojas.
Isaac Rojas was succeeded by Alberto Teisaire.
Hortensio Quijano succeeded Alberto Teisaire.
Rojas succeeded Quijano.
# comma chains of the places of a life
Alberto Teisaire was born in Mendoza, in Buenos Aires.
Alberto Teisaire died in Buenos Aires, in Mendoza.
Alberto Teisaire was born in Buenos Aires, in Argentina.
Alberto Teisaire died in Mendoza, in Argentina.
Alberto Teisaire, in the Peronist Party, was born in Buenos Aires.
# a person's act "in" a place (not where he was born or died)
Alberto Teisaire served as Vice President of Argentina in Mendoza.
Alberto Teisaire served as Vice President of Argentina in Buenos Aires.
Alberto Teisaire was a member of the Peronist Party in Mendoza.
Alberto Teisaire lies in Buenos Aires.
# "one of the Ns of", "belonged to"
Isaac Rojas is one of the members of the Peronist Party.
Isaac Rojas was one of the members of the Peronist Party.
Alberto Teisaire is one of the successors of Isaac Rojas.
Isaac Rojas is one of the predecessors of Alberto Teisaire.
Hortensio Quijano is one of the successors of Alberto Teisaire.
Alberto Teisaire was not one of the members of the Peronist Party.
Alberto Teisaire and Isaac Rojas were among the members of the Peronist Party.
Isaac Rojas belonged to the Peronist Party.
Alberto Teisaire belonged to Mendoza.
Alberto Teisaire never belonged to the Peronist Party.
# relative clauses and appositions said of the wrong name
Alberto Teisaire succeeded Hortensio Quijano, who was born in Mendoza.
Alberto Teisaire was succeeded by Isaac Rojas, who belonged to the Peronist Party.
Isaac Rojas succeeded Alberto Teisaire, who died in Mendoza.
Isaac Rojas, a member of the Peronist Party, succeeded Alberto Teisaire.
Teisaire was born in Buenos Aires.
@lodz
# "where" after a place that is not the relation's subject
Łódź is in Poland, where a leader is Hanna Zdanowska.
Lodz is in Poland, where a leader is Hanna Zdanowska.
Hanna Zdanowska leads Łódź, where a leader is Andrzej Duda.
Hanna Zdanowska leads Łódź, where the language spoken is Polish.
Hanna Zdanowska leads Łódź, where the currency used is the Polish złoty.
Hanna Zdanowska leads Łódź, where a language spoken is Polish.
Lodz, where a leader is Andrzej Duda, is in Poland.
Łódź, in Poland, where a leader is Andrzej Duda, uses the Polish złoty.
# what follows a "where" clause: of the place the clause is about
Łódź is in Poland, where the language spoken is Polish and the leader is Hanna Zdanowska.
Łódź is in Poland, where a language spoken is Polish and the leader is Hanna Zdanowska.
Łódź is in Poland, where the language used is Polish and the leader is Hanna Zdanowska.
Łódź is in Poland, where a leader is Andrzej Duda and a leader is Hanna Zdanowska.
Łódź is in Poland, where a leader is Mateusz Morawiecki and the leader is Hanna Zdanowska.
Łódź is in Poland, where the language spoken is Polish and a leader is Hanna Zdanowska.
Lodz is in Poland, where the language spoken is Polish and a leader is Hanna Zdanowska.
Łódź is in Poland, where the currency used is the Polish złoty and the leader is Hanna Zdanowska.
Łódź is in Poland, where the currency used is the Polish złoty and a leader is Hanna Zdanowska.
Łódź is located in Poland, where the language spoken is Polish and the leader is Hanna Zdanowska.
Łódź is in Poland, where a leader is Andrzej Duda and a leader is Polish.
Łódź is in Poland, where a leader is not Andrzej Duda.
Łódź is in Poland, where the currency spoken is the Polish złoty.
Łódź is in Poland, where a leader is Andrzej Duda or Hanna Zdanowska.
# (the older "where" readings do the same: accepted before the session too, KNOWN)
Łódź is in Poland, where Polish is spoken and the leader is Hanna Zdanowska.
Łódź is in Poland, where the currency is the Polish złoty and the leader is Hanna Zdanowska.
# comma chains
Andrzej Duda leads Łódź, in Poland.
Hanna Zdanowska leads Poland, in Łódź.
Łódź, in Poland, is led by Andrzej Duda.
Łódź, Poland, is led by Mateusz Morawiecki.
Mateusz Morawiecki is one of the leaders of Łódź, in Poland.
Polish is spoken in Łódź, in Poland.
Hanna Zdanowska and Andrzej Duda lead Łódź, in Poland.
# "one of the Ns of"
Andrzej Duda is one of the leaders of Łódź.
Hanna Zdanowska is one of the leaders of Poland.
Andrzej Duda and Hanna Zdanowska are among the leaders of Poland.
Polish is one of the languages of Łódź.
The Polish zloty is one of the currencies of Łódź.
The Polish złoty is one of the languages of Poland.
Poland is one of the leaders of Andrzej Duda.
Andrzej Duda is one of the leaders in Łódź.
# the evaluation's corruptions
Lodz is led by Andrzej Duda.
Poland is in Łódź.
Lodz is not in Poland.
Hanna Zdanowska leads Poland.
@amerigas
# comma chains: reversed, a middle place elsewhere, three places, after a non-place
AmeriGas is located in Upper Merion Township, in King of Prussia.
AmeriGas is located in Montgomery County, in King of Prussia.
King of Prussia is in Montgomery County, in Upper Merion Township.
Upper Merion Township is in King of Prussia, in Montgomery County.
AmeriGas is located in King of Prussia, in Montgomery County, in Upper Merion Township.
Jerry E. Sheridan is a key person at King of Prussia, in Upper Merion Township.
Jerry E. Sheridan is located in King of Prussia, in Upper Merion Township.
King of Prussia, in Upper Merion Township, is the location of Jerry E. Sheridan.
Upper Merion Township, in Montgomery County, is the location of AmeriGas.
AmeriGas is not located in King of Prussia, in Upper Merion Township.
AmeriGas is located in King of Prussia, in Upper Merion Township, and has 8600 employees.
AmeriGas, in King of Prussia, in Upper Merion Township, has 9500 employees.
AmeriGas is located in King of Prussia, in Upper Merion Township, and Jerry E. Sheridan is its industry.
# "where" after the wrong place
AmeriGas is located in King of Prussia, where the industry is the energy industry.
AmeriGas is located in King of Prussia, where a key person is Jerry E. Sheridan.
AmeriGas is located in King of Prussia, in Upper Merion Township, where a key person is Jerry E. Sheridan.
AmeriGas is located in King of Prussia, where the number of employees is 8500.
# "one of the Ns of"
Jerry E. Sheridan is one of the companies in the energy industry.
King of Prussia is one of the companies in the energy industry.
Montgomery County is one of the parts of Upper Merion Township.
Upper Merion Township is one of the parts of King of Prussia.
AmeriGas is one of the parts of King of Prussia.
Jerry E. Sheridan is one of the key people of Upper Merion Township.
# the evaluation's corruptions
Upper Merion Township is located in King of Prussia.
AmeriGas has 9500 employees.
Jerry E. Sheridan is not a key person at AmeriGas.
King of Prussia is located in AmeriGas.
AmeriGas is a key person at Jerry E. Sheridan.
@izmir
# "where" after a place that is not the relation's subject, another value, negation
The Atatürk Monument is in İzmir, where a leader is Binali Yıldırım.
The Ataturk Monument is in Izmir, where a leader is Binali Yildirim.
İzmir is in Turkey, where a leader is Aziz Kocaoğlu.
Izmir is in Turkey, where the leader is Aziz Kocaoglu.
Aziz Kocaoğlu leads İzmir, where a leader is Binali Yıldırım.
Izmir is in Turkey, where a leader is Pietro Canonica.
Izmir is in Turkey, where a leader is not Recep Tayyip Erdogan.
Izmir is in Turkey, where the leader is Binali Yildirim.
Izmir is in Turkey, where a leader is the Atatürk Monument.
Izmir is in Turkey, where the language spoken is Binali Yildirim.
# what follows a "where" clause: of the place the clause is about
İzmir is in Turkey, where a leader is Binali Yıldırım and the leader is Aziz Kocaoğlu.
Izmir is in Turkey, where a leader is Recep Tayyip Erdogan and a leader is Aziz Kocaoglu.
Izmir is in Turkey, where a leader is Binali Yildirim and a designer is Pietro Canonica.
# comma chains
The Atatürk Monument is in Turkey, in İzmir.
The Atatürk Monument is in İzmir, in Pietro Canonica.
Izmir is in Turkey, in the Atatürk Monument.
Binali Yildirim leads Izmir, in Turkey.
Aziz Kocaoğlu leads Turkey, in İzmir.
Izmir, in Turkey, is led by Recep Tayyip Erdogan.
Pietro Canonica designed the Ataturk Monument, in Turkey, in Izmir.
# "one of the Ns of"
Binali Yildirim is one of the leaders of Izmir.
Aziz Kocaoglu is one of the leaders of Turkey.
Recep Tayyip Erdogan is one of the leaders of the Atatürk Monument.
Pietro Canonica is one of the leaders of Turkey.
Recep Tayyip Erdogan and Aziz Kocaoglu are among the leaders of Turkey.
Binali Yildirim is one of the designers of the Atatürk Monument.
# the folded letters (ı, İ, ğ): a wrong claim in the plain spelling
Binali Yildirim designed the Ataturk Monument.
The Ataturk Monument, in Izmir, was designed by Recep Tayyip Erdogan.
Binali Yildirim leads Izmir.
Aziz Kocaoglu leads Turkey.
Turkey is in Izmir.
Izmir is not in Turkey.
@larsen
# two names that differ by one folded letter (ø / ö), with WebNLG's qualifier "(footballer)" the
# text leaves out: each claim of the other one
Jörgen Larsen plays for Brøndby IF.
Jørgen Larsen plays for Malmö FF.
Jørgen Larsen was born in Malmö.
Jörgen Larsen was born in Aalborg.
Jørgen Larsen was born in Malmo.
JØRGEN LARSEN plays for Malmö FF.
"Jørgen Larsen" plays for Malmö FF.
Jørgen Larsen, born in Aalborg, plays for Malmö FF.
Jörgen Larsen, born in Malmö, plays for Brøndby IF.
Jørgen Larsen, who plays for Brøndby IF, was born in Malmö.
Jørgen Larsen, born in Malmö, plays for Malmö FF.
Jörgen Larsen, who was born in Aalborg, plays for Brøndby IF.
Jørgen Larsen was born in Malmö and plays for Malmö FF.
Jørgen Larsen plays for Malmö FF, whose manager is Åge Hareide.
Jörgen Larsen plays for Brøndby IF, whose ground is Brøndby Stadium.
Jörgen Larsen plays for Malmö FF and Brøndby IF.
Jørgen Larsen plays for Brøndby IF. Jörgen Larsen was born in Aalborg.
Jørgen Larsen plays for Brøndby IF. He was born in Malmö.
Jørgen Larsen's club is Malmö FF.
Jørgen Larsen is one of the members of Malmö FF.
Jörgen Larsen is one of the players for Brøndby IF.
Jørgen Larsen is one of the players of Malmö FF.
Jørgen Larsen plays for Brøndby IF, whose manager is Åge Hareide.
Jörgen Larsen plays for Malmo FF, whose ground is Brøndby Stadium.
Jørgen Larsen plays for Malmö FF, in Brøndby Stadium.
Jörgen Larsen plays for Brondby IF.
Jorgen Larsen was born in Vejle.
Åge Hareide manages Brøndby IF.
Age Hareide manages Brondby IF.
Brøndby IF plays for Jørgen Larsen.
Jørgen Larsen does not play for Brøndby IF.
Jörgen Larsen was born in Malmö, in Aalborg.
Jørgen Larsen plays for Brøndby IF, where the manager is Åge Hareide.
@denmark
# "X succeeded Y as N" (Frederiksen, Thorning-Schmidt: no office or place of theirs in the graph)
Mette Frederiksen succeeded Lars Lokke Rasmussen as a native of Vejle.
Helle Thorning-Schmidt was succeeded by Lars Lokke Rasmussen as the leader of Copenhagen.
Lars Lokke Rasmussen succeeded Mette Frederiksen as the leader of Denmark.
Lars Lokke Rasmussen was succeeded by Helle Thorning-Schmidt as the leader of Denmark.
# the folded "Lokke": wrong claims in the plain spelling
Lars Lokke Rasmussen was born in Copenhagen.
Lars Lokke Rasmussen succeeded Mette Frederiksen.
Helle Thorning-Schmidt succeeded Lars Lokke Rasmussen.
Lars Lokke Rasmussen leads Copenhagen.
Mette Frederiksen leads Denmark.
Lars Lokke Rasmussen, born in Copenhagen, leads Denmark.
Rasmussen was born in Copenhagen.
Lars Lokke Rasmussen is not the leader of Denmark.
# "where"
Lars Lokke Rasmussen leads Denmark, where the capital is Vejle.
Lars Lokke Rasmussen leads Denmark, where a capital is Vejle.
Lars Lokke Rasmussen leads Denmark, where a leader is Helle Thorning-Schmidt.
Lars Lokke Rasmussen was born in Vejle, where a leader is Mette Frederiksen.
Denmark, where a leader is Mette Frederiksen, has the capital Copenhagen.
Denmark, where the language spoken is Danish, has the capital Vejle.
Copenhagen is the capital of Denmark, where a leader is Helle Thorning-Schmidt.
Lars Lokke Rasmussen leads Denmark, where the language spoken is Danish and the capital is Vejle.
Lars Lokke Rasmussen leads Denmark, where the capital spoken is Copenhagen.
Lars Lokke Rasmussen leads Denmark, where the leader spoken is Lars Lokke Rasmussen.
# chains
Lars Lokke Rasmussen was born in Vejle, in Copenhagen.
Lars Lokke Rasmussen was born in Copenhagen, in Denmark.
Lars Lokke Rasmussen leads Denmark, in Vejle.
Lars Lokke Rasmussen leads Copenhagen, in Denmark.
# "one of the Ns of"
Mette Frederiksen is one of the leaders of Denmark.
Lars Lokke Rasmussen is one of the leaders of Copenhagen.
Lars Lokke Rasmussen is one of the successors of Mette Frederiksen.
Mette Frederiksen is one of the predecessors of Lars Lokke Rasmussen.
Vejle is one of the capitals of Denmark.
Danish is one of the languages of Copenhagen.
Lars Lokke Rasmussen is not one of the leaders of Denmark.
# relative clauses of the wrong name
Denmark is led by Lars Lokke Rasmussen, who succeeded Mette Frederiksen.
Lars Lokke Rasmussen, the leader of Denmark, was succeeded by Helle Thorning-Schmidt.
Mette Frederiksen succeeded Lars Løkke Rasmussen, who was born in Copenhagen.
"""

CONTROLS = r"""
@addis
Addis Ababa is in Ethiopia, where a leader is Mulatu Teshome.
Addis Ababa is in Ethiopia, where a leader is Hailemariam Desalegn.
Addis Ababa is in Ethiopia, where the language spoken is Amharic.
Addis Ababa is in Ethiopia, where the currency used is the Ethiopian birr.
Addis Ababa is in Ethiopia, where a language spoken is Amharic.
Addis Ababa City Hall is located in Addis Ababa, Ethiopia.
Addis Ababa City Hall is located in Addis Ababa, in Ethiopia.
Mulatu Teshome is one of the leaders of Ethiopia.
Amharic is spoken in Ethiopia, where a leader is Hailemariam Desalegn.
Hailemariam Desalegn leads Ethiopia, where the language spoken is Amharic.
Ethiopia, where a leader is Mulatu Teshome, uses the Ethiopian birr.
Addis Ababa City Hall is in Addis Ababa, which is in Ethiopia, where a leader is Mulatu Teshome.
@auburn
Auburn is part of Lee County, in Alabama.
Auburn is in Lee County, Alabama.
Auburn is in the United States, where the capital is Washington, D.C.
Auburn is in the United States, where an ethnic group is African Americans.
Auburn is in the United States, where a demonym is Americans.
Auburn is in the United States, where the demonym used is Americans.
African Americans are one of the ethnic groups in the United States.
Auburn is one of the parts of Lee County.
Lee County is in Alabama.
@ajoblanco
Ajoblanco is from Spain, where a leader is Felipe VI.
Ajoblanco is from Spain, where the language spoken is Spanish.
Ajoblanco is from Andalusia, in Spain.
Garlic is one of the ingredients of Ajoblanco.
Garlic and almonds are among the ingredients of Ajoblanco.
Felipe VI is one of the leaders of Spain.
@aarhus
Aarhus Airport is located in Tirstrup, in the Central Denmark Region.
Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard.
Aarhus Airport, in Tirstrup, serves Aarhus.
Tirstrup is one of the parts of the Central Denmark Region.
Aarhus Airport is operated by Aarhus Lufthavn A/S and has a runway length of 2777 metres.
Aarhus Airport, located in Tirstrup, in the Central Denmark Region, serves Aarhus.
@teisaire
Isaac Rojas succeeded Alberto Teisaire.
Alberto Teisaire succeeded Hortensio Quijano.
Alberto Teisaire was born in Mendoza, Argentina, and died in Buenos Aires.
Alberto Teisaire was one of the members of the Peronist Party.
Alberto Teisaire belonged to the Peronist Party.
Isaac Rojas took over from Alberto Teisaire.
Teisaire served as Vice President of Argentina.
@lodz
Łódź is in Poland, where a leader is Andrzej Duda.
Lodz is in Poland, where the language spoken is Polish.
Lodz is in Poland, where the currency used is the Polish zloty.
Łódź is in Poland, where the language spoken is Polish and the currency is the Polish złoty.
Hanna Zdanowska leads Łódź, in Poland.
Lodz is led by Hanna Zdanowska.
Łódź is in Poland, where a leader is Andrzej Duda, and is led by Hanna Zdanowska.
Andrzej Duda and Mateusz Morawiecki are among the leaders of Poland.
Łódź, where the leader is Hanna Zdanowska, is in Poland.
Andrzej Duda is one of the leaders in Poland.
@amerigas
AmeriGas is located in King of Prussia, in Upper Merion Township.
King of Prussia is in Upper Merion Township, in Montgomery County.
AmeriGas is based in King of Prussia, in Upper Merion Township.
AmeriGas is located in King of Prussia, in Upper Merion Township, in Montgomery County.
Jerry E. Sheridan is a key person at AmeriGas, which has 8500 employees.
AmeriGas is one of the companies in the energy industry.
Upper Merion Township is one of the parts of Montgomery County.
@izmir
The Ataturk Monument is in Izmir, Turkey.
The Atatürk Monument is located in İzmir, in Turkey.
Izmir is in Turkey, where a leader is Binali Yildirim.
İzmir, where the leader is Aziz Kocaoğlu, is in Turkey.
Binali Yildirim and Recep Tayyip Erdogan are among the leaders of Turkey.
The Atatürk Monument in İzmir was designed by Pietro Canonica.
Aziz Kocaoğlu leads İzmir, in Turkey.
@larsen
Jørgen Larsen plays for Brøndby IF.
Jörgen Larsen plays for Malmö FF.
Jørgen Larsen was born in Aalborg.
Jörgen Larsen was born in Malmö.
Jörgen Larsen plays for Malmö FF, whose manager is Åge Hareide.
Jørgen Larsen plays for Brondby IF, whose ground is Brondby Stadium.
Jørgen Larsen is one of the players for Brøndby IF.
@denmark
Lars Lokke Rasmussen leads Denmark, where the capital is Copenhagen.
Lars Løkke Rasmussen was born in Vejle.
Lars Lokke Rasmussen is one of the leaders of Denmark.
Mette Frederiksen succeeded Lars Lokke Rasmussen.
Denmark, where the language spoken is Danish, has the capital Copenhagen.
Denmark is led by Lars Lokke Rasmussen, who was succeeded by Mette Frederiksen.
Helle Thorning-Schmidt was succeeded by Lars Lokke Rasmussen as the leader of Denmark.
"""

KNOWN = frozenset({
    "Isaac Rojas succeeded Alberto Teisaire as a member of the Peronist Party.",
    "Łódź is in Poland, where Polish is spoken and the leader is Hanna Zdanowska.",
    "Łódź is in Poland, where the currency is the Polish złoty and the leader is Hanna Zdanowska.",
})
"""False texts accepted before the session too (the code with CHANGES.diff reversed)."""

OPEN = frozenset({
    # "where" after "City, Country": the city (the head of the chain, as the checker reads it) or
    # the country (the nearer name); a reader may take either
    "Addis Ababa City Hall is in Addis Ababa, Ethiopia, where a leader is Mulatu Teshome.",
    "Hanna Zdanowska leads Łódź, in Poland, where a leader is Hanna Zdanowska.",
    # "... and the state is Alabama" after a "where" clause: of the United States (false) or, as a
    # clause of its own, of Auburn (true in fact, not in the graph)
    "Auburn is in the United States, where the capital is Washington, D.C. and the state is Alabama.",
    "Auburn is in the United States, where an ethnic group is African Americans and the state is Alabama.",
    # a second "in" after a place: the place's (Lee County in the United States: true in fact, not
    # in the graph) or the subject's (Auburn is in both); "in the United States, in Lee County":
    # the narrower place after the wider one
    "Auburn is part of Lee County, in the United States.",
    "Auburn is in the United States, in Lee County.",
    "Ajoblanco is from Spain, in Andalusia.",
    # "the capital used": odd, but says nothing false
    "Auburn is in the United States, where the capital used is Washington, D.C.",
    # "and an ingredient / an operating organisation / a location is Y" after a "where" clause on a
    # country or a city: nothing a country or a city has, so a reader may take it of the dish or
    # the airport, the sentence's subject (true); said of the place, false
    "Ajoblanco is from Spain, where the language spoken is Spanish and an ingredient is garlic.",
    "Ajoblanco is from Spain, where a leader is Felipe VI and an ingredient is almond.",
    "Ajoblanco is from Spain, where the language used is Spanish and the ingredient is garlic.",
    "Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard and an operating organisation is Aarhus Lufthavn A/S.",
    "Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard and the operating organisation is Aarhus Lufthavn A/S.",
    "Aarhus Airport serves Aarhus, where the leader is Jacob Bundsgaard and the operating organisation is Aarhus Lufthavn A/S.",
    "Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard and a location is Tirstrup.",
    "Łódź is in Poland, where a leader is Andrzej Duda and a country is Poland.",
    "Łódź is in Poland, where the language spoken is Polish and a country is Poland.",
    # with a comma, or "its": a clause of its own on Łódź (true) or still the "where" clause on
    # Poland (false)
    "Łódź is in Poland, where the language spoken is Polish, and the leader is Hanna Zdanowska.",
    "Łódź is in Poland, where the language spoken is Polish and its leader is Hanna Zdanowska.",
    # a place after a comma at the end: of the last name (false) or of the sentence's subject or
    # act (true: the airport is in Tirstrup; the Andalusian ajoblanco contains garlic)
    "Ajoblanco contains garlic, in Andalusia.",
    "Ajoblanco is from Spain, where the leader is Felipe VI, in Andalusia.",
    "Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard, in Tirstrup.",
    "Aarhus Airport serves Aarhus, in Tirstrup.",
    "AmeriGas is located in King of Prussia, in the energy industry.",
    # ", in the Peronist Party" after a succession: Teisaire's party (an apposition, true) or where
    # the succession took place (Rojas was no Peronist; Quijano's party is not in the graph)
    "Isaac Rojas succeeded Alberto Teisaire, in the Peronist Party.",
    "Hortensio Quijano was succeeded by Alberto Teisaire, in the Peronist Party.",
    # "X succeeded Y as N": N of both; the graph gives N of Y only, but X held it too in fact
    # (Rojas was Vice President 1955-58, Frederiksen Prime Minister of Denmark from 2019)
    "Isaac Rojas succeeded Alberto Teisaire as Vice President of Argentina.",
    "Mette Frederiksen succeeded Lars Løkke Rasmussen as the leader of Denmark.",
    "Mette Frederiksen succeeded Lars Lokke Rasmussen as leader of Denmark.",
    # "Jorgen Larsen", spelled plain: either of the two (the checker takes either, consistently)
    "Jorgen Larsen plays for Malmö FF.",
    "Jorgen Larsen plays for Brøndby IF.",
})

OPEN_TEXTS = r"""
@addis
Addis Ababa City Hall is in Addis Ababa, Ethiopia, where a leader is Mulatu Teshome.
@auburn
Auburn is in the United States, where the capital is Washington, D.C. and the state is Alabama.
Auburn is in the United States, where an ethnic group is African Americans and the state is Alabama.
Auburn is part of Lee County, in the United States.
Auburn is in the United States, in Lee County.
Auburn is in the United States, where the capital used is Washington, D.C.
@ajoblanco
Ajoblanco is from Spain, where the language spoken is Spanish and an ingredient is garlic.
Ajoblanco is from Spain, where a leader is Felipe VI and an ingredient is almond.
Ajoblanco is from Spain, where the language used is Spanish and the ingredient is garlic.
Ajoblanco contains garlic, in Andalusia.
Ajoblanco is from Spain, where the leader is Felipe VI, in Andalusia.
Ajoblanco is from Spain, in Andalusia.
@aarhus
Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard and an operating organisation is Aarhus Lufthavn A/S.
Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard and the operating organisation is Aarhus Lufthavn A/S.
Aarhus Airport serves Aarhus, where the leader is Jacob Bundsgaard and the operating organisation is Aarhus Lufthavn A/S.
Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard and a location is Tirstrup.
Aarhus Airport serves Aarhus, where a leader is Jacob Bundsgaard, in Tirstrup.
Aarhus Airport serves Aarhus, in Tirstrup.
@teisaire
Isaac Rojas succeeded Alberto Teisaire as Vice President of Argentina.
Isaac Rojas succeeded Alberto Teisaire, in the Peronist Party.
Hortensio Quijano was succeeded by Alberto Teisaire, in the Peronist Party.
@lodz
Łódź is in Poland, where a leader is Andrzej Duda and a country is Poland.
Łódź is in Poland, where the language spoken is Polish and a country is Poland.
Hanna Zdanowska leads Łódź, in Poland, where a leader is Hanna Zdanowska.
Łódź is in Poland, where the language spoken is Polish, and the leader is Hanna Zdanowska.
Łódź is in Poland, where the language spoken is Polish and its leader is Hanna Zdanowska.
@amerigas
AmeriGas is located in King of Prussia, in the energy industry.
@larsen
Jorgen Larsen plays for Malmö FF.
Jorgen Larsen plays for Brøndby IF.
@denmark
Mette Frederiksen succeeded Lars Løkke Rasmussen as the leader of Denmark.
Mette Frederiksen succeeded Lars Lokke Rasmussen as leader of Denmark.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts_ = line[1:].split()
            key, user = parts_[0], (parts_[1] if len(parts_) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)
    yield from _parse(OPEN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    assert {t for _, _, t in _parse(OPEN_TEXTS)} == set(OPEN), "OPEN and OPEN_TEXTS differ"
    assert KNOWN <= {t for _, _, t in _parse(TEXTS)}, "KNOWN not in TEXTS"
    k = acc_c = 0
    for key, user, text in controls():
        ok, reason = check(key, text, user)
        k += 1
        acc_c += bool(ok)
        if not ok:
            print(f"control rejected [{key}{' ' + user if user else ''}] {text} || {str(reason)[:160]}")
    n = acc = 0
    seen = set()
    for key, user, text in cases():
        if (key, user, text) in seen:
            raise SystemExit(f"duplicate text: {text}")
        seen.add((key, user, text))
        ok, reason = check(key, text, user)
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}{' ' + user if user else ''}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
