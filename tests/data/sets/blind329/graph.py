"""blind329: a small graph of cartographers (year = year of birth)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cartographer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("cartographer",), range=("place",)),
    kgx.Relation("based_in", phrase="worked in", inverse_phrase="was the home base of",
                 domain=("cartographer",), range=("place",)),
    kgx.Relation("worked_for", phrase="worked for", inverse_phrase="employed",
                 domain=("cartographer",), range=("organisation",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by",
                 domain=("cartographer",), range=("organisation",)),
    kgx.Relation("created", phrase="created", inverse_phrase="was created by",
                 domain=("cartographer",), range=("work", "projection")),
    kgx.Relation("specialised_in", phrase="specialised in", inverse_phrase="were the specialty of",
                 domain=("cartographer",), range=("map kind",)),
]

_CARTOGRAPHERS = [
    # slug, label, year of birth
    ("gerardus_mercator", "Gerardus Mercator", 1512),
    ("abraham_ortelius", "Abraham Ortelius", 1527),
    ("al_idrisi", "Muhammad al-Idrisi", 1100),
    ("joan_blaeu", "Joan Blaeu", 1596),
    ("cassini_de_thury", "César-François Cassini de Thury", 1714),
    ("james_cook", "James Cook", 1728),
    ("matthew_fontaine_maury", "Matthew Fontaine Maury", 1806),
    ("charles_joseph_minard", "Charles Joseph Minard", 1781),
    ("henry_gannett", "Henry Gannett", 1846),
    ("eduard_imhof", "Eduard Imhof", 1895),
    ("harry_beck", "Harry Beck", 1902),
    ("phyllis_pearsall", "Phyllis Pearsall", 1906),
    ("marie_tharp", "Marie Tharp", 1920),
    ("bruce_heezen", "Bruce Heezen", 1924),
    ("heinrich_berann", "Heinrich Berann", 1915),
    ("arno_peters", "Arno Peters", 1916),
    ("erwin_raisz", "Erwin Raisz", 1893),
]

_ATTRIBUTES = [
    # places
    ("place:rupelmonde", "place", "Rupelmonde"),
    ("place:duisburg", "place", "Duisburg"),
    ("place:leuven", "place", "Leuven"),
    ("place:antwerp", "place", "Antwerp"),
    ("place:ceuta", "place", "Ceuta"),
    ("place:palermo", "place", "Palermo"),
    ("place:alkmaar", "place", "Alkmaar"),
    ("place:amsterdam", "place", "Amsterdam"),
    ("place:thury_sous_clermont", "place", "Thury-sous-Clermont"),
    ("place:paris", "place", "Paris"),
    ("place:marton", "place", "Marton"),
    ("place:spotsylvania_county", "place", "Spotsylvania County"),
    ("place:washington_dc", "place", "Washington, D.C."),
    ("place:dijon", "place", "Dijon"),
    ("place:bath_maine", "place", "Bath, Maine"),
    ("place:schiers", "place", "Schiers"),
    ("place:zurich", "place", "Zurich"),
    ("place:leyton", "place", "Leyton"),
    ("place:london", "place", "London"),
    ("place:dulwich", "place", "Dulwich"),
    ("place:ypsilanti", "place", "Ypsilanti"),
    ("place:vinton_iowa", "place", "Vinton, Iowa"),
    ("place:innsbruck", "place", "Innsbruck"),
    ("place:berlin", "place", "Berlin"),
    ("place:levoca", "place", "Levoča"),
    ("place:cambridge_massachusetts", "place", "Cambridge, Massachusetts"),
    # organisations
    ("org:roger_ii_court", "organisation", "the court of Roger II of Sicily"),
    ("org:dutch_east_india_company", "organisation", "the Dutch East India Company"),
    ("org:paris_observatory", "organisation", "the Paris Observatory"),
    ("org:royal_navy", "organisation", "the Royal Navy"),
    ("org:us_navy", "organisation", "the United States Navy"),
    ("org:ecole_des_ponts", "organisation", "the École des Ponts et Chaussées"),
    ("org:usgs", "organisation", "the United States Geological Survey"),
    ("org:national_geographic_society", "organisation", "the National Geographic Society"),
    ("org:eth_zurich", "organisation", "ETH Zurich"),
    ("org:london_underground", "organisation", "London Underground"),
    ("org:geographers_az", "organisation", "the Geographers' A-Z Map Company"),
    ("org:columbia_university", "organisation", "Columbia University"),
    ("org:harvard_university", "organisation", "Harvard University"),
    # works
    ("work:mercator_atlas", "work", "Atlas Sive Cosmographicae Meditationes"),
    ("work:theatrum_orbis_terrarum", "work", "Theatrum Orbis Terrarum"),
    ("work:tabula_rogeriana", "work", "Tabula Rogeriana"),
    ("work:atlas_maior", "work", "Atlas Maior"),
    ("work:carte_de_cassini", "work", "Carte de Cassini"),
    ("work:chart_of_new_zealand", "work", "Chart of New Zealand"),
    ("work:wind_and_current_charts", "work", "Wind and Current Charts"),
    ("work:physical_geography_of_the_sea", "work", "The Physical Geography of the Sea"),
    ("work:minard_russian_campaign", "work", "Carte figurative of the Russian campaign of 1812"),
    ("work:swiss_school_atlas", "work", "Schweizerischer Mittelschulatlas"),
    ("work:tube_map", "work", "the Tube map"),
    ("work:london_a_z", "work", "the London A-Z"),
    ("work:world_ocean_floor", "work", "World Ocean Floor Panorama"),
    ("work:landforms_of_the_us", "work", "Landforms of the United States"),
    # projections
    ("projection:mercator", "projection", "Mercator projection"),
    ("projection:gall_peters", "projection", "Gall-Peters projection"),
    # kinds of map
    ("kind:world_maps", "map kind", "world maps"),
    ("kind:globes", "map kind", "globes"),
    ("kind:atlases", "map kind", "atlases"),
    ("kind:topographic_maps", "map kind", "topographic maps"),
    ("kind:nautical_charts", "map kind", "nautical charts"),
    ("kind:thematic_maps", "map kind", "thematic maps"),
    ("kind:relief_maps", "map kind", "relief maps"),
    ("kind:transit_maps", "map kind", "transit maps"),
    ("kind:street_atlases", "map kind", "street atlases"),
    ("kind:ocean_floor_maps", "map kind", "ocean floor maps"),
    ("kind:panoramic_maps", "map kind", "panoramic maps"),
    ("kind:physiographic_maps", "map kind", "physiographic maps"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"cartographer:{slug}", kind="item", type="cartographer", label=label,
                      attrs={"year": year})
           for slug, label, year in _CARTOGRAPHERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _c(slug):
    return f"cartographer:{slug}"


_FACTS = [
    # Gerardus Mercator
    ("gerardus_mercator", "born_in", "place:rupelmonde"),
    ("gerardus_mercator", "based_in", "place:leuven"),
    ("gerardus_mercator", "based_in", "place:duisburg"),
    ("gerardus_mercator", "created", "projection:mercator"),
    ("gerardus_mercator", "created", "work:mercator_atlas"),
    ("gerardus_mercator", "specialised_in", "kind:world_maps"),
    ("gerardus_mercator", "specialised_in", "kind:globes"),
    # Abraham Ortelius
    ("abraham_ortelius", "born_in", "place:antwerp"),
    ("abraham_ortelius", "based_in", "place:antwerp"),
    ("abraham_ortelius", "created", "work:theatrum_orbis_terrarum"),
    ("abraham_ortelius", "specialised_in", "kind:atlases"),
    # al-Idrisi
    ("al_idrisi", "born_in", "place:ceuta"),
    ("al_idrisi", "based_in", "place:palermo"),
    ("al_idrisi", "worked_for", "org:roger_ii_court"),
    ("al_idrisi", "created", "work:tabula_rogeriana"),
    ("al_idrisi", "specialised_in", "kind:world_maps"),
    # Joan Blaeu
    ("joan_blaeu", "born_in", "place:alkmaar"),
    ("joan_blaeu", "based_in", "place:amsterdam"),
    ("joan_blaeu", "worked_for", "org:dutch_east_india_company"),
    ("joan_blaeu", "created", "work:atlas_maior"),
    ("joan_blaeu", "specialised_in", "kind:atlases"),
    # Cassini de Thury
    ("cassini_de_thury", "born_in", "place:thury_sous_clermont"),
    ("cassini_de_thury", "based_in", "place:paris"),
    ("cassini_de_thury", "worked_for", "org:paris_observatory"),
    ("cassini_de_thury", "created", "work:carte_de_cassini"),
    ("cassini_de_thury", "specialised_in", "kind:topographic_maps"),
    # James Cook
    ("james_cook", "born_in", "place:marton"),
    ("james_cook", "worked_for", "org:royal_navy"),
    ("james_cook", "created", "work:chart_of_new_zealand"),
    ("james_cook", "specialised_in", "kind:nautical_charts"),
    # Matthew Fontaine Maury
    ("matthew_fontaine_maury", "born_in", "place:spotsylvania_county"),
    ("matthew_fontaine_maury", "based_in", "place:washington_dc"),
    ("matthew_fontaine_maury", "worked_for", "org:us_navy"),
    ("matthew_fontaine_maury", "created", "work:wind_and_current_charts"),
    ("matthew_fontaine_maury", "created", "work:physical_geography_of_the_sea"),
    ("matthew_fontaine_maury", "specialised_in", "kind:nautical_charts"),
    # Charles Joseph Minard
    ("charles_joseph_minard", "born_in", "place:dijon"),
    ("charles_joseph_minard", "based_in", "place:paris"),
    ("charles_joseph_minard", "worked_for", "org:ecole_des_ponts"),
    ("charles_joseph_minard", "created", "work:minard_russian_campaign"),
    ("charles_joseph_minard", "specialised_in", "kind:thematic_maps"),
    # Henry Gannett
    ("henry_gannett", "born_in", "place:bath_maine"),
    ("henry_gannett", "based_in", "place:washington_dc"),
    ("henry_gannett", "worked_for", "org:usgs"),
    ("henry_gannett", "founded", "org:national_geographic_society"),
    ("henry_gannett", "specialised_in", "kind:topographic_maps"),
    # Eduard Imhof
    ("eduard_imhof", "born_in", "place:schiers"),
    ("eduard_imhof", "based_in", "place:zurich"),
    ("eduard_imhof", "worked_for", "org:eth_zurich"),
    ("eduard_imhof", "created", "work:swiss_school_atlas"),
    ("eduard_imhof", "specialised_in", "kind:relief_maps"),
    # Harry Beck
    ("harry_beck", "born_in", "place:leyton"),
    ("harry_beck", "based_in", "place:london"),
    ("harry_beck", "worked_for", "org:london_underground"),
    ("harry_beck", "created", "work:tube_map"),
    ("harry_beck", "specialised_in", "kind:transit_maps"),
    # Phyllis Pearsall
    ("phyllis_pearsall", "born_in", "place:dulwich"),
    ("phyllis_pearsall", "based_in", "place:london"),
    ("phyllis_pearsall", "founded", "org:geographers_az"),
    ("phyllis_pearsall", "created", "work:london_a_z"),
    ("phyllis_pearsall", "specialised_in", "kind:street_atlases"),
    # Marie Tharp
    ("marie_tharp", "born_in", "place:ypsilanti"),
    ("marie_tharp", "worked_for", "org:columbia_university"),
    ("marie_tharp", "created", "work:world_ocean_floor"),
    ("marie_tharp", "specialised_in", "kind:ocean_floor_maps"),
    # Bruce Heezen
    ("bruce_heezen", "born_in", "place:vinton_iowa"),
    ("bruce_heezen", "worked_for", "org:columbia_university"),
    ("bruce_heezen", "created", "work:world_ocean_floor"),
    ("bruce_heezen", "specialised_in", "kind:ocean_floor_maps"),
    # Heinrich Berann
    ("heinrich_berann", "born_in", "place:innsbruck"),
    ("heinrich_berann", "created", "work:world_ocean_floor"),
    ("heinrich_berann", "specialised_in", "kind:panoramic_maps"),
    # Arno Peters
    ("arno_peters", "born_in", "place:berlin"),
    ("arno_peters", "created", "projection:gall_peters"),
    ("arno_peters", "specialised_in", "kind:world_maps"),
    # Erwin Raisz
    ("erwin_raisz", "born_in", "place:levoca"),
    ("erwin_raisz", "based_in", "place:cambridge_massachusetts"),
    ("erwin_raisz", "worked_for", "org:harvard_university"),
    ("erwin_raisz", "created", "work:landforms_of_the_us"),
    ("erwin_raisz", "specialised_in", "kind:physiographic_maps"),
]

_RATINGS = [
    ("ana", "gerardus_mercator", 5.0),
    ("ana", "harry_beck", 4.5),
    ("ana", "marie_tharp", 2.0),
    ("ana", "charles_joseph_minard", 3.0),
    ("ben", "abraham_ortelius", 4.0),
    ("ben", "joan_blaeu", 1.5),
    ("ben", "james_cook", 5.0),
    ("ben", "phyllis_pearsall", 3.5),
    ("chen", "eduard_imhof", 4.5),
    ("chen", "erwin_raisz", 4.0),
    ("chen", "arno_peters", 1.0),
    ("chen", "al_idrisi", 2.5),
    ("dara", "bruce_heezen", 3.0),
    ("dara", "heinrich_berann", 5.0),
    ("dara", "matthew_fontaine_maury", 2.0),
    ("dara", "cassini_de_thury", 4.0),
    ("emil", "henry_gannett", 0.5),
    ("emil", "marie_tharp", 4.5),
    ("emil", "gerardus_mercator", 3.5),
    ("emil", "harry_beck", 1.5),
]


def rows():
    out = [(_c(slug), rel, tail) for slug, rel, tail in _FACTS]
    out += [(f"user:{u}", "rated", _c(slug), {"rating": r}) for u, slug, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind329")
