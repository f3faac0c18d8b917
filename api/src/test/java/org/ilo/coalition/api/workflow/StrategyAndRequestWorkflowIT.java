package org.ilo.coalition.api.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class StrategyAndRequestWorkflowIT extends ApiIntegrationTest {

	static Map<String, Object> strategy(String country) {
		Map<String, Object> objective = new HashMap<>();
		objective.put("title", "Formalize micro-enterprises");
		objective.put("addresses", List.of("8.3.1", "8.5.2"));
		objective.put("programmes", List.of("INFORMAL_TO_FORMAL"));
		objective.put("supportKinds", List.of("TECHNICAL_ASSISTANCE", "FUNDING"));
		objective.put("alignedWithCooperationFramework", true);
		Map<String, Object> input = new HashMap<>();
		input.put("country", country);
		input.put("title", "National decent work strategy");
		input.put("dialogueDate", "2025-03-14");
		input.put("periodStart", 2026);
		input.put("periodEnd", 2030);
		input.put("objectives", List.of(objective));
		return input;
	}

	static Map<String, Object> request(String objectiveId) {
		Map<String, Object> input = new HashMap<>();
		input.put("objectiveId", objectiveId);
		input.put("title", "Advisory support for a formalization law");
		input.put("kind", "TECHNICAL_ASSISTANCE");
		input.put("amount", 120.0);
		input.put("unit", "PERSON_DAYS");
		input.put("language", "en");
		input.put("deadline", LocalDate.now().plusMonths(6).toString());
		return input;
	}

	@Test
	void letsAMemberStateRecordItsStrategyFileARequestAndWithdrawIt() {
		GraphQlTester.Response recorded = asMemberState("KEN").documentName("recordStrategy")
			.variable("input", strategy("KEN")).execute();
		recorded.path("recordNationalStrategy.objectives[0].addresses[*].code").entityList(String.class)
			.containsExactly("8.3.1", "8.5.2");
		String objective = recorded.path("recordNationalStrategy.objectives[0].id").entity(String.class).get();

		GraphQlTester.Response submitted = asMemberState("KEN").documentName("submitRequest")
			.variable("input", request(objective)).execute();
		submitted.path("submitSupportRequest.status").entity(String.class).isEqualTo("OPEN");
		submitted.path("submitSupportRequest.country.iso3").entity(String.class).isEqualTo("KEN");
		submitted.path("submitSupportRequest.thematicAreas[*].code").entityList(String.class).containsExactly("EMPLOYMENT");
		String id = submitted.path("submitSupportRequest.id").entity(String.class).get();

		asMemberState("KEN").documentName("withdrawRequest").variable("id", id).variable("version", 0).execute()
			.path("withdrawSupportRequest.status").entity(String.class).isEqualTo("WITHDRAWN");
		asMemberState("KEN").documentName("withdrawRequest").variable("id", id).variable("version", 1).execute()
			.errors().expect((e) -> e.getErrorType().toString().equals("CONFLICT")).verify();
	}

	@Test
	void keepsEachMemberStateToItsOwnCountry() {
		asMemberState("BRA").documentName("recordStrategy").variable("input", strategy("KEN")).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
		String objective = asSecretariat().documentName("recordStrategy").variable("input", strategy("KEN")).execute()
			.path("recordNationalStrategy.objectives[0].id").entity(String.class).get();

		asMemberState("BRA").documentName("submitRequest").variable("input", request(objective)).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
		asSecretariat().documentName("submitRequest").variable("input", request(objective)).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isZero();
	}

	@Test
	void validatesStrategiesAndRequestsBeforeWriting() {
		Map<String, Object> backwards = strategy("KEN");
		backwards.put("periodEnd", 2020);
		asMemberState("KEN").documentName("recordStrategy").variable("input", backwards).execute().errors()
			.expect((e) -> e.getMessage().contains("'input.periodEnd'")).verify();
		Map<String, Object> unknownIndicator = strategy("KEN");
		@SuppressWarnings("unchecked")
		Map<String, Object> objective = new HashMap<>(((List<Map<String, Object>>) unknownIndicator.get("objectives")).get(0));
		objective.put("addresses", List.of("99.9.9"));
		unknownIndicator.put("objectives", List.of(objective));
		asMemberState("KEN").documentName("recordStrategy").variable("input", unknownIndicator).execute().errors()
			.expect((e) -> e.getMessage().contains("'input.objectives.addresses'")).verify();
		assertThat(count("MATCH (s:NationalStrategy) RETURN count(s)")).isZero();

		String objectiveId = asMemberState("KEN").documentName("recordStrategy").variable("input", strategy("KEN"))
			.execute().path("recordNationalStrategy.objectives[0].id").entity(String.class).get();
		Map<String, Object> past = request(objectiveId);
		past.put("deadline", LocalDate.now().toString());
		expectBadRequest(past, "input.deadline");
		Map<String, Object> wrongUnit = request(objectiveId);
		wrongUnit.put("unit", "PLACES");
		expectBadRequest(wrongUnit, "input.unit");
		Map<String, Object> badLanguage = request(objectiveId);
		badLanguage.put("language", "xx");
		expectBadRequest(badLanguage, "input.language");
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isZero();
	}

	private void expectBadRequest(Map<String, Object> input, String field) {
		asMemberState("KEN").documentName("submitRequest").variable("input", input).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("BAD_REQUEST") && e.getMessage().contains("'" + field + "'"))
			.verify();
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
