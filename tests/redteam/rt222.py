"""Red team round 222: the session's new readings (WHOLE_SESSION.diff of rt221) on WebNLG-style graphs.

Graphs are built the way the project's WebNLG evaluation builds them: each entry (a
``WebNLGEntry`` of label triples) through ``webnlg_entry_graphs([entry], name="x", context=ENTRIES)``
(types are declared over the ten entries together, the facts are the entry's own), and each text is
checked with ``ConsistencyChecker(kg).check(text, evidence)``, the entry's triples as evidence,
as ``evaluate_webnlg`` checks.

Attacked: a relation noun that restates the cue narrows it ("is located within the country of X"
reads "country" only; before a place pair "X, Y" the cue stays whole but X must be of a kind the
noun's relation ends in); places typed country / city / state by their predicates (one kind only,
else "locality"), with what those types open: kind nouns ("the country called X", "the state
named X", "the city known as X", "the country X"), references ("the country", "the city", "this
state"), place pairs ("Madrid, Spain"); "The leader of X is called Y" / "X's currency is called Y"
read as "is"; the additive "also". With the evaluation's corruptions (swap an object for another
entity of the entry, reverse a relation, a negation, a changed number) and wrong place kinds,
chains of places, the "called" reading on wrong values and non-relation nouns, appositions and
relative clauses said of the wrong name, several entries as context.

Entries (ten; see ENTRIES): "austin" (Austin, Texas: part of Travis County, in the United States,
capital of Texas, whose largest city is Houston; Joe Biden leads the United States), "arros" (Arròs
negre: Spain, the Valencian Community, cuttlefish; Spain's leader, currency, language), "barajas"
(Adolfo Suárez Madrid–Barajas Airport: located in Alcobendas, part of the Community of Madrid,
serves Madrid, in Spain; ENAIRE; runway 3500), "klink" (Ab Klink: born in Stellendam, Dutch; the
Netherlands' leader and currency; his party), "mason" (Mason School of Business: state Virginia,
city Williamsburg, country United States; Virginia's capital Richmond; established 1919), "kaya"
(Kaya toast: Singapore, Southeast Asia, kaya; Singapore's leader and currency), "sia" (Singapore
Airlines: Singapore, Changi, its hub Singapore Changi Airport serving Singapore, Changi part of East
Region; its key person), "amerigas" (AmeriGas: King of Prussia, part of Montgomery County, whose
seat is Norristown; United States, capital Washington, D.C.; 6500 employees), "ayam" (Ayam penyet:
country Indonesia, region Malaysia, fried chicken; Indonesia's leader, Malaysia's currency),
"shepard" (Alan Shepard: born in New Hampshire on 18 November 1923, American; New Hampshire's
largest city Manchester; the United States' ethnic group). Singapore is a country and a city
across the entries, so "locality"; Texas, Travis County, Alcobendas, Stellendam ... are
"locality"; Austin, Houston, Madrid, Williamsburg, Richmond, Norristown, Washington, D.C.,
Manchester "city"; Virginia "state"; the United States, Spain, the Netherlands, Indonesia,
Malaysia "country".

Findings: 63 of 414 false texts accepted, all new with the session (the code with
WHOLE_SESSION.diff reversed, code_before/, accepts none of the 63; it accepts 24 others that the
session fixed, "within the country of Travis County", "comes from the country of Southeast Asia",
"Cuttlefish is found in the country of Arròs negre" ...). KNOWN: 14 more accepted before the session
too. Controls: 81 of 90 accepted (33 before). OPEN: 22 (15 accepted).
* a naming participle after a place-kind noun (54): the session's place types make "country",
  "city" and "state" kind nouns of the graph, so "the country called / named / known as X" drops
  its participle (checker._NAMING) and reads "the country X"; there the noun restates a relation of
  the cue ("country" of "is in", "state" of "is located in"), so no kind check is made on X and the
  cue's other relations read it: "Austin is in the country called Travis County" (is part of),
  "Adolfo Suárez Madrid–Barajas Airport is located in the country called Alcobendas" (location),
  "The Mason School of Business is in the state called Williamsburg" (city), "... the state called
  United States" (country), "Arròs negre comes from the country called Valencian Community"
  (region), "King of Prussia is located in the country called Montgomery County", "Ab Klink hails
  from the country called Stellendam", "Alan Shepard is from the country called New Hampshire", in
  relative clauses, appositions, coordinations, before a place pair ("..., Texas"). The narrowing
  of the session only reads the noun with "of" ("the country of X"); "the country X" (no "of",
  no participle) leaked before the session already (KNOWN).
* "is home to the country / state called X" (9): the inverse cue with the same noun, of an item
  that is no place at all or a city: "The United States is home to the country called Austin",
  "Spain is home to the country called Madrid", "Alcobendas is home to the country called Adolfo
  Suárez Madrid–Barajas Airport", "Williamsburg is home to the state called Mason School of
  Business", "The United States is home to the country called AmeriGas".
Held: the narrowing with "of" (wrong kinds, pairs with a first place of the wrong kind, chains,
relative clauses, appositions), the "called" reading of a relation noun's value (wrong values,
reversed, negated, non-relation nouns, "former" / "first" / "second", "X's Y is called Z"), the
references "the city / the country / this state / that city" (two cities: unresolved; a place of
another kind: rejected), place pairs of typed places ("Houston, in the United States, ..."),
number changes, swaps, reversals and negations of the evaluation.
Controls rejected (9): "Ab Klink is from the country of the Netherlands" (new with the session: the
noun narrows "is from" to the "country" relation, and he is Dutch by "nationality"); "Austin is a
city in the United States" ("city" unread); "Austin is in the country called the United States"
(no participle dropped before "the"); "The country of Arròs negre is called Spain" (the "called"
reading wants capitalised words after "of"); "Kaya toast comes from Singapore. The country's leader
is called Lawrence Wong" (Singapore is a country and a city across the entries: "locality", no
"country"); "The Mason School of Business is located in the state of Virginia, United States";
"Ayam penyet is found in the region of Malaysia"; "Ab Klink is Dutch. ..." and "Alan Shepard was
American. ..." (the nationality adjective after "is / was" unread).
Note: "the country of X" with X a place of another kind is read, as the brief's "within the
country of Travis County", as X said a country (not "X's country").

Closed in the same session: a noun restating the cue before its object ("the country of / called
X") needs X to be an object of that noun's relation in the graph (13 of the 14 KNOWN texts are
rejected too). Then: accepted 0 of 414.
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
    "austin": _entry("austin", "City", [
        ("Austin, Texas", "is part of", "Travis County, Texas"),
        ("Austin, Texas", "country", "United States"),
        ("Texas", "capital", "Austin, Texas"),
        ("Texas", "largest city", "Houston"),
        ("United States", "leader", "Joe Biden"),
        ("Travis County, Texas", "county seat", "Austin, Texas")]),
    "arros": _entry("arros", "Food", [
        ("Arròs negre", "country", "Spain"),
        ("Arròs negre", "region", "Valencian Community"),
        ("Arròs negre", "ingredient", "Cuttlefish"),
        ("Spain", "leader", "Felipe VI of Spain"),
        ("Spain", "currency", "Euro"),
        ("Spain", "language", "Spanish language")]),
    "barajas": _entry("barajas", "Airport", [
        ("Adolfo Suárez Madrid–Barajas Airport", "location", "Alcobendas"),
        ("Adolfo Suárez Madrid–Barajas Airport", "city served", "Madrid"),
        ("Alcobendas", "is part of", "Community of Madrid"),
        ("Madrid", "country", "Spain"),
        ("Adolfo Suárez Madrid–Barajas Airport", "operating organisation", "ENAIRE"),
        ("Adolfo Suárez Madrid–Barajas Airport", "runway length", "3500.0")]),
    "klink": _entry("klink", "Politician", [
        ("Ab Klink", "birth place", "Stellendam"),
        ("Ab Klink", "nationality", "Netherlands"),
        ("Stellendam", "country", "Netherlands"),
        ("Netherlands", "leader", "Mark Rutte"),
        ("Netherlands", "currency", "Euro"),
        ("Ab Klink", "party", "Christian Democratic Appeal")]),
    "mason": _entry("mason", "University", [
        ("Mason School of Business", "state", "Virginia"),
        ("Mason School of Business", "city", "Williamsburg, Virginia"),
        ("Mason School of Business", "country", "United States"),
        ("Virginia", "capital", "Richmond, Virginia"),
        ("Mason School of Business", "established", "1919")]),
    "kaya": _entry("kaya", "Food", [
        ("Kaya toast", "country", "Singapore"),
        ("Kaya toast", "region", "Southeast Asia"),
        ("Kaya toast", "ingredient", "Kaya (jam)"),
        ("Singapore", "leader", "Lawrence Wong"),
        ("Singapore", "currency", "Singapore dollar")]),
    "sia": _entry("sia", "Airline", [
        ("Singapore Airlines", "country", "Singapore"),
        ("Singapore Airlines", "location", "Changi"),
        ("Singapore Airlines", "hub airport", "Singapore Changi Airport"),
        ("Singapore Changi Airport", "city served", "Singapore"),
        ("Changi", "is part of", "East Region, Singapore"),
        ("Singapore Airlines", "key person", "Goh Choon Phong")]),
    "amerigas": _entry("amerigas", "Company", [
        ("AmeriGas", "location", "King of Prussia, Pennsylvania"),
        ("AmeriGas", "country", "United States"),
        ("King of Prussia, Pennsylvania", "is part of", "Montgomery County, Pennsylvania"),
        ("Montgomery County, Pennsylvania", "county seat", "Norristown, Pennsylvania"),
        ("AmeriGas", "number of employees", "6500"),
        ("United States", "capital", "Washington, D.C.")]),
    "ayam": _entry("ayam", "Food", [
        ("Ayam penyet", "country", "Indonesia"),
        ("Ayam penyet", "region", "Malaysia"),
        ("Ayam penyet", "ingredient", "Fried chicken"),
        ("Indonesia", "leader", "Joko Widodo"),
        ("Malaysia", "currency", "Malaysian ringgit")]),
    "shepard": _entry("shepard", "Astronaut", [
        ("Alan Shepard", "birth place", "New Hampshire"),
        ("New Hampshire", "largest city", "Manchester, New Hampshire"),
        ("Alan Shepard", "nationality", "United States"),
        ("United States", "ethnic group", "Native Americans in the United States"),
        ("Alan Shepard", "birth date", "1923-11-18")]),
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
@austin
The country called Travis County is home to Austin.
The country called Travis County has the county seat Austin.
# "the country called / named / known as X" (the new kind noun "country": its naming participle
# dropped) of a place that is no country, read by the cue's other relation ("is part of")
Austin is located within the country called Travis County.
Austin is located within the country named Travis County.
Austin is in the country called Travis County.
Austin is in the country known as Travis County.
Austin is found in the country called Travis County.
Austin is situated in the country called Travis County.
Austin is part of a country called Travis County.
Austin, which is in the country called Travis County, is the capital of Texas.
Austin, in the country called Travis County, is the capital of Texas.
The capital of Texas is Austin, which is located within the country called Travis County.
Austin is the capital of Texas and is located in the country called Travis County.
Austin is located in the country called Travis County and is the capital of Texas.
Houston is the largest city of Texas, and Austin is in the country called Travis County.
Austin is in the country called Travis County and in the United States.
Austin is in the country called Travis County, Texas.
Austin is in the country called Travis County, United States.
The United States is home to the country called Austin.
Travis County is home to the country called Austin.
Austin is in the country called Houston.
Austin is located in the country called Texas.
# "the country X" (no participle): the relation noun restated before the name, no "of"
Austin is located within the country Travis County.
Austin is in the country Travis County, United States.
Austin is located within its country, Travis County.
Austin is located in the state Travis County.
Austin is part of the country Travis County.
# the noun with "of" (the session's narrowing), wrong kinds, pairs, chains
Austin is located within the country of Travis County.
Austin is located within the country of Travis County, Texas.
Austin is located within the country of Travis County, United States.
Austin is located within the country of Travis County and the United States.
Austin is located within the countries of Travis County and the United States.
Austin is within the country of Travis County.
Austin is situated in the country of Travis County.
Austin, located within the country of Travis County, is the capital of Texas.
Austin, which is located within the country of Travis County, is the capital of Texas.
Texas's capital, Austin, is located within the country of Travis County.
Austin is located within the country of Texas.
Austin is in the country of Houston.
Austin is located within the state of the United States.
Austin is located in the city of the United States.
Austin is part of the country of Travis County.
Austin is part of the city of Travis County.
Austin is located within the country of the United States, Travis County.
Austin is in the country of the United States, Texas.
Austin is in Travis County, in the country of Texas.
Austin is in Travis County, in the city of Houston.
Austin is in the United States, Travis County.
Austin is in the United States, Travis County, Texas.
Austin is located in Travis County and the country of the United States and Houston.
Houston is located within the country of Travis County.
Houston is the largest city in the city of Texas.
Austin is the capital of the city of Texas.
Austin is the county seat of the country of Travis County.
Austin is located within a country of Travis County.
# "called" after a relation noun's copula
The leader of the United States is called Houston.
The leader of the United States is called Texas.
The leader of Texas is called Joe Biden.
The leader of Austin is called Joe Biden.
Austin's leader is called Joe Biden.
The capital of Texas is called Houston.
Texas's capital is called Houston.
The largest city of Texas is called Austin.
Texas's largest city is called Austin.
The capital of Austin is called Texas.
The county seat of Austin is called Travis County.
The county seat of Texas is called Austin.
The country of Austin is called Texas.
The country of Austin is called Travis County.
The country of Houston is called Travis County.
Austin's country is called Travis County.
The capital of Texas is not called Austin.
The capital of Texas isn't called Austin.
The former capital of Texas is called Austin.
The second city of Texas is called Houston.
The first leader of the United States is called Joe Biden.
The capital of Texas is called Austin, the largest city of Texas.
The leader of the United States is called Joe Biden and the capital of Texas is called Houston.
The capital of Texas is called Austin, but the county seat of Travis County is called Houston.
The capital of Texas is called Houston, United States.
Joe Biden's leader is called the United States.
# "the city" / "the country" / "this country" (typed places) said wrongly
Austin is in the United States. The city's leader is Joe Biden.
Austin is in the United States. The city is led by Joe Biden.
Austin is in the United States. The country is part of Travis County.
Austin is in the United States. The country is the capital of Texas.
Austin is in the United States. The city is the largest city of Texas.
Austin is in the United States. That city is the largest city of Texas.
Austin is in the United States. The city is not part of Travis County.
Austin is in the United States. The city is the county seat of Texas.
Houston is the largest city of Texas. The city is the county seat of Travis County.
Houston is the largest city of Texas. The city is the capital of Texas.
Houston is the largest city of Texas, and the city is part of Travis County.
Joe Biden leads the United States. The country is part of Texas.
The United States is led by Joe Biden. The country is part of Travis County.
Austin is in the United States. This country is led by Houston.
# place pairs (city, country) and corruptions
Texas has the capital Houston, United States.
The county seat of Travis County is Houston, United States.
Houston, in the United States, is the capital of Texas.
Austin is not part of Travis County.
Austin is not in the United States.
Travis County is part of Austin.
The United States is located within the country of Austin.
Texas is the capital of Austin.
Joe Biden is led by the United States.
Houston is the capital of Texas.
Austin is the largest city of Texas.
Joe Biden leads Texas.
The United States is the county seat of Travis County.

@arros
Arròs negre comes from the country called Valencian Community.
Arròs negre is from the country called Valencian Community.
Arròs negre originates from the country called Valencian Community.
Arròs negre comes from the country named Valencian Community.
Arròs negre is found in the country called Valencian Community.
Arròs negre comes from the country Valencian Community.
Arròs negre comes from the country of the Valencian Community.
Arròs negre is found in the country of the Valencian Community.
Arròs negre comes from the country of the Valencian Community, Spain.
Arròs negre comes from the region of Spain, Valencian Community.
Arròs negre comes from the country of Spain, Valencian Community.
Arròs negre comes from the city of the Valencian Community.
Arròs negre comes from the state of Spain.
Cuttlefish is found in the country of Arròs negre.
Cuttlefish is located within the country of the Valencian Community.
Felipe VI comes from the region of the Valencian Community.
Arròs negre is in the country of cuttlefish.
Arròs negre's country is called the Valencian Community.
Arròs negre's region is called Spain.
Spain's leader is called the Euro.
Spain's currency is called Felipe VI.
Spain's language is called the Euro.
Spain's currency is called Spanish.
The currency of Spain is called cuttlefish.
The leader of the Valencian Community is called Felipe VI.
The leader of the Euro is called Felipe VI.
Cuttlefish's country is called Spain.
Arròs negre's leader is called Felipe VI.
Arròs negre's currency is called the Euro.
Spain's leader is not called Felipe VI.
Arròs negre comes from Spain. The country's leader is called the Euro.
Arròs negre comes from Spain. This country's currency is called Felipe VI.
Arròs negre comes from the Valencian Community. This country's currency is called the Euro.
Arròs negre comes from the Valencian Community, whose leader is Felipe VI.
Arròs negre comes from Spain, whose leader is the Euro.
Arròs negre, from the country of the Valencian Community, contains cuttlefish.
Arròs negre contains the Euro.
Spain uses cuttlefish.
Felipe VI is led by Spain.
Spain comes from Arròs negre.
Cuttlefish contains Arròs negre.
Arròs negre does not come from Spain.
Spain doesn't use the Euro.
The leader of Spain is not Felipe VI.
Arròs negre comes from Spain and also contains the Euro.

@barajas
The country called Alcobendas is the location of Adolfo Suárez Madrid–Barajas Airport.
Adolfo Suárez Madrid–Barajas Airport is located in the country called Alcobendas.
Adolfo Suárez Madrid–Barajas Airport is in the country called Alcobendas.
Adolfo Suárez Madrid–Barajas Airport is situated in the country called Alcobendas.
Adolfo Suárez Madrid–Barajas Airport is located in the country named Alcobendas.
Adolfo Suárez Madrid–Barajas Airport is located in the country known as Alcobendas.
Adolfo Suárez Madrid–Barajas Airport, in the country called Alcobendas, serves Madrid.
Adolfo Suárez Madrid–Barajas Airport is operated by ENAIRE and is located in the country called Alcobendas.
Adolfo Suárez Madrid–Barajas Airport, operated by ENAIRE, is located in the country called Alcobendas.
Alcobendas is located in the country called Community of Madrid.
Alcobendas is in the country called Community of Madrid.
Alcobendas is part of the country called Community of Madrid.
Alcobendas is home to the country called Adolfo Suárez Madrid–Barajas Airport.
Spain is home to the country called Madrid.
Madrid is in the country called Alcobendas.
Adolfo Suárez Madrid–Barajas Airport is located in the country Alcobendas.
Alcobendas is part of the country Community of Madrid.
Adolfo Suárez Madrid–Barajas Airport serves the country of Madrid.
Adolfo Suárez Madrid–Barajas Airport serves the state of Madrid.
Adolfo Suárez Madrid–Barajas Airport serves the country called Madrid.
Adolfo Suárez Madrid–Barajas Airport serves the city called Community of Madrid.
Adolfo Suárez Madrid–Barajas Airport serves the city Community of Madrid.
Adolfo Suárez Madrid–Barajas Airport serves the city of the Community of Madrid.
Adolfo Suárez Madrid–Barajas Airport serves the city of Spain.
Madrid is in the city of Spain.
Madrid is in the state of Spain.
Madrid is in the city called Spain.
Alcobendas is located within the country of the Community of Madrid.
Alcobendas is located within the city of the Community of Madrid.
Alcobendas is part of the city of Madrid.
Madrid is located within the country of Alcobendas.
Adolfo Suárez Madrid–Barajas Airport serves Madrid, Alcobendas.
Adolfo Suárez Madrid–Barajas Airport is located in Alcobendas, Spain, Community of Madrid.
Adolfo Suárez Madrid–Barajas Airport is located in Spain, Madrid.
Adolfo Suárez Madrid–Barajas Airport's country is called Alcobendas.
The operating organisation of Adolfo Suárez Madrid–Barajas Airport is called Madrid.
Adolfo Suárez Madrid–Barajas Airport's operating organisation is called Alcobendas.
The runway length of Adolfo Suárez Madrid–Barajas Airport is 4500 metres.
Adolfo Suárez Madrid–Barajas Airport has a runway length of 3600 metres.
Madrid is in Spain. The city is operated by ENAIRE.
Madrid is in Spain. The country is served by Adolfo Suárez Madrid–Barajas Airport.
Alcobendas is part of the Community of Madrid. The city is operated by ENAIRE.
Adolfo Suárez Madrid–Barajas Airport serves Madrid. The city is part of Alcobendas.
Adolfo Suárez Madrid–Barajas Airport is in Alcobendas and serves Madrid. The city is operated by ENAIRE.
Adolfo Suárez Madrid–Barajas Airport serves Madrid. The country is led by ENAIRE.
Adolfo Suárez Madrid–Barajas Airport is operated by Madrid.
Adolfo Suárez Madrid–Barajas Airport serves ENAIRE.
ENAIRE is operated by Adolfo Suárez Madrid–Barajas Airport.
Spain is in Madrid.
The Community of Madrid is part of Alcobendas.
Madrid serves Adolfo Suárez Madrid–Barajas Airport.
Adolfo Suárez Madrid–Barajas Airport is not operated by ENAIRE.
Madrid is not in Spain.
Alcobendas is not part of the Community of Madrid.

@klink
Ab Klink hails from the country Stellendam.
Ab Klink was born in the country Stellendam.
Stellendam is located within the country of Ab Klink.
Stellendam is in the city of the Netherlands.
Stellendam is in the state of the Netherlands.
Stellendam is in the country of Mark Rutte.
Stellendam is in the city called the Netherlands.
Stellendam is in the country called Ab Klink.
Ab Klink was born in the country of Stellendam.
Ab Klink was born in the city of the Netherlands.
Ab Klink was born in the country called Stellendam.
Ab Klink is from the country of Stellendam.
Ab Klink hails from the country called Stellendam.
Ab Klink was born in the Netherlands, Stellendam.
The leader of the Netherlands is called Ab Klink.
The Netherlands's leader is called the Euro.
The Netherlands's currency is called Mark Rutte.
The leader of Stellendam is called Mark Rutte.
Ab Klink's party is called the Euro.
Ab Klink's nationality is called Stellendam.
Ab Klink's country is called Stellendam.
Mark Rutte's party is called the Christian Democratic Appeal.
Stellendam is in the Netherlands. The country's leader is called Ab Klink.
Stellendam is in the Netherlands. The city is led by Mark Rutte.
Ab Klink is Dutch. The city's leader is Mark Rutte.
Ab Klink was born in Stellendam. The country's leader is called Ab Klink.
Mark Rutte was born in Stellendam.
Ab Klink leads the Netherlands.
The Netherlands uses the Christian Democratic Appeal.
The Euro is led by Mark Rutte.
Ab Klink is not a national of the Netherlands.
The Netherlands isn't led by Mark Rutte.
Stellendam was born in Ab Klink.
The Netherlands is in Stellendam.

@mason
The state called Williamsburg is home to the Mason School of Business.
The city called Virginia is home to the Mason School of Business.
The Mason School of Business is in the state called Williamsburg.
The Mason School of Business is in the country called Virginia.
The Mason School of Business is in the country called Williamsburg.
The Mason School of Business is in the state called United States.
The Mason School of Business is in the state called USA.
The Mason School of Business is located in the state called Williamsburg.
The Mason School of Business is located in the state known as Williamsburg.
The Mason School of Business is situated in the state called Williamsburg.
The Mason School of Business is based in the state called Williamsburg.
The Mason School of Business is in the state named Williamsburg.
The Mason School of Business is in the country named Virginia.
The Mason School of Business is in the country known as Virginia.
The Mason School of Business, in the state called Williamsburg, was established in 1919.
The Mason School of Business, which is in the country called Virginia, was established in 1919.
The Mason School of Business was established in 1919 and is in the state called Williamsburg.
The Mason School of Business is in the state called Williamsburg, Virginia.
The Mason School of Business is in the country called Williamsburg, Virginia.
Virginia is home to the country called Mason School of Business.
The United States is home to the state called Mason School of Business.
Williamsburg is home to the country called Mason School of Business.
Williamsburg is home to the state called Mason School of Business.
Virginia is home to the city called Mason School of Business.
The Mason School of Business is in a state called Williamsburg.
The Mason School of Business is in the state called Williamsburg and the city called Virginia.
The Mason School of Business is in the city called Virginia.
The Mason School of Business is in the city called United States.
The Mason School of Business is located in the city named Virginia.
The Mason School of Business is based in the city called Virginia.
The Mason School of Business is in the city Virginia.
The Mason School of Business is in the state Williamsburg.
The Mason School of Business is in the state of Williamsburg.
The Mason School of Business is in the city of Virginia.
The Mason School of Business is in the country of Virginia.
The Mason School of Business is located in the state of Richmond.
The Mason School of Business is located in the city of Richmond.
The Mason School of Business is located in the city of Richmond, Virginia.
The Mason School of Business is located in the state of Williamsburg, Virginia.
The Mason School of Business is located in the city of Virginia, United States.
The Mason School of Business is located in the country of Virginia, United States.
The Mason School of Business is located in the state of the United States, Virginia.
The Mason School of Business is based in the city of Virginia.
The Mason School of Business is in Williamsburg, Virginia. The city's capital is Richmond.
The Mason School of Business is in Virginia. The state's capital is Williamsburg.
The Mason School of Business is in Virginia. The city has the capital Richmond.
The Mason School of Business is in Virginia. The country's capital is Richmond.
The Mason School of Business is in Virginia. This state's capital is called Williamsburg.
The Mason School of Business is in Virginia, in the United States. The country's capital is Richmond.
Richmond is the capital of Virginia. The city is home to the Mason School of Business.
Williamsburg is the capital of the state of Virginia.
Richmond is the capital of the city of Virginia.
Richmond is the capital of the country of Virginia.
The capital of Virginia is called Williamsburg.
Virginia's largest city is called Richmond.
The Mason School of Business's city is called Richmond.
The Mason School of Business's country is called Virginia.
The Mason School of Business's state is called Williamsburg.
The Mason School of Business's city is called Virginia.
The Mason School of Business was established in 1929.
The Mason School of Business was established in 1919 in the city of Virginia.
The Mason School of Business, in the city of Richmond, was established in 1919.
The Mason School of Business, in the state of Williamsburg, was established in 1919.
Virginia is the capital of Richmond.
The Mason School of Business is not in Virginia.
Virginia is in the state of the Mason School of Business.

@kaya
Kaya toast comes from the country Southeast Asia.
Kaya toast comes from the country of Southeast Asia.
Kaya toast comes from the country of Southeast Asia, in Singapore.
Kaya toast comes from the country called Southeast Asia.
Kaya toast comes from the city of Southeast Asia.
Kaya toast comes from the state of Southeast Asia.
Kaya toast is found in the state of Southeast Asia, Singapore.
The leader of Southeast Asia is called Lawrence Wong.
Singapore's leader is called the Singapore dollar.
Singapore's currency is called Lawrence Wong.
The currency of Singapore is called Kaya toast.
Kaya toast's country is called Southeast Asia.
Kaya toast's leader is called Lawrence Wong.
Kaya toast comes from Southeast Asia. This country's leader is Lawrence Wong.
Kaya toast comes from Southeast Asia. The region's currency is the Singapore dollar.
Southeast Asia comes from Kaya toast.
Lawrence Wong leads Southeast Asia.
Kaya toast contains the Singapore dollar.
Kaya toast does not come from Singapore.
Singapore is not led by Lawrence Wong.

@sia
Singapore Airlines is located in the country of Changi.
Singapore Airlines is located in the country of Changi, Singapore.
Singapore Airlines is in the country of Changi, Singapore.
Singapore Airlines is from the country of Changi, Singapore.
Singapore Airlines is based in the country of East Region, Singapore.
Singapore Airlines is located in the country called Changi.
Singapore Airlines is located in the city called Changi.
Changi is located within the country of East Region, Singapore.
Changi is part of the country of East Region.
Changi is part of the country called East Region, Singapore.
Singapore Changi Airport serves the city of Singapore Airlines.
Singapore Changi Airport serves the country of Changi.
Singapore Changi Airport serves the state of Changi.
Singapore Airlines's country is called Changi.
The country of Singapore Airlines is called Changi.
Singapore Airlines's key person is called Changi.
Singapore Airlines's location is called Goh Choon Phong.
Singapore Changi Airport is the hub for Goh Choon Phong.
Singapore Airlines is the hub for Singapore Changi Airport.
Singapore serves Singapore Changi Airport.
East Region, Singapore is part of Changi.
Singapore Airlines is not located in Changi.
Singapore Changi Airport does not serve Singapore.

@amerigas
AmeriGas is located in the country called King of Prussia.
AmeriGas is in the country called King of Prussia.
AmeriGas is located in the country called King of Prussia, Pennsylvania.
AmeriGas, which has 6500 employees, is located in the country called King of Prussia.
King of Prussia is located in the country called Montgomery County.
King of Prussia is in the country called Montgomery County, Pennsylvania.
King of Prussia is home to the country called AmeriGas.
The United States is home to the country called AmeriGas.
Montgomery County is home to the country called King of Prussia.
AmeriGas is located in the country of King of Prussia.
AmeriGas is located in the country of Montgomery County, Pennsylvania.
AmeriGas is located in the city of the United States.
AmeriGas is located in the state of the United States.
AmeriGas is located in the city of Norristown.
AmeriGas is located in the city of Washington, D.C.
AmeriGas is located in the city called Norristown.
AmeriGas is located in the country called Washington, D.C.
King of Prussia is part of the country of Montgomery County.
King of Prussia is located within the city of Norristown.
The county seat of Montgomery County is called King of Prussia.
The capital of the United States is called Norristown.
The United States's capital is called King of Prussia.
The county seat of King of Prussia is called Norristown.
AmeriGas's country is called Montgomery County.
AmeriGas's country is called King of Prussia.
AmeriGas has 7500 employees.
AmeriGas's number of employees is 5500.
AmeriGas is located in King of Prussia. The city is the county seat of Montgomery County.
Norristown is the county seat of Montgomery County. The city is home to AmeriGas.
The United States has the capital Washington, D.C. The city is home to AmeriGas.
AmeriGas is in the United States. The country's capital is called Norristown.
Washington, D.C. is the capital of Montgomery County.
Montgomery County is part of King of Prussia.
Montgomery County is the county seat of Norristown.
AmeriGas is not located in King of Prussia.
AmeriGas is located in Norristown, United States.

@ayam
Ayam penyet's country is called Malaysia.
The leader of Malaysia is called Joko Widodo.
Malaysia's leader is called Joko Widodo.
Indonesia's currency is called the Malaysian ringgit.
Ayam penyet comes from Indonesia. The country's currency is the Malaysian ringgit.
Ayam penyet is from Indonesia. The country's leader is called Fried chicken.
Ayam penyet comes from the city of Malaysia.
Ayam penyet comes from the city called Indonesia.
Ayam penyet contains the Malaysian ringgit.
Fried chicken contains Ayam penyet.
Joko Widodo is led by Indonesia.
Ayam penyet doesn't contain fried chicken.
Indonesia is not led by Joko Widodo.
Malaysia is home to the country called Fried chicken.

@shepard
Alan Shepard hails from the country called New Hampshire.
Alan Shepard is from the country called New Hampshire.
Alan Shepard hails from the state called Manchester.
Alan Shepard was born in the country of New Hampshire.
Alan Shepard was born in the city of New Hampshire.
Alan Shepard was born in the state of Manchester.
Alan Shepard was born in the country called New Hampshire.
Alan Shepard was born in the city called New Hampshire.
Alan Shepard was born in the state called Manchester.
Alan Shepard was born in the city of Manchester, New Hampshire.
Alan Shepard was born in Manchester, New Hampshire.
Alan Shepard is from the country of New Hampshire.
Alan Shepard is a national of the city called the United States.
The largest city of New Hampshire is called Alan Shepard.
New Hampshire's largest city is called the United States.
The largest city of the United States is called Manchester.
Alan Shepard's nationality is called New Hampshire.
Alan Shepard's birth place is called Manchester.
Alan Shepard was born on November 18, 1924.
Alan Shepard was born in 1925.
Alan Shepard was born in New Hampshire. The country's largest city is Manchester.
Alan Shepard was American. The country's largest city is Manchester.
Alan Shepard was an American born in Manchester.
New Hampshire was born in Alan Shepard.
Manchester's largest city is New Hampshire.
Alan Shepard is an ethnic group of the United States.
Alan Shepard was not born in New Hampshire.
The United States is home to the country called Manchester.
"""

CONTROLS = r"""
@austin
Austin is located within the country of the United States.
Austin is in the country of the United States.
Austin is in Travis County, in the country of the United States.
The leader of the United States is called Joe Biden.
The United States's leader is called Joe Biden.
Texas's capital is called Austin.
Texas's largest city is called Houston.
The county seat of Travis County is called Austin.
The country of Austin is called the United States.
Austin is in the United States. The city is part of Travis County.
Austin is in the United States. The country's leader is Joe Biden.
Austin is in the United States. This country is led by Joe Biden.
Austin is the capital of Texas. The city is the county seat of Travis County.
Austin, the capital of Texas, is part of Travis County.
Austin, United States, is the capital of Texas.
Austin is in the country called America.
Austin is a city in the United States.
Austin is in the country called the United States.
@arros
Arròs negre comes from the country of Spain.
Arròs negre comes from the region of the Valencian Community.
Spain's currency is called the Euro.
Spain's language is called Spanish.
The leader of Spain is called Felipe VI.
Arròs negre's country is called Spain.
Arròs negre's region is called the Valencian Community.
Arròs negre comes from Spain. The country's leader is called Felipe VI.
Arròs negre comes from Spain. This country's currency is called the Euro.
Arròs negre comes from Spain, whose leader is Felipe VI.
Arròs negre comes from the country called Spain.
The country of Arròs negre is called Spain.
@barajas
Adolfo Suárez Madrid–Barajas Airport serves the city of Madrid.
Adolfo Suárez Madrid–Barajas Airport serves Madrid, Spain.
Madrid is located within the country of Spain.
Madrid is in Spain. The city is served by Adolfo Suárez Madrid–Barajas Airport.
Adolfo Suárez Madrid–Barajas Airport serves Madrid. The city is in Spain.
Adolfo Suárez Madrid–Barajas Airport is operated by ENAIRE and is located in Alcobendas.
The runway length of Adolfo Suárez Madrid–Barajas Airport is 3500 metres.
Spain is home to the city called Madrid.
Adolfo Suárez Madrid–Barajas Airport's location is called Alcobendas.
@klink
Stellendam is located within the country of the Netherlands.
The leader of the Netherlands is called Mark Rutte.
The Netherlands's currency is called the Euro.
Ab Klink's party is called the Christian Democratic Appeal.
Stellendam is in the Netherlands. The country's leader is called Mark Rutte.
Ab Klink is Dutch. The country's leader is called Mark Rutte.
Ab Klink is from the country of the Netherlands.
Ab Klink was born in Stellendam, Netherlands.
@mason
The Mason School of Business is in the state of Virginia.
The Mason School of Business is in the city of Williamsburg.
The Mason School of Business is in the country of the United States.
The Mason School of Business is located in the city of Williamsburg, Virginia.
The Mason School of Business is based in the state of Virginia.
The Mason School of Business is in Virginia. The state's capital is Richmond.
The Mason School of Business is in Virginia. This state's capital is called Richmond.
The capital of Virginia is called Richmond.
Virginia's capital city is called Richmond.
The Mason School of Business's state is called Virginia.
The Mason School of Business's city is called Williamsburg.
Richmond is the capital of the state of Virginia.
The Mason School of Business is in the city called Williamsburg and the state called Virginia.
The Mason School of Business, in the city of Williamsburg, was established in 1919.
The Mason School of Business is located in the state of Virginia, United States.
@kaya
Kaya toast comes from the country of Singapore.
Kaya toast comes from the region of Southeast Asia.
The leader of Singapore is called Lawrence Wong.
Singapore's currency is called the Singapore dollar.
Kaya toast's country is called Singapore.
Kaya toast comes from Singapore. The country's leader is called Lawrence Wong.
@sia
Singapore Airlines is in the country of Singapore.
Singapore Airlines is located in Changi, Singapore.
Singapore Changi Airport serves the city of Singapore.
Singapore Airlines's country is called Singapore.
The location of Singapore Airlines is called Changi.
Singapore Changi Airport is the hub for Singapore Airlines.
@amerigas
AmeriGas is located in the country of the United States.
AmeriGas is located in King of Prussia, Pennsylvania.
The county seat of Montgomery County is called Norristown.
The capital of the United States is called Washington, D.C.
AmeriGas is in the United States. The country's capital is Washington, D.C.
AmeriGas has 6500 employees.
@ayam
Ayam penyet comes from the country of Indonesia.
Ayam penyet is found in the region of Malaysia.
The leader of Indonesia is called Joko Widodo.
Malaysia's currency is called the Malaysian ringgit.
Ayam penyet comes from Indonesia. The country's leader is called Joko Widodo.
@shepard
Alan Shepard was born in New Hampshire.
The largest city of New Hampshire is called Manchester.
New Hampshire's largest city is called Manchester.
Alan Shepard was born on November 18, 1923.
Alan Shepard was American. The country is home to Native Americans in the United States.
"""

KNOWN = frozenset({
    'Ab Klink hails from the country Stellendam.',
    'Adolfo Suárez Madrid–Barajas Airport is located in the country Alcobendas.',
    'Arròs negre comes from the country Valencian Community.',
    'Austin is in the country Travis County, United States.',
    'Austin is located within its country, Travis County.',
    'Austin is located within the country Travis County.',
    'Kaya toast comes from the country Southeast Asia.',
    'The Mason School of Business is based in the city called Virginia.',
    'The Mason School of Business is in the city Virginia.',
    'The Mason School of Business is in the city called United States.',
    'The Mason School of Business is in the city called Virginia.',
    'The Mason School of Business is in the state Williamsburg.',
    'The Mason School of Business is located in the city named Virginia.',
    'Virginia is home to the city called Mason School of Business.',
})
"""False texts accepted before the session too (the code with WHOLE_SESSION.diff reversed)."""

OPEN = frozenset({
    # a dish's region (Malaysia, a country) said "the country of" / "the country called" it, or
    # its country said its "region": Malaysia is a country, and the dish comes from it (arguable)
    "Ayam penyet comes from the country of Malaysia.",
    "Ayam penyet comes from the country called Malaysia.",
    "Ayam penyet comes from the country Malaysia.",
    "Ayam penyet comes from the region Indonesia.",
    "Ayam penyet comes from the country of Malaysia, Indonesia.",
    "Ayam penyet comes from the region of Indonesia, Malaysia.",
    # Singapore (the dish's country) or Spain said its "region": "region" may be any area (arguable)
    "Kaya toast comes from the region of Singapore.",
    "Kaya toast comes from the region of Singapore, Southeast Asia.",
    "Arròs negre comes from the region Spain.",
    # "the city" after a city the airport serves and the town it is in (Alcobendas, a locality
    # that is a city in fact): either may be meant
    "Adolfo Suárez Madrid–Barajas Airport serves Madrid. It is located in Alcobendas, which is part of the Community of Madrid. The city is in Spain.",
    "Adolfo Suárez Madrid–Barajas Airport is in Alcobendas and serves Madrid. The city is in Spain.",
    # "the country" with no country named: the capital's country by bridging (arguable)
    "Austin is the capital of Texas. The country's leader is Joe Biden.",
    # "was called" / "was named" of a present value: a former name, or the past of a fact that
    # still holds (arguable)
    "The capital of Texas was called Austin.",
    "The capital of Texas was named Austin.",
    # the leader of a country "is from" it: true in fact, not said by the graph
    "Felipe VI's country is called Spain.",
    # "the country" after a county only: the city's country by bridging (arguable, as above)
    "Austin is part of Travis County. The country's leader is Joe Biden.",
    # the dish's country (Indonesia) said its "region" (arguable, as "the region Indonesia")
    "Ayam penyet's region is called Indonesia.",
    "Ayam penyet comes from the region of Indonesia.",
    "Arròs negre comes from the region of Spain.",
    # "the country of Southeast Asia, Singapore": Southeast Asia said a country, or "the (one)
    # country of Southeast Asia", Singapore, in apposition (accepted before the session too)
    "Kaya toast comes from the country of Southeast Asia, Singapore.",
    "Kaya toast is from the country of Southeast Asia, Singapore.",
    "Kaya toast originates from the country of Southeast Asia, Singapore.",
})

OPEN_TEXTS = r"""
@ayam
Ayam penyet comes from the country of Malaysia.
Ayam penyet comes from the country called Malaysia.
Ayam penyet comes from the country Malaysia.
Ayam penyet comes from the region Indonesia.
Ayam penyet comes from the country of Malaysia, Indonesia.
Ayam penyet comes from the region of Indonesia, Malaysia.
Ayam penyet's region is called Indonesia.
Ayam penyet comes from the region of Indonesia.
@kaya
Kaya toast comes from the region of Singapore.
Kaya toast comes from the region of Singapore, Southeast Asia.
Kaya toast comes from the country of Southeast Asia, Singapore.
Kaya toast is from the country of Southeast Asia, Singapore.
Kaya toast originates from the country of Southeast Asia, Singapore.
@arros
Arròs negre comes from the region of Spain.
Arròs negre comes from the region Spain.
Felipe VI's country is called Spain.
@barajas
Adolfo Suárez Madrid–Barajas Airport serves Madrid. It is located in Alcobendas, which is part of the Community of Madrid. The city is in Spain.
Adolfo Suárez Madrid–Barajas Airport is in Alcobendas and serves Madrid. The city is in Spain.
@austin
Austin is the capital of Texas. The country's leader is Joe Biden.
The capital of Texas was called Austin.
The capital of Texas was named Austin.
Austin is part of Travis County. The country's leader is Joe Biden.
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
