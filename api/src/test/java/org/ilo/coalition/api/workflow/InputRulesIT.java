package org.ilo.coalition.api.workflow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules for input values found by testing from outside: impossible dates, blank and null values in updates
 * (absent leaves a field unchanged, null or blank clears an optional one and is refused for a required one), e-mail
 * addresses, and the kinds of support an objective accepts.
 */
class InputRulesIT extends ApiIntegrationTest {

	private static final String PROFILE = """
			mutation($input: PartnerProfileInput!) {
			  updatePartnerProfile(input: $input) { version name description website languages contactEmail }
			}""";

	private static final String OFFER = """
			mutation($input: OfferUpdateInput!) {
			  updateOffer(input: $input) { version title description amount languages countries { iso3 } regions { code } }
			}""";

	// Marks a field left out of the input.
	private static final Object MISSING = new Object();

	private static final String DATE = "must be a date as YYYY-MM-DD, such as 2027-06-30";

	String partner;

	String offer;

	String objective;

	@BeforeEach
	void graph() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		this.partner = fixture.partner("Skills Alliance", PartnerKind.NGO, "KEN");
		this.offer = fixture.offer(this.partner, "Training", "TRAINING", List.of("EMPLOYMENT"), List.of("KEN"));
		// The fixture's objective needs TECHNICAL_ASSISTANCE only.
		this.objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		this.neo4jClient.query("""
				MATCH (p:Partner {id: $id})
				SET p.description = 'Vocational training', p.website = 'https://skills.example.org',
				    p.contactEmail = 'info@skills.example.org'
				""").bind(this.partner).to("id").run();
		this.neo4jClient.query("MATCH (o:Offer {id: $id}) SET o.description = 'Ten places'").bind(this.offer).to("id")
			.run();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-02-30", "2027-02-29", "2027-13-01", "27-06-30", "0000-00-00", "tomorrow" })
	void refusesAnImpossibleOrMalformedDeadlineNamingTheFieldAndTheExpectedForm(String deadline) {
		Map<String, Object> input = new HashMap<>(StrategyAndRequestWorkflowIT.request(GlobalId.of("Objective", this.objective)));
		input.put("deadline", deadline);

		expectBadRequest(asMemberState("KEN").documentName("submitRequest").variable("input", input), "input.deadline",
				DATE);
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isZero();
	}

	@Test
	void refusesAnImpossibleDateWrittenInTheDocumentAlike() {
		String document = """
				mutation {
				  updateOffer(input: {id: "%s", version: 0, availableUntil: "2027-02-30"}) { version }
				}""".formatted(GlobalId.of("Offer", this.offer));

		expectBadRequest(asPartner(this.partner).document(document), "input.availableUntil", DATE);
		assertThat(count("MATCH (o:Offer) RETURN o.version")).isZero();
	}

	@Test
	void refusesImpossibleAvailabilityDatesOfNewAndChangedOffers() {
		expectBadRequest(asPartner(this.partner).documentName("offerResource").variable("input",
				MutationInputs.offer(this.partner, Map.of("availableUntil", "2027-02-30"))), "input.availableUntil", DATE);
		expectBadRequest(asPartner(this.partner).documentName("offerResource").variable("input",
				MutationInputs.offer(this.partner, Map.of("availableFrom", "2027-04-31"))), "input.availableFrom", DATE);
		expectBadRequest(asPartner(this.partner).document(OFFER).variable("input",
				offerChange(Map.of("availableUntil", "2027-02-29"))), "input.availableUntil", DATE);
		assertThat(count("MATCH (o:Offer) RETURN count(o)")).isOne();
		assertThat(count("MATCH (o:Offer) RETURN o.version")).isZero();
	}

	static Stream<Arguments> badOfferValues() {
		return Stream.of(Arguments.of("input.amount", "amount", "lots"), Arguments.of("input.capacity", "capacity", "ten"),
				Arguments.of("input.kind", "kind", "GRANT"),
				Arguments.of("input.thematicAreas[1]", "thematicAreas", Arrays.asList("EMPLOYMENT", null)),
				Arguments.of("input.regions[1]", "regions", List.of("AFRICA", "ATLANTIS")),
				Arguments.of("input.title", "title", MISSING), Arguments.of("input.partnerId", "partnerId", null),
				Arguments.of("input.colour", "colour", "blue"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badOfferValues")
	void namesTheFieldInsideAVariableThatFailsToCoerce(String field, String key, Object value) {
		Map<String, Object> input = MutationInputs.offer(this.partner, Map.of());
		if (value == MISSING) {
			input.remove(key);
		}
		else {
			input.put(key, value);
		}

		expectBadRequest(asPartner(this.partner).documentName("offerResource").variable("input", input), field);
		assertThat(count("MATCH (o:Offer) RETURN count(o)")).isOne();
	}

	@Test
	void namesTheFieldOfAListedInputObjectThatFailsToCoerce() {
		Map<String, Object> objective = Map.of("title", "Objective", "addresses", List.of("8.3.1"), "supportKinds",
				List.of("FUNDING", "GRANT"));
		Map<String, Object> strategy = Map.of("country", "KEN", "title", "Strategy", "periodStart", 2026, "periodEnd", 2030,
				"objectives", List.of(objective));

		expectBadRequest(asMemberState("KEN").documentName("recordStrategy").variable("input", strategy),
				"input.objectives[0].supportKinds[1]", "GRANT");
	}

	@Test
	void keepsAcceptingRealDatesIncludingALeapDay() {
		asPartner(this.partner).document(OFFER).variable("input", offerChange(Map.of("availableUntil", "2028-02-29")))
			.execute().path("updateOffer.version").entity(Integer.class).isEqualTo(1);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void clearsOptionalProfileFieldsGivenAsNullOrBlank(String value) {
		Map<String, Object> input = profileChange(new HashMap<>());
		input.put("description", value);
		input.put("website", value);

		asPartner(this.partner).document(PROFILE).variable("input", input).execute()
			.path("updatePartnerProfile.version").entity(Integer.class).isEqualTo(1)
			.path("updatePartnerProfile.description").valueIsNull()
			.path("updatePartnerProfile.website").valueIsNull()
			.path("updatePartnerProfile.name").entity(String.class).isEqualTo("Skills Alliance")
			.path("updatePartnerProfile.contactEmail").entity(String.class).isEqualTo("info@skills.example.org");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void clearsTheDescriptionOfAnOfferGivenAsNullOrBlank(String value) {
		Map<String, Object> input = offerChange(new HashMap<>());
		input.put("description", value);

		asPartner(this.partner).document(OFFER).variable("input", input).execute()
			.path("updateOffer.version").entity(Integer.class).isEqualTo(1)
			.path("updateOffer.description").valueIsNull()
			.path("updateOffer.title").entity(String.class).isEqualTo("Training");
	}

	@Test
	void leavesFieldsThatAreAbsentAsTheyAre() {
		asPartner(this.partner).document(PROFILE).variable("input", profileChange(Map.of("name", "Skills Alliance Kenya")))
			.execute()
			.path("updatePartnerProfile.description").entity(String.class).isEqualTo("Vocational training")
			.path("updatePartnerProfile.website").entity(String.class).isEqualTo("https://skills.example.org");
		asPartner(this.partner).document(OFFER).variable("input", offerChange(Map.of("amount", 12.0))).execute()
			.path("updateOffer.description").entity(String.class).isEqualTo("Ten places")
			.path("updateOffer.countries[*].iso3").entityList(String.class).containsExactly("KEN");
	}

	@Test
	void clearsTheCountriesOfAnOfferGivenAsNullWhenRegionsRemain() {
		Map<String, Object> input = offerChange(new HashMap<>(Map.of("regions", List.of("AFRICA"))));
		input.put("countries", null);

		asPartner(this.partner).document(OFFER).variable("input", input).execute()
			.path("updateOffer.countries").entityList(Object.class).hasSize(0)
			.path("updateOffer.regions[*].code").entityList(String.class).containsExactly("AFRICA");
	}

	@Test
	void clearsFunctionalAreasGivenAsNullAndKeepsThemWhenAbsent() {
		Map<String, Object> input = profileChange(new HashMap<>(Map.of("expertise", List.of(),
				"functionalAreas", List.of("KNOWLEDGE"))));
		declareExpertise(input).path("declareExpertise.functionalAreas[*].code").entityList(String.class)
			.containsExactly("KNOWLEDGE");
		input.remove("functionalAreas");
		input.put("version", 1);
		declareExpertise(input).path("declareExpertise.functionalAreas[*].code").entityList(String.class)
			.containsExactly("KNOWLEDGE");
		input.put("functionalAreas", null);
		input.put("version", 2);
		declareExpertise(input).path("declareExpertise.functionalAreas").entityList(Object.class).hasSize(0);
	}

	private GraphQlTester.Response declareExpertise(Map<String, Object> input) {
		return asPartner(this.partner).documentName("declareExpertise").variable("input", input).execute();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void refusesToClearRequiredProfileFields(String value) {
		for (String field : List.of("name", "contactEmail")) {
			Map<String, Object> input = profileChange(new HashMap<>());
			input.put(field, value);
			expectBadRequest(asPartner(this.partner).document(PROFILE).variable("input", input), "input." + field);
		}
		assertThat(count("MATCH (p:Partner) RETURN p.version")).isZero();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void refusesToClearRequiredOfferFields(String value) {
		for (String field : List.of("title", "unit")) {
			Map<String, Object> input = offerChange(new HashMap<>());
			input.put(field, value);
			expectBadRequest(asPartner(this.partner).document(OFFER).variable("input", input), "input." + field);
		}
		assertThat(count("MATCH (o:Offer) RETURN o.version")).isZero();
	}

	@Test
	void refusesNullForRequiredOfferValuesThatAreNoText() {
		for (String field : List.of("amount", "capacity", "availableFrom", "availableUntil", "languages", "thematicAreas")) {
			Map<String, Object> input = offerChange(new HashMap<>());
			input.put(field, null);
			expectBadRequest(asPartner(this.partner).document(OFFER).variable("input", input), "input." + field);
		}
		assertThat(count("MATCH (o:Offer) RETURN o.version")).isZero();
	}

	@Test
	void refusesToLeaveAPartnerOrAnOfferWithoutLanguages() {
		expectBadRequest(asPartner(this.partner).document(PROFILE).variable("input",
				profileChange(Map.of("languages", List.of()))), "input.languages");
		expectBadRequest(asPartner(this.partner).document(OFFER).variable("input",
				offerChange(Map.of("languages", List.of()))), "input.languages");
		assertThat(count("MATCH (p:Partner) WHERE p.languages = ['en'] RETURN count(p)")).isOne();
		assertThat(count("MATCH (o:Offer) WHERE o.languages = ['en'] RETURN count(o)")).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>@x.org", "a b@example.org", "someone@example", "someone@-example.org",
			"someone@example..org", ".someone@example.org", "some\"one@example.org" })
	void refusesWhatIsNoEMailAddressWhereverOneIsAccepted(String address) {
		expectBadRequest(asPartner(this.partner).document(PROFILE).variable("input",
				profileChange(Map.of("contactEmail", address))), "input.contactEmail");
		Map<String, Object> application = MutationInputs.application("Fair Work Institute", "NGO", "BRA");
		application.put("contactEmail", address);
		expectBadRequest(anonymous().documentName("apply").variable("input", application), "input.contactEmail");
		assertThat(count("MATCH (p:Partner) RETURN count(p)")).isOne();
	}

	@Test
	void refusesARequestForAKindOfSupportItsObjectiveDoesNotNeed() {
		Map<String, Object> input = new HashMap<>(StrategyAndRequestWorkflowIT.request(GlobalId.of("Objective", this.objective)));
		input.put("kind", "FUNDING");
		input.put("unit", "USD");

		expectBadRequest(asMemberState("KEN").documentName("submitRequest").variable("input", input), "input.kind");
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isZero();
	}

	private void expectBadRequest(GraphQlTester.Request<?> request, String field) {
		expectBadRequest(request, field, "");
	}

	private void expectBadRequest(GraphQlTester.Request<?> request, String field, String explanation) {
		request.execute().errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(String.valueOf(error.getErrorType())).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", field);
			assertThat(error.getMessage()).contains(field, explanation)
				.doesNotContain("YearOfEra", "java.", "Invalid value for");
		}));
	}

	private Map<String, Object> profileChange(Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>(changes);
		input.put("partnerId", GlobalId.of("Partner", this.partner));
		input.put("version", 0);
		return input;
	}

	private Map<String, Object> offerChange(Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>(changes);
		input.put("id", GlobalId.of("Offer", this.offer));
		input.put("version", 0);
		return input;
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
