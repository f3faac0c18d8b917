package org.ilo.coalition.api.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.KenyanSuggestion;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * Webhooks end to end: registered over GraphQL, fed by the outbox, POSTed to a real loopback receiver that checks
 * every signature, retried with backoff on the test's clock, disabled after repeated failures, with the delivery log
 * and its access rules. The jobs run when the test calls them.
 *
 * <p>The planted graph: a Kenyan request, partners Alpha and Beta, a proposed suggestion of Alpha's offer.
 */
class WebhookIT extends ApiIntegrationTest {

	@Autowired
	WebhookJobs jobs;

	@Autowired
	GraphChanges changes;

	WebhookReceiver receiver;

	String alpha;

	String beta;

	String suggestion;

	@BeforeEach
	void proposedSuggestionAndAReceiver() {
		KenyanSuggestion planted = KenyanSuggestion.plant(this.neo4jClient);
		this.alpha = planted.alpha();
		this.beta = planted.beta();
		this.suggestion = planted.suggestion();
		this.receiver = WebhookReceiver.start(this.clock::instant);
		// Catch up with what earlier tests left in the outbox, so that what follows is this test's only.
		this.jobs.dispatch();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	@Test
	void aPartnersWebhookReceivesOneSignedPostWithTheIdOfTheFeedsNotification() {
		String webhook = register(asPartner(this.alpha), this.receiver.url());

		accept();
		assertThat(this.jobs.dispatch()).as("notifications taken on").isEqualTo(2);
		assertThat(this.jobs.send()).as("deliveries attempted").isEqualTo(1);

		GraphQlTester.Response feed = asPartner(this.alpha).documentName("notifications").execute();
		String id = feed.path("notifications.edges[0].node.id").entity(String.class).get();
		int sequence = feed.path("notifications.edges[0].node.sequence").entity(Integer.class).get();
		assertThat(this.receiver.refused()).as("requests with a bad signature").isEmpty();
		assertThat(this.receiver.received()).singleElement().satisfies((request) -> {
			assertThat(request.eventId()).isEqualTo(id);
			assertThat(request.eventType()).isEqualTo("CONSENT_REQUESTED");
			assertThat(request.body().path("id").asString()).isEqualTo(id);
			assertThat(request.body().path("type").asString()).isEqualTo("CONSENT_REQUESTED");
			assertThat(request.body().path("sequence").asInt()).isEqualTo(sequence);
			assertThat(request.body().path("subject").path("type").asString()).isEqualTo("MatchSuggestion");
			assertThat(request.body().path("subject").path("id").asString()).isEqualTo(this.suggestion);
			assertThat(request.body().path("summary").asString()).contains("Alpha Institute");
			assertThat(OffsetDateTime.parse(request.body().path("occurredAt").asString()).toInstant())
				.isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
		});

		GraphQlTester.Response log = deliveries(asPartner(this.alpha), webhook);
		log.path("webhookDeliveries.totalCount").entity(Integer.class).isEqualTo(1);
		log.path("webhookDeliveries.edges[0].node.notificationId").entity(String.class).isEqualTo(id);
		log.path("webhookDeliveries.edges[0].node.notificationType").entity(String.class).isEqualTo("CONSENT_REQUESTED");
		log.path("webhookDeliveries.edges[0].node.status").entity(String.class).isEqualTo("DELIVERED");
		log.path("webhookDeliveries.edges[0].node.attempts").entity(Integer.class).isEqualTo(1);
		log.path("webhookDeliveries.edges[0].node.lastHttpStatus").entity(Integer.class).isEqualTo(200);
		log.path("webhookDeliveries.edges[0].node.deliveredAt").hasValue();
		log.path("webhookDeliveries.edges[0].node.id").entity(String.class)
			.isEqualTo(this.receiver.received().get(0).deliveryId());

		assertThat(this.jobs.dispatch() + this.jobs.send()).as("nothing more to do").isZero();
		assertThat(this.receiver.received()).hasSize(1);
	}

	@Test
	void anEndpointThatFailsTwiceGetsTheEventAtTheThirdAttemptAfterTheBackoff() {
		this.receiver.answer(200, 500, 500);
		String webhook = register(asPartner(this.alpha), this.receiver.url());
		accept();
		this.jobs.dispatch();

		assertThat(this.jobs.send()).isEqualTo(1);
		Map<String, Object> first = entry(webhook);
		assertThat(first).containsEntry("status", "PENDING").containsEntry("attempts", 1)
			.containsEntry("lastHttpStatus", 500).containsEntry("lastError", "HTTP 500");
		// The first retry waits coalition.webhooks.retry-base (10 s), the second twice that.
		assertThat(Duration.between(instant(first, "lastAttemptAt"), instant(first, "nextAttemptAt")))
			.isEqualTo(Duration.ofSeconds(10));
		assertThat(this.jobs.send()).as("not due yet").isZero();

		this.clock.advance(Duration.ofSeconds(11));
		assertThat(this.jobs.send()).isEqualTo(1);
		Map<String, Object> second = entry(webhook);
		assertThat(second).containsEntry("status", "PENDING").containsEntry("attempts", 2);
		assertThat(Duration.between(instant(second, "lastAttemptAt"), instant(second, "nextAttemptAt")))
			.isEqualTo(Duration.ofSeconds(20));
		this.clock.advance(Duration.ofSeconds(11));
		assertThat(this.jobs.send()).as("still backing off").isZero();

		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.jobs.send()).isEqualTo(1);
		assertThat(entry(webhook)).containsEntry("status", "DELIVERED").containsEntry("attempts", 3)
			.containsEntry("lastHttpStatus", 200).containsEntry("lastError", null);
		assertThat(this.receiver.received()).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 200);
		assertThat(this.receiver.received()).extracting(WebhookReceiver.Received::eventId).containsOnly(
				asPartner(this.alpha).documentName("notifications").execute().path("notifications.edges[0].node.id")
					.entity(String.class).get());
		assertThat(this.receiver.refused()).isEmpty();
	}

	@Test
	void aWebhookWhoseDeliveriesKeepFailingIsDisabledWithItsPendingDeliveriesAndCanBeEnabledAgain() {
		this.receiver.answer(503);
		GraphQlTester secretariat = asSecretariat();
		String webhook = register(secretariat, this.receiver.url());
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		List<String> applicants = fixture.partners("Applicant", 13, "KEN");
		this.neo4jClient.query("MATCH (p:Partner) WHERE p.id IN $ids SET p.membershipStatus = 'PENDING'")
			.bind(applicants).to("ids").run();
		// Ten decisions, each to the secretariat: ten deliveries that fail at every one of their 8 attempts.
		applicants.subList(0, 10).forEach(this::admit);
		this.jobs.dispatch();
		Duration longestBackoff = Duration.ofSeconds(10).multipliedBy(1 << 7);
		for (int attempt = 1; attempt < 8; attempt++) {
			assertThat(this.jobs.send()).as("attempt %d", attempt).isEqualTo(10);
			this.clock.advance(longestBackoff.plusSeconds(1));
		}
		secretariat.documentName("webhooks").execute().path("webhooks[0].active").entity(Boolean.class).isEqualTo(true)
			.path("webhooks[0].failedDeliveriesInARow").entity(Integer.class).isEqualTo(0);
		// An eleventh, still pending when the tenth delivery fails for the last time.
		admit(applicants.get(10));
		this.jobs.dispatch();

		assertThat(this.jobs.send()).isEqualTo(11);

		secretariat.documentName("webhooks").execute().path("webhooks[0].active").entity(Boolean.class).isEqualTo(false)
			.path("webhooks[0].failedDeliveriesInARow").entity(Integer.class).isEqualTo(10)
			.path("webhooks[0].disabledAt").hasValue()
			.path("webhooks[0].disabledReason").entity(String.class)
			.satisfies((reason) -> assertThat(reason).contains("10 deliveries in a row failed").contains("HTTP 503"));
		GraphQlTester.Response log = deliveries(secretariat, webhook);
		log.path("webhookDeliveries.totalCount").entity(Integer.class).isEqualTo(11);
		assertThat(log.path("webhookDeliveries.edges[*].node.status").entityList(String.class).get()).hasSize(11)
			.containsOnly("FAILED");
		log.path("webhookDeliveries.edges[0].node.attempts").entity(Integer.class).isEqualTo(1);
		log.path("webhookDeliveries.edges[0].node.lastError").entity(String.class)
			.satisfies((error) -> assertThat(error).startsWith("The webhook was disabled"));
		log.path("webhookDeliveries.edges[1].node.attempts").entity(Integer.class).isEqualTo(8);
		log.path("webhookDeliveries.edges[1].node.nextAttemptAt").valueIsNull();
		asSecretariat().document("{ auditEvents(filter: {action: WEBHOOK_DISABLED}) { totalCount edges { node { actor } } } }")
			.execute().path("auditEvents.totalCount").entity(Integer.class).isEqualTo(1)
			.path("auditEvents.edges[0].node.actor").entity(String.class).isEqualTo("system (webhooks)");

		// Disabled, it gets nothing new; enabled again, it gets what is committed from then on.
		admit(applicants.get(11));
		this.jobs.dispatch();
		assertThat(this.jobs.send()).isZero();
		this.receiver.answer(200);
		secretariat.documentName("enableWebhook").variable("id", webhook).execute()
			.path("enableWebhook.active").entity(Boolean.class).isEqualTo(true)
			.path("enableWebhook.failedDeliveriesInARow").entity(Integer.class).isEqualTo(0)
			.path("enableWebhook.disabledReason").valueIsNull();
		admit(applicants.get(12));
		this.jobs.dispatch();
		assertThat(this.jobs.send()).isEqualTo(1);
		deliveries(secretariat, webhook).path("webhookDeliveries.totalCount").entity(Integer.class).isEqualTo(12)
			.path("webhookDeliveries.edges[0].node.status").entity(String.class).isEqualTo("DELIVERED");
		assertThat(this.receiver.refused()).isEmpty();
	}

	@Test
	void aTurnWithNothingToDoWritesNothingSoTheReadCachesKeepTheirAnswers() {
		register(asPartner(this.alpha), this.receiver.url());
		this.receiver.answer(503);
		accept();
		this.jobs.run();
		long before = this.changes.generation();

		this.jobs.run();
		this.jobs.run();

		assertThat(this.changes.generation()).as("write transactions committed by idle turns").isEqualTo(before);
		assertThat(this.receiver.received()).as("the one delivery, waiting for its retry").hasSize(1);
	}

	@Test
	void onlyHttpsOrLoopbackHttpIsAcceptedAndOnlyTheOwnOrganizationSeesOrChangesAWebhook() {
		GraphQlTester partner = asPartner(this.alpha);
		for (String url : List.of("http://example.org/hooks", "http://10.0.0.5:8080/hooks", "ftp://example.org/hooks",
				"https://user:password@example.org/hooks", "/hooks", "not a url")) {
			partner.documentName("registerWebhook").variable("input", Map.of("url", url)).execute().errors()
				.expect((e) -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType()))
						&& "input.url".equals(e.getExtensions().get("argument")))
				.verify();
		}
		String webhook = register(partner, "https://alpha.example.org/hooks");
		register(partner, "http://localhost:9/hooks");
		register(partner, "http://[::1]:9/hooks");
		partner.documentName("webhooks").execute().path("webhooks[*].url").entityList(String.class)
			.containsExactly("https://alpha.example.org/hooks", "http://localhost:9/hooks", "http://[::1]:9/hooks");

		for (GraphQlTester other : List.of(asPartner(this.beta), asMemberState("KEN"), asCoordinator(), asSecretariat())) {
			other.documentName("webhooks").execute().path("webhooks").entityList(Object.class).hasSize(0);
			expect(deliveries(other, webhook), "FORBIDDEN");
			expect(other.documentName("removeWebhook").variable("id", webhook).execute(), "FORBIDDEN");
			expect(other.documentName("enableWebhook").variable("id", webhook).execute(), "FORBIDDEN");
		}
		expect(deliveries(partner, of("Webhook", "no-such-webhook")), "NOT_FOUND");
		expect(deliveries(partner, of("Partner", this.alpha)), "BAD_REQUEST");
		expect(anonymous().documentName("webhooks").execute(), "UNAUTHORIZED");
		expect(deliveries(anonymous(), webhook), "UNAUTHORIZED");
		expect(anonymous().documentName("registerWebhook").variable("input", Map.of("url", "https://x.example/h"))
			.execute(), "UNAUTHORIZED");

		partner.documentName("removeWebhook").variable("id", webhook).execute().path("removeWebhook")
			.entity(String.class).isEqualTo(webhook);
		partner.documentName("webhooks").execute().path("webhooks").entityList(Object.class).hasSize(2);
		expect(deliveries(partner, webhook), "NOT_FOUND");
	}

	private String register(GraphQlTester tester, String url) {
		GraphQlTester.Response response = tester.documentName("registerWebhook")
			.variable("input", Map.of("url", url, "description", "Test receiver")).execute();
		String secret = response.path("registerWebhook.secret").entity(String.class).get();
		assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
		response.path("registerWebhook.webhook.active").entity(Boolean.class).isEqualTo(true);
		if (url.equals(this.receiver.url())) {
			this.receiver.secret(secret);
		}
		return response.path("registerWebhook.webhook.id").entity(String.class).get();
	}

	private void accept() {
		asCoordinator().documentName("reviewSuggestion").variable("id", this.suggestion).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
	}

	private void admit(String partner) {
		asCoordinator().documentName("decide").variable("partnerId", of("Partner", partner)).variable("decision", "ADMIT")
			.execute().path("decideMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED");
	}

	private static GraphQlTester.Response deliveries(GraphQlTester tester, String webhook) {
		return tester.documentName("webhookDeliveries").variable("webhookId", webhook).variable("first", 100).execute();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> entry(String webhook) {
		return deliveries(asPartner(this.alpha), webhook).path("webhookDeliveries.edges[0].node").entity(Map.class).get();
	}

	private static Instant instant(Map<String, Object> entry, String field) {
		return OffsetDateTime.parse((String) entry.get(field)).toInstant();
	}

	private static void expect(GraphQlTester.Response response, String classification) {
		response.errors().expect((e) -> classification.equals(String.valueOf(e.getErrorType()))).verify();
	}

}
