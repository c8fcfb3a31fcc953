-- ThreeRings schema 11: role-play training (SPEC §7). Scenarios, practice sessions, their events and
-- scorecards. Every file gets these tables, but only the practice file "<name>-practice.sqlite" beside the
-- main one (same schema) fills them, together with the practice calls' forms: real reports, exports, the
-- audit trail and replication read the main file and never see practice data. People are referred to by
-- their id in the main file, so trainee_id and trainer_id carry no foreign key here.

-- A scenario a trainer wrote or imported (the JSON of Scenario::toJson), one per key and language.
CREATE TABLE training_scenarios (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (language, key)
);

-- One practice call of a trainee, started by a trainer. The scenario is copied in, so editing it later
-- does not change how an old session scores.
CREATE TABLE practice_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_key TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    scenario TEXT NOT NULL,                          -- Scenario JSON at the start
    trainee_id TEXT NOT NULL,                        -- users.id of the main file
    trainer_id TEXT,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'live', 'ended')),
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    points INTEGER,
    max_points INTEGER,
    passed INTEGER,
    scorecard TEXT NOT NULL DEFAULT '',              -- Scorecard JSON once ended
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX practice_sessions_trainee ON practice_sessions(trainee_id, started_at);
CREATE INDEX practice_sessions_state ON practice_sessions(state, trainee_id);

-- What happened in a session, in order (PracticeEvent); the trainer's console polls it to watch live.
CREATE TABLE practice_events (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES practice_sessions(id),
    seq INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (session_id, seq)
);
