package org.ilo.coalition.api.neo4j;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's driver asks Neo4j for no notifications about unknown property keys. */
class Neo4jNotificationsIT extends ApiIntegrationTest {

	@Autowired
	Driver driver;

	@Test
	void readingAPropertyNoNodeHasYetRaisesNoNotification() {
		String cypher = "MATCH (p:Partner) RETURN p.aPropertyNoNodeEverHad AS value";
		try (Session session = this.driver.session()) {
			ResultSummary summary = session.run(cypher).consume();
			assertThat(summary.notifications()).isEmpty();
			assertThat(summary.gqlStatusObjects()).noneSatisfy((status) -> assertThat(status.gqlStatus()).isEqualTo("01N52"));
		}
		// Without the setting the same statement is reported, so the check above can fail.
		Neo4jTestDatabase database = Neo4jTestDatabase.get();
		AuthToken auth = database.password() == null ? AuthTokens.none() : AuthTokens.basic("neo4j", database.password());
		try (Driver plain = GraphDatabase.driver(database.uri(), auth)) {
			try (Session session = plain.session()) {
				assertThat(session.run(cypher).consume().notifications()).isNotEmpty();
			}
		}
	}

}
