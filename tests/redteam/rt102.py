# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
# ruff: noqa: E741, E402, E702, F811, E401
"""Red team 102: false texts for kgexplain's ConsistencyChecker (readings of 1d8fd19, 4c3f380, ded25c8).
Every text below is FALSE on its graph; prints each accepted one, then `accepted N of M` last."""

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _from_tests(module, fn):
    import importlib.util
    base = os.environ.get("CODE") or "/work/main"
    path = os.path.join(base, "tests", module)
    if not os.path.exists(path):
        path = os.path.join("/work/main/tests", module)
    spec = importlib.util.spec_from_file_location("_rt102_" + fn, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, fn)()


def series(): return _from_tests("test_consistency_agents_and_parks.py", "_series")
def wines(): return _from_tests("test_consistency_agents_and_parks.py", "_wines")
def kits(): return _from_tests("test_consistency_agents_and_parks.py", "_kits")
def games(): return _from_tests("test_consistency_agents_and_parks.py", "_games")
def movies(): return kgx.KnowledgeGraph.example()
def clubs(): return _from_tests("test_consistency_clubs_and_collections.py", "_clubs")


def _one(name, phrase, inverse, item, itype, obj, otype, year=None):
    def make():
        return build({"i:x": (itype, item, year)}, {"o:y": (otype, obj)},
                     [R(name, phrase=phrase, inverse_phrase=inverse)], [("i:x", name, "o:y")])
    make.__name__ = f"{name}:{item}"
    return make


def shows():
    # a series that moved networks; a series whose "stars" is a rating
    rels = [R("airs_on", phrase="airs on", inverse_phrase="airs"),
            R("moved_to", phrase="moved to", inverse_phrase="took over"),
            R("created_by", phrase="was created by", inverse_phrase="created"),
            R("produced_by", phrase="is produced by", inverse_phrase="produces"),
            R("distributed_by", phrase="is distributed by", inverse_phrase="distributes"),
            R("country", phrase="is from", inverse_phrase="is the home of")]
    items = {"s:comm": ("series", "Community", 2009), "s:serial": ("podcast", "Serial", 2014)}
    others = {"n:nbc": ("network", "NBC"), "n:yahoo": ("network", "Yahoo Screen"),
              "p:harmon": ("person", "Dan Harmon"), "p:russo": ("person", "Joe Russo"),
              "d:sony": ("company", "Sony Pictures Television"), "c:us": ("country", "United States"),
              "d:wbez": ("company", "WBEZ"), "d:this": ("company", "This American Life")}
    triples = [("s:comm", "airs_on", "n:nbc"), ("s:comm", "moved_to", "n:yahoo"), ("s:comm", "created_by", "p:harmon"),
               ("s:comm", "produced_by", "p:russo"), ("s:comm", "distributed_by", "d:sony"), ("s:comm", "country", "c:us"),
               ("s:serial", "produced_by", "d:this"), ("s:serial", "distributed_by", "d:wbez"), ("s:serial", "country", "c:us")]
    return build(items, others, rels, triples)


def founded():
    # items that come from a country but were founded (band, restaurant, club, brewery)
    rels = [R("country", phrase="is from", inverse_phrase="is the home of"),
            R("signed_to", phrase="is signed to", inverse_phrase="signed"),
            R("led_by", phrase="is led by", inverse_phrase="leads")]
    items = {"b:rh": ("band", "Radiohead", 1985), "r:noma": ("restaurant", "Noma", 2003),
             "c:ajax": ("club", "Ajax", 1900), "w:guin": ("brewery", "Guinness", 1759),
             "o:bpo": ("orchestra", "Berlin Philharmonic", 1882)}
    others = {"c:uk": ("country", "United Kingdom"), "c:dk": ("country", "Denmark"), "c:nl": ("country", "Netherlands"),
              "c:ie": ("country", "Ireland"), "c:de": ("country", "Germany"), "l:xl": ("label", "XL Recordings"),
              "p:thom": ("person", "Thom Yorke"), "p:rene": ("person", "René Redzepi"), "p:petrenko": ("person", "Kirill Petrenko")}
    triples = [("b:rh", "country", "c:uk"), ("r:noma", "country", "c:dk"), ("c:ajax", "country", "c:nl"),
               ("w:guin", "country", "c:ie"), ("o:bpo", "country", "c:de"), ("b:rh", "signed_to", "l:xl"),
               ("b:rh", "led_by", "p:thom"), ("r:noma", "led_by", "p:rene"), ("o:bpo", "led_by", "p:petrenko")]
    return build(items, others, rels, triples)


def films():
    # a film with a producer (not its maker), a distributor, a director, a lead
    rels = [R("directed_by", phrase="was directed by", inverse_phrase="directed"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("distributed_by", phrase="was distributed by", inverse_phrase="distributed"),
            R("imported_by", phrase="is imported by", inverse_phrase="imports"),
            R("stars", phrase="stars", inverse_phrase="plays the lead in"),
            R("features", phrase="features", inverse_phrase="appears in"),
            R("country", phrase="is from", inverse_phrase="is the home of")]
    items = {"f:jaws": ("film", "Jaws", 1975), "f:parasite": ("film", "Parasite", 2019)}
    others = {"p:spielberg": ("person", "Steven Spielberg"), "p:zanuck": ("person", "Richard D. Zanuck"),
              "d:universal": ("company", "Universal Pictures"), "d:neon": ("company", "Neon"),
              "p:bong": ("person", "Bong Joon-ho"), "p:scheider": ("person", "Roy Scheider"),
              "p:shaw": ("person", "Robert Shaw"), "p:song": ("person", "Song Kang-ho"),
              "p:choi": ("person", "Choi Woo-shik"), "c:us": ("country", "United States"), "c:kr": ("country", "South Korea")}
    triples = [("f:jaws", "directed_by", "p:spielberg"), ("f:jaws", "produced_by", "p:zanuck"),
               ("f:jaws", "distributed_by", "d:universal"), ("f:jaws", "stars", "p:scheider"), ("f:jaws", "features", "p:shaw"),
               ("f:parasite", "directed_by", "p:bong"), ("f:parasite", "imported_by", "d:neon"),
               ("f:parasite", "stars", "p:song"), ("f:parasite", "features", "p:choi"),
               ("f:jaws", "country", "c:us"), ("f:parasite", "country", "c:kr")]
    return build(items, others, rels, triples)


def teams():
    # "plays the lead in" / "is the lead in" where lead is not a cast lead; a team with a captain
    rels = [R("lead_in", phrase="is the lead in", inverse_phrase="has the lead"),
            R("captain", phrase="is captained by", inverse_phrase="captains"),
            R("sponsor", phrase="is sponsored by", inverse_phrase="sponsors")]
    items = {"t:ineos": ("team", "Ineos Grenadiers", 2010), "t:jumbo": ("team", "Visma", 1984)}
    others = {"r:tdf": ("race", "Tour de France"), "r:giro": ("race", "Giro d'Italia"),
              "p:thomas": ("person", "Geraint Thomas"), "p:wout": ("person", "Wout van Aert"),
              "k:ineos": ("company", "INEOS")}
    triples = [("t:ineos", "lead_in", "r:tdf"), ("t:ineos", "captain", "p:thomas"), ("t:jumbo", "captain", "p:wout"),
               ("t:ineos", "sponsor", "k:ineos")]
    return build(items, others, rels, triples)


def stations():
    # a broadcaster "broadcasts to" a region; a company "offers to" a client; a writer "publishes on" a platform
    rels = [R("broadcasts_to", phrase="broadcasts to", inverse_phrase="is served by"),
            R("offers_to", phrase="offers to", inverse_phrase="is offered by"),
            R("publishes_on", phrase="publishes on", inverse_phrase="hosts"),
            R("owned_by", phrase="is owned by", inverse_phrase="owns")]
    items = {"s:rfe": ("radio station", "Radio Free Europe", 1950), "c:acme": ("company", "Acme Logistics", 1990),
             "w:lp": ("newsletter", "Letters from an American", 2019)}
    others = {"c:ru": ("country", "Russia"), "k:walmart": ("company", "Walmart"), "p:substack": ("platform", "Substack"),
              "g:usagm": ("agency", "U.S. Agency for Global Media")}
    triples = [("s:rfe", "broadcasts_to", "c:ru"), ("c:acme", "offers_to", "k:walmart"), ("w:lp", "publishes_on", "p:substack"),
               ("s:rfe", "owned_by", "g:usagm")]
    return build(items, others, rels, triples)


CASES = {
    series: [
        "Idris Elba stars in The Crown.", "Claire Foy stars in The Wire.", "The Wire stars Claire Foy.",
        "David Simon stars in The Wire.", "Peter Morgan appears in The Crown.", "David Simon leads The Wire.",
        "Idris Elba leads The Crown.", "Idris Elba is one of the leads of The Crown.", "Idris Elba leads the cast of The Crown.",
        "Claire Foy is one of the leads in The Wire.", "Idris Elba heads the cast of The Crown.",
        "The Crown premiered in 2002.", "The Wire premiered in 2016.", "The Wire premiered in the United Kingdom.",
        "The Crown is an HBO drama.", "The Wire is a Netflix crime drama.", "HBO's The Crown premiered in 2016.",
        "Netflix's The Wire premiered in 2002.", "The Wire streams on Netflix.", "The Crown streams on HBO.",
        "The Crown first aired in 2016 on HBO.", "The Wire first streamed in 2002 on Netflix.", "The Wire first aired in 2002 on Netflix.",
        "The Wire first aired in 2016 on HBO.", "The Crown first aired in 2002.", "Claire Foy stars in an HBO drama.",
        "Idris Elba stars in a Netflix drama.", "Idris Elba stars in a historical drama.", "Claire Foy appears in a crime drama.",
        "Idris Elba first starred in 2016 in The Crown.", "David Simon first created The Crown in 2016.",
        "The Crown is a Netflix crime drama.", "The Wire is an HBO historical drama.", "The Wire is a United Kingdom crime drama.",
        "The Crown is a crime drama that premiered in 2016.", "The Wire is a crime drama that premiered in 2016.",
        "The Wire is a crime drama released in 2016.", "The Crown is a historical drama released in 2002.",
        "Idris Elba stars in The Wire and The Crown.", "Claire Foy and Idris Elba star in The Crown.",
        "Idris Elba stars in The Wire, which premiered in 2016.", "Claire Foy leads The Crown, an HBO drama.",
        "The Wire, an HBO crime drama, stars Claire Foy.", "The Wire and The Crown stream on Netflix.",
        "The Wire and The Crown both air on HBO.", "Both series stream on Netflix.", "Each series stars Idris Elba.",
        "The Crown airs on HBO.", "The Crown broadcasts on HBO.", "Netflix streams The Wire.", "HBO airs The Crown.",
        "HBO streams The Crown.", "HBO created The Wire.",
        "The Crown was made by Idris Elba.", "Claire Foy made The Crown.",
        "The Wire stars in HBO.", "HBO stars in The Wire.", "The United States stars in The Wire.",
        "Idris Elba is from the United States.", "Claire Foy premiered in 2016.", "Idris Elba premiered in 2002.",
        "David Simon premiered The Wire in 2002.", "Idris Elba first appeared in 2016.",
        "The Wire debuted in 2016.", "The Crown first premiered in 2002.", "The Wire first aired in 2002 on Netflix and HBO.",
    ],
    shows: [
        "Community first aired in 2009 on Yahoo Screen.", "Community premiered on Yahoo Screen in 2009.",
       
        "Serial premiered in 2009.", "Community premiered in 2014.",
        "Community first streamed in 2009 on Yahoo Screen.",
        "Community first aired on Yahoo Screen.", "Yahoo Screen's Community premiered in 2009.",
        "Community first moved in 2009 to Yahoo Screen.", "Community moved to NBC.", "Serial streams on NBC.",
        "Serial is an NBC podcast.", "Dan Harmon stars in Community.", "Joe Russo leads Community.",
        "Community first aired in 2014 on NBC.",
    ],
    founded: [
        "Radiohead premiered in 1985.", "Noma premiered in 2003.", "Ajax premiered in 1900.", "Guinness premiered in 1759.",
        "The Berlin Philharmonic premiered in 1882.", "Radiohead debuted in 1985.", "Noma debuted in 2003.",
        "Radiohead first aired in 1985.",
        "Radiohead first released in 1985 on XL Recordings.", "Radiohead first signed in 1985 to XL Recordings.",
        "Radiohead was released in 1985.",
        "Thom Yorke leads Noma.", "René Redzepi leads Radiohead.", "Thom Yorke stars in Radiohead.",
        "Thom Yorke heads the cast of Radiohead.",
        "Noma premiered in Denmark.", "Radiohead premiered in the United Kingdom.", "Ajax premiered in the Netherlands.",
    ],
    films: [
        "Parasite was made by Neon.", "Neon made Parasite.",
        "Neon makes Parasite.", "Parasite was produced by Neon.",
        "Jaws was made by Bong Joon-ho.", "Steven Spielberg made Parasite.", "Bong Joon-ho produced Jaws.",
        "Choi Woo-shik heads the cast of Parasite.", "Roy Scheider stars in Parasite.", "Song Kang-ho appears in Jaws.",
        "Robert Shaw appears in Parasite.", "Steven Spielberg stars in Jaws.", "Steven Spielberg appears in Jaws.",
        "Richard D. Zanuck stars in Jaws.", "Universal Pictures appears in Jaws.", "Roy Scheider leads Parasite.",
        "Roy Scheider is one of the leads of Parasite.", "Jaws stars Robert Shaw and Song Kang-ho.",
        "Jaws premiered in 2019.", "Parasite premiered in 1975.", "Parasite premiered in the United States.",
        "Parasite first screened in 1975.", "Jaws first screened in 2019.", "Jaws is a Universal Pictures film that premiered in 2019.",
        "Jaws first premiered in 1975 in South Korea.", "Parasite first aired in 2019 on Neon.", "Jaws streams on Universal Pictures.",
        "Parasite is a Neon film.", "Jaws is a Neon film.", "Neon's Jaws premiered in 1975.",
        "Steven Spielberg directed Jaws in 2019.", "Steven Spielberg first directed Jaws in 2019.",
        "Steven Spielberg first made Jaws in 2019.", "Roy Scheider first starred in Jaws in 2019.",
    ],
    teams: [
        "Ineos Grenadiers leads the Giro d'Italia.", "Ineos Grenadiers heads the cast of the Tour de France.",
        "Ineos Grenadiers stars in the Tour de France.",
        "Wout van Aert leads Ineos Grenadiers.", "Geraint Thomas leads Visma.", "Visma leads the Tour de France.",
        "INEOS makes Ineos Grenadiers.", "INEOS made Ineos Grenadiers.", "Ineos Grenadiers premiered in 2010.",
        "Visma premiered in 1984.", "Geraint Thomas stars in Ineos Grenadiers.", "Ineos Grenadiers plays the lead in the Giro d'Italia.",
    ],
    stations: [
        "Radio Free Europe is a Russia radio station.", "Russia's Radio Free Europe broadcasts to Russia.",
        "Russia's Radio Free Europe is owned by the U.S. Agency for Global Media.", "Radio Free Europe is a Russian radio station.",
        "Acme Logistics is a Walmart company.", "Walmart's Acme Logistics was founded in 1990.",
        "Acme Logistics is owned by Walmart.", "Radio Free Europe airs on Russia.", "Radio Free Europe streams to Russia.",
        "Radio Free Europe is a Russia station founded in 1950.", "Letters from an American is a Substack newsletter launched in 2020.",
        "Russia airs Radio Free Europe.", "Russia broadcasts Radio Free Europe.", "Radio Free Europe premiered in 1950 in Russia.",
        "Radio Free Europe first aired in 1950 in Russia.", "Radio Free Europe first broadcast in 1951 to Russia.",
        "Substack's Letters from an American was made by Substack.",
    ],
    wines: [
        "Ridgeline Zinfandel is made by Henri Lefèvre.", "Henri Lefèvre makes Ridgeline Zinfandel.",
        "Domaine Lefèvre made Ridgeline Zinfandel.", "Ana Ruiz makes Clos Saint-Vincent.",
        "Zinfandel makes Ridgeline Zinfandel.", "Pinot Noir makes Ridgeline Zinfandel.", "Pinot Noir made Clos Saint-Vincent.",
        "Ridgeline Zinfandel is made with Pinot Noir.", "Clos Saint-Vincent is made of Zinfandel.",
        "Ridgeline Zinfandel is made from Ridge Hollow Cellars.", "Ridge Hollow Cellars crafted Clos Saint-Vincent.",
        "Ana Ruiz produced Clos Saint-Vincent.", "Henri Lefèvre produces Ridgeline Zinfandel.",
        "Domaine Lefèvre crafts Ridgeline Zinfandel.",
        "Clos Saint-Vincent was first made in 2018.", "Ridgeline Zinfandel was first made in 2015.",
        "Ridge Hollow Cellars makes both wines.", "Each wine is made by Domaine Lefèvre.",
        "Ridgeline Zinfandel is a Domaine Lefèvre wine.", "Ana Ruiz stars in Ridgeline Zinfandel.",
        "Zinfandel appears in Clos Saint-Vincent.", "Pinot Noir is used in Ridgeline Zinfandel.",
        "Ridgeline Zinfandel is made by Ridge Hollow Cellars from Pinot Noir.", "Ana Ruiz made Ridgeline Zinfandel in 2015.",
    ],
    kits: [
        "Everton play their home matches at the Emirates Stadium.", "Arsenal play their home fixtures at Goodison Park.",
        "Arsenal play their away matches at Goodison Park.", "Everton wear adidas.", "Arsenal wear Castore.",
        "adidas wear Arsenal.", "Goodison Park wears Castore.", "Arsenal wear Goodison Park.", "adidas makes Everton.",
        "adidas made Arsenal.", "Arsenal was made by adidas.", "Castore makes the kits of Arsenal.",
        "Arsenal first played in 1886 at the Emirates Stadium.", "Arsenal first played their home matches at the Emirates Stadium in 1886.",
        "Arsenal premiered in 1886.", "Everton premiered in 1878.", "Arsenal first wore adidas in 1886.",
        "Both clubs wear adidas.", "Each club plays its home games at Goodison Park.", "Arsenal and Everton wear Castore.",
        "Arsenal play their home matches at adidas.", "adidas plays its home games at the Emirates Stadium.",
        "Arsenal is an adidas club founded in 1878.", "Arsenal stars in the Emirates Stadium.",
    ],
    games: [
        "Hollow Knight is a platformer released in 2017.", "Celeste is a metroidvania released in 2018.",
        "Celeste is a platformer released in 2017.", "Hollow Knight is a metroidvania released in 2018.",
        "Hollow Knight first aired in 2017.",
        "Celeste premiered in 2017.", "Hollow Knight is a metroidvania founded in 2017.",
        "Celeste is a metroidvania platformer released in 2018.",
    ],
    clubs: [
        "Everton premiered in 1878.", "Everton first aired in 1878.", "Everton debuted in 1878.",
        "Everton play their home matches at Easter Road.", "Everton leads the Scottish Premiership.",
    ],
    _one("stars", "stars", "is starred by", "Alice", "user", "kgexplain", "repository"):
        ["kgexplain stars in Alice.", "kgexplain appears in Alice.", "Alice appears in kgexplain.", "Alice stars in kgexplain.",
         "kgexplain leads Alice."],
    _one("stars", "stars", "is starred by", "Michelin Guide 2020", "guide", "Noma", "restaurant", 2020):
        [],
    _one("starring", "starring", "stars in", "Star Wars", "film", "Harrison Ford", "person", 1977):
        ["Harrison Ford leads Star Wars.", "Harrison Ford heads the cast of Star Wars.", "Star Wars stars in Harrison Ford."],
    _one("lead_of", "is the lead of", "has the lead", "Anna Smith", "person", "Apollo Project", "project"):
        ["Anna Smith stars in the Apollo Project.", "Anna Smith heads the cast of the Apollo Project.",
         "Anna Smith leads the cast of the Apollo Project.", "Anna Smith appears in the Apollo Project."],
    _one("lead_in", "is the lead in", "has the lead", "Graphite", "mineral", "Pencil", "tool"):
        ["Graphite stars in Pencil.", "Graphite heads the cast of Pencil.", "Graphite is one of the leads of Pencil."],
    _one("plays_lead", "plays the lead in", "has the lead", "Lionel Messi", "person", "Argentina", "team"):
        ["Lionel Messi heads the cast of Argentina.", "Lionel Messi stars in Argentina.", "Lionel Messi appears in Argentina."],
    _one("managed_by", "is managed by", "manages", "Radiohead", "band", "Chris Hufford", "person", 1985):
        ["Chris Hufford leads Radiohead.", "Chris Hufford made Radiohead.", "Chris Hufford stars in Radiohead.",
         "Radiohead premiered in 1985.", "Chris Hufford heads the cast of Radiohead."],
    _one("administered_by", "is administered by", "administers", "Yosemite", "park", "National Park Service", "agency", 1890):
        ["The National Park Service made Yosemite.", "The National Park Service leads Yosemite.", "Yosemite premiered in 1890.",
         "Yosemite first aired in 1890.", "Yosemite is a National Park Service production."],
    _one("operated_by", "is operated by", "operates", "Queen Mary 2", "ship", "Cunard", "company", 2003):
        ["Cunard made Queen Mary 2.", "Queen Mary 2 was made by Cunard.", "Cunard built Queen Mary 2.",
         "Queen Mary 2 premiered in 2003.", "Cunard leads Queen Mary 2."],
    _one("produced_by", "is produced by", "produces", "Queen Mary 2", "ship", "Chantiers de l'Atlantique", "shipyard", 2003):
        ["Queen Mary 2 is run by Chantiers de l'Atlantique.", "Chantiers de l'Atlantique operates Queen Mary 2.",
         "Chantiers de l'Atlantique owns Queen Mary 2."],
    _one("imported_by", "is imported by", "imports", "Trattoria Lager", "beer", "Harbor Imports Ltd", "company", 1990):
        ["Trattoria Lager is made by Harbor Imports Ltd.", "Harbor Imports Ltd makes Trattoria Lager.",
         "Harbor Imports Ltd produces Trattoria Lager.", "Harbor Imports Ltd brews Trattoria Lager."],
    _one("distributed_by", "is distributed by", "distributes", "Glacier Peak Water", "water", "Northwind Distribution", "company", 1996):
        ["Glacier Peak Water is made by Northwind Distribution.", "Northwind Distribution makes Glacier Peak Water.",
         "Northwind Distribution produces Glacier Peak Water.", "Glacier Peak Water is a Northwind Distribution water."],
    _one("sold_by", "is sold by", "sells", "iPhone", "phone", "Best Buy", "retailer", 2007):
        ["The iPhone is made by Best Buy.", "Best Buy makes the iPhone.", "Best Buy produces the iPhone.", "Best Buy's iPhone premiered in 2007."],
    _one("produced_evidence", "produced", "was produced by", "The Prosecution", "party", "The Knife", "exhibit"):
        ["The Prosecution made The Knife.", "The Knife was made by The Prosecution.", "The Prosecution crafted The Knife."],
    _one("crafted_from", "is crafted from", "is crafted into", "Oak Table", "furniture", "Oak", "wood"):
        ["Oak made Oak Table.", "Oak Table is made by Oak.", "Oak crafted Oak Table."],
    _one("copies", "copies", "is copied by", "Tesla Model Y", "car", "Xiaomi SU7", "car", 2020):
        ["Xiaomi SU7 made Tesla Model Y.", "Tesla Model Y is made by Xiaomi SU7."],
    _one("wears", "wears kits made by", "makes the kits of", "Arsenal", "club", "adidas", "kit_maker", 1886):
        ["Arsenal makes adidas.", "adidas wears Arsenal.", "adidas wear Arsenal.", "Arsenal made adidas.", "Arsenal is made by adidas."],
    _one("refused", "refused kits made by", "was refused by", "Everton", "club", "Nike", "kit_maker", 1878):
        ["Everton wear Nike.", "Everton wore Nike.", "Everton wears Nike."],
    _one("burned", "burned flags made by", "had its flags burned by", "Protest Group", "group", "Acme Flags", "company", 2001):
        ["Protest Group made Acme Flags.", "Acme Flags was made by Protest Group."],
    _one("bans", "bans phones made by", "is banned by", "The Pentagon", "agency", "Huawei", "company", 1947):
        ["The Pentagon uses Huawei.", "The Pentagon wears Huawei.", "Huawei makes The Pentagon."],
    _one("flies", "flies planes made by", "makes the planes of", "Ryanair", "airline", "Boeing", "company", 1984):
        ["Ryanair wears Boeing.", "Ryanair makes Boeing.", "Boeing flies Ryanair.", "Boeing made Ryanair.", "Ryanair is made by Boeing."],
    _one("home_games", "plays its home games at", "is the home ground of", "Real Madrid", "club", "Santiago Bernabéu", "stadium", 1902):
        ["Real Madrid play their away matches at the Santiago Bernabéu.", "The Santiago Bernabéu plays its home games at Real Madrid.",
         "Real Madrid premiered in 1902.", "Real Madrid first played in 1902 at the Santiago Bernabéu.",
         "Real Madrid played their first match at the Santiago Bernabéu in 1902."],
    _one("airs_on", "airs on", "airs", "Top Gear", "series", "BBC Two", "network", 1977):
        ["Top Gear first aired in 1977 on BBC Two in 2002.", "Top Gear is a BBC Two documentary.",
         "Top Gear premiered in 1977 in Britain.", "BBC Two's Top Gear premiered in 1978.", "Top Gear first aired on BBC Two in 1978."],
    _one("aired_on", "aired on", "aired", "Firefly", "series", "Fox", "network", 2002):
        ["Firefly streams on Fox.", "Firefly airs on Fox.", "Firefly is streaming on Fox."],
    _one("hosts_on", "hosts on", "is hosted by", "Joe Rogan", "person", "Spotify", "platform", 2009):
        ["Joe Rogan is a Spotify podcast released in 2009.", "Spotify's Joe Rogan premiered in 2009.", "Joe Rogan premiered in 2009."],
    _one("signs_to", "signs to", "signs", "Jude Bellingham", "person", "Real Madrid", "club", 2003):
        ["Jude Bellingham is a Real Madrid player born in 2003.", "Real Madrid's Jude Bellingham premiered in 2003.",
         "Jude Bellingham premiered in 2003."],
    _one("shows_to", "shows to", "is shown by", "Louvre", "museum", "Schoolchildren", "group", 1793):
        ["The Louvre is a Schoolchildren museum.", "Schoolchildren's Louvre premiered in 1793."],
    _one("offers_on", "offers on", "is offered by", "Goldman Sachs", "bank", "Apple Card", "product", 1869):
        ["Goldman Sachs is an Apple Card bank.", "Apple Card's Goldman Sachs was founded in 1869."],
    _one("streams_ban", "bans streams on", "is banned by", "China", "country", "Twitch", "platform"):
        ["China streams on Twitch.", "China is a Twitch country."],
}
CASES2 = {
 movies: ["TriStar Pictures made Jumanji.", "Jumanji was made by TriStar Pictures.", "TriStar Pictures makes Jumanji.",
   "Warner Bros. made Jumanji.", "Jumanji streams on TriStar Pictures.", "Jumanji first aired in 1995 on TriStar Pictures.",
   "James Horner stars in Jumanji.", "Joe Johnston appears in Jumanji.", "Robin Williams heads the cast of Grumpier Old Men.",
   "Bonnie Hunt leads Grumpier Old Men.", "Robert Dalva made Jumanji.", "James Horner made Jumanji.", "Tak Fujimoto made Jumanji.",
   "Jumanji premiered in 1996.", "Jumanji is a Warner Bros. film.", "Warner Bros.' Jumanji premiered in 1995.",
   "Jumanji is a fantasy released in 1996.", "Grumpier Old Men is a fantasy released in 1995.", "Jumanji is a romance released in 1995.",
   "Robin Williams first starred in 1995 in Jumanji.", "Jumanji first aired in 1995 on Warner Bros.", "Jumanji is a TriStar Pictures drama.",
   "Robin Williams stars in Grumpier Old Men.", "Jumanji first premiered in 1994.", "Jumanji first screened in 1995 on TriStar Pictures.",
   "Thomas E. Ackerman appears in Jumanji.", "Toy Story is a horror released in 1995.",
   "Robin Williams plays the lead in Grumpier Old Men.",
   "Greg Taylor stars in Jumanji.", "Robert W. Cort stars in Jumanji.", "Ted Field appears in Jumanji.",
   "Jumanji first streamed in 1995.", "Robin Williams premiered in 1995."],
 _one("starred_by", "is starred by", "stars", "kgexplain", "repository", "Alice", "user", 2020):
   ["Alice stars in kgexplain.", "Alice appears in kgexplain.", "kgexplain stars in Alice.", "Alice leads kgexplain."],
 _one("produced", "produced", "was produced by", "Houdini", "magician", "White Rabbit", "animal"):
   ["Houdini made White Rabbit.", "White Rabbit was made by Houdini.", "Houdini makes White Rabbit."],
 _one("produced_id", "produced", "was produced by", "The Witness", "person", "Passport", "document"):
   ["The Witness made Passport.", "The Passport was made by The Witness."],
 _one("buys", "buys chips made by", "makes the chips of", "Apple", "company", "TSMC", "company", 1976):
   ["Apple owns TSMC."],
 _one("owns", "owns cars made by", "makes the cars of", "Jay Leno", "person", "Bugatti", "company"):
   ["Jay Leno owns Bugatti.", "Jay Leno owned Bugatti."],
 _one("sells_fakes", "sells fakes made by", "is faked by", "Canal Street Market", "market", "Gucci", "company", 1990):
   ["Canal Street Market sells Gucci.", "Canal Street Market sold Gucci."],
 _one("sells_knock", "sells knockoffs made by", "is knocked off by", "Canal Street Market", "market", "Rolex", "company", 1990):
   ["Canal Street Market sells Rolex."],
 _one("acquires", "acquires machines made by", "makes machines for", "Intel", "company", "ASML", "company", 1968):
   ["Intel acquires ASML.", "Intel acquired ASML."],
 _one("insures", "insures ships made by", "builds ships for", "Lloyd's", "insurer", "Harland and Wolff", "shipyard", 1686):
   ["Lloyd's insures Harland and Wolff."],
 _one("former", "played its home games at", "was the home ground of", "Arsenal", "club", "Highbury", "stadium", 1886):
   ["Arsenal play their home matches at Highbury.", "Arsenal plays its home games at Highbury.", "Arsenal play their home fixtures at Highbury."],
 _one("airs_to", "airs to", "receives", "BBC World Service", "station", "Nigeria", "country", 1932):
   ["Nigeria's BBC World Service airs to Nigeria.", "BBC World Service is a Nigeria station.", "Nigeria's BBC World Service was founded in 1932."],
 _one("offers_to", "offers to", "is offered by", "Acme Logistics", "company", "Walmart", "company", 1990):
   ["Walmart's Acme Logistics offers to Walmart.", "Walmart's Acme Logistics was founded in 1990."],
 _one("publishes_to", "publishes to", "reads", "The Economist", "magazine", "Subscribers", "audience", 1843):
   ["Subscribers' The Economist was founded in 1843."],
 _one("releases_to", "releases to", "receives", "Sunrise Prison", "prison", "Hope House", "halfway house", 1950):
   ["Hope House's Sunrise Prison opened in 1950.", "Sunrise Prison is a Hope House prison."],
 _one("sells_to", "sells to", "buys from", "Foxconn", "company", "Apple", "company", 1974):
   ["Apple's Foxconn was founded in 1974.", "Foxconn is an Apple company."],
 _one("hosts_to", "hosts", "is hosted by", "Wembley", "stadium", "FA Cup Final", "event", 1923):
   ["FA Cup Final's Wembley opened in 1923."],
 _one("lead_in", "plays the lead in", "has the lead", "Kevin Spacey", "person", "House of Cards", "series"):
   ["Kevin Spacey premiered in 2013."],
 _one("is_lead_of", "is the lead of", "is led by", "Dr. Chen", "scientist", "Mars Rover Mission", "mission"):
   ["Dr. Chen stars in the Mars Rover Mission.", "Dr. Chen appears in the Mars Rover Mission."],
 _one("produces_o", "produces", "is produced by", "Norway", "country", "Oil", "commodity"):
   ["Norway crafted Oil.", "Oil was crafted by Norway."],
 _one("made_from", "is made from", "is used in", "Guinness", "beer", "Barley", "grain", 1759):
   ["Guinness is made by Barley.", "Barley crafted Guinness."],
 _one("produced_by_film", "was produced by", "produced", "Schindler's List", "film", "Branko Lustig", "person", 1993):
   ["Branko Lustig directed Schindler's List.", "Branko Lustig stars in Schindler's List.", "Branko Lustig premiered in 1993."],
}
CASES3 = {series: ["Both series premiered in 2002.", "Both series premiered in 2016.", "The Wire premiered in 2002. It streams on Netflix.",
  "The Crown premiered in 2016. It is an HBO drama.", "The Wire premiered in 2002 and The Crown premiered in 2002.",
  "Each series first aired in 2002.", "The Wire and The Crown first aired in 2002.", "The Wire first aired in 2002 on HBO, and Claire Foy leads it.",
  "The Crown first aired in 2016 on Netflix with Idris Elba in the lead.", "Idris Elba leads an HBO drama that premiered in 2016.",
  "Claire Foy leads a Netflix drama that premiered in 2002.", "The Wire first aired in 2002 on HBO and first streamed in 2016 on Netflix.",
  "David Simon's The Wire streams on Netflix.", "Claire Foy's The Crown premiered in 2016.", "Idris Elba's The Crown premiered in 2016.",
  "The Wire stars Idris Elba and Claire Foy.", "Idris Elba, who stars in The Wire, also leads The Crown.",
  "The Wire premiered in 2002 in the United Kingdom.", "The Crown originally aired in 2002.", "The Wire first aired in 2002 on HBO in the United Kingdom."],
 clubs: ["Everton first premiered in 1878.", "Everton first streamed in 1878.", "Everton first broadcast in 1878."],
 kits: ["Both clubs premiered in 1886.", "Arsenal first aired in 1886 on adidas.", "Arsenal first streamed in 1886."],
}

CASES4 = {}
for _typ, _name, _year in [("university", "Heidelberg University", 1386), ("church", "Cologne Cathedral", 1248),
                           ("bridge", "Köhlbrand Bridge", 1974), ("party", "SPD", 1863), ("zoo", "Berlin Zoo", 1844),
                           ("company", "Siemens", 1847)]:
    # items from a country that were founded or built, never shown: no premiere, no first airing
    CASES4[_one("from", "is from", "is the home of", _name, _typ, "Germany", "country", _year)] = [
        f"{_name} premiered in {_year}.", f"{_name} first aired in {_year}.", f"{_name} debuted in {_year}.",
        f"{_name} first streamed in {_year}.", f"{_name} first screened in {_year}.", f"{_name} first broadcast in {_year}.",
        f"{_name} is a Germany {_typ} that premiered in {_year}."]
    CASES4[_one("based", "is based in", "is the base of", _name, _typ, "Germany", "country", _year)] = [
        f"{_name} premiered in {_year}.", f"{_name} first aired in {_year}."]


# Kept open by the lead (issue 17): a distributor before the kind noun ("a Northwind Distribution
# water") reads as "a Paramount film" does, which the checker accepts for a distributor. The other
# older holes this list held (a relation's past tense said in the present, "released" or "first
# aired" of a band or a game, a recipient before the kind noun) were closed in session 34 and are
# counted again. Printed as OPEN and left out of the count.
OPEN = frozenset({"Glacier Peak Water is a Northwind Distribution water."})


def main():
    accepted = total = still_open = 0
    for make, texts in [*CASES.items(), *CASES2.items(), *CASES3.items(), *CASES4.items()]:
        ch = ConsistencyChecker(make(), outside_evidence=True).build()
        for text in texts:
            v = ch.check(text, (), None)
            if text in OPEN:
                still_open += v.supported
                print(f"OPEN ({'accepted' if v.supported else 'rejected now'}) [{make.__name__}] {text}")
                continue
            total += 1
            if v.supported:
                accepted += 1
                print(f"ACCEPTED [{make.__name__}] {text}")
    print(f"open {still_open} of {len(OPEN)}")
    print(f"accepted {accepted} of {total}")


if __name__ == "__main__":
    main()
