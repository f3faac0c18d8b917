package org.ilo.coalition.api.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.report.Downloads.bearer;

/**
 * The gaps report on a graph planted by hand (docs/reports.md, "Gaps"): each funnel reason, a servable request, a
 * request the latest completed run left unmet for lack of capacity, two currencies in one group; the CSV and JSON
 * against the GraphQL answer, validation and access.
 *
 * <p>T is the test clock's today. One admitted NGO A declares an employment expertise; a pending partner P.
 * <pre>
 * O1 A TRAINING PLACES       EMPLOYMENT       serves KEN         T-30 .. T+365
 * O2 A FUNDING USD           EMPLOYMENT       serves AFRICA      T-30 .. T+365
 * O3 A TECHNICAL_ASSIST. PD  SOCIAL_DIALOGUE  serves BRA         T-200 .. T-10 (ended)
 * O4 P FUNDING EUR           EMPLOYMENT       serves KEN         (partner not admitted: no offer)
 *
 * request  country kind/unit          areas              amount  deadline  expected
 * R1       KEN     FUNDING EUR         EMPLOYMENT         1000    T+10      NO_OFFER_OF_KIND (only O4, not admitted)
 * R8       KEN     FUNDING CHF         EMPLOYMENT          700    T+20      NO_OFFER_OF_KIND
 * R9       KEN     FUNDING EUR         EMPLOYMENT          400    T+30      NO_OFFER_OF_KIND, 150 held: lacks 250
 * R3       KEN     TRAINING PLACES     PROTECTION+RIGHTS    20    T+40      NO_OFFER_IN_AREA (O1 is EMPLOYMENT)
 * R4       BRA     FUNDING USD         EMPLOYMENT          300    T+50      NO_OFFER_FOR_PLACE (O2 serves AFRICA)
 * R5       KEN     FUNDING USD         EMPLOYMENT          200    T+60      NO_OFFER_WITH_EXPERTISE (needs dialogue expertise)
 * R6       BRA     TECHNICAL PD        SOCIAL_DIALOGUE      40    T+70      NO_OFFER_IN_TIME (O3 ended)
 * R7       KEN     TRAINING PLACES     EMPLOYMENT           30    T+80      CAPACITY_EXHAUSTED, the last run left 18
 * R2       KEN     FUNDING USD         EMPLOYMENT          500    T+90      servable by O2; only an older run left it unmet
 * R10      KEN     FUNDING EUR         EMPLOYMENT          100    T+15      WITHDRAWN: never counted
 * R11      KEN     TRAINING PLACES     EMPLOYMENT           10    T+25      MATCHED: never counted (the last run's entry ignored)
 * R12      KEN     FUNDING EUR         EMPLOYMENT           60    T+35      PARTIALLY_MATCHED but 60 held: lacks nothing
 * </pre>
 * Runs: "run-old" COMPLETED 10 days ago (R2 capacity 500), "run-last" COMPLETED 2 days ago (R7 capacity 18, R11
 * capacity 10, R1 no eligible offer), "run-failed" FAILED yesterday (ignored).
 */
class GapReportIT extends ApiIntegrationTest {

	private static final String QUERY = """
			query($filter: GapFilter, $first: Int, $after: String) {
			  gapReport(filter: $filter) {
			    planDate
			    lastRun { id completedAt }
			    groups { region { code name } thematicArea { code name } reason requests amounts { unit requests amount } }
			    requests(first: $first, after: $after) {
			      totalCount
			      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			      edges { cursor node { id title country { iso3 name } region { code name } thematicAreas { code name }
			                            kind unit requested amount deadline reason } }
			    }
			  }
			}
			""";

	private GraphFixture fixture;

	private LocalDate today;

	private final Map<String, String> ids = new HashMap<>();

	private String alpha;

	@BeforeEach
	void plant() {
		this.fixture = new GraphFixture(this.neo4jClient);
		this.today = LocalDate.now(this.clock);
		String a = this.fixture.partner("Alpha NGO", PartnerKind.NGO, "KEN");
		this.alpha = a;
		this.fixture.expertise(a, this.fixture.anyExpertiseIn("EMPLOYMENT"), "EXPERT");
		String p = this.fixture.partner("Pending Fund", PartnerKind.NGO, "KEN", "PENDING");
		offer(a, "TRAINING", "PLACES", "EMPLOYMENT", List.of("KEN"), List.of(), -30, 365);
		offer(a, "FUNDING", "USD", "EMPLOYMENT", List.of(), List.of("AFRICA"), -30, 365);
		offer(a, "TECHNICAL_ASSISTANCE", "PERSON_DAYS", "SOCIAL_DIALOGUE", List.of("BRA"), List.of(), -200, -10);
		offer(p, "FUNDING", "EUR", "EMPLOYMENT", List.of("KEN"), List.of(), -30, 365);
		String kenya = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		String dialogue = this.fixture.strategyWithObjective("KEN", "Kenya dialogue", "8.8.2").get(1);
		this.fixture.neededExpertise(dialogue, this.fixture.anyExpertiseIn("SOCIAL_DIALOGUE"));
		String brazil = this.fixture.strategyWithObjective("BRA", "Brazil strategy", "8.5.2").get(1);

		request("R1", "KEN", kenya, "FUNDING", 1000, "EUR", 10, "OPEN", "EMPLOYMENT");
		request("R8", "KEN", kenya, "FUNDING", 700, "CHF", 20, "OPEN", "EMPLOYMENT");
		request("R9", "KEN", kenya, "FUNDING", 400, "EUR", 30, "PARTIALLY_MATCHED", "EMPLOYMENT");
		request("R3", "KEN", kenya, "TRAINING", 20, "PLACES", 40, "OPEN", "PROTECTION_RESILIENCE", "RIGHTS_AT_WORK");
		request("R4", "BRA", brazil, "FUNDING", 300, "USD", 50, "OPEN", "EMPLOYMENT");
		request("R5", "KEN", dialogue, "FUNDING", 200, "USD", 60, "OPEN", "EMPLOYMENT");
		request("R6", "BRA", brazil, "TECHNICAL_ASSISTANCE", 40, "PERSON_DAYS", 70, "OPEN", "SOCIAL_DIALOGUE");
		request("R7", "KEN", kenya, "TRAINING", 30, "PLACES", 80, "OPEN", "EMPLOYMENT");
		request("R2", "KEN", kenya, "FUNDING", 500, "USD", 90, "OPEN", "EMPLOYMENT");
		request("R10", "KEN", kenya, "FUNDING", 100, "EUR", 15, "WITHDRAWN", "EMPLOYMENT");
		request("R11", "KEN", kenya, "TRAINING", 10, "PLACES", 25, "MATCHED", "EMPLOYMENT");
		request("R12", "KEN", kenya, "FUNDING", 60, "EUR", 35, "PARTIALLY_MATCHED", "EMPLOYMENT");
		this.fixture.matchSuggestion(this.ids.get("R9"), a, null, "ACCEPTED", 150);
		this.fixture.matchSuggestion(this.ids.get("R11"), a, null, "ACCEPTED", 10);
		this.fixture.matchSuggestion(this.ids.get("R12"), a, null, "ACCEPTED", 60);

		run("run-old", "COMPLETED", 10, Map.of("R2", 500.0), Map.of());
		run("run-last", "COMPLETED", 2, Map.of("R7", 18.0, "R11", 10.0), Map.of("R1", 1000.0));
		run("run-failed", "FAILED", 1, Map.of(), Map.of());
	}

	@Test
	void givesEveryFunnelReasonAndTheCapacityGapWithFiguresAsWorkedOutByHand() {
		Map<String, Object> report = report(asSecretariat(), null, 50, null);

		assertThat(report.get("planDate")).isEqualTo(this.today.toString());
		assertThat(lastRun(report)).containsEntry("id", GlobalId.of("MatchRun", "run-last"));
		List<Map<String, Object>> groups = groups(report);
		// Each request once per area: R3 in two areas, every other in one; R2, R10, R11, R12 in none.
		assertThat(groups).extracting(GapReportIT::key).containsExactly(
				"AFRICA/EMPLOYMENT/NO_OFFER_OF_KIND", "AFRICA/EMPLOYMENT/NO_OFFER_WITH_EXPERTISE",
				"AFRICA/EMPLOYMENT/CAPACITY_EXHAUSTED", "AFRICA/PROTECTION_RESILIENCE/NO_OFFER_IN_AREA",
				"AFRICA/RIGHTS_AT_WORK/NO_OFFER_IN_AREA", "AMERICAS/EMPLOYMENT/NO_OFFER_FOR_PLACE",
				"AMERICAS/SOCIAL_DIALOGUE/NO_OFFER_IN_TIME");
		// R1 (1000 EUR), R8 (700 CHF), R9 (400 EUR less 150 held = 250): two currencies, never added; EUR 1000 + 250.
		group(groups.get(0), 3, amount("CHF", 1, 700), amount("EUR", 2, 1250));
		assertThat(groups.get(0).get("region")).isEqualTo(Map.of("code", "AFRICA", "name", "Africa"));
		group(groups.get(1), 1, amount("USD", 1, 200));
		// R7: what the run left unmet (18 of 30), not the whole request.
		group(groups.get(2), 1, amount("PLACES", 1, 18));
		group(groups.get(3), 1, amount("PLACES", 1, 20));
		group(groups.get(4), 1, amount("PLACES", 1, 20));
		group(groups.get(5), 1, amount("USD", 1, 300));
		group(groups.get(6), 1, amount("PERSON_DAYS", 1, 40));

		Map<String, Object> requests = requests(report);
		assertThat(requests.get("totalCount")).isEqualTo(8);
		List<Map<String, Object>> nodes = nodes(requests);
		// Soonest deadline first.
		assertThat(nodes).extracting((n) -> n.get("id")).containsExactly(id("R1"), id("R8"), id("R9"), id("R3"),
				id("R4"), id("R5"), id("R6"), id("R7"));
		assertThat(nodes).extracting((n) -> n.get("reason")).containsExactly("NO_OFFER_OF_KIND", "NO_OFFER_OF_KIND",
				"NO_OFFER_OF_KIND", "NO_OFFER_IN_AREA", "NO_OFFER_FOR_PLACE", "NO_OFFER_WITH_EXPERTISE",
				"NO_OFFER_IN_TIME", "CAPACITY_EXHAUSTED");
		assertThat(nodes).extracting((n) -> ((Number) n.get("amount")).doubleValue())
			.containsExactly(1000.0, 700.0, 250.0, 20.0, 300.0, 200.0, 40.0, 18.0);
		assertThat(nodes).extracting((n) -> ((Number) n.get("requested")).doubleValue())
			.containsExactly(1000.0, 700.0, 400.0, 20.0, 300.0, 200.0, 40.0, 30.0);
		Map<String, Object> r3 = nodes.get(3);
		assertThat(r3).containsEntry("country", Map.of("iso3", "KEN", "name", "Kenya"))
			.containsEntry("kind", "TRAINING")
			.containsEntry("unit", "PLACES")
			.containsEntry("deadline", this.today.plusDays(40).toString())
			.containsEntry("title", "Request R3");
		assertThat(((List<?>) r3.get("thematicAreas")).stream().map((a) -> (Object) ((Map<?, ?>) a).get("code")).toList())
			.containsExactly("PROTECTION_RESILIENCE", "RIGHTS_AT_WORK");
		assertThat(nodes.get(4).get("region")).isEqualTo(Map.of("code", "AMERICAS", "name", "Americas"));
	}

	@Test
	void aFundingOfferFromAnAdmittedPartnerTurnsTheEuroGapsIntoServableRequests() {
		// The same graph with an admitted partner's EUR offer for Kenya: R1 and R9 are no gaps any more.
		String b = this.fixture.partner("Beta Fund", PartnerKind.INTERNATIONAL_ORGANIZATION, "KEN");
		offer(b, "FUNDING", "EUR", "EMPLOYMENT", List.of("KEN"), List.of(), -30, 365);

		List<Map<String, Object>> groups = groups(report(asSecretariat(), null, 50, null));

		assertThat(groups.get(0)).extracting(GapReportIT::key).isEqualTo("AFRICA/EMPLOYMENT/NO_OFFER_OF_KIND");
		group(groups.get(0), 1, amount("CHF", 1, 700));
	}

	@Test
	void aRequestInDeliveryIsAGapForWhatNoMatchHoldsYet() {
		// R4 (Brazil, 300 USD) with a match in delivery holding 100: still seeking support, 200 missing.
		String match = this.fixture.matchSuggestion(this.ids.get("R4"), this.alpha, null, "ACCEPTED", 100);
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id}) SET m.matchStatus = 'IN_DELIVERY'").bind(match)
			.to("id").run();
		this.fixture.requestStatus(this.ids.get("R4"), "IN_DELIVERY");

		Map<String, Object> americas = report(asSecretariat(), Map.of("countries", List.of("BRA")), 50, null);

		assertThat(groups(americas).get(0)).extracting(GapReportIT::key).isEqualTo("AMERICAS/EMPLOYMENT/NO_OFFER_FOR_PLACE");
		group(groups(americas).get(0), 1, amount("USD", 1, 200));
		assertThat(nodes(requests(americas)).get(0)).containsEntry("requested", 300.0).containsEntry("amount", 200.0);
	}

	@Test
	void filtersByRegionCountryAndAreaAndPagesWithCursors() {
		// Americas: R4 and R6.
		Map<String, Object> americas = report(asCoordinator(), Map.of("regions", List.of("AMERICAS")), 50, null);
		assertThat(groups(americas)).extracting(GapReportIT::key)
			.containsExactly("AMERICAS/EMPLOYMENT/NO_OFFER_FOR_PLACE", "AMERICAS/SOCIAL_DIALOGUE/NO_OFFER_IN_TIME");
		assertThat(requests(americas).get("totalCount")).isEqualTo(2);
		// Kenya (lower case accepted) in RIGHTS_AT_WORK: R3 only, and only that area's group.
		Map<String, Object> rights = report(asSecretariat(),
				Map.of("countries", List.of("ken"), "thematicAreas", List.of("RIGHTS_AT_WORK")), 50, null);
		assertThat(groups(rights)).extracting(GapReportIT::key).containsExactly("AFRICA/RIGHTS_AT_WORK/NO_OFFER_IN_AREA");
		assertThat(nodes(requests(rights))).extracting((n) -> n.get("id")).containsExactly(id("R3"));

		// Pages of 3: R1 R8 R9, then R3 R4 R5, then R6 R7; the groups are always over all of them.
		Map<String, Object> first = report(asSecretariat(), null, 3, null);
		assertThat(groups(first)).hasSize(7);
		Map<String, Object> page = requests(first);
		assertThat(nodes(page)).extracting((n) -> n.get("id")).containsExactly(id("R1"), id("R8"), id("R9"));
		assertThat(pageInfo(page)).containsEntry("hasNextPage", true).containsEntry("hasPreviousPage", false);
		Map<String, Object> second = requests(report(asSecretariat(), null, 3, (String) pageInfo(page).get("endCursor")));
		assertThat(nodes(second)).extracting((n) -> n.get("id")).containsExactly(id("R3"), id("R4"), id("R5"));
		Map<String, Object> third = requests(report(asSecretariat(), null, 3, (String) pageInfo(second).get("endCursor")));
		assertThat(nodes(third)).extracting((n) -> n.get("id")).containsExactly(id("R6"), id("R7"));
		assertThat(pageInfo(third)).containsEntry("hasNextPage", false).containsEntry("hasPreviousPage", true);
		assertThat(third.get("totalCount")).isEqualTo(8);
	}

	@Test
	void withoutACompletedRunThereIsNoCapacityGap() {
		this.neo4jClient.query("MATCH (r:MatchRun) DETACH DELETE r").run();

		Map<String, Object> report = report(asSecretariat(), null, 50, null);

		assertThat(report.get("lastRun")).isNull();
		assertThat(nodes(requests(report))).extracting((n) -> n.get("reason")).doesNotContain("CAPACITY_EXHAUSTED");
		assertThat(requests(report).get("totalCount")).isEqualTo(7);
	}

	@Test
	void theCsvParsesBackToTheGraphQlFiguresAndTheJsonIsTheSameReport() throws Exception {
		Map<String, Object> report = report(asSecretariat(), null, 50, null);

		HttpResponse<byte[]> csv = get(GapReportDefinition.CSV_PATH, bearer("SECRETARIAT"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"gaps.csv\"");
		List<Map<String, String>> lines = lines(csv.body(), "region", "region_name", "thematic_area",
				"thematic_area_name", "reason", "requests", "unit", "unit_requests", "amount");
		// One line per group and unit: 7 groups, the first with two currencies.
		assertThat(lines).hasSize(8);
		int index = 0;
		for (Map<String, Object> group : groups(report)) {
			for (Map<String, Object> amount : amounts(group)) {
				Map<String, String> line = lines.get(index++);
				assertThat(line.get("region")).isEqualTo(code(group, "region"));
				assertThat(line.get("region_name")).isEqualTo(((Map<?, ?>) group.get("region")).get("name"));
				assertThat(line.get("thematic_area")).isEqualTo(code(group, "thematicArea"));
				assertThat(line.get("thematic_area_name")).isEqualTo(((Map<?, ?>) group.get("thematicArea")).get("name"));
				assertThat(line.get("reason")).isEqualTo(group.get("reason"));
				assertThat(Integer.parseInt(line.get("requests"))).isEqualTo(group.get("requests"));
				assertThat(line.get("unit")).isEqualTo(amount.get("unit"));
				assertThat(Integer.parseInt(line.get("unit_requests"))).isEqualTo(amount.get("requests"));
				assertThat(Double.parseDouble(line.get("amount"))).isEqualTo(amount.get("amount"));
			}
		}
		assertThat(lines.get(1)).containsEntry("unit", "EUR").containsEntry("amount", "1250")
			.containsEntry("requests", "3").containsEntry("unit_requests", "2");

		HttpResponse<byte[]> detail = get(GapReportDefinition.CSV_PATH + "?detail=requests&region=AFRICA",
				bearer("COORDINATION_GROUP"));
		assertThat(detail.statusCode()).isEqualTo(200);
		List<Map<String, String>> requestLines = lines(detail.body(), "request", "title", "country", "country_name",
				"region", "region_name", "thematic_areas", "kind", "unit", "requested", "amount", "deadline", "reason");
		List<Map<String, Object>> africa = nodes(requests(report(asSecretariat(), Map.of("regions", List.of("AFRICA")),
				50, null)));
		assertThat(requestLines).hasSize(6).hasSameSizeAs(africa);
		for (int i = 0; i < africa.size(); i++) {
			Map<String, Object> node = africa.get(i);
			Map<String, String> line = requestLines.get(i);
			assertThat(line.get("request")).isEqualTo(node.get("id"));
			assertThat(line.get("title")).isEqualTo(node.get("title"));
			assertThat(line.get("country")).isEqualTo(((Map<?, ?>) node.get("country")).get("iso3"));
			assertThat(line.get("country_name")).isEqualTo(((Map<?, ?>) node.get("country")).get("name"));
			assertThat(line.get("region")).isEqualTo(code(node, "region"));
			assertThat(line.get("thematic_areas")).isEqualTo(String.join(";", ((List<?>) node.get("thematicAreas"))
				.stream().map((a) -> (String) ((Map<?, ?>) a).get("code")).toList()));
			assertThat(line.get("kind")).isEqualTo(node.get("kind"));
			assertThat(line.get("unit")).isEqualTo(node.get("unit"));
			assertThat(Double.parseDouble(line.get("requested"))).isEqualTo(node.get("requested"));
			assertThat(Double.parseDouble(line.get("amount"))).isEqualTo(node.get("amount"));
			assertThat(line.get("deadline")).isEqualTo(node.get("deadline"));
			assertThat(line.get("reason")).isEqualTo(node.get("reason"));
		}
		assertThat(requestLines.get(3)).containsEntry("thematic_areas", "PROTECTION_RESILIENCE;RIGHTS_AT_WORK");

		HttpResponse<byte[]> json = get(GapReportDefinition.JSON_PATH, bearer("COORDINATION_GROUP"));
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		@SuppressWarnings("unchecked")
		Map<String, Object> fromJson = JsonMapper.builder().build().readValue(json.body(), Map.class);
		// The one timestamp compares as an instant: the DateTime scalar writes milliseconds, Jackson does not.
		assertThat(instant(lastRun(fromJson))).isEqualTo(instant(lastRun(report)));
		lastRun(fromJson).remove("completedAt");
		lastRun(report).remove("completedAt");
		// Every gap request as a list, not a page: the nodes of the field's page, which holds them all here.
		assertThat(fromJson.get("requests")).isEqualTo(nodes(requests(report)));
		fromJson.remove("requests");
		report.remove("requests");
		assertThat(fromJson).isEqualTo(report);
	}

	@Test
	void refusesUnknownCodesAndBadPagesNamingTheArgument() throws Exception {
		badRequest(answer(asSecretariat(), Map.of("countries", List.of("XXX")), 50, null), "filter.countries");
		badRequest(answer(asSecretariat(), Map.of("thematicAreas", List.of("NOPE")), 50, null), "filter.thematicAreas");
		badRequest(answer(asSecretariat(), null, 101, null), "first");
		badRequest(answer(asSecretariat(), null, 10, "not-a-cursor"), "after");
		query(asSecretariat(), Map.of("regions", List.of("MARS")), 50, null).errors()
			.expect((e) -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType())) && e.getMessage().contains("regions"))
			.verify();

		for (String[] bad : new String[][] { { GapReportDefinition.CSV_PATH + "?country=XXX", "country" },
				{ GapReportDefinition.CSV_PATH + "?region=MARS", "region" },
				{ GapReportDefinition.CSV_PATH + "?thematicArea=NOPE", "thematicArea" },
				{ GapReportDefinition.CSV_PATH + "?detail=everything", "detail" },
				{ GapReportDefinition.JSON_PATH + "?first=many", "first" },
				{ GapReportDefinition.JSON_PATH + "?first=500", "first" },
				{ GapReportDefinition.JSON_PATH + "?after=xyz", "after" } }) {
			HttpResponse<byte[]> response = get(bad[0], bearer("SECRETARIAT"));
			assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(bad[0]).startsWith("text/plain");
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(bad[0]).startsWith("Argument '" + bad[1] + "'");
		}
	}

	@Test
	void onlyTheSecretariatAndTheCoordinationGroupReadIt() throws Exception {
		query(anonymous(), null, 50, null).errors()
			.expect((e) -> "UNAUTHORIZED".equals(String.valueOf(e.getErrorType()))).verify();
		for (GraphQlTester other : List.of(asPartner("p-1"), asMemberState("KEN"))) {
			query(other, null, 50, null).errors()
				.expect((e) -> "FORBIDDEN".equals(String.valueOf(e.getErrorType()))).verify();
		}
		for (String path : List.of(GapReportDefinition.CSV_PATH, GapReportDefinition.JSON_PATH)) {
			// Refused before the parameters are read: a bad one still gets 401 and 403.
			assertThat(get(path + "?country=XXX", null).statusCode()).as(path).isEqualTo(401);
			assertThat(get(path + "?country=XXX", bearer("PARTNER")).statusCode()).as(path).isEqualTo(403);
			assertThat(get(path, bearer("MEMBER_STATE")).statusCode()).as(path).isEqualTo(403);
			assertThat(get(path, bearer("COORDINATION_GROUP")).statusCode()).as(path).isEqualTo(200);
			assertThat(get(path, bearer("SECRETARIAT")).statusCode()).as(path).isEqualTo(200);
		}
	}

	// ----- Planting ------------------------------------------------------------------------------------------------

	private void offer(String partner, String kind, String unit, String area, List<String> countries,
			List<String> regions, int fromDays, int untilDays) {
		String id = this.fixture.offer(partner, kind, 1000, unit, 1, List.of("en"), List.of(area), countries, regions);
		this.neo4jClient.query("MATCH (o:Offer {id: $id}) SET o.availableFrom = $from, o.availableUntil = $until")
			.bindAll(Map.of("id", id, "from", this.today.plusDays(fromDays), "until", this.today.plusDays(untilDays)))
			.run();
	}

	private void request(String name, String iso3, String objective, String kind, double amount, String unit,
			int deadlineDays, String status, String... areas) {
		String id = this.fixture.request(iso3, objective, "Request " + name, this.today.plusDays(deadlineDays), kind,
				List.of(areas));
		this.neo4jClient.query("MATCH (r:SupportRequest {id: $id}) SET r.amount = $amount, r.unit = $unit, r.status = $status")
			.bindAll(Map.of("id", id, "amount", amount, "unit", unit, "status", status))
			.run();
		this.ids.put(name, id);
	}

	/** A run as MatchRunStore stores it, with its LEFT_UNMET entries (by the requests' names). */
	private void run(String id, String status, int daysAgo, Map<String, Double> capacity, Map<String, Double> noOffer) {
		this.neo4jClient.query("""
				CREATE (r:MatchRun {id: $id, status: $status, countries: [], thematicAreas: [], requestIds: [],
				                    timeLimitSeconds: 10, createdBy: 'secretariat',
				                    createdAt: datetime() - duration({days: $days, minutes: 5}),
				                    startedAt: datetime() - duration({days: $days, minutes: 4}),
				                    endedAt: datetime() - duration({days: $days})})
				""").bindAll(Map.of("id", id, "status", status, "days", daysAgo)).run();
		List<Map<String, Object>> rows = new ArrayList<>();
		capacity.forEach((name, amount) -> rows.add(Map.of("request", this.ids.get(name), "reason", "CAPACITY_EXHAUSTED",
				"amount", amount)));
		noOffer.forEach((name, amount) -> rows.add(Map.of("request", this.ids.get(name), "reason", "NO_ELIGIBLE_OFFER",
				"amount", amount)));
		this.neo4jClient.query("""
				MATCH (run:MatchRun {id: $run})
				UNWIND $rows AS row
				MATCH (q:SupportRequest {id: row.request})
				CREATE (run)-[:LEFT_UNMET {reason: row.reason, amount: row.amount}]->(q)
				""").bindAll(Map.of("run", id, "rows", rows)).run();
	}

	private String id(String name) {
		return GlobalId.of("SupportRequest", this.ids.get(name));
	}

	// ----- Reading -------------------------------------------------------------------------------------------------

	private GraphQlTester.Response query(GraphQlTester tester, Map<String, Object> filter, Integer first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("first", first);
		variables.put("after", after);
		return tester.document(QUERY).variables(variables).execute();
	}

	private Object answer(GraphQlTester tester, Map<String, Object> filter, Integer first, String after) {
		GraphQlTester.Response response = query(tester, filter, first, after);
		if (!response.returnResponse().getErrors().isEmpty()) {
			return response;
		}
		return response.path("gapReport").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> report(GraphQlTester tester, Map<String, Object> filter, Integer first, String after) {
		Object answer = answer(tester, filter, first, after);
		assertThat(answer).as("a report, not errors").isInstanceOf(Map.class);
		return (Map<String, Object>) answer;
	}

	private static void badRequest(Object response, String argument) {
		assertThat(response).as("refused").isInstanceOf(GraphQlTester.Response.class);
		((GraphQlTester.Response) response).errors()
			.expect((e) -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType()))
					&& argument.equals(e.getExtensions().get("argument")))
			.verify();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> lastRun(Map<String, Object> report) {
		return (Map<String, Object>) report.get("lastRun");
	}

	private static Instant instant(Map<String, Object> run) {
		return OffsetDateTime.parse((String) run.get("completedAt")).toInstant();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> groups(Map<String, Object> report) {
		return (List<Map<String, Object>>) report.get("groups");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> amounts(Map<String, Object> group) {
		return (List<Map<String, Object>>) group.get("amounts");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> requests(Map<String, Object> report) {
		return (Map<String, Object>) report.get("requests");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> pageInfo(Map<String, Object> connection) {
		return (Map<String, Object>) connection.get("pageInfo");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(Map<String, Object> connection) {
		return ((List<Map<String, Object>>) connection.get("edges")).stream()
			.map((e) -> (Map<String, Object>) e.get("node"))
			.toList();
	}

	private static String code(Map<String, Object> object, String field) {
		return (String) ((Map<?, ?>) object.get(field)).get("code");
	}

	private static String key(Map<String, Object> group) {
		return code(group, "region") + "/" + code(group, "thematicArea") + "/" + group.get("reason");
	}

	/** Checks a group's request count and its amounts by unit, in order. */
	@SafeVarargs
	private static void group(Map<String, Object> group, int requests, Map<String, Object>... amounts) {
		assertThat(group.get("requests")).as(key(group)).isEqualTo(requests);
		assertThat(amounts(group)).as(key(group)).containsExactly(amounts);
	}

	private static Map<String, Object> amount(String unit, int requests, double amount) {
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("unit", unit);
		expected.put("requests", requests);
		expected.put("amount", amount);
		return expected;
	}

	/** The CSV's records after the byte-order mark and the header, as maps by column. */
	private static List<Map<String, String>> lines(byte[] body, String... header) {
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<List<String>> records = Downloads.parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
		assertThat(records.get(0)).containsExactly(header);
		List<Map<String, String>> lines = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			Map<String, String> line = new LinkedHashMap<>();
			for (int i = 0; i < record.size(); i++) {
				line.put(header[i], record.get(i));
			}
			lines.add(line);
		}
		return lines;
	}

	private HttpResponse<byte[]> get(String path, String authorization) throws Exception {
		return Downloads.get(this.port, path, authorization);
	}


}
