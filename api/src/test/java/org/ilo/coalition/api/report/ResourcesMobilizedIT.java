package org.ilo.coalition.api.report;

import java.math.BigDecimal;
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
 * The resources-mobilized report on a graph planted by hand (docs/reports.md): every figure against numbers worked out
 * in the comments below, the CSV and JSON against the GraphQL answer, validation and public access.
 *
 * <p>The graph: Kenya (Africa) and Brazil (Americas); partners of tripartite kinds (government, employers, workers)
 * and of others (NGO, academia). The period is the third quarter of 2026, 2026-07-01 to 2026-09-30.
 * <pre>
 * R1 KEN FUNDING 1000 USD EMPLOYMENT     M1 GOVERNMENT CONFIRMED    held 600 confirmed 07-10
 *                                        M2 NGO IN_DELIVERY         held 400 confirmed 05-02 (before);
 *                                                                   delivered 100 on 06-20 (before), 150 on 08-05
 * R2 KEN FUNDING  800 EUR EMPLOYMENT     M3 EMPLOYERS DELIVERED     held 800 confirmed 07-01 (first day);
 *                                                                   delivered 300 on 07-15, 500 on 09-30 (last day)
 * R3 KEN TECH. ASS. 50 PD PROTECTION     M4 WORKERS CANCELLED       held 20 (what it delivered) confirmed 08-01;
 *                                                                   delivered 20 on 08-20
 *                                        M5 ACADEMIA AWAITING_CONSENT held 30: not confirmed, never counted
 * R4 BRA TECH. ASS. 60 PD EMPLOYMENT     M6 NGO CONFIRMED           held 40, no confirmedAt: accepted 09-15 counts
 *                                        M7 GOVERNMENT DECLINED     holds nothing, never counted
 * R5 BRA FUNDING  900 USD SOCIAL_DIAL.   M8 WORKERS CONFIRMED       held 500 confirmed 10-01 (after)
 *                                        M9 ACADEMIA IN_DELIVERY    held 200 confirmed 09-30 23:30 UTC (last day);
 *                                                                   delivered 50 on 10-02 (after)
 * </pre>
 * In the quarter: confirmed M1 (USD 600), M3 (EUR 800), M4 (PD 20), M6 (PD 40), M9 (USD 200); delivered M2 (USD 150),
 * M3 (EUR 300 + 500 = 800), M4 (PD 20).
 */
class ResourcesMobilizedIT extends ApiIntegrationTest {

	private static final String QUERY = """
			query($filter: MobilizedFilter, $period: PeriodInput) {
			  resourcesMobilized(filter: $filter, period: $period) {
			    from to
			    byKind { code name unit confirmed delivered confirmedMatches deliveredMatches }
			    byPartnerKind { code name tripartite unit confirmed delivered confirmedMatches deliveredMatches }
			    byRegion { code name unit confirmed delivered confirmedMatches deliveredMatches }
			    total { unit confirmed delivered confirmedMatches deliveredMatches }
			    tripartiteShare { unit confirmed delivered confirmedMatches deliveredMatches confirmedShare deliveredShare }
			  }
			}
			""";

	private static final Map<String, Object> Q3 = Map.of("from", "2026-07-01", "to", "2026-09-30");

	private GraphFixture fixture;

	@BeforeEach
	void plant() {
		this.fixture = new GraphFixture(this.neo4jClient);
		String government = this.fixture.partner("Ministry of Labour", PartnerKind.GOVERNMENT, "KEN");
		String employers = this.fixture.partner("Employers Federation", PartnerKind.EMPLOYERS_ORGANIZATION, "KEN");
		String workers = this.fixture.partner("Trade Union Congress", PartnerKind.WORKERS_ORGANIZATION, "BRA");
		String ngo = this.fixture.partner("Alpha NGO", PartnerKind.NGO, "KEN");
		String academia = this.fixture.partner("University", PartnerKind.ACADEMIA, "BRA");
		String kenya = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		String brazil = this.fixture.strategyWithObjective("BRA", "Brazil strategy", "8.5.2").get(1);

		String r1 = request("KEN", kenya, "FUNDING", 1000, "USD", "EMPLOYMENT");
		String r2 = request("KEN", kenya, "FUNDING", 800, "EUR", "EMPLOYMENT");
		String r3 = request("KEN", kenya, "TECHNICAL_ASSISTANCE", 50, "PERSON_DAYS", "PROTECTION_RESILIENCE");
		String r4 = request("BRA", brazil, "TECHNICAL_ASSISTANCE", 60, "PERSON_DAYS", "EMPLOYMENT");
		String r5 = request("BRA", brazil, "FUNDING", 900, "USD", "SOCIAL_DIALOGUE");
		match(r1, government, "CONFIRMED", 600, "2026-07-10T08:00:00Z");
		String m2 = match(r1, ngo, "IN_DELIVERY", 400, "2026-05-02T08:00:00Z");
		delivery(m2, 100, "USD", "2026-06-20", true);
		delivery(m2, 150, "USD", "2026-08-05", false);
		String m3 = match(r2, employers, "DELIVERED", 800, "2026-07-01T00:00:00Z");
		delivery(m3, 300, "EUR", "2026-07-15", true);
		delivery(m3, 500, "EUR", "2026-09-30", true);
		String m4 = match(r3, workers, "CANCELLED", 20, "2026-08-01T08:00:00Z");
		delivery(m4, 20, "PERSON_DAYS", "2026-08-20", true);
		match(r3, academia, "AWAITING_CONSENT", 30, null);
		String m6 = match(r4, ngo, "CONFIRMED", 40, null);
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id}) SET m.decidedAt = datetime('2026-09-15T10:00:00Z')")
			.bind(m6).to("id").run();
		match(r4, government, "DECLINED", 0, null);
		match(r5, workers, "CONFIRMED", 500, "2026-10-01T08:00:00Z");
		String m9 = match(r5, academia, "IN_DELIVERY", 200, "2026-09-30T23:30:00Z");
		delivery(m9, 50, "USD", "2026-10-02", false);
	}

	@Test
	void aQuarterCountsConfirmationsAndDeliveriesInItWithEveryFigureAsWorkedOutByHand() {
		Map<String, Object> report = report(anonymous(), null, Q3);

		assertThat(report.get("from")).isEqualTo("2026-07-01");
		assertThat(report.get("to")).isEqualTo("2026-09-30");
		// code unit confirmed delivered confirmedMatches deliveredMatches. Funding: USD 600 (M1) + 200 (M9) confirmed,
		// 150 (M2) delivered; EUR never added to USD. Technical assistance: 20 (M4) + 40 (M6) confirmed, 20 delivered.
		assertThat(lines(report, "byKind")).containsExactly("FUNDING Funding EUR 800 800 1 1",
				"FUNDING Funding USD 800 150 2 1", "TECHNICAL_ASSISTANCE Technical assistance PERSON_DAYS 60 20 2 1");
		// Each kind's own matches: the NGO confirmed M6 (PD) and delivered through M2 (USD, confirmed before).
		assertThat(lines(report, "byPartnerKind")).containsExactly("ACADEMIA Academia false USD 200 0 1 0",
				"EMPLOYERS_ORGANIZATION Employers' organization true EUR 800 800 1 1",
				"GOVERNMENT Government true USD 600 0 1 0",
				"NGO Non-governmental organization false PERSON_DAYS 40 0 1 0",
				"NGO Non-governmental organization false USD 0 150 0 1",
				"WORKERS_ORGANIZATION Workers' organization true PERSON_DAYS 20 20 1 1");
		// Africa: M1-M4; Americas: M6, M9.
		assertThat(lines(report, "byRegion")).containsExactly("AFRICA Africa EUR 800 800 1 1",
				"AFRICA Africa PERSON_DAYS 20 20 1 1", "AFRICA Africa USD 600 150 1 1",
				"AMERICAS Americas PERSON_DAYS 40 0 1 0", "AMERICAS Americas USD 200 0 1 0");
		assertThat(lines(report, "total")).containsExactly("EUR 800 800 1 1", "PERSON_DAYS 60 20 2 1",
				"USD 800 150 2 1");
		// Tripartite: EUR all of it (M3); PD 20 of 60 confirmed, 20 of 20 delivered (M4); USD 600 of 800 (M1), none
		// of the 150 delivered.
		List<Map<String, Object>> shares = rows(report, "tripartiteShare");
		assertThat(lines(report, "tripartiteShare")).containsExactly("EUR 800 800 1 1", "PERSON_DAYS 20 20 1 1",
				"USD 600 0 1 0");
		share(shares.get(0), 1.0, 1.0);
		share(shares.get(1), 20.0 / 60, 1.0);
		share(shares.get(2), 0.75, 0.0);
	}

	@Test
	void withoutAPeriodEveryConfirmationAndDeliveryCounts() {
		Map<String, Object> report = report(asSecretariat(), null, null);

		assertThat(report.get("from")).isNull();
		// USD confirmed 600 (M1) + 400 (M2) + 500 (M8) + 200 (M9) = 1700; delivered 100 + 150 (M2) + 50 (M9) = 300.
		assertThat(lines(report, "total")).containsExactly("EUR 800 800 1 1", "PERSON_DAYS 60 20 2 1",
				"USD 1700 300 4 2");
		// Tripartite USD: M1 600 + M8 500 = 1100 of 1700; nothing of the 300 delivered.
		assertThat(lines(report, "tripartiteShare")).containsExactly("EUR 800 800 1 1", "PERSON_DAYS 20 20 1 1",
				"USD 1100 0 2 0");
		share(rows(report, "tripartiteShare").get(2), 1100.0 / 1700, 0.0);
	}

	@Test
	void periodsOpenAtOneEndAndFiltersByRegionCountryAreaAndPartnerKind() {
		// From the last day of the quarter on: M8 (500) and M9 (200) confirmed, M9's 50 and M3's 500 delivered. Nothing
		// confirmed in EUR, so no confirmed share there.
		Map<String, Object> late = report(asSecretariat(), null, Map.of("from", "2026-09-30"));
		assertThat(late.get("to")).isNull();
		assertThat(lines(late, "total")).containsExactly("EUR 0 500 0 1", "USD 700 50 2 1");
		assertThat(lines(late, "tripartiteShare")).containsExactly("EUR 0 500 0 1", "USD 500 0 1 0");
		share(rows(late, "tripartiteShare").get(0), null, 1.0);
		share(rows(late, "tripartiteShare").get(1), 500.0 / 700, 0.0);

		// Until the end of June: M2's 100 delivered and confirmed (05-02); M6's acceptance (09-15) is later.
		Map<String, Object> early = report(asSecretariat(), null, Map.of("to", "2026-06-30"));
		assertThat(lines(early, "total")).containsExactly("USD 400 100 1 1");

		// Americas, all time: M6 (PD 40), M8 (USD 500), M9 (USD 200, delivered 50).
		Map<String, Object> americas = report(asSecretariat(), Map.of("regions", List.of("AMERICAS")), null);
		assertThat(lines(americas, "byRegion")).containsExactly("AMERICAS Americas PERSON_DAYS 40 0 1 0",
				"AMERICAS Americas USD 700 50 2 1");

		// Kenya's employment requests in the quarter: R1 (M1 confirmed 600, M2 delivered 150) and R2 (M3).
		Map<String, Object> kenya = report(asSecretariat(),
				Map.of("countries", List.of("ken"), "thematicAreas", List.of("EMPLOYMENT")), Q3);
		assertThat(lines(kenya, "total")).containsExactly("EUR 800 800 1 1", "USD 600 150 1 1");

		// NGOs in the quarter: M6 confirmed (PD 40), M2 delivered (USD 150); no tripartite partner among them.
		Map<String, Object> ngos = report(asSecretariat(), Map.of("partnerKinds", List.of("NGO")), Q3);
		assertThat(lines(ngos, "total")).containsExactly("PERSON_DAYS 40 0 1 0", "USD 0 150 0 1");
		assertThat(lines(ngos, "tripartiteShare")).containsExactly("PERSON_DAYS 0 0 0 0", "USD 0 0 0 0");
		share(rows(ngos, "tripartiteShare").get(0), 0.0, null);
		share(rows(ngos, "tripartiteShare").get(1), null, 0.0);
	}

	@Test
	void theCsvParsesBackToTheGraphQlFiguresAndTheJsonIsTheSameReport() throws Exception {
		Map<String, Object> report = report(anonymous(), null, Q3);

		HttpResponse<byte[]> csv = get(ResourcesMobilizedDefinition.CSV_PATH + "?from=2026-07-01&to=2026-09-30",
				null);

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"resources-mobilized.csv\"");
		byte[] body = csv.body();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<List<String>> records = Downloads.parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
		List<String> header = records.get(0);
		assertThat(header).containsExactly("breakdown", "key", "key_name", "tripartite", "unit", "confirmed",
				"delivered", "confirmed_matches", "delivered_matches", "confirmed_share", "delivered_share");
		List<Map<String, String>> lines = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			assertThat(record).hasSameSizeAs(header);
			Map<String, String> line = new LinkedHashMap<>();
			for (int i = 0; i < record.size(); i++) {
				line.put(header.get(i), record.get(i));
			}
			lines.add(line);
		}
		// 3 kinds + 6 partner kinds + 5 regions + 3 totals + 3 shares, in that order.
		assertThat(lines).hasSize(20);
		int index = 0;
		for (String[] breakdown : new String[][] { { "byKind", "KIND" }, { "byPartnerKind", "PARTNER_KIND" },
				{ "byRegion", "REGION" }, { "total", "TOTAL" }, { "tripartiteShare", "TRIPARTITE_SHARE" } }) {
			for (Map<String, Object> row : rows(report, breakdown[0])) {
				Map<String, String> line = lines.get(index++);
				String what = breakdown[1] + " " + line;
				assertThat(line.get("breakdown")).as(what).isEqualTo(breakdown[1]);
				switch (breakdown[1]) {
					case "TOTAL" -> assertThat(List.of(line.get("key"), line.get("key_name"))).as(what)
						.containsExactly("", "");
					case "TRIPARTITE_SHARE" -> assertThat(List.of(line.get("key"), line.get("key_name"))).as(what)
						.containsExactly("TRIPARTITE", "Governments, employers' and workers' organizations");
					default -> assertThat(List.of(line.get("key"), line.get("key_name"))).as(what)
						.containsExactly((String) row.get("code"), (String) row.get("name"));
				}
				assertThat(line.get("tripartite")).as(what).isEqualTo(switch (breakdown[1]) {
					case "PARTNER_KIND" -> String.valueOf(row.get("tripartite"));
					case "TRIPARTITE_SHARE" -> "true";
					default -> "";
				});
				assertThat(line.get("unit")).as(what).isEqualTo(row.get("unit"));
				assertThat(number(line.get("confirmed"))).as(what).isEqualTo(row.get("confirmed"));
				assertThat(number(line.get("delivered"))).as(what).isEqualTo(row.get("delivered"));
				assertThat(Integer.parseInt(line.get("confirmed_matches"))).as(what).isEqualTo(row.get("confirmedMatches"));
				assertThat(Integer.parseInt(line.get("delivered_matches"))).as(what).isEqualTo(row.get("deliveredMatches"));
				assertThat(number(line.get("confirmed_share"))).as(what).isEqualTo(row.get("confirmedShare"));
				assertThat(number(line.get("delivered_share"))).as(what).isEqualTo(row.get("deliveredShare"));
			}
		}
		assertThat(lines.get(1)).containsEntry("key", "FUNDING").containsEntry("unit", "USD")
			.containsEntry("confirmed", "800").containsEntry("delivered", "150");
		assertThat(lines.get(19)).containsEntry("unit", "USD").containsEntry("confirmed_share", "0.75");

		// The same filters as the field: Americas only.
		HttpResponse<byte[]> americas = get(ResourcesMobilizedDefinition.CSV_PATH + "?region=AMERICAS", null);
		List<List<String>> americasRecords = Downloads.parseCsv(
				new String(americas.body(), 3, americas.body().length - 3, StandardCharsets.UTF_8));
		assertThat(americasRecords.stream().filter((r) -> r.get(0).equals("TOTAL")).map((r) -> r.subList(4, 9)))
			.containsExactly(List.of("PERSON_DAYS", "40", "0", "1", "0"), List.of("USD", "700", "50", "2", "1"));

		HttpResponse<byte[]> json = get(ResourcesMobilizedDefinition.JSON_PATH + "?from=2026-07-01&to=2026-09-30",
				null);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		@SuppressWarnings("unchecked")
		Map<String, Object> fromJson = JsonMapper.builder().build().readValue(json.body(), Map.class);
		assertThat(fromJson).isEqualTo(report);
	}

	@Test
	void everyoneReadsTheAggregateSignedInOrNot() throws Exception {
		Map<String, Object> asPublic = report(anonymous(), null, Q3);
		assertThat(report(asPartner("p-1"), null, Q3)).isEqualTo(asPublic);
		assertThat(report(asMemberState("BRA"), null, Q3)).isEqualTo(asPublic);
		assertThat(report(asCoordinator(), null, Q3)).isEqualTo(asPublic);
		for (String path : List.of(ResourcesMobilizedDefinition.CSV_PATH, ResourcesMobilizedDefinition.JSON_PATH)) {
			assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
			assertThat(get(path, bearer("PARTNER")).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void refusesUnknownCodesAndInvertedPeriodsNamingTheArgument() throws Exception {
		badRequest(answer(anonymous(), null, Map.of("from", "2026-12-01", "to", "2026-01-01")), "period.to");
		badRequest(answer(anonymous(), Map.of("countries", List.of("XXX")), null), "filter.countries");
		badRequest(answer(anonymous(), Map.of("thematicAreas", List.of("NOPE")), null), "filter.thematicAreas");

		for (String[] bad : new String[][] { { "?from=2026-12-01&to=2026-01-01", "to" }, { "?from=2026-02-30", "from" },
				{ "?to=yesterday", "to" }, { "?country=XXX", "country" }, { "?region=MARS", "region" },
				{ "?partnerKind=ROBOT", "partnerKind" }, { "?thematicArea=NOPE", "thematicArea" } }) {
			for (String path : List.of(ResourcesMobilizedDefinition.CSV_PATH,
					ResourcesMobilizedDefinition.JSON_PATH)) {
				HttpResponse<byte[]> response = get(path + bad[0], null);
				assertThat(response.statusCode()).as(path + bad[0]).isEqualTo(400);
				assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
				assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path + bad[0])
					.startsWith("Argument '" + bad[1] + "'");
			}
		}
	}

	// ----- Planting ------------------------------------------------------------------------------------------------

	private String request(String iso3, String objective, String kind, double amount, String unit, String area) {
		String id = this.fixture.request(iso3, objective, "Request " + kind + " " + unit, LocalDate.of(2027, 6, 30),
				kind, List.of(area));
		this.neo4jClient.query("MATCH (r:SupportRequest {id: $id}) SET r.amount = $amount, r.unit = $unit")
			.bindAll(Map.of("id", id, "amount", amount, "unit", unit))
			.run();
		return id;
	}

	/**
	 * A match at {@code status}, confirmed at {@code confirmedAt} (none: {@code null}); one that no longer holds
	 * anything loses {@code ActiveMatch} and its held amount, as the lifecycle does.
	 */
	private String match(String request, String partner, String status, double held, String confirmedAt) {
		String id = this.fixture.matchSuggestion(request, partner, null, "ACCEPTED", held);
		Map<String, Object> parameters = new HashMap<>(Map.of("id", id, "status", status, "held", held));
		parameters.put("confirmedAt", confirmedAt);
		this.neo4jClient.query("""
				MATCH (m:MatchSuggestion {id: $id})
				SET m.matchStatus = $status, m.heldAmount = $held, m.confirmedAt = datetime($confirmedAt)
				WITH m WHERE NOT $status IN ['AWAITING_CONSENT', 'CONFIRMED', 'IN_DELIVERY', 'DELIVERED', 'CANCELLED']
				SET m.heldAmount = 0.0
				REMOVE m:ActiveMatch
				""").bindAll(parameters).run();
		return id;
	}

	/** A delivery as {@code recordDelivery} writes it, received ({@code confirmReceipt}) or not. */
	private void delivery(String match, double amount, String unit, String deliveredOn, boolean received) {
		this.neo4jClient.query("""
				MATCH (m:MatchSuggestion {id: $match})
				CREATE (m)-[:HAS_DELIVERY]->(:Delivery {id: randomUUID(), amount: $amount, unit: $unit,
				        deliveredOn: date($deliveredOn), note: 'Delivered', recordedAt: datetime(), recordedBy: 'partner-user',
				        version: 0, receivedAt: CASE WHEN $received THEN datetime() END})
				SET m.deliveredAmount = coalesce(m.deliveredAmount, 0.0) + $amount
				""").bindAll(Map.of("match", match, "amount", amount, "unit", unit, "deliveredOn", deliveredOn,
						"received", received)).run();
	}

	// ----- Reading -------------------------------------------------------------------------------------------------

	private GraphQlTester.Response query(GraphQlTester tester, Map<String, Object> filter, Map<String, Object> period) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("period", period);
		return tester.document(QUERY).variables(variables).execute();
	}

	/** The report, or the response when it has errors. */
	private Object answer(GraphQlTester tester, Map<String, Object> filter, Map<String, Object> period) {
		GraphQlTester.Response response = query(tester, filter, period);
		if (!response.returnResponse().getErrors().isEmpty()) {
			return response;
		}
		return response.path("resourcesMobilized").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> report(GraphQlTester tester, Map<String, Object> filter, Map<String, Object> period) {
		Object report = answer(tester, filter, period);
		assertThat(report).as("a report, not errors").isInstanceOf(Map.class);
		return (Map<String, Object>) report;
	}

	private static void badRequest(Object response, String argument) {
		assertThat(response).as("refused").isInstanceOf(GraphQlTester.Response.class);
		((GraphQlTester.Response) response).errors()
			.expect((e) -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType()))
					&& argument.equals(e.getExtensions().get("argument")))
			.verify();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Map<String, Object> report, String breakdown) {
		return (List<Map<String, Object>>) report.get(breakdown);
	}

	/**
	 * The rows of a breakdown as text: code and name (and tripartite) where it has them, then unit, confirmed,
	 * delivered, confirmedMatches, deliveredMatches.
	 */
	private static List<String> lines(Map<String, Object> report, String breakdown) {
		return rows(report, breakdown).stream().map((row) -> {
			List<String> parts = new ArrayList<>();
			if (row.containsKey("code")) {
				parts.add((String) row.get("code"));
				parts.add((String) row.get("name"));
			}
			if (row.containsKey("tripartite")) {
				parts.add(String.valueOf(row.get("tripartite")));
			}
			parts.add((String) row.get("unit"));
			parts.add(plain(row.get("confirmed")));
			parts.add(plain(row.get("delivered")));
			parts.add(String.valueOf(row.get("confirmedMatches")));
			parts.add(String.valueOf(row.get("deliveredMatches")));
			return String.join(" ", parts);
		}).toList();
	}

	private static String plain(Object number) {
		return BigDecimal.valueOf(((Number) number).doubleValue()).stripTrailingZeros().toPlainString();
	}

	private static void share(Map<String, Object> row, Double confirmed, Double delivered) {
		for (Object[] share : new Object[][] { { "confirmedShare", confirmed }, { "deliveredShare", delivered } }) {
			Object value = row.get(share[0]);
			if (share[1] == null) {
				assertThat(value).as(row.get("unit") + " " + share[0]).isNull();
			}
			else {
				assertThat(((Number) value).doubleValue()).as(row.get("unit") + " " + share[0])
					.isCloseTo((Double) share[1], within(1e-12));
			}
		}
	}

	private static Double number(String field) {
		return field.isEmpty() ? null : Double.parseDouble(field);
	}

	private HttpResponse<byte[]> get(String path, String authorization) throws Exception {
		return Downloads.get(this.port, path, authorization);
	}


}
