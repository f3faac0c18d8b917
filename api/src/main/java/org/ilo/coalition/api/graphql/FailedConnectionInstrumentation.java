package org.ilo.coalition.api.graphql;

import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;

/**
 * A connection field that failed answers {@code null} with its error, as the GraphQL spec asks ("Handling Execution
 * Errors"), not an empty connection beside the error.
 *
 * <p>Spring for GraphQL's connection support ({@code ConnectionFieldTypeVisitor}, installed by Spring Boot) puts an
 * empty {@code graphql.relay.Connection} in place of a non-null connection field that resolved to no data, with
 * errors or without. {@link GraphQlErrors} answers an exception as errors without data, so every refused or rejected
 * connection (an {@code auditEvents} of the public, a {@code partners} page of 101) came back as an empty page beside
 * its error. Our controllers return {@link Connection}, never a {@code graphql.relay.Connection}, so a relay connection
 * next to errors is that placeholder, and this takes it out again. The null of a non-null field then goes to its parent
 * ({@code data} itself for a root field) without a second error: graphql-java keeps one error per path.
 */
public class FailedConnectionInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// Only non-null connections get the placeholder; every other field keeps its fetcher unwrapped.
		if (parameters.isTrivialDataFetcher() || !isNonNullConnection(parameters.getExecutionStepInfo().getType())) {
			return dataFetcher;
		}
		return (environment) -> withoutPlaceholder(dataFetcher.get(environment));
	}

	private static boolean isNonNullConnection(GraphQLOutputType type) {
		return GraphQLTypeUtil.isNonNull(type) && GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object
				&& object.getName().endsWith("Connection");
	}

	static Object withoutPlaceholder(Object value) {
		if (value instanceof CompletionStage<?> stage) {
			return stage.thenApply(FailedConnectionInstrumentation::withoutPlaceholder);
		}
		if (value instanceof DataFetcherResult<?> result && result.hasErrors()
				&& result.getData() instanceof graphql.relay.Connection<?>) {
			return result.transform((builder) -> builder.data(null));
		}
		return value;
	}

}
