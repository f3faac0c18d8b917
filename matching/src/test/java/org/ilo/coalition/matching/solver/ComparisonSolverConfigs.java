package org.ilo.coalition.matching.solver;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;

/**
 * The phases that {@link MatchingSolverConfig}'s were compared with (docs/matching.md, Benchmarks). Production never
 * runs them, so they live with the tests and benchmarks that do.
 */
public final class ComparisonSolverConfigs {

	private ComparisonSolverConfigs() {
	}

	/**
	 * First fit decreasing over the parts' difficulty: the most severe needs pick their offer first, each taking the
	 * best-scoring of its eligible offers (or none); kept for comparison with
	 * {@link MatchingSolverConfig#greedyConstruction()}.
	 */
	public static ConstructionHeuristicPhaseConfig constructionHeuristic() {
		return new ConstructionHeuristicPhaseConfig()
			.withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
	}

	/**
	 * Entity tabu search over change and swap moves (both only pick offers from each part's eligible offers, the
	 * entity's own value range): each step takes the best of 1000 evaluated moves even when it is worse, and a
	 * moved part stays put for a while, which walks through the valleys between plans that meet the same need.
	 */
	public static LocalSearchPhaseConfig tabuSearch() {
		return tabuSearch(1000);
	}

	/** Entity tabu search that evaluates {@code acceptedCountLimit} non-tabu moves per step. */
	public static LocalSearchPhaseConfig tabuSearch(int acceptedCountLimit) {
		return new LocalSearchPhaseConfig().withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.3))
			.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCountLimit));
	}

	/** Entity tabu search over repack, change and swap moves. */
	public static LocalSearchPhaseConfig repackTabuSearch(int acceptedCountLimit) {
		return new LocalSearchPhaseConfig().withMoveSelectorConfig(MatchingSolverConfig.repackMoves())
			.withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.3))
			.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCountLimit));
	}

	/** Late acceptance over change and swap moves: many cheap steps, but stuck once its history is flat. */
	public static LocalSearchPhaseConfig lateAcceptance() {
		return new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE);
	}

}
