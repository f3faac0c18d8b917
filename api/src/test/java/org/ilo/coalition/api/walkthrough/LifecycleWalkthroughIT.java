package org.ilo.coalition.api.walkthrough;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.internet.MimeMessage;
import org.ilo.coalition.api.mail.MailJobs;
import org.ilo.coalition.api.matching.MatchJobs;
import org.ilo.coalition.api.matching.MatchingRuns;
import org.ilo.coalition.api.notification.NotificationTail;
import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.api.test.HttpGraphQl;
import org.ilo.coalition.api.test.SmtpIntegrationTest;
import org.ilo.coalition.api.webhook.WebhookJobs;
import org.ilo.coalition.api.webhook.WebhookReceiver;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * The walk-through, end to end over HTTP and graphql-ws with the demo accounts (HTTP Basic, the subscription
 * signed in by its {@code connection_init} payload), as README's "After the review" shows it: the coordination group
 * accepts, the partner and the member State are told (feed, subscription, e-mail through a real SMTP server, a signed
 * webhook to a loopback receiver that checks the signature), both confirm, the partner delivers twice, the member State
 * confirms receipt and records a result; then a decline frees the offer and the re-matching suggests another partner.
 *
 * <p>The planted graph: Kenya's government and two partners flagged {@code demo} (so that {@code state-KEN},
 * {@code partner-1} and {@code partner-2} sign in), each with an offer of 100 person-days for two requests, and two
 * Kenyan requests of 50 person-days.
 */
class LifecycleWalkthroughIT extends SmtpIntegrationTest {

	@Autowired
	MatchingRuns matching;

	@Autowired
	MatchJobs matchJobs;

	@Autowired
	MailJobs mail;

	@Autowired
	WebhookJobs webhooks;

	@Autowired
	NotificationTail tail;

	private WebSocketGraphQlTester connection;

	private Disposable subscription;

	@AfterEach
	void cleanUp() {
		if (this.subscription != null) {
			this.subscription.dispose();
			this.connection.stop().block(Duration.ofSeconds(10));
		}
		Await.until(() -> this.matching.isIdle(), "every run ended");
	}

	@Test
	void theCoordinationGroupAcceptsBothPartiesAreToldAndConfirmAndDeliveryAndResultsFollow() throws Exception {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusMonths(3);
		String first = fixture.request("KEN", objective, "Labour inspection", deadline, "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));
		String second = fixture.request("KEN", objective, "Skills policy", deadline, "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));
		String government = fixture.partner("Government of Kenya", PartnerKind.GOVERNMENT, "KEN");
		String union = fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		String network = fixture.partner("Gamma Network", PartnerKind.NGO, "KEN");
		for (String partner : List.of(union, network)) {
			fixture.offer(partner, "TECHNICAL_ASSISTANCE", 100.0, "PERSON_DAYS", 2, List.of("en"), List.of("EMPLOYMENT"),
					List.of("KEN"), List.of());
		}
		this.neo4jClient.query("MATCH (p:Partner) WHERE p.id IN $ids SET p.demo = true")
			.bind(List.of(government, union, network)).to("ids").run();
		GraphQlTester secretariat = demo("secretariat");
		GraphQlTester coordinator = demo("coordinator");
		GraphQlTester kenya = demo("state-KEN");
		Map<String, String> loginOfPartner = Map.of(partnerOf("partner-1"), "partner-1", partnerOf("partner-2"),
				"partner-2");

		// The secretariat runs matching for the first request; the coordination group reads the suggestion.
		String run = secretariat.documentName("startMatching")
			.variable("input", Map.of("requestIds", List.of(of("SupportRequest", first)), "timeLimitSeconds", 1))
			.execute().path("startMatching.id").entity(String.class).get();
		Await.until(() -> this.matching.isIdle(), "the run ended");
		Map<?, ?> suggestion = coordinator.documentName("matchSuggestions").variable("filter", Map.of("run", run))
			.variable("first", 5).execute().path("matchSuggestions.edges[0].node").entity(Map.class).get();
		String match = (String) suggestion.get("id");
		String login = loginOfPartner.get(((Map<?, ?>) suggestion.get("partner")).get("id"));
		GraphQlTester partner = demo(login);

		// The partner listens live, wants mail, and has a webhook.
		List<Map<String, Object>> live = subscribe(login);
		partner.documentName("setNotificationPreferences")
			.variable("input", Map.of("email", "desk@partner.example", "mode", "IMMEDIATE")).execute()
			.path("setNotificationPreferences.emailMode").entity(String.class).isEqualTo("IMMEDIATE");
		try (WebhookReceiver receiver = WebhookReceiver.start(this.clock::instant)) {
			String secret = partner.documentName("registerWebhook")
				.variable("input", Map.of("url", receiver.url(), "description", "Partner's case system")).execute()
				.path("registerWebhook.secret").entity(String.class).get();
			receiver.secret(secret);
			// Channels that never ran start after what is committed when they first run: start them before the change.
			this.mail.dispatch();
			this.webhooks.run();

			coordinator.documentName("reviewSuggestion").variable("id", match).variable("decision", "ACCEPT")
				.variable("comment", "Good fit").execute().path("reviewSuggestion.status").entity(String.class)
				.isEqualTo("ACCEPTED");

			String notification = partner.documentName("notifications").execute()
				.path("notifications.edges[0].node.type").entity(String.class).isEqualTo("CONSENT_REQUESTED")
				.path("notifications.edges[0].node.id").entity(String.class).get();
			kenya.documentName("notifications").execute().path("notifications.edges[0].node.id").entity(String.class)
				.isEqualTo(notification);
			Await.until(() -> !live.isEmpty(), "the subscription received the notification");
			assertThat(live.get(0)).containsEntry("id", notification).containsEntry("type", "CONSENT_REQUESTED");
			this.mail.dispatch();
			this.mail.sendDue();
			MimeMessage[] mails = smtp.getReceivedMessages();
			assertThat(mails).singleElement().satisfies((message) -> {
				assertThat(message.getAllRecipients()[0].toString()).isEqualTo("desk@partner.example");
				assertThat(message.getHeader("X-Coalition-Notification-Ids")[0]).isEqualTo(notification);
			});
			this.webhooks.run();
			assertThat(receiver.refused()).as("every request's signature verified").isEmpty();
			assertThat(receiver.deliveredIds()).containsExactly(notification);
		}

		// Both confirm; the partner delivers twice; Kenya confirms receipt and records a result.
		answer(partner, match, "CONFIRM", null).path("answerMatch.matchStatus").entity(String.class)
			.isEqualTo("AWAITING_CONSENT");
		answer(kenya, match, "CONFIRM", null).path("answerMatch.matchStatus").entity(String.class).isEqualTo("CONFIRMED");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		deliver(partner, match, 20.0, today.minusDays(10));
		List<Map<String, Object>> deliveries = deliver(partner, match, 30.0, today.minusDays(1))
			.path("recordDelivery.deliveries").entityList(Map.class).get().stream()
			.map((d) -> (Map<String, Object>) d).toList();
		assertThat(deliveries).hasSize(2);
		String status = null;
		for (Map<String, Object> delivery : deliveries) {
			status = kenya.documentName("confirmReceipt").variable("deliveryId", delivery.get("id"))
				.variable("version", delivery.get("version")).execute().path("confirmReceipt.matchStatus")
				.entity(String.class).get();
		}
		assertThat(status).isEqualTo("DELIVERED");
		String result = kenya.documentName("recordResult").variable("input", Map.of("matchId", match, "indicator",
				"8.3.1", "target", 60.0, "targetYear", today.getYear() + 2)).execute()
			.path("recordResult.baseline").entity(Double.class).isEqualTo(80.0)
			.path("recordResult.id").entity(String.class).get();
		kenya.documentName("recordResultValue").variable("input", Map.of("resultId", result, "version", 0, "value", 74.5,
				"on", today.toString())).execute().path("recordResultValue.latestValue.value").entity(Double.class)
			.isEqualTo(74.5);
		anonymous().documentName("requestResults").variable("id", of("SupportRequest", first)).execute()
			.path("supportRequest.results[0].latestValue.value").entity(Double.class).isEqualTo(74.5);
		partner.documentName("notifications").execute().path("notifications.edges[*].node.type")
			.entityList(String.class).contains("MATCH_CONFIRMED", "RECEIPT_CONFIRMED", "MATCH_DELIVERED", "RESULT_RECORDED");

		// The decline path: Kenya declines the second request's match, its offer is freed, and the re-matching run
		// suggests the other partner.
		String run2 = secretariat.documentName("startMatching")
			.variable("input", Map.of("requestIds", List.of(of("SupportRequest", second)), "timeLimitSeconds", 1))
			.execute().path("startMatching.id").entity(String.class).get();
		Await.until(() -> this.matching.isIdle(), "the second run ended");
		Map<?, ?> declined = coordinator.documentName("matchSuggestions").variable("filter", Map.of("run", run2))
			.variable("first", 5).execute().path("matchSuggestions.edges[0].node").entity(Map.class).get();
		String declinedPartner = (String) ((Map<?, ?>) declined.get("partner")).get("id");
		coordinator.documentName("reviewSuggestion").variable("id", declined.get("id")).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
		answer(kenya, (String) declined.get("id"), "DECLINE", "We prefer a partner already working with us")
			.path("answerMatch.matchStatus").entity(String.class).isEqualTo("DECLINED");
		coordinator.documentName("matchDetails").variable("id", declined.get("id")).execute()
			.path("node.offer.remainingCapacity").entity(Integer.class)
			.satisfies((slots) -> assertThat(slots).as("the declined match's slot is free").isEqualTo(
					declinedPartner.equals(((Map<?, ?>) suggestion.get("partner")).get("id")) ? 1 : 2));
		this.clock.advance(Duration.ofMinutes(2));
		String rematch = of("MatchRun", this.matchJobs.startDueRematches().id());
		Await.until(() -> this.matching.isIdle(), "the re-matching run ended");
		coordinator.documentName("matchSuggestions").variable("filter", Map.of("run", rematch)).variable("first", 5)
			.execute().path("matchSuggestions.edges[*].node.partner.id").entityList(String.class)
			.satisfies((partners) -> assertThat(partners).isNotEmpty().doesNotContain(declinedPartner));
	}

	private GraphQlTester demo(String username) {
		return HttpGraphQl.tester(this.port, basic(username));
	}

	private String partnerOf(String login) {
		return demo(login).document("{ me { partner { id } } }").execute().path("me.partner.id").entity(String.class)
			.get();
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static GraphQlTester.Response answer(GraphQlTester tester, String match, String answer, String reason) {
		int version = tester.documentName("matchDetails").variable("id", match).execute().path("node.version")
			.entity(Integer.class).get();
		return tester.documentName("answerMatch").variable("id", match).variable("version", version)
			.variable("answer", answer).variable("reason", reason).execute();
	}

	private static GraphQlTester.Response deliver(GraphQlTester partner, String match, double amount, LocalDate on) {
		int version = partner.documentName("matchDetails").variable("id", match).execute().path("node.version")
			.entity(Integer.class).get();
		return partner.documentName("recordDelivery").variable("input", Map.of("matchId", match, "version", version,
				"amount", amount, "deliveredOn", on.toString(), "note", "Training delivered")).execute();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<Map<String, Object>> subscribe(String login) {
		this.connection = WebSocketGraphQlTester
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {

				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", basic(login)));
				}

			})
			.build();
		List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
		this.subscription = this.connection.document("subscription { notificationReceived { id type summary } }")
			.executeSubscription().toFlux("notificationReceived", Map.class)
			.subscribe((n) -> received.add((Map<String, Object>) n));
		Await.until(() -> this.tail.subscribers() >= 1, "the partner's subscription listens");
		return received;
	}

}
