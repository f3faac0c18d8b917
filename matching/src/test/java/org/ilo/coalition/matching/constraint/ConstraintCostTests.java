package org.ilo.coalition.matching.constraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ilo.coalition.matching.baseline.GreedyBaseline;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.solver.ComparisonSolverConfigs;
import org.ilo.coalition.matching.solver.MatchingSolverConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * What each constraint costs: the score calculation speed of late acceptance over change and swap moves, from the
 * greedy plan, with the full constraint set and with each constraint left out in turn. Opt-in and CPU heavy:
 *
 * <pre>
 * mvn -q -B -o -pl matching test -Dtest=ConstraintCostTests -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmatching.cost=MEDIUM [-Dmatching.cost.seconds=8] [-Dmatching.cost.only=true]
 * mvn -q -B -o -pl matching test -Dtest='ConstraintCostTests#baselineAgainstCurrentStreams' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dmatching.cost=MEDIUM -Dmatching.cost.seconds=10 -Dmatching.cost.rounds=3
 * </pre>
 */
@EnabledIfSystemProperty(named = "matching.cost", matches = "SMALL|MEDIUM|LARGE")
class ConstraintCostTests {

	static volatile Set<String> excluded = Set.of();

	/** The provider without the constraints named in {@link #excluded}. */
	public static class Without extends MatchingConstraintProvider {

		@Override
		public Constraint[] defineConstraints(ConstraintFactory factory) {
			return Arrays.stream(super.defineConstraints(factory))
				.filter((constraint) -> !excluded.contains(constraint.getConstraintName()))
				.toArray(Constraint[]::new);
		}

	}

	/**
	 * The constraint streams before (commit b93c4e3, {@link BaselineConstraintProvider}) and now, in one JVM, rounds
	 * interleaved so that both see the same load; the best round of each is the least disturbed one.
	 */
	@Test
	void baselineAgainstCurrentStreams() {
		InstanceSize size = InstanceSize.valueOf(System.getProperty("matching.cost"));
		long seconds = Long.getLong("matching.cost.seconds", 8);
		int rounds = Integer.getInteger("matching.cost.rounds", 3);
		MatchingPlan greedy = GreedyBaseline.solve(PlanBuilder.build(InstanceGenerator.generate(size, 1)));
		speed(greedy, BaselineConstraintProvider.class, Math.min(seconds, 3));
		speed(greedy, Without.class, Math.min(seconds, 3));
		excluded = Set.of();
		for (int round = 1; round <= rounds; round++) {
			System.out.println("round " + round + " baseline: " + speed(greedy, BaselineConstraintProvider.class, seconds)
					+ " | current: " + speed(greedy, Without.class, seconds) + " | load " + load());
		}
	}

	private static String load() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	@Test
	void speedWithoutEachConstraint() {
		InstanceSize size = InstanceSize.valueOf(System.getProperty("matching.cost"));
		long seconds = Long.getLong("matching.cost.seconds", 8);
		MatchingPlan greedy = GreedyBaseline.solve(PlanBuilder.build(InstanceGenerator.generate(size, 1)));
		List<String> rows = new ArrayList<>();
		speed(greedy, Set.of(), Math.min(seconds, 3)); // JIT warm-up, not reported
		rows.add("all constraints: " + speed(greedy, Set.of(), seconds));
		if (!Boolean.getBoolean("matching.cost.only")) {
			for (String name : MatchingConstraintProvider.CONSTRAINT_NAMES) {
				rows.add("without " + name + ": " + speed(greedy, Set.of(name), seconds));
			}
		}
		rows.forEach(System.out::println);
	}

	// Wall-clock speed as OptaPlanner reports it, and per second of the solver thread's CPU time, which the other
	// processes of a shared machine disturb far less.
	private static String speed(MatchingPlan start, Set<String> without, long seconds) {
		excluded = without;
		return speed(start, Without.class, seconds);
	}

	private static String speed(MatchingPlan start,
			Class<? extends org.optaplanner.core.api.score.stream.ConstraintProvider> provider, long seconds) {
		var config = MatchingSolverConfig.base(new TerminationConfig().withSecondsSpentLimit(seconds))
			.withConstraintProviderClass(provider)
			.withPhases(ComparisonSolverConfigs.lateAcceptance());
		Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(config).buildSolver();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		solver.solve(start.copy());
		long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
		var scope = ((DefaultSolver<MatchingPlan>) solver).getSolverScope();
		return String.format(Locale.ROOT, "%,d/s wall clock, %,d/s of solver CPU time", scope.getScoreCalculationSpeed(),
				scope.getScoreCalculationCount() * 1_000_000_000L / Math.max(1, cpuNanos));
	}

}
