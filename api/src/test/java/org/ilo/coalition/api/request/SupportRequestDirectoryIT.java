package org.ilo.coalition.api.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.request.SupportRequestRepository;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class SupportRequestDirectoryIT extends ApiIntegrationTest {

	GraphFixture fixture;

	String objective;

	@BeforeEach
	void strategy() {
		this.fixture = new GraphFixture(this.neo4jClient);
		this.objective = this.fixture.strategyWithObjective("JOR", "Jordan social protection strategy", "1.3.1").get(1);
	}

	@Test
	void pagesThroughRequestsBySoonestDeadline() {
		for (int day = 1; day <= 7; day++) {
			this.fixture.request("JOR", this.objective, "Request " + day, LocalDate.of(2027, 1, 8 - day),
					"FUNDING", List.of("PROTECTION_RESILIENCE"));
		}

		GraphQlTester.Response first = this.graphQl.documentName("supportRequestsPage").variable("first", 4).execute();
		first.path("supportRequests.totalCount").entity(Integer.class).isEqualTo(7);
		first.path("supportRequests.edges[*].node.title").entityList(String.class)
			.containsExactly("Request 7", "Request 6", "Request 5", "Request 4");
		String cursor = first.path("supportRequests.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response second = this.graphQl.documentName("supportRequestsPage").variable("first", 4)
			.variable("after", cursor).execute();
		second.path("supportRequests.edges[*].node.title").entityList(String.class)
			.containsExactly("Request 3", "Request 2", "Request 1");
		second.path("supportRequests.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("supportRequests.edges[0].node.objective.addresses[0].code").entity(String.class).isEqualTo("1.3.1");
	}

	@Test
	void refusesACursorOfThisListWhoseDeadlineIsNoDateNamingAfter() {
		// Well formed and of this list, but its sort key is no date: only the repository can tell.
		String forged = new Cursor(SupportRequestRepository.ORDERING, "not-a-date", "x").encode();

		this.graphQl.document("query($after: String) { supportRequests(first: 2, after: $after) { totalCount } }")
			.variable("after", forged)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
					.containsEntry("argument", "after");
				assertThat(error.getMessage()).contains("after");
			}));
	}

	@Test
	void filtersRequestsByCountryAreaStatusAndKind() {
		this.fixture.request("JOR", this.objective, "Cash transfers", LocalDate.of(2027, 3, 1), "FUNDING",
				List.of("PROTECTION_RESILIENCE"));
		String kenya = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.5.2").get(1);
		this.fixture.request("KEN", kenya, "Job centres", LocalDate.of(2027, 4, 1), "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));

		assertThat(titles(Map.of("country", "KEN"))).containsExactly("Job centres");
		assertThat(titles(Map.of("thematicArea", "PROTECTION_RESILIENCE"))).containsExactly("Cash transfers");
		assertThat(titles(Map.of("kind", "TECHNICAL_ASSISTANCE"))).containsExactly("Job centres");
		assertThat(titles(Map.of("status", "OPEN"))).containsExactly("Cash transfers", "Job centres");
		assertThat(titles(Map.of("status", "WITHDRAWN"))).isEmpty();
	}

	@Test
	void listsNationalStrategiesWithTheirObjectives() {
		GraphQlTester.Response response = this.graphQl.documentName("nationalStrategies").variable("country", "JOR")
			.execute();

		response.path("nationalStrategies[0].title").entity(String.class).isEqualTo("Jordan social protection strategy");
		response.path("nationalStrategies[0].country.iso3").entity(String.class).isEqualTo("JOR");
		response.path("nationalStrategies[0].objectives[0].addresses[0].code").entity(String.class).isEqualTo("1.3.1");
		response.path("nationalStrategies[0].objectives[0].supportKinds[0]").entity(String.class)
			.isEqualTo("TECHNICAL_ASSISTANCE");
		this.graphQl.documentName("nationalStrategies").variable("country", "ZZZ").execute().errors()
			.expect((error) -> error.getMessage().contains("'country'")).verify();
	}

	@Test
	void listsWorkStreamsWithLeadAndSupporters() {
		String lead = this.fixture.partner("UN Agency", PartnerKind.INTERNATIONAL_ORGANIZATION, "CHE");
		String supporter = this.fixture.partner("Research Centre", PartnerKind.ACADEMIA, "IND");
		this.fixture.workStream("Crisis response network", "CRISIS_RESPONSE", lead, List.of(supporter));
		this.fixture.workStream("Green jobs", "JUST_TRANSITIONS", supporter, List.of());

		GraphQlTester.Response all = this.graphQl.documentName("workStreams").execute();
		all.path("workStreams[*].name").entityList(String.class).containsExactly("Crisis response network", "Green jobs");
		all.path("workStreams[0].lead.name").entity(String.class).isEqualTo("UN Agency");
		all.path("workStreams[0].supporters[*].name").entityList(String.class).containsExactly("Research Centre");
		this.graphQl.documentName("workStreams").variable("programme", "JUST_TRANSITIONS").execute()
			.path("workStreams[*].name").entityList(String.class).containsExactly("Green jobs");
	}

	@Test
	void resolvesEveryNodeTypeByItsGlobalId() {
		String partner = this.fixture.partner("UN Agency", PartnerKind.INTERNATIONAL_ORGANIZATION, "CHE");
		String offer = this.fixture.offer(partner, "Data tools", "KNOWLEDGE", List.of("EMPLOYMENT"), List.of());
		List<String> strategy = this.fixture.strategyWithObjective("BGD", "Bangladesh strategy", "8.7.1");
		String request = this.fixture.request("BGD", strategy.get(1), "Child labour survey", LocalDate.of(2027, 2, 1),
				"KNOWLEDGE", List.of("RIGHTS_AT_WORK"));
		String workStream = this.fixture.workStream("Supply chains", "SUPPLY_CHAINS_TRADE", partner, List.of());

		assertNode("Partner", partner, "name", "UN Agency");
		assertNode("Offer", offer, "title", "Data tools");
		assertNode("Country", "BGD", "iso3", "BGD");
		assertNode("NationalStrategy", strategy.get(0), "title", "Bangladesh strategy");
		assertNode("Objective", strategy.get(1), "title", "Bangladesh strategy objective");
		assertNode("SupportRequest", request, "title", "Child labour survey");
		assertNode("WorkStream", workStream, "name", "Supply chains");
		this.graphQl.documentName("node").variable("id", GlobalId.of("Partner", "missing")).execute().path("node")
			.valueIsNull();
		this.graphQl.documentName("node").variable("id", GlobalId.of("Spaceship", "x")).execute().path("node")
			.valueIsNull();
	}

	private void assertNode(String type, String key, String field, String expected) {
		String id = GlobalId.of(type, key);
		GraphQlTester.Response response = this.graphQl.documentName("node").variable("id", id).execute();
		response.path("node.__typename").entity(String.class).isEqualTo(type);
		response.path("node.id").entity(String.class).isEqualTo(id);
		response.path("node." + field).entity(String.class).isEqualTo(expected);
	}

	private List<String> titles(Map<String, Object> filter) {
		return this.graphQl.documentName("supportRequestsPage").variable("filter", filter).execute()
			.path("supportRequests.edges[*].node.title").entityList(String.class).get();
	}

}
