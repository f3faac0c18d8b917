package org.ilo.coalition.graph.startup;

import java.util.HashMap;
import java.util.Map;

import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link GraphStartState} with one statement. On a restart nothing needs changing, and each statement the
 * start-up runs is planned on a cold JVM (about half a second each on 2 cores): one read instead of five.
 */
@Component
public class GraphStartStateReader {

	static final String STATE = """
			OPTIONAL MATCH (ref:__ReferenceData {id: 'current'})
			RETURN COLLECT { MATCH (m:__Migration) RETURN [m.version, m.checksum] } AS migrations,
			       ref.fingerprint AS fingerprint,
			       COUNT { (:Country) } AS countries, COUNT { (:Region) } AS regions,
			       COUNT { (:Expertise) } AS expertise, COUNT { (:Indicator) } AS indicators,
			       EXISTS { (:Partner) } OR EXISTS { (:Offer) } OR EXISTS { (:DeficitObservation) }
			         OR EXISTS { (:NationalStrategy) } OR EXISTS { (:Objective) } OR EXISTS { (:SupportRequest) }
			         OR EXISTS { (:WorkStream) } AS hasData,
			       EXISTS { MATCH (r:MatchRun) WHERE r.status IN ['QUEUED', 'SOLVING'] } AS activeMatchRuns
			""";

	private final Driver driver;

	public GraphStartStateReader(Driver driver) {
		this.driver = driver;
	}

	public GraphStartState read() {
		Record row;
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			row = session.executeRead((tx) -> tx.run(STATE).single());
		}
		Map<Integer, Long> migrations = new HashMap<>();
		for (Value pair : row.get("migrations").values()) {
			migrations.put(pair.get(0).asInt(), pair.get(1).asLong());
		}
		Value fingerprint = row.get("fingerprint");
		return new GraphStartState(Map.copyOf(migrations),
				new ReferenceDataLoader.Stored(fingerprint.isNull() ? null : fingerprint.asString(),
						row.get("countries").asInt(), row.get("regions").asInt(), row.get("expertise").asInt(),
						row.get("indicators").asInt()),
				row.get("hasData").asBoolean(), row.get("activeMatchRuns").asBoolean());
	}

}
