package org.ilo.coalition.graph.command;

import java.lang.reflect.Method;

import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which failures of a {@link RetryOnTransientError} method are retried: what Spring Data Neo4j's
 * {@link RetryExceptionPredicate} accepts (deadlocks, lock timeouts and other {@code Neo.TransientError}s except
 * terminated transactions, lost sessions, unavailable servers), and only when the method ran in a transaction of its
 * own. Inside a caller's transaction the caller's transaction is lost already: running the method again would only
 * write into a transaction that is going to roll back. (The retry advice wraps the transaction advice, so when this
 * is asked the method's own transaction has ended and any transaction still active is the caller's.)
 */
public class TransientNeo4jError implements MethodRetryPredicate {

	private final RetryExceptionPredicate transientError = new RetryExceptionPredicate();

	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		return !TransactionSynchronizationManager.isActualTransactionActive() && this.transientError.test(failure);
	}

}
