package org.ilo.coalition.api.workflow;

import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.ilo.coalition.api.test.TransientFaults;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that are safe to repeat are retried after a transient Neo4j error (a deadlock injected into the driver) and
 * applied once; creations with a server-generated id are not retried.
 */
class TransientRetryIT extends ApiIntegrationTest {

	@Autowired
	TransientFaults faults;

	String partner;

	String offer;

	@BeforeEach
	void partnerWithAnOffer() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		this.partner = fixture.partner("Skills Alliance", PartnerKind.NGO, "KEN");
		this.offer = fixture.offer(this.partner, "Training", "TRAINING", List.of("EMPLOYMENT"), List.of("KEN"));
	}

	@AfterEach
	void disarm() {
		this.faults.disarm();
	}

	@Test
	void retriesAnOfferChangeThatHitADeadlockAndAppliesItOnce() {
		this.faults.failNext("SET o.title = coalesce", 1);

		asPartner(this.partner).documentName("updateOffer")
			.variable("input", Map.of("id", GlobalId.of("Offer", this.offer), "version", 0, "title", "Retried"))
			.execute()
			.path("updateOffer.title").entity(String.class).isEqualTo("Retried")
			.path("updateOffer.version").entity(Integer.class).isEqualTo(1);

		assertThat(this.faults.injected()).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent {action: 'OFFER_UPDATED'}) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void givesUpOnARepeatableWriteAfterThreeAttempts() {
		this.faults.failNext("SET o.status = 'WITHDRAWN'", 10);

		asPartner(this.partner).documentName("withdrawOffer").variable("id", GlobalId.of("Offer", this.offer))
			.variable("version", 0).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("retry"))
			.verify();

		assertThat(this.faults.injected()).isEqualTo(3);
		assertThat(count("MATCH (o:Offer {status: 'WITHDRAWN'}) RETURN count(o)")).isZero();
	}

	@Test
	void doesNotRetryCreatingAnOffer() {
		this.faults.failNext("CREATE (p)-[:OFFERS]->", 1);

		asPartner(this.partner).documentName("offerResource")
			.variable("input", MutationInputs.offer(this.partner, Map.of("title", "Not retried"))).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("retry"))
			.verify();

		assertThat(this.faults.injected()).isEqualTo(1);
		assertThat(count("MATCH (o:Offer {title: 'Not retried'}) RETURN count(o)")).isZero();
		assertThat(count("MATCH (e:AuditEvent) RETURN count(e)")).isZero();
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
