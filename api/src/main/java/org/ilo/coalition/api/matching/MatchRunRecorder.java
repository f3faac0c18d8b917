package org.ilo.coalition.api.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.matching.RunCounts;
import org.ilo.coalition.graph.matching.ScoreValue;
import org.ilo.coalition.graph.matching.SuggestionDraft;
import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.check.Violation;
import org.ilo.coalition.matching.explain.PartExplanation;
import org.ilo.coalition.matching.explain.PlanExplainer;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.RequestPart;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes how a matching run ended: checks the solver's best plan with {@link PlanChecker}, explains it and writes it as
 * suggestions, or marks the run FAILED; the store audits each of these writes. Also measures the solve and explain
 * times and the runs ended. {@link MatchingRuns} decides when; this class only records.
 */
@Component
class MatchRunRecorder {

	private static final Logger log = LoggerFactory.getLogger(MatchRunRecorder.class);

	private final MatchRunStore runs;

	private final SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager;

	private final MeterRegistry meters;

	MatchRunRecorder(MatchRunStore runs, SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager,
			MeterRegistry meters) {
		this.runs = runs;
		this.solutionManager = solutionManager;
		this.meters = meters;
	}

	/**
	 * Checks the solver's best plan and, when no hard rule is broken, explains it and writes it as suggestions of
	 * {@code runId}; otherwise marks the run FAILED and writes nothing.
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
					part.getAmount(), part.getRequest().unit(), part.getRequest().severity(), part.getRequest().deadline(),
					ResultMapper.explanation(explanation)));
		}
		int parts = plan.getParts().size();
		RunCounts counts = new RunCounts(parts, assigned, drafts.size(), parts - assigned);
		ScoreValue score = ResultMapper.score(plan.getScore());
		boolean written = this.runs.complete(runId, score, counts, planned, drafts, ResultMapper.unmet(plan), solveMillis,
				explainMillis);
		log.info("Matching run {}: {} ({} parts, {} assigned, {} suggestions), solved in {} ms, explained in {} ms",
				runId, written ? "completed " + score : "not written (no longer solving)", parts, assigned,
				drafts.size(), solveMillis, explainMillis);
	}

	/** Marks the run FAILED with the failure's first line; never throws, as it runs where the failure is handled. */
	void fail(String runId, Throwable failure) {
		log.error("Matching run {} failed", runId, failure);
		try {
			this.runs.fail(runId, "The run failed: " + failure.getClass().getSimpleName() + " ("
					+ String.valueOf(failure.getMessage()).lines().findFirst().orElse("") + ")");
		}
		catch (RuntimeException ex) {
			log.error("Matching run {} could not be marked FAILED", runId, ex);
		}
	}

	/** Counts a run that ended, by its final status. */
	void ended(MatchRunView run) {
		Counter.builder("coalition.matching.runs.ended").description("Matching runs ended, by final status")
			.tag("status", run.status().name()).register(this.meters).increment();
	}

}
