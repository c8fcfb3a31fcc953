-- ThreeRings schema 12: calls taken on the simulated line (--simulate: demos and training) are marked, so
-- the supervisor's reports, the exports and replication leave them out. The demo data's calls are
-- history, not the simulated line: they stay 0.
ALTER TABLE calls ADD COLUMN simulated INTEGER NOT NULL DEFAULT 0;

-- The report index covers the mark too, so a month of calls is still counted from the index alone.
DROP INDEX calls_report;
CREATE INDEX calls_report ON calls(ring_at, direction, agent_id, category, answered_at, rings_at_answer,
                                   abandoned, ended_at, simulated);
-- The few simulated calls, found without reading the others (replication, the quality sheet).
CREATE INDEX calls_simulated ON calls(id) WHERE simulated = 1;
