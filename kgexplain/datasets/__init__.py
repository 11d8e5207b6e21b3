"""Small graphs declared in code, for evaluation and examples beyond the shipped movie graph.

:func:`music_graph` is a hand-made graph of real artists and bands (genres, labels, home
cities, members, their instruments and influences) with seeded listeners, whose relations carry
their own phrases: nothing in it comes from the movie graph's relation registry.
:mod:`kgexplain.datasets.webnlg` reads the WebNLG 2020 corpus (from a local folder; it is never
shipped) for training and evaluating the verbalizer.
"""

from __future__ import annotations

from kgexplain.datasets.music import music_graph

__all__ = ["music_graph"]
