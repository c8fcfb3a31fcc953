-- ThreeRings server schema 4: the hotline's outlets are set up by admins (ManageSetup), as its departments are.
--
-- Consoles of this version add, correct and retire outlets in Admin ▸ Departments and outlets… and with
-- `threerings outlet|import`, admins only; the server refuses anyone else's change to them, as it does for
-- departments, so an agent's login cannot rename or retire an outlet behind the consoles' back.
UPDATE tr_write_rules SET roles = ARRAY['admin'] WHERE table_name = 'outlets' AND field = '*';
