package org.ilo.coalition.api.startup;

import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.matching.MatchingRuns;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataSize;
import org.ilo.coalition.graph.ilostat.ShippedDeficits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * The demo data shows every stage after the review on first start: the start-up's {@link DemoLifecycle} on the demo
 * graph (the same seed and size as the embedded default), read back through GraphQL.
 */
class DemoLifecycleIT extends ApiIntegrationTest {

	@Autowired
	DemoDataGenerator generator;

	@Autowired
	DemoLifecycle lifecycle;

	@Autowired
	MatchingRuns matching;

	@Autowired
	ShippedDeficits shippedDeficits;

	@AfterEach
	void noRunLeftBehind() {
		Await.until(() -> this.matching.isIdle(), "every run ended");
	}

	@Test
	void playsEveryStageOfAMatchOnTheDemoData() {
		// As at start-up: the shipped ILOSTAT figures first (the results' baselines come from them), then the demo data.
		this.shippedDeficits.importIfNew();
		this.generator.generate(DemoDataSize.DEMO, 20261127L,
				LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());

		Map<DemoLifecycle.Stage, String> played = this.lifecycle.play(3);

		assertThat(played).containsOnlyKeys(DemoLifecycle.Stage.values());
		assertThat(status(played.get(DemoLifecycle.Stage.AWAITING_CONSENT))).containsEntry("matchStatus", "AWAITING_CONSENT")
			.containsEntry("requestStatus", "PARTIALLY_MATCHED");
		// Kenya's: the walk-through signs in as state-KEN to answer it.
		asCoordinator().document("query($id: ID!) { node(id: $id) { ... on MatchSuggestion { request { country { iso3 } } } } }")
			.variable("id", of("MatchSuggestion", played.get(DemoLifecycle.Stage.AWAITING_CONSENT))).execute()
			.path("node.request.country.iso3").entity(String.class).isEqualTo("KEN");
		assertThat(status(played.get(DemoLifecycle.Stage.AWAITING_MEMBER_STATE)))
			.containsEntry("matchStatus", "AWAITING_CONSENT").containsEntry("partnerAnswer", "CONFIRM");
		assertThat(status(played.get(DemoLifecycle.Stage.CONFIRMED))).containsEntry("matchStatus", "CONFIRMED");
		assertThat(status(played.get(DemoLifecycle.Stage.IN_DELIVERY))).containsEntry("matchStatus", "IN_DELIVERY")
			.containsEntry("requestStatus", "IN_DELIVERY");
		assertThat(status(played.get(DemoLifecycle.Stage.DELIVERED))).containsEntry("matchStatus", "DELIVERED")
			.containsEntry("requestStatus", "DELIVERED").containsEntry("results", 1);
		assertThat(status(played.get(DemoLifecycle.Stage.DECLINED))).containsEntry("matchStatus", "DECLINED");
		assertThat(status(played.get(DemoLifecycle.Stage.REJECTED))).containsEntry("status", "REJECTED");
		asSecretariat().document("{ matchRuns(first: 5) { edges { node { createdBy status counts { suggestions } } } } }")
			.execute().path("matchRuns.edges[*].node.createdBy").entityList(String.class)
			.containsExactly("system (re-matching)", "secretariat");
		asCoordinator().documentName("matchSuggestions").variable("filter", Map.of("status", "PROPOSED"))
			.variable("first", 1).execute().path("matchSuggestions.totalCount").entity(Integer.class)
			.satisfies((count) -> assertThat(count).as("suggestions left to review").isPositive());
		asCoordinator().documentName("notifications").execute().path("notifications.edges[*].node.type")
			.entityList(String.class).contains("REMATCH_SUGGESTIONS_READY", "MATCH_DECLINED", "MATCH_DELIVERED");
	}

	private Map<String, Object> status(String suggestion) {
		GraphQlTester.Response response = asCoordinator().document("""
				query($id: ID!) { node(id: $id) { ... on MatchSuggestion {
				  status matchStatus partnerConsent { answer } request { status } results { id }
				} } }""").variable("id", of("MatchSuggestion", suggestion)).execute();
		Map<String, Object> node = response.path("node").entity(Map.class).get();
		@SuppressWarnings("unchecked")
		Map<String, Object> request = (Map<String, Object>) node.get("request");
		Map<String, Object> partnerConsent = (Map<String, Object>) node.get("partnerConsent");
		java.util.HashMap<String, Object> status = new java.util.HashMap<>();
		status.put("status", node.get("status"));
		status.put("matchStatus", node.get("matchStatus"));
		status.put("requestStatus", request.get("status"));
		status.put("partnerAnswer", partnerConsent == null ? null : partnerConsent.get("answer"));
		status.put("results", ((List<?>) node.get("results")).size());
		return status;
	}

}
