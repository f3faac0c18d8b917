package org.ilo.coalition.api.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.ilo.coalition.graph.ilostat.IlostatImporter;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.ilo.coalition.api.matching.MatchingRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every cell of the authorization matrix in {@code docs/security.md} against the running application. */
class AuthorizationMatrixIT extends ApiIntegrationTest {

	private static final Path MATRIX = Path.of("..", "docs", "security.md");

	private static final String CONTACT = "private@own.example";

	private static final String WEBHOOK = "matrix-webhook";

	Ids ids;

	@Autowired
	MatchingRuns matching;

	@Autowired
	IlostatImporter importer;

	/** The objects of one test: who "own" and "other" are, and what the operations act on. */
	record Ids(String own, String other, String pending, String government, String offer, String objective,
			String request, String ledStream, String openStream, String queuedRun, String proposed, String dataImport,
			String awaitingConsent, String confirmed, String delivery, String result) {
	}

	static Stream<Arguments> cells() throws IOException {
		List<String> lines = Files.readAllLines(MATRIX);
		int header = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("| operation |")) {
				header = i;
				break;
			}
		}
		assertThat(header).as("matrix table in " + MATRIX).isNotNegative();
		List<String> columns = cellsOf(lines.get(header));
		List<Arguments> cells = new ArrayList<>();
		for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			List<String> row = cellsOf(lines.get(i));
			for (int c = 1; c < columns.size(); c++) {
				cells.add(Arguments.of(row.get(0), columns.get(c), row.get(c)));
			}
		}
		assertThat(cells).hasSize(46 * 7);
		return cells.stream();
	}

	private static List<String> cellsOf(String line) {
		return Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
	}

	@BeforeEach
	void graph() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String own = fixture.partner("Own Partner", PartnerKind.NGO, "KEN");
		String other = fixture.partner("Other Partner", PartnerKind.ACADEMIA, "BRA");
		String pending = fixture.partner("Pending Applicant", PartnerKind.NGO, "KEN", "PENDING");
		String government = fixture.partner("Ministry of Labour of Kenya", PartnerKind.GOVERNMENT, "KEN");
		this.neo4jClient.query("MATCH (p:Partner {id: $id}) SET p.contactEmail = $email").bind(own).to("id")
			.bind(CONTACT).to("email").run();
		ownWebhook(own);
		String offer = fixture.offer(own, "Training", "TRAINING", List.of("EMPLOYMENT"), List.of("KEN"));
		List<String> strategy = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1");
		String request = fixture.request("KEN", strategy.get(1), "Request", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String led = fixture.workStream("Led by other", "CRISIS_RESPONSE", other, List.of(own));
		String open = fixture.workStream("Open stream", "JUST_TRANSITIONS", other, List.of());
		// Matching: a queued run on Brazil (not live here, so cancelling it only records the cancellation), and a
		// proposed and an accepted suggestion of the own partner's offer for the Kenyan request.
		this.neo4jClient.query("""
				CREATE (:MatchRun {id: 'queued-run', status: 'QUEUED', countries: ['BRA'], thematicAreas: [], requestIds: [],
				                   timeLimitSeconds: 1, createdAt: datetime(), createdBy: 'secretariat'})
				""").run();
		String proposed = fixture.matchSuggestion(request, own, offer, "PROPOSED", 10.0);
		String confirmed = fixture.matchSuggestion(request, own, offer, "ACCEPTED", 10.0);
		String awaiting = fixture.matchSuggestion(request, own, offer, "ACCEPTED", 10.0);
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id}) SET m.matchStatus = 'AWAITING_CONSENT'")
			.bind(awaiting).to("id").run();
		// Delivery and results: a match in delivery with one delivery not yet received, and a result on it.
		String inDelivery = fixture.matchSuggestion(request, own, offer, "ACCEPTED", 10.0);
		this.neo4jClient.query("""
				MATCH (m:MatchSuggestion {id: $match}), (i:Indicator {code: '8.3.1'})
				SET m.matchStatus = 'IN_DELIVERY', m.deliveredAmount = 4.0
				CREATE (m)-[:HAS_DELIVERY]->(:Delivery {id: 'delivery', amount: 4.0, unit: 'PERSON_DAYS',
				        deliveredOn: date(), recordedAt: datetime(), recordedBy: 'partner-user', version: 0})
				CREATE (r:MatchResult {id: 'result', baseline: 10.0, baselineYear: 2020, baselineSource: 'STATED',
				        target: 5.0, targetYear: 2028, version: 0, recordedAt: datetime(), recordedBy: 'member_state-user'})
				CREATE (r)-[:FOR_MATCH]->(m), (r)-[:OF_INDICATOR]->(i)
				""").bind(inDelivery).to("match").run();
		// An import of one Kenyan figure.
		String dataImport = this.importer.importFile(new java.io.ByteArrayInputStream("""
				ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,note_classif,note_indicator,note_source
				KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,5.6,,,,
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "kenya.csv",
				new org.ilo.coalition.graph.command.Actor("secretariat", "SECRETARIAT")).id();
		this.ids = new Ids(own, other, pending, government, offer, strategy.get(1), request, led, open, "queued-run",
				proposed, dataImport, awaiting, confirmed, "delivery", "result");
	}

	/** A webhook of the own partner, as {@code registerWebhook} leaves one. */
	private void ownWebhook(String own) {
		this.neo4jClient.query("""
				CREATE (:Webhook {id: $id, audience: 'PARTNER:' + $own, url: 'https://own.example/hooks', secret: 'secret',
				                  active: true, createdAt: datetime(), createdBy: 'partner-user', failedInARow: 0})
				""").bindAll(Map.of("id", WEBHOOK, "own", own)).run();
	}

	@AfterEach
	void noRunLeftBehind() throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (!this.matching.isIdle() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
	}

	@ParameterizedTest(name = "{0} as {1}: {2}")
	@MethodSource("cells")
	void enforcesTheMatrix(String operation, String column, String expected) {
		Operation op = Operation.of(operation);
		GraphQlTester caller = caller(column, op.subjectPartner().apply(this.ids), op);
		GraphQlTester.Response response = op.run().apply(caller, this.ids);
		boolean allowed = op.allowed(response);
		assertThat(allowed).as("%s as %s", operation, column).isEqualTo("allow".equals(expected));
	}

	private GraphQlTester caller(String column, String subjectPartner, Operation op) {
		return switch (column) {
			case "PUBLIC" -> anonymous();
			case "PARTNER own" -> asPartner(subjectPartner);
			case "PARTNER other" -> asPartner(subjectPartner.equals(this.ids.other()) ? this.ids.own() : this.ids.other());
			case "MEMBER_STATE own" -> asMemberState("KEN");
			case "MEMBER_STATE other" -> asMemberState("BRA");
			case "COORDINATION_GROUP" -> asCoordinator();
			case "SECRETARIAT" -> asSecretariat();
			default -> throw new IllegalArgumentException("Unknown column " + column + " for " + op);
		};
	}

	private static String partnerId(String key) {
		return GlobalId.of("Partner", key);
	}

	/** An operation of the matrix: what it acts on, how to run it, and how to tell it was allowed. */
	enum Operation {

		APPLY("applyForMembership", Ids::own, (t, ids) -> t.documentName("apply").variable("input", Map.of("name",
				"Applicant " + System.nanoTime(), "kind", "NGO", "country", "KEN", "languages", List.of("en"),
				"contactEmail", "a@b.example")).execute()),
		DECIDE("decideMembership", Ids::pending, (t, ids) -> t.documentName("decide")
			.variable("partnerId", partnerId(ids.pending())).variable("decision", "ADMIT").execute()),
		CONFIRM("confirmConstituent", Ids::government, (t, ids) -> t.documentName("confirm")
			.variable("partnerId", partnerId(ids.government())).execute()),
		PROFILE("updatePartnerProfile", Ids::own, (t, ids) -> t.documentName("updateProfile").variable("input",
				Map.of("partnerId", partnerId(ids.own()), "version", 0, "description", "New text")).execute()),
		EXPERTISE("declareExpertise", Ids::own, (t, ids) -> t.documentName("declareExpertise").variable("input",
				Map.of("partnerId", partnerId(ids.own()), "version", 0, "expertise", List.of())).execute()),
		OFFER("offerResource", Ids::own, (t, ids) -> t.documentName("offerResource").variable("input", MutationInputs.offer(ids.own(), Map.of()))
			.execute()),
		UPDATE_OFFER("updateOffer", Ids::own, (t, ids) -> t.documentName("updateOffer").variable("input",
				Map.of("id", GlobalId.of("Offer", ids.offer()), "version", 0, "amount", 12.0)).execute()),
		WITHDRAW_OFFER("withdrawOffer", Ids::own, (t, ids) -> t.documentName("withdrawOffer")
			.variable("id", GlobalId.of("Offer", ids.offer())).variable("version", 0).execute()),
		STRATEGY("recordNationalStrategy", Ids::own, (t, ids) -> t.documentName("recordStrategy")
			.variable("input", strategyInput()).execute()),
		SUBMIT("submitSupportRequest", Ids::own, (t, ids) -> t.documentName("submitRequest")
			.variable("input", requestInput(ids)).execute()),
		WITHDRAW_REQUEST("withdrawSupportRequest", Ids::own, (t, ids) -> t.documentName("withdrawRequest")
			.variable("id", GlobalId.of("SupportRequest", ids.request())).variable("version", 0).execute()),
		CREATE_STREAM("createWorkStream", Ids::own, (t, ids) -> t.documentName("createWorkStream")
			.variable("input", Map.of("partnerId", partnerId(ids.own()), "name", "New stream")).execute()),
		JOIN_STREAM("joinWorkStream", Ids::own, (t, ids) -> t.documentName("joinWorkStream")
			.variable("workStreamId", GlobalId.of("WorkStream", ids.openStream())).variable("role", "SUPPORTER")
			.variable("partnerId", partnerId(ids.own())).execute()),
		LEAVE_STREAM("leaveWorkStream", Ids::own, (t, ids) -> t.documentName("leaveWorkStream")
			.variable("workStreamId", GlobalId.of("WorkStream", ids.ledStream())).variable("partnerId", partnerId(ids.own()))
			.execute()),
		AUDIT("auditEvents", Ids::own, (t, ids) -> t.documentName("auditEvents").execute()),
		// Webhooks: "own" is the partner whose webhook (WEBHOOK, planted by ownWebhook) it is.
		REGISTER_WEBHOOK("registerWebhook", Ids::own, (t, ids) -> t.documentName("registerWebhook")
			.variable("input", Map.of("url", "https://receiver.example/hooks")).execute()),
		WEBHOOKS("webhooks", Ids::own, (t, ids) -> t.documentName("webhooks").execute()),
		WEBHOOK_DELIVERIES("webhookDeliveries", Ids::own, (t, ids) -> t.documentName("webhookDeliveries")
			.variable("webhookId", GlobalId.of("Webhook", WEBHOOK)).execute()),
		REMOVE_WEBHOOK("removeWebhook", Ids::own, (t, ids) -> t.documentName("removeWebhook")
			.variable("id", GlobalId.of("Webhook", WEBHOOK)).execute()),
		ENABLE_WEBHOOK("enableWebhook", Ids::own, (t, ids) -> t.documentName("enableWebhook")
			.variable("id", GlobalId.of("Webhook", WEBHOOK)).execute()),
		READ_PENDING("read a pending application", Ids::pending, (t, ids) -> t.documentName("partnerDetails")
			.variable("id", partnerId(ids.pending())).execute()),
		READ_CONTACT("read a partner's contact e-mail", Ids::own, (t, ids) -> t
			.document("query($id: ID!) { partner(id: $id) { contactEmail } }").variable("id", partnerId(ids.own()))
			.execute()),
		START_MATCHING("startMatching", Ids::own, (t, ids) -> t.documentName("startMatching").variable("input",
				Map.of("countries", List.of("KEN"), "timeLimitSeconds", 1))
			.execute()),
		CANCEL_MATCHING("cancelMatching", Ids::own, (t, ids) -> t.documentName("cancelMatching")
			.variable("runId", GlobalId.of("MatchRun", ids.queuedRun())).execute()),
		MATCH_RUNS("matchRuns", Ids::own, (t, ids) -> t.documentName("matchRuns").execute()),
		REVIEW("reviewSuggestion", Ids::own, (t, ids) -> t.documentName("reviewSuggestion")
			.variable("id", GlobalId.of("MatchSuggestion", ids.proposed())).variable("decision", "ACCEPT").execute()),
		ANSWER_MATCH("answerMatch", Ids::own, (t, ids) -> t.documentName("answerMatch")
			.variable("id", GlobalId.of("MatchSuggestion", ids.awaitingConsent())).variable("version", 0)
			.variable("answer", "CONFIRM").execute()),
		RETRACT_MATCH("retractMatch", Ids::own, (t, ids) -> t.documentName("retractMatch")
			.variable("id", GlobalId.of("MatchSuggestion", ids.awaitingConsent())).variable("version", 0)
			.variable("reason", "Taken back").execute()),
		RECORD_DELIVERY("recordDelivery", Ids::own, (t, ids) -> t.documentName("recordDelivery").variable("input",
				Map.of("matchId", GlobalId.of("MatchSuggestion", ids.confirmed()), "version", 0, "amount", 1.0,
						"deliveredOn", LocalDate.now().minusDays(1).toString()))
			.execute()),
		CONFIRM_RECEIPT("confirmReceipt", Ids::own, (t, ids) -> t.documentName("confirmReceipt")
			.variable("deliveryId", GlobalId.of("Delivery", ids.delivery())).variable("version", 0).execute()),
		CLOSE_MATCH("closeMatch", Ids::own, (t, ids) -> t.documentName("closeMatch")
			.variable("id", GlobalId.of("MatchSuggestion", ids.confirmed())).variable("version", 0)
			.variable("reason", "Closed early").execute()),
		RECORD_RESULT("recordResult", Ids::own, (t, ids) -> t.documentName("recordResult").variable("input",
				Map.of("matchId", GlobalId.of("MatchSuggestion", ids.confirmed()), "indicator", "8.3.1", "baseline", 40.0,
						"baselineYear", 2022, "target", 30.0, "targetYear", 2030))
			.execute()),
		RECORD_RESULT_VALUE("recordResultValue", Ids::own, (t, ids) -> t.documentName("recordResultValue")
			.variable("input", Map.of("resultId", GlobalId.of("MatchResult", ids.result()), "version", 0, "value", 9.0,
					"on", LocalDate.now().minusDays(1).toString()))
			.execute()),
		READ_RESULTS("read a request's results", Ids::own, (t, ids) -> t.documentName("requestResults")
			.variable("id", GlobalId.of("SupportRequest", ids.request())).execute()),
		READ_PROPOSED("read a proposed match suggestion", Ids::own, (t, ids) -> t.documentName("matchSuggestions")
			.variable("filter", Map.of("status", "PROPOSED")).execute()),
		READ_ACCEPTED("read an accepted match", Ids::own, (t, ids) -> t.documentName("matchSuggestions")
			.variable("filter", Map.of("status", "ACCEPTED")).execute()),
		DATA_IMPORTS("dataImports", Ids::own, (t, ids) -> t.document("{ dataImports { totalCount } }").execute()),
		READ_DATA_IMPORT("read a data import by its id", Ids::own, (t, ids) -> t
			.document("query($id: ID!) { node(id: $id) { id } }").variable("id", GlobalId.of("DataImport", ids.dataImport()))
			.execute()),
		READ_FIGURE_IMPORT("read the import of a deficit figure", Ids::own, (t, ids) -> t
			.document("{ country(iso3: \"KEN\") { deficits { history { value } import { id } } } }").execute()),
		NOTIFICATION_PREFERENCES("notificationPreferences", Ids::own, (t, ids) -> t
			.documentName("notificationPreferences").execute()),
		SET_NOTIFICATION_PREFERENCES("setNotificationPreferences", Ids::own, (t, ids) -> t
			.documentName("setNotificationPreferences")
			.variable("input", Map.of("email", "someone@own.example", "mode", "DAILY_DIGEST")).execute()),
		COVERAGE_REPORT("coverageReport", Ids::own, (t, ids) -> t
			.document("{ coverageReport(groupBy: [REGION]) { total { requests } } }").execute()),
		FREEZE_REPORT("freezeReport", Ids::own, (t, ids) -> t
			.document("mutation($label: String!) { freezeReport(input: {label: $label, report: DATA_COVERAGE}) { id } }")
			.variable("label", "Matrix " + java.util.UUID.randomUUID()).execute()),
		REPORT_SNAPSHOTS("reportSnapshots", Ids::own, (t, ids) -> t
			.document("{ reportSnapshots { totalCount } }").execute()),
		GAP_REPORT("gapReport", Ids::own, (t, ids) -> t
			.document("{ gapReport { groups { requests } requests(first: 5) { totalCount } } }").execute()),
		RESOURCES_MOBILIZED("resourcesMobilized", Ids::own, (t, ids) -> t
			.document("{ resourcesMobilized { total { unit confirmed } tripartiteShare { confirmedShare } } }").execute());

		private final String label;

		private final Function<Ids, String> subjectPartner;

		private final BiFunction<GraphQlTester, Ids, GraphQlTester.Response> run;

		Operation(String label, Function<Ids, String> subjectPartner,
				BiFunction<GraphQlTester, Ids, GraphQlTester.Response> run) {
			this.label = label;
			this.subjectPartner = subjectPartner;
			this.run = run;
		}

		static Operation of(String label) {
			return Arrays.stream(values()).filter((o) -> o.label.equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The matrix names an unknown operation: " + label));
		}

		Function<Ids, String> subjectPartner() {
			return this.subjectPartner;
		}

		BiFunction<GraphQlTester, Ids, GraphQlTester.Response> run() {
			return this.run;
		}

		/** Reads are allowed when they show the object; changes when they raise no error at all. */
		boolean allowed(GraphQlTester.Response response) {
			if (this == READ_PENDING) {
				return isPresent(response, "partner.name");
			}
			if (this == READ_CONTACT) {
				return isPresent(response, "partner.contactEmail");
			}
			if (this == READ_PROPOSED || this == READ_ACCEPTED) {
				return isPresent(response, "matchSuggestions.edges[0].node.id");
			}
			if (this == READ_RESULTS) {
				return isPresent(response, "supportRequest.results[0].id");
			}
			if (this == READ_DATA_IMPORT) {
				return isPresent(response, "node.id");
			}
			if (this == READ_FIGURE_IMPORT) {
				// The figure itself is public; only its import is refused, with an error on that field.
				refusedOnlyForLackOfRights(response);
				return isPresent(response, "country.deficits[0].import.id");
			}
			return refusedOnlyForLackOfRights(response).isEmpty();
		}

		/** The classifications of the response's errors, each of which must be a refusal. */
		private List<String> refusedOnlyForLackOfRights(GraphQlTester.Response response) {
			List<String> classifications = new ArrayList<>();
			response.errors().satisfy((errors) -> errors.forEach((e) -> classifications.add(String.valueOf(e.getErrorType()))));
			assertThat(classifications).as(this.label + " fails only for lack of rights")
				.allMatch((c) -> c.equals("UNAUTHORIZED") || c.equals("FORBIDDEN"));
			return classifications;
		}

		private static boolean isPresent(GraphQlTester.Response response, String path) {
			try {
				response.path(path).hasValue();
				return true;
			}
			catch (AssertionError ex) {
				return false;
			}
		}

		private static Map<String, Object> strategyInput() {
			return Map.of("country", "KEN", "title", "Another strategy", "periodStart", 2026, "periodEnd", 2028,
					"objectives", List.of(Map.of("title", "An objective", "addresses", List.of("8.5.2"), "supportKinds",
							List.of("FUNDING"))));
		}

		// A kind the fixture's objective needs (TECHNICAL_ASSISTANCE): any other is BAD_REQUEST.
		private static Map<String, Object> requestInput(Ids ids) {
			return Map.of("objectiveId", GlobalId.of("Objective", ids.objective()), "title", "Another request", "kind",
					"TECHNICAL_ASSISTANCE", "amount", 20.0, "unit", "PERSON_DAYS", "language", "en", "deadline",
					LocalDate.now().plusMonths(2).toString());
		}

	}

}
