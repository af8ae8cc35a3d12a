"""Training code for the statistical pipeline shipped in `warta/data/pipeline`.

`python -m warta.training --help` lists the steps (convert corpora to
DocBin, train floret vectors, train NER and tagger/parser, assemble).
Nothing here runs at import time of `warta`; the shipped model only needs
`warta.lang` (the tokenizer) to load.
"""
