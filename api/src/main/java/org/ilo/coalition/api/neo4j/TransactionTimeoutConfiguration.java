package org.ilo.coalition.api.neo4j;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One timeout for every transaction the application starts against Neo4j, embedded or external: Boot's
 * {@code spring.transaction.default-timeout} (30 s in application.yaml), which Boot applies to the
 * {@code Neo4jTransactionManager} ({@code @Transactional} work) and {@link AutoCommitTimeout} to everything else.
 */
@Configuration(proxyBeanMethods = false)
public class TransactionTimeoutConfiguration {

	/** Boot's property, read here as well so that the two cannot disagree. */
	public static final String PROPERTY = "spring.transaction.default-timeout";

	// A bean post-processor is created before configuration properties beans, hence the binder. application.yaml sets
	// the property; the fallback only serves contexts without it.
	@Bean
	static AutoCommitTimeout autoCommitTimeout(Environment environment) {
		Duration timeout = Binder.get(environment).bind(PROPERTY, Duration.class).orElse(Duration.ofSeconds(30));
		return new AutoCommitTimeout(timeout);
	}

}
