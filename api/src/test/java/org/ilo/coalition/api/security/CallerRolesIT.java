package org.ilo.coalition.api.security;

import java.util.List;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.HttpGraphQl;
import org.ilo.coalition.api.test.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** JWT callers reach {@code @PreAuthorize} with their role, and refusals say who was refused what. */
class CallerRolesIT extends ApiIntegrationTest {

	@Test
	void aTokenListingSeveralRolesActsAsTheHighest() {
		withRoles(List.of("PARTNER", "SECRETARIAT")).documentName("auditEvents").execute()
			.path("auditEvents.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aTokenWithoutARoleIsAskedToSignIn() {
		assertRefusal(withRoles(List.of()).documentName("auditEvents").execute(), "UNAUTHORIZED",
				"Sign in to read auditEvents");
	}

	@Test
	void aRefusalNamesTheRoleAndTheOperation() {
		assertRefusal(asPartner("p1").documentName("auditEvents").execute(), "FORBIDDEN",
				"A PARTNER user may not read auditEvents");
		assertRefusal(asCoordinator()
			.document("mutation { freezeReport(input: {label: \"x\", report: DATA_COVERAGE}) { id } }")
			.execute(), "FORBIDDEN", "A COORDINATION_GROUP user may not call freezeReport");
	}

	private GraphQlTester withRoles(List<String> roles) {
		return HttpGraphQl.tester(this.port, "Bearer " + Tokens.token("someone", roles, null, null));
	}

	private static void assertRefusal(GraphQlTester.Response response, String classification, String message) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(String.valueOf(error.getErrorType())).isEqualTo(classification);
			assertThat(error.getMessage()).isEqualTo(message);
		}));
	}

}
