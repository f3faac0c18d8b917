package org.ilo.coalition.matching.solver;

import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped solver under {@link EnvironmentMode#FULL_ASSERT}: after every move OptaPlanner recomputes the score from
 * scratch and compares it with the incremental one, and checks that undo moves restore the score. Catches a stale
 * filter or join in the constraint streams and a repack move that misreports what it changed.
 */
class IncrementalScoreTests {

	@Test
	void incrementalScoreMatchesAFullRecalculationOnEveryMove() {
		MatchingPlan problem = PlanBuilder.build(InstanceGenerator.generate(InstanceSize.SMALL, 3));
		var config = MatchingSolverConfig.create(new TerminationConfig().withSecondsSpentLimit(6L))
			.withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

		MatchingPlan solved = SolverFactory.<MatchingPlan>create(config).buildSolver().solve(problem);

		assertThat(solved.getScore().isFeasible()).isTrue();
		assertThat(PlanChecker.check(solved)).isEmpty();
	}

	@Test
	void incrementalScoreOfChangeAndSwapMovesMatchesAFullRecalculation() {
		MatchingPlan problem = PlanBuilder.build(InstanceGenerator.generate(InstanceSize.SMALL, 4));
		var config = MatchingSolverConfig
			.create(new TerminationConfig().withSecondsSpentLimit(4L), ComparisonSolverConfigs.lateAcceptance())
			.withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

		MatchingPlan solved = SolverFactory.<MatchingPlan>create(config).buildSolver().solve(problem);

		assertThat(PlanChecker.check(solved)).isEmpty();
	}

}
