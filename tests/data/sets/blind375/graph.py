"""A small graph of economists (blind375). Item year = year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("economist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("economist",), range=("city",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="educated", domain=("economist",), range=("university",)),
    kgx.Relation("taught_at", phrase="taught at", inverse_phrase="had on its faculty", domain=("economist",), range=("university",)),
    kgx.Relation("field", phrase="worked in", inverse_phrase="was the field of", domain=("economist",), range=("field",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by", domain=("economist",), range=("book",)),
    kgx.Relation("studied_under", phrase="studied under", inverse_phrase="was a teacher of", domain=("economist",), range=("economist",)),
]

ECONOMISTS = [
    ("keynes", "John Maynard Keynes", 1883),
    ("friedman", "Milton Friedman", 1912),
    ("smith", "Adam Smith", 1723),
    ("hayek", "Friedrich Hayek", 1899),
    ("samuelson", "Paul Samuelson", 1915),
    ("arrow", "Kenneth Arrow", 1921),
    ("sen", "Amartya Sen", 1933),
    ("stiglitz", "Joseph Stiglitz", 1943),
    ("thaler", "Richard Thaler", 1945),
    ("ostrom", "Elinor Ostrom", 1933),
    ("marx", "Karl Marx", 1818),
    ("ricardo", "David Ricardo", 1772),
    ("becker", "Gary Becker", 1930),
    ("solow", "Robert Solow", 1924),
    ("marshall", "Alfred Marshall", 1842),
    ("duflo", "Esther Duflo", 1972),
    ("piketty", "Thomas Piketty", 1971),
    ("schumpeter", "Joseph Schumpeter", 1883),
]

ATTRIBUTES = [
    # cities
    ("city:cambridge", "city", "Cambridge", ()),
    ("city:new_york_city", "city", "New York City", ("New York",)),
    ("city:kirkcaldy", "city", "Kirkcaldy", ()),
    ("city:vienna", "city", "Vienna", ()),
    ("city:gary_indiana", "city", "Gary, Indiana", ("Gary",)),
    ("city:santiniketan", "city", "Santiniketan", ()),
    ("city:east_orange", "city", "East Orange, New Jersey", ("East Orange",)),
    ("city:los_angeles", "city", "Los Angeles", ()),
    ("city:trier", "city", "Trier", ()),
    ("city:london", "city", "London", ()),
    ("city:pottsville", "city", "Pottsville, Pennsylvania", ("Pottsville",)),
    ("city:paris", "city", "Paris", ()),
    ("city:clichy", "city", "Clichy", ()),
    ("city:trest", "city", "Třešť", ("Triesch",)),
    # universities
    ("university:cambridge", "university", "University of Cambridge", ("Cambridge University",)),
    ("university:chicago", "university", "University of Chicago", ()),
    ("university:columbia", "university", "Columbia University", ()),
    ("university:rutgers", "university", "Rutgers University", ()),
    ("university:glasgow", "university", "University of Glasgow", ()),
    ("university:oxford", "university", "University of Oxford", ("Oxford University",)),
    ("university:vienna", "university", "University of Vienna", ()),
    ("university:lse", "university", "London School of Economics", ("LSE",)),
    ("university:freiburg", "university", "University of Freiburg", ()),
    ("university:harvard", "university", "Harvard University", ("Harvard",)),
    ("university:mit", "university", "Massachusetts Institute of Technology", ("MIT",)),
    ("university:ccny", "university", "City College of New York", ()),
    ("university:stanford", "university", "Stanford University", ("Stanford",)),
    ("university:amherst", "university", "Amherst College", ()),
    ("university:case_western", "university", "Case Western Reserve University", ()),
    ("university:rochester", "university", "University of Rochester", ()),
    ("university:ucla", "university", "University of California, Los Angeles", ("UCLA",)),
    ("university:indiana", "university", "Indiana University", ()),
    ("university:bonn", "university", "University of Bonn", ()),
    ("university:princeton", "university", "Princeton University", ("Princeton",)),
    ("university:ens", "university", "École normale supérieure", ()),
    ("university:pse", "university", "Paris School of Economics", ()),
    # fields
    ("field:macroeconomics", "field", "Macroeconomics", ()),
    ("field:monetary_economics", "field", "Monetary economics", ()),
    ("field:welfare_economics", "field", "Welfare economics", ()),
    ("field:development_economics", "field", "Development economics", ()),
    ("field:information_economics", "field", "Information economics", ()),
    ("field:behavioral_economics", "field", "Behavioral economics", ()),
    ("field:labor_economics", "field", "Labor economics", ()),
    ("field:political_economy", "field", "Political economy", ()),
    ("field:microeconomics", "field", "Microeconomics", ()),
    # books
    ("book:general_theory", "book", "The General Theory of Employment, Interest and Money", ("The General Theory",)),
    ("book:economic_consequences", "book", "The Economic Consequences of the Peace", ()),
    ("book:capitalism_and_freedom", "book", "Capitalism and Freedom", ()),
    ("book:monetary_history", "book", "A Monetary History of the United States", ()),
    ("book:wealth_of_nations", "book", "The Wealth of Nations", ()),
    ("book:moral_sentiments", "book", "The Theory of Moral Sentiments", ()),
    ("book:road_to_serfdom", "book", "The Road to Serfdom", ()),
    ("book:foundations", "book", "Foundations of Economic Analysis", ()),
    ("book:social_choice", "book", "Social Choice and Individual Values", ()),
    ("book:development_as_freedom", "book", "Development as Freedom", ()),
    ("book:poverty_and_famines", "book", "Poverty and Famines", ()),
    ("book:globalization_discontents", "book", "Globalization and Its Discontents", ()),
    ("book:nudge", "book", "Nudge", ()),
    ("book:misbehaving", "book", "Misbehaving", ()),
    ("book:governing_the_commons", "book", "Governing the Commons", ()),
    ("book:das_kapital", "book", "Das Kapital", ()),
    ("book:principles_political_economy", "book", "On the Principles of Political Economy and Taxation", ()),
    ("book:human_capital", "book", "Human Capital", ()),
    ("book:principles_of_economics", "book", "Principles of Economics", ()),
    ("book:poor_economics", "book", "Poor Economics", ()),
    ("book:capital_21", "book", "Capital in the Twenty-First Century", ()),
    ("book:capitalism_socialism_democracy", "book", "Capitalism, Socialism and Democracy", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"economist:{slug}", kind="item", type="economist", label=name, attrs={"year": year})
           for slug, name, year in ECONOMISTS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases)
            for eid, typ, label, aliases in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "keynes": {"born_in": ["cambridge"], "studied_at": ["cambridge"], "taught_at": ["cambridge"],
               "field": ["macroeconomics"], "studied_under": ["marshall"],
               "wrote": ["general_theory", "economic_consequences"]},
    "friedman": {"born_in": ["new_york_city"], "studied_at": ["rutgers", "chicago", "columbia"],
                 "taught_at": ["chicago"], "field": ["monetary_economics"],
                 "wrote": ["capitalism_and_freedom", "monetary_history"]},
    "smith": {"born_in": ["kirkcaldy"], "studied_at": ["glasgow", "oxford"], "taught_at": ["glasgow"],
              "field": ["political_economy"], "wrote": ["wealth_of_nations", "moral_sentiments"]},
    "hayek": {"born_in": ["vienna"], "studied_at": ["vienna"], "taught_at": ["lse", "chicago", "freiburg"],
              "wrote": ["road_to_serfdom"]},
    "samuelson": {"born_in": ["gary_indiana"], "studied_at": ["chicago", "harvard"], "taught_at": ["mit"],
                  "wrote": ["foundations"], "studied_under": ["schumpeter"]},
    "arrow": {"born_in": ["new_york_city"], "studied_at": ["ccny", "columbia"], "taught_at": ["stanford", "harvard"],
              "field": ["welfare_economics"], "wrote": ["social_choice"]},
    "sen": {"born_in": ["santiniketan"], "studied_at": ["cambridge"], "taught_at": ["harvard", "lse"],
            "field": ["welfare_economics", "development_economics"],
            "wrote": ["development_as_freedom", "poverty_and_famines"]},
    "stiglitz": {"born_in": ["gary_indiana"], "studied_at": ["amherst", "mit"], "taught_at": ["columbia", "stanford"],
                 "field": ["information_economics"], "wrote": ["globalization_discontents"],
                 "studied_under": ["solow"]},
    "thaler": {"born_in": ["east_orange"], "studied_at": ["case_western", "rochester"], "taught_at": ["chicago"],
               "field": ["behavioral_economics"], "wrote": ["nudge", "misbehaving"]},
    "ostrom": {"born_in": ["los_angeles"], "studied_at": ["ucla"], "taught_at": ["indiana"],
               "wrote": ["governing_the_commons"]},
    "marx": {"born_in": ["trier"], "studied_at": ["bonn"], "field": ["political_economy"], "wrote": ["das_kapital"]},
    "ricardo": {"born_in": ["london"], "field": ["political_economy"], "wrote": ["principles_political_economy"]},
    "becker": {"born_in": ["pottsville"], "studied_at": ["princeton", "chicago"], "taught_at": ["chicago", "columbia"],
               "field": ["labor_economics"], "wrote": ["human_capital"]},
    "solow": {"born_in": ["new_york_city"], "studied_at": ["harvard"], "taught_at": ["mit"],
              "field": ["macroeconomics"]},
    "marshall": {"born_in": ["london"], "studied_at": ["cambridge"], "taught_at": ["cambridge"],
                 "field": ["microeconomics"], "wrote": ["principles_of_economics"]},
    "duflo": {"born_in": ["paris"], "studied_at": ["ens", "mit"], "taught_at": ["mit"],
              "field": ["development_economics"], "wrote": ["poor_economics"]},
    "piketty": {"born_in": ["clichy"], "studied_at": ["ens", "lse"], "taught_at": ["pse", "mit"],
                "wrote": ["capital_21"]},
    "schumpeter": {"born_in": ["trest"], "studied_at": ["vienna"], "taught_at": ["harvard", "bonn"],
                   "wrote": ["capitalism_socialism_democracy"]},
}

PREFIX = {"born_in": "city", "studied_at": "university", "taught_at": "university",
          "field": "field", "wrote": "book", "studied_under": "economist"}

RATINGS = {
    "ana": [("keynes", 5.0), ("friedman", 2.0), ("hayek", 1.5), ("sen", 4.5)],
    "ben": [("smith", 4.0), ("marx", 1.0), ("thaler", 3.0), ("piketty", 5.0)],
    "chen": [("samuelson", 4.5), ("solow", 4.0), ("stiglitz", 2.0), ("becker", 0.5)],
    "dara": [("ostrom", 5.0), ("duflo", 4.5), ("ricardo", 1.5), ("arrow", 3.5)],
    "emil": [("schumpeter", 4.0), ("marshall", 2.5), ("keynes", 1.0), ("friedman", 5.0)],
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"economist:{slug}", rel, f"{PREFIX[rel]}:{t}"))
    for user, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{user}", "rated", f"economist:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind375")
