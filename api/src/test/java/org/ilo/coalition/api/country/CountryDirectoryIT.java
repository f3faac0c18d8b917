package org.ilo.coalition.api.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class CountryDirectoryIT extends ApiIntegrationTest {

	@Test
	void holdsExactly187MemberStatesInFiveRegions() {
		GraphQlTester.Response response = this.graphQl.documentName("taxonomies").execute();

		response.path("regions[*].code").entityList(String.class)
			.containsExactly("AFRICA", "AMERICAS", "ARAB_STATES", "ASIA_PACIFIC", "EUROPE_CENTRAL_ASIA");
		List<Integer> sizes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			sizes.add(response.path("regions[" + i + "].countries").entityList(Object.class).get().size());
		}
		assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(187);
		this.graphQl.documentName("countriesWithDeficits").variable("first", 1).execute()
			.path("countries.totalCount").entity(Integer.class).isEqualTo(187);
	}

	@Test
	void pagesThroughCountriesOfARegionByName() {
		List<String> seen = new ArrayList<>();
		String after = null;
		int total;
		do {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 20, "region", "ARAB_STATES"));
			if (after != null) {
				variables.put("after", after);
			}
			GraphQlTester.Response response = this.graphQl.documentName("countriesWithDeficits")
				.variables(variables).execute();
			seen.addAll(response.path("countries.edges[*].node.iso3").entityList(String.class).get());
			total = response.path("countries.totalCount").entity(Integer.class).get();
			boolean more = response.path("countries.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? response.path("countries.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);

		assertThat(seen).hasSize(total).doesNotHaveDuplicates().contains("JOR", "SAU", "LBN");
	}

	@Test
	void showsACountryWithItsLatestDeficitsStrategiesRequestsAndPartners() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.5.2", 2019, 3.0, 1);
		fixture.observation("KEN", "8.5.2", 2024, 16.0, 5);
		fixture.observation("KEN", "1.3.1", 2024, 60.0, 3);
		List<String> strategy = fixture.strategyWithObjective("KEN", "Kenya decent work strategy", "8.5.2");
		fixture.request("KEN", strategy.get(1), "Youth employment services", LocalDate.of(2027, 6, 30),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		fixture.partner("Central Organization of Trade Unions", PartnerKind.WORKERS_ORGANIZATION, "KEN");

		GraphQlTester.Response response = this.graphQl.documentName("countryDetails").variable("iso3", "ken").execute();

		response.path("country.name").entity(String.class).isEqualTo("Kenya");
		response.path("country.iso2").entity(String.class).isEqualTo("KE");
		response.path("country.region.code").entity(String.class).isEqualTo("AFRICA");
		response.path("country.deficits[*].indicator.code").entityList(String.class).containsExactly("8.5.2", "1.3.1");
		response.path("country.deficits[0].year").entity(Integer.class).isEqualTo(2024);
		response.path("country.deficits[0].severity").entity(Integer.class).isEqualTo(5);
		response.path("country.nationalStrategies[0].objectives[0].addresses[0].code").entity(String.class)
			.isEqualTo("8.5.2");
		response.path("country.supportRequests[0].deadline").entity(String.class).isEqualTo("2027-06-30");
		response.path("country.partners[0].name").entity(String.class).isEqualTo("Central Organization of Trade Unions");

		this.graphQl.documentName("countryDetails").variable("iso3", "KEN").variable("area", "PROTECTION_RESILIENCE")
			.execute().path("country.deficits[*].indicator.code").entityList(String.class).containsExactly("1.3.1");
	}

	@Test
	void answersNullForAnUnknownCodeAndBadRequestForAMalformedOne() {
		this.graphQl.documentName("countryDetails").variable("iso3", "XKX").execute().path("country").valueIsNull();
		this.graphQl.documentName("countryDetails").variable("iso3", "Kenya").execute().errors()
			.expect((error) -> error.getMessage().contains("'iso3'") && error.getErrorType().toString().equals("BAD_REQUEST"))
			.verify();
	}

	@Test
	void listsTheTaxonomiesWithTheirCodes() {
		GraphQlTester.Response response = this.graphQl.documentName("taxonomies").execute();

		assertThat(response.path("thematicAreas[*].code").entityList(String.class).get()).containsExactlyInAnyOrder("RIGHTS_AT_WORK",
				"PROTECTION_RESILIENCE", "EMPLOYMENT", "INEQUALITY_DISCRIMINATION", "JUST_TRANSITIONS_TRADE",
				"SOCIAL_DIALOGUE");
		assertThat(response.path("functionalAreas[*].code").entityList(String.class).get()).containsExactlyInAnyOrder("KNOWLEDGE",
				"ADVOCACY", "DIALOGUE_MOBILIZATION", "PARTNER_COLLABORATION");
		assertThat(response.path("priorityProgrammes[*].code").entityList(String.class).get()).containsExactlyInAnyOrder(
				"INFORMAL_TO_FORMAL", "JUST_TRANSITIONS", "SUPPLY_CHAINS_TRADE", "CRISIS_RESPONSE");
		assertThat(response.path("expertise").entityList(Object.class).get()).hasSizeGreaterThanOrEqualTo(30);
		response.path("indicators").entityList(Object.class).hasSize(10);
		response.path("indicators[*].severityThresholds").entityList(List.class)
			.satisfies((lists) -> assertThat(lists).allSatisfy((t) -> assertThat(t).hasSize(4)));
	}

}
