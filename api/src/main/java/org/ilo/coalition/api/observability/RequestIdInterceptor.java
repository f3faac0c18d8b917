package org.ilo.coalition.api.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Adds the request id to the {@code extensions} of every GraphQL error, so that a client can quote it and support can
 * find the request's log lines. Outermost interceptor (see {@code GraphQlConfiguration}): refusals of the inner ones
 * carry it too.
 */
public class RequestIdInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object id = request.getAttributes().get(RequestIdFilter.ATTRIBUTE);
		if (id == null) {
			return chain.next(request);
		}
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			List<GraphQLError> errors = response.getExecutionResult().getErrors().stream()
				.map((error) -> withRequestId(error, id.toString())).toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static GraphQLError withRequestId(GraphQLError error, String id) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put(RequestIdFilter.MDC_KEY, id);
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(error.getMessage())
			.locations(error.getLocations()).path(error.getPath()).extensions(extensions);
		if (error.getErrorType() != null) {
			builder.errorType(error.getErrorType());
		}
		return builder.build();
	}

}
