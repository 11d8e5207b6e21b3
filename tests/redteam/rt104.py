# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 104: false texts around 'a place before the kind' (653dc50 / 08c4dea).
Every text is FALSE on its graph; prints each accepted one, then `accepted N of M`."""
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

E = kgx.Entity
R = kgx.Relation
sys.path.insert(0, os.path.join(os.environ.get("CODE", "/work/main"), "tests"))
from test_consistency_clubs_and_collections import _clubs
from test_consistency_agents_and_parks import _parks


def build(items, others, rels, triples):
    ents = [E("user:kim", kind="user", label="Kim")]
    ents += [E(i, kind="item", type=t, label=l, attrs={"year": y} if y else {}) for i, (t, l, y) in items.items()]
    ents += [E(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def novels():
    # set in / written in / banned in / sold in; authors born in / died in
    rels = [R("set_in", phrase="is set in", inverse_phrase="is the setting of"),
            R("written_in", phrase="was written in", inverse_phrase="is where the author wrote"),
            R("banned_in", phrase="was banned in", inverse_phrase="banned"),
            R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of"),
            R("died_in", phrase="died in", inverse_phrase="is where died")]
    items = {"n:ulysses": ("novel", "Ulysses", 1922), "n:wind": ("novel", "The Shadow of the Wind", 2001)}
    others = {"c:dublin": ("city", "Dublin"), "c:trieste": ("city", "Trieste"), "c:bcn": ("city", "Barcelona"),
              "c:la": ("city", "Los Angeles"), "k:us": ("country", "United States"), "c:zurich": ("city", "Zurich"),
              "a:joyce": ("person", "James Joyce"), "a:zafon": ("person", "Carlos Ruiz Zafon")}
    tr = [("n:ulysses", "set_in", "c:dublin"), ("n:ulysses", "written_in", "c:trieste"),
          ("n:ulysses", "banned_in", "k:us"), ("n:ulysses", "written_by", "a:joyce"),
          ("n:wind", "set_in", "c:bcn"), ("n:wind", "written_in", "c:la"), ("n:wind", "written_by", "a:zafon"),
          ("a:joyce", "born_in", "c:dublin"), ("a:joyce", "died_in", "c:zurich"),
          ("a:zafon", "born_in", "c:bcn"), ("a:zafon", "died_in", "c:la")]
    return build(items, others, rels, tr)


def wines():
    # made in a region, sold in / exported to countries
    rels = [R("from_region", phrase="comes from", inverse_phrase="produces"),
            R("sold_in", phrase="is sold in", inverse_phrase="sells"),
            R("exported_to", phrase="is exported to", inverse_phrase="imports"),
            R("made_by", phrase="is produced by", inverse_phrase="produces")]
    items = {"w:barolo": ("wine", "Cascina Barolo", 2016), "w:rioja": ("wine", "Vina Ardanza", 2015)}
    others = {"r:piedmont": ("region", "Piedmont"), "r:rioja": ("region", "Rioja"),
              "k:japan": ("country", "Japan"), "k:uk": ("country", "Britain"),
              "k:france": ("country", "France"), "m:cascina": ("winery", "Cascina Fontana"),
              "m:rioja": ("winery", "La Rioja Alta")}
    tr = [("w:barolo", "from_region", "r:piedmont"), ("w:rioja", "from_region", "r:rioja"),
          ("w:barolo", "sold_in", "k:france"), ("w:barolo", "exported_to", "k:japan"),
          ("w:rioja", "sold_in", "k:uk"), ("w:rioja", "exported_to", "k:japan"),
          ("w:barolo", "made_by", "m:cascina"), ("w:rioja", "made_by", "m:rioja")]
    return build(items, others, rels, tr)


def bands():
    # based in vs formed in vs toured in; managed by
    rels = [R("based_in", phrase="is based in", inverse_phrase="is home to"),
            R("recorded_in", phrase="recorded in", inverse_phrase="is where recorded"),
            R("toured_in", phrase="toured in", inverse_phrase="hosted a tour by"),
            R("managed_by", phrase="is managed by", inverse_phrase="manages")]
    items = {"b:mogwai": ("band", "Mogwai", 1995), "b:chvrches": ("band", "Chvrches", 2011),
             "b:idles": ("band", "Idles", 2009)}
    others = {"c:glasgow": ("city", "Glasgow"), "c:bristol": ("city", "Bristol"), "c:newport": ("city", "Newport"),
              "k:japan": ("country", "Japan"), "m:colin": ("person", "Colin Hardie"), "m:ian": ("person", "Ian Hatton")}
    tr = [("b:mogwai", "based_in", "c:glasgow"), ("b:chvrches", "based_in", "c:glasgow"),
          ("b:idles", "based_in", "c:bristol"), ("b:idles", "recorded_in", "c:newport"),
          ("b:mogwai", "toured_in", "k:japan"), ("b:mogwai", "managed_by", "m:colin"),
          ("b:chvrches", "managed_by", "m:ian"), ("b:idles", "managed_by", "m:ian")]
    return build(items, others, rels, tr)


def ships():
    # a ship "operated by", "registered in" a country, "was refitted in" a city (not where it is)
    rels = [R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("registered_in", phrase="is registered in", inverse_phrase="is the flag state of"),
            R("refitted_in", phrase="was refitted in", inverse_phrase="refitted")]
    items = {"s:titanic": ("ship", "Titanic", 1912), "s:qm2": ("ship", "Queen Mary 2", 2003)}
    others = {"o:wsl": ("company", "White Star Line"), "o:cunard": ("company", "Cunard"),
              "k:uk": ("country", "United Kingdom"), "k:bermuda": ("country", "Bermuda"),
              "c:belfast": ("city", "Belfast"), "c:hamburg": ("city", "Hamburg")}
    tr = [("s:titanic", "operated_by", "o:wsl"), ("s:titanic", "registered_in", "k:uk"),
          ("s:titanic", "refitted_in", "c:belfast"),
          ("s:qm2", "operated_by", "o:cunard"), ("s:qm2", "registered_in", "k:bermuda"),
          ("s:qm2", "refitted_in", "c:hamburg")]
    return build(items, others, rels, tr)


def films():
    # premiered in / filmed in / set in
    rels = [R("premiered_in", phrase="premiered in", inverse_phrase="hosted the premiere of"),
            R("filmed_in", phrase="was filmed in", inverse_phrase="was the location of"),
            R("set_in", phrase="is set in", inverse_phrase="is the setting of"),
            R("directed_by", phrase="was directed by", inverse_phrase="directed")]
    items = {"f:lotr": ("film", "The Fellowship of the Ring", 2001), "f:amelie": ("film", "Amelie", 2001)}
    others = {"c:london": ("city", "London"), "k:nz": ("country", "New Zealand"), "c:paris": ("city", "Paris"),
              "c:berlin": ("city", "Berlin"), "p:jackson": ("person", "Peter Jackson"),
              "p:jeunet": ("person", "Jean-Pierre Jeunet")}
    tr = [("f:lotr", "premiered_in", "c:london"), ("f:lotr", "filmed_in", "k:nz"),
          ("f:lotr", "directed_by", "p:jackson"), ("f:amelie", "set_in", "c:paris"),
          ("f:amelie", "filmed_in", "c:paris"), ("f:amelie", "premiered_in", "c:berlin"),
          ("f:amelie", "directed_by", "p:jeunet")]
    return build(items, others, rels, tr)


def firms():
    # a company "is headquartered in" one country, "operates in" others; an app "is available in"
    rels = [R("hq_in", phrase="is headquartered in", inverse_phrase="hosts the headquarters of"),
            R("operates_in", phrase="operates in", inverse_phrase="hosts operations of"),
            R("available_in", phrase="is available in", inverse_phrase="can use"),
            R("popular_in", phrase="is popular in", inverse_phrase="enjoys"),
            R("founded_by", phrase="was founded by", inverse_phrase="founded")]
    items = {"c:spotify": ("company", "Spotify", 2006), "c:ikea": ("company", "IKEA", 1943),
             "a:duo": ("app", "Duolingo", 2011)}
    others = {"k:sweden": ("country", "Sweden"), "k:mexico": ("country", "Mexico"), "k:japan": ("country", "Japan"),
              "k:us": ("country", "United States"), "p:ek": ("person", "Daniel Ek")}
    tr = [("c:spotify", "hq_in", "k:sweden"), ("c:spotify", "operates_in", "k:mexico"),
          ("c:ikea", "hq_in", "k:sweden"), ("c:ikea", "operates_in", "k:japan"),
          ("a:duo", "available_in", "k:japan"), ("a:duo", "popular_in", "k:mexico"), ("a:duo", "hq_in", "k:us"),
          ("c:spotify", "founded_by", "p:ek")]
    return build(items, others, rels, tr)


CASES = {
    "firms": (firms, [
        "Spotify is a Mexico company.",  # operates in, not where it is
        "Spotify is a Mexican company.",
        "IKEA is a Japan company.",
        "IKEA is a Japanese company.",
        "Duolingo is a Japan app.",  # available in
        "Duolingo is a Japanese app.",
        "Duolingo is a Mexico app.",  # popular in
        "Duolingo is a Mexican app.",
        "Duolingo is a Sweden app.",
        "Spotify and IKEA are Mexico companies.",
        "Spotify and Duolingo are both Sweden companies.",
        "Spotify is not a Sweden company.",
        "Duolingo is another Sweden company.",
        "Daniel Ek is a Sweden company.",
        "Daniel Ek is a Swedish company.",
        "Spotify is a Sweden country.",
        "Spotify is a Sweden company founded in 1943.",
        "Spotify is a Sweden app.",
        "Japan, a Mexico country, can use Duolingo.",
        "Spotify, a Mexican company, was founded by Daniel Ek.",
        "Spotify and IKEA are Swedish companies; they operate in Mexico.",
    ]),
    "clubs": (_clubs, [
        "Everton is a Liverpool stadium.",  # place before a kind that is not the item's
        "Everton is a Liverpool league.",
        "Everton is a Liverpool manager.",
        "Everton is an Edinburgh club.",
        "Everton and Hibernian are Liverpool clubs.",  # one wrong member
        "Everton, Liverpool FC and Hearts are Liverpool clubs.",
        "Everton and Hearts are both Liverpool clubs.",
        "Everton and Hibernian are each Liverpool clubs.",
        "Everton is not a Liverpool club.",  # negation
        "Everton isn't a Liverpool club.",
        "Hibernian is no Edinburgh club.",
        "Everton is a Liverpool club, and Borussia Dortmund is another.",  # another
        "Hibernian is another Liverpool club.",
        "Everton is a Liverpool club, and Hibernian is another Liverpool club.",
        "Everton play at Goodison Park; they are an Edinburgh club.",  # they
        "Hibernian are based in Edinburgh, and Everton are too; they are Edinburgh clubs.",
        "Hearts and Hibernian play in the Scottish Premiership; they are Liverpool clubs.",
        "David Moyes is a Liverpool club.",  # person / non-item subject
        "Goodison Park is a Liverpool club.",
        "The Premier League is a Liverpool club.",
        "Arne Slot is a Liverpool manager and Everton is a Liverpool club, so Niko Kovac is a Dortmund manager.",
        "David Moyes is an Edinburgh manager.",
        "Goodison Park is an Edinburgh stadium.",
        "Everton is a Liverpool club founded in 1892.",  # older readings around it
        "Everton is a Liverpool club managed by Arne Slot.",
        "Everton is a Liverpool club that plays at Anfield.",
        "Hibernian is a Scottish Premiership club from Liverpool.",
        "Hibernian is an Edinburgh Premier League club.",
        "Borussia Dortmund is a Dortmund Premier League club.",
        "Everton is a Dortmund Bundesliga club.",
        "Everton is a 1909 Liverpool club.",
        "Everton is an Edinburgh club from Liverpool.",
        "Everton is a Liverpool club from Edinburgh.",
        "Everton is a Liverpool.",
        "Everton is a Liverpool city.",
        "Everton is an Edinburgh city.",
        "Everton and Hibernian are Liverpool cities.",
        "Everton is a Liverpool FC club.",
        "Liverpool FC is an Everton club.",
        "Everton is a Liverpool Goodison Park club.",
        "Everton is the Edinburgh club.",
        "Everton are an Edinburgh side.",
        "Everton is an Edinburgh team.",
        "Everton is an Edinburgh football club.",
        "Everton is an Edinburgh-based club.",
        "Everton is a Scottish club.",
        "Everton is a German club.",
        "Kim supports an Edinburgh club, Everton.",
        "Everton is an Edinburgh club and Hibernian is a Liverpool club.",
        "Everton was an Edinburgh club.",
        "Everton became an Edinburgh club in 1878.",
        "Everton is a former Edinburgh club.",
        "Everton, an Edinburgh club, plays at Goodison Park.",
        "Everton, the Edinburgh club, plays at Goodison Park.",
        "The Edinburgh club Everton plays at Goodison Park.",
        "Edinburgh club Everton plays at Goodison Park.",
        "Everton is an Edinburgh club founded by Ben Swift Chambers.",
        "Tom Purdie founded a Liverpool club.",
        "David Moyes manages an Edinburgh club.",
        "Arne Slot manages a Dortmund club.",
    ]),
    "parks": (_parks, [
        "Yellowstone National Park is a Wyoming mountain.",
        "Yellowstone National Park is a Wyoming animal.",
        "Yellowstone National Park is a Wyoming landmark.",
        "Yellowstone National Park is a Wyoming agency.",
        "Yosemite National Park is a Wyoming park.",
        "Yellowstone National Park and Yosemite National Park are Wyoming parks.",
        "Yellowstone National Park and Yosemite National Park are both Wyoming parks.",
        "Yellowstone National Park is not a Wyoming park.",
        "Denali National Park is another Wyoming park.",
        "Yellowstone National Park is a Wyoming park, and Denali National Park is another.",
        "Old Faithful is a Wyoming park.",
        "The National Park Service is a Wyoming park.",
        "Gray wolves are a Wyoming park.",
        "Bison are Wyoming animals.",
        "Caribou are Alaska animals.",
        "Half Dome is a California landmark.",
        "Old Faithful is a California landmark.",
        "Yellowstone National Park is home to bison; they are Alaska animals.",
        "Denali National Park is home to caribou; it is a Wyoming park.",
        "Yellowstone National Park is a California park with Old Faithful.",
        "Yellowstone National Park is a Wyoming park with Half Dome.",
        "Yellowstone National Park is a Wyoming park managed by Alaska State Parks.",
        "Yellowstone National Park is a Wyoming park founded in 1890.",
        "Yellowstone National Park is an 1890 Wyoming park.",
        "Denali National Park, a Wyoming park, is home to caribou.",
        "The Wyoming park Denali National Park is home to caribou.",
        "Yellowstone National Park is a California park.",
        "Yellowstone National Park is a Wyoming region.",
        "Yellowstone National Park is a Wyoming state.",
        "Yellowstone National Park is a Wyoming park and an Alaska park.",
    ]),
    "novels": (novels, [
        "Ulysses is a Zurich novel.",  # the author died in
        "Ulysses is a United States novel.",  # banned in
        "Ulysses is an American novel.",
        "James Joyce is a Dublin novel.",
        "James Joyce is a Zurich writer.",
        "Carlos Ruiz Zafon is a Barcelona novel.",
        "Carlos Ruiz Zafon is a Los Angeles novel.",
        "James Joyce is a Zurich novel.",
        "James Joyce and Carlos Ruiz Zafon are Dublin novels.",
        "Ulysses and The Shadow of the Wind are United States novels.",
        "The Shadow of the Wind is a United States novel.",
        "Ulysses is a United States city.",
        "Dublin is a Dublin novel.",
        "Ulysses is a Trieste city.",
        "Carlos Ruiz Zafon is a Barcelona city.",
        "James Joyce is a Zurich city.",
        "The Shadow of the Wind is a Los Angeles city.",
        "Ulysses is a Dublin city.",
        "Ulysses is a Barcelona novel.",
        "Ulysses and The Shadow of the Wind are Dublin novels.",
        "Ulysses and The Shadow of the Wind are both Barcelona novels.",
        "Ulysses is not a Dublin novel.",
        "The Shadow of the Wind is another Dublin novel.",
        "Ulysses is a Dublin novel written by Carlos Ruiz Zafon.",
        "Ulysses is a Dublin novel from 2001.",
        "Ulysses is a Dublin book banned in Barcelona.",
        "Ulysses is a Dublin film.",
        "Ulysses is a Dublin person.",
        "Carlos Ruiz Zafon wrote a Dublin novel.",
        "James Joyce wrote a Barcelona novel.",
        "Ulysses was banned in Dublin.",
        "Ulysses was banned in Trieste.",
        "Ulysses is banned in the United States, a Dublin country.",
    ]),
    "wines": (wines, [
        "Cascina Barolo is a France wine.",  # sold in
        "Cascina Barolo is a Japan wine.",  # exported to
        "Cascina Barolo is a French wine.",
        "Cascina Barolo is a Japanese wine.",
        "Vina Ardanza is a Britain wine.",
        "Vina Ardanza is a British wine.",
        "Vina Ardanza is a Piedmont wine.",
        "Cascina Barolo and Vina Ardanza are Piedmont wines.",
        "Cascina Barolo and Vina Ardanza are both Rioja wines.",
        "Cascina Barolo is not a Piedmont wine.",
        "Vina Ardanza is another Piedmont wine.",
        "Cascina Barolo is a Piedmont winery.",
        "Cascina Fontana is a Piedmont wine.",
        "Cascina Fontana is a Piedmont winery.",
        "Cascina Barolo is a Piedmont wine produced by La Rioja Alta.",
        "Cascina Barolo is a Piedmont wine sold in Britain.",
        "Cascina Barolo and Vina Ardanza are France wines.",
        "Vina Ardanza is a France wine.",
        "Cascina Barolo is a France region.",
        "Cascina Fontana is a France wine.",
        "Cascina Barolo, a French wine, is produced by Cascina Fontana.",
        "Kim likes a French wine, Cascina Barolo.",
        "Cascina Barolo is a 2015 Piedmont wine.",
        "Cascina Barolo is a Piedmont red made by La Rioja Alta.",
        "Japan imports a Piedmont wine, Vina Ardanza.",
        "Britain sells a Piedmont wine.",
    ]),
    "bands": (bands, [
        "Idles is a Newport band.",  # recorded in vs based in
        "Mogwai is a Japan band.",  # toured in
        "Mogwai is a Japanese band.",
        "Idles is a Glasgow band.",
        "Mogwai, Chvrches and Idles are Glasgow bands.",
        "Mogwai and Idles are both Glasgow bands.",
        "Mogwai is not a Glasgow band.",
        "Idles is another Glasgow band.",
        "Mogwai is a Glasgow band, and Idles is another.",
        "Colin Hardie is a Glasgow band.",
        "Colin Hardie is a Glasgow manager.",
        "Ian Hatton manages a Bristol band, Chvrches.",
        "Mogwai is a Glasgow band managed by Ian Hatton.",
        "Chvrches is a Glasgow band from 1995.",
        "Mogwai is a Glasgow city.",
        "Mogwai and Chvrches are Japan bands.",
        "Mogwai and Chvrches are both Newport bands.",
        "Chvrches and Mogwai are Glasgow bands; they are Japan bands.",
        "Mogwai is a Glasgow band, and Idles is another Newport band.",
        "Chvrches is a Japan band.",
        "Idles is a Newport city.",
        "Mogwai are a Japan band.",
        "Mogwai is a Japan act.",
        "Mogwai is a Japanese act.",
        "Mogwai is a Japan country.",
        "The Japan band Mogwai is managed by Colin Hardie.",
        "Japanese band Mogwai is managed by Colin Hardie.",
        "Mogwai is a Japan band managed by Colin Hardie.",
        "Mogwai is a Glasgow album.",
        "Mogwai play Glasgow shows.",
        "Mogwai are a Glasgow act who toured in Bristol.",
        "Idles, a Newport band, is managed by Ian Hatton.",
        "Chvrches and Mogwai are Glasgow bands; they are managed by Colin Hardie.",
    ]),
    "ships": (ships, [
        "Queen Mary 2 is a Hamburg ship.",  # refitted in, not where it is (registered Bermuda)
        "Queen Mary 2 is a German ship.",
        "Queen Mary 2 is a Hamburg liner.",
        "Titanic is a United Kingdom country.",
        "Queen Mary 2, a Hamburg ship, is operated by Cunard.",
        "Queen Mary 2 is a United Kingdom ship.",
        "Queen Mary 2 is a British ship.",
        "Queen Mary 2 is a Belfast ship.",
        "Titanic is a Bermuda ship.",
        "Titanic and Queen Mary 2 are United Kingdom ships.",
        "Titanic and Queen Mary 2 are both Bermuda ships.",
        "Titanic is not a United Kingdom ship.",
        "Queen Mary 2 is another United Kingdom ship.",
        "Titanic is a United Kingdom company.",
        "White Star Line is a United Kingdom ship.",
        "Cunard is a Bermuda company.",
        "Titanic is a United Kingdom ship operated by Cunard.",
        "Cunard operates a United Kingdom ship.",
        "White Star Line operates a Bermuda ship.",
        "Titanic is a United Kingdom liner refitted in Hamburg.",
        "Titanic is a 2003 United Kingdom ship.",
    ]),
    "films": (films, [
        "The Fellowship of the Ring is a London film.",  # premiered in
        "Amelie is a Berlin film.",
        "The Fellowship of the Ring is a Paris film.",
        "Amelie is a New Zealand film.",
        "Amelie and The Fellowship of the Ring are Paris films.",
        "Amelie is not a Paris film.",
        "The Fellowship of the Ring is another Paris film.",
        "Peter Jackson is a New Zealand director.",
        "Peter Jackson is a London film.",
        "Amelie is a Paris film directed by Peter Jackson.",
        "Jean-Pierre Jeunet directed a London film.",
        "Amelie is a Paris city.",
        "The Fellowship of the Ring is a British film.",
        "Amelie is a German film.",
        "Amelie and The Fellowship of the Ring are London films.",
        "Amelie, a Berlin film, was directed by Jean-Pierre Jeunet.",
        "Peter Jackson directed a London film.",
        "Peter Jackson is a London director.",
        "Jean-Pierre Jeunet is a Paris film.",
        "Amelie is a 2002 Paris film.",
    ]),
    "movies": (kgx.KnowledgeGraph.example, []),
}


def main():
    n = m = 0
    for name, (make, texts) in CASES.items():
        if not texts:
            continue
        ch = ConsistencyChecker(make(), outside_evidence=True).build()
        for t in texts:
            m += 1
            v = ch.check(t, (), None)
            if v.supported:
                n += 1
                print(f"ACCEPTED [{name}] {t}")
    print(f"accepted {n} of {m}")


if __name__ == "__main__":
    main()
