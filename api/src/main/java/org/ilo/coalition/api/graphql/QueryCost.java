package org.ilo.coalition.api.graphql;

import java.util.Set;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost model of a query, an estimate of the values an answer holds and of the rows read to make it:
 * <ul>
 * <li>a field costs 1 plus the cost of its children (a scalar or enum is one value, a list of them one property);</li>
 * <li>a connection field costs its page size ({@code first}, or the argument's default) times that, and its
 * {@code edges} once (the page size already counts them);</li>
 * <li>a list of reference data ({@link #IN_MEMORY}: resolved from {@code ReferenceCatalog} or from the parent's own
 * view, no statement, a few items) or of introspection types (the schema, in memory) costs that once;</li>
 * <li>any other list field, read from the graph and as long as the data makes it, costs {@code listFactor} times
 * that, and once more {@code listFactor} for every in-memory list between it and the connection or graph list above
 * it, so that graph data reached through reference data ({@code offers { countries { partners } } }) is not
 * discounted.</li>
 * </ul>
 * So {@code partners(first: 50) { edges { node { offers { title thematicAreas { code } } } } } } costs
 * 50 × (1 + 1 + 1 + 10 × (1 + 1 + (1 + 1))) = 2,150. docs/architecture.md ("Query limits") has worked examples.
 */
public class QueryCost implements FieldComplexityCalculator {

	/**
	 * Types whose lists are resolved in memory: the reference data ({@code ReferenceCatalog} holds a few hundred
	 * nodes, among them the indicators' series), a partner's declared expertise, which comes with the partner's own
	 * view, and an import's skipped rows (at most one per reason), which come with the import's.
	 */
	static final Set<String> IN_MEMORY = Set.of("Country", "Region", "ThematicArea", "FunctionalArea",
			"PriorityProgramme", "Expertise", "Indicator", "IndicatorSeries", "DeclaredExpertise", "SkippedRows");

	private final int listFactor;

	public QueryCost(int listFactor) {
		this.listFactor = listFactor;
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		long own = 1L + childComplexity;
		long factor = switch (kindOf(environment)) {
			case PAGE -> pageSize(environment) * inMemoryListsAbove(environment);
			case GRAPH_LIST -> this.listFactor * inMemoryListsAbove(environment);
			case SINGLE, IN_MEMORY_LIST -> 1;
		};
		return (int) saturated((double) own * factor);
	}

	// Depth and page size bound the product anyway; this only keeps a hostile one from wrapping around.
	private static long saturated(double value) {
		return (long) Math.min(Integer.MAX_VALUE, value);
	}

	private enum Kind {

		SINGLE, PAGE, IN_MEMORY_LIST, GRAPH_LIST

	}

	private static Kind kindOf(FieldComplexityEnvironment environment) {
		if (environment.getArguments().get("first") instanceof Number) {
			return Kind.PAGE;
		}
		GraphQLOutputType type = environment.getFieldDefinition().getType();
		if (!isList(type) || environment.getParentType().getName().endsWith("Connection")) {
			return Kind.SINGLE;
		}
		GraphQLNamedType item = GraphQLTypeUtil.unwrapAll(type);
		if (GraphQLTypeUtil.isLeaf(item) || IN_MEMORY.contains(item.getName()) || item.getName().startsWith("__")) {
			return Kind.IN_MEMORY_LIST;
		}
		return Kind.GRAPH_LIST;
	}

	private static long pageSize(FieldComplexityEnvironment environment) {
		return Math.max(1, ((Number) environment.getArguments().get("first")).longValue());
	}

	/** {@code listFactor} to the power of the in-memory lists between a field and the nearest multiplying field above. */
	private long inMemoryListsAbove(FieldComplexityEnvironment environment) {
		long factor = 1;
		for (FieldComplexityEnvironment above = environment.getParentEnvironment(); above != null;
				above = above.getParentEnvironment()) {
			Kind kind = kindOf(above);
			if (kind == Kind.PAGE || kind == Kind.GRAPH_LIST) {
				break;
			}
			if (kind == Kind.IN_MEMORY_LIST) {
				factor = saturated((double) factor * this.listFactor);
			}
		}
		return factor;
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

}
