package org.ilo.coalition.api.cache;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the read caches on (as in the application and every other test): repeated reads are served without their
 * statement, and the next write the application commits makes every cached read be read again.
 *
 * <p>The fixture writes through the application's Neo4jClient outside a transaction, which the caches cannot see: that is how these tests tell a
 * cached answer from a fresh one.
 */
// Whole responses are not cached here: these tests look at the statements behind each answer.
@TestPropertySource(properties = "coalition.response-cache.enabled=false")
class ReadCacheIT extends ApiIntegrationTest {

	@Autowired
	CacheManager caches;

	@Autowired
	GraphChanges changes;

	GraphFixture fixture;

	@BeforeEach
	void fixture() {
		assertThat(this.caches).as("spring.cache.type").isInstanceOf(CaffeineCacheManager.class);
		this.fixture = new GraphFixture(clientUnseenByCaches());
	}

	@Test
	void partnerCountIsReadOnceUntilTheApplicationCommitsAWrite() {
		this.fixture.partners("Alliance", 3, "KEN");
		assertThat(publicPartnerCount()).isEqualTo(3);

		long generation = this.changes.generation();
		this.fixture.partner("Unseen Alliance", PartnerKind.NGO, "KEN");
		this.cypher.reset();
		assertThat(publicPartnerCount()).as("served from the cache").isEqualTo(3);
		assertThat(this.changes.generation()).isEqualTo(generation);
		assertThat(this.cypher.statements()).singleElement().asString().doesNotContain("count(p)");

		// A constituent is admitted at once: the application commits a write, so the count is read again.
		anonymous().documentName("apply")
			.variable("input", MutationInputs.application("Kenya Employers Federation", "EMPLOYERS_ORGANIZATION", "KEN"))
			.execute()
			.path("applyForMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED");
		assertThat(publicPartnerCount()).isEqualTo(5);
	}

	@Test
	void recommendationsAreRecomputedAfterTheApplicationCommitsAWrite() {
		String objective = this.fixture.strategyWithObjective("KEN", "Formal jobs", "8.3.1").get(1);
		this.fixture.neededExpertise(objective, "ENTERPRISE_FORMALIZATION");
		String request = this.fixture.request("KEN", objective, "Formalization support", LocalDate.parse("2026-09-30"),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String first = fitting("Formalization Network");
		String second = fitting("Formal Work Institute");
		assertThat(recommendedPartners(request)).containsExactlyInAnyOrder(first, second);
		this.cypher.reset();
		assertThat(recommendedPartners(request)).containsExactlyInAnyOrder(first, second);
		assertThat(this.cypher.statements()).as("ranking and partners cached: only the offers the document asks for")
			.singleElement().asString().contains("-[:OFFERS]->(o:Offer)");

		String offer = this.fixture.offer(second, "TECHNICAL_ASSISTANCE", 50, "PERSON_DAYS", 1, List.of("en"),
				List.of("EMPLOYMENT"), List.of("KEN"), List.of());
		this.fixture.matchSuggestion(request, second, offer, "REJECTED", 10);
		assertThat(recommendedPartners(request)).as("served from the cache").contains(second);

		anonymous().documentName("apply")
			.variable("input", MutationInputs.application("Any Newcomer", "NGO", "CHE"))
			.execute()
			.path("applyForMembership.id").hasValue();
		assertThat(recommendedPartners(request)).as("read again after a write").containsExactly(first);
	}

	private String fitting(String name) {
		String partner = this.fixture.partner(name, PartnerKind.NGO, "KEN");
		this.fixture.expertise(partner, "ENTERPRISE_FORMALIZATION", "EXPERT");
		return partner;
	}

	private long publicPartnerCount() {
		return this.graphQl.documentName("partnersPage").variable("first", 2).execute()
			.path("partners.totalCount").entity(Long.class).get();
	}

	private List<String> recommendedPartners(String request) {
		return this.graphQl.documentName("recommendPartners")
			.variable("requestId", GlobalId.of("SupportRequest", request)).variable("first", 10).execute()
			.path("recommendPartners[*].partner.id").entityList(String.class).get().stream()
			.map((id) -> GlobalId.keyOf("id", "Partner", id))
			.toList();
	}

}
