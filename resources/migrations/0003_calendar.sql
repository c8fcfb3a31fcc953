-- ThreeRings schema 3: the business calendar's dated exceptions (holidays and swapped working days).
-- Opening hours, lunch break, weekend days and the time zone live in settings (calendar.*).
CREATE TABLE calendar_days (
    id TEXT PRIMARY KEY NOT NULL,
    day TEXT NOT NULL UNIQUE,                       -- YYYY-MM-DD
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
-- The years whose exceptions are known; a year missing here falls back to plain weekends.
CREATE TABLE calendar_years (
    id TEXT PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL UNIQUE,
    source TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
