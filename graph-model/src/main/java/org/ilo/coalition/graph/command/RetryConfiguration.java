package org.ilo.coalition.graph.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.retry.MethodRetryEvent;

/**
 * Turns on Spring's {@code @Retryable} for the {@link RetryOnTransientError} writes. Its advice is applied outside
 * {@code @Transactional} (fixed by Spring), so every attempt is a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
public class RetryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RetryConfiguration.class);

	private final TransientNeo4jError transientError = new TransientNeo4jError();

	/**
	 * Spring logs retries at debug level only; a transient error in a write is worth a warning. One event per failed
	 * attempt (the final "aborted" event carries Spring's wrapper, not the error, and is left out).
	 */
	@EventListener
	void logTransientFailure(MethodRetryEvent event) {
		if (!event.isRetryAborted() && this.transientError.shouldRetry(event.getMethod(), event.getFailure())) {
			log.warn("{}.{} failed with a transient error: {}", event.getMethod().getDeclaringClass().getSimpleName(),
					event.getMethod().getName(), event.getFailure().toString());
		}
	}

}
