package org.ilo.coalition.api.observability;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * The request id in logs and GraphQL errors, also on the threads that GraphQL execution moves to; the Neo4j driver's
 * connection pool as metrics; timers for root fields only.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

	static {
		// Spring for GraphQL carries registered thread-locals over to the threads its execution continues on
		// (data loaders, timeouts); without this the MDC, and the request id with it, would stay behind.
		ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(RequestIdFilter.MDC_KEY));
	}

	@Bean
	RequestIdInterceptor requestIdInterceptor() {
		return new RequestIdInterceptor();
	}

	// Nested fields resolve from memory hundreds of times per request (a page of 50 partners with offers has about 350
	// such calls), and a timer for each took about a tenth of the CPU of that page. Root fields, the operations' own
	// work, keep their timers, as do the batch loads behind nested lists (graphql.dataloader).
	@Bean
	ObservationPredicate rootDataFetcherObservationsOnly() {
		return (name, context) -> !(context instanceof DataFetcherObservationContext fetch)
				|| fetch.getEnvironment().getExecutionStepInfo().getPath().getLevel() <= 1;
	}

	// Boot registers every ObservationHandler bean; this one turns the driver's pool observations into the gauges
	// and timers of its connections (in use, idle, acquiring, creating).
	@Bean
	ConnectionPoolMetricsHandler neo4jConnectionPoolMetrics(MeterRegistry meters) {
		return new ConnectionPoolMetricsHandler(meters);
	}

}
