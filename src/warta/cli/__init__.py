"""The `warta` command line: thin commands that call library code."""
