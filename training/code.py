"""`spacy train --code training/code.py`: registers warta's tokenizer and the
training augmenter (run with PYTHONPATH=src from the repository root)."""

import warta.lang  # noqa: F401  (warta.tokenizer.v1)
import warta.training.augment  # noqa: F401  (warta.case_augmenter.v1)
