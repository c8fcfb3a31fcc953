-- ThreeRings schema 1: people, places, customers, their devices and the calls.
-- Every table carries the same bookkeeping columns: a UUID key, who created and last changed
-- the row and when (milliseconds since the epoch, UTC), and a revision that grows by one per change.

CREATE TABLE settings (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE departments (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'service',          -- service, technical, sales, product, other
    head_user_id TEXT,                              -- 部门主管
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    job_number TEXT NOT NULL UNIQUE,                -- 工号
    name TEXT NOT NULL,
    department_id TEXT REFERENCES departments(id),
    roles TEXT NOT NULL DEFAULT 'agent',            -- comma-separated: agent,handler,supervisor,trainer,admin,trainee
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE outlets (                               -- 网点
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'repair_center',     -- repair_center, dealer, branch
    region TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',                  -- the customer's company or organisation
    phone_mobile TEXT NOT NULL DEFAULT '',          -- E.164, normalized
    phone_office TEXT NOT NULL DEFAULT '',          -- E.164, normalized
    outlet_id TEXT REFERENCES outlets(id),
    address TEXT NOT NULL DEFAULT '',               -- 通迅地址
    notes TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_phone_mobile ON customers(phone_mobile) WHERE phone_mobile <> '';
CREATE INDEX customers_phone_office ON customers(phone_office) WHERE phone_office <> '';
CREATE INDEX customers_outlet ON customers(outlet_id);

CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    product TEXT NOT NULL,                          -- ATM, APM, 安防 …
    model TEXT NOT NULL DEFAULT '',
    serial_number TEXT NOT NULL DEFAULT '',
    installed_on TEXT NOT NULL DEFAULT '',          -- YYYY-MM-DD
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX devices_customer ON devices(customer_id);
CREATE INDEX devices_serial ON devices(serial_number) WHERE serial_number <> '';

CREATE TABLE calls (
    id TEXT PRIMARY KEY NOT NULL,
    direction TEXT NOT NULL DEFAULT 'in',           -- in, out (callbacks)
    caller_number TEXT NOT NULL DEFAULT '',         -- E.164 when it could be normalized, else as received
    customer_id TEXT REFERENCES customers(id),
    agent_id TEXT REFERENCES users(id),
    ring_at INTEGER NOT NULL,
    answered_at INTEGER,
    rings_at_answer INTEGER,
    hold_ms INTEGER NOT NULL DEFAULT 0,
    ended_at INTEGER,
    hung_up_by TEXT NOT NULL DEFAULT '',            -- caller, agent, line
    abandoned INTEGER NOT NULL DEFAULT 0,           -- caller gone while ringing
    category TEXT NOT NULL DEFAULT '',              -- technical, service, sales, other
    summary TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX calls_ring_at ON calls(ring_at);
CREATE INDEX calls_customer ON calls(customer_id, ring_at);
CREATE INDEX calls_agent ON calls(agent_id, ring_at);

-- Every change to any table is written here in the same transaction; replication reads it.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL,                               -- insert, update, delete
    revision INTEGER NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT,
    fields TEXT NOT NULL                            -- JSON object of the columns written
);
