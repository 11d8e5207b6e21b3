"""Red team round 164: this round's new readings (CHANGES.diff): (1) an item of an "undertaking"
type (every subject type of the relation one of expedition, voyage, mission, campaign, raid,
crossing, journey, trek, survey, exploration) whose relation says "was led / captained / headed /
run / sponsored by" also reads the bare participle ("the Fram expedition, led by Nansen") and the
leader's possessive ("Scott's Terra Nova Expedition"); (2) on such a relation "was a" also reads
"is a" and the apposition; (3) "lead", "command", "mount" are verbs of authorship ("Norway's Norge
flight", "an Armstrong mission"); (4) a prize (type word trophy, prize, award, medal, cup, shield,
belt, plate) "was first awarded / presented / contested / given / won / handed in <year>", also as
an opening participle; (5) webnlg_graph types the subjects of people's predicates and the objects
of others "person", and "he" / "she" name only those.

Six graphs (builders below): polar (expeditions, a voyage, a crossing; ships with a past captain
and a past role "was a" next to the expeditions' kind "was a"; a museum; a society founded next to
funded), ventures (a mixed graph: expeditions and raids next to companies, clubs, a band, museums,
nations, ships, exhibitions, products and airports, with "was led by" as a past state, "is led
by", "was a" a museum's former use, "commanded", "mounted", "launched" a product, "is a hub for"
next to "is a base for"), prizes (prizes of every type word, items whose two-word type holds a
prize's word but are no prize, TV shows "presented by" now and once, a stadium, a society, teams),
missions (space missions "commanded by" and "run by", campaigns "led by" and "mounted by", kinds,
spacecraft, agencies that "launched" programmes), webnlg (kgexplain.evaluation.webnlg.webnlg_graph
over hand-made WebNLGEntry triples), heritage (items whose type word is an undertaking's but that
last: Spanish missions and the Alamo, two survey agencies, a border crossing, a standing campaign).

Findings (all accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (1) the type words "mission", "survey", "crossing", "campaign" also name what lasts: a mission
  church, a survey agency, a border crossing, a standing campaign. A past runner, leader or head
  of one ("was run / led / headed by": a past state) is read as its present runner: "The Carmel
  Mission, run by the Franciscans, is located in Carmel", "The Alamo, run by the Daughters of the
  Republic of Texas, ...", "Checkpoint Charlie, run by the United States Army, ...", "The USGS,
  led by John Wesley Powell, is headquartered in Reston", "Clarence King's USGS ...", "The USGS is
  (now) led by Clarence King", "The Ordnance Survey is headed by Charles Close", "Bertrand
  Russell's CND ...", "CND is a Bertrand Russell campaign"; (2) their past role "was a" is read
  "is a": "The Alamo is a fortress", "The Alamo, a fortress, is located in San Antonio", "Mission
  Dolores is a barracks", "The Carmel Mission is a mission headquarters".
* (1) the present tense on true undertakings: "was led / captained / sponsored / run by" now reads
  "is led by" (the change's own docstring says "never in the present"): "The Norge flight is
  (now) led by Roald Amundsen", "The Fram expedition is led by Fridtjof Nansen", "The Norge flight
  is captained by Umberto Nobile", "The Nimrod Expedition is sponsored by William Beardmore",
  "..., which is led by Roald Amundsen, ...", "Apollo 11 is (now) run by NASA", "Operation Torch is
  now led by George S. Patton".
* (4) the prize check reads the item's type WORDS, so a type of two words holding a prize's word
  is a prize: a "shield_volcano" (Mauna Loa), a "green_belt", a porcelain "plate", an
  "award_ceremony", all "first awarded / contested / presented / won in" their own year, and as
  the new opening participle: "First awarded in 1843, Mauna Loa is located in Hawaii", "First
  presented in 1843, Mauna Loa ...", "Mauna Loa was first contested in 1843", "First awarded in
  1938, the Metropolitan Green Belt ...", "The Willow Pattern Plate, first contested in 1790, ...",
  "First awarded in 1949, the BAFTA Film Awards ceremony ...", "The BAFTA Film Awards ceremony,
  first won in 1949, ...". (A "seat_belt" escapes only because "three-point" is not read.)
* (5) "he" names only typed people, so (a) a real person the graph does not type (a country's
  "leader", a "successor": neither list has them) is skipped for an earlier typed one, although
  he is the clear referent: "Alan Bean was born in Wheeler, Texas. Barack Obama leads the United
  States. He was born in Wheeler, Texas." (also "The United States is led by Barack Obama. He
  ...", "..., and he was born in ...", "He is a test pilot", "He plays for FC Barcelona", "He is
  the chairman of AFC Ajax"), "Abraham A. Ribicoff was born in New Britain, Connecticut. Anthony
  J. Celebrezze succeeded him. He was born in New Britain, Connecticut."; (b) what "founded by" or
  "discoverer" types "person" need not be one: a company ("Ducati Corse was founded by Ducati. He
  is from Bologna. / He makes motorcycles. / She is from Bologna.") and a survey programme
  ("(410777) 2009 FD was discovered by Spacewatch. He is located at Kitt Peak National
  Observatory.") become "he" and "she".

Not found: (1) "led by" the wrong person (a member, a ship's captain, a sponsor, a builder, a
country, another expedition's leader), a restrictive "the X expedition led by Y", lists, opening
"Led by", "-led", "his", "like"; possessives of members, captains, builders, sponsors, another
expedition's leader; companies, clubs, a band, museums and nations "led / managed / captained /
headed by" someone in the past (participle, possessive, "a <person> company") stay rejected on a
mixed graph with expeditions, also where the phrase "was led by" is shared; (2) "is a" of the
wrong kind, of another expedition's kind, of a ship (the ships' own "was a" stays past), of a
person, a museum or a society, appositions after other relations' objects, "is a" of a museum's
former use next to the expeditions' "was a"; (3) the possessive and "a <country> expedition" of a
country that mounted another expedition, a wrong commander or crew member of a mission, a wrong
museum of an exhibition, a wrong commander of a ship; (4) another prize's year, a person's, a
team's, a stadium's, a show's; "first awarded" of a stadium, a society, a TV show (now rejected:
the starting code accepted them); "last", "until", "before / after", "only", negation; "first
won" given to a later winner; "first awarded to" the wrong winner; "first presented" of a show's
present presenter; (5) surnames of typed people for the wrong person, "he" after a place only.

OPEN: "led by" after an object ("included Frederick Cook, led by ..."); "has been led by" of an
expedition; Nobile's possessive of the Norge flight; a past ship commander as "a Thomas Hardy
ship" / "Thomas Hardy's HMS Victory" (command is authorship now); Mustafa Kemal and the Gallipoli
campaign; a fight or a cup final "first awarded / presented" (awarded to a venue, presented by a
promoter or a broadcaster); a plan or an invention "first presented"; "awarded in <year>" without
"first" (entailed by the first year, or true in the world and unknown to the graph); past roles
and runners of a mission with a past main verb; "he" after "X belongs to the party, which Y
leads"; "launched" of a founding year; "is mounted by" of a campaign.

KNOWN (accepted by the starting code too): "first awarded" of a shield volcano, a green belt, a
porcelain plate, an award ceremony (the graph's "is awarded by" made "awarded" a dating verb).

Rejected controls: "The Heisman Trophy was first given in 1935." and "The Stanley Cup was first
won in 1893." (two of the new verbs are not read after "was first"), "The FA Cup was first won
by Wanderers." (no "first won by" for "was first awarded to"), "NASA's Apollo 11 ..." and "Apollo
11 is a NASA mission" ("run by" an agency that is an item of the graph), "Apple launched the
iPhone in 2007." (the product's year after "launched").

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=v[0], label=v[1], aliases=aliases.get(k, ()),
               attrs={"year": v[2]} if len(v) > 2 else {}) for k, v in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


UND = ("expedition", "voyage", "crossing")


def polar():
    """Polar expeditions, a voyage and a crossing (items: year begun; every subject type of their
    relations an undertaking): "was led by" an explorer, "was sponsored by" a patron or a society,
    "was mounted by" a country, "was captained by" (the Norge flight's pilot), "included" members,
    "used" a ship or an airship, "was a" kind (range "expedition kind": "is a", the apposition),
    "reached" a place, "departed from" a port. Ships (items: year launched) "were captained by"
    (a past state of a ship: no bare participle, no possessive), "were built by", "were a" whaler or
    a sealer (a past state of ships, the same phrase as the expeditions' kind); a museum (item)
    "houses" a ship, "is located in" a city; societies "were founded by" next to "were funded by";
    explorers "were born in" cities; a user."""
    rels = [
        R("led_by", phrase="was led by", inverse_phrase="led", domain=UND, range=("explorer",)),
        R("sponsored_by", phrase="was sponsored by", inverse_phrase="sponsored", domain=UND, range=("patron", "society")),
        R("mounted_by", phrase="was mounted by", inverse_phrase="mounted", domain=UND, range=("country",)),
        R("piloted", phrase="was captained by", inverse_phrase="captained", domain=("expedition",), range=("aviator",)),
        R("included", phrase="included", inverse_phrase="was a member of", domain=UND, range=("explorer",)),
        R("used", phrase="used", inverse_phrase="was used by", domain=UND, range=("ship", "airship")),
        R("kind", phrase="was a", inverse_phrase="was the kind of", domain=UND, range=("expedition kind",)),
        R("reached", phrase="reached", inverse_phrase="was reached by", domain=UND, range=("place",)),
        R("departed", phrase="departed from", inverse_phrase="was the departure port of", domain=UND, range=("port",)),
        R("ship_captained", phrase="was captained by", inverse_phrase="captained", domain=("ship",), range=("captain", "explorer")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship", "airship"), range=("shipbuilder", "engineer", "aviator")),
        R("ship_was", phrase="was a", inverse_phrase="was the former role of", domain=("ship",), range=("ship kind",)),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=("museum",), range=("ship",)),
        R("museum_in", phrase="is located in", inverse_phrase="is the location of", domain=("museum",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("society",), range=("founder", "explorer")),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("society",), range=("patron",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("explorer", "captain", "aviator"), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "x:fram": ("expedition", "Fram expedition", 1893), "x:norge": ("expedition", "Norge flight", 1926),
        "x:terranova": ("expedition", "Terra Nova Expedition", 1910), "x:discovery": ("expedition", "Discovery Expedition", 1901),
        "x:nimrod": ("expedition", "Nimrod Expedition", 1907), "x:endurance": ("expedition", "Endurance Expedition", 1914),
        "x:gjoa": ("expedition", "Gjoa expedition", 1903), "x:belgica": ("expedition", "Belgica expedition", 1897),
        "v:endeavour": ("voyage", "Endeavour voyage", 1768), "c:greenland": ("crossing", "Greenland crossing", 1888),
        "s:fram": ("ship", "Fram", 1892), "s:terranova": ("ship", "Terra Nova", 1884), "s:discovery": ("ship", "RRS Discovery", 1901),
        "s:nimrod": ("ship", "Nimrod", 1867), "s:endurance": ("ship", "Endurance", 1912), "s:gjoa": ("ship", "Gjoa", 1872),
        "s:belgica": ("ship", "Belgica", 1884), "s:endeavour": ("ship", "HMS Endeavour", 1764),
        "a:norge": ("airship", "Norge", 1924),
        "m:frammuseum": ("museum", "Fram Museum", 1936), "m:discoverypoint": ("museum", "Discovery Point", 1993),
    }
    others = {
        "p:nansen": ("explorer", "Fridtjof Nansen"), "p:amundsen": ("explorer", "Roald Amundsen"),
        "p:scott": ("explorer", "Robert Falcon Scott"), "p:shackleton": ("explorer", "Ernest Shackleton"),
        "p:gerlache": ("explorer", "Adrien de Gerlache"), "p:cook": ("explorer", "James Cook"),
        "p:fcook": ("explorer", "Frederick Cook"), "p:johansen": ("explorer", "Hjalmar Johansen"),
        "p:oates": ("explorer", "Lawrence Oates"), "p:wilson": ("explorer", "Edward Wilson"),
        "p:mawson": ("explorer", "Douglas Mawson"), "p:wild": ("explorer", "Frank Wild"),
        "p:sverdrup": ("explorer", "Otto Sverdrup"), "p:worsley": ("captain", "Frank Worsley"),
        "p:pennell": ("captain", "Harry Pennell"), "p:england": ("captain", "Rupert England"),
        "p:lecointe": ("captain", "Georges Lecointe"), "p:nobile": ("aviator", "Umberto Nobile"),
        "p:archer": ("shipbuilder", "Colin Archer"), "p:stephen": ("shipbuilder", "Dundee Shipbuilders Company"),
        "p:framnaes": ("shipbuilder", "Framnaes shipyard"), "p:barrow": ("founder", "John Barrow"),
        "sp:ellsworth": ("patron", "Lincoln Ellsworth"), "sp:rgs": ("society", "Royal Geographical Society"),
        "sp:beardmore": ("patron", "William Beardmore"), "sp:caird": ("patron", "James Caird"),
        "sp:royalsociety": ("society", "Royal Society"), "sp:rbgs": ("society", "Royal Belgian Geographical Society"),
        "sp:gamel": ("patron", "Augustin Gamel"), "sp:storting": ("patron", "Norwegian Parliament"),
        "sp:guinness": ("patron", "Edward Guinness"),
        "n:norway": ("country", "Norway"), "n:uk": ("country", "United Kingdom"), "n:belgium": ("country", "Belgium"),
        "n:gb": ("country", "Great Britain"), "n:italy": ("country", "Italy"),
        "k:drift": ("expedition kind", "drift expedition"), "k:airship": ("expedition kind", "airship flight"),
        "k:science": ("expedition kind", "scientific expedition"), "k:sledge": ("expedition kind", "sledging expedition"),
        "k:trans": ("expedition kind", "trans-Antarctic expedition"), "k:passage": ("expedition kind", "Northwest Passage expedition"),
        "k:winter": ("expedition kind", "overwintering expedition"), "k:voyage": ("expedition kind", "scientific voyage"),
        "k:ski": ("expedition kind", "ski crossing"),
        "sk:whaler": ("ship kind", "whaler"), "sk:sealer": ("ship kind", "sealer"), "sk:collier": ("ship kind", "collier"),
        "sk:herring": ("ship kind", "herring boat"),
        "pl:farnorth": ("place", "Farthest North"), "pl:northpole": ("place", "North Pole"), "pl:southpole": ("place", "South Pole"),
        "pl:ross": ("place", "Ross Ice Shelf"), "pl:erebus": ("place", "Mount Erebus"), "pl:weddell": ("place", "Weddell Sea"),
        "pl:nome": ("place", "Nome"), "pl:peninsula": ("place", "Antarctic Peninsula"), "pl:tahiti": ("place", "Tahiti"),
        "pl:godthab": ("place", "Godthab"),
        "po:christiania": ("port", "Christiania"), "po:nyalesund": ("port", "Ny-Alesund"), "po:cardiff": ("port", "Cardiff"),
        "po:cowes": ("port", "Cowes"), "po:lyttelton": ("port", "Lyttelton"), "po:plymouth": ("port", "Plymouth"),
        "po:antwerp": ("port", "Antwerp"), "po:umivik": ("port", "Umivik"),
        "y:oslo": ("city", "Oslo"), "y:dundee": ("city", "Dundee"), "y:borge": ("city", "Borge"),
        "y:plymouth": ("city", "Devonport"), "y:kilkea": ("city", "Kilkea"), "y:marton": ("city", "Marton"),
        "y:hasselt": ("city", "Hasselt"), "y:lauro": ("city", "Lauro"), "y:froen": ("city", "Store Froen"),
    }
    T_ = [
        ("x:fram", "led_by", "p:nansen"), ("x:norge", "led_by", "p:amundsen"), ("x:terranova", "led_by", "p:scott"),
        ("x:discovery", "led_by", "p:scott"), ("x:nimrod", "led_by", "p:shackleton"), ("x:endurance", "led_by", "p:shackleton"),
        ("x:gjoa", "led_by", "p:amundsen"), ("x:belgica", "led_by", "p:gerlache"), ("v:endeavour", "led_by", "p:cook"),
        ("c:greenland", "led_by", "p:nansen"),
        ("x:fram", "sponsored_by", "sp:storting"), ("x:norge", "sponsored_by", "sp:ellsworth"), ("x:terranova", "sponsored_by", "sp:rgs"),
        ("x:discovery", "sponsored_by", "sp:rgs"), ("x:nimrod", "sponsored_by", "sp:beardmore"), ("x:endurance", "sponsored_by", "sp:caird"),
        ("x:belgica", "sponsored_by", "sp:rbgs"), ("v:endeavour", "sponsored_by", "sp:royalsociety"), ("c:greenland", "sponsored_by", "sp:gamel"),
        ("x:fram", "mounted_by", "n:norway"), ("x:norge", "mounted_by", "n:norway"), ("x:terranova", "mounted_by", "n:uk"),
        ("x:discovery", "mounted_by", "n:uk"), ("x:nimrod", "mounted_by", "n:uk"), ("x:endurance", "mounted_by", "n:uk"),
        ("x:gjoa", "mounted_by", "n:norway"), ("x:belgica", "mounted_by", "n:belgium"), ("v:endeavour", "mounted_by", "n:gb"),
        ("c:greenland", "mounted_by", "n:norway"),
        ("x:norge", "piloted", "p:nobile"),
        ("x:fram", "included", "p:johansen"), ("x:fram", "included", "p:sverdrup"), ("x:terranova", "included", "p:oates"),
        ("x:terranova", "included", "p:wilson"), ("x:discovery", "included", "p:shackleton"), ("x:discovery", "included", "p:wilson"),
        ("x:nimrod", "included", "p:mawson"), ("x:endurance", "included", "p:wild"), ("x:belgica", "included", "p:amundsen"),
        ("x:belgica", "included", "p:fcook"), ("c:greenland", "included", "p:sverdrup"), ("x:norge", "included", "p:nobile"),
        ("x:fram", "used", "s:fram"), ("x:terranova", "used", "s:terranova"), ("x:discovery", "used", "s:discovery"),
        ("x:nimrod", "used", "s:nimrod"), ("x:endurance", "used", "s:endurance"), ("x:gjoa", "used", "s:gjoa"),
        ("x:belgica", "used", "s:belgica"), ("v:endeavour", "used", "s:endeavour"), ("x:norge", "used", "a:norge"),
        ("x:fram", "kind", "k:drift"), ("x:norge", "kind", "k:airship"), ("x:terranova", "kind", "k:science"),
        ("x:discovery", "kind", "k:science"), ("x:nimrod", "kind", "k:sledge"), ("x:endurance", "kind", "k:trans"),
        ("x:gjoa", "kind", "k:passage"), ("x:belgica", "kind", "k:winter"), ("v:endeavour", "kind", "k:voyage"),
        ("c:greenland", "kind", "k:ski"),
        ("x:fram", "reached", "pl:farnorth"), ("x:norge", "reached", "pl:northpole"), ("x:terranova", "reached", "pl:southpole"),
        ("x:discovery", "reached", "pl:ross"), ("x:nimrod", "reached", "pl:erebus"), ("x:endurance", "reached", "pl:weddell"),
        ("x:gjoa", "reached", "pl:nome"), ("x:belgica", "reached", "pl:peninsula"), ("v:endeavour", "reached", "pl:tahiti"),
        ("c:greenland", "reached", "pl:godthab"),
        ("x:fram", "departed", "po:christiania"), ("x:norge", "departed", "po:nyalesund"), ("x:terranova", "departed", "po:cardiff"),
        ("x:discovery", "departed", "po:cowes"), ("x:nimrod", "departed", "po:lyttelton"), ("x:endurance", "departed", "po:plymouth"),
        ("x:belgica", "departed", "po:antwerp"), ("v:endeavour", "departed", "po:plymouth"), ("c:greenland", "departed", "po:umivik"),
        ("s:fram", "ship_captained", "p:sverdrup"), ("s:terranova", "ship_captained", "p:pennell"),
        ("s:nimrod", "ship_captained", "p:england"), ("s:endurance", "ship_captained", "p:worsley"),
        ("s:belgica", "ship_captained", "p:lecointe"), ("s:endeavour", "ship_captained", "p:cook"),
        ("s:gjoa", "ship_captained", "p:amundsen"),
        ("s:fram", "built_by", "p:archer"), ("s:discovery", "built_by", "p:stephen"), ("s:endurance", "built_by", "p:framnaes"),
        ("a:norge", "built_by", "p:nobile"),
        ("s:terranova", "ship_was", "sk:whaler"), ("s:nimrod", "ship_was", "sk:sealer"), ("s:endeavour", "ship_was", "sk:collier"),
        ("s:gjoa", "ship_was", "sk:herring"), ("s:belgica", "ship_was", "sk:whaler"),
        ("m:frammuseum", "houses", "s:fram"), ("m:frammuseum", "houses", "s:gjoa"), ("m:discoverypoint", "houses", "s:discovery"),
        ("m:frammuseum", "museum_in", "y:oslo"), ("m:discoverypoint", "museum_in", "y:dundee"),
        ("sp:rgs", "founded_by", "p:barrow"), ("sp:rgs", "funded_by", "sp:guinness"),
        ("p:nansen", "born_in", "y:froen"), ("p:amundsen", "born_in", "y:borge"), ("p:scott", "born_in", "y:plymouth"),
        ("p:shackleton", "born_in", "y:kilkea"), ("p:cook", "born_in", "y:marton"), ("p:gerlache", "born_in", "y:hasselt"),
        ("p:nobile", "born_in", "y:lauro"),
        ("user:ida", "rated", "x:fram", {"rating": 5.0}), ("user:ida", "rated", "x:norge", {"rating": 4.5}),
        ("user:ida", "rated", "x:nimrod", {"rating": 2.0}),
    ]
    aliases = {"s:discovery": ("Discovery",), "s:endeavour": ("Endeavour",), "x:norge": ("Norge expedition",)}
    return _build(items, others, rels, T_, users=[("user:ida", "Ida")], aliases=aliases)


def ventures():
    """A mixed graph: expeditions and a raid (items: year; "was led by" an explorer or an officer,
    "was mounted by" a country, "was a" kind: every subject an undertaking) next to companies
    ("was led by" a past chief, "is led by" the present one, "was founded by" next to "was funded
    by", "launched" a product, "is headquartered in"), clubs ("was managed by", "was captained by"
    in the past, "is managed by" now), a band ("was fronted by", "was managed by"), museums ("was
    headed by" a past director, "is directed by" the present one, "mounted" exhibitions, "was a"
    former building: the same phrase as the expeditions' kind, a past state), countries ("was led
    by" a past leader), ships ("were commanded by" captains, a past state of no holding verb),
    exhibitions (items: "were mounted by" a museum), products (items: year launched); airports
    (items) "are a hub for" an airline next to "are a base for" another; a user."""
    rels = [
        R("exp_led", phrase="was led by", inverse_phrase="led", domain=("expedition", "raid"), range=("explorer", "officer")),
        R("exp_mounted", phrase="was mounted by", inverse_phrase="mounted", domain=("expedition", "raid"), range=("country",)),
        R("exp_kind", phrase="was a", inverse_phrase="was the kind of", domain=("expedition", "raid"), range=("undertaking kind",)),
        R("exp_target", phrase="targeted", inverse_phrase="was targeted by", domain=("expedition", "raid"), range=("city", "place")),
        R("co_led", phrase="was led by", inverse_phrase="led", domain=("company",), range=("executive",)),
        R("co_leads", phrase="is led by", inverse_phrase="leads", domain=("company",), range=("executive",)),
        R("co_founded", phrase="was founded by", inverse_phrase="founded", domain=("company", "club"), range=("founder", "executive")),
        R("co_funded", phrase="was funded by", inverse_phrase="funded", domain=("company",), range=("investor",)),
        R("co_launched", phrase="launched", inverse_phrase="was launched by", domain=("company",), range=("product",)),
        R("co_hq", phrase="is headquartered in", inverse_phrase="is the headquarters city of", domain=("company",), range=("city",)),
        R("club_managed", phrase="was managed by", inverse_phrase="managed", domain=("club", "band"), range=("manager",)),
        R("club_manages", phrase="is managed by", inverse_phrase="manages", domain=("club",), range=("manager",)),
        R("club_captained", phrase="was captained by", inverse_phrase="captained", domain=("club",), range=("footballer",)),
        R("band_fronted", phrase="was fronted by", inverse_phrase="fronted", domain=("band",), range=("singer",)),
        R("mus_headed", phrase="was headed by", inverse_phrase="headed", domain=("museum",), range=("curator",)),
        R("mus_directed", phrase="is directed by", inverse_phrase="directs", domain=("museum",), range=("curator",)),
        R("mus_was", phrase="was a", inverse_phrase="was the former use of", domain=("museum",), range=("building kind",)),
        R("mus_in", phrase="is located in", inverse_phrase="is the location of", domain=("museum", "airport"), range=("city",)),
        R("exh_mounted", phrase="was mounted by", inverse_phrase="mounted", domain=("exhibition",), range=("museum",)),
        R("country_led", phrase="was led by", inverse_phrase="led", domain=("nation",), range=("politician",)),
        R("capital", phrase="has the capital", inverse_phrase="is the capital of", domain=("nation",), range=("city",)),
        R("shown_in", phrase="was shown in", inverse_phrase="hosted", domain=("exhibition",), range=("city",)),
        R("ship_commanded", phrase="was commanded by", inverse_phrase="commanded", domain=("ship",), range=("officer",)),
        R("hub_for", phrase="is a hub for", inverse_phrase="uses as a hub", domain=("airport",), range=("airline",)),
        R("base_for", phrase="is a base for", inverse_phrase="uses as a base", domain=("airport",), range=("airline",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "x:kontiki": ("expedition", "Kon-Tiki expedition", 1947), "x:baarle": ("expedition", "British Arctic Air Route Expedition", 1930),
        "x:everest": ("expedition", "1953 British Mount Everest expedition", 1953),
        "r:doolittle": ("raid", "Doolittle Raid", 1942), "r:chastise": ("raid", "Operation Chastise", 1943),
        "co:apple": ("company", "Apple", 1976), "co:microsoft": ("company", "Microsoft", 1975), "co:tesla": ("company", "Tesla", 2003),
        "cl:manutd": ("club", "Manchester United", 1878), "cl:arsenal": ("club", "Arsenal", 1886),
        "b:queen": ("band", "Queen", 1970), "b:beatles": ("band", "The Beatles", 1960),
        "mu:tate": ("museum", "Tate Modern", 2000), "mu:orsay": ("museum", "Musee d'Orsay", 1986), "mu:bm": ("museum", "British Museum", 1753),
        "ex:tut": ("exhibition", "Treasures of Tutankhamun", 1972), "ex:impressionists": ("exhibition", "Inventing Impressionism", 2015),
        "na:uk": ("nation", "United Kingdom", 1707), "na:usa": ("nation", "United States", 1776),
        "sh:victory": ("ship", "HMS Victory", 1765), "sh:hornet": ("ship", "USS Hornet", 1940),
        "pr:iphone": ("product", "iPhone", 2007), "pr:mac": ("product", "Macintosh", 1984), "pr:windows": ("product", "Windows", 1985),
        "pr:models": ("product", "Model S", 2012),
        "ap:heathrow": ("airport", "Heathrow Airport", 1946), "ap:gatwick": ("airport", "Gatwick Airport", 1958),
    }
    others = {
        "p:heyerdahl": ("explorer", "Thor Heyerdahl"), "p:watkins": ("explorer", "Gino Watkins"), "p:hunt": ("explorer", "John Hunt"),
        "p:hillary": ("explorer", "Edmund Hillary"),
        "o:doolittle": ("officer", "James Doolittle"), "o:gibson": ("officer", "Guy Gibson"), "o:hardy": ("officer", "Thomas Hardy"),
        "o:nelson": ("officer", "Horatio Nelson"), "o:mitscher": ("officer", "Marc Mitscher"),
        "n:norway": ("country", "Norway"), "n:uk": ("country", "Britain"), "n:us": ("country", "America"),
        "k:raft": ("undertaking kind", "raft expedition"), "k:survey": ("undertaking kind", "aerial survey expedition"),
        "k:climb": ("undertaking kind", "mountaineering expedition"), "k:air": ("undertaking kind", "air raid"),
        "k:bomb": ("undertaking kind", "bombing raid"),
        "t:tokyo": ("city", "Tokyo"), "t:ruhr": ("place", "Ruhr dams"), "t:polynesia": ("place", "Polynesia"),
        "t:greenland": ("place", "Greenland"), "t:everest": ("place", "Mount Everest"),
        "e:jobs": ("executive", "Steve Jobs"), "e:cook": ("executive", "Tim Cook"), "e:wozniak": ("founder", "Steve Wozniak"),
        "e:gates": ("executive", "Bill Gates"), "e:nadella": ("executive", "Satya Nadella"), "e:allen": ("founder", "Paul Allen"),
        "e:musk": ("executive", "Elon Musk"), "e:sculley": ("executive", "John Sculley"), "e:ballmer": ("executive", "Steve Ballmer"), "e:eberhard": ("founder", "Martin Eberhard"),
        "i:markkula": ("investor", "Arthur Rock"), "i:gompers": ("investor", "Valor Equity Partners"),
        "y:cupertino": ("city", "Cupertino"), "y:redmond": ("city", "Redmond"), "y:austin": ("city", "Austin"),
        "y:london": ("city", "London"), "y:paris": ("city", "Paris"), "y:crawley": ("city", "Crawley"), "y:washington": ("city", "Washington"),
        "m:ferguson": ("manager", "Alex Ferguson"), "m:amorim": ("manager", "Ruben Amorim"), "m:wenger": ("manager", "Arsene Wenger"),
        "m:arteta": ("manager", "Mikel Arteta"), "m:beach": ("manager", "John Reid"), "m:epstein": ("manager", "Brian Epstein"),
        "f:keane": ("footballer", "Roy Keane"), "f:adams": ("footballer", "Tony Adams"),
        "f:dial": ("founder", "Newton Heath LYR"), "f:danskin": ("founder", "David Danskin"),
        "s:mercury": ("singer", "Freddie Mercury"), "s:lennon": ("singer", "John Lennon"),
        "cu:serota": ("curator", "Nicholas Serota"), "cu:morris": ("curator", "Frances Morris"),
        "cu:cachin": ("curator", "Francoise Cachin"), "cu:fischer": ("curator", "Hartwig Fischer"),
        "cu:cuno": ("curator", "Nicholas Cullinan"),
        "bk:power": ("building kind", "power station"), "bk:station": ("building kind", "railway station"),
        "pol:churchill": ("politician", "Winston Churchill"), "pol:lincoln": ("politician", "Abraham Lincoln"),
        "al:ba": ("airline", "British Airways"), "al:virgin": ("airline", "Virgin Atlantic"), "al:easyjet": ("airline", "easyJet"),
    }
    T_ = [
        ("x:kontiki", "exp_led", "p:heyerdahl"), ("x:baarle", "exp_led", "p:watkins"), ("x:everest", "exp_led", "p:hunt"),
        ("r:doolittle", "exp_led", "o:doolittle"), ("r:chastise", "exp_led", "o:gibson"),
        ("x:kontiki", "exp_mounted", "n:norway"), ("x:baarle", "exp_mounted", "n:uk"), ("x:everest", "exp_mounted", "n:uk"),
        ("r:doolittle", "exp_mounted", "n:us"), ("r:chastise", "exp_mounted", "n:uk"),
        ("x:kontiki", "exp_kind", "k:raft"), ("x:baarle", "exp_kind", "k:survey"), ("x:everest", "exp_kind", "k:climb"),
        ("r:doolittle", "exp_kind", "k:air"), ("r:chastise", "exp_kind", "k:bomb"),
        ("x:kontiki", "exp_target", "t:polynesia"), ("x:baarle", "exp_target", "t:greenland"), ("x:everest", "exp_target", "t:everest"),
        ("r:doolittle", "exp_target", "t:tokyo"), ("r:chastise", "exp_target", "t:ruhr"),
        ("co:apple", "co_led", "e:jobs"), ("co:apple", "co_led", "e:sculley"), ("co:microsoft", "co_led", "e:ballmer"), ("co:apple", "co_leads", "e:cook"), ("co:microsoft", "co_led", "e:gates"),
        ("co:microsoft", "co_leads", "e:nadella"), ("co:tesla", "co_leads", "e:musk"),
        ("co:apple", "co_founded", "e:jobs"), ("co:apple", "co_founded", "e:wozniak"), ("co:microsoft", "co_founded", "e:gates"),
        ("co:microsoft", "co_founded", "e:allen"), ("co:tesla", "co_founded", "e:eberhard"),
        ("cl:manutd", "co_founded", "f:dial"), ("cl:arsenal", "co_founded", "f:danskin"),
        ("co:apple", "co_funded", "i:markkula"), ("co:tesla", "co_funded", "i:gompers"),
        ("co:apple", "co_launched", "pr:iphone"), ("co:apple", "co_launched", "pr:mac"), ("co:microsoft", "co_launched", "pr:windows"),
        ("co:tesla", "co_launched", "pr:models"),
        ("co:apple", "co_hq", "y:cupertino"), ("co:microsoft", "co_hq", "y:redmond"), ("co:tesla", "co_hq", "y:austin"),
        ("cl:manutd", "club_managed", "m:ferguson"), ("cl:manutd", "club_manages", "m:amorim"),
        ("cl:arsenal", "club_managed", "m:wenger"), ("cl:arsenal", "club_manages", "m:arteta"),
        ("b:queen", "club_managed", "m:beach"), ("b:beatles", "club_managed", "m:epstein"),
        ("cl:manutd", "club_captained", "f:keane"), ("cl:arsenal", "club_captained", "f:adams"),
        ("b:queen", "band_fronted", "s:mercury"), ("b:beatles", "band_fronted", "s:lennon"),
        ("mu:tate", "mus_headed", "cu:serota"), ("mu:tate", "mus_directed", "cu:morris"), ("mu:orsay", "mus_headed", "cu:cachin"),
        ("mu:bm", "mus_headed", "cu:fischer"), ("mu:bm", "mus_directed", "cu:cuno"),
        ("mu:tate", "mus_was", "bk:power"), ("mu:orsay", "mus_was", "bk:station"),
        ("mu:tate", "mus_in", "y:london"), ("mu:orsay", "mus_in", "y:paris"), ("mu:bm", "mus_in", "y:london"),
        ("ap:heathrow", "mus_in", "y:london"), ("ap:gatwick", "mus_in", "y:crawley"),
        ("ex:tut", "exh_mounted", "mu:bm"), ("ex:impressionists", "exh_mounted", "mu:orsay"),
        ("na:uk", "country_led", "pol:churchill"), ("na:usa", "country_led", "pol:lincoln"),
        ("na:uk", "capital", "y:london"), ("na:usa", "capital", "y:washington"), ("ex:tut", "shown_in", "y:london"), ("ex:impressionists", "shown_in", "y:paris"),
        ("sh:victory", "ship_commanded", "o:hardy"), ("sh:hornet", "ship_commanded", "o:mitscher"),
        ("ap:heathrow", "hub_for", "al:ba"), ("ap:heathrow", "base_for", "al:virgin"), ("ap:gatwick", "base_for", "al:easyjet"),
        ("ap:gatwick", "hub_for", "al:virgin"),
        ("user:max", "rated", "x:kontiki", {"rating": 5.0}), ("user:max", "rated", "co:apple", {"rating": 4.5}),
        ("user:max", "rated", "mu:tate", {"rating": 2.0}),
    ]
    aliases = {"x:everest": ("1953 Everest expedition",), "r:chastise": ("Dambusters raid",)}
    return _build(items, others, rels, T_, users=[("user:max", "Max")], aliases=aliases)


def prizes():
    """Prizes (items: year first awarded) of the types trophy, cup, prize, medal, award, belt,
    shield: "is awarded by" a body, "is named after" a person (next to "was donated by"), "was
    first awarded to" its first winner next to "has been won by" later winners, "is contested by"
    teams (a cup); items with a prize's word in a type of two words that are no prize (a
    "shield_volcano", a "green_belt", a "plate" of porcelain, an "award_ceremony", a "cup_final",
    a "prize_fight"), TV shows ("is presented by" now next to "was presented by" once), a stadium
    (opened) and an awarding body (a society: founded), all with years; "hosts" next to "hosted";
    winners and teams (no items, some with a year of their own); a user."""
    prize_types = ("trophy", "cup", "prize", "medal", "award", "belt", "shield")
    rels = [
        R("awarded_by", phrase="is awarded by", inverse_phrase="awards", domain=prize_types, range=("organization", "society")),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=prize_types, range=("person",)),
        R("donated_by", phrase="was donated by", inverse_phrase="donated", domain=prize_types, range=("person",)),
        R("first_to", phrase="was first awarded to", inverse_phrase="was the first winner of", domain=prize_types, range=("winner", "team")),
        R("won_by", phrase="has been won by", inverse_phrase="has won", domain=prize_types, range=("winner", "team")),
        R("contested_by", phrase="is contested by", inverse_phrase="contests", domain=("cup",), range=("team",)),
        R("erupted", phrase="is located in", inverse_phrase="is the location of", domain=("shield_volcano", "stadium", "green_belt"), range=("region",)),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=("plate",), range=("potter",)),
        R("established_by", phrase="was established by", inverse_phrase="established", domain=("green_belt",), range=("organization",)),
        R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("seat_belt",), range=("inventor",)),
        R("ceremony_of", phrase="presents", inverse_phrase="is presented at", domain=("award_ceremony",), range=("award",)),
        R("final_won", phrase="was won by", inverse_phrase="won", domain=("cup_final", "prize_fight"), range=("team", "winner")),
        R("final_at", phrase="was held at", inverse_phrase="hosted", domain=("cup_final", "prize_fight", "award_ceremony"), range=("stadium", "venue")),
        R("presented_by", phrase="is presented by", inverse_phrase="presents", domain=("tv_show",), range=("presenter",)),
        R("was_presented_by", phrase="was presented by", inverse_phrase="presented", domain=("tv_show",), range=("presenter",)),
        R("shows", phrase="shows", inverse_phrase="is shown on", domain=("tv_show",), range=("cup", "award_ceremony")),
        R("hosts", phrase="hosts", inverse_phrase="is hosted at", domain=("stadium",), range=("cup_final", "cup")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("society",), range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "z:heisman": ("trophy", "Heisman Trophy", 1935), "z:stanley": ("cup", "Stanley Cup", 1893),
        "z:facup": ("cup", "FA Cup", 1872), "z:calcutta": ("cup", "Calcutta Cup", 1879),
        "z:nobelpeace": ("prize", "Nobel Peace Prize", 1901), "z:booker": ("prize", "Booker Prize", 1969),
        "z:fields": ("medal", "Fields Medal", 1936), "z:copley": ("medal", "Copley Medal", 1731),
        "z:ballon": ("award", "Ballon d'Or", 1956), "z:lonsdale": ("belt", "Lonsdale Belt", 1909),
        "z:ranfurly": ("shield", "Ranfurly Shield", 1902),
        "n:maunaloa": ("shield_volcano", "Mauna Loa", 1843), "n:greenbelt": ("green_belt", "Metropolitan Green Belt", 1938),
        "n:willow": ("plate", "Willow Pattern Plate", 1790), "n:baftas": ("award_ceremony", "BAFTA Film Awards ceremony", 1949),
        "n:final66": ("cup_final", "1966 FA Cup Final", 1966), "n:seatbelt": ("seat_belt", "three-point seat belt", 1959),
        "z:baftabest": ("award", "BAFTA Award for Best Film", 1949), "n:fight": ("prize_fight", "Fight of the Century", 1971),
        "tv:motd": ("tv_show", "Match of the Day", 1964), "tv:strictly": ("tv_show", "Strictly Come Dancing", 2004),
        "st:wembley": ("stadium", "Wembley Stadium", 1923), "so:royal": ("society", "Royal Society", 1660),
    }
    others = {
        "o:heismantrust": ("organization", "Heisman Trust"), "o:nhl": ("organization", "National Hockey League"),
        "o:fa": ("organization", "Football Association"), "o:nobelcomm": ("organization", "Norwegian Nobel Committee"),
        "o:bookerfound": ("organization", "Booker Prize Foundation"), "o:imu": ("organization", "International Mathematical Union"),
        "o:francefootball": ("organization", "France Football"), "o:bbbc": ("organization", "British Boxing Board of Control"),
        "o:nzru": ("organization", "New Zealand Rugby Union"), "o:lcc": ("organization", "London County Council"),
        "o:rfu": ("organization", "Rugby Football Union"),
        "pe:heisman": ("person", "John Heisman", 1869), "pe:stanley": ("person", "Lord Stanley of Preston", 1841),
        "pe:nobel": ("person", "Alfred Nobel", 1833), "pe:fields": ("person", "John Charles Fields", 1863),
        "pe:copley": ("person", "Godfrey Copley", 1653), "pe:lonsdale": ("person", "Hugh Lowther"),
        "pe:ranfurly": ("person", "Uchter Knox"), "pe:bohlin": ("inventor", "Nils Bohlin", 1920), "o:bafta": ("organization", "British Academy of Film and Television Arts"),
        "w:bestyears": ("winner", "The Best Years of Our Lives"), "pe:moray": ("person", "Robert Moray"),
        "w:berwanger": ("winner", "Jay Berwanger", 1914), "w:griffin": ("winner", "Archie Griffin", 1954),
        "w:dunant": ("winner", "Henry Dunant", 1828), "w:suttner": ("winner", "Bertha von Suttner", 1843),
        "w:newby": ("winner", "P. H. Newby", 1918), "w:naipaul": ("winner", "V. S. Naipaul", 1932),
        "w:ahlfors": ("winner", "Lars Ahlfors", 1907), "w:tao": ("winner", "Terence Tao", 1975),
        "w:gray": ("winner", "Stephen Gray"), "w:matthews": ("winner", "Stanley Matthews", 1915),
        "w:messi": ("winner", "Lionel Messi", 1987), "w:welsh": ("winner", "Freddie Welsh", 1886),
        "w:frazier": ("winner", "Joe Frazier", 1944), "w:ali": ("winner", "Muhammad Ali", 1942),
        "t:montrealhc": ("team", "Montreal Hockey Club", 1884), "t:canadiens": ("team", "Montreal Canadiens", 1909),
        "t:wanderers": ("team", "Wanderers", 1859), "t:arsenal": ("team", "Arsenal", 1886),
        "t:everton": ("team", "Everton", 1878), "t:sheffwed": ("team", "Sheffield Wednesday", 1867),
        "t:england": ("team", "England", 1871), "t:scotland": ("team", "Scotland", 1871),
        "t:auckland": ("team", "Auckland", 1883), "t:wellington": ("team", "Wellington", 1879),
        "r:hawaii": ("region", "Hawaii"), "r:london": ("region", "London"),
        "pt:minton": ("potter", "Thomas Minton"),
        "pr:lineker": ("presenter", "Gary Lineker"), "pr:wolstenholme": ("presenter", "Kenneth Wolstenholme"),
        "pr:daly": ("presenter", "Tess Daly"), "pr:forsyth": ("presenter", "Bruce Forsyth"),
        "v:msg": ("venue", "Madison Square Garden"), "v:odeon": ("venue", "Odeon Leicester Square"),
    }
    T_ = [
        ("z:heisman", "awarded_by", "o:heismantrust"), ("z:stanley", "awarded_by", "o:nhl"), ("z:facup", "awarded_by", "o:fa"),
        ("z:calcutta", "awarded_by", "o:rfu"), ("z:nobelpeace", "awarded_by", "o:nobelcomm"), ("z:booker", "awarded_by", "o:bookerfound"),
        ("z:fields", "awarded_by", "o:imu"), ("z:copley", "awarded_by", "so:royal"), ("z:ballon", "awarded_by", "o:francefootball"),
        ("z:lonsdale", "awarded_by", "o:bbbc"), ("z:ranfurly", "awarded_by", "o:nzru"),
        ("z:heisman", "named_after", "pe:heisman"), ("z:stanley", "named_after", "pe:stanley"), ("z:nobelpeace", "named_after", "pe:nobel"),
        ("z:fields", "named_after", "pe:fields"), ("z:copley", "named_after", "pe:copley"), ("z:lonsdale", "named_after", "pe:lonsdale"),
        ("z:ranfurly", "named_after", "pe:ranfurly"),
        ("z:stanley", "donated_by", "pe:stanley"), ("z:ranfurly", "donated_by", "pe:ranfurly"), ("z:copley", "donated_by", "pe:copley"),
        ("z:heisman", "first_to", "w:berwanger"), ("z:stanley", "first_to", "t:montrealhc"), ("z:facup", "first_to", "t:wanderers"),
        ("z:calcutta", "first_to", "t:england"), ("z:nobelpeace", "first_to", "w:dunant"), ("z:booker", "first_to", "w:newby"),
        ("z:fields", "first_to", "w:ahlfors"), ("z:copley", "first_to", "w:gray"), ("z:ballon", "first_to", "w:matthews"),
        ("z:lonsdale", "first_to", "w:welsh"), ("z:ranfurly", "first_to", "t:auckland"),
        ("z:heisman", "won_by", "w:griffin"), ("z:stanley", "won_by", "t:canadiens"), ("z:facup", "won_by", "t:arsenal"),
        ("z:facup", "won_by", "t:everton"), ("z:calcutta", "won_by", "t:scotland"), ("z:nobelpeace", "won_by", "w:suttner"),
        ("z:booker", "won_by", "w:naipaul"), ("z:fields", "won_by", "w:tao"), ("z:ballon", "won_by", "w:messi"),
        ("z:ranfurly", "won_by", "t:wellington"),
        ("z:facup", "contested_by", "t:arsenal"), ("z:facup", "contested_by", "t:everton"), ("z:facup", "contested_by", "t:sheffwed"),
        ("z:calcutta", "contested_by", "t:england"), ("z:calcutta", "contested_by", "t:scotland"),
        ("n:maunaloa", "erupted", "r:hawaii"), ("st:wembley", "erupted", "r:london"), ("n:greenbelt", "erupted", "r:london"),
        ("n:willow", "made_by", "pt:minton"), ("n:greenbelt", "established_by", "o:lcc"),
        ("n:baftas", "ceremony_of", "z:baftabest"), ("n:seatbelt", "invented_by", "pe:bohlin"), ("z:baftabest", "awarded_by", "o:bafta"),
        ("z:baftabest", "first_to", "w:bestyears"),
        ("n:final66", "final_won", "t:everton"), ("n:fight", "final_won", "w:frazier"),
        ("n:final66", "final_at", "st:wembley"), ("n:fight", "final_at", "v:msg"), ("n:baftas", "final_at", "v:odeon"),
        ("tv:motd", "presented_by", "pr:lineker"), ("tv:motd", "was_presented_by", "pr:wolstenholme"),
        ("tv:strictly", "presented_by", "pr:daly"), ("tv:strictly", "was_presented_by", "pr:forsyth"),
        ("tv:motd", "shows", "z:facup"), ("tv:strictly", "shows", "n:baftas"),
        ("st:wembley", "hosts", "n:final66"), ("st:wembley", "hosts", "z:facup"),
        ("so:royal", "founded_by", "pe:moray"),
        ("user:lea", "rated", "z:heisman", {"rating": 5.0}), ("user:lea", "rated", "z:booker", {"rating": 4.5}),
        ("user:lea", "rated", "z:stanley", {"rating": 2.0}),
    ]
    aliases = {"z:nobelpeace": ("Nobel Prize for Peace",), "n:baftas": ("BAFTA ceremony",), "z:ballon": ("Ballon d'Or award",)}
    return _build(items, others, rels, T_, users=[("user:lea", "Lea")], aliases=aliases)


def missions():
    """Space missions and military campaigns (items: year): missions "were commanded by" an
    astronaut, "were run by" an agency (run: a leading verb and a verb of authorship), "were a"
    kind, "included" crew, "used" a spacecraft, "were launched from" a site; campaigns "were led
    by" a general, "were mounted by" a country, "were a" kind; spacecraft (items: year built) "were
    built by" a firm and "were named after" something; agencies "launched" programmes (a start, no
    year of the missions), "are headquartered in"; a rocket (item) "was designed by" an engineer;
    astronauts (no items, a year of birth) "were born in"; a user."""
    und = ("mission", "campaign")
    rels = [
        R("commanded_by", phrase="was commanded by", inverse_phrase="commanded", domain=und, range=("astronaut", "general")),
        R("run_by", phrase="was run by", inverse_phrase="ran", domain=("mission",), range=("agency",)),
        R("led_by", phrase="was led by", inverse_phrase="led", domain=("campaign",), range=("general",)),
        R("mounted_by", phrase="was mounted by", inverse_phrase="mounted", domain=("campaign",), range=("country",)),
        R("kind", phrase="was a", inverse_phrase="was the kind of", domain=und, range=("mission kind",)),
        R("crew", phrase="included", inverse_phrase="was a crew member of", domain=und, range=("astronaut", "general")),
        R("used", phrase="used", inverse_phrase="was used by", domain=("mission",), range=("spacecraft", "rocket")),
        R("launched_from", phrase="was launched from", inverse_phrase="was the launch site of", domain=("mission",), range=("site",)),
        R("fought_in", phrase="took place in", inverse_phrase="was the scene of", domain=("campaign",), range=("region",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("spacecraft", "rocket"), range=("firm",)),
        R("named_after", phrase="was named after", inverse_phrase="gave its name to", domain=("spacecraft",), range=("namesake",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("rocket",), range=("engineer",)),
        R("agency_launched", phrase="launched", inverse_phrase="was launched by", domain=("agency",), range=("programme",)),
        R("agency_hq", phrase="is headquartered in", inverse_phrase="is the headquarters city of", domain=("agency",), range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("astronaut", "general"), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:apollo11": ("mission", "Apollo 11", 1969), "m:apollo13": ("mission", "Apollo 13", 1970),
        "m:gemini8": ("mission", "Gemini 8", 1966), "m:vostok1": ("mission", "Vostok 1", 1961),
        "m:sts1": ("mission", "STS-1", 1981), "m:apollo8": ("mission", "Apollo 8", 1968),
        "c:gallipoli": ("campaign", "Gallipoli campaign", 1915), "c:overlord": ("campaign", "Operation Overlord", 1944),
        "c:torch": ("campaign", "Operation Torch", 1942),
        "s:eagle": ("spacecraft", "Eagle", 1969), "s:columbia": ("spacecraft", "Space Shuttle Columbia", 1979),
        "s:odyssey": ("spacecraft", "Odyssey", 1969), "s:vostok": ("spacecraft", "Vostok 3KA", 1960),
        "s:saturnv": ("rocket", "Saturn V", 1967),
        "a:nasa": ("agency", "NASA", 1958), "a:oka": ("agency", "OKB-1", 1946),
    }
    others = {
        "p:armstrong": ("astronaut", "Neil Armstrong", 1930), "p:aldrin": ("astronaut", "Buzz Aldrin", 1930),
        "p:collins": ("astronaut", "Michael Collins", 1930), "p:lovell": ("astronaut", "Jim Lovell", 1928),
        "p:haise": ("astronaut", "Fred Haise", 1933), "p:scott": ("astronaut", "David Scott", 1932),
        "p:gagarin": ("astronaut", "Yuri Gagarin", 1934), "p:young": ("astronaut", "John Young", 1930),
        "p:crippen": ("astronaut", "Robert Crippen", 1937), "p:borman": ("astronaut", "Frank Borman", 1928),
        "g:hamilton": ("general", "Ian Hamilton", 1853), "g:eisenhower": ("general", "Dwight D. Eisenhower", 1890),
        "g:montgomery": ("general", "Bernard Montgomery", 1887), "g:patton": ("general", "George S. Patton", 1885),
        "g:kemal": ("general", "Mustafa Kemal", 1881),
        "a:roscosmos": ("agency", "Soviet space program"),
        "n:britain": ("country", "Britain"), "n:usa": ("country", "United States"), "n:france": ("country", "France"),
        "k:landing": ("mission kind", "crewed lunar landing"), "k:flyby": ("mission kind", "lunar flyby"),
        "k:docking": ("mission kind", "docking mission"), "k:orbital": ("mission kind", "orbital flight"),
        "k:testflight": ("mission kind", "test flight"), "k:orbit": ("mission kind", "lunar orbit mission"),
        "k:amphib": ("mission kind", "amphibious campaign"), "k:invasion": ("mission kind", "invasion"),
        "si:ksc": ("site", "Kennedy Space Center"), "si:baikonur": ("site", "Baikonur Cosmodrome"),
        "r:turkey": ("region", "Turkey"), "r:normandy": ("region", "Normandy"), "r:northafrica": ("region", "North Africa"),
        "f:grumman": ("firm", "Grumman"), "f:rockwell": ("firm", "Rockwell International"), "f:na": ("firm", "North American Aviation"),
        "f:boeing": ("firm", "Boeing"), "f:okb": ("firm", "OKB-1 works"),
        "nm:eagle": ("namesake", "bald eagle"), "nm:columbia": ("namesake", "Columbia Rediviva"), "nm:odyssey": ("namesake", "Homer's Odyssey"),
        "e:vonbraun": ("engineer", "Wernher von Braun"),
        "pg:apollo": ("programme", "Apollo program"), "pg:shuttle": ("programme", "Space Shuttle program"),
        "pg:vostok": ("programme", "Vostok programme"),
        "y:washington": ("city", "Washington, D.C."), "y:moscow": ("city", "Moscow"), "y:wapakoneta": ("city", "Wapakoneta"),
        "y:montclair": ("city", "Montclair"), "y:rome": ("city", "Rome"), "y:cleveland": ("city", "Cleveland"),
        "y:klushino": ("city", "Klushino"), "y:denison": ("city", "Denison"), "y:london": ("city", "London"),
    }
    T_ = [
        ("m:apollo11", "commanded_by", "p:armstrong"), ("m:apollo13", "commanded_by", "p:lovell"), ("m:gemini8", "commanded_by", "p:armstrong"),
        ("m:vostok1", "commanded_by", "p:gagarin"), ("m:sts1", "commanded_by", "p:young"), ("m:apollo8", "commanded_by", "p:borman"),
        ("c:gallipoli", "commanded_by", "g:hamilton"), ("c:overlord", "commanded_by", "g:eisenhower"), ("c:torch", "commanded_by", "g:eisenhower"),
        ("m:apollo11", "run_by", "a:nasa"), ("m:apollo13", "run_by", "a:nasa"), ("m:gemini8", "run_by", "a:nasa"),
        ("m:sts1", "run_by", "a:nasa"), ("m:apollo8", "run_by", "a:nasa"), ("m:vostok1", "run_by", "a:roscosmos"),
        ("c:gallipoli", "led_by", "g:hamilton"), ("c:overlord", "led_by", "g:montgomery"), ("c:torch", "led_by", "g:patton"),
        ("c:gallipoli", "mounted_by", "n:britain"), ("c:overlord", "mounted_by", "n:usa"), ("c:overlord", "mounted_by", "n:britain"),
        ("c:torch", "mounted_by", "n:usa"), ("c:torch", "mounted_by", "n:britain"),
        ("m:apollo11", "kind", "k:landing"), ("m:apollo13", "kind", "k:flyby"), ("m:gemini8", "kind", "k:docking"),
        ("m:vostok1", "kind", "k:orbital"), ("m:sts1", "kind", "k:testflight"), ("m:apollo8", "kind", "k:orbit"),
        ("c:gallipoli", "kind", "k:amphib"), ("c:overlord", "kind", "k:invasion"), ("c:torch", "kind", "k:invasion"),
        ("m:apollo11", "crew", "p:aldrin"), ("m:apollo11", "crew", "p:collins"), ("m:apollo13", "crew", "p:haise"),
        ("m:gemini8", "crew", "p:scott"), ("m:sts1", "crew", "p:crippen"), ("m:apollo8", "crew", "p:lovell"),
        ("c:overlord", "crew", "g:patton"),
        ("m:apollo11", "used", "s:eagle"), ("m:apollo11", "used", "s:odyssey"), ("m:apollo11", "used", "s:saturnv"),
        ("m:sts1", "used", "s:columbia"), ("m:vostok1", "used", "s:vostok"), ("m:apollo8", "used", "s:saturnv"),
        ("m:apollo11", "launched_from", "si:ksc"), ("m:apollo13", "launched_from", "si:ksc"), ("m:sts1", "launched_from", "si:ksc"),
        ("m:vostok1", "launched_from", "si:baikonur"), ("m:apollo8", "launched_from", "si:ksc"),
        ("c:gallipoli", "fought_in", "r:turkey"), ("c:overlord", "fought_in", "r:normandy"), ("c:torch", "fought_in", "r:northafrica"),
        ("s:eagle", "built_by", "f:grumman"), ("s:columbia", "built_by", "f:rockwell"), ("s:odyssey", "built_by", "f:na"),
        ("s:saturnv", "built_by", "f:boeing"), ("s:vostok", "built_by", "f:okb"),
        ("s:eagle", "named_after", "nm:eagle"), ("s:columbia", "named_after", "nm:columbia"), ("s:odyssey", "named_after", "nm:odyssey"),
        ("s:saturnv", "designed_by", "e:vonbraun"),
        ("a:nasa", "agency_launched", "pg:apollo"), ("a:nasa", "agency_launched", "pg:shuttle"), ("a:oka", "agency_launched", "pg:vostok"),
        ("a:nasa", "agency_hq", "y:washington"), ("a:oka", "agency_hq", "y:moscow"),
        ("p:armstrong", "born_in", "y:wapakoneta"), ("p:aldrin", "born_in", "y:montclair"), ("p:collins", "born_in", "y:rome"),
        ("p:lovell", "born_in", "y:cleveland"), ("p:gagarin", "born_in", "y:klushino"), ("g:eisenhower", "born_in", "y:denison"),
        ("g:montgomery", "born_in", "y:london"),
        ("user:kai", "rated", "m:apollo11", {"rating": 5.0}), ("user:kai", "rated", "m:sts1", {"rating": 4.5}),
        ("user:kai", "rated", "c:gallipoli", {"rating": 2.0}),
    ]
    aliases = {"s:columbia": ("Columbia",), "a:oka": ("Korolev Design Bureau",)}
    return _build(items, others, rels, T_, users=[("user:kai", "Kai")], aliases=aliases)


def webnlg():
    """A WebNLG-like graph (kgexplain.evaluation.webnlg.webnlg_graph over hand-made entries, the
    shipped cue lexicon): astronauts ("birth place", "occupation", "alma mater", "selected by nasa":
    typed "person"), missions ("crew members", "commander", "backup pilot": their objects typed
    "person"; "operator"), a country "leader" (not typed: "leader" is in neither list), a politician
    and his "successor" (the successor untyped), a football club with its "manager" (typed), a
    company "founded by" another company (typed "person" by "founded by"), an asteroid whose
    "discoverer" is a survey programme (typed "person"), places with "is part of" and "country"."""
    from kgexplain.datasets.webnlg import WebNLGEntry
    from kgexplain.evaluation.webnlg import webnlg_graph

    groups = [
        [("Alan Bean", "birth place", "Wheeler, Texas"), ("Alan Bean", "occupation", "Test pilot"),
         ("Alan Bean", "alma mater", "UT Austin, B.S. 1955"), ("Alan Bean", "selected by nasa", "1963"),
         ("Apollo 12", "crew members", "Alan Bean"), ("Apollo 12", "commander", "Pete Conrad"),
         ("Apollo 12", "operator", "NASA"), ("Apollo 12", "backup pilot", "Alfred Worden")],
        [("Pete Conrad", "birth place", "Philadelphia"), ("Pete Conrad", "alma mater", "Princeton University"),
         ("Wheeler, Texas", "is part of", "Texas"), ("Wheeler, Texas", "country", "United States"),
         ("Philadelphia", "is part of", "Pennsylvania"), ("Texas", "capital", "Austin, Texas")],
        [("United States", "leader", "Barack Obama"), ("United States", "capital", "Washington, D.C."),
         ("Abraham A. Ribicoff", "birth place", "New Britain, Connecticut"), ("Abraham A. Ribicoff", "successor", "Anthony J. Celebrezze"),
         ("Abraham A. Ribicoff", "party", "Democratic Party (United States)"), ("Democratic Party (United States)", "leader", "Tom Perez")],
        [("AFC Ajax", "manager", "Frank de Boer"), ("AFC Ajax", "ground", "Amsterdam Arena"), ("AFC Ajax", "league", "Eredivisie"),
         ("Frank de Boer", "club", "FC Barcelona"), ("Amsterdam Arena", "location", "Amsterdam"),
         ("AFC Ajax", "chairman", "Hennie Henrichs")],
        [("Ducati Corse", "founded by", "Ducati"), ("Ducati", "city", "Bologna"), ("Ducati", "key person", "Claudio Domenicali"),
         ("Ducati Corse", "location", "Bologna"), ("Ducati", "product", "Motorcycles")],
        [("(410777) 2009 FD", "discoverer", "Spacewatch"), ("Spacewatch", "location", "Kitt Peak National Observatory"),
         ("(410777) 2009 FD", "orbital period", "39447000.0"), ("101 Helena", "discoverer", "James Craig Watson"),
         ("James Craig Watson", "nationality", "Canada"), ("James Craig Watson", "death place", "Madison, Wisconsin")],
        [("Ferrari", "founded by", "Enzo Ferrari"), ("Ferrari", "city", "Maranello"), ("Enzo Ferrari", "birth place", "Modena"),
         ("Ferrari", "key person", "Sergio Marchionne"), ("Modena", "country", "Italy"), ("Maranello", "country", "Italy")],
        [("Bananaman", "creator", "Steve Bright"), ("Bananaman", "starring", "Bill Oddie"), ("Bananaman", "broadcasted by", "BBC"),
         ("BBC", "city", "London"), ("Bill Oddie", "birth place", "Rochdale"), ("Steve Bright", "nationality", "United Kingdom")],
    ]
    entries = [WebNLGEntry(key=f"rt164/{i}", category="Mixed", triples=tuple(g), references=()) for i, g in enumerate(groups)]
    kg, _ = webnlg_graph(entries)
    return kg


def heritage():
    """Items whose type word is an undertaking's but which last (every subject type of their
    relations one of "mission", "survey", "crossing", "campaign"): Spanish missions and the Alamo
    (buildings that stand: "was run by" an order in the past next to "is run by" a body now, "was
    founded by", "was a" fortress or headquarters once, "is located in"), geological and mapping
    surveys (agencies: "was led by" / "was headed by" past directors, "is headquartered in"), a
    border crossing ("was run by" an army, "is located in"), a standing campaign ("was led by" its
    first president, "is based in"); a user."""
    rels = [
        R("was_run", phrase="was run by", inverse_phrase="ran", domain=("mission", "crossing"), range=("order", "army", "society")),
        R("is_run", phrase="is run by", inverse_phrase="runs", domain=("mission",), range=("diocese", "agency")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("mission", "campaign"), range=("founder",)),
        R("was_a", phrase="was a", inverse_phrase="was the former role of", domain=("mission",), range=("former role",)),
        R("mission_in", phrase="is located in", inverse_phrase="is the location of", domain=("mission", "crossing"), range=("city",)),
        R("survey_led", phrase="was led by", inverse_phrase="led", domain=("survey", "campaign"), range=("director",)),
        R("survey_headed", phrase="was headed by", inverse_phrase="headed", domain=("survey",), range=("director",)),
        R("survey_hq", phrase="is headquartered in", inverse_phrase="is the headquarters city of", domain=("survey", "campaign"), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:carmel": ("mission", "Mission San Carlos Borromeo de Carmelo", 1770), "m:alamo": ("mission", "The Alamo", 1718),
        "m:dolores": ("mission", "Mission Dolores", 1776), "m:santabarbara": ("mission", "Mission Santa Barbara", 1786),
        "s:usgs": ("survey", "United States Geological Survey", 1879), "s:os": ("survey", "Ordnance Survey", 1791),
        "x:charlie": ("crossing", "Checkpoint Charlie", 1961),
        "c:cnd": ("campaign", "Campaign for Nuclear Disarmament", 1957),
    }
    others = {
        "o:franciscans": ("order", "the Franciscans"), "o:drt": ("society", "Daughters of the Republic of Texas"),
        "o:usarmy": ("army", "United States Army"), "o:spain": ("army", "Spanish Army"),
        "d:monterey": ("diocese", "Diocese of Monterey"), "d:sanfrancisco": ("diocese", "Archdiocese of San Francisco"),
        "a:glo": ("agency", "Texas General Land Office"),
        "f:serra": ("founder", "Junipero Serra"), "f:lasuen": ("founder", "Fermin Lasuen"), "f:olivares": ("founder", "Antonio de Olivares"),
        "f:palou": ("founder", "Francisco Palou"), "f:russellf": ("founder", "Canon John Collins"),
        "k:fortress": ("former role", "fortress"), "k:hq": ("former role", "mission headquarters"),
        "k:barracks": ("former role", "barracks"),
        "y:carmel": ("city", "Carmel"), "y:sanantonio": ("city", "San Antonio"), "y:sf": ("city", "San Francisco"),
        "y:sb": ("city", "Santa Barbara"), "y:reston": ("city", "Reston"), "y:southampton": ("city", "Southampton"),
        "y:berlin": ("city", "Berlin"), "y:london": ("city", "London"),
        "p:powell": ("director", "John Wesley Powell"), "p:king": ("director", "Clarence King"),
        "p:close": ("director", "Charles Close"), "p:russell": ("director", "Bertrand Russell"),
    }
    T_ = [
        ("m:carmel", "was_run", "o:franciscans"), ("m:dolores", "was_run", "o:franciscans"), ("m:alamo", "was_run", "o:drt"),
        ("m:santabarbara", "was_run", "o:franciscans"), ("x:charlie", "was_run", "o:usarmy"),
        ("m:carmel", "is_run", "d:monterey"), ("m:dolores", "is_run", "d:sanfrancisco"), ("m:alamo", "is_run", "a:glo"),
        ("m:carmel", "founded_by", "f:serra"), ("m:santabarbara", "founded_by", "f:lasuen"), ("m:alamo", "founded_by", "f:olivares"),
        ("m:dolores", "founded_by", "f:palou"), ("c:cnd", "founded_by", "f:russellf"),
        ("m:alamo", "was_a", "k:fortress"), ("m:carmel", "was_a", "k:hq"), ("m:dolores", "was_a", "k:barracks"),
        ("m:carmel", "mission_in", "y:carmel"), ("m:alamo", "mission_in", "y:sanantonio"), ("m:dolores", "mission_in", "y:sf"),
        ("m:santabarbara", "mission_in", "y:sb"), ("x:charlie", "mission_in", "y:berlin"),
        ("s:usgs", "survey_led", "p:powell"), ("s:usgs", "survey_led", "p:king"), ("s:os", "survey_headed", "p:close"),
        ("c:cnd", "survey_led", "p:russell"),
        ("s:usgs", "survey_hq", "y:reston"), ("s:os", "survey_hq", "y:southampton"), ("c:cnd", "survey_hq", "y:london"),
        ("user:noa", "rated", "m:alamo", {"rating": 5.0}), ("user:noa", "rated", "s:usgs", {"rating": 4.5}),
    ]
    aliases = {"s:usgs": ("USGS",), "c:cnd": ("CND",), "m:carmel": ("Carmel Mission",), "m:alamo": ("the Alamo Mission",)}
    return _build(items, others, rels, T_, users=[("user:noa", "Noa")], aliases=aliases)


BUILDERS = {"polar": polar, "ventures": ventures, "prizes": prizes, "missions": missions, "webnlg": webnlg,
            "heritage": heritage}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@polar
# (1) the bare participle "led by" (and "captained / sponsored / headed / run by") with the wrong person
The Fram expedition, led by Otto Sverdrup, reached Farthest North.
The Fram expedition, led by Roald Amundsen, reached Farthest North.
The Fram expedition, led by Hjalmar Johansen, reached Farthest North.
The Terra Nova Expedition, led by Ernest Shackleton, reached the South Pole.
The Terra Nova Expedition, led by Harry Pennell, reached the South Pole.
The Terra Nova Expedition, led by Lawrence Oates, reached the South Pole.
The Discovery Expedition, led by Ernest Shackleton, reached the Ross Ice Shelf.
The Discovery Expedition, led by Edward Wilson, reached the Ross Ice Shelf.
The Nimrod Expedition, led by Robert Falcon Scott, reached Mount Erebus.
The Nimrod Expedition, led by Douglas Mawson, reached Mount Erebus.
The Nimrod Expedition, led by Rupert England, reached Mount Erebus.
The Endurance Expedition, led by Frank Worsley, reached the Weddell Sea.
The Endurance Expedition, led by Frank Wild, reached the Weddell Sea.
The Belgica expedition, led by Roald Amundsen, reached the Antarctic Peninsula.
The Belgica expedition, led by Frederick Cook, reached the Antarctic Peninsula.
The Belgica expedition, led by Georges Lecointe, reached the Antarctic Peninsula.
The Endeavour voyage, led by Frederick Cook, reached Tahiti.
The Greenland crossing, led by Otto Sverdrup, reached Godthab.
The Gjoa expedition, led by Fridtjof Nansen, reached Nome.
The Terra Nova Expedition, led by the Royal Geographical Society, reached the South Pole.
The Nimrod Expedition, led by William Beardmore, reached Mount Erebus.
The Endurance Expedition, led by James Caird, reached the Weddell Sea.
The Norge flight, captained by Lincoln Ellsworth, reached the North Pole.
The Fram expedition, captained by Umberto Nobile, reached Farthest North.
The Terra Nova Expedition, sponsored by William Beardmore, reached the South Pole.
The Nimrod Expedition, sponsored by James Caird, reached Mount Erebus.
The Endeavour voyage, sponsored by the Royal Geographical Society, reached Tahiti.
The Belgica expedition, sponsored by the Royal Society, reached the Antarctic Peninsula.
The Fram expedition, headed by Otto Sverdrup, reached Farthest North.
The Endurance Expedition, headed by Frank Worsley, reached the Weddell Sea.
# "led by" with the right person but another statement wrong in the same sentence
The Fram expedition, led by Fridtjof Nansen, reached the North Pole.
The Fram expedition, led by Fridtjof Nansen, departed from Cardiff.
The Norge flight, led by Roald Amundsen, reached the South Pole.
The Norge flight, led by Roald Amundsen, was a drift expedition.
The Terra Nova Expedition, led by Robert Falcon Scott, used the Nimrod.
The Nimrod Expedition, led by Ernest Shackleton, reached the Weddell Sea.
The Greenland crossing, led by Fridtjof Nansen, was sponsored by Lincoln Ellsworth.
The Endeavour voyage, led by James Cook, departed from Cardiff.
# negation, present tense, the other direction
The Fram expedition, not led by Fridtjof Nansen, reached Farthest North.
The Fram expedition was never led by Fridtjof Nansen.
The Norge flight is led by Roald Amundsen.
The Fram expedition is led by Fridtjof Nansen.
The Terra Nova Expedition is led by Robert Falcon Scott.
The Endeavour voyage is led by James Cook.
The Norge flight is now led by Roald Amundsen.
The Norge flight is still led by Roald Amundsen.
The Norge flight is currently led by Roald Amundsen.
The Norge flight is captained by Umberto Nobile.
The Norge flight is sponsored by Lincoln Ellsworth.
The Nimrod Expedition is sponsored by William Beardmore.
The Norge flight, which is led by Roald Amundsen, reached the North Pole.
The Norge flight, which is captained by Umberto Nobile, reached the North Pole.
The Fram expedition and the Greenland crossing are led by Fridtjof Nansen.
Fridtjof Nansen leads the Fram expedition.
The Fram expedition has been led by Fridtjof Nansen.
Roald Amundsen is leading the Norge flight.
The Fram expedition led Fridtjof Nansen.
Fridtjof Nansen was led by the Fram expedition.
# years of another undertaking
The Fram expedition, led by Fridtjof Nansen in 1888, reached Farthest North.
Led by Fridtjof Nansen in 1893, the Greenland crossing reached Godthab.
The Norge flight, led by Roald Amundsen in 1903, reached the North Pole.
The Discovery Expedition, led by Robert Falcon Scott in 1910, reached the Ross Ice Shelf.
In 1910, the Discovery Expedition was led by Robert Falcon Scott.
Robert Falcon Scott's 1901 Terra Nova Expedition reached the South Pole.
Ernest Shackleton's 1914 Nimrod Expedition reached Mount Erebus.
# (1) the possessive: a member, a ship's captain, a builder, a sponsor, another expedition's leader
Otto Sverdrup's Fram expedition reached Farthest North.
Hjalmar Johansen's Fram expedition reached Farthest North.
Ernest Shackleton's Discovery Expedition reached the Ross Ice Shelf.
Edward Wilson's Terra Nova Expedition reached the South Pole.
Lawrence Oates's Terra Nova Expedition reached the South Pole.
Harry Pennell's Terra Nova Expedition reached the South Pole.
Frank Worsley's Endurance Expedition reached the Weddell Sea.
Frank Wild's Endurance Expedition reached the Weddell Sea.
Douglas Mawson's Nimrod Expedition reached Mount Erebus.
Rupert England's Nimrod Expedition reached Mount Erebus.
Roald Amundsen's Belgica expedition reached the Antarctic Peninsula.
Frederick Cook's Belgica expedition reached the Antarctic Peninsula.
Umberto Nobile's Norge flight reached the North Pole.
Georges Lecointe's Belgica expedition reached the Antarctic Peninsula.
Colin Archer's Fram expedition reached Farthest North.
William Beardmore's Nimrod Expedition reached Mount Erebus.
James Caird's Endurance Expedition reached the Weddell Sea.
Augustin Gamel's Greenland crossing reached Godthab.
Robert Falcon Scott's Nimrod Expedition reached Mount Erebus.
Ernest Shackleton's Terra Nova Expedition reached the South Pole.
Roald Amundsen's Fram expedition reached Farthest North.
Fridtjof Nansen's Gjoa expedition reached Nome.
Adrien de Gerlache's Endurance Expedition reached the Weddell Sea.
James Cook's Belgica expedition reached the Antarctic Peninsula.
Nansen's Norge flight reached the North Pole.
Scott's Endurance Expedition reached the Weddell Sea.
Shackleton's Discovery Expedition reached the Ross Ice Shelf.
Amundsen's Greenland crossing reached Godthab.
Robert Falcon Scott's Fram is housed in the Fram Museum.
Fridtjof Nansen's RRS Discovery is housed in Discovery Point.
Nansen's Fram Museum is located in Oslo.
Scott's Discovery Point is located in Dundee.
Edward Guinness's Royal Geographical Society sponsored the Terra Nova Expedition.
The Fram expedition is an Amundsen expedition.
The Discovery Expedition is a Shackleton expedition.
The Belgica expedition is an Amundsen expedition.
The Terra Nova Expedition is an Edward Wilson expedition.
The Nimrod Expedition is a Royal Geographical Society expedition.
The Gjoa expedition is a Nansen expedition.
# (3) a country's possessive, "mounted by" and "a <country> expedition" of the wrong undertaking
Belgium's Fram expedition reached Farthest North.
Norway's Belgica expedition reached the Antarctic Peninsula.
Norway's Terra Nova Expedition reached the South Pole.
Belgium's Norge flight reached the North Pole.
the United Kingdom's Gjoa expedition reached Nome.
Norway's Endeavour voyage reached Tahiti.
Belgium's Greenland crossing reached Godthab.
Italy's Fram expedition reached Farthest North.
The Fram expedition, mounted by Belgium, reached Farthest North.
The Belgica expedition, mounted by Norway, reached the Antarctic Peninsula.
The Norge flight, mounted by the United Kingdom, reached the North Pole.
The Terra Nova Expedition is a Norway expedition.
The Belgica expedition is a Norway expedition.
The Gjoa expedition is a Belgium expedition.
Norway mounted the Terra Nova Expedition.
The Endeavour voyage was mounted by Norway.
# (2) "is a" and the apposition: the wrong kind, the kind of another expedition, of a ship, of a person
The Fram expedition is a sledging expedition.
The Nimrod Expedition is a drift expedition.
The Norge flight is a drift expedition.
The Terra Nova Expedition is a trans-Antarctic expedition.
The Endurance Expedition is a scientific expedition.
The Gjoa expedition is an overwintering expedition.
The Belgica expedition is a Northwest Passage expedition.
The Greenland crossing is a scientific voyage.
The Endeavour voyage is a ski crossing.
The Discovery Expedition is a sledging expedition.
The Fram expedition is an airship flight.
The Fram expedition, a sledging expedition, was led by Fridtjof Nansen.
The Nimrod Expedition, a scientific expedition, reached Mount Erebus.
The Gjoa expedition, a drift expedition, reached Nome.
The Norge flight, a drift expedition, reached the North Pole.
The Belgica expedition, a trans-Antarctic expedition, reached the Antarctic Peninsula.
The Greenland crossing, an overwintering expedition, reached Godthab.
The Endeavour voyage, a scientific expedition, reached Tahiti.
Nansen led the Fram expedition, a sledging expedition.
The Fram expedition was led by Fridtjof Nansen, a drift expedition.
The Fram expedition used the Fram, a drift expedition.
The Norge flight reached the North Pole, an airship flight.
The Terra Nova Expedition departed from Cardiff, a scientific expedition.
The Belgica expedition included Roald Amundsen, an overwintering expedition.
The Endeavour voyage was sponsored by the Royal Society, a scientific voyage.
The Nimrod Expedition used the Nimrod, a sledging expedition.
The Fram is a drift expedition.
Terra Nova is a scientific expedition.
Belgica is an overwintering expedition.
The Gjoa is a Northwest Passage expedition.
Fridtjof Nansen is a drift expedition.
The Fram Museum is a drift expedition.
The Royal Geographical Society is a scientific expedition.
The Terra Nova Expedition is a whaler.
The Nimrod Expedition is a sealer.
The Terra Nova is a whaler.
The Nimrod is a sealer.
HMS Endeavour is a collier.
The Gjoa is a herring boat.
The Belgica is a whaler.
The Fram is a whaler.
The Terra Nova, a sealer, was captained by Harry Pennell.
The Fram expedition is not a drift expedition.
The Fram expedition was not a drift expedition.
The Fram expedition and the Nimrod Expedition are drift expeditions.
The Fram expedition and the Gjoa expedition are both drift expeditions.
The Discovery Expedition and the Nimrod Expedition are scientific expeditions.
# ships and the museum: past states stay past; "captained by" a ship's wrong captain
The Fram, captained by Fridtjof Nansen, is housed in the Fram Museum.
The Terra Nova, captained by Robert Falcon Scott, was a whaler.
The Endurance, captained by Ernest Shackleton, was built by Framnaes shipyard.
The Fram is captained by Otto Sverdrup.
# founded / funded, born
The Royal Geographical Society was funded by John Barrow.
The Royal Geographical Society, founded by Edward Guinness, sponsored the Terra Nova Expedition.
The Royal Geographical Society was founded by Robert Falcon Scott.
Fridtjof Nansen, born in Borge, led the Fram expedition.
Roald Amundsen, born in Store Froen, led the Norge flight.
@polar
# restrictive "led by", lists, opening participles, "-led", "his", kinds with "led by", "like"
Fridtjof Nansen led the Greenland crossing. The expedition led by Nansen reached Farthest North.
The Fram expedition led by Otto Sverdrup reached Farthest North.
The Fram expedition and the Gjoa expedition, led by Fridtjof Nansen, reached Farthest North.
The Gjoa expedition and the Fram expedition, led by Fridtjof Nansen, reached Farthest North.
The Fram expedition, led by Nansen, and the Gjoa expedition reached Farthest North.
Both led by Fridtjof Nansen, the Fram expedition and the Gjoa expedition were mounted by Norway.
The Fram expedition and the Gjoa expedition were both led by Fridtjof Nansen.
Led by Fridtjof Nansen, the Gjoa expedition reached Nome.
Led by Roald Amundsen, the Fram expedition reached Farthest North.
Captained by Umberto Nobile, the Fram expedition reached Farthest North.
Sponsored by Lincoln Ellsworth, the Fram expedition reached Farthest North.
The Nansen-led Gjoa expedition reached Nome.
The Scott-led Nimrod Expedition reached Mount Erebus.
Nansen and Amundsen's Fram expedition reached Farthest North.
Fridtjof Nansen led the Greenland crossing. His Gjoa expedition reached Nome.
Ernest Shackleton was a member of the Discovery Expedition. His Terra Nova Expedition reached the South Pole.
Roald Amundsen was a member of the Belgica expedition. His Fram expedition reached Farthest North.
The Gjoa expedition was an expedition led by Nansen.
The Fram expedition was a drift expedition led by Otto Sverdrup.
The Norge flight was an airship flight led by Umberto Nobile.
The Fram expedition is a drift expedition led by Otto Sverdrup.
The Gjoa expedition, a drift expedition led by Nansen, reached Nome.
Amundsen's drift expedition reached Farthest North.
Scott's sledging expedition reached Mount Erebus.
Belgium's drift expedition reached Farthest North.
Nansen's airship flight reached the North Pole.
The drift expedition led by Amundsen reached Farthest North.
The Fram expedition, led by Nansen, who was born in Borge, reached Farthest North.
The Belgica expedition included Frederick Cook, led by Adrien de Gerlache.
The Fram expedition, led by Fridtjof Nansen, was sponsored by Norway.
The Norge flight, led by Roald Amundsen, was mounted by Lincoln Ellsworth.
The Norge flight was led by Roald Amundsen and captained by Lincoln Ellsworth.
The Norge flight was captained by Umberto Nobile and led by Lincoln Ellsworth.
The Norge flight, led by Roald Amundsen and sponsored by Umberto Nobile, reached the North Pole.
The Norge flight, led by Roald Amundsen and captained by Umberto Nobile, reached the Weddell Sea.
The Terra Nova Expedition, led by Scott and sponsored by William Beardmore, reached the South Pole.
The Fram expedition, a drift expedition led by Nansen, reached the North Pole.
Like the Fram expedition, the Gjoa expedition was led by Fridtjof Nansen.
Like the Norge flight, the Fram expedition was led by Roald Amundsen.
Unlike the Fram expedition, the Greenland crossing was led by Fridtjof Nansen.
The Fram expedition, like the Greenland crossing, was a drift expedition.
Roald Amundsen led both the Norge flight and the Fram expedition.
Roald Amundsen's Norge flight and Gjoa expedition reached Nome.
The expedition that Nansen led reached Nome.
Nansen, who led the Fram expedition, led the Gjoa expedition too.

@polar user:ida
# a user's ratings with the new readings
You gave the Fram expedition, led by Otto Sverdrup, five stars.
You rated the Nimrod Expedition, led by Robert Falcon Scott, two stars.
You gave Otto Sverdrup's Fram expedition five stars.
You rated the Norge flight, a drift expedition, 4.5 stars.
You gave the Fram expedition, a sledging expedition, five stars.

@ventures
# (1) past leaders of companies, clubs, bands, museums, countries as a bare participle or a possessive
Apple, led by John Sculley, is headquartered in Cupertino.
John Sculley's Apple is headquartered in Cupertino.
Microsoft, led by Steve Ballmer, is headquartered in Redmond.
Steve Ballmer's Microsoft is headquartered in Redmond.
Apple is led by John Sculley.
Microsoft is led by Steve Ballmer.
Apple is now led by John Sculley.
Microsoft, which is led by Steve Ballmer, launched Windows.
Apple is a John Sculley company.
Microsoft is a Steve Ballmer company.
Apple, led by Satya Nadella, is headquartered in Cupertino.
Tesla, led by Tim Cook, is headquartered in Austin.
Manchester United, managed by Alex Ferguson, was founded by Newton Heath LYR.
Alex Ferguson's Manchester United was founded by Newton Heath LYR.
Arsene Wenger's Arsenal was founded by David Danskin.
Arsenal, managed by Arsene Wenger, was founded by David Danskin.
Manchester United, captained by Roy Keane, was founded by Newton Heath LYR.
Roy Keane's Manchester United was founded by Newton Heath LYR.
Arsenal, captained by Tony Adams, was founded by David Danskin.
Tony Adams's Arsenal was founded by David Danskin.
Manchester United is managed by Alex Ferguson.
Arsenal is captained by Tony Adams.
Manchester United, led by Alex Ferguson, was founded by Newton Heath LYR.
Queen, managed by John Reid, was fronted by Freddie Mercury.
John Reid's Queen was fronted by Freddie Mercury.
Queen is managed by John Reid.
Tate Modern, headed by Nicholas Serota, is located in London.
Nicholas Serota's Tate Modern is located in London.
Tate Modern is headed by Nicholas Serota.
The British Museum, headed by Hartwig Fischer, is located in London.
Hartwig Fischer's British Museum is located in London.
Musee d'Orsay, headed by Francoise Cachin, is located in Paris.
Tate Modern, led by Nicholas Serota, is located in London.
The United Kingdom, led by Winston Churchill, has the capital London.
Winston Churchill's United Kingdom has the capital London.
The United Kingdom is led by Winston Churchill.
The United States, led by Abraham Lincoln, has the capital Washington.
Abraham Lincoln's United States has the capital Washington.
# the expeditions and raids of this graph: wrong leader, wrong country, wrong kind
The Kon-Tiki expedition, led by Edmund Hillary, targeted Polynesia.
Edmund Hillary's 1953 British Mount Everest expedition targeted Mount Everest.
The 1953 British Mount Everest expedition, led by Edmund Hillary, targeted Mount Everest.
Gino Watkins's Kon-Tiki expedition targeted Polynesia.
Thor Heyerdahl's British Arctic Air Route Expedition targeted Greenland.
Guy Gibson's Doolittle Raid targeted Tokyo.
The Doolittle Raid, led by Guy Gibson, targeted Tokyo.
James Doolittle's Operation Chastise targeted the Ruhr dams.
Operation Chastise, led by James Doolittle, targeted the Ruhr dams.
Operation Chastise is led by Guy Gibson.
The Doolittle Raid is led by James Doolittle.
Norway's Operation Chastise targeted the Ruhr dams.
Britain's Doolittle Raid targeted Tokyo.
America's Kon-Tiki expedition targeted Polynesia.
Britain's Kon-Tiki expedition targeted Polynesia.
Norway's 1953 British Mount Everest expedition targeted Mount Everest.
The Doolittle Raid, mounted by Britain, targeted Tokyo.
The Kon-Tiki expedition is a Britain expedition.
Operation Chastise is an America raid.
The Kon-Tiki expedition is an air raid.
Operation Chastise is a mountaineering expedition.
The Doolittle Raid is a raft expedition.
The British Arctic Air Route Expedition is a mountaineering expedition.
Operation Chastise, a raft expedition, targeted the Ruhr dams.
The Kon-Tiki expedition, a mountaineering expedition, targeted Polynesia.
The Doolittle Raid targeted Tokyo, an air raid.
The Kon-Tiki expedition was led by Thor Heyerdahl, a raft expedition.
Tate Modern is a raft expedition.
Thor Heyerdahl is a raft expedition.
# (2) "is a": the museums' past use ("was a", a past state) next to the expeditions' kind ("was a")
Tate Modern is a power station.
Musee d'Orsay is a railway station.
Tate Modern, a power station, is located in London.
Musee d'Orsay, a railway station, is located in Paris.
Tate Modern is a railway station.
Tate Modern was a railway station.
Musee d'Orsay was a power station.
The Kon-Tiki expedition is a power station.
The British Museum is a power station.
Tate Modern and Musee d'Orsay are power stations.
Tate Modern is now a power station.
The Kon-Tiki expedition was a power station.
# (3) command and mount as authorship: a wrong commander, a wrong museum
Marc Mitscher's HMS Victory was commanded by Thomas Hardy.
Thomas Hardy's USS Hornet was commanded by Marc Mitscher.
USS Hornet is a Thomas Hardy ship.
HMS Victory is a Thomas Hardy ship.
Thomas Hardy's HMS Victory was commanded by Thomas Hardy.
HMS Victory is a Marc Mitscher ship.
HMS Victory, commanded by Marc Mitscher, was commanded by Thomas Hardy.
The Musee d'Orsay's Treasures of Tutankhamun was shown in London.
Treasures of Tutankhamun is a Musee d'Orsay exhibition.
Inventing Impressionism is a British Museum exhibition.
The British Museum's Inventing Impressionism was shown in Paris.
Treasures of Tutankhamun, mounted by Tate Modern, was shown in London.
Tate Modern's Treasures of Tutankhamun was shown in London.
Treasures of Tutankhamun was mounted by Tate Modern.
The British Museum mounted Inventing Impressionism.
Nicholas Serota's Treasures of Tutankhamun was shown in London.
# founded / funded, launched products, years
Apple was founded by Arthur Rock.
Arthur Rock's Apple is headquartered in Cupertino.
Apple, founded by Arthur Rock, is headquartered in Cupertino.
Tesla, founded by Valor Equity Partners, is headquartered in Austin.
Apple was funded by Steve Wozniak.
Valor Equity Partners's Tesla is headquartered in Austin.
Tesla is a Valor Equity Partners company.
Apple launched the iPhone in 1984.
Apple launched the Macintosh in 2007.
Microsoft launched Windows in 1975.
Launched in 2007, the Macintosh was launched by Apple.
The iPhone, launched by Apple in 1976, is a product.
Apple launched Windows.
Tesla launched the iPhone.
Launched in 1976, Apple is headquartered in Cupertino.
Tesla was launched in 2012.
# airports: hub next to base
Heathrow Airport is a hub for easyJet.
Heathrow Airport is a base for easyJet.
Gatwick Airport is a hub for British Airways.
Gatwick Airport, a hub for easyJet, is located in Crawley.
Heathrow Airport is located in Crawley.
@prizes user:lea
You gave the Heisman Trophy, first awarded in 1936, five stars.
You rated the Booker Prize, first awarded in 1935, 4.5 stars.
You rated the Stanley Cup, first won by the Montreal Canadiens, two stars.
@prizes
# (4) "first awarded / presented / given / won / contested / handed" said of items that are no prize,
# whose type has a prize's word in it (a shield volcano, a green belt, a seat belt, a plate, an award
# ceremony, a prize fight, a cup final), in their own year
Mauna Loa was first awarded in 1843.
Mauna Loa was first won in 1843.
Mauna Loa was first contested in 1843.
First awarded in 1843, Mauna Loa is located in Hawaii.
First presented in 1843, Mauna Loa is located in Hawaii.
Mauna Loa, first awarded in 1843, is located in Hawaii.
The Metropolitan Green Belt was first awarded in 1938.
The Metropolitan Green Belt was first given in 1938.
The Metropolitan Green Belt was first presented in 1938.
First awarded in 1938, the Metropolitan Green Belt was established by the London County Council.
The Metropolitan Green Belt, first awarded in 1938, is located in London.
The three-point seat belt was first awarded in 1959.
The three-point seat belt was first won in 1959.
First awarded in 1959, the three-point seat belt was invented by Nils Bohlin.
The three-point seat belt, first presented in 1959, was invented by Nils Bohlin.
The Willow Pattern Plate was first awarded in 1790.
The Willow Pattern Plate was first won in 1790.
First awarded in 1790, the Willow Pattern Plate was made by Thomas Minton.
The Willow Pattern Plate, first contested in 1790, was made by Thomas Minton.
The BAFTA Film Awards ceremony was first awarded in 1949.
The BAFTA Film Awards ceremony was first won in 1949.
First awarded in 1949, the BAFTA Film Awards ceremony was held at Odeon Leicester Square.
The BAFTA Film Awards ceremony, first won in 1949, was held at Odeon Leicester Square.
The Fight of the Century was first awarded in 1971.
The Fight of the Century was first presented in 1971.
The Fight of the Century was first given in 1971.
First awarded in 1971, the Fight of the Century was won by Joe Frazier.
The Fight of the Century, first awarded in 1971, was held at Madison Square Garden.
The 1966 FA Cup Final was first awarded in 1966.
First awarded in 1966, the 1966 FA Cup Final was won by Everton.
The 1966 FA Cup Final was first presented in 1966.
# items of other kinds on a graph of prizes: a stadium, a society, a TV show
Wembley Stadium was first awarded in 1923.
First awarded in 1923, Wembley Stadium hosts the FA Cup.
The Royal Society was first awarded in 1660.
First awarded in 1660, the Royal Society awards the Copley Medal.
Strictly Come Dancing was first awarded in 2004.
Match of the Day was first awarded in 1964.
First awarded in 1964, Match of the Day shows the FA Cup.
Match of the Day was first won in 1964.
Strictly Come Dancing was first given in 2004.
Match of the Day, first given in 1964, is presented by Gary Lineker.
# another prize's year, a person's, a team's, a stadium's, a show's
The Heisman Trophy was first awarded in 1936.
The Fields Medal was first awarded in 1935.
First awarded in 1901, the Booker Prize is awarded by the Booker Prize Foundation.
First awarded in 1969, the Nobel Peace Prize is named after Alfred Nobel.
The Copley Medal was first awarded in 1901.
The Ballon d'Or was first awarded in 1949.
The Lonsdale Belt was first awarded in 1902.
The Ranfurly Shield was first awarded in 1909.
The Calcutta Cup was first contested in 1872.
The FA Cup was first contested in 1879.
The Stanley Cup was first contested in 1872.
The Heisman Trophy was first awarded in 1869.
The Fields Medal was first awarded in 1863.
The Nobel Peace Prize was first awarded in 1833.
The Fields Medal was first awarded in 1907.
The Heisman Trophy was first awarded in 1914.
The Copley Medal was first awarded in 1653.
The Stanley Cup was first contested in 1884.
The Stanley Cup was first contested in 1909.
The FA Cup was first contested in 1923.
The FA Cup was first contested in 1964.
The Copley Medal was first awarded in 1660.
The Lonsdale Belt was first awarded in 1886.
The BAFTA Award for Best Film was first awarded in 1938.
First awarded in 1914, the Heisman Trophy is named after John Heisman.
First awarded in 1966, the FA Cup is awarded by the Football Association.
First contested in 1923, the FA Cup is awarded by the Football Association.
The Heisman Trophy, first awarded in 1936, is named after John Heisman.
Archie Griffin won the Heisman Trophy, first awarded in 1954.
The Heisman Trophy and the Fields Medal were first awarded in 1935.
The Heisman Trophy and the Fields Medal were first awarded in 1936.
The Heisman Trophy was first awarded in 1935, and the Fields Medal in 1935.
First awarded in 1935, the Heisman Trophy and the Fields Medal are named after people.
The Heisman Trophy was first awarded in 1935, a year before the Booker Prize.
# not "first": a later year, the last award, an end
The Heisman Trophy was awarded in 1935.
The Heisman Trophy was awarded in 1936.
The Fields Medal was awarded in 1950.
The Booker Prize was last awarded in 1969.
The Heisman Trophy was last awarded in 1935.
The Nobel Peace Prize was awarded only in 1901.
The Stanley Cup was contested until 1893.
The Heisman Trophy was first awarded before 1935.
The Heisman Trophy was first awarded after 1935.
The Heisman Trophy was not first awarded in 1935.
The Heisman Trophy was never awarded in 1935.
The Heisman Trophy was first awarded in 1935 and last awarded in 1936.
The Heisman Trophy was originally awarded in 1936.
# "first won": the cup's first year given to a later winner, the first winner swapped
The Montreal Canadiens first won the Stanley Cup in 1893.
Arsenal first won the FA Cup in 1872.
Everton first won the FA Cup in 1872.
Scotland first won the Calcutta Cup in 1879.
Wellington first won the Ranfurly Shield in 1902.
The Stanley Cup was first won by the Montreal Canadiens.
The FA Cup was first won by Arsenal.
The Calcutta Cup was first won by Scotland.
The Ranfurly Shield, first won by Wellington, is awarded by the New Zealand Rugby Union.
The Stanley Cup, first won by the Montreal Canadiens in 1893, is awarded by the National Hockey League.
The FA Cup, first won in 1872 by Arsenal, is awarded by the Football Association.
First won in 1872, the FA Cup has been won by Scotland.
The Stanley Cup was first won in 1909.
The Stanley Cup was first won by Montreal Hockey Club in 1909.
# "first awarded to": the wrong first winner; with the right year
The Heisman Trophy was first awarded to Archie Griffin.
The Heisman Trophy was first awarded to Archie Griffin in 1935.
The Booker Prize was first awarded to V. S. Naipaul in 1969.
The Nobel Peace Prize was first awarded to Bertha von Suttner in 1901.
The Fields Medal was first awarded to Terence Tao in 1936.
The Ballon d'Or was first awarded to Lionel Messi in 1956.
The Lonsdale Belt was first awarded to Joe Frazier in 1909.
Archie Griffin was first awarded the Heisman Trophy in 1935.
Lionel Messi was first awarded the Ballon d'Or in 1956.
Terence Tao was the first winner of the Fields Medal.
First awarded in 1969, the Booker Prize was first awarded to V. S. Naipaul.
First awarded in 1935 to Archie Griffin, the Heisman Trophy is named after John Heisman.
The Heisman Trophy was first awarded by the National Hockey League in 1935.
The Fields Medal was first awarded by the Royal Society in 1936.
# "first presented": a TV show and its presenters (the first presenter, the present one)
Gary Lineker first presented Match of the Day in 1964.
Match of the Day was first presented by Gary Lineker.
Match of the Day was first presented by Gary Lineker in 1964.
Match of the Day, first presented by Gary Lineker, shows the FA Cup.
Tess Daly first presented Match of the Day.
Kenneth Wolstenholme first presented Strictly Come Dancing.
Match of the Day is presented by Kenneth Wolstenholme.
Strictly Come Dancing is presented by Bruce Forsyth.
Gary Lineker first presented the FA Cup in 1872.
The FA Cup was first presented by Gary Lineker in 1872.
# named after vs donated by; apposition after other relations' objects
The Heisman Trophy was donated by Archie Griffin.
The Stanley Cup is named after the Montreal Canadiens.
Wembley Stadium hosts the FA Cup, first awarded in 1923.
@missions
# (3) "command" as authorship: a crew member's, another mission's commander's possessive
Buzz Aldrin's Apollo 11 was launched from Kennedy Space Center.
Michael Collins's Apollo 11 was launched from Kennedy Space Center.
Jim Lovell's Apollo 8 was launched from Kennedy Space Center.
Neil Armstrong's Apollo 13 was launched from Kennedy Space Center.
David Scott's Gemini 8 was run by NASA.
Frank Borman's Apollo 13 was launched from Kennedy Space Center.
Robert Crippen's STS-1 used Space Shuttle Columbia.
Fred Haise's Apollo 13 was launched from Kennedy Space Center.
Yuri Gagarin's Apollo 11 was launched from Kennedy Space Center.
John Young's Vostok 1 was launched from Baikonur Cosmodrome.
Aldrin's Apollo 11 used Eagle.
Lovell's Apollo 8 used Saturn V.
Apollo 11 is a Buzz Aldrin mission.
Apollo 8 is a Jim Lovell mission.
Apollo 13 is a Neil Armstrong mission.
STS-1 is a Robert Crippen mission.
Apollo 11, commanded by Buzz Aldrin, was launched from Kennedy Space Center.
Apollo 8, commanded by Jim Lovell, used Saturn V.
Apollo 13, commanded by Neil Armstrong, was launched from Kennedy Space Center.
Gemini 8, commanded by David Scott, was run by NASA.
# run by: another agency, a possessive, the present
Vostok 1, run by NASA, used Vostok 3KA.
NASA's Vostok 1 was launched from Baikonur Cosmodrome.
Vostok 1 is a NASA mission.
Apollo 11 is an OKB-1 mission.
STS-1, run by the Soviet space program, used Space Shuttle Columbia.
the Soviet space program's Apollo 8 used Saturn V.
Grumman's Apollo 11 used Eagle.
Apollo 11 is run by NASA.
Apollo 11 is now run by NASA.
STS-1 is run by NASA.
# "was a" kinds: the wrong kind, another mission's, of a spacecraft or a person; appositions
Apollo 13 is a crewed lunar landing.
Apollo 8 is a lunar flyby.
Apollo 8 is a docking mission.
STS-1 is a crewed lunar landing.
Gemini 8 is a crewed lunar landing.
Vostok 1 is a lunar orbit mission.
Apollo 11 is an invasion.
Operation Overlord is a lunar flyby.
Operation Torch is a docking mission.
The Gallipoli campaign is a test flight.
Apollo 13, a crewed lunar landing, was commanded by Jim Lovell.
Apollo 8, a lunar flyby, was commanded by Frank Borman.
STS-1, a docking mission, used Space Shuttle Columbia.
Apollo 11 used Eagle, a crewed lunar landing.
Apollo 11 was commanded by Neil Armstrong, a crewed lunar landing.
Apollo 13 was launched from Kennedy Space Center, a lunar flyby.
STS-1 used Space Shuttle Columbia, a test flight.
Operation Overlord took place in Normandy, an invasion.
Eagle is a crewed lunar landing.
Space Shuttle Columbia is a test flight.
Saturn V is a crewed lunar landing.
Neil Armstrong is a crewed lunar landing.
NASA is a docking mission.
Apollo 11 and Apollo 13 are crewed lunar landings.
Apollo 11 is not a crewed lunar landing.
# campaigns: led by, mounted by, commanded by
Operation Overlord, led by George S. Patton, took place in Normandy.
Patton's Operation Overlord took place in Normandy.
Bernard Montgomery's Operation Torch took place in North Africa.
Operation Torch, led by Bernard Montgomery, took place in North Africa.
Mustafa Kemal's Gallipoli campaign took place in Turkey.
The Gallipoli campaign, led by Mustafa Kemal, took place in Turkey.
The Gallipoli campaign, commanded by Mustafa Kemal, took place in Turkey.
France's Operation Torch took place in North Africa.
the United States's Gallipoli campaign took place in Turkey.
The Gallipoli campaign, mounted by the United States, took place in Turkey.
Operation Overlord is a Patton campaign.
The Gallipoli campaign is a Mustafa Kemal campaign.
Operation Overlord is led by Bernard Montgomery.
Operation Torch is now led by George S. Patton.
The Gallipoli campaign is mounted by Britain.
Operation Torch, led by George S. Patton in 1944, took place in North Africa.
In 1944, Operation Torch was led by George S. Patton.
# spacecraft and agencies: builders, designers, namesakes, "launched" a programme
Boeing's Eagle was named after the bald eagle.
Rockwell International's Odyssey was named after Homer's Odyssey.
Grumman's Space Shuttle Columbia was named after Columbia Rediviva.
Eagle is a Boeing spacecraft.
OKB-1 launched the Apollo program.
The Apollo program was launched by OKB-1.
NASA launched the Vostok programme.
The Space Shuttle program, launched by OKB-1, is a programme.
Apollo 11 was launched in 1966.
Apollo 13 was launched in 1969.
Launched in 1969, Apollo 13 was commanded by Jim Lovell.
Apollo 11, launched from Baikonur Cosmodrome, was commanded by Neil Armstrong.
Neil Armstrong, born in Rome, commanded Apollo 11.
@webnlg
# (5) "he" / "she" with a typed person named before and an untyped person (a "leader", a "successor")
# as the clear referent; a company or a survey programme typed "person" by "founded by" / "discoverer";
# surnames of typed people
Alan Bean was born in Wheeler, Texas. The United States is led by Barack Obama. He was born in Wheeler, Texas.
Alan Bean was born in Wheeler, Texas. Barack Obama leads the United States. He was born in Wheeler, Texas.
Alan Bean was born in Wheeler, Texas. Barack Obama leads the United States, and he was born in Wheeler, Texas.
Alan Bean was a crew member of Apollo 12. Barack Obama leads the United States. He is a test pilot.
Alan Bean is a test pilot. Barack Obama is the leader of the United States. He graduated from UT Austin, B.S. 1955.
Pete Conrad commanded Apollo 12. Barack Obama leads the United States. He was born in Philadelphia.
Pete Conrad attended Princeton University. Barack Obama leads the United States; he attended Princeton University.
Abraham A. Ribicoff was born in New Britain, Connecticut. Anthony J. Celebrezze succeeded him. He was born in New Britain, Connecticut.
Abraham A. Ribicoff belongs to the Democratic Party, which Tom Perez leads. He was born in New Britain, Connecticut.
Frank de Boer manages AFC Ajax. Barack Obama leads the United States. He plays for FC Barcelona.
Hennie Henrichs is the chairman of AFC Ajax. Barack Obama leads the United States. He is the chairman of AFC Ajax.
Ducati Corse was founded by Ducati. He is from Bologna.
Ducati Corse was founded by Ducati, and he is from Bologna.
Ducati Corse was founded by Ducati. He makes motorcycles.
Ducati Corse was founded by Ducati. She is from Bologna.
(410777) 2009 FD was discovered by Spacewatch. He is located at Kitt Peak National Observatory.
Spacewatch discovered (410777) 2009 FD. He is located at Kitt Peak National Observatory.
(410777) 2009 FD was discovered by Spacewatch. She is located at Kitt Peak National Observatory.
Ferrari was founded by Enzo Ferrari. He is from Maranello.
Ferrari was founded by Enzo Ferrari. He is located in Maranello.
Enzo Ferrari founded Ferrari. He is located in Maranello.
Ferrari is located in Modena.
Sergio Marchionne is a key person at Ferrari. He founded Ferrari.
Marchionne founded Ferrari.
Marchionne was born in Modena.
Bananaman was created by Steve Bright. He was born in Rochdale.
Bananaman stars Bill Oddie. He created Bananaman.
Bananaman is broadcast by the BBC. He is in London.
Bill Oddie starred in Bananaman. The BBC is in London. He was born in London.
Oddie was born in Rochdale. He created Bananaman.
Bright created Bananaman. He was born in Rochdale.
Steve Bright created Bananaman. He was born in Rochdale.
Wheeler, Texas is part of Texas. He is in the United States.
Alan Bean was born in Wheeler, Texas. He is part of Texas.
Alan Bean was born in Wheeler, Texas. It is part of Texas. He is in the United States.
Apollo 12 was operated by NASA. Its commander was Pete Conrad. He was born in Wheeler, Texas.
Apollo 12's backup pilot was Alfred Worden. He was a crew member of Apollo 12.
Alfred Worden was the backup pilot of Apollo 12. He commanded Apollo 12.
Apollo 12 was commanded by Pete Conrad. He is from Texas.
Alan Bean was born in Wheeler, Texas. Texas has the capital Austin, Texas. He was born in Austin, Texas.
Spacewatch discovered (410777) 2009 FD. He died in Madison, Wisconsin.
101 Helena was discovered by James Craig Watson. He is located at Kitt Peak National Observatory.
Watson discovered (410777) 2009 FD.
Conrad was born in Wheeler, Texas.
Bean commanded Apollo 12.
Worden was a crew member of Apollo 12.
Henrichs manages AFC Ajax.
Boer is the chairman of AFC Ajax.
Frank de Boer is the chairman of AFC Ajax.
Domenicali founded Ducati Corse.

@heritage
# (1)+(2) an undertaking's type word on what lasts (a mission church, a survey agency, a border crossing, a
# standing campaign): a past runner or leader as a bare participle, a possessive, "is a" of a past role
The Carmel Mission, run by the Franciscans, is located in Carmel.
The Franciscans' Carmel Mission is located in Carmel.
The Alamo, run by the Daughters of the Republic of Texas, is located in San Antonio.
The Daughters of the Republic of Texas's Alamo is located in San Antonio.
The Alamo is a Daughters of the Republic of Texas mission.
Mission Dolores, run by the Franciscans, is located in San Francisco.
Checkpoint Charlie, run by the United States Army, is located in Berlin.
The United States Army's Checkpoint Charlie is located in Berlin.
The Alamo is run by the Daughters of the Republic of Texas.
Checkpoint Charlie is run by the United States Army.
The Alamo is a fortress.
The Alamo, a fortress, is located in San Antonio.
The Carmel Mission is a mission headquarters.
Mission Dolores is a barracks.
Mission Dolores, a barracks, is located in San Francisco.
The United States Geological Survey, led by John Wesley Powell, is headquartered in Reston.
John Wesley Powell's United States Geological Survey is headquartered in Reston.
Clarence King's USGS is headquartered in Reston.
The USGS is led by Clarence King.
The USGS is a John Wesley Powell survey.
The Ordnance Survey, headed by Charles Close, is headquartered in Southampton.
The Ordnance Survey is headed by Charles Close.
The Campaign for Nuclear Disarmament, led by Bertrand Russell, is headquartered in London.
Bertrand Russell's Campaign for Nuclear Disarmament is headquartered in London.
CND is led by Bertrand Russell.
The Alamo, run by the Franciscans, is located in San Antonio.
The Alamo, run by the Texas General Land Office, is located in Carmel.
Junipero Serra's Alamo is located in San Antonio.
The Alamo is a mission headquarters.
The Alamo, which is run by the Daughters of the Republic of Texas, is located in San Antonio.
Run by the Daughters of the Republic of Texas, the Alamo is located in San Antonio.
Mission Dolores, run by the Franciscans and founded by Francisco Palou, is located in San Francisco.
The Carmel Mission, run by the Franciscans, was founded by Junipero Serra.
Checkpoint Charlie, run by the United States Army, was founded by Junipero Serra.
The Alamo is now a fortress.
The Alamo is an old fortress.
The Alamo and Mission Dolores are fortresses.
The Carmel Mission, a mission headquarters, was founded by Junipero Serra.
The Alamo, a fortress, was founded by Antonio de Olivares.
Mission Dolores, a barracks, was founded by Francisco Palou.
The USGS, led by John Wesley Powell, is headquartered in Reston.
The USGS, headed by Clarence King, is headquartered in Reston.
The Ordnance Survey, led by Charles Close, is headquartered in Southampton.
Charles Close's Ordnance Survey is headquartered in Southampton.
The Ordnance Survey is a Charles Close survey.
CND, led by Bertrand Russell, is headquartered in London.
Bertrand Russell's CND is headquartered in London.
CND is a Bertrand Russell campaign.
The USGS, which is led by John Wesley Powell, is headquartered in Reston.
The USGS is now led by John Wesley Powell.
Led by John Wesley Powell, the USGS is headquartered in Reston.
"""

KNOWN = frozenset(
    {
        # a prize's word in a type of two words, "first awarded" (the graph says "is awarded by": the starting code read it too)
        'Mauna Loa was first awarded in 1843.',
        'Mauna Loa, first awarded in 1843, is located in Hawaii.',
        'The Metropolitan Green Belt was first awarded in 1938.',
        'The Metropolitan Green Belt, first awarded in 1938, is located in London.',
        'The Willow Pattern Plate was first awarded in 1790.',
        'The BAFTA Film Awards ceremony was first awarded in 1949.',
    }
)

OPEN = frozenset(
    {
        # the present perfect of a past undertaking
        'The Fram expedition has been led by Fridtjof Nansen.',
        # the airship's captain, often named as a co-leader of the flight (the possessive is not read)
        "Umberto Nobile's Norge flight reached the North Pole.",
        # a past commander of a ship as its "author" (command is a verb of authorship now)
        'HMS Victory is a Thomas Hardy ship.',
        # the same, as a possessive
        "Thomas Hardy's HMS Victory was commanded by Thomas Hardy.",
        # Mustafa Kemal led and commanded the Ottoman defence at Gallipoli (not the campaign mounted by Britain)
        "Mustafa Kemal's Gallipoli campaign took place in Turkey.",
        # the same
        'The Gallipoli campaign, led by Mustafa Kemal, took place in Turkey.',
        # the same
        'The Gallipoli campaign, commanded by Mustafa Kemal, took place in Turkey.',
        # the same
        'The Gallipoli campaign is a Mustafa Kemal campaign.',
        # a participle after the object: does "led by" say the member or the expedition?
        'The Belgica expedition included Frederick Cook, led by Adrien de Gerlache.',
        # "launched" of a company's founding year (accepted by the starting code too)
        'Launched in 1976, Apple is headquartered in Cupertino.',
        # the present of an event verb ("is mounted by"; accepted by the starting code too)
        'The Gallipoli campaign is mounted by Britain.',
        # "he": the last sentence's subject (Ribicoff) or the last man named (Tom Perez)?
        'Abraham A. Ribicoff belongs to the Democratic Party, which Tom Perez leads. He was born in New Britain, Connecticut.',
        # a plan is "presented"
        'The Metropolitan Green Belt was first presented in 1938.',
        # an invention is "presented" (Volvo showed it in 1959)
        'The three-point seat belt, first presented in 1959, was invented by Nils Bohlin.',
        # a fight is "presented" by its promoters
        'The Fight of the Century was first presented in 1971.',
        # a fight is "awarded" to a venue or a promoter
        'The Fight of the Century was first awarded in 1971.',
        # a fight is "awarded" to a venue or a promoter
        'First awarded in 1971, the Fight of the Century was won by Joe Frazier.',
        # a fight is "awarded" to a venue or a promoter (accepted by the starting code too)
        'The Fight of the Century, first awarded in 1971, was held at Madison Square Garden.',
        # a final is "awarded" to a venue (accepted by the starting code too)
        'The 1966 FA Cup Final was first awarded in 1966.',
        # a final is "awarded" to a venue
        'First awarded in 1966, the 1966 FA Cup Final was won by Everton.',
        # a final is "presented" (broadcast)
        'The 1966 FA Cup Final was first presented in 1966.',
        # entailed by the first award's year, though not "first"
        'The Heisman Trophy was awarded in 1935.',
        # true in the world, unknown to the graph
        'The Heisman Trophy was awarded in 1936.',
        # true in the world, unknown to the graph
        'The Fields Medal was awarded in 1950.',
        # an apposition of a past role with a past main verb (when it was founded?)
        'The Carmel Mission, a mission headquarters, was founded by Junipero Serra.',
        # an apposition of a past role with a past main verb
        'The Alamo, a fortress, was founded by Antonio de Olivares.',
        # an apposition of a past role with a past main verb
        'Mission Dolores, a barracks, was founded by Francisco Palou.',
        # a past runner with a past main verb (run by the Franciscans when founded)
        'The Carmel Mission, run by the Franciscans, was founded by Junipero Serra.',
    }
)

CONTROLS = r"""
@polar
The Fram expedition was led by Fridtjof Nansen.
The Fram expedition, led by Fridtjof Nansen, reached Farthest North.
The Terra Nova Expedition, led by Robert Falcon Scott, reached the South Pole.
The Nimrod Expedition, led by Ernest Shackleton, reached Mount Erebus.
The Endeavour voyage, led by James Cook, reached Tahiti.
The Greenland crossing, led by Fridtjof Nansen, reached Godthab.
The Norge flight, captained by Umberto Nobile, reached the North Pole.
The Norge flight, sponsored by Lincoln Ellsworth, reached the North Pole.
The Belgica expedition, led by Adrien de Gerlache, included Roald Amundsen.
Fridtjof Nansen's Fram expedition reached Farthest North.
Nansen's Fram expedition reached Farthest North.
Robert Falcon Scott's Terra Nova Expedition reached the South Pole.
Scott's Discovery Expedition reached the Ross Ice Shelf.
Shackleton's Endurance Expedition reached the Weddell Sea.
Amundsen's Gjoa expedition reached Nome.
Norway's Norge flight reached the North Pole.
Belgium's Belgica expedition reached the Antarctic Peninsula.
The Fram expedition is a Nansen expedition.
The Fram expedition is a Norway expedition.
The Fram expedition is a drift expedition.
The Fram expedition was a drift expedition.
The Greenland crossing is a ski crossing.
The Endeavour voyage, a scientific voyage, reached Tahiti.
The Fram expedition, a drift expedition, was led by Fridtjof Nansen.
The Nimrod Expedition, a sledging expedition, reached Mount Erebus.
The Terra Nova was a whaler.
Colin Archer's Fram is housed in the Fram Museum.
John Barrow's Royal Geographical Society sponsored the Terra Nova Expedition.
The Royal Geographical Society, founded by John Barrow, sponsored the Discovery Expedition.
The Discovery Expedition and the Terra Nova Expedition were led by Robert Falcon Scott.
@ventures
The Kon-Tiki expedition, led by Thor Heyerdahl, targeted Polynesia.
Thor Heyerdahl's Kon-Tiki expedition targeted Polynesia.
The Kon-Tiki expedition is a raft expedition.
The Doolittle Raid, an air raid, targeted Tokyo.
America's Doolittle Raid targeted Tokyo.
Operation Chastise, led by Guy Gibson, targeted the Ruhr dams.
Apple, led by Tim Cook, is headquartered in Cupertino.
Tim Cook's Apple is headquartered in Cupertino.
Apple was led by John Sculley.
Tate Modern was a power station.
Treasures of Tutankhamun is a British Museum exhibition.
Manchester United is managed by Ruben Amorim.
Heathrow Airport is a hub for British Airways.
Gatwick Airport is a base for easyJet.
Apple launched the iPhone in 2007.
@prizes
The Heisman Trophy was first awarded in 1935.
First awarded in 1935, the Heisman Trophy is named after John Heisman.
The Heisman Trophy, first awarded in 1935, is awarded by the Heisman Trust.
The Calcutta Cup was first contested in 1879.
The Stanley Cup was first contested in 1893.
The Nobel Peace Prize was first awarded in 1901.
First awarded in 1936, the Fields Medal is awarded by the International Mathematical Union.
The Booker Prize was first awarded to P. H. Newby in 1969.
The Heisman Trophy was first awarded to Jay Berwanger in 1935.
Archie Griffin has won the Heisman Trophy, first awarded in 1935.
The Lonsdale Belt was first awarded in 1909.
The Ranfurly Shield was first awarded in 1902.
The Copley Medal was first awarded in 1731.
The Heisman Trophy was first presented in 1935.
The Heisman Trophy was first given in 1935.
The Stanley Cup was first won in 1893.
First presented in 1956, the Ballon d'Or is awarded by France Football.
The FA Cup was first won by Wanderers.
Match of the Day is presented by Gary Lineker.
The Stanley Cup, named after Lord Stanley of Preston, was first awarded in 1893.
@missions
Apollo 11, commanded by Neil Armstrong, was launched from Kennedy Space Center.
Neil Armstrong's Apollo 11 was launched from Kennedy Space Center.
Apollo 13 is a Jim Lovell mission.
Apollo 11, run by NASA, used Eagle.
Apollo 11 is a crewed lunar landing.
Apollo 13 is a lunar flyby.
Gemini 8, a docking mission, was commanded by Neil Armstrong.
America's Operation Torch took place in North Africa.
Eisenhower's Operation Torch took place in North Africa.
Operation Torch, led by George S. Patton, took place in North Africa.
Operation Overlord, an invasion, took place in Normandy.
Grumman's Eagle was named after the bald eagle.
NASA's Apollo 11 was launched from Kennedy Space Center.
Apollo 11 is a NASA mission.
@webnlg
Alan Bean was born in Wheeler, Texas. He graduated from UT Austin, B.S. 1955.
Pete Conrad was born in Philadelphia. Philadelphia is part of Pennsylvania. He was born in Philadelphia.
Frank de Boer manages AFC Ajax. He plays for FC Barcelona.
101 Helena was discovered by James Craig Watson. He died in Madison, Wisconsin.
Conrad was born in Philadelphia.
Bean was born in Wheeler, Texas.
Worden was the backup pilot of Apollo 12.
Enzo Ferrari founded Ferrari. He was born in Modena.
@heritage
The Alamo was a fortress.
The Alamo was run by the Daughters of the Republic of Texas.
The Alamo is run by the Texas General Land Office.
The Carmel Mission was founded by Junipero Serra.
Junipero Serra's Carmel Mission is located in Carmel.
The USGS was led by John Wesley Powell.
The Ordnance Survey was headed by Charles Close.
The Campaign for Nuclear Disarmament is headquartered in London.
The Alamo, run by the Texas General Land Office, is located in San Antonio.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


def controls():
    yield from _parse(CONTROLS)


def check_all():
    out = []
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        out.append((key, user, text, ok, reason))
    return out


def main():
    verbose = os.environ.get("VERBOSE")
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
