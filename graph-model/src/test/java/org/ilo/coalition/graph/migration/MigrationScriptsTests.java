package org.ilo.coalition.graph.migration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationScriptsTests {

	@Test
	void splitsStatementsAtLineEndingSemicolonsAndDropsComments() {
		Migration migration = MigrationScripts.parse(1, "x", """
				// a comment
				CREATE CONSTRAINT a IF NOT EXISTS
				  FOR (n:A) REQUIRE n.id IS UNIQUE;
				CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);
				""");

		assertThat(migration.statements()).containsExactly(
				"CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE",
				"CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)");
	}

	@Test
	void givesDifferentChecksumsToDifferentTexts() {
		assertThat(MigrationScripts.parse(1, "x", "RETURN 1;").checksum())
			.isNotEqualTo(MigrationScripts.parse(1, "x", "RETURN 2;").checksum());
	}

	@Test
	void findsTheShippedScriptsInVersionOrder() {
		assertThat(MigrationScripts.load(MigrationScripts.DEFAULT_LOCATION))
			.extracting(Migration::version).startsWith(1, 2).isSorted();
	}

}
