package org.ilo.coalition.graph.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Transactional} write that is safe to run again after a transient Neo4j error (deadlock, lock
 * timeout, lost connection): a fresh transaction is started for each attempt, bounded and with backoff.
 *
 * <p>Only for writes whose repetition cannot duplicate anything even when the first attempt did commit before the
 * connection broke: changes guarded by an optimistic {@code version} check or by a state check (the repetition then
 * fails with a conflict instead of writing twice), and creations protected by a unique constraint. Plain creations
 * with a server-generated id must not carry it. See {@code docs/architecture.md}, "Retries".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RetryOnTransientError {

}
