package org.ilo.coalition.api.neo4j;

import java.net.URI;
import java.util.Optional;

import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded Neo4j on loopback when no Neo4j URI is configured and points Boot's driver at its Bolt port.
 *
 * <p>The driver bean depends on the connection details, which depend on the starter that owns the database, so on
 * shutdown the driver closes before the database stops. Neither waits for the database to have started: the driver
 * connects on first use, which the graph initialization makes once the database is up.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoNeo4jUriConfigured.class)
public class EmbeddedNeo4jConfiguration {

	// Adopts the start that CoalitionApplication's listener began before the context existed, if there is one.
	@Bean
	static EmbeddedNeo4jStarter embeddedNeo4jStarter(Environment environment, BeanFactory beanFactory) {
		// Looked up by name: a lookup by type this early would make Spring create other beans to learn their types.
		if (beanFactory.containsBean(EmbeddedNeo4jEarlyStart.BEAN_NAME)) {
			Optional<EmbeddedNeo4jStarter> early = beanFactory
				.getBean(EmbeddedNeo4jEarlyStart.BEAN_NAME, EmbeddedNeo4jEarlyStart.class).starter();
			if (early.isPresent()) {
				return early.get();
			}
		}
		return new EmbeddedNeo4jStarter(environment);
	}

	/** The started database, for whoever needs it (waits for it); the starter stops it. */
	@Bean(destroyMethod = "")
	@Lazy
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jStarter starter) {
		return starter.await();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jStarter starter) {
		URI uri = starter.boltUri();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

	/** Whether {@code environment} asks for the embedded database: no Neo4j URI, not the prod profile. */
	static boolean applies(Environment environment) {
		String uri = environment.getProperty("spring.neo4j.uri");
		return (uri == null || uri.isBlank()) && !environment.matchesProfiles("prod");
	}

	/** Matches when neither {@code spring.neo4j.uri} nor {@code SPRING_NEO4J_URI} is set, outside the prod profile. */
	static class NoNeo4jUriConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return applies(context.getEnvironment());
		}

	}

}
