-- ThreeRings server schema 3: people, not workstations, are the server's identity.
--
--  * Each person of the hotline signs in to the server as their own login, 'p' and their job number
--    (p1001), with their console password: a console syncs as the person signed in at it, never with a
--    stored secret the next person at the workstation could use.
--  * tr_people ties each login to its person's id: a change is accepted only when its author is the
--    login's person (or nobody: the system), so no login writes in another person's name.
--  * The schema belongs to tr_owner, a role nobody signs in as. The login that ran 'server init' keeps
--    the right to upgrade the schema but is no longer a console login (consoles refuse to sync as it).
--  * Accounts follow the team's records: a change of a person's roles or an account switched off, once
--    the server has accepted it from an admin, changes that person's login at once.
--  * Passwords reach the server only as SCRAM verifiers the console computed (tr_set_login): the server
--    never sees a password in clear, and no hash ever enters tr_changes.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tr_owner') THEN
        CREATE ROLE tr_owner NOLOGIN CREATEROLE;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT tr_owner TO %I', current_user);
        -- Schema 2 made the installing login an admin console; it is the installer only now.
        EXECUTE format('REVOKE tr_admin, tr_console FROM %I', current_user);
    END IF;
END
$$;

GRANT USAGE, CREATE ON SCHEMA public TO tr_owner;

-- A console pushes each person's changes under its own id and that person's login ("<console>/<login>"): the
-- console's part is kept apart, so that a copy of a console's file (its outbox numbers used twice under one
-- console) is found whoever pushes from it.
ALTER TABLE tr_changes ADD COLUMN console_base text GENERATED ALWAYS AS (split_part(console_id, '/', 1)) STORED;
CREATE INDEX tr_changes_console_base ON tr_changes (console_base, origin_seq);

CREATE TABLE tr_people (
    login name PRIMARY KEY,
    person_id text NOT NULL UNIQUE,
    job_number text NOT NULL UNIQUE
);

-- A person's login: 'p' and the job number, lower-case, other characters as '_'.
CREATE FUNCTION tr_login_of(job_number text) RETURNS name LANGUAGE sql IMMUTABLE AS $$
    SELECT ('p' || lower(regexp_replace(job_number, '[^A-Za-z0-9]', '_', 'g')))::name
$$;

-- Whether the login that opened the session (not the definer a function runs as) has a role.
CREATE FUNCTION tr_session_is(role_name text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, role_name, 'MEMBER')
$$;

-- The person the session's login is; NULL for a login that is nobody's (the installer, old logins).
CREATE FUNCTION tr_whoami() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT person_id FROM tr_people WHERE login = session_user
$$;

-- Grants exactly `roles` (of the product's) to a login and lets it sign in or not.
CREATE FUNCTION tr_shape_login(login name, roles text[], active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r text;
    member boolean;
BEGIN
    FOREACH r IN ARRAY ARRAY['agent', 'handler', 'supervisor', 'trainer', 'admin', 'trainee'] LOOP
        member := EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid
                          JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = 'tr_' || r AND m.rolname = login);
        IF r = ANY (roles) AND NOT member THEN
            EXECUTE format('GRANT %I TO %I', 'tr_' || r, login);
        ELSIF member AND NOT r = ANY (roles) THEN
            EXECUTE format('REVOKE %I FROM %I', 'tr_' || r, login);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

-- An admin (or the installer) sets a person's login: created with the verifier when it is new, else its
-- password replaced when a verifier is given; its roles and whether it may sign in as given.
CREATE FUNCTION tr_set_login(p_job text, p_person text, verifier text, roles text[], active boolean)
RETURNS name LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who name := tr_login_of(p_job);
    r text;
BEGIN
    IF NOT (tr_session_is('tr_admin') OR tr_session_is('tr_owner')) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s may not set the server login of %s: only admins may', session_user, p_job);
    END IF;
    IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier';
    END IF;
    FOREACH r IN ARRAY roles LOOP
        IF r NOT IN ('agent', 'handler', 'supervisor', 'trainer', 'admin', 'trainee') THEN
            RAISE EXCEPTION 'unknown role %', r;
        END IF;
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
        IF pg_has_role(who, 'tr_owner', 'MEMBER') OR (SELECT rolsuper FROM pg_roles WHERE rolname = who) THEN
            RAISE EXCEPTION 'the login % is the installer''s, not a person''s', who;
        END IF;
        IF verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', who, verifier);
        END IF;
    ELSIF verifier IS NULL THEN
        RAISE EXCEPTION 'the server login of % is new: it needs a password', p_job;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE tr_console', who, verifier);
    END IF;
    IF NOT pg_has_role(who, 'tr_console', 'MEMBER') THEN
        EXECUTE format('GRANT tr_console TO %I', who);
    END IF;
    PERFORM tr_shape_login(who, roles, active);
    -- A job number given to another person before: the login follows the person it is given to now.
    DELETE FROM tr_people WHERE person_id = p_person AND login <> who;
    INSERT INTO tr_people (login, person_id, job_number) VALUES (who, p_person, p_job)
        ON CONFLICT (login) DO UPDATE SET person_id = excluded.person_id, job_number = excluded.job_number;
    RETURN who;
END
$$;

-- Everybody changes their own password.
CREATE FUNCTION tr_set_my_password(verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tr_people WHERE login = session_user) THEN
        RAISE EXCEPTION 'the login % is not a person''s', session_user;
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
END
$$;

-- The old way to add a login (a password in clear, no person): admins only now, and the login is tied to a
-- person when one is named.
DROP FUNCTION tr_add_person(text, text, text[]);
CREATE FUNCTION tr_add_person(new_login text, new_password text, new_roles text[], new_person text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE r text;
BEGIN
    IF NOT (tr_session_is('tr_admin') OR tr_session_is('tr_owner')) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only admins add server logins';
    END IF;
    IF new_login !~ '^[a-z][a-z0-9_]{0,40}$' THEN
        RAISE EXCEPTION 'a person''s server login is lower-case letters, digits and _ (got %)', new_login;
    END IF;
    FOREACH r IN ARRAY new_roles LOOP
        IF r NOT IN ('agent', 'handler', 'supervisor', 'trainer', 'admin', 'trainee') THEN
            RAISE EXCEPTION 'unknown role %', r;
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE tr_console', new_login, new_password);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', new_login, new_password);
        EXECUTE format('GRANT tr_console TO %I', new_login);
    END IF;
    PERFORM tr_shape_login(new_login::name, new_roles, true);
    IF new_person IS NOT NULL THEN
        DELETE FROM tr_people WHERE person_id = new_person AND login <> new_login;
        INSERT INTO tr_people AS p (login, person_id, job_number) VALUES (new_login, new_person, new_login)
            ON CONFLICT (login) DO UPDATE SET person_id = excluded.person_id;
    END IF;
END
$$;

-- The write check of schema 2, and the author: a change signed by a person is accepted only from that
-- person's login (a practice change too).
CREATE OR REPLACE FUNCTION tr_changes_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    owner name;
    person text;
    super boolean;
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
    SELECT rolsuper INTO super FROM pg_roles WHERE rolname = NEW.pushed_by;
    IF super THEN -- superusers set up
        RETURN NEW;
    END IF;
    IF NEW.changed_by IS NOT NULL THEN
        SELECT p.person_id INTO person FROM tr_people p WHERE p.login = NEW.pushed_by;
        IF person IS DISTINCT FROM NEW.changed_by THEN
            NEW.refusal := format('the change is signed by the person %s but the login %s is %s', NEW.changed_by,
                                  NEW.pushed_by, coalesce('the person ' || person, 'nobody''s'));
            RETURN NEW;
        END IF;
    END IF;
    -- Practice is read by its trainee and the trainers only (tr_changes_read).
    IF NEW.audience = 'practice' THEN
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

-- A person's roles or account changed by an admin (accepted above) change their login at once.
CREATE FUNCTION tr_changes_follow_people() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    who name;
    roles text[];
    active boolean;
BEGIN
    IF NEW.refusal IS NOT NULL OR NEW.table_name <> 'users' OR NEW.audience <> 'all' THEN
        RETURN NULL;
    END IF;
    SELECT login INTO who FROM tr_people WHERE person_id = NEW.row_id;
    IF who IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
        RETURN NULL;
    END IF;
    IF NEW.fields ? 'roles' OR NEW.fields ? 'active' OR NEW.op = 'delete' THEN
        SELECT array_agg(m.rolname::text) INTO roles FROM pg_auth_members a
            JOIN pg_roles m ON m.oid = a.roleid JOIN pg_roles l ON l.oid = a.member
            WHERE l.rolname = who AND m.rolname LIKE 'tr\_%';
        roles := ARRAY(SELECT substr(x, 4) FROM unnest(coalesce(roles, '{}')) x WHERE x <> 'tr_console');
        IF NEW.fields ? 'roles' THEN
            roles := string_to_array(NEW.fields ->> 'roles', ',');
        END IF;
        active := (SELECT rolcanlogin FROM pg_roles WHERE rolname = who);
        IF NEW.fields ? 'active' THEN
            active := (NEW.fields ->> 'active') NOT IN ('0', 'false');
        END IF;
        IF NEW.op = 'delete' THEN
            active := false;
        END IF;
        PERFORM tr_shape_login(who, roles, active);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_changes_follow_people AFTER INSERT ON tr_changes
    FOR EACH ROW WHEN (NEW.table_name = 'users' AND NEW.refusal IS NULL) EXECUTE FUNCTION tr_changes_follow_people();

REVOKE ALL ON FUNCTION tr_set_login(text, text, text, text[], boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION tr_add_person(text, text, text[], text) FROM PUBLIC;
REVOKE ALL ON FUNCTION tr_shape_login(name, text[], boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION tr_set_my_password(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION tr_whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tr_set_login(text, text, text, text[], boolean) TO tr_admin;
GRANT EXECUTE ON FUNCTION tr_add_person(text, text, text[], text) TO tr_admin;
GRANT EXECUTE ON FUNCTION tr_set_my_password(text) TO tr_console;
GRANT EXECUTE ON FUNCTION tr_whoami() TO tr_console;

-- Every table's rows are held to policies, the owner's too; only the owner's functions read the books.
ALTER TABLE tr_consoles ENABLE ROW LEVEL SECURITY;
ALTER TABLE tr_consoles FORCE ROW LEVEL SECURITY;
CREATE POLICY tr_consoles_owner ON tr_consoles TO tr_owner USING (true) WITH CHECK (true);
ALTER TABLE tr_write_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE tr_write_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tr_write_rules_owner ON tr_write_rules TO tr_owner USING (true) WITH CHECK (true);
ALTER TABLE tr_people ENABLE ROW LEVEL SECURITY;
ALTER TABLE tr_people FORCE ROW LEVEL SECURITY;
CREATE POLICY tr_people_owner ON tr_people TO tr_owner USING (true) WITH CHECK (true);
ALTER TABLE tr_schema_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE tr_schema_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tr_schema_version_read ON tr_schema_version FOR SELECT USING (true);
CREATE POLICY tr_schema_version_owner ON tr_schema_version TO tr_owner USING (true) WITH CHECK (true);

-- The owner of the schema's objects is tr_owner; the definer functions run as it.
DO $$
DECLARE
    f regprocedure;
BEGIN
    ALTER TABLE tr_changes OWNER TO tr_owner;
    ALTER TABLE tr_consoles OWNER TO tr_owner;
    ALTER TABLE tr_write_rules OWNER TO tr_owner;
    ALTER TABLE tr_people OWNER TO tr_owner;
    ALTER TABLE tr_schema_version OWNER TO tr_owner;
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE 'tr\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO tr_owner', f);
    END LOOP;
END
$$;
