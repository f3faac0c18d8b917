package org.ilo.coalition.graph.startup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.migration.Migration;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.migration.MigrationScripts;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The one read a restart needs, and the steps that trust it: migrations, reference data, data, matching runs. */
class GraphStartStateReaderIT extends GraphModelIntegrationTest {

	@Autowired
	GraphStartStateReader reader;

	@Autowired
	MigrationRunner migrations;

	@Autowired
	ReferenceDataLoader referenceData;

	@BeforeEach
	void forgetTestMigrations() {
		this.neo4jClient.query("MATCH (m:__Migration) WHERE m.version >= 9000 DELETE m").run();
	}

	@Test
	void readsTheRecordedMigrationsSoThatARestartRunsNone() {
		this.migrations.migrate();
		Migration script = MigrationScripts.parse(9003, "start state", "RETURN 3;");

		assertThat(this.migrations.migrateUnlessRecorded(List.of(script), this.reader.read().appliedMigrations()))
			.containsExactly(9003);
		Map<Integer, Long> recorded = this.reader.read().appliedMigrations();
		assertThat(recorded).containsEntry(9003, script.checksum());
		for (Migration shipped : MigrationScripts.load(MigrationScripts.DEFAULT_LOCATION)) {
			assertThat(recorded).containsEntry(shipped.version(), shipped.checksum());
		}
		assertThat(this.migrations.migrateUnlessRecorded(recorded)).isEmpty();
		assertThat(this.migrations.migrateUnlessRecorded(List.of(script), recorded)).isEmpty();

		Map<Integer, Long> changed = new HashMap<>(recorded);
		changed.put(9003, script.checksum() + 1);
		assertThatIllegalStateException().isThrownBy(() -> this.migrations.migrateUnlessRecorded(List.of(script), changed))
			.withMessageContaining("V9003");
	}

	@Test
	void tellsWhetherTheReferenceDataIsCurrent() {
		this.referenceData.load();
		assertThat(this.referenceData.isCurrent(this.reader.read().reference())).isTrue();

		this.neo4jClient.query("MATCH (c:Country {iso3: 'KEN'}) DETACH DELETE c").run();
		assertThat(this.referenceData.isCurrent(this.reader.read().reference())).isFalse();
		this.neo4jClient.query("MATCH (m:__ReferenceData) DELETE m").run();
		this.referenceData.load();
		assertThat(this.referenceData.isCurrent(this.reader.read().reference())).isTrue();
	}

	@Test
	void tellsWhetherTheGraphHoldsDataAndActiveMatchingRuns() {
		GraphStartState empty = this.reader.read();
		assertThat(empty.hasData()).isFalse();
		assertThat(empty.activeMatchRuns()).isFalse();

		this.neo4jClient.query("CREATE (:MatchRun {id: 'done', status: 'FAILED'})").run();
		assertThat(this.reader.read().activeMatchRuns()).isFalse();
		this.neo4jClient.query("CREATE (:MatchRun {id: 'running', status: 'SOLVING'})").run();
		assertThat(this.reader.read().activeMatchRuns()).isTrue();

		this.neo4jClient.query("CREATE (:SupportRequest {id: 'r1'})").run();
		assertThat(this.reader.read().hasData()).isTrue();
	}

}
