package org.ilo.coalition.graph.experiment;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.ilo.coalition.graph.experiment.BoundaryEntities.BoundedArea;
import org.ilo.coalition.graph.experiment.BoundaryEntities.BoundedCountry;
import org.ilo.coalition.graph.experiment.BoundaryEntities.BoundedOffer;
import org.ilo.coalition.graph.experiment.BoundaryEntities.BoundedOffers;
import org.ilo.coalition.graph.experiment.BoundaryEntities.BoundedPartner;
import org.ilo.coalition.graph.test.GraphIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.neo4j.aot.Neo4jManagedTypes;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SDN path of {@link SdnWritePathExperimentIT} once more with {@code @Node(aggregateBoundary = ...)} on the
 * offer's neighbours, Spring Data Neo4j's own way to stop a save at the aggregate; the lock-then-check path runs
 * alongside for the times. Same switch, same report file: {@code -Dcoalition.experiment.sdn=true
 * -Dit.test='Sdn*ExperimentIT'}.
 */
@EnabledIfSystemProperty(named = ExperimentEntities.ENABLED, matches = "true")
@SpringBootTest(classes = SdnAggregateBoundaryExperimentIT.BoundaryConfiguration.class,
		properties = BoundaryEntities.ENABLED + "=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SdnAggregateBoundaryExperimentIT extends GraphIntegrationTest {

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableNeo4jRepositories(basePackageClasses = BoundaryEntities.class, considerNestedRepositories = true,
			includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = BoundedOffers.class))
	static class BoundaryConfiguration {

		@Bean
		static StatementRecorder statementRecorder() {
			return new StatementRecorder();
		}

		// Named, not scanned: the package also holds ExperimentEntities, under the same labels.
		@Bean
		static Neo4jManagedTypes neo4jManagedTypes() {
			return Neo4jManagedTypes.fromIterable(
					Set.of(BoundedOffer.class, BoundedArea.class, BoundedCountry.class, BoundedPartner.class));
		}

	}

	@Autowired
	StatementRecorder recorder;

	@Autowired
	BoundedOffers offers;

	@Autowired
	PlatformTransactionManager transactionManager;

	private TransactionTemplate tx() {
		return new TransactionTemplate(this.transactionManager);
	}

	private void boundedUpdate(String id, long expected, String title, double amount) {
		tx().executeWithoutResult((status) -> {
			BoundedOffer offer = this.offers.findById(id).orElseThrow();
			SdnWritePathExperimentIT.requireVersion(offer.getVersion(), expected);
			offer.setTitle(title);
			offer.setAmount(amount);
			this.offers.save(offer);
		});
	}

	private void boundedWithdraw(String id, long expected) {
		tx().executeWithoutResult((status) -> {
			BoundedOffer offer = this.offers.findById(id).orElseThrow();
			SdnWritePathExperimentIT.requireVersion(offer.getVersion(), expected);
			offer.setStatus("WITHDRAWN");
			offer.setWithdrawnAt(OffsetDateTime.now());
			this.offers.save(offer);
		});
	}

	@Test
	@Order(1)
	void statementsAndWrites() {
		SdnWritePathExperimentIT.fixture(this.neo4jClient);
		StringBuilder out = new StringBuilder("# 1b. Statements and writes with @Node(aggregateBoundary = BoundedOffer)\n\n");
		SdnWritePathExperimentIT.recordVariant(this.recorder, this.neo4jClient, out,
				"A4 offer update: findById + save, neighbours behind aggregate boundaries", "offer-1", "offer-2",
				(id, v) -> boundedUpdate(id, v, "New title", 2000.0), true);
		SdnWritePathExperimentIT.recordVariant(this.recorder, this.neo4jClient, out,
				"A4 offer withdraw: findById + save, neighbours behind aggregate boundaries", "offer-9", "offer-10",
				(id, v) -> boundedWithdraw(id, v), true);
		SdnWritePathExperimentIT.report(out.toString());
	}

	@Test
	@Order(2)
	void concurrentUpdatesOfOneVersion() throws Exception {
		SdnWritePathExperimentIT.fixture(this.neo4jClient);
		StringBuilder out = new StringBuilder("# 2b. Concurrency with aggregate boundaries: "
				+ SdnWritePathExperimentIT.THREADS + " threads, " + SdnWritePathExperimentIT.ROUNDS + " rounds\n\n"
				+ "| round | successes | OptimisticLockingFailure | other | version before -> after |\n|---|---|---|---|---|\n");
		String id = "offer-100";
		int exactlyOne = 0;
		ExecutorService pool = Executors.newFixedThreadPool(SdnWritePathExperimentIT.THREADS);
		try {
			for (int round = 1; round <= SdnWritePathExperimentIT.ROUNDS; round++) {
				long before = SdnWritePathExperimentIT.offerVersion(this.neo4jClient, id);
				Map<String, Integer> outcomes = SdnWritePathExperimentIT.runRound(pool, id, (offerId, thread) -> {
					BoundedOffer offer = this.offers.findById(offerId).orElseThrow();
					return () -> tx().executeWithoutResult((status) -> {
						offer.setTitle("Title of thread " + thread);
						offer.setAmount(1000.0 + thread);
						this.offers.save(offer);
					});
				});
				long after = SdnWritePathExperimentIT.offerVersion(this.neo4jClient, id);
				int successes = outcomes.getOrDefault("success", 0);
				exactlyOne += (successes == 1) ? 1 : 0;
				Map<String, Integer> other = new TreeMap<>(outcomes);
				other.keySet().removeAll(List.of("success", "OptimisticLockingFailureException"));
				out.append("| ").append(round).append(" | ").append(successes).append(" | ")
					.append(outcomes.getOrDefault("OptimisticLockingFailureException", 0)).append(" | ")
					.append(other.isEmpty() ? "-" : other).append(" | ").append(before).append(" -> ").append(after)
					.append(" |\n");
			}
		}
		finally {
			pool.shutdownNow();
		}
		out.append("\nRounds with exactly one success: ").append(exactlyOne).append('/')
			.append(SdnWritePathExperimentIT.ROUNDS).append("\n\n");
		SdnWritePathExperimentIT.report(out.toString());
	}

	@Test
	@Order(3)
	void timePerMutation() {
		SdnWritePathExperimentIT.fixture(this.neo4jClient);
		StringBuilder out = new StringBuilder("# 3b. Time per mutation with aggregate boundaries (ms; "
				+ SdnWritePathExperimentIT.OPERATIONS + " operations per path, alternating blocks)\n\n");
		Map<String, Long> versions = new java.util.HashMap<>();
		int[] nextOffer = { 300 };
		Map<String, IntConsumer> updates = new LinkedHashMap<>();
		updates.put("A4 SDN save, aggregate boundaries", (i) -> SdnWritePathExperimentIT.rotating("offer-", 0, i,
				versions, (id, v) -> boundedUpdate(id, v, "T" + i, i)));
		updates.put("B lock+Cypher", (i) -> SdnWritePathExperimentIT.rotating("offer-", 200, i, versions,
				(id, v) -> SdnWritePathExperimentIT.lockedUpdate(tx(), this.neo4jClient, id, v, "T" + i, i)));
		timeOrReport(out, "offer update (title + amount)", updates);
		Map<String, IntConsumer> withdrawals = new LinkedHashMap<>();
		withdrawals.put("A4 SDN save, aggregate boundaries", (i) -> boundedWithdraw("offer-" + nextOffer[0]++, 0));
		withdrawals.put("B lock+Cypher",
				(i) -> SdnWritePathExperimentIT.lockedWithdraw(tx(), this.neo4jClient, "offer-" + nextOffer[0]++, 0));
		timeOrReport(out, "offer withdraw (status)", withdrawals);
		SdnWritePathExperimentIT.report(out.toString());
	}

	private static void timeOrReport(StringBuilder out, String mutation, Map<String, IntConsumer> paths) {
		try {
			SdnWritePathExperimentIT.time(out, mutation, paths);
		}
		catch (RuntimeException ex) {
			out.append("## ").append(mutation).append("\n\nFAILED, not timed: ").append(ex.getClass().getSimpleName())
				.append(": ").append(ex.getMessage()).append("\n\n");
		}
	}

}
