"""Training the seq2seq verbalizer: WebNLG 2020 train plus template path→reason pairs.

:func:`train_verbalizer` trains a small T5 from scratch (or keeps training a model directory),
seeded and resumable; :func:`average_checkpoints` averages a run's newest weight snapshots into a
model directory (how the shipped model was made). The modules, one step each:

* :mod:`~kgexplain.training.config`: :class:`TrainConfig` (model size, optimisation, data options)
  and :class:`TrainResult`;
* :mod:`~kgexplain.training.data`: the run's training pairs and held-back dev material;
* :mod:`~kgexplain.training.pairs`: the optional generalization pairs (re-phrased relations,
  reason-shaped targets);
* :mod:`~kgexplain.training.tokenizer`: the byte-level BPE tokenizer;
* :mod:`~kgexplain.training.model`: the T5 configuration, batches and dev-split scores (torch);
* :mod:`~kgexplain.training.checkpoints`: state, snapshots and model directories on disk;
* :mod:`~kgexplain.training.trainer`: the training loop.

torch, transformers and tokenizers are imported only when a function needs them.
"""

from __future__ import annotations

from kgexplain.training.checkpoints import average_checkpoints, list_snapshots, save_model_dir
from kgexplain.training.config import MODEL_FORMAT, TrainConfig, TrainResult
from kgexplain.training.data import webnlg_examples
from kgexplain.training.tokenizer import build_tokenizer, encode
from kgexplain.training.trainer import train_verbalizer

__all__ = ["TrainConfig", "TrainResult", "train_verbalizer", "build_tokenizer", "MODEL_FORMAT",
           "average_checkpoints", "list_snapshots", "save_model_dir", "webnlg_examples", "encode"]
