"""`spacy train --code src/warta/training/spacy_code.py`: registers warta's
tokenizer and the training augmenter."""

import warta.lang  # noqa: F401  (warta.tokenizer.v1)
import warta.training.augment  # noqa: F401  (warta.case_augmenter.v1)
