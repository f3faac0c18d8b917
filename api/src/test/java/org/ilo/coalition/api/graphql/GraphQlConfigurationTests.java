package org.ilo.coalition.api.graphql;

import java.time.Duration;
import java.util.List;

import org.ilo.coalition.api.observability.RequestIdInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GraphQlConfigurationTests {

	private final GraphQlConfiguration configuration = new GraphQlConfiguration();

	private final ExecutionGraphQlService service = (request) -> Mono.empty();

	private final RequestIdInterceptor requestId = new RequestIdInterceptor();

	private final PersistedQueryInterceptor persistedQueries = new PersistedQueryInterceptor();

	private final ErrorClassificationInterceptor errorClassification = new ErrorClassificationInterceptor();

	private final TimeoutWebGraphQlInterceptor timeout = new TimeoutWebGraphQlInterceptor(Duration.ofSeconds(1));

	@Test
	void buildsTheHandlerFromTheListedInterceptors() {
		assertThat(this.configuration.webGraphQlHandler(this.service, this.requestId,
				new DefaultListableBeanFactory().getBeanProvider(AuthenticationWebSocketInterceptor.class),
				this.persistedQueries, new DefaultListableBeanFactory().getBeanProvider(ResponseCacheInterceptor.class),
				this.errorClassification, this.timeout,
				List.of(this.timeout, this.persistedQueries, this.requestId, this.errorClassification)))
			.isNotNull();
	}

	@Test
	void refusesToStartWithAnInterceptorBeanLeftOutOfTheChain() {
		WebGraphQlInterceptor stray = (request, chain) -> chain.next(request);

		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.webGraphQlHandler(this.service, this.requestId,
					new DefaultListableBeanFactory().getBeanProvider(AuthenticationWebSocketInterceptor.class),
					this.persistedQueries,
					new DefaultListableBeanFactory().getBeanProvider(ResponseCacheInterceptor.class),
					this.errorClassification, this.timeout,
					List.of(this.requestId, this.persistedQueries, this.errorClassification, this.timeout, stray)))
			.withMessageContaining("missing from GraphQlConfiguration's chain");
	}

}
