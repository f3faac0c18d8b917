package org.ilo.coalition.graph.command;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a {@link RetryOnTransientError} method again when it fails with a transient Neo4j error, at most
 * {@code maxAttempts} times in all, waiting an exponentially growing, jittered delay between attempts. It sits outside
 * the transaction, so every attempt is a transaction of its own; inside a caller's transaction it does not retry, as the
 * caller's transaction is already lost.
 */
public class TransientErrorRetry implements MethodInterceptor {

	private static final Logger log = LoggerFactory.getLogger(TransientErrorRetry.class);

	private final Predicate<Throwable> transientError;

	private final int maxAttempts;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	public TransientErrorRetry(Predicate<Throwable> transientError, int maxAttempts, Duration initialBackoff,
			Duration maxBackoff) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
		}
		this.transientError = transientError;
		this.maxAttempts = maxAttempts;
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return invocation.proceed();
		}
		String operation = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
				+ invocation.getMethod().getName();
		for (int attempt = 1;; attempt++) {
			try {
				// A copy, because proceeding consumes the invocation's chain (the transaction interceptor among it).
				MethodInvocation copy = (invocation instanceof org.springframework.aop.ProxyMethodInvocation proxied)
						? proxied.invocableClone() : invocation;
				return copy.proceed();
			}
			catch (Throwable ex) {
				if (attempt >= this.maxAttempts || !this.transientError.test(ex)) {
					throw ex;
				}
				Duration delay = backoff(attempt);
				log.warn("{} failed with a transient error (attempt {} of {}), retrying in {} ms: {}", operation, attempt,
						this.maxAttempts, delay.toMillis(), ex.toString());
				sleep(delay);
			}
		}
	}

	/** The delay after the {@code attempt}-th failure: initial × 2^(attempt-1), capped, with up to 50 % jitter. */
	Duration backoff(int attempt) {
		long base = this.initialBackoff.toMillis() << Math.min(attempt - 1, 20);
		long capped = Math.min(base, this.maxBackoff.toMillis());
		long jitter = capped <= 1 ? 0 : ThreadLocalRandom.current().nextLong(capped / 2 + 1);
		return Duration.ofMillis(capped - jitter);
	}

	private static void sleep(Duration delay) throws InterruptedException {
		if (!delay.isZero()) {
			Thread.sleep(delay.toMillis());
		}
	}

}
