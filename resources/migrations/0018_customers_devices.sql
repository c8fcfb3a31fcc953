-- ThreeRings schema 18: the hotline keeps its own customers, products and devices.
--
-- A customer has a third phone, and two records of one person are merged: the one merged away keeps its
-- row and numbers and names the record it went into (merged_into), so the screen pop finds the person by
-- any of their numbers and the card shows the calls and forms of both. Customers are found by any
-- fragment of a name, unit or phone through a trigram index kept by triggers (it never travels: it has
-- no id and no revision, so replication leaves it alone).
--
-- A product (model) has the warranty rule of 三包: months from the invoice date (or from installation when
-- there is no invoice). A device names its outlet (网点), its invoice date and the end of its warranty.
ALTER TABLE customers ADD COLUMN phone_other TEXT NOT NULL DEFAULT '';     -- E.164, normalized
ALTER TABLE customers ADD COLUMN merged_into TEXT;                       -- a customers(id); no FOREIGN KEY, so the merge may travel before the row
CREATE INDEX customers_phone_other ON customers(phone_other) WHERE phone_other <> '';
CREATE INDEX customers_merged_into ON customers(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX customers_name ON customers(name);

-- The text a search looks in, computed (never stored) from the row, for the trigram index.
ALTER TABLE customers ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    name || ' ' || unit || ' ' || phone_mobile || ' ' || phone_office || ' ' || phone_other) VIRTUAL;
-- Numbers are looked for by their last four digits (what a caller reads out) before any fragment.
CREATE INDEX customers_mobile_tail ON customers(substr(phone_mobile, -4)) WHERE phone_mobile <> '';
CREATE INDEX customers_office_tail ON customers(substr(phone_office, -4)) WHERE phone_office <> '';
CREATE INDEX customers_other_tail ON customers(substr(phone_other, -4)) WHERE phone_other <> '';

CREATE VIRTUAL TABLE customers_text USING fts5(
    search_text, content = 'customers', content_rowid = 'rowid', tokenize = 'trigram', detail = 'none');
INSERT INTO customers_text(customers_text) VALUES ('rebuild');
CREATE TRIGGER customers_text_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_text(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER customers_text_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_text(customers_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER customers_text_update AFTER UPDATE OF name, unit, phone_mobile, phone_office, phone_other
ON customers BEGIN
    INSERT INTO customers_text(customers_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO customers_text(rowid, search_text) VALUES (new.rowid, new.search_text);
END;

CREATE TABLE products (
    id TEXT PRIMARY KEY NOT NULL,
    model TEXT NOT NULL UNIQUE,                     -- the model, as on the nameplate
    product TEXT NOT NULL DEFAULT '',               -- ATM, APM, 安防 …
    warranty_months INTEGER NOT NULL DEFAULT 12,    -- 三包: months of warranty from the invoice date
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);

ALTER TABLE devices ADD COLUMN outlet_id TEXT;                          -- an outlets(id)
ALTER TABLE devices ADD COLUMN invoice_date TEXT NOT NULL DEFAULT '';   -- YYYY-MM-DD
ALTER TABLE devices ADD COLUMN warranty_end TEXT NOT NULL DEFAULT '';   -- YYYY-MM-DD
CREATE INDEX devices_model ON devices(model);
