-- warta knowledge base, SQLite schema v1
CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,          -- rowid alias, FTS content rowid
    id           TEXT NOT NULL UNIQUE,
    url          TEXT UNIQUE,
    content_hash TEXT NOT NULL,
    title        TEXT,
    outlet       TEXT,
    author       TEXT,
    published    TEXT,                          -- YYYY-MM-DD
    language     TEXT,
    body         TEXT NOT NULL,
    analysis     TEXT NOT NULL,                 -- the full Article JSON
    schema_version TEXT
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

-- syndicated copies (same content hash, another URL) and "dilansir dari" links
CREATE TABLE article_links (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    linked_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation   TEXT NOT NULL,
    PRIMARY KEY (article_id, linked_id, relation)
);

CREATE TABLE entities (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL
);

CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias     TEXT NOT NULL,
    norm      TEXT NOT NULL,
    PRIMARY KEY (entity_id, norm)
);
CREATE INDEX aliases_norm ON aliases(norm);

CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id   TEXT NOT NULL,                   -- the entity id inside the article
    entity_id  INTEGER NOT NULL,                   -- the resolved global entity
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    aliases    TEXT NOT NULL DEFAULT '[]',       -- JSON list, as the article gave them
    roles      TEXT NOT NULL DEFAULT '[]',       -- JSON list of role titles in the article
    n_mentions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id, local_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX mentions_local ON mentions(article_id, local_id);

CREATE TABLE roles (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id   TEXT NOT NULL,
    role       TEXT NOT NULL,
    org        TEXT,
    seen       TEXT,                            -- the article's publication date
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX roles_local ON roles(article_id, local_id);

CREATE TABLE quotes (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    speaker_local  TEXT,                   -- article_entities.local_id
    speaker_name   TEXT,
    content        TEXT NOT NULL,
    cue            TEXT,
    kind           TEXT NOT NULL,
    date           TEXT,
    outlet         TEXT,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    via            TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(article_id, speaker_local);
CREATE INDEX quotes_outlet ON quotes(outlet, date);
CREATE INDEX quotes_date ON quotes(date);

-- entities mentioned inside a quote's content
CREATE TABLE quote_entities (
    quote_id   INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    local_id   TEXT NOT NULL,
    PRIMARY KEY (quote_id, local_id)
);
CREATE INDEX quote_entities_local ON quote_entities(article_id, local_id);

CREATE TABLE sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    norm       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    relation   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX sources_norm ON sources(norm);

CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    value      TEXT,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);
CREATE INDEX dates_value ON dates(value);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    actor      TEXT NOT NULL DEFAULT '[]',
    recipient  TEXT NOT NULL DEFAULT '[]',
    place      TEXT,
    date       TEXT,
    modality   TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    evidence   TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events(type, date);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
