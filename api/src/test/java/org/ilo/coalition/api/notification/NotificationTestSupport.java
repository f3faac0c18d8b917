package org.ilo.coalition.api.notification;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ilo.coalition.api.test.KenyanSuggestion;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.api.test.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * What the notification tests share: the planted graph (a Kenyan request, partners Alpha and Beta, a proposed
 * suggestion of Alpha's offer), the acceptance and decline that notify, and subscribers over graphql-ws signed in by
 * their {@code connection_init} payload.
 */
abstract class NotificationTestSupport extends ApiIntegrationTest {

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
		KenyanSuggestion planted = KenyanSuggestion.plant(this.neo4jClient);
		this.request = planted.request();
		this.alpha = planted.alpha();
		this.beta = planted.beta();
		this.suggestion = planted.suggestion();
	}

	@AfterEach
	void disconnect() {
		this.subscriptions.forEach(Disposable::dispose);
		this.connections.forEach((connection) -> connection.stop().block(Duration.ofSeconds(10)));
	}

	void accept() {
		asCoordinator().documentName("reviewSuggestion").variable("id", this.suggestion).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
	}

	void decline() {
		int version = asCoordinator().documentName("matchDetails").variable("id", this.suggestion).execute()
			.path("node.version").entity(Integer.class).get();
		asMemberState("KEN").documentName("answerMatch").variable("id", this.suggestion).variable("version", version)
			.variable("answer", "DECLINE").variable("reason", "Not now").execute()
			.path("answerMatch.matchStatus").entity(String.class).isEqualTo("DECLINED");
	}

	static GraphQlTester.Response feed(GraphQlTester tester) {
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

}
