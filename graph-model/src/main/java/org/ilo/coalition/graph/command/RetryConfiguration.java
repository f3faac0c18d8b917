package org.ilo.coalition.graph.command;

import java.time.Duration;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;

/**
 * Wraps the {@link RetryOnTransientError} methods in {@link TransientErrorRetry}, outside their transaction; transient
 * means what Spring Data Neo4j's {@link RetryExceptionPredicate} accepts (deadlocks, lock timeouts and other
 * {@code Neo.TransientError}s except terminated transactions, lost sessions, unavailable servers).
 */
@Configuration(proxyBeanMethods = false)
public class RetryConfiguration {

	/**
	 * Infrastructure role: the proxy creator Spring's transaction support registers only applies infrastructure
	 * advisors. The order puts it before the transaction advisor (lowest precedence), i.e. around it.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor transientErrorRetryAdvisor(@Value("${coalition.neo4j.retry.max-attempts:3}") int maxAttempts,
			@Value("${coalition.neo4j.retry.initial-backoff:50ms}") Duration initialBackoff,
			@Value("${coalition.neo4j.retry.max-backoff:1s}") Duration maxBackoff) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(RetryOnTransientError.class),
				new TransientErrorRetry(new RetryExceptionPredicate(), maxAttempts, initialBackoff, maxBackoff));
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return advisor;
	}

}
