package org.ilo.coalition.matching.solver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.ilo.coalition.matching.constraint.MatchingConstraintProvider;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.RequestPart;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Builds the solver configuration of the matching engine, for {@code SolverFactory.create(...)} in the api module and
 * for tests and benchmarks. The configurations tried for comparison (first fit decreasing, tabu search, plain late
 * acceptance) are in the test sources ({@code ComparisonSolverConfigs}): production never runs them.
 */
public final class MatchingSolverConfig {

	private MatchingSolverConfig() {
	}

	/** Solve until the time limit, or earlier when the best score has not improved for a fifth of it. */
	public static SolverConfig create(Duration spentLimit) {
		Objects.requireNonNull(spentLimit, "spentLimit");
		Duration unimproved = spentLimit.dividedBy(5);
		return create(new TerminationConfig().withSpentLimit(spentLimit)
			.withUnimprovedSpentLimit(unimproved.isZero() ? spentLimit : unimproved));
	}

	/** The full solver (greedy construction, then local search) with the given termination. */
	public static SolverConfig create(TerminationConfig termination) {
		return create(termination, localSearch());
	}

	/** The greedy construction, then the given local search. */
	public static SolverConfig create(TerminationConfig termination, LocalSearchPhaseConfig localSearch) {
		return base(termination).withPhases(greedyConstruction(), localSearch);
	}

	/**
	 * The construction: parts in decreasing difficulty (most severe need first, {@code PartDifficultyComparator}),
	 * each on its best eligible offer with room left, tightest fit first ({@code GreedyMatcher}). OptaPlanner's first
	 * fit decreasing over the same order (now in the test sources) picks by score instead of fit and left 0.6% (2,000
	 * parts) to 0.4% (20,000 parts) more need unmet, which local search then had to win back first (docs/matching.md,
	 * Benchmarks).
	 */
	public static CustomPhaseConfig greedyConstruction() {
		return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyPhaseCommand.class));
	}

	/** Solution class, entity class, constraints and termination, without phases (callers add their own). */
	public static SolverConfig base(TerminationConfig termination) {
		return new SolverConfig().withSolutionClass(MatchingPlan.class)
			.withEntityClasses(RequestPart.class)
			.withConstraintProviderClass(MatchingConstraintProvider.class)
			// Bavet explicitly: with no type set, OptaPlanner would pick Drools if it ever came back on the class path.
			.withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
			.withTerminationConfig(Objects.requireNonNull(termination, "termination"));
	}

	/**
	 * The local search of {@link #create}: late acceptance over repack, change and swap moves; docs/matching.md
	 * compares it with tabu search and late acceptance over change and swap moves alone (test sources).
	 */
	public static LocalSearchPhaseConfig localSearch() {
		return repackLateAcceptance(LATE_ACCEPTANCE_SIZE);
	}

	/**
	 * The late acceptance size of {@link #localSearch()}: on 2,000/1,000 in 20 s, sizes 30, 100, 400 and 2,000 left
	 * 8.19%, 8.71%, 8.55% and 7.20% less need unmet than greedy; on 20,000/5,000 in 60 s, 100 reached 5.36% where 400
	 * reached 4.03% (docs/matching.md).
	 */
	public static final int LATE_ACCEPTANCE_SIZE = 100;

	/**
	 * Late acceptance over repack moves ({@link RepackMoveIteratorFactory}) mixed with change and swap moves: a repack
	 * frees room and refills it in one move, so the search no longer has to take a worse step first.
	 */
	public static LocalSearchPhaseConfig repackLateAcceptance(int lateAcceptanceSize) {
		return new LocalSearchPhaseConfig().withMoveSelectorConfig(repackMoves())
			.withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
			.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
	}

	/** Repack moves, change moves and swap moves, drawn at random with the given weights. */
	public static UnionMoveSelectorConfig repackMoves() {
		MoveIteratorFactoryConfig repack = new MoveIteratorFactoryConfig()
			.withMoveIteratorFactoryClass(RepackMoveIteratorFactory.class);
		repack.setFixedProbabilityWeight(1.0);
		ChangeMoveSelectorConfig change = new ChangeMoveSelectorConfig();
		change.setFixedProbabilityWeight(1.0);
		SwapMoveSelectorConfig swap = new SwapMoveSelectorConfig();
		swap.setFixedProbabilityWeight(1.0);
		return new UnionMoveSelectorConfig(List.of(repack, change, swap));
	}

}
