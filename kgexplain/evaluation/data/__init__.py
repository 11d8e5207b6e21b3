"""Hand-written evaluation cases (JSONL) and the code-only graph of the blind2 held-out set."""
