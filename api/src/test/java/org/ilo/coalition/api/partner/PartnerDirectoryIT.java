package org.ilo.coalition.api.partner;

import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerDirectoryIT extends ApiIntegrationTest {

	GraphFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new GraphFixture(this.neo4jClient);
	}

	@Test
	void pagesThroughAllPartnersInNameOrderWithoutGapsOrRepeats() {
		this.fixture.partners("Org", 25, "KEN");

		GraphQlTester.Response first = page(Map.of("first", 10));
		first.path("partners.totalCount").entity(Integer.class).isEqualTo(25);
		first.path("partners.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("partners.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		List<String> names = first.path("partners.edges[*].node.name").entityList(String.class).get();
		String cursor = first.path("partners.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response second = page(Map.of("first", 10, "after", cursor));
		second.path("partners.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		List<String> secondNames = second.path("partners.edges[*].node.name").entityList(String.class).get();
		cursor = second.path("partners.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response last = page(Map.of("first", 10, "after", cursor));
		last.path("partners.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> lastNames = last.path("partners.edges[*].node.name").entityList(String.class).get();

		assertThat(names).hasSize(10).first().isEqualTo("Org 001");
		assertThat(secondNames).hasSize(10).first().isEqualTo("Org 011");
		assertThat(lastNames).hasSize(5).last().isEqualTo("Org 025");
		String lastCursor = last.path("partners.pageInfo.endCursor").entity(String.class).get();
		page(Map.of("first", 10, "after", lastCursor)).path("partners.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void pagesThroughARegionCombinedWithOtherCriteria() {
		this.fixture.partners("Org", 15, "KEN");
		this.fixture.partners("Org", 15, "UGA");
		this.fixture.partners("Org", 5, "FRA");
		this.fixture.partner("Kenya Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");

		Map<String, Object> filter = Map.of("region", "AFRICA", "kinds", List.of("NGO"), "nameContains", "org");
		GraphQlTester.Response first = page(Map.of("filter", filter, "first", 20));
		first.path("partners.totalCount").entity(Integer.class).isEqualTo(30);
		String cursor = first.path("partners.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = page(Map.of("filter", filter, "first", 20, "after", cursor));
		second.path("partners.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

		List<String> all = new java.util.ArrayList<>(first.path("partners.edges[*].node.country.iso3").entityList(String.class).get());
		all.addAll(second.path("partners.edges[*].node.country.iso3").entityList(String.class).get());
		assertThat(all).hasSize(30).containsOnly("KEN", "UGA");
		assertThat(first.path("partners.edges[*].node.name").entityList(String.class).get()).isSorted();
	}

	@Test
	void answersAnEmptyPageWithNullCursorsWhenNothingMatches() {
		this.fixture.partners("Org", 3, "KEN");

		GraphQlTester.Response response = page(Map.of("filter", Map.of("country", "BRA")));

		response.path("partners.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("partners.edges").entityList(Object.class).hasSize(0);
		response.path("partners.pageInfo.startCursor").valueIsNull();
		response.path("partners.pageInfo.endCursor").valueIsNull();
		response.path("partners.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void refusesAPageLargerThanTheMaximumNamingTheArgument() {
		this.graphQl.documentName("partnersPage").variable("first", 101).execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'first'").contains("100");
			});
		});
	}

	@Test
	void refusesANegativePageSize() {
		this.graphQl.documentName("partnersPage").variable("first", -1).execute().errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")).verify();
	}

	@Test
	void refusesACursorItDidNotIssueNamingTheArgument() {
		this.graphQl.documentName("partnersPage").variable("after", "not-a-cursor").execute().errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'after'");
				assertThat(error.getExtensions()).doesNotContainKeys("exception", "stackTrace", "trace");
			}));
	}

	@Test
	void refusesACursorOfAnotherList() {
		String countryCursor = this.graphQl.documentName("countriesWithDeficits").variable("first", 1).execute()
			.path("countries.pageInfo.endCursor").entity(String.class).get();

		this.graphQl.documentName("partnersPage").variable("after", countryCursor).execute().errors()
			.expect((error) -> error.getMessage().contains("'after'")).verify();
	}

	@Test
	void filtersByKindCountryRegionExpertiseAreaAndName() {
		String expertise = this.fixture.anyExpertiseIn("SOCIAL_DIALOGUE");
		String union = this.fixture.partner("Kenya Workers Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		this.fixture.expertise(union, expertise, "EXPERT");
		String school = this.fixture.partner("École Supérieure du Travail", PartnerKind.ACADEMIA, "FRA");
		this.fixture.offer(school, "Course", "TRAINING", List.of("EMPLOYMENT"), List.of("SEN"));
		this.fixture.partner("Brazil Employers", PartnerKind.EMPLOYERS_ORGANIZATION, "BRA");

		assertThat(names(Map.of("kinds", List.of("WORKERS_ORGANIZATION", "ACADEMIA"))))
			.containsExactly("École Supérieure du Travail", "Kenya Workers Union");
		assertThat(names(Map.of("country", "bra"))).containsExactly("Brazil Employers");
		assertThat(names(Map.of("region", "AFRICA"))).containsExactly("Kenya Workers Union");
		assertThat(names(Map.of("expertise", expertise))).containsExactly("Kenya Workers Union");
		assertThat(names(Map.of("thematicArea", "EMPLOYMENT"))).containsExactly("École Supérieure du Travail");
		assertThat(names(Map.of("nameContains", "ecole SUP"))).containsExactly("École Supérieure du Travail");
		assertThat(names(Map.of("membershipStatuses", List.of("PENDING")))).isEmpty();
	}

	@Test
	void refusesUnknownCodesInTheFilterNamingTheField() {
		this.graphQl.documentName("partnersPage").variable("filter", Map.of("thematicArea", "WELLBEING")).execute()
			.errors().expect((error) -> error.getMessage().contains("'filter.thematicArea'")
					&& error.getErrorType().toString().equals("BAD_REQUEST")).verify();
		this.graphQl.documentName("partnersPage").variable("filter", Map.of("country", "XX1")).execute()
			.errors().expect((error) -> error.getMessage().contains("'filter.country'")).verify();
	}

	@Test
	void showsAPartnerWithItsCountryExpertiseOffersAndWorkStreams() {
		String expertise = this.fixture.anyExpertiseIn("RIGHTS_AT_WORK");
		String lead = this.fixture.partner("Ministry of Labour of Kenya", PartnerKind.GOVERNMENT, "KEN");
		String supporter = this.fixture.partner("Kenya Employers", PartnerKind.EMPLOYERS_ORGANIZATION, "KEN");
		this.fixture.expertise(lead, expertise, "ADVANCED");
		this.fixture.offer(lead, "Inspection support", "TECHNICAL_ASSISTANCE", List.of("RIGHTS_AT_WORK"), List.of("UGA"));
		this.fixture.workStream("Formalization in East Africa", "INFORMAL_TO_FORMAL", lead, List.of(supporter));

		GraphQlTester.Response response = this.graphQl.documentName("partnerDetails")
			.variable("id", GlobalId.of("Partner", lead)).execute();

		response.path("partner.name").entity(String.class).isEqualTo("Ministry of Labour of Kenya");
		response.path("partner.constituent").entity(Boolean.class).isEqualTo(true);
		response.path("partner.country.region.code").entity(String.class).isEqualTo("AFRICA");
		response.path("partner.expertise[0].expertise.code").entity(String.class).isEqualTo(expertise);
		response.path("partner.expertise[0].level").entity(String.class).isEqualTo("ADVANCED");
		response.path("partner.thematicAreas[*].code").entityList(String.class).contains("RIGHTS_AT_WORK");
		response.path("partner.offers[0].title").entity(String.class).isEqualTo("Inspection support");
		response.path("partner.offers[0].availableFrom").entity(String.class).isEqualTo("2026-01-01");
		response.path("partner.offers[0].partner.name").entity(String.class).isEqualTo("Ministry of Labour of Kenya");
		response.path("partner.workStreams[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("partner.workStreams[0].workStream.programme.code").entity(String.class)
			.isEqualTo("INFORMAL_TO_FORMAL");
		response.path("partner.workStreams[0].workStream.supporters[*].name").entityList(String.class)
			.containsExactly("Kenya Employers");
		response.path("partner.createdAt").entity(String.class).satisfies((t) -> assertThat(t).startsWith("2026-01-15T10:00"));
	}

	@Test
	void answersNullForAnUnknownPartnerAndBadRequestForAMalformedId() {
		this.graphQl.documentName("partnerDetails").variable("id", GlobalId.of("Partner", "no-such-partner")).execute()
			.path("partner").valueIsNull();
		this.graphQl.documentName("partnerDetails").variable("id", "%%%").execute().errors()
			.expect((error) -> error.getMessage().contains("'id'") && error.getErrorType().toString().equals("BAD_REQUEST"))
			.verify();
		this.graphQl.documentName("partnerDetails").variable("id", GlobalId.of("Country", "KEN")).execute().errors()
			.expect((error) -> error.getMessage().contains("not of a Partner")).verify();
	}

	private GraphQlTester.Response page(Map<String, Object> variables) {
		return this.graphQl.documentName("partnersPage").variables(variables).execute();
	}

	private List<String> names(Map<String, Object> filter) {
		return page(Map.of("filter", filter, "first", 100)).path("partners.edges[*].node.name").entityList(String.class)
			.get();
	}

}
