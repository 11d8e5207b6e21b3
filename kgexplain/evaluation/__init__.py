"""Evaluations of kgexplain's stages and outputs (one module per concern).

The checker: :mod:`~kgexplain.evaluation.checker` (``kgexplain evaluate checker``: the adversarial
suite of :mod:`~kgexplain.evaluation.suite`, built from :mod:`~kgexplain.evaluation.cases` and
:mod:`~kgexplain.evaluation.generate`; WebNLG references in :mod:`~kgexplain.evaluation.webnlg`;
the Explainer audit of :mod:`~kgexplain.evaluation.audit`) and
:mod:`~kgexplain.evaluation.corrupted` (one graph's template texts and their corruptions, made by
:mod:`~kgexplain.evaluation.corruption` from paths that :mod:`~kgexplain.evaluation.sampling`
walks). The verbalizer: :mod:`~kgexplain.evaluation.verbalizer` (``kgexplain evaluate
verbalizer``; text scores in :mod:`~kgexplain.evaluation.text_scores`). The reasons:
:mod:`~kgexplain.evaluation.reasons` (``kgexplain evaluate reasons``).
"""
