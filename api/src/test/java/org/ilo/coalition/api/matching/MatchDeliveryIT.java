package org.ilo.coalition.api.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.ilo.coalition.api.test.ApiIntegrationTest;
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
 * Delivery and results of a confirmed match, over HTTP: the partner's deliveries, the member State's receipts, the
 * end as DELIVERED or CANCELLED with what each keeps of the offer, the member State's results and their public
 * reading, and the refusals (state, version, amounts, dates, rights).
 *
 * <p>The planted graph is {@link MatchConsentIT}'s: one Kenyan request of 50 person-days whose objective addresses
 * 8.3.1 (Kenya's figures: 85 in 2021, 80 in 2024), and two partners (Alpha, Beta) with one offer each of 100
 * person-days and capacity 1. Alpha's offer is suggested for the whole request and accepted; tests confirm it.
 */
class MatchDeliveryIT extends ApiIntegrationTest {

	@Autowired
	MatchJobs jobs;

	@Autowired
	MatchingRuns matching;

	String request;

	String objective;

	String alpha;

	String beta;

	String betaOffer;

	String match;

	LocalDate today;

	@BeforeEach
	void acceptedMatch() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2021, 85.0, 4);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		this.objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		this.request = fixture.request("KEN", this.objective, "Labour inspection", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		this.alpha = fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		this.beta = fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		String alphaOffer = offer(fixture, this.alpha);
		this.betaOffer = offer(fixture, this.beta);
		this.match = of("MatchSuggestion", fixture.matchSuggestion(this.request, this.alpha, alphaOffer, "PROPOSED", 50.0));
		asCoordinator().documentName("reviewSuggestion").variable("id", this.match).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
		this.today = LocalDate.now(this.clock);
	}

	@AfterEach
	void noRunLeftBehind() {
		await(() -> this.matching.isIdle(), "every run ended");
	}

	@Test
	void thePartnerDeliversInPartsTheMemberStateConfirmsReceiptAndMatchAndRequestAreDelivered() {
		confirmBoth();
		details().path("node.request.status").entity(String.class).isEqualTo("MATCHED");

		deliver(asPartner(this.alpha), 20.0, this.today.minusDays(10), "Two inspectors, first mission")
			.path("recordDelivery.matchStatus").entity(String.class).isEqualTo("IN_DELIVERY")
			.path("recordDelivery.deliveredAmount").entity(Double.class).isEqualTo(20.0)
			.path("recordDelivery.receivedAmount").entity(Double.class).isEqualTo(0.0)
			.path("recordDelivery.deliveries[0].unit").entity(String.class).isEqualTo("PERSON_DAYS")
			.path("recordDelivery.deliveries[0].recordedBy").entity(String.class).isEqualTo("partner-user")
			.path("recordDelivery.deliveries[0].receivedAt").valueIsNull();
		details().path("node.request.status").entity(String.class).isEqualTo("IN_DELIVERY");
		deliver(asPartner(this.alpha), 40.0, this.today, null).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString())
					&& e.getMessage().contains("has 30 PERSON_DAYS left to deliver of the 50 confirmed")
					&& "input.amount".equals(e.getExtensions().get("argument")))
			.verify();
		deliver(asPartner(this.alpha), 30.0, this.today, "Final mission").path("recordDelivery.matchStatus")
			.entity(String.class).isEqualTo("IN_DELIVERY")
			.path("recordDelivery.deliveredAmount").entity(Double.class).isEqualTo(50.0)
			.path("recordDelivery.deliveries[*].amount").entityList(Double.class).containsExactly(20.0, 30.0);
		deliver(asPartner(this.alpha), 1.0, this.today, null).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("has 0 PERSON_DAYS left"))
			.verify();

		List<String> deliveries = details().path("node.deliveries[*].id").entityList(String.class).get();
		receive(asMemberState("KEN"), deliveries.get(0), 0).path("confirmReceipt.matchStatus").entity(String.class)
			.isEqualTo("IN_DELIVERY")
			.path("confirmReceipt.receivedAmount").entity(Double.class).isEqualTo(20.0)
			.path("confirmReceipt.deliveries[0].receivedBy").entity(String.class).isEqualTo("member_state-user")
			.path("confirmReceipt.deliveries[0].version").entity(Integer.class).isEqualTo(1)
			.path("confirmReceipt.endedAt").valueIsNull();
		details().path("node.request.status").entity(String.class).isEqualTo("IN_DELIVERY");
		receive(asMemberState("KEN"), deliveries.get(0), 1).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("received already"))
			.verify();
		receive(asMemberState("KEN"), deliveries.get(1), 0).path("confirmReceipt.matchStatus").entity(String.class)
			.isEqualTo("DELIVERED")
			.path("confirmReceipt.receivedAmount").entity(Double.class).isEqualTo(50.0)
			.path("confirmReceipt.endedBy").entity(String.class).isEqualTo("member_state-user")
			.path("confirmReceipt.endedAt").entity(String.class).satisfies((at) -> assertThat(at).isNotBlank());

		details().path("node.request.status").entity(String.class).isEqualTo("DELIVERED")
			.path("node.offer.remainingAmount").entity(Double.class).isEqualTo(50.0)
			.path("node.offer.remainingCapacity").entity(Integer.class).isEqualTo(0);
		deliver(asPartner(this.alpha), 1.0, this.today, null).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("is DELIVERED"))
			.verify();
		assertThat(actions()).containsExactlyInAnyOrder("SUGGESTION_ACCEPTED", "MATCH_CONSENT_CONFIRMED",
				"MATCH_CONSENT_CONFIRMED", "MATCH_CONFIRMED", "DELIVERY_RECORDED", "DELIVERY_RECORDED",
				"RECEIPT_CONFIRMED", "RECEIPT_CONFIRMED", "MATCH_DELIVERED");
		asMemberState("KEN").documentName("notifications").execute().path("notifications.edges[*].node.type")
			.entityList(String.class).containsExactly("MATCH_DELIVERED", "DELIVERY_RECORDED", "DELIVERY_RECORDED",
					"MATCH_CONFIRMED", "CONSENT_REQUESTED");
		asPartner(this.alpha).documentName("notifications").execute().path("notifications.edges[*].node.type")
			.entityList(String.class).containsExactly("MATCH_DELIVERED", "RECEIPT_CONFIRMED", "RECEIPT_CONFIRMED",
					"MATCH_CONFIRMED", "CONSENT_REQUESTED");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.jobs.startDueRematches()).as("a delivered match queues no re-matching").isNull();
	}

	@Test
	void refusesDeliveriesOfNothingInTheFutureBeforeConfirmationOnAStaleVersionOrByAnyoneButThePartner() {
		deliver(asPartner(this.alpha), 10.0, this.today, null).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString())
					&& e.getMessage().contains("is AWAITING_CONSENT: only CONFIRMED or IN_DELIVERY matches can record deliveries"))
			.verify();
		confirmBoth();
		deliver(asPartner(this.alpha), 0.0, this.today, null).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.amount".equals(e.getExtensions().get("argument")))
			.verify();
		deliver(asPartner(this.alpha), 10.0, this.today.plusDays(1), null).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.deliveredOn".equals(e.getExtensions().get("argument")))
			.verify();
		deliver(asPartner(this.beta), 10.0, this.today, null).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		deliver(asMemberState("KEN"), 10.0, this.today, null).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		deliver(anonymous(), 10.0, this.today, null).errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
		asPartner(this.alpha).documentName("recordDelivery")
			.variable("input", deliveryInput(version() - 1, 10.0, this.today, null)).execute().errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("changed by someone else"))
			.verify();

		String delivery = deliver(asPartner(this.alpha), 10.0, this.today, null).path("recordDelivery.deliveries[0].id")
			.entity(String.class).get();
		receive(asPartner(this.alpha), delivery, 0).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		receive(asMemberState("BRA"), delivery, 0).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		receive(asMemberState("KEN"), delivery, 3).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("changed by someone else"))
			.verify();
		receive(asMemberState("KEN"), of("Delivery", "nothing"), 0).errors()
			.expect((e) -> "NOT_FOUND".equals(e.getErrorType().toString())).verify();
		details().path("node.deliveredAmount").entity(Double.class).isEqualTo(10.0)
			.path("node.receivedAmount").entity(Double.class).isEqualTo(0.0);
	}

	@Test
	void closingAMatchInDeliveryKeepsWhatWasDeliveredFreesTheRestAndQueuesARematch() {
		confirmBoth();
		String delivery = deliver(asPartner(this.alpha), 20.0, this.today, null).path("recordDelivery.deliveries[0].id")
			.entity(String.class).get();
		close(asPartner(this.beta), "not ours").errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		close(asMemberState("BRA"), "not ours").errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		close(asSecretariat(), "not ours").errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		close(asMemberState("KEN"), " ").errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "reason".equals(e.getExtensions().get("argument")))
			.verify();

		close(asMemberState("KEN"), "The programme was stopped").path("closeMatch.matchStatus").entity(String.class)
			.isEqualTo("CANCELLED")
			.path("closeMatch.endReason").entity(String.class).isEqualTo("The programme was stopped")
			.path("closeMatch.endedBy").entity(String.class).isEqualTo("member_state-user")
			.path("closeMatch.deliveredAmount").entity(Double.class).isEqualTo(20.0);
		details().path("node.offer.remainingAmount").entity(Double.class).isEqualTo(80.0)
			.path("node.offer.remainingCapacity").entity(Integer.class).isEqualTo(0)
			.path("node.request.status").entity(String.class).isEqualTo("IN_DELIVERY");
		deliver(asPartner(this.alpha), 5.0, this.today, null).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("is CANCELLED"))
			.verify();
		close(asCoordinator(), "again").errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("is CANCELLED"))
			.verify();
		// A receipt of what was delivered before the close is still taken.
		receive(asMemberState("KEN"), delivery, 0).path("confirmReceipt.matchStatus").entity(String.class)
			.isEqualTo("CANCELLED")
			.path("confirmReceipt.receivedAmount").entity(Double.class).isEqualTo(20.0);
		assertThat(actions()).contains("MATCH_CANCELLED", "RECEIPT_CONFIRMED").doesNotContain("MATCH_DELIVERED");

		assertThat(this.jobs.startDueRematches()).as("the re-matching waits for its delay").isNull();
		this.clock.advance(Duration.ofMinutes(2));
		MatchRunView run = this.jobs.startDueRematches();
		assertThat(run).isNotNull();
		assertThat(run.scope().requestIds()).containsExactly(this.request);
		// What it suggests is MatchConsentIT's concern; stopping it spares the test its time limit.
		this.matching.cancel(MatchJobs.REMATCHING, run.id());
	}

	@Test
	void closingAConfirmedMatchBeforeAnyDeliveryGivesItsWholeOfferBack() {
		confirmBoth();
		close(asCoordinator(), "The partner's expert left").path("closeMatch.matchStatus").entity(String.class)
			.isEqualTo("CANCELLED")
			.path("closeMatch.deliveredAmount").entity(Double.class).isEqualTo(0.0);
		details().path("node.offer.remainingAmount").entity(Double.class).isEqualTo(100.0)
			.path("node.offer.remainingCapacity").entity(Integer.class).isEqualTo(1)
			.path("node.request.status").entity(String.class).isEqualTo("OPEN");
		assertThat(this.neo4jClient.query("MATCH (m:ActiveMatch) RETURN count(m)").fetchAs(Long.class).one())
			.as("a cancelled match that holds nothing is no longer active").contains(0L);
		this.clock.advance(Duration.ofMinutes(2));
		MatchRunView run = this.jobs.startDueRematches();
		assertThat(run).as("closing queues a re-matching").isNotNull();
		this.matching.cancel(MatchJobs.REMATCHING, run.id());
	}

	@Test
	void theMemberStateRecordsAResultFromTheLatestFigureWithDatedValuesThatThePublicReadsOnceConfirmed() {
		requestResults(anonymous()).path("supportRequest.results").entityList(Object.class).hasSize(0);
		recordResult(asMemberState("KEN"), resultInput("8.3.1", null, null, 60.0, 2030, null)).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString())
					&& e.getMessage().contains("is AWAITING_CONSENT: only CANCELLED or CONFIRMED or DELIVERED or IN_DELIVERY matches can take results"))
			.verify();
		confirmBoth();
		String series = this.neo4jClient.query("MATCH (i:Indicator {code: '8.3.1'}) RETURN i.ilostatId")
			.fetchAs(String.class).one().orElseThrow();

		GraphQlTester.Response recorded = recordResult(asMemberState("KEN"),
				resultInput("8.3.1", null, null, 60.0, 2030, null));
		recorded.path("recordResult.baseline").entity(Double.class).isEqualTo(80.0)
			.path("recordResult.baselineYear").entity(Integer.class).isEqualTo(2024)
			.path("recordResult.baselineSource").entity(String.class).isEqualTo("OBSERVATION")
			.path("recordResult.baselineSeries.id").entity(String.class).isEqualTo(series)
			.path("recordResult.target").entity(Double.class).isEqualTo(60.0)
			.path("recordResult.version").entity(Integer.class).isEqualTo(0)
			.path("recordResult.recordedBy").entity(String.class).isEqualTo("member_state-user")
			.path("recordResult.latestValue").valueIsNull();
		String result = recorded.path("recordResult.id").entity(String.class).get();
		recordResult(asMemberState("KEN"), resultInput("8.3.1", null, null, 55.0, 2030, null)).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("already")
					&& "input.indicator".equals(e.getExtensions().get("argument")))
			.verify();
		recordResult(asMemberState("KEN"), resultInput("8.3.1", null, null, 55.0, 2029, 0))
			.path("recordResult.target").entity(Double.class).isEqualTo(55.0)
			.path("recordResult.targetYear").entity(Integer.class).isEqualTo(2029)
			.path("recordResult.baseline").entity(Double.class).isEqualTo(80.0)
			.path("recordResult.version").entity(Integer.class).isEqualTo(1);

		recordValue(asMemberState("KEN"), result, 1, 78.0, this.today.minusDays(30), "Labour force survey")
			.path("recordResultValue.version").entity(Integer.class).isEqualTo(2);
		recordValue(asMemberState("KEN"), result, 2, 79.0, this.today.minusDays(200), null)
			.path("recordResultValue.values[*].value").entityList(Double.class).containsExactly(79.0, 78.0)
			.path("recordResultValue.latestValue.value").entity(Double.class).isEqualTo(78.0)
			.path("recordResultValue.latestValue.note").entity(String.class).isEqualTo("Labour force survey");
		recordValue(asMemberState("KEN"), result, 2, 77.0, this.today, null).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("changed by someone else"))
			.verify();
		recordValue(asMemberState("KEN"), result, 3, 77.0, this.today.plusDays(1), null).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.on".equals(e.getExtensions().get("argument")))
			.verify();

		requestResults(anonymous()).path("supportRequest.results[*].id").entityList(String.class).containsExactly(result)
			.path("supportRequest.results[0].indicator.code").entity(String.class).isEqualTo("8.3.1")
			.path("supportRequest.results[0].baseline").entity(Double.class).isEqualTo(80.0)
			.path("supportRequest.results[0].target").entity(Double.class).isEqualTo(55.0)
			.path("supportRequest.results[0].values[*].on").entityList(String.class)
			.containsExactly(this.today.minusDays(200).toString(), this.today.minusDays(30).toString())
			.path("supportRequest.results[0].latestValue.value").entity(Double.class).isEqualTo(78.0)
			.path("supportRequest.results[0].recordedBy").valueIsNull()
			.path("supportRequest.results[0].values[0].recordedBy").valueIsNull();
		requestResults(asMemberState("KEN")).path("supportRequest.results[0].recordedBy").entity(String.class)
			.isEqualTo("member_state-user")
			.path("supportRequest.results[0].values[0].recordedBy").entity(String.class).isEqualTo("member_state-user");
		details().path("node.results[*].id").entityList(String.class).containsExactly(result);
		assertThat(actions()).filteredOn("RESULT_RECORDED"::equals).hasSize(2);
		assertThat(actions()).filteredOn("RESULT_VALUE_RECORDED"::equals).hasSize(2);
	}

	@Test
	void refusesResultsForIndicatorsTheObjectiveDoesNotAddressWithoutABaselineOrFromAnyoneButTheMemberState() {
		confirmBoth();
		recordResult(asMemberState("KEN"), resultInput("8.5.2", null, null, 5.0, 2030, null)).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.indicator".equals(e.getExtensions().get("argument")) && e.getMessage().contains("(8.3.1)"))
			.verify();
		recordResult(asMemberState("KEN"), resultInput("9.9.9", null, null, 5.0, 2030, null)).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.indicator".equals(e.getExtensions().get("argument")))
			.verify();
		// The objective addresses child labour too, of which Kenya has no figure here.
		this.neo4jClient.query("MATCH (o:Objective {id: $id}), (i:Indicator {code: '8.7.1'}) CREATE (o)-[:ADDRESSES]->(i)")
			.bind(this.objective).to("id").run();
		recordResult(asMemberState("KEN"), resultInput("8.7.1", null, null, 5.0, 2030, null)).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.baseline".equals(e.getExtensions().get("argument")) && e.getMessage().contains("no figure"))
			.verify();
		recordResult(asMemberState("KEN"), resultInput("8.7.1", null, 2023, 5.0, 2030, null)).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.baselineYear".equals(e.getExtensions().get("argument")))
			.verify();
		recordResult(asMemberState("KEN"), resultInput("8.7.1", 12.0, 2023, 5.0, 2022, null)).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.targetYear".equals(e.getExtensions().get("argument")))
			.verify();
		for (GraphQlTester other : List.of(asPartner(this.alpha), asMemberState("BRA"), asCoordinator(), asSecretariat())) {
			recordResult(other, resultInput("8.7.1", 12.0, 2023, 5.0, 2030, null)).errors()
				.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		}
		recordResult(anonymous(), resultInput("8.7.1", 12.0, 2023, 5.0, 2030, null)).errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();

		String result = recordResult(asMemberState("KEN"), resultInput("8.7.1", 12.0, 2023, 5.0, 2030, null))
			.path("recordResult.baselineSource").entity(String.class).isEqualTo("STATED")
			.path("recordResult.baselineSeries").valueIsNull()
			.path("recordResult.id").entity(String.class).get();
		recordValue(asMemberState("BRA"), result, 0, 11.0, this.today, null).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		recordValue(asPartner(this.alpha), result, 0, 11.0, this.today, null).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();

		// Withdrawn requests end their confirmed matches: their results are no longer taken, nor public.
		int requestVersion = details().path("node.request.version").entity(Integer.class).get();
		asMemberState("KEN").documentName("withdrawRequest").variable("id", of("SupportRequest", this.request))
			.variable("version", requestVersion).execute().path("withdrawSupportRequest.status").entity(String.class)
			.isEqualTo("WITHDRAWN");
		recordValue(asMemberState("KEN"), result, 0, 11.0, this.today, null).errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("is WITHDRAWN"))
			.verify();
		requestResults(anonymous()).path("supportRequest.results").entityList(Object.class).hasSize(0);
	}

	@Test
	void readsTheDeliveriesSumsAndResultsOfAPageOfMatchesWithOneStatementEach() {
		String betaMatch = of("MatchSuggestion", new GraphFixture(this.neo4jClient).matchSuggestion(this.request,
				this.beta, this.betaOffer, "ACCEPTED", 20.0));
		confirmBoth();
		deliver(asPartner(this.alpha), 5.0, this.today, null);
		asPartner(this.beta).documentName("recordDelivery").variable("input", Map.of("matchId", betaMatch, "version", 0,
				"amount", 7.0, "deliveredOn", this.today.toString())).execute().path("recordDelivery.matchStatus")
			.entity(String.class).isEqualTo("IN_DELIVERY");
		recordResult(asMemberState("KEN"), resultInput("8.3.1", null, null, 60.0, 2030, null));

		this.cypher.reset();
		GraphQlTester.Response page = asCoordinator().document("""
				{ matchSuggestions(filter: {status: ACCEPTED}) { edges { node {
				    id deliveredAmount receivedAmount deliveries { amount } results { id values { value } } } } } }
				""").execute();
		List<String> statements = this.cypher.statements();
		assertThat(page.path("matchSuggestions.edges[*].node.deliveredAmount").entityList(Double.class).get())
			.containsExactlyInAnyOrder(5.0, 7.0);
		assertThat(statements.stream().filter((s) -> s.contains("HAS_DELIVERY")).count()).as("delivery statements")
			.isEqualTo(1);
		assertThat(statements.stream().filter((s) -> s.contains("MatchResult")).count()).as("result statements")
			.isEqualTo(1);
		assertThat(statements).as("the page, the deliveries, the results").hasSize(3);
	}

	private static String offer(GraphFixture fixture, String partner) {
		return fixture.offer(partner, "TECHNICAL_ASSISTANCE", 100.0, "PERSON_DAYS", 1, List.of("en"), List.of("EMPLOYMENT"),
				List.of("KEN"), List.of());
	}

	private void confirmBoth() {
		for (GraphQlTester party : List.of(asPartner(this.alpha), asMemberState("KEN"))) {
			party.documentName("answerMatch").variable("id", this.match).variable("version", version())
				.variable("answer", "CONFIRM").execute().path("answerMatch.id").hasValue();
		}
		details().path("node.matchStatus").entity(String.class).isEqualTo("CONFIRMED");
	}

	private GraphQlTester.Response details() {
		return asCoordinator().documentName("matchDelivery").variable("id", this.match).execute();
	}

	private int version() {
		return details().path("node.version").entity(Integer.class).get();
	}

	private Map<String, Object> deliveryInput(int version, double amount, LocalDate on, String note) {
		Map<String, Object> input = new HashMap<>(Map.of("matchId", this.match, "version", version, "amount", amount,
				"deliveredOn", on.toString()));
		input.put("note", note);
		return input;
	}

	private GraphQlTester.Response deliver(GraphQlTester tester, double amount, LocalDate on, String note) {
		return tester.documentName("recordDelivery").variable("input", deliveryInput(version(), amount, on, note))
			.execute();
	}

	private GraphQlTester.Response receive(GraphQlTester tester, String delivery, int version) {
		return tester.documentName("confirmReceipt").variable("deliveryId", delivery).variable("version", version)
			.execute();
	}

	private GraphQlTester.Response close(GraphQlTester tester, String reason) {
		return tester.documentName("closeMatch").variable("id", this.match).variable("version", version())
			.variable("reason", reason).execute();
	}

	private Map<String, Object> resultInput(String indicator, Double baseline, Integer baselineYear, double target,
			int targetYear, Integer version) {
		Map<String, Object> input = new HashMap<>(Map.of("matchId", this.match, "indicator", indicator, "target", target,
				"targetYear", targetYear));
		input.put("baseline", baseline);
		input.put("baselineYear", baselineYear);
		input.put("version", version);
		return input;
	}

	private GraphQlTester.Response recordResult(GraphQlTester tester, Map<String, Object> input) {
		return tester.documentName("recordResult").variable("input", input).execute();
	}

	private GraphQlTester.Response recordValue(GraphQlTester tester, String result, int version, double value,
			LocalDate on, String note) {
		Map<String, Object> input = new HashMap<>(Map.of("resultId", result, "version", version, "value", value, "on",
				on.toString()));
		input.put("note", note);
		return tester.documentName("recordResultValue").variable("input", input).execute();
	}

	private GraphQlTester.Response requestResults(GraphQlTester tester) {
		return tester.documentName("requestResults").variable("id", of("SupportRequest", this.request)).execute();
	}

	private List<String> actions() {
		return List.copyOf(this.neo4jClient.query("MATCH (e:AuditEvent) RETURN e.action ORDER BY e.at, e.id")
			.fetchAs(String.class).all());
	}

	private static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
