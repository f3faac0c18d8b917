package org.ilo.coalition.api.profile;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/** Guards of the {@code prod} profile, checked before any bean is created. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
public class ProductionProfileConfiguration {

	/** Production runs against a Neo4j server or cluster; it must never fall back to an embedded database. */
	@Bean
	static BeanFactoryPostProcessor requireExternalNeo4j(Environment environment) {
		return (beanFactory) -> {
			String uri = environment.getProperty("spring.neo4j.uri");
			if (uri == null || uri.isBlank()) {
				throw new IllegalStateException("The prod profile needs an external Neo4j: set spring.neo4j.uri "
						+ "(or SPRING_NEO4J_URI), for example neo4j+s://host:7687, with its credentials");
			}
		};
	}

}
