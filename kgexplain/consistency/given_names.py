"""Given names that English texts read as one sex only, for "he" and "she".

The graph says nothing of anyone's sex, so "she" after two people stands for both and a claim must
hold for each. A person whose label opens with one of these names is not who "she" (or "he")
stands for: "Camille Claudel studied under Auguste Rodin. She also created The Waltz" is about
Claudel. The lists are short and conservative on purpose: a name used for both sexes in some
language ("Jean", "Joan", "Andrea", "Simone", "Camille", "Kim", "Ali", "Marion", "Evelyn", "Carol",
"Marie" of Marie François Sadi Carnot, "Anne" of Anne de Montmorency, "Julian" of Julian of Norwich,
"Karen", "Vivien", "Yuri", "Nikola") is in neither, and a label of one word ("Madonna", a horse, a
band) is never read so. The checker reads them only of people whose type tells no pen or stage name (see
``GraphIndex.given_sex``).
"""

from __future__ import annotations

__all__ = ["given_name_sex"]

_MALE = frozenset("""
aaron abraham adam adolf adolph adrian ahmed alan albert alberto albrecht alec aleksandr alessandro alexander
alexandre alexei alexey alfonso alfred alfredo amadeus ambrose amedeo anders andreas andrei andrew andrzej angelo
anthony antoine anton antonio antonín archibald armand arnold arthur august auguste augustin augustus axel baldwin
barack bartholomew basil benedict benjamin bernard bernardo bernhard bill björn bob bohuslav boris brian bruce
bruno carl carlo carlos caspar cesare césar charles christian christoph christopher claudio clement colin conrad
constantine cornelius craig cristiano cyril daniel dante david denis dennis desmond diego dieter dietrich dmitri
dmitry domenico donald douglas duncan dwight edgar edmund eduard eduardo edward edwin emil emilio emmanuel enrico
enrique enzo erich erik ernest ernesto ernst ettore eugen eugene eugène evgeny fabio federico felipe felix
ferdinand fernando filippo francesco francis francisco françois frank franz frederick friedrich fritz gabriel
gareth gary george georg georges gerald gerard gerhard giacomo gianni gilbert giorgio giovanni giuseppe giulio
gordon gottfried graham gregor gregory guglielmo guido gustav gustave gustavo harold harry hector heinrich helmut
henri henrik henry herbert herman hermann horace horatio howard hugh hugo igor ilya isaac isambard ivan jack jacob
jacques jakob james jaroslav jason javier jeffrey jens jeremy jerome jim joachim johann johannes john jonathan
jorge josé joseph josef juan julius karl keith kenneth kevin klaus konrad kurt lars lawrence leo leon
leonard leonardo leonhard leopold lev lionel lorenzo louis ludwig luigi luis luke marc marcel marco marcus mario
mark martin matthew matthias maurice max maximilian michael michel miguel mikhail milton mohammed muhammad
napoleon neil niccolò nicholas nicolas nicolaus niels nikolai nikolaus norman olaf oliver oscar oskar otto
pablo paolo patrick paul pedro peter philip philipp philippe pierre pietro pyotr rafael raffaello ralph raymond
reinhold richard robert roberto roger roland ronald rudolf rudolph rupert samuel sebastian sergei sergey
siegfried sigmund simon stanley stefan stephen steve steven sven thomas theodore timothy tobias tom tony ulrich
umberto victor viktor vincent vincenzo vladimir walter werner wilhelm willem william wolfgang
""".split())
"""Given names of men only."""

_FEMALE = frozenset("""
ada adelaide agatha agnes alexandra alice alicia amelia amy anastasia angela angelina anna annie antonia
astrid audrey barbara beatrice beatrix bertha betty bianca birgit brigitte camilla carla caroline catherine
cecilia charlotte christina christine clara clare claire claudia constance cristina cynthia daisy daphne diana
dolores dorothy edith eleanor elena eleonora elisabeth elizabeth ella ellen eliza emily emma emmy erika esther
eugenia eva eve evgenia florence frances françoise frida gabriela gabrielle gertrude gisela grace greta hannah
harriet hedwig helen helena hélène henrietta hilda ida indira ingrid irene isabel isabella isabelle jacqueline
jacinda jane janet jennifer jessica joanna josephine judith julia julie juliet katharine katherine
kathleen katarina laura lauren leah lena lisa louisa louise lucia lucy ludmila luisa lydia madeleine magdalena
margaret margarete margarita margot marilyn marina martha martina maria mary matilda melanie michelle
mildred miriam monica nadia nadine nancy natalia natalie natasha nina nora olga olivia pamela patricia paula
pauline penelope rachel rebecca rebeca renée rita rosa rosalind rose ruth sabine sally samantha sandra sara
sarah serena sofia sophia sophie stella susan susanne svetlana sylvia tamara tatiana teresa theresa ursula
valentina vanessa vera veronica victoria virginia wilhelmina yvonne zaha zoe
""".split())
"""Given names of women only."""


def given_name_sex(label: str) -> str:
    """``"m"`` or ``"f"`` where a person's label of two words or more opens with a given name of
    one sex only ("Auguste Rodin", "Anne of Cleves"), else ``""``."""
    words = label.split()
    if len(words) < 2:
        return ""
    first = words[0].strip(",.").lower()
    return "m" if first in _MALE else "f" if first in _FEMALE else ""
