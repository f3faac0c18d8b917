package org.ilo.coalition.api.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in ({@code -Dcoalition.reports.benchmark=true}): the reports on the generated BENCHMARK graph (10,000 partners,
 * 50,000 offers, 20,000 requests) with matches planted at every stage of the lifecycle, timed over HTTP with one
 * client: p50 and p95 of each. Figures: docs/benchmarks.md, "Issue 15: reports".
 */
@EnabledIfSystemProperty(named = "coalition.reports.benchmark", matches = "true")
class ReportsBenchmarkIT extends ApiIntegrationTest {

	/** The lifecycle's stages, in turn: a third of the requests get a match, one stage after the other. */
	private static final String[] STAGES = { "AWAITING_CONSENT", "CONFIRMED", "IN_DELIVERY", "DELIVERED", "CANCELLED",
			"DECLINED", "EXPIRED", "RETRACTED" };

	private static final List<String> HOLDING = List.of("AWAITING_CONSENT", "CONFIRMED", "IN_DELIVERY", "DELIVERED",
			"CANCELLED");

	private static final String COVERAGE = """
			{ coverageReport(groupBy: [REGION, THEMATIC_AREA]) {
			    rows { keys { code } requests matched confirmed delivered severityWeightedCoverage
			           amounts { unit requested matched confirmed delivered matchedShare confirmedShare deliveredShare } }
			    total { requests matched confirmed delivered severityWeightedCoverage } } }""";

	@Autowired
	DemoDataGenerator generator;

	@Test
	void timesTheReportsOnTheBenchmarkGraphWithMatchesAtEveryStage() throws Exception {
		long started = System.nanoTime();
		this.generator.generate(DemoDataSize.BENCHMARK, 42L);
		System.out.printf("Reports benchmark: BENCHMARK graph generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		Map<String, Long> stages = plantMatches();
		System.out.printf("Reports benchmark: matches planted in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, stages);

		Map<String, Object> total = answer(COVERAGE);
		assertThat(String.valueOf(total)).contains("confirmed");
		time("coverage GraphQL, REGION x THEMATIC_AREA", 10, 100, () -> post(COVERAGE));
		time("coverage CSV, REGION x THEMATIC_AREA", 10, 100,
				() -> get("/reports/coverage.csv?groupBy=REGION&groupBy=THEMATIC_AREA"));
		time("coverage CSV, COUNTRY", 5, 50, () -> get("/reports/coverage.csv?groupBy=COUNTRY"));
		for (String extra : System.getProperty("coalition.reports.benchmark.urls", "").split(",")) {
			if (!extra.isBlank()) {
				time(extra, 5, 50, () -> get(extra.strip()));
			}
		}
	}

	/** Pairs a third of the requests with an offer of their kind and unit and gives each match a stage in turn. */
	private Map<String, Long> plantMatches() {
		Map<String, List<String[]>> offers = new HashMap<>();
		this.neo4jClient.query("""
				MATCH (p:Partner)-[:OFFERS]->(o:Offer) RETURN o.id AS offer, p.id AS partner, o.kind + '/' + o.unit AS key
				""").fetch().all().forEach((row) -> offers.computeIfAbsent((String) row.get("key"), (k) -> new ArrayList<>())
			.add(new String[] { (String) row.get("offer"), (String) row.get("partner") }));
		List<Map<String, Object>> requests = new ArrayList<>(this.neo4jClient.query("""
				MATCH (r:SupportRequest) WHERE r.status <> 'WITHDRAWN'
				RETURN r.id AS request, r.kind + '/' + r.unit AS key, r.amount AS amount, r.unit AS unit ORDER BY r.id
				""").fetch().all());
		Random random = new Random(7);
		List<Map<String, Object>> rows = new ArrayList<>();
		int n = 0;
		for (int i = 0; i < requests.size(); i += 3) {
			Map<String, Object> request = requests.get(i);
			List<String[]> candidates = offers.get(request.get("key"));
			if (candidates == null) {
				continue;
			}
			String[] offer = candidates.get(random.nextInt(candidates.size()));
			String stage = STAGES[n++ % STAGES.length];
			double held = ((Number) request.get("amount")).doubleValue() * (0.3 + 0.7 * random.nextDouble());
			double delivered = switch (stage) {
				case "IN_DELIVERY" -> held / 2;
				case "DELIVERED" -> held;
				case "CANCELLED" -> held / 4;
				default -> 0.0;
			};
			Map<String, Object> row = new HashMap<>();
			row.put("id", "bench-match-" + i);
			row.put("request", request.get("request"));
			row.put("offer", offer[0]);
			row.put("partner", offer[1]);
			row.put("stage", stage);
			row.put("holds", HOLDING.contains(stage));
			row.put("confirmed", !Arrays.asList("AWAITING_CONSENT", "DECLINED", "EXPIRED", "RETRACTED").contains(stage));
			row.put("held", held);
			row.put("delivered", delivered);
			row.put("unit", request.get("unit"));
			row.put("daysAgo", random.nextInt(300));
			rows.add(row);
		}
		for (int from = 0; from < rows.size(); from += 2_000) {
			this.neo4jClient.query("""
					UNWIND $rows AS row
					MATCH (r:SupportRequest {id: row.request}), (p:Partner {id: row.partner}), (o:Offer {id: row.offer})
					CREATE (m:MatchSuggestion {id: row.id, status: 'ACCEPTED', amount: row.held, unit: row.unit,
					        matchStatus: row.stage, createdAt: datetime() - duration({days: row.daysAgo + 20}),
					        decidedAt: datetime() - duration({days: row.daysAgo + 10}), version: 0,
					        confirmedAt: CASE WHEN row.confirmed THEN datetime() - duration({days: row.daysAgo}) END,
					        heldAmount: CASE WHEN row.holds THEN row.held END, deliveredAmount: row.delivered})
					CREATE (m)-[:FOR_REQUEST]->(r), (m)-[:FROM_PARTNER]->(p), (m)-[:FROM_OFFER]->(o)
					FOREACH (x IN CASE WHEN row.holds THEN [1] ELSE [] END | SET m:ActiveMatch)
					FOREACH (x IN CASE WHEN row.delivered > 0 THEN [1] ELSE [] END |
					  CREATE (m)-[:HAS_DELIVERY]->(:Delivery {id: row.id + '-d', amount: row.delivered, unit: row.unit,
					          deliveredOn: date() - duration({days: row.daysAgo / 2}),
					          recordedAt: datetime() - duration({days: row.daysAgo / 2}), recordedBy: 'bench', version: 0}))
					""").bind(rows.subList(from, Math.min(rows.size(), from + 2_000))).to("rows").run();
		}
		Map<String, Long> stages = new java.util.TreeMap<>();
		rows.forEach((row) -> stages.merge((String) row.get("stage"), 1L, Long::sum));
		return stages;
	}

	private void time(String label, int warmUp, int measured, Call call) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			call.run();
		}
		long[] nanos = new long[measured];
		long bytes = 0;
		for (int i = 0; i < measured; i++) {
			long t = System.nanoTime();
			bytes = call.run();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		System.out.printf("Reports benchmark %s: p50 %.0f ms, p95 %.0f ms, max %.0f ms over %d, %d bytes%n", label,
				nanos[measured / 2] / 1e6, nanos[(int) Math.ceil(measured * 0.95) - 1] / 1e6, nanos[measured - 1] / 1e6,
				measured, bytes);
	}

	@FunctionalInterface
	private interface Call {

		long run() throws Exception;

	}

	private long post(String document) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Authorization", Downloads.bearer("SECRETARIAT")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quote(document) + "}")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("\"errors\"");
		return response.body().length;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> answer(String document) throws Exception {
		return asSecretariat().document(document).execute().path("coverageReport.total").entity(Map.class).get();
	}

	private long get(String path) throws Exception {
		HttpResponse<byte[]> response = Downloads.get(this.port, path, Downloads.bearer("SECRETARIAT"));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body().length;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
