package org.ilo.coalition.api.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

/**
 * The cost model of a query: a field costs 1 plus the cost of its children; a connection field costs its page size
 * ({@code first}, or the argument's default) times that; the {@code edges} of a connection count once (the page size
 * already counts them); any other list field costs {@code listFactor} times that. So
 * {@code partners(first: 50) { edges { node { offers { title } } } }} costs 50 × (1 + 1 + 1 + 10 × (1 + 1)) = 1,150
 * (partners, edges, node, ten offers with a title each).
 */
public class QueryCost implements FieldComplexityCalculator {

	private final int listFactor;

	public QueryCost(int listFactor) {
		this.listFactor = listFactor;
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		long own = 1L + childComplexity;
		Object first = environment.getArguments().get("first");
		long factor;
		if (first instanceof Number pageSize) {
			factor = Math.max(1, pageSize.longValue());
		}
		else if (isList(environment.getFieldDefinition().getType())
				&& !environment.getParentType().getName().endsWith("Connection")) {
			factor = this.listFactor;
		}
		else {
			factor = 1;
		}
		return (int) Math.min(Integer.MAX_VALUE, own * factor);
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

}
