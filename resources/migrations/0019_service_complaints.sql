-- ThreeRings schema 19: a service-quality problem form (category service, 003 §4.5.6) is also registered as
-- a complaint once the agent confirms.
--
-- The complaint names the form it came from; no FOREIGN KEY, so the complaint may travel before the form.
-- The form keeps the agent's answer to the question (registered or declined; empty while nobody answered),
-- so the console asks once per form.
ALTER TABLE complaints ADD COLUMN problem_form_id TEXT;                  -- a problem_forms(id)
CREATE INDEX complaints_problem_form ON complaints(problem_form_id) WHERE problem_form_id IS NOT NULL;
ALTER TABLE problem_forms ADD COLUMN complaint_answer TEXT NOT NULL DEFAULT '';  -- '', registered, declined
