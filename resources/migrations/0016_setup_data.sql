-- ThreeRings schema 16: the hotline sets up its own departments and outlets.
--
-- A department has a phone and the form categories that route to it (003 §4.5.6: technical quality
-- and other to technical support, sales to the product division head, service to the user service
-- department); an outlet (网点) has the kind callback sampling reads (appointed 特约点 100%, own 自办点 50%,
-- head office), a province and a city. Neither is deleted once forms name it: it is retired
-- (active = 0), kept on every record that names it, and offered no more.
ALTER TABLE departments ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN routes TEXT NOT NULL DEFAULT '';   -- comma-separated form categories
ALTER TABLE departments ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE departments SET routes = CASE kind
    WHEN 'technical' THEN 'technical,other'
    WHEN 'product' THEN 'sales'
    WHEN 'service' THEN 'service'
    ELSE '' END;

ALTER TABLE outlets ADD COLUMN province TEXT NOT NULL DEFAULT '';
ALTER TABLE outlets ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE outlets ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
-- The first wave's kinds: repair centres and dealers are appointed outlets, branches are the unit's own.
UPDATE outlets SET kind = CASE kind WHEN 'branch' THEN 'own' ELSE 'appointed' END,
    province = region;
CREATE INDEX IF NOT EXISTS outlets_name ON outlets(name);
