package org.ilo.coalition.api.graphql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ilo.coalition.api.graphql.VariableErrorPaths.Refusal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VariableErrorPathsTests {

	static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws Exception {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().scalar(ExtendedScalars.DateTime)
			.scalar(DateScalar.DATE).type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver((env) -> null))
			.build();
		schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse(Files.readString(Path.of("..", "schema.graphqls"))), wiring);
	}

	@Test
	void acceptsAValidOffer() {
		assertThat(VariableErrorPaths.refusal(schema.getType("OfferInput"), offer(Map.of()), "input")).isEmpty();
	}

	@Test
	void namesTheScalarEnumAndListItemThatFail() {
		assertThat(refusal(Map.of("amount", "lots"))).hasValueSatisfying((refusal) -> {
			assertThat(refusal.path()).isEqualTo("input.amount");
			assertThat(refusal.message()).startsWith("Argument 'input.amount' has an invalid value: ").contains("Number");
		});
		assertThat(refusal(Map.of("kind", "GRANT"))).map(Refusal::path).hasValue("input.kind");
		assertThat(refusal(Map.of("thematicAreas", Arrays.asList("EMPLOYMENT", null)))).map(Refusal::path)
			.hasValue("input.thematicAreas[1]");
		assertThat(refusal(Map.of("regions", List.of("AFRICA", "ATLANTIS")))).map(Refusal::path).hasValue("input.regions[1]");
		assertThat(refusal(Map.of("availableUntil", "2027-02-30"))).map(Refusal::message)
			.hasValue("Argument 'input.availableUntil' " + DateScalar.EXPECTED + ", was '2027-02-30'");
	}

	@Test
	void namesARequiredFieldLeftOutOrNullAndAFieldTheTypeLacks() {
		Map<String, Object> withoutTitle = offer(Map.of());
		withoutTitle.remove("title");
		assertThat(VariableErrorPaths.refusal(schema.getType("OfferInput"), withoutTitle, "input"))
			.map(Refusal::message).hasValue("Argument 'input.title' is required (type 'String!')");
		Map<String, Object> nullPartner = offer(Map.of());
		nullPartner.put("partnerId", null);
		assertThat(VariableErrorPaths.refusal(schema.getType("OfferInput"), nullPartner, "input")).map(Refusal::path)
			.hasValue("input.partnerId");
		assertThat(refusal(Map.of("colour", "blue"))).map(Refusal::path).hasValue("input.colour");
	}

	private static java.util.Optional<Refusal> refusal(Map<String, Object> overrides) {
		return VariableErrorPaths.refusal(schema.getType("OfferInput"), offer(overrides), "input");
	}

	private static Map<String, Object> offer(Map<String, Object> overrides) {
		Map<String, Object> input = new HashMap<>(Map.of("partnerId", "UGFydG5lcjp4", "title", "Training", "kind",
				"TRAINING", "amount", 10.0, "unit", "PLACES", "capacity", 1, "availableFrom", "2027-01-01", "availableUntil",
				"2027-06-30", "languages", List.of("en"), "thematicAreas", List.of("EMPLOYMENT")));
		input.putAll(overrides);
		return input;
	}

}
