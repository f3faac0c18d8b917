package org.ilo.coalition.matching.baseline;

import java.util.List;

import org.ilo.coalition.matching.solver.MatchingSolverConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** A solver configuration whose only phase is the greedy baseline, for benchmarks. */
public final class GreedySolverConfig {

	private GreedySolverConfig() {
	}

	public static SolverConfig create() {
		// No termination needed: a custom phase ends by itself, and there is no local search after it.
		return MatchingSolverConfig.base(new TerminationConfig())
			.withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyPhaseCommand.class)));
	}

}
