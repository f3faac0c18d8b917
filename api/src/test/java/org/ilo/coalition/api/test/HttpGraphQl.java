package org.ilo.coalition.api.test;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.web.client.RestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GraphQL testers that go over real HTTP to the running application, through its security filters, as a given
 * caller.
 */
public final class HttpGraphQl {

	private HttpGraphQl() {
	}

	/** A tester sending {@code authorization} (or nothing when {@code null}) with every request. */
	public static GraphQlTester tester(int port, String authorization) {
		RestClient.Builder rest = RestClient.builder().baseUrl("http://127.0.0.1:" + port + "/graphql");
		if (authorization != null) {
			rest.defaultHeader("Authorization", authorization);
		}
		HttpSyncGraphQlClient client = HttpSyncGraphQlClient.create(rest.build());
		return GraphQlTester.builder(new ClientTransport(client)).build();
	}

	private record ClientTransport(HttpSyncGraphQlClient client) implements GraphQlTransport {

		@Override
		public Mono<GraphQlResponse> execute(GraphQlRequest request) {
			return Mono.fromCallable(() -> {
				HttpSyncGraphQlClient.RequestSpec spec = this.client.document(request.getDocument())
					.variables(request.getVariables());
				if (request.getOperationName() != null) {
					spec = spec.operationName(request.getOperationName());
				}
				return spec.executeSync();
			});
		}

		@Override
		public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
			return Flux.error(new UnsupportedOperationException("No subscriptions over HTTP"));
		}

	}

}
