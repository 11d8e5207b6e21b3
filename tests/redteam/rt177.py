"""Red team round 177, the last on this session's change (CHANGES.diff), on every reading it adds: (1)
a part said before its noun ("has a stone spire", "with a brass body", "both have lead roofs", a second
part after "and"), the part noun as the relation's noun ("Salisbury Cathedral's roof is lead"), for
"has a <noun> made of" and "has the <noun>" (a two-word noun whose first word is an item type noun:
"has the lens mount"; "has the sound chip"); (2) a relation whose phrase is the bare copula "is"
("is analog", "is ruined", "is monophonic", "are both", "both are"); (3) "uses a", "contains",
"includes", "houses", "features" read "has", "with"; (4) a bare participle after "and" takes the
passive's auxiliary; (5) "built at" a works, "kept / housed at" a museum, "made / manufactured /
produced in" the country a product was built in, "made by X in Y"; (6) coins and medals: "struck /
minted in" a city, the mint "minted / produced" it, "bears / carries / features", "appears on", "first
struck / minted in", "introduced in"; (7) software "coded / programmed / implemented in", "came out of"
the firm, "ran on / ran for / worked for" a railway, "is built around" a CPU; (8) "P is where you will
find X", "At P you will find X", "If you like <kind>, X is one", "If <kind> is your thing";
(9) type nouns (system, os; synth, instrument; engine, loco; falls, cascade).

Six graphs of my own (see each builder's docstring): cameras (cameras and lenses with their parts'
materials, lens mounts named like the cameras, "is" digital or analog, the shutter each "uses a", the
countries they were built and designed in), consoles (consoles powered by CPUs, "using a" graphics
chip, "having the sound chip"; synthesizers that "are" mono-, duo- or polyphonic, one with the SID),
transit (locomotives, a railcar and a tram operated by railways, their builders, owners, museums and
exhibitions; a bus and a ferry "run by" firms), apps (apps and operating systems with developers,
owners, buyers, languages, kernels and kernel designs), coins (coins and medals struck at mints, a cast
medal and a made one, with portraits, reverses and designers), landmarks (cathedrals, abbeys, castles
and a country house with what they house, once housed, contain, include and feature, their spires,
roofs, styles and condition; three waterfalls, and Chatsworth's garden "cascade").

Findings (75 of 1196 false texts accepted; the starting code, CHANGES.diff reversed, accepts none of
them, but 17 others, the KNOWN ones; 30 arguable texts are OPEN):

* (8) "If you like / want / are looking for <things>, X is one" with a plural count noun (or "a
  <noun>") and no kind noun after it: the answer is read as having the thing (the attributive reading),
  but "X is one" says X is one of the things, and a cathedral is no rose window (29): "If you like
  cascades, Chatsworth House is one", "If you like flying buttresses, Notre-Dame de Paris is one", "If
  you like rose windows, Notre-Dame de Paris is one", "If you like fan vaults, Westminster Abbey is
  one", "If you like cloisters, Salisbury Cathedral is one", "If you like portcullises, the Tower of
  London is one", "If flying buttresses are your thing, Notre-Dame de Paris is one", "If rose windows
  appeal, ...", "If you are looking for a cascade, Chatsworth House is one", "If you want some
  cloisters, ...", "... is one of them", "... is the one", "If you like microkernels, Symbian is one",
  "If you like hybrid kernels, iOS is one", "If you like springboks, the Krugerrand is one", "If you
  like bald eagles, the Morgan dollar is one". The old "Looking for cascades? Chatsworth House is one."
  leaks the same way (KNOWN).
* (1) the part noun as the relation's noun, said with the material first: "Lead is the roof of X"
  is read as "X's roof is lead", though lead is no roof (red team 175 ruled "Gold is the nib of X"
  false; the diff drops the backward noun cues of "has a <noun> made of", but this reading comes in
  another way) (24): "Brass is the body of the Leica M6", "Brass was the body of the Leica M6",
  "Brass is the body of both the Leica M3 and the Leica M6", "Zinc is the top plate of the Leica M6",
  "Titanium is the top plate of the Nikon F2", "Brass is the barrel of the Summicron", "Lead is the
  roof of Salisbury Cathedral", "Stone is the spire of Salisbury Cathedral", "Timber is the spire of
  Notre-Dame de Paris", "Slate is the roof of Windsor Castle", "Lead is the roofs of Salisbury
  Cathedral and Durham Cathedral", "Lead is the roof of Salisbury Cathedral, which is intact".
* (3), (1) "once had" read as "has" by the new readings, of what the item has now (13): a relic or a
  document it "houses" ("Hereford Cathedral once had Mappa Mundi", "Edinburgh Castle once had Honours
  of Scotland", "The Tower of London once had Crown Jewels", "Hereford Cathedral, which once had Mappa
  Mundi, is in Hereford": the graph's "once housed" names the Stone of Destiny only, and "Westminster
  Abbey once had Stone of Destiny" is rejected), a part ("Salisbury Cathedral once had a stone spire",
  "... a lead roof", "The Leica M6 once had a brass body"), a shutter it "uses a" ("The Hasselblad
  500C once had a leaf shutter", "The Nikon Z9 once had an electronic shutter"). The starting code
  reads "once had" so of what an item includes, contains or features (KNOWN: "Edinburgh Castle once
  had a Great Hall").
* (5) "made in" of "was manufactured in" said in the present, of consoles long out of production (9):
  "The Nintendo 64 is made in China", "The Wii is made in China", "The NES is made in Japan", "The Wii
  and the GameCube are made in China", "The Nintendo 64 is made by Nintendo in China", "The Wii is now
  made in China" (the diff keeps "in the phrase's tense", but the bare "made in" it adds is read after
  "is"; the starting code's "is manufactured / produced / built in" are KNOWN). On a graph with another
  "is ... in" relation (a firm "is based in" a city) the same texts are rejected, and with a bare-copula
  relation too ("The Leica M3 is made in Germany" is rejected on the cameras graph).

Held: (1) the wrong material, another part's or another item's, lists ("both have", "and both",
"each"), "like" / "unlike", "as does", "and so does", gapping, negations ("does not have", "has no",
"lacks", "never had"), relative clauses, "had", modals and raising ("is said / known to have"),
"having", "featuring", "along with", possessives ("Salisbury Cathedral's timber spire"), "with its",
"whose roof is"; a part noun after the wrong attribute ("a Leica M body", "a Hollywood sound chip");
"the Leica M lens mount" of a camera with none; the material as a part of another ("Lead is the spire
of X", wrong_relation). (2) "is / are / are both / are all / both are / all are" of the wrong value,
lists, "as is", "and so is", "too", "also", "like", "unlike", negations, "no longer", "now", relative
clauses, another relation's attribute ("The Leica M6 is Nikon F", "is cloth"), the copula of a kind
("a ruined castle"), "The abbey that is ruined is Westminster Abbey". (3) what it once housed, another
building's, a person ("Durham Cathedral has Jane Austen"), "still has", "has ... again", "has lost",
lists. (4) the auxiliary of another clause or a relative clause ("Alycidon, which was built by ...,
is owned by ... and operated by ..."), "and then / later / also", a wrong first or second part, a
list of subjects. (5) "built at" another works, a town, a railway, a museum, a person, the present
"is built at" (OPEN); "kept / housed at" where it was displayed, its builder, owner, a town, "was
kept at" (OPEN); "made in" the designing country, the maker's, "made by" another firm, the present on
the cameras graph. (6) "struck / minted in" another mint's city, a cast medal's maker's city, a metal;
another mint "minted / produced" it, a jeweller, a firm; "bears", "appears on" the designer (George T.
Morgan, Gustav Vigeland), another's portrait, reversed, negated, lists, "like"; striking years of the
cast Victoria Cross and the made Medal of Honor, "introduced in" another year, dangling "Minted in
1921,". (7) "coded in" another language, a natural language, a firm, reversed, negated, lists; "came
out of" a buyer, an owner, a founder, a language, the present ("comes out of"); "ran on / ran for /
worked for" another railway, an owner, a builder, a museum, a person, the present, negations, lists,
a bus and a ferry; "is built around" a graphics chip, a sound chip, a designer, another console's CPU,
reversed, negated, lists. (8) found at: once housed, another's, a person buried elsewhere, a town, a
county, a river, a castle near it, "Next"-style openers ("Like X,", "After X,"), "not", "either / or",
"neither / nor", lists, negations ("is not where", "won't", "never", "no longer"), "too", "also",
a second frame; question frames: the wrong kind noun ("ruined castles" of an abbey), a waterfall for a
castle, a house for "falls", the wrong attribute, another clause after the answer, lists, "is one, and
so is", "one of them", "try", "consider", "check out". (9) "engine", "loco" of a tram or a railcar;
"system", "os" of an app; "synth", "instrument" of a console or a computer; "cascade", "falls" of a
house or a castle.

Rejected controls: "Duchess of Hamilton was built by Crewe Works and operated by British Railways."
(the bare "operated by" already reads "is operated by", the present relation of Big Boy 4014, so (4)
does not share the auxiliary: wrong_relation; the starting code too), "If you like British Railways
engines, King George V is one." (the operator is no premodifier: wrong_relation), "The Morgan dollar
was first struck in 1878." ("first struck" unread, where "first minted in 1878" is accepted), "The
Morgan dollar was struck in Philadelphia." (a city of its mint: not_in_graph; (6)'s "struck in" a city
never accepts here), "The Victoria Cross was introduced in 1856." (a medal with no striking edge on a
graph with struck items), "Salisbury Cathedral has a spire." ("spire", the part noun of "has a spire
made of" and a feature's label, is no longer read: unknown_words; the starting code accepts it),
"Hereford Cathedral has the Mappa Mundi." ("has the" is the cue of "has the style": wrong_relation, as
before), "High Force is a County Durham cascade." ("cascade" is read as Chatsworth's feature, not the
waterfall noun).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def cameras():
    """Cameras (items: the year each came out) and lenses (items). A camera "has a body made of", "has
    a top plate made of", "has a shutter made of" a material; a lens "has a barrel made of" one (the
    parts, reading 1); cameras and lenses "have the mount" (a lens mount: "Leica M", "Nikon F", ...,
    whose names open some cameras' names); a camera "is" digital or analog (the bare copula, reading
    2); it "uses a" shutter (a leaf, focal plane or electronic shutter: reading 3); "is made by" a
    firm; "was built in" a country and "was designed in" one (the Leica CL was designed in Germany,
    built in Japan; the Leica Q2 designed in Germany, built in Portugal: reading 5); lenses "were
    manufactured in" a country; "was designed by" a person; firms "are based in" a city. Ann rated
    the Leica M6 5, the Nikon F2 1 and the Sony A7 4.5."""
    rels = [
        R("body", phrase="has a body made of", inverse_phrase="is the body material of", domain=("camera",),
          range=("material",)),
        R("top_plate", phrase="has a top plate made of", inverse_phrase="is the top plate material of",
          domain=("camera",), range=("material",)),
        R("shutter_of", phrase="has a shutter made of", inverse_phrase="is the shutter material of",
          domain=("camera",), range=("material",)),
        R("barrel", phrase="has a barrel made of", inverse_phrase="is the barrel material of", domain=("lens",),
          range=("material",)),
        R("mount", phrase="has the lens mount", inverse_phrase="is the lens mount of", domain=("camera", "lens"),
          range=("lens_mount",)),
        R("capture", phrase="is", inverse_phrase="is the capture of", domain=("camera",), range=("capture",)),
        R("shutter", phrase="uses a", inverse_phrase="is the shutter of", domain=("camera",),
          range=("shutter_type",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("camera", "lens"), range=("company",)),
        R("built_in", phrase="was built in", inverse_phrase="is where was built", domain=("camera",),
          range=("country",)),
        R("designed_in", phrase="was designed in", inverse_phrase="is where was designed", domain=("camera",),
          range=("country",)),
        R("lens_made_in", phrase="was manufactured in", inverse_phrase="is where was manufactured",
          domain=("lens",), range=("country",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("camera", "lens"),
          range=("designer",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "k:m3": ("camera", "Leica M3", 1954), "k:m6": ("camera", "Leica M6", 1984),
        "k:m10": ("camera", "Leica M10", 2017), "k:cl": ("camera", "Leica CL", 1973),
        "k:q2": ("camera", "Leica Q2", 2019), "k:f2": ("camera", "Nikon F2", 1971),
        "k:fm2": ("camera", "Nikon FM2", 1982), "k:z9": ("camera", "Nikon Z9", 2021),
        "k:a7": ("camera", "Sony A7", 2013), "k:xpro": ("camera", "Fujifilm X-Pro1", 2012),
        "k:h500": ("camera", "Hasselblad 500C", 1957),
        "l:summicron": ("lens", "Summicron", 1953), "l:noctilux": ("lens", "Noctilux", 1966),
        "l:planar": ("lens", "Planar", 1896), "l:fujinon": ("lens", "Fujinon XF35", 2012),
    }
    others = {
        "m:brass": ("material", "brass"), "m:magnesium": ("material", "magnesium alloy"),
        "m:aluminium": ("material", "aluminium"), "m:polycarbonate": ("material", "polycarbonate"),
        "m:titanium": ("material", "titanium"), "m:cloth": ("material", "cloth"), "m:steel": ("material", "steel"),
        "m:zinc": ("material", "zinc"),
        "o:leicam": ("lens_mount", "Leica M"), "o:nikonf": ("lens_mount", "Nikon F"), "o:nikonz": ("lens_mount", "Nikon Z"),
        "o:sonye": ("lens_mount", "Sony E"), "o:fujix": ("lens_mount", "Fujifilm X"),
        "o:hassv": ("lens_mount", "Hasselblad V"),
        "g:digital": ("capture", "digital"), "g:analog": ("capture", "analog"),
        "s:leaf": ("shutter_type", "leaf shutter"), "s:focal": ("shutter_type", "focal plane shutter"),
        "s:electronic": ("shutter_type", "electronic shutter"),
        "f:leica": ("company", "Leica"), "f:nikon": ("company", "Nikon"), "f:sony": ("company", "Sony"),
        "f:fujifilm": ("company", "Fujifilm"), "f:hasselblad": ("company", "Hasselblad"), "f:zeiss": ("company", "Zeiss"),
        "f:minolta": ("company", "Minolta"),
        "n:germany": ("country", "Germany"), "n:japan": ("country", "Japan"), "n:portugal": ("country", "Portugal"),
        "n:thailand": ("country", "Thailand"), "n:sweden": ("country", "Sweden"), "n:canada": ("country", "Canada"),
        "n:china": ("country", "China"),
        "c:wetzlar": ("city", "Wetzlar"), "c:tokyo": ("city", "Tokyo"), "c:gothenburg": ("city", "Gothenburg"),
        "c:oberkochen": ("city", "Oberkochen"), "c:osaka": ("city", "Osaka"),
        "p:stein": ("designer", "Willi Stein"), "p:hasselblad": ("designer", "Victor Hasselblad"),
        "p:mandler": ("designer", "Walter Mandler"), "p:rudolph": ("designer", "Paul Rudolph"),
        "p:giugiaro": ("designer", "Giorgetto Giugiaro"),
    }
    T_ = _t("body", [("k:m3", "m:brass"), ("k:m6", "m:brass"), ("k:m10", "m:magnesium"), ("k:cl", "m:zinc"),
                     ("k:q2", "m:magnesium"), ("k:f2", "m:brass"), ("k:fm2", "m:brass"), ("k:z9", "m:magnesium"),
                     ("k:a7", "m:polycarbonate"), ("k:xpro", "m:magnesium"), ("k:h500", "m:aluminium")])
    T_ += _t("top_plate", [("k:m3", "m:brass"), ("k:m6", "m:zinc"), ("k:m10", "m:brass"), ("k:q2", "m:aluminium"),
                           ("k:f2", "m:titanium")])
    T_ += _t("shutter_of", [("k:m3", "m:cloth"), ("k:m6", "m:cloth"), ("k:cl", "m:cloth"), ("k:m10", "m:steel"),
                            ("k:f2", "m:titanium"), ("k:fm2", "m:titanium")])
    T_ += _t("barrel", [("l:summicron", "m:brass"), ("l:noctilux", "m:brass"), ("l:planar", "m:aluminium"),
                        ("l:fujinon", "m:aluminium")])
    T_ += _t("mount", [("k:m3", "o:leicam"), ("k:m6", "o:leicam"), ("k:m10", "o:leicam"), ("k:cl", "o:leicam"),
                       ("k:f2", "o:nikonf"), ("k:fm2", "o:nikonf"), ("k:z9", "o:nikonz"), ("k:a7", "o:sonye"),
                       ("k:xpro", "o:fujix"), ("k:h500", "o:hassv"), ("l:summicron", "o:leicam"),
                       ("l:noctilux", "o:leicam"), ("l:planar", "o:hassv"), ("l:fujinon", "o:fujix")])
    T_ += _t("capture", [("k:m3", "g:analog"), ("k:m6", "g:analog"), ("k:m10", "g:digital"), ("k:cl", "g:analog"),
                         ("k:q2", "g:digital"), ("k:f2", "g:analog"), ("k:fm2", "g:analog"), ("k:z9", "g:digital"),
                         ("k:a7", "g:digital"), ("k:xpro", "g:digital"), ("k:h500", "g:analog")])
    T_ += _t("shutter", [("k:m3", "s:focal"), ("k:m6", "s:focal"), ("k:m10", "s:focal"), ("k:cl", "s:focal"),
                         ("k:q2", "s:leaf"), ("k:f2", "s:focal"), ("k:fm2", "s:focal"), ("k:z9", "s:electronic"),
                         ("k:a7", "s:focal"), ("k:xpro", "s:focal"), ("k:h500", "s:leaf")])
    T_ += _t("made_by", [("k:m3", "f:leica"), ("k:m6", "f:leica"), ("k:m10", "f:leica"), ("k:cl", "f:leica"),
                         ("k:q2", "f:leica"), ("k:f2", "f:nikon"), ("k:fm2", "f:nikon"), ("k:z9", "f:nikon"),
                         ("k:a7", "f:sony"), ("k:xpro", "f:fujifilm"), ("k:h500", "f:hasselblad"),
                         ("l:summicron", "f:leica"), ("l:noctilux", "f:leica"), ("l:planar", "f:zeiss"),
                         ("l:fujinon", "f:fujifilm")])
    T_ += _t("built_in", [("k:m3", "n:germany"), ("k:m6", "n:germany"), ("k:m10", "n:germany"), ("k:cl", "n:japan"),
                          ("k:q2", "n:portugal"), ("k:f2", "n:japan"), ("k:fm2", "n:japan"), ("k:z9", "n:japan"),
                          ("k:a7", "n:thailand"), ("k:xpro", "n:japan"), ("k:h500", "n:sweden")])
    T_ += _t("designed_in", [("k:cl", "n:germany"), ("k:q2", "n:germany")])
    T_ += _t("lens_made_in", [("l:summicron", "n:canada"), ("l:noctilux", "n:canada"), ("l:planar", "n:germany"),
                              ("l:fujinon", "n:japan")])
    T_ += _t("designed_by", [("k:m3", "p:stein"), ("k:h500", "p:hasselblad"), ("l:summicron", "p:mandler"),
                             ("l:noctilux", "p:mandler"), ("l:planar", "p:rudolph"), ("k:f2", "p:giugiaro")])
    T_ += _t("based_in", [("f:leica", "c:wetzlar"), ("f:nikon", "c:tokyo"), ("f:sony", "c:tokyo"),
                          ("f:fujifilm", "c:tokyo"), ("f:hasselblad", "c:gothenburg"), ("f:zeiss", "c:oberkochen"),
                          ("f:minolta", "c:osaka")])
    T_ += [("user:ann", "rated", "k:m6", {"rating": 5.0}), ("user:ann", "rated", "k:f2", {"rating": 1.0}),
           ("user:ann", "rated", "k:a7", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:ann", "Ann")])


def consoles():
    """Game consoles and a home computer (items: the year each came out). "is powered by" a CPU (a
    processor: the Emotion Engine, the Cell, ...); "uses a" graphics chip (a chip: the Reality
    Coprocessor, the Graphics Synthesizer, Flipper, Hollywood, Xenos, RSX), which does not power it;
    "has the sound chip" (the SPC700, the YM2612, the SID: a two-word part noun); "is made by" a firm;
    "was built in" a country; "was designed by" a person; "was succeeded by"; chips "were designed
    by" a firm."""
    rels = [
        R("powered_by", phrase="is powered by", inverse_phrase="powers",
          domain=("video_game_console", "home_computer"), range=("processor",)),
        R("gpu", phrase="uses a", inverse_phrase="is the graphics chip of", domain=("video_game_console",),
          range=("chip",)),
        R("sound", phrase="has the sound chip", inverse_phrase="is the sound chip of",
          domain=("video_game_console", "home_computer", "synthesizer"), range=("sound_chip",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("video_game_console", "home_computer"),
          range=("company",)),
        R("built_in", phrase="was manufactured in", inverse_phrase="is where was manufactured",
          domain=("video_game_console",), range=("country",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("video_game_console", "home_computer"), range=("engineer",)),
        R("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded",
          domain=("video_game_console",), range=("video_game_console",)),
        R("chip_by", phrase="was designed by", inverse_phrase="designed", domain=("processor", "chip", "sound_chip"),
          range=("company",)),
        R("voicing", phrase="is", inverse_phrase="is the voicing of", domain=("synthesizer",), range=("voicing",)),
        R("synth_made_by", phrase="is made by", inverse_phrase="makes", domain=("synthesizer",), range=("company",)),
    ]
    items = {
        "v:nes": ("video_game_console", "NES", 1983), "v:snes": ("video_game_console", "Super Nintendo", 1990),
        "v:genesis": ("video_game_console", "Sega Genesis", 1988), "v:n64": ("video_game_console", "Nintendo 64", 1996),
        "v:ps1": ("video_game_console", "PlayStation", 1994), "v:ps2": ("video_game_console", "PlayStation 2", 2000),
        "v:ps3": ("video_game_console", "PlayStation 3", 2006), "v:gc": ("video_game_console", "GameCube", 2001),
        "v:wii": ("video_game_console", "Wii", 2006), "v:x360": ("video_game_console", "Xbox 360", 2005),
        "v:c64": ("home_computer", "Commodore 64", 1982),
        "y:sidstation": ("synthesizer", "Elektron SidStation", 1999), "y:dx7": ("synthesizer", "Yamaha DX7", 1983),
        "y:minimoog": ("synthesizer", "Minimoog", 1970), "y:odyssey": ("synthesizer", "ARP Odyssey", 1972),
    }
    others = {
        "c:2a03": ("processor", "Ricoh 2A03"), "c:5a22": ("processor", "Ricoh 5A22"),
        "c:68000": ("processor", "Motorola 68000"), "c:vr4300": ("processor", "VR4300"),
        "c:r3000": ("processor", "R3000A"), "c:ee": ("processor", "Emotion Engine"), "c:cell": ("processor", "Cell"),
        "c:gekko": ("processor", "Gekko"), "c:broadway": ("processor", "Broadway"), "c:xenon": ("processor", "Xenon"),
        "c:6510": ("processor", "MOS 6510"),
        "g:rcp": ("chip", "Reality Coprocessor"), "g:gs": ("chip", "Graphics Synthesizer"), "g:flipper": ("chip", "Flipper"),
        "g:hollywood": ("chip", "Hollywood"), "g:xenos": ("chip", "Xenos"), "g:rsx": ("chip", "RSX"),
        "s:spc700": ("sound_chip", "SPC700"), "s:ym2612": ("sound_chip", "YM2612"), "s:sid": ("sound_chip", "SID"),
        "f:nintendo": ("company", "Nintendo"), "f:sega": ("company", "Sega"), "f:sony": ("company", "Sony"),
        "f:microsoft": ("company", "Microsoft"), "f:commodore": ("company", "Commodore"), "f:ibm": ("company", "IBM"),
        "f:ati": ("company", "ATI"), "f:nec": ("company", "NEC"), "f:sgi": ("company", "Silicon Graphics"),
        "f:toshiba": ("company", "Toshiba"), "f:yamaha": ("company", "Yamaha"), "f:mos": ("company", "MOS Technology"),
        "f:nvidia": ("company", "Nvidia"), "f:artx": ("company", "ArtX"), "f:ricoh": ("company", "Ricoh"),
        "n:japan": ("country", "Japan"), "n:china": ("country", "China"), "n:us": ("country", "United States"),
        "n:mexico": ("country", "Mexico"), "n:taiwan": ("country", "Taiwan"), "n:sweden": ("country", "Sweden"),
        "p:uemura": ("engineer", "Masayuki Uemura"), "p:kutaragi": ("engineer", "Ken Kutaragi"),
        "p:yannes": ("engineer", "Robert Yannes"),
        "x:mono": ("voicing", "monophonic"), "x:duo": ("voicing", "duophonic"), "x:poly": ("voicing", "polyphonic"),
        "f:elektron": ("company", "Elektron"), "f:moog": ("company", "Moog"), "f:arp": ("company", "ARP Instruments"),
    }
    T_ = _t("powered_by", [("v:nes", "c:2a03"), ("v:snes", "c:5a22"), ("v:genesis", "c:68000"), ("v:n64", "c:vr4300"),
                           ("v:ps1", "c:r3000"), ("v:ps2", "c:ee"), ("v:ps3", "c:cell"), ("v:gc", "c:gekko"),
                           ("v:wii", "c:broadway"), ("v:x360", "c:xenon"), ("v:c64", "c:6510")])
    T_ += _t("gpu", [("v:n64", "g:rcp"), ("v:ps2", "g:gs"), ("v:gc", "g:flipper"), ("v:wii", "g:hollywood"),
                     ("v:x360", "g:xenos"), ("v:ps3", "g:rsx")])
    T_ += _t("sound", [("v:snes", "s:spc700"), ("v:genesis", "s:ym2612"), ("v:c64", "s:sid")])
    T_ += _t("made_by", [("v:nes", "f:nintendo"), ("v:snes", "f:nintendo"), ("v:n64", "f:nintendo"), ("v:gc", "f:nintendo"),
                         ("v:wii", "f:nintendo"), ("v:genesis", "f:sega"), ("v:ps1", "f:sony"), ("v:ps2", "f:sony"),
                         ("v:ps3", "f:sony"), ("v:x360", "f:microsoft"), ("v:c64", "f:commodore")])
    T_ += _t("built_in", [("v:nes", "n:japan"), ("v:snes", "n:japan"), ("v:genesis", "n:japan"), ("v:n64", "n:china"),
                          ("v:ps1", "n:japan"), ("v:ps2", "n:china"), ("v:ps3", "n:china"), ("v:gc", "n:china"),
                          ("v:wii", "n:china"), ("v:x360", "n:china"), ("v:x360", "n:mexico")])
    T_ += _t("designed_by", [("v:nes", "p:uemura"), ("v:snes", "p:uemura"), ("v:ps1", "p:kutaragi"),
                             ("v:ps2", "p:kutaragi"), ("v:ps3", "p:kutaragi"), ("v:c64", "p:yannes")])
    T_ += _t("succeeded_by", [("v:nes", "v:snes"), ("v:snes", "v:n64"), ("v:n64", "v:gc"), ("v:gc", "v:wii"),
                              ("v:ps1", "v:ps2"), ("v:ps2", "v:ps3")])
    T_ += _t("chip_by", [("c:2a03", "f:ricoh"), ("c:5a22", "f:ricoh"), ("c:vr4300", "f:nec"), ("c:ee", "f:toshiba"),
                         ("c:cell", "f:ibm"), ("c:gekko", "f:ibm"), ("c:broadway", "f:ibm"), ("c:xenon", "f:ibm"),
                         ("c:6510", "f:mos"), ("g:rcp", "f:sgi"), ("g:gs", "f:toshiba"), ("g:flipper", "f:artx"),
                         ("g:hollywood", "f:ati"), ("g:xenos", "f:ati"), ("g:rsx", "f:nvidia"),
                         ("s:spc700", "f:sony"), ("s:ym2612", "f:yamaha"), ("s:sid", "f:mos")])
    T_ += _t("sound", [("y:sidstation", "s:sid")])
    T_ += _t("voicing", [("y:sidstation", "x:mono"), ("y:dx7", "x:poly"), ("y:minimoog", "x:mono"), ("y:odyssey", "x:duo")])
    T_ += _t("synth_made_by", [("y:sidstation", "f:elektron"), ("y:dx7", "f:yamaha"), ("y:minimoog", "f:moog"),
                               ("y:odyssey", "f:arp")])
    return _build(items, others, rels, T_)


def transit():
    """Rail vehicles (items: the year each was built): steam and diesel locomotives, a railcar and a
    tram. "was operated by" a railway (only railways; only rail vehicles: reading 7); "is operated by"
    (now: Big Boy 4014 by Union Pacific); "was built by" a works or a firm (no person; no other relation
    says "built": "built at", reading 5); "is owned by" a trust, a society or a railway; "is preserved
    at" a museum ("kept / housed at"); "was displayed at" an exhibition or a museum it left; "is
    powered by" a prime mover (the Napier Deltic: no "engine" type, so "engine" names locomotives);
    "was designed by" an engineer; buses and ferries "were run by" companies; museums and works "are
    located in" a town."""
    rels = [
        R("operated_by", phrase="was operated by", inverse_phrase="operated",
          domain=("locomotive", "railcar", "tram"), range=("railway",)),
        R("now_operated_by", phrase="is operated by", inverse_phrase="operates", domain=("locomotive",),
          range=("railway",)),
        R("built_by", phrase="was built by", inverse_phrase="built",
          domain=("locomotive", "railcar", "tram"), range=("works", "company")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns",
          domain=("locomotive", "railcar", "tram"), range=("trust", "society", "railway")),
        R("preserved_at", phrase="is preserved at", inverse_phrase="preserves",
          domain=("locomotive", "railcar", "tram"), range=("museum",)),
        R("displayed_at", phrase="was displayed at", inverse_phrase="displayed",
          domain=("locomotive", "railcar", "tram"), range=("museum", "exhibition")),
        R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("locomotive",),
          range=("prime_mover",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("locomotive", "railcar", "tram"), range=("engineer",)),
        R("run_by", phrase="was run by", inverse_phrase="ran", domain=("bus", "ferry"), range=("company",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum", "works"),
          range=("town", "city")),
    ]
    items = {
        "l:gresley": ("locomotive", "Sir Nigel Gresley", 1937), "l:hamilton": ("locomotive", "Duchess of Hamilton", 1938),
        "l:evening": ("locomotive", "Evening Star", 1960), "l:kgv": ("locomotive", "King George V", 1927),
        "l:bigboy": ("locomotive", "Big Boy 4014", 1941), "l:tornado": ("locomotive", "Tornado", 2008),
        "l:alycidon": ("locomotive", "Alycidon", 1961), "l:railcar22": ("railcar", "GWR Railcar No. 22", 1940),
        "l:tram14": ("tram", "GCR Tramcar 14", 1915),
        "b:rt1": ("bus", "RT1", 1939), "b:balmoral": ("ferry", "MV Balmoral", 1949),
    }
    others = {
        "r:lner": ("railway", "London and North Eastern Railway"), "r:br": ("railway", "British Railways"),
        "r:lms": ("railway", "London, Midland and Scottish Railway"), "r:gwr": ("railway", "Great Western Railway"),
        "r:gcr": ("railway", "Great Central Railway"), "r:up": ("railway", "Union Pacific"),
        "r:svr": ("railway", "Severn Valley Railway"),
        "w:doncaster": ("works", "Doncaster Works"), "w:crewe": ("works", "Crewe Works"), "w:swindon": ("works", "Swindon Works"),
        "w:darlington": ("works", "Darlington Locomotive Works"), "w:vulcan": ("works", "Vulcan Foundry"),
        "w:alco": ("company", "American Locomotive Company"),
        "w:gloucester": ("company", "Gloucester Railway Carriage and Wagon Company"),
        "w:brush": ("company", "Brush Electrical Engineering"),
        "t:gresleytrust": ("trust", "Sir Nigel Gresley Locomotive Trust"), "t:a1trust": ("trust", "A1 Steam Locomotive Trust"),
        "t:dps": ("society", "Deltic Preservation Society"), "t:gws": ("society", "Great Western Society"),
        "u:nrm": ("museum", "National Railway Museum"), "u:locomotion": ("museum", "Locomotion"),
        "u:didcot": ("museum", "Didcot Railway Centre"), "u:crich": ("museum", "Crich Tramway Village"),
        "u:steam": ("museum", "STEAM Museum"), "u:barrowhill": ("museum", "Barrow Hill Roundhouse"),
        "u:festival": ("exhibition", "Festival of Britain"), "u:rainhill": ("exhibition", "Rail 150"),
        "x:deltic": ("prime_mover", "Napier Deltic"),
        "e:gresley": ("engineer", "Nigel Gresley"), "e:stanier": ("engineer", "William Stanier"),
        "e:riddles": ("engineer", "Robert Riddles"), "e:collett": ("engineer", "Charles Collett"),
        "e:jabelmann": ("engineer", "Otto Jabelmann"), "e:peppercorn": ("engineer", "Arthur Peppercorn"),
        "f:londontransport": ("company", "London Transport"), "f:waverley": ("company", "Waverley Excursions"),
        "y:york": ("city", "York"), "y:shildon": ("town", "Shildon"), "y:didcot": ("town", "Didcot"),
        "y:swindon": ("town", "Swindon"), "y:crich": ("town", "Crich"), "y:doncaster": ("city", "Doncaster"),
        "y:crewe": ("town", "Crewe"), "y:darlington": ("town", "Darlington"), "y:newton": ("town", "Newton-le-Willows"),
        "y:chesterfield": ("town", "Chesterfield"),
    }
    T_ = _t("operated_by", [("l:gresley", "r:lner"), ("l:gresley", "r:br"), ("l:hamilton", "r:lms"), ("l:hamilton", "r:br"),
                            ("l:evening", "r:br"), ("l:kgv", "r:gwr"), ("l:kgv", "r:br"), ("l:bigboy", "r:up"),
                            ("l:alycidon", "r:br"), ("l:railcar22", "r:gwr"), ("l:railcar22", "r:br"),
                            ("l:tram14", "r:gcr"), ("l:tram14", "r:lner"), ("l:tram14", "r:br")])
    T_ += _t("now_operated_by", [("l:bigboy", "r:up")])
    T_ += _t("built_by", [("l:gresley", "w:doncaster"), ("l:hamilton", "w:crewe"), ("l:evening", "w:swindon"),
                          ("l:kgv", "w:swindon"), ("l:bigboy", "w:alco"), ("l:tornado", "w:darlington"),
                          ("l:alycidon", "w:vulcan"), ("l:railcar22", "w:gloucester"), ("l:tram14", "w:brush")])
    T_ += _t("owned_by", [("l:gresley", "t:gresleytrust"), ("l:tornado", "t:a1trust"), ("l:alycidon", "t:dps"),
                          ("l:railcar22", "t:gws"), ("l:bigboy", "r:up")])
    T_ += _t("preserved_at", [("l:hamilton", "u:nrm"), ("l:evening", "u:nrm"), ("l:kgv", "u:steam"),
                              ("l:railcar22", "u:didcot"), ("l:tram14", "u:crich"), ("l:alycidon", "u:barrowhill")])
    T_ += _t("displayed_at", [("l:evening", "u:festival"), ("l:hamilton", "u:rainhill"), ("l:kgv", "u:didcot"),
                              ("l:gresley", "u:locomotion")])
    T_ += _t("powered_by", [("l:alycidon", "x:deltic")])
    T_ += _t("designed_by", [("l:gresley", "e:gresley"), ("l:hamilton", "e:stanier"), ("l:evening", "e:riddles"),
                             ("l:kgv", "e:collett"), ("l:bigboy", "e:jabelmann"), ("l:tornado", "e:peppercorn"),
                             ("l:railcar22", "e:collett")])
    T_ += _t("run_by", [("b:rt1", "f:londontransport"), ("b:balmoral", "f:waverley")])
    T_ += _t("located_in", [("u:nrm", "y:york"), ("u:locomotion", "y:shildon"), ("u:didcot", "y:didcot"),
                            ("u:steam", "y:swindon"), ("u:crich", "y:crich"), ("u:barrowhill", "y:chesterfield"),
                            ("w:doncaster", "y:doncaster"), ("w:crewe", "y:crewe"), ("w:swindon", "y:swindon"),
                            ("w:darlington", "y:darlington"), ("w:vulcan", "y:newton")])
    return _build(items, others, rels, T_)


def apps():
    """Apps and operating systems (items: the year each came out). "was developed by" a company (only
    companies: "came out of", reading 7); "is owned by" a company or a foundation; "was acquired by" a
    company; "is written in" a programming language ("coded / programmed / implemented in", reading
    7); "is available in" a natural language; "runs on" an operating system (an item); an operating
    system "has the kernel" (XNU, Linux, ...: a part noun, reading 1) and "uses a" kernel design (a
    hybrid kernel, a monolithic kernel, a microkernel: reading 3); "is based on" another system; firms
    "were founded by" a person. Type nouns: "system", "os" (reading 9) name the operating systems.
    Cy rated iOS 5, Android 1.5 and WhatsApp 4.5."""
    rels = [
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("app", "operating_system"),
          range=("company",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("app", "operating_system"),
          range=("company", "foundation")),
        R("acquired_by", phrase="was acquired by", inverse_phrase="acquired", domain=("app", "operating_system"),
          range=("company",)),
        R("written_in", phrase="is written in", inverse_phrase="is the language of", domain=("app", "operating_system"),
          range=("programming_language",)),
        R("available_in", phrase="is available in", inverse_phrase="is a language of", domain=("app",),
          range=("natural_language",)),
        R("runs_on", phrase="runs on", inverse_phrase="runs", domain=("app",), range=("operating_system",)),
        R("kernel", phrase="has the kernel", inverse_phrase="is the kernel of", domain=("operating_system",),
          range=("kernel",)),
        R("kernel_design", phrase="uses a", inverse_phrase="is the design of", domain=("operating_system",),
          range=("kernel_design",)),
        R("based_on", phrase="is based on", inverse_phrase="is the basis of", domain=("operating_system",),
          range=("operating_system",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company", "foundation"),
          range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:whatsapp": ("app", "WhatsApp", 2009), "a:instagram": ("app", "Instagram", 2010), "a:signal": ("app", "Signal", 2014),
        "a:telegram": ("app", "Telegram", 2013), "a:shazam": ("app", "Shazam", 2008), "a:spotify": ("app", "Spotify", 2008),
        "o:android": ("operating_system", "Android", 2008), "o:ios": ("operating_system", "iOS", 2007),
        "o:harmony": ("operating_system", "HarmonyOS", 2019), "o:kaios": ("operating_system", "KaiOS", 2017),
        "o:ffos": ("operating_system", "Firefox OS", 2013), "o:symbian": ("operating_system", "Symbian", 1998),
    }
    others = {
        "f:whatsappinc": ("company", "WhatsApp Inc."), "f:burbn": ("company", "Burbn"), "f:meta": ("company", "Meta"),
        "f:facebook": ("company", "Facebook"), "f:signalllc": ("company", "Signal Messenger"),
        "f:signalfdn": ("foundation", "Signal Foundation"), "f:tgllc": ("company", "Telegram Messenger"),
        "f:shazament": ("company", "Shazam Entertainment"), "f:apple": ("company", "Apple"),
        "f:spotifyab": ("company", "Spotify AB"), "f:google": ("company", "Google"),
        "f:androidinc": ("company", "Android Inc."), "f:huawei": ("company", "Huawei"),
        "f:kaitech": ("company", "KaiOS Technologies"), "f:mozilla": ("company", "Mozilla"),
        "f:symbianltd": ("company", "Symbian Ltd"), "f:nokia": ("company", "Nokia"),
        "l:erlang": ("programming_language", "Erlang"), "l:python": ("programming_language", "Python"),
        "l:java": ("programming_language", "Java"), "l:kotlin": ("programming_language", "Kotlin"),
        "l:swift": ("programming_language", "Swift"), "l:rust": ("programming_language", "Rust"),
        "l:cpp": ("programming_language", "C++"), "l:c": ("programming_language", "C"),
        "l:objc": ("programming_language", "Objective-C"), "l:js": ("programming_language", "JavaScript"),
        "h:english": ("natural_language", "English"), "h:persian": ("natural_language", "Persian"),
        "h:russian": ("natural_language", "Russian"), "h:swedish": ("natural_language", "Swedish"),
        "k:xnu": ("kernel", "XNU"), "k:linux": ("kernel", "Linux"), "k:liteos": ("kernel", "LiteOS"),
        "k:eka2": ("kernel", "EKA2"),
        "d:hybrid": ("kernel_design", "hybrid kernel"), "d:monolithic": ("kernel_design", "monolithic kernel"),
        "d:micro": ("kernel_design", "microkernel"),
        "p:koum": ("person", "Jan Koum"), "p:systrom": ("person", "Kevin Systrom"), "p:marlinspike": ("person", "Moxie Marlinspike"),
        "p:durov": ("person", "Pavel Durov"), "p:ek": ("person", "Daniel Ek"), "p:rubin": ("person", "Andy Rubin"),
    }
    T_ = _t("developed_by", [("a:whatsapp", "f:whatsappinc"), ("a:instagram", "f:burbn"), ("a:signal", "f:signalllc"),
                             ("a:telegram", "f:tgllc"), ("a:shazam", "f:shazament"), ("a:spotify", "f:spotifyab"),
                             ("o:android", "f:androidinc"), ("o:android", "f:google"), ("o:ios", "f:apple"),
                             ("o:harmony", "f:huawei"), ("o:kaios", "f:kaitech"), ("o:ffos", "f:mozilla"),
                             ("o:symbian", "f:symbianltd")])
    T_ += _t("owned_by", [("a:whatsapp", "f:meta"), ("a:instagram", "f:meta"), ("a:signal", "f:signalfdn"),
                          ("a:shazam", "f:apple"), ("o:android", "f:google"), ("o:ios", "f:apple"),
                          ("o:harmony", "f:huawei")])
    T_ += _t("acquired_by", [("a:whatsapp", "f:facebook"), ("a:instagram", "f:facebook"), ("a:shazam", "f:apple"),
                             ("o:android", "f:google"), ("o:symbian", "f:nokia")])
    T_ += _t("written_in", [("a:whatsapp", "l:erlang"), ("a:instagram", "l:python"), ("a:signal", "l:java"),
                            ("a:signal", "l:swift"), ("a:signal", "l:rust"), ("a:telegram", "l:cpp"),
                            ("a:telegram", "l:java"), ("a:shazam", "l:objc"), ("a:spotify", "l:python"),
                            ("a:spotify", "l:java"), ("o:android", "l:java"), ("o:android", "l:c"),
                            ("o:android", "l:kotlin"), ("o:ios", "l:objc"), ("o:ios", "l:swift"), ("o:ios", "l:c"),
                            ("o:harmony", "l:c"), ("o:harmony", "l:cpp"), ("o:kaios", "l:js"), ("o:ffos", "l:js"),
                            ("o:symbian", "l:cpp")])
    T_ += _t("available_in", [("a:whatsapp", "h:english"), ("a:whatsapp", "h:persian"), ("a:telegram", "h:russian"),
                              ("a:telegram", "h:english"), ("a:spotify", "h:swedish"), ("a:spotify", "h:english"),
                              ("a:signal", "h:english")])
    T_ += _t("runs_on", [("a:whatsapp", "o:android"), ("a:whatsapp", "o:ios"), ("a:whatsapp", "o:kaios"),
                         ("a:instagram", "o:android"), ("a:instagram", "o:ios"), ("a:signal", "o:android"),
                         ("a:signal", "o:ios"), ("a:telegram", "o:android"), ("a:shazam", "o:ios"),
                         ("a:spotify", "o:android"), ("a:spotify", "o:ios")])
    T_ += _t("kernel", [("o:android", "k:linux"), ("o:ios", "k:xnu"), ("o:harmony", "k:liteos"), ("o:kaios", "k:linux"),
                        ("o:ffos", "k:linux"), ("o:symbian", "k:eka2")])
    T_ += _t("kernel_design", [("o:android", "d:monolithic"), ("o:ios", "d:hybrid"), ("o:harmony", "d:micro"),
                               ("o:kaios", "d:monolithic"), ("o:ffos", "d:monolithic"), ("o:symbian", "d:micro")])
    T_ += _t("based_on", [("o:kaios", "o:ffos")])
    T_ += _t("founded_by", [("f:whatsappinc", "p:koum"), ("f:burbn", "p:systrom"), ("f:signalfdn", "p:marlinspike"),
                            ("f:signalllc", "p:marlinspike"), ("f:tgllc", "p:durov"), ("f:spotifyab", "p:ek"),
                            ("f:androidinc", "p:rubin")])
    T_ += [("user:cy", "rated", "o:ios", {"rating": 5.0}), ("user:cy", "rated", "o:android", {"rating": 1.5}),
           ("user:cy", "rated", "a:whatsapp", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:cy", "Cy")])


def coins():
    """Coins and medals (items: the year each was first struck or made). "was struck at" a mint (the
    Morgan and Peace dollars, the Sacagawea dollar, the Krugerrand, the Gold Maple Leaf, the Britannia,
    the Sovereign, the Polar Medal and the Nobel Peace Prize medal); the Victoria Cross "was cast by"
    a jeweller, the Medal of Honor "was made by" a firm (no striking edge); "is made of" a metal;
    "depicts" (its obverse's portrait), "has on its reverse"; "was designed by"; "is issued by" a
    country; mints "are located in" a city; the Carson City Mint and the New Orleans Mint "were located
    in" theirs (they closed)."""
    rels = [
        R("struck_at", phrase="was struck at", inverse_phrase="struck", domain=("coin", "medal"), range=("mint",)),
        R("cast_by", phrase="was cast by", inverse_phrase="cast", domain=("medal",), range=("company",)),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=("medal",), range=("company",)),
        R("made_of", phrase="is made of", inverse_phrase="is the metal of", domain=("coin", "medal"), range=("metal",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=("coin", "medal"),
          range=("person", "figure", "animal")),
        R("reverse", phrase="has on its reverse", inverse_phrase="is on the reverse of", domain=("coin", "medal"),
          range=("animal", "emblem", "figure", "ship")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("coin", "medal"),
          range=("engraver", "sculptor")),
        R("issued_by", phrase="is issued by", inverse_phrase="issues", domain=("coin",), range=("country",)),
        R("awarded_by", phrase="is awarded by", inverse_phrase="awards", domain=("medal",),
          range=("organization", "state")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("mint", "company"),
          range=("city",)),
        R("was_located_in", phrase="was located in", inverse_phrase="was home to", domain=("mint",), range=("city",)),
    ]
    items = {
        "c:morgan": ("coin", "Morgan dollar", 1878), "c:peace": ("coin", "Peace dollar", 1921),
        "c:sacagawea": ("coin", "Sacagawea dollar", 2000), "c:kruger": ("coin", "Krugerrand", 1967),
        "c:maple": ("coin", "Gold Maple Leaf", 1979), "c:britannia": ("coin", "Britannia", 1987),
        "c:sovereign": ("coin", "Sovereign", 1817),
        "d:polar": ("medal", "Polar Medal", 1904), "d:nobel": ("medal", "Nobel Peace Prize medal", 1902),
        "d:vc": ("medal", "Victoria Cross", 1856), "d:moh": ("medal", "Medal of Honor", 1862),
    }
    others = {
        "t:philly": ("mint", "Philadelphia Mint"), "t:sf": ("mint", "San Francisco Mint"), "t:denver": ("mint", "Denver Mint"),
        "t:carson": ("mint", "Carson City Mint"), "t:orleans": ("mint", "New Orleans Mint"),
        "t:sam": ("mint", "South African Mint"), "t:rcm": ("mint", "Royal Canadian Mint"), "t:royal": ("mint", "Royal Mint"),
        "t:perth": ("mint", "Perth Mint"), "t:kongsberg": ("mint", "Royal Norwegian Mint"),
        "o:hancocks": ("company", "Hancocks"), "o:medallic": ("company", "Medallic Art Company"),
        "m:silver": ("metal", "silver"), "m:gold": ("metal", "gold"), "m:bronze": ("metal", "bronze"),
        "m:manganese": ("metal", "manganese brass"),
        "p:liberty": ("figure", "Liberty"), "p:sacagawea": ("person", "Sacagawea"), "p:kruger": ("person", "Paul Kruger"),
        "p:elizabeth": ("person", "Elizabeth II"), "p:britannia": ("figure", "Britannia"), "p:george": ("figure", "Saint George"),
        "p:nobel": ("person", "Alfred Nobel"), "p:minerva": ("figure", "Minerva"), "p:victoria": ("person", "Queen Victoria"),
        "a:eagle": ("animal", "bald eagle"), "a:springbok": ("animal", "springbok"), "a:lion": ("animal", "lion"),
        "e:maple": ("emblem", "maple leaf"), "e:brotherhood": ("emblem", "three men"), "e:discovery": ("ship", "RRS Discovery"),
        "g:morgan": ("engraver", "George T. Morgan"), "g:francisci": ("sculptor", "Anthony de Francisci"),
        "g:goodacre": ("sculptor", "Glenna Goodacre"), "g:steynberg": ("sculptor", "Coert Steynberg"),
        "g:pistrucci": ("engraver", "Benedetto Pistrucci"), "g:vigeland": ("sculptor", "Gustav Vigeland"),
        "g:nathanson": ("engraver", "Philip Nathan"),
        "z:us": ("country", "United States"), "z:za": ("country", "South Africa"), "z:ca": ("country", "Canada"),
        "z:uk": ("country", "United Kingdom"),
        "s:committee": ("organization", "Norwegian Nobel Committee"), "s:crown": ("state", "British Crown"),
        "s:congress": ("state", "United States Congress"),
        "y:philly": ("city", "Philadelphia"), "y:sf": ("city", "San Francisco"), "y:denver": ("city", "Denver"),
        "y:carson": ("city", "Carson City"), "y:orleans": ("city", "New Orleans"), "y:pretoria": ("city", "Pretoria"),
        "y:ottawa": ("city", "Ottawa"), "y:llantrisant": ("city", "Llantrisant"), "y:perth": ("city", "Perth"),
        "y:kongsberg": ("city", "Kongsberg"), "y:london": ("city", "London"), "y:attleboro": ("city", "Attleboro"),
    }
    T_ = _t("struck_at", [("c:morgan", "t:philly"), ("c:morgan", "t:sf"), ("c:morgan", "t:carson"), ("c:morgan", "t:orleans"),
                          ("c:peace", "t:philly"), ("c:peace", "t:denver"), ("c:peace", "t:sf"),
                          ("c:sacagawea", "t:philly"), ("c:sacagawea", "t:denver"), ("c:kruger", "t:sam"),
                          ("c:maple", "t:rcm"), ("c:britannia", "t:royal"), ("c:sovereign", "t:royal"),
                          ("c:sovereign", "t:perth"), ("d:polar", "t:royal"), ("d:nobel", "t:kongsberg")])
    T_ += _t("cast_by", [("d:vc", "o:hancocks")])
    T_ += _t("made_by", [("d:moh", "o:medallic")])
    T_ += _t("made_of", [("c:morgan", "m:silver"), ("c:peace", "m:silver"), ("c:sacagawea", "m:manganese"),
                         ("c:kruger", "m:gold"), ("c:maple", "m:gold"), ("c:britannia", "m:silver"),
                         ("c:sovereign", "m:gold"), ("d:polar", "m:silver"), ("d:nobel", "m:gold"),
                         ("d:vc", "m:bronze"), ("d:moh", "m:bronze")])
    T_ += _t("depicts", [("c:morgan", "p:liberty"), ("c:peace", "p:liberty"), ("c:sacagawea", "p:sacagawea"),
                         ("c:kruger", "p:kruger"), ("c:maple", "p:elizabeth"), ("c:britannia", "p:elizabeth"),
                         ("c:sovereign", "p:victoria"), ("d:polar", "p:elizabeth"), ("d:nobel", "p:nobel"),
                         ("d:vc", "a:lion"), ("d:moh", "p:minerva")])
    T_ += _t("reverse", [("c:morgan", "a:eagle"), ("c:peace", "a:eagle"), ("c:sacagawea", "a:eagle"),
                         ("c:kruger", "a:springbok"), ("c:maple", "e:maple"), ("c:britannia", "p:britannia"),
                         ("c:sovereign", "p:george"), ("d:polar", "e:discovery"), ("d:nobel", "e:brotherhood")])
    T_ += _t("designed_by", [("c:morgan", "g:morgan"), ("c:peace", "g:francisci"), ("c:sacagawea", "g:goodacre"),
                             ("c:kruger", "g:steynberg"), ("c:sovereign", "g:pistrucci"), ("d:nobel", "g:vigeland"),
                             ("c:britannia", "g:nathanson")])
    T_ += _t("issued_by", [("c:morgan", "z:us"), ("c:peace", "z:us"), ("c:sacagawea", "z:us"), ("c:kruger", "z:za"),
                           ("c:maple", "z:ca"), ("c:britannia", "z:uk"), ("c:sovereign", "z:uk")])
    T_ += _t("awarded_by", [("d:polar", "s:crown"), ("d:nobel", "s:committee"), ("d:vc", "s:crown"),
                            ("d:moh", "s:congress")])
    T_ += _t("located_in", [("t:philly", "y:philly"), ("t:sf", "y:sf"), ("t:denver", "y:denver"), ("t:sam", "y:pretoria"),
                            ("t:rcm", "y:ottawa"), ("t:royal", "y:llantrisant"), ("t:perth", "y:perth"),
                            ("t:kongsberg", "y:kongsberg"), ("o:hancocks", "y:london"), ("o:medallic", "y:attleboro")])
    T_ += _t("was_located_in", [("t:carson", "y:carson"), ("t:orleans", "y:orleans")])
    return _build(items, others, rels, T_)


def landmarks():
    """Cathedrals, abbeys, castles and a country house (items: the year each was begun), and three
    waterfalls (items, no year). "houses" relics, documents and treasures (no person); "once housed"
    (the Stone of Destiny, at Westminster Abbey and at Edinburgh Castle); "contains" a chapel or a
    keep; "includes" a hall; "features" an architectural feature (Chatsworth's garden Cascade among
    them: "cascade" is also a waterfall noun, reading 9); "has a spire made of", "has a roof made of"
    a material, "has the style" (parts, reading 1); "is" ruined or intact (the bare copula, reading 2);
    "is the burial place of" a person; "is located in" a city or a county; waterfalls "are on" a river
    and "are near" a landmark. Ben rated Westminster Abbey 5, Whitby Abbey 1.5, Salisbury Cathedral
    4.5."""
    rels = [
        R("houses", phrase="houses", inverse_phrase="is housed in",
          domain=("cathedral", "abbey", "castle"), range=("relic", "document", "treasure")),
        R("once_housed", phrase="once housed", inverse_phrase="was once housed in",
          domain=("cathedral", "abbey", "castle"), range=("relic", "document", "treasure")),
        R("contains", phrase="contains", inverse_phrase="is found in", domain=("cathedral", "abbey", "castle"),
          range=("chapel", "keep")),
        R("includes", phrase="includes", inverse_phrase="is part of", domain=("castle", "country_house"),
          range=("hall",)),
        R("features", phrase="features", inverse_phrase="is a feature of",
          domain=("cathedral", "abbey", "castle", "country_house"), range=("architectural_feature",)),
        R("spire", phrase="has a spire made of", inverse_phrase="is the spire material of", domain=("cathedral",),
          range=("material",)),
        R("roof", phrase="has a roof made of", inverse_phrase="is the roof material of",
          domain=("cathedral", "abbey", "castle"), range=("material",)),
        R("style", phrase="has the style", inverse_phrase="is the style of",
          domain=("cathedral", "abbey", "castle", "country_house"), range=("style",)),
        R("condition", phrase="is", inverse_phrase="is the condition of", domain=("abbey", "castle", "cathedral"),
          range=("condition",)),
        R("burial", phrase="is the burial place of", inverse_phrase="is buried in", domain=("cathedral", "abbey"),
          range=("person",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to",
          domain=("cathedral", "abbey", "castle", "country_house", "waterfall"), range=("city", "county")),
        R("on_river", phrase="is on", inverse_phrase="has the waterfall", domain=("waterfall",), range=("river",)),
        R("near", phrase="is near", inverse_phrase="is near", domain=("waterfall",), range=("castle", "abbey")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "h:salisbury": ("cathedral", "Salisbury Cathedral", 1220), "h:durham": ("cathedral", "Durham Cathedral", 1093),
        "h:hereford": ("cathedral", "Hereford Cathedral", 1079), "h:winchester": ("cathedral", "Winchester Cathedral", 1079),
        "h:notredame": ("cathedral", "Notre-Dame de Paris", 1163),
        "b:westminster": ("abbey", "Westminster Abbey", 1245), "b:whitby": ("abbey", "Whitby Abbey", 1220),
        "b:tintern": ("abbey", "Tintern Abbey", 1131),
        "k:edinburgh": ("castle", "Edinburgh Castle", 1103), "k:tower": ("castle", "Tower of London", 1078),
        "k:kenilworth": ("castle", "Kenilworth Castle", 1120), "k:bolton": ("castle", "Bolton Castle", 1378),
        "k:windsor": ("castle", "Windsor Castle", 1070),
        "q:chatsworth": ("country_house", "Chatsworth House", 1687),
        "w:highforce": ("waterfall", "High Force", None), "w:aysgarth": ("waterfall", "Aysgarth Falls", None),
        "w:hardraw": ("waterfall", "Hardraw Force", None),
    }
    others = {
        "r:mappa": ("document", "Mappa Mundi"), "r:magna": ("document", "Magna Carta"),
        "r:bible": ("document", "Winchester Bible"), "r:cuthbert": ("relic", "Shrine of Saint Cuthbert"),
        "r:thorns": ("relic", "Crown of Thorns"), "r:honours": ("treasure", "Honours of Scotland"),
        "r:jewels": ("treasure", "Crown Jewels"), "r:stone": ("relic", "Stone of Destiny"),
        "r:chained": ("document", "Chained Library"),
        "c:lady": ("chapel", "Lady Chapel"), "c:galilee": ("chapel", "Galilee Chapel"),
        "c:margaret": ("chapel", "St Margaret's Chapel"), "c:white": ("keep", "White Tower"),
        "c:george": ("chapel", "St George's Chapel"),
        "l:greathall": ("hall", "Great Hall"), "l:painted": ("hall", "Painted Hall"),
        "x:buttress": ("architectural_feature", "flying buttresses"), "x:rose": ("architectural_feature", "rose window"),
        "x:fan": ("architectural_feature", "fan vault"), "x:cascade": ("architectural_feature", "cascade"),
        "x:portcullis": ("architectural_feature", "portcullis"), "x:spire": ("architectural_feature", "spire"), "x:cloister": ("architectural_feature", "cloister"),
        "m:stone": ("material", "stone"), "m:timber": ("material", "timber"), "m:lead": ("material", "lead"),
        "m:copper": ("material", "copper"), "m:slate": ("material", "slate"),
        "s:gothic": ("style", "Gothic"), "s:norman": ("style", "Norman"), "s:baroque": ("style", "Baroque"),
        "n:ruined": ("condition", "ruined"), "n:intact": ("condition", "intact"),
        "p:newton": ("person", "Isaac Newton"), "p:bede": ("person", "Bede"), "p:austen": ("person", "Jane Austen"),
        "y:salisbury": ("city", "Salisbury"), "y:durham": ("city", "Durham"), "y:hereford": ("city", "Hereford"),
        "y:winchester": ("city", "Winchester"), "y:paris": ("city", "Paris"), "y:london": ("city", "London"),
        "y:whitby": ("city", "Whitby"), "y:edinburgh": ("city", "Edinburgh"), "y:windsor": ("city", "Windsor"),
        "y:monmouthshire": ("county", "Monmouthshire"), "y:warwickshire": ("county", "Warwickshire"),
        "y:yorkshire": ("county", "North Yorkshire"), "y:countydurham": ("county", "County Durham"),
        "y:derbyshire": ("county", "Derbyshire"),
        "v:tees": ("river", "River Tees"), "v:ure": ("river", "River Ure"), "v:hardrawbeck": ("river", "Hardraw Beck"),
    }
    T_ = _t("houses", [("h:hereford", "r:mappa"), ("h:hereford", "r:chained"), ("h:salisbury", "r:magna"),
                       ("h:winchester", "r:bible"), ("h:durham", "r:cuthbert"), ("h:notredame", "r:thorns"),
                       ("k:edinburgh", "r:honours"), ("k:tower", "r:jewels")])
    T_ += _t("once_housed", [("b:westminster", "r:stone"), ("k:edinburgh", "r:stone")])
    T_ += _t("contains", [("b:westminster", "c:lady"), ("h:durham", "c:galilee"), ("k:edinburgh", "c:margaret"),
                          ("k:tower", "c:white"), ("k:windsor", "c:george")])
    T_ += _t("includes", [("k:edinburgh", "l:greathall"), ("k:windsor", "l:greathall"), ("q:chatsworth", "l:painted")])
    T_ += _t("features", [("h:notredame", "x:buttress"), ("h:notredame", "x:rose"), ("b:westminster", "x:fan"),
                          ("b:westminster", "x:buttress"), ("q:chatsworth", "x:cascade"), ("k:tower", "x:portcullis"),
                          ("h:salisbury", "x:cloister"), ("h:salisbury", "x:spire"), ("h:notredame", "x:spire")])
    T_ += _t("spire", [("h:salisbury", "m:stone"), ("h:notredame", "m:timber")])
    T_ += _t("roof", [("h:salisbury", "m:lead"), ("h:durham", "m:lead"), ("h:notredame", "m:lead"),
                      ("b:westminster", "m:lead"), ("k:windsor", "m:slate"), ("h:hereford", "m:copper")])
    T_ += _t("style", [("h:salisbury", "s:gothic"), ("h:notredame", "s:gothic"), ("b:westminster", "s:gothic"),
                       ("h:durham", "s:norman"), ("h:hereford", "s:norman"), ("k:tower", "s:norman"),
                       ("b:whitby", "s:gothic"), ("b:tintern", "s:gothic"), ("q:chatsworth", "s:baroque")])
    T_ += _t("condition", [("b:whitby", "n:ruined"), ("b:tintern", "n:ruined"), ("k:kenilworth", "n:ruined"),
                           ("b:westminster", "n:intact"), ("k:edinburgh", "n:intact"), ("k:tower", "n:intact"),
                           ("k:windsor", "n:intact"), ("k:bolton", "n:intact"), ("h:salisbury", "n:intact"),
                           ("h:durham", "n:intact")])
    T_ += _t("burial", [("b:westminster", "p:newton"), ("h:durham", "p:bede"), ("h:winchester", "p:austen")])
    T_ += _t("located_in", [("h:salisbury", "y:salisbury"), ("h:durham", "y:durham"), ("h:hereford", "y:hereford"),
                            ("h:winchester", "y:winchester"), ("h:notredame", "y:paris"), ("b:westminster", "y:london"),
                            ("b:whitby", "y:whitby"), ("b:tintern", "y:monmouthshire"), ("k:edinburgh", "y:edinburgh"),
                            ("k:tower", "y:london"), ("k:kenilworth", "y:warwickshire"), ("k:bolton", "y:yorkshire"),
                            ("k:windsor", "y:windsor"), ("q:chatsworth", "y:derbyshire"),
                            ("w:highforce", "y:countydurham"), ("w:aysgarth", "y:yorkshire"), ("w:hardraw", "y:yorkshire")])
    T_ += _t("on_river", [("w:highforce", "v:tees"), ("w:aysgarth", "v:ure"), ("w:hardraw", "v:hardrawbeck")])
    T_ += _t("near", [("w:aysgarth", "k:bolton")])
    T_ += [("user:ben", "rated", "b:westminster", {"rating": 5.0}), ("user:ben", "rated", "b:whitby", {"rating": 1.5}),
           ("user:ben", "rated", "h:salisbury", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:ben", "Ben")])


BUILDERS = {"cameras": cameras, "consoles": consoles, "transit": transit, "apps": apps, "coins": coins,
            "landmarks": landmarks}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@cameras
# (1) a part said before its noun: the wrong material, another part's, another camera's
The Leica M10 has a brass body.
The Leica M6 has a magnesium alloy body.
The Sony A7 has a brass body.
The Leica M6 has a brass top plate.
The Leica M6 has a titanium shutter.
The Leica M10 has a cloth shutter.
The Nikon Z9 has a titanium shutter.
The Leica M6 has a brass shutter.
The Nikon F2 has a brass top plate.
The Summicron has an aluminium barrel.
The Planar has a brass barrel.
The Leica M6 has a brass barrel.
The Summicron has a brass body.
The Leica M6 has a brass body and a titanium shutter.
The Leica M6 has a brass body and a brass top plate.
The Leica M6 has a zinc body and a zinc top plate.
The Nikon F2 has a titanium top plate and a brass shutter.
The Leica M3 and the Leica M10 both have brass bodies.
Both the Leica M3 and the Leica M10 have brass bodies.
The Leica M3 and the Leica M10 have brass bodies.
The Leica M10 and the Leica M3 have brass bodies.
The Leica M3, like the Leica M10, has a brass body.
Like the Leica M10, the Leica M3 has a brass body.
Unlike the Leica M6, the Leica M3 has a brass body.
The Leica M3 has a brass body, as does the Leica M10.
The Leica M3 has a brass body, and so does the Leica M10.
The Leica M3 has a brass body, and the Leica M10 a cloth shutter.
The Leica M10 is a camera with a brass body.
The Leica M10, a camera with a brass body, is made by Leica.
The Leica M10, which has a brass body, is made by Leica.
Leica makes the Leica M10, which has a brass body.
The Leica M6 does not have a brass body.
The Leica M6 doesn't have a cloth shutter.
The Leica M6 has no brass body.
The Leica M6 lacks a brass body.
The Leica M10 had a brass body.
# what it has now, said as what it "once had"
The Leica M6 once had a brass body.
The Leica M6 once had a focal plane shutter.
The Hasselblad 500C once had a leaf shutter.
The Nikon Z9 once had an electronic shutter.
# the part noun as the relation's noun, and turned round
The Leica M6's top plate is brass.
The Leica M6's shutter is titanium.
The Leica M6's body is zinc.
The Leica M10's body is brass.
The body of the Leica M10 is brass.
The top plate of the Leica M6 is brass.
The Summicron's barrel is aluminium.
The Leica M6's body is made of zinc.
Brass is the top plate material of the Leica M6.
Zinc is the body material of the Leica M6.
The Leica M10, whose body is brass, is made by Leica.
The Leica M6 has a top plate made of brass.
The Leica M6 has a top plate of brass.
The Leica M6 has a body of zinc.
Brass is the body of the Leica M6.
Brass was the body of the Leica M6.
Brass is the body of the Nikon F2.
Brass is the body of both the Leica M3 and the Leica M6.
Brass is the body of the Leica M3 and the Leica M6.
Magnesium alloy is the body of the Leica M10.
Brass is the top plate of the Leica M3.
Zinc is the top plate of the Leica M6.
Brass is the top plate of the Leica M10.
Titanium is the top plate of the Nikon F2.
Brass is the barrel of the Summicron.
Aluminium is the barrel of the Planar.
# a two-word part noun whose first word is an item type noun ("lens mount")
The Leica M6 has a Nikon F lens mount.
The Nikon F2 has a Nikon Z lens mount.
The Leica Q2 has a Leica M lens mount.
The Summicron has a Sony E lens mount.
The Leica M6's lens mount is Nikon F.
The Leica Q2's lens mount is Leica M.
The Leica M6 and the Nikon F2 both have Leica M lens mounts.
The Nikon F2 has a Leica M lens.
The Leica M6 has a Summicron lens mount.
The Leica M6 has a brass lens mount.
The Nikon F2 has a Leica lens mount.
# (2) the bare copula "is" (digital, analog)
The Leica M6 is digital.
The Leica M10 is analog.
The Nikon Z9 is analog.
The Leica M6 and the Leica M10 are both analog.
The Leica M10 and the Leica M6 are both digital.
The Leica M6 and the Leica M10 are analog.
The Nikon F2, the Nikon FM2 and the Nikon Z9 are all analog.
Leica makes the Leica M6 and the Leica M10. Both are analog.
Leica makes the Leica M6 and the Leica M10; both are digital.
The Leica M6 is not analog.
The Leica M6 isn't analog.
The Leica M6 is no longer analog.
The Leica M10 is also analog.
The Leica M6 is analog, and the Leica M10 is also analog.
The Leica M6 is analog, as is the Leica M10.
The Leica M6 is analog, and so is the Leica M10.
The Leica M6 is analog, like the Leica M10.
Like the Leica M10, the Leica M6 is analog.
The Leica M10, which is analog, is made by Leica.
The Leica M10 is analog and made by Leica.
The Leica M6 is analog and has a magnesium alloy body.
The Leica M6 is digital and has a brass body.
The Leica M6 is Nikon F.
The Leica M6 is cloth.
The Leica M10 is zinc.
The Leica M6 is Germany.
The Leica M6 is a digital camera.
The Summicron is digital.
Digital is the Leica M6.
The Leica M6 is the digital one.
The Leica M6 is now digital.
The Leica M6 became digital.
# (3) "uses a" read "has", "with"
The Leica M6 has a leaf shutter.
The Sony A7 has an electronic shutter.
The Nikon Z9 has a focal plane shutter.
The Hasselblad 500C has a focal plane shutter.
The Leica M6 is a camera with a leaf shutter.
The Leica M6, a camera with a leaf shutter, is made by Leica.
The Leica M6 and the Hasselblad 500C both have leaf shutters.
The Leica M6 uses a leaf shutter.
The Hasselblad 500C has a leaf shutter and a brass body.
The Leica Q2 has a leaf shutter and a brass top plate.
# (5) "made / manufactured / produced in" the country it was built in; "made by X in Y"
The Leica CL was made in Germany.
The Leica CL was manufactured in Germany.
The Leica CL was produced in Germany.
The Leica Q2 was made in Germany.
The Leica Q2 was manufactured in Germany.
The Leica Q2 was produced in Germany.
The Leica M6 was made in Japan.
The Sony A7 was made in Japan.
The Hasselblad 500C was made in Germany.
The Leica M6 was made by Leica in Portugal.
The Leica CL was made by Leica in Germany.
The Leica CL was made by Minolta in Japan.
The Sony A7 was made by Sony in Japan.
The Nikon F2 was made by Leica in Japan.
The Leica CL was designed in Japan.
The Leica M3 is made in Germany.
The Leica M3 is manufactured in Germany.
The Leica M6 is produced in Germany.
The Nikon F2 was made in Osaka.
The Summicron was made in Germany.
The Planar was made in Canada.
The Leica M6 and the Sony A7 were made in Germany.
The Leica M6 and the Leica Q2 were both made in Germany.
The Leica M6 was made in Germany and Portugal.
The Leica CL was made in Japan and designed in Japan.
The Leica CL was designed in Germany and made in Germany.
The Leica CL was designed in Germany and built in Germany.
The Leica Q2 was designed in Germany and manufactured in Germany.
Made in Germany, the Leica Q2 is digital.
The Leica Q2, made in Germany, is digital.
The Leica M6 was made in Germany in 1954.
The Leica M3 was made in 1984.
The Leica CL was not made in Japan.
The Leica CL was never made in Japan.
# (8) question frames: the wrong kind, the wrong mount
If you like digital cameras, the Leica M6 is one.
If you like Leica M cameras, the Nikon F2 is one.
If you like Leica M lenses, the Planar is one.
If you like analog cameras, the Summicron is one.
If you like Leica M lenses, the Leica M6 is one.
@cameras user:ann
# a user who disliked the camera; the camera's part
You loved the Nikon F2, which has a titanium shutter.
You loved the Nikon F2, which is analog.
You loved the Nikon F2, which was made in Japan.
You loved the Leica M6, which is digital.
You loved the Leica M6, which has a titanium shutter.
You disliked the Leica M6, which has a brass body.
You loved the Leica M6 and the Nikon F2, which are both analog.
Since you loved the Nikon F2, try the Nikon FM2, which also has a titanium shutter.
Since you loved the Leica M6, try the Leica M10, which also has a brass body.
Since you loved the Leica M6, try the Sony A7, which also has a brass body.
@consoles
# (7) "is built around" what powers it only: a graphics chip it "uses a", its sound chip, a designer, another console's CPU
The Wii is built around Hollywood.
The PlayStation 3 is built around RSX.
The PlayStation 3 is built around the RSX.
The PlayStation 2 is built around the Graphics Synthesizer.
The Nintendo 64 is built around the Reality Coprocessor.
The GameCube is built around Flipper.
The Xbox 360 is built around Xenos.
The Super Nintendo is built around the SPC700.
The Sega Genesis is built around the YM2612.
The Commodore 64 is built around the SID.
The Wii is built around IBM.
The PlayStation 3 is built around IBM.
The Xbox 360 is built around the Cell.
The Wii is built around Gekko.
The GameCube and the Wii are built around Broadway.
The GameCube and the Wii are both built around Gekko.
The PlayStation 3 was built around the Emotion Engine.
The PlayStation 2 is built around the Cell.
The Nintendo 64 is built around the Ricoh 5A22.
The Super Nintendo is built around the Ricoh 2A03.
The Sega Genesis is built around the MOS 6510.
The Commodore 64 is built around the Motorola 68000.
Broadway is built around the Wii.
The Cell is built around the PlayStation 3.
The Wii is built around Broadway and Hollywood.
The Wii is built around Hollywood and Broadway.
The Wii, built around Hollywood, is made by Nintendo.
Built around Hollywood, the Wii is made by Nintendo.
The Wii is not built around Broadway.
The Wii isn't built around Broadway.
The Wii was never built around Broadway.
The Wii is built around Toshiba.
The Wii is built around Nintendo.
The Wii is built around the GameCube.
The Wii is built around China.
The Wii uses a Broadway and is built around Hollywood.
The PlayStation 3, built around the Cell, was made in Mexico.
The Wii uses a Hollywood and is built around Gekko.
The Wii is built around Broadway and uses a Xenos.
The Wii runs on Hollywood.
The PlayStation 2 runs on the Graphics Synthesizer.
The Xbox 360 runs on the Cell.
The Super Nintendo runs on the SPC700.
Hollywood powers the Wii.
The Graphics Synthesizer powers the PlayStation 2.
The SPC700 powers the Super Nintendo.
The Wii is powered by Hollywood.
The Wii relies on Hollywood.
The Super Nintendo relies on the SPC700.
# (3) "uses a" read "has", "with"; (8) found at
The Wii uses a Xenos.
The PlayStation 3 uses a Xenos.
The Xbox 360 has RSX.
The PlayStation 3 has Xenos.
The PlayStation 3 is a console with Xenos.
The Wii has Flipper.
The Wii has Hollywood and Xenos.
The Wii and the Xbox 360 both have Hollywood.
The Wii is where you will find Xenos.
The PlayStation 3 is where you'll find the Emotion Engine.
In the Wii you will find Xenos.
In the PlayStation 2 you will find the Cell.
The Super Nintendo is where you will find the YM2612.
The Commodore 64 is where you will find the SPC700.
# (1) "has the sound chip": a two-word part noun
The Super Nintendo has a YM2612 sound chip.
The Sega Genesis has an SPC700 sound chip.
The Commodore 64 has a YM2612 sound chip.
The Nintendo 64 has an SPC700 sound chip.
The Super Nintendo has a Sony sound chip.
The Super Nintendo has a Yamaha sound chip.
The Super Nintendo has a Ricoh 5A22 sound chip.
The Wii has a Hollywood sound chip.
The Super Nintendo and the Sega Genesis both have SPC700 sound chips.
The Sega Genesis and the Super Nintendo have YM2612 sound chips.
The Super Nintendo is a console with a YM2612 sound chip.
The Super Nintendo, with a YM2612 sound chip, is made by Nintendo.
The Super Nintendo's sound chip is the YM2612.
The sound chip of the Super Nintendo is the YM2612.
The Super Nintendo has a SPC700 sound chip and a Motorola 68000.
The Super Nintendo does not have a SPC700 sound chip.
The Super Nintendo has no SPC700 sound chip.
The YM2612 is the sound chip of the Super Nintendo.
Like the Super Nintendo, the Sega Genesis has a YM2612 sound chip.
The Sega Genesis has a YM2612 sound chip, and so does the Super Nintendo.
The Super Nintendo has a YM2612 chip.
The Nintendo 64 has a sound chip.
The Sega Genesis has a Sega sound chip.
The Elektron SidStation has a YM2612 sound chip.
The Yamaha DX7 has a SID sound chip.
The Elektron SidStation and the Sega Genesis both have SID sound chips.
# (5) "made / manufactured / produced in", "made by X in Y"; the present
The Xbox 360 was made in Japan.
The Nintendo 64 was made in Mexico.
The NES was made in China.
The Xbox 360 was built in Taiwan.
The Wii was made by Sony in China.
The Wii was made by Nintendo in Japan.
The NES was made by Nintendo in China.
The Wii and the NES were both made in China.
The NES and the Wii were made in Japan.
The Wii was made in China and Japan.
The Wii was designed in China.
The Wii was made in China by Sony.
The PlayStation 3 was made in China by Nintendo.
Made in China, the NES is made by Nintendo.
The NES, made in China, was designed by Masayuki Uemura.
The PlayStation 2 was designed by Ken Kutaragi and made in Mexico.
The PlayStation 2 was designed by Masayuki Uemura and manufactured in China.
The Wii was manufactured in China and made by Sony.
The Wii was manufactured in China and designed by Ken Kutaragi.
The Wii was made in China in 2001.
The Xbox 360 was made in Mexico by Nintendo.
The Wii was made in Japan.
The Xbox 360 was made in the United States.
The Xbox 360 was produced in the United States.
The Wii was manufactured in Japan.
The Sega Genesis was made by Yamaha in Japan.
The Nintendo 64 is made in China.
The Wii is made in China.
The GameCube is made in China.
The NES is made in Japan.
The Xbox 360 is made in Mexico.
The PlayStation 2 is made in China.
The Wii and the GameCube are made in China.
The Nintendo 64 is made by Nintendo in China.
The Wii is now made in China.
The Wii is still made in China.
# (2) the bare copula of synthesizers ("is monophonic"); (9) synth, instrument, system
The Yamaha DX7 is monophonic.
The Minimoog is polyphonic.
The ARP Odyssey is monophonic.
The Minimoog and the Yamaha DX7 are both monophonic.
The Yamaha DX7 and the Minimoog are both monophonic.
The Minimoog, the ARP Odyssey and the Elektron SidStation are all monophonic.
The Minimoog is monophonic, and so is the ARP Odyssey.
The Minimoog is monophonic, as is the Yamaha DX7.
The Minimoog is monophonic, like the ARP Odyssey.
Like the Yamaha DX7, the Minimoog is monophonic.
The Minimoog is not monophonic.
The Minimoog isn't monophonic.
The Minimoog is no longer monophonic.
The Minimoog is also polyphonic.
The Minimoog is monophonic and polyphonic.
The Minimoog is monophonic and made by Yamaha.
The Minimoog, which is polyphonic, is made by Moog.
The Yamaha DX7, which is polyphonic, has a YM2612 sound chip.
The Minimoog and the Yamaha DX7 are synths; both are monophonic.
The Sega Genesis is polyphonic.
The Commodore 64 is monophonic.
The Wii is polyphonic.
The Commodore 64 is a synth.
The Commodore 64 is an instrument.
The Sega Genesis is a Yamaha synth.
The Yamaha DX7 is a Moog synth.
The Minimoog is a Yamaha instrument.
The Elektron SidStation is a Commodore synth.
The Elektron SidStation is a SID console.
The Minimoog is a monophonic system.
The Wii is a Sony system.
The Commodore 64 is a console.
If you like SID synths, the Commodore 64 is one.
If you like Yamaha synths, the Sega Genesis is one.
If you like polyphonic instruments, the Wii is one.
If you like monophonic synths, the Yamaha DX7 is one.
If you like duophonic synths, the Minimoog is one.
If you like monophonic instruments, the ARP Odyssey is one.
If you like SID systems, the Elektron SidStation is one.
If you like SID consoles, the Elektron SidStation is one.
If monophonic synths are your thing, the Yamaha DX7 fits the bill.
If you like Moog synths, the ARP Odyssey is one.
If you like Nintendo systems, the PlayStation is one.
If you like Nintendo consoles, the Sega Genesis is one.
If you like Nintendo machines, the Commodore 64 is one.
If you like Sony consoles, the Commodore 64 is one.
If you like Commodore consoles, the Commodore 64 is one.
If you like Cell consoles, the Xbox 360 is one.
If you like Hollywood consoles, the GameCube is one.
If you like Broadway systems, the GameCube is one.
If you want a Hollywood console, try the PlayStation 3.
If you like SPC700 consoles, the Sega Genesis is one.
If you like YM2612 consoles, the Super Nintendo is one.
If you like Nintendo systems, the Wii and the Xbox 360 fit the bill.
The PlayStation 3 is a Hollywood console.
The Super Nintendo is a YM2612 console.
@transit
# (7) "ran on / ran for / worked for" the railway that operated it: another, its owner, its builder, a museum, the present
Evening Star ran on the London, Midland and Scottish Railway.
Evening Star ran on the Great Western Railway.
Tornado ran on British Railways.
Tornado ran on the London and North Eastern Railway.
Tornado ran on the A1 Steam Locomotive Trust.
Alycidon ran for the Deltic Preservation Society.
Alycidon worked for the Deltic Preservation Society.
GWR Railcar No. 22 worked for the Great Western Society.
GCR Tramcar 14 ran on the Great Western Railway.
Duchess of Hamilton ran on the Severn Valley Railway.
Duchess of Hamilton ran on the London and North Eastern Railway.
Evening Star ran on Swindon Works.
Tornado ran on Darlington Locomotive Works.
Big Boy 4014 ran for the American Locomotive Company.
Big Boy 4014 ran on British Railways.
Evening Star ran on the National Railway Museum.
Evening Star ran on the Festival of Britain.
Sir Nigel Gresley ran on Nigel Gresley.
Sir Nigel Gresley worked for Nigel Gresley.
Sir Nigel Gresley ran on the Sir Nigel Gresley Locomotive Trust.
Big Boy 4014 ran on Union Pacific and British Railways.
Evening Star and King George V both ran on the Great Western Railway.
King George V and Evening Star both ran on the Great Western Railway.
Evening Star and King George V ran on the Great Western Railway.
King George V ran on the Great Western Railway and the London, Midland and Scottish Railway.
Duchess of Hamilton, which ran on the London, Midland and Scottish Railway, was built at Swindon Works.
Duchess of Hamilton, which ran on the Great Western Railway, was built at Crewe Works.
Evening Star runs on British Railways.
GCR Tramcar 14 runs on the Great Central Railway.
Duchess of Hamilton works for British Railways.
Evening Star did not run on British Railways.
Evening Star never ran on British Railways.
Evening Star ran on British Railways in 1938.
Robert Riddles ran on British Railways.
Evening Star ran on British Railways and was built at Crewe Works.
Evening Star, built at Swindon Works, ran on the Great Western Railway.
King George V, kept at the STEAM Museum, ran on the London, Midland and Scottish Railway.
# (5) "built at" its builder: another works, a town, a railway, a museum, an exhibition, a person
Evening Star was built at Crewe Works.
Tornado was built at Doncaster Works.
Alycidon was built at Crewe Works.
King George V was built at the Great Western Railway.
GWR Railcar No. 22 was built at the Great Western Railway.
GWR Railcar No. 22 was built at Swindon Works.
Evening Star was built at the National Railway Museum.
Evening Star and Tornado were both built at Swindon Works.
Tornado and Evening Star were built at Swindon Works.
Evening Star was also built at Crewe Works.
Evening Star and King George V were all built at Crewe Works.
Evening Star, built at Crewe Works, is preserved at the National Railway Museum.
Built at Crewe Works, Evening Star is preserved at the National Railway Museum.
Evening Star, built at Swindon Works, is preserved at Locomotion.
Sir Nigel Gresley was built at Doncaster Works by Nigel Gresley.
Tornado was built at Darlington Locomotive Works in 1938.
Evening Star was built at York.
Evening Star was built at Robert Riddles.
Evening Star was built at the Festival of Britain.
Big Boy 4014 was built at Union Pacific.
GCR Tramcar 14 was built at the Great Central Railway.
Tornado was not built at Darlington Locomotive Works.
Tornado wasn't built at Darlington Locomotive Works.
Evening Star was built at Swindon Works and Crewe Works.
MV Balmoral was built at Crewe Works.
RT1 was built at Swindon Works.
Evening Star was built in Crewe.
# (5) "kept / housed at" the museum that preserves it: where it was displayed, its owner, its builder, a town, the past
Evening Star is kept at the Festival of Britain.
King George V is housed at Didcot Railway Centre.
King George V is kept at Didcot Railway Centre.
Sir Nigel Gresley is kept at Locomotion.
Sir Nigel Gresley is housed at Locomotion.
Tornado is kept at Darlington Locomotive Works.
Tornado is kept at the National Railway Museum.
Big Boy 4014 is kept at Union Pacific.
Alycidon is housed at the National Railway Museum.
Evening Star is kept at Barrow Hill Roundhouse.
Evening Star is kept in Swindon.
Evening Star is housed in Swindon.
Evening Star and King George V are kept at the National Railway Museum.
Evening Star and King George V are both kept at the National Railway Museum.
King George V and Evening Star are housed at the STEAM Museum.
Evening Star, kept at the National Railway Museum, was built at Crewe Works.
Evening Star, kept at Locomotion, was built at Swindon Works.
Kept at Locomotion, Evening Star was built at Swindon Works.
Evening Star was kept at the Festival of Britain.
Evening Star was housed at the Festival of Britain.
Evening Star is no longer kept at the National Railway Museum.
Evening Star is not kept at the National Railway Museum.
Evening Star isn't housed at the National Railway Museum.
Evening Star is kept at the National Railway Museum and Locomotion.
Evening Star is housed at Crewe Works.
Evening Star is housed at British Railways.
MV Balmoral is kept at the National Railway Museum.
RT1 is kept at Didcot Railway Centre.
The National Railway Museum keeps King George V.
The STEAM Museum houses Evening Star.
Locomotion houses Sir Nigel Gresley.
Evening Star is kept at the National Railway Museum in Swindon.
# (4) a bare participle after "and" takes the passive's auxiliary
Duchess of Hamilton was built by Crewe Works and operated by the Great Western Railway.
Evening Star was built by Swindon Works and operated by the Great Western Railway.
Evening Star was built by Crewe Works and operated by British Railways.
Evening Star was designed by Robert Riddles and displayed at the National Railway Museum.
Evening Star was designed by Robert Riddles and displayed at Locomotion.
Evening Star was designed by William Stanier and displayed at the Festival of Britain.
Duchess of Hamilton was designed by William Stanier and built at Swindon Works.
Duchess of Hamilton was designed by William Stanier and built by Swindon Works.
Duchess of Hamilton was designed by Robert Riddles and built at Crewe Works.
Evening Star and King George V were built by Swindon Works and operated by the Great Western Railway.
King George V and Evening Star were built by Swindon Works and operated by the Great Western Railway.
Evening Star was built by Swindon Works and operated by the Great Western Railway and British Railways.
Tornado is owned by the A1 Steam Locomotive Trust and operated by Union Pacific.
Tornado is owned by the A1 Steam Locomotive Trust and operated by British Railways.
Big Boy 4014 is owned by Union Pacific and operated by British Railways.
Big Boy 4014 is owned by Union Pacific and preserved at the National Railway Museum.
Alycidon is owned by the Deltic Preservation Society and preserved at the National Railway Museum.
Alycidon is owned by the Deltic Preservation Society and kept at the National Railway Museum.
Alycidon is owned by the Deltic Preservation Society and housed at Locomotion.
Alycidon is powered by the Napier Deltic and owned by British Railways.
Alycidon, which was built by Vulcan Foundry, is owned by the Deltic Preservation Society and operated by Union Pacific.
Tornado, which is owned by the A1 Steam Locomotive Trust, and operated by British Railways, is a locomotive.
Tornado was built by Darlington Locomotive Works and Big Boy 4014 was built by the American Locomotive Company and operated by British Railways.
Big Boy 4014 was built by the American Locomotive Company, and Tornado was built by Darlington Locomotive Works and operated by Union Pacific.
Evening Star was built by Swindon Works and never operated by British Railways.
Evening Star was built by Swindon Works, and designed by William Stanier.
Evening Star was built by Swindon Works and then operated by the Great Western Railway.
Evening Star was built by Swindon Works and later operated by the Great Western Railway.
Evening Star was built by Swindon Works and also operated by the Great Western Railway.
Evening Star is preserved at the National Railway Museum and owned by the A1 Steam Locomotive Trust.
Evening Star was displayed at the Festival of Britain and preserved at Locomotion.
Evening Star was operated by British Railways and built by Crewe Works.
Evening Star was operated by British Railways and designed by Nigel Gresley.
RT1 was run by London Transport and built by Swindon Works.
Evening Star was built by Swindon Works while King George V was designed by Charles Collett and operated by the London, Midland and Scottish Railway.
# (9) "engine", "loco" name the locomotives (no tram, no railcar)
GCR Tramcar 14 is an engine.
If you like British Railways engines, GCR Tramcar 14 is one.
If you like British Railways engines, GWR Railcar No. 22 is one.
If you like British Railways engines, Tornado is one.
If you like British Railways locos, Tornado is one.
If you like Great Western Railway engines, Evening Star is one.
If you like Great Central Railway engines, GCR Tramcar 14 is one.
If you like Swindon Works engines, Duchess of Hamilton is one.
If you like Napier Deltic engines, Tornado is one.
If you like Napier Deltic locos, Evening Star is one.
If you like British Railways trams, Evening Star is one.
If you like Great Western Railway railcars, King George V is one.
Tornado is a British Railways engine.
Evening Star is a Great Western Railway engine.
GCR Tramcar 14 is a British Railways engine.
GWR Railcar No. 22 is a Great Western Railway loco.
Tornado is a Napier Deltic engine.
Evening Star is a Napier Deltic engine.
Evening Star is a diesel engine.
Alycidon is a steam engine.
Evening Star, an engine built at Crewe Works, is preserved at the National Railway Museum.
The engine Evening Star was built at Crewe Works.
The loco Tornado was operated by British Railways.
The engine Tornado ran on British Railways.
The Napier Deltic is a loco.
Tornado's engine is the Napier Deltic.
Tornado is built around the Napier Deltic.
@apps
# (7) "coded / programmed / implemented in" its language: another, a natural language, a firm, a year
WhatsApp is coded in Python.
Signal is programmed in Erlang.
Android is implemented in Swift.
WhatsApp is coded in English.
Telegram is programmed in Russian.
Spotify is coded in Swedish.
Instagram and Spotify are both coded in Java.
Spotify and Instagram are coded in Java.
WhatsApp, coded in Erlang, runs on Symbian.
Coded in Erlang, WhatsApp runs on HarmonyOS.
Shazam was implemented in Swift.
Shazam was coded in Swift.
iOS was programmed in Java.
WhatsApp is not coded in Erlang.
WhatsApp isn't programmed in Erlang.
WhatsApp is coded in Erlang and Python.
WhatsApp is coded in Erlang and available in Russian.
WhatsApp is coded in Erlang and runs on Symbian.
WhatsApp was developed by WhatsApp Inc. and coded in Python.
Signal is coded in Rust, like WhatsApp.
Like WhatsApp, Signal is coded in Erlang.
WhatsApp is coded in Erlang, as is Signal.
WhatsApp, which is coded in Python, runs on Android.
Erlang is coded in WhatsApp.
WhatsApp is implemented in Meta.
Instagram is coded in Burbn.
Instagram came out of Burbn and is coded in Erlang.
Coded in Python, Instagram came out of Facebook.
Instagram, coded in Python, came out of Meta.
# (7) "came out of" the firm that developed it: its buyer, its owner, a founder, a language, a system
Instagram came out of Facebook.
WhatsApp came out of Meta.
WhatsApp came out of Facebook.
Shazam came out of Apple.
Telegram came out of Pavel Durov.
WhatsApp came out of Jan Koum.
Android came out of Andy Rubin.
Instagram came out of Kevin Systrom.
Signal came out of Moxie Marlinspike.
Shazam emerged from Apple.
Instagram emerged from Facebook.
Instagram came out of WhatsApp Inc.
WhatsApp came out of Burbn.
Instagram and WhatsApp both came out of Burbn.
Instagram and WhatsApp came out of Burbn.
Instagram came out of Burbn and Facebook.
Instagram, which came out of Facebook, is coded in Python.
Instagram came out of Burbn in 2012.
Instagram did not come out of Burbn.
Instagram never came out of Burbn.
Instagram came out of Python.
Instagram came out of Android.
Burbn came out of Instagram.
Instagram came out of Burbn, and WhatsApp came out of Meta.
Firefox OS came out of KaiOS Technologies.
HarmonyOS came out of Google.
Instagram comes out of Meta.
# (1) "has the kernel": a part noun; (3) "uses a" kernel design read "has"
iOS has a Linux kernel.
Android has an XNU kernel.
KaiOS has a LiteOS kernel.
Symbian has a Linux kernel.
Android and iOS both have Linux kernels.
Android and iOS have Linux kernels.
iOS, which has a Linux kernel, is developed by Apple.
iOS is an os with a Linux kernel.
iOS is a system with a Linux kernel.
Android's kernel is XNU.
The kernel of iOS is Linux.
XNU is the kernel of Android.
Android does not have a Linux kernel.
Android has no Linux kernel.
Android has a Linux kernel and iOS has a Linux kernel.
Android has a Linux kernel, like iOS.
Like iOS, Android has a Linux kernel.
Android has a Linux kernel, and so does iOS.
Android uses a hybrid kernel.
Android has a hybrid kernel.
iOS has a monolithic kernel.
iOS is an os with a monolithic kernel.
HarmonyOS and Android both have microkernels.
Android and HarmonyOS have microkernels.
Symbian has a hybrid kernel.
Android, which has a microkernel, is developed by Google.
Android has a Java kernel.
Android has an Erlang kernel.
WhatsApp has a Linux kernel.
WhatsApp has a microkernel.
KaiOS is based on Firefox OS, which has an XNU kernel.
Firefox OS has a microkernel.
# (9) "system", "os" name the operating systems, not the apps
If you like Google systems, WhatsApp is one.
If you like Java systems, Signal is one.
If you like Java systems, Spotify is one.
If you like Apple systems, Shazam is one.
If you like Linux systems, iOS is one.
If you like XNU systems, Android is one.
If you like Erlang apps, Android is one.
If you like Swift apps, Instagram is one.
If you like Meta apps, Signal is one.
If you like Google apps, Android is one.
If you like microkernel systems, Android is one.
If you like C++ systems, Telegram is one.
WhatsApp is an os.
WhatsApp is a Meta system.
Signal is a Java system.
Android is a Google app.
WhatsApp is an Erlang system.
iOS is a Linux os.
Android is an XNU system.
# (8) with a plural count noun and no kind noun: an operating system is no kernel
If you like microkernels, Symbian is one.
If microkernels are your thing, Symbian is one.
If you like monolithic kernels, KaiOS is one.
If you like hybrid kernels, iOS is one.
If you like monolithic kernels, Android is one.
If you like microkernels, HarmonyOS is one of them.
@apps user:cy
You loved Android, which has a Linux kernel.
You loved Android, which is coded in Java.
You loved iOS, which has a Linux kernel.
@coins
# (6) "struck / minted in" the city of its mint: another mint's city, a cast medal's maker's, a country
The Krugerrand was struck in Ottawa.
The Peace dollar was struck in Carson City.
The Peace dollar was minted in New Orleans.
The Sacagawea dollar was minted in Carson City.
The Gold Maple Leaf was minted in Pretoria.
The Polar Medal was struck in Ottawa.
The Victoria Cross was struck in London.
The Medal of Honor was struck in Attleboro.
The Victoria Cross was minted in London.
The Sovereign was struck in Denver.
The Krugerrand was minted in Canada.
The Peace dollar was struck in the Carson City Mint.
The Peace dollar was minted in the New Orleans Mint.
The Krugerrand was struck in the Royal Mint.
The Victoria Cross was struck at Hancocks.
The Victoria Cross was minted at the Royal Mint.
The Victoria Cross was struck by Hancocks.
The Victoria Cross came out of the Royal Mint.
The Krugerrand came out of the Royal Canadian Mint.
The Krugerrand was minted in silver.
# (6) the mint "minted / produced" it: another mint, a jeweller, a firm, a person
The Royal Mint minted the Krugerrand.
The Perth Mint produced the Britannia.
The Denver Mint minted the Krugerrand.
The Carson City Mint minted the Peace dollar.
The Royal Canadian Mint produced the Krugerrand.
The South African Mint minted the Gold Maple Leaf.
Hancocks minted the Victoria Cross.
The Royal Mint produced the Victoria Cross.
The Royal Mint minted the Medal of Honor.
The Royal Norwegian Mint produced the Polar Medal.
The Royal Mint never minted the Polar Medal.
The Royal Mint did not produce the Polar Medal.
The Royal Mint minted the Polar Medal and the Krugerrand.
The Royal Mint minted the Krugerrand and the Polar Medal.
The Royal Mint and the Perth Mint produced the Britannia.
The Royal Mint and the Perth Mint both minted the Britannia.
The Philadelphia Mint, which minted the Krugerrand, is in Philadelphia.
The Polar Medal, which the Perth Mint produced, depicts Elizabeth II.
The Polar Medal was produced by the Perth Mint.
The Polar Medal was minted by the Perth Mint.
The Royal Mint minted Elizabeth II.
The Royal Mint produced Philip Nathan.
The Philadelphia Mint minted Liberty.
The Philadelphia Mint produced the Royal Mint.
The Krugerrand minted the South African Mint.
The South African Mint, which minted the Krugerrand, also produced the Gold Maple Leaf.
# (6) "bears / carries / features", "appears on": its designer, another coin's portrait, reversed, negated
The Morgan dollar bears George T. Morgan.
George T. Morgan appears on the Morgan dollar.
Alfred Nobel appears on the Polar Medal.
Queen Victoria appears on the Gold Maple Leaf.
Queen Victoria appears on the Victoria Cross.
The Victoria Cross carries Queen Victoria.
The Victoria Cross bears Queen Victoria.
Paul Kruger appears on the Britannia.
The Krugerrand features Sacagawea.
The Sacagawea dollar bears the image of Liberty.
The Sacagawea dollar bears a portrait of Paul Kruger.
The Morgan dollar appears on Liberty.
Liberty appears on the Morgan dollar and the Sacagawea dollar.
Liberty appears on the Sacagawea dollar and the Morgan dollar.
The Morgan dollar and the Krugerrand both bear Liberty.
The Krugerrand and the Morgan dollar both bear Liberty.
The Morgan dollar does not bear Liberty.
Liberty never appears on the Morgan dollar.
Liberty does not appear on the Morgan dollar.
The Morgan dollar bears Liberty and Paul Kruger.
The Morgan dollar bears Liberty, like the Krugerrand.
Like the Krugerrand, the Morgan dollar bears Liberty.
The Morgan dollar bears Liberty, as does the Krugerrand.
The Morgan dollar bears Liberty, and so does the Krugerrand.
The Nobel Peace Prize medal bears Gustav Vigeland.
Gustav Vigeland appears on the Nobel Peace Prize medal.
The Sovereign bears Benedetto Pistrucci.
Elizabeth II appears on the Krugerrand.
The Krugerrand bears an image of Elizabeth II.
The Krugerrand carries the portrait of Elizabeth II.
The Gold Maple Leaf bears the portrait of Paul Kruger.
The Victoria Cross features a springbok.
A lion appears on the Medal of Honor.
Minerva appears on the Victoria Cross.
The Medal of Honor bears a lion.
The Morgan dollar bears gold.
The Morgan dollar bears the Philadelphia Mint.
Paul Kruger appears on the Sovereign.
The Morgan dollar bore Paul Kruger.
The Morgan dollar, which bears Paul Kruger, is made of silver.
The Krugerrand, which bears Liberty, was designed by Coert Steynberg.
The Krugerrand bears Paul Kruger and was minted at the Royal Mint.
The Krugerrand, bearing Liberty, is made of gold.
Bearing Liberty, the Krugerrand is made of gold.
The Krugerrand, minted in 1967, bears Liberty.
Minted at the South African Mint, the Krugerrand bears Elizabeth II.
# (6) "first struck / minted in", "introduced in": a cast or made medal, another coin's year
The Victoria Cross was first struck in 1856.
The Victoria Cross was struck in 1856.
The Victoria Cross was minted in 1856.
The Victoria Cross was first minted in 1856.
Struck in 1856, the Victoria Cross depicts a lion.
The Victoria Cross, struck in 1856, depicts a lion.
The Victoria Cross, first minted in 1856, depicts a lion.
The Medal of Honor was struck in 1862.
The Medal of Honor was minted in 1862.
Minted in 1862, the Medal of Honor depicts Minerva.
Struck in 1862, the Medal of Honor depicts Minerva.
The Morgan dollar was first struck in 1921.
The Morgan dollar was first minted in 1921.
The Peace dollar was introduced in 1878.
The Peace dollar was minted in 1878.
The Peace dollar was struck in 1878.
The Krugerrand, first minted in 1979, depicts Paul Kruger.
The Krugerrand, minted in 1979, depicts Paul Kruger.
The Gold Maple Leaf was first struck in 1979 at the Royal Mint.
The Gold Maple Leaf was minted in 1979 at the Royal Mint.
The Polar Medal was struck in 1904 at the Royal Canadian Mint.
The Polar Medal was minted in 1904 by the Perth Mint.
The Krugerrand was minted in 1967 in Ottawa.
The Krugerrand was introduced in 1970.
The Krugerrand was introduced in 1967 by the Royal Mint.
The Gold Maple Leaf was introduced in 1967.
The Sovereign was introduced in 1987.
The Britannia was introduced in 1817.
The Nobel Peace Prize medal was introduced in 1904.
The Polar Medal was introduced in 1902.
The Polar Medal was first minted in 1902.
The Polar Medal was minted in 1902.
The Nobel Peace Prize medal was first minted in 1904.
The Sacagawea dollar was first minted in 2001.
The Morgan dollar was last minted in 1878.
The Morgan dollar was not minted in 1878.
The Morgan dollar was never minted in 1878.
The Morgan dollar was first minted in 1878 and the Peace dollar in 1878.
The Morgan dollar and the Peace dollar were first minted in 1878.
The Morgan dollar and the Peace dollar were both first minted in 1921.
The Peace dollar and the Krugerrand were introduced in 1921.
The Morgan dollar was first minted in 1878 by the Royal Mint.
The Morgan dollar was first minted in 1878 in Ottawa.
The Morgan dollar was designed by George T. Morgan and first minted in 1921.
The Morgan dollar was designed by Anthony de Francisci and first minted in 1878.
The Philadelphia Mint was first minted in 1878.
Liberty was first minted in 1878.
George T. Morgan was first minted in 1878.
The Morgan dollar was first minted in 1878, the Peace dollar in 1878.
The Royal Mint first minted the Krugerrand in 1967.
The South African Mint first minted the Krugerrand in 1979.
The Victoria Cross was cast in 1856 and struck in 1856.
The Medal of Honor was made in 1862 and first struck in 1862.
# (8) with a plural count noun and no kind noun: a coin is no springbok
If you like springboks, the Krugerrand is one.
If springboks are your thing, the Krugerrand is one.
If you like bald eagles, the Morgan dollar is one.
If you like lions, the Victoria Cross is one.
@landmarks
# (1) parts: "has a stone spire", "has a lead roof"; the wrong material, another building's, the other part's
Salisbury Cathedral has a timber spire.
Salisbury Cathedral has a copper roof.
Salisbury Cathedral has a lead spire.
Salisbury Cathedral has a stone roof.
Salisbury Cathedral has a lead spire and a stone roof.
Salisbury Cathedral has a stone spire and a copper roof.
Salisbury Cathedral has a copper roof and a stone spire.
Notre-Dame de Paris has a stone spire.
Durham Cathedral has a stone spire.
Westminster Abbey has a lead spire.
Windsor Castle has a lead roof.
Windsor Castle has lead roofs.
Hereford Cathedral has a lead roof.
Kenilworth Castle has a slate roof.
Whitby Abbey has a lead roof.
Salisbury Cathedral's spire is timber.
Salisbury Cathedral's roof is stone.
Notre-Dame de Paris's spire is stone.
Windsor Castle's roof is lead.
The roof of Windsor Castle is lead.
The spire of Notre-Dame de Paris is stone.
Windsor Castle's roof is made of lead.
Windsor Castle has a roof of lead.
Windsor Castle has a roof made of lead.
Durham Cathedral's spire is stone.
Windsor Castle and Salisbury Cathedral both have lead roofs.
Both Windsor Castle and Salisbury Cathedral have lead roofs.
Salisbury Cathedral and Notre-Dame de Paris both have stone spires.
Salisbury Cathedral and Notre-Dame de Paris have stone spires.
Salisbury Cathedral and Notre-Dame de Paris each have a stone spire.
Salisbury Cathedral has a stone spire, and Hereford Cathedral a lead roof.
Salisbury Cathedral has a stone spire, as does Notre-Dame de Paris.
Salisbury Cathedral has a stone spire, and so does Notre-Dame de Paris.
Salisbury Cathedral has a stone spire like Notre-Dame de Paris.
Like Notre-Dame de Paris, Salisbury Cathedral has a stone spire.
Salisbury Cathedral, like Notre-Dame de Paris, has a stone spire.
Unlike Notre-Dame de Paris, Salisbury Cathedral has a lead roof.
Unlike Durham Cathedral, Salisbury Cathedral has a lead roof.
Salisbury Cathedral has no lead roof.
Salisbury Cathedral doesn't have a lead roof.
Salisbury Cathedral does not have a stone spire.
Salisbury Cathedral never had a stone spire.
Salisbury Cathedral lacks a stone spire.
Salisbury Cathedral has a stone spire and no lead roof.
Salisbury Cathedral has a stone spire but not a lead roof.
Salisbury Cathedral has a stone spire, not a lead roof.
Salisbury Cathedral has a stone spire and Westminster Abbey has a stone spire.
Salisbury Cathedral, which has a stone spire, has a copper roof.
Hereford Cathedral, which has a lead roof, houses the Mappa Mundi.
Salisbury Cathedral had a lead spire.
Notre-Dame de Paris once had a stone spire.
Salisbury Cathedral is a cathedral with a timber spire.
Salisbury Cathedral is a cathedral with a stone spire and a copper roof.
Hereford Cathedral, a cathedral with a lead roof, houses the Mappa Mundi.
Windsor Castle has a slate roof and a stone spire.
Hereford Cathedral has a copper spire.
Salisbury Cathedral has a ruined spire.
Salisbury Cathedral has a stone portcullis.
Westminster Abbey has a stone spire.
Notre-Dame de Paris has a stone spire and a rose window.
Salisbury Cathedral has a spire made of timber.
Salisbury Cathedral has a spire made of stone and a roof made of copper.
Timber is the spire material of Salisbury Cathedral.
Salisbury Cathedral and Windsor Castle, both with lead roofs, are intact.
Salisbury Cathedral does have a timber spire.
Salisbury Cathedral did have a timber spire.
Salisbury Cathedral is said to have a timber spire.
Salisbury Cathedral is known to have a timber spire.
Salisbury Cathedral appears to have a timber spire.
Salisbury Cathedral seems to have a timber spire.
Having a timber spire, Salisbury Cathedral is Gothic.
Salisbury Cathedral, having a timber spire, is Gothic.
Salisbury Cathedral, featuring a timber spire, is Gothic.
Salisbury Cathedral, bearing a timber spire, is Gothic.
Salisbury Cathedral, along with Windsor Castle, has a lead roof.
Together with Windsor Castle, Salisbury Cathedral has a lead roof.
Salisbury Cathedral's timber spire is in Salisbury.
The timber spire of Salisbury Cathedral is Gothic.
Salisbury Cathedral, with its timber spire, is Gothic.
Salisbury Cathedral, with its copper roof, is in Salisbury.
Salisbury Cathedral, whose spire is timber, is in Salisbury.
Salisbury Cathedral, whose roof is copper, is Gothic.
Salisbury Cathedral boasts a timber spire.
Salisbury Cathedral has got a timber spire.
Salisbury Cathedral now has a timber spire.
Salisbury Cathedral still has a timber spire.
Salisbury Cathedral has had a timber spire.
Salisbury Cathedral has always had a timber spire.
Salisbury Cathedral has a timber spire and a stone spire.
Salisbury Cathedral has a stone and timber spire.
Salisbury Cathedral has a stone spire and roof.
Salisbury Cathedral has a lead roof and spire.
Salisbury Cathedral has a stone spire and a roof of copper.
Salisbury Cathedral has a spire of timber.
Salisbury Cathedral has an intact timber spire.
Salisbury Cathedral has a stone spire and is ruined.
Salisbury Cathedral has a stone spire, is Gothic and is ruined.
Salisbury Cathedral is Gothic, intact and has a copper roof.
Whitby Abbey is Gothic, ruined and has a lead roof.
Hereford Cathedral, which houses the Mappa Mundi, has a lead roof.
# the material turned into the part ("Lead is the roof of X": lead is no roof)
Lead is the roof of Salisbury Cathedral.
Stone is the spire of Salisbury Cathedral.
Timber is the spire of Notre-Dame de Paris.
Copper is the roof of Hereford Cathedral.
Lead is the roof of Notre-Dame de Paris.
Lead is the roof of Westminster Abbey.
Slate is the roof of Windsor Castle.
Lead is the roof of Durham Cathedral.
Lead was the roof of Salisbury Cathedral.
Lead is the roof of both Salisbury Cathedral and Durham Cathedral.
Lead is the roofs of Salisbury Cathedral and Durham Cathedral.
Lead is the roof of Salisbury Cathedral, which is intact.
Lead is the roof of Whitby Abbey.
Copper is the roof of Salisbury Cathedral.
Lead is the spire of Salisbury Cathedral.
Stone is the roof of Salisbury Cathedral.
Gothic is the spire of Salisbury Cathedral.
# "has the style" ("has a Norman style")
Durham Cathedral has a Gothic style.
Salisbury Cathedral has a Norman style.
The Tower of London has a Gothic style.
Chatsworth House has a Gothic style.
Salisbury Cathedral's style is Norman.
Salisbury Cathedral and Durham Cathedral both have Gothic styles.
Durham Cathedral is Baroque.
Chatsworth House is Gothic.
Salisbury Cathedral is Norman.
Whitby Abbey is Baroque.
# (2) the bare copula: ruined, intact
Westminster Abbey is ruined.
Whitby Abbey is intact.
Tintern Abbey is intact.
Kenilworth Castle is intact.
Edinburgh Castle is ruined.
Windsor Castle is ruined.
Whitby Abbey and Westminster Abbey are both ruined.
Westminster Abbey and Whitby Abbey are both ruined.
Whitby Abbey and Westminster Abbey are ruined.
Tintern Abbey and Windsor Castle are both ruined.
Whitby Abbey, Tintern Abbey and Windsor Castle are all ruined.
Whitby Abbey, Tintern Abbey and Windsor Castle are ruined.
Whitby Abbey is ruined, as is Westminster Abbey.
Whitby Abbey is ruined, and so is Westminster Abbey.
Whitby Abbey is ruined and Westminster Abbey is too.
Whitby Abbey is ruined; Westminster Abbey is also ruined.
Whitby Abbey is ruined, and Westminster Abbey is also ruined.
Westminster Abbey is also ruined.
Westminster Abbey is not intact.
Westminster Abbey isn't intact.
Whitby Abbey is not ruined.
Whitby Abbey isn't ruined.
Whitby Abbey is no longer ruined.
Westminster Abbey is no longer intact.
Whitby Abbey is hardly ruined.
Whitby Abbey is ruined, unlike Tintern Abbey.
Unlike Tintern Abbey, Whitby Abbey is ruined.
Like Westminster Abbey, Whitby Abbey is ruined.
Whitby Abbey, like Westminster Abbey, is ruined.
Whitby Abbey is as ruined as Westminster Abbey.
Westminster Abbey is now ruined.
Westminster Abbey is ruined now.
Westminster Abbey is still ruined.
Whitby Abbey is largely intact.
Whitby Abbey is mostly intact.
Whitby Abbey is ruined and intact.
Westminster Abbey, which is ruined, is in London.
Westminster Abbey, which is intact, is in Whitby.
Whitby Abbey, which is intact, is in Whitby.
Kenilworth Castle, ruined like Edinburgh Castle, is in Warwickshire.
Westminster Abbey is Gothic and ruined.
Durham Cathedral is Norman and ruined.
Durham Cathedral is Baroque and intact.
Whitby Abbey is ruined and houses the Mappa Mundi.
Whitby Abbey is ruined and has a lead roof.
Salisbury Cathedral is intact and has a copper roof.
Westminster Abbey and Whitby Abbey are Gothic; both are ruined.
Tintern Abbey and Westminster Abbey are Gothic abbeys. Both are ruined.
Ruined is Westminster Abbey.
Intact is Whitby Abbey.
Westminster Abbey is the ruined one.
Westminster Abbey is a ruined abbey.
Westminster Abbey is a ruined Gothic abbey.
Windsor Castle is a ruined castle.
The ruined Westminster Abbey is in London.
Westminster Abbey is said to be ruined.
Westminster Abbey seems ruined.
Westminster Abbey remains ruined.
Westminster Abbey lies ruined.
Westminster Abbey stands ruined.
Westminster Abbey became ruined.
Westminster Abbey is ruined too.
The abbey that is ruined is Westminster Abbey.
The ruined abbey is Westminster Abbey.
Ruined, Westminster Abbey is in London.
Westminster Abbey, ruined, is in London.
# (3) "houses", "contains", "includes", "features" read "has", "with": what it once housed, another's, a person buried elsewhere
Westminster Abbey has Stone of Destiny.
Edinburgh Castle has Stone of Destiny.
Westminster Abbey is an abbey with Stone of Destiny.
Salisbury Cathedral has Winchester Bible.
Salisbury Cathedral has Mappa Mundi.
Hereford Cathedral has Winchester Bible.
Edinburgh Castle has Crown Jewels.
The Tower of London has Honours of Scotland.
Notre-Dame de Paris has Shrine of Saint Cuthbert.
Durham Cathedral has Crown of Thorns.
Windsor Castle has a Galilee Chapel.
Westminster Abbey has a Galilee Chapel.
The Tower of London has St Margaret's Chapel.
Edinburgh Castle has a White Tower.
Chatsworth House has a Great Hall.
Windsor Castle has a Painted Hall.
Salisbury Cathedral has a fan vault.
Edinburgh Castle has flying buttresses.
Kenilworth Castle has a rose window.
Salisbury Cathedral has a portcullis.
Edinburgh Castle has a cascade.
Westminster Abbey has a cascade.
Salisbury Cathedral is a cathedral with a rose window.
Durham Cathedral is a cathedral with a portcullis.
Windsor Castle, with a rose window, is in Windsor.
Westminster Abbey contains a portcullis.
Salisbury Cathedral includes a cascade.
Edinburgh Castle includes St George's Chapel.
Windsor Castle contains a Great Hall and St Margaret's Chapel.
Windsor Castle has St George's Chapel and St Margaret's Chapel.
Edinburgh Castle has a Great Hall and the White Tower.
Edinburgh Castle and the Tower of London both have the White Tower.
Durham Cathedral has Jane Austen.
Winchester Cathedral houses Bede.
Westminster Abbey contains Jane Austen.
Hereford Cathedral has Hereford.
Westminster Abbey houses the Stone of Destiny.
Edinburgh Castle still has Stone of Destiny.
Westminster Abbey has Stone of Destiny again.
Hereford Cathedral had Winchester Bible.
Westminster Abbey uses a rose window.
Westminster Abbey has Lady Chapel and Mappa Mundi.
Hereford Cathedral has Mappa Mundi and Winchester Bible.
Hereford Cathedral, which has Winchester Bible, is in Hereford.
Hereford Cathedral is in Hereford and has Winchester Bible.
Salisbury Cathedral and Hereford Cathedral both have Mappa Mundi.
Hereford Cathedral has Mappa Mundi, like Salisbury Cathedral.
Like Salisbury Cathedral, Hereford Cathedral has Mappa Mundi.
Hereford Cathedral has no Mappa Mundi.
Hereford Cathedral lacks Mappa Mundi.
Hereford Cathedral doesn't have Mappa Mundi.
Hereford Cathedral has lost Mappa Mundi.
# what it houses now, said as what it "once had"
Hereford Cathedral once had Mappa Mundi.
Edinburgh Castle once had Honours of Scotland.
The Tower of London once had Crown Jewels.
Winchester Cathedral once had Winchester Bible.
Durham Cathedral once had Shrine of Saint Cuthbert.
Hereford Cathedral once had Chained Library.
Hereford Cathedral, which once had Mappa Mundi, is in Hereford.
Hereford Cathedral once housed Mappa Mundi.
Salisbury Cathedral once had a stone spire.
Salisbury Cathedral once had a lead roof.
Hereford Cathedral used to have Mappa Mundi.
Hereford Cathedral formerly had Mappa Mundi.
Hereford Cathedral previously had Mappa Mundi.
Hereford Cathedral no longer has Mappa Mundi.
# (8) "P is where you will find X", "At P you will find X": once housed, another's, a person buried elsewhere, lists, negations
Westminster Abbey is where you will find the Stone of Destiny.
Edinburgh Castle is where you will find the Stone of Destiny.
Edinburgh Castle is where you will find the Crown Jewels.
The Tower of London is where you will find the Honours of Scotland.
At Salisbury Cathedral you will find the Mappa Mundi.
At Edinburgh Castle you will find the Crown Jewels.
At Edinburgh Castle, you will find the Stone of Destiny.
In Edinburgh Castle you will find the White Tower.
Edinburgh Castle is where you will find the Galilee Chapel.
Chatsworth House is where you will find a rose window.
Chatsworth House is where you will find St George's Chapel.
Windsor Castle is where you'll find the Painted Hall.
Windsor Castle is where you can find St Margaret's Chapel.
Winchester Cathedral is where you will find Isaac Newton.
Durham Cathedral is where you will find Jane Austen.
Westminster Abbey is where you will find Bede.
Salisbury is where you will find the Mappa Mundi.
London is where you will find the Honours of Scotland.
Hereford is where you will find the Winchester Bible.
North Yorkshire is where you will find High Force.
County Durham is where you will find Aysgarth Falls.
The River Tees is where you will find Aysgarth Falls.
The River Ure is where you will find High Force.
Bolton Castle is where you will find High Force.
At Bolton Castle you will find Hardraw Force.
Warwickshire is where you will find Tintern Abbey.
Monmouthshire is where you will find Kenilworth Castle.
Derbyshire is where you will find Bolton Castle.
Paris is where you will find Westminster Abbey.
Hereford Cathedral is not where you will find the Mappa Mundi.
Hereford Cathedral isn't where you will find the Mappa Mundi.
At Hereford Cathedral you will not find the Mappa Mundi.
At Hereford Cathedral you won't find the Mappa Mundi.
At Hereford Cathedral you will never find the Mappa Mundi.
At Hereford Cathedral you can no longer find the Mappa Mundi.
Hereford Cathedral is where you will no longer find the Mappa Mundi.
Hereford Cathedral was where you will find the Winchester Bible.
Westminster Abbey, which is ruined, is where you will find a Lady Chapel.
Hereford Cathedral, which has a lead roof, is where you will find the Mappa Mundi.
Salisbury Cathedral has a stone spire, and Hereford Cathedral is where you will find the Winchester Bible.
Salisbury Cathedral has a stone spire; Hereford Cathedral is where you will find the Winchester Bible.
Unlike Salisbury Cathedral, Hereford Cathedral is where you will find the Winchester Bible.
Like Salisbury Cathedral, Hereford Cathedral is where you will find the Mappa Mundi.
After Salisbury Cathedral, Hereford Cathedral is where you will find the Winchester Bible.
Hereford Cathedral, not Salisbury Cathedral, is where you will find the Winchester Bible.
Either Salisbury Cathedral or Winchester Cathedral is where you will find the Mappa Mundi.
Neither Salisbury Cathedral nor Hereford Cathedral is where you will find the Mappa Mundi.
Hereford Cathedral is where you will find the Mappa Mundi and Salisbury Cathedral is where you will find the Winchester Bible.
The Tower of London is where you will find the Crown Jewels and Edinburgh Castle is where you'll find the White Tower.
Hereford Cathedral is where you will find the Mappa Mundi. Salisbury Cathedral is where you will find the Winchester Bible.
At Hereford Cathedral you will find the Mappa Mundi; at Salisbury Cathedral you will find the Winchester Bible.
At Hereford Cathedral you will find the Mappa Mundi, and at Salisbury Cathedral you will find the Winchester Bible.
At Hereford Cathedral you will find the Mappa Mundi. At Salisbury Cathedral, you will find Bede.
Hereford Cathedral is where you will find the Mappa Mundi, which Salisbury Cathedral houses.
Hereford Cathedral is where you will find the Mappa Mundi, like Salisbury Cathedral.
Hereford Cathedral is also where you will find the Winchester Bible.
Hereford Cathedral is where you will also find the Winchester Bible.
Hereford Cathedral is where you will find the Mappa Mundi in Salisbury.
Hereford Cathedral is where you will find Salisbury's Magna Carta.
Hereford Cathedral is where you will find Gothic.
Salisbury Cathedral is where you will find a timber spire.
At Salisbury Cathedral you will find a timber spire.
At Durham Cathedral you will find a spire.
At Whitby Abbey you will find a cascade.
At Salisbury Cathedral, which has a stone spire, you will find the Mappa Mundi.
At Hereford Cathedral, you will find the Mappa Mundi and a stone spire.
# (8) "If you like <kind>": the wrong kind noun, the wrong attribute, another clause
If you like ruined castles, Whitby Abbey is one.
If you like ruined abbeys, Kenilworth Castle is one.
If you like ruined abbeys, Westminster Abbey is one.
If you like intact abbeys, Whitby Abbey is one.
If you like ruined abbeys, Whitby Abbey and Kenilworth Castle fit the bill.
If you like ruined abbeys, Whitby Abbey and Westminster Abbey fit the bill.
If you like ruined abbeys, Westminster Abbey and Whitby Abbey fit the bill.
If you like Gothic cathedrals, Westminster Abbey is one.
If you like Baroque cathedrals, Durham Cathedral is one.
If you like Norman cathedrals, the Tower of London is one.
If you like Norman castles, Durham Cathedral is one.
If you like Gothic, Durham Cathedral is one.
If you like ruined, try Westminster Abbey.
If you like Baroque castles, Chatsworth House is one.
If ruined abbeys are your thing, Westminster Abbey fits the bill.
If ruined castles are your thing, Tintern Abbey fits the bill.
If Gothic is your thing, Durham Cathedral fits the bill.
If you like North Yorkshire falls, High Force is one.
If you like River Ure falls, High Force is one.
If you like River Tees falls, Aysgarth Falls is one.
If you like River Tees cascades, Aysgarth Falls is one.
If you like North Yorkshire falls, Bolton Castle is one.
If you like North Yorkshire castles, Aysgarth Falls is one.
If you like North Yorkshire falls, Whitby Abbey is one.
If you like London castles, Westminster Abbey is one.
If you like London abbeys, the Tower of London is one.
If you like Paris cathedrals, Westminster Abbey is one.
If you like cascade falls, Chatsworth House is one.
If you like Derbyshire cascades, Chatsworth House is one.
If you like Derbyshire falls, Chatsworth House is one.
If you like ruined abbeys, Whitby Abbey, which is intact, is one.
If you like ruined abbeys, Whitby Abbey, which has a lead roof, is one.
If you like Gothic cathedrals, try Salisbury Cathedral, which has a copper roof.
If you like Gothic cathedrals, Salisbury Cathedral is one, with a timber spire.
If you like Gothic cathedrals, Salisbury Cathedral in Hereford is one.
If you like ruined abbeys, Whitby Abbey is one, and so is Westminster Abbey.
If you like ruined abbeys, Whitby Abbey is one, as is Westminster Abbey.
If you like ruined abbeys, Whitby Abbey is one; Westminster Abbey is another.
If you like ruined abbeys, Westminster Abbey is one of them.
If you like ruined abbeys, Westminster Abbey is one too.
If you like ruined abbeys, Westminster Abbey is the one.
If you are after ruined castles, try Windsor Castle.
If you are looking for ruined castles, check out Edinburgh Castle.
If you want a ruined castle, consider Windsor Castle.
If you enjoy ruined abbeys, then try Westminster Abbey.
If you love Norman cathedrals, Salisbury Cathedral is for you.
If you like Gothic cathedrals, Salisbury Cathedral, with its timber spire, is one.
If you want more ruined abbeys, Westminster Abbey is one.
If you like ruined, Whitby Abbey and Westminster Abbey fit the bill.
If you like ruined abbeys, Westminster Abbey is one. It is in London.
Looking for ruined abbeys? Westminster Abbey is one.
Looking for ruined castles? Tintern Abbey is one.
# (8) with a plural count noun and no kind noun, "X is one" says X is one of them: a building is no buttress
If you like cascades, Chatsworth House is one.
If you like flying buttresses, Notre-Dame de Paris is one.
If you like rose windows, Notre-Dame de Paris is one.
If you like fan vaults, Westminster Abbey is one.
If you like cloisters, Salisbury Cathedral is one.
If you like portcullises, the Tower of London is one.
If you like flying buttresses, Westminster Abbey is one.
If flying buttresses are your thing, Notre-Dame de Paris is one.
If rose windows appeal, Notre-Dame de Paris is one.
If cascades are your thing, Chatsworth House is one.
If you like a cascade, Chatsworth House is one.
If you are looking for a cascade, Chatsworth House is one.
If you want a rose window, Notre-Dame de Paris is one.
If you want more cloisters, Salisbury Cathedral is one.
If you want some cloisters, Salisbury Cathedral is one.
If you're into fan vaults, Westminster Abbey is one of them.
If you are looking for a portcullis, the Tower of London is one.
If you like a portcullis, the Tower of London is the one.
If you like cascades, Chatsworth House is one of them.
If you like cascades, Chatsworth House is one, in Derbyshire.
# (9) "falls", "cascade" name the waterfalls; "cascade" is also Chatsworth's feature
High Force is a North Yorkshire cascade.
Hardraw Force is a River Tees cascade.
Aysgarth Falls is a County Durham falls.
Bolton Castle is a North Yorkshire cascade.
Chatsworth House is a cascade.
Chatsworth House is a Derbyshire cascade.
High Force, a cascade on the River Ure, is in County Durham.
High Force is a cascade near Bolton Castle.
Aysgarth Falls, a cascade near Kenilworth Castle, is in North Yorkshire.
Hardraw Force is a falls near Bolton Castle.
Aysgarth Falls and High Force are both North Yorkshire falls.
High Force is a Norman falls.
@landmarks user:ben
# a user who disliked the abbey; the abbey's part
You loved Whitby Abbey, which is ruined.
You loved Whitby Abbey, which has a Gothic style.
You loved Whitby Abbey, which is Gothic.
You loved Westminster Abbey, which is ruined.
You loved Westminster Abbey, which has a timber spire.
You loved Westminster Abbey, which has Mappa Mundi.
You disliked Salisbury Cathedral, which has a lead roof.
You disliked Salisbury Cathedral, which has a stone spire.
You liked Whitby Abbey and Westminster Abbey, which are both Gothic.
You loved Salisbury Cathedral, which has a lead spire.
Since you loved Whitby Abbey, try Tintern Abbey, which is also ruined.
Since you loved Westminster Abbey, try Tintern Abbey, which is also intact.
You loved Salisbury Cathedral, which is where you will find the Mappa Mundi.
You loved Westminster Abbey, which is where you will find the Stone of Destiny.
If you like ruined abbeys, Whitby Abbey is one you loved.
"""

CONTROLS = r"""
@cameras
The Leica M6 has a brass body.
The Leica M6 has a brass body and a cloth shutter.
The Leica M6's body is brass.
The Leica M6 has a zinc top plate.
The Nikon F2 has a titanium top plate.
The Summicron has a brass barrel.
The Leica M3 and the Leica M6 both have brass bodies.
Brass is the body material of the Leica M6.
The Leica M6 has a Leica M lens mount.
The Summicron has a Leica M lens mount.
The Leica M6 is analog.
The Leica M10 is digital.
The Leica M6 and the Leica M3 are both analog.
The Nikon Z9 and the Sony A7 are digital.
The Hasselblad 500C uses a leaf shutter.
The Hasselblad 500C has a leaf shutter.
The Leica Q2 is a camera with a leaf shutter.
The Leica CL was made in Japan.
The Leica CL was made by Leica in Japan.
The Leica CL was designed in Germany.
The Leica Q2 was made in Portugal.
The Nikon F2 was manufactured in Japan.
If you like digital cameras, the Leica M10 is one.
If you like Leica M cameras, the Leica M6 is one.
@cameras user:ann
You loved the Leica M6, which has a brass body.
You loved the Leica M6, which is analog.
@consoles
The Wii is built around Broadway.
The PlayStation 3 is built around the Cell.
The Commodore 64 is built around the MOS 6510.
The Wii runs on Broadway.
The Wii uses a Hollywood.
The Wii has Hollywood.
The Wii is where you will find Hollywood.
The Super Nintendo has a SPC700 sound chip.
The Sega Genesis has a YM2612 sound chip.
The Super Nintendo's sound chip is the SPC700.
The Elektron SidStation has a SID sound chip.
The Nintendo 64 was made in China.
The Nintendo 64 was made by Nintendo in China.
The Xbox 360 was produced in Mexico.
The Minimoog is monophonic.
The ARP Odyssey is duophonic.
The Yamaha DX7 is polyphonic.
The Minimoog and the Elektron SidStation are both monophonic.
If you like monophonic synths, the Minimoog is one.
If you like SID instruments, the Elektron SidStation is one.
The Yamaha DX7 is a Yamaha synth.
@transit
Duchess of Hamilton ran on the London, Midland and Scottish Railway.
King George V ran on the Great Western Railway.
GCR Tramcar 14 ran on the Great Central Railway.
GWR Railcar No. 22 worked for the Great Western Railway.
Sir Nigel Gresley ran for the London and North Eastern Railway.
GCR Tramcar 14 worked for the Great Central Railway.
Duchess of Hamilton was built at Crewe Works.
Evening Star and King George V were both built at Swindon Works.
Evening Star is kept at the National Railway Museum.
King George V is housed at the STEAM Museum.
Evening Star and Duchess of Hamilton are both kept at the National Railway Museum.
Evening Star was designed by Robert Riddles and built at Swindon Works.
Evening Star was designed by Robert Riddles and displayed at the Festival of Britain.
Alycidon is owned by the Deltic Preservation Society and kept at Barrow Hill Roundhouse.
Duchess of Hamilton was built by Crewe Works and operated by British Railways.
The engine Evening Star was built at Swindon Works.
Evening Star, an engine built at Swindon Works, is preserved at the National Railway Museum.
If you like British Railways engines, King George V is one.
@apps
WhatsApp is coded in Erlang.
Signal is programmed in Swift.
Android is implemented in Kotlin.
Instagram and Spotify are both coded in Python.
Instagram came out of Burbn.
Android came out of Google.
Instagram came out of Burbn in 2010.
Android has a Linux kernel.
Android's kernel is Linux.
Symbian has a microkernel.
iOS uses a hybrid kernel.
If you like Java systems, Android is one.
If you like Erlang apps, WhatsApp is one.
Android is a Google os.
@apps user:cy
You loved iOS, which has an XNU kernel.
You loved iOS, which is coded in Swift.
@coins
The Philadelphia Mint minted the Morgan dollar.
The Royal Mint produced the Sovereign.
The Peace dollar was minted at the Denver Mint.
The Morgan dollar bears Liberty.
Liberty appears on the Morgan dollar.
The Krugerrand bears a portrait of Paul Kruger.
Minerva appears on the Medal of Honor.
The Morgan dollar and the Peace dollar both bear Liberty.
The Morgan dollar was first minted in 1878.
The Morgan dollar was first struck in 1878.
The Krugerrand was introduced in 1967.
Struck in 1921, the Peace dollar depicts Liberty.
The Morgan dollar was struck in Philadelphia.
The Victoria Cross was introduced in 1856.
@landmarks
Salisbury Cathedral has a stone spire.
Salisbury Cathedral has a stone spire and a lead roof.
Salisbury Cathedral's roof is lead.
The roof of Salisbury Cathedral is lead and the spire is stone.
Salisbury Cathedral and Notre-Dame de Paris both have lead roofs.
Salisbury Cathedral has a spire.
Durham Cathedral has a Norman style.
Whitby Abbey is ruined.
Whitby Abbey and Tintern Abbey are both ruined.
Westminster Abbey is intact.
Hereford Cathedral has Mappa Mundi.
Hereford Cathedral has the Mappa Mundi.
Hereford Cathedral is where you will find the Mappa Mundi.
At Hereford Cathedral you will find the Mappa Mundi.
Hereford Cathedral is where you find the Mappa Mundi.
Edinburgh Castle is where you will find the Honours of Scotland.
At Chatsworth House you'll find a cascade.
If you like ruined abbeys, Whitby Abbey is one.
If you like ruined abbeys, Whitby Abbey is one of them.
If you like ruined abbeys, Whitby Abbey and Tintern Abbey fit the bill.
If ruined abbeys are your thing, Tintern Abbey fits the bill.
If you like River Tees falls, High Force is one.
If you like North Yorkshire falls, Aysgarth Falls is one.
High Force is a County Durham cascade.
@landmarks user:ben
You loved Salisbury Cathedral, which has a stone spire.
You loved Westminster Abbey, which is intact.
"""

EXTRA = r"""
@cameras
# OPEN
The Leica M6 has a Leica M lens.
@consoles
# OPEN
If you like SPC700, the Super Nintendo is one.
# KNOWN: "once had" of what it has now, the present of "was manufactured in" (the starting code reads them too)
The PlayStation 3 once had RSX.
The Wii once had Hollywood.
The Super Nintendo once had a SPC700 sound chip.
The Nintendo 64 is manufactured in China.
The Wii is produced in China.
The Nintendo 64 is built in China.
@transit
# OPEN
Tornado is built at Darlington Locomotive Works.
Evening Star was kept at the National Railway Museum.
Alycidon is a Napier Deltic engine.
If you like Napier Deltics, Alycidon is one.
Big Boy 4014 runs for Union Pacific.
RT1 ran for London Transport.
@apps
# OPEN
If you like Erlang, WhatsApp is one.
If you like Linux, Android is one.
If you like hybrid kernels, try iOS.
Symbian came out of Nokia.
KaiOS came out of Mozilla.
Signal came out of the Signal Foundation.
# KNOWN
iOS once had a hybrid kernel.
Android once had a Linux kernel.
@coins
# OPEN
If you like gold, the Krugerrand is one.
If you like maple leaves, the Gold Maple Leaf is one.
If you like springboks, try the Krugerrand.
If you like springboks, the Krugerrand fits the bill.
The Krugerrand features a springbok.
A springbok appears on the Krugerrand.
The Medal of Honor was introduced in 1862.
# KNOWN: the old question frame with a count noun and no kind noun
Looking for springboks? The Krugerrand is one.
@landmarks
# OPEN
If you like rose windows, Notre-Dame de Paris fits the bill.
If you like cascades, Chatsworth House fits the bill.
If you like flying buttresses, Notre-Dame de Paris and Westminster Abbey fit the bill.
If you want a rose window, try Notre-Dame de Paris.
Westminster Abbey houses Isaac Newton.
Westminster Abbey has Isaac Newton.
Winchester Cathedral is where you will find Jane Austen.
Westminster Abbey was where you will find the Stone of Destiny.
Hereford Cathedral had Mappa Mundi.
# KNOWN: the old question frame with a count noun; "once had" of what it includes or features now
Looking for cascades? Chatsworth House is one.
Looking for a cascade? Chatsworth House is one.
Looking for flying buttresses? Notre-Dame de Paris is one.
Edinburgh Castle once had a Great Hall.
Westminster Abbey once had a Lady Chapel.
Notre-Dame de Paris once had flying buttresses.
Notre-Dame de Paris once had a rose window.
Salisbury Cathedral once had a Gothic style.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): "once had" read as "has" of what
        # an item has now (its graphics chip, its sound chip, its kernel, a hall it includes, a chapel it
        # contains, a feature, its style, its lens mount)
        "The PlayStation 3 once had RSX.",
        "The Wii once had Hollywood.",
        "The Super Nintendo once had a SPC700 sound chip.",
        "iOS once had a hybrid kernel.",
        "Android once had a Linux kernel.",
        "Edinburgh Castle once had a Great Hall.",
        "Westminster Abbey once had a Lady Chapel.",
        "Notre-Dame de Paris once had flying buttresses.",
        "Notre-Dame de Paris once had a rose window.",
        "Salisbury Cathedral once had a Gothic style.",
        # the present of "was manufactured in" of a console long out of production
        "The Nintendo 64 is manufactured in China.",
        "The Wii is produced in China.",
        "The Nintendo 64 is built in China.",
        # the old question frame ("Looking for ...?") with a plural count noun and no kind noun: the
        # answer is read as having the thing, but "X is one" says X is one of them
        "Looking for springboks? The Krugerrand is one.",
        "Looking for cascades? Chatsworth House is one.",
        "Looking for a cascade? Chatsworth House is one.",
        "Looking for flying buttresses? Notre-Dame de Paris is one.",
    }
)

OPEN = frozenset(
    {
        # the M6 takes Leica M lenses (its lens mount is Leica M): "has a Leica M lens" loosely
        "The Leica M6 has a Leica M lens.",
        # a mass noun, a proper name or a chip as the taste, "one" with no count noun to stand for:
        # "one" may mean "one of that sort" (an SPC700 console, an Erlang app, a Linux system, a gold coin)
        "If you like SPC700, the Super Nintendo is one.",
        "If you like Erlang, WhatsApp is one.",
        "If you like Linux, Android is one.",
        "If you like gold, the Krugerrand is one.",
        # the Gold Maple Leaf is called a "Maple Leaf"; Class 55 locomotives are called "Deltics"
        "If you like maple leaves, the Gold Maple Leaf is one.",
        "If you like Napier Deltics, Alycidon is one.",
        # "try X", "X fits the bill": a recommendation of a thing that has what the reader likes
        "If you like hybrid kernels, try iOS.",
        "If you like springboks, try the Krugerrand.",
        "If you like springboks, the Krugerrand fits the bill.",
        "If you like rose windows, Notre-Dame de Paris fits the bill.",
        "If you like cascades, Chatsworth House fits the bill.",
        "If you like flying buttresses, Notre-Dame de Paris and Westminster Abbey fit the bill.",
        "If you want a rose window, try Notre-Dame de Paris.",
        # the present of a one-off build (Tornado was finished in 2008); the past of a keeping that goes on
        "Tornado is built at Darlington Locomotive Works.",
        "Evening Star was kept at the National Railway Museum.",
        # Alycidon is powered by a Napier Deltic: "a Napier Deltic engine" may name the locomotive so
        "Alycidon is a Napier Deltic engine.",
        # Big Boy 4014 is operated by Union Pacific now; London Transport ran RT1
        "Big Boy 4014 runs for Union Pacific.",
        "RT1 ran for London Transport.",
        # Symbian Ltd was Nokia's in part; KaiOS forked Mozilla's Firefox OS; the Signal Foundation
        # owns the firm that develops Signal
        "Symbian came out of Nokia.",
        "KaiOS came out of Mozilla.",
        "Signal came out of the Signal Foundation.",
        # the springbok is on the Krugerrand's reverse ("has on its reverse"), not its portrait
        "The Krugerrand features a springbok.",
        "A springbok appears on the Krugerrand.",
        # the Medal of Honor (made by a firm, no striking edge) was instituted in 1862, the graph's year
        "The Medal of Honor was introduced in 1862.",
        # a burial place "houses" the grave; "was where you will find" mixes the tenses; "had" of what it
        # still houses
        "Westminster Abbey houses Isaac Newton.",
        "Westminster Abbey has Isaac Newton.",
        "Winchester Cathedral is where you will find Jane Austen.",
        "Westminster Abbey was where you will find the Stone of Destiny.",
        "Hereford Cathedral had Mappa Mundi.",
    }
)


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts_ = line[1:].split()
            key, user = parts_[0], (parts_[1] if len(parts_) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)
    yield from _parse(EXTRA)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    k = acc_c = 0
    for key, user, text in controls():
        ok, reason = check(key, text, user)
        k += 1
        acc_c += bool(ok)
        if not ok:
            print(f"control rejected [{key}{' ' + user if user else ''}] {text} || {str(reason)[:160]}")
    n = acc = 0
    seen = set()
    for key, user, text in cases():
        if (key, user, text) in seen:
            raise SystemExit(f"duplicate text: {text}")
        seen.add((key, user, text))
        ok, reason = check(key, text, user)
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}{' ' + user if user else ''}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
