"""Red team round 220: the session's new readings (CHANGES.diff of rt219).

Attacked: "plays as" (no article) a position as a class of the player ("X is a goalkeeper", "X, a
midfielder, ..."); a person who "managed" a club or a team (domain footballers / players, range
clubs or teams) "coached" it; a member of an expedition / mission / voyage "took part in",
"joined", "was on", "was part of" it; "he" / "she" never names a lower-case name or a cuisine,
artwork, installation ... and may name an item of a type the graph says is born ("was born in" /
"died in"); "the sculptor / painter behind" (a maker's own type noun) what sculptors or painters
"created". With wrong entities, directions, tenses, negation, lists with one wrong member, years,
appositions said of the wrong name, relative clauses, coreference, and near-miss relations on the
same graphs ("played as" of coaches, "was the assistant manager of", a coach's own "coached",
"led", "commanded", "captained", "was the backup for", "is part of", "joined" an agency,
"completed", "owned", "designed the pedestal of", "commissioned", "depicts", "won" a non-prize,
"received" an honour).

Graphs (see each builder's docstring): "pitch" (footballers who "play as" positions and
"managed" clubs, coaches who "played as" positions and "coached" footballers, a night club a
footballer "managed"), "summits" (climbers, astronauts and naturalists who "were members of"
expeditions, missions and voyages; leaders, commanders, captains, backups, a capsule communicator,
programmes, agencies), "foundry" (sculptors the only makers: "the sculptor behind"; a completer,
owners, an architect and an engineer of the Statue of Liberty), "gallery" (painters the only makers:
"the painter behind"; painter and collector owners, patrons, sitters, an installation),
"paddock" (drivers typed "driver", born: "he" / "she" may name them; their wives and girlfriends
typed "fashion_model" / "pop_star"; businessmen who "managed" teams), "bar" (cocktails the graph
says "were born in" cities, film stars, a writer, bartenders; saxophone players who "managed"
jazz clubs; a DJ with a lower-case name).

Findings: 53 of 342 false texts accepted, all new with the session (the code with CHANGES.diff
reversed, code_before/, accepts none of the 53; it accepts 2 others the session fixed: "Auguste
Rodin was the sculptor behind Camille Claudel", "Gertrude Stein was the painter behind Portrait
of Gertrude Stein"). Controls: 95 of 106 accepted. OPEN: 23 (13 accepted). KNOWN: 4 accepted
before the session too.
* the present of the coaches' past "played as" (13): "played as" (no article) is now an
  occupation, a class of the item read by every copula, where only "worked as" keeps the past
  ("Marcello Lippi is a defender", "Carlo Ancelotti is a midfielder", "Giovanni Trapattoni is a
  defender", "Marcello Lippi and Giovanni Trapattoni are defenders", with a relative clause, an
  "and he coached", a "born in", "a midfielder and a coach", in two sentences). The same leak was
  there before for "played as a" (with the article); the session widened it to the bare phrase.
* the present of "managed" (13): the new "coached" of a footballer who "managed" a club takes the
  present ("Andrea Pirlo coaches Juventus", "now coaches", "Juventus is coached by Andrea Pirlo",
  "Inter Milan are coached by Simone Inzaghi", "Lazio are coached by Dino Zoff", "who coaches",
  "which Andrea Pirlo coaches", "Gennaro Gattuso, a midfielder, coaches Napoli", "You loved
  Andrea Pirlo, who coaches Juventus"); the coach's own "coached" keeps the past ("Carlo Ancelotti
  coaches Andrea Pirlo": rejected). (A team's "was managed by" had the same leak before.)
* "coached" where no one plays or coaches (11): the range's "team" alone now makes a relation
  sporting, whatever its domain: businessmen who "managed" Formula One teams "coached" them ("Ron
  Dennis coached McLaren", "Toto Wolff coached Mercedes", "Frank Williams coached Williams", "Ross
  Brawn coached Brawn GP and Mercedes", "Colin Chapman coached Lotus", "Mercedes was coached by
  Toto Wolff"); "club" in the range with "player" in the domain type: a saxophone player who
  "managed" a jazz club "coached" it ("Ronnie Scott coached Ronnie Scott's Jazz Club", "Pete King
  coached ...", passive); and a footballer's night club ("night_club": "club" is one of its words)
  "coached" ("George Best coached Slack Alice", passive).
* "she" after a born item and a person typed by a thing's word (14): once a driver or a cocktail
  (born) is among the names before "she", the people of no-one types ("fashion_model", "pop_star",
  "film_star": "model", "star") drop out, and "she" names the driver or the cocktail alone: "Jenson
  Button was married to Jessica Michibata. She was born in Frome" (Button's birthplace),
  "Jessica Michibata was married to Jenson Button. She was born in Frome", "Nicole Scherzinger dated
  Lewis Hamilton. She was born in Stevenage", "Naomi Campbell dated Jenson Button. She drove for
  Brawn GP", "Suzy Miller was married to James Hunt. She died in Wimbledon", "Rita Hayworth
  popularised the Margarita. She was born in Tijuana" (the cocktail's birthplace), ... Before the
  session no typed person was named, so "she" stood for every name, the wife too, and these were
  rejected.
* "he" after a lower-case name (2): a DJ named "deadmau5" (a non-item of a type that may be
  someone) now drops out where a saxophone player is named before: "Pete King managed Ronnie
  Scott's Jazz Club. deadmau5 played at Ronnie Scott's Jazz Club. He managed Ronnie Scott's Jazz
  Club" (read of Pete King only).
Held: "plays as" with a wrong position, wrong kind, lists with one wrong, negation, "former",
years, appositions and pre-name titles of the wrong name; "coached" of a club played for, an
assistant manager, a brother's club, crossed with the coach's own "coached", direction, negation,
lists, relative clauses; every membership attack (leaders, sponsors, backups, the capsule
communicator, programmes, agencies, the present "takes part in / is on / joins", negation, lists,
"with", relative clauses, "it" and "he"); "the sculptor / painter behind" of every near miss
(completer, owner, pedestal architect, framework engineer, foundry, patron, sitter, spouse,
commissioner, teacher), direction, lists, plural, negation, appositions, coreference, years.
Controls rejected (11): "Gianluigi Buffon is a footballer", "Andrea Pirlo was the manager of
Juventus", "AC Milan was a winner of the Champions League" and "Ayrton Senna was a winner of the
Monaco Grand Prix" ("a winner of" read only of prizes), "John Hunt led the 1953 Everest
expedition, and Edmund Hillary took part in it" ("it"), "Thomas Ball taught the sculptor behind The
Minute Man" and "Camille Claudel studied under the sculptor behind The Thinker" (the description
after a verb), "The sculptor behind The Thinker was born in Paris" (as a subject), "Pablo Picasso,
the painter behind Guernica, owned Portrait of a Woman" and "Frida Kahlo was married to Diego
Rivera, the painter behind Detroit Industry Murals" (incomplete_list: the painter of several works),
"The Two Fridas depicts the painter behind it".

Closed in the same session: "played as" (bare) a past position, "was" only (apposed without a
tense); "managed" -> "coached" in the phrase's tense, of players' sports clubs only; "she" may be
a fashion model, a pop or film star (no longer "no one" by the last word); lower-case names stay
candidates of "he". Then: accepted 0 of 342.
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    if any(t[0] == "user:ana" for t in triples):
        ents.append(E("user:ana", kind="user", type="user", label="Ana"))
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


RATED = R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated"))


def pitch():
    """Footballers and coaches (items, dated by birth). Footballers "play as" positions (the
    present, no article: "X is a goalkeeper"), coaches "played as" one (the past: they play no
    more), footballers "played for" and "managed" clubs (domain footballers, range clubs: the new
    "coached"), coaches "coached" footballers (a second "coached"), footballers "were the assistant
    manager of" clubs (a near miss of "managed"), "were born in" cities, "won" awards (prizes) and
    clubs "won" competitions (no prize), footballers "received" honours; clubs "are based in"
    cities. Ana rated some."""
    rels = [
        R("playsas", phrase="plays as", inverse_phrase="is the position of", domain=("footballer",), range=("position",)),
        R("playedas", phrase="played as", inverse_phrase="was the position of", domain=("coach",), range=("position",)),
        R("playedfor", phrase="played for", inverse_phrase="was the club of", domain=("footballer",), range=("club",)),
        R("managed", phrase="managed", inverse_phrase="was managed by", domain=("footballer",), range=("club", "night_club")),
        R("assistant", phrase="was the assistant manager of", inverse_phrase="had as assistant manager",
          domain=("footballer",), range=("club",)),
        R("coached", phrase="coached", inverse_phrase="was coached by", domain=("coach",), range=("footballer",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("footballer", "coach"),
          range=("city",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("footballer",), range=("award",)),
        R("title", phrase="won", inverse_phrase="was won by", domain=("club",), range=("competition",)),
        R("received", phrase="received", inverse_phrase="was conferred on", domain=("footballer", "coach"),
          range=("honour",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("club", "night_club"), range=("city",)),
        RATED,
    ]
    items = {"f:buffon": ("footballer", "Gianluigi Buffon", 1978), "f:pirlo": ("footballer", "Andrea Pirlo", 1979),
             "f:cannavaro": ("footballer", "Fabio Cannavaro", 1973), "f:delpiero": ("footballer", "Alessandro Del Piero", 1974),
             "f:gattuso": ("footballer", "Gennaro Gattuso", 1978), "f:finzaghi": ("footballer", "Filippo Inzaghi", 1973),
             "f:sinzaghi": ("footballer", "Simone Inzaghi", 1976), "f:seedorf": ("footballer", "Clarence Seedorf", 1976),
             "f:zoff": ("footballer", "Dino Zoff", 1942), "f:nesta": ("footballer", "Alessandro Nesta", 1976),
             "f:best": ("footballer", "George Best", 1946),
             "k:lippi": ("coach", "Marcello Lippi", 1948), "k:ancelotti": ("coach", "Carlo Ancelotti", 1959),
             "k:sacchi": ("coach", "Arrigo Sacchi", 1946), "k:trapattoni": ("coach", "Giovanni Trapattoni", 1939)}
    others = {"p:gk": ("position", "goalkeeper"), "p:df": ("position", "defender"), "p:mf": ("position", "midfielder"),
              "p:st": ("position", "striker"), "p:fw": ("position", "forward"),
              "c:juventus": ("club", "Juventus"), "c:milan": ("club", "AC Milan"), "c:inter": ("club", "Inter Milan"),
              "c:parma": ("club", "Parma"), "c:napoli": ("club", "Napoli"), "c:lazio": ("club", "Lazio"),
              "c:realmadrid": ("club", "Real Madrid"), "c:ajax": ("club", "Ajax"), "c:brescia": ("club", "Brescia"),
              "c:psg": ("club", "Paris Saint-Germain"), "c:rangers": ("club", "Rangers"), "c:sydney": ("club", "Sydney FC"),
              "c:guangzhou": ("club", "Guangzhou Evergrande"), "c:botafogo": ("club", "Botafogo"),
              "c:manutd": ("club", "Manchester United"), "n:slack": ("night_club", "Slack Alice"),
              "t:belfast": ("city", "Belfast"), "t:manchester": ("city", "Manchester"),
              "t:carrara": ("city", "Carrara"), "t:flero": ("city", "Flero"), "t:naples": ("city", "Naples"),
              "t:conegliano": ("city", "Conegliano"), "t:corigliano": ("city", "Corigliano Calabro"),
              "t:piacenza": ("city", "Piacenza"), "t:paramaribo": ("city", "Paramaribo"), "t:mariano": ("city", "Mariano del Friuli"),
              "t:rome": ("city", "Rome"), "t:viareggio": ("city", "Viareggio"), "t:reggio": ("city", "Reggiolo"),
              "t:fusignano": ("city", "Fusignano"), "t:cusano": ("city", "Cusano Milanino"),
              "t:turin": ("city", "Turin"), "t:milan": ("city", "Milan"), "t:madrid": ("city", "Madrid"),
              "a:ballon": ("award", "the Ballon d'Or"), "a:golden": ("award", "the Golden Foot"),
              "a:fifa": ("award", "the FIFA World Player of the Year"),
              "x:seriea": ("competition", "Serie A"), "x:ucl": ("competition", "the Champions League"),
              "x:laliga": ("competition", "La Liga"),
              "h:merit": ("honour", "the Order of Merit of the Italian Republic"),
              "h:collar": ("honour", "the Golden Collar for Sports Merit")}
    T = _t("playsas", [("f:buffon", "p:gk"), ("f:zoff", "p:gk"), ("f:pirlo", "p:mf"), ("f:gattuso", "p:mf"),
                       ("f:seedorf", "p:mf"), ("f:cannavaro", "p:df"), ("f:nesta", "p:df"), ("f:delpiero", "p:fw"),
                       ("f:finzaghi", "p:st"), ("f:sinzaghi", "p:st")])
    T += _t("playedas", [("k:lippi", "p:df"), ("k:ancelotti", "p:mf"), ("k:trapattoni", "p:df")])
    T += _t("playedfor", [("f:buffon", "c:parma"), ("f:buffon", "c:juventus"), ("f:buffon", "c:psg"),
                          ("f:pirlo", "c:brescia"), ("f:pirlo", "c:inter"), ("f:pirlo", "c:milan"), ("f:pirlo", "c:juventus"),
                          ("f:cannavaro", "c:napoli"), ("f:cannavaro", "c:parma"), ("f:cannavaro", "c:juventus"),
                          ("f:cannavaro", "c:realmadrid"), ("f:delpiero", "c:juventus"), ("f:delpiero", "c:sydney"),
                          ("f:gattuso", "c:rangers"), ("f:gattuso", "c:milan"), ("f:finzaghi", "c:parma"),
                          ("f:finzaghi", "c:juventus"), ("f:finzaghi", "c:milan"), ("f:sinzaghi", "c:lazio"),
                          ("f:seedorf", "c:ajax"), ("f:seedorf", "c:realmadrid"), ("f:seedorf", "c:inter"),
                          ("f:seedorf", "c:milan"), ("f:seedorf", "c:botafogo"), ("f:zoff", "c:napoli"), ("f:zoff", "c:juventus"),
                          ("f:nesta", "c:lazio"), ("f:nesta", "c:milan"), ("f:best", "c:manutd")])
    T += _t("managed", [("f:pirlo", "c:juventus"), ("f:cannavaro", "c:guangzhou"), ("f:gattuso", "c:milan"),
                        ("f:gattuso", "c:napoli"), ("f:finzaghi", "c:milan"), ("f:sinzaghi", "c:lazio"),
                        ("f:sinzaghi", "c:inter"), ("f:seedorf", "c:milan"), ("f:zoff", "c:juventus"), ("f:zoff", "c:lazio"),
                        ("f:best", "n:slack")])
    T += _t("assistant", [("f:nesta", "c:milan"), ("f:cannavaro", "c:napoli")])
    T += _t("coached", [("k:lippi", "f:buffon"), ("k:lippi", "f:delpiero"), ("k:lippi", "f:cannavaro"),
                        ("k:ancelotti", "f:pirlo"), ("k:ancelotti", "f:seedorf"), ("k:ancelotti", "f:finzaghi"),
                        ("k:sacchi", "f:nesta"), ("k:trapattoni", "f:zoff")])
    T += _t("born", [("f:buffon", "t:carrara"), ("f:pirlo", "t:flero"), ("f:cannavaro", "t:naples"),
                     ("f:delpiero", "t:conegliano"), ("f:gattuso", "t:corigliano"), ("f:finzaghi", "t:piacenza"),
                     ("f:sinzaghi", "t:piacenza"), ("f:seedorf", "t:paramaribo"), ("f:zoff", "t:mariano"),
                     ("f:nesta", "t:rome"), ("k:lippi", "t:viareggio"), ("k:ancelotti", "t:reggio"),
                     ("k:sacchi", "t:fusignano"), ("k:trapattoni", "t:cusano"), ("f:best", "t:belfast")])
    T += _t("won", [("f:cannavaro", "a:ballon"), ("f:cannavaro", "a:fifa"), ("f:buffon", "a:golden"),
                    ("f:delpiero", "a:golden")])
    T += _t("title", [("c:juventus", "x:seriea"), ("c:milan", "x:seriea"), ("c:milan", "x:ucl"),
                      ("c:realmadrid", "x:laliga"), ("c:realmadrid", "x:ucl"), ("c:inter", "x:ucl")])
    T += _t("received", [("f:buffon", "h:merit"), ("f:cannavaro", "h:merit"), ("k:lippi", "h:collar")])
    T += _t("based", [("c:juventus", "t:turin"), ("c:milan", "t:milan"), ("c:inter", "t:milan"), ("c:napoli", "t:naples"),
                      ("c:lazio", "t:rome"), ("c:realmadrid", "t:madrid"),
                      ("c:manutd", "t:manchester"), ("n:slack", "t:manchester")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("f:buffon", 5.0), ("f:pirlo", 4.5), ("k:sacchi", 2.0))]
    return _build(items, others, rels, T)


def summits():
    """Climbers, astronauts and naturalists (items, dated by birth): climbers (typed "climber", no
    person noun the checker knows, but "born": "he" may name one), astronauts and a naturalist
    "were members of" expeditions, missions and voyages (the new "took part in", "joined", "was on",
    "was part of"); leaders "led" expeditions without being members (Hunt, Desio), a commander
    "commanded" a mission and a captain "captained" a voyage (near misses), astronauts "were the
    backup for" missions and "were the capsule communicator of" one (not on board), societies
    "sponsored" expeditions; climbers "reached the summit of" mountains and expeditions
    "attempted" them; missions "are part of" programmes (a second "part of"); astronauts "joined"
    agencies (a second "joined"); people "were born in" countries. Ana rated some."""
    people = ("climber", "astronaut", "naturalist")
    ventures = ("expedition", "mission", "voyage")
    rels = [
        R("member", phrase="was a member of", inverse_phrase="included", domain=people, range=ventures),
        R("led", phrase="led", inverse_phrase="was led by", domain=("army_officer", "geologist"), range=("expedition",)),
        R("commanded", phrase="commanded", inverse_phrase="was commanded by", domain=("astronaut",), range=("mission",)),
        R("captained", phrase="captained", inverse_phrase="was captained by", domain=("naval_officer",), range=("voyage",)),
        R("backup", phrase="was the backup for", inverse_phrase="had as backup", domain=("astronaut",), range=("mission",)),
        R("capcom", phrase="was the capsule communicator of", inverse_phrase="had as capsule communicator",
          domain=("astronaut",), range=("mission",)),
        R("sponsored", phrase="was sponsored by", inverse_phrase="sponsored", domain=ventures, range=("society",)),
        R("summit", phrase="reached the summit of", inverse_phrase="was climbed by", domain=("climber",), range=("mountain",)),
        R("attempted", phrase="attempted", inverse_phrase="was attempted by", domain=("expedition",), range=("mountain",)),
        R("partof", phrase="is part of", inverse_phrase="includes", domain=("mission",), range=("programme",)),
        R("joined", phrase="joined", inverse_phrase="was joined by", domain=("astronaut",), range=("agency",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=people, range=("country",)),
        RATED,
    ]
    items = {"c:hillary": ("climber", "Edmund Hillary", 1919), "c:tenzing": ("climber", "Tenzing Norgay", 1914),
             "c:band": ("climber", "George Band", 1929), "c:mallory": ("climber", "George Mallory", 1886),
             "c:irvine": ("climber", "Andrew Irvine", 1902), "c:odell": ("climber", "Noel Odell", 1890),
             "c:compagnoni": ("climber", "Achille Compagnoni", 1914), "c:lacedelli": ("climber", "Lino Lacedelli", 1925),
             "c:bonatti": ("climber", "Walter Bonatti", 1930), "c:herzog": ("climber", "Maurice Herzog", 1919),
             "c:lachenal": ("climber", "Louis Lachenal", 1921), "c:terray": ("climber", "Lionel Terray", 1921),
             "a:armstrong": ("astronaut", "Neil Armstrong", 1930), "a:aldrin": ("astronaut", "Buzz Aldrin", 1930),
             "a:collins": ("astronaut", "Michael Collins", 1930), "a:lovell": ("astronaut", "Jim Lovell", 1928),
             "a:haise": ("astronaut", "Fred Haise", 1933), "a:duke": ("astronaut", "Charlie Duke", 1935),
             "a:scott": ("astronaut", "David Scott", 1932), "a:swigert": ("astronaut", "Jack Swigert", 1931),
             "n:darwin": ("naturalist", "Charles Darwin", 1809), "n:banks": ("naturalist", "Joseph Banks", 1743),
             "n:solander": ("naturalist", "Daniel Solander", 1733)}
    others = {"e:1953": ("expedition", "the 1953 Everest expedition"), "e:1924": ("expedition", "the 1924 Everest expedition"),
              "e:1921": ("expedition", "the 1921 Everest reconnaissance expedition"),
              "e:k2": ("expedition", "the 1954 Italian K2 expedition"), "e:annapurna": ("expedition", "the French Annapurna expedition"),
              "m:apollo11": ("mission", "Apollo 11"), "m:apollo13": ("mission", "Apollo 13"), "m:gemini8": ("mission", "Gemini 8"),
              "m:apollo8": ("mission", "Apollo 8"),
              "v:beagle": ("voyage", "the second voyage of HMS Beagle"), "v:endeavour": ("voyage", "the first voyage of James Cook"),
              "o:hunt": ("army_officer", "John Hunt"), "o:bruce": ("army_officer", "Charles Bruce"),
              "o:desio": ("geologist", "Ardito Desio"), "o:fitzroy": ("naval_officer", "Robert FitzRoy"),
              "o:cook": ("naval_officer", "James Cook"),
              "s:rgs": ("society", "the Royal Geographical Society"), "s:alpine": ("society", "the Alpine Club"),
              "s:cai": ("society", "the Italian Alpine Club"), "s:royal": ("society", "the Royal Society"),
              "k:everest": ("mountain", "Mount Everest"), "k:k2": ("mountain", "K2"), "k:annapurna": ("mountain", "Annapurna"),
              "g:apollo": ("programme", "the Apollo program"), "g:gemini": ("programme", "the Gemini program"),
              "y:nasa": ("agency", "NASA"), "y:usaf": ("agency", "the United States Air Force"),
              "n:nz": ("country", "New Zealand"), "n:nepal": ("country", "Nepal"), "n:england": ("country", "England"),
              "n:wales": ("country", "Wales"), "n:italy": ("country", "Italy"), "n:france": ("country", "France"),
              "n:usa": ("country", "the United States"), "n:sweden": ("country", "Sweden")}
    T = _t("member", [("c:hillary", "e:1953"), ("c:tenzing", "e:1953"), ("c:band", "e:1953"), ("c:mallory", "e:1921"),
                      ("c:mallory", "e:1924"), ("c:irvine", "e:1924"), ("c:odell", "e:1924"), ("c:compagnoni", "e:k2"),
                      ("c:lacedelli", "e:k2"), ("c:bonatti", "e:k2"), ("c:herzog", "e:annapurna"),
                      ("c:lachenal", "e:annapurna"), ("c:terray", "e:annapurna"),
                      ("a:armstrong", "m:apollo11"), ("a:aldrin", "m:apollo11"), ("a:collins", "m:apollo11"),
                      ("a:armstrong", "m:gemini8"), ("a:scott", "m:gemini8"), ("a:lovell", "m:apollo13"),
                      ("a:haise", "m:apollo13"), ("a:swigert", "m:apollo13"), ("a:lovell", "m:apollo8"),
                      ("n:darwin", "v:beagle"), ("n:banks", "v:endeavour"), ("n:solander", "v:endeavour")])
    T += _t("led", [("o:hunt", "e:1953"), ("o:bruce", "e:1924"), ("o:desio", "e:k2")])
    T += _t("commanded", [("a:armstrong", "m:apollo11"), ("a:lovell", "m:apollo13"), ("a:armstrong", "m:gemini8")])
    T += _t("captained", [("o:fitzroy", "v:beagle"), ("o:cook", "v:endeavour")])
    T += _t("backup", [("a:lovell", "m:apollo11"), ("a:haise", "m:apollo11"), ("a:duke", "m:apollo13")])
    T += _t("capcom", [("a:duke", "m:apollo11")])
    T += _t("sponsored", [("e:1953", "s:rgs"), ("e:1953", "s:alpine"), ("e:1924", "s:rgs"), ("e:1924", "s:alpine"),
                          ("e:1921", "s:rgs"), ("e:k2", "s:cai"), ("v:endeavour", "s:royal")])
    T += _t("summit", [("c:hillary", "k:everest"), ("c:tenzing", "k:everest"), ("c:compagnoni", "k:k2"),
                       ("c:lacedelli", "k:k2"), ("c:herzog", "k:annapurna"), ("c:lachenal", "k:annapurna")])
    T += _t("attempted", [("e:1953", "k:everest"), ("e:1924", "k:everest"), ("e:k2", "k:k2"),
                          ("e:annapurna", "k:annapurna")])
    T += _t("partof", [("m:apollo11", "g:apollo"), ("m:apollo13", "g:apollo"), ("m:apollo8", "g:apollo"),
                       ("m:gemini8", "g:gemini")])
    T += _t("joined", [("a:armstrong", "y:nasa"), ("a:aldrin", "y:nasa"), ("a:collins", "y:nasa"), ("a:lovell", "y:nasa"),
                       ("a:collins", "y:usaf"), ("a:aldrin", "y:usaf")])
    T += _t("born", [("c:hillary", "n:nz"), ("c:tenzing", "n:nepal"), ("c:band", "n:england"), ("c:mallory", "n:england"),
                     ("c:irvine", "n:england"), ("c:odell", "n:england"), ("c:compagnoni", "n:italy"),
                     ("c:lacedelli", "n:italy"), ("c:bonatti", "n:italy"), ("c:herzog", "n:france"),
                     ("c:lachenal", "n:france"), ("c:terray", "n:france"), ("a:armstrong", "n:usa"), ("a:aldrin", "n:usa"),
                     ("a:lovell", "n:usa"), ("n:darwin", "n:england"), ("n:banks", "n:england"), ("n:solander", "n:sweden")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("c:hillary", 5.0), ("a:armstrong", 4.5), ("c:mallory", 2.0))]
    return _build(items, others, rels, T)


def foundry():
    """Sculptures and monuments (items, dated by completion). Sculptors "created" them (the graph's
    only maker of works, all sculptors: "the sculptor behind"), a sculptor "completed" one his
    father created (Lincoln Borglum, Mount Rushmore), sculptors and collectors "owned" works
    (Rodin a cast of Claudel's The Waltz), an architect "designed the pedestal of" one and an
    engineer "designed the framework of" one (the Statue of Liberty), works "were cast by"
    foundries, "were commissioned by" cities or patrons, "depict" people, "stand in" cities;
    sculptors "studied under" others and "were born in" cities. Ana rated some."""
    works = ("sculpture", "monument")
    rels = [
        R("created", phrase="created", inverse_phrase="was created by", domain=("sculptor",), range=works),
        R("completed", phrase="completed", inverse_phrase="was completed by", domain=("sculptor",), range=works),
        R("owned", phrase="owned", inverse_phrase="was owned by", domain=("sculptor", "collector"), range=works),
        R("pedestal", phrase="designed the pedestal of", inverse_phrase="has a pedestal designed by",
          domain=("architect",), range=works),
        R("framework", phrase="designed the framework of", inverse_phrase="has a framework designed by",
          domain=("engineer",), range=works),
        R("cast", phrase="was cast by", inverse_phrase="cast", domain=works, range=("foundry",)),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=works,
          range=("city", "patron")),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=works, range=("poet", "president", "patriot")),
        R("stands", phrase="stands in", inverse_phrase="is the home of", domain=works, range=("city",)),
        R("studied", phrase="studied under", inverse_phrase="taught", domain=("sculptor",), range=("sculptor",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("sculptor",), range=("city",)),
        RATED,
    ]
    items = {"w:thinker": ("sculpture", "The Thinker", 1904), "w:kiss": ("sculpture", "The Kiss", 1882),
             "w:burghers": ("sculpture", "The Burghers of Calais", 1889), "w:waltz": ("sculpture", "The Waltz", 1893),
             "w:mature": ("sculpture", "The Mature Age", 1900), "w:liberty": ("monument", "the Statue of Liberty", 1886),
             "w:lion": ("monument", "the Lion of Belfort", 1880), "w:minuteman": ("sculpture", "The Minute Man", 1874),
             "w:lincoln": ("sculpture", "the statue of Abraham Lincoln", 1920), "w:rushmore": ("monument", "Mount Rushmore", 1941),
             "w:bird": ("sculpture", "Bird in Space", 1923), "w:column": ("monument", "The Endless Column", 1938)}
    others = {"s:rodin": ("sculptor", "Auguste Rodin"), "s:claudel": ("sculptor", "Camille Claudel"),
              "s:bartholdi": ("sculptor", "Frederic Auguste Bartholdi"), "s:french": ("sculptor", "Daniel Chester French"),
              "s:ball": ("sculptor", "Thomas Ball"), "s:gborglum": ("sculptor", "Gutzon Borglum"),
              "s:lborglum": ("sculptor", "Lincoln Borglum"), "s:brancusi": ("sculptor", "Constantin Brancusi"),
              "c:mastbaum": ("collector", "Jules Mastbaum"), "c:meyer": ("collector", "Agnes Meyer"),
              "r:hunt": ("architect", "Richard Morris Hunt"), "e:eiffel": ("engineer", "Gustave Eiffel"),
              "f:rudier": ("foundry", "the Rudier foundry"), "f:gaget": ("foundry", "Gaget, Gauthier and Company"),
              "f:bronze": ("foundry", "the Ames Manufacturing Company"),
              "p:dante": ("poet", "Dante"), "p:lincoln": ("president", "Abraham Lincoln"), "p:minuteman": ("patriot", "Isaac Davis"),
              "t:paris": ("city", "Paris"), "t:calais": ("city", "Calais"), "t:belfort": ("city", "Belfort"),
              "t:newyork": ("city", "New York"), "t:washington": ("city", "Washington"), "t:concord": ("city", "Concord"),
              "t:colmar": ("city", "Colmar"), "t:fere": ("city", "Fere-en-Tardenois"), "t:exeter": ("city", "Exeter"),
              "t:keystone": ("city", "Keystone"), "t:targujiu": ("city", "Targu Jiu"), "t:hobita": ("city", "Hobita"),
              "t:bearlake": ("city", "Bear Lake"), "t:chicago": ("city", "Chicago"), "t:charlestown": ("city", "Charlestown"),
              "t:philadelphia": ("city", "Philadelphia")}
    T = _t("created", [("s:rodin", "w:thinker"), ("s:rodin", "w:kiss"), ("s:rodin", "w:burghers"), ("s:claudel", "w:waltz"),
                       ("s:claudel", "w:mature"), ("s:bartholdi", "w:liberty"), ("s:bartholdi", "w:lion"),
                       ("s:french", "w:minuteman"), ("s:french", "w:lincoln"), ("s:gborglum", "w:rushmore"),
                       ("s:brancusi", "w:bird"), ("s:brancusi", "w:column")])
    T += _t("completed", [("s:lborglum", "w:rushmore")])
    T += _t("owned", [("s:rodin", "w:waltz"), ("c:mastbaum", "w:thinker"), ("c:mastbaum", "w:burghers"),
                      ("c:meyer", "w:bird")])
    T += _t("pedestal", [("r:hunt", "w:liberty")])
    T += _t("framework", [("e:eiffel", "w:liberty")])
    T += _t("cast", [("w:thinker", "f:rudier"), ("w:burghers", "f:rudier"), ("w:liberty", "f:gaget"), ("w:minuteman", "f:bronze")])
    T += _t("commissioned", [("w:burghers", "t:calais"), ("w:lion", "t:belfort"), ("w:minuteman", "t:concord")])
    T += _t("depicts", [("w:thinker", "p:dante"), ("w:lincoln", "p:lincoln"), ("w:minuteman", "p:minuteman")])
    T += _t("stands", [("w:burghers", "t:calais"), ("w:lion", "t:belfort"), ("w:liberty", "t:newyork"),
                       ("w:lincoln", "t:washington"), ("w:minuteman", "t:concord"), ("w:rushmore", "t:keystone"),
                       ("w:column", "t:targujiu"), ("w:thinker", "t:paris")])
    T += _t("studied", [("s:claudel", "s:rodin"), ("s:french", "s:ball"), ("s:lborglum", "s:gborglum")])
    T += _t("born", [("s:rodin", "t:paris"), ("s:claudel", "t:fere"), ("s:bartholdi", "t:colmar"), ("s:french", "t:exeter"),
                     ("s:gborglum", "t:bearlake"), ("s:lborglum", "t:chicago"), ("s:brancusi", "t:hobita"),
                     ("s:ball", "t:charlestown")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("w:thinker", 5.0), ("w:liberty", 4.5), ("w:column", 2.0))]
    return _build(items, others, rels, T)


def gallery():
    """Paintings, murals and an installation (items, dated by completion). Painters "created" them
    (every maker a painter: "the painter behind"); painters and collectors "owned" works (Picasso
    a Rousseau, Degas a Manet, Gertrude Stein her portrait: near misses), patrons and a government
    "commissioned" works, works "depict" people (Gertrude Stein, Frida Kahlo), "are housed in"
    museums; painters "were married to" one another, "were born in" cities. Ana rated some."""
    works = ("painting", "mural", "installation")
    rels = [
        R("created", phrase="created", inverse_phrase="was created by", domain=("painter",), range=works),
        R("owned", phrase="owned", inverse_phrase="was owned by", domain=("painter", "collector"), range=works),
        R("commissioned", phrase="commissioned", inverse_phrase="was commissioned by", domain=("patron", "government"),
          range=works),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=works, range=("painter", "collector")),
        R("housed", phrase="is housed in", inverse_phrase="houses", domain=works, range=("museum",)),
        R("married", phrase="was married to", inverse_phrase="was married to", domain=("painter",), range=("painter",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("painter", "collector"),
          range=("city",)),
        RATED,
    ]
    items = {"w:guernica": ("painting", "Guernica", 1937), "w:demoiselles": ("painting", "Les Demoiselles d'Avignon", 1907),
             "w:stein": ("painting", "Portrait of Gertrude Stein", 1906), "w:gypsy": ("painting", "The Sleeping Gypsy", 1897),
             "w:woman": ("painting", "Portrait of a Woman", 1895), "w:dream": ("painting", "The Dream", 1910),
             "w:absinthe": ("painting", "The Absinthe Drinker", 1876), "w:olympia": ("painting", "Olympia", 1863),
             "w:maximilian": ("painting", "The Execution of Emperor Maximilian", 1868),
             "w:fridas": ("painting", "The Two Fridas", 1939), "w:column": ("painting", "The Broken Column", 1944),
             "w:crossroads": ("mural", "Man at the Crossroads", 1934), "w:detroit": ("mural", "Detroit Industry Murals", 1933),
             "w:mirror": ("installation", "Infinity Mirror Room", 1965)}
    others = {"p:picasso": ("painter", "Pablo Picasso"), "p:rousseau": ("painter", "Henri Rousseau"),
              "p:degas": ("painter", "Edgar Degas"), "p:manet": ("painter", "Edouard Manet"),
              "p:kahlo": ("painter", "Frida Kahlo"), "p:rivera": ("painter", "Diego Rivera"),
              "p:kusama": ("painter", "Yayoi Kusama"),
              "c:stein": ("collector", "Gertrude Stein"), "c:doucet": ("collector", "Jacques Doucet"),
              "n:rockefeller": ("patron", "Nelson Rockefeller"), "n:ford": ("patron", "Edsel Ford"),
              "g:spain": ("government", "the Spanish Republic"),
              "m:reina": ("museum", "the Museo Reina Sofia"), "m:moma": ("museum", "the Museum of Modern Art"),
              "m:met": ("museum", "the Metropolitan Museum of Art"), "m:orsay": ("museum", "the Musee d'Orsay"),
              "m:dia": ("museum", "the Detroit Institute of Arts"), "m:mam": ("museum", "the Museo de Arte Moderno"),
              "t:malaga": ("city", "Malaga"), "t:laval": ("city", "Laval"), "t:paris": ("city", "Paris"),
              "t:coyoacan": ("city", "Coyoacan"), "t:guanajuato": ("city", "Guanajuato"), "t:matsumoto": ("city", "Matsumoto"),
              "t:allegheny": ("city", "Allegheny"), "t:newyork": ("city", "New York")}
    T = _t("created", [("p:picasso", "w:guernica"), ("p:picasso", "w:demoiselles"), ("p:picasso", "w:stein"),
                       ("p:rousseau", "w:gypsy"), ("p:rousseau", "w:woman"), ("p:rousseau", "w:dream"),
                       ("p:degas", "w:absinthe"), ("p:manet", "w:olympia"), ("p:manet", "w:maximilian"),
                       ("p:kahlo", "w:fridas"), ("p:kahlo", "w:column"), ("p:rivera", "w:crossroads"),
                       ("p:rivera", "w:detroit"), ("p:kusama", "w:mirror")])
    T += _t("owned", [("p:picasso", "w:woman"), ("p:degas", "w:maximilian"), ("c:stein", "w:stein"),
                      ("c:doucet", "w:demoiselles"), ("c:doucet", "w:gypsy")])
    T += _t("commissioned", [("n:rockefeller", "w:crossroads"), ("n:ford", "w:detroit"), ("g:spain", "w:guernica")])
    T += _t("depicts", [("w:stein", "c:stein"), ("w:fridas", "p:kahlo"), ("w:column", "p:kahlo")])
    T += _t("housed", [("w:guernica", "m:reina"), ("w:demoiselles", "m:moma"), ("w:gypsy", "m:moma"), ("w:dream", "m:moma"),
                       ("w:stein", "m:met"), ("w:absinthe", "m:orsay"), ("w:olympia", "m:orsay"), ("w:fridas", "m:mam"),
                       ("w:detroit", "m:dia")])
    T += _t("married", [("p:rivera", "p:kahlo")])
    T += _t("born", [("p:picasso", "t:malaga"), ("p:rousseau", "t:laval"), ("p:degas", "t:paris"), ("p:manet", "t:paris"),
                     ("p:kahlo", "t:coyoacan"), ("p:rivera", "t:guanajuato"), ("p:kusama", "t:matsumoto"),
                     ("c:stein", "t:allegheny")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("w:guernica", 5.0), ("w:fridas", 4.5), ("w:olympia", 2.0))]
    return _build(items, others, rels, T)


def paddock():
    """Racing drivers (items, dated by birth, typed "driver": no person noun the checker knows, but
    the graph says they "were born in" cities, so "he" / "she" may name one). Drivers "drove for"
    teams (the neighbour "raced for"), "won" Grands Prix (no prize), "won" titles (no prize),
    "died in" cities, "were married to" fashion models and "dated" pop stars (people typed by a
    word of things, "model", "star", that the graph never says were born), "are the son of" other
    drivers; businessmen "managed" teams (range teams: the new "coached") and "founded" them.
    Ana rated some."""
    rels = [
        R("drovefor", phrase="drove for", inverse_phrase="fielded", domain=("driver",), range=("team",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("driver",), range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=("driver",), range=("city",)),
        R("wongp", phrase="won", inverse_phrase="was won by", domain=("driver",), range=("grand_prix",)),
        R("title", phrase="won", inverse_phrase="was won by", domain=("driver",), range=("championship",)),
        R("married", phrase="was married to", inverse_phrase="was married to", domain=("driver",),
          range=("fashion_model", "pop_star")),
        R("dated", phrase="dated", inverse_phrase="dated", domain=("driver",), range=("pop_star", "fashion_model")),
        R("son", phrase="is the son of", inverse_phrase="is the father of", domain=("driver",), range=("driver",)),
        R("managed", phrase="managed", inverse_phrase="was managed by", domain=("businessman",), range=("team",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("businessman",), range=("team",)),
        RATED,
    ]
    items = {"d:button": ("driver", "Jenson Button", 1980), "d:hamilton": ("driver", "Lewis Hamilton", 1985),
             "d:senna": ("driver", "Ayrton Senna", 1960), "d:prost": ("driver", "Alain Prost", 1955),
             "d:lauda": ("driver", "Niki Lauda", 1949), "d:hunt": ("driver", "James Hunt", 1947),
             "d:nrosberg": ("driver", "Nico Rosberg", 1985), "d:krosberg": ("driver", "Keke Rosberg", 1948),
             "d:dhill": ("driver", "Damon Hill", 1960), "d:ghill": ("driver", "Graham Hill", 1929),
             "d:raikkonen": ("driver", "Kimi Raikkonen", 1979), "d:schumacher": ("driver", "Michael Schumacher", 1969)}
    others = {"t:mclaren": ("team", "McLaren"), "t:williams": ("team", "Williams"), "t:ferrari": ("team", "Ferrari"),
              "t:mercedes": ("team", "Mercedes"), "t:brawn": ("team", "Brawn GP"), "t:lotus": ("team", "Lotus"),
              "t:hesketh": ("team", "Hesketh"),
              "b:dennis": ("businessman", "Ron Dennis"), "b:williams": ("businessman", "Frank Williams"),
              "b:brawn": ("businessman", "Ross Brawn"), "b:chapman": ("businessman", "Colin Chapman"),
              "b:hesketh": ("businessman", "Alexander Hesketh"), "b:wolff": ("businessman", "Toto Wolff"),
              "m:michibata": ("fashion_model", "Jessica Michibata"), "m:scherzinger": ("pop_star", "Nicole Scherzinger"),
              "m:campbell": ("fashion_model", "Naomi Campbell"), "m:hunt": ("fashion_model", "Suzy Miller"),
              "g:monaco": ("grand_prix", "the Monaco Grand Prix"), "g:british": ("grand_prix", "the British Grand Prix"),
              "g:brazilian": ("grand_prix", "the Brazilian Grand Prix"), "g:japanese": ("grand_prix", "the Japanese Grand Prix"),
              "w:2009": ("championship", "the 2009 World Championship"), "w:1976": ("championship", "the 1976 World Championship"),
              "w:2016": ("championship", "the 2016 World Championship"), "w:1982": ("championship", "the 1982 World Championship"),
              "w:1996": ("championship", "the 1996 World Championship"), "w:2008": ("championship", "the 2008 World Championship"),
              "c:frome": ("city", "Frome"), "c:stevenage": ("city", "Stevenage"), "c:saopaulo": ("city", "Sao Paulo"),
              "c:lorette": ("city", "Lorette"), "c:vienna": ("city", "Vienna"), "c:belmont": ("city", "Belmont"),
              "c:wiesbaden": ("city", "Wiesbaden"), "c:solna": ("city", "Solna"), "c:london": ("city", "London"),
              "c:espoo": ("city", "Espoo"), "c:hurth": ("city", "Hurth"), "c:imola": ("city", "Imola"),
              "c:wimbledon": ("city", "Wimbledon"), "c:arkley": ("city", "Arkley"), "c:tokyo": ("city", "Tokyo"),
              "c:woking": ("city", "Woking")}
    T = _t("drovefor", [("d:button", "t:mclaren"), ("d:button", "t:brawn"), ("d:button", "t:williams"),
                        ("d:hamilton", "t:mclaren"), ("d:hamilton", "t:mercedes"), ("d:senna", "t:lotus"),
                        ("d:senna", "t:mclaren"), ("d:senna", "t:williams"), ("d:prost", "t:mclaren"), ("d:prost", "t:ferrari"),
                        ("d:prost", "t:williams"), ("d:lauda", "t:ferrari"), ("d:lauda", "t:mclaren"), ("d:hunt", "t:hesketh"),
                        ("d:hunt", "t:mclaren"), ("d:nrosberg", "t:williams"), ("d:nrosberg", "t:mercedes"),
                        ("d:krosberg", "t:williams"), ("d:dhill", "t:williams"), ("d:ghill", "t:lotus"),
                        ("d:raikkonen", "t:mclaren"), ("d:raikkonen", "t:ferrari"), ("d:schumacher", "t:ferrari"),
                        ("d:schumacher", "t:mercedes")])
    T += _t("born", [("d:button", "c:frome"), ("d:hamilton", "c:stevenage"), ("d:senna", "c:saopaulo"),
                     ("d:prost", "c:lorette"), ("d:lauda", "c:vienna"), ("d:hunt", "c:belmont"), ("d:nrosberg", "c:wiesbaden"),
                     ("d:krosberg", "c:solna"), ("d:dhill", "c:london"), ("d:ghill", "c:london"), ("d:raikkonen", "c:espoo"),
                     ("d:schumacher", "c:hurth")])
    T += _t("died", [("d:senna", "c:imola"), ("d:hunt", "c:wimbledon"), ("d:ghill", "c:arkley")])
    T += _t("wongp", [("d:senna", "g:monaco"), ("d:senna", "g:brazilian"), ("d:hamilton", "g:british"),
                      ("d:hamilton", "g:monaco"), ("d:prost", "g:brazilian"), ("d:button", "g:monaco"), ("d:dhill", "g:japanese")])
    T += _t("title", [("d:button", "w:2009"), ("d:hunt", "w:1976"), ("d:nrosberg", "w:2016"), ("d:krosberg", "w:1982"),
                      ("d:dhill", "w:1996"), ("d:hamilton", "w:2008")])
    T += _t("married", [("d:button", "m:michibata"), ("d:hunt", "m:hunt")])
    T += _t("dated", [("d:hamilton", "m:scherzinger"), ("d:button", "m:campbell")])
    T += _t("son", [("d:nrosberg", "d:krosberg"), ("d:dhill", "d:ghill")])
    T += _t("managed", [("b:dennis", "t:mclaren"), ("b:williams", "t:williams"), ("b:brawn", "t:brawn"),
                        ("b:chapman", "t:lotus"), ("b:wolff", "t:mercedes"), ("b:brawn", "t:mercedes")])
    T += _t("founded", [("b:williams", "t:williams"), ("b:brawn", "t:brawn"), ("b:chapman", "t:lotus"),
                        ("b:hesketh", "t:hesketh")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("d:senna", 5.0), ("d:hunt", 4.5), ("d:button", 2.0))]
    return _build(items, others, rels, T)


def bar():
    """Cocktails (items, dated by creation) and jazz clubs. Cocktails "were born in" cities (the
    graph's own phrase of their origin: so "he" / "she" may name a cocktail), "were created by"
    bartenders, "were first served at" bars, "are named after" people (a painter, film stars, a
    count), "were popularised by" a writer and a film star, "contain" spirits (lower-case names);
    saxophone players "managed" and "played at" jazz clubs (a "player" who managed a "club": the
    new "coached"), DJs with lower-case names "played at" them. Ana rated some."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("cocktail",), range=("city",)),
        R("created", phrase="was created by", inverse_phrase="created", domain=("cocktail",), range=("bartender",)),
        R("served", phrase="was first served at", inverse_phrase="first served", domain=("cocktail",), range=("bar",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=("cocktail",),
          range=("painter", "film_star", "aristocrat")),
        R("popularised", phrase="was popularised by", inverse_phrase="popularised", domain=("cocktail",),
          range=("writer", "film_star")),
        R("contains", phrase="contains", inverse_phrase="is an ingredient of", domain=("cocktail",), range=("spirit",)),
        R("managed", phrase="managed", inverse_phrase="was managed by", domain=("saxophone_player",), range=("jazz_club",)),
        R("playedat", phrase="played at", inverse_phrase="hosted", domain=("saxophone_player", "dj"), range=("jazz_club",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("jazz_club", "bar"), range=("city",)),
        RATED,
    ]
    items = {"k:margarita": ("cocktail", "the Margarita", 1938), "k:mojito": ("cocktail", "the Mojito", 1930),
             "k:bellini": ("cocktail", "the Bellini", 1948), "k:negroni": ("cocktail", "the Negroni", 1919),
             "k:daiquiri": ("cocktail", "the Daiquiri", 1898), "k:pickford": ("cocktail", "the Mary Pickford", 1922),
             "k:bloody": ("cocktail", "the Bloody Mary", 1921), "k:sidecar": ("cocktail", "the Sidecar", 1922)}
    others = {"c:tijuana": ("city", "Tijuana"), "c:havana": ("city", "Havana"), "c:venice": ("city", "Venice"),
              "c:florence": ("city", "Florence"), "c:santiago": ("city", "Santiago de Cuba"), "c:paris": ("city", "Paris"),
              "c:london": ("city", "London"), "c:toronto": ("city", "Toronto"), "c:brooklyn": ("city", "Brooklyn"),
              "c:newyork": ("city", "New York"),
              "t:herrera": ("bartender", "Carlos Herrera"), "t:cipriani": ("bartender", "Giuseppe Cipriani"),
              "t:scarselli": ("bartender", "Fosco Scarselli"), "t:petiot": ("bartender", "Fernand Petiot"),
              "t:woelke": ("bartender", "Eddie Woelke"), "t:cox": ("bartender", "Jennings Cox"),
              "t:macelhone": ("bartender", "Harry MacElhone"),
              "b:harrys": ("bar", "Harry's Bar"), "b:nybar": ("bar", "Harry's New York Bar"),
              "b:bodeguita": ("bar", "La Bodeguita del Medio"), "b:casoni": ("bar", "Caffe Casoni"),
              "b:ritz": ("bar", "the Ritz Paris"),
              "p:bellini": ("painter", "Giovanni Bellini"), "p:pickford": ("film_star", "Mary Pickford"),
              "p:hayworth": ("film_star", "Rita Hayworth"), "p:negroni": ("aristocrat", "Camillo Negroni"),
              "w:hemingway": ("writer", "Ernest Hemingway"),
              "s:tequila": ("spirit", "tequila"), "s:rum": ("spirit", "rum"), "s:gin": ("spirit", "gin"),
              "s:vodka": ("spirit", "vodka"), "s:prosecco": ("spirit", "prosecco"), "s:cognac": ("spirit", "cognac"),
              "j:scott": ("saxophone_player", "Ronnie Scott"), "j:king": ("saxophone_player", "Pete King"),
              "j:getz": ("saxophone_player", "Stan Getz"), "j:deadmau5": ("dj", "deadmau5"),
              "z:ronnies": ("jazz_club", "Ronnie Scott's Jazz Club"), "z:vanguard": ("jazz_club", "the Village Vanguard"),
              "z:birdland": ("jazz_club", "Birdland")}
    T = _t("born", [("k:margarita", "c:tijuana"), ("k:mojito", "c:havana"), ("k:bellini", "c:venice"),
                    ("k:negroni", "c:florence"), ("k:daiquiri", "c:santiago"), ("k:pickford", "c:havana"),
                    ("k:bloody", "c:paris"), ("k:sidecar", "c:paris")])
    T += _t("created", [("k:margarita", "t:herrera"), ("k:bellini", "t:cipriani"), ("k:negroni", "t:scarselli"),
                        ("k:bloody", "t:petiot"), ("k:pickford", "t:woelke"), ("k:daiquiri", "t:cox"),
                        ("k:sidecar", "t:macelhone")])
    T += _t("served", [("k:bellini", "b:harrys"), ("k:bloody", "b:nybar"), ("k:mojito", "b:bodeguita"),
                       ("k:negroni", "b:casoni"), ("k:sidecar", "b:ritz")])
    T += _t("named", [("k:bellini", "p:bellini"), ("k:pickford", "p:pickford"), ("k:margarita", "p:hayworth"),
                      ("k:negroni", "p:negroni")])
    T += _t("popularised", [("k:mojito", "w:hemingway"), ("k:daiquiri", "w:hemingway"), ("k:margarita", "p:hayworth")])
    T += _t("contains", [("k:margarita", "s:tequila"), ("k:mojito", "s:rum"), ("k:daiquiri", "s:rum"),
                         ("k:pickford", "s:rum"), ("k:negroni", "s:gin"), ("k:bloody", "s:vodka"),
                         ("k:bellini", "s:prosecco"), ("k:sidecar", "s:cognac")])
    T += _t("managed", [("j:scott", "z:ronnies"), ("j:king", "z:ronnies")])
    T += _t("playedat", [("j:scott", "z:ronnies"), ("j:getz", "z:ronnies"), ("j:getz", "z:vanguard"),
                         ("j:getz", "z:birdland"), ("j:deadmau5", "z:ronnies")])
    T += _t("located", [("z:ronnies", "c:london"), ("z:vanguard", "c:newyork"), ("z:birdland", "c:newyork"),
                        ("b:harrys", "c:venice"), ("b:nybar", "c:paris"), ("b:bodeguita", "c:havana"),
                        ("b:casoni", "c:florence"), ("b:ritz", "c:paris")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("k:mojito", 5.0), ("k:negroni", 4.5), ("k:bloody", 2.0))]
    return _build(items, others, rels, T)


BUILDERS = {"pitch": pitch, "summits": summits, "foundry": foundry, "gallery": gallery, "paddock": paddock,
            "bar": bar}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason



TEXTS = r"""
@pitch
# "plays as" (no article): a wrong position, a position of no one, a coach who never played
Andrea Pirlo is a goalkeeper.
Andrea Pirlo is a defender.
Gianluigi Buffon is a defender.
Gianluigi Buffon is a midfielder.
Filippo Inzaghi is a forward.
Alessandro Del Piero is a striker.
Fabio Cannavaro is a goalkeeper.
Juventus is a goalkeeper.
Arrigo Sacchi is a midfielder.
Arrigo Sacchi was a midfielder.
Arrigo Sacchi was a defender.
Carlo Ancelotti was a defender.
Marcello Lippi is a midfielder.
Gianluigi Buffon plays as midfielder.
Andrea Pirlo's position is goalkeeper.
Gianluigi Buffon is a goalkeeper coach.
# the present of the coaches' past "played as" (they play no more)
Carlo Ancelotti is a midfielder.
Marcello Lippi is a defender.
Giovanni Trapattoni is a defender.
Marcello Lippi and Giovanni Trapattoni are defenders.
Carlo Ancelotti is a midfielder, and he coached Andrea Pirlo.
Carlo Ancelotti is a midfielder who coached Andrea Pirlo.
Carlo Ancelotti, who is a midfielder, coached Andrea Pirlo.
Carlo Ancelotti, who coached Andrea Pirlo, is a midfielder.
Giovanni Trapattoni is a defender who coached Dino Zoff.
Giovanni Trapattoni is a defender. He coached Dino Zoff.
Marcello Lippi is a defender born in Viareggio.
Carlo Ancelotti is a midfielder and a coach.
Carlo Ancelotti is a midfielder. Andrea Pirlo is a midfielder.
Andrea Pirlo is a midfielder, and so is Carlo Ancelotti.
Carlo Ancelotti is still a midfielder.
Carlo Ancelotti is now a midfielder.
Marcello Lippi plays as defender.
Carlo Ancelotti plays as a midfielder.
# the position in an apposition or before the name, said of the wrong name
Dino Zoff, a midfielder, managed Lazio.
Andrea Pirlo, a goalkeeper, managed Juventus.
Alessandro Nesta, a midfielder, was coached by Arrigo Sacchi.
Arrigo Sacchi, a defender, coached Alessandro Nesta.
Marcello Lippi, a midfielder, coached Gianluigi Buffon.
Marcello Lippi coached Alessandro Del Piero, a goalkeeper.
Carlo Ancelotti coached Andrea Pirlo, a defender.
Marcello Lippi coached Fabio Cannavaro, a defender, and Gianluigi Buffon, a striker.
Gianluigi Buffon played for Parma with Fabio Cannavaro, a goalkeeper.
Fabio Cannavaro played for Parma with Gianluigi Buffon, a defender.
Andrea Pirlo played for AC Milan, a midfielder.
The defender Andrea Pirlo coached Juventus.
Striker Dino Zoff coached Lazio.
Goalkeepers Gianluigi Buffon and Andrea Pirlo played for Juventus.
Parma goalkeeper Andrea Pirlo was born in Flero.
Midfielder Gianluigi Buffon won the Golden Foot.
The goalkeeper Andrea Pirlo played for Brescia.
# lists with one wrong, ellipsis, comparison
Andrea Pirlo is a midfielder and a goalkeeper.
Gianluigi Buffon and Andrea Pirlo are goalkeepers.
Filippo Inzaghi and Alessandro Del Piero are strikers.
Fabio Cannavaro and Andrea Pirlo are defenders.
Gianluigi Buffon, Dino Zoff and Alessandro Nesta are goalkeepers.
Gianluigi Buffon and Dino Zoff are midfielders.
Gianluigi Buffon is a goalkeeper, and Dino Zoff is a defender.
Gianluigi Buffon is a goalkeeper and Andrea Pirlo a striker.
Gianluigi Buffon is a goalkeeper, but Andrea Pirlo is a striker.
Gianluigi Buffon, like Andrea Pirlo, is a goalkeeper.
Gianluigi Buffon is a goalkeeper like Andrea Pirlo.
Filippo Inzaghi is a striker, and so is Andrea Pirlo.
Gianluigi Buffon is a goalkeeper, as is Fabio Cannavaro.
# negation, "former", years, a wrong clause beside the position
Gianluigi Buffon is not a goalkeeper.
Gianluigi Buffon is no goalkeeper.
Fabio Cannavaro was never a defender.
Fabio Cannavaro is a goalkeeper, not a defender.
Gianluigi Buffon is a former goalkeeper.
Gianluigi Buffon (1980) is a goalkeeper.
Gianluigi Buffon, born in 1980, is a goalkeeper.
Gianluigi Buffon is a goalkeeper from Naples.
Gianluigi Buffon is a goalkeeper born in Naples.
Gianluigi Buffon is a goalkeeper who played for Real Madrid.
Gianluigi Buffon is a goalkeeper who was coached by Carlo Ancelotti.
Gianluigi Buffon is a goalkeeper for Real Madrid.
Gianluigi Buffon is a goalkeeper, and he coached Juventus.
Dino Zoff is a goalkeeper. He managed Napoli.
Dino Zoff is a goalkeeper who managed Napoli.
# "managed" -> "coached": a club he played for, was assistant manager of, his brother managed
Andrea Pirlo coached AC Milan.
Gennaro Gattuso coached Rangers.
Simone Inzaghi coached AC Milan.
Filippo Inzaghi coached Lazio.
Clarence Seedorf coached Botafogo.
Fabio Cannavaro coached Napoli.
Alessandro Nesta coached AC Milan.
Fabio Cannavaro, a defender, coached Napoli.
George Best coached Manchester United.
# the other "coached" (a coach's players): crossed
Marcello Lippi coached Juventus.
Carlo Ancelotti coached AC Milan.
Andrea Pirlo coached Gianluigi Buffon.
Andrea Pirlo coached Carlo Ancelotti.
Marcello Lippi coached Andrea Pirlo.
# direction
Juventus coached Andrea Pirlo.
AC Milan coached Gennaro Gattuso.
Gennaro Gattuso was coached by AC Milan.
# tense: the present of "managed"
Andrea Pirlo coaches Juventus.
Andrea Pirlo now coaches Juventus.
Juventus is coached by Andrea Pirlo.
Dino Zoff is a goalkeeper who coaches Lazio.
Gennaro Gattuso, a midfielder, coaches Napoli.
Andrea Pirlo is coaching Juventus.
Andrea Pirlo will coach Juventus.
Simone Inzaghi is a striker who manages Inter Milan.
Andrea Pirlo, who coaches Juventus, was born in Flero.
Juventus, which Andrea Pirlo coaches, is based in Turin.
Gennaro Gattuso coaches AC Milan and Napoli.
Simone Inzaghi coaches Inter Milan.
Inter Milan are coached by Simone Inzaghi.
Lazio are coached by Dino Zoff.
Simone Inzaghi, a striker, coaches Inter Milan.
# negation, lists, relative clauses, years
Andrea Pirlo never coached Juventus.
Andrea Pirlo did not coach Juventus.
Gennaro Gattuso coached AC Milan, Napoli and Rangers.
Gennaro Gattuso and Andrea Pirlo coached AC Milan.
Juventus was coached by Dino Zoff and Fabio Cannavaro.
Dino Zoff coached Lazio and Napoli.
Andrea Pirlo, who coached Juventus, was coached by Marcello Lippi.
Marcello Lippi coached Gianluigi Buffon, who coached Juventus.
Carlo Ancelotti coached Filippo Inzaghi, who coached Lazio.
Gennaro Gattuso coached Napoli, which is based in Rome.
Lazio, coached by Gennaro Gattuso, is based in Rome.
Gennaro Gattuso coached Napoli. He played for Lazio.
Andrea Pirlo coached Juventus in 2020.
# a footballer's night club (range "night_club": a club, no team)
George Best coached Slack Alice.
Slack Alice was coached by George Best.
# "won": a prize of another, a competition (no prize) of a club
Gianluigi Buffon won the Ballon d'Or.
Gianluigi Buffon was a winner of the Ballon d'Or.
Fabio Cannavaro was a recipient of the Golden Foot.
Juventus won the Champions League.
Gianluigi Buffon won Serie A.
@pitch user:ana
You loved Gianluigi Buffon, a midfielder.
You loved Andrea Pirlo, who coached AC Milan.
You loved Andrea Pirlo, who coaches Juventus.
You loved Gianluigi Buffon. He coached Juventus.
@summits
# a member: wrong expedition, wrong person, a sponsor, a mountain
George Mallory took part in the 1953 Everest expedition.
Edmund Hillary took part in the 1924 Everest expedition.
Walter Bonatti joined the 1953 Everest expedition.
The Royal Geographical Society took part in the 1953 Everest expedition.
The Royal Society took part in the first voyage of James Cook.
Edmund Hillary took part in Mount Everest.
Charles Darwin was on the first voyage of James Cook.
Joseph Banks was part of the second voyage of HMS Beagle.
# a backup crew, the capsule communicator (not on board), a programme ("part of" missions)
Jim Lovell was on Apollo 11.
Fred Haise was on Apollo 11.
Fred Haise took part in Apollo 11.
Charlie Duke was on Apollo 11.
Charlie Duke joined Apollo 11.
Charlie Duke was part of Apollo 11.
Neil Armstrong was part of the Apollo program.
Neil Armstrong took part in the Apollo program.
Neil Armstrong joined the Apollo program.
Gemini 8 took part in the Apollo program.
Apollo 11 was part of the Gemini program.
Neil Armstrong joined the United States Air Force.
Apollo 11 included Charlie Duke.
Apollo 11 was joined by Charlie Duke.
# direction
The 1953 Everest expedition joined Edmund Hillary.
The 1953 Everest expedition was on Edmund Hillary.
# tense: the present of "was a member of"
Edmund Hillary takes part in the 1953 Everest expedition.
Edmund Hillary is on the 1953 Everest expedition.
Edmund Hillary is part of the 1953 Everest expedition.
Edmund Hillary joins the 1953 Everest expedition.
# negation
Edmund Hillary did not take part in the 1953 Everest expedition.
Edmund Hillary never joined the 1953 Everest expedition.
Edmund Hillary was not on the 1953 Everest expedition.
# lists with one wrong
Edmund Hillary, Tenzing Norgay and George Mallory took part in the 1953 Everest expedition.
Edmund Hillary and Walter Bonatti were on the 1953 Everest expedition.
George Mallory took part in the 1921 Everest reconnaissance expedition and the 1953 Everest expedition.
Jack Swigert was on Apollo 13 and Apollo 11.
Neil Armstrong, Buzz Aldrin and Jim Lovell were on Apollo 11.
Jim Lovell was on Apollo 8, Apollo 13 and Apollo 11.
Neil Armstrong was on Gemini 8 and Apollo 13.
Jim Lovell joined Apollo 11 and NASA.
Apollo 11 included Neil Armstrong and Jim Lovell.
The 1924 Everest expedition included George Mallory and Edmund Hillary.
Noel Odell was on the 1924 Everest expedition with Edmund Hillary.
Neil Armstrong was on Apollo 11 with Jim Lovell.
# a wrong clause beside it, years, coreference
Tenzing Norgay, a member of the 1953 Everest expedition, was born in New Zealand.
Edmund Hillary (1929) joined the 1953 Everest expedition.
Edmund Hillary took part in the 1953 Everest expedition in 1924.
Edmund Hillary joined the 1953 Everest expedition, which attempted K2.
Edmund Hillary joined the 1953 Everest expedition and reached the summit of K2.
Edmund Hillary joined the 1953 Everest expedition, which was sponsored by the Italian Alpine Club.
Lionel Terray took part in the French Annapurna expedition and reached the summit of Annapurna.
Louis Lachenal was on the French Annapurna expedition, which was sponsored by the Alpine Club.
Buzz Aldrin was on Apollo 11, which he commanded.
Neil Armstrong, who was on Apollo 11, commanded Apollo 13.
Jim Lovell took part in Apollo 13, which is part of the Gemini program.
Neil Armstrong was on Apollo 11, and he joined the United States Air Force.
Charles Bruce led the 1924 Everest expedition, and Edmund Hillary took part in it.
Jim Lovell commanded Apollo 13, and Neil Armstrong was on it.
Jim Lovell was the backup for Apollo 11, and he was on it.
Fred Haise was the backup for Apollo 11 and took part in it.
Charlie Duke was the capsule communicator of Apollo 11 and was on it.
Edmund Hillary and Tenzing Norgay joined the 1953 Everest expedition. He was born in England.
Edmund Hillary joined the 1953 Everest expedition. He was born in Nepal.
Neil Armstrong was on Apollo 11. He was born in Sweden.
Daniel Solander joined the first voyage of James Cook, and he was born in England.
@foundry
# "the sculptor behind": a wrong sculptor, the completer, the owner, the pedestal's architect...
Camille Claudel was the sculptor behind The Thinker.
Constantin Brancusi was the sculptor behind The Thinker.
Auguste Rodin was the sculptor behind The Waltz.
Lincoln Borglum was the sculptor behind Mount Rushmore.
Richard Morris Hunt was the sculptor behind the Statue of Liberty.
Gustave Eiffel was the sculptor behind the Statue of Liberty.
Jules Mastbaum was the sculptor behind The Thinker.
Agnes Meyer was the sculptor behind Bird in Space.
The Rudier foundry was the sculptor behind The Thinker.
Dante was the sculptor behind The Thinker.
Thomas Ball was the sculptor behind The Minute Man.
# direction, a person for a work
The Thinker was the sculptor behind Auguste Rodin.
Auguste Rodin was the sculptor behind Camille Claudel.
# lists with one wrong, plural, "one of"
Auguste Rodin was the sculptor behind The Thinker and The Waltz.
Auguste Rodin was the sculptor behind The Thinker, The Kiss and The Waltz.
Frederic Auguste Bartholdi was the sculptor behind the Lion of Belfort and the statue of Abraham Lincoln.
Auguste Rodin and Camille Claudel were the sculptors behind The Waltz.
Lincoln Borglum was one of the sculptors behind Mount Rushmore.
Auguste Rodin was the sculptor behind The Thinker and Camille Claudel the sculptor behind The Kiss.
Camille Claudel was the sculptor behind The Waltz, as was Auguste Rodin.
# negation
Auguste Rodin was not the sculptor behind The Thinker.
Auguste Rodin was never the sculptor behind The Waltz.
# apposition said of the wrong name, "the sculptor behind" as a description
Camille Claudel studied under Auguste Rodin, the sculptor behind The Waltz.
Auguste Rodin, the sculptor behind The Waltz, taught Camille Claudel.
Lincoln Borglum, the sculptor behind Mount Rushmore, studied under Gutzon Borglum.
Gutzon Borglum, the sculptor behind Mount Rushmore, studied under Lincoln Borglum.
Lincoln Borglum studied under Gutzon Borglum, the sculptor behind the Lion of Belfort.
Camille Claudel studied under the sculptor behind The Waltz.
Auguste Rodin taught the sculptor behind The Kiss.
Daniel Chester French taught the sculptor behind The Minute Man.
The Thinker was created by the sculptor behind The Waltz.
# coreference
Camille Claudel studied under Auguste Rodin. She was the sculptor behind The Thinker.
Auguste Rodin taught Camille Claudel. She was the sculptor behind The Thinker.
Auguste Rodin owned The Waltz. He was the sculptor behind it.
Jules Mastbaum owned The Thinker, and Camille Claudel was the sculptor behind it.
Auguste Rodin was the sculptor behind The Thinker. He was born in Colmar.
# years, a wrong clause beside it, a part, the possessive
Auguste Rodin was the sculptor behind The Thinker in 1880.
Frederic Auguste Bartholdi was the sculptor behind the Statue of Liberty (1884).
Auguste Rodin was the sculptor behind The Thinker, which depicts Abraham Lincoln.
Auguste Rodin was the sculptor behind The Thinker, which stands in Calais.
Constantin Brancusi was the sculptor behind The Endless Column, which stands in Paris.
Frederic Auguste Bartholdi was the sculptor behind the Statue of Liberty's pedestal.
The Statue of Liberty's sculptor was Gustave Eiffel.
# another art's noun
Auguste Rodin was the painter behind The Thinker.
Auguste Rodin was the engineer behind The Thinker.
Auguste Rodin was the architect behind The Thinker.
@gallery
# "the painter behind": the owner (a painter or a collector), the patron, the sitter, a wrong painter
Pablo Picasso was the painter behind Portrait of a Woman.
Edgar Degas was the painter behind The Execution of Emperor Maximilian.
Gertrude Stein was the painter behind Portrait of Gertrude Stein.
Jacques Doucet was the painter behind Les Demoiselles d'Avignon.
Nelson Rockefeller was the painter behind Man at the Crossroads.
Edsel Ford was the painter behind Detroit Industry Murals.
The Spanish Republic was the painter behind Guernica.
Diego Rivera was the painter behind The Two Fridas.
Frida Kahlo was the painter behind Detroit Industry Murals.
Edgar Degas was the painter behind Olympia.
Edouard Manet was the painter behind The Absinthe Drinker.
Henri Rousseau was the painter behind Guernica.
Yayoi Kusama was the painter behind The Dream.
# direction, lists, negation
Guernica was the painter behind Pablo Picasso.
Pablo Picasso was the painter behind Guernica and Portrait of a Woman.
Pablo Picasso was the painter behind Portrait of a Woman and Guernica.
Frida Kahlo was the painter behind The Broken Column and Man at the Crossroads.
Pablo Picasso and Henri Rousseau were the painters behind Portrait of a Woman.
Pablo Picasso was not the painter behind Guernica.
# apposition, relative clauses, coreference
Pablo Picasso, the painter behind Portrait of a Woman, was born in Malaga.
Edgar Degas, the painter behind The Execution of Emperor Maximilian, was born in Paris.
Pablo Picasso, who owned Portrait of a Woman, was the painter behind it.
Pablo Picasso owned Portrait of a Woman and was the painter behind it.
Pablo Picasso owned Portrait of a Woman. He was the painter behind it.
Henri Rousseau created Portrait of a Woman, and Pablo Picasso was the painter behind it.
Nelson Rockefeller commissioned Man at the Crossroads, and Frida Kahlo was the painter behind it.
Diego Rivera was married to Frida Kahlo, the painter behind Detroit Industry Murals.
Frida Kahlo was married to Diego Rivera, the painter behind The Two Fridas.
Portrait of Gertrude Stein depicts Gertrude Stein, the painter behind it.
Portrait of Gertrude Stein depicts the painter behind it.
Pablo Picasso was the painter behind Guernica, which is housed in the Museum of Modern Art.
Pablo Picasso was the painter behind Guernica, which was commissioned by Nelson Rockefeller.
Henri Rousseau was the painter behind The Sleeping Gypsy, which is housed in the Musee d'Orsay.
Pablo Picasso was the painter behind Guernica (1907).
# another noun
Pablo Picasso was the sculptor behind Guernica.
Pablo Picasso was the muralist behind Man at the Crossroads.
Diego Rivera was the patron behind Man at the Crossroads.
Pablo Picasso was the mind behind Portrait of a Woman.
Pablo Picasso was the architect behind Guernica.
# "she" after an installation, a painting, a sitter
Yayoi Kusama created Infinity Mirror Room. She was born in Coyoacan.
Frida Kahlo created The Two Fridas, which depicts her. She was born in Guanajuato.
Gertrude Stein owned Portrait of Gertrude Stein, which depicts her. She was born in Malaga.
@paddock
# "she" after a driver (born) and his wife or girlfriend, typed by a thing's word ("model", "star")
Jenson Button was married to Jessica Michibata. She was born in Frome.
Jessica Michibata was married to Jenson Button. She was born in Frome.
Lewis Hamilton dated Nicole Scherzinger. She was born in Stevenage.
Nicole Scherzinger dated Lewis Hamilton. She was born in Stevenage.
Jenson Button dated Naomi Campbell. She drove for Brawn GP.
Naomi Campbell dated Jenson Button. She drove for Brawn GP.
Naomi Campbell dated Jenson Button, and she won the 2009 World Championship.
Nicole Scherzinger dated Lewis Hamilton, and she won the 2008 World Championship.
Suzy Miller was married to James Hunt. She won the 1976 World Championship.
Suzy Miller was married to James Hunt. She died in Wimbledon.
Jenson Button was married to Jessica Michibata. She was born in Tokyo.
# "he" after several drivers, a businessman
Keke Rosberg is the father of Nico Rosberg. He was born in London.
Ayrton Senna and Alain Prost drove for McLaren. He died in Wimbledon.
Ayrton Senna died in Imola. He was born in Imola.
Ron Dennis managed McLaren. He was born in Vienna.
Ayrton Senna was born in Sao Paulo. He died in Wimbledon.
# a businessman who "managed" a team (range "team": the new "coached"; no player, no coach)
Ron Dennis coached McLaren.
Toto Wolff coached Mercedes.
Frank Williams coached Williams.
Ross Brawn coached Brawn GP and Mercedes.
Colin Chapman coached Lotus.
Mercedes was coached by Toto Wolff.
Alexander Hesketh coached Hesketh.
Ron Dennis coached Ayrton Senna.
# "raced for" (the drivers' new neighbour)
Ayrton Senna raced for Ferrari.
Ayrton Senna races for McLaren.
Ayrton Senna raced for McLaren and Ferrari.
McLaren raced for Ayrton Senna.
Lewis Hamilton raced for Williams.
Ayrton Senna drives for McLaren.
# others
Jenson Button won the 1996 World Championship.
Damon Hill won the 2009 World Championship.
Graham Hill is the son of Damon Hill.
James Hunt was married to Jessica Michibata.
Jenson Button dated Nicole Scherzinger.
@bar
# "she" / "he" after a cocktail (born) and a film star (a thing's word, "star"), a writer, a count
The Margarita is named after Rita Hayworth. She was born in Tijuana.
The Margarita was popularised by Rita Hayworth. She was born in Tijuana.
Rita Hayworth popularised the Margarita. She was born in Tijuana.
Rita Hayworth popularised the Margarita, and she was born in Tijuana.
Rita Hayworth, who popularised the Margarita, was born in Tijuana.
The Mary Pickford is named after Mary Pickford. She was born in Havana.
Mary Pickford gave her name to the Mary Pickford. She was born in Havana.
The Mojito was popularised by Ernest Hemingway. He was born in Havana.
The Bellini was created by Giuseppe Cipriani. He was born in Venice.
The Sidecar was created by Harry MacElhone. He was born in Paris.
# "he" after a lower-case name (a DJ) and a saxophone player named before
Pete King managed Ronnie Scott's Jazz Club. deadmau5 played at Ronnie Scott's Jazz Club. He managed Ronnie Scott's Jazz Club.
Pete King managed Ronnie Scott's Jazz Club, and deadmau5 played at Ronnie Scott's Jazz Club. He managed Ronnie Scott's Jazz Club.
Stan Getz and deadmau5 played at Birdland.
Stan Getz played at Birdland, and so did deadmau5.
deadmau5 played at Birdland.
# a saxophone "player" who "managed" a jazz "club": the new "coached"
Ronnie Scott coached Ronnie Scott's Jazz Club.
Pete King coached Ronnie Scott's Jazz Club.
Ronnie Scott's Jazz Club was coached by Ronnie Scott.
Stan Getz coached Birdland.
# others
The Margarita contains rum.
The Mojito contains tequila.
The Bellini was created by Harry MacElhone.
The Sidecar was first served at Harry's Bar.
Rita Hayworth popularised the Mojito.
"""

CONTROLS = r"""
@pitch
Gianluigi Buffon is a goalkeeper.
Gianluigi Buffon plays as goalkeeper.
Gianluigi Buffon plays as a goalkeeper.
Gianluigi Buffon, a goalkeeper, played for Parma.
Gianluigi Buffon and Dino Zoff are goalkeepers.
Fabio Cannavaro and Alessandro Nesta are defenders.
Marcello Lippi was a defender.
Marcello Lippi played as defender.
Carlo Ancelotti was a midfielder.
Andrea Pirlo coached Juventus.
Juventus was coached by Andrea Pirlo.
Juventus was coached by Dino Zoff and Andrea Pirlo.
Simone Inzaghi coached Lazio and Inter Milan.
Dino Zoff coached Lazio and Juventus.
Juventus, which Andrea Pirlo coached, is based in Turin.
Simone Inzaghi has coached Inter Milan.
Gianluigi Buffon is a goalkeeper and Dino Zoff is too.
Andrea Pirlo has coached Juventus.
Carlo Ancelotti coached Andrea Pirlo.
Andrea Pirlo was coached by Carlo Ancelotti.
Carlo Ancelotti coached Andrea Pirlo, who coached Juventus.
Gennaro Gattuso coached Napoli. He played for Rangers.
Napoli, coached by Gennaro Gattuso, is based in Naples.
Dino Zoff is a goalkeeper. He managed Lazio.
Gianluigi Buffon is a goalkeeper who was coached by Marcello Lippi.
Gianluigi Buffon is a goalkeeper born in Carrara.
Marcello Lippi coached Gianluigi Buffon, a goalkeeper.
Alessandro Nesta, a defender, was coached by Arrigo Sacchi.
The goalkeeper Gianluigi Buffon played for Parma.
Juventus goalkeeper Gianluigi Buffon was born in Carrara.
Gianluigi Buffon played for Juventus. The footballer was born in Carrara.
Fabio Cannavaro won the Ballon d'Or.
Fabio Cannavaro was a winner of the Ballon d'Or.
Gianluigi Buffon was a recipient of the Order of Merit of the Italian Republic.
AC Milan won the Champions League.
Andrea Pirlo's position is midfielder.
George Best managed Slack Alice.
Gianluigi Buffon is a footballer.
Andrea Pirlo was the manager of Juventus.
AC Milan was a winner of the Champions League.
@pitch user:ana
You loved Gianluigi Buffon, a goalkeeper.
You loved Andrea Pirlo, who coached Juventus.
@summits
Edmund Hillary took part in the 1953 Everest expedition.
Edmund Hillary joined the 1953 Everest expedition.
Edmund Hillary was on the 1953 Everest expedition.
Edmund Hillary was part of the 1953 Everest expedition.
Edmund Hillary and George Band were on the 1953 Everest expedition.
Neil Armstrong was on Apollo 11.
Neil Armstrong was on Gemini 8 and Apollo 11.
Charles Darwin was on the second voyage of HMS Beagle.
Joseph Banks joined the first voyage of James Cook.
Tenzing Norgay joined the 1953 Everest expedition. He was born in Nepal.
Edmund Hillary was on the 1953 Everest expedition, which John Hunt led.
Neil Armstrong commanded Apollo 11, and Buzz Aldrin was on it.
Fred Haise was the backup for Apollo 11 and took part in Apollo 13.
Apollo 11 was part of the Apollo program.
Neil Armstrong joined NASA.
Tenzing Norgay, a member of the 1953 Everest expedition, was born in Nepal.
Walter Bonatti, who joined the 1954 Italian K2 expedition, was born in Italy.
Michael Collins was on Apollo 11, and he joined the United States Air Force.
Maurice Herzog took part in the French Annapurna expedition and reached the summit of Annapurna.
Daniel Solander joined the first voyage of James Cook, and he was born in Sweden.
John Hunt led the 1953 Everest expedition, and Edmund Hillary took part in it.
@foundry
Auguste Rodin was the sculptor behind The Thinker.
Auguste Rodin is the sculptor behind The Thinker.
Gutzon Borglum was the sculptor behind Mount Rushmore.
Auguste Rodin was the sculptor behind The Thinker, The Kiss and The Burghers of Calais.
Daniel Chester French was the sculptor behind the statue of Abraham Lincoln and The Minute Man.
Lincoln Borglum studied under Gutzon Borglum, the sculptor behind Mount Rushmore.
Jules Mastbaum owned The Thinker, and Auguste Rodin was the sculptor behind it.
Auguste Rodin owned The Waltz, and he was the sculptor behind The Thinker.
Constantin Brancusi was the sculptor behind Bird in Space, which Agnes Meyer owned.
Auguste Rodin was the sculptor behind The Thinker, which depicts Dante.
Auguste Rodin was the sculptor behind The Thinker and Camille Claudel the sculptor behind The Waltz.
Thomas Ball taught the sculptor behind The Minute Man.
Camille Claudel studied under the sculptor behind The Thinker.
The sculptor behind The Thinker was born in Paris.
@gallery
Pablo Picasso was the painter behind Guernica.
Pablo Picasso is the painter behind Guernica.
Henri Rousseau was the painter behind Portrait of a Woman.
Pablo Picasso was the painter behind Portrait of Gertrude Stein.
Yayoi Kusama was the painter behind Infinity Mirror Room.
Diego Rivera was the painter behind Man at the Crossroads.
Pablo Picasso owned Portrait of a Woman, and Henri Rousseau was the painter behind it.
Edgar Degas owned The Execution of Emperor Maximilian, and Edouard Manet was the painter behind it.
Yayoi Kusama, the painter behind Infinity Mirror Room, was born in Matsumoto.
Yayoi Kusama created Infinity Mirror Room. She was born in Matsumoto.
Pablo Picasso, the painter behind Guernica, owned Portrait of a Woman.
Frida Kahlo was married to Diego Rivera, the painter behind Detroit Industry Murals.
The Two Fridas depicts the painter behind it.
@paddock
Lewis Hamilton was born in Stevenage. He drove for Mercedes.
Ayrton Senna drove for Lotus. He died in Imola.
Ayrton Senna raced for McLaren.
Ayrton Senna won the Monaco Grand Prix.
Jenson Button was married to Jessica Michibata.
Lewis Hamilton dated Nicole Scherzinger. He was born in Stevenage.
Nico Rosberg is the son of Keke Rosberg.
Ron Dennis managed McLaren.
Ayrton Senna was a winner of the Monaco Grand Prix.
@bar
The Margarita was born in Tijuana.
The Margarita contains tequila. It was born in Tijuana.
Ronnie Scott managed Ronnie Scott's Jazz Club.
Ronnie Scott's Jazz Club hosted Stan Getz and deadmau5.
Stan Getz played at Birdland.
The Mojito was popularised by Ernest Hemingway.
Rita Hayworth popularised the Margarita.
"""

KNOWN = frozenset({
    # accepted by the session's starting code too (CHANGES.diff reversed): "the architect behind" a
    # work its only maker, a sculptor or a painter, "created" ("design" counts "architect" among
    # its agents, and "created" is read as a design)
    "Auguste Rodin was the architect behind The Thinker.",
    "Pablo Picasso was the architect behind Guernica.",
    # the present of "drove for": "drives for" (he drove for McLaren once)
    "Ayrton Senna drives for McLaren.",
    # "the painter behind it" apposed to the sitter (the portrait's subject) after "depicts"
    "Portrait of Gertrude Stein depicts Gertrude Stein, the painter behind it.",
})

OPEN = frozenset({
    # a position in an apposition or before the name is timeless; said of a coach who "played as"
    # a defender once, it may describe him then (arguable)
    "Marcello Lippi, a defender, coached Gianluigi Buffon.",
    "Defender Marcello Lippi coached Gianluigi Buffon.",
    "Midfielder Carlo Ancelotti coached Andrea Pirlo.",
    # the past of a present "plays as" (he played there and still does): arguable
    "Gianluigi Buffon was a goalkeeper.",
    "Gianluigi Buffon played as goalkeeper.",
    # an honour "received" said "won" (the session's new "received" -> "won"): an order or a
    # collar of merit is conferred, not won (arguable)
    "Fabio Cannavaro won the Order of Merit of the Italian Republic.",
    "Marcello Lippi won the Golden Collar for Sports Merit.",
    # "is a winner of" a prize won once: a winner still (arguable)
    "Alessandro Del Piero is a winner of the Golden Foot.",
    # "one of the sculptors" where he was the only one (arguable)
    "Auguste Rodin was one of the sculptors behind The Thinker.",
    # the owner and sitter of a portrait as "the collector behind" it (before the session too)
    "Gertrude Stein was the collector behind Portrait of Gertrude Stein.",
    # "she" of a cocktail the graph says "was born in" Tijuana: no one is named, so "she" names
    # nothing (a text that says nothing true), or the cocktail (the graph's own phrase): arguable
    "The Margarita contains tequila. She was born in Tijuana.",
    # "he" after the manager (the main clause's subject) and a DJ in a relative clause or the
    # second conjunct: either may be meant
    "Pete King managed Ronnie Scott's Jazz Club, where deadmau5 played. He managed Ronnie Scott's Jazz Club.",
    "Ronnie Scott's Jazz Club was managed by Pete King and hosted deadmau5. He managed Ronnie Scott's Jazz Club.",
    # the leader of an expedition, the captain of a voyage: on it, though the graph lists them as
    # its leader and not as a member (arguable)
    "John Hunt took part in the 1953 Everest expedition.",
    "John Hunt was on the 1953 Everest expedition.",
    "Ardito Desio was on the 1954 Italian K2 expedition.",
    "Robert FitzRoy was on the second voyage of HMS Beagle.",
    "James Cook took part in the first voyage of James Cook.",
    # the capsule communicator took part in the mission from the ground (arguable)
    "Charlie Duke took part in Apollo 11.",
    # "he" after two people, true of one of them (the subject's reading false, the object's true,
    # or the other way): the checker asks it of both (arguable)
    "Keke Rosberg is the father of Nico Rosberg. He was born in Wiesbaden.",
    "Nico Rosberg is the son of Keke Rosberg. He won the 2016 World Championship.",
    "Ayrton Senna and Alain Prost drove for McLaren. He died in Imola.",
    "Edmund Hillary and Tenzing Norgay joined the 1953 Everest expedition. He was born in Nepal.",
})

OPEN_TEXTS = r"""
@pitch
Marcello Lippi, a defender, coached Gianluigi Buffon.
Defender Marcello Lippi coached Gianluigi Buffon.
Midfielder Carlo Ancelotti coached Andrea Pirlo.
Gianluigi Buffon was a goalkeeper.
Gianluigi Buffon played as goalkeeper.
Fabio Cannavaro won the Order of Merit of the Italian Republic.
Marcello Lippi won the Golden Collar for Sports Merit.
Alessandro Del Piero is a winner of the Golden Foot.
@foundry
Auguste Rodin was one of the sculptors behind The Thinker.
@gallery
Gertrude Stein was the collector behind Portrait of Gertrude Stein.
@bar
The Margarita contains tequila. She was born in Tijuana.
Pete King managed Ronnie Scott's Jazz Club, where deadmau5 played. He managed Ronnie Scott's Jazz Club.
Ronnie Scott's Jazz Club was managed by Pete King and hosted deadmau5. He managed Ronnie Scott's Jazz Club.
@summits
John Hunt took part in the 1953 Everest expedition.
John Hunt was on the 1953 Everest expedition.
Ardito Desio was on the 1954 Italian K2 expedition.
Robert FitzRoy was on the second voyage of HMS Beagle.
James Cook took part in the first voyage of James Cook.
Charlie Duke took part in Apollo 11.
Edmund Hillary and Tenzing Norgay joined the 1953 Everest expedition. He was born in Nepal.
@paddock
Keke Rosberg is the father of Nico Rosberg. He was born in Wiesbaden.
Nico Rosberg is the son of Keke Rosberg. He won the 2016 World Championship.
Ayrton Senna and Alain Prost drove for McLaren. He died in Imola.
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
