-- ThreeRings schema 15: a change from another console whose record is not here yet waits, it is not dropped.
--
-- Each person's changes reach the server with their own login, so a record one person made offline can reach
-- the server after another person's change to it. Such a change (its parent or its record not on this console
-- yet) is parked here with the server's number and tried again after every pull until it applies. Local, never
-- replicated.
CREATE TABLE IF NOT EXISTS sync_parked (
    seq INTEGER PRIMARY KEY NOT NULL,               -- tr_changes.seq on the server
    change TEXT NOT NULL,                           -- the change as pulled (JSON)
    why TEXT NOT NULL,
    parked_at INTEGER NOT NULL
);
