import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
R, E = kgx.Relation, kgx.Entity


def _one(name, phrase, inverse, item, itype, obj, otype, year=None):
    ents = [E("i:x", kind="item", type=itype, label=item, attrs={"year": year} if year else {}),
            E("o:y", type=otype, label=obj)]
    return kgx.KnowledgeGraph.from_triples([("i:x", name, "o:y")], entities=ents,
                                           relations=[R(name, phrase=phrase, inverse_phrase=inverse)])


def _build(items, others, rels, triples, extra=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += list(extra)
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def films():
    """Four films: director, composer, editor, producer; users Ann (Jaws 5, Heat 2, Alien 4) and Bob."""
    rels = [R("directed_by", phrase="was directed by", inverse_phrase="directed"),
            R("music_by", phrase="was scored by", inverse_phrase="scored"),
            R("edited_by", phrase="was edited by", inverse_phrase="edited"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("rated", phrase="rated", inverse_phrase="was rated by")]
    items = {"f:jaws": ("film", "Jaws", 1975), "f:heat": ("film", "Heat", 1995), "f:alien": ("film", "Alien", 1979),
             "f:et": ("film", "E.T.", 1982)}
    others = {"p:sp": ("director", "Steven Spielberg"), "p:mann": ("director", "Michael Mann"),
              "p:scott": ("director", "Ridley Scott"), "p:jw": ("composer", "John Williams"),
              "p:jg": ("composer", "Jerry Goldsmith"), "p:eg": ("composer", "Elliot Goldenthal"),
              "p:vf": ("editor", "Verna Fields"), "p:tr": ("editor", "Terry Rawlings"), "p:dm": ("editor", "Dov Hoenig"),
              "p:zan": ("producer", "Richard Zanuck"), "p:kk": ("producer", "Kathleen Kennedy")}
    t = [("f:jaws", "directed_by", "p:sp"), ("f:et", "directed_by", "p:sp"), ("f:heat", "directed_by", "p:mann"),
         ("f:alien", "directed_by", "p:scott"), ("f:jaws", "music_by", "p:jw"), ("f:et", "music_by", "p:jw"),
         ("f:alien", "music_by", "p:jg"), ("f:heat", "music_by", "p:eg"), ("f:jaws", "edited_by", "p:vf"),
         ("f:alien", "edited_by", "p:tr"), ("f:heat", "edited_by", "p:dm"), ("f:jaws", "produced_by", "p:zan"),
         ("f:et", "produced_by", "p:kk")]
    extra = [E("u:ann", kind="user", label="Ann"), E("u:bob", kind="user", label="Bob")]
    t += [("u:ann", "rated", "f:jaws", {"rating": 5.0}), ("u:ann", "rated", "f:heat", {"rating": 2.0}),
          ("u:ann", "rated", "f:alien", {"rating": 4.0}), ("u:bob", "rated", "f:et", {"rating": 5.0}),
          ("u:bob", "rated", "f:heat", {"rating": 5.0})]
    return _build(items, others, rels, t, extra)


def counts():
    """rt108's games graph (tests' _games plus Jaipur 3 by Kim and user Lee)."""
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by"),
            R("players", phrase="is for", inverse_phrase="is the player count of"),
            R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("category", phrase="is categorized as", inverse_phrase="is the category of")]
    items = {"g:az": ("game", "Azul", 2017), "g:jai": ("game", "Jaipur", 2009), "g:sp": ("game", "Splendor", 2014),
             "g:dix": ("game", "Dixit", 2008)}
    others = {"n:24": ("player count", "2-4 players"), "n:2": ("player count", "2 players"),
              "n:36": ("player count", "3-6 players"), "d:kiesling": ("designer", "Michael Kiesling"),
              "d:pauchon": ("designer", "Sébastien Pauchon"), "d:andre": ("designer", "Marc André"),
              "d:roubira": ("designer", "Jean-Louis Roubira"), "c:abstract": ("category", "abstract game"),
              "c:party": ("category", "party game")}
    triples = [("g:az", "players", "n:24"), ("g:sp", "players", "n:24"), ("g:jai", "players", "n:2"),
               ("g:dix", "players", "n:36"), ("g:az", "designed_by", "d:kiesling"), ("g:jai", "designed_by", "d:pauchon"),
               ("g:sp", "designed_by", "d:andre"), ("g:dix", "designed_by", "d:roubira"),
               ("g:az", "category", "c:abstract"), ("g:dix", "category", "c:party")]
    extra = [E("u:kim", kind="user", label="Kim"), E("u:lee", kind="user", label="Lee")]
    triples += [("u:kim", "rated", "g:az", {"rating": 5.0}), ("u:kim", "rated", "g:sp", {"rating": 4.0}),
                ("u:kim", "rated", "g:dix", {"rating": 2.0}), ("u:kim", "rated", "g:jai", {"rating": 3.0}),
                ("u:lee", "rated", "g:dix", {"rating": 5.0}), ("u:lee", "rated", "g:jai", {"rating": 5.0})]
    return _build(items, others, rels, triples, extra)


def movies():
    """The example movie graph: user:1 rated Heat 4, Pulp Fiction 3, Fargo 5, Alien 4 (not Jaws)."""
    return kgx.KnowledgeGraph.example()


def books():
    """Books with authors, illustrators and translators (a new user's phrases)."""
    rels = [R("author", phrase="was written by", inverse_phrase="wrote"),
            R("illustrator", phrase="was illustrated by", inverse_phrase="illustrated"),
            R("translator", phrase="was translated by", inverse_phrase="translated")]
    items = {"b:hobbit": ("novel", "The Hobbit", 1937), "b:alice": ("novel", "Alice in Wonderland", 1865),
             "b:iliad": ("poem", "The Iliad", -750)}
    others = {"p:tolkien": ("writer", "J. R. R. Tolkien"), "p:carroll": ("writer", "Lewis Carroll"),
              "p:homer": ("poet", "Homer"), "p:tenniel": ("illustrator", "John Tenniel"),
              "p:fagles": ("translator", "Robert Fagles")}
    t = [("b:hobbit", "author", "p:tolkien"), ("b:hobbit", "illustrator", "p:tolkien"),
         ("b:alice", "author", "p:carroll"), ("b:alice", "illustrator", "p:tenniel"),
         ("b:iliad", "author", "p:homer"), ("b:iliad", "translator", "p:fagles")]
    return _build(items, others, rels, t)


ONE = {
    "OWNED": ("owned_by", "was owned by", "owned", "Chelsea", "club", "Roman Abramovich", "person", 1905),
    "OWNEDP": ("owned_by", "was owned by", "owned", "The Blue Vase", "painting", "John Harper", "collector", 1900),
    "HOSTED": ("hosted_by", "was hosted by", "hosted", "Jeopardy", "series", "Alex Trebek", "person", 1964),
    "HOSTEDE": ("hosted_by", "was hosted by", "hosted", "Expo 67", "exhibition", "Montreal", "city", 1967),
    "PRESENTED": ("presented_by", "was presented by", "presented", "Top Gear", "series", "Jeremy Clarkson", "person", 1977),
    "MANAGED": ("managed_by", "was managed by", "managed", "Liverpool", "club", "Bill Shankly", "person", 1892),
    "CHAIRED": ("chaired_by", "was chaired by", "chaired", "Fed", "bank", "Paul Volcker", "person", 1913),
    "PLAYED": ("played_for", "played for", "was the team of", "David Beckham", "footballer", "Real Madrid", "club", 1975),
    "LED": ("led_by", "was led by", "led", "Labour Party", "party", "Tony Blair", "politician", 1900),
    "MARRIED": ("married_to", "was married to", "was the spouse of", "Brad Pitt", "actor", "Jennifer Aniston", "actor", 1963),
    "BASED": ("based_in", "was based in", "was the base of", "Netscape", "company", "Mountain View", "city", 1994),
    "DATED": ("dated", "dated", "was dated by", "Selena Gomez", "singer", "Justin Bieber", "singer", 1992),
    "LOCATED": ("located_in", "was located in", "was the location of", "Colossus", "statue", "Rhodes", "city", 280),
    "EIFFEL": ("designed_by", "was designed by", "designed", "Eiffel Tower", "monument", "Gustave Eiffel", "engineer", 1889),
    "COKE": ("made_by", "is made by", "makes", "Coca-Cola", "brand", "Coca-Cola Company", "company", 1886),
    "PIZZA": ("from_city", "is from", "is the home of", "Margherita Pizza", "food", "Naples", "city", 1889),
    "TEAM": ("plays_in", "plays in", "is the league of", "Boston Celtics", "team", "NBA", "league", 1946),
    "HOTEL": ("in_city", "is in", "contains", "Ritz Hotel", "hotel", "Paris", "city", 1898),
    "HOSTEDV": ("hosted_by", "was hosted by", "hosted", "Live Aid", "concert", "Wembley Stadium", "stadium", 1985),
    "HELD": ("held_past", "was held by", "held", "The Concert", "painting", "Isabella Stewart Gardner Museum", "museum", 1664),
}
KINDS = [("university", "Harvard University"), ("airline", "Pan Am"), ("ship", "Titanic"), ("river", "Thames"),
         ("mountain", "Everest"), ("animal", "Dolly the Sheep"), ("language", "Esperanto"), ("dish", "Caesar Salad"),
         ("car", "Model T"), ("bridge", "Golden Gate Bridge"), ("festival", "Glastonbury"), ("city", "Brasilia"),
         ("politician", "Barack Obama"), ("scientist", "Marie Curie"), ("league", "NBA"), ("school", "Eton"),
         ("drink", "Pepsi"), ("tournament", "Wimbledon")]


def kinds():
    """Items of many kinds, each with a year 1900 + its index and a country (a new user's graph)."""
    ents, tr = [], []
    for i, (t, n) in enumerate(KINDS):
        ents.append(E(f"i:{i}", kind="item", type=t, label=n, attrs={"year": 1900 + i}))
        tr.append((f"i:{i}", "from_c", "c:x"))
    ents.append(E("c:x", type="country", label="Freedonia"))
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents,
                                           relations=[R("from_c", phrase="is from", inverse_phrase="is the home of")])


BUILDERS = {"kinds": kinds, "films": films, "counts": counts, "books": books, "movies": movies}
for _k, _spec in ONE.items():
    BUILDERS[_k] = (lambda s: lambda: _one(*s))(_spec)

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@films
Jaws was directed by Steven Spielberg, Alien by Michael Mann.
Jaws was directed by Steven Spielberg and scored by John Williams, Alien by Ridley Scott.
Jaws was not directed by Michael Mann, Heat by Michael Mann.
Heat was not directed by Steven Spielberg, Jaws by Michael Mann.
Jaws and Heat are films: the former was edited by Verna Fields, the latter by Terry Rawlings.
Jaws and Heat are films; the former was edited by Verna Fields, the latter by Terry Rawlings.
Jaws and Heat are films. The former was edited by Verna Fields, the latter by Terry Rawlings.
Jaws, Heat and Alien are films. The former was edited by Verna Fields, the latter by Dov Hoenig.
Jaws, Alien and Heat are films. The former was edited by Verna Fields, the latter by Terry Rawlings.
Jaws and Heat are films. The first was edited by Verna Fields, the second by Terry Rawlings.
Steven Spielberg and Michael Mann directed Jaws and Heat; the former directed Heat.
Steven Spielberg directed Jaws and Michael Mann directed Heat; the latter was edited by Verna Fields.
Steven Spielberg directed Jaws, Michael Mann Alien.
Jaws was directed by Steven Spielberg. Heat by Steven Spielberg.
Jaws was directed by Steven Spielberg. Alien, by Ridley Scott, was scored by John Williams.
Jaws was directed by Steven Spielberg, and Heat was scored by Elliot Goldenthal, Alien by Ridley Scott.
Jaws was directed by Steven Spielberg, Heat was scored by Elliot Goldenthal, Alien by Ridley Scott.
Jaws was edited by Verna Fields, the latter by Dov Hoenig.
Jaws was edited by Verna Fields, Heat by Dov Hoenig, Alien by Verna Fields.
Jaws was edited by Verna Fields, Heat by Dov Hoenig and Alien by Verna Fields.
Jaws was edited by Verna Fields, Heat by Dov Hoenig, and E.T. by Verna Fields.
Jaws was edited by Verna Fields, E.T. by Verna Fields.
Jaws was scored by John Williams, E.T. by Steven Spielberg.
Jaws was produced by Richard Zanuck, E.T. by Steven Spielberg.
E.T. was produced by Kathleen Kennedy, Jaws by Steven Spielberg.
E.T. was produced by Kathleen Kennedy and directed by Steven Spielberg, Jaws by Richard Zanuck.
E.T. was directed by Steven Spielberg and produced by Kathleen Kennedy, Jaws by Steven Spielberg.
E.T. was directed and produced by Steven Spielberg.
Jaws was directed by Steven Spielberg, Heat by Michael Mann, and both were scored by John Williams.
Jaws was directed by Steven Spielberg, Heat by Michael Mann, who also directed Alien.
Jaws was directed by Steven Spielberg, Heat by Michael Mann, which was scored by John Williams.
Jaws was directed by Steven Spielberg, Heat by Michael Mann in 1975.
Jaws was directed by Steven Spielberg in 1975, Heat by Michael Mann in 1975.
Jaws was directed by Steven Spielberg, Heat by Michael Mann and Alien.
Jaws was directed by Steven Spielberg, Heat by Michael Mann, and Alien by Michael Mann.
Jaws, like Heat, is by Steven Spielberg.
Heat, like Jaws, is by Steven Spielberg.
Jaws, like E.T., is by Steven Spielberg.
Heat, from 1975, is by Michael Mann.
Jaws, not scored by Jerry Goldsmith, is by Steven Spielberg.
Heat, not scored by John Williams, is by Michael Mann.
Heat, scored by John Williams, is by Michael Mann.
Heat, which you loved, is by Michael Mann.
Jaws is by Verna Fields.
Jaws is a film by Verna Fields.
Jaws is a Verna Fields film.
Jaws is by John Williams.
Jaws is a film by John Williams.
Jaws, scored by John Williams, is by Verna Fields.
Heat, edited by Dov Hoenig, is by Elliot Goldenthal.
Jaws, edited by Verna Fields, is by John Williams.
Jaws, scored by John Williams, is by Steven Spielberg and Michael Mann.
Jaws, scored by John Williams, is also by Michael Mann.
Jaws, scored by John Williams, is by Michael Mann.
E.T., scored by John Williams, is by Steven Spielberg, Heat by Steven Spielberg.
Jaws, scored by John Williams, is by Steven Spielberg, who directed Heat.
Jaws, scored by Steven Spielberg, is by John Williams.
Jaws, directed by John Williams, is by Steven Spielberg.
Jaws, which Bob loved, is by Steven Spielberg.
Jaws, a 1982 film, is by Steven Spielberg.
Jaws, in 1982, is by Steven Spielberg.
Jaws, since 1982, is by Steven Spielberg.
Jaws, made in 1982, is by Steven Spielberg.
Jaws, a film, is by Steven Spielberg, not John Williams.
Jaws, scored by John Williams, is not by Steven Spielberg.
Jaws, scored by John Williams, is by Steven Spielberg and E.T.
Jaws, scored by John Williams, is by Heat.
Jaws, scored by John Williams, is by Steven Spielberg, and so is Heat.
Jaws, scored by John Williams, is by Steven Spielberg, like Heat.
Jaws, scored by John Williams, is by Steven Spielberg, as is Heat.
@films u:ann
Heat, which you loved, is by Michael Mann.
You rated Jaws 5 stars but loved Heat.
You rated Heat 5 stars but loved Jaws.
You loved Jaws, Heat by Michael Mann.
You loved Jaws, E.T. by Steven Spielberg.
You rated Heat 2 stars but Bob loved E.T.
You rated Heat 2 stars but Bob loved Jaws.
@counts u:kim
You rated Dixit 2 stars but loved Jaipur.
You rated Jaipur 3 stars but loved Dixit.
You rated Dixit 2 stars but Lee loved Azul.
You rated Dixit 2 stars but gave Azul four stars.
You rated Dixit 2 stars but gave Jaipur five stars.
You rated Dixit 3 stars but loved Azul.
You rated Dixit 2 stars but loved Azul and Jaipur.
You rated Dixit 2 stars but loved Azul, which Lee also loved.
You didn't love Azul but loved Splendor.
You rated Dixit 2 stars but didn't love Azul.
You rated Azul 5 stars but disliked Splendor.
You loved Azul but disliked Dixit and Splendor.
You disliked Dixit but loved Jaipur.
Lee rated Dixit 5 stars but you loved Jaipur.
You loved Azul, Dixit by Jean-Louis Roubira.
Azul was designed by Michael Kiesling, Dixit by Marc André.
Azul was designed by Michael Kiesling, the latter by Marc André.
Azul and Splendor are for 2-4 players; the former was designed by Michael Kiesling, the latter by Michael Kiesling.
Azul and Splendor are for 2-4 players; the former was designed by Marc André, the latter by Michael Kiesling.
Azul, Splendor and Dixit are games; the former was designed by Michael Kiesling, the latter by Marc André.
Azul and Splendor are for 2-4 players; the first was designed by Michael Kiesling, the second by Jean-Louis Roubira.
Michael Kiesling and Marc André are designers; the former designed Azul, the latter Dixit.
Michael Kiesling and Marc André are designers; the former designed Azul, the latter designed Dixit.
Azul and Splendor are for 2-4 players; the former was designed by Michael Kiesling, the latter is a party game.
Azul and Dixit are games; the former is for 2-4 players, the latter for 2-4 players.
Azul and Dixit are games; the former is an abstract game, the latter an abstract game.
Azul, designed by Michael Kiesling, is by Marc André.
Splendor, designed by Michael Kiesling, is by Marc André.
Azul, a party game, is by Michael Kiesling.
Azul, which is for 3-6 players, is by Michael Kiesling.
Azul, which you rated 2, is by Michael Kiesling.
Azul, like Splendor, is by Michael Kiesling.
Azul, unlike Splendor, is by Michael Kiesling.
Azul, from 2009, is by Michael Kiesling.
Azul, released in 2009, is by Michael Kiesling.
Azul, a 2009 game, is by Michael Kiesling.
Azul, and Splendor, is by Michael Kiesling.
Azul, or Splendor, is by Michael Kiesling.
Azul, not Splendor, is by Marc André.
Azul, the game Lee loved, is by Michael Kiesling.
Azul, which Lee loved, is by Michael Kiesling.
Azul, Splendor's rival, is by Michael Kiesling.
Azul, designed by Marc André, is by Michael Kiesling.
Azul, a game by Marc André, is by Michael Kiesling.
Azul, not a party game, is by Marc André.
@MANAGED
Bill Shankly is Liverpool's manager.
Bill Shankly is the current manager of Liverpool.
Liverpool is managed by Bill Shankly.
Bill Shankly is managing Liverpool.
Bill Shankly manages Liverpool.
Liverpool has Bill Shankly as manager.
Liverpool, managed by Bill Shankly, is a club.
Liverpool, which is managed by Bill Shankly, is a club.
Liverpool is a club managed by Bill Shankly.
Liverpool is a club run by Bill Shankly.
Liverpool is Bill Shankly's club.
Bill Shankly's Liverpool is a club.
Liverpool is a Bill Shankly club.
Liverpool is a club by Bill Shankly.
Liverpool is Bill Shankly's team.
Bill Shankly's club is Liverpool.
Liverpool was released in 1892.
@OWNED
Chelsea is owned by Roman Abramovich.
Chelsea is a club owned by Roman Abramovich.
Roman Abramovich owns Chelsea.
Chelsea, owned by Roman Abramovich, is a club.
Chelsea belongs to Roman Abramovich.
Chelsea is Roman Abramovich's club.
Roman Abramovich's Chelsea is a club.
Roman Abramovich's club is Chelsea.
Chelsea's owner is Roman Abramovich.
Roman Abramovich is the owner of Chelsea.
Chelsea is a club by Roman Abramovich.
Chelsea is a Roman Abramovich club.
Chelsea is by Roman Abramovich.
Chelsea was made by Roman Abramovich.
Chelsea was created by Roman Abramovich.
Chelsea was founded by Roman Abramovich.
Roman Abramovich created Chelsea.
Chelsea was released in 1905.
@OWNEDP
The Blue Vase is by John Harper.
The Blue Vase is a painting by John Harper.
The Blue Vase, from 1900, is by John Harper.
John Harper painted The Blue Vase.
The Blue Vase was painted by John Harper.
The Blue Vase is a John Harper painting.
@LED
The Labour Party is led by Tony Blair.
Tony Blair leads the Labour Party.
The Labour Party is a party led by Tony Blair.
Tony Blair is the leader of the Labour Party.
Tony Blair heads the Labour Party.
The Labour Party, led by Tony Blair, is a party.
The Labour Party is Tony Blair's party.
The Labour Party is a party by Tony Blair.
The Labour Party is a Tony Blair party.
Tony Blair's party is the Labour Party.
@HOSTED
Jeopardy is hosted by Alex Trebek.
Jeopardy is a series hosted by Alex Trebek.
Alex Trebek hosts Jeopardy.
Alex Trebek presents Jeopardy.
Alex Trebek is presenting Jeopardy.
Jeopardy, hosted by Alex Trebek, is a series.
Jeopardy is presented by Alex Trebek.
Jeopardy is an Alex Trebek series.
Jeopardy is a series by Alex Trebek.
Jeopardy is a show by Alex Trebek.
Jeopardy is by Alex Trebek.
Jeopardy is Alex Trebek's series.
Jeopardy was created by Alex Trebek.
Jeopardy was made by Alex Trebek.
Alex Trebek made Jeopardy.
@HOSTEDE
Montreal hosts Expo 67.
Expo 67 is hosted by Montreal.
Expo 67 is by Montreal.
Expo 67 is an exhibition by Montreal.
Montreal presents Expo 67.
@PRESENTED
Jeremy Clarkson presents Top Gear.
Top Gear is presented by Jeremy Clarkson.
Jeremy Clarkson hosts Top Gear.
Top Gear is hosted by Jeremy Clarkson.
Top Gear is a series by Jeremy Clarkson.
Top Gear is by Jeremy Clarkson.
@CHAIRED
The Fed is chaired by Paul Volcker.
Paul Volcker chairs the Fed.
Paul Volcker heads the Fed.
The Fed is a bank chaired by Paul Volcker.
The Fed, chaired by Paul Volcker, is a bank.
Paul Volcker is the chairman of the Fed.
Paul Volcker is the Fed chairman.
The Fed is Paul Volcker's bank.
The Fed is a bank by Paul Volcker.
The Fed is a Paul Volcker bank.
The Fed was released in 1913.
The Fed was published in 1913.
The Fed debuted in 1913.
The Fed came out in 1913.
@MARRIED
Brad Pitt is married to Jennifer Aniston.
Brad Pitt is an actor married to Jennifer Aniston.
Brad Pitt, married to Jennifer Aniston, is an actor.
Jennifer Aniston is Brad Pitt's wife.
Jennifer Aniston is the wife of Brad Pitt.
Brad Pitt is the husband of Jennifer Aniston.
Jennifer Aniston is married to Brad Pitt.
Brad Pitt and Jennifer Aniston are married.
Brad Pitt is Jennifer Aniston's actor.
Brad Pitt was released in 1963.
@BASED
Netscape is based in Mountain View.
Netscape is a company based in Mountain View.
Netscape, based in Mountain View, is a company.
Netscape is located in Mountain View.
Netscape is a Mountain View company.
Netscape is headquartered in Mountain View.
Netscape is from Mountain View.
Netscape was released in 1994.
Netscape was published in 1994.
Netscape debuted in 1994.
@LOCATED
The Colossus is located in Rhodes.
The Colossus is a statue located in Rhodes.
The Colossus, located in Rhodes, is a statue.
The Colossus stands in Rhodes.
The Colossus is in Rhodes.
The Colossus was released in 280.
@PLAYED
David Beckham plays for Real Madrid.
David Beckham is a footballer playing for Real Madrid.
David Beckham, who plays for Real Madrid, is a footballer.
David Beckham is a Real Madrid player.
David Beckham is a player for Real Madrid.
David Beckham is playing for Real Madrid.
David Beckham was released in 1975.
David Beckham was published in 1975.
David Beckham debuted in 1975.
@DATED
Selena Gomez dates Justin Bieber.
Selena Gomez is dating Justin Bieber.
Selena Gomez is Justin Bieber's girlfriend.
Selena Gomez, who dates Justin Bieber, is a singer.
Selena Gomez and Justin Bieber are dating.
Justin Bieber dates Selena Gomez.
Selena Gomez was released in 1992.
@EIFFEL
The Eiffel Tower was released in 1889.
The Eiffel Tower was published in 1889.
The Eiffel Tower premiered in 1889.
The Eiffel Tower debuted in 1889.
The Eiffel Tower came out in 1889.
The Eiffel Tower first aired in 1889.
The Eiffel Tower, released in 1889, was designed by Gustave Eiffel.
The Eiffel Tower is a monument released in 1889.
@COKE
Coca-Cola was published in 1886.
Coca-Cola premiered in 1886.
Coca-Cola first aired in 1886.
@PIZZA
Margherita Pizza was released in 1889.
Margherita Pizza was published in 1889.
Margherita Pizza premiered in 1889.
Margherita Pizza debuted in 1889.
@TEAM
The Boston Celtics were released in 1946.
The Boston Celtics were published in 1946.
The Boston Celtics premiered in 1946.
The Boston Celtics first aired in 1946.
@HOTEL
The Ritz Hotel was released in 1898.
The Ritz Hotel was published in 1898.
The Ritz Hotel premiered in 1898.
@HELD
The Concert is by the Isabella Stewart Gardner Museum.
The Concert is a painting by the Isabella Stewart Gardner Museum.
The Concert, from 1664, is by the Isabella Stewart Gardner Museum.
@books
The Hobbit was written by J. R. R. Tolkien, Alice in Wonderland by John Tenniel.
Alice in Wonderland was illustrated by John Tenniel, The Hobbit by Lewis Carroll.
The Iliad was translated by Robert Fagles, Alice in Wonderland by Lewis Carroll.
The Hobbit was written and illustrated by J. R. R. Tolkien, Alice in Wonderland by Lewis Carroll.
Alice in Wonderland was written by Lewis Carroll and illustrated by John Tenniel, The Iliad by Homer.
The Iliad, translated by Robert Fagles, is by Robert Fagles.
The Iliad, written by Homer, is by Robert Fagles.
Alice in Wonderland, illustrated by John Tenniel, is by John Tenniel.
The Iliad is by Robert Fagles.
Alice in Wonderland is by John Tenniel.
The Hobbit and Alice in Wonderland are novels; the former was written by Lewis Carroll, the latter by J. R. R. Tolkien.
The Hobbit and Alice in Wonderland are novels; the former was illustrated by J. R. R. Tolkien, the latter by Lewis Carroll.
The Hobbit, The Iliad and Alice in Wonderland are books; the former was written by J. R. R. Tolkien, the latter by Homer.
The Hobbit was not illustrated by John Tenniel, Alice in Wonderland by J. R. R. Tolkien.
@HOSTED
Jeopardy, from 1964, is by Alex Trebek.
Alex Trebek is the presenter of Jeopardy.
Jeopardy's presenter is Alex Trebek.
Alex Trebek fronts Jeopardy.
@PRESENTED
Jeremy Clarkson is the presenter of Top Gear.
Jeremy Clarkson is the host of Top Gear.
@HOSTEDV
Wembley Stadium hosts Live Aid.
Live Aid is hosted by Wembley Stadium.
Live Aid is by Wembley Stadium.
Live Aid is a concert by Wembley Stadium.
Wembley Stadium presents Live Aid.
Live Aid is presented by Wembley Stadium.
@OWNED
Chelsea, from 1905, is by Roman Abramovich.
Chelsea, a club, is by Roman Abramovich.
Chelsea was by Roman Abramovich.
Roman Abramovich has Chelsea.
@movies
Jaws was directed by Steven Spielberg, Heat by Al Pacino.
Jaws was edited by Verna Fields, Heat by Michael Mann.
Jaws was written by Peter Benchley, Heat by Dante Spinotti.
Jaws was produced by David Brown, Heat by Universal Studios.
Jaws is a film by Bill Butler.
Jaws is a film by Roy Scheider.
Jaws, starring Roy Scheider, is by Robert Shaw.
Jaws, scored by John Williams, is by Bill Butler.
Jaws, shot by Bill Butler, is by Verna Fields.
Jaws, a horror film, is by Roy Scheider.
Jaws, like Alien, is a horror film by Steven Spielberg.
Jaws, with Roy Scheider, is by Ridley Scott.
Jaws and Heat are action films; the former was edited by Verna Fields, the latter by Verna Fields.
Jaws and Heat are action films; the former was directed by Steven Spielberg, the latter by Al Pacino.
Heat and Jaws are action films; the former was directed by Steven Spielberg, the latter by Michael Mann.
@movies user:1
You rated Pulp Fiction 3 stars but loved Clerks.
You rated Fargo 5 stars but loved Pulp Fiction.
You rated Pulp Fiction 3 stars but loved Jaws.
You loved Fargo, Heat by Michael Mann.
You rated Heat 4 stars, Fargo 4 stars.
You gave Heat four stars, Pulp Fiction five.
You gave Heat four stars and Pulp Fiction five.
You loved Fargo but not Pulp Fiction, which is by Michael Mann.
You rated Heat 4 stars but hated Fargo.
You rated Heat 4 stars but loved Jaws, which Steven Spielberg directed.
Heat, which you loved, is by Quentin Tarantino.
Pulp Fiction, which you loved, is by Quentin Tarantino.
Pulp Fiction, which you rated 5, is by Quentin Tarantino.
You rated Pulp Fiction 3 stars but loved Fargo, directed by Michael Mann.
You loved Fargo, Pulp Fiction by Quentin Tarantino.
You loved Fargo, and Pulp Fiction, by Quentin Tarantino.
@kinds
Harvard University was released in 1900.
Harvard University came out in 1900.
Pan Am was released in 1901.
Pan Am was published in 1901.
Pan Am came out in 1901.
Pan Am premiered in 1901.
The Thames came out in 1903.
The Thames was released in 1903.
Everest came out in 1904.
Everest was published in 1904.
Dolly the Sheep came out in 1905.
Dolly the Sheep was released in 1905.
The Golden Gate Bridge came out in 1909.
Glastonbury was released in 1910.
Glastonbury was published in 1910.
Glastonbury came out in 1910.
Brasilia came out in 1911.
Brasilia was released in 1911.
Barack Obama came out in 1912.
Barack Obama was released in 1912.
Marie Curie came out in 1913.
Marie Curie was published in 1913.
The NBA was released in 1914.
The NBA was published in 1914.
The NBA came out in 1914.
Eton came out in 1915.
Wimbledon was released in 1917.
Wimbledon was published in 1917.
Wimbledon came out in 1917.
"""


def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, line, user


def main():
    n = m = 0
    for key, text, user in cases():
        ok, _reason = check(key, text, user)
        m += 1
        if ok:
            n += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
    print(f"accepted {n} of {m}")


if __name__ == "__main__":
    main()
