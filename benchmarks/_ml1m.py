"""Load the ML-1M + DBpedia knowledge graph (PEARLM preprocessing) as a :class:`KnowledgeGraph`.

Shared by the benchmarks (``bench_paths.py``, ``bench_load.py``, the retrieval benchmark). The data
lives in ``../shared/data/ml1m-dbpedia-kg`` beside the project root (or ``$KGEXPLAIN_DATA``) (see its ``PROVENANCE.md``); it is MovieLens-1M data,
which may not be redistributed, so it is read at run time only and never copied into the repo.

The graph built here:

* users ``user:<uid>`` (label ``"User <uid>"``, attrs ``gender``, ``age``);
* movies ``movie:<pid>`` (kind item) labelled with the ML-1M title made readable
  (``"Matrix, The (1999)"`` becomes ``"The Matrix"``, the raw title kept as an alias, ``year`` and
  ``genres`` as attrs);
* KG entities ``<type>:<DBpedia resource name>`` with type ``person`` (actors, directors, writers,
  producers, composers, cinematographers, editors), ``company``, ``country``, ``category`` or
  ``wikipage``; labels are the DBpedia names with ``_`` turned into spaces and the disambiguating
  parenthetical stripped;
* the explainable PEARLM relations under the example graph's names where they coincide
  (``starring``, ``directed_by``, ``written_by``, ``music_by``, ``produced_by``,
  ``cinematography_by``, ``edited_by``) plus ``produced_by_company`` and ``produced_in``;
  ``in_category`` (``dct:subject``) and ``links_to`` (``wikiPageWikiLink``) are kept but marked
  ``explainable=False`` (noisy), so path search never walks them;
* ``has_genre`` edges to ``genre:<Name>`` from ML-1M ``movies.dat`` (all genres of a movie);
* the PEARLM *train* interactions as ``rated`` edges ``user -> movie`` with their ``timestamp``
  (implicit feedback: there is no star rating, so no ``rating`` attr and strength 1).

The held-out PEARLM ``valid`` split is returned by :func:`load_ml1m_valid` for evaluation.
"""

from __future__ import annotations

import csv
import gzip
import logging
import os
import re
import time
from pathlib import Path
from typing import Iterator

from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Entity, Relation

logger = logging.getLogger(__name__)

__all__ = ["DEFAULT_DATA_DIR", "load_ml1m_kg", "load_ml1m_valid", "data_available"]

# ../shared/data next to the project root, or $KGEXPLAIN_DATA
DEFAULT_DATA_DIR = (
    Path(os.environ.get("KGEXPLAIN_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    / "ml1m-dbpedia-kg"
)

_DBR = "http://dbpedia.org/resource/"

# PEARLM relation id -> (our relation name, entity type of the tail, explainable)
_RELATIONS: dict[int, tuple[str, str, bool]] = {
    0: ("cinematography_by", "person", True),
    1: ("produced_by_company", "company", True),
    2: ("music_by", "person", True),
    3: ("in_category", "category", False),
    4: ("starring", "person", True),
    5: ("produced_in", "country", True),
    6: ("edited_by", "person", True),
    7: ("produced_by", "person", True),
    8: ("written_by", "person", True),
    9: ("directed_by", "person", True),
    10: ("links_to", "wikipage", False),
}

# Relations that are not in the example graph's templates/relations.yaml.
_EXTRA_RELATIONS = {
    "rated": Relation(
        "rated", phrase="watched", inverse_phrase="was watched by", domain=("user",),
        range=("movie",), cues=("watched", "saw", "rated", "liked", "enjoyed"),
        inverse_cues=("was watched by", "was rated by"),
    ),
    "produced_by_company": Relation(
        "produced_by_company", phrase="is produced by", inverse_phrase="produced",
        domain=("movie",), range=("company",),
        cues=("produced by", "production company", "a production of", "from"),
        inverse_cues=("produced", "production company of"),
    ),
    "produced_in": Relation(
        "produced_in", phrase="was produced in", inverse_phrase="is the country of",
        domain=("movie",), range=("country",),
        cues=("produced in", "made in", "from", "film from"), inverse_cues=("country of",),
    ),
    "in_category": Relation(
        "in_category", phrase="is in the category", inverse_phrase="is a category of",
        domain=("movie",), range=("category",), explainable=False,
    ),
    "links_to": Relation(
        "links_to", phrase="links to", inverse_phrase="is linked from",
        domain=("movie",), range=("wikipage",), explainable=False,
    ),
}

_YEAR = re.compile(r"\s*\((\d{4})\)\s*$")
_ARTICLE = re.compile(r"^(.*), (The|A|An|Les|La|Le|L'|Il|Das|Der|Die|El)$")
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def data_available(data_dir: Path = DEFAULT_DATA_DIR) -> bool:
    """Whether the PEARLM files the loader needs are present."""
    pre = Path(data_dir) / "pearlm_preprocessed"
    return all(
        (pre / f).is_file()
        for f in ("users.txt", "products.txt", "i2kg_map.txt", "e_map.txt", "kg_final.txt",
                  "train.txt.gz")
    )


def _rows(path: Path, header: bool = True) -> Iterator[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if header:
            next(reader, None)
        for row in reader:
            if row:
                yield row


def clean_title(title: str) -> tuple[str, int | None]:
    """``"Matrix, The (1999)"`` -> ``("The Matrix", 1999)``."""
    year = None
    m = _YEAR.search(title)
    if m:
        year = int(m.group(1))
        title = title[: m.start()]
    # alternate titles such as "City of Lost Children, The (Cité des enfants perdus, La)"
    title = _PAREN.sub("", title).strip() or title.strip()
    m = _ARTICLE.match(title)
    if m:
        sep = "" if m.group(2).endswith("'") else " "
        title = f"{m.group(2)}{sep}{m.group(1)}"
    return title, year


def dbpedia_label(name: str) -> str:
    """``"Robin_Williams"`` -> ``"Robin Williams"``; ``"Heat_(1995_film)"`` -> ``"Heat"``."""
    text = name.replace("_", " ").strip()
    if text.startswith("Category:"):
        text = text[len("Category:"):]
    return _PAREN.sub("", text).strip() or text


def _relation_registry() -> list[Relation]:
    """Relations of the example registry (templates/relations.yaml) we use, plus our extras."""
    from importlib import resources

    import yaml

    used = {name for name, _, _ in _RELATIONS.values()} | {"rated", "has_genre"}
    text = resources.files("kgexplain").joinpath("templates/relations.yaml").read_text("utf-8")
    spec = (yaml.safe_load(text) or {}).get("relations", {})
    out: dict[str, Relation] = {}
    for name, fields in spec.items():
        if name in used and name not in _EXTRA_RELATIONS:
            out[name] = Relation(name, **(fields or {}))
    out.update(_EXTRA_RELATIONS)
    for name in used - set(out):  # defensive: phrases made from the name
        out[name] = Relation(name)
    return list(out.values())


def load_ml1m_kg(
    data_dir: Path = DEFAULT_DATA_DIR, *, include_genres: bool = True
) -> KnowledgeGraph | None:
    """Build the ML-1M + DBpedia :class:`KnowledgeGraph`, or ``None`` when the data is absent.

    Entities are added with :meth:`KnowledgeGraph.add_entity`; edges go straight into the
    networkx graph with ``kg.graph.add_edges_from`` (``from_triples`` validates every row in
    Python and costs several seconds more on ~750k edges). Duplicate PEARLM rows collapse into
    one edge (the edge key is the relation).

    Args:
        data_dir: the ``ml1m-dbpedia-kg`` folder.
        include_genres: add ``has_genre`` edges from ML-1M ``movies.dat``.
    """
    data_dir = Path(data_dir)
    if not data_available(data_dir):
        logger.warning("ML-1M + DBpedia data not found under %s", data_dir)
        return None
    t0 = time.perf_counter()
    pre = data_dir / "pearlm_preprocessed"
    kg = KnowledgeGraph(_relation_registry(), name="ml1m-dbpedia")

    genres: dict[str, list[str]] = {}
    movies_dat = data_dir / "ml-1m" / "movies.dat"
    if movies_dat.is_file():
        with open(movies_dat, encoding="latin-1") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("::")
                if len(parts) == 3:
                    genres[parts[0]] = [g for g in parts[2].split("|") if g]

    entities: list[Entity] = []
    for uid, gender, age in _rows(pre / "users.txt"):
        entities.append(Entity(f"user:{uid}", kind="user", type="user", label=f"User {uid}",
                               attrs={"gender": gender, "age": age}))
    movie_ids: set[str] = set()
    for row in _rows(pre / "products.txt"):
        pid, raw = row[0], row[1]
        title, year = clean_title(raw)
        attrs: dict = {"genres": genres.get(pid, [row[3]] if len(row) > 3 else [])}
        if year is not None:
            attrs["year"] = year
        aliases = (raw,) if raw != title else ()
        entities.append(Entity(f"movie:{pid}", kind="item", type="movie", label=title,
                               aliases=aliases, attrs=attrs))
        movie_ids.add(pid)

    # KG entity id (eid) -> our namespaced id
    eid_movie = {row[0]: f"movie:{row[1]}" for row in _rows(pre / "i2kg_map.txt")}
    eid_name: dict[str, str] = {}
    for row in _rows(pre / "e_map.txt"):
        eid, name, uri = row[0], row[1], row[2] if len(row) > 2 else ""
        eid_name[eid] = uri[len(_DBR):] if uri.startswith(_DBR) else name

    kg_rows = [(h, int(r), t) for h, r, t in _rows(pre / "kg_final.txt")]
    eid_id: dict[str, str] = dict(eid_movie)
    taken: set[str] = set()
    for _, r, t in kg_rows:
        if t in eid_id:
            continue
        _, typ, _ = _RELATIONS[r]
        local = eid_name.get(t, f"eid{t}")
        if local.startswith("Category:"):
            local = local[len("Category:"):]
        ent_id = f"{typ}:{local}"
        if ent_id in taken:  # two DBpedia entities with one name: keep ids distinct
            ent_id = f"{ent_id}#{t}"
        taken.add(ent_id)
        eid_id[t] = ent_id
        label = dbpedia_label(eid_name.get(t, local))
        entities.append(Entity(ent_id, kind="attribute", type=typ, label=label,
                               attrs={"uri": _DBR + eid_name[t]} if t in eid_name else {}))
    genre_names = sorted({g for pid in movie_ids for g in genres.get(pid, ())})
    if include_genres:
        for g in genre_names:
            entities.append(Entity(f"genre:{g}", kind="attribute", type="genre", label=g))

    for ent in entities:
        kg.add_entity(ent)

    edges: list[tuple[str, str, str, dict]] = []
    for h, r, t in kg_rows:
        edges.append((eid_id[h], eid_id[t], _RELATIONS[r][0], {}))
    if include_genres:
        for pid in movie_ids:
            for g in genres.get(pid, ()):
                edges.append((f"movie:{pid}", f"genre:{g}", "has_genre", {}))
    for uid, pid, _value, ts in _rows(pre / "train.txt.gz", header=False):
        edges.append((f"user:{uid}", f"movie:{pid}", "rated", {"timestamp": int(ts)}))
    kg.graph.add_edges_from(edges)
    # add_edges_from bypasses add_triple: re-register a relation so the graph's caches
    # (compiled arrays, fingerprint, label index) see a new version.
    kg.add_relation(kg.relation("rated"))
    logger.info("loaded %r in %.1f s", kg, time.perf_counter() - t0)
    return kg


def load_ml1m_valid(data_dir: Path = DEFAULT_DATA_DIR) -> list[tuple[str, str, int]] | None:
    """The PEARLM validation interactions as ``(user_id, movie_id, timestamp)``, or ``None``."""
    path = Path(data_dir) / "pearlm_preprocessed" / "valid.txt"
    if not path.is_file():
        return None
    return [(f"user:{u}", f"movie:{p}", int(ts)) for u, p, _v, ts in _rows(path, header=False)]


if __name__ == "__main__":  # pragma: no cover - manual check
    logging.basicConfig(level=logging.INFO)
    graph = load_ml1m_kg()
    if graph is None:
        print(f"ML-1M + DBpedia data not found under {DEFAULT_DATA_DIR}; nothing to load")
    else:
        print(graph.summary())
