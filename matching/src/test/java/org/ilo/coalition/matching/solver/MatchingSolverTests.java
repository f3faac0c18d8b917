package org.ilo.coalition.matching.solver;

import java.util.Map;
import java.util.stream.Collectors;

import org.ilo.coalition.matching.baseline.GreedyBaseline;
import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.testing.Scoring;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingSolverTests {

	@Test
	void reachesAFeasiblePlanThatMeetsAtLeastAsMuchNeedAsTheGreedyBaselineWithinSeconds() {
		MatchingPlan problem = PlanBuilder.build(InstanceGenerator.generate(InstanceSize.SMALL, 1));
		Map<String, Offer> pinned = problem.getParts()
			.stream()
			.filter((part) -> part.isAccepted())
			.collect(Collectors.toMap(RequestPart::getId, RequestPart::getOffer));
		HardMediumSoftLongScore greedy = Scoring.score(GreedyBaseline.solve(problem.copy()));
		TerminationConfig termination = new TerminationConfig().withSecondsSpentLimit(4L)
			.withUnimprovedMillisecondsSpentLimit(1500L);

		MatchingPlan solved = SolverFactory.<MatchingPlan>create(MatchingSolverConfig.create(termination))
			.buildSolver()
			.solve(problem);

		assertThat(solved.getScore().isFeasible()).isTrue();
		assertThat(PlanChecker.check(solved)).isEmpty();
		assertThat(solved.getScore().mediumScore()).isGreaterThanOrEqualTo(greedy.mediumScore());
		assertThat(solved.getParts().stream().filter(RequestPart::isAssigned).count()).isPositive();
		assertThat(pinned).isNotEmpty();
		solved.getParts()
			.stream()
			.filter(RequestPart::isAccepted)
			.forEach((part) -> assertThat(part.getOffer()).isEqualTo(pinned.get(part.getId())));
	}

	@Test
	void buildsAConfigurationWithTheMatchingDomainAndBavet() {
		var config = MatchingSolverConfig.create(java.time.Duration.ofSeconds(10));

		assertThat(config.getSolutionClass()).isEqualTo(MatchingPlan.class);
		assertThat(config.getEntityClassList()).containsExactly(RequestPart.class);
		assertThat(config.getScoreDirectorFactoryConfig().getConstraintStreamImplType())
			.isEqualTo(org.optaplanner.core.api.score.stream.ConstraintStreamImplType.BAVET);
		assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(java.time.Duration.ofSeconds(10));
	}

}
