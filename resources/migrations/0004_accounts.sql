-- ThreeRings schema 4: sign-in accounts and the append-only audit trail.

-- One account per person who may sign in; its id is the person's id in users. A person without
-- an account keeps their name on every record but cannot sign in. Only Argon2id hashes are kept.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY NOT NULL REFERENCES users(id),
    password_hash TEXT NOT NULL,                    -- libsodium crypto_pwhash_str (Argon2id)
    failed_attempts INTEGER NOT NULL DEFAULT 0,     -- wrong passwords since the last good sign-in
    locked_until INTEGER NOT NULL DEFAULT 0,        -- milliseconds since the epoch; 0 = not locked
    password_changed_at INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

-- Who changed which field of which record, when, from what to what. RecordWriter writes it in the
-- transaction of the change; an insert or a delete is one row with an empty field.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    changed_at INTEGER NOT NULL,
    changed_by TEXT,                                -- users.id; NULL for the system (setup, demo data)
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL,                               -- insert, update, delete
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id, seq);
CREATE INDEX audit_log_changed_at ON audit_log(changed_at);

-- Append-only: nothing in the product can change or remove an audit row.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be deleted');
END;
