package org.ilo.coalition.api.neo4j;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Applies {@code coalition.neo4j.transaction-timeout} (default 30 s) to every transaction the application starts
 * against Neo4j, embedded or external.
 */
@Configuration(proxyBeanMethods = false)
public class TransactionTimeoutConfiguration {

	/** The property that bounds how long one transaction may run. */
	public static final String PROPERTY = "coalition.neo4j.transaction-timeout";

	// A bean post-processor is created before configuration properties beans, hence the binder.
	@Bean
	static TransactionTimeout transactionTimeout(Environment environment) {
		Duration timeout = Binder.get(environment).bind(PROPERTY, Duration.class).orElse(Duration.ofSeconds(30));
		return new TransactionTimeout(timeout);
	}

}
