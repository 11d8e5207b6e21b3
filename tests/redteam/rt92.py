# ruff: noqa: E741, E402
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
"""Red team 92: readings of 4ab7fa1..HEAD. Each counted text is FALSE in its graph."""
import os
import sys
CODE = os.environ.get("CODE")
if CODE:
    sys.path.insert(0, CODE)
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

CASES = []  # (graph, user, text, why)
ARGUABLE = []


def add(g, why, *texts, user=None):
    for t in texts:
        CASES.append((g, user, t, why))


def arg(g, why, *texts, user=None):
    """true or arguable texts: printed, not counted"""
    for t in texts:
        ARGUABLE.append((g, user, t, "ARGUABLE: " + why))


def g_movies():
    return kgx.KnowledgeGraph.example()


def g_clubs():
    rel = [kgx.Relation("home_ground", phrase="plays its home games at", inverse_phrase="is the home ground of",
                        domain=("club",), range=("stadium",)),
           kgx.Relation("cup_ground", phrase="plays its cup games at", inverse_phrase="is the cup ground of",
                        domain=("club",), range=("stadium",)),
           kgx.Relation("trains_at", phrase="trains at", inverse_phrase="is the training ground of",
                        domain=("club",), range=("stadium",)),
           kgx.Relation("shop", phrase="sells its products at", inverse_phrase="is the shop of",
                        domain=("club",), range=("shop",)),
           kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                        domain=("club",), range=("person",)),
           kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("club",),
                        range=("subject",)),
           kgx.Relation("shown_on", phrase="is shown on", inverse_phrase="shows", domain=("club",),
                        range=("network",))]
    ents = [kgx.Entity("c:ars", kind="item", type="club", label="Arsenal", attrs={"year": 1886}),
            kgx.Entity("c:che", kind="item", type="club", label="Chelsea", attrs={"year": 1905}),
            kgx.Entity("c:ful", kind="item", type="club", label="Fulham", attrs={"year": 1879}),
            kgx.Entity("s:emi", type="stadium", label="Emirates Stadium"),
            kgx.Entity("s:sta", type="stadium", label="Stamford Bridge"),
            kgx.Entity("s:wem", type="stadium", label="Wembley Stadium"),
            kgx.Entity("s:col", type="stadium", label="London Colney"),
            kgx.Entity("s:cob", type="stadium", label="Cobham"),
            kgx.Entity("sh:arm", type="shop", label="The Armoury"),
            kgx.Entity("sh:meg", type="shop", label="Megastore"),
            kgx.Entity("p:dial", type="person", label="David Danskin"),
            kgx.Entity("p:mears", type="person", label="Gus Mears"),
            kgx.Entity("t:can", type="subject", label="a cannon"),
            kgx.Entity("t:lion", type="subject", label="a lion"),
            kgx.Entity("n:sky", type="network", label="Sky Sports"),
            kgx.Entity("n:bt", type="network", label="BT Sport")]
    tr = [("c:ars", "home_ground", "s:emi"), ("c:che", "home_ground", "s:sta"), ("c:ful", "home_ground", "s:sta"),
          ("c:ars", "cup_ground", "s:wem"), ("c:ars", "trains_at", "s:col"), ("c:che", "trains_at", "s:cob"),
          ("c:ars", "shop", "sh:arm"), ("c:che", "shop", "sh:meg"),
          ("c:ars", "founded_by", "p:dial"), ("c:che", "founded_by", "p:mears"),
          ("c:ars", "depicts", "t:can"), ("c:che", "depicts", "t:lion"),
          ("c:ars", "shown_on", "n:sky"), ("c:che", "shown_on", "n:bt")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rel)


def g_art():
    rel = [kgx.Relation("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=("painting",),
                        range=("movement",)),
           kgx.Relation("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",),
                        range=("artist",)),
           kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("painting",),
                        range=("subject",)),
           kgx.Relation("shown_at", phrase="is shown at", inverse_phrase="shows", domain=("painting",),
                        range=("museum",))]
    ents = [kgx.Entity("p:dem", kind="item", type="painting", label="Les Demoiselles", attrs={"year": 1907}),
            kgx.Entity("p:star", kind="item", type="painting", label="The Starry Night", attrs={"year": 1889}),
            kgx.Entity("p:mem", kind="item", type="painting", label="The Persistence of Memory", attrs={"year": 1931}),
            kgx.Entity("p:glean", kind="item", type="painting", label="The Gleaners", attrs={"year": 1857}),
            kgx.Entity("p:three", kind="item", type="painting", label="Three Musicians", attrs={"year": 1921}),
            kgx.Entity("m:cub", type="movement", label="Cubism"),
            kgx.Entity("m:neo", type="movement", label="Neo-Cubism"),
            kgx.Entity("m:real", type="movement", label="Realism"),
            kgx.Entity("m:sur", type="movement", label="Surrealism"),
            kgx.Entity("m:post", type="movement", label="Post-Impressionism"),
            kgx.Entity("m:imp", type="movement", label="Impressionism"),
            kgx.Entity("a:pic", type="artist", label="Pablo Picasso"),
            kgx.Entity("a:vg", type="artist", label="Vincent van Gogh"),
            kgx.Entity("a:dali", type="artist", label="Salvador Dalí"),
            kgx.Entity("a:mil", type="artist", label="Jean-François Millet"),
            kgx.Entity("s:wom", type="subject", label="women"),
            kgx.Entity("s:vil", type="subject", label="a village"),
            kgx.Entity("s:clk", type="subject", label="clocks"),
            kgx.Entity("s:pea", type="subject", label="peasants"),
            kgx.Entity("mu:moma", type="museum", label="MoMA"),
            kgx.Entity("mu:ors", type="museum", label="Musée d'Orsay")]
    tr = [("p:dem", "movement", "m:cub"), ("p:star", "movement", "m:post"), ("p:mem", "movement", "m:sur"),
          ("p:glean", "movement", "m:real"), ("p:three", "movement", "m:neo"),
          ("p:dem", "painted_by", "a:pic"), ("p:star", "painted_by", "a:vg"), ("p:mem", "painted_by", "a:dali"),
          ("p:glean", "painted_by", "a:mil"), ("p:three", "painted_by", "a:pic"),
          ("p:dem", "depicts", "s:wom"), ("p:star", "depicts", "s:vil"), ("p:mem", "depicts", "s:clk"),
          ("p:glean", "depicts", "s:pea"),
          ("p:dem", "shown_at", "mu:moma"), ("p:star", "shown_at", "mu:moma"), ("p:mem", "shown_at", "mu:moma"),
          ("p:glean", "shown_at", "mu:ors")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rel)


GRAPHS = {"movies": g_movies, "clubs": g_clubs, "art": g_art}

# ---------- 1. counted lists ----------
U = "user:1"
M = "movies"
add(M, "Heat is Michael Mann's, not Ridley Scott's",
    "Ridley Scott directed two films: Alien and Heat.", "Ridley Scott directed two films, Heat and Alien.",
    "Ridley Scott directed three films: Alien, Blade Runner and Heat.",
    "Ridley Scott directed three films, Alien, Heat and Gladiator.",
    "Ridley Scott directed two movies: Heat and Blade Runner.")
add(M, "Jerry Goldsmith scored Alien and Chinatown, not Heat",
    "Jerry Goldsmith composed the music for two films: Alien and Heat.",
    "Jerry Goldsmith scored two films: Heat and Chinatown.")
add(M, "James Horner scored Titanic/Aliens/Apollo 13/Jumanji, not Alien",
    "James Horner scored three films: Titanic, Aliens and Alien.",
    "James Horner composed four films: Titanic, Aliens, Apollo 13 and Heat.")
add(M, "James Cameron directed Titanic and Aliens, not Alien",
    "James Cameron directed two films: Aliens and Alien.", "James Cameron directed two science fiction films: Alien and Aliens.")
add(M, "user:1 did not rate Jumanji / Titanic / Blade Runner / Aliens; Psycho rated 2",
    "You loved two films: Heat and Jumanji.", "You loved two films: Jumanji and Heat.",
    "You watched two films: Toy Story and Titanic.", "You rated three films: Heat, Alien and Aliens.",
    "You loved two films: Heat and Psycho.", "You enjoyed two films: Alien and Blade Runner.",
    "You liked three films, Heat, Fargo and Jumanji.", "You loved two movies: Alien and Titanic.",
    "You gave two films five stars: Fargo and Heat.",
    "You loved two films: Fargo and The Talented Mr. Ripley.", user=U)
add(M, "count wrong: Ridley Scott directed 3 listed? count 2 with three items / one film",
    "Ridley Scott directed two films: Alien, Blade Runner and Gladiator.",
    "Ridley Scott directed only two films: Alien and Blade Runner.",
    "Ridley Scott directed just two films: Alien and Blade Runner.",
    "Ridley Scott directed exactly two films: Alien and Blade Runner.")
add(M, "Toy Story is not a Ridley Scott film; user1 did not rate Titanic",
    "Ridley Scott directed two films: Alien and Blade Runner, and you loved two films: Heat and Titanic.",
    "You loved two films: Heat and Toy Story, and Ridley Scott directed two films: Alien and Heat.", user=U)
add(M, "Michael Mann directed Heat, not Alien; count glue in a relative",
    "Michael Mann, who directed two films, Heat and Alien, is a director.",
    "Heat and Alien are two films Michael Mann directed.",
    "Michael Mann directed two thrillers: Heat and Alien.")
add(M, "negation: Ridley Scott did direct Alien and Blade Runner",
    "Ridley Scott didn't direct two films: Alien and Blade Runner.",
    "Ridley Scott never directed two films: Alien and Blade Runner.")
add(M, "Vangelis scored Blade Runner, not Alien",
    "Vangelis composed the music for two films: Blade Runner and Alien.")

# ---------- 2. "X (1995) is by Y" ----------
add(M, "Heat (1995) is Michael Mann's; Alien is Ridley Scott's; wrong years",
    "Heat (1995) is by James Cameron.", "Heat (1995) is by Ridley Scott and Michael Mann.",
    "Heat (1995) is not by Michael Mann.", "Heat (1995) isn't by Michael Mann.",
    "Heat (1996) is by Michael Mann.", "Heat (1985) is by Michael Mann.",
    "Alien (1995) is by Ridley Scott.", "Alien (1979) is by James Cameron.",
    "Heat (1995) is by Elliot Goldenthal and directed by Ridley Scott.",
    "Heat (1995) is by Michael Mann, and Alien (1979) is by James Cameron.",
    "Titanic (1997) is by Ridley Scott.", "Heat (1995) is also by Ridley Scott.",
    "Heat (1995) is both by Michael Mann and by Ridley Scott.",
    "Heat (1995) is by Michael Mann and stars Tom Hanks.")
add(M, "user:1 did not rate Titanic", "You loved Titanic (1997), which is by James Cameron.",
    "Titanic (1997) is by James Cameron, and you loved it.", user=U)

# ---------- 3. gapped passives ----------
add(M, "Heat: Michael Mann; Alien: Ridley Scott; Titanic: James Cameron; Chinatown: Roman Polanski",
    "Alien was directed by Ridley Scott, Heat by James Cameron.",
    "Alien was directed by James Cameron, Heat by Michael Mann.",
    "Alien was directed by Ridley Scott; Heat by Ridley Scott.",
    "Alien was directed by Ridley Scott, Heat by Michael Mann, Titanic by Roman Polanski.",
    "Alien was directed by Ridley Scott, Heat by Michael Mann and Titanic by Roman Polanski.",
    "Alien was directed by Ridley Scott; Heat by Michael Mann; Chinatown by James Cameron.",
    "Alien was scored by Jerry Goldsmith, Heat by Vangelis.",
    "Alien has music by Jerry Goldsmith, Heat by James Horner.",
    "Alien has music by Jerry Goldsmith; Blade Runner by Jerry Goldsmith.",
    "Alien had music by Jerry Goldsmith, Heat by Ridley Scott.",
    "Alien wasn't directed by Ridley Scott, Heat by Michael Mann.",
    "Alien was not directed by James Cameron, Heat by Michael Mann.",
    "Alien was directed by Ridley Scott, Heat by Michael Mann, who also directed Titanic.",
    "Alien was directed by Ridley Scott, Heat by Michael Mann in 1979.",
    "Alien was directed by Ridley Scott, Heat by Michael Mann, both in 1979.",
    "Alien was directed by Ridley Scott, Heat by Jerry Goldsmith.",
    "Alien was directed by Ridley Scott, Heat by Elliot Goldenthal.",
    "Alien was produced by Ridley Scott, Heat by Michael Mann.",
    "Alien is directed by Ridley Scott, and Heat, by James Cameron.",
    "Alien was directed by Ridley Scott, Heat by Michael Mann, Aliens by Ridley Scott.")
add(M, "the former/the latter swapped or wrong",
    "Try Alien and Heat; the former was directed by Michael Mann, the latter by Ridley Scott.",
    "Try Alien and Heat; the latter was directed by Ridley Scott, the former by Michael Mann.",
    "Try Alien and Heat; the former was directed by Ridley Scott, the latter by Ridley Scott.",
    "Try Heat and Alien; the former was directed by Ridley Scott, the latter by Michael Mann.",
    "Try Alien, Heat and Titanic; the former was directed by Ridley Scott, the latter by Michael Mann.",
    "Alien and Heat: the former was directed by Ridley Scott, the latter by James Cameron.",
    "Alien and Heat are great. The former was directed by Ridley Scott, the latter by James Cameron.",
    "Alien and Heat are great; the former has music by Jerry Goldsmith, the latter by Vangelis.",
    "Alien and Heat are great; the former was directed by James Cameron, the latter by Michael Mann.",
    "You loved Alien and Titanic; the former was directed by Ridley Scott, the latter by James Cameron.",
    "Heat and Alien were directed by Michael Mann and Ridley Scott; the former by Ridley Scott.",
    "Try Alien and Heat; the latter was directed by Michael Mann, the former by James Cameron.", user=U)

# ---------- 4. -isms ----------
A = "art"
add(A, "Les Demoiselles is Cubism, The Starry Night Post-Impressionism, Memory Surrealism, Gleaners Realism, Three Musicians Neo-Cubism",
    "The Starry Night is a Cubist painting.", "Three Musicians is a Cubist painting.",
    "Les Demoiselles is a Neo-Cubist painting.", "Les Demoiselles is a Post-Impressionist painting.",
    "The Starry Night is an Impressionist painting.", "The Persistence of Memory is a Realist painting.",
    "The Gleaners is a Surrealist painting.", "The Gleaners is a Cubist painting.",
    "The Persistence of Memory is a Cubist painting.", "The Starry Night is a Post-Cubist painting.",
    "The Starry Night is a post-impressionist painting by Pablo Picasso.",
    "Les Demoiselles is a Cubist painting by Vincent van Gogh.",
    "Les Demoiselles is not a Cubist painting.", "The Starry Night isn't a Post-Impressionist painting.",
    "Pablo Picasso painted two Cubist paintings: Les Demoiselles and Three Musicians.",
    "Les Demoiselles and The Starry Night are Cubist paintings.",
    "Les Demoiselles is a Cubist and Surrealist painting.",
    "The Persistence of Memory is a Neo-Cubist painting.",
    "Les Demoiselles is a Cubist painting shown at Musée d'Orsay.",
    "The Starry Night, a Post-Impressionist painting, is shown at Musée d'Orsay.",
    "The Gleaners is a Realist painting by Salvador Dalí.",
    "Vincent van Gogh was a Cubist.", "Pablo Picasso painted a Post-Impressionist painting.",
    "The Starry Night is a Post-Impressionist painting from 1907.")
# ---------- 6. show/portray ----------
add(A, "depicts: Dem=women, Star=village, Mem=clocks, Glean=peasants; shown at: MoMA except Gleaners",
    "The Starry Night shows women.", "Les Demoiselles portrays a village.", "The Gleaners shows clocks.",
    "The Persistence of Memory portrays peasants.", "The Gleaners shows peasants at MoMA.",
    "MoMA shows The Gleaners.", "Musée d'Orsay shows The Starry Night.",
    "The Gleaners is shown at MoMA.", "The Starry Night is shown at Musée d'Orsay.",
    "Three Musicians shows women.", "Three Musicians is shown at MoMA.",
    "Women are portrayed in The Starry Night.", "A village is shown in Les Demoiselles.",
    "The Starry Night doesn't show a village.", "The Starry Night portrays a village and clocks.",
    "Les Demoiselles, which shows peasants, is a Cubist painting.",
    "Pablo Picasso's Les Demoiselles shows a village.", "The Starry Night is portrayed in Les Demoiselles.",
    "Les Demoiselles shows women and The Starry Night shows clocks.",
    "Les Demoiselles and The Starry Night show women.",
    "Les Demoiselles portrays women, The Starry Night clocks.",
    "Les Demoiselles depicts women; The Gleaners, clocks.",
    "The Persistence of Memory was shown by Salvador Dalí at Musée d'Orsay.")
C = "clubs"
add(C, "Arsenal: home Emirates, cup Wembley, trains London Colney, shop Armoury, shown on Sky, depicts cannon; "
       "Chelsea: home Stamford Bridge, trains Cobham, shop Megastore, BT, lion; Fulham home Stamford Bridge (graph)",
    "Chelsea shows a cannon.", "Arsenal portrays a lion.", "Arsenal shows a lion.", "Chelsea portrays a cannon.",
    "Sky Sports shows Chelsea.", "BT Sport shows Arsenal.", "Arsenal is shown on BT Sport.",
    "Chelsea shows Sky Sports.", "Arsenal shows BT Sport.", "Fulham shows a cannon.",
    "Arsenal play at Stamford Bridge.", "Arsenal plays at Cobham.", "Chelsea play at the Emirates Stadium.",
    "Chelsea play at Wembley Stadium.", "Fulham play at the Emirates Stadium.",
    "Chelsea played at London Colney.", "Chelsea plays at London Colney.",
    "Arsenal play their home games at Wembley Stadium.", "Arsenal play their cup games at the Emirates Stadium.",
    "Chelsea play their cup games at Wembley Stadium.", "Chelsea play their home games at Cobham.",
    "Arsenal play their home games at London Colney.",
    "Chelsea sell at The Armoury.", "Arsenal sells at Megastore.", "Chelsea sell their products at The Armoury.",
    "Arsenal sell their products at Megastore.", "Fulham sells its products at Megastore.",
    "Fulham sell at Megastore.", "Fulham sell their products at The Armoury.",
    "Arsenal trains at Cobham.", "Chelsea train at London Colney.",
    "Arsenal and Chelsea play at the Emirates Stadium.", "Arsenal and Chelsea play their home games at Stamford Bridge.",
    "Arsenal and Fulham play at Stamford Bridge.",
    "Arsenal doesn't play at the Emirates Stadium.", "Chelsea don't play at Stamford Bridge.",
    "Arsenal never play their home games at the Emirates Stadium.",
    "Arsenal played at Wembley Stadium and Stamford Bridge.",
    "Arsenal, founded by Gus Mears, play at the Emirates Stadium.",
    "Arsenal play at the Emirates Stadium, Chelsea at Cobham.",
    "Arsenal play at the Emirates Stadium; Chelsea at London Colney.",
    "Arsenal was founded by David Danskin, Chelsea by David Danskin.",
    "Arsenal was founded by Gus Mears, Chelsea by David Danskin.",
    "Arsenal was founded by David Danskin; Chelsea by Gus Mears and David Danskin.",
    "Arsenal and Chelsea: the former was founded by Gus Mears, the latter by David Danskin.",
    "Arsenal and Chelsea; the former was founded by David Danskin, the latter by David Danskin.",
    "Arsenal and Chelsea are clubs; the latter was founded by David Danskin, the former by Gus Mears.",
    "The Emirates Stadium is where Chelsea play.", "Stamford Bridge is where Arsenal play.",
    "Arsenal play at the Emirates Stadium in 1905.", "Arsenal play at the Emirates Stadium and train at Cobham.",
    "Chelsea play at Stamford Bridge and sell their products at The Armoury.",
    "Arsenal playing at Stamford Bridge.", "Arsenal are playing at Stamford Bridge.",
    "Arsenal play for Chelsea.", "Arsenal play to Chelsea.", "Arsenal play against Chelsea at the Emirates Stadium.",
    "Arsenal plays its home games at the Emirates Stadium and at Stamford Bridge.",
    "Arsenal play at Chelsea.",
    "Chelsea plays its home games at the Emirates Stadium.",
    "Two clubs play at the Emirates Stadium: Arsenal and Chelsea.",
    "Arsenal play two stadiums: Emirates Stadium and Stamford Bridge.")
ARGUABLE += [
    (C, None, "Arsenal play at Wembley Stadium.", "ARGUABLE: Arsenal plays its cup games at Wembley"),
    (C, None, "Arsenal play at London Colney.", "ARGUABLE: Arsenal trains there"),
    (C, None, "Chelsea sells at Megastore.", "TRUE: sells its products at Megastore"),
    (C, None, "Fulham play at Stamford Bridge.", "TRUE in graph"),
    (M, None, "Ridley Scott directed two films: Alien and Blade Runner.", "ARGUABLE: he directed Gladiator too ('two' as exact count?)"),
    (M, U, "You loved two films: Heat and Toy Story.", "TRUE-ish: rated 4"),
    (M, U, "You loved two films: Heat and Pulp Fiction.", "ARGUABLE: Pulp Fiction rated 3"),
    (A, None, "MoMA shows Les Demoiselles.", "TRUE"),
    (M, None, "Alien was directed by Ridley Scott, Blade Runner by Ridley Scott.", "TRUE"),
]


def g_names():
    rel = [kgx.Relation("lends_name", phrase="lends its name to", inverse_phrase="is named after",
                        domain=("company",), range=("stadium",)),
           kgx.Relation("owes_name", phrase="owes its name to", inverse_phrase="gave its name to",
                        domain=("club",), range=("place",)),
           kgx.Relation("takes_name", phrase="takes its name from", inverse_phrase="names",
                        domain=("team",), range=("place",))]
    ents = [kgx.Entity("co:emi", kind="item", type="company", label="Emirates", attrs={"year": 1985}),
            kgx.Entity("co:eti", kind="item", type="company", label="Etihad", attrs={"year": 2003}),
            kgx.Entity("s:emi", type="stadium", label="Emirates Stadium"),
            kgx.Entity("s:eti", type="stadium", label="Etihad Stadium"),
            kgx.Entity("c:ars", kind="item", type="club", label="Arsenal", attrs={"year": 1886}),
            kgx.Entity("pl:wool", type="place", label="the Royal Arsenal"),
            kgx.Entity("t:che", kind="item", type="team", label="Chelsea", attrs={"year": 1905}),
            kgx.Entity("pl:che", type="place", label="Chelsea Borough")]
    tr = [("co:emi", "lends_name", "s:emi"), ("co:eti", "lends_name", "s:eti"),
          ("c:ars", "owes_name", "pl:wool"), ("t:che", "takes_name", "pl:che")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rel)


GRAPHS["names"] = g_names
arg("names", "object dropped: literally entailed (it lends/owes/takes *something*), though it reads as money; 'lends its name to' is not lending (money) to; 'owes its name to' is not a debt; "
             "'takes its name from' is not taking from",
    "Emirates lends to Emirates Stadium.", "Emirates lent to Emirates Stadium.",
    "Etihad lends to Etihad Stadium.", "Emirates lends money to Emirates Stadium.",
    "Arsenal owes to the Royal Arsenal.", "Arsenal owes money to the Royal Arsenal.",
    "Arsenal owed to the Royal Arsenal.", "Chelsea takes from Chelsea Borough.",
    "Chelsea took from Chelsea Borough.", "Emirates lends its money to Emirates Stadium.",
    "Emirates lend their money to Emirates Stadium.")
add("names", "wrong object", "Emirates lends to Etihad Stadium.", "Etihad lend their name to Emirates Stadium.")
add(M, "genre/kind word glued by the count: Alien and Blade Runner are not comedies/westerns/documentaries/animated",
    "Ridley Scott directed two comedies: Alien and Blade Runner.",
    "Ridley Scott directed two westerns: Alien and Blade Runner.",
    "Ridley Scott directed two documentaries: Alien and Blade Runner.",
    "Ridley Scott directed two animated films: Alien and Blade Runner.",
    "Ridley Scott directed two musicals: Alien and Blade Runner.",
    "Ridley Scott directed two French films: Alien and Blade Runner.",
    "Ridley Scott directed two romance films: Alien and Blade Runner.",
    "Ridley Scott directed two short films: Alien and Blade Runner.",
    "Ridley Scott directed two 1995 films: Alien and Blade Runner.",
    "Ridley Scott directed two TV series: Alien and Blade Runner.",
    "Ridley Scott directed two children's films: Alien and Blade Runner.",
    "Ridley Scott directed two films, Alien and Alien.",
    "You loved two comedies: Heat and Fargo.", "You loved two animations: Heat and Alien.",
    "You loved two westerns: Heat and Alien.", "You loved two documentaries: Heat and Alien.",
    "You loved two films: Psycho and Toys.", "You hated two films: Heat and Toy Story.",
    "You disliked two films: Heat and Alien.", "You gave two films one star: Heat and Alien.",
    "You rated two films 2 stars: Heat and Alien.", user=U)
add(M, "gapped passive with other relations: Alien written by Dan O'Bannon, not Ridley Scott; Heat shot by Dante Spinotti",
    "Alien was written by Ridley Scott, Heat by Michael Mann.",
    "Alien was written by Michael Mann, Heat by Michael Mann.",
    "Heat was directed by Michael Mann, Alien by Michael Mann.",
    "Heat was directed by Michael Mann, the latter by Ridley Scott.",
    "Heat and Alien were directed by Michael Mann, the latter by Ridley Scott.",
    "Heat and Alien are both by Michael Mann; the former was directed by Michael Mann, the latter by Ridley Scott.",
    "Heat was directed by Michael Mann, and Alien by Michael Mann.",
    "Alien, directed by Ridley Scott, Heat by James Cameron.",
    "Alien was directed by Ridley Scott in 1979, Heat by James Cameron.",
    "Alien was directed by Ridley Scott, Heat by James Cameron, and Titanic by James Cameron.")
add(A, "hyphenated -ist forms with no such movement in the graph / wrong",
    "The Gleaners is a Neo-Realist painting.", "Les Demoiselles is a Proto-Cubist painting.",
    "The Starry Night is a Neo-Impressionist painting.", "Les Demoiselles is a Post-Cubist painting.",
    "The Persistence of Memory is a Post-Surrealist painting.", "Three Musicians is a Post-Cubist painting.",
    "The Starry Night is a Post Impressionist painting by Salvador Dalí.",
    "Post-Impressionist Pablo Picasso painted Les Demoiselles.",
    "Cubist painter Vincent van Gogh painted The Starry Night.",
    "The Gleaners is a Realist painting shown at MoMA.",
    "The Starry Night is a Post-Impressionist painting and Les Demoiselles a Surrealist one.")


def g_business():
    rel = [kgx.Relation("lost_title", phrase="lost its title to", inverse_phrase="took the title from",
                        domain=("club",), range=("club",)),
           kgx.Relation("sold_stake", phrase="sold its stake to", inverse_phrase="bought a stake from",
                        domain=("company",), range=("company",)),
           kgx.Relation("gave_name", phrase="gives its name to", inverse_phrase="is named after",
                        domain=("company",), range=("prize",)),
           kgx.Relation("loaned", phrase="loaned its collection to", inverse_phrase="borrowed from",
                        domain=("museum",), range=("museum",))]
    ents = [kgx.Entity("c:ars", kind="item", type="club", label="Arsenal", attrs={"year": 1886}),
            kgx.Entity("c:che", kind="item", type="club", label="Chelsea", attrs={"year": 1905}),
            kgx.Entity("co:acme", kind="item", type="company", label="Acme Corp", attrs={"year": 1950}),
            kgx.Entity("co:big", kind="item", type="company", label="Bigco", attrs={"year": 1960}),
            kgx.Entity("pz:acme", type="prize", label="the Acme Prize"),
            kgx.Entity("mu:tate", kind="item", type="museum", label="Tate Modern", attrs={"year": 2000}),
            kgx.Entity("mu:moma", kind="item", type="museum", label="MoMA", attrs={"year": 1929})]
    tr = [("c:ars", "lost_title", "c:che"), ("co:acme", "sold_stake", "co:big"), ("co:acme", "gave_name", "pz:acme"),
          ("mu:tate", "loaned", "mu:moma")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rel)


GRAPHS["business"] = g_business
arg("business", "object dropped: literally entailed; 'lost its title to' is not losing a match to; 'sold its stake to' is not being sold to / selling "
                "(the company) to; 'gives its name to' is not giving (a gift) to; 'loaned its collection to' is not "
                "lending (money) to",
    "Arsenal lost to Chelsea.", "Arsenal loses to Chelsea.", "Arsenal lost to Chelsea in 1905.",
    "Acme Corp sold to Bigco.", "Acme Corp sells to Bigco.", "Acme Corp sold itself to Bigco.",
    "Acme Corp gives to the Acme Prize.", "Acme Corp gave to the Acme Prize.",
    "Tate Modern loaned to MoMA.", "Tate Modern loans to MoMA.")


def g_turns():
    rel = [kgx.Relation("turned_back", phrase="turned its back on", inverse_phrase="was abandoned by",
                        domain=("club",), range=("sponsor",)),
           kgx.Relation("sights", phrase="set its sights on", inverse_phrase="was targeted by",
                        domain=("club",), range=("player",)),
           kgx.Relation("attention", phrase="turned its attention to", inverse_phrase="drew the attention of",
                        domain=("club",), range=("player",)),
           kgx.Relation("kit", phrase="gets its kit from", inverse_phrase="supplies the kit of",
                        domain=("club",), range=("sponsor",))]
    ents = [kgx.Entity("c:ars", kind="item", type="club", label="Arsenal", attrs={"year": 1886}),
            kgx.Entity("c:che", kind="item", type="club", label="Chelsea", attrs={"year": 1905}),
            kgx.Entity("sp:nike", type="sponsor", label="Nike"),
            kgx.Entity("sp:adi", type="sponsor", label="Adidas"),
            kgx.Entity("pl:kane", type="player", label="Harry Kane"),
            kgx.Entity("pl:rice", type="player", label="Declan Rice")]
    tr = [("c:ars", "turned_back", "sp:nike"), ("c:ars", "kit", "sp:adi"), ("c:che", "sights", "pl:kane"),
          ("c:che", "attention", "pl:rice")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rel)


GRAPHS["turns"] = g_turns
add("turns", "'turned its back on' (abandoned) is not 'turned on' (attacked); 'set its sights on' (targeted for "
             "signing) is not 'set on' (attacked); 'gets its kit from' is not 'gets from'",
    "Arsenal turned on Nike.", "Arsenal turns on Nike.", "Arsenal turn on Nike.",
    "Chelsea sets on Harry Kane.")
arg("turns", "headline 'Chelsea set on Kane' = determined to sign him (true-ish); 'set on' = attacked (false)",
    "Chelsea set on Harry Kane.")
ARGUABLE += [("turns", None, "Chelsea turned to Declan Rice.", "ARGUABLE: 'turned to' = sought help from"),
             ("turns", None, "Arsenal gets from Adidas.", "ARGUABLE: object dropped")]


def g_losses():
    rel = [kgx.Relation("loses_players", phrase="loses its best players to", inverse_phrase="signs players from",
                        domain=("club",), range=("club",)),
           kgx.Relation("lost_manager", phrase="lost its manager to", inverse_phrase="poached the manager of",
                        domain=("club",), range=("club",)),
           kgx.Relation("revenge", phrase="took its revenge on", inverse_phrase="was avenged by",
                        domain=("club",), range=("club",))]
    ents = [kgx.Entity("c:ars", kind="item", type="club", label="Arsenal", attrs={"year": 1886}),
            kgx.Entity("c:che", kind="item", type="club", label="Chelsea", attrs={"year": 1905}),
            kgx.Entity("c:ful", kind="item", type="club", label="Fulham", attrs={"year": 1879}),
            kgx.Entity("c:bre", kind="item", type="club", label="Brentford", attrs={"year": 1889})]
    rel += [kgx.Relation("loses_fans", phrase="loses its young fans to", inverse_phrase="wins young fans from",
                         domain=("club",), range=("club",)),
            kgx.Relation("lost_striker", phrase="lost its star striker to", inverse_phrase="signed the star striker of",
                         domain=("club",), range=("club",))]
    tr = [("c:ful", "loses_players", "c:che"), ("c:bre", "lost_manager", "c:ars"), ("c:ars", "revenge", "c:che"),
          ("c:bre", "loses_fans", "c:che"), ("c:ful", "lost_striker", "c:ars")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rel)


GRAPHS["losses"] = g_losses
add("losses", "'loses its best players to' / 'lost its manager to' (transfers) is not losing (a match) to",
    "Fulham lose to Chelsea.", "Fulham loses to Chelsea.", "Fulham lost to Chelsea.",
    "Brentford lost to Arsenal.", "Brentford loses to Arsenal.", "Brentford lose to Arsenal.",
    "Brentford lose to Chelsea.", "Brentford loses to Chelsea.", "Brentford lost to Chelsea.",
    "Fulham lost to Arsenal.", "Fulham loses to Arsenal.", "Fulham lose to Arsenal.",
    "Fulham lost to Arsenal and Chelsea.", "Brentford, founded in 1889, lost to Arsenal.")
ARGUABLE += [("losses", None, "Arsenal took on Chelsea.", "ARGUABLE: 'took on' = confronted")]


def _kept(name):
    import importlib.util
    base = os.path.join(CODE, "tests", "data", "sets") if CODE and os.path.isdir(os.path.join(CODE, "tests", "data", "sets")) \
        else os.path.join(os.path.dirname(os.path.abspath(kgx.__file__)), "..", "tests", "data", "sets")
    if not os.path.isdir(base):
        base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "sets")
    spec = importlib.util.spec_from_file_location(f"rt92_{name}", os.path.join(base, name, "graph.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.build


GRAPHS["blind35"] = lambda: _kept("blind35")()
GRAPHS["blind36"] = lambda: _kept("blind36")()
add("blind36", "home grounds: Arsenal Emirates, Chelsea Stamford Bridge, Man United Old Trafford, Milan clubs San Siro",
    "Arsenal play at Old Trafford.", "Chelsea play at the Emirates Stadium.", "Everton plays at Anfield.",
    "Manchester City play at Old Trafford.", "Manchester United play at the Etihad Stadium.",
    "AC Milan and Inter Milan play at Old Trafford.", "Celtic play at Ibrox Stadium.",
    "Rangers play their home games at Celtic Park.", "Real Madrid play at the Metropolitano.",
    "Atlético Madrid play at the Santiago Bernabéu.", "Arsenal and Chelsea play at Stamford Bridge.",
    "Bayern Munich play at San Siro.", "Arsenal play at Stamford Bridge, Chelsea at the Emirates Stadium.",
    "Chelsea was founded by David Danskin, Arsenal by Gus Mears.",
    "Arsenal was founded by David Danskin; Chelsea by David Danskin.",
    "Arsenal and Chelsea; the former was founded by Gus Mears, the latter by David Danskin.",
    "Two clubs play at San Siro: AC Milan and Bayern Munich.",
    "Inter Milan play at Allianz Arena.", "Arsenal don't play at the Emirates Stadium.")
add("blind35", "depicts: Starry Night night sky, Demoiselles nude, Guernica war, Kiss lovers, Memory landscape; movements",
    "The Starry Night shows war.", "Guernica portrays lovers.", "The Kiss shows war.",
    "Les Demoiselles d'Avignon portrays a seascape.", "The Persistence of Memory shows mythology.",
    "Guernica is a Surrealist painting.", "The Starry Night is a Cubist painting.",
    "Guernica is a Post-Impressionist painting.", "Sunflowers is a Cubist painting.",
    "The Persistence of Memory is a Cubist painting.", "Mona Lisa (1503) is by Vincent van Gogh.",
    "Guernica (1937) is by Salvador Dalí.", "The Scream (1893) is by Gustav Klimt.",
    "Mona Lisa (1504) is by Leonardo da Vinci.",
    "The Starry Night was painted by Vincent van Gogh, Guernica by Salvador Dalí.",
    "Guernica was painted by Pablo Picasso; The Kiss by Edvard Munch.",
    "Pablo Picasso painted two Cubist paintings: Guernica and The Persistence of Memory.",
    "Pablo Picasso painted two paintings: Guernica and The Kiss.",
    "Vincent van Gogh painted three paintings: The Starry Night, Sunflowers and The Scream.",
    "The Starry Night and Guernica; the former was painted by Pablo Picasso, the latter by Vincent van Gogh.")


def main():
    checkers = {}
    acc = []

    def chk(g, text, user):
        if g not in checkers:
            checkers[g] = ConsistencyChecker(GRAPHS[g](), outside_evidence=True).build()
        try:
            return checkers[g].check(text, (), user).supported
        except Exception as e:  # a crash is not an acceptance
            print("ERROR", g, text, repr(e))
            return False
    for g, user, text, why in CASES:
        if chk(g, text, user):
            acc.append((g, user, text, why))
            print(f"ACCEPTED [{g}] {text!r} (user={user}) -- {why}")
    print("-- arguable / true (not counted):")
    for g, user, text, why in ARGUABLE:
        print("  ", "accepted" if chk(g, text, user) else "rejected", repr(text), "--", why)
    print(f"accepted {len(acc)} of {len(CASES)}")


if __name__ == "__main__":
    main()
