package org.ilo.coalition.api.neo4j;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code spring.neo4j.uri} configured the application starts no database of its own and uses that one. */
class ConfiguredUriIT extends ApiIntegrationTest {

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Autowired
	Neo4jConnectionDetails connectionDetails;

	@Test
	void connectsToTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
		assertThat(this.embedded.getIfAvailable()).isNull();
		assertThat(this.connectionDetails.getUri()).isEqualTo(Neo4jTestDatabase.get().uri());
	}

	@Test
	void generatesNoDemoDataOnAConfiguredDatabase() {
		assertThat(this.neo4jClient.query("MATCH (p:Partner {demo: true}) RETURN count(p)").fetchAs(Long.class).one())
			.contains(0L);
	}

}
