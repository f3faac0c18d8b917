package org.ilo.coalition.api.startup;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Closed while the graph is being initialized (migrations, reference data, demo data, catalog) beside the rest of the
 * application, open once it is done: requests wait at the gate, for a bounded time, instead of seeing a graph that is
 * only half initialized. A failed initialization leaves the gate failed for good.
 */
public final class StartupGate {

	/** Where the initialization stands. */
	public enum State {

		STARTING, READY, FAILED

	}

	private final CompletableFuture<Void> done = new CompletableFuture<>();

	private final CompletableFuture<Void> schemaReady = new CompletableFuture<>();

	/** Opens the gate: the graph is initialized. */
	public void open() {
		this.schemaReady.complete(null);
		this.done.complete(null);
	}

	/**
	 * Says, before the gate opens, that the schema is in place and the data is what earlier starts left (a restart):
	 * read statements may be planned already, though their results must not be served.
	 */
	public void schemaReady() {
		this.schemaReady.complete(null);
	}

	/** Fails the gate for good: the graph could not be initialized. */
	public void fail(Throwable failure) {
		this.schemaReady.completeExceptionally(failure);
		this.done.completeExceptionally(failure);
	}

	public State state() {
		if (!this.done.isDone()) {
			return State.STARTING;
		}
		return this.done.isCompletedExceptionally() ? State.FAILED : State.READY;
	}

	/** Why the initialization failed, or null while it has not. */
	public Throwable failure() {
		if (state() != State.FAILED) {
			return null;
		}
		try {
			this.done.join();
			return null;
		}
		catch (RuntimeException ex) {
			return (ex.getCause() != null) ? ex.getCause() : ex;
		}
	}

	/**
	 * Waits until the gate opens or fails, at most {@code timeout}; returns the state then ({@link State#STARTING}
	 * when the time ran out).
	 */
	public State await(Duration timeout) throws InterruptedException {
		try {
			this.done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			// the state tells which
		}
		return state();
	}

	/**
	 * Runs {@code action} once the schema is ready ({@link #schemaReady()}, or at the latest when the gate opens);
	 * never if the initialization fails before.
	 */
	public void whenSchemaReady(Runnable action) {
		this.schemaReady.thenRun(action);
	}

	/** Runs {@code action} once the gate is open (at once if it is); never if the initialization fails. */
	public void whenReady(Runnable action) {
		this.done.thenRun(action);
	}

}
