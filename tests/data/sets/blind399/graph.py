"""A small graph of real pianists (year = year of birth)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("pianist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("pianist",), range=("city",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="trained", domain=("pianist",), range=("school",)),
    kgx.Relation("studied_with", phrase="studied with", inverse_phrase="taught", domain=("pianist",), range=("teacher",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=("pianist",), range=("competition",)),
    kgx.Relation("recorded_for", phrase="recorded for", inverse_phrase="released recordings by", domain=("pianist",), range=("label",)),
    kgx.Relation("also_worked_as", phrase="also worked as a", inverse_phrase="was a further role of", domain=("pianist",), range=("occupation",)),
]

PIANISTS = [
    ("horowitz", "Vladimir Horowitz", 1903),
    ("richter", "Sviatoslav Richter", 1915),
    ("gilels", "Emil Gilels", 1916),
    ("cliburn", "Van Cliburn", 1934),
    ("argerich", "Martha Argerich", 1941),
    ("pollini", "Maurizio Pollini", 1942),
    ("zimerman", "Krystian Zimerman", 1956),
    ("gould", "Glenn Gould", 1932),
    ("rubinstein", "Arthur Rubinstein", 1887),
    ("rachmaninoff", "Sergei Rachmaninoff", 1873),
    ("ashkenazy", "Vladimir Ashkenazy", 1937),
    ("brendel", "Alfred Brendel", 1931),
    ("trifonov", "Daniil Trifonov", 1991),
    ("lang_lang", "Lang Lang", 1982),
    ("yuja_wang", "Yuja Wang", 1987),
    ("cho", "Seong-Jin Cho", 1994),
    ("blechacz", "Rafał Blechacz", 1985),
    ("kissin", "Evgeny Kissin", 1971),
    ("perahia", "Murray Perahia", 1947),
    ("lupu", "Radu Lupu", 1945),
]

ATTRIBUTES = [
    # cities
    ("city:kyiv", "city", "Kyiv"),
    ("city:zhytomyr", "city", "Zhytomyr"),
    ("city:odesa", "city", "Odesa"),
    ("city:shreveport", "city", "Shreveport"),
    ("city:buenos_aires", "city", "Buenos Aires"),
    ("city:milan", "city", "Milan"),
    ("city:zabrze", "city", "Zabrze"),
    ("city:toronto", "city", "Toronto"),
    ("city:lodz", "city", "Łódź"),
    ("city:nizhny_novgorod", "city", "Nizhny Novgorod"),
    ("city:shenyang", "city", "Shenyang"),
    ("city:beijing", "city", "Beijing"),
    ("city:seoul", "city", "Seoul"),
    ("city:naklo", "city", "Nakło nad Notecią"),
    ("city:moscow", "city", "Moscow"),
    ("city:new_york", "city", "New York City"),
    ("city:galati", "city", "Galați"),
    # schools
    ("school:kyiv_conservatory", "school", "Kyiv Conservatory"),
    ("school:moscow_conservatory", "school", "Moscow Conservatory"),
    ("school:juilliard", "school", "Juilliard School"),
    ("school:milan_conservatory", "school", "Milan Conservatory"),
    ("school:katowice_academy", "school", "Katowice Academy of Music"),
    ("school:royal_conservatory", "school", "Royal Conservatory of Music"),
    ("school:cleveland_institute", "school", "Cleveland Institute of Music"),
    ("school:curtis", "school", "Curtis Institute of Music"),
    ("school:paris_conservatoire", "school", "Paris Conservatoire"),
    ("school:gnessin", "school", "Gnessin School"),
    ("school:mannes", "school", "Mannes College"),
    # teachers
    ("teacher:blumenfeld", "teacher", "Felix Blumenfeld"),
    ("teacher:neuhaus", "teacher", "Heinrich Neuhaus"),
    ("teacher:lhevinne", "teacher", "Rosina Lhévinne"),
    ("teacher:gulda", "teacher", "Friedrich Gulda"),
    ("teacher:jasinski", "teacher", "Andrzej Jasiński"),
    ("teacher:guerrero", "teacher", "Alberto Guerrero"),
    ("teacher:barth", "teacher", "Karl Heinrich Barth"),
    ("teacher:zverev", "teacher", "Nikolai Zverev"),
    ("teacher:oborin", "teacher", "Lev Oborin"),
    ("teacher:fischer", "teacher", "Edwin Fischer"),
    ("teacher:babayan", "teacher", "Sergei Babayan"),
    ("teacher:graffman", "teacher", "Gary Graffman"),
    ("teacher:beroff", "teacher", "Michel Béroff"),
    ("teacher:kantor", "teacher", "Anna Kantor"),
    # competitions
    ("competition:chopin", "competition", "International Chopin Piano Competition"),
    ("competition:tchaikovsky", "competition", "International Tchaikovsky Competition"),
    ("competition:queen_elisabeth", "competition", "Queen Elisabeth Competition"),
    ("competition:leeds", "competition", "Leeds International Piano Competition"),
    ("competition:van_cliburn", "competition", "Van Cliburn International Piano Competition"),
    # labels
    ("label:rca_victor", "label", "RCA Victor"),
    ("label:dg", "label", "Deutsche Grammophon"),
    ("label:melodiya", "label", "Melodiya"),
    ("label:columbia_masterworks", "label", "Columbia Masterworks"),
    ("label:decca", "label", "Decca"),
    ("label:philips", "label", "Philips"),
    ("label:sony_classical", "label", "Sony Classical"),
    # occupations besides playing the piano
    ("occupation:composer", "occupation", "composer"),
    ("occupation:conductor", "occupation", "conductor"),
    ("occupation:writer", "occupation", "writer"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"pianist:{slug}", kind="item", type="pianist", label=name, attrs={"year": year})
           for slug, name, year in PIANISTS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    ("horowitz", "born_in", "city:kyiv"),
    ("horowitz", "studied_at", "school:kyiv_conservatory"),
    ("horowitz", "studied_with", "teacher:blumenfeld"),
    ("horowitz", "recorded_for", "label:rca_victor"),

    ("richter", "born_in", "city:zhytomyr"),
    ("richter", "studied_at", "school:moscow_conservatory"),
    ("richter", "studied_with", "teacher:neuhaus"),
    ("richter", "recorded_for", "label:melodiya"),

    ("gilels", "born_in", "city:odesa"),
    ("gilels", "studied_at", "school:moscow_conservatory"),
    ("gilels", "studied_with", "teacher:neuhaus"),
    ("gilels", "recorded_for", "label:melodiya"),

    ("cliburn", "born_in", "city:shreveport"),
    ("cliburn", "studied_at", "school:juilliard"),
    ("cliburn", "studied_with", "teacher:lhevinne"),
    ("cliburn", "won", "competition:tchaikovsky"),
    ("cliburn", "recorded_for", "label:rca_victor"),

    ("argerich", "born_in", "city:buenos_aires"),
    ("argerich", "studied_with", "teacher:gulda"),
    ("argerich", "won", "competition:chopin"),
    ("argerich", "recorded_for", "label:dg"),

    ("pollini", "born_in", "city:milan"),
    ("pollini", "studied_at", "school:milan_conservatory"),
    ("pollini", "won", "competition:chopin"),
    ("pollini", "recorded_for", "label:dg"),

    ("zimerman", "born_in", "city:zabrze"),
    ("zimerman", "studied_at", "school:katowice_academy"),
    ("zimerman", "studied_with", "teacher:jasinski"),
    ("zimerman", "won", "competition:chopin"),
    ("zimerman", "recorded_for", "label:dg"),

    ("gould", "born_in", "city:toronto"),
    ("gould", "studied_at", "school:royal_conservatory"),
    ("gould", "studied_with", "teacher:guerrero"),
    ("gould", "recorded_for", "label:columbia_masterworks"),

    ("rubinstein", "born_in", "city:lodz"),
    ("rubinstein", "studied_with", "teacher:barth"),
    ("rubinstein", "recorded_for", "label:rca_victor"),

    ("rachmaninoff", "studied_at", "school:moscow_conservatory"),
    ("rachmaninoff", "studied_with", "teacher:zverev"),
    ("rachmaninoff", "recorded_for", "label:rca_victor"),

    ("ashkenazy", "born_in", "city:nizhny_novgorod"),
    ("ashkenazy", "studied_at", "school:moscow_conservatory"),
    ("ashkenazy", "studied_with", "teacher:oborin"),
    ("ashkenazy", "won", "competition:tchaikovsky"),
    ("ashkenazy", "won", "competition:queen_elisabeth"),
    ("ashkenazy", "recorded_for", "label:decca"),

    ("brendel", "studied_with", "teacher:fischer"),
    ("brendel", "recorded_for", "label:philips"),

    ("trifonov", "born_in", "city:nizhny_novgorod"),
    ("trifonov", "studied_at", "school:cleveland_institute"),
    ("trifonov", "studied_with", "teacher:babayan"),
    ("trifonov", "won", "competition:tchaikovsky"),
    ("trifonov", "recorded_for", "label:dg"),

    ("lang_lang", "born_in", "city:shenyang"),
    ("lang_lang", "studied_at", "school:curtis"),
    ("lang_lang", "studied_with", "teacher:graffman"),
    ("lang_lang", "recorded_for", "label:dg"),

    ("yuja_wang", "born_in", "city:beijing"),
    ("yuja_wang", "studied_at", "school:curtis"),
    ("yuja_wang", "studied_with", "teacher:graffman"),
    ("yuja_wang", "recorded_for", "label:dg"),

    ("cho", "born_in", "city:seoul"),
    ("cho", "studied_at", "school:paris_conservatoire"),
    ("cho", "studied_with", "teacher:beroff"),
    ("cho", "won", "competition:chopin"),
    ("cho", "recorded_for", "label:dg"),

    ("blechacz", "born_in", "city:naklo"),
    ("blechacz", "won", "competition:chopin"),
    ("blechacz", "recorded_for", "label:dg"),

    ("kissin", "born_in", "city:moscow"),
    ("kissin", "studied_at", "school:gnessin"),
    ("kissin", "studied_with", "teacher:kantor"),
    ("kissin", "recorded_for", "label:dg"),

    ("perahia", "born_in", "city:new_york"),
    ("perahia", "studied_at", "school:mannes"),
    ("perahia", "won", "competition:leeds"),
    ("perahia", "recorded_for", "label:sony_classical"),

    ("lupu", "born_in", "city:galati"),
    ("lupu", "studied_at", "school:moscow_conservatory"),
    ("lupu", "studied_with", "teacher:neuhaus"),
    ("lupu", "won", "competition:leeds"),
    ("lupu", "won", "competition:van_cliburn"),
    ("lupu", "recorded_for", "label:decca"),

    ("rachmaninoff", "also_worked_as", "occupation:composer"),
    ("rachmaninoff", "also_worked_as", "occupation:conductor"),
    ("ashkenazy", "also_worked_as", "occupation:conductor"),
    ("gould", "also_worked_as", "occupation:composer"),
    ("brendel", "also_worked_as", "occupation:writer"),
    ("rubinstein", "also_worked_as", "occupation:writer"),
    ("zimerman", "also_worked_as", "occupation:conductor"),
    ("perahia", "also_worked_as", "occupation:conductor"),
    ("trifonov", "also_worked_as", "occupation:composer"),
    ("kissin", "also_worked_as", "occupation:composer"),
]

RATINGS = {
    "ana": [("argerich", 5.0), ("horowitz", 4.5), ("gould", 1.5), ("lang_lang", 3.0)],
    "ben": [("richter", 4.0), ("gilels", 2.0), ("trifonov", 5.0), ("yuja_wang", 1.0)],
    "chen": [("pollini", 4.5), ("zimerman", 2.0), ("cho", 5.0), ("rubinstein", 3.5)],
    "dara": [("rachmaninoff", 5.0), ("ashkenazy", 1.5), ("kissin", 4.0), ("cliburn", 2.5)],
    "emil": [("perahia", 4.5), ("lupu", 1.0), ("brendel", 5.0), ("blechacz", 2.0)],
}


def rows():
    out = [(f"pianist:{h}", r, t) for h, r, t in FACTS]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"pianist:{p}", {"rating": r}) for p, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind399")
