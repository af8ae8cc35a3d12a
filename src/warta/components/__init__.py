"""Analysis stages, one concern per module.

Text-level stages run on the raw text before spaCy: `clean` (boilerplate,
glued words), `dateline`, `langdetect`. Token-level stages are spaCy
components registered as versioned factories (`warta.<name>.v1`): `senter`,
`acronyms`, `dates`, `entities`, `roles`, `quotes`, `sources`. Each writes its
results to one Doc extension (see `warta.extensions`) with offsets into the
Doc text.
"""
