"""A small graph of real banks (blind284)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("bank",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("bank",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("bank",), range=("person",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="includes",
                 domain=("bank",), range=("kind",)),
    kgx.Relation("issues", phrase="issues", inverse_phrase="is issued by",
                 domain=("bank",), range=("currency",)),
    kgx.Relation("listed_on", phrase="is listed on", inverse_phrase="lists",
                 domain=("bank",), range=("exchange",)),
    kgx.Relation("acquired", phrase="acquired", inverse_phrase="was acquired by",
                 domain=("bank",), range=("bank", "firm")),
]

BANKS = [
    ("bank:bank_of_england", "Bank of England", 1694),
    ("bank:federal_reserve", "Federal Reserve", 1913),
    ("bank:european_central_bank", "European Central Bank", 1998),
    ("bank:bank_of_japan", "Bank of Japan", 1882),
    ("bank:swiss_national_bank", "Swiss National Bank", 1907),
    ("bank:goldman_sachs", "Goldman Sachs", 1869),
    ("bank:morgan_stanley", "Morgan Stanley", 1935),
    ("bank:lehman_brothers", "Lehman Brothers", 1850),
    ("bank:credit_suisse", "Credit Suisse", 1856),
    ("bank:ubs", "UBS", 1998),
    ("bank:deutsche_bank", "Deutsche Bank", 1870),
    ("bank:barclays", "Barclays", 1690),
    ("bank:hsbc", "HSBC", 1865),
    ("bank:bank_of_america", "Bank of America", 1904),
    ("bank:wells_fargo", "Wells Fargo", 1852),
    ("bank:santander", "Santander", 1857),
    ("bank:lloyds_bank", "Lloyds Bank", 1765),
    ("bank:monte_dei_paschi", "Monte dei Paschi di Siena", 1472),
    ("bank:royal_bank_of_scotland", "Royal Bank of Scotland", 1727),
]

ATTRIBUTES = [
    # cities
    ("city:london", "city", "London"),
    ("city:washington_dc", "city", "Washington, D.C."),
    ("city:frankfurt", "city", "Frankfurt"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:bern", "city", "Bern"),
    ("city:zurich", "city", "Zurich"),
    ("city:basel", "city", "Basel"),
    ("city:new_york_city", "city", "New York City"),
    ("city:charlotte", "city", "Charlotte"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:siena", "city", "Siena"),
    ("city:edinburgh", "city", "Edinburgh"),
    # people
    ("person:william_paterson", "person", "William Paterson"),
    ("person:marcus_goldman", "person", "Marcus Goldman"),
    ("person:henry_s_morgan", "person", "Henry S. Morgan"),
    ("person:harold_stanley", "person", "Harold Stanley"),
    ("person:henry_lehman", "person", "Henry Lehman"),
    ("person:emanuel_lehman", "person", "Emanuel Lehman"),
    ("person:mayer_lehman", "person", "Mayer Lehman"),
    ("person:alfred_escher", "person", "Alfred Escher"),
    ("person:adelbert_delbrueck", "person", "Adelbert Delbrück"),
    ("person:ludwig_bamberger", "person", "Ludwig Bamberger"),
    ("person:john_freame", "person", "John Freame"),
    ("person:thomas_gould", "person", "Thomas Gould"),
    ("person:thomas_sutherland", "person", "Thomas Sutherland"),
    ("person:amadeo_giannini", "person", "Amadeo Giannini"),
    ("person:henry_wells", "person", "Henry Wells"),
    ("person:william_fargo", "person", "William Fargo"),
    ("person:sampson_lloyd", "person", "Sampson Lloyd"),
    ("person:john_taylor", "person", "John Taylor"),
    ("person:matsukata_masayoshi", "person", "Matsukata Masayoshi"),
    # kinds of bank
    ("kind:central_bank", "kind", "central bank"),
    ("kind:investment_bank", "kind", "investment bank"),
    ("kind:universal_bank", "kind", "universal bank"),
    ("kind:commercial_bank", "kind", "commercial bank"),
    # currencies
    ("currency:pound_sterling", "currency", "pound sterling"),
    ("currency:us_dollar", "currency", "United States dollar"),
    ("currency:euro", "currency", "euro"),
    ("currency:japanese_yen", "currency", "Japanese yen"),
    ("currency:swiss_franc", "currency", "Swiss franc"),
    # stock exchanges
    ("exchange:nyse", "exchange", "New York Stock Exchange"),
    ("exchange:lse", "exchange", "London Stock Exchange"),
    ("exchange:hkex", "exchange", "Hong Kong Stock Exchange"),
    ("exchange:frankfurt_se", "exchange", "Frankfurt Stock Exchange"),
    ("exchange:six", "exchange", "SIX Swiss Exchange"),
    ("exchange:bolsa_de_madrid", "exchange", "Madrid Stock Exchange"),
    ("exchange:borsa_italiana", "exchange", "Borsa Italiana"),
    # acquired firms that are not items
    ("firm:merrill_lynch", "firm", "Merrill Lynch"),
    ("firm:wachovia", "firm", "Wachovia"),
    ("firm:abbey_national", "firm", "Abbey National"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="bank", label=lab, attrs={"year": y}) for i, lab, y in BANKS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # headquarters
    ("bank:bank_of_england", "headquartered_in", "city:london"),
    ("bank:federal_reserve", "headquartered_in", "city:washington_dc"),
    ("bank:european_central_bank", "headquartered_in", "city:frankfurt"),
    ("bank:bank_of_japan", "headquartered_in", "city:tokyo"),
    ("bank:swiss_national_bank", "headquartered_in", "city:bern"),
    ("bank:swiss_national_bank", "headquartered_in", "city:zurich"),
    ("bank:goldman_sachs", "headquartered_in", "city:new_york_city"),
    ("bank:morgan_stanley", "headquartered_in", "city:new_york_city"),
    ("bank:lehman_brothers", "headquartered_in", "city:new_york_city"),
    ("bank:credit_suisse", "headquartered_in", "city:zurich"),
    ("bank:ubs", "headquartered_in", "city:zurich"),
    ("bank:ubs", "headquartered_in", "city:basel"),
    ("bank:deutsche_bank", "headquartered_in", "city:frankfurt"),
    ("bank:barclays", "headquartered_in", "city:london"),
    ("bank:hsbc", "headquartered_in", "city:london"),
    ("bank:bank_of_america", "headquartered_in", "city:charlotte"),
    ("bank:wells_fargo", "headquartered_in", "city:san_francisco"),
    ("bank:lloyds_bank", "headquartered_in", "city:london"),
    ("bank:monte_dei_paschi", "headquartered_in", "city:siena"),
    ("bank:royal_bank_of_scotland", "headquartered_in", "city:edinburgh"),
    # founders
    ("bank:bank_of_england", "founded_by", "person:william_paterson"),
    ("bank:bank_of_japan", "founded_by", "person:matsukata_masayoshi"),
    ("bank:goldman_sachs", "founded_by", "person:marcus_goldman"),
    ("bank:morgan_stanley", "founded_by", "person:henry_s_morgan"),
    ("bank:morgan_stanley", "founded_by", "person:harold_stanley"),
    ("bank:lehman_brothers", "founded_by", "person:henry_lehman"),
    ("bank:lehman_brothers", "founded_by", "person:emanuel_lehman"),
    ("bank:lehman_brothers", "founded_by", "person:mayer_lehman"),
    ("bank:credit_suisse", "founded_by", "person:alfred_escher"),
    ("bank:deutsche_bank", "founded_by", "person:adelbert_delbrueck"),
    ("bank:deutsche_bank", "founded_by", "person:ludwig_bamberger"),
    ("bank:barclays", "founded_by", "person:john_freame"),
    ("bank:barclays", "founded_by", "person:thomas_gould"),
    ("bank:hsbc", "founded_by", "person:thomas_sutherland"),
    ("bank:bank_of_america", "founded_by", "person:amadeo_giannini"),
    ("bank:wells_fargo", "founded_by", "person:henry_wells"),
    ("bank:wells_fargo", "founded_by", "person:william_fargo"),
    ("bank:lloyds_bank", "founded_by", "person:sampson_lloyd"),
    ("bank:lloyds_bank", "founded_by", "person:john_taylor"),
    # kinds
    ("bank:bank_of_england", "has_kind", "kind:central_bank"),
    ("bank:federal_reserve", "has_kind", "kind:central_bank"),
    ("bank:european_central_bank", "has_kind", "kind:central_bank"),
    ("bank:bank_of_japan", "has_kind", "kind:central_bank"),
    ("bank:swiss_national_bank", "has_kind", "kind:central_bank"),
    ("bank:goldman_sachs", "has_kind", "kind:investment_bank"),
    ("bank:morgan_stanley", "has_kind", "kind:investment_bank"),
    ("bank:lehman_brothers", "has_kind", "kind:investment_bank"),
    ("bank:credit_suisse", "has_kind", "kind:investment_bank"),
    ("bank:ubs", "has_kind", "kind:investment_bank"),
    ("bank:deutsche_bank", "has_kind", "kind:investment_bank"),
    ("bank:barclays", "has_kind", "kind:universal_bank"),
    ("bank:hsbc", "has_kind", "kind:universal_bank"),
    ("bank:bank_of_america", "has_kind", "kind:commercial_bank"),
    ("bank:wells_fargo", "has_kind", "kind:commercial_bank"),
    ("bank:santander", "has_kind", "kind:commercial_bank"),
    ("bank:lloyds_bank", "has_kind", "kind:commercial_bank"),
    ("bank:monte_dei_paschi", "has_kind", "kind:commercial_bank"),
    ("bank:royal_bank_of_scotland", "has_kind", "kind:commercial_bank"),
    # currencies
    ("bank:bank_of_england", "issues", "currency:pound_sterling"),
    ("bank:royal_bank_of_scotland", "issues", "currency:pound_sterling"),
    ("bank:federal_reserve", "issues", "currency:us_dollar"),
    ("bank:european_central_bank", "issues", "currency:euro"),
    ("bank:bank_of_japan", "issues", "currency:japanese_yen"),
    ("bank:swiss_national_bank", "issues", "currency:swiss_franc"),
    # listings
    ("bank:goldman_sachs", "listed_on", "exchange:nyse"),
    ("bank:morgan_stanley", "listed_on", "exchange:nyse"),
    ("bank:bank_of_america", "listed_on", "exchange:nyse"),
    ("bank:wells_fargo", "listed_on", "exchange:nyse"),
    ("bank:barclays", "listed_on", "exchange:lse"),
    ("bank:barclays", "listed_on", "exchange:nyse"),
    ("bank:hsbc", "listed_on", "exchange:lse"),
    ("bank:hsbc", "listed_on", "exchange:hkex"),
    ("bank:deutsche_bank", "listed_on", "exchange:frankfurt_se"),
    ("bank:deutsche_bank", "listed_on", "exchange:nyse"),
    ("bank:ubs", "listed_on", "exchange:six"),
    ("bank:ubs", "listed_on", "exchange:nyse"),
    ("bank:santander", "listed_on", "exchange:bolsa_de_madrid"),
    ("bank:santander", "listed_on", "exchange:nyse"),
    ("bank:monte_dei_paschi", "listed_on", "exchange:borsa_italiana"),
    # acquisitions
    ("bank:ubs", "acquired", "bank:credit_suisse"),
    ("bank:bank_of_america", "acquired", "firm:merrill_lynch"),
    ("bank:wells_fargo", "acquired", "firm:wachovia"),
    ("bank:santander", "acquired", "firm:abbey_national"),
]

RATINGS = [
    ("ana", "bank:goldman_sachs", 4.5),
    ("ana", "bank:bank_of_england", 5.0),
    ("ana", "bank:lehman_brothers", 1.0),
    ("ana", "bank:hsbc", 3.0),
    ("ben", "bank:deutsche_bank", 4.0),
    ("ben", "bank:wells_fargo", 2.0),
    ("ben", "bank:ubs", 5.0),
    ("ben", "bank:monte_dei_paschi", 3.5),
    ("chen", "bank:bank_of_japan", 5.0),
    ("chen", "bank:credit_suisse", 1.5),
    ("chen", "bank:barclays", 4.0),
    ("chen", "bank:federal_reserve", 2.5),
    ("dara", "bank:santander", 4.5),
    ("dara", "bank:morgan_stanley", 2.0),
    ("dara", "bank:european_central_bank", 3.0),
    ("dara", "bank:lloyds_bank", 5.0),
    ("emil", "bank:swiss_national_bank", 4.0),
    ("emil", "bank:bank_of_america", 0.5),
    ("emil", "bank:royal_bank_of_scotland", 3.5),
    ("emil", "bank:goldman_sachs", 2.0),
]


def rows():
    out = list(FACTS)
    out += [(f"user:{u}", "rated", item, {"rating": r}) for u, item, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind284")
