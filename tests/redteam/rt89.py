# ruff: noqa: E741
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
"""Red team 89: false texts aimed at the readings of c6a8ded..3e18a08. Each counted text is FALSE."""
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from test_consistency_domain_words import _television, _podcasts, _roles

R = kgx.Relation


def build(items, others, rels, triples, name="g"):
    ents = [kgx.Entity("user:ana", kind="user", label="Ana")]
    ents += [kgx.Entity(i, kind="item", type=t, label=l, attrs=a) for i, (t, l, a) in items.items()]
    ents += [kgx.Entity(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels, name=name)


def g_world():
    """Shows from several countries (incl. North Korea, UK, US), a bare verb "released" both ways."""
    items = {"s:squid": ("series", "Squid Game", {"year": 2021}), "s:crash": ("series", "Crash Landing", {"year": 2019}),
             "s:juche": ("series", "Juche Dawn", {"year": 2015}), "s:office": ("series", "The Office", {"year": 2005}),
             "s:extras": ("series", "Extras", {"year": 2005}), "s:tulips": ("series", "Tulip Fever", {"year": 2011}),
             "s:dark": ("series", "Dark", {"year": 2017})}
    others = {"c:us": ("country", "United States"), "c:uk": ("country", "United Kingdom"),
              "c:kr": ("country", "South Korea"), "c:kp": ("country", "North Korea"), "c:nl": ("country", "Netherlands"),
              "c:de": ("country", "Germany"), "c:ie": ("country", "Ireland"),
              "co:netflix": ("company", "Netflix"), "co:bbc": ("company", "BBC"), "co:kctv": ("company", "KCTV"),
              "co:nbc": ("company", "NBC"),
              "p:gervais": ("person", "Ricky Gervais"), "p:carell": ("person", "Steve Carell"),
              "p:merchant": ("person", "Stephen Merchant"), "p:lee": ("person", "Lee Jung-jae"),
              "p:hwang": ("person", "Hwang Dong-hyuk"), "p:hyun": ("person", "Hyun Bin"), "p:kim": ("person", "Kim Il"),
              "p:daniels": ("person", "Greg Daniels")}
    rels = [R("country", phrase="is from", inverse_phrase="is the home of", domain=("series",), range=("country",)),
            R("released", phrase="released", inverse_phrase="was released by", domain=("company",), range=("series",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("series",), range=("person",)),
            R("lead", phrase="stars", inverse_phrase="stars in", domain=("series",), range=("person",)),
            R("writer", phrase="has writer", inverse_phrase="is writer of", domain=("series",), range=("person",)),
            R("director", phrase="has director", inverse_phrase="is director of", domain=("series",), range=("person",)),
            R("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",), range=("series",))]
    t = [("s:squid", "country", "c:kr"), ("s:crash", "country", "c:kr"), ("s:juche", "country", "c:kp"),
         ("s:office", "country", "c:us"), ("s:extras", "country", "c:uk"), ("s:tulips", "country", "c:nl"),
         ("s:dark", "country", "c:de"),
         ("co:netflix", "released", "s:squid"), ("co:netflix", "released", "s:crash"), ("co:netflix", "released", "s:dark"),
         ("co:kctv", "released", "s:juche"), ("co:nbc", "released", "s:office"), ("co:bbc", "released", "s:extras"),
         ("s:extras", "created_by", "p:gervais"), ("s:extras", "created_by", "p:merchant"),
         ("s:office", "created_by", "p:daniels"), ("s:squid", "created_by", "p:hwang"),
         ("s:office", "lead", "p:carell"), ("s:extras", "lead", "p:gervais"), ("s:squid", "lead", "p:lee"),
         ("s:crash", "lead", "p:hyun"), ("s:juche", "lead", "p:kim"),
         ("s:squid", "writer", "p:hwang"), ("s:squid", "director", "p:hwang"), ("s:extras", "writer", "p:gervais"),
         ("s:extras", "writer", "p:merchant"), ("s:office", "writer", "p:daniels"), ("s:extras", "director", "p:gervais"),
         ("user:ana", "watched", "s:squid")]
    return build(items, others, rels, t, "world")


def g_bands():
    """Items with a start year and a founding relation; label "signed" both ways; a dated event."""
    items = {"b:blur": ("band", "Blur", {"year": 1988}), "b:oasis": ("band", "Oasis", {"year": 1991}),
             "b:pulp": ("band", "Pulp", {"year": 1978})}
    others = {"l:food": ("label", "Food Records"), "l:creation": ("label", "Creation Records"),
              "l:island": ("label", "Island Records"), "p:albarn": ("person", "Damon Albarn"),
              "p:gallagher": ("person", "Noel Gallagher"), "p:cocker": ("person", "Jarvis Cocker"),
              "p:coxon": ("person", "Graham Coxon"), "c:uk": ("country", "United Kingdom"), "c:us": ("country", "United States"),
              "city:london": ("city", "London"), "city:manchester": ("city", "Manchester"), "city:sheffield": ("city", "Sheffield")}
    rels = [R("signed", phrase="signed", inverse_phrase="was signed by", domain=("label",), range=("band",)),
            R("founded", phrase="was founded by", inverse_phrase="founded", domain=("band",), range=("person",)),
            R("member", phrase="has member", inverse_phrase="is member of", domain=("band",), range=("person",)),
            R("origin", phrase="is from", inverse_phrase="is the origin of", domain=("band",), range=("city",)),
            R("country", phrase="comes from", inverse_phrase="is the country of", domain=("band",), range=("country",)),
            R("liked", phrase="liked", inverse_phrase="was liked by", domain=("user",), range=("band",))]
    t = [("l:food", "signed", "b:blur"), ("l:creation", "signed", "b:oasis"), ("l:island", "signed", "b:pulp"),
         ("b:blur", "founded", "p:albarn"), ("b:blur", "founded", "p:coxon"), ("b:oasis", "founded", "p:gallagher"),
         ("b:pulp", "founded", "p:cocker"), ("b:blur", "member", "p:albarn"), ("b:blur", "member", "p:coxon"),
         ("b:oasis", "member", "p:gallagher"), ("b:pulp", "member", "p:cocker"),
         ("b:blur", "origin", "city:london"), ("b:oasis", "origin", "city:manchester"), ("b:pulp", "origin", "city:sheffield"),
         ("b:blur", "country", "c:uk"), ("b:oasis", "country", "c:uk"), ("b:pulp", "country", "c:uk"),
         ("user:ana", "liked", "b:blur")]
    return build(items, others, rels, t, "bands")


CASES = []  # (graph name, text, user, why false)


def add(g, text, why, user=None):
    CASES.append((g, text, user, why))


# ---- 1. "<item> <role> <name>" (item titled) ------------------------------------------------
E = "example"
add(E, "Heat, from Casino director Michael Mann, is a crime film.", "Casino was directed by Martin Scorsese, not Mann")
add(E, "Casino, from Heat director Martin Scorsese, stars Robert De Niro.", "Scorsese did not direct Heat")
add(E, "Nixon, from Sabrina director Oliver Stone, stars Anthony Hopkins.", "Sabrina director is Sydney Pollack")
add(E, "Balto is from Jumanji director Simon Wells.", "Jumanji director is Joe Johnston")
add(E, "Jumanji director Simon Wells made Balto.", "Jumanji director is Joe Johnston")
add(E, "Jumanji director James Horner scored Balto.", "Horner composed Jumanji, did not direct it")
add(E, "Heat, starring Nixon director Oliver Stone, is a thriller.", "Stone not in Heat")
add(E, "Sabrina, from Nixon composer John Williams, was directed by Oliver Stone.", "Sabrina directed by Pollack")
add(E, "Casino, with Heat star Al Pacino, was directed by Martin Scorsese.", "Pacino not in Casino")
add(E, "Heat star Robert De Niro directed Casino.", "De Niro did not direct Casino")
add(E, "Casino was not directed by Heat director Michael Mann's rival Martin Scorsese.", "negation: Scorsese directed Casino (arguable wording)")
add(E, "Nixon, unlike Heat, was not made by Nixon director Oliver Stone.", "Stone directed Nixon")
add(E, "Jumanji composer James Horner also scored Heat.", "Heat's music is by Elliot Goldenthal")
add(E, "Balto star Robin Williams appears in Jumanji.", "Robin Williams not in Balto")
add(E, "Heat, from Casino star Michael Mann, stars Al Pacino.", "Mann is not a star of Casino")
add(E, "Casino, from Casino director Michael Mann, stars Robert De Niro.", "Mann did not direct Casino")
add(E, "You will like Heat, from Casino director Michael Mann.", "Casino not directed by Mann")
add(E, "Heat is from director Martin Scorsese.", "Heat directed by Mann")
add(E, "From Sabrina star Harrison Ford comes Nixon.", "Ford not in Nixon")
add(E, "Heat, from Casino and Nixon director Michael Mann, stars Al Pacino.", "Mann directed neither Casino nor Nixon")
add(E, "Heat, from GoldenEye director Michael Mann, stars Al Pacino.", "GoldenEye directed by Martin Campbell")
add(E, "Heat, from the Casino director Michael Mann, stars Al Pacino.", "Casino director is Scorsese")
add(E, "Heat, from Casino's director Michael Mann, stars Al Pacino.", "Casino director is Scorsese")
add(E, "Heat, from Casino directors Michael Mann, stars Al Pacino.", "Casino director is Scorsese")
add("tv", "Killing Eve, from Sherlock creator Phoebe Waller-Bridge, stars Sandra Oh.", "PWB did not create Sherlock")
add("tv", "Fleabag creator Steven Moffat also created Sherlock.", "Fleabag created by PWB")
add("tv", "The Wire, from Succession creator David Simon, aired on HBO.", "Succession created by Armstrong")
add("tv", "Sherlock, from Fleabag star Benedict Cumberbatch, aired on BBC One.", "Cumberbatch not in Fleabag")
add("tv", "Sherlock showrunner Mark Gatiss created Sherlock.", "Sherlock showrunner is Moffat")
add("tv", "Killing Eve, from Fleabag showrunner Phoebe Waller-Bridge, aired on BBC America.", "Fleabag has no showrunner in the graph (PWB not showrunner of Fleabag)")
add("tv", "Fleabag, from The Crown creator Phoebe Waller-Bridge, aired on BBC Three.", "The Crown created by Peter Morgan")
add("tv", "Dark, from The Crown creator Baran bo Odar, aired on Netflix.", "The Crown created by Morgan")
add("tv", "Killing Eve star Claire Foy stars in The Crown.", "Foy not in Killing Eve")
add("tv", "Sherlock star Sandra Oh stars in Killing Eve.", "Oh not in Sherlock")
add("tv", "Succession, from The Wire creator Jesse Armstrong, aired on HBO.", "The Wire created by Simon")
add("world", "Squid Game, from Extras creator Hwang Dong-hyuk, is from South Korea.", "Hwang did not create Extras")
add("world", "Extras writer Greg Daniels created The Office.", "Extras writers: Gervais, Merchant")
add("world", "The Office, from Extras director Greg Daniels, is from the United States.", "Extras director is Gervais")
add("world", "Extras, from The Office creator Ricky Gervais, is from the UK.", "The Office created by Daniels")
add("world", "Squid Game director Lee Jung-jae stars in Squid Game.", "Squid Game director is Hwang")
add("world", "Extras director Stephen Merchant wrote Extras.", "Extras director is Gervais")
add("world", "Squid Game writer Hwang Dong-hyuk directed Crash Landing.", "Hwang not director of Crash Landing")
add("roles", "The Office, from Jeopardy host Simon Cowell, aired on NBC.", "Jeopardy host is Trebek")
add("roles", "Jeopardy host Simon Cowell judges American Idol.", "Jeopardy host is Trebek")
add("roles", "American Idol judge Alex Trebek hosts Jeopardy.", "Idol judge is Cowell")
add("roles", "Jeopardy judge Alex Trebek is the host of Jeopardy.", "Trebek is host, not judge")

# ---- 2. "plays the lead in" = "stars in" --------------------------------------------------
add(E, "Al Pacino plays the lead in Casino.", "Pacino not in Casino")
add(E, "Robert De Niro played the lead role in Nixon.", "De Niro not in Nixon")
add(E, "Michael Mann had a leading role in Heat.", "Mann directed, did not star")
add(E, "Al Pacino and Joe Pesci play the leads in Heat.", "Pesci not in Heat")
add(E, "Al Pacino did not play the lead in Heat.", "negation of a true fact (Pacino stars in Heat)")
add(E, "Robin Williams has the lead role in Balto.", "Williams not in Balto")
add(E, "Heat, in which Joe Pesci plays the lead, was directed by Michael Mann.", "Pesci not in Heat")
add(E, "Heat, where Joe Pesci has a leading role, was directed by Michael Mann.", "Pesci not in Heat")
add(E, "Joe Pesci, who played the lead in Heat, also appears in Casino.", "Pesci not in Heat")
add(E, "Robert De Niro plays the leads in Heat and Nixon.", "De Niro not in Nixon")
add(E, "Robert De Niro plays the lead in Heat, Casino and Nixon.", "De Niro not in Nixon")
add(E, "Martin Scorsese had a lead role in Casino.", "Scorsese directed Casino")
add(E, "James Horner had the leading role in Jumanji.", "Horner composed Jumanji")
add(E, "Al Pacino plays the lead role in Heat and Casino.", "Pacino not in Casino")
add(E, "Heat has Joe Pesci in the lead role.", "Pesci not in Heat")
add(E, "Joe Pesci played the leading role in Heat.", "Pesci not in Heat")
add("tv", "Claire Foy plays the lead in Fleabag.", "Foy not in Fleabag")
add("tv", "Sandra Oh and Claire Foy play the leads in Killing Eve.", "Foy not in Killing Eve")
add("tv", "Steven Moffat had a leading role in Sherlock.", "Moffat created it, not a star")
add("tv", "David Simon plays the lead in The Wire.", "Simon created The Wire")
add("tv", "Jodie Comer played the lead in Sherlock.", "Comer not in Sherlock")
add("world", "Ricky Gervais plays the lead in The Office.", "The Office stars Carell")
add("world", "Hwang Dong-hyuk plays the lead in Squid Game.", "Hwang wrote/directed, not a star")
add("world", "Steve Carell and Ricky Gervais play the leads in The Office.", "Gervais not in The Office")
add("world", "Kim Il had the lead role in Crash Landing.", "Kim Il stars in Juche Dawn")

# ---- 3. relative clause, two subjects, one verb -------------------------------------------
add("tv", "Sherlock, which Steven Moffat and Phoebe Waller-Bridge created, aired on BBC One.", "PWB did not create Sherlock")
add("tv", "Sherlock, which Phoebe Waller-Bridge and Mark Gatiss created, aired on BBC One.", "PWB did not create Sherlock")
add("tv", "Fleabag, which Steven Moffat and Mark Gatiss created, aired on BBC Three.", "Fleabag created by PWB")
add("tv", "Sherlock, which Steven Moffat and Mark Gatiss created, aired on HBO.", "Sherlock aired on BBC One")
add("tv", "Sherlock, which Steven Moffat and Mark Gatiss did not create, aired on BBC One.", "they did create it")
add("tv", "Sherlock, which Benedict Cumberbatch and Martin Freeman created, aired on BBC One.", "they star, did not create")
add("tv", "Sherlock and Fleabag, which Steven Moffat and Mark Gatiss created, aired on the BBC.", "Fleabag not created by them")
add("tv", "Sherlock, which Steven Moffat and Mark Gatiss created, and Fleabag aired on BBC One.", "Fleabag aired on BBC Three (arguable scope)")
add("tv", "Killing Eve, in which Sandra Oh and Claire Foy star, aired on BBC America.", "Foy not in Killing Eve")
add("tv", "Killing Eve, which Sandra Oh and Claire Foy star in, aired on BBC America.", "Foy not in Killing Eve")
add("tv", "Sherlock, which Steven Moffat and Mark Gatiss created, stars Claire Foy.", "Foy not in Sherlock")
add("tv", "The Wire, which David Simon and Jesse Armstrong created, aired on HBO.", "Armstrong did not create The Wire")
add("tv", "The Wire, which David Simon and Ana watched, aired on HBO.", "Simon did not 'watch' in the graph; Ana did not watch The Wire")
add("tv", "Sherlock, which Steven Moffat, Mark Gatiss and Peter Morgan created, aired on BBC One.", "Morgan did not create Sherlock")
add("tv", "Sherlock, which Steven Moffat and Mark Gatiss created, is a comedy.", "Sherlock is a crime drama")
add("tv", "Sherlock, which Steven Moffat and Mark Gatiss created in 2012, aired on BBC One.", "year 2010")
add("tv", "Sherlock, which Mark Gatiss and Steven Moffat created and ran, aired on BBC One.", "Gatiss is not showrunner (arguable 'ran')")
add("tv", "Sherlock, which Steven Moffat and Mark Gatiss created; Fleabag, which Sandra Oh and Jodie Comer created.", "Oh/Comer did not create Fleabag")
add("world", "Extras, which Ricky Gervais and Steve Carell created, is from the UK.", "Carell did not create Extras")
add("world", "Extras, which Ricky Gervais and Stephen Merchant directed, is from the UK.", "Merchant not director")
add("world", "The Office, which NBC and Netflix released, is from America.", "Netflix did not release The Office")
add("world", "Squid Game, which Netflix and KCTV released, is from South Korea.", "KCTV did not release it")
add("bands", "Blur, which Damon Albarn and Noel Gallagher founded, is from London.", "Gallagher did not found Blur")
add("bands", "Blur, which Food Records and Creation Records signed, is from London.", "Creation did not sign Blur")
add(E, "Heat, which Al Pacino and Joe Pesci star in, was directed by Michael Mann.", "Pesci not in Heat")
add(E, "Casino, which Martin Scorsese and Michael Mann directed, stars Robert De Niro.", "Mann did not direct Casino")
add(E, "Four Rooms, which Quentin Tarantino and Martin Scorsese directed, stars Tim Roth.", "Scorsese did not direct Four Rooms")

# ---- 4. launched / started / began in <year> ----------------------------------------------
add("pods", "Rewind started in 2018.", "Rewind 2012")
add("pods", "The Kitchen Table began in 2012.", "2018")
add("pods", "The Kitchen Table launched in 2012.", "2018")
add("pods", "Rewind, which began in 2018, is hosted by Mira Lindqvist.", "2012")
add("pods", "Rewind, started in 2018, is from the UK.", "2012")
add("pods", "Rewind and The Kitchen Table both launched in 2012.", "Table 2018")
add("pods", "Rewind began in 2012 and The Kitchen Table started in 2012.", "Table 2018")
add("pods", "Rewind began airing in 2018.", "2012")
add("pods", "Rewind started out in 2018.", "2012")
add("pods", "Rewind first launched in 2018.", "2012")
add("pods", "Rewind was launched in 2018.", "2012")
add("pods", "Rewind was started in 2018.", "2012")
add("pods", "Rewind started in the UK in 2018.", "2012")
add("pods", "Rewind began life in 2018.", "2012")
add("pods", "Rewind did not start in 2012.", "it did")
add("pods", "Rewind launched in 2012 and ended in 2013.", "no end in graph (arguable: unknown)")
add("pods", "Mira Lindqvist started in 2018 with Rewind.", "Rewind 2012")
add("pods", "Mira Lindqvist launched Rewind in 2018.", "2012")
add("pods", "Tom Hale began The Kitchen Table in 2012.", "2018")
add("pods", "Kestrel Audio launched Rewind in 2018.", "2012")
add("pods", "Kestrel Audio started in 2012.", "no year for Kestrel Audio; 2012 is Rewind's (arguable/unknown)")
add("pods", "Rewind, which Kestrel Audio launched in 2018, is from the UK.", "2012")
add("pods", "Rewind launched on Driftwood Media in 2012.", "Rewind released on Kestrel")
add("tv", "Sherlock began in 2016.", "2010")
add("tv", "The Wire started in 2010.", "2002")
add("tv", "Sherlock launched in 2002.", "2010")
add("tv", "Fleabag started in 2016 and Dark began in 2016.", "Dark 2017")
add("bands", "Blur started in 1991.", "1988")
add("bands", "Oasis began in 1988.", "1991")
add("bands", "Pulp launched in 1988.", "1978")
add("bands", "Blur launched in 1991.", "1988")
add("bands", "Blur, which Damon Albarn started in 1991, is from London.", "1988")
add("bands", "Damon Albarn started Blur in 1991.", "1988")
add("bands", "Blur began in Manchester in 1988.", "Blur is from London")
add("bands", "Oasis began in 1991 in London.", "Oasis from Manchester")
add("world", "Squid Game started in 2019.", "2021")
add("world", "Crash Landing launched in 2021.", "2019")
add("world", "Squid Game launched on Netflix in 2019.", "2021")
add(E, "Heat started in 1994.", "Heat year (checked below)")

# ---- 5. short country names ---------------------------------------------------------------
add("world", "Juche Dawn is from Korea.", "Juche Dawn is from North Korea; 'Korea' is South Korea here")
add("world", "Squid Game is from North Korea.", "South Korea")
add("world", "The Office is from the UK.", "US")
add("world", "Extras is from the USA.", "UK")
add("world", "Extras is from America.", "UK")
add("world", "Extras is from the U.S.", "UK")
add("world", "The Office is from Britain.", "US")
add("world", "The Office is from Great Britain.", "US")
add("world", "Tulip Fever is from Germany.", "Netherlands")
add("world", "Dark is from Holland.", "Germany")
add("world", "Dark is a show from Holland.", "Germany")
add("world", "Extras is a British show from America.", "UK")
add("world", "Squid Game and The Office are from Korea.", "The Office US")
add("world", "Squid Game and Juche Dawn are both from Korea.", "Juche Dawn North Korea")
add("world", "Extras is from the UK and The Office is from the UK.", "Office US")
add("world", "Extras is not from the UK.", "it is")
add("world", "The Office is from the UK, like Extras.", "Office US")
add("world", "Juche Dawn, a show from Korea, stars Kim Il.", "North Korea")
add("world", "Crash Landing is from the US.", "Korea")
add("world", "The Office is from the United Kingdom.", "US")
add("world", "Extras is an American show.", "UK")
add("world", "Squid Game is a Korean show from the UK.", "Korea")
add("world", "Tulip Fever is from Ireland.", "Netherlands")
add("world", "Extras is from Ireland.", "UK")
add("world", "Netflix is from America.", "no such fact (company country unknown) -> arguable")
add("world", "The UK released Extras.", "BBC released Extras")
add("world", "America released The Office.", "NBC released it")
add("pods", "The Kitchen Table is from Britain.", "Ireland")
add("pods", "The Kitchen Table is from Great Britain.", "Ireland")
add("pods", "The Kitchen Table is from the U.K.", "Ireland")
add("pods", "Rewind is from Ireland.", "UK")
add("pods", "Rewind is a podcast from America.", "UK; no US in graph")
add("pods", "Rewind is a podcast from the USA.", "UK")
add("pods", "The Kitchen Table is from the UK and Rewind is from Ireland.", "swapped")
add("tv", "Dark was produced in the UK.", "Germany")
add("tv", "Fleabag was produced in the USA.", "UK")
add("tv", "The Wire was produced in Britain.", "US")
add("tv", "Sherlock was produced in America.", "UK")
add("tv", "The Wire and Sherlock were produced in the UK.", "Wire US")
add("tv", "Money Heist was produced in Holland.", "Spain")
add("bands", "Blur comes from America.", "UK")
add("bands", "Oasis comes from the USA.", "UK")

# ---- 6. "out of <place>" ------------------------------------------------------------------
add("pods", "Rewind is a show out of Ireland.", "UK")
add("pods", "The Kitchen Table is out of the UK.", "Ireland")
add("pods", "The Kitchen Table comes out of the UK.", "Ireland")
add("pods", "Rewind, out of Ireland, is hosted by Mira Lindqvist.", "UK")
add("pods", "Rewind was out of Ireland.", "UK")
add("pods", "Rewind is not out of the UK.", "it is")
add("pods", "Mira Lindqvist is out of Ireland.", "Mira's country unknown; Rewind UK (arguable)")
add("pods", "Rewind, hosted out of Ireland by Mira Lindqvist, launched in 2012.", "UK")
add("pods", "Rewind is out of Kestrel Audio.", "'out of' a label = released on? Not 'from' (arguable)")
add("pods", "The Kitchen Table is a podcast out of Britain.", "Ireland")
add("bands", "Blur is out of Manchester.", "London")
add("bands", "Oasis is a band out of London.", "Manchester")
add("bands", "Pulp, out of London, was signed by Island Records.", "Sheffield")
add("bands", "Blur, a band out of Sheffield, was founded by Damon Albarn.", "London")
add("bands", "Blur and Oasis are out of Manchester.", "Blur London")
add("bands", "Blur came out of Manchester.", "London")
add("bands", "Blur grew out of Manchester.", "London")
add("bands", "Blur, out of London, was founded in 1991.", "1988")
add("world", "Dark is a series out of Holland.", "Germany")
add("world", "Squid Game is out of North Korea.", "South Korea")
add("world", "Juche Dawn is out of Korea.", "North Korea")
add("world", "The Office is out of the UK.", "US")
add("world", "Extras came out of America.", "UK")
add("world", "Extras is out of Netflix.", "BBC released it; 'out of' a company is not 'from' (arguable)")

# ---- 7. passive of a bare past-tense verb -------------------------------------------------
add("pods", "Rewind was released by Driftwood Media.", "Kestrel")
add("pods", "The Kitchen Table was released by Kestrel Audio.", "Driftwood")
add("pods", "Kestrel Audio was released by Rewind.", "reversed")
add("pods", "Rewind released Kestrel Audio.", "reversed")
add("pods", "Kestrel Audio released The Kitchen Table.", "Driftwood")
add("pods", "Rewind was not released by Kestrel Audio.", "it was")
add("pods", "Rewind, released by Driftwood Media, is from the UK.", "Kestrel")
add("pods", "Rewind and The Kitchen Table were released by Kestrel Audio.", "Table Driftwood")
add("pods", "Rewind was released by Kestrel Audio and Driftwood Media.", "Driftwood did not")
add("pods", "Rewind was released by Kestrel Audio in 2018.", "2012")
add("pods", "Rewind was hosted by Tom Hale.", "Mira")
add("pods", "Mira Lindqvist was hosted by Rewind.", "reversed")
add("pods", "Rewind hosts Mira Lindqvist.", "reversed")
add("pods", "Rewind was released on Driftwood Media.", "Kestrel")
add("pods", "Rewind, which was released by Driftwood Media, launched in 2012.", "Kestrel")
add("pods", "Rewind was released by Mira Lindqvist.", "Mira hosts it, label Kestrel")
add("world", "Netflix was released by Squid Game.", "reversed")
add("world", "Squid Game released Netflix.", "reversed")
add("world", "The Office was released by Netflix.", "NBC")
add("world", "Squid Game was released by KCTV.", "Netflix")
add("world", "Juche Dawn was released by Netflix.", "KCTV")
add("world", "Extras was released by NBC.", "BBC")
add("world", "Squid Game was released by Hwang Dong-hyuk.", "Netflix")
add("world", "Squid Game, released by KCTV, stars Lee Jung-jae.", "Netflix")
add("world", "Squid Game, which was released by NBC, is from South Korea.", "Netflix")
add("world", "Squid Game was released by Netflix in 2019.", "2021")
add("world", "Squid Game was released by Netflix and NBC.", "NBC did not")
add("world", "Squid Game was not released by Netflix.", "it was")
add("world", "Squid Game was released in America by Netflix.", "arguable (where released)")
add("world", "Extras was released by the UK.", "BBC")
add("world", "The Office was released by America.", "NBC")
add("world", "Netflix released Squid Game, Crash Landing and The Office.", "Office NBC")
add("world", "Ricky Gervais was created by Extras.", "reversed")
add("bands", "Blur was signed by Creation Records.", "Food")
add("bands", "Food Records was signed by Blur.", "reversed")
add("bands", "Blur signed Food Records.", "reversed")
add("bands", "Oasis was signed by Food Records.", "Creation")
add("bands", "Blur, signed by Island Records, is from London.", "Food")
add("bands", "Damon Albarn was founded by Blur.", "reversed")
add("bands", "Blur founded Damon Albarn.", "reversed")
add("bands", "Blur was founded by Noel Gallagher.", "Albarn/Coxon")
add("bands", "Damon Albarn was signed by Food Records.", "Food signed Blur, not Albarn")
add("bands", "Blur was signed by Food Records in 1991.", "arguable: signing year unknown (1991 not Blur's)")
add("roles", "Alex Trebek was hosted by Jeopardy.", "reversed")
add(E, "Casino was distributed by Heat.", "reversed nonsense")


def g_events():
    """A bare past-tense verb "hosted" (venue -> event) whose inverse is not a passive."""
    items = {"e:final": ("event", "The Cup Final", {"year": 2019}), "e:gala": ("event", "The Gala", {"year": 2020}),
             "e:expo": ("event", "The Expo", {"year": 2015})}
    others = {"v:wembley": ("venue", "Wembley"), "v:garden": ("venue", "Madison Square Garden"), "o:fa": ("organisation", "The FA"),
              "o:un": ("organisation", "UNESCO"), "p:ann": ("person", "Ann Ray"), "p:bo": ("person", "Bo Lind")}
    rels = [R("hosted", phrase="hosted", inverse_phrase="took place at", domain=("venue",), range=("event",)),
            R("organised", phrase="organised", inverse_phrase="is organised by", domain=("organisation",), range=("event",)),
            R("presented", phrase="presented", inverse_phrase="is a show of", domain=("person",), range=("event",)),
            R("attended", phrase="attended", inverse_phrase="was attended by", domain=("user",), range=("event",))]
    t = [("v:wembley", "hosted", "e:final"), ("v:garden", "hosted", "e:gala"), ("v:garden", "hosted", "e:expo"),
         ("o:fa", "organised", "e:final"), ("o:un", "organised", "e:expo"), ("p:ann", "presented", "e:final"),
         ("p:bo", "presented", "e:gala"), ("user:ana", "attended", "e:final")]
    return build(items, others, rels, t, "events")


def g_countries():
    """Long and short country names side by side (Republic of Ireland / Northern Ireland, ROC / PRC, USA)."""
    items = {"s:derry": ("series", "Derry Girls", {"year": 2018}), "s:normal": ("series", "Normal People", {"year": 2020}),
             "s:meteor": ("series", "Meteor Garden", {"year": 2001}), "s:story": ("series", "Story of Yanxi Palace", {"year": 2018}),
             "s:office": ("series", "The Office", {"year": 2005}), "s:cidade": ("series", "City of Men", {"year": 2002}),
             "s:crown": ("series", "The Crown", {"year": 2016})}
    others = {"c:ie": ("country", "Republic of Ireland"), "c:ni": ("country", "Northern Ireland"), "c:roc": ("country", "Republic of China"),
              "c:prc": ("country", "People's Republic of China"), "c:usa": ("country", "United States of America"),
              "c:br": ("country", "Brazil"), "c:gb": ("country", "Great Britain"), "cont:sa": ("continent", "South America"),
              "cont:na": ("continent", "North America")}
    rels = [R("country", phrase="is from", inverse_phrase="is the home of", domain=("series",), range=("country",)),
            R("continent", phrase="is set in", inverse_phrase="is the setting of", domain=("series",), range=("continent",)),
            R("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",), range=("series",))]
    t = [("s:derry", "country", "c:ni"), ("s:normal", "country", "c:ie"), ("s:meteor", "country", "c:roc"),
         ("s:story", "country", "c:prc"), ("s:office", "country", "c:usa"), ("s:cidade", "country", "c:br"),
         ("s:crown", "country", "c:gb"), ("s:cidade", "continent", "cont:sa"), ("s:office", "continent", "cont:na"),
         ("user:ana", "watched", "s:derry")]
    return build(items, others, rels, t, "countries")


def _more():
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "more_cases.txt")):
        if line.strip() and not line.startswith("#"):
            g, text, why = line.rstrip("\n").split("|")
            add(g, text, why)


_more()


def _generated():
    """Generators on the television graph: for each show, role and person who does NOT hold that role
    in it, "<other show of the person>, from <show> <role> <person>, ..."; "<person> plays the lead in
    <show>" for a non-star; "<show>, which <creator> and <non-creator> created, ..."; a second
    country / network swapped in."""
    shows = {k: v for k, v in __import__("test_consistency_domain_words")._SHOWS.items()}
    people = __import__("test_consistency_domain_words")._PEOPLE
    def roles(sid):
        title, year, creators, runner, stars, network, country, genre = shows[sid]
        return {"creator": set(creators), "showrunner": {runner} if runner else set(), "star": set(stars)}
    countries = {"uk": "the UK", "us": "the USA", "es": "Spain", "de": "Germany"}
    for a in shows:
        ta = shows[a][0]
        for role in ("creator", "showrunner", "star"):
            for p, name in people.items():
                if p in roles(a)[role]:
                    continue
                for b in shows:
                    if b == a:
                        continue
                    made = roles(b)["creator"]
                    if p in made:
                        add("tv", f"{shows[b][0]}, from {ta} {role} {name}, was produced in {countries[shows[b][6]]}.",
                            f"{name} is not {role} of {ta}")
                        break
        for p, name in people.items():
            if p not in roles(a)["star"]:
                add("tv", f"{name} plays the lead in {ta}.", f"{name} does not star in {ta}")
                add("tv", f"{name} had a leading role in {ta}.", f"{name} does not star in {ta}")
        for c in shows[a][2]:
            for p, name in people.items():
                if p not in shows[a][2]:
                    add("tv", f"{ta}, which {people[c]} and {name} created, aired on {__import__('test_consistency_domain_words')._NETWORKS[shows[a][5]]}.",
                        f"{name} did not create {ta}")
        for cc, cname in countries.items():
            if cc != shows[a][6]:
                add("tv", f"{ta} was produced in {cname}.", f"{ta} was produced in {shows[a][6]}")
                add("tv", f"{ta}, a show out of {cname}, stars {people[shows[a][4][0]]}.", f"{ta} is from {shows[a][6]}")
        for y in (shows[a][1] - 1, shows[a][1] + 2):
            for verb in ("launched", "started", "began"):
                add("tv", f"{ta} {verb} in {y}.", f"{ta} started in {shows[a][1]}")


_generated()

EXAMPLE_USER = None


def graphs():
    ex = kgx.KnowledgeGraph.example()
    return {"example": ex, "tv": _television(), "pods": _podcasts(), "roles": _roles(), "world": g_world(),
            "bands": g_bands(), "events": g_events(), "countries": g_countries()}


def main():
    gs = graphs()
    checkers = {k: ConsistencyChecker(v, outside_evidence=True).build() for k, v in gs.items()}
    users = {k: (next(iter(v.users()), None)) for k, v in gs.items()}
    accepted = []
    arguable = [c for c in CASES if "arguable" in c[3] or "unknown" in c[3]]
    for g, text, user, why in arguable:  # not counted: true, unknown or arguable in the graph
        print(f"arguable (not counted) [{g}] {text} -> {checkers[g].check(text, (), user or users[g]).supported}")
    counted = [c for c in CASES if c not in arguable]
    for g, text, user, why in counted:
        u = user or users[g]
        try:
            ok = checkers[g].check(text, (), u).supported
        except Exception as exc:  # noqa
            print("ERROR", g, text, exc)
            ok = False
        if ok:
            accepted.append((g, text, why))
            print(f"ACCEPTED [{g}] {text}  -- {why}")
    print(f"accepted {len(accepted)} of {len(counted)}")


if __name__ == "__main__":
    main()
