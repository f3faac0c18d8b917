package org.ilo.coalition.api.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.matching.MatchingRuns;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Subscribers that cannot set headers on the WebSocket handshake (browsers, GraphiQL) sign in with the credentials in
 * the graphql-ws {@code connection_init} payload: a bearer token, or a demo account over Basic. Refused credentials
 * close the connection (4401); they never make the subscriber the public.
 */
class SubscriptionAuthenticationIT extends ApiIntegrationTest {

	private static final String PROGRESS = """
			subscription progress($runId: ID!) {
			  matchRunProgress(runId: $runId) { id status }
			}
			""";

	// Method security refuses before the method runs, so the run need not exist for the refusals.
	private static final String SOME_RUN = "TWF0Y2hSdW46eA";

	@Autowired
	MatchingRuns matching;

	private final List<WebSocketGraphQlTester> connections = new ArrayList<>();

	@AfterEach
	void closeAndWait() throws InterruptedException {
		this.connections.forEach((connection) -> connection.stop().block(Duration.ofSeconds(10)));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!this.matching.isIdle() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
	}

	@Test
	void aDemoSecretariatSignedInByThePayloadFollowsARunToItsEnd() {
		String runId = startedRun();

		List<Object> statuses = statuses(webSocket(Map.of("Authorization", basic("secretariat", "demo")), null), runId);

		assertThat(statuses).isNotEmpty().last().isEqualTo("COMPLETED");
		assertThat(statuses.subList(0, statuses.size() - 1)).allMatch((s) -> s.equals("QUEUED") || s.equals("SOLVING"));
	}

	@Test
	void aBearerTokenInThePayloadSignsInWhateverTheCaseOfItsKey() {
		String runId = startedRun();
		String token = Tokens.token("coordinator-user", "COORDINATION_GROUP", null, null);

		List<Object> statuses = statuses(webSocket(Map.of("authorization", "Bearer " + token), null), runId);

		assertThat(statuses).isNotEmpty().last().isEqualTo("COMPLETED");
	}

	@Test
	void aWrongPasswordInThePayloadClosesTheConnectionAsUnauthorized() {
		assertClosedAsUnauthorized(webSocket(Map.of("Authorization", basic("secretariat", "wrong")), null));
		assertClosedAsUnauthorized(webSocket(Map.of("Authorization", basic("nobody", "demo")), null));
	}

	@Test
	void anInvalidTokenInThePayloadClosesTheConnectionAsUnauthorized() {
		for (String authorization : List.of("Bearer " + Tokens.forgedToken("SECRETARIAT"), "Bearer garbage",
				"Bearer not a token", "Digest username=secretariat")) {
			assertClosedAsUnauthorized(webSocket(Map.of("Authorization", authorization), null));
		}
	}

	@Test
	void refusedPayloadCredentialsAreNotReplacedByTheHandshakeHeader() {
		String header = "Bearer " + Tokens.token("secretariat-user", "SECRETARIAT", null, null);

		assertClosedAsUnauthorized(webSocket(Map.of("Authorization", basic("secretariat", "wrong")), header));
	}

	@Test
	void partnerAndMemberStateUsersSignedInByThePayloadAreForbidden() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String partner = fixture.partner("Alpha Institute", PartnerKind.NGO, "KEN");
		// The demo account state-KEN signs in as Kenya when a demo government of Kenya exists.
		String government = fixture.partner("Government of Kenya", PartnerKind.GOVERNMENT, "KEN");
		this.neo4jClient.query("MATCH (p:Partner {id: $id}) SET p.demo = true").bind(government).to("id").run();

		for (Map<String, Object> payload : List.of(
				Map.<String, Object>of("Authorization", "Bearer " + Tokens.token("partner-user", "PARTNER", partner, null)),
				Map.<String, Object>of("Authorization", basic("state-KEN", "demo")))) {
			SubscriptionErrorException refusal = refusal(webSocket(payload, null));
			assertThat(refusal.getErrors()).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).as(payload.toString()).containsEntry("classification", "FORBIDDEN");
				assertThat(error.getMessage()).contains("may not subscribe to matchRunProgress");
			});
		}
	}

	@Test
	void aPayloadWithoutCredentialsLeavesTheSubscriberThePublic() {
		SubscriptionErrorException refusal = refusal(webSocket(Map.of("client", "a browser"), null));

		assertThat(refusal.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED");
			assertThat(error.getMessage()).contains("Sign in");
		});
	}

	private String startedRun() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 5);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		for (int i = 0; i < 3; i++) {
			fixture.request("KEN", objective, "Request " + i, LocalDate.now().plusMonths(2), "TECHNICAL_ASSISTANCE",
					List.of("EMPLOYMENT"));
		}
		String partner = fixture.partner("Beta Union", PartnerKind.NGO, "KEN");
		fixture.offer(partner, "TECHNICAL_ASSISTANCE", 120.0, "PERSON_DAYS", 3, List.of("en"), List.of("EMPLOYMENT"),
				List.of("KEN"), List.of());
		return asSecretariat().documentName("startMatching")
			.variable("input", Map.of("countries", List.of("KEN"), "timeLimitSeconds", 1)).execute()
			.path("startMatching.id").entity(String.class).get();
	}

	@SuppressWarnings("rawtypes")
	private static List<Object> statuses(WebSocketGraphQlTester connection, String runId) {
		return connection.document(PROGRESS).variable("runId", runId).executeSubscription()
			.toFlux("matchRunProgress", Map.class).map((event) -> event.get("status")).collectList()
			.block(Duration.ofSeconds(90));
	}

	private static SubscriptionErrorException refusal(WebSocketGraphQlTester connection) {
		Throwable thrown = subscribe(connection);
		assertThat(thrown).isInstanceOf(SubscriptionErrorException.class);
		return (SubscriptionErrorException) thrown;
	}

	// Closed before the connection was acknowledged: no subscription ran, so no GraphQL error (and no UNAUTHORIZED
	// answer to the public) comes back, only the close status.
	private static void assertClosedAsUnauthorized(WebSocketGraphQlTester connection) {
		Throwable thrown = subscribe(connection);
		assertThat(thrown).isNotNull().isNotInstanceOf(SubscriptionErrorException.class);
		assertThat(thrown.getMessage()).contains("4401").contains("Unauthorized");
	}

	private static Throwable subscribe(WebSocketGraphQlTester connection) {
		return catchThrowable(() -> connection.document(PROGRESS).variable("runId", SOME_RUN).executeSubscription()
			.toFlux("matchRunProgress", Map.class).blockLast(Duration.ofSeconds(30)));
	}

	private WebSocketGraphQlTester webSocket(Map<String, Object> payload, String authorizationHeader) {
		WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {

				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(payload);
				}

			});
		if (authorizationHeader != null) {
			builder.headers((headers) -> headers.set("Authorization", authorizationHeader));
		}
		WebSocketGraphQlTester connection = builder.build();
		this.connections.add(connection);
		return connection;
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
