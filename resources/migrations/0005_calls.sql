-- ThreeRings schema 5: taking calls — agent states, ring-no-answer, the agent hanging up first,
-- and the indexes the screen pop reads through.

-- Rang past the ring-no-answer limit on the agent's console: not answered by this agent.
ALTER TABLE calls ADD COLUMN ring_no_answer INTEGER NOT NULL DEFAULT 0;
-- The agent ended an answered call before the caller did (SPEC §2.9: wait for the caller).
ALTER TABLE calls ADD COLUMN agent_hung_up_first INTEGER NOT NULL DEFAULT 0;

-- One row per stretch of time an agent spent in one state; to_at stays NULL while it lasts.
CREATE TABLE agent_states (
    id TEXT PRIMARY KEY NOT NULL,
    agent_id TEXT NOT NULL REFERENCES users(id),
    state TEXT NOT NULL,                            -- ready, not_ready, on_call, wrap_up
    reason TEXT NOT NULL DEFAULT '',                -- for not_ready: break, meal, training, meeting, ring_no_answer …
    from_at INTEGER NOT NULL,
    to_at INTEGER,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agent_states_agent ON agent_states(agent_id, from_at);

-- The screen pop: a customer's unfinished consultations and a device's repairs.
CREATE INDEX consultations_customer ON consultations(customer_id, consulted_at);
CREATE INDEX problem_forms_device_accepted ON problem_forms(device_id, accepted_at);
