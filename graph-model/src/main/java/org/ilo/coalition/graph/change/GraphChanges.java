package org.ilo.coalition.graph.change;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts the write transactions this process commits, so that caches of graph reads can tell whether what they hold
 * may be out of date.
 *
 * <p>Every write of the application goes through Spring's transaction manager ({@code @Transactional} services),
 * which Spring Boot hands every {@link TransactionExecutionListener} bean to; writes that do not (start-up loads) call
 * {@link #changed()} themselves.
 */
@Component
public class GraphChanges implements TransactionExecutionListener {

	private final AtomicLong generation = new AtomicLong();

	/** A number that grows with every write; equal numbers mean no write was committed in between. */
	public long generation() {
		return this.generation.get();
	}

	/** Marks the graph as changed. */
	public void changed() {
		this.generation.incrementAndGet();
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		// A commit that failed may still have been applied (a connection lost during the commit leaves the outcome
		// unknown), so it counts as a change too.
		if (!transaction.isReadOnly()) {
			changed();
		}
	}

}
