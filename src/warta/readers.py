"""Readers: turn input sources into `Record`s (text + metadata).

Supported sources, chosen by file suffix (content is sniffed when the suffix
says nothing, e.g. stdin):

- `.txt`: the whole file is one article;
- `.jsonl` / `.ndjson`: one JSON object per line with a `text`, `body` or
  `html` field (other names: `data/lexicons/record_fields.tsv`) and optional
  `id, url, title, outlet, date, author`;
- `.json`: one such object, or a list of them;
- `.html` / `.htm`: main content and metadata extracted by trafilatura;
- `.csv` / `.tsv`: one article per row; columns are found automatically
  (`isi_berita`, `judul`, `tautan`, `tanggal` of the detik dump included) or
  given as a mapping `{"text": "isi_berita", "title": "judul"}`;
- directories (recursive, sorted, hidden files skipped), `-` for stdin, and
  any of these gzipped (`.gz`).

Bytes are decoded as UTF-8 (a BOM is honoured); text that is not valid UTF-8
is decoded as cp1252, then latin-1. A source or record that cannot be read
yields a `RecordError` for it, and reading goes on with the next one.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Mapping

from .lexicons import table, word_list
from .types import RecordError

RECORD_FIELDS = ("text", "html", "id", "url", "title", "outlet", "published", "author")

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
# what a directory walk picks up (`.md` only when named explicitly: READMEs)
DIR_SUFFIXES = frozenset({".txt", ".text"}) | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES

# bytes that never occur in text: C0 controls other than tab/newlines/form feed
BINARY_BYTES_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
SNIFF_HTML_RE = re.compile(r"\A\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml|<article|<div|<p[\s>])", re.I)
SNIFF_JSON_RE = re.compile(r"\A\s*[\[{]")
CSV_MAP_ITEM_RE = re.compile(r"^\s*(\w+)\s*=\s*(.+?)\s*$")
URL_HOST_RE = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)", re.I)

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# htmldate: metadata dates only (no guessing from copyright lines), and a fixed
# upper bound instead of today's date, so output does not depend on the clock
HTML_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}
SNIFF_BYTES = 8192
MAX_BINARY_RATIO = 0.01  # share of binary bytes above which a source is not text


class ReadError(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass
class Record:
    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # raw date string from metadata
    author: str | None = None
    source: str | None = None  # where it came from: file, line/row
    extra: dict = field(default_factory=dict)

    def ensure_id(self) -> str:
        if not self.id:
            self.id = stable_id(self.text, self.url)
        return self.id


def stable_id(text: str, url: str | None = None) -> str:
    """12 hex digits of the SHA-1 of the URL (or of the text when there is none):
    the same article gets the same id in every run and on every worker."""
    key = url or text
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


# -- decoding -----------------------------------------------------------------
def looks_binary(data: bytes) -> bool:
    """True when the first bytes contain NULs or too many control bytes to be text."""
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return len(BINARY_BYTES_RE.findall(sample)) > max(2, len(sample) * MAX_BINARY_RATIO)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOM, else strict UTF-8, else cp1252, else latin-1.

    Raises ReadError("binary") for data that is not text at all."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ReadError("decode", f"bad {encoding} data after a BOM: {exc}") from exc
    if looks_binary(data):
        raise ReadError("binary", "data looks binary (control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # cp1252 leaves 5 bytes undefined; latin-1 maps every byte
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _is_gz(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def _format_suffix(path: Path) -> str:
    """The suffix that says the format: `a.jsonl.gz` -> `.jsonl`."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _open_binary(path: Path) -> BinaryIO:
    return gzip.open(path, "rb") if _is_gz(path) else path.open("rb")  # type: ignore[return-value]


def _read_bytes(path: Path) -> bytes:
    with _open_binary(path) as fh:
        return fh.read()


def outlet_from_url(url: str | None) -> str | None:
    """The publisher's domain of a URL: `https://news.detik.com/x` -> `detik.com`."""
    m = URL_HOST_RE.match(url or "")
    if not m:
        return None
    labels = [p for p in m.group(1).lower().strip(".").split(".") if p]
    if len(labels) < 2 or all(p.isdigit() for p in labels):
        return None
    keep = 3 if ".".join(labels[-2:]) in word_list("second_level_domains") else 2
    return ".".join(labels[-keep:])


# -- field mapping --------------------------------------------------------------
@lru_cache(maxsize=1)
def field_aliases() -> dict[str, tuple[str, ...]]:
    """Record field -> input column names, in priority order (data file)."""
    out: dict[str, list[str]] = {}
    for row in table("record_fields"):
        out.setdefault(row["field"].strip(), []).append(row["column"].strip().lower())
    return {k: tuple(v) for k, v in out.items()}


def parse_csv_map(spec: str | Iterable[str] | Mapping[str, str] | None) -> dict[str, str]:
    """`"text=isi_berita,title=judul"` (or a list of such items, or a dict)
    -> {"text": "isi_berita", "title": "judul"}. Raises ValueError on bad items."""
    if spec is None:
        return {}
    if isinstance(spec, Mapping):
        items = [f"{k}={v}" for k, v in spec.items()]
    elif isinstance(spec, str):
        items = [spec]
    else:
        items = list(spec)
    out: dict[str, str] = {}
    for item in items:
        for part in item.split(","):
            if not part.strip():
                continue
            m = CSV_MAP_ITEM_RE.match(part)
            if not m:
                raise ValueError(f"bad column mapping {part!r}: expected FIELD=COLUMN")
            name, column = m.group(1).lower(), m.group(2)
            if name == "date":
                name = "published"
            if name not in RECORD_FIELDS:
                raise ValueError(f"unknown field {name!r} in column mapping (fields: {', '.join(RECORD_FIELDS)})")
            out[name] = column
    return out


def resolve_columns(columns: Iterable[str], mapping: Mapping[str, str] | None = None) -> dict[str, str]:
    """Record field -> the actual column/key that fills it: explicit mapping
    first, then the aliases of `record_fields.tsv` (case-insensitive)."""
    actual = {c.strip().lower(): c for c in columns if isinstance(c, str)}
    out: dict[str, str] = {}
    for name, aliases in field_aliases().items():
        for alias in aliases:
            if alias in actual:
                out[name] = actual[alias]
                break
    for name, column in (mapping or {}).items():
        key = column.strip().lower()
        if key not in actual:
            raise ReadError("parse", f"column {column!r} (for {name}) not found; columns: {', '.join(sorted(actual.values()))}")
        out[name] = actual[key]
    return out


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, bool | int | float):
        return str(value)
    return None


def record_from_mapping(
    data: Mapping[str, Any], source: str, mapping: Mapping[str, str] | None = None, *, columns: dict[str, str] | None = None
) -> Record | RecordError:
    """A Record from a JSON object or CSV row (RecordError when it has no text)."""
    if columns is None:
        try:
            columns = resolve_columns(data.keys(), mapping)
        except ReadError as exc:
            return RecordError(id=_str_or_none(data.get("id")), kind=exc.kind, message=str(exc), source=source)
    values = {name: data.get(col) for name, col in columns.items()}
    rid = _str_or_none(values.get("id"))
    meta = {k: _str_or_none(values.get(k)) for k in ("url", "title", "outlet", "published", "author")}
    if not meta["outlet"]:
        meta["outlet"] = outlet_from_url(meta["url"])
    text = values.get("text")
    if text is not None and not isinstance(text, str):
        return RecordError(id=rid, kind="parse", message=f"text field is {type(text).__name__}, not a string", source=source)
    if (not text or not text.strip()) and isinstance(values.get("html"), str) and values["html"].strip():
        try:
            rec = record_from_html(values["html"], source)
        except ReadError as exc:
            return RecordError(id=rid, kind=exc.kind, message=str(exc), source=source)
        rec.id = rid
        for key, value in meta.items():  # the record's own metadata wins over the page's
            if value:
                setattr(rec, key, value)
        return rec
    if text is None:
        if "text" not in columns and "html" not in columns:
            keys = ", ".join(sorted(str(k) for k in data.keys())) or "none"
            return RecordError(id=rid, kind="parse", message=f"no text field (keys: {keys})", source=source)
        text = ""
    return Record(text=text, id=rid, source=source, **meta)


# -- formats --------------------------------------------------------------------
def record_from_html(html: str, source: str) -> Record:
    """Main text and metadata of an HTML page (trafilatura). ReadError("empty")
    when the page has no main text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,  # no cross-document cache: output must not depend on order
            date_extraction_params=HTML_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001  lxml/trafilatura errors on broken markup
        raise ReadError("parse", f"HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ReadError("empty", "HTML page has no main text")
    title = _str_or_none(getattr(doc, "title", None))
    first, sep, rest = text.partition("\n")
    if title and sep and rest.strip() and first.strip() == title:  # the headline, repeated
        text = rest
    return Record(
        text=text,
        url=_str_or_none(getattr(doc, "url", None)),
        title=title,
        outlet=_str_or_none(getattr(doc, "sitename", None)) or outlet_from_url(getattr(doc, "url", None)),
        published=_str_or_none(getattr(doc, "date", None)),
        author=_str_or_none(getattr(doc, "author", None)),
        source=source,
    )


def _iter_lines(fh: BinaryIO) -> Iterator[tuple[int, bytes]]:
    for n, line in enumerate(fh, 1):
        yield n, line


def read_jsonl_lines(lines: Iterable[tuple[int, bytes]], name: str, mapping: Mapping[str, str] | None = None) -> Iterator[Record | RecordError]:
    for n, raw in lines:
        source = f"{name}:{n}"
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        try:
            line, _ = decode_bytes(raw)
            data = json.loads(line)
        except ReadError as exc:
            yield RecordError(id=None, kind=exc.kind, message=str(exc), source=source)
            continue
        except ValueError as exc:
            yield RecordError(id=None, kind="parse", message=f"line is not JSON: {exc}", source=source)
            continue
        if not isinstance(data, dict):
            yield RecordError(id=None, kind="parse", message=f"line is a JSON {type(data).__name__}, not an object", source=source)
            continue
        yield record_from_mapping(data, source, mapping)


def read_json_text(text: str, name: str, mapping: Mapping[str, str] | None = None) -> Iterator[Record | RecordError]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield RecordError(id=None, kind="parse", message=f"not JSON: {exc}", source=name)
        return
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items, 1):
        source = f"{name}[{i}]" if isinstance(data, list) else name
        if not isinstance(item, dict):
            yield RecordError(id=None, kind="parse", message=f"JSON {type(item).__name__}, not an object", source=source)
            continue
        yield record_from_mapping(item, source, mapping)


def read_csv_text(text: str, name: str, mapping: Mapping[str, str] | None = None, *, delimiter: str | None = None) -> Iterator[Record | RecordError]:
    """One Record per row. A missing text column fails the whole file (one
    RecordError); a short or empty row fails alone."""
    delimiter = delimiter or ","
    csv.field_size_limit(sys.maxsize)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield RecordError(id=None, kind="empty", message="CSV file is empty", source=name)
        return
    except csv.Error as exc:
        yield RecordError(id=None, kind="parse", message=f"CSV header: {exc}", source=name)
        return
    header = [h.lstrip("\ufeff") for h in header]
    try:
        columns = resolve_columns(header, mapping)
    except ReadError as exc:
        yield RecordError(id=None, kind=exc.kind, message=str(exc), source=name)
        return
    if "text" not in columns and "html" not in columns:
        yield RecordError(
            id=None,
            kind="parse",
            message=f"CSV has no text column (columns: {', '.join(header)}); give one with --csv-map text=COLUMN",
            source=name,
        )
        return
    index = {h: i for i, h in enumerate(header)}
    row_no = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row_no += 1
            yield RecordError(id=None, kind="parse", message=f"CSV row: {exc}", source=f"{name}:row {row_no}")
            continue
        row_no += 1
        if not any(cell.strip() for cell in row):
            continue
        source = f"{name}:row {row_no}"
        values = {col: (row[index[col]] if index[col] < len(row) else None) for col in columns.values()}
        rec = record_from_mapping(values, source, columns=columns)
        if isinstance(rec, Record) and len(row) < len(header) and not rec.text.strip():
            yield RecordError(id=rec.id, kind="parse", message=f"row has {len(row)} of {len(header)} columns and no text", source=source)
            continue
        yield rec


def sniff_format(text: str) -> str:
    """`jsonl`, `json`, `html` or `txt` for input with no telling suffix."""
    if SNIFF_HTML_RE.match(text[:2048]):
        return "html"
    if SNIFF_JSON_RE.match(text):
        first = next((line for line in text.splitlines() if line.strip()), "")
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "json"
        except ValueError:
            return "json"
    return "txt"


def read_text_as(fmt: str, text: str, name: str, mapping: Mapping[str, str] | None = None) -> Iterator[Record | RecordError]:
    if fmt == "jsonl":
        yield from read_jsonl_lines(((n, line.encode("utf-8")) for n, line in enumerate(text.splitlines(), 1)), name, mapping)
    elif fmt == "json":
        yield from read_json_text(text, name, mapping)
    elif fmt == "csv":
        yield from read_csv_text(text, name, mapping)
    elif fmt == "html":
        try:
            yield record_from_html(text, name)
        except ReadError as exc:
            yield RecordError(id=None, kind=exc.kind, message=str(exc), source=name)
    else:
        yield Record(text=text, source=name)


def read_path(path: Path, mapping: Mapping[str, str] | None = None) -> Iterator[Record | RecordError]:
    """Records of one file (not a directory)."""
    name = str(path)
    suffix = _format_suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:  # streamed: corpora can be large
            with _open_binary(path) as fh:
                yield from read_jsonl_lines(_iter_lines(fh), name, mapping)
            return
        data = _read_bytes(path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield RecordError(id=None, kind="read", message=f"{type(exc).__name__}: {exc}", source=name)
        return
    try:
        text, _ = decode_bytes(data)
    except ReadError as exc:
        yield RecordError(id=None, kind=exc.kind, message=str(exc), source=name)
        return
    if suffix in CSV_SUFFIXES:
        yield from read_csv_text(text, name, mapping, delimiter="\t" if suffix == ".tsv" else ",")
    elif suffix in JSON_SUFFIXES:
        yield from read_json_text(text, name, mapping)
    elif suffix in HTML_SUFFIXES:
        yield from read_text_as("html", text, name)
    elif suffix in TEXT_SUFFIXES:
        yield Record(text=text, source=name)
    else:
        yield from read_text_as(sniff_format(text), text, name, mapping)


def iter_files(directory: Path) -> Iterator[Path]:
    """Readable files under `directory`, recursively, in sorted order."""
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and _format_suffix(path) in DIR_SUFFIXES:
            yield path


def read_stdin(stream: BinaryIO | None = None, mapping: Mapping[str, str] | None = None, fmt: str | None = None) -> Iterator[Record | RecordError]:
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield RecordError(id=None, kind="read", message=f"stdin: {exc}", source="<stdin>")
            return
    try:
        text, _ = decode_bytes(data)
    except ReadError as exc:
        yield RecordError(id=None, kind=exc.kind, message=str(exc), source="<stdin>")
        return
    yield from read_text_as(fmt or sniff_format(text), text, "<stdin>", mapping)


def read_sources(
    sources: Iterable[str | Path],
    csv_map: str | Iterable[str] | Mapping[str, str] | None = None,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Record | RecordError]:
    """Records of every source in order: files, directories (recursive), `-` (stdin)."""
    mapping = parse_csv_map(csv_map)
    for src in sources:
        if str(src) == "-":
            yield from read_stdin(stdin, mapping)
            continue
        path = Path(src)
        if path.is_dir():
            for file in iter_files(path):
                yield from read_path(file, mapping)
        elif path.exists():
            yield from read_path(path, mapping)
        else:
            yield RecordError(id=None, kind="read", message="no such file or directory", source=str(path))
