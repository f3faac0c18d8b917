package org.ilo.coalition.graph.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wiring of {@link RetryOnTransientError} as the services use it: with {@code @Transactional} on the same method,
 * in a context with transaction management and {@link RetryConfiguration}.
 */
class RetryOnTransientErrorTests {

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Wiring.class);

	private final Writer writer = this.context.getBean(Writer.class);

	// The writer's state lives outside it: the fields of a class-based proxy are not the target's.
	private final Calls calls = this.context.getBean(Calls.class);

	private final CountingTransactionManager transactions = this.context.getBean(CountingTransactionManager.class);

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void runsEachAttemptInATransactionOfItsOwnUntilItSucceeds() {
		this.calls.failures.addAll(List.of(deadlock(), deadlock()));

		assertThat(this.writer.write()).isEqualTo("done");

		assertThat(this.calls.count).hasValue(3);
		assertThat(this.calls.inTransaction).containsExactly(true, true, true);
		assertThat(this.transactions.begun).hasValue(3);
		assertThat(this.transactions.rolledBack).hasValue(2);
	}

	@Test
	void givesUpAfterThreeAttempts() {
		this.calls.failures.addAll(List.of(deadlock(), deadlock(), deadlock(), deadlock()));

		assertThatThrownBy(this.writer::write).isInstanceOf(TransientException.class);

		assertThat(this.calls.count).hasValue(3);
	}

	@Test
	void doesNotRetryOtherErrorsNorTerminatedTransactions() {
		this.calls.failures.add(new ClientException("Neo.ClientError.Statement.SyntaxError", "syntax"));
		assertThatThrownBy(this.writer::write).isInstanceOf(ClientException.class);

		// As Neo4jClient hands it over: translated, the driver's error as the cause.
		this.calls.failures.add(new TransientDataAccessResourceException("terminated",
				new TransientException("Neo.TransientError.Transaction.Terminated", "terminated")));
		assertThatThrownBy(this.writer::write).isInstanceOf(TransientDataAccessResourceException.class);

		assertThat(this.calls.count).hasValue(2);
	}

	@Test
	void doesNotRetryInsideACallersTransaction() {
		this.calls.failures.addAll(List.of(deadlock(), deadlock()));
		TransactionTemplate caller = new TransactionTemplate(this.transactions);

		assertThatThrownBy(() -> caller.executeWithoutResult((status) -> this.writer.write()))
			.isInstanceOf(TransientException.class);

		assertThat(this.calls.count).hasValue(1);
		assertThat(this.transactions.begun).hasValue(1);
	}

	private static TransientException deadlock() {
		return new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement(proxyTargetClass = true)
	@Import(RetryConfiguration.class)
	static class Wiring {

		@Bean
		CountingTransactionManager transactionManager() {
			return new CountingTransactionManager();
		}

		@Bean
		Calls calls() {
			return new Calls();
		}

		@Bean
		Writer writer(Calls calls) {
			return new Writer(calls);
		}

	}

	static class Calls {

		final List<RuntimeException> failures = new ArrayList<>();

		final List<Boolean> inTransaction = new ArrayList<>();

		final AtomicInteger count = new AtomicInteger();

	}

	static class Writer {

		private final Calls calls;

		Writer(Calls calls) {
			this.calls = calls;
		}

		@Transactional
		@RetryOnTransientError
		public String write() {
			this.calls.count.incrementAndGet();
			this.calls.inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
			if (!this.calls.failures.isEmpty()) {
				throw this.calls.failures.remove(0);
			}
			return "done";
		}

	}

	/** Counts the transactions begun and rolled back; one resource per thread marks a transaction in progress. */
	static class CountingTransactionManager extends AbstractPlatformTransactionManager {

		final AtomicInteger begun = new AtomicInteger();

		final AtomicInteger rolledBack = new AtomicInteger();

		@Override
		protected Object doGetTransaction() {
			return new Object[] { TransactionSynchronizationManager.getResource(this) };
		}

		@Override
		protected boolean isExistingTransaction(Object transaction) {
			return ((Object[]) transaction)[0] != null;
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			this.begun.incrementAndGet();
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			this.rolledBack.incrementAndGet();
		}

		@Override
		protected void doSetRollbackOnly(DefaultTransactionStatus status) {
		}

		@Override
		protected void doCleanupAfterCompletion(Object transaction) {
			TransactionSynchronizationManager.unbindResource(this);
		}

	}

}
