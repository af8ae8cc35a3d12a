"""Evaluation against gold sets (format: ../shared/eval/FORMAT.md)."""
