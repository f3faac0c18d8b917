package org.ilo.coalition.api.graphql;

import java.util.HashSet;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The depth limit, except for operations that only introspect the schema ({@code __schema}, {@code __type}) where
 * introspection is enabled: a tool's standard introspection query (GraphiQL's nests {@code ofType} to depth 13) reads
 * the schema in memory, and graphql-java's good-faith introspection check already refuses one deeper than 20 or
 * repeating {@code fields}, {@code interfaces}, {@code possibleTypes} or {@code inputFields}. Any data field in the
 * operation brings the limit back.
 */
public class QueryDepthLimit extends MaxQueryDepthInstrumentation {

	private static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type", "__typename");

	private final boolean introspectionEnabled;

	public QueryDepthLimit(int maxDepth, boolean introspectionEnabled) {
		super(maxDepth);
		this.introspectionEnabled = introspectionEnabled;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (this.introspectionEnabled
				&& onlyIntrospection(context.getOperationDefinition().getSelectionSet(), context, new HashSet<>())) {
			return SimpleInstrumentationContext.noOp();
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private static boolean onlyIntrospection(SelectionSet selections, ExecutionContext context, Set<String> seen) {
		for (Selection<?> selection : selections.getSelections()) {
			boolean introspection;
			if (selection instanceof Field field) {
				introspection = INTROSPECTION_FIELDS.contains(field.getName());
			}
			else if (selection instanceof InlineFragment inline) {
				introspection = onlyIntrospection(inline.getSelectionSet(), context, seen);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = context.getFragment(spread.getName());
				introspection = fragment != null && seen.add(spread.getName())
						&& onlyIntrospection(fragment.getSelectionSet(), context, seen);
			}
			else {
				introspection = false;
			}
			if (!introspection) {
				return false;
			}
		}
		return true;
	}

}
