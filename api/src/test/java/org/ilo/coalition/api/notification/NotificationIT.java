package org.ilo.coalition.api.notification;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Notifications over HTTP and graphql-ws: written with the change that causes them, read by the audiences they are
 * for (feed with read state and pages), and delivered live to a subscriber signed in by its {@code connection_init}
 * payload.
 *
 * <p>The planted graph: a Kenyan request, partners Alpha and Beta, a proposed suggestion of Alpha's offer.
 */
class NotificationIT extends ApiIntegrationTest {

	static final String RECEIVED = "subscription { notificationReceived { id sequence type summary subjectId read } }";

	@Autowired
	NotificationTail tail;

	String request;

	String alpha;

	String beta;

	String suggestion;

	private final List<WebSocketGraphQlTester> connections = new ArrayList<>();

	private final List<Disposable> subscriptions = new ArrayList<>();

	@BeforeEach
	void proposedSuggestion() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		this.request = fixture.request("KEN", objective, "Labour inspection", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		this.alpha = fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		this.beta = fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		String offer = fixture.offer(this.alpha, "TECHNICAL_ASSISTANCE", 100.0, "PERSON_DAYS", 1, List.of("en"),
				List.of("EMPLOYMENT"), List.of("KEN"), List.of());
		this.suggestion = of("MatchSuggestion", fixture.matchSuggestion(this.request, this.alpha, offer, "PROPOSED", 50.0));
	}

	@AfterEach
	void disconnect() {
		this.subscriptions.forEach(Disposable::dispose);
		this.connections.forEach((connection) -> connection.stop().block(Duration.ofSeconds(10)));
	}

	@Test
	void anAcceptanceAsksBothPartiesForConsentAndTellsTheCoordinationGroupInTheirFeeds() {
		accept();

		feed(asPartner(this.alpha)).path("notifications.totalCount").entity(Integer.class).isEqualTo(1)
			.path("notifications.unreadCount").entity(Integer.class).isEqualTo(1)
			.path("notifications.edges[0].node.type").entity(String.class).isEqualTo("CONSENT_REQUESTED")
			.path("notifications.edges[0].node.subjectId").entity(String.class).isEqualTo(this.suggestion)
			.path("notifications.edges[0].node.requestId").entity(String.class).isEqualTo(of("SupportRequest", this.request))
			.path("notifications.edges[0].node.read").entity(Boolean.class).isEqualTo(false)
			.path("notifications.edges[0].node.summary").entity(String.class).satisfies((summary) -> assertThat(summary)
				.contains("Alpha Institute").contains("Kenya").contains("Labour inspection").contains("50 person days")
				.contains("confirm or decline by"));
		feed(asMemberState("KEN")).path("notifications.edges[*].node.type").entityList(String.class)
			.containsExactly("CONSENT_REQUESTED");
		feed(asCoordinator()).path("notifications.edges[*].node.type").entityList(String.class)
			.containsExactly("SUGGESTION_ACCEPTED");
		feed(asPartner(this.beta)).path("notifications.totalCount").entity(Integer.class).isEqualTo(0);
		feed(asMemberState("BRA")).path("notifications.totalCount").entity(Integer.class).isEqualTo(0);
		feed(asSecretariat()).path("notifications.totalCount").entity(Integer.class).isEqualTo(0);
		anonymous().documentName("notifications").execute().errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
	}

	@Test
	void aUserMarksNotificationsReadOneByOneOrAllAndPagesThroughTheFeedNewestFirst() {
		accept();
		decline();
		GraphQlTester partner = asPartner(this.alpha);
		List<String> types = feed(partner).path("notifications.edges[*].node.type").entityList(String.class).get();
		assertThat(types).containsExactly("MATCH_DECLINED", "CONSENT_REQUESTED");

		GraphQlTester.Response first = partner.documentName("notifications").variable("first", 1).execute();
		String newest = first.path("notifications.edges[0].node.id").entity(String.class).get();
		first.path("notifications.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("notifications.pageInfo.endCursor").entity(String.class).get();
		partner.documentName("notifications").variable("first", 1).variable("after", cursor).execute()
			.path("notifications.edges[*].node.type").entityList(String.class).containsExactly("CONSENT_REQUESTED")
			.path("notifications.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

		partner.documentName("markNotificationsRead").variable("ids", List.of(newest)).execute()
			.path("markNotificationsRead").entity(Integer.class).isEqualTo(1);
		partner.documentName("notifications").variable("unreadOnly", true).execute()
			.path("notifications.edges[*].node.type").entityList(String.class).containsExactly("CONSENT_REQUESTED")
			.path("notifications.unreadCount").entity(Integer.class).isEqualTo(1);
		// Read state belongs to the user: the member State's users still have both unread.
		feed(asMemberState("KEN")).path("notifications.unreadCount").entity(Integer.class).isEqualTo(2);
		asPartner(this.beta).documentName("markNotificationsRead").variable("ids", List.of(newest)).execute()
			.path("markNotificationsRead").entity(Integer.class).isEqualTo(0);

		partner.documentName("markNotificationsRead").execute().path("markNotificationsRead").entity(Integer.class)
			.isEqualTo(0);
		feed(partner).path("notifications.edges[*].node.read").entityList(Boolean.class).containsExactly(true, true);
	}

	@Test
	void aSubscriberSignedInByItsConnectionInitPayloadReceivesItsAudiencesNotificationsLive() {
		List<Map<String, Object>> alphaReceived = subscribe(this.port, bearer("PARTNER", this.alpha, null));
		List<Map<String, Object>> betaReceived = subscribe(this.port, bearer("PARTNER", this.beta, null));
		List<Map<String, Object>> kenyaReceived = subscribe(this.port, bearer("MEMBER_STATE", null, "KEN"));
		await(() -> this.tail.subscribers() >= 3, "three subscribers listen");

		accept();

		await(() -> !alphaReceived.isEmpty() && !kenyaReceived.isEmpty(), "the parties received the notification");
		assertThat(alphaReceived).singleElement().satisfies((n) -> {
			assertThat(n.get("type")).isEqualTo("CONSENT_REQUESTED");
			assertThat(n.get("subjectId")).isEqualTo(this.suggestion);
		});
		String id = (String) alphaReceived.get(0).get("id");
		assertThat(kenyaReceived).singleElement().satisfies((n) -> assertThat(n.get("id")).isEqualTo(id));
		feed(asPartner(this.alpha)).path("notifications.edges[0].node.id").entity(String.class).isEqualTo(id);
		decline();
		await(() -> alphaReceived.size() == 2, "the decline reached the partner");
		assertThat(betaReceived).as("another partner hears nothing of it").isEmpty();
	}

	private void accept() {
		asCoordinator().documentName("reviewSuggestion").variable("id", this.suggestion).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
	}

	private void decline() {
		int version = asCoordinator().documentName("matchDetails").variable("id", this.suggestion).execute()
			.path("node.version").entity(Integer.class).get();
		asMemberState("KEN").documentName("answerMatch").variable("id", this.suggestion).variable("version", version)
			.variable("answer", "DECLINE").variable("reason", "Not now").execute()
			.path("answerMatch.matchStatus").entity(String.class).isEqualTo("DECLINED");
	}

	private static GraphQlTester.Response feed(GraphQlTester tester) {
		return tester.documentName("notifications").execute();
	}

	static String bearer(String role, String partner, String country) {
		return "Bearer " + Tokens.token(role.toLowerCase() + "-user", role, partner, country);
	}

	/** Subscribes over graphql-ws on {@code port} with {@code authorization} in the connection_init payload. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	List<Map<String, Object>> subscribe(int port, String authorization) {
		WebSocketGraphQlTester connection = WebSocketGraphQlTester
			.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {

				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", authorization));
				}

			})
			.build();
		this.connections.add(connection);
		List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
		this.subscriptions.add(connection.document(RECEIVED).executeSubscription()
			.toFlux("notificationReceived", Map.class).subscribe((n) -> received.add((Map<String, Object>) n)));
		return received;
	}

	static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
