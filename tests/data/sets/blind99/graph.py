"""A small graph of historical battles (blind99)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("battle",)),
    kgx.Relation("part_of_war", phrase="was fought as part of", inverse_phrase="included",
                 domain=("battle",), range=("war",)),
    kgx.Relation("took_place_in", phrase="took place in", inverse_phrase="was the site of",
                 domain=("battle",), range=("country", "state", "body_of_water")),
    kgx.Relation("won_by", phrase="was won by", inverse_phrase="won",
                 domain=("battle",), range=("commander",)),
    kgx.Relation("lost_by", phrase="was lost by", inverse_phrase="lost",
                 domain=("battle",), range=("commander",)),
    kgx.Relation("has_kind", phrase="was a", inverse_phrase="is the kind of engagement of",
                 domain=("battle",), range=("kind",)),
]

BATTLES = [
    ("hastings", "Battle of Hastings", 1066),
    ("agincourt", "Battle of Agincourt", 1415),
    ("orleans", "Siege of Orléans", 1428),
    ("waterloo", "Battle of Waterloo", 1815),
    ("austerlitz", "Battle of Austerlitz", 1805),
    ("trafalgar", "Battle of Trafalgar", 1805),
    ("leipzig", "Battle of Leipzig", 1813),
    ("gettysburg", "Battle of Gettysburg", 1863),
    ("fredericksburg", "Battle of Fredericksburg", 1862),
    ("stalingrad", "Battle of Stalingrad", 1942),
    ("midway", "Battle of Midway", 1942),
    ("somme", "Battle of the Somme", 1916),
    ("verdun", "Battle of Verdun", 1916),
    ("jutland", "Battle of Jutland", 1916),
    ("lepanto", "Battle of Lepanto", 1571),
    ("tours", "Battle of Tours", 732),
    ("vienna", "Battle of Vienna", 1683),
    ("yorktown", "Siege of Yorktown", 1781),
    ("saratoga", "Battles of Saratoga", 1777),
]

WARS = [
    ("norman_conquest", "Norman Conquest of England"),
    ("hundred_years_war", "Hundred Years' War"),
    ("napoleonic_wars", "Napoleonic Wars"),
    ("american_civil_war", "American Civil War"),
    ("world_war_ii", "Second World War"),
    ("world_war_i", "First World War"),
    ("fourth_ottoman_venetian_war", "Fourth Ottoman–Venetian War"),
    ("umayyad_invasion_of_gaul", "Umayyad invasion of Gaul"),
    ("great_turkish_war", "Great Turkish War"),
    ("american_revolutionary_war", "American Revolutionary War"),
]

PLACES = [
    ("country:england", "country", "England"),
    ("country:france", "country", "France"),
    ("country:belgium", "country", "Belgium"),
    ("country:czech_republic", "country", "Czech Republic"),
    ("country:germany", "country", "Germany"),
    ("country:russia", "country", "Russia"),
    ("country:austria", "country", "Austria"),
    ("state:pennsylvania", "state", "Pennsylvania"),
    ("state:virginia", "state", "Virginia"),
    ("state:new_york", "state", "New York"),
    ("sea:atlantic_ocean", "body_of_water", "Atlantic Ocean"),
    ("sea:pacific_ocean", "body_of_water", "Pacific Ocean"),
    ("sea:north_sea", "body_of_water", "North Sea"),
    ("sea:gulf_of_patras", "body_of_water", "Gulf of Patras"),
]

COMMANDERS = [
    ("william_the_conqueror", "William the Conqueror"),
    ("harold_godwinson", "Harold Godwinson"),
    ("henry_v", "Henry V of England"),
    ("charles_d_albret", "Charles d'Albret"),
    ("joan_of_arc", "Joan of Arc"),
    ("wellington", "Duke of Wellington"),
    ("napoleon", "Napoleon Bonaparte"),
    ("kutuzov", "Mikhail Kutuzov"),
    ("nelson", "Horatio Nelson"),
    ("villeneuve", "Pierre-Charles Villeneuve"),
    ("schwarzenberg", "Karl Philipp zu Schwarzenberg"),
    ("meade", "George Meade"),
    ("lee", "Robert E. Lee"),
    ("burnside", "Ambrose Burnside"),
    ("chuikov", "Vasily Chuikov"),
    ("paulus", "Friedrich Paulus"),
    ("nimitz", "Chester W. Nimitz"),
    ("yamamoto", "Isoroku Yamamoto"),
    ("petain", "Philippe Pétain"),
    ("falkenhayn", "Erich von Falkenhayn"),
    ("john_of_austria", "John of Austria"),
    ("ali_pasha", "Müezzinzade Ali Pasha"),
    ("charles_martel", "Charles Martel"),
    ("abd_al_rahman", "Abd al-Rahman al-Ghafiqi"),
    ("sobieski", "John III Sobieski"),
    ("kara_mustafa", "Kara Mustafa Pasha"),
    ("washington", "George Washington"),
    ("cornwallis", "Charles Cornwallis"),
    ("gates", "Horatio Gates"),
    ("burgoyne", "John Burgoyne"),
]

KINDS = [
    ("land_battle", "land battle"),
    ("naval_battle", "naval battle"),
    ("siege", "siege"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"battle:{slug}", kind="item", type="battle", label=label, attrs={"year": year})
           for slug, label, year in BATTLES]
    out += [kgx.Entity(f"war:{slug}", kind="attribute", type="war", label=label) for slug, label in WARS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in PLACES]
    out += [kgx.Entity(f"commander:{slug}", kind="attribute", type="commander", label=label)
            for slug, label in COMMANDERS]
    out += [kgx.Entity(f"kind:{slug}", kind="attribute", type="kind", label=label) for slug, label in KINDS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# battle slug: (war, place, kind, winner or None, loser or None)
FACTS = {
    "hastings": ("norman_conquest", "country:england", "land_battle", "william_the_conqueror", "harold_godwinson"),
    "agincourt": ("hundred_years_war", "country:france", "land_battle", "henry_v", "charles_d_albret"),
    "orleans": ("hundred_years_war", "country:france", "siege", "joan_of_arc", None),
    "waterloo": ("napoleonic_wars", "country:belgium", "land_battle", "wellington", "napoleon"),
    "austerlitz": ("napoleonic_wars", "country:czech_republic", "land_battle", "napoleon", "kutuzov"),
    "trafalgar": ("napoleonic_wars", "sea:atlantic_ocean", "naval_battle", "nelson", "villeneuve"),
    "leipzig": ("napoleonic_wars", "country:germany", "land_battle", "schwarzenberg", "napoleon"),
    "gettysburg": ("american_civil_war", "state:pennsylvania", "land_battle", "meade", "lee"),
    "fredericksburg": ("american_civil_war", "state:virginia", "land_battle", "lee", "burnside"),
    "stalingrad": ("world_war_ii", "country:russia", "land_battle", "chuikov", "paulus"),
    "midway": ("world_war_ii", "sea:pacific_ocean", "naval_battle", "nimitz", "yamamoto"),
    "somme": ("world_war_i", "country:france", "land_battle", None, None),
    "verdun": ("world_war_i", "country:france", "land_battle", "petain", "falkenhayn"),
    "jutland": ("world_war_i", "sea:north_sea", "naval_battle", None, None),
    "lepanto": ("fourth_ottoman_venetian_war", "sea:gulf_of_patras", "naval_battle", "john_of_austria", "ali_pasha"),
    "tours": ("umayyad_invasion_of_gaul", "country:france", "land_battle", "charles_martel", "abd_al_rahman"),
    "vienna": ("great_turkish_war", "country:austria", "land_battle", "sobieski", "kara_mustafa"),
    "yorktown": ("american_revolutionary_war", "state:virginia", "siege", "washington", "cornwallis"),
    "saratoga": ("american_revolutionary_war", "state:new_york", "land_battle", "gates", "burgoyne"),
}

RATINGS = {
    "ana": [("hastings", 5.0), ("waterloo", 4.5), ("midway", 2.0), ("somme", 1.5)],
    "ben": [("trafalgar", 4.0), ("gettysburg", 1.0), ("agincourt", 5.0), ("verdun", 3.0)],
    "chen": [("stalingrad", 4.5), ("lepanto", 2.0), ("tours", 5.0), ("yorktown", 3.5)],
    "dara": [("austerlitz", 5.0), ("jutland", 1.5), ("vienna", 4.0), ("saratoga", 2.5)],
    "emil": [("leipzig", 4.5), ("fredericksburg", 0.5), ("orleans", 4.0), ("hastings", 3.0)],
}


def rows():
    out = []
    for slug, (war, place, kind, winner, loser) in FACTS.items():
        b = f"battle:{slug}"
        out.append((b, "part_of_war", f"war:{war}"))
        out.append((b, "took_place_in", place))
        out.append((b, "has_kind", f"kind:{kind}"))
        if winner:
            out.append((b, "won_by", f"commander:{winner}"))
        if loser:
            out.append((b, "lost_by", f"commander:{loser}"))
    for user, pairs in RATINGS.items():
        for slug, r in pairs:
            out.append((f"user:{user}", "rated", f"battle:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind99")
