# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
# ruff: noqa: E741, E402, E702, F811, E401
"""Red team 103: false texts for kgexplain's ConsistencyChecker (readings of ded25c8, bf69553, d5fa90b).
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
    spec = importlib.util.spec_from_file_location("_rt103_" + fn, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, fn)()


def series(): return _from_tests("test_consistency_agents_and_parks.py", "_series")
def wines(): return _from_tests("test_consistency_agents_and_parks.py", "_wines")
def kits(): return _from_tests("test_consistency_agents_and_parks.py", "_kits")
def movies(): return kgx.KnowledgeGraph.example()
def collections(): return _from_tests("test_consistency_clubs_and_collections.py", "_collections")


def _one(name, phrase, inverse, item, itype, obj, otype, year=None):
    def make():
        return build({"i:x": (itype, item, year)}, {"o:y": (otype, obj)},
                     [R(name, phrase=phrase, inverse_phrase=inverse)], [("i:x", name, "o:y")])
    make.__name__ = f"{name}:{item}"
    return make


def _art(museum_phrase, museum_inverse, extra=()):
    """Paintings with a museum relation of some meaning, a movement class, and extra relations."""
    def make():
        rels = [R("museum", phrase=museum_phrase, inverse_phrase=museum_inverse),
                R("movement", phrase="belongs to the movement", inverse_phrase="includes"),
                R("painted_by", phrase="was painted by", inverse_phrase="painted")]
        rels += [R(n, phrase=p, inverse_phrase=i) for n, p, i, _ in extra]
        items = {"w:sn": ("painting", "The Starry Night", 1889), "w:sf": ("painting", "Sunflowers", 1888),
                 "w:ir": ("painting", "Irises", 1889)}
        others = {"m:moma": ("museum", "Museum of Modern Art"), "m:vgm": ("museum", "Van Gogh Museum"),
                  "m:getty": ("museum", "Getty Center"), "v:pi": ("movement", "Post-Impressionism"),
                  "p:vg": ("painter", "Vincent van Gogh")}
        triples = [("w:sn", "museum", "m:moma"), ("w:sf", "museum", "m:vgm"), ("w:ir", "museum", "m:getty"),
                   ("w:sn", "movement", "v:pi"), ("w:sf", "movement", "v:pi"), ("w:ir", "movement", "v:pi"),
                   ("w:sn", "painted_by", "p:vg"), ("w:sf", "painted_by", "p:vg"), ("w:ir", "painted_by", "p:vg")]
        for n, _, _, trs in extra:
            for s, o, ot, ol in trs:
                others[o] = (ot, ol)
                triples.append((s, n, o))
        return build(items, others, rels, triples)
    make.__name__ = f"art:{museum_phrase}:{'+'.join(x[0] for x in extra)}"
    return make


ART_FALSE = ["The Starry Night belongs to the Museum of Modern Art.", "Sunflowers is in the Van Gogh Museum.",
             "Irises hangs in the Getty Center.", "The Starry Night is housed in the Museum of Modern Art.",
             "The Museum of Modern Art owns The Starry Night.", "Sunflowers is kept at the Van Gogh Museum.",
             "The Starry Night is owned by the Museum of Modern Art.", "Sunflowers belongs to the Van Gogh Museum."]


def art_classes():
    """Museum relation "is held by" with a class "belongs to the movement" and an owner class
    "is owned by the foundation": the owner is not the museum."""
    rels = [R("held_by", phrase="is held by", inverse_phrase="holds"),
            R("movement", phrase="belongs to the movement", inverse_phrase="includes"),
            R("owner", phrase="is owned by the foundation", inverse_phrase="owns"),
            R("collection", phrase="is in the collection", inverse_phrase="contains"),
            R("painted_by", phrase="was painted by", inverse_phrase="painted")]
    items = {"w:sn": ("painting", "The Starry Night", 1889), "w:sf": ("painting", "Sunflowers", 1888)}
    others = {"m:moma": ("museum", "Museum of Modern Art"), "m:vgm": ("museum", "Van Gogh Museum"),
              "v:pi": ("movement", "Post-Impressionism"), "f:vgf": ("foundation", "Vincent van Gogh Foundation"),
              "f:lb": ("foundation", "Lillie Bliss Bequest"), "c:ab": ("collection", "Abby Aldrich Collection"),
              "c:vgc": ("collection", "Family Collection"), "p:vg": ("painter", "Vincent van Gogh")}
    triples = [("w:sn", "held_by", "m:moma"), ("w:sf", "held_by", "m:vgm"), ("w:sn", "movement", "v:pi"),
               ("w:sf", "movement", "v:pi"), ("w:sn", "owner", "f:lb"), ("w:sf", "owner", "f:vgf"),
               ("w:sn", "collection", "c:ab"), ("w:sf", "collection", "c:vgc"),
               ("w:sn", "painted_by", "p:vg"), ("w:sf", "painted_by", "p:vg")]
    return build(items, others, rels, triples)


def mixed_shows():
    """One series among many non-works (parks, clubs, a cathedral): a premiere of a non-work."""
    rels = [R("located_in", phrase="is located in", inverse_phrase="contains"),
            R("airs_on", phrase="airs on", inverse_phrase="airs"),
            R("managed_by", phrase="is managed by", inverse_phrase="manages")]
    items = {"s:wire": ("series", "The Wire", 2002), "p:yose": ("park", "Yosemite", 1890),
             "c:koln": ("cathedral", "Cologne Cathedral", 1248), "b:rh": ("band", "Radiohead", 1985),
             "z:bz": ("zoo", "Berlin Zoo", 1844)}
    others = {"n:hbo": ("network", "HBO"), "c:us": ("country", "United States"), "c:de": ("country", "Germany"),
              "c:uk": ("country", "United Kingdom"), "g:nps": ("agency", "National Park Service"),
              "p:hufford": ("person", "Chris Hufford")}
    triples = [("s:wire", "airs_on", "n:hbo"), ("p:yose", "located_in", "c:us"), ("c:koln", "located_in", "c:de"),
               ("b:rh", "located_in", "c:uk"), ("z:bz", "located_in", "c:de"), ("p:yose", "managed_by", "g:nps"),
               ("b:rh", "managed_by", "p:hufford"), ("s:wire", "located_in", "c:us")]
    return build(items, others, rels, triples)


def genres():
    """Films and series with a genre relation; "is both a X and a Y"."""
    rels = [R("has_genre", phrase="has genre", inverse_phrase="is the genre of"),
            R("directed_by", phrase="was directed by", inverse_phrase="directed"),
            R("country", phrase="is from", inverse_phrase="is the home of")]
    items = {"s:bb": ("series", "Breaking Bad", 2008), "f:alien": ("film", "Alien", 1979),
             "f:heat": ("film", "Heat", 1995)}
    others = {"g:crime": ("genre", "crime drama"), "g:thr": ("genre", "thriller"), "g:hor": ("genre", "horror"),
              "g:sf": ("genre", "science fiction"), "g:com": ("genre", "comedy"),
              "p:scott": ("person", "Ridley Scott"), "p:mann": ("person", "Michael Mann"),
              "c:us": ("country", "United States"), "c:uk": ("country", "United Kingdom")}
    triples = [("s:bb", "has_genre", "g:crime"), ("s:bb", "has_genre", "g:thr"), ("f:alien", "has_genre", "g:hor"),
               ("f:alien", "has_genre", "g:sf"), ("f:heat", "has_genre", "g:crime"), ("f:heat", "has_genre", "g:thr"),
               ("f:alien", "directed_by", "p:scott"), ("f:heat", "directed_by", "p:mann"),
               ("s:bb", "country", "c:us"), ("f:alien", "country", "c:uk"), ("f:heat", "country", "c:us")]
    return build(items, others, rels, triples)


def cocktails():
    """"crafted" a cocktail for a bar: the bar did not make it; "is used in" of tools and places."""
    rels = [R("crafted_for", phrase="was crafted for", inverse_phrase="commissioned"),
            R("tool_used_in", phrase="is used in", inverse_phrase="uses"),
            R("invented_by", phrase="was invented by", inverse_phrase="invented")]
    items = {"k:negroni": ("cocktail", "Negroni", 1919), "k:mojito": ("cocktail", "Mojito", 1900)}
    others = {"b:casoni": ("bar", "Caffè Casoni"), "b:bodeguita": ("bar", "La Bodeguita del Medio"),
              "p:negroni": ("person", "Count Negroni"), "t:shaker": ("tool", "Boston shaker"),
              "t:muddler": ("tool", "muddler")}
    triples = [("k:negroni", "crafted_for", "b:casoni"), ("k:mojito", "crafted_for", "b:bodeguita"),
               ("t:muddler", "tool_used_in", "k:mojito"), ("t:shaker", "tool_used_in", "k:negroni"),
               ("k:negroni", "invented_by", "p:negroni")]
    return build(items, others, rels, triples)


def cars():
    """Cars sold by a dealer brand, serviced by a manufacturer, produced by a manufacturer."""
    rels = [R("produced_by", phrase="is produced by", inverse_phrase="produces"),
            R("sold_by", phrase="is sold by", inverse_phrase="sells"),
            R("serviced_by", phrase="is serviced by", inverse_phrase="services"),
            R("licensed_by", phrase="is licensed by", inverse_phrase="licenses")]
    items = {"c:supra": ("car", "Toyota Supra", 2019), "c:z4": ("car", "BMW Z4", 2018)}
    others = {"m:magna": ("manufacturer", "Magna Steyr"), "m:bmw": ("manufacturer", "BMW"),
              "m:toyota": ("brand", "Toyota"), "d:autonation": ("dealer", "AutoNation")}
    triples = [("c:supra", "produced_by", "m:magna"), ("c:z4", "produced_by", "m:magna"),
               ("c:supra", "sold_by", "d:autonation"), ("c:supra", "serviced_by", "m:bmw"),
               ("c:supra", "licensed_by", "m:toyota")]
    return build(items, others, rels, triples)


CASES = {
    collections: [
        "The Milkmaid belongs to the Mauritshuis.", "Olympia is in the Rijksmuseum.", "The Night Watch hangs in the Uffizi Gallery.",
        "The Birth of Venus is kept at the Musée d'Orsay.", "Girl with a Pearl Earring is housed in the Rijksmuseum.",
        "The Birth of Venus is both a nude and a portrait.", "Olympia is both a nude and a militia.",
        "Johannes Vermeer belongs to the Rijksmuseum.", "Rembrandt hangs in the Rijksmuseum.",
        "The Rijksmuseum belongs to The Milkmaid.", "Both Vermeers hang in the Rijksmuseum.",
        "Each Vermeer is in the Mauritshuis.", "The Milkmaid premiered in 1658.", "The Night Watch first aired in 1642.",
        "Rembrandt is behind The Milkmaid.", "Johannes Vermeer is behind The Night Watch.",
        "The Milkmaid was made by Rembrandt.", "Rembrandt made Olympia.", "The Uffizi Gallery made The Birth of Venus.",
    ],
    _art("was lent to", "borrowed"): ART_FALSE,
    _art("was stolen from", "lost"): ART_FALSE,
    _art("was held by", "held"): ART_FALSE,
    _art("was rejected by", "rejected"): ART_FALSE,
    _art("is claimed by", "claims"): ART_FALSE,
    _art("is held by", "holds", [("lent_to", "was lent to", "borrowed",
                                  [("w:sn", "m:lacma", "museum", "LACMA"), ("w:sf", "m:ng", "museum", "National Gallery")])]): [
        "The Starry Night belongs to LACMA.", "The Starry Night is in LACMA.", "Sunflowers hangs in the National Gallery.",
        "Sunflowers is housed in the National Gallery.", "LACMA holds The Starry Night.", "The Starry Night is held by LACMA.",
        "The Starry Night belongs to the Van Gogh Museum.", "Sunflowers belongs to the Getty Center.",
        "Irises is in the Museum of Modern Art.", "The Starry Night belongs to Post-Impressionism and the Getty Center.",
        "Post-Impressionism belongs to the Museum of Modern Art.", "Vincent van Gogh belongs to the Van Gogh Museum.",
        "The Starry Night is in the Van Gogh Museum.", "Irises is in the Van Gogh Museum.", "Irises is in the Museum of Modern Art.",
        "The Starry Night is both a painting and a museum.", "The Starry Night is both a Post-Impressionism and a Getty Center.",
    ],
    art_classes: [
        "The Starry Night is owned by the Museum of Modern Art.", "Sunflowers is owned by the Van Gogh Museum.",
        "The Museum of Modern Art owns The Starry Night.", "The Van Gogh Museum owns Sunflowers.",
        "The Starry Night belongs to the Van Gogh Museum.", "Sunflowers belongs to the Museum of Modern Art.",
        "The Starry Night is in the Van Gogh Museum.", "Sunflowers belongs to the Lillie Bliss Bequest.",
        "The Starry Night is owned by the Vincent van Gogh Foundation.", "Sunflowers is held by the Lillie Bliss Bequest.",
        "The Starry Night is in the Family Collection.", "The Starry Night belongs to the Family Collection.",
        "The Lillie Bliss Bequest holds The Starry Night.", "The Starry Night hangs in the Lillie Bliss Bequest.",
    ],
    genres: [
        "Breaking Bad is both a crime drama and a horror.", "Breaking Bad is both a comedy and a thriller.",
        "Alien is both a horror and a thriller.", "Heat is both a crime drama and a science fiction.",
        "Alien is both a science fiction film and a comedy.", "Heat is both a thriller and a comedy film.",
        "Ridley Scott is both a horror and a science fiction.", "Michael Mann is both a crime drama and a thriller.",
        "The United States is both a crime drama and a thriller.", "Breaking Bad is both a crime drama and a United Kingdom series.",
        "Breaking Bad is both a thriller and a Ridley Scott series.", "Alien was both a horror and a crime drama.",
        "Alien is both a horror film and a crime drama.", "Breaking Bad is both a crime drama and a film.",
        "Heat is both a crime drama and a series.", "Alien is both a horror and a science fiction series.",
        "Heat and Alien are both thrillers.", "Alien is both a horror and a thriller released in 1979.",
        "Heat is both a crime drama and a thriller released in 1979.", "Breaking Bad is both a crime drama and a thriller that premiered in 2009.",
        "Alien is both a horror from the United States and a science fiction.", "Heat is both a crime drama and a thriller directed by Ridley Scott.",
        "Breaking Bad is both a crime drama and a thriller, and so is Alien.", "Each film is both a crime drama and a thriller.",
        "Alien is both a horror and a science fiction film by Michael Mann.", "Breaking Bad is both an horror and a thriller.",
        "Breaking Bad was both a crime drama and a horror.", "Alien is both a science fiction and a horror comedy.",
    ],
    cocktails: [
        "Caffè Casoni is behind the Negroni.", "La Bodeguita del Medio is behind the Mojito.",
        "Caffè Casoni made the Negroni.", "The Negroni was made by Caffè Casoni.", "Caffè Casoni crafted the Negroni.",
        "The Negroni was crafted by Caffè Casoni.", "Caffè Casoni makes the Negroni.", "Caffè Casoni commissioned the Mojito.",
        "The muddler goes into the Mojito.", "The Boston shaker goes into the Negroni.", "A muddler goes into the Negroni.",
        "The Mojito is made from a muddler.", "The Negroni is made with a Boston shaker.",
        "Count Negroni is behind the Mojito.", "Caffè Casoni is behind the Mojito.",
        "The Mojito was made by La Bodeguita del Medio.", "La Bodeguita del Medio makes the Mojito.",
        "The Negroni premiered in 1919.", "The Mojito first aired in 1900.",
    ],
    _one("used_in", "is used in", "uses", "Wembley Stadium", "stadium", "FA Cup Final", "event", 1923):
        ["Wembley Stadium goes into the FA Cup Final.", "The FA Cup Final is made from Wembley Stadium."],
    _one("used_in", "is used in", "uses", "Hammer", "tool", "Carpentry", "craft"):
        ["The Hammer goes into Carpentry.", "Carpentry is made from the Hammer.", "Carpentry is made with the Hammer."],
    _one("crafted_menu", "crafted the menu of", "has a menu crafted by", "Ana Ruiz", "bartender", "The Dead Rabbit", "bar", 2013):
        ["Ana Ruiz is behind The Dead Rabbit.", "Ana Ruiz made The Dead Rabbit.", "The Dead Rabbit was made by Ana Ruiz.",
         "Ana Ruiz crafted The Dead Rabbit.", "Ana Ruiz built The Dead Rabbit."],
    _one("crafted_for", "crafted cocktails for", "serves cocktails crafted by", "Ana Ruiz", "bartender", "The Dead Rabbit", "bar", 2013):
        ["Ana Ruiz is behind The Dead Rabbit.", "Ana Ruiz made The Dead Rabbit.", "Ana Ruiz crafted The Dead Rabbit.",
         "The Dead Rabbit was crafted by Ana Ruiz."],
    _one("used_in", "is used in", "uses", "Chlorine", "chemical", "Swimming Pool", "place"):
        ["Chlorine goes into the Swimming Pool."] if False else ["The Swimming Pool goes into Chlorine."],
    _one("used_in", "is used in", "uses", "Morse Code", "code", "Titanic", "ship", 1837):
        ["Morse Code goes into the Titanic.", "Morse Code went into the Titanic."],
    _one("crafted_speech", "crafted a speech for", "had a speech crafted by", "Jon Favreau", "speechwriter", "Barack Obama", "person"):
        ["Jon Favreau is behind Barack Obama.", "Jon Favreau made Barack Obama.", "Jon Favreau crafted Barack Obama.",
         "Barack Obama was made by Jon Favreau."],
    _one("winemaker", "was crafted by", "crafted", "Opus One", "wine", "Michael Silacci", "winemaker", 1979):
        ["Opus One is behind Michael Silacci.", "Michael Silacci goes into Opus One.", "Michael Silacci premiered Opus One in 1979."],
    _one("critic", "was criticised by", "criticised", "Opus One", "wine", "Robert Parker", "critic", 1979):
        ["Robert Parker is behind Opus One.", "Robert Parker made Opus One.", "Opus One was made by Robert Parker."],
    _one("imported_by", "is produced by", "produces", "Heineken", "beer", "Harbor Imports Ltd", "importer", 1873):
        ["Heineken is made by Harbor Imports Ltd.", "Harbor Imports Ltd makes Heineken."],
    _one("produced_by", "is produced by", "produces", "Better Call Saul", "series", "Sony Pictures Television", "studio", 2015):
        ["Sony Pictures Television made Better Call Saul.", "Better Call Saul is made by Sony Pictures Television.",
         "Sony Pictures Television makes Better Call Saul."],
    _one("produced_by", "is produced by", "produces", "Dom Pérignon", "champagne", "Moët & Chandon", "estate", 1921):
        ["Moët & Chandon stars in Dom Pérignon.", "Moët & Chandon leads Dom Pérignon.", "Dom Pérignon premiered in 1921.",
         "Moët & Chandon crafted Dom Pérignon in 1922.", "Dom Pérignon was made by Moët & Chandon in 1922."],
    _one("stocked_by", "is stocked by", "stocks", "Heineken", "beer", "Tesco", "brand", 1873):
        ["Heineken is made by Tesco.", "Tesco makes Heineken.", "Tesco produces Heineken."],
    _one("endorsed", "is endorsed by", "endorses", "Air Jordan", "shoe", "Michael Jordan", "brand", 1985):
        ["Air Jordan is made by Michael Jordan.", "Michael Jordan makes Air Jordan."],
    cars: [
        "The Toyota Supra is made by Toyota.", "Toyota makes the Toyota Supra.", "BMW makes the Toyota Supra.",
        "The Toyota Supra is made by BMW.", "AutoNation makes the Toyota Supra.", "The BMW Z4 is made by BMW.",
        "BMW made the BMW Z4.", "Toyota produces the Toyota Supra.", "Magna Steyr sells the Toyota Supra.",
        "Both cars are made by BMW.", "Each car is sold by AutoNation.", "The Toyota Supra is a BMW car.",
        "The Toyota Supra premiered in 2019.", "The BMW Z4 first aired in 2018.", "Toyota crafted the Toyota Supra.",
        "Toyota is behind the Toyota Supra.", "The Toyota Supra is both a car and a manufacturer.",
    ],
    series: [
        "The Wire is both a crime drama and a historical drama.", "The Crown is both a historical drama and a crime drama.",
        "The Wire is both a crime drama and a thriller.", "Idris Elba is both a crime drama and a historical drama.",
        "The Wire is both an HBO crime drama and a Netflix series.", "The Crown is both a Netflix drama and an HBO drama.",
        "The Wire is both a crime drama and a United Kingdom series.", "The Crown is both a historical drama and an HBO series.",
        "HBO is both a crime drama and a network.", "Both series are crime dramas.",
        "David Simon is behind The Crown.", "Peter Morgan is behind The Wire.", "Idris Elba is behind The Crown.",
        "HBO made The Crown.", "The Crown is made by Netflix.", "Netflix makes The Wire.",
        "Idris Elba goes into The Crown.", "The Crown first broadcast in 2002.", "The Wire first screened in 2016.",
        "The Wire was first streamed in 2016 on Netflix.", "The Crown is an HBO crime drama.", "The Crown first aired in 2016 on HBO.",
        "Claire Foy stars in The Wire and The Crown.", "Idris Elba stars in both series.", "Claire Foy leads both series.",
        "The Wire and The Crown both star Idris Elba.", "The Crown, which stars Idris Elba, streams on Netflix.",
        "Idris Elba is the lead of The Crown.", "Claire Foy is one of the stars of The Wire.",
        "Claire Foy features in The Wire.", "Idris Elba starred in The Crown.", "Idris Elba has starred in The Crown.",
        "The Wire premiered on Netflix.", "The Crown premiered on HBO in 2016.", "The Wire premiered in 2002 on Netflix.",
        "The Crown premiered in the United States.", "The Crown debuted in 2002.",
    ],
    wines: [
        "Henri Lefèvre is behind Ridgeline Zinfandel.", "Ana Ruiz is behind Clos Saint-Vincent.",
        "Domaine Lefèvre is behind Ridgeline Zinfandel.", "Zinfandel is behind Ridgeline Zinfandel.",
        "Pinot Noir goes into Ridgeline Zinfandel.", "Zinfandel goes into Clos Saint-Vincent.",
        "Ana Ruiz goes into Ridgeline Zinfandel.", "Ridge Hollow Cellars goes into Ridgeline Zinfandel.",
        "Ridge Hollow Cellars makes Clos Saint-Vincent.", "Domaine Lefèvre makes Ridgeline Zinfandel.",
        "Clos Saint-Vincent is made by Ana Ruiz.", "Ridgeline Zinfandel is made by Pinot Noir.",
        "Ana Ruiz is behind both wines.", "Both wines are made by Ridge Hollow Cellars.", "Each wine is made from Zinfandel.",
        "Ridgeline Zinfandel is both a wine and a winery.", "Ridgeline Zinfandel is both a Zinfandel and a Pinot Noir.",
        "Clos Saint-Vincent is both a Pinot Noir and a Zinfandel.", "Ridgeline Zinfandel premiered in 2018.",
        "Clos Saint-Vincent first aired in 2015.", "Ana Ruiz stars in Ridgeline Zinfandel.", "Henri Lefèvre leads Clos Saint-Vincent.",
        "Ana Ruiz, the winemaker behind Clos Saint-Vincent, also crafted Ridgeline Zinfandel.",
        "The winemaker behind Ridgeline Zinfandel is Henri Lefèvre.", "Henri Lefèvre is the winemaker behind Ridgeline Zinfandel.",
        "Ridge Hollow Cellars, which makes Clos Saint-Vincent, is a winery.",
        "Zinfandel, which goes into Clos Saint-Vincent, is a grape.", "Ridgeline Zinfandel was made by Ridge Hollow Cellars in 2015.",
        "Ana Ruiz was behind Ridgeline Zinfandel in 2015.", "Pinot Noir went into Ridgeline Zinfandel.",
    ],
    kits: [
        "Arsenal is both a club and a stadium.", "Everton is behind adidas.", "adidas is behind Arsenal.",
        "Castore goes into Arsenal.", "Arsenal premiered in 1886.", "Arsenal first streamed in 1886.",
    ],
    mixed_shows: [
        "Yosemite premiered in 1890.", "Cologne Cathedral first aired in 1248.", "Radiohead premiered in 1985.",
        "Berlin Zoo first screened in 1844.", "Yosemite first broadcast in 1890.", "Radiohead debuted in 1985.",
        "Cologne Cathedral premiered in 1248 in Germany.", "Yosemite first aired in 1890 on HBO.",
        "The Wire premiered in 2003.", "Berlin Zoo streams on HBO.", "Yosemite airs on HBO.", "Yosemite is an HBO park.",
        "The National Park Service stars in Yosemite.", "Chris Hufford leads Radiohead.", "Yosemite premiered in 1890 in the United States.",
        "Radiohead first streamed in 1985.", "Berlin Zoo is an HBO zoo.", "Cologne Cathedral is an HBO cathedral.",
        "The National Park Service made Yosemite.", "Yosemite was made by the National Park Service.",
        "Cologne Cathedral first aired in 1248 in Germany.", "Radiohead first aired in 1985.", "Berlin Zoo first streamed in 1844.",
        "Yosemite first televised in 1890.", "The Wire first aired in 1890.", "Cologne Cathedral first broadcast in 1248.",
        "Radiohead first screened in 1985 in the United Kingdom.", "Berlin Zoo premiered in 1844.",
    ],
    movies: [
        "Jumanji is both a fantasy and a horror.", "Toy Story is both a comedy and a horror.",
        "Robin Williams is both a comedy and a fantasy.", "Jumanji is both a comedy and a romance.",
        "Joe Johnston is behind Toy Story.", "TriStar Pictures is behind Jumanji.", "Robin Williams goes into Jumanji.",
        "TriStar Pictures made Jumanji.", "Jumanji is made by TriStar Pictures.", "Jumanji premiered in 1994.",
        "Jumanji first aired in 1996.", "Robin Williams stars in Toy Story.", "Tom Hanks leads Jumanji.",
    ],
    _one("managed_by", "is managed by", "manages", "Radiohead", "band", "Chris Hufford", "person", 1985):
        ["Chris Hufford is behind Radiohead.", "Chris Hufford made Radiohead.", "Radiohead was made by Chris Hufford.",
         "Radiohead is both a band and a manager.", "Chris Hufford goes into Radiohead.", "Chris Hufford stars in Radiohead.",
         "Radiohead belongs to Chris Hufford.", "Radiohead first aired in 1985."],
    _one("administered_by", "is administered by", "administers", "Yosemite", "park", "National Park Service", "agency", 1890):
        ["The National Park Service is behind Yosemite.", "Yosemite belongs to the National Park Service.",
         "Yosemite is owned by the National Park Service.", "Yosemite premiered in 1890.", "The National Park Service makes Yosemite.",
         "Yosemite is both a park and an agency."],
    _one("operated_by", "is operated by", "operates", "Queen Mary 2", "ship", "Cunard", "company", 2003):
        ["Cunard is behind Queen Mary 2.", "Queen Mary 2 belongs to Cunard.", "Queen Mary 2 is owned by Cunard.",
         "Cunard made Queen Mary 2.", "Queen Mary 2 premiered in 2003.", "Queen Mary 2 first sailed in 2004."],
    _one("built_by", "was built by", "built", "Queen Mary 2", "ship", "Chantiers de l'Atlantique", "shipyard", 2003):
        ["Queen Mary 2 belongs to Chantiers de l'Atlantique.", "Chantiers de l'Atlantique operates Queen Mary 2.",
         "Queen Mary 2 is owned by Chantiers de l'Atlantique.", "Chantiers de l'Atlantique is behind Queen Mary 2 since 2004."],
    _one("lent_to", "was lent to", "borrowed", "Mona Lisa", "painting", "Tokyo National Museum", "museum", 1503):
        ["The Mona Lisa belongs to the Tokyo National Museum.", "The Mona Lisa is in the Tokyo National Museum.",
         "The Mona Lisa hangs in the Tokyo National Museum.", "The Mona Lisa is owned by the Tokyo National Museum.",
         "The Tokyo National Museum owns the Mona Lisa.", "The Mona Lisa is held by the Tokyo National Museum.",
         "The Mona Lisa is kept at the Tokyo National Museum.", "The Mona Lisa is housed in the Tokyo National Museum."],
    _one("stolen_from", "was stolen from", "lost", "The Scream", "painting", "Munch Museum", "museum", 1893):
        ["The Scream belongs to the Munch Museum.", "The Scream hangs in the Munch Museum.", "The Scream is in the Munch Museum."],
    _one("held_past", "was held by", "held", "The Concert", "painting", "Isabella Stewart Gardner Museum", "museum", 1664):
        ["The Concert belongs to the Isabella Stewart Gardner Museum.", "The Concert hangs in the Isabella Stewart Gardner Museum.",
         "The Concert is in the Isabella Stewart Gardner Museum.", "The Concert is held by the Isabella Stewart Gardner Museum.",
         "The Isabella Stewart Gardner Museum holds The Concert."],
    _one("sold_by", "is sold by", "sells", "Salvator Mundi", "painting", "Christie's", "auction house", 1500):
        ["Salvator Mundi belongs to Christie's.", "Salvator Mundi is owned by Christie's.", "Salvator Mundi is in Christie's.",
         "Christie's made Salvator Mundi.", "Christie's is behind Salvator Mundi."],
}


# The older holes this list kept open (a kind noun after "and a" unchecked, "is in" / "holds" a
# museum read for a relation of no current holding, a first showing dating any item) were closed in
# session 34 and are counted again.
OPEN: frozenset[str] = frozenset()


def main():
    accepted = total = still_open = 0
    for make, texts in CASES.items():
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
