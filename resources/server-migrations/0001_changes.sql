-- ThreeRings server schema 1: the shared change log of every console, its notifications, the roles
-- and the row-level security that mirrors the product's permissions.
--
-- One row per change a console made (one part per audience: a complaint report's penalty opinion
-- travels in a part only supervisors read). The server assigns `seq`; consoles pull in `seq` order
-- from a cursor. (console_id, origin_seq, part) makes a pushed batch idempotent.
CREATE TABLE tr_changes (
    seq bigserial PRIMARY KEY,
    console_id text NOT NULL,
    origin_seq bigint NOT NULL,
    part smallint NOT NULL DEFAULT 0,
    table_name text NOT NULL,
    row_id text NOT NULL,
    op text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    revision integer NOT NULL,
    hlc bigint NOT NULL,                      -- hybrid logical clock of the change (ms), last writer wins
    changed_at bigint NOT NULL,               -- the console's wall clock, for people
    changed_by text,                          -- users.id of the person
    audience text NOT NULL DEFAULT 'all' CHECK (audience IN ('all', 'supervisors', 'practice')),
    pushed_by name NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    fields jsonb NOT NULL,                    -- the columns written
    base jsonb,                               -- per field: the [hlc, console] the writer had seen
    UNIQUE (console_id, origin_seq, part)
);
CREATE INDEX tr_changes_row ON tr_changes (table_name, row_id);

-- Listening consoles hear of every pushed batch at once (one notification per statement).
CREATE FUNCTION tr_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('threerings_changes', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_changes_notify AFTER INSERT ON tr_changes
    FOR EACH STATEMENT EXECUTE FUNCTION tr_changes_notify();

-- The product's roles as group roles; people sign in as their own login role, member of theirs.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['tr_console', 'tr_agent', 'tr_handler', 'tr_supervisor', 'tr_trainer',
                             'tr_admin', 'tr_trainee'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA public TO tr_console;
GRANT SELECT, INSERT ON tr_changes TO tr_console;
GRANT SELECT ON tr_schema_version TO tr_console;
GRANT USAGE ON SEQUENCE tr_changes_seq_seq TO tr_console;

CREATE FUNCTION tr_is(role_name text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, role_name, 'MEMBER')
$$;

ALTER TABLE tr_changes ENABLE ROW LEVEL SECURITY;
-- Reading: live changes for everyone but trainees; penalty opinions for supervisors (and admins);
-- practice for the trainee who made it and the trainers.
CREATE POLICY tr_changes_read ON tr_changes FOR SELECT USING (
    (audience = 'all' AND NOT (tr_is('tr_trainee') AND NOT (tr_is('tr_agent') OR tr_is('tr_supervisor')
                                                           OR tr_is('tr_admin') OR tr_is('tr_handler'))))
    OR (audience = 'supervisors' AND (tr_is('tr_supervisor') OR tr_is('tr_admin')))
    OR (audience = 'practice' AND (pushed_by = current_user OR tr_is('tr_trainer')))
);
-- Writing: only as oneself; a trainee only practice; penalty opinions only supervisors.
CREATE POLICY tr_changes_write ON tr_changes FOR INSERT WITH CHECK (
    pushed_by = current_user
    AND (audience <> 'all' OR NOT tr_is('tr_trainee')
         OR tr_is('tr_agent') OR tr_is('tr_supervisor') OR tr_is('tr_admin') OR tr_is('tr_handler'))
    AND (audience <> 'supervisors' OR tr_is('tr_supervisor') OR tr_is('tr_admin'))
);

-- An admin adds a person's login role: tr_add_person('p1001', 'secret', ARRAY['agent']).
CREATE FUNCTION tr_add_person(login text, password text, roles text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    IF login !~ '^[a-z][a-z0-9_]{0,40}$' THEN
        RAISE EXCEPTION 'a person''s server login is lower-case letters, digits and _ (got %)', login;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE tr_console', login, password);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, password);
        EXECUTE format('GRANT tr_console TO %I', login);
    END IF;
    FOREACH r IN ARRAY roles LOOP
        IF r NOT IN ('agent', 'handler', 'supervisor', 'trainer', 'admin', 'trainee') THEN
            RAISE EXCEPTION 'unknown role %', r;
        END IF;
        EXECUTE format('GRANT %I TO %I', 'tr_' || r, login);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION tr_add_person(text, text, text[]) FROM PUBLIC;
