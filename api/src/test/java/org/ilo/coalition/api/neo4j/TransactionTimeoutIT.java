package org.ilo.coalition.api.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code spring.transaction.default-timeout} ends slow work in the database: auto-commit reads, Spring-managed
 * transactions and GraphQL mutations, each with an error that says it was a timeout. The test database's own server
 * timeout is 120 s, so what stops the work here is the client's timeout, as it would be against an external server.
 */
@TestPropertySource(properties = "spring.transaction.default-timeout=2s")
class TransactionTimeoutIT extends ApiIntegrationTest {

	// 10^10 rows: many minutes of work if nothing stops it, and no memory held.
	private static final String SLOW = """
			UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b
			WITH a, b WHERE a * b = -1 RETURN count(*) AS n""";

	private static final Duration BOUND = Duration.ofSeconds(20);

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void abortsASlowAutoCommitStatementAtTheTimeout() {
		long started = System.nanoTime();

		Throwable failure = catchThrowable(() -> this.neo4jClient.query(SLOW).fetch().one());

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(failure).isNotNull();
		assertThat(Neo4jErrors.isTransactionTimeout(failure)).as(failure.toString()).isTrue();
		assertThat(took).isBetween(Duration.ofMillis(1900), BOUND);
		System.out.printf("TIMEOUT auto-commit statement stopped after %d ms: %s%n", took.toMillis(), failure);
	}

	@Test
	void abortsASlowSpringManagedTransactionAtTheTimeout() {
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		long started = System.nanoTime();

		Throwable failure = catchThrowable(
				() -> transactions.executeWithoutResult((status) -> this.neo4jClient.query(SLOW).fetch().one()));

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(Neo4jErrors.isTransactionTimeout(failure)).as(String.valueOf(failure)).isTrue();
		assertThat(took).isBetween(Duration.ofMillis(1900), BOUND);
		System.out.printf("TIMEOUT managed transaction stopped after %d ms: %s%n", took.toMillis(), failure);
	}

	@Test
	void answersAMutationStuckPastTheTimeoutWithATimeoutErrorAndNoInternals() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String partner = fixture.partner("Skills Alliance", PartnerKind.NGO, "KEN");
		String offer = fixture.offer(partner, "Training", "TRAINING", List.of("EMPLOYMENT"), List.of("KEN"));
		// Another client holds the offer's write lock, so the mutation waits until its transaction times out.
		try (Driver driver = Neo4jTestDatabase.get().newDriver(); Session session = driver.session();
				Transaction holder = session.beginTransaction()) {
			holder.run("MATCH (o:Offer {id: $id}) SET o.__lock = true", Map.of("id", offer)).consume();
			long started = System.nanoTime();

			as("PARTNER", partner, null).documentName("updateOffer")
				.variable("input", Map.of("id", GlobalId.of("Offer", offer), "version", 0, "title", "Late"))
				.execute().errors()
				.expect((e) -> e.getErrorType().toString().equals("TIMEOUT")
						&& e.getMessage().contains("time limit") && !e.getMessage().contains("MATCH")
						&& !e.getMessage().contains("Exception"))
				.verify();

			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(took).isLessThan(BOUND);
			holder.rollback();
		}
		assertThat(this.neo4jClient.query("MATCH (o:Offer {title: 'Late'}) RETURN count(o)").fetchAs(Long.class).one())
			.contains(0L);
	}

}
