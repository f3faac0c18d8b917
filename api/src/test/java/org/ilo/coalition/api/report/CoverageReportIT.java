package org.ilo.coalition.api.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.report.Downloads.bearer;
import static org.assertj.core.api.Assertions.within;

/**
 * The coverage report on a graph planted by hand (docs/reports.md): every figure against numbers worked out in the
 * comments below, the CSV and JSON against the GraphQL answer, validation and access.
 *
 * <p>The graph. Kenya (Africa): one objective addressing 8.3.1 (severity 5 in 2021, 4 in 2024: latest 4) and 8.5.2
 * (severity 2 in 2023), so its requests weigh 2^(4-1) = 8; aligned with JUST_TRANSITIONS. Brazil (Americas): one
 * objective addressing 8.5.2 without any figure, so the default severity 3 and weight 4; no programme.
 * <pre>
 * R1 KEN EMPLOYMENT          1000 USD  2026-02-01  NGO A CONFIRMED held 600
 * R2 KEN EMPLOYMENT           500 EUR  2026-04-10  EMPLOYERS B AWAITING_CONSENT held 200
 * R3 KEN PROTECTION_RES.       50 PD   2026-05-05  NGO C IN_DELIVERY held 40 delivered 25; ACADEMIA D DELIVERED held 10 delivered 10
 * R4 BRA EMPLOYMENT           100 PD   2026-07-20  NGO E DECLINED (holds nothing)
 * R5 BRA EMPLOYMENT+PROT.      40 PD   2026-08-01  NGO F CONFIRMED held 40
 * R6 BRA EMPLOYMENT            30 PD   2026-03-01  WITHDRAWN: never counted
 * R7 KEN EMPLOYMENT            20 PD   2025-11-15  outside the period 2026
 * </pre>
 */
class CoverageReportIT extends ApiIntegrationTest {

	private static final String QUERY = """
			query($filter: CoverageFilter, $groupBy: [CoverageDimension!]!, $period: PeriodInput) {
			  coverageReport(filter: $filter, groupBy: $groupBy, period: $period) {
			    groupBy from to
			    rows { ...figures }
			    total { ...figures }
			  }
			}
			fragment figures on CoverageRow {
			  keys { dimension code name }
			  requests matched confirmed delivered severityWeightedCoverage
			  amounts { unit requests requested matched confirmed delivered matchedShare confirmedShare deliveredShare }
			}
			""";

	private static final Map<String, Object> YEAR_2026 = Map.of("from", "2026-01-01", "to", "2026-12-31");

	private GraphFixture fixture;

	@BeforeEach
	void plant() {
		this.fixture = new GraphFixture(this.neo4jClient);
		String ngo = this.fixture.partner("Alpha NGO", PartnerKind.NGO, "KEN");
		String employers = this.fixture.partner("Employers Federation", PartnerKind.EMPLOYERS_ORGANIZATION, "KEN");
		String academia = this.fixture.partner("University", PartnerKind.ACADEMIA, "BRA");
		String kenya = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		this.neo4jClient.query("""
				MATCH (o:Objective {id: $objective}), (i:Indicator {code: '8.5.2'}),
				      (p:PriorityProgramme {code: 'JUST_TRANSITIONS'})
				CREATE (o)-[:ADDRESSES]->(i), (o)-[:ALIGNED_WITH]->(p)
				""").bind(kenya).to("objective").run();
		this.fixture.observation("KEN", "8.3.1", 2021, 90.0, 5);
		this.fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		this.fixture.observation("KEN", "8.5.2", 2023, 4.0, 2);
		String brazil = this.fixture.strategyWithObjective("BRA", "Brazil strategy", "8.5.2").get(1);

		String r1 = request("KEN", kenya, 1000, "USD", "2026-02-01", "OPEN", "EMPLOYMENT");
		String r2 = request("KEN", kenya, 500, "EUR", "2026-04-10", "OPEN", "EMPLOYMENT");
		String r3 = request("KEN", kenya, 50, "PERSON_DAYS", "2026-05-05", "OPEN", "PROTECTION_RESILIENCE");
		String r4 = request("BRA", brazil, 100, "PERSON_DAYS", "2026-07-20", "OPEN", "EMPLOYMENT");
		String r5 = request("BRA", brazil, 40, "PERSON_DAYS", "2026-08-01", "OPEN", "EMPLOYMENT",
				"PROTECTION_RESILIENCE");
		String r6 = request("BRA", brazil, 30, "PERSON_DAYS", "2026-03-01", "WITHDRAWN", "EMPLOYMENT");
		String r7 = request("KEN", kenya, 20, "PERSON_DAYS", "2025-11-15", "OPEN", "EMPLOYMENT");
		match(r1, ngo, "CONFIRMED", 600, 0);
		match(r2, employers, "AWAITING_CONSENT", 200, 0);
		match(r3, ngo, "IN_DELIVERY", 40, 25);
		match(r3, academia, "DELIVERED", 10, 10);
		match(r4, ngo, "DECLINED", 0, 0);
		match(r5, ngo, "CONFIRMED", 40, 0);
		match(r6, ngo, "WITHDRAWN", 0, 0);
		match(r7, ngo, "CONFIRMED", 20, 0);
	}

	@Test
	void groupsByRegionAndAreaWithEveryFigureAsWorkedOutByHand() {
		Map<String, Object> report = report(asSecretariat(), null, List.of("REGION", "THEMATIC_AREA"), YEAR_2026);

		assertThat(report.get("groupBy")).isEqualTo(List.of("REGION", "THEMATIC_AREA"));
		assertThat(report.get("from")).isEqualTo("2026-01-01");
		List<Map<String, Object>> rows = rows(report);
		assertThat(rows).hasSize(4);
		// Africa/Employment: R1 and R2, two currencies never added. Coverage (8 x 0.6 + 8 x 0) / 16 = 0.3.
		row(rows.get(0), "AFRICA/EMPLOYMENT", 2, 2, 1, 0, 0.3,
				unit("EUR", 1, 500, 200, 0, 0, 0.4, 0.0, 0.0), unit("USD", 1, 1000, 600, 600, 0, 0.6, 0.6, 0.0));
		assertThat(keys(rows.get(0)).get(0)).containsEntry("name", "Africa");
		// Africa/Protection: R3, 40 + 10 held and confirmed, 25 + 10 delivered of 50.
		row(rows.get(1), "AFRICA/PROTECTION_RESILIENCE", 1, 1, 1, 1, 1.0,
				unit("PERSON_DAYS", 1, 50, 50, 50, 35, 1.0, 1.0, 0.7));
		// Americas/Employment: R4 (declined: nothing) and R5 (40 of 40); (4 x 0 + 4 x 1) / 8 = 0.5.
		row(rows.get(2), "AMERICAS/EMPLOYMENT", 2, 1, 1, 0, 0.5,
				unit("PERSON_DAYS", 2, 140, 40, 40, 0, 40.0 / 140, 40.0 / 140, 0.0));
		// Americas/Protection: R5 again (it is in both areas).
		row(rows.get(3), "AMERICAS/PROTECTION_RESILIENCE", 1, 1, 1, 0, 1.0,
				unit("PERSON_DAYS", 1, 40, 40, 40, 0, 1.0, 1.0, 0.0));
		// Total, each request once: (8 x 0.6 + 8 x 0 + 8 x 1 + 4 x 0 + 4 x 1) / (8 + 8 + 8 + 4 + 4) = 16.8 / 32.
		row(total(report), "", 5, 4, 3, 1, 0.525, unit("EUR", 1, 500, 200, 0, 0, 0.4, 0.0, 0.0),
				unit("PERSON_DAYS", 3, 190, 90, 90, 35, 90.0 / 190, 90.0 / 190, 35.0 / 190),
				unit("USD", 1, 1000, 600, 600, 0, 0.6, 0.6, 0.0));
	}

	@Test
	void partnerKindGroupsCountEachKindsOwnMatchesAndARequestInEachOfItsKinds() {
		List<Map<String, Object>> rows = rows(report(asCoordinator(), null, List.of("PARTNER_KIND"), YEAR_2026));

		assertThat(rows).hasSize(4);
		// R3 through D only: 10 of 50; 8 x 0.2 / 8.
		row(rows.get(0), "ACADEMIA", 1, 1, 1, 1, 0.2, unit("PERSON_DAYS", 1, 50, 10, 10, 10, 0.2, 0.2, 0.2));
		assertThat(keys(rows.get(0)).get(0)).containsEntry("name", "Academia");
		// R2 awaiting consent: matched, not confirmed.
		row(rows.get(1), "EMPLOYERS_ORGANIZATION", 1, 1, 0, 0, 0.0, unit("EUR", 1, 500, 200, 0, 0, 0.4, 0.0, 0.0));
		// NGO: R1 (A), R3 (C: 40 of 50), R5 (F); (8 x 0.6 + 8 x 0.8 + 4 x 1) / 20 = 15.2 / 20.
		row(rows.get(2), "NGO", 3, 3, 3, 1, 0.76, unit("PERSON_DAYS", 2, 90, 80, 80, 25, 80.0 / 90, 80.0 / 90, 25.0 / 90),
				unit("USD", 1, 1000, 600, 600, 0, 0.6, 0.6, 0.0));
		// NONE: R4, whose only match was declined.
		row(rows.get(3), "NONE", 1, 0, 0, 0, 0.0, unit("PERSON_DAYS", 1, 100, 0, 0, 0, 0.0, 0.0, 0.0));
	}

	@Test
	void groupsByProgrammeAndQuarterAndFiltersByRegionPeriodAndPartnerKind() {
		List<Map<String, Object>> programmes = rows(report(asSecretariat(), null, List.of("PROGRAMME"), YEAR_2026));
		// Kenya's R1-R3: (8 x 0.6 + 8 x 0 + 8 x 1) / 24; Brazil's R4, R5 have no programme.
		row(programmes.get(0), "JUST_TRANSITIONS", 3, 3, 2, 1, 12.8 / 24, unit("EUR", 1, 500, 200, 0, 0, 0.4, 0.0, 0.0),
				unit("PERSON_DAYS", 1, 50, 50, 50, 35, 1.0, 1.0, 0.7), unit("USD", 1, 1000, 600, 600, 0, 0.6, 0.6, 0.0));
		row(programmes.get(1), "NONE", 2, 1, 1, 0, 0.5, unit("PERSON_DAYS", 2, 140, 40, 40, 0, 40.0 / 140, 40.0 / 140, 0.0));
		assertThat(programmes).hasSize(2);

		// Africa by quarter, without a period: R7 (2025-Q4, 20 of 20 confirmed) counts too.
		List<Map<String, Object>> quarters = rows(report(asSecretariat(), Map.of("regions", List.of("AFRICA")),
				List.of("QUARTER"), null));
		assertThat(quarters).hasSize(3);
		row(quarters.get(0), "2025-Q4", 1, 1, 1, 0, 1.0, unit("PERSON_DAYS", 1, 20, 20, 20, 0, 1.0, 1.0, 0.0));
		row(quarters.get(1), "2026-Q1", 1, 1, 1, 0, 0.6, unit("USD", 1, 1000, 600, 600, 0, 0.6, 0.6, 0.0));
		row(quarters.get(2), "2026-Q2", 2, 2, 1, 1, 0.5, unit("EUR", 1, 500, 200, 0, 0, 0.4, 0.0, 0.0),
				unit("PERSON_DAYS", 1, 50, 50, 50, 35, 1.0, 1.0, 0.7));

		// The second quarter by country: Kenya's R2 and R3 only.
		List<Map<String, Object>> second = rows(report(asSecretariat(), null, List.of("COUNTRY"),
				Map.of("from", "2026-04-01", "to", "2026-06-30")));
		assertThat(second).hasSize(1);
		row(second.get(0), "KEN", 2, 2, 1, 1, 0.5, unit("EUR", 1, 500, 200, 0, 0, 0.4, 0.0, 0.0),
				unit("PERSON_DAYS", 1, 50, 50, 50, 35, 1.0, 1.0, 0.7));
		assertThat(keys(second.get(0)).get(0)).containsEntry("name", "Kenya");

		// NGOs only, by country: R1, R3 (C's 40 of 50) and R5; Kenya (8 x 0.6 + 8 x 0.8) / 16 = 0.7.
		List<Map<String, Object>> ngos = rows(report(asSecretariat(), Map.of("partnerKinds", List.of("NGO")),
				List.of("COUNTRY"), YEAR_2026));
		assertThat(ngos).hasSize(2);
		row(ngos.get(0), "BRA", 1, 1, 1, 0, 1.0, unit("PERSON_DAYS", 1, 40, 40, 40, 0, 1.0, 1.0, 0.0));
		row(ngos.get(1), "KEN", 2, 2, 2, 1, 0.7, unit("PERSON_DAYS", 1, 50, 40, 40, 25, 0.8, 0.8, 0.5),
				unit("USD", 1, 1000, 600, 600, 0, 0.6, 0.6, 0.0));

		// Areas filtered: only the groups of the areas asked for; countries filtered.
		List<Map<String, Object>> protection = rows(report(asSecretariat(),
				Map.of("thematicAreas", List.of("PROTECTION_RESILIENCE"), "countries", List.of("bra")),
				List.of("THEMATIC_AREA"), YEAR_2026));
		assertThat(protection).hasSize(1);
		row(protection.get(0), "PROTECTION_RESILIENCE", 1, 1, 1, 0, 1.0, unit("PERSON_DAYS", 1, 40, 40, 40, 0, 1.0, 1.0, 0.0));
	}

	@Test
	void theCsvParsesBackToTheGraphQlFiguresAndTheJsonIsTheSameReport() throws Exception {
		Map<String, Object> report = report(asSecretariat(), null, List.of("REGION", "THEMATIC_AREA"), YEAR_2026);

		HttpResponse<byte[]> csv = get(CoverageReportDefinition.CSV_PATH
				+ "?groupBy=REGION&groupBy=THEMATIC_AREA&from=2026-01-01&to=2026-12-31", bearer("SECRETARIAT"));

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		byte[] body = csv.body();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		List<List<String>> records = Downloads.parseCsv(text);
		assertThat(records.get(0)).containsExactly("region", "region_name", "thematic_area", "thematic_area_name",
				"requests", "matched_requests", "confirmed_requests", "delivered_requests", "severity_weighted_coverage",
				"unit", "unit_requests", "requested", "matched", "confirmed", "delivered", "matched_share",
				"confirmed_share", "delivered_share");
		// One line per group and unit: Africa/Employment has two currencies.
		List<Map<String, String>> lines = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			Map<String, String> line = new LinkedHashMap<>();
			for (int i = 0; i < record.size(); i++) {
				line.put(records.get(0).get(i), record.get(i));
			}
			lines.add(line);
		}
		assertThat(lines).hasSize(5);
		int index = 0;
		for (Map<String, Object> row : rows(report)) {
			for (Map<String, Object> amount : amounts(row)) {
				Map<String, String> line = lines.get(index++);
				assertThat(line.get("region")).isEqualTo(keys(row).get(0).get("code"));
				assertThat(line.get("region_name")).isEqualTo(keys(row).get(0).get("name"));
				assertThat(line.get("thematic_area")).isEqualTo(keys(row).get(1).get("code"));
				assertThat(line.get("thematic_area_name")).isEqualTo(keys(row).get(1).get("name"));
				for (String count : List.of("requests", "matched", "confirmed", "delivered")) {
					String column = count.equals("requests") ? count : count + "_requests";
					assertThat(Integer.parseInt(line.get(column))).as(column).isEqualTo(row.get(count));
				}
				assertThat(number(line.get("severity_weighted_coverage"))).isEqualTo(row.get("severityWeightedCoverage"));
				assertThat(line.get("unit")).isEqualTo(amount.get("unit"));
				assertThat(Integer.parseInt(line.get("unit_requests"))).isEqualTo(amount.get("requests"));
				for (String figure : List.of("requested", "matched", "confirmed", "delivered")) {
					assertThat(number(line.get(figure))).as(figure).isEqualTo(amount.get(figure));
				}
				assertThat(number(line.get("matched_share"))).isEqualTo(amount.get("matchedShare"));
				assertThat(number(line.get("confirmed_share"))).isEqualTo(amount.get("confirmedShare"));
				assertThat(number(line.get("delivered_share"))).isEqualTo(amount.get("deliveredShare"));
			}
		}
		assertThat(lines.get(1)).containsEntry("unit", "USD").containsEntry("requested", "1000")
			.containsEntry("delivered", "0").containsEntry("matched_share", "0.6");

		HttpResponse<byte[]> json = get(CoverageReportDefinition.JSON_PATH
				+ "?groupBy=REGION&groupBy=THEMATIC_AREA&from=2026-01-01&to=2026-12-31", bearer("COORDINATION_GROUP"));
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		@SuppressWarnings("unchecked")
		Map<String, Object> fromJson = JsonMapper.builder().build().readValue(json.body(), Map.class);
		assertThat(fromJson).isEqualTo(report);
	}

	@Test
	void csvFieldsWithCommasAndQuotesAreQuoted() {
		assertThat(ReportCsv.field("Employers' organization")).isEqualTo("Employers' organization");
		assertThat(ReportCsv.field("Asia, Pacific")).isEqualTo("\"Asia, Pacific\"");
		assertThat(ReportCsv.field("the \"x\"\r\n")).isEqualTo("\"the \"\"x\"\"\r\n\"");
		assertThat(Downloads.parseCsv("a,\"b,\"\"c\"\"\r\nd\"\r\n")).containsExactly(List.of("a", "b,\"c\"\r\nd"));
	}

	@Test
	void refusesUnknownGroupsCodesAndInvertedPeriodsNamingTheArgument() throws Exception {
		badRequest(answer(asSecretariat(), null, List.of("REGION", "REGION"), null), "groupBy");
		badRequest(answer(asSecretariat(), null, List.of("REGION"), Map.of("from", "2026-12-01", "to", "2026-01-01")),
				"period.to");
		badRequest(answer(asSecretariat(), Map.of("thematicAreas", List.of("NOPE")), List.of("REGION"), null),
				"filter.thematicAreas");
		badRequest(answer(asSecretariat(), Map.of("countries", List.of("XXX")), List.of("REGION"), null),
				"filter.countries");
		badRequest(answer(asSecretariat(), Map.of("programmes", List.of("NOPE")), List.of(), null), "filter.programmes");
		// An unknown dimension is refused by GraphQL's own coercion, naming the variable's element.
		query(asSecretariat(), null, List.of("SEVERITY"), null).errors()
			.expect((e) -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType())) && e.getMessage().contains("groupBy"))
			.verify();

		String base = CoverageReportDefinition.CSV_PATH;
		for (String[] bad : new String[][] { { "?groupBy=SEVERITY", "groupBy" }, { "?groupBy=REGION&groupBy=REGION", "groupBy" },
				{ "?from=2026-12-01&to=2026-01-01", "to" }, { "?from=2026-02-30", "from" }, { "?country=XXX", "country" },
				{ "?region=MARS", "region" }, { "?partnerKind=ROBOT", "partnerKind" }, { "?thematicArea=NOPE", "thematicArea" },
				{ "?regoin=AFRICA", "regoin" }, { "?from=2026-01-01&from=2026-02-01", "from" } }) {
			HttpResponse<byte[]> response = get(base + bad[0], bearer("SECRETARIAT"));
			assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(bad[0]).startsWith("Argument '" + bad[1] + "'");
		}
	}

	@Test
	void onlyTheSecretariatAndTheCoordinationGroupReadIt() throws Exception {
		query(anonymous(), null, List.of("REGION"), null).errors()
			.expect((e) -> "UNAUTHORIZED".equals(String.valueOf(e.getErrorType()))).verify();
		for (GraphQlTester other : List.of(asPartner("p-1"), asMemberState("KEN"))) {
			query(other, null, List.of("REGION"), null).errors()
				.expect((e) -> "FORBIDDEN".equals(String.valueOf(e.getErrorType()))).verify();
		}
		for (String path : List.of(CoverageReportDefinition.CSV_PATH, CoverageReportDefinition.JSON_PATH)) {
			assertThat(get(path + "?groupBy=REGION", null).statusCode()).as(path).isEqualTo(401);
			assertThat(get(path + "?groupBy=REGION", bearer("PARTNER")).statusCode()).as(path).isEqualTo(403);
			assertThat(get(path + "?groupBy=REGION", bearer("MEMBER_STATE")).statusCode()).as(path).isEqualTo(403);
			assertThat(get(path + "?groupBy=REGION", bearer("COORDINATION_GROUP")).statusCode()).as(path).isEqualTo(200);
			assertThat(get(path, bearer("SECRETARIAT")).statusCode()).as(path).isEqualTo(200);
		}
	}

	// ----- Planting ------------------------------------------------------------------------------------------------

	private String request(String iso3, String objective, double amount, String unit, String createdOn, String status,
			String... areas) {
		String id = this.fixture.request(iso3, objective, "Request " + unit + " " + createdOn, LocalDate.of(2027, 6, 30),
				"FUNDING", List.of(areas));
		this.neo4jClient.query("""
				MATCH (r:SupportRequest {id: $id})
				SET r.amount = $amount, r.unit = $unit, r.status = $status,
				    r.createdAt = datetime({date: date($createdOn), hour: 12, timezone: 'UTC'})
				""").bindAll(Map.of("id", id, "amount", amount, "unit", unit, "status", status, "createdOn", createdOn))
			.run();
		return id;
	}

	/** A match at {@code status}; one that no longer holds anything loses {@code ActiveMatch}, as the lifecycle does. */
	private void match(String request, String partner, String status, double held, double delivered) {
		String id = this.fixture.matchSuggestion(request, partner, null, "ACCEPTED", held);
		this.neo4jClient.query("""
				MATCH (m:MatchSuggestion {id: $id})
				SET m.matchStatus = $status, m.heldAmount = $held, m.deliveredAmount = $delivered
				WITH m WHERE NOT $status IN ['AWAITING_CONSENT', 'CONFIRMED', 'IN_DELIVERY', 'DELIVERED', 'CANCELLED']
				REMOVE m:ActiveMatch
				""").bindAll(Map.of("id", id, "status", status, "held", held, "delivered", delivered)).run();
	}

	// ----- Reading -------------------------------------------------------------------------------------------------

	private GraphQlTester.Response query(GraphQlTester tester, Map<String, Object> filter, List<String> groupBy,
			Map<String, Object> period) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("groupBy", groupBy);
		variables.put("period", period);
		return tester.document(QUERY).variables(variables).execute();
	}

	/** The report, or the response when it has errors. */
	private Object answer(GraphQlTester tester, Map<String, Object> filter, List<String> groupBy,
			Map<String, Object> period) {
		GraphQlTester.Response response = query(tester, filter, groupBy, period);
		if (!response.returnResponse().getErrors().isEmpty()) {
			return response;
		}
		return response.path("coverageReport").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object report) {
		assertThat(report).as("a report, not errors").isInstanceOf(Map.class);
		return (Map<String, Object>) report;
	}

	private Map<String, Object> report(GraphQlTester tester, Map<String, Object> filter, List<String> groupBy,
			Map<String, Object> period) {
		return asMap(answer(tester, filter, groupBy, period));
	}

	private static void badRequest(Object response, String argument) {
		assertThat(response).as("refused").isInstanceOf(GraphQlTester.Response.class);
		((GraphQlTester.Response) response).errors()
			.expect((e) -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType()))
					&& argument.equals(e.getExtensions().get("argument")))
			.verify();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Object report) {
		return (List<Map<String, Object>>) asMap(report).get("rows");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> total(Object report) {
		return (Map<String, Object>) asMap(report).get("total");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> keys(Map<String, Object> row) {
		return (List<Map<String, Object>>) row.get("keys");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> amounts(Map<String, Object> row) {
		return (List<Map<String, Object>>) row.get("amounts");
	}

	/** Checks a row: its keys' codes joined by "/", its counts, its coverage and its amounts by unit. */
	private static void row(Map<String, Object> row, String keys, int requests, int matched, int confirmed,
			int delivered, double coverage, double[]... units) {
		assertThat(String.join("/", keys(row).stream().map((k) -> (String) k.get("code")).toList())).isEqualTo(keys);
		assertThat(List.of(row.get("requests"), row.get("matched"), row.get("confirmed"), row.get("delivered")))
			.as(keys + " counts").isEqualTo(List.of(requests, matched, confirmed, delivered));
		assertThat(((Number) row.get("severityWeightedCoverage")).doubleValue()).as(keys + " coverage")
			.isCloseTo(coverage, within(1e-12));
		List<Map<String, Object>> amounts = amounts(row);
		assertThat(amounts).as(keys + " units").hasSize(units.length);
		for (int i = 0; i < units.length; i++) {
			Map<String, Object> amount = amounts.get(i);
			double[] expected = units[i];
			assertThat(amount.get("unit")).as(keys).isEqualTo(UNITS.get((int) expected[0]));
			assertThat(amount.get("requests")).as(keys + " unit requests").isEqualTo((int) expected[1]);
			String[] figures = { "requested", "matched", "confirmed", "delivered", "matchedShare", "confirmedShare",
					"deliveredShare" };
			for (int f = 0; f < figures.length; f++) {
				assertThat(((Number) amount.get(figures[f])).doubleValue()).as(keys + " " + amount.get("unit") + " " + figures[f])
					.isCloseTo(expected[f + 2], within(1e-12));
			}
		}
	}

	private static final List<String> UNITS = List.of("EUR", "PERSON_DAYS", "USD");

	private static double[] unit(String unit, int requests, double requested, double matched, double confirmed,
			double delivered, double matchedShare, double confirmedShare, double deliveredShare) {
		return new double[] { UNITS.indexOf(unit), requests, requested, matched, confirmed, delivered, matchedShare,
				confirmedShare, deliveredShare };
	}

	private static Double number(String field) {
		return field.isEmpty() ? null : Double.parseDouble(field);
	}

	private HttpResponse<byte[]> get(String path, String authorization) throws Exception {
		return Downloads.get(this.port, path, authorization);
	}



}
