-- ThreeRings schema 7: the forms and their clocks (issue 6). Who transferred and who reopened a
-- problem form, callback retries, consultations closed by the 24-hour rule, notifications for
-- handlers and department heads, and drafts that survive a crash.

ALTER TABLE problem_forms ADD COLUMN transferred_by TEXT REFERENCES users(id);
ALTER TABLE problem_forms ADD COLUMN reopened_at INTEGER;
ALTER TABLE problem_forms ADD COLUMN reopened_by TEXT REFERENCES users(id);
CREATE INDEX problem_forms_agent_state ON problem_forms(agent_id, state);
CREATE INDEX problem_forms_handler_state ON problem_forms(handler_id, state);
CREATE INDEX problem_forms_department_state ON problem_forms(handler_department_id, state);

-- An unreachable customer is tried again, but not before next_attempt_at (no redialling at once).
ALTER TABLE callbacks ADD COLUMN next_attempt_at INTEGER;
CREATE INDEX callbacks_state ON callbacks(state, due_on);

-- 1 when the caller sent no test result within 24 h and the entry closed itself as solved.
ALTER TABLE consultations ADD COLUMN closed_automatically INTEGER NOT NULL DEFAULT 0;
CREATE INDEX consultations_test_due ON consultations(status, test_due_at);

CREATE INDEX complaints_callback_due ON complaints(state, callback_due_at);

-- What a person (or everyone in a department) should look at: a form transferred to them, a
-- form reopened by a failed callback, a complaint forwarded to their department. Replicated
-- like any record, so a handler on another console sees it.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY NOT NULL,
    recipient_id TEXT REFERENCES users(id),
    recipient_department_id TEXT REFERENCES departments(id),
    kind TEXT NOT NULL,                             -- form_transferred, form_reopened, complaint_forwarded, …
    record_table TEXT NOT NULL DEFAULT '',          -- problem_forms, complaints …
    record_id TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    read_at INTEGER,
    read_by TEXT REFERENCES users(id),
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notifications_recipient ON notifications(recipient_id, read_at);
CREATE INDEX notifications_department ON notifications(recipient_department_id, read_at);

-- Half-typed forms, saved every few seconds and on focus change. One draft per person, kind and
-- record ('' for a form not yet saved). Local to this console: not replicated, not audited.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,                             -- problem_form, consultation, callback, complaint …
    record_id TEXT NOT NULL DEFAULT '',
    owner_id TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL,                           -- a JSON object of the form's fields
    saved_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (owner_id, kind, record_id)
);
