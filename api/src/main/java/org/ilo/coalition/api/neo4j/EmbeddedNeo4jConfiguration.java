package org.ilo.coalition.api.neo4j;

import java.net.URI;

import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With no {@code spring.neo4j.uri} (and outside the prod profile, which requires one) starts Neo4j in-process and
 * points Boot's driver at its Bolt port. The driver depends on the connection details, which depend on the database,
 * so on shutdown the driver closes before the database stops.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
@Profile("!prod")
public class EmbeddedNeo4jConfiguration {

	@Bean
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties.dataDirectory(), properties.boltPort(), properties.pageCache().toBytes(),
				properties.transactionTimeout());
	}

	// No authentication (the default token): only loopback reaches the connector.
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j database) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return database.boltUri();
			}
		};
	}

}
