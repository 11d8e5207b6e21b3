"""A small novelists graph (blind310). Item year = the novelist's year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("novelist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("novelist",), range=("place",)),
    kgx.Relation("nationality", phrase="was a national of", inverse_phrase="is the home country of", domain=("novelist",), range=("country",)),
    kgx.Relation("author_of", phrase="wrote", inverse_phrase="was written by", domain=("novelist",), range=("novel",)),
    kgx.Relation("wrote_in", phrase="wrote in", inverse_phrase="is the writing language of", domain=("novelist",), range=("language",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was awarded to", domain=("novelist",), range=("award",)),
    kgx.Relation("movement", phrase="is associated with the movement", inverse_phrase="counts among its writers", domain=("novelist",), range=("movement",)),
]

# slug, label, birth year, birthplace, country, language, novels, awards, movements
NOVELISTS = [
    ("gabriel_garcia_marquez", "Gabriel García Márquez", 1927, "aracataca", "colombia", "spanish",
     ["one_hundred_years_of_solitude", "love_in_the_time_of_cholera"], ["nobel_prize_in_literature"], ["magic_realism"]),
    ("toni_morrison", "Toni Morrison", 1931, "lorain", "united_states", "english",
     ["beloved", "song_of_solomon"], ["nobel_prize_in_literature", "pulitzer_prize_for_fiction"], []),
    ("virginia_woolf", "Virginia Woolf", 1882, "london", "united_kingdom", "english",
     ["mrs_dalloway", "to_the_lighthouse"], [], ["modernism"]),
    ("james_joyce", "James Joyce", 1882, "dublin", None, "english",
     ["ulysses", "a_portrait_of_the_artist_as_a_young_man"], [], ["modernism"]),
    ("franz_kafka", "Franz Kafka", 1883, "prague", None, "german",
     ["the_trial", "the_castle"], [], ["modernism"]),
    ("leo_tolstoy", "Leo Tolstoy", 1828, "yasnaya_polyana", "russia", "russian",
     ["war_and_peace", "anna_karenina"], [], ["realism"]),
    ("fyodor_dostoevsky", "Fyodor Dostoevsky", 1821, "moscow", "russia", "russian",
     ["crime_and_punishment", "the_brothers_karamazov"], [], ["realism"]),
    ("jane_austen", "Jane Austen", 1775, "steventon", None, "english",
     ["pride_and_prejudice", "emma"], [], []),
    ("charles_dickens", "Charles Dickens", 1812, "portsmouth", "united_kingdom", "english",
     ["great_expectations", "oliver_twist"], [], ["realism"]),
    ("george_orwell", "George Orwell", 1903, "motihari", "united_kingdom", "english",
     ["nineteen_eighty_four", "burmese_days"], [], []),
    ("kazuo_ishiguro", "Kazuo Ishiguro", 1954, "nagasaki", "united_kingdom", "english",
     ["the_remains_of_the_day", "never_let_me_go"], ["nobel_prize_in_literature", "booker_prize"], []),
    ("haruki_murakami", "Haruki Murakami", 1949, "kyoto", "japan", "japanese",
     ["norwegian_wood", "kafka_on_the_shore"], ["franz_kafka_prize"], []),
    ("chinua_achebe", "Chinua Achebe", 1930, "ogidi", "nigeria", "english",
     ["things_fall_apart", "arrow_of_god"], ["man_booker_international_prize"], []),
    ("albert_camus", "Albert Camus", 1913, "mondovi", "france", "french",
     ["the_stranger", "the_plague"], ["nobel_prize_in_literature"], ["absurdism"]),
    ("victor_hugo", "Victor Hugo", 1802, "besancon", "france", "french",
     ["les_miserables", "the_hunchback_of_notre_dame"], [], ["romanticism"]),
    ("ernest_hemingway", "Ernest Hemingway", 1899, "oak_park", "united_states", "english",
     ["the_old_man_and_the_sea", "a_farewell_to_arms"], ["nobel_prize_in_literature", "pulitzer_prize_for_fiction"], ["modernism", "lost_generation"]),
    ("isabel_allende", "Isabel Allende", 1942, "lima", "chile", "spanish",
     ["the_house_of_the_spirits", "eva_luna"], [], ["magic_realism"]),
    ("margaret_atwood", "Margaret Atwood", 1939, "ottawa", "canada", "english",
     ["the_handmaids_tale", "the_blind_assassin"], ["booker_prize"], []),
]

LABELS = {
    "place": {
        "aracataca": "Aracataca", "lorain": "Lorain", "london": "London", "dublin": "Dublin",
        "prague": "Prague", "yasnaya_polyana": "Yasnaya Polyana", "moscow": "Moscow",
        "steventon": "Steventon", "portsmouth": "Portsmouth", "motihari": "Motihari",
        "nagasaki": "Nagasaki", "kyoto": "Kyoto", "ogidi": "Ogidi", "mondovi": "Mondovi",
        "besancon": "Besançon", "oak_park": "Oak Park", "lima": "Lima", "ottawa": "Ottawa",
    },
    "country": {
        "colombia": "Colombia", "united_states": "United States", "united_kingdom": "United Kingdom",
        "russia": "Russia", "japan": "Japan", "nigeria": "Nigeria", "france": "France",
        "chile": "Chile", "canada": "Canada",
    },
    "language": {
        "spanish": "Spanish", "english": "English", "german": "German", "russian": "Russian",
        "japanese": "Japanese", "french": "French",
    },
    "novel": {
        "one_hundred_years_of_solitude": "One Hundred Years of Solitude",
        "love_in_the_time_of_cholera": "Love in the Time of Cholera",
        "beloved": "Beloved", "song_of_solomon": "Song of Solomon",
        "mrs_dalloway": "Mrs Dalloway", "to_the_lighthouse": "To the Lighthouse",
        "ulysses": "Ulysses", "a_portrait_of_the_artist_as_a_young_man": "A Portrait of the Artist as a Young Man",
        "the_trial": "The Trial", "the_castle": "The Castle",
        "war_and_peace": "War and Peace", "anna_karenina": "Anna Karenina",
        "crime_and_punishment": "Crime and Punishment", "the_brothers_karamazov": "The Brothers Karamazov",
        "pride_and_prejudice": "Pride and Prejudice", "emma": "Emma",
        "great_expectations": "Great Expectations", "oliver_twist": "Oliver Twist",
        "nineteen_eighty_four": "Nineteen Eighty-Four", "burmese_days": "Burmese Days",
        "the_remains_of_the_day": "The Remains of the Day", "never_let_me_go": "Never Let Me Go",
        "norwegian_wood": "Norwegian Wood", "kafka_on_the_shore": "Kafka on the Shore",
        "things_fall_apart": "Things Fall Apart", "arrow_of_god": "Arrow of God",
        "the_stranger": "The Stranger", "the_plague": "The Plague",
        "les_miserables": "Les Misérables", "the_hunchback_of_notre_dame": "The Hunchback of Notre-Dame",
        "the_old_man_and_the_sea": "The Old Man and the Sea", "a_farewell_to_arms": "A Farewell to Arms",
        "the_house_of_the_spirits": "The House of the Spirits", "eva_luna": "Eva Luna",
        "the_handmaids_tale": "The Handmaid's Tale", "the_blind_assassin": "The Blind Assassin",
    },
    "award": {
        "nobel_prize_in_literature": "Nobel Prize in Literature",
        "pulitzer_prize_for_fiction": "Pulitzer Prize for Fiction",
        "booker_prize": "Booker Prize",
        "man_booker_international_prize": "Man Booker International Prize",
        "franz_kafka_prize": "Franz Kafka Prize",
    },
    "movement": {
        "magic_realism": "Magic realism", "modernism": "Modernism", "realism": "Realism",
        "romanticism": "Romanticism", "absurdism": "Absurdism", "lost_generation": "Lost Generation",
    },
}

RATINGS = {
    "ana": [("gabriel_garcia_marquez", 5.0), ("virginia_woolf", 4.5), ("charles_dickens", 2.0), ("isabel_allende", 4.0)],
    "ben": [("leo_tolstoy", 4.5), ("fyodor_dostoevsky", 5.0), ("ernest_hemingway", 1.5), ("george_orwell", 3.0)],
    "chen": [("haruki_murakami", 5.0), ("kazuo_ishiguro", 4.0), ("franz_kafka", 3.5), ("jane_austen", 1.0)],
    "dara": [("toni_morrison", 4.5), ("chinua_achebe", 5.0), ("margaret_atwood", 2.5), ("james_joyce", 0.5)],
    "emil": [("albert_camus", 4.0), ("victor_hugo", 2.0), ("james_joyce", 4.5), ("gabriel_garcia_marquez", 3.0)],
}


def entities():
    out = []
    for slug, label, year, *_ in NOVELISTS:
        out.append(kgx.Entity(f"novelist:{slug}", kind="item", type="novelist", label=label, attrs={"year": year}))
    for typ, table in LABELS.items():
        for slug, label in table.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, place, country, language, novels, awards, movements in NOVELISTS:
        h = f"novelist:{slug}"
        if place:
            out.append((h, "born_in", f"place:{place}"))
        if country:
            out.append((h, "nationality", f"country:{country}"))
        out.append((h, "wrote_in", f"language:{language}"))
        for n in novels:
            out.append((h, "author_of", f"novel:{n}"))
        for a in awards:
            out.append((h, "won", f"award:{a}"))
        for m in movements:
            out.append((h, "movement", f"movement:{m}"))
    for name, items in RATINGS.items():
        for slug, r in items:
            out.append((f"user:{name}", "rated", f"novelist:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind310")
