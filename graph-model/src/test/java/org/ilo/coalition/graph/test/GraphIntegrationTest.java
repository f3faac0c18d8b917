package org.ilo.coalition.graph.test;

import org.ilo.coalition.graph.change.GraphChanges;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every Spring test that needs the graph: points Spring at the JVM's one {@link Neo4jTestDatabase} and
 * empties the graph's data before each test while keeping the schema (and, where asked, the reference data).
 */
public abstract class GraphIntegrationTest {

	@Autowired
	private Driver driver;

	@Autowired
	private GraphChanges changes;

	@Autowired
	private Neo4jClient applicationClient;

	/**
	 * Writes fixtures and reads them back outside the application's transactions; every use marks the graph changed,
	 * so the read caches, on as in production, never serve what a fixture replaced.
	 */
	protected Neo4jClient neo4jClient;

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestDatabase database = Neo4jTestDatabase.get();
		registry.add("spring.neo4j.uri", () -> database.uri().toString());
		if (database.password() != null) {
			registry.add("spring.neo4j.authentication.username", () -> "neo4j");
			registry.add("spring.neo4j.authentication.password", database::password);
		}
		else {
			registry.add("spring.neo4j.authentication.username", () -> "");
		}
	}

	@BeforeEach
	void cleanGraph() {
		this.neo4jClient = FixtureWrites.client(this.driver, this.changes);
		if (keepsReferenceData()) {
			GraphCleaner.deleteDataKeepingReference(this.neo4jClient);
		}
		else {
			GraphCleaner.deleteData(this.neo4jClient);
		}
	}

	/**
	 * The application's own client: what it writes outside a transaction is not seen by the read caches, which is how
	 * the cache tests tell a cached answer from a fresh one.
	 */
	protected Neo4jClient clientUnseenByCaches() {
		return this.applicationClient;
	}

	/** Whether the reference data that start-up loads survives between tests; by default everything goes. */
	protected boolean keepsReferenceData() {
		return false;
	}

}
