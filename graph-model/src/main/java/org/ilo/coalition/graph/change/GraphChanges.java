package org.ilo.coalition.graph.change;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts the write transactions this process commits, and keys cached reads by that count, so that no cache ever
 * serves a value read before the latest committed write.
 *
 * <p>Every write of the application goes through Spring's transaction manager ({@code @Transactional} services),
 * which Spring Boot hands every {@link TransactionExecutionListener} bean to; writes that do not (start-up loads) call
 * {@link #changed()} themselves. The count is taken when a key is made, before the value is read: a write that commits
 * while it is being read leaves the value under a count nobody asks for again, and the entry ages out of its cache.
 */
@Component(GraphChanges.KEYS)
public class GraphChanges implements TransactionExecutionListener, KeyGenerator {

	/** The bean name, for {@code @Cacheable(keyGenerator = GraphChanges.KEYS)}. */
	public static final String KEYS = "graphChanges";

	private final AtomicLong generation = new AtomicLong();

	/** A number that grows with every write; equal numbers mean no write was committed in between. */
	public long generation() {
		return this.generation.get();
	}

	/** Marks the graph as changed. */
	public void changed() {
		this.generation.incrementAndGet();
	}

	/** A cache key for a value read from now on, depending on {@code parts}. */
	public Object key(Object... parts) {
		Object[] elements = new Object[parts.length + 1];
		elements[0] = generation();
		System.arraycopy(parts, 0, elements, 1, parts.length);
		return new SimpleKey(elements);
	}

	/** A key of the method and its arguments, for methods that share a cache. */
	@Override
	public Object generate(Object target, Method method, Object... params) {
		Object[] parts = new Object[params.length + 1];
		parts[0] = method.getName();
		System.arraycopy(params, 0, parts, 1, params.length);
		return key(parts);
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
