"""Evaluations of kgexplain's stages and outputs (one module per concern)."""
