package org.ilo.coalition.graph.demo;

import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the benchmark size once; too slow for every build, so it runs only when asked:
 * {@code mvn -pl graph-model -am verify -Dcoalition.demo.benchmark=true -Dit.test=DemoDataBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "coalition.demo.benchmark", matches = "true")
class DemoDataBenchmarkIT extends GraphModelIntegrationTest {

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	DemoDataGenerator generator;

	@Test
	void loadsTheBenchmarkSizeWithinTwoMinutes() {
		this.migrationRunner.migrate();
		ReferenceFixture.load(this.neo4jClient, 187);

		DemoDataReport report = this.generator.generate(DemoDataSize.BENCHMARK, 1);

		assertThat(report.nodes("Partner")).isEqualTo(10_000);
		assertThat(report.nodes("Offer")).isEqualTo(50_000);
		assertThat(report.nodes("SupportRequest")).isEqualTo(20_000);
		assertThat(report.elapsedMillis()).isLessThan(120_000);
	}

}
