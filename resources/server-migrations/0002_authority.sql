-- ThreeRings server schema 2: the server decides who may change what.
--
-- Every change a login pushes is checked here before any console can read it:
--  * its console id belongs to the login that first pushed with it, so another login cannot take that
--    console's sequence numbers and make its real changes vanish (refused: the statement fails);
--  * its table, and for some tables its fields, must be ones the login's roles may change, mirroring
--    core/auth/Permissions (tr_write_rules). A change that breaks a rule is stored with its refusal
--    and read by nobody but its pusher and admins: it never reaches another console, and it never
--    blocks the changes behind it.
-- Row-level security is FORCEd, so the schema's owner is held to the policies like everybody else.

CREATE TABLE tr_consoles (
    console_id text PRIMARY KEY,
    login name NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now()
);

-- Which roles may change a table ('*') or one of its fields. A table with no '*' row takes no change.
CREATE TABLE tr_write_rules (
    table_name text NOT NULL,
    field text NOT NULL DEFAULT '*',
    roles text[] NOT NULL,
    PRIMARY KEY (table_name, field)
);
INSERT INTO tr_write_rules (table_name, field, roles) VALUES
    -- The hotline's set-up: admins only (ManageAccounts, ManageScripts, ManageCalendar, ManageSite).
    ('users', '*', ARRAY['admin']),
    ('departments', '*', ARRAY['admin']),
    ('settings', '*', ARRAY['admin']),
    ('scripts', '*', ARRAY['admin']),
    ('phrase_lists', '*', ARRAY['admin']),
    ('kb_entries', '*', ARRAY['admin']),
    ('calendar_days', '*', ARRAY['admin']),
    ('calendar_years', '*', ARRAY['admin']),
    -- The technical manager's signature on the day's callback sheet (SignOffCallbackSheet).
    ('callback_sheet_signoffs', '*', ARRAY['supervisor']),
    -- Customers and their devices and outlets: the people on the phone, and admins setting up.
    ('customers', '*', ARRAY['agent', 'handler', 'supervisor', 'admin']),
    ('devices', '*', ARRAY['agent', 'handler', 'supervisor', 'admin']),
    ('outlets', '*', ARRAY['agent', 'handler', 'supervisor', 'admin']),
    -- Calls and forms (WriteForms).
    ('calls', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('problem_forms', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('consultations', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('callbacks', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('complaints', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('complaint_reports', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('ratings', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('notifications', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('phrase_hits', '*', ARRAY['agent', 'handler', 'supervisor']),
    ('script_runs', '*', ARRAY['agent', 'handler', 'supervisor']),
    -- Ready, break, meal …: everybody at a console.
    ('agent_states', '*', ARRAY['agent', 'handler', 'supervisor', 'trainer', 'admin', 'trainee']),
    -- Training (ManageScenarios, UsePractice).
    ('training_scenarios', '*', ARRAY['trainer']),
    ('practice_sessions', '*', ARRAY['trainer', 'trainee', 'agent', 'supervisor']),
    ('practice_events', '*', ARRAY['trainer', 'trainee', 'agent', 'supervisor']),
    -- Fields only some of those may change (ReviewProblemForm, HandleForms, WritePenaltyOpinion).
    ('problem_forms', 'review', ARRAY['supervisor']),
    ('problem_forms', 'reviewed_by', ARRAY['supervisor']),
    ('problem_forms', 'reviewed_at', ARRAY['supervisor']),
    ('problem_forms', 'plan', ARRAY['handler', 'supervisor']),
    ('problem_forms', 'plan_by', ARRAY['handler', 'supervisor']),
    ('problem_forms', 'plan_at', ARRAY['handler', 'supervisor']),
    ('problem_forms', 'result', ARRAY['handler', 'supervisor']),
    ('problem_forms', 'result_by', ARRAY['handler', 'supervisor']),
    ('problem_forms', 'result_at', ARRAY['handler', 'supervisor']),
    ('complaint_reports', 'penalty_opinion', ARRAY['supervisor']);

ALTER TABLE tr_changes ADD COLUMN refusal text; -- why the server refused the change; NULL: accepted

CREATE FUNCTION tr_may(login name, roles text[]) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM unnest(roles) r WHERE pg_has_role(login, 'tr_' || r, 'MEMBER'))
$$;

-- A value that says nothing: what a new record holds in a field nobody filled in.
CREATE FUNCTION tr_unset(v jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT v IS NULL OR v IN ('null'::jsonb, '""'::jsonb, '0'::jsonb)
$$;

CREATE FUNCTION tr_changes_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    owner name;
    table_roles text[];
    field_roles text[];
    f text;
    before jsonb;
BEGIN
    SELECT login INTO owner FROM tr_consoles WHERE console_id = NEW.console_id;
    IF owner IS NULL THEN
        INSERT INTO tr_consoles (console_id, login) VALUES (NEW.console_id, NEW.pushed_by)
            ON CONFLICT (console_id) DO NOTHING;
        SELECT login INTO owner FROM tr_consoles WHERE console_id = NEW.console_id;
    END IF;
    IF owner <> NEW.pushed_by THEN
        RAISE EXCEPTION USING ERRCODE = 'TRC01', -- a console id of another login (SyncEngine::push)
            MESSAGE = format('the console %s pushes as the login %s; %s may not push its changes',
                             NEW.console_id, owner, NEW.pushed_by);
    END IF;
    NEW.refusal := NULL;
    -- Practice is read by its trainee and the trainers only (tr_changes_read); superusers set up.
    IF NEW.audience = 'practice' OR (SELECT rolsuper FROM pg_roles WHERE rolname = NEW.pushed_by) THEN
        RETURN NEW;
    END IF;
    SELECT roles INTO table_roles FROM tr_write_rules WHERE table_name = NEW.table_name AND field = '*';
    IF table_roles IS NULL THEN
        NEW.refusal := format('the server takes no changes of %s', NEW.table_name);
        RETURN NEW;
    END IF;
    IF NOT tr_may(NEW.pushed_by, table_roles) THEN
        NEW.refusal := format('%s may not change %s (roles: %s)', NEW.pushed_by, NEW.table_name,
                              array_to_string(table_roles, ', '));
        RETURN NEW;
    END IF;
    FOR f, field_roles IN
        SELECT w.field, w.roles FROM tr_write_rules w
        WHERE w.table_name = NEW.table_name AND w.field <> '*' AND NEW.fields ? w.field
    LOOP
        CONTINUE WHEN tr_may(NEW.pushed_by, field_roles);
        -- A whole row travels: a field the login may not change must hold what it held before.
        SELECT c.fields -> f INTO before FROM tr_changes c
        WHERE c.table_name = NEW.table_name AND c.row_id = NEW.row_id AND c.refusal IS NULL AND c.fields ? f
        ORDER BY c.hlc DESC, c.seq DESC LIMIT 1;
        IF (before IS NULL AND NOT tr_unset(NEW.fields -> f))
           OR (before IS NOT NULL AND before IS DISTINCT FROM NEW.fields -> f) THEN
            NEW.refusal := format('%s may not change %s.%s (roles: %s)', NEW.pushed_by, NEW.table_name, f,
                                  array_to_string(field_roles, ', '));
            RETURN NEW;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_changes_check BEFORE INSERT ON tr_changes
    FOR EACH ROW EXECUTE FUNCTION tr_changes_check();

-- A refused change is read by its pusher and admins only.
CREATE POLICY tr_changes_refused ON tr_changes AS RESTRICTIVE FOR SELECT USING (
    refusal IS NULL OR pushed_by = current_user OR tr_is('tr_admin')
);
ALTER TABLE tr_changes FORCE ROW LEVEL SECURITY;

-- The login that ran 'server init' set the hotline up and pushes what its file holds: it is an admin.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT tr_admin, tr_console TO %I', current_user);
    END IF;
END
$$;
