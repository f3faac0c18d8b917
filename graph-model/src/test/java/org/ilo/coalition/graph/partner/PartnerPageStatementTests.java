package org.ilo.coalition.graph.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerPageStatementTests {

	@Test
	void walksTheNameIndexInOrderWhenNoCriterionNarrowsTheStart() {
		String cypher = PartnerRepository.pageStatement(parameters(Map.of("statuses", List.of("ADMITTED"))), false,
				PartnerParts.ALL);

		assertThat(cypher).contains("USING INDEX p:Partner(normalizedName, id)")
			.contains("AND p.membershipStatus IN $statuses")
			.doesNotContain("count(p)")
			.contains("RETURN -1 AS total, page");
	}

	@Test
	void startsFromTheRegionAndAddsOnlyTheOtherCriteriaGiven() {
		String cypher = PartnerRepository.pageStatement(parameters(Map.of("region", "AFRICA", "kinds", List.of("NGO"),
				"name", "org", "afterName", "org 010", "afterId", "x")), true, PartnerParts.ALL);

		assertThat(cypher).contains("MATCH (:Region {code: $region})<-[:IN_REGION]-(:Country)<-[:BASED_IN]-(p:Partner)")
			.contains("AND p.kind IN $kinds AND p.normalizedName CONTAINS $name")
			.doesNotContain("-[:IN_REGION]->(:Region {code: $region})")
			.doesNotContain("$country").doesNotContain("$expertise").doesNotContain("USING INDEX")
			.contains("p.normalizedName > $afterName")
			.contains("RETURN count(p) AS total").endsWith("RETURN total, page");
	}

	@Test
	void neverPutsCriteriaValuesIntoTheStatement() {
		String cypher = PartnerRepository.pageStatement(parameters(Map.of("name", "x') DETACH DELETE p //",
				"country", "KEN", "area", "EMPLOYMENT")), true, PartnerParts.ALL);

		assertThat(cypher).doesNotContain("DETACH").doesNotContain("KEN").doesNotContain("EMPLOYMENT")
			.contains("$name").contains("$country").contains("$area");
	}

	@Test
	void readsOnlyThePartsAskedFor() {
		Map<String, Object> all = parameters(Map.of());

		assertThat(PartnerRepository.pageStatement(all, false, new PartnerParts(false, false)))
			.contains(".id, .version, .name").doesNotContain("links:").doesNotContain("offerAreas:");
		assertThat(PartnerRepository.pageStatement(all, false, new PartnerParts(true, false)))
			.contains("links: COLLECT").doesNotContain("offerAreas:");
		assertThat(PartnerRepository.pageStatement(all, false, PartnerParts.ALL))
			.contains("links: COLLECT").contains("offerAreas: COLLECT");
	}

	private static Map<String, Object> parameters(Map<String, Object> given) {
		Map<String, Object> parameters = new HashMap<>();
		for (String key : List.of("kinds", "statuses", "country", "region", "expertise", "area", "name", "afterName",
				"afterId")) {
			parameters.put(key, given.get(key));
		}
		return parameters;
	}

}
