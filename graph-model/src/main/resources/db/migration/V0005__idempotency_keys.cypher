// Idempotency keys of creations (defect 7): one node per caller, mutation and client-chosen key, written in the
// creation's own transaction. The unique constraint makes concurrent creations with one key wait for the first and
// find its node (MERGE) instead of creating twice; the createdAt index serves the removal of expired keys.
CREATE CONSTRAINT idempotency_key_scope_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE (n.scope, n.key) IS UNIQUE;
CREATE INDEX idempotency_key_created IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.createdAt);
