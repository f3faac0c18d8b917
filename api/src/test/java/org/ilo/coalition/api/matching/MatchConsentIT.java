package org.ilo.coalition.api.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.graph.matching.MatchRunView;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * After the review, over HTTP: both parties' consent, a decline and the re-matching it queues, expiry on the test's
 * clock, retraction, withdrawal, and the refusals (state, version, rights).
 *
 * <p>The planted graph: one Kenyan request of 50 person-days, and two partners (Alpha, Beta) with one offer each of 100
 * person-days and capacity 1 that serves Kenya. Alpha's offer is suggested for the request and accepted.
 */
class MatchConsentIT extends ApiIntegrationTest {

	@Autowired
	MatchJobs jobs;

	@Autowired
	MatchingRuns matching;

	String request;

	String alpha;

	String beta;

	String alphaOffer;

	String betaOffer;

	String match;

	@BeforeEach
	void acceptedMatch() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		this.request = fixture.request("KEN", objective, "Labour inspection", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		this.alpha = fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		this.beta = fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		this.alphaOffer = offer(fixture, this.alpha);
		this.betaOffer = offer(fixture, this.beta);
		String suggestion = fixture.matchSuggestion(this.request, this.alpha, this.alphaOffer, "PROPOSED", 50.0);
		this.match = of("MatchSuggestion", suggestion);
		asCoordinator().documentName("reviewSuggestion").variable("id", this.match).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
	}

	@AfterEach
	void noRunLeftBehind() {
		Await.until(() -> this.matching.isIdle(), "every run ended");
	}

	@Test
	void bothPartiesConfirmAndTheRequestIsMatched() {
		GraphQlTester.Response accepted = details(asCoordinator());
		accepted.path("node.matchStatus").entity(String.class).isEqualTo("AWAITING_CONSENT")
			.path("node.consentDeadline").entity(String.class).satisfies((deadline) -> assertThat(
					Duration.between(this.clock.instant(), java.time.OffsetDateTime.parse(deadline).toInstant()))
				.isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14)))
			.path("node.request.status").entity(String.class).isEqualTo("PARTIALLY_MATCHED")
			.path("node.offer.remainingAmount").entity(Double.class).isEqualTo(50.0)
			.path("node.offer.remainingCapacity").entity(Integer.class).isEqualTo(0);

		answer(asPartner(this.alpha), "CONFIRM", null).path("answerMatch.matchStatus").entity(String.class)
			.isEqualTo("AWAITING_CONSENT")
			.path("answerMatch.partnerConsent.answer").entity(String.class).isEqualTo("CONFIRM")
			.path("answerMatch.partnerConsent.answeredBy").entity(String.class).isEqualTo("partner-user")
			.path("answerMatch.memberStateConsent").valueIsNull();
		answer(asMemberState("KEN"), "CONFIRM", null).path("answerMatch.matchStatus").entity(String.class)
			.isEqualTo("CONFIRMED")
			.path("answerMatch.confirmedAt").entity(String.class).satisfies((at) -> assertThat(at).isNotBlank())
			.path("answerMatch.memberStateConsent.answeredBy").entity(String.class).isEqualTo("member_state-user")
			.path("answerMatch.endedAt").valueIsNull();

		details(asMemberState("KEN")).path("node.request.status").entity(String.class).isEqualTo("MATCHED")
			.path("node.offer.remainingAmount").entity(Double.class).isEqualTo(50.0);
		assertThat(actions()).as("in the same transaction events share their time: order not compared")
			.containsExactlyInAnyOrder("SUGGESTION_ACCEPTED", "MATCH_CONSENT_CONFIRMED", "MATCH_CONSENT_CONFIRMED",
					"MATCH_CONFIRMED");
		asCoordinator().documentName("matchesByStatus").variable("matchStatus", "CONFIRMED").execute()
			.path("matchSuggestions.edges[*].node.id").entityList(String.class).containsExactly(this.match);
		asCoordinator().documentName("matchesByStatus").variable("matchStatus", "AWAITING_CONSENT").execute()
			.path("matchSuggestions.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aDeclineFreesTheOfferKeepsThePartnerOutAndQueuesARematchThatSuggestsTheOtherPartner() {
		answer(asMemberState("KEN"), "DECLINE", "We need a workers' organization").path("answerMatch.matchStatus")
			.entity(String.class).isEqualTo("DECLINED")
			.path("answerMatch.endReason").entity(String.class).isEqualTo("We need a workers' organization")
			.path("answerMatch.endedBy").entity(String.class).isEqualTo("member_state-user");
		details(asCoordinator()).path("node.offer.remainingAmount").entity(Double.class).isEqualTo(100.0)
			.path("node.offer.remainingCapacity").entity(Integer.class).isEqualTo(1)
			.path("node.request.status").entity(String.class).isEqualTo("OPEN");
		String again = of("MatchSuggestion", new GraphFixture(this.neo4jClient).matchSuggestion(this.request,
				this.alpha, this.alphaOffer, "PROPOSED", 50.0));
		asCoordinator().documentName("reviewSuggestion").variable("id", again).variable("decision", "ACCEPT").execute()
			.errors().expect((e) -> "CONFLICT".equals(e.getErrorType().toString())
					&& e.getMessage().contains("declined or expired")).verify();

		assertThat(this.jobs.startDueRematches()).as("the re-matching waits for its delay").isNull();
		this.clock.advance(Duration.ofMinutes(2));
		MatchRunView run = this.jobs.startDueRematches();
		assertThat(run).isNotNull();
		assertThat(run.scope().requestIds()).containsExactly(this.request);
		assertThat(run.createdBy()).isEqualTo("system (re-matching)");
		assertThat(this.jobs.startDueRematches()).as("the marker is cleared once its run started").isNull();
		Await.until(() -> this.matching.isIdle(), "the re-matching run ended");
		List<String> suggested = asCoordinator().documentName("matchSuggestions")
			.variable("filter", Map.of("run", of("MatchRun", run.id()))).variable("first", 10).execute()
			.path("matchSuggestions.edges[*].node.partner.id").entityList(String.class).get();
		assertThat(suggested).containsExactly(of("Partner", this.beta));
		asCoordinator().documentName("notifications").execute().path("notifications.edges[0].node.type")
			.entity(String.class).isEqualTo("REMATCH_SUGGESTIONS_READY")
			.path("notifications.edges[0].node.subjectId").entity(String.class).isEqualTo(of("MatchRun", run.id()));
	}

	@Test
	void aMatchNobodyFullyAnswersExpiresAtTheEndOfTheConsentWindow() {
		answer(asPartner(this.alpha), "CONFIRM", null);
		this.clock.advance(Duration.ofDays(13));
		assertThat(this.jobs.expireDueMatches()).isZero();
		details(asCoordinator()).path("node.matchStatus").entity(String.class).isEqualTo("AWAITING_CONSENT");

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(this.jobs.expireDueMatches()).isEqualTo(1);
		details(asCoordinator()).path("node.matchStatus").entity(String.class).isEqualTo("EXPIRED")
			.path("node.endedBy").entity(String.class).isEqualTo("system")
			.path("node.endReason").entity(String.class)
			.satisfies((reason) -> assertThat(reason).contains("the member State"))
			.path("node.offer.remainingAmount").entity(Double.class).isEqualTo(100.0)
			.path("node.request.status").entity(String.class).isEqualTo("OPEN");
		assertThat(this.jobs.expireDueMatches()).as("an expired match expires once").isZero();
		assertThat(actions()).contains("MATCH_EXPIRED");
		answer(asMemberState("KEN"), "CONFIRM", null).errors().expect((e) -> "CONFLICT".equals(e.getErrorType().toString())
				&& e.getMessage().contains("is EXPIRED")).verify();
	}

	@Test
	void theCoordinationGroupRetractsAConfirmedMatchWithAReason() {
		answer(asPartner(this.alpha), "CONFIRM", null);
		answer(asMemberState("KEN"), "CONFIRM", null);
		retract(asCoordinator(), "").errors().expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
				&& "reason".equals(e.getExtensions().get("argument"))).verify();
		retract(asCoordinator(), "The partner's expert left").path("retractMatch.matchStatus").entity(String.class)
			.isEqualTo("RETRACTED")
			.path("retractMatch.endReason").entity(String.class).isEqualTo("The partner's expert left");
		details(asCoordinator()).path("node.offer.remainingCapacity").entity(Integer.class).isEqualTo(1)
			.path("node.request.status").entity(String.class).isEqualTo("OPEN");
		retract(asCoordinator(), "again").errors().expect((e) -> "CONFLICT".equals(e.getErrorType().toString())
				&& e.getMessage().contains("is RETRACTED")).verify();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.jobs.startDueRematches()).as("a retraction queues a re-matching too").isNotNull();
	}

	@Test
	void withdrawingTheRequestEndsItsPendingMatch() {
		int version = details(asMemberState("KEN")).path("node.request.version").entity(Integer.class).get();
		asMemberState("KEN").documentName("withdrawRequest").variable("id", of("SupportRequest", this.request))
			.variable("version", version).execute().path("withdrawSupportRequest.status").entity(String.class)
			.isEqualTo("WITHDRAWN");
		details(asCoordinator()).path("node.matchStatus").entity(String.class).isEqualTo("WITHDRAWN")
			.path("node.offer.remainingAmount").entity(Double.class).isEqualTo(100.0);
		assertThat(actions()).contains("REQUEST_WITHDRAWN", "MATCH_WITHDRAWN");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.jobs.startDueRematches()).as("a withdrawn request is not re-matched").isNull();
	}

	@Test
	void refusesAnswersFromTheWrongPartyStateOrVersionNamingTheProblem() {
		anonymous().documentName("answerMatch").variable("id", this.match).variable("version", version())
			.variable("answer", "CONFIRM").execute().errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
		answer(asPartner(this.beta), "CONFIRM", null).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		answer(asMemberState("BRA"), "CONFIRM", null).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		answer(asCoordinator(), "CONFIRM", null).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		retract(asPartner(this.alpha), "no").errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		answer(asPartner(this.alpha), "DECLINE", null).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "reason".equals(e.getExtensions().get("argument"))).verify();
		asPartner(this.alpha).documentName("answerMatch").variable("id", this.match).variable("version", version() - 1)
			.variable("answer", "CONFIRM").execute().errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("changed by someone else"))
			.verify();

		answer(asPartner(this.alpha), "CONFIRM", null).path("answerMatch.matchStatus").entity(String.class)
			.isEqualTo("AWAITING_CONSENT");
		answer(asPartner(this.alpha), "DECLINE", "changed our mind").errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("already answered CONFIRM"))
			.verify();

		String proposed = of("MatchSuggestion", new GraphFixture(this.neo4jClient).matchSuggestion(this.request,
				this.beta, this.betaOffer, "PROPOSED", 50.0));
		asPartner(this.beta).documentName("answerMatch").variable("id", proposed).variable("version", 0)
			.variable("answer", "CONFIRM").execute().errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("not an accepted match"))
			.verify();
		asPartner(this.beta).documentName("answerMatch").variable("id", of("MatchSuggestion", "nothing"))
			.variable("version", 0).variable("answer", "CONFIRM").execute().errors()
			.expect((e) -> "NOT_FOUND".equals(e.getErrorType().toString())).verify();
		details(asCoordinator()).path("node.matchStatus").entity(String.class).isEqualTo("AWAITING_CONSENT")
			.path("node.memberStateConsent").valueIsNull();
	}

	private static String offer(GraphFixture fixture, String partner) {
		return fixture.offer(partner, "TECHNICAL_ASSISTANCE", 100.0, "PERSON_DAYS", 1, List.of("en"), List.of("EMPLOYMENT"),
				List.of("KEN"), List.of());
	}

	private GraphQlTester.Response details(GraphQlTester tester) {
		return tester.documentName("matchDetails").variable("id", this.match).execute();
	}

	private int version() {
		return details(asCoordinator()).path("node.version").entity(Integer.class).get();
	}

	private GraphQlTester.Response answer(GraphQlTester tester, String answer, String reason) {
		return tester.documentName("answerMatch").variable("id", this.match).variable("version", version())
			.variable("answer", answer).variable("reason", reason).execute();
	}

	private GraphQlTester.Response retract(GraphQlTester tester, String reason) {
		return tester.documentName("retractMatch").variable("id", this.match).variable("version", version())
			.variable("reason", reason).execute();
	}

	private List<String> actions() {
		return List.copyOf(this.neo4jClient.query("MATCH (e:AuditEvent) RETURN e.action ORDER BY e.at, e.id")
			.fetchAs(String.class).all());
	}

}
