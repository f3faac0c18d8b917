package org.ilo.coalition.api.workflow;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.ilo.coalition.api.test.TransientFaults;
import org.ilo.coalition.graph.command.IdempotencyKeys;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A creation with an idempotency key happens once per caller and key within the window: repetitions, concurrent or
 * not, get the first object back; a different input under the same key is a conflict.
 */
class IdempotencyKeyIT extends ApiIntegrationTest {

	private static final String KEY = "9f1c2d3e-retry-1";

	@Autowired
	TransientFaults faults;

	@Autowired
	IdempotencyKeys keys;

	@AfterEach
	void disarm() {
		this.faults.disarm();
	}

	@Test
	void twentyConcurrentIdenticalSubmissionsWithOneKeyCreateOneRequestAndAnswerItsIdToAll() throws Exception {
		Map<String, Object> input = keyed(StrategyAndRequestWorkflowIT.request(objectiveOf("KEN")), KEY);

		List<String> ids = concurrently(20, () -> asMemberState("KEN").documentName("submitRequest")
			.variable("input", input).execute().path("submitSupportRequest.id").entity(String.class).get());

		assertThat(ids).hasSize(20).doesNotContainNull();
		assertThat(ids.stream().distinct()).hasSize(1);
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent {action: 'REQUEST_SUBMITTED'}) RETURN count(e)")).isEqualTo(1);
		assertThat(count("MATCH (k:IdempotencyKey) RETURN count(k)")).isEqualTo(1);
	}

	@Test
	void repeatingASupportRequestWithItsKeyReturnsTheFirstRequest() {
		Map<String, Object> input = keyed(StrategyAndRequestWorkflowIT.request(objectiveOf("KEN")), KEY);

		String first = submit("KEN", input);
		String second = submit("KEN", input);

		assertThat(second).isEqualTo(first);
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void repeatingAnOfferWithItsKeyReturnsTheFirstOffer() {
		String partner = new GraphFixture(this.neo4jClient).partner("Skills Alliance", PartnerKind.NGO, "KEN");
		Map<String, Object> input = keyed(MutationInputs.offer(partner, Map.of()), KEY);

		String first = offer(partner, input);
		String second = offer(partner, input);

		assertThat(second).isEqualTo(first);
		assertThat(count("MATCH (o:Offer) RETURN count(o)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent {action: 'OFFER_CREATED'}) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void repeatingAStrategyWithItsKeyReturnsTheFirstStrategy() {
		Map<String, Object> input = keyed(StrategyAndRequestWorkflowIT.strategy("KEN"), KEY);

		String first = asMemberState("KEN").documentName("recordStrategy").variable("input", input).execute()
			.path("recordNationalStrategy.id").entity(String.class).get();
		String second = asMemberState("KEN").documentName("recordStrategy").variable("input", input).execute()
			.path("recordNationalStrategy.id").entity(String.class).get();

		assertThat(second).isEqualTo(first);
		assertThat(count("MATCH (s:NationalStrategy) RETURN count(s)")).isEqualTo(1);
		assertThat(count("MATCH (o:Objective) RETURN count(o)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent {action: 'STRATEGY_RECORDED'}) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void repeatingAWorkStreamWithItsKeyReturnsTheFirstWorkStream() {
		String partner = new GraphFixture(this.neo4jClient).partner("UN Agency", PartnerKind.INTERNATIONAL_ORGANIZATION, "CHE");
		Map<String, Object> input = keyed(Map.of("partnerId", GlobalId.of("Partner", partner), "name", "Informality",
				"programme", "INFORMAL_TO_FORMAL"), KEY);

		String first = asPartner(partner).documentName("createWorkStream").variable("input", input).execute()
			.path("createWorkStream.id").entity(String.class).get();
		String second = asPartner(partner).documentName("createWorkStream").variable("input", input).execute()
			.path("createWorkStream.id").entity(String.class).get();

		assertThat(second).isEqualTo(first);
		assertThat(count("MATCH (w:WorkStream) RETURN count(w)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent {action: 'WORK_STREAM_CREATED'}) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void refusesTheSameKeyWithADifferentInputAsAConflictNamingTheKey() {
		Map<String, Object> input = keyed(StrategyAndRequestWorkflowIT.request(objectiveOf("KEN")), KEY);
		submit("KEN", input);
		Map<String, Object> changed = new HashMap<>(input);
		changed.put("amount", 99.0);

		asMemberState("KEN").documentName("submitRequest").variable("input", changed).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("idempotency key")
					&& "input.idempotencyKey".equals(e.getExtensions().get("argument")))
			.verify();

		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void keepsTheKeysOfDifferentCallersApart() {
		String kenya = submit("KEN", keyed(StrategyAndRequestWorkflowIT.request(objectiveOf("KEN")), KEY));
		String brazil = submit("BRA", keyed(StrategyAndRequestWorkflowIT.request(objectiveOf("BRA")), KEY));

		assertThat(brazil).isNotEqualTo(kenya);
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isEqualTo(2);
		assertThat(count("MATCH (k:IdempotencyKey) RETURN count(k)")).isEqualTo(2);
	}

	@Test
	void createsAgainOnEveryCallWithoutAKey() {
		Map<String, Object> input = StrategyAndRequestWorkflowIT.request(objectiveOf("KEN"));

		String first = submit("KEN", input);
		String second = submit("KEN", input);

		assertThat(second).isNotEqualTo(first);
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isEqualTo(2);
		assertThat(count("MATCH (k:IdempotencyKey) RETURN count(k)")).isZero();
	}

	@Test
	void createsAgainWhenTheKeyIsOlderThanTheWindow() {
		Map<String, Object> input = keyed(StrategyAndRequestWorkflowIT.request(objectiveOf("KEN")), KEY);
		String first = submit("KEN", input);
		ageKeys("PT25H");

		String second = submit("KEN", input);
		String third = submit("KEN", input);

		assertThat(second).isNotEqualTo(first);
		assertThat(third).isEqualTo(second);
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isEqualTo(2);
		assertThat(count("MATCH (e:AuditEvent) RETURN count(e)")).isEqualTo(2);
	}

	@Test
	void removesOnlyKeysOlderThanTheWindow() {
		String objective = objectiveOf("KEN");
		submit("KEN", keyed(StrategyAndRequestWorkflowIT.request(objective), "old"));
		ageKeys("PT25H");
		submit("KEN", keyed(StrategyAndRequestWorkflowIT.request(objective), "new"));

		assertThat(this.keys.removeExpired()).isEqualTo(1);
		assertThat(this.neo4jClient.query("MATCH (k:IdempotencyKey) RETURN k.key").fetchAs(String.class).all())
			.containsExactly("new");
	}

	@Test
	void retriesAKeyedCreationThatHitADeadlockAndCreatesOnce() {
		String partner = new GraphFixture(this.neo4jClient).partner("Skills Alliance", PartnerKind.NGO, "KEN");
		this.faults.failNext("CREATE (p)-[:OFFERS]->", 1);

		String id = offer(partner, keyed(MutationInputs.offer(partner, Map.of("title", "Retried")), KEY));

		assertThat(id).isNotNull();
		assertThat(this.faults.injected()).isEqualTo(1);
		assertThat(count("MATCH (o:Offer {title: 'Retried'}) RETURN count(o)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent {action: 'OFFER_CREATED'}) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void refusesAKeyOutsideItsAlphabetOrLength() {
		String objective = objectiveOf("KEN");
		for (String bad : List.of("", "with space", "x".repeat(101), "ключ")) {
			asMemberState("KEN").documentName("submitRequest")
				.variable("input", keyed(StrategyAndRequestWorkflowIT.request(objective), bad)).execute().errors()
				.expect((e) -> e.getErrorType().toString().equals("BAD_REQUEST")
						&& "input.idempotencyKey".equals(e.getExtensions().get("argument")))
				.verify();
		}
		assertThat(count("MATCH (r:SupportRequest) RETURN count(r)")).isZero();
	}

	private String objectiveOf(String iso3) {
		return GlobalId.of("Objective",
				new GraphFixture(this.neo4jClient).strategyWithObjective(iso3, "Strategy of " + iso3, "8.3.1").get(1));
	}

	private String submit(String iso3, Map<String, Object> input) {
		return asMemberState(iso3).documentName("submitRequest").variable("input", input).execute()
			.path("submitSupportRequest.id").entity(String.class).get();
	}

	private String offer(String partner, Map<String, Object> input) {
		GraphQlTester.Response response = asPartner(partner).documentName("offerResource").variable("input", input)
			.execute();
		response.errors().satisfy((errors) -> assertThat(errors).extracting(ResponseError::getMessage).isEmpty());
		return response.path("offerResource.id").entity(String.class).get();
	}

	// Moves every stored key back in time, as if the window had passed since it was written.
	private void ageKeys(String duration) {
		this.neo4jClient.query("MATCH (k:IdempotencyKey) SET k.createdAt = k.createdAt - duration($age)")
			.bind(duration).to("age").run();
	}

	private static Map<String, Object> keyed(Map<String, Object> input, String key) {
		Map<String, Object> keyed = new HashMap<>(input);
		keyed.put("idempotencyKey", key);
		return keyed;
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
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
