-- ThreeRings schema 23: calls the console places (issue 19).
--
-- purpose: why an outgoing call was placed (next_day_callback, complaint_callback, chase, redial, manual; '' for an
-- incoming call); record_kind / record_id: the record it serves (a callback, a complaint, a problem form);
-- dial_result: how the dialling went (answered, busy, no_answer, rejected, unreachable, cancelled; '' while it
-- rings and for incoming calls).
ALTER TABLE calls ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN record_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN record_id TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN dial_result TEXT NOT NULL DEFAULT '';
CREATE INDEX calls_record ON calls(record_id, ring_at) WHERE record_id <> '';
-- A customer who asked not to be called (the do-not-call list): the console dials none of their numbers.
ALTER TABLE customers ADD COLUMN do_not_call INTEGER NOT NULL DEFAULT 0;
