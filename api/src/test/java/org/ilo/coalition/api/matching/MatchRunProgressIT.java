package org.ilo.coalition.api.matching;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code Subscription.matchRunProgress} over a real graphql-ws WebSocket, through the security filters. */
class MatchRunProgressIT extends ApiIntegrationTest {

	private static final String PROGRESS = """
			subscription progress($runId: ID!) {
			  matchRunProgress(runId: $runId) { id status bestScore { hard medium soft } counts { suggestions } }
			}
			""";

	@Autowired
	MatchingRuns matching;

	WebSocketGraphQlTester webSocket;

	@BeforeEach
	void plantedGraph() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 5);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		for (int i = 0; i < 4; i++) {
			fixture.request("KEN", objective, "Request " + i, LocalDate.now().plusMonths(2), "TECHNICAL_ASSISTANCE",
					List.of("EMPLOYMENT"));
		}
		for (String name : List.of("Alpha Institute", "Beta Union", "Gamma Network")) {
			String partner = fixture.partner(name, PartnerKind.NGO, "KEN");
			fixture.offer(partner, "TECHNICAL_ASSISTANCE", 120.0, "PERSON_DAYS", 2, List.of("en"), List.of("EMPLOYMENT"),
					List.of("KEN"), List.of());
		}
	}

	@AfterEach
	void closeAndWait() throws InterruptedException {
		if (this.webSocket != null) {
			this.webSocket.stop().block(Duration.ofSeconds(10));
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!this.matching.isIdle() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
	}

	private WebSocketGraphQlTester webSocket(String authorization) {
		WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new StandardWebSocketClient());
		if (authorization != null) {
			builder.headers((headers) -> headers.set("Authorization", authorization));
		}
		this.webSocket = builder.build();
		return this.webSocket;
	}

	@Test
	@SuppressWarnings("rawtypes")
	void streamsEveryImprovementThenTheFinalStateThenEnds() {
		String runId = asSecretariat().documentName("startMatching")
			.variable("input", Map.of("countries", List.of("KEN"), "timeLimitSeconds", 2)).execute()
			.path("startMatching.id").entity(String.class).get();

		List<Map> events = webSocket("Bearer " + Tokens.token("secretariat-user", "SECRETARIAT", null, null))
			.document(PROGRESS).variable("runId", runId).executeSubscription().toFlux("matchRunProgress", Map.class)
			.collectList().block(Duration.ofSeconds(90));

		assertThat(events).as("the stream ended with the final state").isNotEmpty();
		List<Object> statuses = events.stream().map((e) -> e.get("status")).toList();
		assertThat(statuses.get(statuses.size() - 1)).isEqualTo("COMPLETED");
		assertThat(statuses.subList(0, statuses.size() - 1)).isNotEmpty().allMatch((s) -> s.equals("QUEUED") || s.equals("SOLVING"));
		assertThat(events).as("progress: a best score while solving")
			.anySatisfy((e) -> {
				assertThat(e.get("status")).isEqualTo("SOLVING");
				assertThat(e.get("bestScore")).isNotNull();
			});
		Map last = events.get(events.size() - 1);
		assertThat(last.get("id")).isEqualTo(runId);
		assertThat(((Map) last.get("counts")).get("suggestions")).isEqualTo(4);
		assertThat(((Map) last.get("bestScore")).get("medium")).isEqualTo(0);

		List<Map> afterTheEnd = this.webSocket.document(PROGRESS).variable("runId", runId).executeSubscription()
			.toFlux("matchRunProgress", Map.class).collectList().block(Duration.ofSeconds(30));
		assertThat(afterTheEnd).as("a run that ended gives its final state only").singleElement()
			.satisfies((e) -> assertThat(e.get("status")).isEqualTo("COMPLETED"));
	}

	@Test
	void refusesAnonymousSubscribers() {
		assertThatThrownBy(() -> webSocket(null).document(PROGRESS).variable("runId", "TWF0Y2hSdW46eA")
			.executeSubscription().toFlux("matchRunProgress", Map.class).blockLast(Duration.ofSeconds(30)))
			.hasMessageContaining("Sign in");
	}

}
