"""blind241: a small graph of minerals, their naming history and their crystallography."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("mineral",)),
    kgx.Relation("crystal_system", phrase="has the crystal system", inverse_phrase="is the crystal system of",
                 domain=("mineral",), range=("crystal_system",)),
    kgx.Relation("mineral_class", phrase="belongs to the mineral class", inverse_phrase="is the mineral class of",
                 domain=("mineral",), range=("mineral_class",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("mineral",), range=("person", "place")),
    kgx.Relation("named_by", phrase="was named by", inverse_phrase="named",
                 domain=("mineral",), range=("person",)),
    kgx.Relation("type_locality", phrase="has its type locality in", inverse_phrase="is the type locality of",
                 domain=("mineral",), range=("country",)),
]

# slug, label, year the mineral received its name / first formal description
MINERALS = [
    ("goethite", "Goethite", 1806),
    ("smithsonite", "Smithsonite", 1832),
    ("wollastonite", "Wollastonite", 1818),
    ("prehnite", "Prehnite", 1788),
    ("dolomite", "Dolomite", 1792),
    ("scheelite", "Scheelite", 1821),
    ("uvarovite", "Uvarovite", 1832),
    ("anglesite", "Anglesite", 1832),
    ("aragonite", "Aragonite", 1797),
    ("andalusite", "Andalusite", 1798),
    ("vesuvianite", "Vesuvianite", 1795),
    ("sillimanite", "Sillimanite", 1824),
    ("wulfenite", "Wulfenite", 1845),
    ("brookite", "Brookite", 1825),
    ("willemite", "Willemite", 1830),
    ("franklinite", "Franklinite", 1819),
    ("cassiterite", "Cassiterite", 1832),
    ("kyanite", "Kyanite", 1789),
]

ATTRIBUTES = [
    # crystal systems
    ("crystal_system:orthorhombic", "crystal_system", "Orthorhombic"),
    ("crystal_system:trigonal", "crystal_system", "Trigonal"),
    ("crystal_system:triclinic", "crystal_system", "Triclinic"),
    ("crystal_system:tetragonal", "crystal_system", "Tetragonal"),
    ("crystal_system:cubic", "crystal_system", "Cubic"),
    # mineral classes
    ("mineral_class:oxide", "mineral_class", "Oxide"),
    ("mineral_class:carbonate", "mineral_class", "Carbonate"),
    ("mineral_class:silicate", "mineral_class", "Silicate"),
    ("mineral_class:sulfate", "mineral_class", "Sulfate"),
    ("mineral_class:tungstate", "mineral_class", "Tungstate"),
    ("mineral_class:molybdate", "mineral_class", "Molybdate"),
    # people the minerals are named after
    ("person:johann_wolfgang_von_goethe", "person", "Johann Wolfgang von Goethe"),
    ("person:james_smithson", "person", "James Smithson"),
    ("person:william_hyde_wollaston", "person", "William Hyde Wollaston"),
    ("person:hendrik_von_prehn", "person", "Hendrik von Prehn"),
    ("person:deodat_de_dolomieu", "person", "Déodat de Dolomieu"),
    ("person:carl_wilhelm_scheele", "person", "Carl Wilhelm Scheele"),
    ("person:sergey_uvarov", "person", "Sergey Uvarov"),
    ("person:benjamin_silliman", "person", "Benjamin Silliman"),
    ("person:franz_xaver_von_wulfen", "person", "Franz Xaver von Wulfen"),
    ("person:henry_james_brooke", "person", "Henry James Brooke"),
    ("person:william_i_of_the_netherlands", "person", "William I of the Netherlands"),
    # places the minerals are named after
    ("place:anglesey", "place", "Anglesey"),
    ("place:aragon", "place", "Aragon"),
    ("place:andalusia", "place", "Andalusia"),
    ("place:mount_vesuvius", "place", "Mount Vesuvius"),
    ("place:franklin_new_jersey", "place", "Franklin, New Jersey"),
    # people who named the minerals
    ("person:johann_georg_lenz", "person", "Johann Georg Lenz"),
    ("person:francois_sulpice_beudant", "person", "François Sulpice Beudant"),
    ("person:jean_leman", "person", "Jean-Baptiste Léman"),
    ("person:abraham_gottlob_werner", "person", "Abraham Gottlob Werner"),
    ("person:nicolas_theodore_de_saussure", "person", "Nicolas-Théodore de Saussure"),
    ("person:karl_caesar_von_leonhard", "person", "Karl Cäsar von Leonhard"),
    ("person:germain_henri_hess", "person", "Germain Henri Hess"),
    ("person:jean_claude_delametherie", "person", "Jean-Claude Delamétherie"),
    ("person:george_thomas_bowen", "person", "George Thomas Bowen"),
    ("person:wilhelm_haidinger", "person", "Wilhelm Haidinger"),
    ("person:armand_levy", "person", "Armand Lévy"),
    ("person:pierre_berthier", "person", "Pierre Berthier"),
    # type-locality countries
    ("country:germany", "country", "Germany"),
    ("country:south_africa", "country", "South Africa"),
    ("country:sweden", "country", "Sweden"),
    ("country:russia", "country", "Russia"),
    ("country:wales", "country", "Wales"),
    ("country:spain", "country", "Spain"),
    ("country:italy", "country", "Italy"),
    ("country:united_states", "country", "United States"),
    ("country:austria", "country", "Austria"),
    ("country:belgium", "country", "Belgium"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

# mineral: (crystal system, class, named after, named by, type locality)
FACTS = {
    "goethite": ("orthorhombic", "oxide", "person:johann_wolfgang_von_goethe", "johann_georg_lenz", "germany"),
    "smithsonite": ("trigonal", "carbonate", "person:james_smithson", "francois_sulpice_beudant", None),
    "wollastonite": ("triclinic", "silicate", "person:william_hyde_wollaston", "jean_leman", None),
    "prehnite": ("orthorhombic", "silicate", "person:hendrik_von_prehn", "abraham_gottlob_werner", "south_africa"),
    "dolomite": ("trigonal", "carbonate", "person:deodat_de_dolomieu", "nicolas_theodore_de_saussure", None),
    "scheelite": ("tetragonal", "tungstate", "person:carl_wilhelm_scheele", "karl_caesar_von_leonhard", "sweden"),
    "uvarovite": ("cubic", "silicate", "person:sergey_uvarov", "germain_henri_hess", "russia"),
    "anglesite": ("orthorhombic", "sulfate", "place:anglesey", "francois_sulpice_beudant", "wales"),
    "aragonite": ("orthorhombic", "carbonate", "place:aragon", "abraham_gottlob_werner", "spain"),
    "andalusite": ("orthorhombic", "silicate", "place:andalusia", "jean_claude_delametherie", "spain"),
    "vesuvianite": ("tetragonal", "silicate", "place:mount_vesuvius", "abraham_gottlob_werner", "italy"),
    "sillimanite": ("orthorhombic", "silicate", "person:benjamin_silliman", "george_thomas_bowen", "united_states"),
    "wulfenite": ("tetragonal", "molybdate", "person:franz_xaver_von_wulfen", "wilhelm_haidinger", "austria"),
    "brookite": ("orthorhombic", "oxide", "person:henry_james_brooke", "armand_levy", "wales"),
    "willemite": ("trigonal", "silicate", "person:william_i_of_the_netherlands", "armand_levy", "belgium"),
    "franklinite": ("cubic", "oxide", "place:franklin_new_jersey", "pierre_berthier", "united_states"),
    "cassiterite": ("tetragonal", "oxide", None, "francois_sulpice_beudant", None),
    "kyanite": ("triclinic", "silicate", None, "abraham_gottlob_werner", None),
}

RATINGS = [
    ("ana", "goethite", 4.5), ("ana", "wulfenite", 5.0), ("ana", "kyanite", 2.0), ("ana", "aragonite", 3.0),
    ("ben", "scheelite", 4.0), ("ben", "brookite", 1.5), ("ben", "willemite", 5.0), ("ben", "smithsonite", 3.5),
    ("chen", "uvarovite", 4.5), ("chen", "prehnite", 2.0), ("chen", "vesuvianite", 4.0), ("chen", "cassiterite", 1.0),
    ("dara", "sillimanite", 3.0), ("dara", "franklinite", 5.0), ("dara", "andalusite", 1.5), ("dara", "dolomite", 4.5),
    ("emil", "anglesite", 4.0), ("emil", "wollastonite", 2.5), ("emil", "goethite", 1.0), ("emil", "wulfenite", 4.5),
]


def entities():
    out = [kgx.Entity(f"mineral:{slug}", kind="item", type="mineral", label=label, attrs={"year": year})
           for slug, label, year in MINERALS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (system, klass, after, by, locality) in FACTS.items():
        m = f"mineral:{slug}"
        out.append((m, "crystal_system", f"crystal_system:{system}"))
        out.append((m, "mineral_class", f"mineral_class:{klass}"))
        if after:
            out.append((m, "named_after", after))
        if by:
            out.append((m, "named_by", f"person:{by}"))
        if locality:
            out.append((m, "type_locality", f"country:{locality}"))
    for user, slug, rating in RATINGS:
        out.append((f"user:{user}", "rated", f"mineral:{slug}", {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind241")
