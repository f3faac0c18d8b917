package org.ilo.coalition.api.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Uniqueness and optimistic locking hold when requests really run at the same time. */
class ConcurrencyIT extends ApiIntegrationTest {

	@Test
	void fiftyConcurrentIdenticalApplicationsLeaveExactlyOnePartner() throws Exception {
		Map<String, Object> input = MutationInputs.application("Global Fair Work Network", "NGO", "CHE");

		List<List<String>> outcomes = concurrently(50, () -> classifications(anonymous().documentName("apply")
			.variable("input", input).execute()));

		assertThat(outcomes.stream().filter(List::isEmpty)).hasSize(1);
		assertThat(outcomes.stream().filter((o) -> !o.isEmpty())).hasSize(49)
			.allSatisfy((o) -> assertThat(o).containsExactly("CONFLICT"));
		assertThat(this.neo4jClient.query("MATCH (p:Partner) RETURN count(p)").fetchAs(Long.class).one()).contains(1L);
		assertThat(this.neo4jClient.query("MATCH (e:AuditEvent) RETURN count(e)").fetchAs(Long.class).one()).contains(1L);
	}

	@Test
	void twoConcurrentUpdatesOfOneOfferGiveOneSuccessAndOneConflict() throws Exception {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String partner = fixture.partner("Skills Alliance", PartnerKind.NGO, "KEN");
		String offer = GlobalId.of("Offer",
				fixture.offer(partner, "Training", "TRAINING", List.of("EMPLOYMENT"), List.of("KEN")));
		for (int round = 0; round < 5; round++) {
			long version = this.neo4jClient.query("MATCH (o:Offer) RETURN o.version").fetchAs(Long.class).one().orElseThrow();
			int amount = 100 + round;

			List<List<String>> outcomes = concurrently(2, () -> classifications(asPartner(partner)
				.documentName("updateOffer").variable("input", Map.of("id", offer, "version", version, "amount", amount))
				.execute()));

			assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder(List.of(), List.of("CONFLICT"));
			assertThat(this.neo4jClient.query("MATCH (o:Offer) RETURN o.version").fetchAs(Long.class).one())
				.contains(version + 1);
		}
	}

	private static List<String> classifications(GraphQlTester.Response response) {
		List<String> found = new ArrayList<>();
		response.errors().satisfy((errors) -> errors.stream().map(ResponseError::getErrorType).map(String::valueOf)
			.forEach(found::add));
		return found;
	}

	private static <T> List<T> concurrently(int count, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
