package org.ilo.coalition.matching.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ilo.coalition.matching.baseline.GreedyBaseline;
import org.ilo.coalition.matching.solver.GreedySolverConfig;
import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.constraint.MatchingWeights;
import org.ilo.coalition.matching.explain.PlanExplainer;
import org.ilo.coalition.matching.generate.InstanceGenerator;
import org.ilo.coalition.matching.generate.InstanceSize;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.solver.ComparisonSolverConfigs;
import org.ilo.coalition.matching.solver.MatchingSolverConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The matching benchmarks; CPU heavy, so opt-in and skipped in a normal build. Run one size at a time, e.g.
 *
 * <pre>
 * mvn -q -B -pl matching test -Dtest=MatchingBenchmarkTests#measure -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmatching.benchmark=MEDIUM -Dmatching.benchmark.seconds=20
 * </pre>
 *
 * {@code measure} prints (and appends to {@code matching/target/benchmarks/measurements.md}) the greedy baseline
 * against the solver: the shipped local search by default, or {@code -Dmatching.benchmark.search=} {@code TABU},
 * {@code LATE_ACCEPTANCE} (change and swap moves only), {@code REPACK_LA} ({@code -Dmatching.benchmark.la.size=}) or
 * {@code REPACK_TABU}; {@code report} runs OptaPlanner's Benchmarker and writes its HTML report under
 * {@code matching/target/benchmarks/}.
 */
@EnabledIfSystemProperty(named = "matching.benchmark", matches = "SMALL|MEDIUM|LARGE")
class MatchingBenchmarkTests {

	private static final Path OUTPUT = Path.of("target", "benchmarks");

	private final InstanceSize size = InstanceSize.valueOf(System.getProperty("matching.benchmark"));

	private final long seconds = Long.getLong("matching.benchmark.seconds", 20);

	private final long seed = Long.getLong("matching.benchmark.seed", 1);

	private final String search = System.getProperty("matching.benchmark.search", "DEFAULT");

	private final boolean lateAcceptance = "LATE_ACCEPTANCE".equals(this.search);

	private final int lateAcceptanceSize = Integer.getInteger("matching.benchmark.la.size", 400);

	private final int tabuAcceptedCount = Integer.getInteger("matching.benchmark.tabu.accepted", 1000);

	@Test
	void measure() throws IOException {
		long buildStart = System.nanoTime();
		MatchingPlan problem = PlanBuilder.build(InstanceGenerator.generate(this.size, this.seed, Double.parseDouble(System.getProperty("matching.supply", "1"))));
		long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
		SolverFactory<MatchingPlan> factory = SolverFactory.create(MatchingSolverConfig.create(Duration.ofSeconds(1)));

		long greedyStart = System.nanoTime();
		MatchingPlan greedy = GreedyBaseline.solve(problem.copy());
		long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
		HardMediumSoftLongScore greedyScore = SolutionManager.<MatchingPlan, HardMediumSoftLongScore>create(factory)
			.update(greedy);

		// Construction heuristic alone: the first complete plan the solver offers (the empty plan is feasible too,
		// but meets no need).
		SolverConfig constructionOnly = MatchingSolverConfig.base(new TerminationConfig().withSecondsSpentLimit(
				this.seconds)).withPhases(ComparisonSolverConfigs.constructionHeuristic());
		long constructionStart = System.nanoTime();
		MatchingPlan constructed = SolverFactory.<MatchingPlan>create(constructionOnly).buildSolver().solve(problem.copy());
		long constructionMillis = (System.nanoTime() - constructionStart) / 1_000_000;

		List<String> timeline = new ArrayList<>();
		Solver<MatchingPlan> solver = SolverFactory
			.<MatchingPlan>create(MatchingSolverConfig.create(new TerminationConfig().withSecondsSpentLimit(this.seconds),
					localSearch()))
			.buildSolver();
		long[] firstBeatingGreedy = { -1 };
		solver.addEventListener((event) -> {
			HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
			if (firstBeatingGreedy[0] < 0 && score.isFeasible() && score.mediumScore() > greedyScore.mediumScore()) {
				firstBeatingGreedy[0] = event.getTimeMillisSpent();
			}
			if (timeline.size() < 400) {
				timeline.add(event.getTimeMillisSpent() + " ms " + score);
			}
		});
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		String loadBefore = loadAverage();
		long cpuStart = threads.getCurrentThreadCpuTime();
		MatchingPlan solved = solver.solve(problem.copy());
		long solverCpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
		String loadAfter = loadAverage();
		var scope = ((DefaultSolver<MatchingPlan>) solver).getSolverScope();
		// Per second of the solver thread's CPU time: on a shared machine, far less disturbed by other processes than
		// OptaPlanner's wall-clock figure.
		long cpuSpeed = scope.getScoreCalculationCount() * 1_000_000_000L / Math.max(1, solverCpuNanos);

		long greedyUnmet = -greedyScore.mediumScore();
		long solverUnmet = -solved.getScore().mediumScore();
		String row = String.format(Locale.ROOT,
				"| %s | %s | %,d | %,d | %,d ms | %,d ms | %s | %,d ms | %s | %s %,d s | %s | %,d/s (%,d/s of CPU) "
						+ "| %.2f%% | %d / %d | %d ms | %s | %s → %s |",
				Instant.now().toString().substring(0, 16) + "Z", this.size.label(), problem.getParts().size(),
				problem.getOffers().size(), buildMillis, greedyMillis, greedyScore, constructionMillis,
				constructed.getScore(), searchLabel(),
				this.seconds, solved.getScore(), scope.getScoreCalculationSpeed(), cpuSpeed,
				100.0 * (greedyUnmet - solverUnmet) / Math.max(1, greedyUnmet), assigned(greedy), assigned(solved),
				firstBeatingGreedy[0], PlanChecker.check(solved).isEmpty() ? "none" : PlanChecker.check(solved).size(),
				loadBefore, loadAfter);
		System.out.println(String.join(" | ", "| date (UTC)", "size", "parts", "offers", "build", "greedy",
				"greedy score", "construction", "construction score", "search, limit", "solver score", "score calc speed",
				"unmet need below greedy", "assigned parts greedy / solver", "beats greedy after", "checker violations",
				"load average (1 min) |"));
		System.out.println(row);
		Files.createDirectories(OUTPUT);
		Files.writeString(OUTPUT.resolve("measurements.md"), row + System.lineSeparator(), StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		Files.write(OUTPUT.resolve("timeline-" + this.size + ".txt"), timeline);
		// Need that no plan can meet: parts without any eligible offer. The rest is what greedy and solver compete for.
		long floor = problem.getParts()
			.stream()
			.filter((part) -> part.getEligibleOffers().isEmpty())
			.mapToLong((part) -> MatchingWeights.unmetNeed(part.getSharePerMille(), part.getSeverity()))
			.sum();
		System.out.printf(Locale.ROOT,
				"Unmet need: greedy %,d, solver %,d, floor (parts with no eligible offer) %,d; solver meets %.1f%% of"
						+ " what greedy leaves above the floor%n",
				greedyUnmet, solverUnmet, floor, 100.0 * (greedyUnmet - solverUnmet) / Math.max(1, greedyUnmet - floor));
		if (Boolean.getBoolean("matching.benchmark.explain")) {
			long explainStart = System.nanoTime();
			int explained = new PlanExplainer(SolutionManager.create(factory)).explain(solved).size();
			System.out.printf(Locale.ROOT, "Explained %,d assigned parts of %,d in %,d ms%n", explained, assigned(solved),
					(System.nanoTime() - explainStart) / 1_000_000);
		}
	}

	@Test
	void report() {
		MatchingPlan problem = PlanBuilder.build(InstanceGenerator.generate(this.size, this.seed, Double.parseDouble(System.getProperty("matching.supply", "1"))));
		PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
		config.setName("matching-" + this.size);
		config.setBenchmarkDirectory(OUTPUT.toFile());
		config.setWarmUpMillisecondsSpentLimit(0L);
		ProblemBenchmarksConfig statistics = new ProblemBenchmarksConfig()
			.withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.SCORE_CALCULATION_SPEED);
		SolverBenchmarkConfig greedy = new SolverBenchmarkConfig().withName("Greedy baseline")
			.withSolverConfig(GreedySolverConfig.create())
			.withProblemBenchmarksConfig(statistics);
		TerminationConfig termination = new TerminationConfig().withSecondsSpentLimit(this.seconds);
		SolverBenchmarkConfig repack = new SolverBenchmarkConfig().withName("Greedy then repack late acceptance")
			.withSolverConfig(MatchingSolverConfig.create(termination, MatchingSolverConfig.localSearch()))
			.withProblemBenchmarksConfig(statistics);
		SolverBenchmarkConfig tabu = new SolverBenchmarkConfig().withName("Greedy then tabu search")
			.withSolverConfig(MatchingSolverConfig.create(termination, ComparisonSolverConfigs.tabuSearch()))
			.withProblemBenchmarksConfig(statistics);
		SolverBenchmarkConfig late = new SolverBenchmarkConfig().withName("Greedy then late acceptance")
			.withSolverConfig(MatchingSolverConfig.create(termination, ComparisonSolverConfigs.lateAcceptance()))
			.withProblemBenchmarksConfig(statistics);
		config.setSolverBenchmarkConfigList(Arrays.asList(greedy, repack, tabu, late));
		File directory = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problem).benchmark();
		System.out.println("Benchmark report (index.html) under " + directory.getAbsolutePath());
	}

	private org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig localSearch() {
		return switch (this.search) {
			case "DEFAULT" -> MatchingSolverConfig.localSearch();
			case "TABU" -> ComparisonSolverConfigs.tabuSearch(this.tabuAcceptedCount);
			case "LATE_ACCEPTANCE" -> ComparisonSolverConfigs.lateAcceptance();
			case "REPACK_LA" -> MatchingSolverConfig.repackLateAcceptance(this.lateAcceptanceSize);
			case "REPACK_TABU" -> ComparisonSolverConfigs.repackTabuSearch(this.tabuAcceptedCount);
			default -> throw new IllegalArgumentException("Unknown search " + this.search);
		};
	}

	private String searchLabel() {
		return switch (this.search) {
			case "TABU", "REPACK_TABU" -> this.search.toLowerCase(Locale.ROOT) + "/" + this.tabuAcceptedCount;
			case "REPACK_LA" -> "repack_la/" + this.lateAcceptanceSize;
			default -> this.search.toLowerCase(Locale.ROOT);
		};
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	private static long assigned(MatchingPlan plan) {
		return plan.getParts().stream().filter(RequestPart::isAssigned).count();
	}

}
