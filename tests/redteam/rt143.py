"""Red team round 143: this round's new readings (CHANGES.diff). A relation "is / was named after
(for)" also reads "owes / owed its name to", "is / was named in honour (honor) of"; a relation "was
/ is commissioned by" also reads "was built / designed / made / created / painted / written /
composed for" (and derived forms); a relation whose phrase is "houses" also reads "contains",
"includes"; a style / movement / period / genre whose label ends in "modernism" is also named by
its adjective ("Postmodernism" -> "a Postmodern tower", "Modernism" -> "Modern").

Four graphs of my own:

* towers: skyscrapers, arts centres, a power station, an opera house and museums (two of them,
  the Musée National d'Art Moderne and Tate Modern, items housed in other items), with who
  designed, built and commissioned each (three relations, so "built for" is set against "built
  by" and "designed for" against "designed by"), what each is named after (the commissioner for
  the Chrysler Building and the Pompidou Centre, another company for the Willis Tower, whose
  commissioner was Sears), what each houses, the city each stands in, its style (Modernism,
  Postmodernism, Late Modernism, Art Deco, Brutalism, High-tech, Expressionism), the style two
  Postmodern buildings break with and one Brutalist building was inspired by (Modernism), the
  period each was built during; a user with ratings;
* works: music and paintings with their composer or painter, the patron who commissioned each,
  the dedicatee (a different relation), what each is named after (a patron, a player, a town),
  the instrument each is scored for, the movements of some works, the museum or church that
  houses each painting and what it depicts, the style of works and composers (Modernism,
  Postmodernism, Classicism, Baroque, Cubism...), the period each dates from; a user with ratings;
* kitchen: dishes with the chef who created each, where it was first served, who commissioned it,
  what it is named after and who named it (namesake and namer are two relations), what it
  contains (ingredients: a second "contains" next to the hotels' "houses"), the period it was
  created during; hotels with the restaurants and bars they house, their city and style (no
  Modernism at all); a user with ratings;
* naming: places, ships, telescopes and planes named after people (and a city), the one who named
  each place (a second relation), the era each was named during, the country each lies in; who
  commissioned, built and operates each craft; the museum that houses two planes; a user with
  ratings.

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
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def towers():
    """Skyscrapers and arts centres: who designed, built and commissioned each (three different
    relations), what each is named after, what each houses (orchestras, a library, museums that
    are items of their own: the Musée National d'Art Moderne, Tate Modern), the city each stands
    in, the style each is built in (Modernism, Postmodernism, Late Modernism, Art Deco, Brutalism,
    High-tech, Expressionism) and the period each was built during; a user with ratings."""
    buildings = ("skyscraper", "office building", "arts centre", "power station", "museum", "opera house")
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=buildings,
          range=("architect", "firm")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=buildings, range=("contractor",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=buildings,
          range=("person", "company", "government", "foundation")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=buildings,
          range=("person", "company", "state")),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=buildings,
          range=("orchestra", "library", "museum", "opera company", "institute", "company")),
        R("located_in", phrase="stands in", inverse_phrase="is home to", domain=buildings, range=("city",)),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=buildings,
          range=("style",)),
        R("built_during", phrase="was built during", inverse_phrase="saw the building of", domain=buildings,
          range=("period", "era")),
        R("breaks_with", phrase="breaks with", inverse_phrase="is broken with by", domain=buildings,
          range=("style",)),
        R("inspired_by", phrase="was inspired by", inverse_phrase="inspired", domain=buildings, range=("style", "person")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:chrysler": ("skyscraper", "Chrysler Building", 1930), "t:empire": ("skyscraper", "Empire State Building", 1931),
        "t:seagram": ("skyscraper", "Seagram Building", 1958), "t:lever": ("skyscraper", "Lever House", 1952),
        "t:att": ("skyscraper", "AT&T Building", 1984), "t:willis": ("skyscraper", "Willis Tower", 1973),
        "t:transamerica": ("skyscraper", "Transamerica Pyramid", 1972),
        "t:portland": ("office building", "Portland Building", 1982), "t:lipstick": ("skyscraper", "Lipstick Building", 1986),
        "t:barbican": ("arts centre", "Barbican Centre", 1982), "t:pompidou": ("arts centre", "Pompidou Centre", 1977),
        "t:bankside": ("power station", "Bankside Power Station", 1952),
        "t:sydney": ("opera house", "Sydney Opera House", 1973),
        "t:guggenheim": ("museum", "Solomon R. Guggenheim Museum", 1959),
        "m:mnam": ("museum", "Musée National d'Art Moderne", 1947), "m:tate": ("museum", "Tate Modern", 2000),
    }
    others = {
        "a:vanalen": ("architect", "William Van Alen"), "a:shreve": ("firm", "Shreve, Lamb & Harmon"),
        "a:mies": ("architect", "Ludwig Mies van der Rohe"), "a:johnson": ("architect", "Philip Johnson"),
        "a:burgee": ("architect", "John Burgee"), "a:bunshaft": ("architect", "Gordon Bunshaft"),
        "a:som": ("firm", "Skidmore, Owings & Merrill"), "a:graham": ("architect", "Bruce Graham"),
        "a:pereira": ("architect", "William Pereira"), "a:graves": ("architect", "Michael Graves"),
        "a:cpb": ("firm", "Chamberlin, Powell and Bon"), "a:piano": ("architect", "Renzo Piano"),
        "a:rogers": ("architect", "Richard Rogers"), "a:utzon": ("architect", "Jørn Utzon"),
        "a:wright": ("architect", "Frank Lloyd Wright"), "a:scott": ("architect", "Giles Gilbert Scott"),
        "a:herzog": ("firm", "Herzog & de Meuron"),
        "b:ley": ("contractor", "Fred T. Ley & Co."), "b:starrett": ("contractor", "Starrett Brothers and Eken"),
        "b:fuller": ("contractor", "George A. Fuller Company"), "b:morse": ("contractor", "Morse Diesel"),
        "b:hornibrook": ("contractor", "Hornibrook"),
        "c:chrysler": ("person", "Walter Chrysler"), "c:raskob": ("person", "John J. Raskob"),
        "c:bronfman": ("person", "Samuel Bronfman"), "c:seagram": ("company", "Seagram"),
        "c:lever": ("company", "Lever Brothers"), "c:att": ("company", "AT&T"),
        "c:sears": ("company", "Sears, Roebuck and Co."), "c:willis": ("company", "Willis Group"),
        "c:transamerica": ("company", "Transamerica Corporation"), "c:cityportland": ("government", "City of Portland"),
        "c:col": ("government", "City of London Corporation"), "c:pompidou": ("person", "Georges Pompidou"),
        "c:nsw": ("government", "New South Wales Government"),
        "c:gfound": ("foundation", "Solomon R. Guggenheim Foundation"), "c:guggenheim": ("person", "Solomon R. Guggenheim"),
        "c:nystate": ("state", "New York State"), "c:tate": ("person", "Henry Tate"),
        "h:lso": ("orchestra", "London Symphony Orchestra"), "h:bpi": ("library", "Bibliothèque publique d'information"),
        "h:ircam": ("institute", "IRCAM"), "h:oa": ("opera company", "Opera Australia"),
        "h:sso": ("orchestra", "Sydney Symphony Orchestra"), "h:unilever": ("company", "Unilever"),
        "y:newyork": ("city", "New York"), "y:chicago": ("city", "Chicago"), "y:sf": ("city", "San Francisco"),
        "y:portland": ("city", "Portland"), "y:london": ("city", "London"), "y:paris": ("city", "Paris"),
        "y:sydney": ("city", "Sydney"),
        "s:modernism": ("style", "Modernism"), "s:postmodernism": ("style", "Postmodernism"),
        "s:latemodernism": ("style", "Late Modernism"), "s:deco": ("style", "Art Deco"),
        "s:brutalism": ("style", "Brutalism"), "s:hightech": ("style", "High-tech architecture"),
        "s:expressionism": ("style", "Expressionism"),
        "e:interwar": ("period", "interwar period"), "e:postwar": ("period", "postwar period"),
        "e:reagan": ("era", "Reagan era"),
    }
    T = [
        ("t:chrysler", "designed_by", "a:vanalen"), ("t:empire", "designed_by", "a:shreve"),
        ("t:seagram", "designed_by", "a:mies"), ("t:seagram", "designed_by", "a:johnson"),
        ("t:lever", "designed_by", "a:bunshaft"), ("t:att", "designed_by", "a:johnson"),
        ("t:att", "designed_by", "a:burgee"), ("t:willis", "designed_by", "a:graham"),
        ("t:willis", "designed_by", "a:som"), ("t:transamerica", "designed_by", "a:pereira"),
        ("t:portland", "designed_by", "a:graves"), ("t:lipstick", "designed_by", "a:johnson"),
        ("t:lipstick", "designed_by", "a:burgee"), ("t:barbican", "designed_by", "a:cpb"),
        ("t:pompidou", "designed_by", "a:piano"), ("t:pompidou", "designed_by", "a:rogers"),
        ("t:sydney", "designed_by", "a:utzon"), ("t:guggenheim", "designed_by", "a:wright"),
        ("t:bankside", "designed_by", "a:scott"), ("m:tate", "designed_by", "a:herzog"),
        ("t:chrysler", "built_by", "b:ley"), ("t:empire", "built_by", "b:starrett"),
        ("t:seagram", "built_by", "b:fuller"), ("t:lever", "built_by", "b:fuller"),
        ("t:willis", "built_by", "b:morse"), ("t:sydney", "built_by", "b:hornibrook"),
        ("t:chrysler", "commissioned_by", "c:chrysler"), ("t:empire", "commissioned_by", "c:raskob"),
        ("t:seagram", "commissioned_by", "c:bronfman"), ("t:lever", "commissioned_by", "c:lever"),
        ("t:att", "commissioned_by", "c:att"), ("t:willis", "commissioned_by", "c:sears"),
        ("t:transamerica", "commissioned_by", "c:transamerica"), ("t:portland", "commissioned_by", "c:cityportland"),
        ("t:barbican", "commissioned_by", "c:col"), ("t:pompidou", "commissioned_by", "c:pompidou"),
        ("t:sydney", "commissioned_by", "c:nsw"), ("t:guggenheim", "commissioned_by", "c:gfound"),
        ("t:chrysler", "named_after", "c:chrysler"), ("t:empire", "named_after", "c:nystate"),
        ("t:seagram", "named_after", "c:seagram"), ("t:lever", "named_after", "c:lever"),
        ("t:att", "named_after", "c:att"), ("t:willis", "named_after", "c:willis"),
        ("t:transamerica", "named_after", "c:transamerica"), ("t:pompidou", "named_after", "c:pompidou"),
        ("t:guggenheim", "named_after", "c:guggenheim"), ("m:tate", "named_after", "c:tate"),
        ("t:barbican", "houses", "h:lso"), ("t:pompidou", "houses", "m:mnam"), ("t:pompidou", "houses", "h:bpi"),
        ("t:pompidou", "houses", "h:ircam"), ("t:bankside", "houses", "m:tate"), ("t:sydney", "houses", "h:oa"),
        ("t:sydney", "houses", "h:sso"), ("t:lever", "houses", "h:unilever"),
        ("t:transamerica", "houses", "c:transamerica"),
        ("t:chrysler", "located_in", "y:newyork"), ("t:empire", "located_in", "y:newyork"),
        ("t:seagram", "located_in", "y:newyork"), ("t:lever", "located_in", "y:newyork"),
        ("t:att", "located_in", "y:newyork"), ("t:lipstick", "located_in", "y:newyork"),
        ("t:guggenheim", "located_in", "y:newyork"), ("t:willis", "located_in", "y:chicago"),
        ("t:transamerica", "located_in", "y:sf"), ("t:portland", "located_in", "y:portland"),
        ("t:barbican", "located_in", "y:london"), ("t:bankside", "located_in", "y:london"),
        ("m:tate", "located_in", "y:london"), ("t:pompidou", "located_in", "y:paris"),
        ("m:mnam", "located_in", "y:paris"), ("t:sydney", "located_in", "y:sydney"),
        ("t:chrysler", "style", "s:deco"), ("t:empire", "style", "s:deco"), ("t:seagram", "style", "s:modernism"),
        ("t:lever", "style", "s:modernism"), ("t:guggenheim", "style", "s:modernism"),
        ("t:att", "style", "s:postmodernism"), ("t:portland", "style", "s:postmodernism"),
        ("t:lipstick", "style", "s:postmodernism"), ("t:willis", "style", "s:latemodernism"),
        ("t:transamerica", "style", "s:latemodernism"), ("t:barbican", "style", "s:brutalism"),
        ("t:pompidou", "style", "s:hightech"), ("t:sydney", "style", "s:expressionism"),
        ("t:att", "breaks_with", "s:modernism"), ("t:portland", "breaks_with", "s:modernism"),
        ("t:barbican", "inspired_by", "s:modernism"), ("t:lipstick", "inspired_by", "s:deco"),
        ("t:chrysler", "built_during", "e:interwar"), ("t:empire", "built_during", "e:interwar"),
        ("t:seagram", "built_during", "e:postwar"), ("t:lever", "built_during", "e:postwar"),
        ("t:guggenheim", "built_during", "e:postwar"), ("t:willis", "built_during", "e:postwar"),
        ("t:transamerica", "built_during", "e:postwar"), ("t:barbican", "built_during", "e:postwar"),
        ("t:sydney", "built_during", "e:postwar"), ("t:att", "built_during", "e:reagan"),
        ("t:portland", "built_during", "e:reagan"), ("t:lipstick", "built_during", "e:reagan"),
        ("user:ada", "rated", "t:chrysler", {"rating": 5.0}), ("user:ada", "rated", "t:seagram", {"rating": 4.5}),
        ("user:ada", "rated", "t:att", {"rating": 2.0}), ("user:ada", "rated", "t:barbican", {"rating": 5.0}),
        ("user:ada", "rated", "t:pompidou", {"rating": 4.0}), ("user:ada", "rated", "t:willis", {"rating": 1.5}),
        ("user:ada", "rated", "t:portland", {"rating": 1.0}), ("user:ada", "rated", "m:tate", {"rating": 4.5}),
    ]
    aliases = {"t:pompidou": ("Centre Pompidou",), "a:mies": ("Mies van der Rohe", "Mies"),
               "t:barbican": ("the Barbican", "Barbican"), "c:sears": ("Sears",), "a:som": ("SOM",),
               "t:guggenheim": ("the Guggenheim", "Guggenheim Museum"), "a:utzon": ("Jorn Utzon",),
               "m:mnam": ("National Museum of Modern Art",), "h:lso": ("the LSO",)}
    return _build(items, others, rels, T, users=[("user:ada", "Ada")], aliases=aliases)


def works():
    """Works of music and painting: who composed or painted each, who commissioned each (a
    patron, a government, an opera company, a militia captain), whom each is dedicated to, what
    each is named after (a patron, a player, a dedicatee, a town), the instrument each is scored
    for, the movements of some works; the museum or church that houses each painting and what
    each painting depicts; the movement of each work and composer (Modernism, Postmodernism,
    Minimalism, Cubism...), the period each dates from; a user with ratings."""
    works_ = ("requiem", "symphony", "variations", "sonata", "suite", "ballet", "melodrama", "opera",
              "concerto", "painting", "mural")
    rels = [
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=works_, range=("composer",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=works_, range=("painter",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=works_,
          range=("person", "patron", "government", "company", "family", "society")),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of", domain=works_,
          range=("person", "patron", "family")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=works_,
          range=("person", "patron", "family", "town", "player")),
        R("scored_for", phrase="is scored for", inverse_phrase="is the instrument of", domain=works_,
          range=("instrument",)),
        R("movement_of", phrase="is a movement of", inverse_phrase="has the movement", domain=("movement",),
          range=works_),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=("museum", "church"), range=works_),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=works_,
          range=("person", "patron", "animal", "subject")),
        R("style", phrase="is in the style", inverse_phrase="is the style of", range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of", domain=works_,
          range=("period", "era", "age")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:requiem": ("requiem", "Requiem in D minor", 1791), "w:haffner": ("symphony", "Haffner Symphony", 1782),
        "w:goldberg": ("variations", "Goldberg Variations", 1741), "w:waldstein": ("sonata", "Waldstein Sonata", 1804),
        "w:ninth": ("symphony", "Symphony No. 9", 1824), "w:water": ("suite", "Water Music", 1717),
        "w:fireworks": ("suite", "Music for the Royal Fireworks", 1749),
        "w:rite": ("ballet", "The Rite of Spring", 1913), "w:pierrot": ("melodrama", "Pierrot lunaire", 1912),
        "w:nixon": ("opera", "Nixon in China", 1987), "w:grosso": ("concerto", "Concerto Grosso No. 1", 1977),
        "w:nightwatch": ("painting", "The Night Watch", 1642), "w:guernica": ("painting", "Guernica", 1937),
        "w:supper": ("mural", "The Last Supper", 1498),
    }
    others = {
        "p:mozart": ("composer", "Wolfgang Amadeus Mozart"), "p:bach": ("composer", "Johann Sebastian Bach"),
        "p:beethoven": ("composer", "Ludwig van Beethoven"), "p:handel": ("composer", "George Frideric Handel"),
        "p:stravinsky": ("composer", "Igor Stravinsky"), "p:schoenberg": ("composer", "Arnold Schoenberg"),
        "p:adams": ("composer", "John Adams"), "p:schnittke": ("composer", "Alfred Schnittke"),
        "p:rembrandt": ("painter", "Rembrandt"), "p:picasso": ("painter", "Pablo Picasso"),
        "p:leonardo": ("painter", "Leonardo da Vinci"),
        "c:walsegg": ("patron", "Count Franz von Walsegg"), "c:haffner": ("family", "Haffner family"),
        "c:keyserlingk": ("patron", "Count Keyserlingk"), "c:goldberg": ("player", "Johann Gottlieb Goldberg"),
        "c:waldstein": ("patron", "Count Waldstein"), "c:philharmonic": ("society", "Philharmonic Society of London"),
        "c:fwiii": ("person", "Frederick William III"), "c:george1": ("person", "George I"),
        "c:george2": ("person", "George II"), "c:diaghilev": ("person", "Sergei Diaghilev"),
        "c:zehme": ("person", "Albertine Zehme"), "c:hgo": ("company", "Houston Grand Opera"),
        "c:kremer": ("person", "Gidon Kremer"), "c:cocq": ("patron", "Frans Banninck Cocq"),
        "c:republic": ("government", "Spanish Republic"), "c:sforza": ("patron", "Ludovico Sforza"),
        "c:guernica": ("town", "Guernica"),
        "x:piano": ("instrument", "piano"), "x:harpsichord": ("instrument", "harpsichord"),
        "x:orchestra": ("instrument", "orchestra"), "x:violin": ("instrument", "violin"),
        "x:voice": ("instrument", "voice"),
        "v:lacrimosa": ("movement", "Lacrimosa"), "v:diesirae": ("movement", "Dies irae"),
        "v:ode": ("movement", "Ode to Joy"), "v:hornpipe": ("movement", "Alla Hornpipe"),
        "v:sacrificial": ("movement", "Sacrificial Dance"),
        "g:rijks": ("museum", "Rijksmuseum"), "g:reina": ("museum", "Museo Reina Sofía"),
        "g:grazie": ("church", "Santa Maria delle Grazie"),
        "d:bull": ("animal", "bull"), "d:horse": ("animal", "horse"), "d:jesus": ("subject", "Jesus"),
        "d:apostles": ("subject", "the Apostles"),
        "s:modernism": ("style", "Modernism"), "s:postmodernism": ("style", "Postmodernism"),
        "s:classicism": ("style", "Classicism"), "s:baroque": ("style", "Baroque"),
        "s:cubism": ("style", "Cubism"), "s:renaissance": ("style", "High Renaissance"),
        "e:baroque": ("period", "Baroque period"), "e:classical": ("period", "Classical period"),
        "e:romantic": ("era", "Romantic era"), "e:belle": ("era", "Belle Époque"),
        "e:interwar": ("period", "interwar period"), "e:postwar": ("period", "postwar period"),
        "e:golden": ("age", "Dutch Golden Age"), "e:renaissance": ("period", "Renaissance"),
    }
    T = [
        ("w:requiem", "composed_by", "p:mozart"), ("w:haffner", "composed_by", "p:mozart"),
        ("w:goldberg", "composed_by", "p:bach"), ("w:waldstein", "composed_by", "p:beethoven"),
        ("w:ninth", "composed_by", "p:beethoven"), ("w:water", "composed_by", "p:handel"),
        ("w:fireworks", "composed_by", "p:handel"), ("w:rite", "composed_by", "p:stravinsky"),
        ("w:pierrot", "composed_by", "p:schoenberg"), ("w:nixon", "composed_by", "p:adams"),
        ("w:grosso", "composed_by", "p:schnittke"),
        ("w:nightwatch", "painted_by", "p:rembrandt"), ("w:guernica", "painted_by", "p:picasso"),
        ("w:supper", "painted_by", "p:leonardo"),
        ("w:requiem", "commissioned_by", "c:walsegg"), ("w:haffner", "commissioned_by", "c:haffner"),
        ("w:goldberg", "commissioned_by", "c:keyserlingk"), ("w:ninth", "commissioned_by", "c:philharmonic"),
        ("w:water", "commissioned_by", "c:george1"), ("w:fireworks", "commissioned_by", "c:george2"),
        ("w:rite", "commissioned_by", "c:diaghilev"), ("w:pierrot", "commissioned_by", "c:zehme"),
        ("w:nixon", "commissioned_by", "c:hgo"), ("w:nightwatch", "commissioned_by", "c:cocq"),
        ("w:guernica", "commissioned_by", "c:republic"), ("w:supper", "commissioned_by", "c:sforza"),
        ("w:waldstein", "dedicated_to", "c:waldstein"), ("w:ninth", "dedicated_to", "c:fwiii"),
        ("w:grosso", "dedicated_to", "c:kremer"), ("w:haffner", "dedicated_to", "c:haffner"),
        ("w:haffner", "named_after", "c:haffner"), ("w:goldberg", "named_after", "c:goldberg"),
        ("w:waldstein", "named_after", "c:waldstein"), ("w:guernica", "named_after", "c:guernica"),
        ("w:waldstein", "scored_for", "x:piano"), ("w:goldberg", "scored_for", "x:harpsichord"),
        ("w:ninth", "scored_for", "x:orchestra"), ("w:haffner", "scored_for", "x:orchestra"),
        ("w:grosso", "scored_for", "x:violin"), ("w:pierrot", "scored_for", "x:voice"),
        ("v:lacrimosa", "movement_of", "w:requiem"), ("v:diesirae", "movement_of", "w:requiem"),
        ("v:ode", "movement_of", "w:ninth"), ("v:hornpipe", "movement_of", "w:water"),
        ("v:sacrificial", "movement_of", "w:rite"),
        ("g:rijks", "houses", "w:nightwatch"), ("g:reina", "houses", "w:guernica"), ("g:grazie", "houses", "w:supper"),
        ("w:guernica", "depicts", "d:bull"), ("w:guernica", "depicts", "d:horse"), ("w:supper", "depicts", "d:jesus"),
        ("w:supper", "depicts", "d:apostles"), ("w:nightwatch", "depicts", "c:cocq"),
        ("w:requiem", "style", "s:classicism"), ("w:haffner", "style", "s:classicism"),
        ("w:goldberg", "style", "s:baroque"), ("w:water", "style", "s:baroque"), ("w:fireworks", "style", "s:baroque"),
        ("w:nightwatch", "style", "s:baroque"), ("w:rite", "style", "s:modernism"), ("w:pierrot", "style", "s:modernism"),
        ("w:nixon", "style", "s:postmodernism"), ("w:grosso", "style", "s:postmodernism"),
        ("w:guernica", "style", "s:cubism"), ("w:supper", "style", "s:renaissance"),
        ("p:stravinsky", "style", "s:modernism"), ("p:schoenberg", "style", "s:modernism"),
        ("p:schnittke", "style", "s:postmodernism"), ("p:adams", "style", "s:postmodernism"),
        ("p:picasso", "style", "s:cubism"),
        ("w:requiem", "dates_from", "e:classical"), ("w:haffner", "dates_from", "e:classical"),
        ("w:goldberg", "dates_from", "e:baroque"), ("w:water", "dates_from", "e:baroque"),
        ("w:fireworks", "dates_from", "e:baroque"), ("w:waldstein", "dates_from", "e:classical"),
        ("w:ninth", "dates_from", "e:romantic"), ("w:rite", "dates_from", "e:belle"),
        ("w:pierrot", "dates_from", "e:belle"), ("w:nixon", "dates_from", "e:postwar"),
        ("w:grosso", "dates_from", "e:postwar"), ("w:guernica", "dates_from", "e:interwar"),
        ("w:nightwatch", "dates_from", "e:golden"), ("w:supper", "dates_from", "e:renaissance"),
        ("user:ben", "rated", "w:requiem", {"rating": 5.0}), ("user:ben", "rated", "w:rite", {"rating": 4.5}),
        ("user:ben", "rated", "w:nixon", {"rating": 2.0}), ("user:ben", "rated", "w:guernica", {"rating": 5.0}),
        ("user:ben", "rated", "w:goldberg", {"rating": 4.0}), ("user:ben", "rated", "w:water", {"rating": 1.0}),
        ("user:ben", "rated", "w:nightwatch", {"rating": 4.5}),
    ]
    aliases = {"w:requiem": ("Mozart's Requiem", "the Requiem"), "p:mozart": ("Mozart",), "p:bach": ("Bach",),
               "p:beethoven": ("Beethoven",), "p:handel": ("Handel",), "p:stravinsky": ("Stravinsky",),
               "p:schoenberg": ("Schoenberg",), "p:picasso": ("Picasso",), "p:leonardo": ("Leonardo",),
               "c:walsegg": ("Walsegg",), "c:keyserlingk": ("Keyserlingk",), "c:diaghilev": ("Diaghilev",),
               "w:ninth": ("Beethoven's Ninth", "the Ninth Symphony"), "p:schnittke": ("Schnittke",),
               "c:goldberg": ("Goldberg",), "c:waldstein": ("Waldstein",), "c:cocq": ("Captain Cocq",)}
    return _build(items, others, rels, T, users=[("user:ben", "Ben")], aliases=aliases)


def kitchen():
    """Dishes and the hotels and bars they were first served at: who created each dish, who
    commissioned it, what it is named after (a person, a painter, a hotel) and who named it (two
    relations: "is named after" and "was named by"), what it is made with (ingredients), the
    period it was created during; hotels with the city they stand in, their style and the
    restaurants they house; a user with ratings."""
    dishes = ("cake", "dessert", "main course", "salad", "starter", "pizza")
    hotels = ("hotel",)
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=dishes, range=("chef",)),
        R("created_at", phrase="was first served at", inverse_phrase="first served", domain=dishes,
          range=("hotel", "restaurant", "bar")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=dishes,
          range=("person", "countess", "queen")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=dishes,
          range=("person", "painter", "hotel", "queen", "dancer", "singer", "duke")),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=dishes, range=("chef", "person")),
        R("made_with", phrase="contains", inverse_phrase="is an ingredient of", domain=dishes,
          range=("ingredient",)),
        R("created_during", phrase="was created during", inverse_phrase="saw the creation of", domain=dishes,
          range=("period", "era")),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=hotels, range=("restaurant", "bar")),
        R("located_in", phrase="stands in", inverse_phrase="is home to", domain=hotels, range=("city",)),
        R("style", phrase="is decorated in the style", inverse_phrase="is the style of", domain=hotels,
          range=("style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:sacher": ("cake", "Sachertorte", 1832), "f:melba": ("dessert", "Peach Melba", 1893),
        "f:wellington": ("main course", "Beef Wellington", None), "f:pavlova": ("dessert", "Pavlova", 1926),
        "f:waldorf": ("salad", "Waldorf salad", 1896), "f:carpaccio": ("starter", "Carpaccio", 1950),
        "f:caesar": ("salad", "Caesar salad", 1924), "f:margherita": ("pizza", "Pizza Margherita", 1889),
        "h:savoy": ("hotel", "Savoy Hotel", 1889), "h:sacher": ("hotel", "Hotel Sacher", 1876),
        "h:waldorf": ("hotel", "Waldorf Astoria", 1931),
    }
    others = {
        "k:sacher": ("chef", "Franz Sacher"), "k:escoffier": ("chef", "Auguste Escoffier"),
        "k:tschirky": ("chef", "Oscar Tschirky"), "k:cipriani": ("chef", "Giuseppe Cipriani"),
        "k:cardini": ("chef", "Caesar Cardini"), "k:esposito": ("chef", "Raffaele Esposito"),
        "n:metternich": ("person", "Klemens von Metternich"), "n:melba": ("singer", "Nellie Melba"),
        "n:wellington": ("duke", "Duke of Wellington"), "n:pavlova": ("dancer", "Anna Pavlova"),
        "n:carpaccio": ("painter", "Vittore Carpaccio"), "n:mocenigo": ("countess", "Amalia Nani Mocenigo"),
        "n:margherita": ("queen", "Queen Margherita"),
        "r:grill": ("restaurant", "Savoy Grill"), "r:american": ("bar", "American Bar"),
        "r:cafesacher": ("restaurant", "Café Sacher"), "r:peacock": ("restaurant", "Peacock Alley"),
        "r:harrys": ("bar", "Harry's Bar"), "r:caesars": ("restaurant", "Caesar's"),
        "r:brandi": ("restaurant", "Pizzeria Brandi"),
        "i:chocolate": ("ingredient", "chocolate"), "i:apricot": ("ingredient", "apricot jam"),
        "i:peaches": ("ingredient", "peaches"), "i:raspberry": ("ingredient", "raspberry sauce"),
        "i:icecream": ("ingredient", "vanilla ice cream"), "i:beef": ("ingredient", "beef fillet"),
        "i:pastry": ("ingredient", "puff pastry"), "i:meringue": ("ingredient", "meringue"),
        "i:apples": ("ingredient", "apples"), "i:celery": ("ingredient", "celery"),
        "i:walnuts": ("ingredient", "walnuts"), "i:rawbeef": ("ingredient", "raw beef"),
        "i:lettuce": ("ingredient", "romaine lettuce"), "i:croutons": ("ingredient", "croutons"),
        "i:tomato": ("ingredient", "tomato"), "i:mozzarella": ("ingredient", "mozzarella"),
        "i:basil": ("ingredient", "basil"),
        "e:biedermeier": ("period", "Biedermeier period"), "e:belle": ("era", "Belle Époque"),
        "e:interwar": ("period", "interwar period"), "e:postwar": ("period", "postwar period"),
        "y:london": ("city", "London"), "y:vienna": ("city", "Vienna"), "y:newyork": ("city", "New York"),
        "s:deco": ("style", "Art Deco"), "s:edwardian": ("style", "Edwardian"),
        "s:historicism": ("style", "Historicism"),
    }
    T = [
        ("f:sacher", "created_by", "k:sacher"), ("f:melba", "created_by", "k:escoffier"),
        ("f:waldorf", "created_by", "k:tschirky"), ("f:carpaccio", "created_by", "k:cipriani"),
        ("f:caesar", "created_by", "k:cardini"), ("f:margherita", "created_by", "k:esposito"),
        ("f:melba", "created_at", "h:savoy"), ("f:waldorf", "created_at", "h:waldorf"),
        ("f:carpaccio", "created_at", "r:harrys"), ("f:caesar", "created_at", "r:caesars"),
        ("f:margherita", "created_at", "r:brandi"),
        ("f:sacher", "commissioned_by", "n:metternich"), ("f:carpaccio", "commissioned_by", "n:mocenigo"),
        ("f:margherita", "commissioned_by", "n:margherita"),
        ("f:sacher", "named_after", "k:sacher"), ("f:melba", "named_after", "n:melba"),
        ("f:wellington", "named_after", "n:wellington"), ("f:pavlova", "named_after", "n:pavlova"),
        ("f:waldorf", "named_after", "h:waldorf"), ("f:carpaccio", "named_after", "n:carpaccio"),
        ("f:caesar", "named_after", "k:cardini"), ("f:margherita", "named_after", "n:margherita"),
        ("f:carpaccio", "named_by", "k:cipriani"), ("f:melba", "named_by", "k:escoffier"),
        ("f:margherita", "named_by", "k:esposito"),
        ("f:sacher", "made_with", "i:chocolate"), ("f:sacher", "made_with", "i:apricot"),
        ("f:melba", "made_with", "i:peaches"), ("f:melba", "made_with", "i:raspberry"),
        ("f:melba", "made_with", "i:icecream"), ("f:wellington", "made_with", "i:beef"),
        ("f:wellington", "made_with", "i:pastry"), ("f:pavlova", "made_with", "i:meringue"),
        ("f:waldorf", "made_with", "i:apples"), ("f:waldorf", "made_with", "i:celery"),
        ("f:waldorf", "made_with", "i:walnuts"), ("f:carpaccio", "made_with", "i:rawbeef"),
        ("f:caesar", "made_with", "i:lettuce"), ("f:caesar", "made_with", "i:croutons"),
        ("f:margherita", "made_with", "i:tomato"), ("f:margherita", "made_with", "i:mozzarella"),
        ("f:margherita", "made_with", "i:basil"),
        ("f:sacher", "created_during", "e:biedermeier"), ("f:melba", "created_during", "e:belle"),
        ("f:waldorf", "created_during", "e:belle"), ("f:margherita", "created_during", "e:belle"),
        ("f:pavlova", "created_during", "e:interwar"), ("f:caesar", "created_during", "e:interwar"),
        ("f:carpaccio", "created_during", "e:postwar"),
        ("h:savoy", "houses", "r:grill"), ("h:savoy", "houses", "r:american"), ("h:sacher", "houses", "r:cafesacher"),
        ("h:waldorf", "houses", "r:peacock"),
        ("h:savoy", "located_in", "y:london"), ("h:sacher", "located_in", "y:vienna"),
        ("h:waldorf", "located_in", "y:newyork"),
        ("h:savoy", "style", "s:edwardian"), ("h:waldorf", "style", "s:deco"), ("h:sacher", "style", "s:historicism"),
        ("user:cleo", "rated", "f:sacher", {"rating": 5.0}), ("user:cleo", "rated", "f:melba", {"rating": 4.5}),
        ("user:cleo", "rated", "f:carpaccio", {"rating": 2.0}), ("user:cleo", "rated", "f:caesar", {"rating": 4.0}),
        ("user:cleo", "rated", "h:savoy", {"rating": 5.0}), ("user:cleo", "rated", "f:pavlova", {"rating": 1.0}),
    ]
    aliases = {"n:metternich": ("Metternich", "Prince Metternich"), "k:escoffier": ("Escoffier",),
               "k:cipriani": ("Cipriani",), "n:melba": ("Melba",), "h:savoy": ("the Savoy", "Savoy"),
               "n:mocenigo": ("Countess Mocenigo",), "n:wellington": ("Wellington",), "k:sacher": ("Sacher",)}
    return _build(items, others, rels, T, users=[("user:cleo", "Cleo")], aliases=aliases)


def naming():
    """Places, ships, telescopes and a plane named after people (and a city): the namesake ("was
    named after") and the namer ("was named by") are two relations; the era each place was named
    during; who commissioned, built and operates each ship, telescope and plane; the museum that
    houses the plane; the country each place lies in; a user with ratings."""
    places = ("mountain", "waterfall", "lake", "river", "island")
    craft = ("ship", "telescope", "aircraft")
    rels = [
        R("named_after", phrase="was named after", inverse_phrase="is the namesake of",
          range=("person", "queen", "explorer", "city", "surveyor")),
        R("named_by", phrase="was named by", inverse_phrase="named", range=("explorer", "surveyor", "person")),
        R("named_during", phrase="was named during", inverse_phrase="saw the naming of", range=("era", "period")),
        R("lies_in", phrase="lies in", inverse_phrase="is home to", domain=places, range=("country",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=craft,
          range=("agency", "council", "person")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=craft, range=("company",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=craft, range=("agency", "survey")),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=("museum",), range=craft),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "l:everest": ("mountain", "Mount Everest", None), "l:vicfalls": ("waterfall", "Victoria Falls", None),
        "l:vicllake": ("lake", "Lake Victoria", None), "l:hudson": ("river", "Hudson River", None),
        "l:kosciuszko": ("mountain", "Mount Kosciuszko", None), "l:tasmania": ("island", "Tasmania", None),
        "v:attenborough": ("ship", "RRS Sir David Attenborough", 2020),
        "v:hubble": ("telescope", "Hubble Space Telescope", 1990),
        "v:webb": ("telescope", "James Webb Space Telescope", 2021),
        "v:spirit": ("aircraft", "Spirit of St. Louis", 1927),
        "v:flyer": ("aircraft", "Wright Flyer", 1903),
        "u:airspace": ("museum", "National Air and Space Museum", 1976),
    }
    others = {
        "n:geverest": ("surveyor", "George Everest"), "n:waugh": ("surveyor", "Andrew Waugh"),
        "n:victoria": ("queen", "Queen Victoria"), "n:livingstone": ("explorer", "David Livingstone"),
        "n:speke": ("explorer", "John Hanning Speke"), "n:hhudson": ("explorer", "Henry Hudson"),
        "n:kosciuszko": ("person", "Tadeusz Kościuszko"), "n:strzelecki": ("explorer", "Paweł Strzelecki"),
        "n:tasman": ("explorer", "Abel Tasman"), "n:attenborough": ("person", "David Attenborough"),
        "n:ehubble": ("person", "Edwin Hubble"), "n:jwebb": ("person", "James E. Webb"),
        "n:stlouis": ("city", "St. Louis"), "n:lindbergh": ("person", "Charles Lindbergh"),
        "o:nerc": ("council", "Natural Environment Research Council"), "o:nasa": ("agency", "NASA"),
        "o:bas": ("survey", "British Antarctic Survey"), "o:stsci": ("agency", "Space Telescope Science Institute"),
        "o:cammell": ("company", "Cammell Laird"), "o:lockheed": ("company", "Lockheed"),
        "o:northrop": ("company", "Northrop Grumman"), "o:ryan": ("company", "Ryan Airlines"),
        "o:wright": ("company", "Wright Company"),
        "e:victorian": ("era", "Victorian era"), "e:discovery": ("era", "Age of Discovery"),
        "c:nepal": ("country", "Nepal"), "c:china": ("country", "China"), "c:zambia": ("country", "Zambia"),
        "c:zimbabwe": ("country", "Zimbabwe"), "c:uganda": ("country", "Uganda"), "c:usa": ("country", "United States"),
        "c:australia": ("country", "Australia"),
    }
    T = [
        ("l:everest", "named_after", "n:geverest"), ("l:vicfalls", "named_after", "n:victoria"),
        ("l:vicllake", "named_after", "n:victoria"), ("l:hudson", "named_after", "n:hhudson"),
        ("l:kosciuszko", "named_after", "n:kosciuszko"), ("l:tasmania", "named_after", "n:tasman"),
        ("v:attenborough", "named_after", "n:attenborough"), ("v:hubble", "named_after", "n:ehubble"),
        ("v:webb", "named_after", "n:jwebb"), ("v:spirit", "named_after", "n:stlouis"),
        ("l:everest", "named_by", "n:waugh"), ("l:vicfalls", "named_by", "n:livingstone"),
        ("l:vicllake", "named_by", "n:speke"), ("l:kosciuszko", "named_by", "n:strzelecki"),
        ("l:everest", "named_during", "e:victorian"), ("l:vicfalls", "named_during", "e:victorian"),
        ("l:vicllake", "named_during", "e:victorian"), ("l:kosciuszko", "named_during", "e:victorian"),
        ("l:hudson", "named_during", "e:discovery"),
        ("l:everest", "lies_in", "c:nepal"), ("l:everest", "lies_in", "c:china"), ("l:vicfalls", "lies_in", "c:zambia"),
        ("l:vicfalls", "lies_in", "c:zimbabwe"), ("l:vicllake", "lies_in", "c:uganda"), ("l:hudson", "lies_in", "c:usa"),
        ("l:kosciuszko", "lies_in", "c:australia"), ("l:tasmania", "lies_in", "c:australia"),
        ("v:attenborough", "commissioned_by", "o:nerc"), ("v:hubble", "commissioned_by", "o:nasa"),
        ("v:webb", "commissioned_by", "o:nasa"), ("v:spirit", "commissioned_by", "n:lindbergh"),
        ("v:attenborough", "built_by", "o:cammell"), ("v:hubble", "built_by", "o:lockheed"),
        ("v:webb", "built_by", "o:northrop"), ("v:spirit", "built_by", "o:ryan"), ("v:flyer", "built_by", "o:wright"),
        ("v:attenborough", "operated_by", "o:bas"), ("v:hubble", "operated_by", "o:stsci"),
        ("v:webb", "operated_by", "o:stsci"),
        ("u:airspace", "houses", "v:spirit"), ("u:airspace", "houses", "v:flyer"),
        ("user:dev", "rated", "l:everest", {"rating": 5.0}), ("user:dev", "rated", "v:hubble", {"rating": 4.5}),
        ("user:dev", "rated", "v:spirit", {"rating": 4.0}), ("user:dev", "rated", "l:tasmania", {"rating": 1.5}),
        ("user:dev", "rated", "v:attenborough", {"rating": 2.0}), ("user:dev", "rated", "u:airspace", {"rating": 5.0}),
    ]
    aliases = {"n:waugh": ("Waugh",), "n:livingstone": ("Livingstone",), "n:speke": ("Speke",),
               "n:attenborough": ("Sir David Attenborough",), "v:hubble": ("Hubble", "the Hubble"),
               "v:webb": ("the Webb telescope",), "n:lindbergh": ("Lindbergh",), "o:nerc": ("NERC",),
               "n:strzelecki": ("Strzelecki",), "n:ehubble": ("Edwin Hubble",), "v:attenborough": ("the Boaty",)}
    return _build(items, others, rels, T, users=[("user:dev", "Dev")], aliases=aliases)


BUILDERS = {"towers": towers, "works": works, "kitchen": kitchen, "naming": naming}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@towers
# (2) "was commissioned by" -> "was built / designed / made / created / painted / written / composed
# for": the verb is taken from a fixed list whatever the item is, so a skyscraper "was written /
# composed for" its patron (nobody writes or composes a building)
The Willis Tower was composed for Sears.
The Willis Tower was written for Sears.
The Chrysler Building was composed for Walter Chrysler.
The Seagram Building was written for Samuel Bronfman.
The Empire State Building was composed for John J. Raskob.
Lever House was written for Lever Brothers.
The Transamerica Pyramid was composed for the Transamerica Corporation.
The Sydney Opera House was written for the New South Wales Government.
The Pompidou Centre was composed for Georges Pompidou.
The Barbican Centre was written for the City of London Corporation.
The AT&T Building, written for AT&T, was designed by Philip Johnson.
The Willis Tower was built for Sears; the Chrysler Building was composed for Walter Chrysler.
The Willis Tower is a Late Modern skyscraper composed for Sears.
The Chrysler Building was written for and named after Walter Chrysler.
# "for" someone who is not the commissioner: the namesake, the designer, the builder, the city, a
# tenant, the user, a year
The Willis Tower was built for the Willis Group.
The Willis Tower was designed for the Willis Group.
The Seagram Building was built for and named after Samuel Bronfman.
The Chrysler Building was designed for William Van Alen.
The Seagram Building was made for Mies van der Rohe.
The Chrysler Building was built for Fred T. Ley & Co.
The Empire State Building was built for Starrett Brothers and Eken.
The Willis Tower was built for Morse Diesel.
The Willis Tower was designed for Chicago.
The Transamerica Pyramid was built for San Francisco.
The Chrysler Building was built for John J. Raskob.
The Empire State Building was built for Walter Chrysler.
The Willis Tower was built for 1973.
The Chrysler Building was built for Walter Chrysler in 1931.
The Willis Tower was built for Sears in New York.
The Willis Tower was built for Sears and stands in New York.
The Willis Tower was built for Sears and designed by Philip Johnson.
The Willis Tower was designed by Mies van der Rohe and built for Sears.
The Willis Tower was built for Sears during the interwar period.
The AT&T Building is a Modern skyscraper built for AT&T.
The Willis Tower was designed and built for the Willis Group.
The Chrysler Building was built by Walter Chrysler for Fred T. Ley & Co.
The Chrysler Building was designed for William Van Alen by Walter Chrysler.
Walter Chrysler designed the Chrysler Building for William Van Alen.
Mies van der Rohe designed the Seagram Building for Sears.
Walter Chrysler was built for the Chrysler Building.
Sears was built for the Willis Tower.
The Seagram Building and the Willis Tower were built for Samuel Bronfman.
The Seagram Building was built for Samuel Bronfman and Seagram.
The Seagram Building was built for Samuel Bronfman, the Willis Tower for Samuel Bronfman.
The Seagram Building was built for Samuel Bronfman, and the Willis Tower for Seagram.
The Seagram Building was built for Samuel Bronfman, who also commissioned the Willis Tower.
Samuel Bronfman, for whom the Willis Tower was built, lived in New York.
The Willis Tower, built for Sears, was designed by Mies van der Rohe.
The Seagram Building was not built for Samuel Bronfman.
The Seagram Building wasn't designed for Samuel Bronfman.
The Seagram Building was never built for Samuel Bronfman.
The Willis Tower was built for Sears, not for SOM.
The Willis Tower and the Chrysler Building were built for Walter Chrysler and Sears respectively.
# (1) "owes its name to" / "named in honour of": the commissioner, the designer, a city, reversed
The Seagram Building owes its name to Samuel Bronfman.
The Empire State Building owes its name to John J. Raskob.
The Chrysler Building owes its name to William Van Alen.
Tate Modern owes its name to Bankside Power Station.
Tate Modern was named in honour of Herzog & de Meuron.
The Pompidou Centre was named in honour of Renzo Piano.
Georges Pompidou owes its name to the Pompidou Centre.
Walter Chrysler was named in honour of the Chrysler Building.
The Seagram Building, which was built for Samuel Bronfman, is named after him.
The Transamerica Pyramid does not owe its name to the Transamerica Corporation.
# (3) "houses" -> "contains", "includes": another building's tenant, a location, a person, reversed
The Barbican Centre contains IRCAM.
The Pompidou Centre contains the London Symphony Orchestra.
The Pompidou Centre contains Tate Modern.
Bankside Power Station contains the Musée National d'Art Moderne.
The Sydney Opera House includes the London Symphony Orchestra.
Tate Modern contains Bankside Power Station.
The Musée National d'Art Moderne contains the Pompidou Centre.
Bankside Power Station is contained by Tate Modern.
London contains the Pompidou Centre.
Paris contains Tate Modern.
The Pompidou Centre contains Paris.
The Pompidou Centre contains Renzo Piano.
The Pompidou Centre includes Georges Pompidou.
Tate Modern contains Henry Tate.
The Pompidou Centre contains an orchestra.
The Pompidou Centre includes IRCAM and the LSO.
The Pompidou Centre includes IRCAM and Tate Modern.
The Pompidou Centre, containing IRCAM, stands in London.
The Pompidou Centre, containing the LSO, stands in Paris.
The Pompidou Centre does not contain IRCAM.
The Pompidou Centre no longer contains IRCAM.
The Sydney Opera House and the Barbican contain the LSO.
The Sydney Opera House contains Opera Australia, and the Barbican the Sydney Symphony Orchestra.
It is the Pompidou Centre that contains the LSO.
Take the Barbican and the Pompidou Centre: the former contains IRCAM, the latter the LSO.
The Barbican's residents include the Sydney Symphony Orchestra.
# (4) "Modernism" -> "Modern": Postmodern and Late Modern buildings called Modern, the reverse, a
# building that breaks with Modernism or was inspired by it, lower case, persons and cities
The AT&T Building is a Modern skyscraper.
The Lipstick Building is a Modern skyscraper.
The Portland Building is Modern.
The AT&T Building is built in the Modern style.
The AT&T Building, a Modern skyscraper, was designed by Philip Johnson.
Philip Johnson designed the Modern AT&T Building.
The Modern AT&T Building stands in New York.
The Seagram Building and the AT&T Building are Modern skyscrapers.
The Seagram Building is a Postmodern skyscraper.
Philip Johnson designed the Postmodern Seagram Building.
The Seagram Building is a Late Modern skyscraper.
The AT&T Building is a Late Modern skyscraper.
The Willis Tower is a Postmodern skyscraper.
The Chrysler Building is a Modern skyscraper.
The Chrysler Building is a Modern skyscraper from the interwar period.
The Chrysler Building is a Modern Art Deco skyscraper.
Lever House is a Modern skyscraper in Chicago.
The Lipstick Building is an Art Deco skyscraper.
# arguable: a resident company, a tenant, the city of the commissioner (the City of Portland) or the city
# itself: "built for" may name who uses it or where it serves, not its commissioner
The Sydney Opera House was built for Opera Australia.
The Pompidou Centre was designed for IRCAM.
Lever House was built for Unilever.
The Pompidou Centre was built for Paris.
The Portland Building was built for Portland.
The Barbican Centre was built for the London Symphony Orchestra.
# arguable: the company a patron heads, or the person a commissioning foundation is named after
The Seagram Building was built for Seagram.
The Guggenheim Museum was built for Solomon R. Guggenheim.
# arguable: "New York" may be the state (the Empire State); Lever Brothers is part of Unilever; the
# museum's foundation bears the same name; the Willis Tower's former name (Sears Tower) came from Sears
The Empire State Building owes its name to New York.
Lever House owes its name to Unilever.
The Guggenheim Museum owes its name to the Solomon R. Guggenheim Foundation.
The Willis Tower owes its name to Sears.
# arguable: Sears and Lever Brothers had their offices there; the Barbican has an art gallery; a past
# "contained" of a present "houses"
The Willis Tower contains Sears.
Lever House contains Lever Brothers.
The Barbican Centre contains a museum.
The Pompidou Centre contained IRCAM.
# arguable: Brutalism, High-tech, Expressionism and Late Modernism are branches of modern architecture;
# a museum of modern art is loosely "a Modern museum"; Philip Johnson was a modernist before he was a
# postmodernist; "modern" of a company or a city, or in lower case, is a vague judgement
The Barbican Centre is Modern.
The Barbican Centre is a Modern arts centre.
The Pompidou Centre is a Modern arts centre.
The Sydney Opera House is a Modern opera house.
The Willis Tower is a Modern skyscraper.
The Transamerica Pyramid is built in the Modern style.
Tate Modern is a Modern museum.
The Musée National d'Art Moderne is a Modern museum.
Philip Johnson is a Modern architect.
Seagram is a Modern company.
New York is a Modern city.
The Chrysler Building is a modern skyscraper.
@towers user:ada
You loved the AT&T Building, a Modern skyscraper.
You loved the Chrysler Building, a Modern skyscraper.
You loved the Chrysler Building, which was composed for Walter Chrysler.
You loved the Barbican, which contains IRCAM.
You loved the Barbican, which contains the LSO, as does the Sydney Opera House.
You loved the Pompidou Centre, which contains IRCAM, as does the Barbican.
You loved the Chrysler Building, which was built for Walter Chrysler, as was the Empire State Building.
The Chrysler Building was designed for you.
The Chrysler Building was built for Ada.
@works
# (2) the verb of "for" against the kind of work: music is not painted or built, a painting or a
# mural is not written
The Requiem was painted for Walsegg.
The Requiem in D minor was built for Count Franz von Walsegg.
The Haffner Symphony was painted for the Haffner family.
The Goldberg Variations were built for Keyserlingk.
The Ninth Symphony was painted for the Philharmonic Society of London.
The Water Music was painted for George I.
Music for the Royal Fireworks was built for George II.
Pierrot lunaire was painted for Albertine Zehme.
The Night Watch was written for Captain Cocq.
The Night Watch was built for Frans Banninck Cocq.
Guernica was written for the Spanish Republic.
Guernica was built for the Spanish Republic.
The Last Supper was written for Ludovico Sforza.
The Last Supper was built for Ludovico Sforza.
The Requiem, painted for Walsegg, dates from the Classical period.
The Requiem was painted for Walsegg and composed by Mozart.
Pierrot lunaire is a Modern melodrama painted for Albertine Zehme.
# "for" someone who is not the commissioner: a dedicatee, a namesake, an instrument, a museum,
# another patron; reversed, negated, coordinated, with a wrong period or composer
The Goldberg Variations were written for and named after Keyserlingk.
Guernica was painted for Guernica.
The Night Watch was painted for the Rijksmuseum.
The Water Music was written for George II.
Music for the Royal Fireworks was written for George I.
The Rite of Spring was composed for Albertine Zehme.
Pierrot lunaire was composed for Diaghilev.
Nixon in China was composed for the Spanish Republic.
The Requiem was composed for Keyserlingk.
Mozart composed the Requiem for Keyserlingk.
Rembrandt painted The Night Watch for Ludovico Sforza.
Captain Cocq was painted for The Night Watch.
The Rite of Spring is a Modern ballet written for Albertine Zehme.
The Rite of Spring is a Modern ballet from the postwar period.
The Rite of Spring is a Modern ballet by John Adams.
The Requiem was not written for Walsegg.
The Requiem was never composed for Walsegg.
# (1) "owes its name to" / "named in honour of" a dedicatee, the composer, the commissioner
The Ninth Symphony was named in honour of Frederick William III.
The Goldberg Variations owe their name to Keyserlingk.
The Goldberg Variations were named in honour of Keyserlingk.
Guernica owes its name to the Spanish Republic.
Concerto Grosso No. 1 owes its name to Gidon Kremer.
The Waldstein Sonata owes its name to Beethoven.
Johann Gottlieb Goldberg was named in honour of the Goldberg Variations.
# (3) "houses" -> "contains", "includes": the wrong museum, reversed, what a painting depicts, a
# movement of a work (another relation's "part")
The Rijksmuseum contains Guernica.
The Rijksmuseum contains The Last Supper.
The Museo Reina Sofía includes The Night Watch.
The Night Watch contains the Rijksmuseum.
Guernica contains the Museo Reina Sofía.
Santa Maria delle Grazie contains Guernica.
The Requiem contains the Ode to Joy.
The Rijksmuseum contains the Lacrimosa.
The Night Watch contains Picasso.
The Night Watch includes Ludovico Sforza.
# (4) "Modern": Postmodern works called Modern and the reverse, a Cubist or Classical work
Nixon in China is a Modern opera.
Concerto Grosso No. 1 is a Modern concerto.
The Rite of Spring is a Postmodern ballet.
Pierrot lunaire is a Postmodern melodrama.
The Requiem is a Modern requiem.
John Adams composed a Modern opera.
Stravinsky composed a Postmodern ballet.
Nixon in China is Modern.
# arguable: "written for" may name the dedicatee, the player or the instrument (the graph has
# Frederick William III as the Ninth's dedicatee, Goldberg as the namesake player, Gidon Kremer as
# the dedicatee, Waldstein as the dedicatee)
Beethoven's Ninth was written for Frederick William III.
The Goldberg Variations were written for Goldberg.
Concerto Grosso No. 1 is a Postmodern concerto written for Gidon Kremer.
The Waldstein Sonata was written for Waldstein.
# arguable: a painting has a composition and a mural a design; a ballet's sets are painted; Picasso
# gave the painting its title ("owes its name to" the namer); what a painting depicts it contains;
# Cubism is a modernist movement
The Night Watch was composed for Captain Cocq.
The Last Supper was designed for Ludovico Sforza.
The Rite of Spring was painted for Diaghilev.
Guernica owes its name to Picasso.
Guernica contains a bull.
Guernica is a Modern painting.
@works user:ben
You loved the Requiem, which was painted for Walsegg.
You disliked the Water Music, which was painted for George I.
You loved Nixon in China, a Modern opera.
You disliked Nixon in China, a Modern opera.
@kitchen
# (2) a dish is not written for anyone
Sachertorte was written for Metternich.
Carpaccio was written for Amalia Nani Mocenigo.
Pizza Margherita was written for Queen Margherita.
# "for" the namesake, the chef, the hotel
Sachertorte was made for Franz Sacher.
Carpaccio was created for Vittore Carpaccio.
Carpaccio was created for Giuseppe Cipriani.
Caesar salad was created for Caesar Cardini.
Pizza Margherita was made for Raffaele Esposito.
Sachertorte was made for Hotel Sacher.
# (1) "owes its name to" the commissioner, the namer (not the namesake, when asked "in honour of")
Sachertorte owes its name to Metternich.
Carpaccio owes its name to Amalia Nani Mocenigo.
Carpaccio was named in honour of Giuseppe Cipriani.
Peach Melba was named in honour of Auguste Escoffier.
Pizza Margherita was named in honour of Raffaele Esposito.
The Waldorf Astoria owes its name to Waldorf salad.
Nellie Melba owes its name to Peach Melba.
Beef Wellington owes its name to Nellie Melba.
# (3) "contains" of a hotel (the restaurants it houses) against "contains" of a dish (ingredients)
The Savoy contains raspberry sauce.
The Savoy contains Peach Melba.
Peach Melba contains the Savoy Grill.
Peach Melba includes the Savoy Grill.
Sachertorte contains Café Sacher.
The Savoy contains Peacock Alley.
The Savoy includes the Savoy Grill and Café Sacher.
Café Sacher contains Hotel Sacher.
# (4) "Modern" where the graph has no Modernism at all
Pavlova is a Modern dessert.
The Savoy Hotel is a Modern hotel.
# arguable: Escoffier created Peach Melba for Nellie Melba and the Waldorf salad was created for the
# hotel's opening ("created for" someone honoured, not a commission); the namer (Cipriani,
# Esposito) may be who a name is owed to; a hotel that sells the dish contains it; a cook
# "composes" a dish and glazes (paints) a cake
Peach Melba was created for Nellie Melba.
Waldorf salad was created for the Waldorf Astoria.
Carpaccio owes its name to Giuseppe Cipriani.
Pizza Margherita owes its name to Raffaele Esposito.
Hotel Sacher contains Sachertorte.
The Waldorf Astoria contains Waldorf salad.
Sachertorte was composed for Metternich.
Sachertorte was painted for Metternich.
@kitchen user:cleo
You loved Sachertorte, which was written for Metternich.
You loved Sachertorte, which owes its name to Metternich.
You loved the Savoy, which contains Peacock Alley.
@naming
# (2) a telescope, a ship, a plane is not written or composed for anyone; "for" the namesake, the
# builder, the operator, a city
The Hubble Space Telescope was written for NASA.
The James Webb Space Telescope was composed for NASA.
The Spirit of St. Louis was composed for Lindbergh.
The Spirit of St. Louis was written for Charles Lindbergh.
RRS Sir David Attenborough was written for the Natural Environment Research Council.
The Hubble Space Telescope was built for Edwin Hubble.
The Hubble Space Telescope was made for Lockheed.
The Hubble Space Telescope was built for the Space Telescope Science Institute.
The Spirit of St. Louis was built for St. Louis.
The Spirit of St. Louis was built for Ryan Airlines.
The Wright Flyer was built for Lindbergh.
RRS Sir David Attenborough was built for David Attenborough.
RRS Sir David Attenborough was built for Cammell Laird.
The National Air and Space Museum was built for Lindbergh.
The James Webb Space Telescope was built for NASA, and the Hubble Space Telescope for Edwin Hubble.
# (1) "owes its name to", "named in honour of": the namer, not the namesake; reversed; negated;
# lists; gapping; "as does"; a wrong period or country alongside
Mount Everest was named in honour of Andrew Waugh.
Lake Victoria was named in honour of John Hanning Speke.
Victoria Falls was named in honour of David Livingstone.
Mount Kosciuszko was named in honour of Paweł Strzelecki.
George Everest owes its name to Mount Everest.
Henry Hudson owes its name to the Hudson River.
Mount Everest owes its name to Queen Victoria.
Victoria Falls owes its name to Lake Victoria.
Lake Victoria owes its name to Victoria Falls.
The Hubble Space Telescope owes its name to NASA.
The James Webb Space Telescope owes its name to NASA.
The Spirit of St. Louis owes its name to Charles Lindbergh.
RRS Sir David Attenborough owes its name to NERC.
Mount Everest never owed its name to George Everest.
Mount Everest does not owe its name to George Everest.
Mount Everest owes its name to George Everest and Andrew Waugh.
Mount Everest, which owes its name to Andrew Waugh, lies in Nepal.
Mount Everest owes its name to George Everest, and Lake Victoria to Abel Tasman.
Lake Victoria owes its name to Queen Victoria, as does Tasmania.
Lake Victoria owes its name to Queen Victoria and lies in Zambia.
Lake Victoria, which owes its name to Queen Victoria, was named during the Age of Discovery.
The Hudson River was named in honour of Henry Hudson during the Victorian era.
Mount Everest was named by George Everest in honour of Andrew Waugh.
Tasmania was named in honour of Abel Tasman by Abel Tasman.
# (3) "contains": the museum's planes against a telescope, reversed, a city
The National Air and Space Museum contains the Hubble Space Telescope.
The Spirit of St. Louis contains the National Air and Space Museum.
St. Louis contains the Spirit of St. Louis.
The National Air and Space Museum includes the Wright Flyer and the Hubble Space Telescope.
# arguable: a place "owes its name to" the one who named it as well as to its namesake; a ship is
# built for the survey that operates it
Mount Everest owes its name to Andrew Waugh.
Victoria Falls owes its name to David Livingstone.
RRS Sir David Attenborough was built for the British Antarctic Survey.
@naming user:dev
You loved Mount Everest, which owes its name to Andrew Waugh.
You loved the Hubble Space Telescope, which was written for NASA.
"""

CONTROLS = r"""
@towers
The Chrysler Building was built for Walter Chrysler.
The Willis Tower was built for Sears.
The Willis Tower was designed for Sears.
The Seagram Building was designed for Samuel Bronfman.
The Portland Building was built for the City of Portland.
The Sydney Opera House was built for the New South Wales Government.
The Willis Tower is a Late Modern skyscraper built for Sears.
The Willis Tower was designed by SOM and built for Sears.
The Chrysler Building was built for and named after Walter Chrysler.
The Transamerica Pyramid was built for the Transamerica Corporation, which it contains.
The Willis Tower owes its name to the Willis Group.
The Pompidou Centre owes its name to Georges Pompidou.
Tate Modern was named in honour of Henry Tate.
The Empire State Building owes its name to New York State.
The Barbican Centre contains the London Symphony Orchestra.
The Pompidou Centre contains the Musée National d'Art Moderne.
The Pompidou Centre includes IRCAM.
Bankside Power Station contains Tate Modern.
Tate Modern is contained by Bankside Power Station.
The Pompidou Centre, containing IRCAM, stands in Paris.
The Sydney Opera House contains Opera Australia.
The Seagram Building is a Modern skyscraper.
Lever House is a Modern skyscraper in New York.
The AT&T Building is a Postmodern skyscraper.
The Seagram Building and Lever House are Modern skyscrapers.
The Willis Tower is a Late Modern skyscraper.
The Guggenheim Museum is a Modern museum.
Philip Johnson designed the Modern Seagram Building.
The Seagram Building is built in the Modern style.
The AT&T Building is a post-modern skyscraper.
The AT&T Building breaks with Modernism.
@towers user:ada
You loved the Seagram Building, a Modern skyscraper.
You disliked the AT&T Building, a Postmodern skyscraper.
You loved the Barbican, which contains the LSO.
You loved the Chrysler Building, built for Walter Chrysler.
@works
The Requiem was written for Walsegg.
The Requiem was composed for Count Franz von Walsegg.
The Night Watch was painted for Captain Cocq.
Guernica was painted for the Spanish Republic.
The Rite of Spring is a Modern ballet written for Diaghilev.
Pierrot lunaire is a Modern melodrama written for Albertine Zehme.
Nixon in China is a Postmodern opera.
The Haffner Symphony was written for and named after the Haffner family.
The Haffner Symphony owes its name to the Haffner family.
The Waldstein Sonata was named in honour of Waldstein.
Guernica owes its name to Guernica.
The Rijksmuseum contains The Night Watch.
Santa Maria delle Grazie contains The Last Supper.
The Goldberg Variations were written for the harpsichord.
The Requiem contains the Lacrimosa.
The Night Watch depicts Captain Cocq, for whom it was painted.
@works user:ben
You loved the Requiem, which was written for Walsegg.
You loved The Rite of Spring, a Modern ballet.
@kitchen
Sachertorte was made for Metternich.
Carpaccio was created for Amalia Nani Mocenigo.
Pizza Margherita was made for Queen Margherita.
Sachertorte owes its name to Franz Sacher.
Waldorf salad owes its name to the Waldorf Astoria.
Caesar salad owes its name to Caesar Cardini.
Peach Melba was named in honour of Nellie Melba.
Sachertorte contains chocolate.
The Savoy contains the American Bar.
Hotel Sacher contains Café Sacher.
The Waldorf Astoria contains Peacock Alley.
The Waldorf Astoria is an Art Deco hotel.
@kitchen user:cleo
You loved the Savoy, which contains the American Bar.
@naming
Mount Everest owes its name to George Everest.
Mount Everest was named in honor of George Everest.
Lake Victoria owes its name to Queen Victoria, as does Victoria Falls.
Mount Everest, which owes its name to George Everest, lies in Nepal.
The Hubble Space Telescope was built for NASA.
The Spirit of St. Louis was built for Charles Lindbergh.
The Spirit of St. Louis owes its name to St. Louis.
RRS Sir David Attenborough was built for the Natural Environment Research Council.
RRS Sir David Attenborough was named in honour of Sir David Attenborough.
The National Air and Space Museum contains the Spirit of St. Louis.
The National Air and Space Museum includes the Wright Flyer and the Spirit of St. Louis.
Mount Everest was named by Andrew Waugh in honour of George Everest.
Mount Everest, named in honour of George Everest, lies in Nepal.
@naming user:dev
You loved Mount Everest, which owes its name to George Everest.
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


# False, and accepted by the starting code of this round too (CHANGES.diff reversed): older
# readings, not this round's. Printed apart as KNOWN.
KNOWN = frozenset(
    {
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # arguable: a resident company, a tenant, the city of the commissioner (the City of Portland) or the city
        # itself: "built for" may name who uses it or where it serves, not its commissioner
        'The Sydney Opera House was built for Opera Australia.',
        'The Pompidou Centre was designed for IRCAM.',
        'Lever House was built for Unilever.',
        'The Pompidou Centre was built for Paris.',
        'The Portland Building was built for Portland.',
        'The Barbican Centre was built for the London Symphony Orchestra.',
        # arguable: the company a patron heads, or the person a commissioning foundation is named after
        'The Seagram Building was built for Seagram.',
        'The Guggenheim Museum was built for Solomon R. Guggenheim.',
        # arguable: "New York" may be the state (the Empire State); Lever Brothers is part of Unilever; the
        # museum's foundation bears the same name; the Willis Tower's former name (Sears Tower) came from Sears
        'The Empire State Building owes its name to New York.',
        'Lever House owes its name to Unilever.',
        'The Guggenheim Museum owes its name to the Solomon R. Guggenheim Foundation.',
        'The Willis Tower owes its name to Sears.',
        # arguable: Sears and Lever Brothers had their offices there; the Barbican has an art gallery; a past
        # "contained" of a present "houses"
        'The Willis Tower contains Sears.',
        'Lever House contains Lever Brothers.',
        'The Barbican Centre contains a museum.',
        'The Pompidou Centre contained IRCAM.',
        # arguable: Brutalism, High-tech, Expressionism and Late Modernism are branches of modern architecture;
        # a museum of modern art is loosely "a Modern museum"; Philip Johnson was a modernist before he was a
        # postmodernist; "modern" of a company or a city, or in lower case, is a vague judgement
        'The Barbican Centre is Modern.',
        'The Barbican Centre is a Modern arts centre.',
        'The Pompidou Centre is a Modern arts centre.',
        'The Sydney Opera House is a Modern opera house.',
        'The Willis Tower is a Modern skyscraper.',
        'The Transamerica Pyramid is built in the Modern style.',
        'Tate Modern is a Modern museum.',
        "The Musée National d'Art Moderne is a Modern museum.",
        'Philip Johnson is a Modern architect.',
        'Seagram is a Modern company.',
        'New York is a Modern city.',
        'The Chrysler Building is a modern skyscraper.',
        # arguable: "written for" may name the dedicatee, the player or the instrument (the graph has
        # Frederick William III as the Ninth's dedicatee, Goldberg as the namesake player, Gidon Kremer as
        # the dedicatee, Waldstein as the dedicatee)
        "Beethoven's Ninth was written for Frederick William III.",
        'The Goldberg Variations were written for Goldberg.',
        'Concerto Grosso No. 1 is a Postmodern concerto written for Gidon Kremer.',
        'The Waldstein Sonata was written for Waldstein.',
        # arguable: a painting has a composition and a mural a design; a ballet's sets are painted; Picasso
        # gave the painting its title ("owes its name to" the namer); what a painting depicts it contains;
        # Cubism is a modernist movement
        'The Night Watch was composed for Captain Cocq.',
        'The Last Supper was designed for Ludovico Sforza.',
        'The Rite of Spring was painted for Diaghilev.',
        'Guernica owes its name to Picasso.',
        'Guernica contains a bull.',
        'Guernica is a Modern painting.',
        # arguable: Escoffier created Peach Melba for Nellie Melba and the Waldorf salad was created for the
        # hotel's opening ("created for" someone honoured, not a commission); the namer (Cipriani,
        # Esposito) may be who a name is owed to; a hotel that sells the dish contains it; a cook
        # "composes" a dish and glazes (paints) a cake
        'Peach Melba was created for Nellie Melba.',
        'Waldorf salad was created for the Waldorf Astoria.',
        'Carpaccio owes its name to Giuseppe Cipriani.',
        'Pizza Margherita owes its name to Raffaele Esposito.',
        'Hotel Sacher contains Sachertorte.',
        'The Waldorf Astoria contains Waldorf salad.',
        'Sachertorte was composed for Metternich.',
        'Sachertorte was painted for Metternich.',
        # arguable: a place "owes its name to" the one who named it as well as to its namesake; a ship is
        # built for the survey that operates it
        'Mount Everest owes its name to Andrew Waugh.',
        'Victoria Falls owes its name to David Livingstone.',
        'RRS Sir David Attenborough was built for the British Antarctic Survey.',
    }
)


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
