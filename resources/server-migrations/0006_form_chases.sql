-- ThreeRings server schema 6: the chases of late problem forms are written by the people on the phone
-- (WriteForms), like the forms themselves.
INSERT INTO tr_write_rules (table_name, field, roles) VALUES
    ('form_chases', '*', ARRAY['agent', 'handler', 'supervisor']);
