-- ThreeRings schema 22: the chases of a late problem form (SPEC §3, 003 §4.5.5).
--
-- When a handler's result is late, the agent chases the handler and tells the caller the matter is in
-- hand, with an apology. Each attempt is a row: whom it was (handler or caller), whether they were
-- reached, the time the handler promised, and what was said. The form keeps its clocks; the chases are
-- its history, read on the form and counted in My work.
CREATE TABLE form_chases (
    id TEXT PRIMARY KEY NOT NULL,
    form_id TEXT NOT NULL REFERENCES problem_forms(id),
    target TEXT NOT NULL,                           -- handler, caller
    reached INTEGER NOT NULL DEFAULT 0,             -- 1: spoke to them
    promised_at INTEGER,                            -- the time the handler promised the result
    note TEXT NOT NULL DEFAULT '',
    chased_by TEXT NOT NULL REFERENCES users(id),
    chased_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX form_chases_form ON form_chases(form_id, chased_at);
