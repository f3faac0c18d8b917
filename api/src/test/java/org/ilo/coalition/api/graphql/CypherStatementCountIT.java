package org.ilo.coalition.api.graphql;

import java.util.List;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested fields resolve in batches: the number of Cypher statements does not grow with the page size. */
class CypherStatementCountIT extends ApiIntegrationTest {

	@Test
	void partnersWithOffersAndTheirAreasTakeTwoStatementsWhateverThePageSize() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		List<String> ids = fixture.partners("Org", 60, "KEN");
		for (String id : ids) {
			fixture.offer(id, "Offer of " + id, "TRAINING", List.of("EMPLOYMENT", "SOCIAL_DIALOGUE"), List.of("KEN"));
		}

		int small = statementsFor(5);
		int large = statementsFor(50);

		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(2);
	}

	@Test
	void countriesWithDeficitsAndTheirIndicatorsTakeOneStatementWhateverThePageSize() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		for (String iso3 : List.of("AFG", "ALB", "DZA", "AGO", "ARG")) {
			fixture.observation(iso3, "8.5.2", 2024, 12.0, 4);
			fixture.observation(iso3, "8.5.2", 2020, 8.0, 3);
		}

		this.cypher.reset();
		this.graphQl.documentName("countriesWithDeficits").variable("first", 5).execute()
			.path("countries.edges[0].node.deficits[0].indicator.code").entity(String.class).isEqualTo("8.5.2");
		int small = this.cypher.count();
		this.cypher.reset();
		this.graphQl.documentName("countriesWithDeficits").variable("first", 100).execute()
			.path("countries.edges").entityList(Object.class).hasSize(100);
		int large = this.cypher.count();

		assertThat(large).isEqualTo(small).isEqualTo(1);
	}

	@Test
	void aPartnerPageReadsOnlyTheRelationshipsItsDocumentAsksFor() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String partner = fixture.partner("Rights Network", PartnerKind.NGO, "KEN");
		fixture.offer(partner, "Rights training", "TRAINING", List.of("RIGHTS_AT_WORK"), List.of("KEN"));

		this.cypher.reset();
		this.graphQl.document("{ partners(first: 5) { edges { node { name } } } }").execute()
			.path("partners.edges[0].node.name").entity(String.class).isEqualTo("Rights Network");
		assertThat(this.cypher.statements()).singleElement().asString().doesNotContain("links:")
			.doesNotContain("offerAreas:");

		this.cypher.reset();
		this.graphQl.document("{ partners(first: 5) { edges { node { country { iso3 } } } } }").execute()
			.path("partners.edges[0].node.country.iso3").entity(String.class).isEqualTo("KEN");
		assertThat(this.cypher.statements()).singleElement().asString().contains("links:").doesNotContain("offerAreas:");

		this.cypher.reset();
		this.graphQl.document("{ partners(first: 5) { edges { node { ... on Partner { thematicAreas { code } } } } } }")
			.execute()
			.path("partners.edges[0].node.thematicAreas[*].code").entityList(String.class).containsExactly("RIGHTS_AT_WORK");
		assertThat(this.cypher.statements()).singleElement().asString().contains("offerAreas:");
	}

	private int statementsFor(int pageSize) {
		this.cypher.reset();
		this.graphQl.documentName("partnersWithOffers").variable("first", pageSize).execute()
			.path("partners.edges").entityList(Object.class).hasSize(pageSize)
			.path("partners.edges[0].node.offers[0].thematicAreas[*].code").entityList(String.class)
			.containsExactly("EMPLOYMENT", "SOCIAL_DIALOGUE");
		return this.cypher.count();
	}

}
