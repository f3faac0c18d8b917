package org.ilo.coalition.api.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfferWorkflowIT extends ApiIntegrationTest {

	String partner;

	@BeforeEach
	void admittedPartner() {
		this.partner = new GraphFixture(this.neo4jClient).partner("Skills Alliance", PartnerKind.NGO, "KEN");
	}

	Map<String, Object> offer() {
		Map<String, Object> input = new HashMap<>();
		input.put("partnerId", GlobalId.of("Partner", this.partner));
		input.put("title", "Apprenticeship training");
		input.put("kind", "TRAINING");
		input.put("amount", 40.0);
		input.put("unit", "places");
		input.put("capacity", 2);
		input.put("availableFrom", LocalDate.now().toString());
		input.put("availableUntil", LocalDate.now().plusYears(1).toString());
		input.put("languages", List.of("en", "SW"));
		input.put("thematicAreas", List.of("EMPLOYMENT"));
		input.put("countries", List.of("KEN", "uga"));
		input.put("regions", List.of("AFRICA"));
		return input;
	}

	@Test
	void letsAnAdmittedPartnerOfferChangeAndWithdrawAResource() {
		String id = asPartner(this.partner).documentName("offerResource").variable("input", offer()).execute()
			.path("offerResource.unit").entity(String.class).isEqualTo("PLACES")
			.path("offerResource.languages").entityList(String.class).containsExactly("en", "sw")
			.path("offerResource.countries[*].iso3").entityList(String.class).containsExactly("KEN", "UGA")
			.path("offerResource.partner.name").entity(String.class).isEqualTo("Skills Alliance")
			.path("offerResource.id").entity(String.class).get();

		asPartner(this.partner).documentName("updateOffer")
			.variable("input", Map.of("id", id, "version", 0, "amount", 60.0, "capacity", 3)).execute()
			.path("updateOffer.amount").entity(Double.class).isEqualTo(60.0)
			.path("updateOffer.version").entity(Integer.class).isEqualTo(1);
		asPartner(this.partner).documentName("withdrawOffer").variable("id", id).variable("version", 1).execute()
			.path("withdrawOffer.status").entity(String.class).isEqualTo("WITHDRAWN");
		asPartner(this.partner).documentName("withdrawOffer").variable("id", id).variable("version", 2).execute()
			.errors().expect((e) -> e.getErrorType().toString().equals("CONFLICT")).verify();
	}

	@Test
	void refusesOffersOfPartnersThatAreNotAdmitted() {
		String pending = new GraphFixture(this.neo4jClient).partner("Newcomer", PartnerKind.NGO, "KEN", "PENDING");
		Map<String, Object> input = offer();
		input.put("partnerId", GlobalId.of("Partner", pending));

		asPartner(pending).documentName("offerResource").variable("input", input).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("only admitted"))
			.verify();
		assertThat(count("MATCH (o:Offer) RETURN count(o)")).isZero();
	}

	@Test
	void refusesOffersForSomeoneElsesPartner() {
		asPartner("another-partner").documentName("offerResource").variable("input", offer()).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
		asSecretariat().documentName("offerResource").variable("input", offer()).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
	}

	@Test
	void validatesAmountsUnitsDatesAndCodesBeforeWriting() {
		expectBadRequest(with("amount", 0.0), "input.amount");
		expectBadRequest(with("unit", "PERSON_DAYS"), "input.unit");
		Map<String, Object> funding = with("kind", "FUNDING");
		funding.put("unit", "DOLLARS");
		expectBadRequest(funding, "input.unit");
		expectBadRequest(with("availableUntil", LocalDate.now().minusDays(1).toString()), "input.availableUntil");
		expectBadRequest(with("thematicAreas", List.of("HAPPINESS")), "input.thematicAreas");
		expectBadRequest(with("countries", List.of("ZZZ")), "input.countries");
		expectBadRequest(with("capacity", 0), "input.capacity");
		Map<String, Object> nowhere = with("countries", List.of());
		nowhere.put("regions", List.of());
		expectBadRequest(nowhere, "input.countries");
		assertThat(count("MATCH (o:Offer) RETURN count(o)")).isZero();
		assertThat(count("MATCH (e:AuditEvent) RETURN count(e)")).isZero();
	}

	@Test
	void acceptsFundingInAnIsoCurrency() {
		Map<String, Object> funding = with("kind", "FUNDING");
		funding.put("unit", "chf");
		funding.put("amount", 250000.0);

		asPartner(this.partner).documentName("offerResource").variable("input", funding).execute()
			.path("offerResource.unit").entity(String.class).isEqualTo("CHF");
	}

	private Map<String, Object> with(String field, Object value) {
		Map<String, Object> input = offer();
		input.put(field, value);
		return input;
	}

	private void expectBadRequest(Map<String, Object> input, String field) {
		asPartner(this.partner).documentName("offerResource").variable("input", input).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("BAD_REQUEST") && e.getMessage().contains("'" + field + "'"))
			.verify();
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
