package org.ilo.coalition.api.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.startup.GraphInitializer;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.Await;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.ilo.coalition.matching.plan.Country;
import org.ilo.coalition.matching.plan.MatchingParameters;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Objective;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching workflow end to end over HTTP: the secretariat runs matching, the coordination group reviews, a second
 * run keeps what was accepted and never brings back what was rejected; conflicts, cancellation, the start-up hook and
 * who sees what.
 *
 * <p>The planted graph: three open Kenyan requests of 50 person-days (R1, R2, R3) and three offers of 100 person-days
 * with capacity 1 each, of three partners. Every feasible complete plan gives each request its own offer.
 */
class MatchingWorkflowIT extends ApiIntegrationTest {

	@Autowired
	MatchingRuns matching;

	@Autowired
	GraphInitializer graphInitializer;

	String r1;

	String r2;

	String r3;

	Map<String, String> offerOfPartner = new HashMap<>();

	String brazilRequest;

	@BeforeEach
	void plantedGraph() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		LocalDate deadline = LocalDate.now().plusMonths(3);
		this.r1 = fixture.request("KEN", objective, "R1 labour inspection", deadline, "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		this.r2 = fixture.request("KEN", objective, "R2 skills policy", deadline, "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		this.r3 = fixture.request("KEN", objective, "R3 formalization", deadline, "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String brazilObjective = fixture.strategyWithObjective("BRA", "Brazil strategy", "8.3.1").get(1);
		this.brazilRequest = fixture.request("BRA", brazilObjective, "Brazil request", deadline, "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));
		for (String[] partner : new String[][] { { "Alpha Institute", "ACADEMIA" }, { "Beta Union", "WORKERS_ORGANIZATION" },
				{ "Gamma Network", "NGO" } }) {
			String id = fixture.partner(partner[0], PartnerKind.valueOf(partner[1]), "KEN");
			this.offerOfPartner.put(id, fixture.offer(id, "TECHNICAL_ASSISTANCE", 100.0, "PERSON_DAYS", 1, List.of("en"),
					List.of("EMPLOYMENT"), List.of("KEN"), List.of()));
		}
	}

	@AfterEach
	void noRunLeftBehind() {
		Await.until(() -> this.matching.isIdle(), "every run ended");
	}

	@Test
	void secretariatRunsMatchingAndCoordinationGroupReviewsAndASecondRunKeepsTheDecisions() {
		String run1 = start(Map.of("countries", List.of("KEN"), "timeLimitSeconds", 1));
		assertThat(awaitEnd(run1)).isEqualTo("COMPLETED");

		GraphQlTester.Response first = asSecretariat().documentName("matchRun").variable("id", run1).execute();
		first.path("matchRun.counts.parts").entity(Integer.class).isEqualTo(3)
			.path("matchRun.counts.suggestions").entity(Integer.class).isEqualTo(3)
			.path("matchRun.counts.unmet").entity(Integer.class).isEqualTo(0)
			.path("matchRun.bestScore.hard").entity(Integer.class).isEqualTo(0)
			.path("matchRun.bestScore.medium").entity(Integer.class).isEqualTo(0)
			.path("matchRun.suggestions.totalCount").entity(Integer.class).isEqualTo(3);
		List<Map<String, Object>> suggestions = suggestions(asCoordinator(), Map.of("run", run1));
		assertThat(suggestions).hasSize(3).allSatisfy((s) -> {
			assertThat(s.get("status")).isEqualTo("PROPOSED");
			assertThat(s.get("amount")).isEqualTo(50.0);
			assertThat(s.get("unit")).isEqualTo("PERSON_DAYS");
			assertThat(at(s, "run.id")).isEqualTo(run1);
			List<Map<String, Object>> reasons = list(s, "explanation.reasons");
			assertThat(reasons).as("every suggestion carries its reasons").isNotEmpty()
				.allSatisfy((r) -> assertThat((String) r.get("sentence")).isNotBlank())
				.anySatisfy((r) -> assertThat(r.get("constraint")).isEqualTo("Unmet need"));
			assertThat(at(s, "explanation.nextBest.sentence")).as("the next best alternative").isNotNull();
		});
		assertThat(suggestions).extracting((s) -> at(s, "request.id")).containsExactlyInAnyOrder(id("SupportRequest", this.r1),
				id("SupportRequest", this.r2), id("SupportRequest", this.r3));

		Map<String, Object> forR1 = forRequest(suggestions, this.r1);
		Map<String, Object> forR2 = forRequest(suggestions, this.r2);
		Map<String, Object> forR3 = forRequest(suggestions, this.r3);
		asCoordinator().documentName("reviewSuggestion").variable("id", forR1.get("id")).variable("decision", "ACCEPT")
			.variable("comment", "Good fit").execute()
			.path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED")
			.path("reviewSuggestion.decidedBy").entity(String.class).isEqualTo("coordination_group-user")
			.path("reviewSuggestion.comment").entity(String.class).isEqualTo("Good fit");
		asCoordinator().documentName("reviewSuggestion").variable("id", forR2.get("id")).variable("decision", "REJECT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("REJECTED");
		asCoordinator().documentName("reviewSuggestion").variable("id", forR2.get("id")).variable("decision", "ACCEPT")
			.execute().errors().expect((e) -> "CONFLICT".equals(e.getErrorType().toString())).verify();

		String acceptedOffer = (String) at(forR1, "offer.id");
		String rejectedPartner = (String) at(forR2, "partner.id");
		String thirdOffer = this.offerOfPartner.entrySet().stream()
			.filter((e) -> !id("Offer", e.getValue()).equals(acceptedOffer) && !id("Partner", e.getKey()).equals(rejectedPartner))
			.map((e) -> id("Offer", e.getValue())).findFirst().orElseThrow();
		String rejectedPartnersOffer = id("Offer", this.offerOfPartner.get(GlobalId.decode("x", rejectedPartner).key()));

		String run2 = start(Map.of("countries", List.of("KEN"), "timeLimitSeconds", 1));
		assertThat(awaitEnd(run2)).isEqualTo("COMPLETED");
		asSecretariat().documentName("matchRun").variable("id", run2).execute()
			.path("matchRun.counts.parts").entity(Integer.class).isEqualTo(3)
			.path("matchRun.counts.assigned").entity(Integer.class).isEqualTo(3)
			.path("matchRun.counts.suggestions").entity(Integer.class).isEqualTo(2);
		List<Map<String, Object>> second = suggestions(asCoordinator(), Map.of("run", run2));
		assertThat(second).as("R1 is covered by its accepted match, which is not suggested again").hasSize(2)
			.noneMatch((s) -> at(s, "request.id").equals(id("SupportRequest", this.r1)));
		assertThat(at(forRequest(second, this.r2), "offer.id"))
			.as("R2: not the accepted offer (its only slot is used) and not the rejected partner").isEqualTo(thirdOffer);
		assertThat(at(forRequest(second, this.r3), "offer.id")).isEqualTo(rejectedPartnersOffer);

		List<Map<String, Object>> r1Matches = suggestions(asCoordinator(), Map.of("request", id("SupportRequest", this.r1)));
		assertThat(r1Matches).singleElement().satisfies((s) -> {
			assertThat(s.get("status")).isEqualTo("ACCEPTED");
			assertThat(at(s, "offer.id")).isEqualTo(acceptedOffer);
		});
		assertThat(statusOf(forR3.get("id"))).as("the first run's proposal for R3 is superseded").isEqualTo("SUPERSEDED");
		assertThat(statusOf(forR2.get("id"))).isEqualTo("REJECTED");
		asCoordinator().documentName("reviewSuggestion").variable("id", forR3.get("id")).variable("decision", "ACCEPT")
			.execute().errors().expect((e) -> "CONFLICT".equals(e.getErrorType().toString())
					&& e.getMessage().contains("only PROPOSED")).verify();

		asSecretariat().documentName("auditEvents").execute();
		assertThat(count("MATCH (e:AuditEvent) WHERE e.action IN ['MATCHING_STARTED', 'MATCHING_COMPLETED', "
				+ "'SUGGESTION_ACCEPTED', 'SUGGESTION_REJECTED'] RETURN count(e)")).isEqualTo(6);
	}

	@Test
	void refusesAnOverlappingStartWhileARunIsActiveAndCancelsWithoutWritingAnything() {
		String running = start(Map.of("countries", List.of("KEN"), "timeLimitSeconds", 20));
		asSecretariat().documentName("startMatching").variable("input", Map.of("timeLimitSeconds", 1)).execute().errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && e.getMessage().contains("overlapping"))
			.verify();
		asSecretariat().documentName("startMatching")
			.variable("input", Map.of("countries", List.of("KEN", "BRA"), "timeLimitSeconds", 1)).execute().errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString())).verify();

		asSecretariat().documentName("cancelMatching").variable("runId", running).execute()
			.path("cancelMatching.status").entity(String.class).isEqualTo("CANCELLED")
			.path("cancelMatching.endedAt").hasValue();
		Await.until(() -> this.matching.isIdle(), "the cancelled run ended");
		assertThat(awaitEnd(running)).isEqualTo("CANCELLED");
		assertThat(count("MATCH (m:MatchSuggestion) RETURN count(m)")).isZero();
		asSecretariat().documentName("cancelMatching").variable("runId", running).execute().errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString())).verify();

		String next = start(Map.of("timeLimitSeconds", 1));
		assertThat(awaitEnd(next)).as("the scope is free again").isEqualTo("COMPLETED");
	}

	@Test
	void publishesRunsOnThePrometheusEndpoint() {
		double before = completedRuns();
		String run = start(Map.of("countries", List.of("KEN"), "timeLimitSeconds", 1));
		assertThat(awaitEnd(run)).isEqualTo("COMPLETED");

		Await.until(() -> completedRuns() >= before + 1, "the completed run counted");
		assertThat(prometheus()).contains("coalition_matching_runs_active", "coalition_matching_solve_seconds_count",
				"coalition_matching_explain_seconds_count");
	}

	private String prometheus() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private double completedRuns() {
		return prometheus().lines()
			.filter((line) -> line.startsWith("coalition_matching_runs_ended_total") && line.contains("status=\"COMPLETED\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	@Test
	void runsOnDisjointCountriesDoNotConflict() {
		String kenya = start(Map.of("countries", List.of("KEN"), "timeLimitSeconds", 2));
		String brazil = start(Map.of("countries", List.of("BRA"), "timeLimitSeconds", 1));
		assertThat(awaitEnd(kenya)).isEqualTo("COMPLETED");
		assertThat(awaitEnd(brazil)).isEqualTo("COMPLETED");
		asSecretariat().documentName("matchRuns").variable("first", 1).execute()
			.path("matchRuns.totalCount").entity(Integer.class).isEqualTo(2)
			.path("matchRuns.edges[0].node.id").entity(String.class).isEqualTo(brazil)
			.path("matchRuns.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void readsTheSuggestionsOfAListOfRunsWithOneStatementAndPagesThemPerRun() {
		String kenya = start(Map.of("countries", List.of("KEN"), "timeLimitSeconds", 2));
		assertThat(awaitEnd(kenya)).isEqualTo("COMPLETED");
		String brazil = start(Map.of("countries", List.of("BRA"), "timeLimitSeconds", 1));
		assertThat(awaitEnd(brazil)).isEqualTo("COMPLETED");
		List<String> kenyaSuggestions = asSecretariat().documentName("matchRun").variable("id", kenya).execute()
			.path("matchRun.suggestions.edges[*].node.id").entityList(String.class).hasSize(3).get();

		this.cypher.reset();
		GraphQlTester.Response first = asSecretariat().documentName("matchRunsWithSuggestions")
			.variable("suggestions", 2).execute();
		// Newest run first: Brazil's run found no partner serving Brazil.
		first.path("matchRuns.edges[0].node.id").entity(String.class).isEqualTo(brazil)
			.path("matchRuns.edges[0].node.suggestions.totalCount").entity(Integer.class).isEqualTo(0)
			.path("matchRuns.edges[0].node.suggestions.edges").entityList(Object.class).hasSize(0)
			.path("matchRuns.edges[1].node.id").entity(String.class).isEqualTo(kenya)
			.path("matchRuns.edges[1].node.suggestions.totalCount").entity(Integer.class).isEqualTo(3)
			.path("matchRuns.edges[1].node.suggestions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("matchRuns.edges[1].node.suggestions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		assertThat(this.cypher.statements()).as("statements reading suggestions")
			.filteredOn((statement) -> statement.contains("MatchSuggestion")).hasSize(1);
		List<String> pageOne = first.path("matchRuns.edges[1].node.suggestions.edges[*].node.id")
			.entityList(String.class).hasSize(2).get();
		String cursor = first.path("matchRuns.edges[1].node.suggestions.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response second = asSecretariat().documentName("matchRunsWithSuggestions")
			.variable("suggestions", 2).variable("after", cursor).execute();
		second.path("matchRuns.edges[1].node.suggestions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("matchRuns.edges[1].node.suggestions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		List<String> pageTwo = second.path("matchRuns.edges[1].node.suggestions.edges[*].node.id")
			.entityList(String.class).hasSize(1).get();
		assertThat(pageOne).doesNotContainAnyElementsOf(pageTwo);
		assertThat(java.util.stream.Stream.concat(pageOne.stream(), pageTwo.stream()).toList())
			.containsExactlyElementsOf(kenyaSuggestions);

		// Bad paging arguments of the nested field are refused before anything is read, naming the argument.
		asSecretariat().documentName("matchRunsWithSuggestions").variable("suggestions", 2).variable("after", kenya)
			.execute().errors().expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "after".equals(e.getExtensions().get("argument"))).verify();
		asSecretariat().documentName("matchRunsWithSuggestions").variable("suggestions", 101).execute().errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "first".equals(e.getExtensions().get("argument"))).verify();
	}

	@Test
	void recordsWhichRequestsARunLeftUnmetAndWhyAndReadsThemForAListOfRunsWithOneStatement() {
		// A fourth Kenyan request competes for the three offers of capacity 1; no offer serves Brazil at all.
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String objective = fixture.strategyWithObjective("KEN", "Second Kenya strategy", "8.3.1").get(1);
		String r4 = fixture.request("KEN", objective, "R4 social protection", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String everything = start(Map.of("timeLimitSeconds", 1));
		assertThat(awaitEnd(everything)).isEqualTo("COMPLETED");
		String brazil = start(Map.of("countries", List.of("BRA"), "timeLimitSeconds", 1));
		assertThat(awaitEnd(brazil)).isEqualTo("COMPLETED");

		this.cypher.reset();
		GraphQlTester.Response runs = asCoordinator().documentName("matchRunsWithUnmet").execute();

		runs.path("matchRuns.edges[0].node.id").entity(String.class).isEqualTo(brazil)
			.path("matchRuns.edges[0].node.unmetRequests[*].reason").entityList(String.class)
			.containsExactly("NO_ELIGIBLE_OFFER")
			.path("matchRuns.edges[0].node.unmetRequests[0].request.id").entity(String.class)
			.isEqualTo(id("SupportRequest", this.brazilRequest))
			.path("matchRuns.edges[1].node.id").entity(String.class).isEqualTo(everything)
			.path("matchRuns.edges[1].node.counts.unmet").entity(Integer.class).isEqualTo(2);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		List<Map<String, Object>> unmet = (List) runs.path("matchRuns.edges[1].node.unmetRequests").entityList(Map.class)
			.get();
		Set<String> kenyan = Set.of(this.r1, this.r2, this.r3, r4).stream().map((key) -> id("SupportRequest", key))
			.collect(java.util.stream.Collectors.toSet());
		assertThat(unmet).as("one Kenyan request lost the offers' only slots to the others; Brazil had none")
			.hasSize(2)
			.anySatisfy((u) -> {
				assertThat(u.get("reason")).isEqualTo("CAPACITY_EXHAUSTED");
				assertThat(at(u, "request.id")).isIn(kenyan);
				assertThat(u.get("unmetAmount")).isEqualTo(50.0).isEqualTo(at(u, "request.amount"));
			})
			.anySatisfy((u) -> {
				assertThat(u.get("reason")).isEqualTo("NO_ELIGIBLE_OFFER");
				assertThat(at(u, "request.id")).isEqualTo(id("SupportRequest", this.brazilRequest));
				assertThat(u.get("unmetAmount")).isEqualTo(at(u, "request.amount"));
			});
		assertThat(this.cypher.statements()).as("statements reading what the runs left unmet")
			.filteredOn((statement) -> statement.contains("LEFT_UNMET")).hasSize(1);
		assertThat(this.cypher.statements()).as("statements reading the unmet requests")
			.filteredOn((statement) -> statement.contains("SupportRequest")).hasSize(2);

		asPartner(this.offerOfPartner.keySet().iterator().next()).documentName("matchRunsWithUnmet").execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
	}

	@Test
	void failsARunWhosePlanBreaksAHardRuleAndWritesNothing() {
		this.neo4jClient.query("""
				CREATE (:MatchRun {id: 'checked-run', status: 'SOLVING', countries: [], thematicAreas: [], requestIds: [],
				                   timeLimitSeconds: 1, createdAt: datetime(), startedAt: datetime(), createdBy: 'secretariat'})
				""").run();
		// Two planted requests on the same planted offer, whose capacity is 1: a plan the solver would never return.
		Map.Entry<String, String> partnerAndOffer = this.offerOfPartner.entrySet().iterator().next();
		Partner partner = new Partner(partnerAndOffer.getKey(), "Partner",
				org.ilo.coalition.matching.plan.PartnerKind.NGO, org.ilo.coalition.matching.plan.MembershipStatus.ADMITTED,
				Set.of());
		LocalDate today = LocalDate.now();
		Offer offer = new Offer(partnerAndOffer.getValue(), "Offer", partner, SupportKind.TECHNICAL_ASSISTANCE, 100,
				"PERSON_DAYS", 1, Set.of("EMPLOYMENT"), Set.of("KEN"), Set.of(), Set.of("en"), today.minusDays(1),
				today.plusYears(1));
		Objective objective = new Objective("objective", "Objective", Set.of(), List.of());
		Country kenya = new Country("KEN", "Kenya", "AFRICA");
		List<RequestPart> parts = List.of(this.r1, this.r2).stream()
			.map((id) -> new SupportRequest(id, id, SupportKind.TECHNICAL_ASSISTANCE, 50, "PERSON_DAYS", "en",
					today.plusMonths(3), kenya, Set.of("EMPLOYMENT"), objective))
			.map((request) -> new RequestPart(request.id() + "#0", request, 50, 1000, false, List.of(offer), offer))
			.toList();
		MatchingPlan plan = new MatchingPlan(new MatchingParameters(today), List.of(partner), List.of(offer),
				parts.stream().map(RequestPart::getRequest).toList(), List.of(), List.of(), List.of(), parts);

		this.matching.record("checked-run", Set.of(this.r1, this.r2), plan, 0);

		asSecretariat().documentName("matchRun").variable("id", id("MatchRun", "checked-run")).execute()
			.path("matchRun.status").entity(String.class).isEqualTo("FAILED")
			.path("matchRun.failureReason").entity(String.class)
			.satisfies((reason) -> assertThat(reason).contains("plan checker", "OFFER_CAPACITY_EXCEEDED"))
			.path("matchRun.suggestions.totalCount").entity(Integer.class).isEqualTo(0);
		assertThat(count("MATCH (m:MatchSuggestion) RETURN count(m)")).as("never shown as suggestions").isZero();
	}

	@Test
	void marksARunLeftSolvingAsFailedAtStartUp() {
		this.neo4jClient.query("""
				CREATE (:MatchRun {id: 'lost-run', status: 'SOLVING', countries: [], thematicAreas: [], requestIds: [],
				                   timeLimitSeconds: 30, createdAt: datetime(), startedAt: datetime(), createdBy: 'secretariat'})
				""").run();

		this.graphInitializer.failInterruptedMatchRuns();

		asCoordinator().documentName("matchRun").variable("id", id("MatchRun", "lost-run")).execute()
			.path("matchRun.status").entity(String.class).isEqualTo("FAILED")
			.path("matchRun.failureReason").entity(String.class).isEqualTo("interrupted by a restart")
			.path("matchRun.endedAt").hasValue();
	}

	@Test
	void showsEachCallerOnlyTheSuggestionsItMaySee() {
		String run = start(Map.of("timeLimitSeconds", 1));
		assertThat(awaitEnd(run)).isEqualTo("COMPLETED");
		List<Map<String, Object>> all = suggestions(asCoordinator(), Map.of());
		assertThat(all).hasSize(3).as("Brazil's request has no offer serving it").noneMatch(
				(s) -> at(s, "request.id").equals(id("SupportRequest", this.brazilRequest)));
		Map<String, Object> accepted = forRequest(all, this.r1);
		asCoordinator().documentName("reviewSuggestion").variable("id", accepted.get("id")).variable("decision", "ACCEPT")
			.execute().path("reviewSuggestion.status").entity(String.class).isEqualTo("ACCEPTED");
		String partner = GlobalId.decode("x", (String) at(forRequest(all, this.r2), "partner.id")).key();

		assertThat(suggestions(asSecretariat(), Map.of())).hasSize(3);
		assertThat(suggestions(asPartner(partner), Map.of())).as("a partner sees its own offers' suggestions")
			.singleElement().satisfies((s) -> assertThat(at(s, "partner.id")).isEqualTo(id("Partner", partner)))
			.satisfies((s) -> assertThat(s.get("run")).as("but not the run").isNull());
		assertThat(suggestions(asMemberState("KEN"), Map.of())).as("a member State sees its accepted matches")
			.singleElement().satisfies((s) -> assertThat(s.get("id")).isEqualTo(accepted.get("id")));
		assertThat(suggestions(asMemberState("BRA"), Map.of())).isEmpty();
		anonymous().documentName("matchSuggestions").execute().errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
		asPartner(partner).documentName("matchRun").variable("id", run).execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();

		asMemberState("KEN").documentName("requestMatches").variable("id", id("SupportRequest", this.r1)).execute()
			.path("supportRequest.matches[*].id").entityList(String.class).containsExactly((String) accepted.get("id"));
		anonymous().documentName("requestMatches").variable("id", id("SupportRequest", this.r1)).execute()
			.path("supportRequest.matches").entityList(Object.class).hasSize(0);
		asMemberState("BRA").documentName("requestMatches").variable("id", id("SupportRequest", this.r1)).execute()
			.path("supportRequest.matches").entityList(Object.class).hasSize(0);
	}

	@Test
	void onlyTheSecretariatAndTheCoordinationGroupStartRunsAndOnlyTheCoordinationGroupReviews() {
		// The coordination group may start runs too (issue 16; AuthorizationMatrixIT checks the allowed cells).
		asMemberState("KEN").documentName("startMatching").variable("input", Map.of()).execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		asPartner("someone").documentName("startMatching").variable("input", Map.of()).execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		anonymous().documentName("startMatching").variable("input", Map.of()).execute().errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
		asSecretariat().documentName("reviewSuggestion").variable("id", id("MatchSuggestion", "x"))
			.variable("decision", "ACCEPT").execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		assertThat(count("MATCH (r:MatchRun) RETURN count(r)")).isZero();
	}

	@Test
	void refusesBadArgumentsNamingThem() {
		asSecretariat().documentName("startMatching").variable("input", Map.of("timeLimitSeconds", 0)).execute().errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.timeLimitSeconds".equals(e.getExtensions().get("argument")))
			.verify();
		asSecretariat().documentName("startMatching").variable("input", Map.of("timeLimitSeconds", 100_000)).execute()
			.errors().expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())).verify();
		asSecretariat().documentName("startMatching").variable("input", Map.of("countries", List.of("XXX"))).execute()
			.errors().expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.countries".equals(e.getExtensions().get("argument"))).verify();
		asSecretariat().documentName("startMatching")
			.variable("input", Map.of("requestIds", List.of(id("Offer", "o1")))).execute().errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.requestIds".equals(e.getExtensions().get("argument"))).verify();
		asSecretariat().documentName("matchRun").variable("id", "not-an-id!").execute().errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())).verify();
		asSecretariat().documentName("cancelMatching").variable("runId", id("MatchRun", "nothing")).execute().errors()
			.expect((e) -> "NOT_FOUND".equals(e.getErrorType().toString())).verify();
		asCoordinator().documentName("reviewSuggestion").variable("id", id("MatchSuggestion", "nothing"))
			.variable("decision", "REJECT").execute().errors()
			.expect((e) -> "NOT_FOUND".equals(e.getErrorType().toString())).verify();
		asSecretariat().documentName("matchRun").variable("id", id("MatchRun", "nothing")).execute()
			.path("matchRun").valueIsNull();
		assertThat(count("MATCH (r:MatchRun) RETURN count(r)")).isZero();
	}

	// ----- helpers ------------------------------------------------------------------------------------------------

	private String start(Map<String, Object> input) {
		return asSecretariat().documentName("startMatching").variable("input", input).execute()
			.path("startMatching.status").entity(String.class).satisfies((s) -> assertThat(s).isIn("QUEUED", "SOLVING"))
			.path("startMatching.id").entity(String.class).get();
	}

	private String awaitEnd(String runId) {
		String[] status = new String[1];
		Await.until(() -> {
			status[0] = asSecretariat().documentName("matchRun").variable("id", runId).execute()
				.path("matchRun.status").entity(String.class).get();
			return !status[0].equals("QUEUED") && !status[0].equals("SOLVING");
		}, "run " + runId + " ended");
		return status[0];
	}

	private String statusOf(Object suggestionId) {
		return (String) suggestions(asCoordinator(), Map.of()).stream().filter((s) -> s.get("id").equals(suggestionId))
			.findFirst().map((s) -> s.get("status")).orElseThrow();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Map<String, Object>> suggestions(GraphQlTester tester, Map<String, Object> filter) {
		return (List) tester.documentName("matchSuggestions").variable("filter", filter).variable("first", 100).execute()
			.path("matchSuggestions.edges[*].node").entityList(Map.class).get();
	}

	private static Map<String, Object> forRequest(List<Map<String, Object>> suggestions, String requestKey) {
		return suggestions.stream().filter((s) -> at(s, "request.id").equals(id("SupportRequest", requestKey)))
			.findFirst().orElseThrow(() -> new AssertionError("no suggestion for request " + requestKey));
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> map, String path) {
		Object current = map;
		for (String key : path.split("\\.")) {
			if (current == null) {
				return null;
			}
			current = ((Map<String, Object>) current).get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String path) {
		return (List<Map<String, Object>>) at(map, path);
	}

	private static String id(String type, String key) {
		return GlobalId.of(type, key);
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElse(0L);
	}

}
