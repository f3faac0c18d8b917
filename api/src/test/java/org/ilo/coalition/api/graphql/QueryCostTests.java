package org.ilo.coalition.api.graphql;

import java.nio.file.Files;
import java.nio.file.Path;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.scalars.ExtendedScalars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCostTests {

	static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws Exception {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Date).type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver((env) -> null))
			.build();
		schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse(Files.readString(Path.of("..", "schema.graphqls"))), wiring);
	}

	@Test
	void countsTheEdgesOfAConnectionOnceAndOtherListsTenTimes() {
		assertThat(cost("{ partners(first: 50) { edges { node { offers { title } } } } }")).isEqualTo(50 * (1 + 1 + 1 + 10 * 2));
	}

	@Test
	void letsAFullPageOfPartnersWithOffersAndAreasThroughButNotANestedBomb() {
		assertThat(cost("{ partners(first: 100) { edges { node { id name offers { title kind thematicAreas { code } } } } } }"))
			.isLessThan(50_000);
		assertThat(cost("{ countries(first: 100) { edges { node { partners { offers { partner { offers { title } } } } } } } }"))
			.isGreaterThan(50_000);
	}

	// What a directory front-end asks for: a full page of partners with their expertise and every offer in detail.
	static final String DIRECTORY_PAGE = "{ partners(first: 100) { edges { node { id name kind expertise { expertise { code } } "
			+ "offers { id title kind amount unit capacity availableFrom availableUntil languages status "
			+ "thematicAreas { code } countries { iso3 } regions { code } } } } } }";

	@Test
	void letsTheDirectoryPageAtTheMaximumPageSizeThrough() {
		// 100 × (partners, edges, node, id, name, kind, expertise 3, offers 10 × (1 + 10 values + 3 × 2))
		assertThat(cost(DIRECTORY_PAGE)).isEqualTo(100 * (1 + 1 + 1 + 3 + 3 + 10 * (1 + 10 + 3 * 2))).isLessThan(50_000);
	}

	@Test
	void costsAListOfReferenceDataOnceAndAListOfScalarsAsOneValue() {
		assertThat(cost("{ partners(first: 10) { edges { node { languages thematicAreas { code name } } } } }"))
			.isEqualTo(10 * (1 + 1 + 1 + 1 + (1 + 2)));
	}

	@Test
	void doesNotDiscountGraphDataReachedThroughReferenceData() {
		// offers 10 × countries 1 × partners 10 × 10 (the countries' own number) × offers 10
		assertThat(cost("{ partners(first: 100) { edges { node { offers { countries { partners { offers { title } } } } } } } }"))
			.isEqualTo(100 * (1 + 1 + 1 + 10 * (1 + (1 + 100 * (1 + 10 * (1 + 1))))))
			.isGreaterThan(50_000);
	}

	private static int cost(String query) {
		Document document = Parser.parse(query);
		return QueryComplexityCalculator.newCalculator().fieldComplexityCalculator(new QueryCost(10)).schema(schema)
			.document(document).operationName(null).variables(CoercedVariables.emptyVariables()).build().calculate();
	}

}
