package org.ilo.coalition.graph.command;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientErrorRetryTests {

	private final TransientErrorRetry retry = new TransientErrorRetry(new RetryExceptionPredicate(), 3,
			Duration.ofMillis(1), Duration.ofMillis(4));

	@Test
	void runsAgainAfterATransientErrorUntilItSucceeds() throws Throwable {
		AtomicInteger calls = new AtomicInteger();

		Object result = this.retry.invoke(invocation(() -> {
			if (calls.incrementAndGet() < 3) {
				throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
			}
			return "done";
		}));

		assertThat(result).isEqualTo("done");
		assertThat(calls).hasValue(3);
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		AtomicInteger calls = new AtomicInteger();

		assertThatThrownBy(() -> this.retry.invoke(invocation(() -> {
			calls.incrementAndGet();
			throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
		}))).isInstanceOf(TransientException.class);
		assertThat(calls).hasValue(3);
	}

	@Test
	void doesNotRetryOtherErrorsNorTerminatedTransactions() {
		AtomicInteger calls = new AtomicInteger();

		assertThatThrownBy(() -> this.retry.invoke(invocation(() -> {
			calls.incrementAndGet();
			throw new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timeout");
		}))).isInstanceOf(ClientException.class);
		// As Neo4jClient hands it over: translated, the driver's error as the cause.
		assertThatThrownBy(() -> this.retry.invoke(invocation(() -> {
			calls.incrementAndGet();
			throw new TransientDataAccessResourceException("terminated",
					new TransientException("Neo.TransientError.Transaction.Terminated", "terminated"));
		}))).isInstanceOf(TransientDataAccessResourceException.class);
		assertThat(calls).hasValue(2);
	}

	@Test
	void backsOffExponentiallyUpToTheCapWithJitter() {
		TransientErrorRetry slow = new TransientErrorRetry(new RetryExceptionPredicate(), 5, Duration.ofMillis(50),
				Duration.ofSeconds(1));

		assertThat(slow.backoff(1)).isBetween(Duration.ofMillis(25), Duration.ofMillis(50));
		assertThat(slow.backoff(3)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
		assertThat(slow.backoff(30)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
	}

	private interface Work {

		Object run() throws Throwable;

	}

	private static MethodInvocation invocation(Work work) {
		return new MethodInvocation() {
			@Override
			public Method getMethod() {
				try {
					return Object.class.getMethod("toString");
				}
				catch (NoSuchMethodException ex) {
					throw new IllegalStateException(ex);
				}
			}

			@Override
			public Object[] getArguments() {
				return new Object[0];
			}

			@Override
			public Object proceed() throws Throwable {
				return work.run();
			}

			@Override
			public Object getThis() {
				return null;
			}

			@Override
			public AccessibleObject getStaticPart() {
				return getMethod();
			}
		};
	}

}
