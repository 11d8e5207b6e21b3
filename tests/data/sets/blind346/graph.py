"""A small graph of nineteenth-century clipper ships (blind346)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("clipper",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("clipper",), range=("shipbuilder",)),
    kgx.Relation("built_in", phrase="was built in", inverse_phrase="saw the launch of",
                 domain=("clipper",), range=("city",)),
    kgx.Relation("owned_by", phrase="was owned by", inverse_phrase="owned",
                 domain=("clipper",), range=("shipowner",)),
    kgx.Relation("commanded_by", phrase="was commanded by", inverse_phrase="commanded",
                 domain=("clipper",), range=("captain",)),
    kgx.Relation("has_class", phrase="is a", inverse_phrase="is the class of",
                 domain=("clipper",), range=("class",)),
    kgx.Relation("preserved_in", phrase="is preserved in", inverse_phrase="preserves",
                 domain=("clipper",), range=("city",)),
]

_SHIPS = [
    ("cutty_sark", "Cutty Sark", 1869),
    ("thermopylae", "Thermopylae", 1868),
    ("flying_cloud", "Flying Cloud", 1851),
    ("sovereign_of_the_seas", "Sovereign of the Seas", 1852),
    ("great_republic", "Great Republic", 1853),
    ("lightning", "Lightning", 1854),
    ("james_baines", "James Baines", 1854),
    ("champion_of_the_seas", "Champion of the Seas", 1854),
    ("rainbow", "Rainbow", 1845),
    ("sea_witch", "Sea Witch", 1846),
    ("stag_hound", "Stag Hound", 1850),
    ("taeping", "Taeping", 1863),
    ("ariel", "Ariel", 1865),
    ("sir_lancelot", "Sir Lancelot", 1865),
    ("city_of_adelaide", "City of Adelaide", 1864),
    ("challenge", "Challenge", 1851),
    ("fiery_cross", "Fiery Cross", 1860),
    ("glory_of_the_seas", "Glory of the Seas", 1869),
]

_ATTRS = [
    # shipbuilders
    ("shipbuilder:scott_and_linton", "shipbuilder", "Scott & Linton"),
    ("shipbuilder:walter_hood", "shipbuilder", "Walter Hood & Co."),
    ("shipbuilder:donald_mckay", "shipbuilder", "Donald McKay"),
    ("shipbuilder:smith_and_dimon", "shipbuilder", "Smith & Dimon"),
    ("shipbuilder:robert_steele", "shipbuilder", "Robert Steele & Co."),
    ("shipbuilder:william_pile_hay", "shipbuilder", "William Pile, Hay & Co."),
    ("shipbuilder:william_h_webb", "shipbuilder", "William H. Webb"),
    # cities
    ("city:dumbarton", "city", "Dumbarton"),
    ("city:aberdeen", "city", "Aberdeen"),
    ("city:east_boston", "city", "East Boston"),
    ("city:new_york", "city", "New York City"),
    ("city:greenock", "city", "Greenock"),
    ("city:sunderland", "city", "Sunderland"),
    ("city:liverpool", "city", "Liverpool"),
    ("city:greenwich", "city", "Greenwich"),
    ("city:port_adelaide", "city", "Port Adelaide"),
    # owners
    ("shipowner:john_willis", "shipowner", "John Willis"),
    ("shipowner:aberdeen_line", "shipowner", "Aberdeen Line"),
    ("shipowner:grinnell_minturn", "shipowner", "Grinnell, Minturn & Co."),
    ("shipowner:black_ball_line", "shipowner", "Black Ball Line"),
    ("shipowner:howland_and_aspinwall", "shipowner", "Howland & Aspinwall"),
    ("shipowner:sampson_and_tappan", "shipowner", "Sampson & Tappan"),
    ("shipowner:griswold", "shipowner", "N. L. & G. Griswold"),
    # captains
    ("captain:richard_woodget", "captain", "Richard Woodget"),
    ("captain:robert_kemball", "captain", "Robert Kemball"),
    ("captain:josiah_creesy", "captain", "Josiah Perkins Creesy"),
    ("captain:lauchlan_mckay", "captain", "Lauchlan McKay"),
    ("captain:james_nicol_forbes", "captain", "James Nicol Forbes"),
    ("captain:charles_mcdonnell", "captain", "Charles McDonnell"),
    ("captain:robert_waterman", "captain", "Robert Waterman"),
    ("captain:donald_mackinnon", "captain", "Donald MacKinnon"),
    ("captain:john_keay", "captain", "John Keay"),
    ("captain:richard_robinson", "captain", "Richard Robinson"),
    # classes
    ("class:tea_clipper", "class", "tea clipper"),
    ("class:extreme_clipper", "class", "extreme clipper"),
    ("class:medium_clipper", "class", "medium clipper"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"clipper:{slug}", kind="item", type="clipper", label=label,
                      attrs={"year": year}) for slug, label, year in _SHIPS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = [
    # Cutty Sark
    ("cutty_sark", "built_by", "shipbuilder:scott_and_linton"),
    ("cutty_sark", "built_in", "city:dumbarton"),
    ("cutty_sark", "owned_by", "shipowner:john_willis"),
    ("cutty_sark", "commanded_by", "captain:richard_woodget"),
    ("cutty_sark", "has_class", "class:tea_clipper"),
    ("cutty_sark", "preserved_in", "city:greenwich"),
    # Thermopylae
    ("thermopylae", "built_by", "shipbuilder:walter_hood"),
    ("thermopylae", "built_in", "city:aberdeen"),
    ("thermopylae", "owned_by", "shipowner:aberdeen_line"),
    ("thermopylae", "commanded_by", "captain:robert_kemball"),
    ("thermopylae", "has_class", "class:tea_clipper"),
    # Flying Cloud
    ("flying_cloud", "built_by", "shipbuilder:donald_mckay"),
    ("flying_cloud", "built_in", "city:east_boston"),
    ("flying_cloud", "owned_by", "shipowner:grinnell_minturn"),
    ("flying_cloud", "commanded_by", "captain:josiah_creesy"),
    ("flying_cloud", "has_class", "class:extreme_clipper"),
    # Sovereign of the Seas
    ("sovereign_of_the_seas", "built_by", "shipbuilder:donald_mckay"),
    ("sovereign_of_the_seas", "built_in", "city:east_boston"),
    ("sovereign_of_the_seas", "commanded_by", "captain:lauchlan_mckay"),
    ("sovereign_of_the_seas", "has_class", "class:extreme_clipper"),
    # Great Republic
    ("great_republic", "built_by", "shipbuilder:donald_mckay"),
    ("great_republic", "built_in", "city:east_boston"),
    ("great_republic", "has_class", "class:extreme_clipper"),
    # Lightning
    ("lightning", "built_by", "shipbuilder:donald_mckay"),
    ("lightning", "built_in", "city:east_boston"),
    ("lightning", "owned_by", "shipowner:black_ball_line"),
    ("lightning", "commanded_by", "captain:james_nicol_forbes"),
    ("lightning", "has_class", "class:extreme_clipper"),
    # James Baines
    ("james_baines", "built_by", "shipbuilder:donald_mckay"),
    ("james_baines", "built_in", "city:east_boston"),
    ("james_baines", "owned_by", "shipowner:black_ball_line"),
    ("james_baines", "commanded_by", "captain:charles_mcdonnell"),
    ("james_baines", "has_class", "class:extreme_clipper"),
    # Champion of the Seas
    ("champion_of_the_seas", "built_by", "shipbuilder:donald_mckay"),
    ("champion_of_the_seas", "built_in", "city:east_boston"),
    ("champion_of_the_seas", "owned_by", "shipowner:black_ball_line"),
    ("champion_of_the_seas", "has_class", "class:extreme_clipper"),
    # Rainbow
    ("rainbow", "built_by", "shipbuilder:smith_and_dimon"),
    ("rainbow", "built_in", "city:new_york"),
    ("rainbow", "owned_by", "shipowner:howland_and_aspinwall"),
    ("rainbow", "has_class", "class:extreme_clipper"),
    # Sea Witch
    ("sea_witch", "built_by", "shipbuilder:smith_and_dimon"),
    ("sea_witch", "built_in", "city:new_york"),
    ("sea_witch", "owned_by", "shipowner:howland_and_aspinwall"),
    ("sea_witch", "commanded_by", "captain:robert_waterman"),
    # Stag Hound
    ("stag_hound", "built_by", "shipbuilder:donald_mckay"),
    ("stag_hound", "built_in", "city:east_boston"),
    ("stag_hound", "owned_by", "shipowner:sampson_and_tappan"),
    ("stag_hound", "has_class", "class:extreme_clipper"),
    # Taeping
    ("taeping", "built_by", "shipbuilder:robert_steele"),
    ("taeping", "built_in", "city:greenock"),
    ("taeping", "commanded_by", "captain:donald_mackinnon"),
    ("taeping", "has_class", "class:tea_clipper"),
    # Ariel
    ("ariel", "built_by", "shipbuilder:robert_steele"),
    ("ariel", "built_in", "city:greenock"),
    ("ariel", "commanded_by", "captain:john_keay"),
    ("ariel", "has_class", "class:tea_clipper"),
    # Sir Lancelot
    ("sir_lancelot", "built_by", "shipbuilder:robert_steele"),
    ("sir_lancelot", "built_in", "city:greenock"),
    ("sir_lancelot", "has_class", "class:tea_clipper"),
    # City of Adelaide
    ("city_of_adelaide", "built_by", "shipbuilder:william_pile_hay"),
    ("city_of_adelaide", "built_in", "city:sunderland"),
    ("city_of_adelaide", "preserved_in", "city:port_adelaide"),
    # Challenge
    ("challenge", "built_by", "shipbuilder:william_h_webb"),
    ("challenge", "built_in", "city:new_york"),
    ("challenge", "owned_by", "shipowner:griswold"),
    ("challenge", "commanded_by", "captain:robert_waterman"),
    ("challenge", "has_class", "class:extreme_clipper"),
    # Fiery Cross
    ("fiery_cross", "built_in", "city:liverpool"),
    ("fiery_cross", "commanded_by", "captain:richard_robinson"),
    ("fiery_cross", "has_class", "class:tea_clipper"),
    # Glory of the Seas
    ("glory_of_the_seas", "built_by", "shipbuilder:donald_mckay"),
    ("glory_of_the_seas", "built_in", "city:east_boston"),
    ("glory_of_the_seas", "has_class", "class:medium_clipper"),
]

_RATINGS = [
    ("ana", "cutty_sark", 5.0), ("ana", "flying_cloud", 4.5),
    ("ana", "thermopylae", 2.0), ("ana", "great_republic", 3.0),
    ("ben", "lightning", 4.0), ("ben", "ariel", 1.5),
    ("ben", "taeping", 4.5), ("ben", "rainbow", 3.5),
    ("chen", "sea_witch", 5.0), ("chen", "challenge", 1.0),
    ("chen", "city_of_adelaide", 4.0), ("chen", "stag_hound", 2.5),
    ("dara", "sovereign_of_the_seas", 4.5), ("dara", "james_baines", 2.0),
    ("dara", "sir_lancelot", 3.0), ("dara", "fiery_cross", 4.0),
    ("emil", "glory_of_the_seas", 3.5), ("emil", "champion_of_the_seas", 5.0),
    ("emil", "cutty_sark", 1.5), ("emil", "flying_cloud", 4.0),
]


def rows():
    out = [(f"clipper:{h}", r, t) for h, r, t in _FACTS]
    out += [(f"user:{u}", "rated", f"clipper:{s}", {"rating": r}) for u, s, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind346")
