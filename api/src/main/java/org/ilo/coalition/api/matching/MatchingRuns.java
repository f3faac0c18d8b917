package org.ilo.coalition.api.matching;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchScope;
import org.ilo.coalition.graph.matching.MatchingDataReader;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * Runs matching: records a QUEUED run (the store refuses one whose scope overlaps an active run's), solves it
 * asynchronously with the {@link SolverManager} within its time limit, streams its progress, and hands the best plan or
 * the failure to {@link MatchRunRecorder}; a cancelled run records nothing. The solver manager solves one run at a
 * time; runs started meanwhile stay QUEUED until their turn.
 */
@Service
public class MatchingRuns {

	private static final Logger log = LoggerFactory.getLogger(MatchingRuns.class);

	private final MatchRunStore runs;

	private final MatchingDataReader reader;

	private final SolverManager<MatchingPlan, String> solverManager;

	private final MatchRunRecorder recorder;

	private final MatchingProperties properties;

	private final Map<String, LiveRun> live = new ConcurrentHashMap<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "matching-time-limit");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopping;

	MatchingRuns(MatchRunStore runs, MatchingDataReader reader, SolverManager<MatchingPlan, String> solverManager,
			MatchRunRecorder recorder, MatchingProperties properties, MeterRegistry meters) {
		this.runs = runs;
		this.reader = reader;
		this.solverManager = solverManager;
		this.recorder = recorder;
		this.properties = properties;
		// The queue's own gauge; what a run's end records is measured by the recorder.
		Gauge.builder("coalition.matching.runs.active", this.live, Map::size)
			.description("Matching runs queued or solving in this process")
			.register(meters);
	}

	/**
	 * Records a QUEUED run and hands it to the solver; returns at once.
	 * @throws BadRequestException when the time limit is out of range
	 * @throws org.ilo.coalition.graph.command.ConflictException when an active run's scope overlaps
	 */
	public MatchRunView start(Actor actor, MatchScope scope, Integer timeLimitSeconds) {
		int limit = timeLimit(timeLimitSeconds);
		MatchRunView run = this.runs.start(actor, scope, limit);
		LiveRun liveRun = new LiveRun(run.id(), scope, limit);
		this.live.put(run.id(), liveRun);
		liveRun.emit(run);
		try {
			this.solverManager.solveAndListen(run.id(), (id) -> load(liveRun), (best) -> improved(liveRun, best),
					(best) -> solved(liveRun, best), (id, failure) -> failed(liveRun, failure));
		}
		catch (RuntimeException ex) {
			// Not handed to the solver (shutting down, say): do not leave the run QUEUED.
			failed(liveRun, ex);
			throw ex;
		}
		return run;
	}

	/**
	 * Cancels a queued or solving run: nothing it found is written.
	 * @throws NotFoundException when there is no such run
	 * @throws org.ilo.coalition.graph.command.ConflictException when it already ended
	 */
	public MatchRunView cancel(Actor actor, String runId) {
		MatchRunView cancelled = this.runs.cancel(actor, runId);
		LiveRun liveRun = this.live.get(runId);
		if (liveRun != null) {
			liveRun.cancelled = true;
			this.solverManager.terminateEarly(runId);
			finish(liveRun);
		}
		return cancelled;
	}

	/** The run as stored, with the live best score while it solves. */
	public Optional<MatchRunView> find(String runId) {
		return this.runs.findById(runId).map(this::withLiveScore);
	}

	public MatchRunView withLiveScore(MatchRunView run) {
		LiveRun liveRun = this.live.get(run.id());
		if (liveRun != null && run.status().isActive() && liveRun.best != null) {
			return run.withBestScore(liveRun.best);
		}
		return run;
	}

	/**
	 * The run's states from now on: its current state, every improvement of the best score, then its final state, then
	 * the end of the stream; a run that has ended gives its final state only.
	 * @throws NotFoundException when there is no such run
	 */
	public Flux<MatchRunView> progress(String runId) {
		LiveRun liveRun = this.live.get(runId);
		if (liveRun != null) {
			return liveRun.sink.asFlux();
		}
		MatchRunView run = this.runs.findById(runId).orElseThrow(() -> new NotFoundException("runId", "matching run", runId));
		return Flux.just(run);
	}

	/** Whether any run is queued or solving in this application (tests wait for this). */
	public boolean isIdle() {
		return this.live.isEmpty();
	}

	@PreDestroy
	void stop() {
		// Runs still solving are left SOLVING in the graph and marked FAILED at the next start.
		this.stopping = true;
		this.timer.shutdownNow();
	}

	private int timeLimit(Integer seconds) {
		long max = this.properties.maxTimeLimit().toSeconds();
		if (seconds == null) {
			return (int) this.properties.defaultTimeLimit().toSeconds();
		}
		if (seconds < 1 || seconds > max) {
			throw new BadRequestException("input.timeLimitSeconds", "must be between 1 and " + max + ", was " + seconds);
		}
		return seconds;
	}

	// On the solver thread, when the run's turn comes.
	private MatchingPlan load(LiveRun liveRun) {
		if (liveRun.cancelled || !this.runs.markSolving(liveRun.id)) {
			throw new IllegalStateException("Run " + liveRun.id + " was cancelled before it started");
		}
		long started = System.nanoTime();
		ProblemMapper.Mapped mapped = ProblemMapper.map(this.reader.read(liveRun.scope, LocalDate.now(ZoneOffset.UTC)));
		MatchingPlan plan = PlanBuilder.build(mapped.problem());
		liveRun.planned = mapped.plannedRequestIds();
		log.info("Matching run {}: {} requests, {} offers, {} parts, loaded in {} ms", liveRun.id,
				mapped.problem().requests().size(), mapped.problem().offers().size(), plan.getParts().size(),
				(System.nanoTime() - started) / 1_000_000);
		this.runs.findById(liveRun.id).ifPresent(liveRun::emit);
		liveRun.solvingSince = System.nanoTime();
		liveRun.deadline = this.timer.schedule(() -> this.solverManager.terminateEarly(liveRun.id), liveRun.timeLimit,
				TimeUnit.SECONDS);
		return plan;
	}

	private void improved(LiveRun liveRun, MatchingPlan best) {
		if (best.getScore() == null || liveRun.finished.get()) {
			return;
		}
		liveRun.best = ResultMapper.score(best.getScore());
		MatchRunView current = liveRun.current;
		if (current != null && current.status().isActive()) {
			liveRun.emit(current.withBestScore(liveRun.best));
		}
	}

	// On the solver thread, once the solver stopped (time limit, no improvement, or terminated early).
	private void solved(LiveRun liveRun, MatchingPlan plan) {
		try {
			if (liveRun.cancelled || this.stopping) {
				return;
			}
			long solveMillis = (System.nanoTime() - liveRun.solvingSince) / 1_000_000;
			this.recorder.record(liveRun.id, liveRun.planned, plan, solveMillis);
		}
		catch (RuntimeException ex) {
			this.recorder.fail(liveRun.id, ex);
		}
		finally {
			finish(liveRun);
		}
	}

	/**
	 * Records how the run ended from {@code plan}: suggestions, or FAILED when the plan breaks a hard rule.
	 * Package-private so that tests can hand it a plan the solver would never return.
	 */
	void record(String runId, Set<String> planned, MatchingPlan plan, long solveMillis) {
		this.recorder.record(runId, planned, plan, solveMillis);
	}

	private void failed(LiveRun liveRun, Throwable failure) {
		try {
			if (!liveRun.cancelled && !this.stopping) {
				this.recorder.fail(liveRun.id, failure);
			}
		}
		finally {
			finish(liveRun);
		}
	}

	// Publishes the final state and ends the stream, once.
	private void finish(LiveRun liveRun) {
		if (!liveRun.finished.compareAndSet(false, true)) {
			return;
		}
		if (liveRun.deadline != null) {
			liveRun.deadline.cancel(false);
		}
		this.live.remove(liveRun.id);
		try {
			if (!this.stopping) {
				this.runs.findById(liveRun.id).ifPresent((run) -> {
					liveRun.emit(run);
					this.recorder.ended(run);
				});
			}
		}
		catch (RuntimeException ex) {
			log.warn("Final state of matching run {} could not be read", liveRun.id, ex);
		}
		finally {
			liveRun.complete();
		}
	}

}
