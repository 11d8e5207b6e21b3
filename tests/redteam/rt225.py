"""Red team round 225: the session's new readings (CHANGES.diff) on WebNLG-style graphs.

Graphs are built the way the project's WebNLG evaluation builds them: each entry (a
``WebNLGEntry`` of label triples) through ``webnlg_entry_graphs([entry], name="x", context=ENTRIES)``
(types are declared over the ten entries together, the facts are the entry's own), and each text is
checked with ``ConsistencyChecker(kg).check(text, evidence)``, the entry's triples as evidence,
as ``evaluate_webnlg`` checks.

Attacked: "he" / "she" skipping people whose label opens with a given name of the other sex
(given_names.py), after a man and a woman, after two men, with titles ("Prince Philip"), with
names of things ("Alan B. Miller Hall", "Charles de Gaulle Airport", "Christian Democratic
Appeal", which the lists read "m"); "took over from" / "was followed in office by" (wrong
direction, non-people, negations, years, places, relative clauses); "X succeeded Y as N";
"belonged to"; "played <sport> for"; a place after a kind noun; "lies / stands / sits in / at",
"is located at"; "gave birth to" / "was born to"; "is driven by"; the folded "ø" ("Lars Lokke
Rasmussen"); and the evaluation's corruptions (swap, reverse, negation, changed number).

Entries (ten; see ENTRIES): "klink" (Ab Klink: born in Stellendam, Minister of Health, Welfare
and Sport, CDA, Leiden University; successor Edith Schippers, born in Utrecht), "rasmussen" (Lars
Løkke Rasmussen: Vejle, Venstre; predecessor Anders Fogh Rasmussen, born in Ginnerup; successor
Helle Thorning-Schmidt, married to Stephen Kinnock), "elizabeth" (Elizabeth II: Mayfair, Balmoral
Castle, spouse Prince Philip born in Corfu, successor and child Charles III), "carnot" (Marie
François Sadi Carnot: Limoges, Lyon; predecessor Jules Grévy born in Mont-sous-Vaudrey; successor
Jean Casimir-Perier born in Paris), "sand" (George Sand: Paris, Nohant-Vic, spouse Casimir
Dudevant born in Pompiey, child Maurice Sand), "cooper" (Alice Cooper: Detroit, hard rock, Warner
Bros. Records, Hollywood Vampires; spouse Sheryl Goddard, a dancer), "hall" (Alan B. Miller Hall:
Robert A. M. Stern, Williamsburg, Mason School of Business, College of William & Mary, 2009),
"cdg" (Charles de Gaulle Airport: Paris, Roissy-en-France, Groupe ADP, 4215; Paris's leader Anne
Hidalgo, born in San Fernando, Cádiz), "martin" (Alan Martin: Hamilton Academical, Scotland U21,
goalkeeper, youth club Leeds United; Hamilton's manager Brian Rice and ground New Douglas Park),
"qm2" (Queen Mary 2: Chantiers de l'Atlantique, Cunard Line, gas turbine, 345030 mm; Cunard's
parent Carnival Corporation in Miami).

Findings: 23 of 331 false texts accepted, all new with the session (the code with CHANGES.diff
reversed, /tmp copy, accepts none of the 23). KNOWN: 1 more accepted before the session too.
* given names that mislead (23): the lists read a label's first word, and some people's first word
  is a given name of the other sex: "Marie François Sadi Carnot" (a man) is "f", "George Sand" (a
  woman, a pen name) and "Alice Cooper" (a man, a stage name) the other way. "he" / "she" then skip
  the very person meant and land on the other one, for whom the claim is true: "George Sand married
  Casimir Dudevant. She was born in Pompiey" (her husband's birth place), "Alice Cooper married
  Sheryl Goddard. He is a dancer" (his wife's occupation), "... He is married to Alice Cooper",
  "... She married George Sand", "Sadi Carnot succeeded Jules Grévy. He was born in
  Mont-sous-Vaudrey" (the predecessor's birth place; before the session "he" after two people
  needed the claim of both). In a clause too (", and she was born in Pompiey"), with "too", after
  a relative clause, with the surname alone ("Carnot took over from Grévy. He ...").
  The mirror images are false rejections: "George Sand married Casimir Dudevant. She was born in
  Paris", "Alice Cooper married Sheryl Goddard. He was born in Detroit".
Held: "took over from" / "was followed in office by" (only of two people of one succession, in
its direction; not of a party, a university or a place; negated, with a year, a place or a wrong
relative clause: rejected), "X succeeded / took over from Y as N" (WebNLG's "successor" is no
succession relation for that reading: N stays unattached), pronouns after a man and a woman whose
names say their sex (Klink / Schippers, Thorning-Schmidt / Kinnock, Elizabeth II / Charles III),
titles (Prince Philip: "she" stands for both), things named after people (hall, airport, party),
"belonged to" (wrong member, group, direction, negation, year), "played rugby / cricket / club
rugby / Test cricket for" a football club, places after a kind noun of another name, "lies /
stands / sits in", "is located at" a served city or a birth place, "gave birth to" / "was born to",
"is driven by", the folded "Lokke", and the evaluation's corruptions.
KNOWN (1, before the session too): "Alan Martin plays for Leeds United F.C." (his youth club, in
the present).
Controls rejected (14 of 79): the mirror images of the findings ("George Sand married Casimir
Dudevant. She was born in Paris", "... He was born in Pompiey", "Alice Cooper married Sheryl
Goddard. She is a dancer", "... He was born in Detroit", "Alice Cooper is signed to Warner Bros.
Records. He was born in Detroit": no one left for "he"); "she" after a woman and a man whose name
says nothing ("Edith Schippers took over from Ab Klink. She was born in Utrecht", "Prince Philip
married Elizabeth II. She died at Balmoral Castle") and "he" after a hall named after a man ("Alan
B. Miller Hall was designed by Robert A. M. Stern. He was born in New York City"): the claim must
hold of both; "Lars Løkke Rasmussen is the predecessor of Helle Thorning-Schmidt" (the inverse of
"successor" unread); "Anders Fogh Rasmussen was followed in office by Lars Løkke Rasmussen" (the
graph's "predecessor" takes "follow", so no "followed in office by"); and the session's
phrase-only readings, which WebNLG's predicate-named relations never open: "Alan B. Miller Hall
stands in Williamsburg", "... is a building in Williamsburg", "Charles de Gaulle Airport is an
airport in Roissy-en-France", "Queen Mary 2 is driven by gas turbines".
Closed in the same session: a given name says a person's sex only where the person's type tells
no pen or stage name (not a writer, a musician, a performer, nor a person of no telling type:
"George Sand", "Alice Cooper", WebNLG's untyped people), and "Marie", "Maria", "Anne", "Julian",
"Karen", "Vivien", "Yuri" left the lists (Marie François Sadi Carnot). Then: accepted 0 of 331.
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
    "klink": _entry("klink", "Politician", [
        ("Ab Klink", "birth place", "Stellendam"),
        ("Ab Klink", "office", "Minister of Health, Welfare and Sport"),
        ("Ab Klink", "successor", "Edith Schippers"),
        ("Ab Klink", "party", "Christian Democratic Appeal"),
        ("Ab Klink", "alma mater", "Leiden University"),
        ("Edith Schippers", "birth place", "Utrecht")]),
    "rasmussen": _entry("rasmussen", "Politician", [
        ("Lars Løkke Rasmussen", "birth place", "Vejle"),
        ("Lars Løkke Rasmussen", "predecessor", "Anders Fogh Rasmussen"),
        ("Lars Løkke Rasmussen", "successor", "Helle Thorning-Schmidt"),
        ("Lars Løkke Rasmussen", "party", "Venstre (Denmark)"),
        ("Helle Thorning-Schmidt", "spouse", "Stephen Kinnock"),
        ("Anders Fogh Rasmussen", "birth place", "Ginnerup")]),
    "elizabeth": _entry("elizabeth", "Politician", [
        ("Elizabeth II", "spouse", "Prince Philip, Duke of Edinburgh"),
        ("Prince Philip, Duke of Edinburgh", "birth place", "Corfu"),
        ("Elizabeth II", "birth place", "Mayfair"),
        ("Elizabeth II", "successor", "Charles III"),
        ("Elizabeth II", "child", "Charles III"),
        ("Elizabeth II", "death place", "Balmoral Castle")]),
    "carnot": _entry("carnot", "Politician", [
        ("Marie François Sadi Carnot", "birth place", "Limoges"),
        ("Marie François Sadi Carnot", "death place", "Lyon"),
        ("Marie François Sadi Carnot", "predecessor", "Jules Grévy"),
        ("Marie François Sadi Carnot", "successor", "Jean Casimir-Perier"),
        ("Jules Grévy", "birth place", "Mont-sous-Vaudrey"),
        ("Jean Casimir-Perier", "birth place", "Paris")]),
    "sand": _entry("sand", "Writer", [
        ("George Sand", "birth place", "Paris"),
        ("George Sand", "spouse", "Casimir Dudevant"),
        ("Casimir Dudevant", "birth place", "Pompiey"),
        ("George Sand", "death place", "Nohant-Vic"),
        ("George Sand", "child", "Maurice Sand"),
        ("Maurice Sand", "death place", "Paris")]),
    "cooper": _entry("cooper", "MusicalArtist", [
        ("Alice Cooper", "birth place", "Detroit"),
        ("Alice Cooper", "spouse", "Sheryl Goddard"),
        ("Sheryl Goddard", "occupation", "Dancer"),
        ("Alice Cooper", "genre", "Hard rock"),
        ("Alice Cooper", "record label", "Warner Bros. Records"),
        ("Alice Cooper", "associated band/associated musical artist", "Hollywood Vampires")]),
    "hall": _entry("hall", "Building", [
        ("Alan B. Miller Hall", "architect", "Robert A. M. Stern"),
        ("Alan B. Miller Hall", "location", "Williamsburg, Virginia"),
        ("Alan B. Miller Hall", "current tenants", "Mason School of Business"),
        ("Alan B. Miller Hall", "owner", "College of William & Mary"),
        ("Alan B. Miller Hall", "completion date", "2009-06-01"),
        ("Robert A. M. Stern", "birth place", "New York City")]),
    "cdg": _entry("cdg", "Airport", [
        ("Charles de Gaulle Airport", "city served", "Paris"),
        ("Charles de Gaulle Airport", "location", "Roissy-en-France"),
        ("Charles de Gaulle Airport", "operating organisation", "Groupe ADP"),
        ("Charles de Gaulle Airport", "runway length", "4215.0"),
        ("Paris", "leader", "Anne Hidalgo"),
        ("Anne Hidalgo", "birth place", "San Fernando, Cádiz")]),
    "martin": _entry("martin", "SportsTeam", [
        ("Alan Martin (footballer)", "club", "Hamilton Academical F.C."),
        ("Alan Martin (footballer)", "club", "Scotland national under-21 football team"),
        ("Alan Martin (footballer)", "position", "Goalkeeper (association football)"),
        ("Hamilton Academical F.C.", "manager", "Brian Rice"),
        ("Hamilton Academical F.C.", "ground", "New Douglas Park"),
        ("Alan Martin (footballer)", "youthclub", "Leeds United F.C.")]),
    "qm2": _entry("qm2", "MeanOfTransportation", [
        ("Queen Mary 2", "builder", "Chantiers de l'Atlantique"),
        ("Queen Mary 2", "operator", "Cunard Line"),
        ("Queen Mary 2", "power type", "Gas turbine"),
        ("Cunard Line", "parent company", "Carnival Corporation"),
        ("Carnival Corporation", "location", "Miami"),
        ("Queen Mary 2", "length", "345030.0 (millimetres)")]),
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
@klink
# "took over from" / "was followed in office by" (succession of people): wrong direction, wrong
# entities, non-people, negations, a year or a place the graph does not give
Ab Klink took over from Edith Schippers.
Edith Schippers was followed in office by Ab Klink.
Ab Klink was followed in office by the Christian Democratic Appeal.
The Christian Democratic Appeal took over from Ab Klink.
Leiden University took over from Ab Klink.
Ab Klink took over from the Christian Democratic Appeal.
Utrecht took over from Stellendam.
Edith Schippers did not take over from Ab Klink.
Edith Schippers never took over from Ab Klink.
Ab Klink was not followed in office by Edith Schippers.
Edith Schippers took over from Ab Klink in 2010.
Edith Schippers took over from Ab Klink in Utrecht.
Edith Schippers took over from Ab Klink at Leiden University.
Edith Schippers took over from Ab Klink and was born in Stellendam.
Ab Klink was followed in office by Edith Schippers and was born in Utrecht.
Edith Schippers took over from Ab Klink and studied at Leiden University.
Edith Schippers, who was born in Stellendam, took over from Ab Klink.
Edith Schippers took over from Ab Klink, who was born in Utrecht.
Ab Klink was followed in office by Edith Schippers, who was born in Stellendam.
Ab Klink was followed in office by Edith Schippers, who studied at Leiden University.
# "X succeeded Y as N": N said of both (Schippers holds no office in the graph), reversed
Edith Schippers took over from Ab Klink as Minister of Health.
Ab Klink succeeded Edith Schippers as Minister of Health, Welfare and Sport.
Ab Klink took over from Edith Schippers as Minister of Health.
Edith Schippers succeeded Ab Klink as the leader of the Christian Democratic Appeal.
Edith Schippers succeeded Ab Klink as Minister of Health and was born in Stellendam.
Ab Klink was followed in office by Edith Schippers. She served as Minister of Health, Welfare and Sport.
# "he" / "she" after a man and a woman: the claim true of the other one
Edith Schippers succeeded Ab Klink. She was born in Stellendam.
Edith Schippers succeeded Ab Klink. He was born in Utrecht.
Ab Klink was succeeded by Edith Schippers. He was born in Utrecht.
Ab Klink was succeeded by Edith Schippers. She studied at Leiden University.
Ab Klink was succeeded by Edith Schippers. She belonged to the Christian Democratic Appeal.
Edith Schippers took over from Ab Klink. She studied at Leiden University.
Edith Schippers took over from Ab Klink. She belonged to the Christian Democratic Appeal.
Edith Schippers took over from Ab Klink. He was born in Utrecht.
Ab Klink was followed in office by Edith Schippers. She was born in Stellendam.
Edith Schippers took over from Ab Klink. She served as Minister of Health, Welfare and Sport.
# "belonged to" (a past "was a member of"): wrong member, wrong group, reversed, negated
Edith Schippers belonged to the Christian Democratic Appeal.
Ab Klink belonged to Leiden University.
Ab Klink belonged to Stellendam.
The Christian Democratic Appeal belonged to Ab Klink.
Ab Klink did not belong to the Christian Democratic Appeal.
Ab Klink never belonged to the Christian Democratic Appeal.
Ab Klink belonged to the Christian Democratic Appeal until 2010.
Ab Klink, who belonged to the Christian Democratic Appeal, was born in Utrecht.
Ab Klink belonged to the Christian Democratic Appeal and was born in Utrecht.
Ab Klink belonged to the Christian Democratic Appeal in Stellendam.
# a place after a kind noun; "lies in" of one born (not buried) there
Ab Klink was a minister in Utrecht.
Ab Klink is a politician in Stellendam.
Ab Klink served as Minister of Health in Stellendam.
Ab Klink studied at Leiden University in Utrecht.
Ab Klink lies in Stellendam.
Edith Schippers lies in Utrecht.
# the evaluation's corruptions
Ab Klink was born in Utrecht.
Edith Schippers was born in Stellendam.
Ab Klink is not a member of the Christian Democratic Appeal.
Ab Klink was not born in Stellendam.
Edith Schippers's successor was Ab Klink.
Edith Schippers studied at Leiden University.
Ab Klink studied at Utrecht.
Stellendam is the birth place of Edith Schippers.
Edith Schippers served as Minister of Health, Welfare and Sport.
@rasmussen
# succession of people, the folded "Lokke" (ø)
Anders Fogh Rasmussen took over from Lars Løkke Rasmussen.
Lars Løkke Rasmussen took over from Helle Thorning-Schmidt.
Helle Thorning-Schmidt took over from Anders Fogh Rasmussen.
Stephen Kinnock took over from Helle Thorning-Schmidt.
Stephen Kinnock took over from Lars Løkke Rasmussen.
Lars Løkke Rasmussen was followed in office by Anders Fogh Rasmussen.
Helle Thorning-Schmidt was followed in office by Lars Løkke Rasmussen.
Lars Lokke Rasmussen took over from Helle Thorning-Schmidt.
Anders Fogh Rasmussen took over from Lars Lokke Rasmussen.
Lars Lokke Rasmussen is the predecessor of Anders Fogh Rasmussen.
Lars Løkke Rasmussen's successor was Anders Fogh Rasmussen.
Helle Thorning-Schmidt took over from Lars Løkke Rasmussen in 2009.
Lars Løkke Rasmussen took over from Anders Fogh Rasmussen in Ginnerup.
Lars Løkke Rasmussen, who was born in Ginnerup, took over from Anders Fogh Rasmussen.
Anders Fogh Rasmussen, who was born in Vejle, was followed in office by Lars Løkke Rasmussen.
Helle Thorning-Schmidt succeeded Lars Løkke Rasmussen as leader of Venstre.
Stephen Kinnock succeeded Lars Løkke Rasmussen as leader of Venstre.
Lars Løkke Rasmussen did not take over from Anders Fogh Rasmussen.
# pronouns after a man and a woman, and after two men
Helle Thorning-Schmidt took over from Lars Lokke Rasmussen. He is married to Stephen Kinnock.
Helle Thorning-Schmidt took over from Lars Lokke Rasmussen. She was born in Vejle.
Stephen Kinnock married Helle Thorning-Schmidt. He took over from Lars Lokke Rasmussen.
Stephen Kinnock married Helle Thorning-Schmidt. She was born in Vejle.
Lars Løkke Rasmussen took over from Anders Fogh Rasmussen. He was born in Ginnerup.
Lars Løkke Rasmussen was succeeded by Helle Thorning-Schmidt. She belonged to Venstre.
Lars Løkke Rasmussen was succeeded by Helle Thorning-Schmidt. He is married to Stephen Kinnock.
# "belonged to", places, the evaluation's corruptions
Helle Thorning-Schmidt belonged to Venstre.
Stephen Kinnock belonged to Venstre.
Venstre belonged to Lars Løkke Rasmussen.
Lars Løkke Rasmussen never belonged to Venstre.
Lars Løkke Rasmussen belonged to Venstre and was born in Ginnerup.
Lars Lokke Rasmussen was born in Ginnerup.
Anders Fogh Rasmussen was born in Vejle.
Lars Lokke Rasmussen was not born in Vejle.
Helle Thorning-Schmidt was born in Vejle.
Lars Løkke Rasmussen married Helle Thorning-Schmidt.
Helle Thorning-Schmidt is married to Lars Løkke Rasmussen.
Lars Løkke Rasmussen is a politician in Ginnerup.
Lars Løkke Rasmussen lies in Vejle.
Stephen Kinnock was born in Vejle.
@elizabeth
# succession and parenthood of people: wrong direction, wrong person
Elizabeth II took over from Charles III.
Charles III was followed in office by Elizabeth II.
Prince Philip took over from Elizabeth II.
Elizabeth II was followed in office by Prince Philip.
Charles III took over from Prince Philip.
Charles III did not take over from Elizabeth II.
Prince Philip succeeded Elizabeth II as monarch.
Elizabeth II was followed in office by Charles III in 2021.
Elizabeth II was followed in office by Charles III, who was born in Corfu.
Elizabeth II gave birth to Prince Philip.
Charles III gave birth to Elizabeth II.
Elizabeth II was born to Charles III.
Prince Philip was born to Elizabeth II.
Elizabeth II is the child of Charles III.
Prince Philip is the child of Elizabeth II.
# pronouns: a woman and a man with a title ("Prince Philip": no given name first)
Elizabeth II married Prince Philip. She was born in Corfu.
Elizabeth II married Prince Philip. He was born in Mayfair.
Prince Philip married Elizabeth II. He died at Balmoral Castle.
Prince Philip married Elizabeth II. She was born in Corfu.
Elizabeth II was succeeded by Charles III. He was born in Mayfair.
Elizabeth II was succeeded by Charles III. He died at Balmoral Castle.
Charles III succeeded Elizabeth II. He was born in Mayfair.
Charles III took over from Elizabeth II. She was born in Corfu.
Prince Philip married Elizabeth II. The prince was born in Mayfair.
Prince Philip married Elizabeth II. The prince died at Balmoral Castle.
# "lies in" of one who died (not buried) there; the evaluation's corruptions
Elizabeth II lies in Balmoral Castle.
Elizabeth II lies in Mayfair.
Elizabeth II died in Mayfair.
Elizabeth II was born at Balmoral Castle.
Prince Philip was born in Mayfair.
Elizabeth II did not die at Balmoral Castle.
Elizabeth II married Charles III.
Elizabeth II married Prince Philip, Duke of Edinburgh, who was born in Mayfair.
Elizabeth II, who was born in Corfu, married Prince Philip.
@carnot
# a man whose label opens with "Marie": "he" after him and another man
Sadi Carnot succeeded Jules Grévy. He was born in Mont-sous-Vaudrey.
Sadi Carnot took over from Jules Grévy. He was born in Mont-sous-Vaudrey.
Marie François Sadi Carnot succeeded Jules Grévy. He was born in Mont-sous-Vaudrey.
Carnot took over from Grévy. He was born in Mont-sous-Vaudrey.
Sadi Carnot succeeded Jules Grévy and he was born in Mont-sous-Vaudrey.
Sadi Carnot was succeeded by Jean Casimir-Perier. He was born in Paris.
Marie François Sadi Carnot was succeeded by Jean Casimir-Perier. He was born in Paris.
Sadi Carnot succeeded Jules Grévy. He was not born in Limoges.
Sadi Carnot succeeded Jules Grévy. He was born in Mont-sous-Vaudrey and died in Lyon.
Sadi Carnot succeeded Jules Grévy. She was born in Limoges.
Jean Casimir-Perier took over from Sadi Carnot. He died in Lyon.
Sadi Carnot was succeeded by Jean Casimir-Perier. He died in Paris.
Sadi Carnot took over from Jules Grévy, and he was born in Mont-sous-Vaudrey.
Sadi Carnot succeeded Jules Grévy. His birth place is Mont-sous-Vaudrey.
Sadi Carnot succeeded Jules Grévy. Jean Casimir-Perier succeeded him.
# succession, places, the evaluation's corruptions
Jules Grévy took over from Sadi Carnot.
Sadi Carnot took over from Jean Casimir-Perier.
Jean Casimir-Perier took over from Jules Grévy.
Sadi Carnot succeeded Jean Casimir-Perier.
Jules Grévy succeeded Sadi Carnot.
Sadi Carnot did not succeed Jules Grévy.
Sadi Carnot was born in Lyon.
Sadi Carnot died in Limoges.
Jules Grévy was born in Limoges.
Jean Casimir-Perier was born in Lyon.
Sadi Carnot lies in Lyon.
Sadi Carnot was a president in Lyon.
Sadi Carnot, who was born in Lyon, succeeded Jules Grévy.
@sand
# a woman whose pen name opens with "George": "she" after her and her husband
George Sand married Casimir Dudevant. She was born in Pompiey.
George Sand was married to Casimir Dudevant, and she was born in Pompiey.
Casimir Dudevant married George Sand. She was born in Pompiey.
Casimir Dudevant was married to George Sand, and she was born in Pompiey.
George Sand married Casimir Dudevant; she was born in Pompiey.
George Sand married Casimir Dudevant. He was born in Paris.
Casimir Dudevant married George Sand. She died in Paris.
Casimir Dudevant married George Sand. He died in Nohant-Vic.
George Sand married Casimir Dudevant. She died in Pompiey.
George Sand married Casimir Dudevant. She was born in Pompiey and died in Nohant-Vic.
Maurice Sand is the child of George Sand. She was born in Pompiey.
George Sand married Casimir Dudevant. She married George Sand.
George Sand married Casimir Dudevant. She, too, was born in Pompiey.
George Sand, who married Casimir Dudevant, died in Nohant-Vic. She was born in Pompiey.
George Sand married Casimir Dudevant. She was born in Pompiey, and he died in Paris.
George Sand married Casimir Dudevant. Her husband was born in Paris.
George Sand's husband was born in Paris.
Casimir Dudevant's wife was born in Pompiey.
# parenthood, "lies in", the evaluation's corruptions
George Sand was born in Pompiey.
Casimir Dudevant was born in Paris.
George Sand died in Paris.
Maurice Sand died in Nohant-Vic.
Casimir Dudevant is the child of George Sand.
George Sand is the child of Maurice Sand.
George Sand gave birth to Casimir Dudevant.
Maurice Sand gave birth to George Sand.
George Sand was born to Maurice Sand.
Casimir Dudevant was born to George Sand.
George Sand lies in Paris.
Maurice Sand lies in Paris.
George Sand took over from Casimir Dudevant.
Maurice Sand took over from George Sand.
George Sand did not marry Casimir Dudevant.
George Sand married Maurice Sand.
Casimir Dudevant, who was born in Paris, married George Sand.
George Sand, who was born in Pompiey, married Casimir Dudevant.
George Sand, who married Casimir Dudevant, was born in Pompiey.
@cooper
# a man whose stage name opens with "Alice": "he" after him and his wife
Alice Cooper married Sheryl Goddard. He was a dancer.
Alice Cooper married Sheryl Goddard. He is a dancer.
Sheryl Goddard married Alice Cooper. He is a dancer.
Sheryl Goddard is married to Alice Cooper, and he works as a dancer.
Alice Cooper married Sheryl Goddard. He works as a dancer.
Alice Cooper married Sheryl Goddard. She plays hard rock.
Alice Cooper married Sheryl Goddard. She was born in Detroit.
Alice Cooper married Sheryl Goddard. She is signed to Warner Bros. Records.
Alice Cooper was born in Detroit. She is a dancer.
Alice Cooper married Sheryl Goddard, and he is a dancer.
Alice Cooper married Sheryl Goddard. He is married to Alice Cooper.
Alice Cooper married Sheryl Goddard. His wife was born in Detroit.
Sheryl Goddard's husband is a dancer.
Alice Cooper married Sheryl Goddard. He is a dancer, and he was born in Detroit.
# appositions on the wrong name, places after a kind noun, "belonged to"
Sheryl Goddard married Alice Cooper, a dancer from Detroit.
Alice Cooper married Sheryl Goddard, a dancer from Detroit.
Alice Cooper, a dancer, married Sheryl Goddard.
Sheryl Goddard is a dancer in Detroit.
Sheryl Goddard is a dancer at Warner Bros. Records.
Alice Cooper is a dancer with Hollywood Vampires.
Alice Cooper plays hard rock in Detroit.
Sheryl Goddard belonged to Hollywood Vampires.
Hollywood Vampires belonged to Alice Cooper.
Alice Cooper belonged to Detroit.
Alice Cooper never belonged to Hollywood Vampires.
# the evaluation's corruptions
Alice Cooper is a dancer.
Sheryl Goddard was born in Detroit.
Sheryl Goddard plays hard rock.
Sheryl Goddard is signed to Warner Bros. Records.
Alice Cooper is not a member of Hollywood Vampires.
Alice Cooper is not signed to Warner Bros. Records.
Warner Bros. Records is signed to Alice Cooper.
Alice Cooper was not born in Detroit.
@hall
# "lies / stands / sits in / at", "is located at": another entity's place, a person's
Alan B. Miller Hall lies in New York City.
Alan B. Miller Hall stands in New York City.
Alan B. Miller Hall sits in New York City.
Alan B. Miller Hall is located at New York City.
Robert A. M. Stern lies in Williamsburg.
Robert A. M. Stern stands in Williamsburg.
Robert A. M. Stern designed Alan B. Miller Hall, which lies in New York City.
Alan B. Miller Hall, in New York City, is owned by the College of William & Mary.
# a place after a kind noun, of another name
Robert A. M. Stern is an architect in Williamsburg.
Robert A. M. Stern, an architect in Williamsburg, designed Alan B. Miller Hall.
Alan B. Miller Hall is a building in New York City.
# a building named after a man and its architect: "he"
Robert A. M. Stern designed Alan B. Miller Hall. He is located in Williamsburg.
Robert A. M. Stern designed Alan B. Miller Hall. He lies in Williamsburg.
Alan B. Miller Hall was designed by Robert A. M. Stern. He is located in Williamsburg.
Alan B. Miller Hall was designed by Robert A. M. Stern. He was born in Williamsburg.
Alan B. Miller Hall was designed by Robert A. M. Stern. He is owned by the College of William & Mary.
# the evaluation's corruptions
Alan B. Miller Hall was designed by the College of William & Mary.
Robert A. M. Stern owns Alan B. Miller Hall.
Alan B. Miller Hall belonged to Robert A. M. Stern.
The College of William & Mary belongs to Alan B. Miller Hall.
Alan B. Miller Hall was completed in 2008.
Alan B. Miller Hall was completed on 1 June 2010.
Alan B. Miller Hall is not located in Williamsburg.
Alan B. Miller Hall designed Robert A. M. Stern.
Robert A. M. Stern took over from Alan B. Miller Hall.
The Mason School of Business designed Alan B. Miller Hall.
The Mason School of Business owns Alan B. Miller Hall.
Robert A. M. Stern was born in Williamsburg.
Alan B. Miller Hall, which lies in Williamsburg, was designed by the Mason School of Business.
Alan B. Miller Hall is a tenant of the Mason School of Business.
@cdg
# "lies / stands / sits in", "is located at": a served city, a person's birth place
Charles de Gaulle Airport lies in Paris.
Charles de Gaulle Airport is located at Paris.
Charles de Gaulle Airport stands in Paris.
Charles de Gaulle Airport sits in San Fernando.
Anne Hidalgo lies in Paris.
# a place after a kind noun, of another name
Charles de Gaulle Airport is an airport in San Fernando, Cádiz.
Groupe ADP is a company in Roissy-en-France.
Anne Hidalgo is a mayor in Roissy-en-France.
Charles de Gaulle Airport is operated by Groupe ADP in Paris.
# an airport named after a man and a woman: "he" / "she"
Charles de Gaulle Airport serves Paris, whose leader is Anne Hidalgo. He was born in San Fernando, Cádiz.
Charles de Gaulle Airport serves Paris, whose leader is Anne Hidalgo. She is located in Roissy-en-France.
Anne Hidalgo leads Paris, which is served by Charles de Gaulle Airport. She is operated by Groupe ADP.
# the evaluation's corruptions
Anne Hidalgo was born in Paris.
Anne Hidalgo was born in Roissy-en-France.
Charles de Gaulle Airport has a runway length of 4216 metres.
Charles de Gaulle Airport is operated by Paris.
Groupe ADP is operated by Charles de Gaulle Airport.
Charles de Gaulle Airport serves San Fernando.
Anne Hidalgo took over from Charles de Gaulle Airport.
Charles de Gaulle Airport is led by Anne Hidalgo.
Charles de Gaulle Airport does not serve Paris.
Paris is located in Roissy-en-France.
Anne Hidalgo leads Roissy-en-France.
Anne Hidalgo belonged to Groupe ADP.
@martin
# "played <sport> for": the wrong sport, the wrong club, the manager
Alan Martin played rugby for Hamilton Academical F.C.
Alan Martin played cricket for Hamilton Academical F.C.
Alan Martin played club rugby for Hamilton Academical F.C.
Alan Martin played Test cricket for the Scotland national under-21 football team.
Alan Martin played basketball for Leeds United F.C.
Alan Martin played hockey for Hamilton Academical F.C.
Alan Martin played youth football for Hamilton Academical F.C.
Alan Martin played for Hamilton Academical F.C. in 2005.
Alan Martin plays for Leeds United F.C.
Alan Martin plays for New Douglas Park.
# a position, a place after a kind noun
Brian Rice is a goalkeeper at Hamilton Academical F.C.
Alan Martin is a goalkeeper at Leeds United F.C.
Alan Martin is a striker.
Alan Martin plays as a defender.
Alan Martin is not a goalkeeper.
Alan Martin played at fullback.
# the evaluation's corruptions
Alan Martin manages Hamilton Academical F.C.
Alan Martin is the manager of Leeds United F.C.
Hamilton Academical F.C. plays at Leeds United F.C.
New Douglas Park plays at Hamilton Academical F.C.
Brian Rice manages Leeds United F.C.
Brian Rice manages the Scotland national under-21 football team.
Hamilton Academical F.C. is managed by Alan Martin.
Alan Martin took over from Brian Rice.
Brian Rice took over from Alan Martin.
@qm2
# "is driven by" a power source: the wrong object, reversed
Queen Mary 2 is driven by Cunard Line.
Queen Mary 2 is driven by Chantiers de l'Atlantique.
Cunard Line is driven by gas turbines.
Queen Mary 2 is powered by Cunard Line.
Gas turbine is powered by Queen Mary 2.
Carnival Corporation is driven by Cunard Line.
# places of another name
Cunard Line is located in Miami.
Queen Mary 2 lies in Miami.
Cunard Line is a company in Miami.
Queen Mary 2 is operated by Cunard Line, which is located in Miami.
Queen Mary 2 was built by Chantiers de l'Atlantique in Miami.
# the evaluation's corruptions
Queen Mary 2 was built by Cunard Line.
Cunard Line was built by Chantiers de l'Atlantique.
Carnival Corporation is a subsidiary of Cunard Line.
Queen Mary 2 is 346 metres long.
Queen Mary 2 has a length of 345031 millimetres.
Queen Mary 2 is not operated by Cunard Line.
Queen Mary 2 belonged to Chantiers de l'Atlantique.
Carnival Corporation is owned by Cunard Line.
Cunard Line took over from Carnival Corporation.
Chantiers de l'Atlantique operates Queen Mary 2.
"""

CONTROLS = r"""
@klink
Ab Klink was born in Stellendam.
Edith Schippers took over from Ab Klink.
Ab Klink was followed in office by Edith Schippers.
Edith Schippers succeeded Ab Klink. He was born in Stellendam.
Ab Klink belonged to the Christian Democratic Appeal.
Ab Klink served as Minister of Health, Welfare and Sport.
Edith Schippers, who was born in Utrecht, took over from Ab Klink.
Ab Klink once belonged to the Christian Democratic Appeal.
Edith Schippers took over from Ab Klink. He belonged to the Christian Democratic Appeal.
Ab Klink's successor was Edith Schippers.
Edith Schippers took over from Ab Klink. She was born in Utrecht.
@rasmussen
Lars Løkke Rasmussen was born in Vejle.
Lars Lokke Rasmussen was born in Vejle.
Lars Lokke Rasmussen took over from Anders Fogh Rasmussen.
Helle Thorning-Schmidt took over from Lars Lokke Rasmussen.
Helle Thorning-Schmidt took over from Lars Lokke Rasmussen. She is married to Stephen Kinnock.
Stephen Kinnock married Helle Thorning-Schmidt. She took over from Lars Lokke Rasmussen.
Lars Lokke Rasmussen belonged to Venstre.
Anders Fogh Rasmussen is the predecessor of Lars Løkke Rasmussen.
Lars Løkke Rasmussen is the predecessor of Helle Thorning-Schmidt.
Anders Fogh Rasmussen was followed in office by Lars Løkke Rasmussen.
Anders Fogh Rasmussen was born in Ginnerup.
@elizabeth
Elizabeth II married Prince Philip, Duke of Edinburgh. He was born in Corfu.
Charles III took over from Elizabeth II.
Elizabeth II was followed in office by Charles III.
Charles III succeeded Elizabeth II. She was born in Mayfair.
Charles III is the child of Elizabeth II.
Elizabeth II died at Balmoral Castle.
Prince Philip married Elizabeth II. She died at Balmoral Castle.
@carnot
Sadi Carnot succeeded Jules Grévy.
Sadi Carnot was born in Limoges and died in Lyon.
Sadi Carnot took over from Jules Grévy.
Sadi Carnot succeeded Jules Grévy, who was born in Mont-sous-Vaudrey.
@sand
George Sand married Casimir Dudevant, who was born in Pompiey.
George Sand died in Nohant-Vic.
Maurice Sand died in Paris.
Casimir Dudevant was born in Pompiey. He married George Sand.
Maurice Sand is the child of George Sand.
George Sand married Casimir Dudevant. She was born in Paris.
George Sand married Casimir Dudevant. He was born in Pompiey.
@cooper
Sheryl Goddard is a dancer.
Alice Cooper was born in Detroit.
Alice Cooper plays hard rock.
Alice Cooper is signed to Warner Bros. Records.
Alice Cooper is a member of Hollywood Vampires.
Alice Cooper married Sheryl Goddard. She is a dancer.
Alice Cooper married Sheryl Goddard. He was born in Detroit.
Alice Cooper is signed to Warner Bros. Records. He was born in Detroit.
@hall
Alan B. Miller Hall was designed by Robert A. M. Stern.
Alan B. Miller Hall lies in Williamsburg.
Alan B. Miller Hall is located at Williamsburg.
Alan B. Miller Hall belongs to the College of William & Mary.
The Mason School of Business is a tenant of Alan B. Miller Hall.
Alan B. Miller Hall stands in Williamsburg.
Alan B. Miller Hall is a building in Williamsburg.
Alan B. Miller Hall was designed by Robert A. M. Stern. He was born in New York City.
@cdg
Charles de Gaulle Airport serves Paris.
Charles de Gaulle Airport lies in Roissy-en-France.
Charles de Gaulle Airport is located in Roissy-en-France.
Charles de Gaulle Airport serves Paris, whose leader is Anne Hidalgo. She was born in San Fernando, Cádiz.
Anne Hidalgo is the leader of Paris.
Charles de Gaulle Airport has a runway length of 4215 metres.
Charles de Gaulle Airport is an airport in Roissy-en-France.
Anne Hidalgo was born in San Fernando.
@martin
Alan Martin plays for Hamilton Academical F.C.
Alan Martin played football for Hamilton Academical F.C.
Alan Martin played youth football for Leeds United F.C.
Alan Martin is a goalkeeper.
Alan Martin plays as a goalkeeper.
Alan Martin plays at goalkeeper.
Brian Rice manages Hamilton Academical F.C.
Hamilton Academical F.C. plays at New Douglas Park.
Alan Martin is a goalkeeper at Hamilton Academical F.C.
@qm2
Queen Mary 2 is powered by gas turbines.
Queen Mary 2 is operated by Cunard Line.
Queen Mary 2 was built by Chantiers de l'Atlantique.
Cunard Line is a subsidiary of Carnival Corporation.
Carnival Corporation is located in Miami.
Queen Mary 2 is driven by gas turbines.
"""

KNOWN = frozenset({
    "Alan Martin plays for Leeds United F.C.",
})
"""False texts accepted before the session too (the code with CHANGES.diff reversed)."""

OPEN = frozenset({
    # "X succeeded Y as N": the graph gives Ab Klink's office only; WebNLG's "successor" is the
    # successor in that office (true in fact), the checker says N of both
    "Edith Schippers succeeded Ab Klink as Minister of Health, Welfare and Sport.",
    # "gave birth to": the graph says "child", not "mother" (true in fact)
    "Elizabeth II gave birth to Charles III.",
    # "he" after "A, who was born in Limoges, succeeded B": the subject (Carnot) or, the birth
    # place just said of him, the other man (a reader may take either)
    "Sadi Carnot, who was born in Limoges, succeeded Jules Grévy. He was born in Mont-sous-Vaudrey.",
    # "he" after two men (Carnot, whose label opens with "Marie", and another): true of the
    # subject, not of both (the checker's own reading of a pronoun after two people)
    "Jules Grévy was succeeded by Sadi Carnot. He was born in Mont-sous-Vaudrey.",
    "Jean Casimir-Perier took over from Sadi Carnot. He was born in Paris.",
    # a youth club, a club's ground: "played for" / "belonged to" / "plays at" (true in a sense)
    "Alan Martin played for Leeds United F.C.",
    "Alan Martin belonged to Leeds United F.C.",
    "Alan Martin is a goalkeeper at New Douglas Park.",
    "Alan Martin plays at New Douglas Park.",
    # an airport said to be "in" the city it serves (common usage)
    "Charles de Gaulle Airport is an airport in Paris.",
})

OPEN_TEXTS = r"""
@klink
Edith Schippers succeeded Ab Klink as Minister of Health, Welfare and Sport.
@elizabeth
Elizabeth II gave birth to Charles III.
@carnot
Sadi Carnot, who was born in Limoges, succeeded Jules Grévy. He was born in Mont-sous-Vaudrey.
Jules Grévy was succeeded by Sadi Carnot. He was born in Mont-sous-Vaudrey.
Jean Casimir-Perier took over from Sadi Carnot. He was born in Paris.
@martin
Alan Martin played for Leeds United F.C.
Alan Martin belonged to Leeds United F.C.
Alan Martin is a goalkeeper at New Douglas Park.
Alan Martin plays at New Douglas Park.
@cdg
Charles de Gaulle Airport is an airport in Paris.
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
