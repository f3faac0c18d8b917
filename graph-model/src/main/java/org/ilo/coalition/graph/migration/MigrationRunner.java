package org.ilo.coalition.graph.migration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher scripts that are not yet recorded in the graph, in order, and records each one as a
 * {@code __Migration} node.
 *
 * <p>Schema statements cannot share a transaction with data writes, so each statement runs in its own auto-commit
 * transaction. Scripts are expected to be idempotent ({@code IF NOT EXISTS}): a run that stops halfway is simply
 * repeated on the next start. A unique constraint on the version makes a second instance that races this one fail
 * instead of recording a script twice.
 */
@Component
public class MigrationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	private final Driver driver;

	public MigrationRunner(Driver driver) {
		this.driver = driver;
	}

	/** Applies the scripts at the default location; returns the versions applied by this call. */
	public List<Integer> migrate() {
		return migrate(MigrationScripts.load(MigrationScripts.DEFAULT_LOCATION));
	}

	/**
	 * Like {@link #migrate()}, but runs no statement at all when {@code recorded} (the checksums by version, read
	 * beforehand) already holds every script with its checksum; a changed script fails as in {@link #migrate()}.
	 */
	public List<Integer> migrateUnlessRecorded(Map<Integer, Long> recorded) {
		return migrateUnlessRecorded(MigrationScripts.load(MigrationScripts.DEFAULT_LOCATION), recorded);
	}

	/** {@link #migrateUnlessRecorded(Map)} for the scripts given. */
	public List<Integer> migrateUnlessRecorded(List<Migration> migrations, Map<Integer, Long> recorded) {
		boolean allRecorded = true;
		for (Migration migration : migrations) {
			Long checksum = recorded.get(migration.version());
			if (checksum == null) {
				allRecorded = false;
			}
			else if (checksum != migration.checksum()) {
				throw changed(migration);
			}
		}
		return allRecorded ? List.of() : migrate(migrations);
	}

	private static IllegalStateException changed(Migration migration) {
		return new IllegalStateException("Migration V%04d (%s) was changed after it was applied; add a new script instead"
			.formatted(migration.version(), migration.description()));
	}

	/** Applies those of {@code migrations} that are not recorded yet; returns the versions applied by this call. */
	public List<Integer> migrate(List<Migration> migrations) {
		try (Session session = this.driver.session()) {
			session.run("CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
				.consume();
			Map<Integer, Long> applied = new HashMap<>();
			session.run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum")
				.forEachRemaining((r) -> applied.put(r.get("version").asInt(), r.get("checksum").asLong()));
			List<Integer> newlyApplied = new java.util.ArrayList<>();
			for (Migration migration : migrations) {
				Long checksum = applied.get(migration.version());
				if (checksum != null) {
					if (checksum != migration.checksum()) {
						throw changed(migration);
					}
					continue;
				}
				long started = System.nanoTime();
				for (String statement : migration.statements()) {
					session.run(statement).consume();
				}
				session.run("""
						CREATE (m:__Migration {version: $version, description: $description, checksum: $checksum,
						                       statements: $statements, appliedAt: datetime()})
						""", Values.parameters("version", migration.version(), "description", migration.description(),
						"checksum", migration.checksum(), "statements", migration.statements().size()))
					.consume();
				newlyApplied.add(migration.version());
				log.info("Applied migration V{} ({}) in {} ms", migration.version(), migration.description(),
						(System.nanoTime() - started) / 1_000_000);
			}
			return List.copyOf(newlyApplied);
		}
	}

}
