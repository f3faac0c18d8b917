package org.ilo.coalition.api.matching;

import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.solver.MatchingSolverConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OptaPlanner beans (optaplanner-spring-boot-starter does not work on Boot 4). The factory's own termination is
 * the maximum time limit; each run's shorter limit is enforced by {@link MatchingRuns}, which terminates the job early.
 * The solver manager solves one run at a time on this 2-core class of machine (OptaPlanner's AUTO parallel count);
 * further runs wait QUEUED.
 */
@Configuration(proxyBeanMethods = false)
public class MatchingSolverConfiguration {

	@Bean
	SolverFactory<MatchingPlan> matchingSolverFactory(MatchingProperties properties) {
		return SolverFactory.create(MatchingSolverConfig.create(properties.maxTimeLimit()));
	}

	@Bean(destroyMethod = "close")
	SolverManager<MatchingPlan, String> matchingSolverManager(SolverFactory<MatchingPlan> solverFactory) {
		return SolverManager.create(solverFactory);
	}

	@Bean
	SolutionManager<MatchingPlan, HardMediumSoftLongScore> matchingSolutionManager(
			SolverFactory<MatchingPlan> solverFactory) {
		return SolutionManager.create(solverFactory);
	}

}
