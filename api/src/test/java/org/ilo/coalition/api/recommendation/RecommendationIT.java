package org.ilo.coalition.api.recommendation;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The four recommendations end to end, on small graphs whose right answers are planted. */
class RecommendationIT extends ApiIntegrationTest {

	static final String FORMALIZATION = "ENTERPRISE_FORMALIZATION";

	static final String SKILLS = "SKILLS_DEVELOPMENT";

	GraphFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new GraphFixture(this.neo4jClient);
	}

	/** A Kenyan request for 50 person-days of technical assistance in employment, needing two kinds of expertise. */
	private String kenyanRequest() {
		String objective = this.fixture.strategyWithObjective("KEN", "Formal jobs", "8.3.1").get(1);
		this.fixture.neededExpertise(objective, FORMALIZATION);
		this.fixture.neededExpertise(objective, SKILLS);
		return this.fixture.request("KEN", objective, "Formalization support", LocalDate.parse("2026-09-30"),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
	}

	/** A partner that fits the Kenyan request on every criterion but track record and tripartism. */
	private String wellFitting(String name, PartnerKind kind, String iso3, String status) {
		String partner = this.fixture.partner(name, kind, iso3, status);
		this.fixture.expertise(partner, FORMALIZATION, "EXPERT");
		this.fixture.expertise(partner, SKILLS, "EXPERT");
		this.fixture.offer(partner, "TECHNICAL_ASSISTANCE", 120, "PERSON_DAYS", 3, List.of("en"), List.of("EMPLOYMENT"),
				List.of("KEN"), List.of());
		return partner;
	}

	private GraphQlTester.Response recommendPartners(String requestId, int first) {
		return this.graphQl.documentName("recommendPartners")
			.variable("requestId", GlobalId.of("SupportRequest", requestId)).variable("first", first).execute();
	}

	@Test
	void ranksThePartnerBuiltToFitTheRequestPerfectlyFirst() {
		String request = kenyanRequest();
		String perfect = wellFitting("Kenya Workers Formalization Union", PartnerKind.WORKERS_ORGANIZATION, "KEN", "ADMITTED");
		for (int i = 0; i < 3; i++) {
			String objective = this.fixture.strategyWithObjective("KEN", "Earlier " + i, "8.3.1").get(1);
			String earlier = this.fixture.request("KEN", objective, "Earlier request " + i, LocalDate.parse("2025-12-01"),
					"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
			this.fixture.requestStatus(earlier, "DELIVERED");
			this.fixture.matchSuggestion(earlier, perfect, null, "ACCEPTED", 10);
		}
		String partial = this.fixture.partner("Partial Fit Institute", PartnerKind.ACADEMIA, "BRA");
		this.fixture.expertise(partial, FORMALIZATION, "BASIC");
		String regional = this.fixture.partner("Regional Skills Network", PartnerKind.NGO, "SEN");
		this.fixture.expertise(regional, FORMALIZATION, "ADVANCED");
		this.fixture.expertise(regional, SKILLS, "ADVANCED");
		String unrelated = this.fixture.partner("Unrelated Pension Experts", PartnerKind.NGO, "KEN");
		this.fixture.expertise(unrelated, "PENSION_SYSTEMS", "EXPERT");

		GraphQlTester.Response response = recommendPartners(request, 10);

		List<String> names = response.path("recommendPartners[*].partner.name").entityList(String.class).get();
		assertThat(names).containsExactly("Kenya Workers Formalization Union", "Regional Skills Network",
				"Partial Fit Institute");
		response.path("recommendPartners[0].rank").entity(Integer.class).isEqualTo(1);
		response.path("recommendPartners[0].score").entity(Double.class).satisfies((score) -> assertThat(score).isCloseTo(1.0, within(1e-9)));
		response.path("recommendPartners[0].scoreParts[*].value").entityList(Double.class)
			.satisfies((values) -> assertThat(values).hasSize(7).allSatisfy((v) -> assertThat(v).isCloseTo(1.0, within(1e-9))));
		response.path("recommendPartners[0].scoreParts[*].weight").entityList(Double.class)
			.satisfies((weights) -> assertThat(weights.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9)));
		response.path("recommendPartners[0].partner.offers[0].kind").entity(String.class).isEqualTo("TECHNICAL_ASSISTANCE");
		response.path("recommendPartners[0].reasons").entityList(String.class).satisfies((reasons) -> assertThat(reasons)
			.contains("Based in Kenya, the requesting country.")
			.anySatisfy((r) -> assertThat(r).startsWith("Declares formalization of enterprises and workers (expert level)")
				.endsWith("all 2 kinds of expertise the objective needs."))
			.anySatisfy((r) -> assertThat(r).contains("Was accepted for 3 similar requests"))
			.anySatisfy((r) -> assertThat(r).contains("enough for the 50 person-days asked"))
			.contains("Is a workers' organization, one of the ILO's tripartite constituents."));
		response.path("recommendPartners[1].score").entity(Double.class)
			.satisfies((score) -> assertThat(score).isLessThan(1.0));
	}

	@Test
	void neverRecommendsPartnersThatAreNotAdmittedOrWereRejectedForTheRequest() {
		String request = kenyanRequest();
		wellFitting("Pending Applicant", PartnerKind.NGO, "KEN", "PENDING");
		wellFitting("Rejected Applicant", PartnerKind.NGO, "KEN", "REJECTED");
		String rejectedForRequest = wellFitting("Rejected For This Request", PartnerKind.NGO, "KEN", "ADMITTED");
		this.fixture.matchSuggestion(request, rejectedForRequest, null, "REJECTED", 50);
		wellFitting("Admitted Member", PartnerKind.NGO, "KEN", "ADMITTED");

		recommendPartners(request, 100).path("recommendPartners[*].partner.name").entityList(String.class)
			.containsExactly("Admitted Member");
	}

	@Test
	void breaksTiesByNameThenId() {
		String request = kenyanRequest();
		wellFitting("Charlie Cooperative", PartnerKind.NGO, "KEN", "ADMITTED");
		wellFitting("Alpha Association", PartnerKind.NGO, "KEN", "ADMITTED");
		wellFitting("Bravo Bureau", PartnerKind.NGO, "KEN", "ADMITTED");

		GraphQlTester.Response response = recommendPartners(request, 10);

		response.path("recommendPartners[*].partner.name").entityList(String.class)
			.containsExactly("Alpha Association", "Bravo Bureau", "Charlie Cooperative");
		response.path("recommendPartners[*].score").entityList(Double.class)
			.satisfies((scores) -> assertThat(scores).containsOnly(scores.get(0)));
		response.path("recommendPartners[*].rank").entityList(Integer.class).containsExactly(1, 2, 3);
	}

	@Test
	void returnsAtMostFirstAndTakesOneStatementPerLevelWhateverFirst() {
		String request = kenyanRequest();
		for (String name : List.of("A", "B", "C", "D", "E", "F")) {
			wellFitting("Partner " + name, PartnerKind.NGO, "KEN", "ADMITTED");
		}

		this.cypher.reset();
		recommendPartners(request, 2).path("recommendPartners").entityList(Object.class).hasSize(2);
		int small = this.cypher.count();
		this.cypher.reset();
		recommendPartners(request, 6).path("recommendPartners").entityList(Object.class).hasSize(6);
		int large = this.cypher.count();

		// The ranking, the partners, their offers.
		assertThat(large).isEqualTo(small).isEqualTo(3);
	}

	@Test
	void refusesFirstOutsideOneToOneHundredNamingTheArgument() {
		String request = kenyanRequest();
		for (int first : List.of(0, 101)) {
			recommendPartners(request, first).errors().satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getMessage()).contains("'first'").contains("1 and 100");
				}));
		}
	}

	@Test
	void answersNotFoundForAnUnknownIdAndBadRequestForAMalformedOne() {
		String unknown = GlobalId.of("SupportRequest", "no-such-request");
		this.graphQl.documentName("recommendPartners").variable("requestId", unknown).execute().errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(error.getMessage()).contains("'requestId'").contains(unknown);
			}));
		this.graphQl.documentName("recommendedRequests").variable("partnerId", GlobalId.of("Partner", "nobody"))
			.execute().errors().satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		this.graphQl.documentName("similarPartners").variable("partnerId", "not an id!").execute().errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'partnerId'");
			}));
	}

	@Test
	void answersNotFoundForAPendingOrRejectedApplicationToCallersWhoMayNotSeeIt() {
		String pending = this.fixture.partner("Pending Applicant", PartnerKind.NGO, "KEN", "PENDING");
		this.fixture.expertise(pending, FORMALIZATION, "EXPERT");
		String rejected = this.fixture.partner("Rejected Applicant", PartnerKind.NGO, "KEN", "REJECTED");
		String admitted = this.fixture.partner("Admitted Member", PartnerKind.NGO, "KEN");
		this.fixture.expertise(admitted, FORMALIZATION, "EXPERT");

		for (String query : List.of("similarPartners", "recommendedRequests")) {
			for (String hidden : List.of(pending, rejected)) {
				String id = GlobalId.of("Partner", hidden);
				String unknown = GlobalId.of("Partner", hidden + "-unknown");
				for (GraphQlTester caller : List.of(this.graphQl, asPartner(admitted), asMemberState("KEN"))) {
					String asHidden = notFoundMessage(caller, query, id);
					String asUnknown = notFoundMessage(caller, query, unknown);
					assertThat(asHidden.replace(id, "ID")).as(query).isEqualTo(asUnknown.replace(unknown, "ID"));
				}
				for (GraphQlTester caller : List.of(asCoordinator(), asSecretariat(), asPartner(hidden))) {
					caller.documentName(query).variable("partnerId", id).execute().errors().verify()
						.path(query).entityList(Object.class).satisfies((items) -> assertThat(items).isNotNull());
				}
			}
		}
		asCoordinator().documentName("similarPartners").variable("partnerId", GlobalId.of("Partner", pending))
			.execute().path("similarPartners[*].partner.name").entityList(String.class).containsExactly("Admitted Member");
	}

	private static String notFoundMessage(GraphQlTester caller, String query, String partnerId) {
		String[] message = new String[1];
		caller.documentName(query).variable("partnerId", partnerId).execute().errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				message[0] = error.getMessage();
			}));
		return message[0];
	}

	@Test
	void recommendsOpenRequestsAddressingTheMostSevereDeficitsFirst() {
		String partner = this.fixture.partner("Formalization Experts", PartnerKind.NGO, "FRA");
		this.fixture.expertise(partner, FORMALIZATION, "EXPERT");
		this.fixture.observation("KEN", "8.3.1", 2024, 85.0, 5);
		this.fixture.observation("KEN", "8.3.1", 2019, 10.0, 1);
		this.fixture.observation("BRA", "8.3.1", 2024, 25.0, 2);
		request("KEN", "Kenyan request");
		request("BRA", "Brazilian request");
		String closed = request("KEN", "Closed request");
		this.fixture.requestStatus(closed, "MATCHED");
		String rejected = request("KEN", "Rejected request");
		this.fixture.matchSuggestion(rejected, partner, null, "REJECTED", 50);

		GraphQlTester.Response response = this.graphQl.documentName("recommendedRequests")
			.variable("partnerId", GlobalId.of("Partner", partner)).execute();

		response.path("recommendedRequests[*].request.title").entityList(String.class)
			.containsExactly("Kenyan request", "Brazilian request");
		response.path("recommendedRequests[*].deficitSeverity").entityList(Integer.class).containsExactly(5, 2);
		response.path("recommendedRequests[0].fit").entity(Double.class)
			.satisfies((fit) -> assertThat(fit).isGreaterThan(0.0));
		response.path("recommendedRequests[0].reasons[0]").entity(String.class)
			.satisfies((reason) -> assertThat(reason).contains("Kenya").contains("SDG 8.3.1").contains("severity 5 of 5"));
	}

	private String request(String iso3, String title) {
		String objective = this.fixture.strategyWithObjective(iso3, title + " strategy", "8.3.1").get(1);
		this.fixture.neededExpertise(objective, FORMALIZATION);
		return this.fixture.request(iso3, objective, title, LocalDate.parse("2026-10-01"), "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));
	}

	@Test
	void findsSimilarPartnersByWhatTheyShareAndShowsTheOverlap() {
		String subject = this.fixture.partner("Subject Org", PartnerKind.NGO, "KEN");
		this.fixture.expertise(subject, FORMALIZATION, "EXPERT");
		this.fixture.expertise(subject, SKILLS, "BASIC");
		String twin = this.fixture.partner("Twin Org", PartnerKind.NGO, "SEN");
		this.fixture.expertise(twin, FORMALIZATION, "BASIC");
		this.fixture.expertise(twin, SKILLS, "ADVANCED");
		this.fixture.workStream("Formalizing micro enterprises", "INFORMAL_TO_FORMAL", subject, List.of(twin));
		String cousin = this.fixture.partner("Cousin Org", PartnerKind.NGO, "BRA");
		this.fixture.expertise(cousin, SKILLS, "EXPERT");
		this.fixture.expertise(cousin, "PENSION_SYSTEMS", "EXPERT");
		String stranger = this.fixture.partner("Stranger Org", PartnerKind.NGO, "KEN");
		this.fixture.expertise(stranger, "PENSION_SYSTEMS", "EXPERT");
		String pending = this.fixture.partner("Pending Twin", PartnerKind.NGO, "KEN", "PENDING");
		this.fixture.expertise(pending, FORMALIZATION, "EXPERT");

		GraphQlTester.Response response = this.graphQl.documentName("similarPartners")
			.variable("partnerId", GlobalId.of("Partner", subject)).execute();

		response.path("similarPartners[*].partner.name").entityList(String.class).containsExactly("Twin Org", "Cousin Org");
		response.path("similarPartners[0].overlap.expertise[*].code").entityList(String.class)
			.contains(FORMALIZATION, SKILLS).hasSize(2);
		response.path("similarPartners[0].overlap.workStreams[*].name").entityList(String.class)
			.containsExactly("Formalizing micro enterprises");
		response.path("similarPartners[0].overlap.regions[*].code").entityList(String.class).containsExactly("AFRICA");
		response.path("similarPartners[0].overlap.expertiseShare").entity(Double.class).isEqualTo(1.0);
		response.path("similarPartners[1].overlap.expertiseShare").entity(Double.class)
			.satisfies((share) -> assertThat(share).isCloseTo(1.0 / 3, within(1e-9)));
		response.path("similarPartners[0].reasons").entityList(String.class)
			.satisfies((reasons) -> assertThat(reasons).anySatisfy((r) -> assertThat(r).startsWith("Shares expertise in")));
	}

	@Test
	void suggestsProgrammesFromTheLatestDeficitsWithTheObservationsBehindThem() {
		this.fixture.observation("KEN", "8.3.1", 2024, 85.0, 5);
		this.fixture.observation("KEN", "8.3.1", 2018, 15.0, 1);
		this.fixture.observation("KEN", "8.7.1", 2024, 1.0, 1);
		this.fixture.observation("KEN", "8.8.2", 2024, 3.0, 3);
		this.fixture.observation("KEN", "8.5.2", 2019, 20.0, 5);
		this.fixture.observation("KEN", "8.5.2", 2024, 3.0, 1);

		GraphQlTester.Response response = this.graphQl.documentName("suggestedProgrammes").variable("country", "ken")
			.execute();

		response.path("suggestedProgrammes[*].programme.code").entityList(String.class)
			.containsExactly("INFORMAL_TO_FORMAL", "SUPPLY_CHAINS_TRADE");
		response.path("suggestedProgrammes[0].evidence[*].indicator.code").entityList(String.class).containsExactly("8.3.1");
		response.path("suggestedProgrammes[0].evidence[0].observation.year").entity(Integer.class).isEqualTo(2024);
		response.path("suggestedProgrammes[0].evidence[0].minimumSeverity").entity(Integer.class).isEqualTo(3);
		response.path("suggestedProgrammes[0].reasons[0]").entity(String.class)
			.satisfies((reason) -> assertThat(reason).contains("(SDG 8.3.1) in Kenya was 85.0 % in 2024, severity 5 of 5"));
		response.path("suggestedProgrammes[1].evidence[*].indicator.code").entityList(String.class).containsExactly("8.8.2");
	}

	@Test
	void refusesAnUnknownCountryForProgrammes() {
		this.graphQl.documentName("suggestedProgrammes").variable("country", "XXX").execute().errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'country'");
			}));
	}

}
