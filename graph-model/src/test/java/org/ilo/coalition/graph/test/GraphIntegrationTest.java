package org.ilo.coalition.graph.test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of every Spring test that needs the graph: points Spring at the JVM's one {@link Neo4jTestDatabase} and
 * empties the graph's data before each test while keeping the schema (and, where asked, the reference data).
 */
// Tests write their fixtures straight through Neo4jClient, which the read caches cannot see (the application writes
// only through its transactional services): caches are off here, and ReadCacheIT turns them on to test them.
@TestPropertySource(properties = "coalition.read-cache.enabled=false")
public abstract class GraphIntegrationTest {

	@Autowired
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
		if (keepsReferenceData()) {
			GraphCleaner.deleteDataKeepingReference(this.neo4jClient);
		}
		else {
			GraphCleaner.deleteData(this.neo4jClient);
		}
	}

	/** Whether the reference data that start-up loads survives between tests; by default everything goes. */
	protected boolean keepsReferenceData() {
		return false;
	}

}
