# ruff: noqa: E741
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
"""Red team 91: closing soak of the readings of 7ed5396..HEAD, in combination. Each counted text is FALSE."""
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from test_consistency_domain_words import (_television, _roles, _podcasts, _museums, _guests_and_places,
                                           _albums, _topics)

CASES = []  # (graph, user, text, why false)


def add(g, why, *texts, user=None):
    for t in texts:
        CASES.append((g, user, t, why))


# ---------------- television graph ----------------
SHOWS = {  # title: (year, creators, runner, stars, network, country, genre)
    "Fleabag": (2016, ["Phoebe Waller-Bridge"], None, ["Phoebe Waller-Bridge"], "BBC Three", "the UK", "comedy"),
    "Sherlock": (2010, ["Steven Moffat", "Mark Gatiss"], "Steven Moffat", ["Benedict Cumberbatch", "Martin Freeman"], "BBC One", "the UK", "crime drama"),
    "The Wire": (2002, ["David Simon"], "David Simon", ["Dominic West"], "HBO", "the US", "crime drama"),
    "Money Heist": (2017, ["Álex Pina"], "Álex Pina", ["Itziar Ituño"], "Netflix", "Spain", "thriller"),
    "Killing Eve": (2018, ["Phoebe Waller-Bridge"], "Phoebe Waller-Bridge", ["Sandra Oh", "Jodie Comer"], "BBC America", "the UK", "thriller"),
    "The Crown": (2016, ["Peter Morgan"], None, ["Claire Foy"], "Netflix", "the UK", "drama"),
    "Succession": (2018, ["Jesse Armstrong"], "Jesse Armstrong", ["Brian Cox"], "HBO", "the US", "drama"),
    "Dark": (2017, ["Baran bo Odar"], None, ["Lisa Vicari"], "Netflix", "Germany", "science fiction"),
}
RATED = {"Fleabag": 5, "Sherlock": 4, "Dark": 2, "The Crown": 1}
PEOPLE = sorted({p for s in SHOWS.values() for p in s[1] + s[3]})
NETS = sorted({s[4] for s in SHOWS.values()})

# generated: two new readings in one sentence, the second false
for t, (y, cr, run, st, net, cty, gen) in SHOWS.items():
    wrong_net = [n for n in NETS if n != net][0]
    wrong_year = y + 1
    wrong_runner = [p for p in ("David Simon", "Peter Morgan", "Brian Cox", "Steven Moffat") if p != run][0]
    wrong_star = [p for p in PEOPLE if p not in st][0]
    wrong_cr = [p for p in PEOPLE if p not in cr][0]
    add("tv", f"{t} aired on {net}, not {wrong_net}",
        f"{t}, a TV series created by {cr[0]}, first aired on {wrong_net}.",
        f"{t}, which {cr[0]} created, was originally broadcast on {wrong_net}.",
        f"The television series {t} was shown on {wrong_net} and {net}.",
        f"{t} was screened on {net} and later on {wrong_net}.",
        f"{t} first aired on {net}, and {cr[0]}'s other show {t} was broadcast on {wrong_net}.",
        f"{t} originally aired on {wrong_net} in {y}.")
    add("tv", f"{t} started in {y}", f"{t} launched in {wrong_year} on {net}.",
        f"{t}, which began in {wrong_year}, was shown on {net}.",
        f"{t} is a {wrong_year} TV series.", f"{t} is a {wrong_year} television series created by {cr[0]}.",
        f"{t}, the {wrong_year} series by {cr[0]}, aired on {net}.",
        f"{t} started in {y} and began airing on {wrong_net}.")
    add("tv", f"{t}'s showrunner is {run}", f"{t}'s showrunner is {wrong_runner}.",
        f"{t}, whose showrunner is {wrong_runner}, aired on {net}.",
        f"{wrong_runner} is the showrunner of {t} and {cr[0]} created it.",
        f"{cr[0]} created {t}, and {wrong_runner} is its showrunner.",
        f"{t} first aired on {net}; its showrunner is {wrong_runner}.")
    add("tv", f"{t} stars {st}", f"{wrong_star} plays the lead in {t}, which first aired on {net}.",
        f"{t}, a TV series from {cty}, stars {wrong_star}.",
        f"{t} stars {st[0]} and {wrong_star}.", f"{st[0]} and {wrong_star} play the leads in {t}.",
        f"{wrong_star} plays the lead role in {t}, a {y} TV series.")
    add("tv", f"{t} created by {cr}", f"{t}, which {cr[0]} and {wrong_cr} created, aired on {net}.",
        f"{t}, which {wrong_cr} and {cr[0]} created, first aired on {net}.",
        f"{t} is a television series which {wrong_cr} created.",
        f"{t}, from {st[0]} director {wrong_cr}, aired on {net}.")
    if run is None:
        add("tv", f"{t} has no showrunner in the graph", f"{t}'s showrunner is {cr[0]}.",
            f"{cr[0]} is the showrunner of {t}.", f"{t}, whose showrunner is {cr[0]}, first aired on {net}.")
    for p in PEOPLE:
        if p not in cr and p not in st and p != run:
            add("tv", f"{p} has no relation to {t}", f"{p} is behind {t}.")
            break

for t, r in RATED.items():
    y, cr, run, st, net, cty, gen = SHOWS[t]
    other = [x for x in SHOWS if x not in RATED][0]
    add("tv", f"Ana rated {t} {r}; did not watch {other}", f"You watched {t} and {other}, both TV series from {cty}.",
        f"You watched {other}, which first aired on {net}.",
        f"You rated {t} {r + 1 if r < 5 else r - 1} stars.",
        f"You gave {t}, a TV series which {cr[0]} created, {r + 1 if r < 5 else r - 1} stars.",
        f"You watched {t}, which first aired on {'HBO' if net != 'HBO' else 'Netflix'}.", user="user:ana")

add("tv", "Fleabag's showrunner: none; Killing Eve's is PWB, not Sherlock's",
    "Phoebe Waller-Bridge is the showrunner of Fleabag and Killing Eve.",
    "Phoebe Waller-Bridge is the showrunner of both Fleabag and Killing Eve.",
    "Phoebe Waller-Bridge created Fleabag and Killing Eve and is the showrunner of both.",
    "Phoebe Waller-Bridge created Killing Eve; she is also its star.",
    "Phoebe Waller-Bridge plays the lead in Fleabag and Killing Eve.",
    "Phoebe Waller-Bridge plays the lead in both Fleabag and Killing Eve.",
    "Killing Eve's showrunner is Phoebe Waller-Bridge, who also stars in it.",
    "Fleabag stars Phoebe Waller-Bridge, who is also the showrunner.",
    "Killing Eve first aired on BBC America; Fleabag did too.",
    "Killing Eve first aired on BBC Three, and so did Fleabag.",
    "Fleabag and Killing Eve both first aired on BBC Three.",
    "Fleabag and Killing Eve were both broadcast on BBC America.")
add("tv", "Sherlock: Moffat is the showrunner (not Gatiss); stars Cumberbatch/Freeman",
    "Mark Gatiss is the showrunner of Sherlock.", "Sherlock's showrunner is Mark Gatiss.",
    "Sherlock, which Steven Moffat and Mark Gatiss created, has showrunner Mark Gatiss.",
    "Steven Moffat and Mark Gatiss created Sherlock, and the latter is its showrunner.",
    "Sherlock, which Steven Moffat and Mark Gatiss created, stars Steven Moffat.",
    "Sherlock, which Steven Moffat and Mark Gatiss created, first aired on BBC Three.",
    "Sherlock, which Benedict Cumberbatch and Martin Freeman created, first aired on BBC One.",
    "Sherlock, which Steven Moffat and Benedict Cumberbatch created, first aired on BBC One.",
    "Benedict Cumberbatch and Martin Freeman play the leads in Sherlock, which Mark Gatiss created and runs.",
    "Benedict Cumberbatch plays the lead in Sherlock and The Wire.",
    "Martin Freeman plays the lead in Sherlock, which Steven Moffat created; he also created it.",
    "Steven Moffat, who created Sherlock, also created Fleabag.",
    "Sherlock showrunners Steven Moffat and Mark Gatiss ...",
    "Showrunners Steven Moffat and Mark Gatiss created Sherlock.",
    "Sherlock's showrunners are Steven Moffat and Mark Gatiss.")
add("tv", "countries: Sherlock UK, The Wire US, Money Heist Spain, Dark Germany",
    "Sherlock and The Wire are both TV series from the UK.", "The Wire is a TV series out of the UK.",
    "The UK is home to The Wire.", "The UK is home to Sherlock and The Wire.", "Dark is a TV series from Holland.",
    "Holland is home to Dark.", "Money Heist, a TV series out of the USA, aired on Netflix.",
    "The USA is home to Money Heist.", "USA is home to Dark.", "Germany is home to Money Heist and Dark.",
    "The Wire, a series out of the US, first aired on Netflix.", "Dark is from the UK too.",
    "Sherlock is from the UK, and so is The Wire.", "Sherlock is from the UK; The Wire is too.",
    "The Wire was produced in the UK.", "Succession was produced in the UK and first aired on HBO.")
add("tv", "genres: Dark sci-fi, The Crown drama; crime drama only Sherlock/The Wire",
    "Dark is a type of crime drama.", "The Crown is a type of thriller.", "Crime drama is a type of Dark.",
    "Dark, a science fiction series, mixes science fiction and drama.", "Dark mixes science fiction and thriller.",
    "The Crown blends drama with thriller.", "Money Heist combines thriller and comedy.",
    "Sherlock is a type of comedy that first aired on BBC One.", "Fleabag is a comedy and a drama.",
    "The Wire, a crime drama, was created by Jesse Armstrong.")
add("tv", "negations of true facts", "Sherlock didn't first air on BBC One.", "The Wire's showrunner isn't David Simon.",
    "Steven Moffat and Mark Gatiss did not create Sherlock.", "Fleabag wasn't broadcast on BBC Three.",
    "Dark did not launch in 2017.", "The Crown isn't a 2016 TV series.", "Money Heist is not from Spain.",
    "Spain is not home to Money Heist.", "David Simon is not behind The Wire.", "Claire Foy doesn't play the lead in The Crown.",
    "Sherlock, which Steven Moffat and Mark Gatiss did not create, first aired on BBC One.")
add("tv", "numbers: counts/years", "Sherlock has three creators.", "Sherlock, which two people created, has three stars.",
    "Killing Eve stars three actors.", "Netflix aired four series: Money Heist, The Crown and Dark.",
    "HBO first aired The Wire in 2003.", "The Wire first aired on HBO in 2003.", "Dark premiered on Netflix in 2016.",
    "Succession launched in 2018 and The Wire in 2001.", "Both Succession and Killing Eve began in 2017.",
    "The Crown and Fleabag both launched in 2017.", "Netflix is home to Dark.")
add("tv", "pronouns: it/its pointing to the wrong show", "Sherlock first aired on BBC One; its showrunner is David Simon.",
    "The Wire launched in 2002. It stars Benedict Cumberbatch.", "Dark began in 2017, and its creator is Peter Morgan.",
    "Killing Eve first aired on BBC America, and it was created by Jesse Armstrong.",
    "Fleabag and The Wire aired on BBC Three and HBO; the latter stars Brian Cox.",
    "Sherlock and Succession first aired on BBC One and HBO; the former's showrunner is Jesse Armstrong.",
    "Succession, which Jesse Armstrong created, stars Brian Cox; he also created The Wire.")

# ---------------- movies (example) ----------------
add("movies", "Heat: 1995, Michael Mann (director/writer), Pacino, De Niro, Warner Bros.; Titanic: James Cameron",
    "Heat, from Titanic director Michael Mann, stars Al Pacino.",
    "Heat, from Titanic director James Cameron, stars Al Pacino.",
    "Titanic, from Heat director Michael Mann, stars Kate Winslet.",
    "Aliens, from Heat director James Cameron, stars Sigourney Weaver.",
    "From Titanic director James Cameron comes Heat.",
    "Heat is a 1995 film from Titanic director James Cameron.",
    "Al Pacino plays the lead in Heat and Titanic.", "Kate Winslet plays the lead in Heat.",
    "Al Pacino and Kate Winslet play the leads in Heat.",
    "Heat, the 1995 film by Michael Mann, stars Kate Winslet.", "Heat, the 1997 film by Michael Mann, stars Al Pacino.",
    "Titanic, the 1997 film by Michael Mann, stars Kate Winslet.", "Titanic, the 1953 film by James Cameron, ...",
    "Titanic is a 1953 film by James Cameron.", "Titanic is a 1997 film by Jean Negulesco.",
    "Heat is a 1995 film, and so is Titanic.", "Heat and Titanic are both 1995 films.",
    "Heat is a 1995 film by James Cameron.", "Heat is a 1995 film; it stars Kate Winslet.",
    "Michael Mann is behind Heat and Titanic.", "Michael Mann is behind both Heat and Casino.",
    "Al Pacino is behind Heat.", "Robert De Niro is behind Casino.", "Elliot Goldenthal is behind Heat.",
    "Warner Bros. put out Titanic.", "Heat was put out by 20th Century Fox.", "Titanic was put out by Warner Bros.",
    "Heat was released by 20th Century Fox.", "Warner Bros. released Titanic.",
    "Heat, which Michael Mann and James Cameron directed, stars Al Pacino.",
    "Heat, which Michael Mann and Al Pacino wrote, ...", "Titanic, which James Cameron and Michael Mann produced, ...",
    "Heat was first shown in 1996.", "Heat launched in 1996.", "Heat was screened in 1997.",
    "Heat is a type of comedy.", "Heat mixes crime and comedy.", "Heat blends action with romance.",
    "Titanic combines drama and thriller.", "Heat is electronic music.",
    "James Cameron, who directed Titanic, also directed Heat.", "James Cameron plays the lead in Titanic.",
    "Bill Paxton plays the lead in Aliens.", "Heat is a 1995 film from the UK.", "The USA is home to Heat.")
for txt in ["You rated Heat, the 1995 film by Michael Mann, 5 stars.", "You gave Heat, from Titanic director Michael Mann, 4 stars.",
            "You loved Titanic, the 1997 film by James Cameron.", "You rated Heat and The Abyss, both James Cameron films, 4 stars.",
            "You rated The Abyss, from Titanic director James Cameron, 5 stars.",
            "You gave Heat 4 stars; you gave Titanic 4 stars too.", "You rated Heat 4 stars, and Casino too.",
            "You rated Heat, which Al Pacino and Kate Winslet play the leads in, 4 stars.",
            "You rated Heat, a 1996 film, 4 stars.", "You rated Heat, a 1995 film by James Cameron, 4 stars.",
            "You rated both Heat and Titanic 4 stars.", "You rated Heat 4 stars; Michael Mann is behind it and Titanic.",
            "You gave The Abyss, which James Cameron and Michael Mann directed, 4 stars.",
            "You gave 4 stars to The Abyss, a 1989 film from Heat director James Cameron."]:
    add("movies", "user:1 rated Heat 4 and The Abyss 4; not Titanic/Casino; Heat is Mann's 1995 film", txt, user="user:1")

# ---------------- roles ----------------
add("roles", "Trebek hosts Jeopardy; Cowell judges Idol; Office aired NBC+CC, premiered NBC; Jeopardy quiz show",
    "Jeopardy hosts Alex Trebek and judges Simon Cowell.", "Alex Trebek hosts Jeopardy and judges American Idol.",
    "Hosts Alex Trebek and Simon Cowell ...", "American Idol, a TV show, judges Simon Cowell.",
    "Jeopardy's host is Simon Cowell.", "Alex Trebek is the judge of Jeopardy.", "Simon Cowell is the host of American Idol.",
    "The Office first aired on Comedy Central and NBC.", "The Office originally aired on Comedy Central.",
    "The Office was first broadcast on Comedy Central.", "The Office, a TV sitcom, first aired on Comedy Central.",
    "The Office is a type of quiz show.", "Jeopardy is a type of sitcom.", "Quiz show is a type of Jeopardy.",
    "Jeopardy and The Office are both quiz shows.", "The Office premiered on NBC and Comedy Central.",
    "Judges Simon Cowell and Alex Trebek ...", "American Idol judges include Alex Trebek.",
    "Jeopardy, which Alex Trebek hosts, is a sitcom.", "Alex Trebek, Jeopardy's host, also hosts American Idol.",
    "Alex Trebek is behind Jeopardy.", "Simon Cowell is behind American Idol.",
    "The Office first aired on NBC in 2006.", "Jeopardy launched in 1985.", "Jeopardy is a 1985 TV show.",
    "The Office is a 2005 TV show from Titanic director James Cameron.")

# ---------------- podcasts ----------------
add("pods", "Rewind: 2012, Mira, UK, Kestrel; Kitchen Table: 2018, Tom, Ireland, Driftwood",
    "Rewind and The Kitchen Table are both podcasts from the UK.", "Rewind, launched in 2012, is from Ireland.",
    "Rewind launched in 2012 out of Ireland.", "Rewind is a show out of the UK launched in 2018.",
    "The UK is home to Rewind and The Kitchen Table.", "Ireland is home to both Rewind and The Kitchen Table.",
    "The UK is home to Rewind, which Tom Hale hosts.", "Ireland is home to Rewind, which Mira Lindqvist hosts.",
    "Rewind was released by Kestrel Audio and Driftwood Media.", "Kestrel Audio put out Rewind and The Kitchen Table.",
    "Rewind was put out by Kestrel Audio in 2018.", "Kestrel Audio is behind Rewind.",
    "Kestrel Audio, which put out Rewind, also released The Kitchen Table.",
    "Rewind began in 2012 and The Kitchen Table began in 2012 too.", "Rewind started in 2012; so did The Kitchen Table.",
    "Rewind launched in 2012 on Driftwood Media.", "Mira Lindqvist launched Rewind in 2012.",
    "Tom Hale launched Rewind.", "Rewind, a podcast from the UK, is hosted by Tom Hale.",
    "Rewind hosts Mira Lindqvist.", "Hosts Mira Lindqvist and Tom Hale ...",
    "Rewind is from the USA.", "Rewind is a podcast out of Holland.", "Holland is home to The Kitchen Table.",
    "The Kitchen Table, Tom Hale's show about Rewind, ...", "Rewind, Tom Hale's show, launched in 2012.",
    "Rewind, Mira Lindqvist's show from Ireland, launched in 2012.", "Rewind, Mira Lindqvist's show, launched in 2018.",
    "Rewind didn't launch in 2012.", "The UK isn't home to Rewind.", "Rewind was not released by Kestrel Audio.",
    "Rewind launched in 2012 and was released by Driftwood Media.", "Driftwood Media released Rewind, which launched in 2012.",
    "Rewind launched in 2 012.", "Rewind launched in the 2010s, in 2013.")

# ---------------- museums / guests ----------------
add("museums", "Orrin Hall brutalism 1965, Stonegate neoclassicism 1923",
    "Orrin Hall and Stonegate Museum are both brutalist buildings.", "Orrin Hall is a brutalist and neoclassical building.",
    "Stonegate Museum, a neoclassical gallery, is a brutalist building too.", "Orrin Hall is a neoclassical gallery.",
    "Stonegate Museum is a brutalist gallery.", "Orrin Hall, a brutalist building, opened in 1923.",
    "Orrin Hall is a 1923 brutalist building.", "Stonegate Museum is a 1965 neoclassical museum.",
    "Orrin Hall is not a brutalist building.", "Stonegate Museum is a neoclassical building, and so is Orrin Hall.",
    "Orrin Hall is a brutalist building; it is also neoclassical.", "Orrin Hall mixes brutalism and neoclassicism.",
    "Orrin Hall blends brutalist and neoclassical styles.", "Brutalism is a type of Orrin Hall.",
    "Stonegate Museum is a type of brutalism.", "Orrin Hall is a brutal building.", "Stonegate Museum is a classical building.",
    "Orrin Hall, the brutalist building, opened in 1966.")
add("guests", "Keiko guest on Deep Orbit only; Stonegate in Melbourne 1923; Rewind no guests",
    "Keiko Tanaka was a guest on Deep Orbit and Rewind.", "Keiko Tanaka was a guest on both Deep Orbit and Rewind.",
    "Keiko Tanaka was a guest on Deep Orbit, and on Rewind too.", "Keiko Tanaka, a guest on Rewind, ...",
    "Keiko Tanaka, who was a guest on Rewind, ...", "Rewind, which featured Keiko Tanaka, launched in 2012.",
    "Deep Orbit launched in 2012 and featured Keiko Tanaka.", "Keiko Tanaka was a guest on Deep Orbit in 2012.",
    "Keiko Tanaka was a guest on Deep Orbit, which launched in 2012.", "Deep Orbit guests Keiko Tanaka.",
    "Keiko Tanaka was a guest on Stonegate Museum.", "Stonegate Museum opened in Melbourne and Glasgow.",
    "Stonegate Museum opened in Melbourne in 1923 and in Glasgow in 1924.", "Stonegate Museum opened in Glasgow in 1923.",
    "Stonegate Museum opened in 1924 in Melbourne.", "Stonegate Museum opened in Melbourne in 1924.",
    "Glasgow is home to Stonegate Museum.", "Melbourne is home to Stonegate Museum and Deep Orbit.",
    "Stonegate Museum, a gallery that opened in Glasgow, ...", "Stonegate Museum is a 1924 gallery.",
    "The Stonegate building opened in Glasgow in 1923.", "Keiko Tanaka wasn't a guest on Deep Orbit.",
    "Stonegate Museum didn't open in Melbourne.", "Melbourne is home to Keiko Tanaka.",
    "Keiko Tanaka was a guest on Deep Orbit; she was also a guest on Rewind.",
    "Deep Orbit opened in Melbourne.", "Keiko Tanaka opened in Melbourne.")
add("albums", "Copper Sky: soul+jazz 2012; Salt and Static: electronic+synth-pop 2014",
    "Copper Sky and Salt and Static both mix soul and jazz.", "Copper Sky mixes soul, jazz and electronic music.",
    "Copper Sky mixes soul and jazz with electronic music.", "Copper Sky, a 2014 album, mixes soul and jazz.",
    "Copper Sky is a 2014 album that blends soul with jazz.", "Salt and Static is electronic music and soul.",
    "Salt and Static mixes synth-pop and jazz music.", "Salt and Static is jazz music.", "Copper Sky is soul music and electronic music.",
    "Copper Sky mixes soul and jazz, and so does Salt and Static.", "Copper Sky blends soul and jazz; Salt and Static does too.",
    "Salt and Static combines electronic music and synth-pop with soul.", "Copper Sky is a type of electronic music.",
    "Electronic music is a type of Salt and Static.", "Salt and Static, an electronic music album, launched in 2012.",
    "Copper Sky mixes soul and jazz; it came out in 2014.", "Copper Sky mixes jazz.  Salt and Static mixes jazz.",
    "Copper Sky doesn't blend soul with jazz.", "Copper Sky mixes genres: soul, jazz and synth-pop.",
    "Salt and Static mixes electronic music and synth-pop music, like Copper Sky.")
add("topics", "Long Run: Rafael, running, 2020; Pitch Side: Sam, football, 2011",
    "The Long Run, Rafael Duarte's show about running and football, came out in 2020.",
    "The Long Run, Rafael Duarte's show about running, came out in 2011.",
    "The Long Run, Rafael Duarte's show about running, launched in 2011.",
    "Pitch Side, Rafael Duarte's show about football, ...", "Pitch Side, Sam Okoro's show about running, ...",
    "The Long Run and Pitch Side, Rafael Duarte's shows about running, ...",
    "The Long Run, Rafael Duarte's show about running, is hosted by Sam Okoro.",
    "The Long Run, Rafael Duarte's show about running, and Pitch Side, his show about football, ...",
    "The Long Run, Rafael Duarte's 2011 show about running, ...", "Rafael Duarte's show about football, The Long Run, ...",
    "The Long Run, Rafael Duarte's podcast about football, ...", "The Long Run, Rafael Duarte's show about running, is about football too.",
    "The Long Run, Rafael Duarte's show about running, launched in 2020 and Sam Okoro hosts it.",
    "Pitch Side, Sam Okoro's show about football, launched in 2020.", "Hosts Rafael Duarte and Sam Okoro ...",
    "Sam Okoro is behind The Long Run.", "Rafael Duarte, The Long Run's host, also hosts Pitch Side.")


def g_mixed():
    """One graph with many of the new readings at once: series with showrunner, network, country, a start year,
    a label that released them, a guest relation, genres; a user with ratings."""
    R = kgx.Relation
    rels = [R("showrunner", phrase="has showrunner", inverse_phrase="is showrunner of", domain=("series",), range=("person",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("series",), range=("person",)),
            R("network", phrase="aired on", inverse_phrase="aired", domain=("series",), range=("network",)),
            R("country", phrase="is from", inverse_phrase="is home to", domain=("series",), range=("country",)),
            R("label", phrase="was released by", inverse_phrase="released", domain=("series",), range=("company",)),
            R("guest", phrase="featured", inverse_phrase="appeared on", domain=("series",), range=("person",)),
            R("genre", phrase="has genre", inverse_phrase="is the genre of", domain=("series",), range=("genre",)),
            R("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",), range=("series",))]
    ents = [kgx.Entity("user:ana", kind="user", label="Ana"),
            kgx.Entity("s:a", kind="item", type="series", label="North Line", attrs={"year": 2001}),
            kgx.Entity("s:b", kind="item", type="series", label="South Gate", attrs={"year": 2005}),
            kgx.Entity("p:x", type="person", label="Ida Kern"), kgx.Entity("p:y", type="person", label="Bo Lund"),
            kgx.Entity("p:z", type="person", label="Cy Mora"),
            kgx.Entity("n:1", type="network", label="Channel Nine"), kgx.Entity("n:2", type="network", label="Arc TV"),
            kgx.Entity("c:uk", type="country", label="United Kingdom"), kgx.Entity("c:nl", type="country", label="Netherlands"),
            kgx.Entity("c:us", type="country", label="United States"),
            kgx.Entity("co:1", type="company", label="Moss Media"), kgx.Entity("co:2", type="company", label="Fen Studio"),
            kgx.Entity("g:1", type="genre", label="satire"), kgx.Entity("g:2", type="genre", label="mystery")]
    t = [("s:a", "showrunner", "p:x"), ("s:a", "created_by", "p:x"), ("s:a", "created_by", "p:y"), ("s:a", "network", "n:1"),
         ("s:a", "country", "c:uk"), ("s:a", "label", "co:1"), ("s:a", "guest", "p:z"), ("s:a", "genre", "g:1"),
         ("s:b", "showrunner", "p:z"), ("s:b", "created_by", "p:z"), ("s:b", "network", "n:2"), ("s:b", "country", "c:nl"),
         ("s:b", "label", "co:2"), ("s:b", "guest", "p:x"), ("s:b", "genre", "g:2"),
         ("user:ana", "watched", "s:a", {"rating": 5.0}), ("user:ana", "watched", "s:b", {"rating": 2.0})]
    return kgx.KnowledgeGraph.from_triples(t, entities=ents, relations=rels, name="mixed")


add("mixed", "North Line: 2001, runner Ida, creators Ida+Bo, Channel Nine, UK, Moss Media, guest Cy, satire; "
    "South Gate: 2005, Cy (runner/creator), Arc TV, Netherlands, Fen Studio, guest Ida, mystery",
    "North Line, which Ida Kern and Cy Mora created, first aired on Channel Nine.",
    "North Line, a TV series out of Holland, ...", "Holland is home to North Line.", "The UK is home to South Gate.",
    "North Line, from South Gate showrunner Ida Kern, ...", "South Gate, from North Line showrunner Cy Mora, ...",
    "North Line's showrunner, Bo Lund, ...", "Bo Lund is the showrunner of North Line.", "North Line's showrunner is Cy Mora.",
    "Cy Mora was a guest on South Gate.", "Ida Kern was a guest on North Line.", "Ida Kern, North Line's showrunner, was a guest on it.",
    "Cy Mora, South Gate's showrunner, was also a guest on it.", "Bo Lund was a guest on South Gate.",
    "North Line launched in 2005.", "South Gate began in 2001 on Channel Nine.", "North Line is a 2005 TV series.",
    "Fen Studio put out North Line.", "North Line was put out by Fen Studio.", "Moss Media is behind South Gate.",
    "Moss Media released North Line and South Gate.", "North Line was released by Moss Media and first aired on Arc TV.",
    "North Line mixes satire and mystery.", "South Gate blends satire with mystery.", "North Line is a type of mystery.",
    "Ida Kern is behind South Gate.", "Bo Lund is behind South Gate.", "Cy Mora is behind North Line.",
    "North Line, Ida Kern's show about mystery, ...", "South Gate, Ida Kern's show, ...",
    "Ida Kern and Bo Lund created North Line and South Gate.", "Showrunners Ida Kern and Bo Lund ...",
    "North Line showrunners Ida Kern and Bo Lund ...", "North Line is from the USA.", "USA is home to North Line.",
    "North Line first aired on Channel Nine in 2005.", "South Gate was first shown on Channel Nine.",
    "North Line, which first aired on Channel Nine, was created by Cy Mora.",
    "South Gate is from Holland; so is North Line.", "North Line and South Gate are both from the Netherlands.",
    "North Line and South Gate both first aired on Channel Nine.", "Ida Kern is the showrunner of both North Line and South Gate.",
    "Ida Kern created North Line and South Gate.", "Ida Kern created North Line; she also created South Gate.",
    "North Line's showrunner Ida Kern also runs South Gate.", "Ida Kern is showrunner of South Gate.",
    "Ida Kern was a guest on South Gate and North Line.", "Cy Mora was a guest on North Line and South Gate.")
add("mixed", "Ana rated North Line 5, South Gate 2",
    "You watched North Line, which Cy Mora created.", "You rated North Line, a TV series out of Holland, 5 stars.",
    "You gave South Gate, from North Line showrunner Ida Kern, 2 stars.", "You rated South Gate, which launched in 2001, 2 stars.",
    "You rated both North Line and South Gate 5 stars.", "You gave North Line 5 stars and South Gate too.",
    "You rated North Line 5 stars; Fen Studio put it out.", "You rated South Gate, a satire out of the Netherlands, 2 stars.",
    "You watched North Line, a mystery out of the UK.", "You gave South Gate 2 stars; it first aired on Channel Nine.",
    "You rated South Gate 5 stars.", "You rated North Line, which mixes satire and mystery, 5 stars.",
    "You watched South Gate, whose showrunner is Ida Kern.", "You are behind North Line.",
    "You were a guest on North Line.", "You put out North Line.", user="user:ana")


# ---------------- batch 2: same-titled films with the new readings; two networks without a premiere relation ----------------
add("movies", "Titanic 1997 (Cameron, Winslet) vs Titanic 1953 (Negulesco, Stanwyck)",
    "Titanic, the 1953 film, stars Kate Winslet.", "Titanic is a 1953 film; it was directed by James Cameron.",
    "Titanic is a 1953 film. James Cameron directed it.", "Titanic, a 1953 film, is from Aliens director James Cameron.",
    "James Cameron is behind Titanic, the 1953 film.", "James Cameron is behind the 1953 film Titanic.",
    "Titanic, from Aliens director James Cameron, is a 1953 film.", "Kate Winslet plays the lead in Titanic, the 1953 film.",
    "Barbara Stanwyck plays the lead in Titanic, from Aliens director James Cameron.",
    "Titanic, which James Cameron and Jean Negulesco directed, ...", "Titanic, which Kate Winslet and Barbara Stanwyck star in, ...",
    "Kate Winslet and Barbara Stanwyck play the leads in Titanic.", "Titanic, the 1953 film by James Cameron, ...",
    "Titanic, the 1997 film, was put out by MGM.", "MGM put out Titanic, the 1997 film.", "MGM is behind Titanic.",
    "Titanic, from Heat director James Cameron, ...", "Titanic was first shown in 1953 and stars Kate Winslet.",
    "Titanic, the 1953 film, was first shown on NBC.", "Titanic was first broadcast on NBC in 1997.",
    "Titanic, the 1997 film by James Cameron, was distributed by NBC.")
add("movies", "Sabrina 1995 (Pollack, Harrison Ford) vs 1954 (Wilder, Hepburn); Pollack also directed The Firm (1993)",
    "Sabrina, from The Firm director Sydney Pollack, stars Audrey Hepburn.",
    "Sabrina, from The Firm director Sydney Pollack, is a 1954 film.",
    "Audrey Hepburn plays the lead in Sabrina, from The Firm director Sydney Pollack.",
    "Sabrina, the 1954 film, stars Harrison Ford.", "Sabrina is a 1954 film by Sydney Pollack.",
    "Sydney Pollack is behind Sabrina, the 1954 film.", "Sabrina, which Sydney Pollack and Billy Wilder directed, ...",
    "Harrison Ford and Audrey Hepburn play the leads in Sabrina.", "Sabrina, the 1995 film from The Firm director Billy Wilder, ...")
for u, txt in [("user:11", "You rated Titanic, the 1953 film, 5 stars."), ("user:11", "You gave Titanic, a 1953 film, 5 stars."),
               ("user:11", "You loved the 1953 film Titanic."), ("user:11", "You rated Titanic, the 1953 film by James Cameron, 5 stars."),
               ("user:11", "You rated Titanic, from Heat director James Cameron, 5 stars."),
               ("user:11", "You rated Titanic 5 stars; Barbara Stanwyck plays the lead in it."),
               ("user:11", "You rated Titanic, which Kate Winslet and Al Pacino star in, 5 stars."),
               ("user:13", "You rated Titanic, the 1997 film, 5 stars."), ("user:13", "You rated Titanic and Heat 4 stars.")]:
    add("movies", "user:11 rated Titanic (1997) 5, not the 1953 one; user:13 rated Titanic 4", txt, user=u)
add("movies", "genres of a film graph are not 'music'; Heat is not drama", "Heat is action music.", "Heat is crime music.",
    "Heat mixes crime and drama.", "Heat blends crime with drama.", "Heat combines action, crime and drama.",
    "Heat mixes action and crime with romance.", "Heat, which mixes action and crime, is a 1996 film.",
    "Heat mixes action and crime, and so does Casino.", "Heat and Casino both mix crime and drama.")


def g_twonet():
    R = kgx.Relation
    rels = [R("aired_on", phrase="aired on", inverse_phrase="aired", domain=("show",), range=("network",)),
            R("country", phrase="is from", inverse_phrase="is the country of", domain=("show", "band"), range=("country",)),
            R("genre", phrase="has genre", inverse_phrase="is the genre of", domain=("band",), range=("genre",))]
    ents = [kgx.Entity("s:o", kind="item", type="show", label="Office Hours", attrs={"year": 2005}),
            kgx.Entity("n:a", type="network", label="Alpha TV"), kgx.Entity("n:b", type="network", label="Beta TV"),
            kgx.Entity("c:sk", type="country", label="South Korea"), kgx.Entity("c:nk", type="country", label="North Korea"),
            kgx.Entity("c:us", type="country", label="United States"), kgx.Entity("c:ie", type="country", label="Republic of Ireland"),
            kgx.Entity("c:gb", type="country", label="United Kingdom"),
            kgx.Entity("b:1", kind="item", type="band", label="Moon Tide", attrs={"year": 2010}),
            kgx.Entity("b:2", kind="item", type="band", label="Red Pine", attrs={"year": 2011}),
            kgx.Entity("g:kpop", type="genre", label="K-pop"), kgx.Entity("g:folkrock", type="genre", label="folk rock"),
            kgx.Entity("g:house", type="genre", label="house")]
    t = [("s:o", "aired_on", "n:a"), ("s:o", "aired_on", "n:b"), ("s:o", "country", "c:us"),
         ("b:1", "country", "c:nk"), ("b:1", "genre", "g:kpop"), ("b:2", "country", "c:ie"), ("b:2", "genre", "g:folkrock")]
    return kgx.KnowledgeGraph.from_triples(t, entities=ents, relations=rels, name="twonet")


add("twonet", "Moon Tide: North Korea, K-pop; Red Pine: Republic of Ireland, folk rock; Office Hours: US, aired on Alpha+Beta",
    "Moon Tide is from South Korea.", "Moon Tide is a band out of South Korea.", "Red Pine is from the UK.",
    "Red Pine is from Britain.", "Red Pine is a band out of Great Britain.", "Office Hours is from the UK.",
    "Moon Tide is pop music.", "Moon Tide plays house music.", "Moon Tide is house music.", "Red Pine is rock music.",
    "Red Pine mixes folk rock and K-pop.", "Moon Tide mixes K-pop and house.", "Red Pine is folk music and house music.",
    "Moon Tide is a type of K-pop from Ireland.", "Moon Tide launched in 2011.", "Red Pine began in 2010.",
    "Office Hours began in 2006.", "Office Hours launched in 2005 on Gamma TV.", "Office Hours first aired on Alpha TV in 2006.",
    "Office Hours, a TV show out of Ireland, first aired on Beta TV.", "Ireland is home to Office Hours.",
    "America is home to Red Pine.", "Red Pine is from America.")

# ---------------- batch 3: probes across graphs (graph|user|text; "T " = true/arguable, not counted) ----------------
R = kgx.Relation
E = kgx.Entity


def g_same():
    rels=[R("sub", phrase="has subsidiary", inverse_phrase="is subsidiary of", domain=("company",), range=("company",)),
          R("mentor", phrase="has mentor", inverse_phrase="is mentor of", domain=("chef",), range=("chef",)),
          R("sequel", phrase="has sequel", inverse_phrase="is sequel of", domain=("film",), range=("film",)),
          R("lead", phrase="has lead", inverse_phrase="is lead of", domain=("film",), range=("person",)),
          R("coach", phrase="has coach", inverse_phrase="is coach of", domain=("team",), range=("person",)),
          R("made", phrase="was made by", inverse_phrase="made", domain=("film",), range=("company",)),
          R("from", phrase="is from", inverse_phrase="is the country of", domain=("company","chef","team"), range=("country",))]
    E=kgx.Entity
    ents=[E("c:a",kind="item",type="company",label="Acme Group",attrs={"year":1950}),E("c:b",kind="item",type="company",label="Bolt Labs",attrs={"year":1990}),
          E("h:a",kind="item",type="chef",label="Ana Ruiz",attrs={"year":1960}),E("h:b",kind="item",type="chef",label="Ben Cole",attrs={"year":1985}),
          E("f:1",kind="item",type="film",label="Dust",attrs={"year":2001}),E("f:2",kind="item",type="film",label="Dust Two",attrs={"year":2004}),
          E("p:x",type="person",label="Kay Lin"),E("p:y",type="person",label="Max Orr"),
          E("t:1",kind="item",type="team",label="Harbor FC",attrs={"year":1900}),E("t:2",kind="item",type="team",label="Ridge United",attrs={"year":1920}),
          E("n:uk",type="country",label="United Kingdom"),E("n:nl",type="country",label="Netherlands")]
    t=[("c:a","sub","c:b"),("h:b","mentor","h:a"),("f:1","sequel","f:2"),("f:1","lead","p:x"),("f:2","lead","p:y"),("t:1","coach","p:x"),("t:2","coach","p:y"),
       ("f:1","made","c:a"),("f:2","made","c:b"),("c:a","from","n:uk"),("c:b","from","n:nl"),("h:a","from","n:uk"),("h:b","from","n:nl"),("t:1","from","n:uk"),("t:2","from","n:nl")]
    return kgx.KnowledgeGraph.from_triples(t,entities=ents,relations=rels,name="same")


def g_art():
    rels=[R("style", phrase="is painted in the style of", inverse_phrase="is the style of", domain=("painting",), range=("style",)),
          R("about", phrase="is about", inverse_phrase="is the topic of", domain=("podcast","painting"), range=("topic",)),
          R("movement", phrase="belongs to", inverse_phrase="includes", domain=("painting",), range=("movement",)),
          R("located", phrase="is located in", inverse_phrase="is home to", domain=("painting",), range=("city",))]
    ents=[E("p:1",kind="item",type="painting",label="Blue Pond",attrs={"year":1880}),E("p:2",kind="item",type="painting",label="Red Field",attrs={"year":1890}),
          E("p:3",kind="item",type="painting",label="Melting Clock",attrs={"year":1931}),E("p:4",kind="item",type="painting",label="Stone Breakers",attrs={"year":1849}),
          E("p:5",kind="item",type="painting",label="Scream Hall",attrs={"year":1980}),
          E("s:imp",type="style",label="impressionism"),E("s:post",type="style",label="post-impressionism"),E("s:sur",type="style",label="surrealism"),
          E("s:real",type="style",label="realism"),E("s:neoex",type="style",label="neo-expressionism"),
          E("m:1",type="movement",label="symbolism"),
          E("q:1",kind="item",type="podcast",label="Red Pod",attrs={"year":2019}),E("q:2",kind="item",type="podcast",label="Faith Hour",attrs={"year":2015}),
          E("t:com",type="topic",label="communism"),E("t:ath",type="topic",label="atheism"),E("t:fem",type="topic",label="feminism"),
          E("c:1",type="city",label="Paris"),E("c:2",type="city",label="Oslo")]
    t=[("p:1","style","s:imp"),("p:2","style","s:post"),("p:3","style","s:sur"),("p:4","style","s:real"),("p:5","style","s:neoex"),
       ("q:1","about","t:com"),("q:2","about","t:ath"),("p:2","about","t:fem"),("p:2","movement","m:1"),("p:1","located","c:1"),("p:2","located","c:2")]
    return kgx.KnowledgeGraph.from_triples(t,entities=ents,relations=rels,name="art")


def g_music():
    rels=[R("genre", phrase="has genre", inverse_phrase="is the genre of", domain=("album",), range=("genre",)),
          R("by", phrase="is by", inverse_phrase="recorded", domain=("album",), range=("artist",)),
          R("from", phrase="is from", inverse_phrase="is home to", domain=("album","restaurant"), range=("country",)),
          R("about", phrase="is about", inverse_phrase="is the subject of", domain=("album",), range=("topic",)),
          R("cuisine", phrase="serves", inverse_phrase="is served at", domain=("restaurant",), range=("cuisine",)),
          R("loc", phrase="is located in", inverse_phrase="is home to", domain=("restaurant",), range=("city",)),
          R("chef", phrase="has head chef", inverse_phrase="is head chef of", domain=("restaurant",), range=("person",))]
    ents=[E("a:1",kind="item",type="album",label="Dust Road",attrs={"year":2001}),E("a:2",kind="item",type="album",label="Neon Hall",attrs={"year":2008}),
          E("a:3",kind="item",type="album",label="Sea Drums",attrs={"year":2012}),
          E("g:c",type="genre",label="country"),E("g:h",type="genre",label="house"),E("g:w",type="genre",label="world music"),E("g:p",type="genre",label="pop"),
          E("g:r",type="genre",label="rock"),
          E("ar:1",type="artist",label="June Fay"),E("ar:2",type="artist",label="DJ Kato"),
          E("n:us",type="country",label="United States"),E("n:ie",type="country",label="Ireland"),E("n:jp",type="country",label="Japan"),
          E("t:1",type="topic",label="loss"),E("t:2",type="topic",label="the ocean"),
          E("r:1",kind="item",type="restaurant",label="Kumo",attrs={"year":2015}),E("r:2",kind="item",type="restaurant",label="Casa Verde",attrs={"year":2009}),
          E("cu:j",type="cuisine",label="Japanese"),E("cu:p",type="cuisine",label="Peruvian"),E("cu:m",type="cuisine",label="Mexican"),
          E("c:ny",type="city",label="New York"),E("c:la",type="city",label="Los Angeles"),E("p:1",type="person",label="Rui Sato"),E("p:2",type="person",label="Lupe Diaz")]
    t=[("a:1","genre","g:c"),("a:1","genre","g:r"),("a:2","genre","g:h"),("a:2","genre","g:p"),("a:3","genre","g:w"),("a:1","by","ar:1"),("a:2","by","ar:2"),("a:3","by","ar:1"),
       ("a:1","from","n:us"),("a:2","from","n:jp"),("a:3","from","n:ie"),("a:1","about","t:1"),("a:3","about","t:2"),
       ("r:1","cuisine","cu:j"),("r:1","cuisine","cu:p"),("r:2","cuisine","cu:m"),("r:1","loc","c:ny"),("r:2","loc","c:la"),("r:1","from","n:us"),("r:2","from","n:us"),
       ("r:1","chef","p:1"),("r:2","chef","p:2")]
    return kgx.KnowledgeGraph.from_triples(t,entities=ents,relations=rels,name="music")


def g_names():
    rels=[R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("person",)),
          R("from", phrase="is from", inverse_phrase="is home to", domain=("film",), range=("country","region")),
          R("label", phrase="was released by", inverse_phrase="released", domain=("film",), range=("company",))]
    ents=[E("f:1",kind="item",type="film",label="Dutch Film",attrs={"year":2010}),E("f:2",kind="item",type="film",label="Web Film",attrs={"year":2017}),
          E("f:3",kind="item",type="film",label="Andes Film",attrs={"year":2015}),E("f:4",kind="item",type="film",label="Isle Film",attrs={"year":2016}),
          E("p:1",type="person",label="Tom Holland"),E("p:2",type="person",label="Anna Berg"),E("p:3",type="person",label="Chris America"),
          E("n:nl",type="country",label="Netherlands"),E("n:us",type="country",label="United States"),E("n:gb",type="country",label="United Kingdom"),
          E("r:la",type="region",label="Latin America"),E("co:1",type="company",label="UK Pictures"),E("co:2",type="company",label="Holland Media")]
    t=[("f:1","stars","p:2"),("f:2","stars","p:1"),("f:3","stars","p:3"),("f:1","from","n:nl"),("f:2","from","n:us"),("f:3","from","r:la"),("f:4","from","n:gb"),
       ("f:1","label","co:1"),("f:2","label","co:2"),("f:4","label","co:2")]
    return kgx.KnowledgeGraph.from_triples(t,entities=ents,relations=rels,name="names")


EXTRA = """names||Dutch Film stars Holland.
names||Web Film is from Holland.
names||Holland is home to Web Film.
names||Dutch Film, out of Holland, stars Tom Holland.
names||Holland stars in Dutch Film.
T names||Holland stars in Web Film.
T names||Dutch Film is from Holland.
names||Dutch Film was released by Holland.
names||Web Film was released by the UK.
names||Isle Film was put out by UK Pictures.
T names||Isle Film is from the UK.
names||Dutch Film is from the UK.
names||The UK put out Dutch Film.
names||Dutch Film was put out by the UK.
names||Web Film is from Latin America.
names||Andes Film is from America.
names||Andes Film is from the USA.
names||America is home to Andes Film.
T names||Andes Film stars America.
names||Web Film stars America.
T names||Web Film is from America.
names||Dutch Film is from America.
names||Web Film, out of Holland, stars Tom Holland.
names||Holland Media put out Dutch Film.
names||Holland Media is home to Web Film.
names||Dutch Film is from Holland Media.
T names||Web Film is from the US.
names||Web Film is from us.
names||Web Film is from the U.K.
names||Isle Film is from Britain and the USA.
names||Isle Film is a British film from America.
names||Isle Film, a film out of Great Britain, stars Anna Berg.
T music||Dust Road is country music.
music||Neon Hall is country music.
music||Dust Road is from a country.
T music||Dust Road is a country album.
music||Neon Hall is a country album.
music||Sea Drums is a country album from Ireland.
music||Neon Hall is house music from the USA.
T music||Neon Hall is house music.
music||Dust Road is house music.
T music||Sea Drums is world music.
music||Dust Road is world music.
music||Dust Road is world music music.
music||Neon Hall is pop music and rock music.
music||Neon Hall mixes house and rock.
T music||Neon Hall mixes house and pop.
music||Dust Road mixes country and pop.
music||Dust Road mixes country and rock music with house.
music||Neon Hall mixes house music and country music.
music||Dust Road blends country with world music.
music||Dust Road, June Fay's album about the ocean, ...
music||Sea Drums, June Fay's album about loss, ...
music||Sea Drums, DJ Kato's album about the ocean, ...
T music||Dust Road, June Fay's album about loss, ...
music||Dust Road, June Fay's album about loss and the ocean, ...
music||Neon Hall, DJ Kato's album about loss, ...
music||Dust Road, June Fay's country album about the ocean, ...
music||Sea Drums, June Fay's country album about the ocean, ...
music||Dust Road, June Fay's album about loss, is house music.
music||Dust Road, June Fay's album about loss, came out in 2008.
music||Dust Road, June Fay's album about loss, is from Ireland.
music||Dust Road, June Fay's 2012 album about loss, ...
music||The USA is home to Neon Hall.
music||Japan is home to Dust Road.
music||Holland is home to Sea Drums.
music||Dust Road is an album out of Ireland.
music||Kumo combines Japanese and Mexican cuisine.
T music||Kumo combines Japanese and Peruvian cuisine.
music||Kumo mixes Japanese and Mexican food.
music||Casa Verde blends Mexican with Peruvian.
music||Casa Verde mixes Mexican and Japanese flavors.
music||Kumo opened in Los Angeles.
music||Kumo opened in New York in 2009.
music||Casa Verde opened in New York in 2009.
music||Kumo opened in New York in 2016.
music||Los Angeles is home to Kumo.
music||Kumo is home to New York.
music||Kumo's head chef is Lupe Diaz.
music||Lupe Diaz is the head chef of Kumo.
music||Kumo, from Casa Verde head chef Rui Sato, ...
music||Kumo, Lupe Diaz's restaurant in New York, ...
music||Casa Verde, Rui Sato's restaurant about Mexican food, ...
music||Head chefs Rui Sato and Lupe Diaz ...
music||Rui Sato is behind Casa Verde.
T music||Rui Sato is behind Kumo.
music||Kumo launched in 2009.
music||Kumo started in 2016 in New York.
music||Kumo is a Mexican restaurant.
music||Kumo is a type of Mexican restaurant.
T music||Kumo is a Japanese restaurant.
music||Kumo is a Japanese restaurant out of Los Angeles.
music||Kumo, a Japanese restaurant out of the UK, ...
music||Kumo is a Japanese restaurant from the USA that opened in 2009.
music||Kumo is a Japanese and Mexican restaurant.
music||Kumo and Casa Verde are both Japanese restaurants.
music||Kumo and Casa Verde both opened in New York.
guests||Stonegate Museum is home to Melbourne.
guests||Keiko Tanaka is home to Deep Orbit.
movies||Heat is behind Michael Mann.
T movies||Heat is behind Casino.
movies||Michael Mann was behind Heat in 1996.
tv|user:ana|You rated Fleabag 4 out of 5.
tv|user:ana|You gave Dark 5 out of 5.
T tv|user:ana|You gave Dark 2 out of 5.
movies|user:1|You rated Heat 5 out of 5.
T movies|user:1|You rated Heat 4 out of 5.
T tv||Netflix launched Dark in 2017.
T tv||BBC One launched Sherlock in 2010.
tv||Steven Moffat has showrunner Sherlock.
T tv||Sherlock has showrunner Steven Moffat.
tv||Sherlock has showrunners Steven Moffat and Mark Gatiss.
T tv||Sherlock has creators Steven Moffat and Mark Gatiss.
tv||Sherlock has creator Peter Morgan.
tv||The Wire is showrunner of David Simon.
tv||David Simon's showrunner is The Wire.
tv||Showrunner David Simon created The Wire and Succession.
tv||HBO's The Wire, from showrunner Jesse Armstrong, ...
tv||The Wire, from Succession creator David Simon, ...
tv||Succession, from The Wire creator David Simon, ...
tv||From The Wire creator David Simon comes Succession.
tv||The Wire creator David Simon created Succession.
tv||Sherlock star Benedict Cumberbatch plays the lead in The Crown.
tv||Fleabag creator Phoebe Waller-Bridge created The Crown.
tv||Fleabag star Claire Foy ...
tv||Fleabag creator Peter Morgan ...
tv||Netflix's Dark, from The Crown creator Baran bo Odar, ...
tv||BBC One aired Sherlock, from Fleabag creator Steven Moffat.
tv||Sherlock aired on BBC One; it also aired on HBO.
tv||Sherlock aired on BBC One and also on HBO.
tv||Sherlock aired on BBC One, as did The Wire.
tv||The Wire aired on HBO, as did Sherlock.
tv||The Wire was shown on HBO, as was Dark.
tv||Both The Wire and Dark were shown on HBO.
T tv||Neither The Wire nor Sherlock aired on Netflix.
tv||Neither The Crown nor Dark aired on Netflix.
tv||The Crown, not Dark, aired on Netflix.
tv||Dark, unlike The Crown, aired on Netflix.
tv||Steven Moffat created only Sherlock and Fleabag.
tv||Killing Eve is a TV series, as is The Godfather.
tv||The Crown is a TV series that first aired on BBC Three.
tv||Fleabag's showrunner is Phoebe Waller-Bridge.
tv||Fleabag's creator is Phoebe Waller-Bridge, who is also its showrunner.
tv||Phoebe Waller-Bridge, who created Fleabag, is its showrunner.
tv||Phoebe Waller-Bridge is Fleabag's showrunner.
tv||Killing Eve's showrunner, Phoebe Waller-Bridge, also runs Fleabag.
tv||Money Heist is a TV series from Spain that first aired on HBO.
T tv||Money Heist is a Spanish TV series.
T tv||The Wire is an American TV series.
tv||Dark is a Spanish TV series.
tv||Dark is a British TV series.
tv||The Wire is a British TV series.
tv||The Wire is an American TV series from the UK.
tv||Sherlock is a British series that aired on HBO.
tv||Succession is an HBO series from the UK.
tv||The Crown is an HBO series.
tv||Dark is a BBC One TV series.
tv||Sherlock is a 2010 BBC One series that Mark Gatiss runs.
tv||Sherlock is a 2010 BBC One series created by David Simon.
tv||Sherlock is a 2011 BBC One series.
tv||Sherlock is a BBC One series from 2011.
tv||Sherlock, a 2010 BBC One series, stars Brian Cox.
museums||Orrin Hall is a modernist building.
museums||Orrin Hall is a brutalist, neoclassical building.
museums||Orrin Hall is a brutalist building and a neoclassical gallery.
T museums||Orrin Hall and Stonegate Museum are brutalist and neoclassical buildings.
T museums||Orrin Hall and Stonegate Museum are brutalist and neoclassical buildings, respectively.
museums||Stonegate Museum and Orrin Hall are brutalist and neoclassical buildings, respectively.
museums||Orrin Hall, a brutalist building, and Stonegate Museum, a brutalist gallery, ...
museums||Orrin Hall is brutalist; Stonegate Museum is too.
museums||Orrin Hall is brutalist, and so is Stonegate Museum.
T museums||Orrin Hall is brutalist.
museums||Stonegate Museum is brutalist.
T museums||Stonegate Museum is neoclassical, not brutalist.
museums||Orrin Hall is neoclassical, not brutalist.
museums||Orrin Hall is a brutalist building from 1923.
museums||Orrin Hall is a 1965 brutalist gallery, and Stonegate Museum is a 1965 neoclassical one.
museums||Both buildings, Orrin Hall and Stonegate Museum, are brutalist.
museums||The brutalist Stonegate Museum ...
museums||The neoclassical Orrin Hall ...
museums||Brutalist Stonegate Museum opened in 1923.
museums||Stonegate Museum's style is brutalism.
museums||Brutalism is the style of Stonegate Museum.
guests||Keiko Tanaka was a guest on Deep Orbit, which opened in Melbourne.
guests||Keiko Tanaka, who was a guest on Deep Orbit, opened in Melbourne.
guests||Stonegate Museum, which opened in Melbourne in 1923, featured Keiko Tanaka.
guests||Melbourne is home to Stonegate Museum, which opened in 1924.
guests||Melbourne is home to Stonegate Museum, opened in 1924.
guests||Stonegate Museum opened in Melbourne 1924.
guests||Stonegate Museum opened in Melbourne on 1924.
guests||Stonegate Museum opened in 1923 in Glasgow.
guests||Stonegate Museum, opened in Glasgow, ...
guests||Stonegate Museum opened in Melbourne, in 1924.
guests||Stonegate Museum opened in Melbourne in 1923, and in Glasgow.
guests||Stonegate Museum opened in Melbourne and later in Glasgow.
guests||Stonegate Museum opened in Melbourne in 1923; it opened in Glasgow in 1924.
T guests||Stonegate Museum opened in Melbourne in 1923 and closed in 1924.
guests||Stonegate Museum opened in Melbourne in 1923 and moved to Glasgow.
guests||Keiko Tanaka, Deep Orbit's guest, was a guest on Rewind too.
guests||Deep Orbit's guest Keiko Tanaka was a guest on Rewind.
guests||Rewind's guest Keiko Tanaka ...
guests||Rewind guest Keiko Tanaka ...
guests||Keiko Tanaka, a Rewind guest, ...
guests||Deep Orbit, from Rewind guest Keiko Tanaka, ...
guests||Keiko Tanaka was the guest on Rewind.
guests||Keiko Tanaka was one of the guests on Rewind.
guests||Keiko Tanaka has been a guest on Deep Orbit since 2012.
guests||Keiko Tanaka was a guest on Deep Orbit in 2016 and Rewind in 2012.
T guests||Keiko Tanaka was a guest on Deep Orbit twice.
T guests||Keiko Tanaka was the only guest on Deep Orbit.
T guests||Keiko Tanaka was the first guest on Deep Orbit.
guests||Keiko Tanaka was a guest on Deep Orbit and its host.
guests||Keiko Tanaka was a guest host on Deep Orbit.
guests||Keiko Tanaka was a guest on Deep Orbit's 2012 episode.
pods||Rewind launched in 2012, six years before The Kitchen Table launched in 2019.
pods||Rewind launched in 2012, a year before The Kitchen Table.
T pods||Rewind launched six years before The Kitchen Table.
pods||Rewind launched after The Kitchen Table.
pods||Rewind launched in the same year as The Kitchen Table.
pods||Rewind relaunched in 2018.
T pods||Rewind launched in 2012 and ended in 2013.
pods||Rewind started in 2012 with Tom Hale.
pods||Rewind started in 2012 as a show out of Ireland.
pods||Rewind started out of Ireland.
pods||Rewind is out of the UK and Ireland.
T pods||Rewind is a show out of the UK, not Ireland.
pods||The Kitchen Table is a show out of the UK, not Ireland.
pods||Kestrel Audio put out Rewind in 2018.
pods||Kestrel Audio put out Rewind, a show out of Ireland.
pods||Kestrel Audio put out Rewind and Driftwood Media put out Rewind.
pods||Rewind was put out by Kestrel Audio, as was The Kitchen Table.
T pods||Rewind and The Kitchen Table were put out by Kestrel Audio and Driftwood Media.
T pods||Rewind and The Kitchen Table were put out by Kestrel Audio and Driftwood Media, respectively.
pods||The Kitchen Table and Rewind were put out by Kestrel Audio and Driftwood Media, respectively.
pods||Rewind, put out by Driftwood Media, ...
pods||Driftwood Media's Rewind ...
pods||Kestrel Audio's The Kitchen Table ...
pods||Mira Lindqvist's The Kitchen Table ...
pods||Tom Hale's show Rewind ...
pods||Rewind, Tom Hale's show, ...
pods||Rewind, Tom Hale's podcast out of the UK, ...
pods||The UK's Rewind, hosted by Tom Hale, ...
pods||Ireland's Rewind ...
pods||The UK's The Kitchen Table ...
T movies||Heat is a 95 film.
movies||Heat is a '96 film.
T movies||Heat is a 1990s film.
movies||Heat is a 1980s film.
T movies||Heat is a 170-minute film.
T movies||Heat is a 4-star film.
movies||Heat is a 1995 Michael Mann film starring Kate Winslet.
movies||Heat is a 1995 film starring Al Pacino and Kate Winslet.
movies||Heat is a 1995 crime film from Titanic director James Cameron.
T movies||Heat is a 1995 film, the first by Michael Mann.
movies||Heat is a 1995 film and Casino is a 1996 film.
movies||Heat is a 1995 film, as is Titanic.
movies||Heat and Casino are 1995 films, as is Titanic.
movies||Heat is Michael Mann's 1996 film.
T movies||Heat is a 1995 remake.
movies||Heat is a 1995 TV series.
T movies||Heat is a 1995 television film.
movies||Heat is a TV series.
movies||Casino is a 1995 film by Michael Mann.
movies||Casino, the 1995 film by Martin Scorsese, stars Al Pacino.
movies||Casino, the 1995 film by Martin Scorsese, stars Robert De Niro and Al Pacino.
movies||Casino and Heat, the 1995 films by Martin Scorsese, ...
movies||Heat and Casino, both 1995 films by Michael Mann, star Robert De Niro.
movies||Heat and Casino, 1995 films by Michael Mann and Martin Scorsese, star Al Pacino.
movies||Robert De Niro plays the lead in Heat and Casino, from Titanic director James Cameron.
movies||Robert De Niro plays the lead in Casino, from Heat director Michael Mann.
movies||Casino, from Heat star Al Pacino, ...
T movies||Casino, from Heat star Robert De Niro, ...
movies||Casino, from Heat writer Michael Mann, ...
movies||Casino, from Heat composer Elliot Goldenthal, ...
movies||Heat, from Casino distributor Warner Bros., ...
movies||Heat, from Casino distributor Universal Pictures, ...
movies||Titanic, from Heat composer James Horner, ...
T movies||Aliens, from Titanic composer James Horner, ...
T movies||Aliens, from Titanic distributor 20th Century Fox, ...
movies||Aliens, from Titanic producer Jon Landau, ...
movies||Aliens, from Titanic editor Richard A. Harris, ...
T movies||Aliens, from Titanic director and editor James Cameron, ...
T movies||The Abyss, from Titanic star Bill Paxton, ...
movies||Aliens, from Titanic star Bill Paxton, ...
T movies||Aliens, from The Abyss star James Cameron, ...
T movies||Heat was put out in 1995 by Warner Bros.
movies||Heat was put out in 1996 by Warner Bros.
movies||Heat was released in 1996.
movies||Heat was released by Warner Bros. in 1996.
movies||Warner Bros. released Heat in 1996.
movies||Warner Bros. is behind Heat.
movies||Heat was distributed by Warner Bros. and put out by Universal Pictures.
movies||Michael Mann, who is behind Heat, also directed Casino.
movies||Michael Mann is behind Heat, which stars Kate Winslet.
movies||Heat, which Michael Mann is behind, stars Kate Winslet.
movies||Heat, which Michael Mann and Martin Scorsese are behind, ...
movies||Michael Mann and Martin Scorsese are behind Heat.
T movies||Michael Mann and Martin Scorsese are behind Heat and Casino, respectively.
movies||Martin Scorsese and Michael Mann are behind Heat and Casino, respectively.
movies||Martin Scorsese and Michael Mann directed Heat and Casino, respectively.
movies||The people behind Heat include Martin Scorsese.
movies||Behind Heat is Martin Scorsese.
movies||Michael Mann is not behind Heat.
movies||No one is behind Heat.
T movies||Michael Mann is behind Heat, not James Cameron.
movies||James Cameron is behind Heat, not Michael Mann.
T movies||Heat is behind Titanic in the ranking.
T movies||Al Pacino is behind Robert De Niro in Heat.
movies||James Cameron is behind Titanic and Heat is behind Michael Mann.
pods||Rewind launched in Ireland.
pods||The Kitchen Table launched in the UK.
pods||Rewind launched in the UK in 2018.
pods||Rewind launched in the UK and Ireland.
pods||Rewind started in Ireland.
pods||Rewind began in the UK in 2013.
pods||Rewind launched in Ireland in 2012.
pods||Rewind was launched by Tom Hale in 2012.
pods||Rewind was launched by Driftwood Media.
pods||Driftwood Media launched Rewind.
pods||Kestrel Audio launched The Kitchen Table.
pods||Rewind launched on Driftwood Media.
pods||Rewind launched 2013.
pods||Rewind launched in early 2013.
pods||Rewind launched in March 2013.
T pods||Rewind launched in 2012 or 2013.
pods||Rewind launched between 2013 and 2015.
pods||Rewind launched before 2012.
pods||Rewind launched after 2012.
pods||Rewind launched in 2012, The Kitchen Table in 2012.
pods||Rewind and The Kitchen Table launched in 2012 and 2012.
pods||Rewind and The Kitchen Table launched in 2018 and 2012, respectively.
pods||Rewind and The Kitchen Table launched in 2012.
pods||Rewind launched in 2012, and so did The Kitchen Table.
pods||The Kitchen Table launched in 2018, six years after Rewind launched in 2013.
pods||Rewind launched in 2012; it is from Ireland.
pods||Rewind launched in 2012; the latter is from Ireland.
pods||Rewind and The Kitchen Table launched in 2012 and 2018; the latter is from the UK.
pods||Rewind and The Kitchen Table launched in 2012 and 2018; the former is from Ireland.
tv|user:ana|You watched Dark, a 2017 TV series, and loved it.
tv|user:ana|You loved Dark, which first aired on Netflix.
tv|user:ana|You loved The Crown, a Netflix series from the UK.
tv|user:ana|You enjoyed The Crown.
tv|user:ana|You loved Fleabag, and Dark too.
tv|user:ana|You loved Fleabag and Dark.
tv|user:ana|You gave Fleabag 5 stars and Dark too.
T tv|user:ana|You rated Fleabag and Dark 5 and 2 stars.
tv|user:ana|You rated Fleabag and Dark 2 and 5 stars, respectively.
tv|user:ana|You rated Dark and Fleabag 5 and 2 stars, respectively.
tv|user:ana|You rated Sherlock higher than Fleabag.
tv|user:ana|You rated The Crown higher than Dark.
tv|user:ana|You rated Sherlock, which Steven Moffat and Mark Gatiss created, 5 stars.
tv|user:ana|You rated Sherlock, whose showrunner is Steven Moffat, 5 stars.
tv|user:ana|You rated Sherlock, from Fleabag creator Steven Moffat, 4 stars.
tv|user:ana|You watched both Sherlock and The Wire.
tv|user:ana|You watched Sherlock; you also watched The Wire.
tv|user:ana|You watched Sherlock and The Wire too.
tv|user:ana|You watched four series from the UK.
T tv|user:ana|You watched three series from the UK.
T tv|user:ana|You watched two Netflix series.
tv|user:ana|You watched three Netflix series.
tv|user:ana|You watched Dark, which Netflix first aired in 2016.
tv|user:ana|You watched Fleabag, the 2016 TV series by Peter Morgan.
tv|user:ana|You watched The Crown, the 2016 TV series by Phoebe Waller-Bridge.
tv|user:ana|You watched Fleabag, a 2016 series, and The Crown, a 2017 series.
tv|user:ana|You are the showrunner of Fleabag.
tv|user:ana|You created Fleabag.
tv|user:ana|You play the lead in Fleabag.
tv|user:ana|You are behind Fleabag.
tv|user:ana|You were a guest on Fleabag.
tv|user:ana|You are home to Fleabag.
T tv|user:ana|The UK is home to you.
T tv|user:ana|You are from the UK.
tv|user:ana|You watched Fleabag, out of the UK, and Dark, out of Spain.
tv|user:ana|Your favourite, Fleabag, first aired on BBC One.
tv|user:ana|Your top-rated series, Sherlock, ...
tv|user:ana|Your lowest-rated series is Dark.
tv|user:ana|Fleabag, which you rated 5 stars, first aired on BBC One.
tv|user:ana|Fleabag, which you rated 4 stars, first aired on BBC Three.
tv|user:ana|Fleabag, which you and Phoebe Waller-Bridge created, ...
tv|user:ana|Fleabag, which Phoebe Waller-Bridge and you created, ...
tv|user:ana|Sherlock, which you and Steven Moffat watched, ...
tv|user:ana|The Crown, which you watched and Peter Morgan created, first aired on HBO.
tv|user:ana|Like Fleabag, which you loved, Killing Eve is from Phoebe Waller-Bridge and first aired on BBC Three.
tv|user:ana|Since you liked Fleabag, try Killing Eve, which Phoebe Waller-Bridge also created and which first aired on BBC Three.
tv|user:ana|Since you liked Fleabag, try Killing Eve; Phoebe Waller-Bridge plays the lead in it too.
tv|user:ana|Since you liked Fleabag, try Killing Eve; it also stars Phoebe Waller-Bridge.
tv|user:ana|Since you liked Sherlock, try The Wire, another BBC One series.
tv|user:ana|Since you liked Sherlock, try The Wire, also a crime drama from the UK.
T tv|user:ana|Since you liked Sherlock, try The Wire, also a crime drama.
tv|user:ana|Because you watched Dark, try Money Heist, another Netflix series from Germany.
T tv|user:ana|Because you watched Dark, try Money Heist, another Netflix series from Spain.
T tv|user:ana|Because you enjoyed Dark, try Money Heist.
T same||Acme Group's subsidiary is Bolt Labs.
same||Bolt Labs's subsidiary is Acme Group.
same||Bolt Labs' subsidiary is Acme Group.
same||Acme Group is a subsidiary of Bolt Labs.
same||Acme Group is the subsidiary of Bolt Labs.
T same||Bolt Labs is a subsidiary of Acme Group.
same||Bolt Labs, whose subsidiary is Acme Group, is from Holland.
T same||Acme Group, whose subsidiary is Bolt Labs, is from the UK.
same||Acme Group, whose subsidiary is Bolt Labs, is from Holland.
T same||Acme Group subsidiary Bolt Labs is from Holland.
same||Bolt Labs subsidiary Acme Group is from the UK.
same||Dust, from Bolt Labs subsidiary Acme Group, ...
T same||Subsidiaries Acme Group and Bolt Labs ...
T same||Acme Group has subsidiary Bolt Labs.
same||Bolt Labs has subsidiary Acme Group.
same||Bolt Labs has a subsidiary, Acme Group.
same||Acme Group is behind Dust Two.
same||Bolt Labs is behind Dust.
same||Acme Group made Dust Two.
same||Dust Two was made by Acme Group.
T same||Ben Cole's mentor is Ana Ruiz.
same||Ana Ruiz's mentor is Ben Cole.
T same||Ana Ruiz is the mentor of Ben Cole.
same||Ben Cole is the mentor of Ana Ruiz.
same||Ben Cole is a mentor of Ana Ruiz.
T same||Ana Ruiz mentors Ben Cole.
same||Ben Cole mentors Ana Ruiz.
T same||Mentors Ben Cole and Ana Ruiz ...
same||Ben Cole, Ana Ruiz's mentor, is from Holland.
same||Ana Ruiz, Ben Cole's mentor, is from Holland.
T same||Ana Ruiz, Ben Cole's mentor, is from the UK.
same||Ben Cole, whose mentor is Ana Ruiz, is from the UK.
T same||Ben Cole, whose mentor is Ana Ruiz, is from Holland.
same||Ana Ruiz, whose mentor is Ben Cole, ...
T same||Dust's sequel is Dust Two.
same||Dust Two's sequel is Dust.
same||Dust is the sequel of Dust Two.
same||Dust is a sequel of Dust Two.
T same||Dust Two is the sequel of Dust.
T same||Dust Two, the sequel of Dust, stars Max Orr.
same||Dust, the sequel of Dust Two, ...
same||Dust, whose sequel is Dust Two, has lead Max Orr.
T same||Dust's lead is Kay Lin.
same||Dust's lead is Max Orr.
T same||Kay Lin plays the lead in Dust.
same||Max Orr plays the lead in Dust.
same||Kay Lin plays the lead in Dust and Dust Two.
same||Kay Lin is the lead of Dust Two.
same||Dust leads Kay Lin.
T same||Kay Lin leads Dust.
T same||Leads Kay Lin and Max Orr ...
same||Dust Two, from Dust lead Kay Lin, ...
T same||Harbor FC's coach is Kay Lin.
same||Harbor FC's coach is Max Orr.
T same||Kay Lin coaches Harbor FC.
same||Max Orr coaches Harbor FC.
same||Harbor FC coaches Kay Lin.
T same||Coaches Kay Lin and Max Orr ...
same||Kay Lin, Harbor FC's coach, also coaches Ridge United.
same||Ridge United, from Harbor FC coach Max Orr, ...
same||Harbor FC is a team out of Holland.
same||Holland is home to Harbor FC.
same||Harbor FC launched in 1920.
same||Harbor FC began in 1900 out of Holland.
same||Kay Lin is behind Dust.
same||Kay Lin is behind Harbor FC.
T art||Blue Pond is an impressionist painting.
art||Blue Pond is a post-impressionist painting.
T art||Red Field is a post-impressionist painting.
art||Red Field is an impressionist painting.
T art||Red Field is a post impressionist painting.
T art||Melting Clock is a surrealist painting.
art||Melting Clock is a realist painting.
T art||Stone Breakers is a realist painting.
art||Stone Breakers is a surrealist painting.
T art||Scream Hall is an expressionist painting.
T art||Scream Hall is a neo-expressionist painting.
T art||Blue Pond is an impressionist painting in Paris.
art||Blue Pond is an impressionist painting in Oslo.
T art||Paris is home to an impressionist painting, Blue Pond.
art||Oslo is home to Blue Pond, an impressionist painting.
art||Blue Pond and Red Field are impressionist paintings.
T art||Blue Pond is impressionist.
T art||Blue Pond is impressionistic.
T art||Stone Breakers is realistic.
T art||Melting Clock is surreal.
T art||Melting Clock is a surreal painting.
art||Melting Clock is a real painting.
T art||Red Field is a symbolist painting.
art||Blue Pond is a symbolist painting.
T art||Red Field is a feminist painting.
art||Red Pod is a communist podcast.
art||Faith Hour is an atheist podcast.
art||Red Pod is an atheist podcast.
T art||Red Pod is a podcast about communism.
art||Red Pod is a communist.
art||Faith Hour is atheistic.
art||Red Pod is a feminist podcast.
art||Blue Pond mixes impressionism and realism.
art||Red Field blends impressionism with symbolism.
art||Blue Pond is a type of impressionism.
art||Impressionism is a type of Blue Pond.
art||Blue Pond is an impressionist painting from 1890.
art||Blue Pond is an 1890 impressionist painting.
art||Red Field, the 1890 painting in Paris, ...
T art||Blue Pond opened in Paris.
art||Blue Pond opened in Oslo in 1880.
"""
EXTRA_ARGUABLE = []
for _line in EXTRA.strip().splitlines():
    _true = _line.startswith("T ")
    _g, _u, _t = _line[2:].split("|", 2) if _true else _line.split("|", 2)
    if _true:
        EXTRA_ARGUABLE.append((_g, _u or None, _t, "TRUE or ARGUABLE (batch 3)"))
    else:
        add(_g, "batch 3: false in the graph (see REPORT.md, 'batch 3')", _t, user=_u or None)

GRAPHS = {"movies": kgx.KnowledgeGraph.example, "tv": _television, "roles": _roles, "pods": _podcasts,
          "museums": _museums, "guests": _guests_and_places, "albums": _albums, "topics": _topics, "mixed": g_mixed, "twonet": g_twonet, "same": g_same, "art": g_art, "music": g_music, "names": g_names}

ARGUABLE = [  # true or arguable: not counted
    ("tv", None, "Sherlock, which Steven Moffat and Mark Gatiss created, first aired on BBC One.", "TRUE"),
    ("tv", None, "Phoebe Waller-Bridge created Fleabag and Killing Eve.", "TRUE"),
    ("tv", "user:ana", "You watched Fleabag and Sherlock, both TV series from the UK.", "TRUE"),
    ("movies", None, "Heat, the 1995 film by Michael Mann, stars Al Pacino.", "TRUE"),
    ("movies", None, "Aliens, from Titanic director James Cameron, stars Sigourney Weaver.", "TRUE"),
    ("pods", None, "The UK is home to Rewind.", "TRUE"),
    ("guests", None, "Stonegate Museum opened in Melbourne in 1923.", "TRUE"),
    ("mixed", None, "North Line, which Ida Kern and Bo Lund created, first aired on Channel Nine.", "TRUE"),
    ("mixed", None, "Cy Mora was a guest on North Line.", "TRUE"),
    ("roles", None, "The Office aired on NBC and Comedy Central.", "TRUE"),
    ("twonet", None, "Office Hours first aired on Beta TV.", "ARGUABLE: aired on both; graph has no premiere relation, 'first' unknown"),
    ("twonet", None, "Office Hours first aired on Alpha TV.", "ARGUABLE: as above"),
    ("twonet", None, "Moon Tide is from Korea.", "ARGUABLE: North Korea; 'Korea' is a short name of South Korea"),
    ("twonet", None, "Moon Tide is pop music.", "ARGUABLE: K-pop is a kind of pop"),
    ("twonet", None, "Red Pine is from Ireland.", "TRUE: Republic of Ireland"),
    ("twonet", None, "Office Hours is from America.", "TRUE"),
]


def main():
    checkers = {}
    acc = []

    def chk(g, text, user):
        if g not in checkers:
            checkers[g] = ConsistencyChecker(GRAPHS[g](), outside_evidence=True).build()
        try:
            return checkers[g].check(text.replace(", ...", ".").replace(" ...", "."), (), user).supported
        except Exception as e:  # a crash is not an acceptance
            print("ERROR", g, text, repr(e))
            return False
    for g, user, text, why in CASES:
        if chk(g, text, user):
            acc.append((g, user, text, why))
            print(f"ACCEPTED [{g}] {text!r} (user={user}) -- {why}")
    print("-- arguable / true (not counted):")
    for g, user, text, why in ARGUABLE + EXTRA_ARGUABLE:
        print("  ", "accepted" if chk(g, text, user) else "rejected", repr(text), "--", why)
    print(f"accepted {len(acc)} of {len(CASES)}")


if __name__ == "__main__":
    main()
