package org.ilo.coalition.graph.demo;

import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.test.GraphCleaner;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generator throughput in rows (nodes plus relationships) per second, batched against row by row at the same size,
 * then batched at the full benchmark size. Row by row at the full size takes too long, so the ratio is measured at a
 * tenth of it. Opt-in like {@link DemoDataBenchmarkIT}:
 * {@code mvn -B -o -pl graph-model -am verify -Dcoalition.demo.benchmark=true -Dit.test=DemoDataThroughputBenchmarkIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}. Results are printed
 * as lines starting with {@code BENCH}.
 */
@EnabledIfSystemProperty(named = "coalition.demo.benchmark", matches = "true")
class DemoDataThroughputBenchmarkIT extends GraphModelIntegrationTest {

	/** A tenth of {@link DemoDataSize#BENCHMARK}; strategies a tenth too. */
	private static final DemoDataSize TENTH = new DemoDataSize(1_000, 5_000, 15, 2_000, 8);

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	DemoDataGenerator generator;

	@Test
	void measuresBatchedAgainstRowByRow() {
		this.migrationRunner.migrate();
		ReferenceFixture.load(this.neo4jClient, 187);
		List<String> lines = new ArrayList<>();

		// Warm-up: JIT, Cypher plan cache and page cache; reported but not used for the ratio.
		run("warm-up", TENTH, WriteMode.BATCHED, lines);
		reset();
		Result rowByRow = run("tenth", TENTH, WriteMode.ROW_BY_ROW, lines);
		reset();
		Result batched = run("tenth", TENTH, WriteMode.BATCHED, lines);
		lines.add("BENCH ratio at 1,000 partners: batched is %.1fx faster than row by row (%.0f vs %.0f rows/s)"
			.formatted(batched.rowsPerSecond() / rowByRow.rowsPerSecond(), batched.rowsPerSecond(),
					rowByRow.rowsPerSecond()));
		reset();
		Result full = run("full", DemoDataSize.BENCHMARK, WriteMode.BATCHED, lines);

		lines.forEach(System.out::println);
		assertThat(full.rows()).isEqualTo(rows(full.report()));
		assertThat(batched.rowsPerSecond()).isGreaterThan(rowByRow.rowsPerSecond());
	}

	private Result run(String name, DemoDataSize size, WriteMode mode, List<String> lines) {
		DemoDataReport report = mode.generate(this.generator, size, 1);
		Result result = new Result(report, rows(report));
		String line = "BENCH %-7s %-10s partners=%d nodes=%d relationships=%d rows=%d elapsedMs=%d rowsPerSecond=%.0f"
			.formatted(name, mode, size.partners(), report.nodes().values().stream().mapToLong(Long::longValue).sum(),
					report.relationships().values().stream().mapToLong(Long::longValue).sum(), result.rows(),
					report.elapsedMillis(), result.rowsPerSecond());
		System.out.println(line);
		lines.add(line);
		return result;
	}

	private void reset() {
		GraphCleaner.deleteData(this.neo4jClient);
		ReferenceFixture.load(this.neo4jClient, 187);
	}

	private static long rows(DemoDataReport report) {
		return report.nodes().values().stream().mapToLong(Long::longValue).sum()
				+ report.relationships().values().stream().mapToLong(Long::longValue).sum();
	}

	private record Result(DemoDataReport report, long rows) {

		double rowsPerSecond() {
			return this.rows * 1000.0 / Math.max(1, this.report.elapsedMillis());
		}

	}

}
