-- ThreeRings schema 13: password hashes leave the outbox. The outbox is what replication and the audit
-- export read; a hash, even an Argon2id one, is a secret there. New changes never hold one (RowShape leaves
-- secret columns out); this takes it out of the changes already recorded.
UPDATE outbox SET fields = json_remove(fields, '$.password_hash') WHERE fields LIKE '%"password_hash"%';
