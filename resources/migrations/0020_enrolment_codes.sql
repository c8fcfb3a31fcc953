-- ThreeRings schema 20: a person's first sign-in with a one-time code.
--
-- A person imported or added without a password gets a one-time code from an admin. Until they have
-- chosen their own password, the account's password_hash holds the Argon2id hash of the code and
-- enrol_until says until when it may be used (milliseconds since the epoch; 0 = an ordinary password).
-- The code opens nothing by itself: signing in with it only lets the person choose their password.
ALTER TABLE accounts ADD COLUMN enrol_until INTEGER NOT NULL DEFAULT 0;
