package org.ilo.coalition.api.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.MatchScope;
import org.ilo.coalition.graph.matching.MatchingDataReader;
import org.ilo.coalition.graph.matching.RunCounts;
import org.ilo.coalition.graph.matching.ScoreValue;
import org.ilo.coalition.graph.matching.SuggestionDraft;
import org.ilo.coalition.graph.matching.SuggestionExplanation;
import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.check.Violation;
import org.ilo.coalition.matching.explain.Alternative;
import org.ilo.coalition.matching.explain.PartExplanation;
import org.ilo.coalition.matching.explain.PlanExplainer;
import org.ilo.coalition.matching.explain.Reason;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.RequestPart;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Runs matching: records a run, solves it asynchronously with the {@link SolverManager}, streams its progress, checks
 * the best plan with {@link PlanChecker}, explains it and writes it as suggestions, or marks the run FAILED or
 * CANCELLED. The solver manager solves one run at a time; runs started meanwhile stay QUEUED until their turn.
 */
@Service
public class MatchingRuns {

	private static final Logger log = LoggerFactory.getLogger(MatchingRuns.class);

	private final MatchRunStore runs;

	private final MatchingDataReader reader;

	private final SolverManager<MatchingPlan, String> solverManager;

	private final SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager;

	private final MatchingProperties properties;

	private final Map<String, LiveRun> live = new ConcurrentHashMap<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "matching-time-limit");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopping;

	private final MeterRegistry meters;

	public MatchingRuns(MatchRunStore runs, MatchingDataReader reader, SolverManager<MatchingPlan, String> solverManager,
			SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager, MatchingProperties properties,
			MeterRegistry meters) {
		this.runs = runs;
		this.reader = reader;
		this.solverManager = solverManager;
		this.solutionManager = solutionManager;
		this.properties = properties;
		this.meters = meters;
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
		liveRun.best = score(best.getScore());
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
			record(liveRun.id, liveRun.planned, plan, (System.nanoTime() - liveRun.solvingSince) / 1_000_000);
		}
		catch (RuntimeException ex) {
			failWith(liveRun, ex);
		}
		finally {
			finish(liveRun);
		}
	}

	/**
	 * Checks the solver's best plan and, when no hard rule is broken, explains it and writes it as suggestions of
	 * {@code runId}; otherwise marks the run FAILED and writes nothing. Package-private so that tests can hand it a
	 * plan the solver would never return.
	 */
	void record(String runId, Set<String> planned, MatchingPlan plan, long solveMillis) {
		if (plan.getScore() == null) {
			this.solutionManager.update(plan);
		}
		List<Violation> violations = PlanChecker.check(plan);
		if (!violations.isEmpty()) {
			log.error("Matching run {}: the plan checker found {} violations, first {}", runId, violations.size(),
					violations.get(0));
			this.runs.fail(runId, "The plan checker found " + violations.size()
					+ " broken hard rules in the solver's plan, first: " + violations.get(0).rule() + " ("
					+ violations.get(0).message() + "); nothing was written");
			return;
		}
		long explainStarted = System.nanoTime();
		Map<String, PartExplanation> explanations = new HashMap<>();
		for (PartExplanation explanation : new PlanExplainer(this.solutionManager).explain(plan)) {
			explanations.put(explanation.partId(), explanation);
		}
		long explainMillis = (System.nanoTime() - explainStarted) / 1_000_000;
		Timer.builder("coalition.matching.solve").description("Time a matching run solved, until its best plan")
			.register(this.meters).record(Duration.ofMillis(solveMillis));
		Timer.builder("coalition.matching.explain").description("Time to explain a run's plan")
			.register(this.meters).record(Duration.ofMillis(explainMillis));
		List<SuggestionDraft> drafts = new ArrayList<>();
		int assigned = 0;
		for (RequestPart part : plan.getParts()) {
			if (part.getOffer() == null) {
				continue;
			}
			assigned++;
			if (part.isAccepted()) {
				continue;
			}
			PartExplanation explanation = explanations.get(part.getId());
			if (explanation == null) {
				this.runs.fail(runId, "Part " + part.getId() + " has no explanation; nothing was written");
				return;
			}
			drafts.add(new SuggestionDraft(part.getRequest().id(), part.getOffer().id(), part.getPartner().id(),
					part.getAmount(), part.getRequest().unit(), explanation(explanation)));
		}
		int parts = plan.getParts().size();
		RunCounts counts = new RunCounts(parts, assigned, drafts.size(), parts - assigned);
		ScoreValue score = score(plan.getScore());
		boolean written = this.runs.complete(runId, score, counts, planned, drafts, solveMillis,
				explainMillis);
		log.info("Matching run {}: {} ({} parts, {} assigned, {} suggestions), solved in {} ms, explained in {} ms",
				runId, written ? "completed " + score : "not written (no longer solving)", parts, assigned,
				drafts.size(), solveMillis, explainMillis);
	}

	private void failed(LiveRun liveRun, Throwable failure) {
		try {
			if (!liveRun.cancelled && !this.stopping) {
				failWith(liveRun, failure);
			}
		}
		finally {
			finish(liveRun);
		}
	}

	private void failWith(LiveRun liveRun, Throwable failure) {
		log.error("Matching run {} failed", liveRun.id, failure);
		try {
			this.runs.fail(liveRun.id, "The run failed: " + failure.getClass().getSimpleName() + " ("
					+ String.valueOf(failure.getMessage()).lines().findFirst().orElse("") + ")");
		}
		catch (RuntimeException ex) {
			log.error("Matching run {} could not be marked FAILED", liveRun.id, ex);
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
					Counter.builder("coalition.matching.runs.ended").description("Matching runs ended, by final status")
						.tag("status", run.status().name()).register(this.meters).increment();
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

	private static ScoreValue score(HardMediumSoftLongScore score) {
		return score == null ? null : new ScoreValue(score.hardScore(), score.mediumScore(), score.softScore());
	}

	static SuggestionExplanation explanation(PartExplanation explanation) {
		List<SuggestionExplanation.Reason> reasons = new ArrayList<>();
		for (Reason reason : explanation.reasons()) {
			reasons.add(new SuggestionExplanation.Reason(reason.constraint(), score(reason.impact()), reason.sentence()));
		}
		Alternative next = explanation.nextBest();
		return new SuggestionExplanation(score(explanation.impact()), reasons,
				next == null ? null
						: new SuggestionExplanation.Alternative(next.offerId(), next.partnerId(),
								score(next.scoreDifference()), next.sentence()));
	}

	/** What this application knows of a run while it is queued or solving. */
	private static final class LiveRun {

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

}
