package org.ilo.coalition.api.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole answers to anonymous queries: served without executing the query until the application commits a write, one
 * execution for identical queries arriving together, never to or from authenticated callers, never for mutations or
 * answers with errors.
 *
 * <p>The fixture writes through the application's Neo4jClient outside a transaction, which the caches cannot see: that is how these tests tell a
 * cached answer from a fresh one.
 */
class ResponseCacheIT extends ApiIntegrationTest {

	@Autowired
	MeterRegistry meters;

	@Autowired
	GraphChanges changes;

	GraphFixture fixture;

	@BeforeEach
	void fixture() {
		// The data of earlier tests was removed past the application: forget what was read of it.
		this.changes.changed();
		this.fixture = new GraphFixture(clientUnseenByCaches());
	}

	@Test
	void repeatedAnonymousQueryIsAnsweredWithoutRunningAStatement() {
		this.fixture.partners("Alliance", 3, "KEN");
		Map<?, ?> first = partnersPage();
		double hits = hits();

		this.fixture.partner("Unseen Alliance", PartnerKind.NGO, "KEN");
		this.cypher.reset();
		assertThat(partnersPage()).as("the same answer, from memory").isEqualTo(first);
		assertThat(((Number) first.get("totalCount")).intValue()).isEqualTo(3);
		assertThat(this.cypher.statements()).isEmpty();
		assertThat(hits()).isEqualTo(hits + 1);
	}

	@Test
	void identicalQueriesArrivingTogetherExecuteOnce() throws Exception {
		this.fixture.partners("Alliance", 3, "KEN");
		this.cypher.reset();
		Map<?, ?> expected = partnersPage();
		int statementsOfOneExecution = this.cypher.count();
		double answeredWithoutExecuting = hits() + shared();

		this.changes.changed();
		this.cypher.reset();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Map<?, ?>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(clients.submit(this::partnersPage));
			}
			for (Future<Map<?, ?>> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(this.cypher.count()).as("one execution's statements").isEqualTo(statementsOfOneExecution);
		assertThat(hits() + shared() - answeredWithoutExecuting).isEqualTo(7);
	}

	@Test
	void aWriteCommittedByTheApplicationMakesTheQueryRunAgain() {
		this.fixture.partners("Alliance", 3, "KEN");
		assertThat(partnerNames(anonymous())).hasSize(3);

		// A constituent is admitted at once: the application commits a write.
		anonymous().documentName("apply")
			.variable("input", MutationInputs.application("Kenya Employers Federation", "EMPLOYERS_ORGANIZATION", "KEN"))
			.execute()
			.path("applyForMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED");
		this.cypher.reset();
		assertThat(partnerNames(anonymous())).hasSize(4).contains("Kenya Employers Federation");
		assertThat(this.cypher.statements()).isNotEmpty();
	}

	@Test
	void concurrentReadersNeverSeeAnAnswerOlderThanAWriteCommittedBeforeTheyAsked() throws Exception {
		int writes = 25;
		AtomicInteger committed = new AtomicInteger();
		AtomicBoolean writing = new AtomicBoolean(true);
		double hitsBefore = hits() + shared();
		ExecutorService readers = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> stale = new ArrayList<>();
			for (int r = 0; r < 4; r++) {
				stale.add(readers.submit(() -> {
					List<String> older = new ArrayList<>();
					GraphQlTester reader = anonymous();
					for (int i = 0; i < 2_000 && writing.get(); i++) {
						// Every write committed before this read started must show in its answer.
						int floor = committed.get();
						int seen = reader.document("{ partners(first: 1) { totalCount } }").execute()
							.path("partners.totalCount").entity(Integer.class).get();
						if (seen < floor) {
							older.add("saw " + seen + " after " + floor + " writes had committed");
						}
					}
					return older;
				}));
			}
			for (int i = 1; i <= writes; i++) {
				anonymous().documentName("apply")
					.variable("input", MutationInputs.application("Employers Federation " + i, "EMPLOYERS_ORGANIZATION", "KEN"))
					.execute()
					.path("applyForMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED");
				committed.set(i);
			}
			writing.set(false);
			for (Future<List<String>> reader : stale) {
				assertThat(reader.get(2, TimeUnit.MINUTES)).isEmpty();
			}
		}
		finally {
			writing.set(false);
			readers.shutdownNow();
		}
		assertThat(hits() + shared()).as("answers served from the cache meanwhile").isGreaterThan(hitsBefore);
		assertThat(anonymous().document("{ partners(first: 1) { totalCount } }").execute().path("partners.totalCount")
			.entity(Integer.class).get()).isEqualTo(writes);
	}

	@Test
	void authenticatedCallersAreNeitherServedNorStored() {
		this.fixture.partners("Alliance", 2, "KEN");
		assertThat(partnerNames(asSecretariat())).hasSize(2);
		this.cypher.reset();
		assertThat(partnerNames(asSecretariat())).hasSize(2);
		assertThat(this.cypher.statements()).as("executed again for the secretariat").isNotEmpty();

		// Nothing the secretariat read was kept for the public either.
		this.cypher.reset();
		assertThat(partnerNames(anonymous())).hasSize(2);
		assertThat(this.cypher.statements()).isNotEmpty();
	}

	@Test
	void answersWithErrorsAreNotKept() {
		String document = "{ partners(first: 1) { totalCount } partner(id: \"UGFydG5lcjpub25l\") { name } "
				+ "recommendPartners(requestId: \"U3VwcG9ydFJlcXVlc3Q6bm9uZQ==\") { score } }";
		anonymous().document(document).execute().errors().satisfy((errors) -> assertThat(errors).isNotEmpty());
		this.cypher.reset();
		anonymous().document(document).execute().errors().satisfy((errors) -> assertThat(errors).isNotEmpty());
		assertThat(this.cypher.statements()).as("executed again").isNotEmpty();
	}

	@Test
	void differentVariablesAreDifferentAnswers() {
		String document = "query($iso3: String!) { country(iso3: $iso3) { name } }";
		assertThat(countryName(document, "KEN")).isEqualTo("Kenya");
		assertThat(countryName(document, "UGA")).isEqualTo("Uganda");
		assertThat(countryName(document, "KEN")).isEqualTo("Kenya");
	}

	@Test
	void mutationsAlwaysRun() {
		anonymous().documentName("apply")
			.variable("input", MutationInputs.application("Nairobi Workers Union", "WORKERS_ORGANIZATION", "KEN"))
			.execute()
			.path("applyForMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED");
		anonymous().documentName("apply")
			.variable("input", MutationInputs.application("Nairobi Workers Union", "WORKERS_ORGANIZATION", "KEN"))
			.execute()
			.errors().expect((error) -> error.getErrorType().toString().equals("CONFLICT")).verify();
	}

	private String countryName(String document, String iso3) {
		return anonymous().document(document).variable("iso3", iso3).execute().path("country.name").entity(String.class)
			.get();
	}

	private Map<?, ?> partnersPage() {
		return anonymous().documentName("partnersWithOffers").variable("first", 10).execute().path("partners")
			.entity(Map.class).get();
	}

	private static List<String> partnerNames(GraphQlTester tester) {
		return tester.documentName("partnersWithOffers").variable("first", 10).execute()
			.path("partners.edges[*].node.name").entityList(String.class).get();
	}

	private double shared() {
		return this.meters.get("coalition.response.cache.requests").tag("result", "shared").counter().count();
	}

	private double hits() {
		return this.meters.get("coalition.response.cache.requests").tag("result", "hit").counter().count();
	}

}
