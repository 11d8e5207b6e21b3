"""blind296: a small graph of Greek gods and goddesses.

Items are deities. The `year` attribute of each deity is the year in which the
asteroid named after that deity was discovered (e.g. 6 Hebe, 1847; 433 Eros, 1898).
"""
import kgexplain as kgx

ITEM = "deity"
PLACES = ("sanctuary", "city", "island", "town", "headland", "mountain")
PARENTS = ("titan", "nymph", "mortal", "primordial deity")

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=(ITEM,)),
    kgx.Relation("presides_over", phrase="presides over", inverse_phrase="is the province of",
                 domain=(ITEM,), range=("domain",)),
    kgx.Relation("has_symbol", phrase="is symbolised by", inverse_phrase="is a symbol of",
                 domain=(ITEM,), range=("symbol",)),
    kgx.Relation("worshipped_at", phrase="was worshipped at", inverse_phrase="was a cult centre of",
                 domain=(ITEM,), range=PLACES),
    kgx.Relation("roman_counterpart", phrase="has the Roman counterpart",
                 inverse_phrase="is the Roman counterpart of",
                 domain=(ITEM,), range=("roman deity",)),
    kgx.Relation("child_of", phrase="is a child of", inverse_phrase="is a parent of",
                 domain=(ITEM,), range=PARENTS),
]

# slug: (label, year of discovery of the namesake asteroid)
DEITIES = {
    "zeus": ("Zeus", 1988),          # 5731 Zeus
    "hera": ("Hera", 1868),          # 103 Hera
    "poseidon": ("Poseidon", 1987),  # 4341 Poseidon
    "demeter": ("Demeter", 1929),    # 1108 Demeter
    "hestia": ("Hestia", 1857),      # 46 Hestia
    "athena": ("Athena", 1917),      # 881 Athene
    "apollo": ("Apollo", 1932),      # 1862 Apollo
    "artemis": ("Artemis", 1868),    # 105 Artemis
    "hermes": ("Hermes", 1937),      # 69230 Hermes
    "aphrodite": ("Aphrodite", 1935),  # 1388 Aphrodite
    "hephaestus": ("Hephaestus", 1978),  # 2212 Hephaistos
    "dionysus": ("Dionysus", 1984),  # 3671 Dionysus
    "persephone": ("Persephone", 1895),  # 399 Persephone
    "eros": ("Eros", 1898),          # 433 Eros
    "nike": ("Nike", 1891),          # 307 Nike
    "hebe": ("Hebe", 1847),          # 6 Hebe
    "asclepius": ("Asclepius", 1989),  # 4581 Asclepius
    "themis": ("Themis", 1853),      # 24 Themis
}

# id: (type, label)
ATTRIBUTES = {
    # domains
    "domain:sky": ("domain", "Sky"),
    "domain:thunder": ("domain", "Thunder"),
    "domain:marriage": ("domain", "Marriage"),
    "domain:sea": ("domain", "Sea"),
    "domain:earthquakes": ("domain", "Earthquakes"),
    "domain:agriculture": ("domain", "Agriculture"),
    "domain:hearth": ("domain", "Hearth"),
    "domain:wisdom": ("domain", "Wisdom"),
    "domain:war": ("domain", "War"),
    "domain:music": ("domain", "Music"),
    "domain:prophecy": ("domain", "Prophecy"),
    "domain:hunt": ("domain", "Hunt"),
    "domain:travel": ("domain", "Travel"),
    "domain:trade": ("domain", "Trade"),
    "domain:love": ("domain", "Love"),
    "domain:beauty": ("domain", "Beauty"),
    "domain:fire": ("domain", "Fire"),
    "domain:metalworking": ("domain", "Metalworking"),
    "domain:wine": ("domain", "Wine"),
    "domain:theatre": ("domain", "Theatre"),
    "domain:underworld": ("domain", "Underworld"),
    "domain:victory": ("domain", "Victory"),
    "domain:youth": ("domain", "Youth"),
    "domain:medicine": ("domain", "Medicine"),
    "domain:justice": ("domain", "Justice"),
    # symbols
    "symbol:thunderbolt": ("symbol", "Thunderbolt"),
    "symbol:eagle": ("symbol", "Eagle"),
    "symbol:peacock": ("symbol", "Peacock"),
    "symbol:pomegranate": ("symbol", "Pomegranate"),
    "symbol:trident": ("symbol", "Trident"),
    "symbol:horse": ("symbol", "Horse"),
    "symbol:wheat": ("symbol", "Wheat"),
    "symbol:torch": ("symbol", "Torch"),
    "symbol:owl": ("symbol", "Owl"),
    "symbol:olive_tree": ("symbol", "Olive tree"),
    "symbol:lyre": ("symbol", "Lyre"),
    "symbol:laurel": ("symbol", "Laurel"),
    "symbol:bow": ("symbol", "Bow"),
    "symbol:deer": ("symbol", "Deer"),
    "symbol:caduceus": ("symbol", "Caduceus"),
    "symbol:winged_sandals": ("symbol", "Winged sandals"),
    "symbol:dove": ("symbol", "Dove"),
    "symbol:myrtle": ("symbol", "Myrtle"),
    "symbol:hammer": ("symbol", "Hammer"),
    "symbol:anvil": ("symbol", "Anvil"),
    "symbol:thyrsus": ("symbol", "Thyrsus"),
    "symbol:grapevine": ("symbol", "Grapevine"),
    "symbol:palm_branch": ("symbol", "Palm branch"),
    "symbol:cup": ("symbol", "Cup"),
    "symbol:serpent": ("symbol", "Serpent"),
    "symbol:scales": ("symbol", "Scales"),
    # places
    "place:olympia": ("sanctuary", "Olympia"),
    "place:dodona": ("sanctuary", "Dodona"),
    "place:argos": ("city", "Argos"),
    "place:samos": ("island", "Samos"),
    "place:sounion": ("headland", "Sounion"),
    "place:isthmia": ("sanctuary", "Isthmia"),
    "place:eleusis": ("town", "Eleusis"),
    "place:athens": ("city", "Athens"),
    "place:delphi": ("sanctuary", "Delphi"),
    "place:delos": ("island", "Delos"),
    "place:ephesus": ("city", "Ephesus"),
    "place:brauron": ("sanctuary", "Brauron"),
    "place:cyllene": ("mountain", "Mount Cyllene"),
    "place:paphos": ("city", "Paphos"),
    "place:cythera": ("island", "Cythera"),
    "place:lemnos": ("island", "Lemnos"),
    "place:thespiae": ("city", "Thespiae"),
    "place:phlius": ("city", "Phlius"),
    "place:epidaurus": ("sanctuary", "Epidaurus"),
    "place:kos": ("island", "Kos"),
    "place:rhamnous": ("town", "Rhamnous"),
    # Roman counterparts
    "roman:jupiter": ("roman deity", "Jupiter"),
    "roman:juno": ("roman deity", "Juno"),
    "roman:neptune": ("roman deity", "Neptune"),
    "roman:ceres": ("roman deity", "Ceres"),
    "roman:vesta": ("roman deity", "Vesta"),
    "roman:minerva": ("roman deity", "Minerva"),
    "roman:diana": ("roman deity", "Diana"),
    "roman:mercury": ("roman deity", "Mercury"),
    "roman:venus": ("roman deity", "Venus"),
    "roman:vulcan": ("roman deity", "Vulcan"),
    "roman:bacchus": ("roman deity", "Bacchus"),
    "roman:proserpina": ("roman deity", "Proserpina"),
    "roman:cupid": ("roman deity", "Cupid"),
    "roman:victoria": ("roman deity", "Victoria"),
    "roman:juventas": ("roman deity", "Juventas"),
    "roman:aesculapius": ("roman deity", "Aesculapius"),
    "roman:justitia": ("roman deity", "Justitia"),
    # parents
    "parent:cronus": ("titan", "Cronus"),
    "parent:rhea": ("titan", "Rhea"),
    "parent:metis": ("titan", "Metis"),
    "parent:leto": ("titan", "Leto"),
    "parent:maia": ("nymph", "Maia"),
    "parent:styx": ("nymph", "Styx"),
    "parent:semele": ("mortal", "Semele"),
    "parent:coronis": ("mortal", "Coronis"),
    "parent:uranus": ("primordial deity", "Uranus"),
    "parent:gaia": ("primordial deity", "Gaia"),
}

USERS = ("ana", "ben", "chen", "dara", "emil")

FACTS = {
    "zeus": {"presides_over": ["sky", "thunder"], "has_symbol": ["thunderbolt", "eagle"],
             "worshipped_at": ["olympia", "dodona"], "roman_counterpart": ["jupiter"],
             "child_of": ["cronus", "rhea"]},
    "hera": {"presides_over": ["marriage"], "has_symbol": ["peacock", "pomegranate"],
             "worshipped_at": ["argos", "samos"], "roman_counterpart": ["juno"],
             "child_of": ["cronus", "rhea"]},
    "poseidon": {"presides_over": ["sea", "earthquakes"], "has_symbol": ["trident", "horse"],
                 "worshipped_at": ["sounion", "isthmia"], "roman_counterpart": ["neptune"],
                 "child_of": ["cronus", "rhea"]},
    "demeter": {"presides_over": ["agriculture"], "has_symbol": ["wheat", "torch"],
                "worshipped_at": ["eleusis"], "roman_counterpart": ["ceres"],
                "child_of": ["cronus", "rhea"]},
    "hestia": {"presides_over": ["hearth"], "roman_counterpart": ["vesta"],
               "child_of": ["cronus", "rhea"]},
    "athena": {"presides_over": ["wisdom", "war"], "has_symbol": ["owl", "olive_tree"],
               "worshipped_at": ["athens"], "roman_counterpart": ["minerva"],
               "child_of": ["metis"]},
    "apollo": {"presides_over": ["music", "prophecy"], "has_symbol": ["lyre", "laurel", "bow"],
               "worshipped_at": ["delphi", "delos"], "child_of": ["leto"]},
    "artemis": {"presides_over": ["hunt"], "has_symbol": ["bow", "deer"],
                "worshipped_at": ["ephesus", "brauron"], "roman_counterpart": ["diana"],
                "child_of": ["leto"]},
    "hermes": {"presides_over": ["travel", "trade"], "has_symbol": ["caduceus", "winged_sandals"],
               "worshipped_at": ["cyllene"], "roman_counterpart": ["mercury"],
               "child_of": ["maia"]},
    "aphrodite": {"presides_over": ["love", "beauty"], "has_symbol": ["dove", "myrtle"],
                  "worshipped_at": ["paphos", "cythera"], "roman_counterpart": ["venus"]},
    "hephaestus": {"presides_over": ["fire", "metalworking"], "has_symbol": ["hammer", "anvil"],
                   "worshipped_at": ["lemnos", "athens"], "roman_counterpart": ["vulcan"]},
    "dionysus": {"presides_over": ["wine", "theatre"], "has_symbol": ["thyrsus", "grapevine"],
                 "worshipped_at": ["athens"], "roman_counterpart": ["bacchus"],
                 "child_of": ["semele"]},
    "persephone": {"presides_over": ["underworld"], "has_symbol": ["pomegranate"],
                   "worshipped_at": ["eleusis"], "roman_counterpart": ["proserpina"]},
    "eros": {"presides_over": ["love"], "has_symbol": ["bow"],
             "worshipped_at": ["thespiae"], "roman_counterpart": ["cupid"]},
    "nike": {"presides_over": ["victory"], "has_symbol": ["palm_branch"],
             "roman_counterpart": ["victoria"], "child_of": ["styx"]},
    "hebe": {"presides_over": ["youth"], "has_symbol": ["cup"],
             "worshipped_at": ["phlius"], "roman_counterpart": ["juventas"]},
    "asclepius": {"presides_over": ["medicine"], "has_symbol": ["serpent"],
                  "worshipped_at": ["epidaurus", "kos"], "roman_counterpart": ["aesculapius"],
                  "child_of": ["coronis"]},
    "themis": {"presides_over": ["justice"], "has_symbol": ["scales"],
               "worshipped_at": ["rhamnous"], "roman_counterpart": ["justitia"],
               "child_of": ["uranus", "gaia"]},
}

PREFIX = {"presides_over": "domain", "has_symbol": "symbol", "worshipped_at": "place",
          "roman_counterpart": "roman", "child_of": "parent"}

RATINGS = {
    "ana": {"athena": 5.0, "apollo": 4.5, "hermes": 2.0, "poseidon": 3.5},
    "ben": {"zeus": 4.0, "dionysus": 1.5, "aphrodite": 5.0, "hestia": 3.0},
    "chen": {"artemis": 4.5, "demeter": 2.5, "hephaestus": 4.0, "persephone": 1.0},
    "dara": {"nike": 5.0, "hera": 2.0, "eros": 3.0, "asclepius": 4.5},
    "emil": {"hebe": 0.5, "themis": 4.0, "poseidon": 5.0, "athena": 1.5},
}


def entities():
    out = [kgx.Entity(f"deity:{slug}", kind="item", type=ITEM, label=label, attrs={"year": year})
           for slug, (label, year) in DEITIES.items()]
    out += [kgx.Entity(eid, kind="attribute", type=t, label=label)
            for eid, (t, label) in ATTRIBUTES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"deity:{slug}", rel, f"{PREFIX[rel]}:{tail}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"deity:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind296")
