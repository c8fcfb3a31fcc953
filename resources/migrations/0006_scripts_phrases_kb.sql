-- ThreeRings schema 6: call scripts, phrase lists, phrase hits, script runs and the knowledge base.
-- (Schema 5 is the agent states; the numbers are independent of each other.)

-- One script per key and language in use (SPEC §2, §4, §5); the steps are the JSON of Script::toJson.
CREATE TABLE scripts (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL,                              -- incoming, callback, complaint, practice …
    language TEXT NOT NULL,                         -- zh_CN, en
    kind TEXT NOT NULL CHECK (kind IN ('incoming', 'callback', 'complaint', 'practice')),
    name TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,                             -- the script as JSON
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (language, key)
);

-- The banned phrases with alternatives, the standard phrases and the complaint order, per language
-- (the JSON of PhraseList::toJson). Admins edit it.
CREATE TABLE phrase_lists (
    id TEXT PRIMARY KEY NOT NULL,
    language TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

-- A banned phrase found in a text an agent wrote, per call and per agent.
CREATE TABLE phrase_hits (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT REFERENCES calls(id),              -- NULL outside a call
    agent_id TEXT REFERENCES users(id),
    field TEXT NOT NULL DEFAULT '',                 -- which text: consultation.advice, form.plan …
    phrase TEXT NOT NULL,
    suggestion TEXT NOT NULL DEFAULT '',
    matched TEXT NOT NULL DEFAULT '',               -- as written
    found_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX phrase_hits_call ON phrase_hits(call_id);
CREATE INDEX phrase_hits_agent ON phrase_hits(agent_id, found_at);

-- Which script a call followed and which of its required steps were skipped (shown in My day).
CREATE TABLE script_runs (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT REFERENCES calls(id),
    agent_id TEXT REFERENCES users(id),
    script_key TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    skipped_steps TEXT NOT NULL DEFAULT '[]',       -- JSON array of step ids
    answers TEXT NOT NULL DEFAULT '{}',             -- JSON object: step id -> branch key
    reopens_form INTEGER NOT NULL DEFAULT 0,
    finished_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX script_runs_call ON script_runs(call_id);
CREATE INDEX script_runs_agent ON script_runs(agent_id, finished_at);

-- The knowledge base beside the call (SPEC §2.1): common-problem solutions, the directory (通讯录),
-- the price list. `seq` is the stable rowid the full-text index points at.
CREATE TABLE kb_entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('solution', 'directory', 'price')),
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX kb_entries_kind ON kb_entries(kind, title);

-- Derived data: the trigram index finds any substring of three or more characters; the triggers keep
-- it in the writer's transaction. Shorter queries fall back to LIKE (KnowledgeRepository::search).
CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, body, tags, content = 'kb_entries', content_rowid = 'seq', tokenize = 'trigram');
CREATE TRIGGER kb_entries_ai AFTER INSERT ON kb_entries BEGIN
    INSERT INTO kb_fts(rowid, title, body, tags) VALUES (new.seq, new.title, new.body, new.tags);
END;
CREATE TRIGGER kb_entries_ad AFTER DELETE ON kb_entries BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, body, tags) VALUES ('delete', old.seq, old.title, old.body, old.tags);
END;
CREATE TRIGGER kb_entries_au AFTER UPDATE ON kb_entries BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, body, tags) VALUES ('delete', old.seq, old.title, old.body, old.tags);
    INSERT INTO kb_fts(rowid, title, body, tags) VALUES (new.seq, new.title, new.body, new.tags);
END;
