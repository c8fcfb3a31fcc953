-- ThreeRings schema 14: people's server logins follow the accounts made at any console.
--
-- A person added or a password set at this console is queued here until the console reaches the team's
-- server: the sync sends it with the login of the person who queued it (an admin, or the person for their
-- own password) and removes the row. Only a SCRAM verifier is kept, never the password; the table is local
-- and never replicated.
CREATE TABLE IF NOT EXISTS login_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job_number TEXT NOT NULL,
    person_id TEXT NOT NULL,
    verifier TEXT,                                  -- SCRAM-SHA-256 verifier of the new password
    own INTEGER NOT NULL DEFAULT 0,                 -- the person set their own password
    queued_at INTEGER NOT NULL,
    queued_by TEXT                                  -- users.id of who queued it
);
