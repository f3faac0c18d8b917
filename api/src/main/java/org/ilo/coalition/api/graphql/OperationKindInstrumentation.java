package org.ilo.coalition.api.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

/**
 * Records in the request's GraphQL context which kind of operation it executed (query, mutation, subscription), which
 * only graphql-java knows once it has picked the operation of the document.
 */
public class OperationKindInstrumentation extends SimplePerformantInstrumentation {

	/** The key of the {@link OperationDefinition.Operation} in the GraphQL context. */
	public static final String KEY = OperationKindInstrumentation.class.getName();

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		context.getGraphQLContext().put(KEY, context.getOperationDefinition().getOperation());
		return super.beginExecuteOperation(parameters, state);
	}

}
