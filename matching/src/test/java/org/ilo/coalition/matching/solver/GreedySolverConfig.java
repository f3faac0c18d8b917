package org.ilo.coalition.matching.solver;

import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** A solver configuration whose only phase is the greedy construction: the benchmark peer, never run in production. */
public final class GreedySolverConfig {

	private GreedySolverConfig() {
	}

	public static SolverConfig create() {
		// No termination needed: a custom phase ends by itself, and there is no local search after it.
		return MatchingSolverConfig.base(new TerminationConfig()).withPhases(MatchingSolverConfig.greedyConstruction());
	}

}
