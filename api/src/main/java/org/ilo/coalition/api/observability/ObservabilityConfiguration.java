package org.ilo.coalition.api.observability;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

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

	// Replaces Boot's instrumentation (it backs off when one is defined), with the same conventions.
	@Bean
	RootFieldObservationInstrumentation rootFieldObservations(ObservationRegistry observationRegistry,
			ObjectProvider<ExecutionRequestObservationConvention> requestConvention,
			ObjectProvider<DataFetcherObservationConvention> dataFetcherConvention,
			ObjectProvider<DataLoaderObservationConvention> dataLoaderConvention) {
		return new RootFieldObservationInstrumentation(observationRegistry, requestConvention.getIfAvailable(),
				dataFetcherConvention.getIfAvailable(), dataLoaderConvention.getIfAvailable());
	}

	// Boot registers every ObservationHandler bean; this one turns the driver's pool observations into the gauges
	// and timers of its connections (in use, idle, acquiring, creating).
	@Bean
	ConnectionPoolMetricsHandler neo4jConnectionPoolMetrics(MeterRegistry meters) {
		return new ConnectionPoolMetricsHandler(meters);
	}

}
