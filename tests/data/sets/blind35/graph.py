"""A small paintings graph for the blind35 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with paintings
(items, with the year they were finished), painters, art movements, museums, subjects and media
(attributes), and a few gallery-goers (users) who rated paintings 1-5. Relations declare only
``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

PAINTINGS = {
    # id: (label, year)
    "painting:starry_night": ("The Starry Night", 1889),
    "painting:sunflowers": ("Sunflowers", 1888),
    "painting:wheatfield_crows": ("Wheatfield with Crows", 1890),
    "painting:impression_sunrise": ("Impression, Sunrise", 1872),
    "painting:water_lilies": ("Water Lilies", 1916),
    "painting:mona_lisa": ("Mona Lisa", 1503),
    "painting:girl_pearl_earring": ("Girl with a Pearl Earring", 1665),
    "painting:milkmaid": ("The Milkmaid", 1658),
    "painting:view_of_delft": ("View of Delft", 1660),
    "painting:night_watch": ("The Night Watch", 1642),
    "painting:demoiselles": ("Les Demoiselles d'Avignon", 1907),
    "painting:guernica": ("Guernica", 1937),
    "painting:persistence_of_memory": ("The Persistence of Memory", 1931),
    "painting:the_kiss": ("The Kiss", 1908),
    "painting:birth_of_venus": ("The Birth of Venus", 1485),
    "painting:the_scream": ("The Scream", 1893),
    "painting:great_wave": ("The Great Wave off Kanagawa", 1831),
}

ATTRIBUTES = {
    # painters
    "painter:van_gogh": ("painter", "Vincent van Gogh"),
    "painter:monet": ("painter", "Claude Monet"),
    "painter:leonardo": ("painter", "Leonardo da Vinci"),
    "painter:vermeer": ("painter", "Johannes Vermeer"),
    "painter:rembrandt": ("painter", "Rembrandt"),
    "painter:picasso": ("painter", "Pablo Picasso"),
    "painter:dali": ("painter", "Salvador Dalí"),
    "painter:klimt": ("painter", "Gustav Klimt"),
    "painter:botticelli": ("painter", "Sandro Botticelli"),
    "painter:munch": ("painter", "Edvard Munch"),
    "painter:hokusai": ("painter", "Katsushika Hokusai"),
    # movements
    "movement:post_impressionism": ("movement", "Post-Impressionism"),
    "movement:impressionism": ("movement", "Impressionism"),
    "movement:high_renaissance": ("movement", "High Renaissance"),
    "movement:early_renaissance": ("movement", "Early Renaissance"),
    "movement:dutch_golden_age": ("movement", "Dutch Golden Age"),
    "movement:cubism": ("movement", "Cubism"),
    "movement:surrealism": ("movement", "Surrealism"),
    "movement:art_nouveau": ("movement", "Art Nouveau"),
    "movement:expressionism": ("movement", "Expressionism"),
    "movement:ukiyo_e": ("movement", "ukiyo-e"),
    # museums
    "museum:moma": ("museum", "Museum of Modern Art"),
    "museum:national_gallery": ("museum", "National Gallery"),
    "museum:van_gogh_museum": ("museum", "Van Gogh Museum"),
    "museum:marmottan": ("museum", "Musée Marmottan Monet"),
    "museum:louvre": ("museum", "Louvre"),
    "museum:mauritshuis": ("museum", "Mauritshuis"),
    "museum:rijksmuseum": ("museum", "Rijksmuseum"),
    "museum:reina_sofia": ("museum", "Museo Reina Sofía"),
    "museum:belvedere": ("museum", "Belvedere"),
    "museum:uffizi": ("museum", "Uffizi Gallery"),
    "museum:national_museum_oslo": ("museum", "National Museum of Norway"),
    "museum:met": ("museum", "Metropolitan Museum of Art"),
    # subjects
    "subject:night_sky": ("subject", "night sky"),
    "subject:landscape": ("subject", "landscape"),
    "subject:still_life": ("subject", "still life"),
    "subject:seascape": ("subject", "seascape"),
    "subject:portrait": ("subject", "portrait"),
    "subject:domestic_life": ("subject", "domestic life"),
    "subject:nude": ("subject", "nude"),
    "subject:war": ("subject", "war"),
    "subject:lovers": ("subject", "lovers"),
    "subject:mythology": ("subject", "mythology"),
    "subject:cityscape": ("subject", "cityscape"),
    # media
    "medium:oil_on_canvas": ("medium", "oil on canvas"),
    "medium:oil_on_poplar": ("medium", "oil on poplar panel"),
    "medium:tempera_on_canvas": ("medium", "tempera on canvas"),
    "medium:tempera_on_cardboard": ("medium", "tempera on cardboard"),
    "medium:woodblock_print": ("medium", "woodblock print"),
}

USERS = {
    "user:amara": "Amara",
    "user:bruno": "Bruno",
    "user:chloe": "Chloe",
    "user:dev": "Dev",
    "user:elin": "Elin",
}

FACTS = [
    # painting, painter, movement, museum, medium, subjects
    ("painting:starry_night", "painter:van_gogh", "movement:post_impressionism", "museum:moma",
     "medium:oil_on_canvas", ["subject:night_sky", "subject:landscape"]),
    ("painting:sunflowers", "painter:van_gogh", "movement:post_impressionism",
     "museum:national_gallery", "medium:oil_on_canvas", ["subject:still_life"]),
    ("painting:wheatfield_crows", "painter:van_gogh", "movement:post_impressionism",
     "museum:van_gogh_museum", "medium:oil_on_canvas", ["subject:landscape"]),
    ("painting:impression_sunrise", "painter:monet", "movement:impressionism", "museum:marmottan",
     "medium:oil_on_canvas", ["subject:seascape"]),
    ("painting:water_lilies", "painter:monet", "movement:impressionism", "museum:moma",
     "medium:oil_on_canvas", ["subject:landscape"]),
    ("painting:mona_lisa", "painter:leonardo", "movement:high_renaissance", "museum:louvre",
     "medium:oil_on_poplar", ["subject:portrait"]),
    ("painting:girl_pearl_earring", "painter:vermeer", "movement:dutch_golden_age",
     "museum:mauritshuis", "medium:oil_on_canvas", ["subject:portrait"]),
    ("painting:milkmaid", "painter:vermeer", "movement:dutch_golden_age", "museum:rijksmuseum",
     "medium:oil_on_canvas", ["subject:domestic_life"]),
    ("painting:view_of_delft", "painter:vermeer", "movement:dutch_golden_age", "museum:mauritshuis",
     "medium:oil_on_canvas", ["subject:cityscape"]),
    ("painting:night_watch", "painter:rembrandt", "movement:dutch_golden_age", "museum:rijksmuseum",
     "medium:oil_on_canvas", ["subject:portrait"]),
    ("painting:demoiselles", "painter:picasso", "movement:cubism", "museum:moma",
     "medium:oil_on_canvas", ["subject:nude"]),
    ("painting:guernica", "painter:picasso", "movement:cubism", "museum:reina_sofia",
     "medium:oil_on_canvas", ["subject:war"]),
    ("painting:persistence_of_memory", "painter:dali", "movement:surrealism", "museum:moma",
     "medium:oil_on_canvas", ["subject:landscape"]),
    ("painting:the_kiss", "painter:klimt", "movement:art_nouveau", "museum:belvedere",
     "medium:oil_on_canvas", ["subject:lovers"]),
    ("painting:birth_of_venus", "painter:botticelli", "movement:early_renaissance", "museum:uffizi",
     "medium:tempera_on_canvas", ["subject:mythology", "subject:nude"]),
    ("painting:the_scream", "painter:munch", "movement:expressionism",
     "museum:national_museum_oslo", "medium:tempera_on_cardboard", []),
    ("painting:great_wave", "painter:hokusai", "movement:ukiyo_e", "museum:met",
     "medium:woodblock_print", ["subject:seascape"]),
]

RATINGS = [
    ("user:amara", "painting:starry_night", 5),
    ("user:amara", "painting:sunflowers", 4),
    ("user:amara", "painting:mona_lisa", 2),
    ("user:amara", "painting:the_kiss", 5),
    ("user:amara", "painting:guernica", 3),
    ("user:bruno", "painting:night_watch", 5),
    ("user:bruno", "painting:milkmaid", 4),
    ("user:bruno", "painting:girl_pearl_earring", 5),
    ("user:bruno", "painting:persistence_of_memory", 1),
    ("user:bruno", "painting:great_wave", 3),
    ("user:chloe", "painting:impression_sunrise", 5),
    ("user:chloe", "painting:water_lilies", 4),
    ("user:chloe", "painting:birth_of_venus", 4),
    ("user:chloe", "painting:demoiselles", 2),
    ("user:dev", "painting:guernica", 5),
    ("user:dev", "painting:demoiselles", 4),
    ("user:dev", "painting:persistence_of_memory", 5),
    ("user:dev", "painting:the_scream", 4),
    ("user:dev", "painting:view_of_delft", 2),
    ("user:elin", "painting:great_wave", 5),
    ("user:elin", "painting:wheatfield_crows", 4),
    ("user:elin", "painting:starry_night", 3),
    ("user:elin", "painting:mona_lisa", 4),
    ("user:elin", "painting:the_kiss", 1),
]

RELATIONS = [
    kgx.Relation("rated", phrase="gave a rating to", inverse_phrase="was rated by",
                 domain=("user",), range=("painting",)),
    kgx.Relation("painted_by", phrase="was painted by", inverse_phrase="painted",
                 domain=("painting",), range=("painter",)),
    kgx.Relation("movement", phrase="belongs to the movement", inverse_phrase="includes",
                 domain=("painting",), range=("movement",)),
    kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds",
                 domain=("painting",), range=("museum",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in",
                 domain=("painting",), range=("subject",)),
    kgx.Relation("medium", phrase="is painted in", inverse_phrase="is the medium of",
                 domain=("painting",), range=("medium",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for painting, painter, movement, museum, medium, subjects in FACTS:
        out.append((painting, "painted_by", painter))
        out.append((painting, "movement", movement))
        out.append((painting, "held_by", museum))
        out.append((painting, "medium", medium))
        out += [(painting, "depicts", s) for s in subjects]
    out += [(u, "rated", p, {"rating": float(s)}) for u, p, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="painting", label=lab, attrs={"year": year})
        for i, (lab, year) in PAINTINGS.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind35 paintings graph (17 paintings, 49 attributes, 5 gallery-goers)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind35")
