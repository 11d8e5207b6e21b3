"""What a verbalizer training run is told (:class:`TrainConfig`) and what it produced (:class:`TrainResult`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["TrainConfig", "TrainResult", "MODEL_FORMAT", "SIZE_FIELDS", "Example"]

MODEL_FORMAT = "kgexplain-verbalizer/1"
"""Written to ``kgexplain.json`` in a model directory; tells the loader the input format."""

Example = tuple[str, str]
"""One training pair: (delexicalized source, delexicalized target)."""

#: The fields that fix the model's shape (taken over from the model ``init_from`` names).
SIZE_FIELDS = frozenset({"d_model", "d_ff", "d_kv", "num_heads", "num_layers", "num_decoder_layers",
                         "vocab_size", "max_source_len", "max_target_len"})


@dataclass(frozen=True)
class TrainConfig:
    """Model size and optimisation settings (saved with every checkpoint).

    Defaults give a 4+3-layer T5 with d_model 256 (7.5M parameters), sized for CPU training.
    ``bf16`` runs forward and backward under bfloat16 autocast (weights and optimizer stay
    float32): about 1.8x faster per step on CPUs with AVX512-BF16 (measured on this project's
    2-core machine). ``anneal_to_step`` > 0 ends a run with a cool-down: from the step where a
    run (or resumed run) first sees it, the learning rate falls linearly to 0 at that step, and
    training stops there. At every evaluation the weights are also saved to
    ``snapshots/step-<N>.safetensors`` (the newest ``keep_snapshots`` are kept; 0 keeps none)
    for :func:`average_checkpoints`.
    ``path_pairs`` template path→reason pairs are added when a graph is passed (each with the
    canonical text and ``paraphrases - 1`` seeded paraphrases as targets).

    Generalization options (:mod:`kgexplain.training.pairs`; all off by default, as the shipped
    model was trained): ``heldout_categories`` WebNLG train categories are left out of training
    and ``dev_heldout_entries`` of their entries are scored at each evaluation (``heldout_bleu``,
    averaged into the selection score); ``random_phrase_pairs`` path pairs come from the graph
    with its relations re-phrased from a pool (targets say the given phrase word for word);
    ``reason_pairs`` pairs have the template's aggregated one-sentence reasons as targets.
    """

    d_model: int = 256
    d_ff: int = 1024
    d_kv: int = 64
    num_heads: int = 4
    num_layers: int = 4
    num_decoder_layers: int = 3
    vocab_size: int = 6000
    dropout: float = 0.1
    batch_size: int = 32
    lr: float = 1e-3
    warmup_steps: int = 400
    weight_decay: float = 0.01
    label_smoothing: float = 0.1
    max_source_len: int = 192
    max_target_len: int = 160
    eval_every: int = 400
    patience: int = 8
    dev_entries: int = 300
    dev_path_pairs: int = 200
    path_pairs: int = 4000
    paraphrases: int = 3
    multi_path_share: float = 0.5
    log_every: int = 100
    seed: int = 13
    threads: int = 2
    bf16: bool = False
    anneal_to_step: int = 0
    keep_snapshots: int = 8
    heldout_categories: tuple[str, ...] = ()
    dev_heldout_entries: int = 150
    random_phrase_pairs: int = 0
    reason_pairs: int = 0


@dataclass(frozen=True)
class TrainResult:
    """What a training run produced."""

    out_dir: str
    best_dir: str
    best_score: float
    step: int
    epoch: int
    stopped: str
    log: tuple[dict[str, Any], ...] = field(default=(), repr=False)

