"""Build the example graph shipped in ``kgexplain/graphs/`` from ../shared/data.

Sources (read at build time only; the raw files are never committed):

* ``movielens-latest-small/`` (GroupLens ml-latest-small, dev portion): users, movies with titles
  and genres, ratings with timestamps, user tags.
* ``ml1m-dbpedia-kg/entity2rec/`` (DBpedia property graphs, CC BY-SA 3.0): director, starring,
  writer, music composer, producer, cinematography, editing and distributor facts for the movies
  linked through ``original/mappings.tsv`` (MovieLens movie ids are global). Only the DBpedia facts
  are used from that folder; no ML-1M data is read.

Run: ``python scripts/build_example_graph.py [--data ../shared/data] [--out kgexplain/graphs]``
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
import urllib.parse
from pathlib import Path

import kgexplain as kgx
from kgexplain.io import default_relations

ARTICLES = ("The", "A", "An", "La", "Le", "Les", "L'", "Il", "Das", "Der", "Die", "El", "Los", "Las", "Det", "Den")
DBPEDIA_RELATIONS = {
    "dbo_director": ("directed_by", "person"),
    "dbo_starring": ("starring", "person"),
    "dbo_writer": ("written_by", "person"),
    "dbo_musicComposer": ("music_by", "person"),
    "dbo_producer": ("produced_by", "person"),
    "dbo_cinematography": ("cinematography_by", "person"),
    "dbo_editing": ("edited_by", "person"),
    "dbo_distributor": ("distributed_by", "company"),
}


def fix_article(title: str) -> str:
    """``"Matrix, The"`` -> ``"The Matrix"``."""
    for art in ARTICLES:
        suffix = f", {art}"
        if title.endswith(suffix):
            sep = "" if art.endswith("'") else " "
            return f"{art}{sep}{title[: -len(suffix)]}"
    return title


def clean_title(raw: str) -> tuple[str, tuple[str, ...], int | None]:
    """MovieLens title -> (label, aliases, year)."""
    raw = raw.strip()
    year = None
    m = re.search(r"\s*\((\d{4})(?:[-–]\d{0,4})?\)\s*$", raw)
    if m:
        year = int(m.group(1))
        raw = raw[: m.start()].strip()
    aliases: list[str] = []
    # trailing parentheticals are alternate titles: "Seven (a.k.a. Se7en)"
    while True:
        m = re.search(r"\s*\(([^()]*)\)\s*$", raw)
        if not m or m.start() == 0:
            break
        alt = re.sub(r"^(a\.k\.a\.|aka)\s+", "", m.group(1).strip(), flags=re.I)
        if alt:
            aliases.append(fix_article(alt))
        raw = raw[: m.start()].strip()
    label = fix_article(raw)
    return label, tuple(a for a in aliases if a and a != label), year


def dbpedia_label(uri: str) -> str:
    name = urllib.parse.unquote(uri.rsplit("/", 1)[-1]).replace("_", " ")
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
    return name or uri


def dbpedia_id(uri: str, typ: str) -> str:
    return f"{typ}:{urllib.parse.unquote(uri.rsplit('/', 1)[-1])}"


def read_csv(path: Path):
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def build(data: Path) -> kgx.KnowledgeGraph:
    ml = data / "movielens-latest-small"
    e2r = data / "ml1m-dbpedia-kg" / "entity2rec"
    for need in (ml / "movies.csv", ml / "ratings_dev.csv", ml / "tags_dev.csv"):
        if not need.exists():
            sys.exit(f"missing {need}: point --data at the shared data folder")
    entities: dict[str, kgx.Entity] = {}
    triples: list[tuple[str, str, str, dict]] = []

    def add(ent: kgx.Entity) -> str:
        entities.setdefault(ent.id, ent)
        return ent.id

    for row in read_csv(ml / "movies.csv"):
        label, aliases, year = clean_title(row["title"])
        mid = add(kgx.Entity(f"movie:{row['movieId']}", kind="item", type="movie", label=label,
                             aliases=aliases, attrs={"year": year} if year else {}))
        for g in row["genres"].split("|"):
            if g and g != "(no genres listed)":
                gid = add(kgx.Entity(f"genre:{g.replace(' ', '_')}", kind="attribute", type="genre", label=g))
                triples.append((mid, "has_genre", gid, {}))
    for row in read_csv(ml / "ratings_dev.csv"):
        uid = add(kgx.Entity(f"user:{row['userId']}", kind="user", type="user", label=f"User {row['userId']}"))
        rating = float(row["rating"])
        triples.append((uid, "rated", f"movie:{row['movieId']}",
                        {"rating": rating, "timestamp": int(row["timestamp"]), "weight": rating / 5.0}))
    tag_forms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    movie_tags: collections.Counter = collections.Counter()
    user_tags: collections.Counter = collections.Counter()
    for row in read_csv(ml / "tags_dev.csv"):
        text = " ".join(row["tag"].split())
        if not text:
            continue
        key = text.casefold()
        tag_forms[key][text] += 1
        movie_tags[(f"movie:{row['movieId']}", key)] += 1
        user_tags[(f"user:{row['userId']}", key)] += 1
    tag_ids = {}
    for key, forms in tag_forms.items():
        label = forms.most_common(1)[0][0]
        tid = "tag:" + re.sub(r"\s+", "_", key)
        tag_ids[key] = add(kgx.Entity(tid, kind="attribute", type="tag", label=label,
                                      aliases=tuple(f for f in forms if f != label)))
    for (mid, key), n in sorted(movie_tags.items()):
        triples.append((mid, "has_tag", tag_ids[key], {"count": n, "weight": min(1.0, 0.5 + 0.25 * n)}))
    for (uid, key), n in sorted(user_tags.items()):
        triples.append((uid, "tagged", tag_ids[key], {"count": n}))

    mapping = e2r / "original" / "mappings.tsv"
    if mapping.exists():
        uri_to_movie: dict[str, str] = {}
        for line in mapping.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and f"movie:{parts[0]}" in entities:
                uri_to_movie[parts[2].strip()] = f"movie:{parts[0]}"
        seen = set()
        for fname, (rel, typ) in DBPEDIA_RELATIONS.items():
            path = e2r / "graphs" / f"{fname}.edgelist"
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if len(parts) != 2 or parts[0] not in uri_to_movie:
                    continue
                obj = parts[1]
                if not obj.startswith("http://dbpedia.org/resource/"):
                    continue
                oid = add(kgx.Entity(dbpedia_id(obj, typ), kind="attribute", type=typ, label=dbpedia_label(obj)))
                key = (uri_to_movie[parts[0]], rel, oid)
                if key not in seen:
                    seen.add(key)
                    triples.append((*key, {}))
    else:
        print(f"note: {mapping} absent; building without DBpedia facts", file=sys.stderr)

    relations = list(default_relations().values())
    kg = kgx.KnowledgeGraph.from_triples(triples, entities=list(entities.values()), relations=relations,
                                         name="movielens-small-dbpedia")
    return kg


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "kgexplain" / "graphs")
    args = ap.parse_args()
    kg = build(args.data)
    out = args.out / "movielens_small.tsv.gz"
    kg.save(out)
    print(kg)
    print(kg.summary())
    for p in sorted(args.out.glob("movielens_small*")):
        print(f"{p.name}: {p.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
