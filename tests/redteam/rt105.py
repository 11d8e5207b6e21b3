# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 105: false texts around c131903 / 2d01a0c (verbs of making date an item; people as
items; forward noun phrases 'was a N of'; 'has the <adj> <noun>'). Every text is FALSE on its graph;
prints each accepted one, then `accepted N of M`."""
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

E = kgx.Entity
R = kgx.Relation
sys.path.insert(0, os.path.join(os.environ.get("CODE", "/work/main"), "tests"))
from test_consistency_people_items import _scientists, _bridges
from test_consistency_dating_verbs import _paintings, _novels, _parks


def build(items, others, rels, triples):
    ents = [E(i, kind="item", type=t, label=l, attrs={"year": y} if y else {}) for i, (t, l, y) in items.items()]
    ents += [E(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def painters():
    # items are painters (people); forward noun phrases
    rels = [R("student_of", phrase="was a student of", inverse_phrase="was the teacher of"),
            R("member_of", phrase="was a member of", inverse_phrase="had the member"),
            R("painted", phrase="painted", inverse_phrase="was painted by")]
    items = {"p:monet": ("painter", "Claude Monet", 1840), "p:renoir": ("painter", "Pierre-Auguste Renoir", 1841),
             "p:gleyre": ("painter", "Charles Gleyre", 1806), "p:degas": ("painter", "Edgar Degas", 1834)}
    others = {"g:imp": ("movement", "Impressionists"), "w:lily": ("painting", "Water Lilies"),
              "w:bal": ("painting", "Bal du moulin de la Galette")}
    tr = [("p:monet", "student_of", "p:gleyre"), ("p:renoir", "student_of", "p:gleyre"),
          ("p:monet", "member_of", "g:imp"), ("p:renoir", "member_of", "g:imp"),
          ("p:monet", "painted", "w:lily"), ("p:renoir", "painted", "w:bal")]
    return build(items, others, rels, tr)


def rivers():
    rels = [R("trib", phrase="is a tributary of", inverse_phrase="is fed by"),
            R("flows", phrase="flows through", inverse_phrase="is crossed by")]
    items = {"r:mosel": ("river", "Moselle", None), "r:rhine": ("river", "Rhine", None),
             "r:saar": ("river", "Saar", None), "r:main": ("river", "Main", None)}
    others = {"c:germany": ("country", "Germany"), "c:france": ("country", "France")}
    tr = [("r:mosel", "trib", "r:rhine"), ("r:saar", "trib", "r:mosel"), ("r:main", "trib", "r:rhine"),
          ("r:mosel", "flows", "c:france"), ("r:rhine", "flows", "c:germany")]
    return build(items, others, rels, tr)


def companies():
    rels = [R("sub", phrase="is a subsidiary of", inverse_phrase="owns"),
            R("hq", phrase="is based in", inverse_phrase="is home to"),
            R("founded_by", phrase="was founded by", inverse_phrase="founded")]
    items = {"c:yt": ("company", "YouTube", 2005), "c:google": ("company", "Google", 1998),
             "c:ig": ("company", "Instagram", 2010), "c:meta": ("company", "Meta", 2004)}
    others = {"p:page": ("person", "Larry Page"), "p:zuck": ("person", "Mark Zuckerberg"),
              "l:mv": ("city", "Mountain View"), "l:mp": ("city", "Menlo Park")}
    tr = [("c:yt", "sub", "c:google"), ("c:ig", "sub", "c:meta"), ("c:google", "founded_by", "p:page"),
          ("c:meta", "founded_by", "p:zuck"), ("c:google", "hq", "l:mv"), ("c:meta", "hq", "l:mp"),
          ("c:yt", "hq", "l:mv"), ("c:ig", "hq", "l:mp")]
    return build(items, others, rels, tr)


def clubs():
    rels = [R("ground", phrase="has the home ground", inverse_phrase="is the home ground of"),
            R("league", phrase="is a member of", inverse_phrase="has the member"),
            R("founded_in_city", phrase="is based in", inverse_phrase="is home to")]
    items = {"t:ars": ("football club", "Arsenal", 1886), "t:tott": ("football club", "Tottenham Hotspur", 1882)}
    others = {"g:emir": ("stadium", "Emirates Stadium"), "g:wem": ("stadium", "Wembley"),
              "l:pl": ("league", "Premier League"), "l:efl": ("league", "Championship"), "c:ldn": ("city", "London")}
    tr = [("t:ars", "ground", "g:emir"), ("t:tott", "ground", "g:wem"), ("t:ars", "league", "l:pl"),
          ("t:tott", "league", "l:pl"), ("t:ars", "founded_in_city", "c:ldn"), ("t:tott", "founded_in_city", "c:ldn")]
    return build(items, others, rels, tr)


def ships():
    rels = [R("engine", phrase="has the main engine", inverse_phrase="is the main engine of"),
            R("built_by", phrase="was built by", inverse_phrase="built"),
            R("class", phrase="has the hull type", inverse_phrase="is the hull type of")]
    items = {"s:qm": ("ship", "Queen Mary", 1936), "s:norm": ("ship", "Normandie", 1935)}
    others = {"e:steam": ("engine", "Steam Turbine"), "e:diesel": ("engine", "Diesel"),
              "y:jb": ("shipyard", "John Brown"), "y:pen": ("shipyard", "Penhoet"),
              "h:mono": ("hull type", "Monohull"), "h:cat": ("hull type", "Catamaran")}
    tr = [("s:qm", "engine", "e:steam"), ("s:norm", "engine", "e:diesel"), ("s:qm", "built_by", "y:jb"),
          ("s:norm", "built_by", "y:pen"), ("s:qm", "class", "h:mono"), ("s:norm", "class", "h:mono")]
    return build(items, others, rels, tr)


def bands():
    rels = [R("member", phrase="has the member", inverse_phrase="is a member of"),
            R("recorded", phrase="recorded", inverse_phrase="was recorded by")]
    items = {"b:beatles": ("band", "The Beatles", 1960), "b:queen": ("band", "Queen", 1970)}
    others = {"m:lennon": ("musician", "John Lennon"), "m:mercury": ("musician", "Freddie Mercury"),
              "a:abbey": ("album", "Abbey Road"), "a:opera": ("album", "A Night at the Opera")}
    tr = [("b:beatles", "member", "m:lennon"), ("b:queen", "member", "m:mercury"),
          ("b:beatles", "recorded", "a:abbey"), ("b:queen", "recorded", "a:opera")]
    return build(items, others, rels, tr)


def books():
    # items books by "was written by"; authors born etc not in the graph
    rels = [R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("illus", phrase="was illustrated by", inverse_phrase="illustrated"),
            R("pub", phrase="was published by", inverse_phrase="published")]
    items = {"b:hobbit": ("book", "The Hobbit", 1937), "b:alice": ("book", "Alice in Wonderland", 1865)}
    others = {"a:tolkien": ("author", "J. R. R. Tolkien"), "a:carroll": ("author", "Lewis Carroll"),
              "i:tenniel": ("illustrator", "John Tenniel"), "p:allen": ("publisher", "Allen & Unwin"),
              "p:mac": ("publisher", "Macmillan")}
    tr = [("b:hobbit", "written_by", "a:tolkien"), ("b:alice", "written_by", "a:carroll"),
          ("b:alice", "illus", "i:tenniel"), ("b:hobbit", "pub", "p:allen"), ("b:alice", "pub", "p:mac")]
    return build(items, others, rels, tr)


def statues():
    rels = [R("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted"),
            R("moved_to", phrase="was moved to", inverse_phrase="received"),
            R("bought_by", phrase="was bought by", inverse_phrase="bought")]
    items = {"s:david": ("statue", "David", 1504), "s:thinker": ("statue", "The Thinker", 1904)}
    others = {"a:mich": ("sculptor", "Michelangelo"), "a:rodin": ("sculptor", "Auguste Rodin"),
              "m:acc": ("museum", "Galleria dell'Accademia"), "p:state": ("buyer", "French State")}
    tr = [("s:david", "sculpted_by", "a:mich"), ("s:thinker", "sculpted_by", "a:rodin"),
          ("s:david", "moved_to", "m:acc"), ("s:thinker", "bought_by", "p:state")]
    return build(items, others, rels, tr)


def authors():
    rels = [R("wrote", phrase="wrote", inverse_phrase="was written by"),
            R("student_of", phrase="was a student of", inverse_phrase="was the teacher of")]
    items = {"a:woolf": ("writer", "Virginia Woolf", 1882), "a:joyce": ("writer", "James Joyce", 1882),
             "a:eliot": ("poet", "T. S. Eliot", 1888)}
    others = {"b:dalloway": ("novel", "Mrs Dalloway"), "b:ulysses": ("novel", "Ulysses"), "b:waste": ("poem", "The Waste Land")}
    tr = [("a:woolf","wrote","b:dalloway"),("a:joyce","wrote","b:ulysses"),("a:eliot","wrote","b:waste")]
    return build(items, others, rels, tr)
def composers():
    rels = [R("composed", phrase="composed", inverse_phrase="was composed by")]
    items = {"c:ravel": ("composer", "Maurice Ravel", 1875), "c:holst": ("composer", "Gustav Holst", 1874)}
    others = {"w:bolero": ("work", "Bolero"), "w:planets": ("work", "The Planets")}
    return build(items, others, rels, [("c:ravel","composed","w:bolero"),("c:holst","composed","w:planets")])
def art():
    rels = [R("painted_by", phrase="was painted by", inverse_phrase="painted"),
            R("restored_by", phrase="was restored by", inverse_phrase="restored"),
            R("owned_by", phrase="was owned by", inverse_phrase="owned"),
            R("stolen_by", phrase="was stolen by", inverse_phrase="stole"),
            R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned"),
            R("exhibited_by", phrase="was exhibited by", inverse_phrase="exhibited"),
            R("sold_by", phrase="was sold by", inverse_phrase="sold"),
            R("bought_by", phrase="was bought by", inverse_phrase="bought"),
            R("donated_by", phrase="was donated by", inverse_phrase="donated"),
            R("damaged_by", phrase="was damaged by", inverse_phrase="damaged"),
            R("inspired_by", phrase="was inspired by", inverse_phrase="inspired"),
            R("studied_by", phrase="was studied by", inverse_phrase="studied")]
    items = {"p:mona": ("painting", "Mona Lisa", 1503), "p:night": ("painting", "The Night Watch", 1642)}
    others = {"a:leo": ("painter", "Leonardo da Vinci"), "a:rem": ("painter", "Rembrandt"),
              "x:louvre": ("museum", "Louvre"), "x:peruggia": ("person", "Vincenzo Peruggia"),
              "x:rijks": ("museum", "Rijksmuseum"), "x:francis": ("person", "Francis I"), "x:guild": ("guild", "Civic Guard"),
              "x:dealer": ("person", "Joseph Duveen"), "x:vandal": ("person", "Wilhelmus de Rijk"), "x:vasari": ("person", "Giorgio Vasari")}
    tr = [("p:mona","painted_by","a:leo"),("p:night","painted_by","a:rem"),("p:mona","restored_by","x:louvre"),
          ("p:mona","owned_by","x:francis"),("p:mona","stolen_by","x:peruggia"),("p:night","commissioned_by","x:guild"),
          ("p:night","exhibited_by","x:rijks"),("p:night","sold_by","x:dealer"),("p:mona","bought_by","x:francis"),
          ("p:night","donated_by","x:dealer"),("p:night","damaged_by","x:vandal"),("p:mona","inspired_by","x:vasari"),
          ("p:mona","studied_by","x:vasari")]
    return build(items, others, rels, tr)
def songs():
    rels = [R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("covered_by", phrase="was covered by", inverse_phrase="covered"),
            R("performed_by", phrase="was performed by", inverse_phrase="performed"),
            R("remixed_by", phrase="was remixed by", inverse_phrase="remixed"),
            R("sampled_by", phrase="was sampled by", inverse_phrase="sampled"),
            R("banned_by", phrase="was banned by", inverse_phrase="banned"),
            R("played_by", phrase="was played by", inverse_phrase="played"),
            R("recorded_by", phrase="was recorded by", inverse_phrase="recorded"),
            R("parodied_by", phrase="was parodied by", inverse_phrase="parodied")]
    items = {"s:yest": ("song", "Yesterday", 1965), "s:hall": ("song", "Hallelujah", 1984)}
    others = {"a:mc": ("songwriter", "Paul McCartney"), "a:cohen": ("songwriter", "Leonard Cohen"),
              "a:buckley": ("singer", "Jeff Buckley"), "a:sinatra": ("singer", "Frank Sinatra"),
              "a:dj": ("dj", "DJ Shadow"), "a:bbc": ("broadcaster", "BBC"), "a:yank": ("singer", "Weird Al")}
    tr = [("s:yest","written_by","a:mc"),("s:hall","written_by","a:cohen"),("s:hall","covered_by","a:buckley"),
          ("s:yest","performed_by","a:sinatra"),("s:hall","remixed_by","a:dj"),("s:yest","sampled_by","a:dj"),
          ("s:yest","banned_by","a:bbc"),("s:hall","played_by","a:bbc"),("s:hall","recorded_by","a:cohen"),
          ("s:yest","parodied_by","a:yank")]
    return build(items, others, rels, tr)
def houses():
    rels = [R("built_by", phrase="was built by", inverse_phrase="built"),
            R("renovated_by", phrase="was renovated by", inverse_phrase="renovated"),
            R("extended_by", phrase="was extended by", inverse_phrase="extended"),
            R("rebuilt_by", phrase="was rebuilt by", inverse_phrase="rebuilt"),
            R("demolished_by", phrase="was demolished by", inverse_phrase="demolished"),
            R("occupied_by", phrase="was occupied by", inverse_phrase="occupied"),
            R("destroyed_by", phrase="was destroyed by", inverse_phrase="destroyed"),
            R("visited_by", phrase="was visited by", inverse_phrase="visited")]
    items = {"h:hall": ("manor", "Hardwick Hall", 1597), "h:cast": ("castle", "Windsor Castle", 1070)}
    others = {"p:bess": ("person", "Bess of Hardwick"), "p:will": ("king", "William the Conqueror"),
              "p:wyatt": ("architect", "Jeffry Wyatville"), "p:trust": ("charity", "National Trust"),
              "p:fire": ("event", "the 1992 fire"), "p:army": ("army", "Parliamentarian army"), "p:queen": ("person", "Queen Victoria")}
    tr = [("h:hall","built_by","p:bess"),("h:cast","built_by","p:will"),("h:cast","renovated_by","p:wyatt"),
          ("h:hall","extended_by","p:trust"),("h:cast","rebuilt_by","p:wyatt"),("h:cast","occupied_by","p:army"),
          ("h:cast","destroyed_by","p:fire"),("h:cast","visited_by","p:queen"),("h:hall","demolished_by","p:trust")]
    return build(items, others, rels, tr)
def family():
    rels = [R("child", phrase="is a child of", inverse_phrase="had"),
            R("pupil", phrase="was a pupil of", inverse_phrase="taught"),
            R("rival", phrase="was a rival of", inverse_phrase="competed with")]
    items = {"p:ch": ("composer", "Carl Philipp Emanuel Bach", 1714), "p:js": ("composer", "Johann Sebastian Bach", 1685),
             "p:jc": ("composer", "Johann Christian Bach", 1735), "p:moz": ("composer", "Wolfgang Amadeus Mozart", 1756),
             "p:sal": ("composer", "Antonio Salieri", 1750), "p:beet": ("composer", "Ludwig van Beethoven", 1770)}
    tr = [("p:ch","child","p:js"),("p:jc","child","p:js"),("p:beet","pupil","p:sal"),("p:sal","rival","p:moz")]
    return build(items, {}, rels, tr)
def films():
    rels = [R("remake", phrase="is a remake of", inverse_phrase="was remade as"),
            R("dir", phrase="was directed by", inverse_phrase="directed")]
    items = {"f:s83": ("film", "Scarface", 1983), "f:s32": ("film", "The Original Scarface", 1932),
             "f:ocean": ("film", "Ocean's Eleven", 2001), "f:o60": ("film", "Ocean's 11", 1960)}
    others = {"d:dp": ("director", "Brian De Palma"), "d:hawks": ("director", "Howard Hawks"), "d:sod": ("director", "Steven Soderbergh")}
    tr = [("f:s83","remake","f:s32"),("f:ocean","remake","f:o60"),("f:s83","dir","d:dp"),("f:s32","dir","d:hawks"),("f:ocean","dir","d:sod")]
    return build(items, others, rels, tr)
def countries():
    rels = [R("lang", phrase="has the official language", inverse_phrase="is the official language of"),
            R("cap", phrase="has the capital city", inverse_phrase="is the capital city of"),
            R("cur", phrase="has the national currency", inverse_phrase="is the national currency of"),
            R("anthem", phrase="has the national anthem", inverse_phrase="is the national anthem of")]
    items = {"k:can": ("country", "Canada", 1867), "k:bel": ("country", "Belgium", 1830), "k:aus": ("country", "Austria", 1955)}
    others = {"l:fr": ("language", "French"), "l:de": ("language", "German"), "l:en": ("language", "English"),
              "c:ott": ("city", "Ottawa"), "c:bru": ("city", "Brussels"), "c:vie": ("city", "Vienna"),
              "m:eur": ("currency", "Euro"), "m:cad": ("currency", "Canadian dollar"), "a:o": ("anthem", "O Canada")}
    tr = [("k:can","lang","l:en"),("k:can","lang","l:fr"),("k:bel","lang","l:fr"),("k:bel","lang","l:de"),("k:aus","lang","l:de"),
          ("k:can","cap","c:ott"),("k:bel","cap","c:bru"),("k:aus","cap","c:vie"),("k:can","cur","m:cad"),
          ("k:bel","cur","m:eur"),("k:aus","cur","m:eur"),("k:can","anthem","a:o")]
    return build(items, others, rels, tr)
def teams():
    rels = [R("coach", phrase="has the head coach", inverse_phrase="is the head coach of"),
            R("sponsor", phrase="has the main sponsor", inverse_phrase="is the main sponsor of"),
            R("rival", phrase="has the main rival", inverse_phrase="is the main rival of"),
            R("kit", phrase="has the kit manufacturer", inverse_phrase="is the kit manufacturer of")]
    items = {"t:bulls": ("basketball team", "Chicago Bulls", 1966), "t:lakers": ("basketball team", "Los Angeles Lakers", 1947)}
    others = {"p:jackson": ("coach", "Phil Jackson"), "p:riley": ("coach", "Pat Riley"), "s:nike": ("company", "Nike"),
              "s:adidas": ("company", "Adidas")}
    tr = [("t:bulls","coach","p:jackson"),("t:lakers","coach","p:riley"),("t:bulls","sponsor","s:adidas"),
          ("t:lakers","sponsor","s:nike"),("t:bulls","rival","t:lakers"),("t:lakers","kit","s:nike"),("t:bulls","kit","s:nike")]
    return build(items, others, rels, tr)
def blind42():
    sys.path.insert(0, os.path.join(os.environ.get("CODE", "/work/main"), "tests", "data", "sets", "blind42"))
    import graph
    return graph.build()


GRAPHS = {
    "scientists": _scientists, "bridges": _bridges, "paintings": _paintings, "novels": _novels, "parks": _parks,
    "painters": painters, "rivers": rivers, "companies": companies, "clubs": clubs, "ships": ships,
    "bands": bands, "books": books, "statues": statues, "movies": kgx.KnowledgeGraph.example,
    "authors": authors, "composers": composers, "art": art, "songs": songs, "houses": houses,
    "family": family, "films": films, "countries": countries, "teams": teams, "blind42": blind42,
}

CASES = {
 "scientists": [
    # a person's year said with another verb
    "Marie Curie died in 1867.", "Marie Curie retired in 1867.", "Marie Curie moved in 1867.",
    "Marie Curie was founded in 1867.", "Marie Curie was published in 1867.", "Marie Curie married in 1867.",
    "Marie Curie won the Nobel Prize in 1867.", "Marie Curie (died 1867) was a doctoral student of Henri Becquerel.",
    "Marie Curie, who died in 1867, was a doctoral student of Henri Becquerel.",
    "Marie Curie was born in 1866.", "Marie Curie was not born in 1867.",
    "Marie Curie was born in 1867 and died in 1867.", "Niels Bohr was born in 1867.",
    "Marie Curie is from 1868.", "Marie Curie was 1868.", "Marie Curie was in 1867 a doctoral student of Arnold Sommerfeld.",
    "Marie Curie graduated in 1867.", "Marie Curie was awarded in 1867.", "Marie Curie discovered radioactivity in 1867.",
    "Henri Becquerel discovered radioactivity in 1867.",
    "Marie Curie, born in 1867, discovered radioactivity.",
    "Werner Heisenberg (born 1901) discovered the exclusion principle.",
    "Werner Heisenberg (died 1901) won the Max Planck Medal.",
    "Wolfgang Pauli (born 1901) discovered the exclusion principle.",
    "Marie Curie and Niels Bohr were both born in 1867.",
    "Marie Curie and Niels Bohr were born in 1867 and 1886.",
    # he/she wrong person
    "Niels Bohr and Henri Becquerel worked at the University of Copenhagen.",
    "Henri Becquerel met Niels Bohr. He discovered the exclusion principle.",
    
    "Henri Becquerel discovered radioactivity. He worked at the University of Copenhagen.",
    "Marie Curie was a doctoral student of Henri Becquerel. She discovered radioactivity.",
    "Marie Curie was a doctoral student of Henri Becquerel. He discovered the exclusion principle.",
    "Werner Heisenberg won the Max Planck Medal. She was a doctoral student of Henri Becquerel.",
    "Wolfgang Pauli discovered the exclusion principle. He won the Max Planck Medal.",
    
    "Arnold Sommerfeld worked at the University of Munich, where he discovered the exclusion principle.",
    "Arnold Sommerfeld was the doctoral advisor of Wolfgang Pauli. He worked at the University of Copenhagen.",
    "Niels Bohr won the Max Planck Medal; he was born in 1867.",
    "Werner Heisenberg won the Max Planck Medal. He was born in 1900.",
    "Werner Heisenberg and Wolfgang Pauli were doctoral students of Arnold Sommerfeld. He won the Copley Medal.",
    # noun of forward phrase wrong way round
    "Arnold Sommerfeld, a doctoral student of Werner Heisenberg, won the Max Planck Medal.",
    "Arnold Sommerfeld was a doctoral student of Wolfgang Pauli.",
    "Henri Becquerel was a doctoral student of Marie Curie.",
    "Werner Heisenberg's doctoral students include Arnold Sommerfeld.",
    "Wolfgang Pauli's doctoral students include Arnold Sommerfeld.",
    "Marie Curie's doctoral students include Henri Becquerel.",
    "Arnold Sommerfeld's doctoral students include Marie Curie.",
    "Arnold Sommerfeld's doctoral students include Werner Heisenberg and Marie Curie.",
    "Arnold Sommerfeld's doctoral student Marie Curie discovered radioactivity.",
    "Werner Heisenberg's doctoral student Arnold Sommerfeld worked at the University of Munich.",
    "Marie Curie's doctoral advisor was Arnold Sommerfeld.",
    "Arnold Sommerfeld's doctoral advisor was Werner Heisenberg.",
    "Werner Heisenberg's doctoral advisor was Wolfgang Pauli.",
    "The doctoral advisor of Arnold Sommerfeld was Werner Heisenberg.",
    "The doctoral advisor of Henri Becquerel was Marie Curie.",
    "Henri Becquerel, the doctoral advisor of Wolfgang Pauli, discovered radioactivity.",
    "Wolfgang Pauli, the doctoral advisor of Werner Heisenberg, discovered the exclusion principle.",
    "Werner Heisenberg was the doctoral advisor of Arnold Sommerfeld.",
    "Werner Heisenberg, another doctoral student of Henri Becquerel, won the Max Planck Medal.",
    "Wolfgang Pauli, another doctoral student of Marie Curie, discovered the exclusion principle.",
    "Marie Curie, another doctoral student of Arnold Sommerfeld, discovered radioactivity.",
    "Werner Heisenberg was one of the doctoral students of Henri Becquerel.",
    "Marie Curie was one of Arnold Sommerfeld's doctoral students.",
    "Arnold Sommerfeld was one of Werner Heisenberg's doctoral students.",
    "Werner Heisenberg and Arnold Sommerfeld were both doctoral students of Wolfgang Pauli.",
    "Werner Heisenberg, Wolfgang Pauli and Marie Curie were doctoral students of Arnold Sommerfeld.",
    "Arnold Sommerfeld and Henri Becquerel were doctoral students of Marie Curie.",
    "Arnold Sommerfeld had the doctoral students Werner Heisenberg and Marie Curie.",
    "Arnold Sommerfeld had two doctoral students, Werner Heisenberg and Marie Curie.",
    "Wolfgang Pauli was not a doctoral student of Arnold Sommerfeld.",
    "Wolfgang Pauli was never a doctoral student of Arnold Sommerfeld.",
    "Wolfgang Pauli, a doctoral student of Arnold Sommerfeld, discovered radioactivity.",
    "Marie Curie, a doctoral student of Henri Becquerel, discovered radioactivity.",
    "Arnold Sommerfeld, a doctoral student, discovered the exclusion principle.",
    "Arnold Sommerfeld was a doctoral student.",
    "Henri Becquerel was a doctoral student of Henri Becquerel.",
    "Wolfgang Pauli was a doctoral student of Werner Heisenberg.",
    "Wolfgang Pauli and Werner Heisenberg were doctoral students of each other.",
    "Henri Becquerel's doctoral student Wolfgang Pauli discovered the exclusion principle.",
    "Sommerfeld's doctoral students include Marie Curie.",
 ],
 "painters": [
    "Charles Gleyre was a student of Claude Monet.", "Charles Gleyre, a student of Claude Monet, was a member of the Impressionists.",
    "Claude Monet's students include Charles Gleyre.", "Claude Monet's students include Pierre-Auguste Renoir.",
    "Charles Gleyre's students include Edgar Degas.", "Edgar Degas was a student of Charles Gleyre.",
    "Claude Monet and Edgar Degas were both students of Charles Gleyre.",
    "Claude Monet and Pierre-Auguste Renoir were students of Edgar Degas.",
    "Edgar Degas, another student of Charles Gleyre, painted Water Lilies.",
    "Pierre-Auguste Renoir, a student of Claude Monet, painted Bal du moulin de la Galette.",
    "Claude Monet's student Pierre-Auguste Renoir painted Bal du moulin de la Galette.",
    "Charles Gleyre was a member of the Impressionists.", "Edgar Degas was a member of the Impressionists.",
    "Charles Gleyre and Claude Monet were members of the Impressionists.",
    "Claude Monet was born in 1841.", "Claude Monet (born 1841) painted Water Lilies.",
    "Claude Monet died in 1840.", "Claude Monet painted Water Lilies in 1840.",
    "Claude Monet was founded in 1840.", "Claude Monet was painted in 1840.",
    "Claude Monet painted Water Lilies. He painted Bal du moulin de la Galette.",
    
    "Claude Monet was a student of Charles Gleyre. He painted Bal du moulin de la Galette.",
    "Claude Monet and Pierre-Auguste Renoir were students of Charles Gleyre; he painted Water Lilies and Bal du moulin de la Galette.",
    "Edgar Degas painted Water Lilies.", "Charles Gleyre was the teacher of Edgar Degas.",
    "The teacher of Charles Gleyre was Claude Monet.",
    "Claude Monet, a member of the Impressionists, was born in 1806.",
 ],
 "rivers": [
    "The Rhine is a tributary of the Moselle.", "The Moselle is a tributary of the Saar.",
    "The Rhine, a tributary of the Moselle, flows through Germany.",
    "The Moselle's tributaries include the Rhine.", "The Saar's tributaries include the Moselle.",
    "The Rhine's tributaries include the Saar.", "The Main is a tributary of the Moselle.",
    "The Saar and the Main are tributaries of the Moselle.", "The Rhine and the Main are tributaries of the Moselle.",
    "The Saar, another tributary of the Rhine, flows through France.",
    "The Main, a tributary of the Moselle, flows through Germany.",
    "The Moselle's tributary, the Rhine, flows through Germany.",
    "The Saar is a tributary of the Rhine.", "The Rhine is not fed by the Moselle.",
    "The Rhine is a tributary of the Rhine.",
 ],
 "companies": [
    "Google is a subsidiary of YouTube.", "Google, a subsidiary of YouTube, was founded by Larry Page.",
    "YouTube's subsidiaries include Google.", "Google's subsidiaries include Instagram.",
    "Meta's subsidiaries include YouTube.", "YouTube and Instagram are subsidiaries of Google.",
    "YouTube and Instagram are both subsidiaries of Meta.", "Instagram, another subsidiary of Google, is based in Menlo Park.",
    "Instagram is a subsidiary of Google.", "Meta is a subsidiary of Instagram.",
    "Google's subsidiary Instagram is based in Menlo Park.",
    "Instagram's subsidiary Meta was founded by Mark Zuckerberg.",
    "Google was founded in 1997.", "Google was born in 1998.", "Larry Page was born in 1998.",
    "Larry Page founded Google. He founded Meta.", "Google was created in 1999.",
    "Google was bought in 1998.", "YouTube was bought in 2005.", "YouTube was acquired in 2005.",
    "YouTube was sold in 2005.", "YouTube was founded in 2006.",
    "Google, founded by Larry Page, owns Instagram.", "Meta (founded 1998) owns Instagram.",
    "Meta (born 2004) owns Instagram.", "Instagram (released 2004) is based in Menlo Park.",
 ],
 "clubs": [
    "Arsenal is a Wembley club.",
    "Tottenham Hotspur is an Emirates Stadium club.", "Arsenal is a Wembley football club.",
    "Tottenham Hotspur, an Emirates Stadium club, is based in London.",
    "Arsenal and Tottenham Hotspur are Emirates Stadium clubs.",
    "Arsenal has the home ground Wembley.", "Wembley is the home ground of Arsenal.",
    "Arsenal is a member of the Championship.", "Arsenal, a member of the Championship, is based in London.",
    "The Premier League is a member of Arsenal.", "The Premier League, a member of Arsenal, is based in London.",
    "Arsenal's members include the Premier League.", "The Championship's members include Arsenal.",
    "Arsenal and Tottenham Hotspur are members of the Championship.",
    "Arsenal was born in 1886.", "Arsenal was founded in 1887.", "Arsenal (born 1886) is based in London.",
    "Arsenal was moved in 1886.", "Arsenal was relocated in 1886.", "Arsenal was renamed in 1886.",
    "Arsenal was a Championship club.", "Arsenal is a Championship club.",
 ],
 "ships": [
    "Queen Mary is a Diesel ship.", "Normandie is a Steam Turbine ship.",
    "Normandie is a Catamaran ship.", "Queen Mary is a Catamaran.", "Normandie, a Catamaran ship, was built by Penhoet.",
    "Queen Mary has the main engine Diesel.", "Queen Mary was built in 1935.", "Queen Mary was launched in 1935.",
    "Queen Mary was built by Penhoet in 1936.", "Normandie was built by John Brown.",
    "Queen Mary was refitted in 1936.", "Queen Mary was sunk in 1936.", "Queen Mary was scrapped in 1936.",
    "Queen Mary was retired in 1936.", "Queen Mary was sold in 1936.", "Queen Mary was bought in 1936.",
    "Queen Mary was born in 1936.", "Queen Mary was renamed in 1936.", "Queen Mary was rebuilt in 1936.",
 ],
 "bands": [
    "The Beatles were born in 1960.", "Queen was born in 1970.", "The Beatles (born 1960) recorded Abbey Road.",
    "The Beatles, born in 1960, recorded Abbey Road.", "The Beatles were recorded in 1960.",
    "Abbey Road was recorded in 1960.", "The Beatles disbanded in 1960.", "The Beatles split in 1960.",
    "The Beatles broke up in 1960.", "The Beatles were formed in 1961.",
    "John Lennon was a member of Queen.", "Freddie Mercury, a member of The Beatles, recorded Abbey Road.",
    "Queen's members include John Lennon.", "John Lennon's members include The Beatles.",
    "The Beatles was a member of John Lennon.", "The Beatles, a member of John Lennon, recorded Abbey Road.",
    "John Lennon recorded Abbey Road. He was a member of Queen.",
    "Freddie Mercury was a member of Queen. He recorded Abbey Road.",
    "John Lennon and Freddie Mercury were members of The Beatles.",
    "John Lennon and Freddie Mercury were both members of Queen.",
 ],
 "paintings": [
    "Guernica was painted in 1936.", "Guernica was painted in 1938.", "The Scream was painted in 1937.",
    "Guernica was exhibited in 1937.", "Guernica was bought in 1937.", "Guernica was sold in 1937.",
    "Guernica was moved in 1937.", "Guernica was stolen in 1937.", "Guernica was repainted in 1937.",
    "Guernica was held in 1937.", "Guernica was held by the Museo Reina Sofía in 1937.",
    "Guernica was acquired in 1937.", "Guernica was displayed in 1937.", "Guernica was shown in 1937.",
    "Guernica was finished in 1936.", "Guernica was begun in 1937 and finished in 1938.",
    "Guernica was painted by Edvard Munch in 1937.", "Guernica was painted in 1937 by Edvard Munch.",
    "Pablo Picasso painted Guernica in 1893.", "Pablo Picasso painted The Scream in 1937.",
    "Guernica was painted in 1937, The Scream in 1937.", "Guernica and The Scream were painted in 1937.",
    "Guernica was not painted in 1937.", "Guernica was painted over in 1937.",
    "Guernica was created in 1938.", "Guernica appeared in 1938.", "Guernica was made in 1893.",
    "Guernica was donated in 1937.", "Guernica was returned in 1937.", "Guernica was damaged in 1937.",
    "Guernica was vandalised in 1937.", "Guernica was copied in 1937.", "Guernica was photographed in 1937.",
    "Guernica was painted in 1937 and restored in 1937.", "The Scream was restored in 1893.",
    "Guernica was born in 1937.", "Pablo Picasso was born in 1937.", "Edvard Munch (born 1893) painted The Scream.",
    "Guernica (painted 1938) is held by the Museo Reina Sofía.", "Guernica (born 1937) is held by the Museo Reina Sofía.",
    "Guernica (created 1936) is held by the Museo Reina Sofía.",
    "The Scream, painted in 1937, is held by the National Museum of Norway.",
    "Pablo Picasso painted Guernica. He painted The Scream.",
    "Edvard Munch painted The Scream; he painted Guernica in 1937.",
    "Guernica, which Picasso painted in 1936, is held by the Museo Reina Sofía.",
    "Guernica was painted in 1937 and is held by the National Museum of Norway.",
    "The Scream was painted in 1893 and is held by the Museo Reina Sofía.",
    "Guernica was first painted in 1936.", "Guernica was originally painted in 1936.",
    "Guernica was held by the Museo Reina Sofía from 1936.",
 ],
 "novels": [
    "The Remains of the Day was written in 1988.", "The Remains of the Day was translated in 1989.",
    "Snow Country was translated in 1948.", "Snow Country was written in 1989.",
    "Snow Country was translated by Edward Seidensticker in 1948.", "Snow Country was written by Kazuo Ishiguro in 1948.",
    "The Remains of the Day appeared in 1988.", "The Remains of the Day appeared in 1948.",
    "The Remains of the Day was created in 1990.", "Snow Country appeared in English in 1948.",
    "The Remains of the Day was adapted in 1989.", "The Remains of the Day was filmed in 1989.",
    "The Remains of the Day was reprinted in 1989.", "The Remains of the Day was banned in 1989.",
    "The Remains of the Day was reviewed in 1989.", "The Remains of the Day was revised in 1989.",
    "The Remains of the Day was read in 1989.", "The Remains of the Day was sold in 1989.",
    "The Remains of the Day won in 1989.", "The Remains of the Day was awarded in 1989.",
    "Kazuo Ishiguro was born in 1989.", "Kazuo Ishiguro (born 1989) wrote The Remains of the Day.",
    "The Remains of the Day was born in 1989.", "Kazuo Ishiguro wrote The Remains of the Day in 1948.",
    "Yasunari Kawabata wrote Snow Country in 1989.", "Edward Seidensticker wrote Snow Country in 1948.",
    "Snow Country, written in 1989, was translated by Edward Seidensticker.",
    "Snow Country (written 1989) was translated by Edward Seidensticker.",
    "Snow Country (translated 1948) was written by Yasunari Kawabata.",
    "Snow Country, translated in 1948, was written by Yasunari Kawabata.",
    "Snow Country, which appeared in 1989, was written by Yasunari Kawabata.",
    "The Remains of the Day was written in 1989 by Yasunari Kawabata.",
    "The Remains of the Day, which Ishiguro wrote in 1948, is a novel.",
    "Kazuo Ishiguro wrote The Remains of the Day. He translated Snow Country.",
    "Yasunari Kawabata wrote Snow Country. Kazuo Ishiguro wrote The Remains of the Day. He translated Snow Country.",
    "Snow Country was not written in 1948.", "The Remains of the Day was rewritten in 1989.",
    "The Remains of the Day was written in 1989 and translated in 1989.",
    "The Remains of the Day was translated by Edward Seidensticker.",
 ],
 "parks": [
    "Zion National Park was created in 1918.", "Zion National Park was founded in 1885.",
    "Banff National Park was expanded in 1885.",
    "Banff National Park was renamed in 1885.", "Banff National Park was born in 1885.",
    "Banff National Park was visited in 1885.", "Banff National Park was closed in 1885.",
    "Banff National Park was enlarged in 1885.", "Zion National Park was designated in 1885.",
    "Zion National Park was created in 1919 and is located in Alberta.",
    "Banff National Park (created 1919) is located in Alberta.", "Banff National Park (born 1885) is located in Alberta.",
    "Zion National Park was discovered in 1919.", "Zion National Park was located in 1919.",
 ],
 "books": [
    "The Hobbit was written in 1936.", "The Hobbit was illustrated in 1937.", "Alice in Wonderland was illustrated in 1865.",
    "The Hobbit was published in 1936.", "Alice in Wonderland was written in 1937.",
    "The Hobbit was illustrated by John Tenniel.", "Alice in Wonderland was written by J. R. R. Tolkien in 1865.",
    "The Hobbit appeared in 1865.", "The Hobbit was created in 1865.",
    "J. R. R. Tolkien was born in 1937.", "J. R. R. Tolkien (born 1937) wrote The Hobbit.",
    "Lewis Carroll wrote Alice in Wonderland. He wrote The Hobbit.",
    "Lewis Carroll wrote Alice in Wonderland, and John Tenniel illustrated it. He wrote The Hobbit.",
    "The Hobbit was written by J. R. R. Tolkien and illustrated in 1937.",
    "The Hobbit (illustrated 1937) was written by J. R. R. Tolkien.",
    "Alice in Wonderland (published 1937) was written by Lewis Carroll.",
    "The Hobbit was written and illustrated in 1937.",
    "The Hobbit was written and illustrated by J. R. R. Tolkien.",
 ],
 "statues": [
    "David was sculpted in 1503.", "David was moved in 1504.", "David was moved to the Galleria dell'Accademia in 1504.",
    "The Thinker was bought in 1904.", "The Thinker was bought by the French State in 1904.",
    "The Thinker was sculpted in 1504.", "David was carved in 1505.", "David was made in 1904.",
    "David was sculpted by Auguste Rodin in 1504.",
    "Michelangelo sculpted David in 1904.", "Michelangelo sculpted The Thinker.",
    "Auguste Rodin sculpted The Thinker. He sculpted David.",
    "David (sculpted 1505) was moved to the Galleria dell'Accademia.",
    "David, sculpted in 1504, was bought by the French State.",
    "David was created in 1503.", "The Thinker appeared in 1504.", "David was born in 1504.",
 ],
 "bridges": [
    "Charles Bridge is an Art Deco bridge.", "Chrysler Building is a Gothic building.",
    "The Chrysler Building is a Gothic skyscraper.", "Charles Bridge, an Art Deco bridge, was designed by Peter Parler.",
    "Charles Bridge and the Chrysler Building are Gothic.", "Charles Bridge and the Chrysler Building are Art Deco buildings.",
    "Charles Bridge was designed by William Van Alen.", "Charles Bridge is a Gothic bridge designed by William Van Alen.",
    "Charles Bridge is not a Gothic bridge.", "Charles Bridge has the architectural style Art Deco.",
    "Gothic is the architectural style of the Chrysler Building.",
    "Charles Bridge was built in 1930.", "Charles Bridge was designed in 1930.", "Charles Bridge was designed in 1403.",
    "Charles Bridge was restored in 1402.", "Charles Bridge was born in 1402.",
    "Peter Parler designed Charles Bridge. He designed the Chrysler Building.",
    "William Van Alen designed an Art Deco bridge.", "Peter Parler designed an Art Deco building.",
    "Charles Bridge is a Gothic building.", "The Chrysler Building is an Art Deco bridge.",
    "Charles Bridge was a Gothic bridge designed in 1930.",
 ],
 "movies": [
    "Toy Story was born in 1995.", "Toy Story (born 1995) is an Animation film.", "Toy Story was restored in 1995.",
    "Toy Story was remastered in 1995.", "Toy Story was created in 1994.", "Toy Story appeared in 1996.",
    "Toy Story was rereleased in 1995.", "Toy Story was dubbed in 1995.", "Toy Story was born in 1995 and is an Animation film.",
 ],
}

EXTRA = {
 "scientists": [
    # a person's year (birth) said with the participle of a relation / with other dating words
    "Marie Curie was discovered in 1867.", "Henri Becquerel discovered radioactivity in 1852.",
    "Henri Becquerel, discovered in 1852, discovered radioactivity.", "Wolfgang Pauli discovered the exclusion principle in 1900.",
    "Marie Curie was created in 1867.", "Marie Curie appeared in 1867.", "Marie Curie was made in 1867.",
    "Marie Curie was completed in 1867.", "Marie Curie was built in 1867.", "Marie Curie dates from 1867.",
    "Niels Bohr won the Max Planck Medal in 1885.", "Niels Bohr worked at the University of Copenhagen in 1885.",
    "Niels Bohr was employed in 1885.", "Marie Curie was a doctoral student in 1867.",
    "Werner Heisenberg was a doctoral student of Arnold Sommerfeld in 1901.",
    "Marie Curie started in 1867.", "Marie Curie debuted in 1867.", "Marie Curie opened in 1867.", "Marie Curie premiered in 1867.",
    "Marie Curie was first published in 1867.", "Marie Curie began in 1867.",
    # 'in <year>,' fronted: the birth year read as the year of the claim
    "In 1885, Niels Bohr won the Max Planck Medal.", "In 1901, Werner Heisenberg won the Max Planck Medal.",
    "In 1885, Niels Bohr worked at the University of Copenhagen.", "In 1867, Marie Curie was a doctoral student of Henri Becquerel.",
    "In 1900, Wolfgang Pauli discovered the exclusion principle.", "In 1852, Henri Becquerel discovered radioactivity.",
    # possessives / he / she / years of several people
    "Arnold Sommerfeld worked at the University of Munich. His doctoral student Marie Curie discovered radioactivity.",
    "Arnold Sommerfeld worked at the University of Munich. His doctoral students include Marie Curie.",
    "Werner Heisenberg won the Max Planck Medal. His doctoral students include Arnold Sommerfeld.",
    "Werner Heisenberg won the Max Planck Medal. His doctoral advisor was Henri Becquerel.",
    "Marie Curie was born in 1867. Her doctoral advisor was Arnold Sommerfeld.",
    "Marie Curie was born in 1867. Her doctoral student was Henri Becquerel.",
    "Henri Becquerel discovered radioactivity. His doctoral student Wolfgang Pauli discovered the exclusion principle.",
    "Wolfgang Pauli and Werner Heisenberg studied under Arnold Sommerfeld. He discovered radioactivity.",
    "Niels Bohr won the Max Planck Medal, as did his doctoral student Werner Heisenberg.",
    "Werner Heisenberg, like his advisor Niels Bohr, won the Max Planck Medal.",
    "Werner Heisenberg was born in 1901, and his advisor Arnold Sommerfeld was born in 1867.",
    "Arnold Sommerfeld was born in 1868, and his doctoral student Wolfgang Pauli was born in 1901.",
    "Wolfgang Pauli was born in 1900 and Werner Heisenberg in 1900.", "Wolfgang Pauli was born in 1900, Werner Heisenberg in 1900.",
    "Marie Curie was born in 1867, Niels Bohr in 1867.",
    "Marie Curie (born 1867) and Henri Becquerel (born 1867) were physicists.",
    "Born in 1867, Niels Bohr won the Max Planck Medal.", "Born in 1885, Marie Curie was a doctoral student of Henri Becquerel.",
    "Niels Bohr, born in 1885 in Copenhagen, won the Copley Medal.",
    "Werner Heisenberg was born in 1901 and won the Max Planck Medal in 1901.",
    "Niels Bohr was born in 1885 and died in 1885.", "Niels Bohr was born and died in 1885.",
    "Niels Bohr was born before 1885.", "Niels Bohr was born after 1885.",
    "Niels Bohr was born in 1885 at the University of Munich.", "Niels Bohr was born in 1885 to Arnold Sommerfeld.",
    "Niels Bohr, born in 1885, was a doctoral student of Arnold Sommerfeld.",
    "Niels Bohr was born in 1885, the year Marie Curie discovered radioactivity.",
    "Niels Bohr was born in 1885, the same year as Marie Curie.", "Niels Bohr and Marie Curie were both born in 1885.",
    "Niels Bohr was born in 1885, as was Marie Curie.",
 ],
 "painters": [
    "Pierre-Auguste Renoir painted Bal du moulin de la Galette in 1841.", "Claude Monet (painted 1840) was a student of Charles Gleyre.",
    "Claude Monet, painted in 1840, was a student of Charles Gleyre.", "Claude Monet was created in 1840.",
    "Claude Monet appeared in 1840.", "Claude Monet was made in 1840.", "Claude Monet dates from 1840.",
    "Claude Monet was completed in 1840.", "Claude Monet was founded in 1840.", "Claude Monet was published in 1840.",
    "In 1840, Claude Monet painted Water Lilies.",
 ],
 "authors": [
    "Virginia Woolf wrote Mrs Dalloway in 1882.", "Virginia Woolf was written in 1882.",
    "Virginia Woolf, written in 1882, wrote Mrs Dalloway.", "Virginia Woolf (written 1882) wrote Mrs Dalloway.",
    "James Joyce wrote Ulysses in 1882.", "T. S. Eliot wrote The Waste Land in 1888.", "Virginia Woolf was created in 1882.",
    "Virginia Woolf appeared in 1882.", "Virginia Woolf was made in 1882.", "Virginia Woolf was published in 1882.",
    "Virginia Woolf was founded in 1882.", "Virginia Woolf was finished in 1882.", "Virginia Woolf was built in 1882.",
    "Virginia Woolf was completed in 1882.", "Virginia Woolf debuted in 1882.", "Virginia Woolf premiered in 1882.",
    "Virginia Woolf dates from 1882.", "Virginia Woolf was first published in 1882.",
    "Virginia Woolf wrote Mrs Dalloway. She was written in 1882.", "James Joyce wrote Ulysses. She wrote Mrs Dalloway.",
    "Virginia Woolf and James Joyce wrote Ulysses.", "Virginia Woolf and James Joyce were both written in 1882.",
    "Virginia Woolf started in 1882.", "Virginia Woolf began in 1882.", "Virginia Woolf opened in 1882.",
    "Virginia Woolf was a student of James Joyce.", "James Joyce's students include Virginia Woolf.",
    "James Joyce was the teacher of Virginia Woolf.", "James Joyce died in 1882.", "James Joyce married in 1882.",
    "In 1882, Virginia Woolf wrote Mrs Dalloway.", "Mrs Dalloway was written in 1882.", "Mrs Dalloway was written by Virginia Woolf in 1882.",
 ],
 "composers": [
    "Maurice Ravel composed Bolero in 1875.", "Maurice Ravel was composed in 1875.", "Gustav Holst composed The Planets in 1874.",
    "Maurice Ravel (composed 1875) wrote Bolero.", "Maurice Ravel, composed in 1875, composed Bolero.",
    "Bolero was composed in 1875.", "Gustav Holst was composed in 1875.",
 ],
 "art": [f"{x} was {v} in {y}." for x, y in (("Mona Lisa", 1503), ("The Night Watch", 1642)) for v in
         ("restored", "stolen", "exhibited", "sold", "bought", "donated", "damaged", "inspired", "studied")]
        + ["Mona Lisa, stolen in 1503, was painted by Leonardo da Vinci.", "Mona Lisa (stolen 1503) was painted by Leonardo da Vinci.",
           "Vincenzo Peruggia stole Mona Lisa in 1503.", "Francis I bought Mona Lisa in 1503.", "Rembrandt painted The Night Watch in 1503.",
           "The Louvre restored Mona Lisa in 1503.", "Joseph Duveen sold The Night Watch in 1642.",
           "Wilhelmus de Rijk damaged The Night Watch in 1642.", "The Rijksmuseum exhibited The Night Watch in 1642.", "The Night Watch was commissioned in 1642."],
 "songs": [f"{x} was {v} in {y}." for x, y in (("Yesterday", 1965), ("Hallelujah", 1984)) for v in
           ("covered", "remixed", "sampled", "banned", "parodied")]
          + ["Jeff Buckley covered Hallelujah in 1984.", "Hallelujah, covered in 1984, was written by Leonard Cohen.",
             "DJ Shadow remixed Hallelujah in 1984.", "Frank Sinatra performed Yesterday in 1965.",
             "DJ Shadow sampled Yesterday in 1965.", "The BBC banned Yesterday in 1965.", "Weird Al parodied Yesterday in 1965."],
 "houses": [f"{x} was {v} in {y}." for x, y in (("Hardwick Hall", 1597), ("Windsor Castle", 1070)) for v in
            ("renovated", "extended", "rebuilt", "demolished", "destroyed")]
           + ["Jeffry Wyatville rebuilt Windsor Castle in 1070.", "Windsor Castle (rebuilt 1070) was built by William the Conqueror.",
              "Windsor Castle, destroyed in 1070, was built by William the Conqueror.",
              "Jeffry Wyatville renovated Windsor Castle in 1070.", "The Parliamentarian army occupied Windsor Castle in 1070.",
              "Queen Victoria visited Windsor Castle in 1070.", "The National Trust extended Hardwick Hall in 1597."],
 "family": ["Johann Sebastian Bach is a child of Carl Philipp Emanuel Bach.",
            "Johann Sebastian Bach, a child of Johann Christian Bach, was born in 1685.",
            "Carl Philipp Emanuel Bach's children include Johann Sebastian Bach.",
            "Johann Christian Bach's children include Carl Philipp Emanuel Bach.",
            "Johann Sebastian Bach's children include Wolfgang Amadeus Mozart.",
            "Carl Philipp Emanuel Bach and Wolfgang Amadeus Mozart are children of Johann Sebastian Bach.",
            "Carl Philipp Emanuel Bach and Johann Christian Bach are children of Antonio Salieri.",
            "Antonio Salieri was a pupil of Ludwig van Beethoven.", "Ludwig van Beethoven's pupils include Antonio Salieri.",
            "Antonio Salieri's pupils include Wolfgang Amadeus Mozart.", "Wolfgang Amadeus Mozart, a pupil of Antonio Salieri, was born in 1756.",
            "Ludwig van Beethoven and Wolfgang Amadeus Mozart were pupils of Antonio Salieri.",
            "Antonio Salieri's pupil Wolfgang Amadeus Mozart was born in 1756.",
            "Ludwig van Beethoven's pupil Antonio Salieri was born in 1750.",
            "Wolfgang Amadeus Mozart was a rival of Ludwig van Beethoven.", "Ludwig van Beethoven's rivals include Antonio Salieri.",
            "Antonio Salieri's rivals include Ludwig van Beethoven.",
            "Antonio Salieri, a rival of Ludwig van Beethoven, was born in 1750.",
            "Carl Philipp Emanuel Bach was born in 1685.", "Johann Sebastian Bach (born 1714) had Carl Philipp Emanuel Bach.",
            "Johann Sebastian Bach had Carl Philipp Emanuel Bach in 1714.", "Johann Sebastian Bach had Johann Christian Bach. He was born in 1714.",
            "Carl Philipp Emanuel Bach and Johann Christian Bach are children of Johann Sebastian Bach. He was born in 1714.",
            "Johann Sebastian Bach taught Ludwig van Beethoven.", "Antonio Salieri taught Ludwig van Beethoven in 1750.",
            "Antonio Salieri taught Ludwig van Beethoven. He was born in 1750 and was a rival of Ludwig van Beethoven.",
            "Wolfgang Amadeus Mozart was a child of Johann Sebastian Bach.", "In 1750, Antonio Salieri taught Ludwig van Beethoven.",
            "Johann Sebastian Bach had Johann Christian Bach in 1685."],
 "films": ["The Original Scarface is a remake of Scarface.", "Scarface's remakes include The Original Scarface.",
           "Ocean's Eleven's remakes include Ocean's 11.", "The Original Scarface, a remake of Scarface, was directed by Howard Hawks.",
           "Scarface and Ocean's Eleven are remakes of Ocean's 11.", "Scarface and Ocean's Eleven are both remakes of The Original Scarface.",
           "Ocean's 11's remake Scarface was directed by Brian De Palma.", "Scarface, a remake of Ocean's 11, was directed by Brian De Palma.",
           "Scarface, another remake of Ocean's 11, was directed by Brian De Palma.",
           "Scarface was remade in 1983.", "Scarface was remade in 1932.", "The Original Scarface was remade in 1932.",
           "Ocean's Eleven was directed in 1960.", "Scarface was remade as The Original Scarface.",
           "The Original Scarface was remade as Ocean's Eleven."],
 "countries": ["Austria is a French country.", "Canada is a German country.", "Belgium is an English country.",
               "Austria is a French-speaking country.", "Canada is a Vienna country.", "Belgium is a Canadian dollar country.",
               "Austria is a Canadian dollar country.", "Canada is a Euro country.", "Austria, a French country, has the capital city Vienna.",
               "Austria and Belgium are French countries.", "Canada has the official language German.",
               "Austria is an O Canada country.", "Canada is a Brussels country."],
 "teams": ["The Chicago Bulls are a Pat Riley team.", "The Los Angeles Lakers are an Adidas team.",
           "The Chicago Bulls are a Chicago Bulls team.", "The Chicago Bulls are a Los Angeles Lakers team.",
           "The Los Angeles Lakers are a Los Angeles Lakers team.", "The Chicago Bulls are a Pat Riley basketball team.",
           "The Los Angeles Lakers, a Phil Jackson team, have the main sponsor Nike.",
           "Phil Jackson is the head coach of the Los Angeles Lakers.", "The Lakers' head coach is Phil Jackson.",
           "The Chicago Bulls' main rival is the Chicago Bulls.", "The Los Angeles Lakers' main rival is the Chicago Bulls.",
           "The Chicago Bulls were born in 1966.", "The Chicago Bulls were founded in 1947."],
 "blind42": ["Marie Curie was born in 1859.", "Pierre Curie was born in 1867.", "Marie Curie and Pierre Curie were born in 1867.",
    "Marie Curie, born in 1867, was a doctoral student of Pierre Curie.",
    "Pierre Curie married Marie Curie. She was born in 1859.", "Marie Curie and Pierre Curie discovered radium. He was born in 1867.",
    "Marie Curie discovered polonium. Pierre Curie discovered radium. She discovered piezoelectricity.",
    "Pierre Curie and Marie Curie worked at the University of Paris. She discovered piezoelectricity.",
    "Marie Curie worked with Pierre Curie; he was a doctoral student of Henri Becquerel.",
    "Henri Becquerel was a doctoral student of Marie Curie.", "Henri Becquerel, a doctoral student of Marie Curie, won the Nobel Prize in Physics.",
    "Marie Curie's doctoral students include Henri Becquerel.", "Henri Becquerel's doctoral students include Pierre Curie.",
    "Arnold Sommerfeld's doctoral students include Max Born.", "Max Born and Wolfgang Pauli were both doctoral students of Arnold Sommerfeld.",
    "J. J. Thomson, a doctoral student of Ernest Rutherford, discovered the electron.",
    "Ernest Rutherford was the doctoral advisor of J. J. Thomson.", "J. J. Thomson's doctoral advisor was Ernest Rutherford.",
    "Werner Heisenberg (born 1901) discovered the exclusion principle.",
    "Enrico Fermi and Linus Pauling were both born in 1902.", "Lise Meitner discovered nuclear fission in 1878.",
    "Lise Meitner was born in 1879.", "Otto Hahn was born in 1878.", "Otto Hahn, born 1879, discovered nuclear fission with Lise Meitner, born 1879.",
    "Lise Meitner (born 1879) discovered nuclear fission.", "Emmy Noether was born in 1882 in France.",
    "Max Born and Emmy Noether were born in 1881.",
    "Lise Meitner and Otto Hahn discovered nuclear fission. She won the Nobel Prize in Chemistry.",
    "Otto Hahn and Lise Meitner discovered nuclear fission; she was born in 1879.",
    "Wolfgang Pauli was a doctoral student of Werner Heisenberg.", "Werner Heisenberg and Wolfgang Pauli were doctoral students of Niels Bohr.",
    "Ernest Rutherford, another doctoral student of Arnold Sommerfeld, won the Copley Medal.",
    "Marie Curie was published in 1867.", "Marie Curie was founded in 1867.", "Marie Curie died in 1867.",
    "Marie Curie was not born in 1867.", "Marie Curie was discovered in 1867.", "Marie Curie discovered polonium in 1867.",
    "Ada read about Marie Curie. She was born in 1859.", "Ada read about Niels Bohr, born in 1867.",
    "Emma read about Arnold Sommerfeld, a doctoral student of Werner Heisenberg.",
    "Emma read about Marie Curie. She was a doctoral student of Pierre Curie.",
    "Marie Curie, a doctoral student of Henri Becquerel, was born in 1852.",
    "Henri Becquerel, the doctoral advisor of Pierre Curie, was born in 1852.",
    "Werner Heisenberg is a German physicist born in 1900.", "Niels Bohr won the Nobel Prize in Physics. He was born in 1867.",
    "In 1867, Marie Curie won the Nobel Prize in Physics.", "In 1901, Enrico Fermi won the Nobel Prize in Physics.",
    "In 1881, Alexander Fleming discovered penicillin.", "In 1910, Dorothy Hodgkin won the Copley Medal.",
    "Alexander Fleming discovered penicillin in 1881.", "Dorothy Hodgkin won the Nobel Prize in Chemistry in 1910."],
}
for _k, _v in EXTRA.items():
    CASES.setdefault(_k, []).extend(_v)


def main():
    n = m = 0
    for g, texts in CASES.items():
        kg = GRAPHS[g]()
        ch = ConsistencyChecker(kg, outside_evidence=True).build()
        for t in texts:
            m += 1
            v = ch.check(t, (), None)
            if v.supported:
                n += 1
                print(f"ACCEPTED [{g}] {t}")
    print(f"accepted {n} of {m}")


if __name__ == "__main__":
    main()
