"""blind188: a small graph of classic postage stamps.

Items are real stamps (or stamp issues); ``year`` is the year of issue.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("stamp",)),
    kgx.Relation("issued_by", phrase="was issued by", inverse_phrase="issued",
                 domain=("stamp",), range=("country", "colony", "canton")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("stamp",), range=("person",)),
    kgx.Relation("engraved_by", phrase="was engraved by", inverse_phrase="engraved",
                 domain=("stamp",), range=("person",)),
    kgx.Relation("printed_by", phrase="was printed by", inverse_phrase="printed",
                 domain=("stamp",), range=("printer",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted on",
                 domain=("stamp",), range=("person", "animal", "motif")),
    kgx.Relation("stamp_class", phrase="is classed as", inverse_phrase="is the class of",
                 domain=("stamp",), range=("stamp class",)),
]


def _stamp(slug, label, year):
    return kgx.Entity(f"stamp:{slug}", kind="item", type="stamp", label=label, attrs={"year": year})


def _attr(eid, type_, label):
    return kgx.Entity(eid, kind="attribute", type=type_, label=label)


def entities():
    stamps = [
        _stamp("penny_black", "Penny Black", 1840),
        _stamp("two_penny_blue", "Two Penny Blue", 1840),
        _stamp("penny_red", "Penny Red", 1841),
        _stamp("bulls_eye", "Bull's Eye", 1843),
        _stamp("basel_dove", "Basel Dove", 1845),
        _stamp("blue_mauritius", "Blue Mauritius", 1847),
        _stamp("five_cent_franklin", "Five-cent Franklin", 1847),
        _stamp("ten_cent_washington", "Ten-cent Washington", 1847),
        _stamp("threepenny_beaver", "Threepenny Beaver", 1851),
        _stamp("cape_triangular", "Cape of Good Hope triangular", 1853),
        _stamp("treskilling_yellow", "Treskilling Yellow", 1855),
        _stamp("british_guiana_1c_magenta", "British Guiana 1c magenta", 1856),
        _stamp("z_grill", "Z Grill", 1868),
        _stamp("kangaroo_and_map", "Kangaroo and Map", 1913),
        _stamp("inverted_jenny", "Inverted Jenny", 1918),
        _stamp("machin_series", "Machin series", 1967),
        _stamp("first_man_on_the_moon", "First Man on the Moon", 1969),
        _stamp("elvis_presley_stamp", "Elvis Presley stamp", 1993),
    ]
    attrs = [
        # issuers
        _attr("country:united_kingdom", "country", "United Kingdom"),
        _attr("country:united_states", "country", "United States"),
        _attr("country:sweden", "country", "Sweden"),
        _attr("country:brazil", "country", "Brazil"),
        _attr("country:australia", "country", "Australia"),
        _attr("colony:mauritius", "colony", "Mauritius"),
        _attr("colony:british_guiana", "colony", "British Guiana"),
        _attr("colony:cape_of_good_hope", "colony", "Cape of Good Hope"),
        _attr("colony:province_of_canada", "colony", "Province of Canada"),
        _attr("canton:basel", "canton", "Basel"),
        # people (designers, engravers, and people depicted)
        _attr("person:charles_heath", "person", "Charles Heath"),
        _attr("person:frederick_heath", "person", "Frederick Heath"),
        _attr("person:joseph_osmond_barnard", "person", "Joseph Osmond Barnard"),
        _attr("person:marcus_baldwin", "person", "Marcus Baldwin"),
        _attr("person:william_humphrys", "person", "William Humphrys"),
        _attr("person:clair_aubrey_huston", "person", "Clair Aubrey Huston"),
        _attr("person:melchior_berri", "person", "Melchior Berri"),
        _attr("person:sandford_fleming", "person", "Sandford Fleming"),
        _attr("person:arnold_machin", "person", "Arnold Machin"),
        _attr("person:charles_bell", "person", "Charles Bell"),
        _attr("person:paul_calle", "person", "Paul Calle"),
        _attr("person:mark_stutzman", "person", "Mark Stutzman"),
        _attr("person:blamire_young", "person", "Blamire Young"),
        _attr("person:queen_victoria", "person", "Queen Victoria"),
        _attr("person:elizabeth_ii", "person", "Elizabeth II"),
        _attr("person:benjamin_franklin", "person", "Benjamin Franklin"),
        _attr("person:george_washington", "person", "George Washington"),
        _attr("person:elvis_presley", "person", "Elvis Presley"),
        # printers
        _attr("printer:perkins_bacon", "printer", "Perkins Bacon"),
        _attr("printer:bureau_of_engraving_and_printing", "printer", "Bureau of Engraving and Printing"),
        _attr("printer:rawdon_wright_hatch_edson", "printer", "Rawdon, Wright, Hatch & Edson"),
        _attr("printer:national_bank_note_company", "printer", "National Bank Note Company"),
        _attr("printer:harrison_and_sons", "printer", "Harrison and Sons"),
        _attr("printer:casa_da_moeda", "printer", "Casa da Moeda"),
        _attr("printer:baum_and_dallas", "printer", "Baum and Dallas"),
        # other things depicted
        _attr("animal:dove", "animal", "dove"),
        _attr("animal:beaver", "animal", "beaver"),
        _attr("animal:kangaroo", "animal", "kangaroo"),
        _attr("motif:curtiss_jn_4", "motif", "Curtiss JN-4"),
        _attr("motif:sailing_ship", "motif", "sailing ship"),
        _attr("motif:coat_of_arms_of_sweden", "motif", "coat of arms of Sweden"),
        _attr("motif:astronaut", "motif", "astronaut"),
        _attr("motif:hope", "motif", "Hope"),
        # classes of stamp
        _attr("class:definitive", "stamp class", "definitive"),
        _attr("class:airmail", "stamp class", "airmail"),
        _attr("class:commemorative", "stamp class", "commemorative"),
        _attr("class:provisional", "stamp class", "provisional"),
    ]
    users = [kgx.Entity(f"user:{u}", kind="user", type="user", label=u)
             for u in ("ana", "ben", "chen", "dara", "emil")]
    return stamps + attrs + users


def rows():
    S = "stamp:"
    return [
        # Penny Black
        (S + "penny_black", "issued_by", "country:united_kingdom"),
        (S + "penny_black", "depicts", "person:queen_victoria"),
        (S + "penny_black", "engraved_by", "person:charles_heath"),
        (S + "penny_black", "engraved_by", "person:frederick_heath"),
        (S + "penny_black", "printed_by", "printer:perkins_bacon"),
        (S + "penny_black", "stamp_class", "class:definitive"),
        # Two Penny Blue
        (S + "two_penny_blue", "issued_by", "country:united_kingdom"),
        (S + "two_penny_blue", "depicts", "person:queen_victoria"),
        (S + "two_penny_blue", "engraved_by", "person:charles_heath"),
        (S + "two_penny_blue", "printed_by", "printer:perkins_bacon"),
        (S + "two_penny_blue", "stamp_class", "class:definitive"),
        # Penny Red
        (S + "penny_red", "issued_by", "country:united_kingdom"),
        (S + "penny_red", "depicts", "person:queen_victoria"),
        (S + "penny_red", "printed_by", "printer:perkins_bacon"),
        (S + "penny_red", "stamp_class", "class:definitive"),
        # Bull's Eye
        (S + "bulls_eye", "issued_by", "country:brazil"),
        (S + "bulls_eye", "printed_by", "printer:casa_da_moeda"),
        (S + "bulls_eye", "stamp_class", "class:definitive"),
        # Basel Dove
        (S + "basel_dove", "issued_by", "canton:basel"),
        (S + "basel_dove", "designed_by", "person:melchior_berri"),
        (S + "basel_dove", "depicts", "animal:dove"),
        # Blue Mauritius
        (S + "blue_mauritius", "issued_by", "colony:mauritius"),
        (S + "blue_mauritius", "depicts", "person:queen_victoria"),
        (S + "blue_mauritius", "engraved_by", "person:joseph_osmond_barnard"),
        (S + "blue_mauritius", "stamp_class", "class:definitive"),
        # 1847 Five-cent Franklin
        (S + "five_cent_franklin", "issued_by", "country:united_states"),
        (S + "five_cent_franklin", "depicts", "person:benjamin_franklin"),
        (S + "five_cent_franklin", "printed_by", "printer:rawdon_wright_hatch_edson"),
        (S + "five_cent_franklin", "stamp_class", "class:definitive"),
        # 1847 Ten-cent Washington
        (S + "ten_cent_washington", "issued_by", "country:united_states"),
        (S + "ten_cent_washington", "depicts", "person:george_washington"),
        (S + "ten_cent_washington", "printed_by", "printer:rawdon_wright_hatch_edson"),
        (S + "ten_cent_washington", "stamp_class", "class:definitive"),
        # Threepenny Beaver
        (S + "threepenny_beaver", "issued_by", "colony:province_of_canada"),
        (S + "threepenny_beaver", "designed_by", "person:sandford_fleming"),
        (S + "threepenny_beaver", "depicts", "animal:beaver"),
        (S + "threepenny_beaver", "printed_by", "printer:rawdon_wright_hatch_edson"),
        (S + "threepenny_beaver", "stamp_class", "class:definitive"),
        # Cape of Good Hope triangular
        (S + "cape_triangular", "issued_by", "colony:cape_of_good_hope"),
        (S + "cape_triangular", "designed_by", "person:charles_bell"),
        (S + "cape_triangular", "engraved_by", "person:william_humphrys"),
        (S + "cape_triangular", "printed_by", "printer:perkins_bacon"),
        (S + "cape_triangular", "depicts", "motif:hope"),
        (S + "cape_triangular", "stamp_class", "class:definitive"),
        # Treskilling Yellow
        (S + "treskilling_yellow", "issued_by", "country:sweden"),
        (S + "treskilling_yellow", "depicts", "motif:coat_of_arms_of_sweden"),
        (S + "treskilling_yellow", "stamp_class", "class:definitive"),
        # British Guiana 1c magenta
        (S + "british_guiana_1c_magenta", "issued_by", "colony:british_guiana"),
        (S + "british_guiana_1c_magenta", "printed_by", "printer:baum_and_dallas"),
        (S + "british_guiana_1c_magenta", "depicts", "motif:sailing_ship"),
        (S + "british_guiana_1c_magenta", "stamp_class", "class:provisional"),
        # Z Grill
        (S + "z_grill", "issued_by", "country:united_states"),
        (S + "z_grill", "depicts", "person:benjamin_franklin"),
        (S + "z_grill", "printed_by", "printer:national_bank_note_company"),
        (S + "z_grill", "stamp_class", "class:definitive"),
        # Kangaroo and Map
        (S + "kangaroo_and_map", "issued_by", "country:australia"),
        (S + "kangaroo_and_map", "designed_by", "person:blamire_young"),
        (S + "kangaroo_and_map", "depicts", "animal:kangaroo"),
        (S + "kangaroo_and_map", "stamp_class", "class:definitive"),
        # Inverted Jenny
        (S + "inverted_jenny", "issued_by", "country:united_states"),
        (S + "inverted_jenny", "designed_by", "person:clair_aubrey_huston"),
        (S + "inverted_jenny", "engraved_by", "person:marcus_baldwin"),
        (S + "inverted_jenny", "printed_by", "printer:bureau_of_engraving_and_printing"),
        (S + "inverted_jenny", "depicts", "motif:curtiss_jn_4"),
        (S + "inverted_jenny", "stamp_class", "class:airmail"),
        # Machin series
        (S + "machin_series", "issued_by", "country:united_kingdom"),
        (S + "machin_series", "designed_by", "person:arnold_machin"),
        (S + "machin_series", "depicts", "person:elizabeth_ii"),
        (S + "machin_series", "printed_by", "printer:harrison_and_sons"),
        (S + "machin_series", "stamp_class", "class:definitive"),
        # First Man on the Moon
        (S + "first_man_on_the_moon", "issued_by", "country:united_states"),
        (S + "first_man_on_the_moon", "designed_by", "person:paul_calle"),
        (S + "first_man_on_the_moon", "depicts", "motif:astronaut"),
        (S + "first_man_on_the_moon", "printed_by", "printer:bureau_of_engraving_and_printing"),
        (S + "first_man_on_the_moon", "stamp_class", "class:airmail"),
        (S + "first_man_on_the_moon", "stamp_class", "class:commemorative"),
        # Elvis Presley stamp
        (S + "elvis_presley_stamp", "issued_by", "country:united_states"),
        (S + "elvis_presley_stamp", "designed_by", "person:mark_stutzman"),
        (S + "elvis_presley_stamp", "depicts", "person:elvis_presley"),
        (S + "elvis_presley_stamp", "stamp_class", "class:commemorative"),
        # ratings
        ("user:ana", "rated", S + "penny_black", {"rating": 5.0}),
        ("user:ana", "rated", S + "inverted_jenny", {"rating": 4.5}),
        ("user:ana", "rated", S + "machin_series", {"rating": 2.0}),
        ("user:ana", "rated", S + "blue_mauritius", {"rating": 4.0}),
        ("user:ben", "rated", S + "british_guiana_1c_magenta", {"rating": 1.5}),
        ("user:ben", "rated", S + "threepenny_beaver", {"rating": 5.0}),
        ("user:ben", "rated", S + "elvis_presley_stamp", {"rating": 3.0}),
        ("user:ben", "rated", S + "first_man_on_the_moon", {"rating": 4.5}),
        ("user:chen", "rated", S + "basel_dove", {"rating": 4.0}),
        ("user:chen", "rated", S + "treskilling_yellow", {"rating": 5.0}),
        ("user:chen", "rated", S + "bulls_eye", {"rating": 2.5}),
        ("user:chen", "rated", S + "kangaroo_and_map", {"rating": 1.0}),
        ("user:dara", "rated", S + "cape_triangular", {"rating": 4.5}),
        ("user:dara", "rated", S + "z_grill", {"rating": 2.0}),
        ("user:dara", "rated", S + "penny_red", {"rating": 3.5}),
        ("user:dara", "rated", S + "ten_cent_washington", {"rating": 5.0}),
        ("user:emil", "rated", S + "two_penny_blue", {"rating": 1.0}),
        ("user:emil", "rated", S + "five_cent_franklin", {"rating": 4.0}),
        ("user:emil", "rated", S + "inverted_jenny", {"rating": 2.0}),
        ("user:emil", "rated", S + "machin_series", {"rating": 5.0}),
    ]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind188")
