"""A hand-made music graph: real artists and bands, their genres, labels, cities, members,
instruments and influences, plus seeded listeners with 1-5 ratings.

The facts are well-known ones (a band's home city, the label it is best known for, its classic
members, influences the artists themselves named); where a fact was not certain it was left out
rather than guessed. Listeners are synthetic: each has one or two taste clusters (classic rock,
metal, punk and new wave, alternative, electronic, hip hop, soul and pop, roots) and rates 8-20
artists, mostly high inside their clusters and low outside, so a collaborative recommender has
signal to fit.

Relations carry their own phrases (none come from the movie graph's registry)::

    artist -[has_genre]-> genre            "plays" / "is played by"
    artist -[signed_to]-> label            "is signed to" / "has signed"
    artist -[from_city]-> city             "comes from" / "is the home of"
    artist -[has_member]-> person          "has the member" / "is a member of"
    person -[plays_instrument]-> instrument "plays the instrument" / "is the instrument of"
    artist -[influenced_by]-> artist       "was influenced by" / "influenced"
    user   -[listened]-> artist            "listened to" / "was listened to by" (``rating`` 1-5)

>>> kg = music_graph()
>>> kg.relation("signed_to").inverse_phrase
'has signed'
"""

from __future__ import annotations

import random
import re

from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Entity, Relation

__all__ = ["music_graph", "RELATIONS"]

RELATIONS = (
    Relation("listened", phrase="listened to", inverse_phrase="was listened to by",
             domain=("user",), range=("artist",)),
    Relation("has_genre", phrase="plays", inverse_phrase="is played by",
             domain=("artist",), range=("genre",)),
    Relation("signed_to", phrase="is signed to", inverse_phrase="has signed",
             domain=("artist",), range=("label",)),
    Relation("from_city", phrase="comes from", inverse_phrase="is the home of",
             domain=("artist",), range=("city",)),
    Relation("has_member", phrase="has the member", inverse_phrase="is a member of",
             domain=("artist",), range=("person",)),
    Relation("plays_instrument", phrase="plays the instrument", inverse_phrase="is the instrument of",
             domain=("person",), range=("instrument",)),
    Relation("influenced_by", phrase="was influenced by", inverse_phrase="influenced",
             domain=("artist",), range=("artist",)),
)

# key, label, year formed (bands only, None when unsure), city, genres, labels, members,
# influences (artist keys), taste cluster
_ARTISTS: tuple[tuple, ...] = (
    ("beatles", "The Beatles", 1960, "liverpool", ("rock", "pop"), ("parlophone",),
     ("john_lennon", "paul_mccartney", "george_harrison", "ringo_starr"),
     ("elvis_presley", "chuck_berry"), "classic"),
    ("rolling_stones", "The Rolling Stones", 1962, "london", ("rock", "blues_rock"), ("decca",),
     ("mick_jagger", "keith_richards", "charlie_watts"), ("muddy_waters", "chuck_berry"), "classic"),
    ("led_zeppelin", "Led Zeppelin", 1968, "london", ("hard_rock", "blues_rock"), ("atlantic",),
     ("jimmy_page", "robert_plant", "john_paul_jones", "john_bonham"),
     ("muddy_waters", "howlin_wolf"), "classic"),
    ("pink_floyd", "Pink Floyd", 1965, "london", ("progressive_rock",), ("harvest",),
     ("syd_barrett", "roger_waters", "david_gilmour", "richard_wright", "nick_mason"), (), "classic"),
    ("queen", "Queen", 1970, "london", ("rock",), ("emi",),
     ("freddie_mercury", "brian_may", "roger_taylor", "john_deacon"), (), "classic"),
    ("bowie", "David Bowie", None, "london", ("rock",), ("rca",), (), ("velvet_underground",),
     "classic"),
    ("hendrix", "Jimi Hendrix", None, "seattle", ("rock", "blues_rock"), (), (), ("muddy_waters",),
     "classic"),
    ("elvis_presley", "Elvis Presley", None, "tupelo", ("rock_and_roll",), ("rca",), (), (), "roots"),
    ("chuck_berry", "Chuck Berry", None, "st_louis", ("rock_and_roll",), ("chess",), (), (), "roots"),
    ("muddy_waters", "Muddy Waters", None, None, ("blues",), ("chess",), (), (), "roots"),
    ("howlin_wolf", "Howlin' Wolf", None, None, ("blues",), ("chess",), (), (), "roots"),
    ("bob_dylan", "Bob Dylan", None, "duluth", ("folk", "rock"), ("columbia",), (),
     ("woody_guthrie",), "roots"),
    ("woody_guthrie", "Woody Guthrie", None, "okemah", ("folk",), (), (), (), "roots"),
    ("johnny_cash", "Johnny Cash", None, None, ("country",), ("sun",), (), (), "roots"),
    ("miles_davis", "Miles Davis", None, "alton", ("jazz",), ("columbia",), (), (), "roots"),
    ("simon_garfunkel", "Simon & Garfunkel", None, "new_york", ("folk_rock",), ("columbia",),
     ("paul_simon", "art_garfunkel"), (), "roots"),
    ("black_sabbath", "Black Sabbath", 1968, "birmingham", ("heavy_metal",), ("vertigo",),
     ("ozzy_osbourne", "tony_iommi", "geezer_butler", "bill_ward"), (), "metal"),
    ("metallica", "Metallica", 1981, "los_angeles", ("heavy_metal", "thrash_metal"), ("elektra",),
     ("james_hetfield", "lars_ulrich", "kirk_hammett"), ("black_sabbath", "motorhead"), "metal"),
    ("iron_maiden", "Iron Maiden", 1975, "london", ("heavy_metal",), ("emi",),
     ("steve_harris", "bruce_dickinson"), (), "metal"),
    ("motorhead", "Motörhead", 1975, "london", ("heavy_metal",), (), ("lemmy",), (), "metal"),
    ("acdc", "AC/DC", 1973, "sydney", ("hard_rock",), ("atlantic",),
     ("angus_young", "malcolm_young"), (), "metal"),
    ("clash", "The Clash", 1976, "london", ("punk_rock",), ("cbs",),
     ("joe_strummer", "mick_jones", "paul_simonon", "topper_headon"), (), "punk"),
    ("sex_pistols", "Sex Pistols", 1975, "london", ("punk_rock",), ("virgin",),
     ("johnny_rotten", "sid_vicious", "steve_jones"), (), "punk"),
    ("ramones", "Ramones", 1974, "new_york", ("punk_rock",), ("sire",),
     ("joey_ramone", "johnny_ramone", "dee_dee_ramone"), (), "punk"),
    ("blondie", "Blondie", 1974, "new_york", ("new_wave",), ("chrysalis",),
     ("debbie_harry", "chris_stein"), (), "punk"),
    ("talking_heads", "Talking Heads", 1975, "new_york", ("new_wave",), ("sire",),
     ("david_byrne", "tina_weymouth", "chris_frantz"), (), "punk"),
    ("velvet_underground", "The Velvet Underground", 1964, "new_york", ("art_rock",), ("verve",),
     ("lou_reed", "john_cale", "maureen_tucker"), (), "punk"),
    ("joy_division", "Joy Division", 1976, "salford", ("post_punk",), ("factory",),
     ("ian_curtis", "bernard_sumner", "peter_hook", "stephen_morris"),
     ("velvet_underground", "sex_pistols"), "punk"),
    ("new_order", "New Order", 1980, "salford", ("new_wave", "synth_pop"), ("factory",),
     ("bernard_sumner", "peter_hook", "stephen_morris", "gillian_gilbert"), ("kraftwerk",), "electronic"),
    ("the_cure", "The Cure", 1978, "crawley", ("post_punk",), ("fiction",), ("robert_smith",), (),
     "punk"),
    ("smiths", "The Smiths", 1982, "manchester", ("indie_rock",), ("rough_trade",),
     ("morrissey", "johnny_marr"), (), "indie"),
    ("oasis", "Oasis", 1991, "manchester", ("britpop",), ("creation",),
     ("liam_gallagher", "noel_gallagher"), ("beatles",), "indie"),
    ("blur", "Blur", 1988, "london", ("britpop",), ("food",), ("damon_albarn", "graham_coxon"), (),
     "indie"),
    ("radiohead", "Radiohead", 1985, "abingdon", ("alternative_rock",), ("parlophone",),
     ("thom_yorke", "jonny_greenwood", "ed_obrien", "colin_greenwood", "philip_selway"),
     ("rem", "pixies"), "alternative"),
    ("coldplay", "Coldplay", None, "london", ("alternative_rock",), ("parlophone",),
     ("chris_martin", "jonny_buckland"), ("u2", "radiohead"), "alternative"),
    ("u2", "U2", 1976, "dublin", ("rock",), ("island",),
     ("bono", "the_edge", "adam_clayton", "larry_mullen"), (), "alternative"),
    ("nirvana", "Nirvana", 1987, "aberdeen", ("grunge",), ("sub_pop", "dgc"),
     ("kurt_cobain", "krist_novoselic", "dave_grohl"), ("pixies", "beatles"), "alternative"),
    ("foo_fighters", "Foo Fighters", 1994, "seattle", ("alternative_rock",), (), ("dave_grohl",), (),
     "alternative"),
    ("pearl_jam", "Pearl Jam", 1990, "seattle", ("grunge",), ("epic",),
     ("eddie_vedder", "mike_mccready"), (), "alternative"),
    ("soundgarden", "Soundgarden", 1984, "seattle", ("grunge",), ("sub_pop",),
     ("chris_cornell", "kim_thayil"), (), "alternative"),
    ("pixies", "Pixies", 1986, "boston", ("alternative_rock",), ("4ad",),
     ("black_francis", "kim_deal", "joey_santiago", "david_lovering"), (), "alternative"),
    ("rem", "R.E.M.", 1980, "athens_ga", ("alternative_rock",), ("irs",),
     ("michael_stipe", "peter_buck", "mike_mills", "bill_berry"), (), "alternative"),
    ("rhcp", "Red Hot Chili Peppers", 1983, "los_angeles", ("funk_rock",), ("warner",),
     ("anthony_kiedis", "flea", "john_frusciante", "chad_smith"), (), "alternative"),
    ("arctic_monkeys", "Arctic Monkeys", 2002, "sheffield", ("indie_rock",), ("domino",),
     ("alex_turner", "matt_helders"), ("strokes",), "indie"),
    ("franz_ferdinand", "Franz Ferdinand", 2002, "glasgow", ("indie_rock",), ("domino",), (), (),
     "indie"),
    ("strokes", "The Strokes", 1998, "new_york", ("indie_rock",), ("rough_trade",),
     ("julian_casablancas", "albert_hammond_jr"), ("velvet_underground",), "indie"),
    ("white_stripes", "The White Stripes", 1997, "detroit", ("garage_rock",), (),
     ("jack_white", "meg_white"), (), "indie"),
    ("daft_punk", "Daft Punk", 1993, "paris", ("house", "electronic"), ("virgin",),
     ("thomas_bangalter", "guy_manuel"), ("kraftwerk",), "electronic"),
    ("kraftwerk", "Kraftwerk", 1970, "dusseldorf", ("electronic",), (),
     ("ralf_hutter", "florian_schneider"), (), "electronic"),
    ("depeche_mode", "Depeche Mode", 1980, "basildon", ("synth_pop",), ("mute",),
     ("dave_gahan", "martin_gore"), ("kraftwerk",), "electronic"),
    ("massive_attack", "Massive Attack", 1988, "bristol", ("trip_hop",), ("virgin",), (), (),
     "electronic"),
    ("portishead", "Portishead", 1991, "bristol", ("trip_hop",), (), (), (), "electronic"),
    ("bjork", "Björk", None, "reykjavik", ("electronic",), ("one_little_indian",), (), (),
     "electronic"),
    ("sigur_ros", "Sigur Rós", 1994, "reykjavik", ("post_rock",), (), (), (), "electronic"),
    ("nwa", "N.W.A", None, "compton", ("hip_hop",), ("ruthless",), ("dr_dre", "ice_cube", "eazy_e"),
     (), "hiphop"),
    ("kendrick", "Kendrick Lamar", None, "compton", ("hip_hop",), ("tde",), (), (), "hiphop"),
    ("eminem", "Eminem", None, "detroit", ("hip_hop",), ("aftermath",), (), (), "hiphop"),
    ("public_enemy", "Public Enemy", 1985, None, ("hip_hop",), ("def_jam",),
     ("chuck_d", "flavor_flav"), (), "hiphop"),
    ("beastie_boys", "Beastie Boys", 1981, "new_york", ("hip_hop",), ("def_jam",),
     ("mike_d", "ad_rock", "mca"), (), "hiphop"),
    ("run_dmc", "Run-DMC", 1983, "new_york", ("hip_hop",), ("profile",), (), (), "hiphop"),
    ("wu_tang", "Wu-Tang Clan", 1992, "new_york", ("hip_hop",), ("loud",),
     ("rza", "gza", "method_man", "ghostface_killah"), (), "hiphop"),
    ("jay_z", "Jay-Z", None, "new_york", ("hip_hop",), ("roc_a_fella",), (), (), "hiphop"),
    ("nas", "Nas", None, "new_york", ("hip_hop",), ("columbia",), (), (), "hiphop"),
    ("destinys_child", "Destiny's Child", 1990, "houston", ("rnb",), ("columbia",),
     ("beyonce", "kelly_rowland", "michelle_williams"), (), "soul"),
    ("wailers", "Bob Marley and the Wailers", 1963, "kingston", ("reggae",), ("island",),
     ("bob_marley", "peter_tosh", "bunny_wailer"), (), "soul"),
    ("supremes", "The Supremes", 1959, "detroit", ("soul",), ("motown",), ("diana_ross",), (), "soul"),
    ("temptations", "The Temptations", 1960, "detroit", ("soul",), ("motown",), (), (), "soul"),
    ("marvin_gaye", "Marvin Gaye", None, "washington", ("soul",), ("motown",), (), (), "soul"),
    ("stevie_wonder", "Stevie Wonder", None, "saginaw", ("soul", "funk"), ("motown",), (), (), "soul"),
    ("james_brown", "James Brown", None, None, ("funk", "soul"), ("king",), (), (), "soul"),
    ("michael_jackson", "Michael Jackson", None, "gary", ("pop",), ("epic",), (), ("james_brown",),
     "soul"),
    ("prince", "Prince", None, "minneapolis", ("funk", "pop"), ("warner",), (), ("james_brown",),
     "soul"),
    ("madonna", "Madonna", None, "bay_city", ("pop",), ("sire",), (), (), "soul"),
    ("amy_winehouse", "Amy Winehouse", None, "london", ("soul",), ("island",), (), (), "soul"),
    ("adele", "Adele", None, "london", ("pop", "soul"), ("xl",), (), (), "soul"),
    ("abba", "ABBA", 1972, "stockholm", ("pop",), ("polar",),
     ("agnetha", "bjorn_ulvaeus", "benny_andersson", "anni_frid"), (), "soul"),
)

# person key -> (label, aliases, instruments)
_PEOPLE: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "john_lennon": ("John Lennon", ("Lennon",), ("guitar",)),
    "paul_mccartney": ("Paul McCartney", ("McCartney",), ("bass_guitar",)),
    "george_harrison": ("George Harrison", (), ("guitar",)),
    "ringo_starr": ("Ringo Starr", (), ("drums",)),
    "mick_jagger": ("Mick Jagger", (), ("harmonica",)),
    "keith_richards": ("Keith Richards", (), ("guitar",)),
    "charlie_watts": ("Charlie Watts", (), ("drums",)),
    "jimmy_page": ("Jimmy Page", (), ("guitar",)),
    "robert_plant": ("Robert Plant", (), ()),
    "john_paul_jones": ("John Paul Jones", (), ("bass_guitar",)),
    "john_bonham": ("John Bonham", (), ("drums",)),
    "syd_barrett": ("Syd Barrett", (), ("guitar",)),
    "roger_waters": ("Roger Waters", (), ("bass_guitar",)),
    "david_gilmour": ("David Gilmour", (), ("guitar",)),
    "richard_wright": ("Richard Wright", (), ("keyboards",)),
    "nick_mason": ("Nick Mason", (), ("drums",)),
    "freddie_mercury": ("Freddie Mercury", (), ("piano",)),
    "brian_may": ("Brian May", (), ("guitar",)),
    "roger_taylor": ("Roger Taylor", (), ("drums",)),
    "john_deacon": ("John Deacon", (), ("bass_guitar",)),
    "paul_simon": ("Paul Simon", (), ("guitar",)),
    "art_garfunkel": ("Art Garfunkel", (), ()),
    "ozzy_osbourne": ("Ozzy Osbourne", ("Ozzy",), ()),
    "tony_iommi": ("Tony Iommi", (), ("guitar",)),
    "geezer_butler": ("Geezer Butler", (), ("bass_guitar",)),
    "bill_ward": ("Bill Ward", (), ("drums",)),
    "james_hetfield": ("James Hetfield", (), ("guitar",)),
    "lars_ulrich": ("Lars Ulrich", (), ("drums",)),
    "kirk_hammett": ("Kirk Hammett", (), ("guitar",)),
    "steve_harris": ("Steve Harris", (), ("bass_guitar",)),
    "bruce_dickinson": ("Bruce Dickinson", (), ()),
    "lemmy": ("Lemmy", ("Lemmy Kilmister",), ("bass_guitar",)),
    "angus_young": ("Angus Young", (), ("guitar",)),
    "malcolm_young": ("Malcolm Young", (), ("guitar",)),
    "joe_strummer": ("Joe Strummer", (), ("guitar",)),
    "mick_jones": ("Mick Jones", (), ("guitar",)),
    "paul_simonon": ("Paul Simonon", (), ("bass_guitar",)),
    "topper_headon": ("Topper Headon", (), ("drums",)),
    "johnny_rotten": ("Johnny Rotten", ("John Lydon",), ()),
    "sid_vicious": ("Sid Vicious", (), ("bass_guitar",)),
    "steve_jones": ("Steve Jones", (), ("guitar",)),
    "joey_ramone": ("Joey Ramone", (), ()),
    "johnny_ramone": ("Johnny Ramone", (), ("guitar",)),
    "dee_dee_ramone": ("Dee Dee Ramone", (), ("bass_guitar",)),
    "debbie_harry": ("Debbie Harry", (), ()),
    "chris_stein": ("Chris Stein", (), ("guitar",)),
    "david_byrne": ("David Byrne", (), ("guitar",)),
    "tina_weymouth": ("Tina Weymouth", (), ("bass_guitar",)),
    "chris_frantz": ("Chris Frantz", (), ("drums",)),
    "lou_reed": ("Lou Reed", (), ("guitar",)),
    "john_cale": ("John Cale", (), ("viola",)),
    "maureen_tucker": ("Maureen Tucker", ("Moe Tucker",), ("drums",)),
    "ian_curtis": ("Ian Curtis", (), ()),
    "bernard_sumner": ("Bernard Sumner", (), ("guitar",)),
    "peter_hook": ("Peter Hook", (), ("bass_guitar",)),
    "stephen_morris": ("Stephen Morris", (), ("drums",)),
    "gillian_gilbert": ("Gillian Gilbert", (), ("keyboards",)),
    "robert_smith": ("Robert Smith", (), ("guitar",)),
    "morrissey": ("Morrissey", (), ()),
    "johnny_marr": ("Johnny Marr", (), ("guitar",)),
    "liam_gallagher": ("Liam Gallagher", (), ()),
    "noel_gallagher": ("Noel Gallagher", (), ("guitar",)),
    "damon_albarn": ("Damon Albarn", (), ("keyboards",)),
    "graham_coxon": ("Graham Coxon", (), ("guitar",)),
    "thom_yorke": ("Thom Yorke", (), ()),
    "jonny_greenwood": ("Jonny Greenwood", (), ("guitar",)),
    "ed_obrien": ("Ed O'Brien", (), ("guitar",)),
    "colin_greenwood": ("Colin Greenwood", (), ("bass_guitar",)),
    "philip_selway": ("Philip Selway", (), ("drums",)),
    "chris_martin": ("Chris Martin", (), ("piano",)),
    "jonny_buckland": ("Jonny Buckland", (), ("guitar",)),
    "bono": ("Bono", (), ()),
    "the_edge": ("The Edge", (), ("guitar",)),
    "adam_clayton": ("Adam Clayton", (), ("bass_guitar",)),
    "larry_mullen": ("Larry Mullen Jr.", (), ("drums",)),
    "kurt_cobain": ("Kurt Cobain", (), ("guitar",)),
    "krist_novoselic": ("Krist Novoselic", (), ("bass_guitar",)),
    "dave_grohl": ("Dave Grohl", (), ("drums", "guitar")),
    "eddie_vedder": ("Eddie Vedder", (), ()),
    "mike_mccready": ("Mike McCready", (), ("guitar",)),
    "chris_cornell": ("Chris Cornell", (), ()),
    "kim_thayil": ("Kim Thayil", (), ("guitar",)),
    "black_francis": ("Black Francis", ("Frank Black",), ("guitar",)),
    "kim_deal": ("Kim Deal", (), ("bass_guitar",)),
    "joey_santiago": ("Joey Santiago", (), ("guitar",)),
    "david_lovering": ("David Lovering", (), ("drums",)),
    "michael_stipe": ("Michael Stipe", (), ()),
    "peter_buck": ("Peter Buck", (), ("guitar",)),
    "mike_mills": ("Mike Mills", (), ("bass_guitar",)),
    "bill_berry": ("Bill Berry", (), ("drums",)),
    "anthony_kiedis": ("Anthony Kiedis", (), ()),
    "flea": ("Flea", (), ("bass_guitar",)),
    "john_frusciante": ("John Frusciante", (), ("guitar",)),
    "chad_smith": ("Chad Smith", (), ("drums",)),
    "alex_turner": ("Alex Turner", (), ("guitar",)),
    "matt_helders": ("Matt Helders", (), ("drums",)),
    "julian_casablancas": ("Julian Casablancas", (), ()),
    "albert_hammond_jr": ("Albert Hammond Jr.", (), ("guitar",)),
    "jack_white": ("Jack White", (), ("guitar",)),
    "meg_white": ("Meg White", (), ("drums",)),
    "thomas_bangalter": ("Thomas Bangalter", (), ()),
    "guy_manuel": ("Guy-Manuel de Homem-Christo", (), ()),
    "ralf_hutter": ("Ralf Hütter", (), ("keyboards",)),
    "florian_schneider": ("Florian Schneider", (), ("flute",)),
    "dave_gahan": ("Dave Gahan", (), ()),
    "martin_gore": ("Martin Gore", (), ("keyboards",)),
    "dr_dre": ("Dr. Dre", (), ()),
    "ice_cube": ("Ice Cube", (), ()),
    "eazy_e": ("Eazy-E", (), ()),
    "chuck_d": ("Chuck D", (), ()),
    "flavor_flav": ("Flavor Flav", (), ()),
    "mike_d": ("Mike D", (), ()),
    "ad_rock": ("Ad-Rock", (), ()),
    "mca": ("MCA", (), ()),
    "rza": ("RZA", (), ()),
    "gza": ("GZA", (), ()),
    "method_man": ("Method Man", (), ()),
    "ghostface_killah": ("Ghostface Killah", (), ()),
    "beyonce": ("Beyoncé", ("Beyonce",), ()),
    "kelly_rowland": ("Kelly Rowland", (), ()),
    "michelle_williams": ("Michelle Williams", (), ()),
    "bob_marley": ("Bob Marley", (), ("guitar",)),
    "peter_tosh": ("Peter Tosh", (), ("guitar",)),
    "bunny_wailer": ("Bunny Wailer", (), ()),
    "diana_ross": ("Diana Ross", (), ()),
    "agnetha": ("Agnetha Fältskog", (), ()),
    "bjorn_ulvaeus": ("Björn Ulvaeus", (), ("guitar",)),
    "benny_andersson": ("Benny Andersson", (), ("piano",)),
    "anni_frid": ("Anni-Frid Lyngstad", (), ()),
}

_GENRES = {
    "rock": "rock", "pop": "pop", "blues_rock": "blues rock", "hard_rock": "hard rock",
    "progressive_rock": "progressive rock", "rock_and_roll": "rock and roll", "blues": "blues",
    "folk": "folk", "folk_rock": "folk rock", "country": "country", "jazz": "jazz",
    "heavy_metal": "heavy metal", "thrash_metal": "thrash metal", "punk_rock": "punk rock",
    "new_wave": "new wave", "art_rock": "art rock", "post_punk": "post-punk", "synth_pop": "synth-pop",
    "indie_rock": "indie rock", "britpop": "Britpop", "alternative_rock": "alternative rock",
    "grunge": "grunge", "funk_rock": "funk rock", "garage_rock": "garage rock", "house": "house",
    "electronic": "electronic music", "trip_hop": "trip hop", "post_rock": "post-rock",
    "hip_hop": "hip hop", "rnb": "R&B", "reggae": "reggae", "soul": "soul", "funk": "funk",
}
_GENRE_ALIASES = {"hip_hop": ("hip-hop",), "rnb": ("rhythm and blues",), "synth_pop": ("synthpop",),
                  "electronic": ("electronica",), "rock_and_roll": ("rock 'n' roll",)}

_LABELS = {
    "parlophone": "Parlophone", "decca": "Decca Records", "atlantic": "Atlantic Records",
    "harvest": "Harvest Records", "emi": "EMI", "rca": "RCA Records", "chess": "Chess Records",
    "columbia": "Columbia Records", "sun": "Sun Records", "vertigo": "Vertigo Records",
    "elektra": "Elektra Records", "cbs": "CBS Records", "virgin": "Virgin Records",
    "sire": "Sire Records", "chrysalis": "Chrysalis Records", "verve": "Verve Records",
    "factory": "Factory Records", "fiction": "Fiction Records", "rough_trade": "Rough Trade Records",
    "creation": "Creation Records", "food": "Food Records", "island": "Island Records",
    "sub_pop": "Sub Pop", "dgc": "DGC Records", "epic": "Epic Records", "4ad": "4AD",
    "irs": "I.R.S. Records", "warner": "Warner Bros. Records", "domino": "Domino Recording Company",
    "mute": "Mute Records", "one_little_indian": "One Little Indian Records",
    "ruthless": "Ruthless Records", "tde": "Top Dawg Entertainment",
    "aftermath": "Aftermath Entertainment", "def_jam": "Def Jam Recordings",
    "profile": "Profile Records", "loud": "Loud Records", "roc_a_fella": "Roc-A-Fella Records",
    "motown": "Motown", "king": "King Records", "xl": "XL Recordings", "polar": "Polar Music",
}
_LABEL_ALIASES = {"domino": ("Domino",), "def_jam": ("Def Jam",), "motown": ("Motown Records",),
                  "sub_pop": ("Sub Pop Records",), "warner": ("Warner Bros.",)}

_CITIES = {
    "liverpool": "Liverpool", "london": "London", "seattle": "Seattle", "tupelo": "Tupelo",
    "st_louis": "St. Louis", "duluth": "Duluth", "okemah": "Okemah", "alton": "Alton",
    "new_york": "New York City", "birmingham": "Birmingham", "los_angeles": "Los Angeles",
    "sydney": "Sydney", "salford": "Salford", "crawley": "Crawley", "manchester": "Manchester",
    "abingdon": "Abingdon", "dublin": "Dublin", "aberdeen": "Aberdeen, Washington",
    "boston": "Boston", "athens_ga": "Athens, Georgia", "sheffield": "Sheffield",
    "glasgow": "Glasgow", "detroit": "Detroit", "paris": "Paris", "dusseldorf": "Düsseldorf",
    "basildon": "Basildon", "bristol": "Bristol", "reykjavik": "Reykjavík", "compton": "Compton",
    "houston": "Houston", "kingston": "Kingston", "washington": "Washington, D.C.",
    "saginaw": "Saginaw", "gary": "Gary, Indiana", "minneapolis": "Minneapolis",
    "bay_city": "Bay City, Michigan", "stockholm": "Stockholm",
}
_CITY_ALIASES = {"new_york": ("New York",), "aberdeen": ("Aberdeen",), "athens_ga": ("Athens",),
                 "reykjavik": ("Reykjavik",), "dusseldorf": ("Dusseldorf",), "gary": ("Gary",),
                 "bay_city": ("Bay City",)}

_INSTRUMENTS = {"guitar": "guitar", "bass_guitar": "bass guitar", "drums": "drums",
                "piano": "piano", "keyboards": "keyboards", "harmonica": "harmonica",
                "viola": "viola", "flute": "flute"}
_INSTRUMENT_ALIASES = {"bass_guitar": ("bass",)}

_CLUSTERS = ("classic", "metal", "punk", "indie", "alternative", "electronic", "hiphop", "soul",
             "roots")
_USER_NAMES = (
    "Ada", "Bruno", "Chiara", "Dmitri", "Esme", "Farid", "Greta", "Hiro", "Ines", "Jonas",
    "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Bastian", "Carmen", "Dario",
    "Elif", "Finn", "Gaia", "Hugo", "Ilse", "Jae", "Kira", "Luca", "Maya", "Nico",
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _entities() -> list[Entity]:
    ents: list[Entity] = []
    for key, label, year, *_ in _ARTISTS:
        attrs = {"year": year} if year else {}
        ents.append(Entity(f"artist:{key}", kind="item", type="artist", label=label, attrs=attrs))
    ents += [Entity(f"person:{k}", type="person", label=v[0], aliases=v[1]) for k, v in _PEOPLE.items()]
    ents += [Entity(f"genre:{k}", type="genre", label=v, aliases=_GENRE_ALIASES.get(k, ()))
             for k, v in _GENRES.items()]
    ents += [Entity(f"label:{k}", type="label", label=v, aliases=_LABEL_ALIASES.get(k, ()))
             for k, v in _LABELS.items()]
    ents += [Entity(f"city:{k}", type="city", label=v, aliases=_CITY_ALIASES.get(k, ()))
             for k, v in _CITIES.items()]
    ents += [Entity(f"instrument:{k}", type="instrument", label=v,
                    aliases=_INSTRUMENT_ALIASES.get(k, ())) for k, v in _INSTRUMENTS.items()]
    ents += [Entity(f"user:{_slug(n)}", kind="user", type="user", label=n) for n in _USER_NAMES]
    return ents


def _fact_triples() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for key, _, _, city, genres, labels, members, influences, _ in _ARTISTS:
        a = f"artist:{key}"
        rows += [(a, "has_genre", f"genre:{g}") for g in genres]
        rows += [(a, "signed_to", f"label:{lab}") for lab in labels]
        if city:
            rows.append((a, "from_city", f"city:{city}"))
        rows += [(a, "has_member", f"person:{m}") for m in members]
        rows += [(a, "influenced_by", f"artist:{i}") for i in influences]
    for key, (_, _, instruments) in _PEOPLE.items():
        rows += [(f"person:{key}", "plays_instrument", f"instrument:{i}") for i in instruments]
    return rows


def _listening(seed: int) -> list[tuple[str, str, str, dict]]:
    """Seeded 1-5 ratings: each listener has one or two taste clusters and rates 8-20 artists."""
    rng = random.Random(seed)
    by_cluster: dict[str, list[str]] = {c: [] for c in _CLUSTERS}
    for key, *_, cluster in _ARTISTS:
        by_cluster[cluster].append(f"artist:{key}")
    everyone = [f"artist:{a[0]}" for a in _ARTISTS]
    rows: list[tuple[str, str, str, dict]] = []
    t = 1_700_000_000
    for i, name in enumerate(_USER_NAMES):
        tastes = [_CLUSTERS[i % len(_CLUSTERS)]]
        if rng.random() < 0.6:
            tastes.append(rng.choice([c for c in _CLUSTERS if c not in tastes]))
        liked_pool = sorted({a for c in tastes for a in by_cluster[c]})
        other_pool = [a for a in everyone if a not in liked_pool]
        n = rng.randint(8, 20)
        n_in = min(len(liked_pool), max(5, round(n * 0.7)))
        chosen = rng.sample(liked_pool, n_in) + rng.sample(other_pool, n - n_in)
        for artist in chosen:
            inside = artist in liked_pool
            rating = rng.choice((4, 5, 5, 4, 3)) if inside else rng.choice((1, 2, 2, 3, 4))
            t += rng.randint(600, 86_400)
            rows.append((f"user:{_slug(name)}", "listened", artist,
                         {"rating": float(rating), "timestamp": t}))
    return rows


def music_graph(seed: int = 0) -> KnowledgeGraph:
    """The music graph: 75 artists and bands with their genres, labels, home cities, members
    (with the instruments they play) and influences, and 40 seeded listeners.

    Args:
        seed: seeds the synthetic listeners' choices and ratings (the facts never change).

    >>> kg = music_graph()
    >>> kg.has_triple("artist:nirvana", "has_member", "person:dave_grohl")
    True
    >>> len(kg.users())
    40
    """
    rows: list = list(_fact_triples())
    rows += _listening(seed)
    return KnowledgeGraph.from_triples(rows, entities=_entities(), relations=RELATIONS,
                                       name="music")
