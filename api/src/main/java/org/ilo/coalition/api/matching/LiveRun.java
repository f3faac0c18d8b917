package org.ilo.coalition.api.matching;

import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchScope;
import org.ilo.coalition.graph.matching.ScoreValue;
import reactor.core.publisher.Sinks;

/**
 * What this application knows of a run while it is queued or solving, and the stream its states are published on;
 * {@link MatchingRuns} keeps one per active run. Fields are volatile as the solver, timer and request threads share
 * them.
 */
final class LiveRun {

	final String id;

	final MatchScope scope;

	final int timeLimit;

	final Sinks.Many<MatchRunView> sink = Sinks.many().replay().latest();

	final AtomicBoolean finished = new AtomicBoolean();

	volatile boolean cancelled;

	volatile ScoreValue best;

	volatile Set<String> planned = Set.of();

	volatile long solvingSince = System.nanoTime();

	volatile ScheduledFuture<?> deadline;

	volatile MatchRunView current;

	LiveRun(String id, MatchScope scope, int timeLimit) {
		this.id = id;
		this.scope = scope;
		this.timeLimit = timeLimit;
	}

	synchronized void emit(MatchRunView run) {
		this.current = run;
		this.sink.tryEmitNext(run);
	}

	synchronized void complete() {
		this.sink.tryEmitComplete();
	}

}
