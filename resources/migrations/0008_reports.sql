-- ThreeRings schema 8: the supervisor's desk (issue 7). The sign-off of a day's callback sheet
-- (技术经理 on 用户回访统计表), and covering indexes so a month of calls is counted without
-- touching the rows themselves.

-- One sign-off per day: the technical manager read the day's callback sheet. Replicated like any
-- record, so every console prints the same signature.
CREATE TABLE callback_sheet_signoffs (
    id TEXT PRIMARY KEY NOT NULL,
    day TEXT NOT NULL UNIQUE,                       -- YYYY-MM-DD, the sheet's date
    signed_by TEXT REFERENCES users(id),
    signer_name TEXT NOT NULL DEFAULT '',           -- 技术经理, as printed
    signed_at INTEGER NOT NULL,
    remarks TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

-- Service level and the call tally read every call of a period: the index holds all they need.
CREATE INDEX calls_report ON calls(ring_at, direction, agent_id, category, answered_at, rings_at_answer,
                                   abandoned, ended_at);
-- The complaint rate: complaints per department per month, repairs per handling department.
CREATE INDEX complaints_department_at ON complaints(department_id, complained_at);
CREATE INDEX problem_forms_department_result ON problem_forms(handler_department_id, result_at);
CREATE INDEX callbacks_called_on ON callbacks(called_on);
CREATE INDEX ratings_engineer ON ratings(rated_on, engineer);
CREATE INDEX agent_states_from ON agent_states(from_at);
CREATE INDEX script_runs_finished ON script_runs(finished_at);
CREATE INDEX phrase_hits_found ON phrase_hits(found_at);
