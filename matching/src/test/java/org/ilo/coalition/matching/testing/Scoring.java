package org.ilo.coalition.matching.testing;

import java.time.Duration;

import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.solver.MatchingSolverConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.SolverFactory;

/** One solver factory and solution manager for all tests of a JVM, since building them costs a few hundred ms. */
public final class Scoring {

	public static final SolverFactory<MatchingPlan> SOLVER_FACTORY = SolverFactory
		.create(MatchingSolverConfig.create(Duration.ofSeconds(5)));

	public static final SolutionManager<MatchingPlan, HardMediumSoftLongScore> SOLUTION_MANAGER = SolutionManager
		.create(SOLVER_FACTORY);

	private Scoring() {
	}

	/** The plan's score as the constraints compute it (the plan's score field is updated too). */
	public static HardMediumSoftLongScore score(MatchingPlan plan) {
		return SOLUTION_MANAGER.update(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
	}

}
