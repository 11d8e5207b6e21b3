from __future__ import annotations

from pathlib import Path

import pytest

import kgexplain as kgx

DATA = Path(__file__).parent / "data"

# kept evaluation sets and red-team scripts are data run by tests/test_held_sets.py, not test
# modules (their graphs share file names, and a red team runs when imported)
collect_ignore_glob = ["data/sets/*", "redteam/*"]


@pytest.fixture(scope="session")
def example_kg() -> kgx.KnowledgeGraph:
    """The shipped example graph (loaded once per test session; do not mutate)."""
    return kgx.KnowledgeGraph.example()


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def music_kg() -> kgx.KnowledgeGraph:
    """A tiny user-declared graph of another domain."""
    return kgx.KnowledgeGraph.load(DATA / "tiny_music.csv")
