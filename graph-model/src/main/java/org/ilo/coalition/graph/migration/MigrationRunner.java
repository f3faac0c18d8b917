package org.ilo.coalition.graph.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned scripts not yet recorded as {@code (:__Migration {version, checksum})}, in order. Each statement
 * runs in its own auto-commit transaction (schema statements cannot share one with writes); scripts use
 * {@code IF NOT EXISTS}, so a run that stopped halfway is simply repeated. A script edited after it was applied stops
 * the start-up, and the unique version makes a second instance racing this one fail instead of recording a script twice.
 */
@Component
public class MigrationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	private final Driver driver;

	public MigrationRunner(Driver driver) {
		this.driver = driver;
	}

	/** Applies the shipped scripts; returns the versions applied by this call. */
	public List<Integer> migrate() {
		return migrate(MigrationScripts.load(MigrationScripts.DEFAULT_LOCATION));
	}

	/** Applies those of {@code migrations} that are not recorded yet; returns the versions applied by this call. */
	public List<Integer> migrate(List<Migration> migrations) {
		try (Session session = this.driver.session()) {
			session.run("CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
				.consume();
			Map<Integer, Long> applied = session.run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum")
				.stream().collect(Collectors.toMap((Record r) -> r.get("version").asInt(), (r) -> r.get("checksum").asLong()));
			List<Integer> appliedNow = new ArrayList<>();
			for (Migration migration : migrations) {
				Long checksum = applied.get(migration.version());
				if (checksum != null && checksum != migration.checksum()) {
					throw new IllegalStateException("Migration V%04d (%s) was changed after it was applied; add a new script instead"
						.formatted(migration.version(), migration.description()));
				}
				if (checksum == null) {
					migration.statements().forEach((statement) -> session.run(statement).consume());
					session.run("CREATE (:__Migration {version: $version, description: $description, checksum: $checksum, appliedAt: datetime()})",
							Values.parameters("version", migration.version(), "description", migration.description(),
									"checksum", migration.checksum()))
						.consume();
					appliedNow.add(migration.version());
					log.info("Applied migration V{} ({})", migration.version(), migration.description());
				}
			}
			return appliedNow;
		}
	}

}
