package org.ilo.coalition.api.security;

import java.util.stream.Stream;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field whose resolution failed is {@code null} with its error (GraphQL spec, "Handling Execution Errors"), not an
 * empty connection beside the error. The connection fields here are non-null in the schema, so the null reaches
 * {@code data} itself.
 */
class FailedFieldsIT extends ApiIntegrationTest {

	private String partner;

	@BeforeEach
	void graph() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		this.partner = fixture.partner("Own Partner", PartnerKind.NGO, "KEN");
	}

	static Stream<Arguments> refusals() {
		return Stream.of(
				Arguments.of("matchSuggestions", "public", "UNAUTHORIZED"),
				Arguments.of("matchRuns", "public", "UNAUTHORIZED"),
				Arguments.of("matchRuns", "partner", "FORBIDDEN"),
				Arguments.of("auditEvents", "public", "UNAUTHORIZED"),
				Arguments.of("auditEvents", "partner", "FORBIDDEN"));
	}

	@ParameterizedTest(name = "{0} as {1}: null with {2}")
	@MethodSource("refusals")
	void aRefusedConnectionIsNullWithItsError(String field, String caller, String classification) {
		GraphQlTester tester = "public".equals(caller) ? anonymous() : asPartner(this.partner);

		assertNullWithOneError(tester.documentName(field).execute(), field, classification);
	}

	@Test
	void aConnectionRefusingItsArgumentsIsNullWithItsError() {
		assertNullWithOneError(anonymous().documentName("partnersPage").variable("first", 101).execute(), "partners",
				"BAD_REQUEST");
	}

	@Test
	void aPartnerStillReadsItsMatchSuggestions() {
		asPartner(this.partner).documentName("matchSuggestions").execute()
			.path("matchSuggestions.totalCount").entity(Integer.class).isEqualTo(0);
	}

	private static void assertNullWithOneError(GraphQlTester.Response response, String field, String classification) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(String.valueOf(error.getErrorType())).isEqualTo(classification);
			assertThat(error.getPath()).isEqualTo(field);
		}));
		GraphQlResponse raw = response.returnResponse();
		assertThat(raw.field(field).<Object>getValue()).as("data.%s", field).isNull();
		assertThat((Object) raw.getData()).as("data, as the field is non-null").isNull();
	}

}
