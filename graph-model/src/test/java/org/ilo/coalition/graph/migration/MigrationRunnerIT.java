package org.ilo.coalition.graph.migration;

import java.util.List;

import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MigrationRunnerIT extends GraphModelIntegrationTest {

	@Autowired
	MigrationRunner runner;

	@BeforeEach
	void forgetHistory() {
		this.neo4jClient.query("MATCH (m:__Migration) WHERE m.version >= 9000 DELETE m").run();
		this.neo4jClient.query("DROP CONSTRAINT test_thing_key IF EXISTS").run();
	}

	@Test
	void appliesTheShippedScriptsAndCreatesEveryBusinessKeyConstraint() {
		this.runner.migrate();

		List<String> constraints = List.copyOf(this.neo4jClient.query("SHOW CONSTRAINTS YIELD name RETURN name")
			.fetchAs(String.class).all());
		assertThat(constraints).contains("partner_id", "country_iso3", "region_code", "thematic_area_code",
				"expertise_code", "support_request_id", "partner_dedup_key", "migration_version");
		assertThat(this.neo4jClient.query("MATCH (m:__Migration) WHERE m.version < 9000 RETURN count(m)")
			.fetchAs(Long.class).one()).contains((long) MigrationScripts.load(MigrationScripts.DEFAULT_LOCATION).size());
	}

	@Test
	void appliesEachScriptOnlyOnce() {
		Migration script = MigrationScripts.parse(9001, "test thing key",
				"CREATE CONSTRAINT test_thing_key IF NOT EXISTS FOR (n:TestThing) REQUIRE n.key IS UNIQUE;");

		assertThat(this.runner.migrate(List.of(script))).containsExactly(9001);
		assertThat(this.runner.migrate(List.of(script))).isEmpty();
		assertThat(this.neo4jClient.query("MATCH (m:__Migration {version: 9001}) RETURN count(m)")
			.fetchAs(Long.class).one()).contains(1L);
	}

	@Test
	void refusesAScriptThatChangedAfterItWasApplied() {
		this.runner.migrate(List.of(MigrationScripts.parse(9002, "first text", "RETURN 1;")));

		assertThatIllegalStateException()
			.isThrownBy(() -> this.runner.migrate(List.of(MigrationScripts.parse(9002, "first text", "RETURN 2;"))))
			.withMessageContaining("V9002");
	}

}
