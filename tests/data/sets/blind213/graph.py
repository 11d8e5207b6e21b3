"""blind213: a small graph of famous photographs."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("photograph",)),
    kgx.Relation("taken_by", phrase="was taken by", inverse_phrase="took",
                 domain=("photograph",), range=("photographer",)),
    kgx.Relation("taken_in", phrase="was taken in", inverse_phrase="is the setting of",
                 domain=("photograph",), range=("city", "town", "country", "island")),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in",
                 domain=("photograph",), range=("person", "planet")),
    kgx.Relation("published_in", phrase="was published in", inverse_phrase="published",
                 domain=("photograph",), range=("magazine", "newspaper")),
    kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
                 domain=("photograph",), range=("genre",)),
    kgx.Relation("has_format", phrase="was shot in", inverse_phrase="is the format of",
                 domain=("photograph",), range=("format",)),
]

_PHOTOS = [
    ("raising_the_flag_on_iwo_jima", "Raising the Flag on Iwo Jima", 1945),
    ("the_falling_soldier", "The Falling Soldier", 1936),
    ("migrant_mother", "Migrant Mother", 1936),
    ("afghan_girl", "Afghan Girl", 1984),
    ("earthrise", "Earthrise", 1968),
    ("the_blue_marble", "The Blue Marble", 1972),
    ("pale_blue_dot", "Pale Blue Dot", 1990),
    ("lunch_atop_a_skyscraper", "Lunch atop a Skyscraper", 1932),
    ("v_j_day_in_times_square", "V-J Day in Times Square", 1945),
    ("tank_man", "Tank Man", 1989),
    ("the_terror_of_war", "The Terror of War", 1972),
    ("saigon_execution", "Saigon Execution", 1968),
    ("the_steerage", "The Steerage", 1907),
    ("behind_the_gare_saint_lazare", "Behind the Gare Saint-Lazare", 1932),
    ("le_baiser_de_l_hotel_de_ville", "Le Baiser de l'Hôtel de Ville", 1950),
    ("muhammad_ali_vs_sonny_liston", "Muhammad Ali vs. Sonny Liston", 1965),
    ("guerrillero_heroico", "Guerrillero Heroico", 1960),
    ("the_roaring_lion", "The Roaring Lion", 1941),
]

_ATTRS = [
    # photographers
    ("photographer:joe_rosenthal", "photographer", "Joe Rosenthal"),
    ("photographer:robert_capa", "photographer", "Robert Capa"),
    ("photographer:dorothea_lange", "photographer", "Dorothea Lange"),
    ("photographer:steve_mccurry", "photographer", "Steve McCurry"),
    ("photographer:william_anders", "photographer", "William Anders"),
    ("photographer:alfred_eisenstaedt", "photographer", "Alfred Eisenstaedt"),
    ("photographer:jeff_widener", "photographer", "Jeff Widener"),
    ("photographer:nick_ut", "photographer", "Nick Ut"),
    ("photographer:eddie_adams", "photographer", "Eddie Adams"),
    ("photographer:alfred_stieglitz", "photographer", "Alfred Stieglitz"),
    ("photographer:henri_cartier_bresson", "photographer", "Henri Cartier-Bresson"),
    ("photographer:robert_doisneau", "photographer", "Robert Doisneau"),
    ("photographer:neil_leifer", "photographer", "Neil Leifer"),
    ("photographer:alberto_korda", "photographer", "Alberto Korda"),
    ("photographer:yousuf_karsh", "photographer", "Yousuf Karsh"),
    # places
    ("island:iwo_jima", "island", "Iwo Jima"),
    ("country:spain", "country", "Spain"),
    ("country:pakistan", "country", "Pakistan"),
    ("town:nipomo", "town", "Nipomo"),
    ("town:trang_bang", "town", "Trang Bang"),
    ("city:new_york_city", "city", "New York City"),
    ("city:beijing", "city", "Beijing"),
    ("city:saigon", "city", "Saigon"),
    ("city:paris", "city", "Paris"),
    ("city:lewiston", "city", "Lewiston"),
    ("city:havana", "city", "Havana"),
    ("city:ottawa", "city", "Ottawa"),
    # subjects
    ("person:florence_owens_thompson", "person", "Florence Owens Thompson"),
    ("person:sharbat_gula", "person", "Sharbat Gula"),
    ("person:phan_thi_kim_phuc", "person", "Phan Thi Kim Phuc"),
    ("person:nguyen_ngoc_loan", "person", "Nguyen Ngoc Loan"),
    ("person:muhammad_ali", "person", "Muhammad Ali"),
    ("person:sonny_liston", "person", "Sonny Liston"),
    ("person:che_guevara", "person", "Che Guevara"),
    ("person:winston_churchill", "person", "Winston Churchill"),
    ("planet:earth", "planet", "Earth"),
    # publications
    ("magazine:vu", "magazine", "Vu"),
    ("magazine:life", "magazine", "Life"),
    ("magazine:national_geographic", "magazine", "National Geographic"),
    ("magazine:camera_work", "magazine", "Camera Work"),
    ("newspaper:the_san_francisco_news", "newspaper", "The San Francisco News"),
    ("newspaper:new_york_herald_tribune", "newspaper", "New York Herald Tribune"),
    # genres
    ("genre:war_photography", "genre", "War photography"),
    ("genre:documentary_photography", "genre", "Documentary photography"),
    ("genre:portrait", "genre", "Portrait"),
    ("genre:space_photography", "genre", "Space photography"),
    ("genre:photojournalism", "genre", "Photojournalism"),
    ("genre:street_photography", "genre", "Street photography"),
    ("genre:sports_photography", "genre", "Sports photography"),
    # formats
    ("format:black_and_white", "format", "Black-and-white"),
    ("format:colour", "format", "Colour"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"photograph:{slug}", kind="item", type="photograph", label=label,
                      attrs={"year": year}) for slug, label, year in _PHOTOS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _p(slug):
    return f"photograph:{slug}"


_FACTS = {
    "raising_the_flag_on_iwo_jima": [
        ("taken_by", "photographer:joe_rosenthal"), ("taken_in", "island:iwo_jima"),
        ("has_genre", "genre:war_photography"), ("has_format", "format:black_and_white")],
    "the_falling_soldier": [
        ("taken_by", "photographer:robert_capa"), ("taken_in", "country:spain"),
        ("published_in", "magazine:vu"), ("has_genre", "genre:war_photography"),
        ("has_format", "format:black_and_white")],
    "migrant_mother": [
        ("taken_by", "photographer:dorothea_lange"), ("taken_in", "town:nipomo"),
        ("depicts", "person:florence_owens_thompson"),
        ("published_in", "newspaper:the_san_francisco_news"),
        ("has_genre", "genre:documentary_photography"), ("has_format", "format:black_and_white")],
    "afghan_girl": [
        ("taken_by", "photographer:steve_mccurry"), ("taken_in", "country:pakistan"),
        ("depicts", "person:sharbat_gula"), ("published_in", "magazine:national_geographic"),
        ("has_genre", "genre:portrait"), ("has_format", "format:colour")],
    "earthrise": [
        ("taken_by", "photographer:william_anders"), ("depicts", "planet:earth"),
        ("has_genre", "genre:space_photography"), ("has_format", "format:colour")],
    "the_blue_marble": [
        ("depicts", "planet:earth"), ("has_genre", "genre:space_photography"),
        ("has_format", "format:colour")],
    "pale_blue_dot": [
        ("depicts", "planet:earth"), ("has_genre", "genre:space_photography"),
        ("has_format", "format:colour")],
    "lunch_atop_a_skyscraper": [
        ("taken_in", "city:new_york_city"), ("published_in", "newspaper:new_york_herald_tribune"),
        ("has_format", "format:black_and_white")],
    "v_j_day_in_times_square": [
        ("taken_by", "photographer:alfred_eisenstaedt"), ("taken_in", "city:new_york_city"),
        ("published_in", "magazine:life"), ("has_genre", "genre:photojournalism"),
        ("has_format", "format:black_and_white")],
    "tank_man": [
        ("taken_by", "photographer:jeff_widener"), ("taken_in", "city:beijing"),
        ("has_genre", "genre:photojournalism"), ("has_format", "format:colour")],
    "the_terror_of_war": [
        ("taken_by", "photographer:nick_ut"), ("taken_in", "town:trang_bang"),
        ("depicts", "person:phan_thi_kim_phuc"), ("has_genre", "genre:war_photography"),
        ("has_format", "format:black_and_white")],
    "saigon_execution": [
        ("taken_by", "photographer:eddie_adams"), ("taken_in", "city:saigon"),
        ("depicts", "person:nguyen_ngoc_loan"), ("has_genre", "genre:war_photography"),
        ("has_format", "format:black_and_white")],
    "the_steerage": [
        ("taken_by", "photographer:alfred_stieglitz"), ("published_in", "magazine:camera_work"),
        ("has_format", "format:black_and_white")],
    "behind_the_gare_saint_lazare": [
        ("taken_by", "photographer:henri_cartier_bresson"), ("taken_in", "city:paris"),
        ("has_genre", "genre:street_photography"), ("has_format", "format:black_and_white")],
    "le_baiser_de_l_hotel_de_ville": [
        ("taken_by", "photographer:robert_doisneau"), ("taken_in", "city:paris"),
        ("published_in", "magazine:life"), ("has_genre", "genre:street_photography"),
        ("has_format", "format:black_and_white")],
    "muhammad_ali_vs_sonny_liston": [
        ("taken_by", "photographer:neil_leifer"), ("taken_in", "city:lewiston"),
        ("depicts", "person:muhammad_ali"), ("depicts", "person:sonny_liston"),
        ("has_genre", "genre:sports_photography")],
    "guerrillero_heroico": [
        ("taken_by", "photographer:alberto_korda"), ("taken_in", "city:havana"),
        ("depicts", "person:che_guevara"), ("has_genre", "genre:portrait"),
        ("has_format", "format:black_and_white")],
    "the_roaring_lion": [
        ("taken_by", "photographer:yousuf_karsh"), ("taken_in", "city:ottawa"),
        ("depicts", "person:winston_churchill"), ("has_genre", "genre:portrait"),
        ("has_format", "format:black_and_white")],
}

RATINGS = [
    ("ana", "migrant_mother", 5.0), ("ana", "earthrise", 4.5),
    ("ana", "tank_man", 2.0), ("ana", "the_steerage", 3.0),
    ("ben", "raising_the_flag_on_iwo_jima", 4.0), ("ben", "guerrillero_heroico", 1.5),
    ("ben", "afghan_girl", 5.0), ("ben", "lunch_atop_a_skyscraper", 3.5),
    ("chen", "behind_the_gare_saint_lazare", 4.5), ("chen", "le_baiser_de_l_hotel_de_ville", 1.0),
    ("chen", "pale_blue_dot", 4.0), ("chen", "saigon_execution", 2.5),
    ("dara", "the_blue_marble", 5.0), ("dara", "the_roaring_lion", 2.0),
    ("dara", "v_j_day_in_times_square", 4.0), ("dara", "the_falling_soldier", 3.0),
    ("emil", "muhammad_ali_vs_sonny_liston", 4.5), ("emil", "the_terror_of_war", 1.5),
    ("emil", "earthrise", 3.0), ("emil", "migrant_mother", 4.0),
]


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((_p(slug), rel, tail))
    for user, slug, r in RATINGS:
        out.append((f"user:{user}", "rated", _p(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind213")
