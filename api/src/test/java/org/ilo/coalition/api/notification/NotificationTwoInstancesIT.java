package org.ilo.coalition.api.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.CoalitionApplication;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.test.Neo4jTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as production runs behind a load balancer: a notification caused
 * through one instance reaches a subscriber connected to the other, both ways.
 */
class NotificationTwoInstancesIT extends NotificationTestSupport {

	ConfigurableApplicationContext second;

	int secondPort;

	@BeforeEach
	void startSecondInstance() {
		Neo4jTestDatabase database = Neo4jTestDatabase.get();
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.neo4j.uri", database.uri().toString());
		properties.put("spring.neo4j.authentication.username", database.password() == null ? "" : "neo4j");
		if (database.password() != null) {
			properties.put("spring.neo4j.authentication.password", database.password());
		}
		properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", Tokens.publicKeyLocation());
		properties.put("coalition.security.demo-accounts", "true");
		properties.put("coalition.match.jobs-interval", "PT24H");
		properties.put("coalition.demo-data.enabled", "false");
		this.second = new SpringApplicationBuilder(CoalitionApplication.class).properties(properties).run();
		this.secondPort = ((WebServerApplicationContext) this.second).getWebServer().getPort();
	}

	@AfterEach
	void stopSecondInstance() {
		if (this.second != null) {
			this.second.close();
		}
	}

	@Test
	void aNotificationCausedOnOneInstanceReachesASubscriberOfTheOther() {
		NotificationTail secondTail = this.second.getBean(NotificationTail.class);
		List<Map<String, Object>> onSecond = subscribe(this.secondPort, bearer("PARTNER", this.alpha, null));
		List<Map<String, Object>> onFirst = subscribe(this.port, bearer("MEMBER_STATE", null, "KEN"));
		Await.until(() -> secondTail.subscribers() >= 1 && this.tail.subscribers() >= 1, "both instances have a subscriber");
		assertThat(this.port).isNotEqualTo(this.secondPort);

		// The coordination group acts through the first instance.
		asCoordinator().documentName("reviewSuggestion").variable("id", this.suggestion).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");

		Await.until(() -> !onSecond.isEmpty() && !onFirst.isEmpty(), "both subscribers received the acceptance");
		assertThat(onSecond).singleElement().satisfies((n) -> assertThat(n.get("type")).isEqualTo("CONSENT_REQUESTED"));
		assertThat(onFirst).singleElement().satisfies((n) -> assertThat(n.get("id")).isEqualTo(onSecond.get(0).get("id")));
	}

}
