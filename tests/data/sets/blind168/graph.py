"""A small whisky distilleries graph (blind168).

Items are distilleries; their `year` attribute is the year the distillery
was founded (or first licensed / built).
"""
import kgexplain as kgx

D = ("distillery",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=D),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=D, range=("town",)),
    kgx.Relation("in_region", phrase="lies in the whisky region of", inverse_phrase="is the whisky region of",
                 domain=D, range=("region",)),
    kgx.Relation("in_country", phrase="is based in", inverse_phrase="is the home country of", domain=D, range=("country",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=D, range=("company",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=D, range=("person",)),
    kgx.Relation("produces", phrase="produces", inverse_phrase="is produced at", domain=D, range=("style",)),
]

# slug, label, year, aliases
DISTILLERIES = [
    ("glenfiddich", "Glenfiddich", 1886, ()),
    ("balvenie", "The Balvenie", 1892, ("Balvenie",)),
    ("macallan", "The Macallan", 1824, ("Macallan",)),
    ("glenlivet", "The Glenlivet", 1824, ("Glenlivet",)),
    ("laphroaig", "Laphroaig", 1815, ()),
    ("lagavulin", "Lagavulin", 1816, ()),
    ("ardbeg", "Ardbeg", 1815, ()),
    ("bowmore", "Bowmore", 1779, ()),
    ("talisker", "Talisker", 1830, ()),
    ("highland_park", "Highland Park", 1798, ()),
    ("glenmorangie", "Glenmorangie", 1843, ()),
    ("oban", "Oban", 1794, ()),
    ("springbank", "Springbank", 1828, ()),
    ("auchentoshan", "Auchentoshan", 1823, ()),
    ("glenkinchie", "Glenkinchie", 1837, ()),
    ("cameronbridge", "Cameronbridge", 1824, ()),
    ("old_bushmills", "Old Bushmills", 1784, ()),
    ("teeling", "Teeling", 2015, ()),
    ("yamazaki", "Yamazaki", 1923, ()),
    ("yoichi", "Yoichi", 1934, ()),
]

ATTRIBUTES = {
    "town": [("dufftown", "Dufftown"), ("craigellachie", "Craigellachie"), ("ballindalloch", "Ballindalloch"),
             ("port_ellen", "Port Ellen"), ("carbost", "Carbost"), ("kirkwall", "Kirkwall"), ("tain", "Tain"),
             ("clydebank", "Clydebank"), ("pencaitland", "Pencaitland"), ("windygates", "Windygates"),
             ("bushmills", "Bushmills"), ("dublin", "Dublin"), ("shimamoto", "Shimamoto")],
    "region": [("speyside", "Speyside"), ("islay", "Islay"), ("islands", "Islands"), ("highlands", "Highlands"),
               ("campbeltown", "Campbeltown"), ("lowlands", "Lowlands")],
    "country": [("scotland", "Scotland"), ("northern_ireland", "Northern Ireland"), ("ireland", "Ireland"),
                ("japan", "Japan")],
    "company": [("william_grant_and_sons", "William Grant & Sons"), ("edrington", "Edrington"),
                ("chivas_brothers", "Chivas Brothers"), ("beam_suntory", "Beam Suntory"), ("diageo", "Diageo"),
                ("glenmorangie_company", "The Glenmorangie Company"),
                ("j_and_a_mitchell", "J. & A. Mitchell & Co."), ("proximo_spirits", "Proximo Spirits"),
                ("teeling_whiskey_company", "Teeling Whiskey Company"), ("suntory", "Suntory"),
                ("nikka_whisky", "Nikka Whisky")],
    "person": [("william_grant", "William Grant"), ("alexander_reid", "Alexander Reid"),
               ("george_smith", "George Smith"), ("donald_johnston", "Donald Johnston"),
               ("alexander_johnston", "Alexander Johnston"), ("john_johnston", "John Johnston"),
               ("john_macdougall", "John MacDougall"), ("john_p_simson", "John P. Simson"),
               ("hugh_macaskill", "Hugh MacAskill"), ("kenneth_macaskill", "Kenneth MacAskill"),
               ("william_matheson", "William Matheson"), ("john_stevenson", "John Stevenson"),
               ("hugh_stevenson", "Hugh Stevenson"), ("john_haig", "John Haig"),
               ("jack_teeling", "Jack Teeling"), ("stephen_teeling", "Stephen Teeling"),
               ("shinjiro_torii", "Shinjiro Torii"), ("masataka_taketsuru", "Masataka Taketsuru")],
    "style": [("single_malt", "single malt whisky"), ("grain_whisky", "grain whisky"),
              ("pot_still_whiskey", "pot still whiskey")],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# distillery slug -> facts
FACTS = {
    "glenfiddich": dict(town="dufftown", region="speyside", country="scotland", company="william_grant_and_sons",
                        person=["william_grant"], style="single_malt"),
    "balvenie": dict(town="dufftown", region="speyside", country="scotland", company="william_grant_and_sons",
                     person=["william_grant"], style="single_malt"),
    "macallan": dict(town="craigellachie", region="speyside", country="scotland", company="edrington",
                     person=["alexander_reid"], style="single_malt"),
    "glenlivet": dict(town="ballindalloch", region="speyside", country="scotland", company="chivas_brothers",
                      person=["george_smith"], style="single_malt"),
    "laphroaig": dict(town="port_ellen", region="islay", country="scotland", company="beam_suntory",
                      person=["donald_johnston", "alexander_johnston"], style="single_malt"),
    "lagavulin": dict(region="islay", country="scotland", company="diageo", person=["john_johnston"],
                      style="single_malt"),
    "ardbeg": dict(region="islay", country="scotland", company="glenmorangie_company", person=["john_macdougall"],
                   style="single_malt"),
    "bowmore": dict(region="islay", country="scotland", company="beam_suntory", person=["john_p_simson"],
                    style="single_malt"),
    "talisker": dict(town="carbost", region="islands", country="scotland", company="diageo",
                     person=["hugh_macaskill", "kenneth_macaskill"], style="single_malt"),
    "highland_park": dict(town="kirkwall", region="islands", country="scotland", company="edrington",
                          style="single_malt"),
    "glenmorangie": dict(town="tain", region="highlands", country="scotland", company="glenmorangie_company",
                         person=["william_matheson"], style="single_malt"),
    "oban": dict(region="highlands", country="scotland", company="diageo",
                 person=["john_stevenson", "hugh_stevenson"], style="single_malt"),
    "springbank": dict(region="campbeltown", country="scotland", company="j_and_a_mitchell", style="single_malt"),
    "auchentoshan": dict(town="clydebank", region="lowlands", country="scotland", company="beam_suntory",
                         style="single_malt"),
    "glenkinchie": dict(town="pencaitland", region="lowlands", country="scotland", company="diageo",
                        style="single_malt"),
    "cameronbridge": dict(town="windygates", region="lowlands", country="scotland", company="diageo",
                          person=["john_haig"], style="grain_whisky"),
    "old_bushmills": dict(town="bushmills", country="northern_ireland", company="proximo_spirits",
                          style="single_malt"),
    "teeling": dict(town="dublin", country="ireland", company="teeling_whiskey_company",
                    person=["jack_teeling", "stephen_teeling"], style="pot_still_whiskey"),
    "yamazaki": dict(town="shimamoto", country="japan", company="suntory", person=["shinjiro_torii"],
                     style="single_malt"),
    "yoichi": dict(country="japan", company="nikka_whisky", person=["masataka_taketsuru"], style="single_malt"),
}

RATINGS = {
    "ana": [("laphroaig", 5.0), ("lagavulin", 4.5), ("glenfiddich", 2.0), ("yamazaki", 3.5)],
    "ben": [("macallan", 4.0), ("talisker", 1.5), ("highland_park", 3.0), ("teeling", 5.0)],
    "chen": [("ardbeg", 1.0), ("glenmorangie", 4.5), ("yoichi", 5.0), ("springbank", 2.5)],
    "dara": [("old_bushmills", 4.0), ("oban", 2.0), ("balvenie", 5.0), ("auchentoshan", 3.0)],
    "emil": [("bowmore", 0.5), ("glenlivet", 4.5), ("cameronbridge", 2.0), ("glenkinchie", 4.0)],
}


def entities():
    out = [kgx.Entity(f"distillery:{slug}", kind="item", type="distillery", label=label, aliases=aliases,
                      attrs={"year": year})
           for slug, label, year, aliases in DISTILLERIES]
    for typ, pairs in ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, f in FACTS.items():
        d = f"distillery:{slug}"
        if "town" in f:
            out.append((d, "located_in", f"town:{f['town']}"))
        if "region" in f:
            out.append((d, "in_region", f"region:{f['region']}"))
        out.append((d, "in_country", f"country:{f['country']}"))
        out.append((d, "owned_by", f"company:{f['company']}"))
        for p in f.get("person", []):
            out.append((d, "founded_by", f"person:{p}"))
        out.append((d, "produces", f"style:{f['style']}"))
    for u, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{u}", "rated", f"distillery:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind168")
