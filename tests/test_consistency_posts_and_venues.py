"""Readings added in session 67, each with false twins: a naming participle after a kind noun
("the asteroid called 10 Hygiea", "a horse named Seabiscuit"); the agent noun of a past state
said with "was" ("X's coach was Y", "his teacher was Y"); an event "is held / takes place / is
staged at" the venue that "hosts" it; "was a clipper commanded by X"; "the ship" for a clipper;
"played guitar in" a guitarist's band; "was head designer at" a house (a post, in the past);
"worked as" for a declared "also worked as"; "the mind behind" for a person's "created";
"trained at" for "studied at"; "skates for" the country a skater represents; "P, <aside>, is
where Y is run"; "a classical violinist" of the genre "classical music"; "one of The Rolling Stones" (the
article the band's own, the band an item or not); "it" of the one thing
named where the items named are people; "have each won"; "he" never a publication; "the former"
of the one pair joined by "and" among three names; "X's discoveries include Y"."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad

R = kgx.Relation


@pytest.fixture(scope="module")
def skaters():
    s = "skater"
    rels = [R("represents", phrase="represents", inverse_phrase="is represented by", domain=(s,), range=("country",)),
            R("coached_by", phrase="was coached by", inverse_phrase="coached", domain=(s,), range=("coach",)),
            R("competes_in", phrase="competes in", inverse_phrase="is the discipline of",
              domain=(s,), range=("discipline",))]
    ents = [_item("s:hanyu", "Yuzuru Hanyu", s, 1994), _item("s:fernandez", "Javier Fernández", s, 1991),
            _item("s:witt", "Katarina Witt", s, 1965), _item("s:chen", "Nathan Chen", s, 1999),
            _attr("c:japan", "Japan", "country"), _attr("c:spain", "Spain", "country"),
            _attr("c:gdr", "East Germany", "country"), _attr("c:us", "United States", "country"),
            _attr("k:orser", "Brian Orser", "coach"), _attr("k:muller", "Jutta Müller", "coach"),
            _attr("k:arutyunyan", "Rafael Arutyunyan", "coach"),
            _attr("d:singles", "men's singles", "discipline")]
    rows = [("s:hanyu", "represents", "c:japan"), ("s:fernandez", "represents", "c:spain"),
            ("s:witt", "represents", "c:gdr"), ("s:chen", "represents", "c:us"),
            ("s:hanyu", "coached_by", "k:orser"), ("s:fernandez", "coached_by", "k:orser"),
            ("s:witt", "coached_by", "k:muller"), ("s:chen", "coached_by", "k:arutyunyan"),
            ("s:hanyu", "competes_in", "d:singles")]
    return _graph("skaters", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Javier Fernández's coach was Brian Orser.", "Nathan Chen's coach was Brian Orser."),
    ("Brian Orser was Yuzuru Hanyu's coach.", "Jutta Müller was Yuzuru Hanyu's coach."),
    ("The coach of Katarina Witt was Jutta Müller.", "The coach of Katarina Witt was Brian Orser."),
    ("Katarina Witt represents East Germany, and her coach was Jutta Müller.",
     "Katarina Witt represents East Germany, and her coach was Rafael Arutyunyan."),
    ("Nathan Chen represents the United States. His coach was Rafael Arutyunyan.",
     "Nathan Chen represents the United States. His coach was Brian Orser."),
    # a past state's agent is said in the past only
    ("Javier Fernández's coach was Brian Orser.", "Javier Fernández's coach is Brian Orser."),
    ("Yuzuru Hanyu skates for Japan.", "Yuzuru Hanyu skates for Spain."),
    ("Javier Fernández skates for Spain.", "Javier Fernández skated for Spain."),
])
def test_skaters(skaters, true, false):
    _ok(skaters, true)
    _bad(skaters, false)


@pytest.fixture(scope="module")
def racecourses():
    c = "racecourse"
    rels = [R("hosts_race", phrase="hosts", inverse_phrase="is run at", domain=(c,), range=("race",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(c,), range=("city",))]
    ents = [_item("c:aintree", "Aintree Racecourse", c, 1829), _item("c:downs", "Churchill Downs", c, 1875),
            _attr("r:national", "Grand National", "race"), _attr("r:derby", "Kentucky Derby", "race"),
            _attr("t:liverpool", "Liverpool", "city"), _attr("t:louisville", "Louisville", "city")]
    rows = [("c:aintree", "hosts_race", "r:national"), ("c:downs", "hosts_race", "r:derby"),
            ("c:aintree", "located_in", "t:liverpool"), ("c:downs", "located_in", "t:louisville")]
    return _graph("racecourses", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Grand National is held at Aintree Racecourse.", "The Kentucky Derby is held at Aintree Racecourse."),
    ("The Kentucky Derby takes place at Churchill Downs.", "The Grand National takes place at Churchill Downs."),
    ("Churchill Downs is where the Kentucky Derby takes place.",
     "Aintree Racecourse is where the Kentucky Derby takes place."),
    ("The Grand National is staged at Aintree Racecourse.", "Aintree Racecourse is held at the Grand National."),
    ("Churchill Downs hosts the Kentucky Derby.", "The Kentucky Derby is not held at Churchill Downs."),
    # a venue that hosts events is their home
    ("Churchill Downs is the home of the Kentucky Derby.", "Churchill Downs is the home of the Grand National."),
    ("Aintree Racecourse, home of the Grand National, is located in Liverpool.",
     "Aintree Racecourse, home of the Kentucky Derby, is located in Liverpool."),
    ("Liverpool is home to Aintree Racecourse.", "Louisville is home to Aintree Racecourse."),
    # "is where" after an aside set off by commas
    ("Aintree Racecourse, opened in 1829, is where the Grand National is run.",
     "Aintree Racecourse, opened in 1829, is where the Kentucky Derby is run."),
    ("Aintree Racecourse, opened in 1829, is where the Grand National is run.",
     "Aintree Racecourse, opened in 1875, is where the Grand National is run."),
])
def test_racecourses(racecourses, true, false):
    _ok(racecourses, true)
    _bad(racecourses, false)


@pytest.fixture(scope="module")
def clippers():
    s = "clipper"
    rels = [R("built_by", phrase="was built by", inverse_phrase="built", domain=(s,), range=("builder",)),
            R("commanded_by", phrase="was commanded by", inverse_phrase="commanded", domain=(s,), range=("captain",)),
            R("has_class", phrase="is a", inverse_phrase="is the class of", domain=(s,), range=("class",))]
    ents = [_item("s:challenge", "Challenge", s, 1851), _item("s:sovereign", "Sovereign of the Seas", s, 1852),
            _attr("b:webb", "William H. Webb", "builder"), _attr("b:mckay", "Donald McKay", "builder"),
            _attr("p:waterman", "Robert Waterman", "captain"), _attr("p:lauchlan", "Lauchlan McKay", "captain"),
            _attr("k:extreme", "extreme clipper", "class")]
    rows = [("s:challenge", "built_by", "b:webb"), ("s:sovereign", "built_by", "b:mckay"),
            ("s:challenge", "commanded_by", "p:waterman"), ("s:sovereign", "commanded_by", "p:lauchlan"),
            ("s:challenge", "has_class", "k:extreme"), ("s:sovereign", "has_class", "k:extreme")]
    return _graph("clippers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Challenge was a clipper commanded by Robert Waterman.", "Challenge was a clipper commanded by Lauchlan McKay."),
    ("Challenge was an extreme clipper commanded by Robert Waterman.",
     "Challenge was an extreme clipper commanded by Donald McKay."),
    # the bare participle of a past state, after a present copula, says it still is
    ("Challenge was a clipper commanded by Robert Waterman.", "Challenge is a clipper commanded by Robert Waterman."),
    ("Lauchlan McKay commanded Sovereign of the Seas. The ship was built by Donald McKay.",
     "Lauchlan McKay commanded Sovereign of the Seas. The ship was built by William H. Webb."),
    ("The vessel Challenge was built by William H. Webb.", "The vessel Challenge was built by Donald McKay."),
    ("The ship called Challenge was built by William H. Webb.",
     "The ship called Challenge was built by Donald McKay."),
    ("A ship named Sovereign of the Seas was built by Donald McKay.",
     "A captain named Sovereign of the Seas was built by Donald McKay."),
])
def test_clippers(clippers, true, false):
    _ok(clippers, true)
    _bad(clippers, false)


@pytest.fixture(scope="module")
def musicians():
    g, v = "guitarist", "violinist"
    rels = [R("member_of", phrase="was a member of", inverse_phrase="counted among its members",
              domain=(g,), range=("band",)),
            R("studied_with", phrase="studied with", inverse_phrase="taught", domain=(v,), range=("teacher",)),
            R("studied_at", phrase="studied at", inverse_phrase="is the alma mater of",
              domain=(v,), range=("conservatory",)),
            R("also_worked_as", phrase="also worked as", inverse_phrase="was also the job of",
              domain=(v,), range=("profession",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(v,), range=("city",)),
            R("plays_genre", phrase="plays", inverse_phrase="is played by", domain=(v,), range=("genre",))]
    ents = [_item("g:page", "Jimmy Page", g, 1944), _item("g:richards", "Keith Richards", g, 1943),
            _attr("b:zeppelin", "Led Zeppelin", "band"), _attr("b:stones", "The Rolling Stones", "band"),
            _item("v:chang", "Sarah Chang", v, 1980), _item("v:stern", "Isaac Stern", v, 1920),
            _item("v:oistrakh", "David Oistrakh", v, 1908),
            _attr("t:delay", "Dorothy DeLay", "teacher"), _attr("t:blinder", "Naoum Blinder", "teacher"),
            _attr("k:curtis", "Curtis Institute of Music", "conservatory"),
            _attr("k:juilliard", "Juilliard School", "conservatory"),
            _attr("j:conductor", "conductor", "profession"), _attr("j:composer", "composer", "profession"),
            _attr("x:kremenets", "Kremenets", "city"), _attr("m:classical", "classical music", "genre"),
            _attr("m:jazz", "jazz", "genre"), _attr("m:country", "country music", "genre")]
    rows = [("g:page", "member_of", "b:zeppelin"), ("g:richards", "member_of", "b:stones"),
            ("v:chang", "studied_with", "t:delay"), ("v:stern", "studied_with", "t:blinder"),
            ("v:chang", "studied_at", "k:juilliard"), ("v:stern", "studied_at", "k:curtis"),
            ("v:oistrakh", "also_worked_as", "j:conductor"), ("v:stern", "born_in", "x:kremenets"),
            ("v:chang", "plays_genre", "m:classical"), ("v:oistrakh", "plays_genre", "m:jazz"),
            ("v:stern", "plays_genre", "m:country")]
    return _graph("musicians", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Jimmy Page played guitar in Led Zeppelin.", "Jimmy Page played guitar in The Rolling Stones."),
    ("Keith Richards played guitar for The Rolling Stones.", "Keith Richards played bass for The Rolling Stones."),
    ("Keith Richards was one of The Rolling Stones.", "Jimmy Page was one of The Rolling Stones."),
    ("Dorothy DeLay was Sarah Chang's teacher.", "Naoum Blinder was Sarah Chang's teacher."),
    ("Sarah Chang's teacher was Dorothy DeLay.", "Sarah Chang was Dorothy DeLay's teacher."),
    ("Isaac Stern was born in Kremenets, and his teacher was Naoum Blinder.",
     "Isaac Stern was born in Kremenets, and his teacher was Dorothy DeLay."),
    ("Isaac Stern was born in Kremenets. His teacher was Naoum Blinder.",
     "Isaac Stern was born in Kremenets. His teacher is Naoum Blinder."),
    ("Isaac Stern trained at the Curtis Institute of Music.", "Sarah Chang trained at the Curtis Institute of Music."),
    ("David Oistrakh worked as a conductor.", "David Oistrakh worked as a composer."),
    ("David Oistrakh worked as a conductor.", "Isaac Stern worked as a conductor."),
    # a genre "<words> music" named by its words ("a classical violinist"; not "country" alone)
    ("Sarah Chang is a classical violinist.", "David Oistrakh is a classical violinist."),
    ("Sarah Chang plays classical music.", "Isaac Stern is a country violinist."),
])
def test_musicians(musicians, true, false):
    _ok(musicians, true)
    _bad(musicians, false)


@pytest.fixture(scope="module")
def fashion():
    d = "designer"
    rels = [R("head_designer_of", phrase="was head designer of", inverse_phrase="had as head designer",
              domain=(d,), range=("house",)),
            R("created", phrase="created", inverse_phrase="was created by", domain=(d,), range=("label",))]
    ents = [_item("d:lagerfeld", "Karl Lagerfeld", d, 1933), _item("d:ford", "Tom Ford", d, 1961),
            _item("d:prada", "Miuccia Prada", d, 1949),
            _attr("h:chanel", "Chanel", "house"), _attr("h:fendi", "Fendi", "house"), _attr("h:gucci", "Gucci", "house"),
            _attr("l:miumiu", "Miu Miu", "label")]
    rows = [("d:lagerfeld", "head_designer_of", "h:chanel"), ("d:lagerfeld", "head_designer_of", "h:fendi"),
            ("d:ford", "head_designer_of", "h:gucci"), ("d:prada", "created", "l:miumiu")]
    return _graph("fashion", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Karl Lagerfeld was head designer at Chanel.", "Karl Lagerfeld was head designer at Gucci."),
    ("Tom Ford was the head designer at Gucci.", "Tom Ford was the head designer at Fendi."),
    ("Karl Lagerfeld was head designer at Chanel and Fendi.", "Karl Lagerfeld was head designer at Chanel and Gucci."),
    # a post the registry says in the past
    ("Karl Lagerfeld was head designer at Chanel.", "Karl Lagerfeld is head designer at Chanel."),
    ("Miuccia Prada is the mind behind Miu Miu.", "Tom Ford is the mind behind Miu Miu."),
    ("Miuccia Prada is the mind behind Miu Miu.", "Miu Miu is the mind behind Miuccia Prada."),
])
def test_fashion(fashion, true, false):
    _ok(fashion, true)
    _bad(fashion, false)


@pytest.fixture(scope="module")
def example():
    from kgexplain.consistency import ConsistencyChecker

    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True, rating_threshold=4.0)


@pytest.mark.parametrize("true, false", [
    ("The film called Alien was directed by Ridley Scott.", "The film called Heat was directed by Ridley Scott."),
    ("A film named Alien was directed by Ridley Scott.", "A novel named Alien was directed by Ridley Scott."),
    ("The film known as Alien was directed by Ridley Scott.",
     "The film known as Alien was directed by James Cameron."),
    # "named" and "called" as verbs keep their words: nothing is dropped after a name
    ("Alien was directed by Ridley Scott.", "Ridley Scott called Alien his best film."),
])
def test_naming_participles(example, true, false):
    _ok(example, true)
    _bad(example, false)


@pytest.fixture(scope="module")
def golfers():
    g = "golfer"
    rels = [R("won", phrase="won", inverse_phrase="was won by", domain=(g,), range=("tournament",)),
            R("college", phrase="played college golf at", inverse_phrase="had on its golf team",
              domain=(g,), range=("university",))]
    ents = [_item("g:nicklaus", "Jack Nicklaus", g, 1940), _item("g:woods", "Tiger Woods", g, 1975),
            _item("g:korda", "Nelly Korda", g, 1998), _item("g:sorenstam", "Annika Sörenstam", g, 1970),
            _item("g:mcilroy", "Rory McIlroy", g, 1989), _item("g:rahm", "Jon Rahm", g, 1994),
            _attr("t:pga", "PGA Championship", "tournament"), _attr("t:usopen", "U.S. Open", "tournament"),
            _attr("t:womens", "U.S. Women's Open", "tournament"), _attr("u:arizona", "University of Arizona", "university")]
    rows = [("g:nicklaus", "won", "t:pga"), ("g:woods", "won", "t:pga"), ("g:nicklaus", "won", "t:usopen"),
            ("g:sorenstam", "won", "t:womens"), ("g:korda", "won", "t:womens"), ("g:mcilroy", "won", "t:usopen"),
            ("g:rahm", "won", "t:usopen"), ("g:sorenstam", "college", "u:arizona")]
    return _graph("golfers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # "it" of the one thing named, where the items named are people
    ("Jack Nicklaus won the PGA Championship, and Tiger Woods won it as well.",
     "Jack Nicklaus won the PGA Championship, and Nelly Korda won it as well."),
    ("Jack Nicklaus won the U.S. Open, and Rory McIlroy won it too.",
     "Jack Nicklaus won the PGA Championship and the U.S. Open, and Rory McIlroy won it too."),
    # "have each"
    ("Rory McIlroy and Jon Rahm have each won the U.S. Open.", "Rory McIlroy and Nelly Korda have each won the U.S. Open."),
])
def test_golfers(golfers, true, false):
    _ok(golfers, true)
    _bad(golfers, false)


@pytest.fixture(scope="module")
def cartoonists():
    c = "cartoonist"
    rels = [R("drew_for", phrase="drew for", inverse_phrase="published the work of", domain=(c,), range=("publication",)),
            R("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=(c,), range=("city",)),
            R("influenced", phrase="influenced", inverse_phrase="was influenced by", domain=(c,), range=(c,)),
            R("created", phrase="created", inverse_phrase="was created by", domain=(c,), range=("comic",))]
    ents = [_item("c:addams", "Charles Addams", c, 1912), _item("c:kurtzman", "Harvey Kurtzman", c, 1924),
            _item("c:crumb", "Robert Crumb", c, 1943), _item("c:spiegelman", "Art Spiegelman", c, 1948),
            _attr("p:newyorker", "The New Yorker", "publication"), _attr("x:nyc", "New York City", "city"),
            _attr("x:westfield", "Westfield", "city"), _attr("k:fritz", "Fritz the Cat", "comic"),
            _attr("k:maus", "Maus", "comic")]
    rows = [("c:addams", "drew_for", "p:newyorker"), ("c:addams", "died_in", "x:nyc"),
            ("c:kurtzman", "influenced", "c:crumb"), ("c:kurtzman", "influenced", "c:spiegelman"),
            ("c:crumb", "created", "k:fritz"), ("c:spiegelman", "created", "k:maus")]
    return _graph("cartoonists", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # "he" after a publication: the publication is no one
    ("Charles Addams drew for The New Yorker. He died in New York City.",
     "Charles Addams drew for The New Yorker. He died in Westfield."),
    # "the former" / "the latter" of the one pair joined by "and" among three names
    ("Harvey Kurtzman influenced Robert Crumb and Art Spiegelman; the former created Fritz the Cat.",
     "Harvey Kurtzman influenced Robert Crumb and Art Spiegelman; the latter created Fritz the Cat."),
    ("Harvey Kurtzman influenced Robert Crumb and Art Spiegelman. The latter created Maus.",
     "Harvey Kurtzman influenced Robert Crumb and Art Spiegelman. The former created Maus."),
])
def test_cartoonists(cartoonists, true, false):
    _ok(cartoonists, true)
    _bad(cartoonists, false)


@pytest.fixture(scope="module")
def astronomers():
    a = "astronomer"
    rels = [R("discovered", phrase="discovered", inverse_phrase="was discovered by", domain=(a,), range=("object",)),
            R("produced", phrase="produced", inverse_phrase="was produced by", domain=(a,), range=("play",))]
    ents = [_item("a:bell", "Jocelyn Bell Burnell", a, 1943), _item("a:halley", "Edmond Halley", a, 1656),
            _attr("o:psr", "PSR B1919+21", "object"), _attr("o:comet", "Halley's Comet", "object"),
            _attr("p:hamlet", "Hamlet", "play")]
    rows = [("a:bell", "discovered", "o:psr"), ("a:halley", "discovered", "o:comet"), ("a:halley", "produced", "p:hamlet")]
    return _graph("astronomers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # a made thing's noun that says whose it is: "discovery", "creation", "invention"
    ("Jocelyn Bell Burnell's discoveries include PSR B1919+21.",
     "Edmond Halley's discoveries include PSR B1919+21."),
    ("Halley's Comet is Edmond Halley's discovery.", "Edmond Halley is Halley's Comet's discovery."),
    # ("X's discovery of Y" says X discovered Y: "a discovery of" is not read, red team 218)
    ("Edmond Halley discovered Halley's Comet.", "PSR B1919+21's discovery of Jocelyn Bell Burnell."),
    # (not "production": "a production of Hamlet" is a staging)
    ("Edmond Halley produced Hamlet.", "Hamlet was a production of Edmond Halley."),
])
def test_astronomers(astronomers, true, false):
    _ok(astronomers, true)
    _bad(astronomers, false)
