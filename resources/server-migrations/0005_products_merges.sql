-- ThreeRings server schema 5: products are set up by admins; two customer records are merged by
-- supervisors and admins only.
--
-- Consoles of this version keep products (models and their warranty rule) beside devices; the server
-- takes a product change from admins only. Any person on the phone may correct a customer, but the
-- merged_into field, which folds one record into another, is checked per field like a form's review.
INSERT INTO tr_write_rules (table_name, field, roles) VALUES
    ('products', '*', ARRAY['admin']),
    ('customers', 'merged_into', ARRAY['supervisor', 'admin']);
