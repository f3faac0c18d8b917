package org.ilo.coalition.api.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.api.matching.MatchJobs;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.springframework.beans.factory.annotation.Autowired;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * Notifications over HTTP and graphql-ws: written with the change that causes them, read by the audiences they are
 * for (feed with read state and pages), and delivered live to a subscriber signed in by its {@code connection_init}
 * payload.
 */
class NotificationIT extends NotificationTestSupport {

	@Autowired
	MatchJobs jobs;

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
		Await.until(() -> this.tail.subscribers() >= 3, "three subscribers listen");

		accept();

		Await.until(() -> !alphaReceived.isEmpty() && !kenyaReceived.isEmpty(), "the parties received the notification");
		assertThat(alphaReceived).singleElement().satisfies((n) -> {
			assertThat(n.get("type")).isEqualTo("CONSENT_REQUESTED");
			assertThat(n.get("subjectId")).isEqualTo(this.suggestion);
		});
		String id = (String) alphaReceived.get(0).get("id");
		assertThat(kenyaReceived).singleElement().satisfies((n) -> assertThat(n.get("id")).isEqualTo(id));
		feed(asPartner(this.alpha)).path("notifications.edges[0].node.id").entity(String.class).isEqualTo(id);
		decline();
		Await.until(() -> alphaReceived.size() == 2, "the decline reached the partner");
		assertThat(betaReceived).as("another partner hears nothing of it").isEmpty();
	}

	@Test
	void theSilentPartyIsRemindedOnceBeforeTheConsentDeadline() {
		accept();
		int version = asCoordinator().documentName("matchDetails").variable("id", this.suggestion).execute()
			.path("node.version").entity(Integer.class).get();
		asPartner(this.alpha).documentName("answerMatch").variable("id", this.suggestion).variable("version", version)
			.variable("answer", "CONFIRM").execute().path("answerMatch.matchStatus").entity(String.class)
			.isEqualTo("AWAITING_CONSENT");
		this.clock.advance(Duration.ofDays(11));
		assertThat(this.jobs.remindExpiringMatches()).as("more than two days left").isZero();

		this.clock.advance(Duration.ofDays(1).plusHours(1));
		assertThat(this.jobs.remindExpiringMatches()).isEqualTo(1);
		assertThat(this.jobs.remindExpiringMatches()).as("once per match").isZero();
		feed(asMemberState("KEN")).path("notifications.edges[0].node.type").entity(String.class)
			.isEqualTo("CONSENT_EXPIRING")
			.path("notifications.edges[0].node.summary").entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("expires on"));
		// The partner already answered.
		feed(asPartner(this.alpha)).path("notifications.edges[*].node.type").entityList(String.class)
			.containsExactly("CONSENT_REQUESTED");
	}

	@Test
	void aMembershipDecisionIsToldToTheApplicantAndTheSecretariat() {
		String applicant = new GraphFixture(this.neo4jClient).partner("Gamma Network", PartnerKind.NGO, "KEN", "PENDING");
		asCoordinator().documentName("decide").variable("partnerId", of("Partner", applicant)).variable("decision", "ADMIT")
			.execute().path("decideMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED");

		feed(asPartner(applicant)).path("notifications.edges[*].node.type").entityList(String.class)
			.containsExactly("MEMBERSHIP_DECIDED");
		feed(asSecretariat()).path("notifications.edges[0].node.summary").entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("admitted Gamma Network"));
		feed(asPartner(this.alpha)).path("notifications.totalCount").entity(Integer.class).isEqualTo(0);
	}

}
