"""blind353: a small graph of fashion designers (year = birth year)."""
import kgexplain as kgx

D = ("designer",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=D),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=D, range=("city",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by", domain=D, range=("fashion_house",)),
    kgx.Relation("head_designer_of", phrase="was head designer of", inverse_phrase="had as head designer",
                 domain=D, range=("fashion_house",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="is the alma mater of", domain=D, range=("school",)),
    kgx.Relation("known_for", phrase="is known for", inverse_phrase="is a signature of", domain=D, range=("style",)),
    kgx.Relation("dressed", phrase="dressed", inverse_phrase="wore designs by", domain=D, range=("person",)),
]

DESIGNERS = [
    ("coco_chanel", "Coco Chanel", 1883),
    ("christian_dior", "Christian Dior", 1905),
    ("yves_saint_laurent", "Yves Saint Laurent", 1936),
    ("karl_lagerfeld", "Karl Lagerfeld", 1933),
    ("giorgio_armani", "Giorgio Armani", 1934),
    ("gianni_versace", "Gianni Versace", 1946),
    ("donatella_versace", "Donatella Versace", 1955),
    ("alexander_mcqueen", "Alexander McQueen", 1969),
    ("john_galliano", "John Galliano", 1960),
    ("hubert_de_givenchy", "Hubert de Givenchy", 1927),
    ("vivienne_westwood", "Vivienne Westwood", 1941),
    ("stella_mccartney", "Stella McCartney", 1971),
    ("tom_ford", "Tom Ford", 1961),
    ("marc_jacobs", "Marc Jacobs", 1963),
    ("ralph_lauren", "Ralph Lauren", 1939),
    ("calvin_klein", "Calvin Klein", 1942),
    ("miuccia_prada", "Miuccia Prada", 1949),
    ("valentino_garavani", "Valentino Garavani", 1932),
    ("jean_paul_gaultier", "Jean Paul Gaultier", 1952),
    ("diane_von_furstenberg", "Diane von Furstenberg", 1946),
]

ATTRIBUTES = [
    # cities
    ("city:saumur", "city", "Saumur"),
    ("city:granville", "city", "Granville"),
    ("city:oran", "city", "Oran"),
    ("city:hamburg", "city", "Hamburg"),
    ("city:piacenza", "city", "Piacenza"),
    ("city:reggio_calabria", "city", "Reggio Calabria"),
    ("city:london", "city", "London"),
    ("city:gibraltar", "city", "Gibraltar"),
    ("city:beauvais", "city", "Beauvais"),
    ("city:tintwistle", "city", "Tintwistle"),
    ("city:austin", "city", "Austin"),
    ("city:new_york_city", "city", "New York City"),
    ("city:milan", "city", "Milan"),
    ("city:voghera", "city", "Voghera"),
    ("city:arcueil", "city", "Arcueil"),
    ("city:brussels", "city", "Brussels"),
    # fashion houses
    ("house:chanel", "fashion_house", "Chanel"),
    ("house:dior", "fashion_house", "Dior"),
    ("house:saint_laurent", "fashion_house", "Saint Laurent"),
    ("house:fendi", "fashion_house", "Fendi"),
    ("house:chloe", "fashion_house", "Chloé"),
    ("house:armani", "fashion_house", "Armani"),
    ("house:versace", "fashion_house", "Versace"),
    ("house:givenchy", "fashion_house", "Givenchy"),
    ("house:maison_margiela", "fashion_house", "Maison Margiela"),
    ("house:gucci", "fashion_house", "Gucci"),
    ("house:louis_vuitton", "fashion_house", "Louis Vuitton"),
    ("house:perry_ellis", "fashion_house", "Perry Ellis"),
    ("house:prada", "fashion_house", "Prada"),
    ("house:miu_miu", "fashion_house", "Miu Miu"),
    ("house:valentino", "fashion_house", "Valentino"),
    ("house:hermes", "fashion_house", "Hermès"),
    # schools
    ("school:central_saint_martins", "school", "Central Saint Martins"),
    ("school:parsons", "school", "Parsons School of Design"),
    ("school:fit", "school", "Fashion Institute of Technology"),
    ("school:chambre_syndicale", "school", "École de la Chambre Syndicale de la Couture Parisienne"),
    # styles and garments
    ("style:little_black_dress", "style", "little black dress"),
    ("style:tweed_suit", "style", "tweed suit"),
    ("style:new_look", "style", "New Look"),
    ("style:le_smoking", "style", "Le Smoking"),
    ("style:unstructured_jacket", "style", "unstructured jacket"),
    ("style:bumster_trousers", "style", "bumster trousers"),
    ("style:bettina_blouse", "style", "Bettina blouse"),
    ("style:punk", "style", "punk"),
    ("style:grunge", "style", "grunge"),
    ("style:polo_shirt", "style", "polo shirt"),
    ("style:minimalism", "style", "minimalism"),
    ("style:cone_bra", "style", "cone bra"),
    ("style:wrap_dress", "style", "wrap dress"),
    # people dressed
    ("person:audrey_hepburn", "person", "Audrey Hepburn"),
    ("person:madonna", "person", "Madonna"),
    ("person:jacqueline_kennedy", "person", "Jacqueline Kennedy"),
    ("person:princess_diana", "person", "Princess Diana"),
    ("person:richard_gere", "person", "Richard Gere"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"designer:{slug}", kind="item", type="designer", label=label, attrs={"year": year})
           for slug, label, year in DESIGNERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # born_in
    ("coco_chanel", "born_in", "city:saumur"),
    ("christian_dior", "born_in", "city:granville"),
    ("yves_saint_laurent", "born_in", "city:oran"),
    ("karl_lagerfeld", "born_in", "city:hamburg"),
    ("giorgio_armani", "born_in", "city:piacenza"),
    ("gianni_versace", "born_in", "city:reggio_calabria"),
    ("donatella_versace", "born_in", "city:reggio_calabria"),
    ("alexander_mcqueen", "born_in", "city:london"),
    ("john_galliano", "born_in", "city:gibraltar"),
    ("hubert_de_givenchy", "born_in", "city:beauvais"),
    ("vivienne_westwood", "born_in", "city:tintwistle"),
    ("stella_mccartney", "born_in", "city:london"),
    ("tom_ford", "born_in", "city:austin"),
    ("marc_jacobs", "born_in", "city:new_york_city"),
    ("ralph_lauren", "born_in", "city:new_york_city"),
    ("calvin_klein", "born_in", "city:new_york_city"),
    ("miuccia_prada", "born_in", "city:milan"),
    ("valentino_garavani", "born_in", "city:voghera"),
    ("jean_paul_gaultier", "born_in", "city:arcueil"),
    ("diane_von_furstenberg", "born_in", "city:brussels"),
    # founded
    ("coco_chanel", "founded", "house:chanel"),
    ("christian_dior", "founded", "house:dior"),
    ("yves_saint_laurent", "founded", "house:saint_laurent"),
    ("giorgio_armani", "founded", "house:armani"),
    ("gianni_versace", "founded", "house:versace"),
    ("hubert_de_givenchy", "founded", "house:givenchy"),
    ("miuccia_prada", "founded", "house:miu_miu"),
    ("valentino_garavani", "founded", "house:valentino"),
    # head_designer_of
    ("yves_saint_laurent", "head_designer_of", "house:dior"),
    ("karl_lagerfeld", "head_designer_of", "house:chanel"),
    ("karl_lagerfeld", "head_designer_of", "house:fendi"),
    ("karl_lagerfeld", "head_designer_of", "house:chloe"),
    ("donatella_versace", "head_designer_of", "house:versace"),
    ("alexander_mcqueen", "head_designer_of", "house:givenchy"),
    ("john_galliano", "head_designer_of", "house:givenchy"),
    ("john_galliano", "head_designer_of", "house:dior"),
    ("john_galliano", "head_designer_of", "house:maison_margiela"),
    ("stella_mccartney", "head_designer_of", "house:chloe"),
    ("tom_ford", "head_designer_of", "house:gucci"),
    ("tom_ford", "head_designer_of", "house:saint_laurent"),
    ("marc_jacobs", "head_designer_of", "house:louis_vuitton"),
    ("marc_jacobs", "head_designer_of", "house:perry_ellis"),
    ("miuccia_prada", "head_designer_of", "house:prada"),
    ("jean_paul_gaultier", "head_designer_of", "house:hermes"),
    # studied_at
    ("yves_saint_laurent", "studied_at", "school:chambre_syndicale"),
    ("valentino_garavani", "studied_at", "school:chambre_syndicale"),
    ("alexander_mcqueen", "studied_at", "school:central_saint_martins"),
    ("john_galliano", "studied_at", "school:central_saint_martins"),
    ("stella_mccartney", "studied_at", "school:central_saint_martins"),
    ("tom_ford", "studied_at", "school:parsons"),
    ("marc_jacobs", "studied_at", "school:parsons"),
    ("calvin_klein", "studied_at", "school:fit"),
    # known_for
    ("coco_chanel", "known_for", "style:little_black_dress"),
    ("coco_chanel", "known_for", "style:tweed_suit"),
    ("christian_dior", "known_for", "style:new_look"),
    ("yves_saint_laurent", "known_for", "style:le_smoking"),
    ("giorgio_armani", "known_for", "style:unstructured_jacket"),
    ("alexander_mcqueen", "known_for", "style:bumster_trousers"),
    ("hubert_de_givenchy", "known_for", "style:bettina_blouse"),
    ("vivienne_westwood", "known_for", "style:punk"),
    ("marc_jacobs", "known_for", "style:grunge"),
    ("ralph_lauren", "known_for", "style:polo_shirt"),
    ("calvin_klein", "known_for", "style:minimalism"),
    ("jean_paul_gaultier", "known_for", "style:cone_bra"),
    ("diane_von_furstenberg", "known_for", "style:wrap_dress"),
    # dressed
    ("hubert_de_givenchy", "dressed", "person:audrey_hepburn"),
    ("jean_paul_gaultier", "dressed", "person:madonna"),
    ("valentino_garavani", "dressed", "person:jacqueline_kennedy"),
    ("gianni_versace", "dressed", "person:princess_diana"),
    ("giorgio_armani", "dressed", "person:richard_gere"),
]

RATINGS = [
    ("ana", "coco_chanel", 5.0),
    ("ana", "christian_dior", 4.5),
    ("ana", "hubert_de_givenchy", 4.0),
    ("ana", "vivienne_westwood", 2.0),
    ("ben", "alexander_mcqueen", 5.0),
    ("ben", "john_galliano", 1.5),
    ("ben", "vivienne_westwood", 4.5),
    ("ben", "tom_ford", 3.0),
    ("chen", "giorgio_armani", 4.0),
    ("chen", "gianni_versace", 2.0),
    ("chen", "miuccia_prada", 5.0),
    ("chen", "valentino_garavani", 4.5),
    ("dara", "marc_jacobs", 1.0),
    ("dara", "calvin_klein", 4.0),
    ("dara", "ralph_lauren", 3.5),
    ("dara", "diane_von_furstenberg", 5.0),
    ("emil", "jean_paul_gaultier", 4.5),
    ("emil", "karl_lagerfeld", 2.5),
    ("emil", "yves_saint_laurent", 5.0),
    ("emil", "stella_mccartney", 1.0),
]


def rows():
    out = [(f"designer:{h}", r, t) for h, r, t in FACTS]
    out += [(f"user:{u}", "rated", f"designer:{d}", {"rating": r}) for u, d, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind353")
