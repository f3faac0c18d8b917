package org.ilo.coalition.graph.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.resilience.annotation.Retryable;

/**
 * Marks a {@code @Transactional} write that is safe to run again after a transient Neo4j error (deadlock, lock
 * timeout, lost connection): Spring's {@link Retryable} runs it again outside its transaction, so every attempt is a
 * fresh transaction, at most {@code coalition.neo4j.retry.max-attempts} (3) times in all, after 50 ms, 100 ms, ...
 * (capped at 1 s, with jitter). Which errors count is {@link TransientNeo4jError}'s decision.
 *
 * <p>Only for writes whose repetition cannot duplicate anything even when the first attempt did commit before the
 * connection broke: changes guarded by an optimistic {@code version} check or by a state check (the repetition then
 * fails with a conflict instead of writing twice), and creations protected by a unique constraint, including the
 * client's {@link IdempotencyKey} (a repetition returns the first object). Creations with a server-generated id and no
 * key must not carry it. See {@code docs/architecture.md}, "Retries".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
// maxRetries counts the attempts after the first, the property all attempts (as it always has).
@Retryable(predicate = TransientNeo4jError.class, maxRetriesString = "#{${coalition.neo4j.retry.max-attempts:3} - 1}",
		delay = 50, multiplier = 2, maxDelay = 1000, jitter = 25)
public @interface RetryOnTransientError {

}
