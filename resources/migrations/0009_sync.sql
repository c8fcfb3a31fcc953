-- Replication with the central PostgreSQL server (issue 8). The local file stays the working copy;
-- these tables are the sync worker's bookkeeping and are never replicated themselves.

-- Key/value state of this console's replication: console_id, server_url (never a password),
-- push_cursor (last outbox seq the server has), pull_cursor (last server seq applied), last_hlc,
-- last_sync_at, last_error.
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Per replicated row, the version of each field as this console has it: a JSON object
-- {"field": [hlc, "console_id"], ...}; "*" stands for every field an insert wrote.
CREATE TABLE sync_versions (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;

-- Conflicts (both consoles changed the same field while apart) are audit_log rows with op 'conflict':
-- field, old_value = the value that lost, new_value = the value kept, changed_by = who wrote the loser.
CREATE INDEX audit_log_conflicts ON audit_log(changed_at) WHERE op = 'conflict';
