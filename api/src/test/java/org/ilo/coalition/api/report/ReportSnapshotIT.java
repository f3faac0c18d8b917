package org.ilo.coalition.api.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.report.Downloads.bearer;

/**
 * Report snapshots: frozen exactly as the report's JSON URL served it, unchanged when the figures change afterwards,
 * listed newest first, refused twice under one label, and the secretariat's alone to make.
 */
class ReportSnapshotIT extends ApiIntegrationTest {

	private static final String FREEZE = """
			mutation($label: String!, $report: ReportName!, $parameters: [ReportParameterInput!]) {
			  freezeReport(input: {label: $label, report: $report, parameters: $parameters}) {
			    id label report parameters { name value } frozenAt frozenBy content csvUrl jsonUrl
			  }
			}""";

	private static final List<Map<String, String>> AFRICA_EMPLOYMENT = List.of(Map.of("name", "thematicArea", "value", "EMPLOYMENT"),
			Map.of("name", "region", "value", "AFRICA"));

	private GraphFixture fixture;

	@BeforeEach
	void figures() {
		this.fixture = new GraphFixture(this.neo4jClient);
		this.fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		this.fixture.observation("NGA", "8.5.2", 2023, 5.0, 2);
	}

	@Test
	@SuppressWarnings("unchecked")
	void keepsTheReportExactlyAsFrozenWhileTheFiguresChange() throws Exception {
		String path = "/reports/deficit-picture";
		String query = "?region=AFRICA&thematicArea=EMPLOYMENT";
		byte[] liveJsonThen = get(path + ".json" + query, bearer("SECRETARIAT")).body();
		byte[] liveCsvThen = get(path + ".csv" + query, bearer("SECRETARIAT")).body();

		Map<String, Object> snapshot = freeze(asSecretariat(), "GB.356 (March 2026)", "DEFICIT_PICTURE", AFRICA_EMPLOYMENT)
			.path("freezeReport").entity(Map.class).get();
		assertThat(snapshot).containsEntry("label", "GB.356 (March 2026)").containsEntry("report", "DEFICIT_PICTURE")
			.containsEntry("frozenBy", "secretariat-user");
		assertThat((List<Map<String, String>>) snapshot.get("parameters")).containsExactly(
				Map.of("name", "region", "value", "AFRICA"), Map.of("name", "thematicArea", "value", "EMPLOYMENT"));
		assertThat(snapshot.get("content")).isEqualTo(new String(liveJsonThen, StandardCharsets.UTF_8));

		// Nigeria's figure worsens: the live report moves, the snapshot does not.
		this.fixture.observation("NGA", "8.5.2", 2025, 9.0, 5);
		byte[] liveJsonNow = get(path + ".json" + query, bearer("SECRETARIAT")).body();
		assertThat(liveJsonNow).isNotEqualTo(liveJsonThen);

		String id = (String) snapshot.get("id");
		asCoordinator().document("query($id: ID!) { reportSnapshot(id: $id) { content label } }").variable("id", id)
			.execute().path("reportSnapshot.content").entity(String.class)
			.isEqualTo(new String(liveJsonThen, StandardCharsets.UTF_8));
		HttpResponse<byte[]> frozenJson = get((String) snapshot.get("jsonUrl"), bearer("COORDINATION_GROUP"));
		assertThat(frozenJson.statusCode()).isEqualTo(200);
		assertThat(frozenJson.body()).isEqualTo(liveJsonThen);
		HttpResponse<byte[]> frozenCsv = get((String) snapshot.get("csvUrl"), bearer("SECRETARIAT"));
		assertThat(frozenCsv.statusCode()).isEqualTo(200);
		assertThat(frozenCsv.body()).isEqualTo(liveCsvThen);
		assertThat(frozenCsv.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"deficit-picture-GB.356-March-2026.csv\"");
		assertThat(get(path + ".csv" + query, bearer("SECRETARIAT")).body()).isNotEqualTo(liveCsvThen);

		asSecretariat().document("{ auditEvents(first: 5) { edges { node { action targetType } } } }").execute()
			.path("auditEvents.edges[*].node.action").entityList(String.class).contains("REPORT_FROZEN");
	}

	@Test
	void everyReportReadsBackFromItsFrozenJsonToTheSameCsv() throws Exception {
		// Each report's JSON is read back into its own type for the CSV: a type that does not survive the round trip
		// (a missing constructor, a renamed field) shows here as a CSV that differs from the live one.
		String objective = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		String partner = this.fixture.partner("Alpha Institute", PartnerKind.NGO, "KEN");
		String served = this.fixture.request("KEN", objective, "Training, \"phase 2\"", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String match = this.fixture.matchSuggestion(served, partner, null, "ACCEPTED", 20.0);
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id}) SET m.confirmedAt = datetime()").bind(match).to("id").run();
		this.fixture.request("KEN", objective, "Funding nobody offers", LocalDate.now().plusMonths(3), "FUNDING",
				List.of("EMPLOYMENT"));
		Map<String, String> reports = new java.util.LinkedHashMap<>();
		reports.put("COVERAGE", "coverage?groupBy=REGION&groupBy=THEMATIC_AREA");
		reports.put("GAPS", "gaps?detail=requests");
		reports.put("RESOURCES_MOBILIZED", "resources-mobilized?from=2026-01-01");
		reports.put("REPORTING_DISCIPLINE", "reporting-discipline");
		reports.put("MOST_SEVERE_DEFICITS", "most-severe-deficits?first=5");
		reports.put("DATA_COVERAGE", "data-coverage");
		reports.put("DEFICIT_PICTURE", "deficit-picture?region=AFRICA");
		for (Map.Entry<String, String> report : reports.entrySet()) {
			String[] url = report.getValue().split("\\?");
			List<Map<String, String>> parameters = new java.util.ArrayList<>();
			if (url.length > 1) {
				for (String pair : url[1].split("&")) {
					String[] p = pair.split("=");
					parameters.add(Map.of("name", p[0], "value", p[1]));
				}
			}
			String query = url.length > 1 ? "?" + url[1] : "";
			byte[] liveCsv = get("/reports/" + url[0] + ".csv" + query, bearer("SECRETARIAT")).body();
			byte[] liveJson = get("/reports/" + url[0] + ".json" + query, bearer("SECRETARIAT")).body();
			assertThat(Downloads.parseCsv(new String(liveCsv, 3, liveCsv.length - 3, StandardCharsets.UTF_8)))
				.as(report.getKey() + " has lines beyond its header").hasSizeGreaterThan(1);
			Map<String, Object> frozen = freeze(asSecretariat(), "Round trip", report.getKey(), parameters)
				.path("freezeReport").entity(Map.class).get();
			assertThat(get((String) frozen.get("jsonUrl"), bearer("SECRETARIAT")).body()).as(report.getKey())
				.isEqualTo(liveJson);
			assertThat(new String(get((String) frozen.get("csvUrl"), bearer("SECRETARIAT")).body(), StandardCharsets.UTF_8))
				.as(report.getKey()).isEqualTo(new String(liveCsv, StandardCharsets.UTF_8));
		}
	}

	@Test
	void refusesTheSameReportTwiceUnderOneLabelAndListsNewestFirst() {
		freeze(asSecretariat(), "GB.356", "DEFICIT_PICTURE", AFRICA_EMPLOYMENT).path("freezeReport.id").hasValue();
		freeze(asSecretariat(), "GB.356", "DEFICIT_PICTURE", List.of(AFRICA_EMPLOYMENT.get(1), AFRICA_EMPLOYMENT.get(0)))
			.errors()
			.expect((e) -> "CONFLICT".equals(e.getErrorType().toString()) && "input.label".equals(e.getExtensions().get("argument")))
			.verify();
		freeze(asSecretariat(), "GB.356", "MOST_SEVERE_DEFICITS", List.of()).path("freezeReport.id").hasValue();
		freeze(asSecretariat(), "GB.357", "DEFICIT_PICTURE", AFRICA_EMPLOYMENT).path("freezeReport.id").hasValue();

		String page = """
				query($label: String, $report: ReportName, $first: Int, $after: String) {
				  reportSnapshots(label: $label, report: $report, first: $first, after: $after) {
				    totalCount pageInfo { hasNextPage endCursor } edges { node { label report content } }
				  }
				}""";
		GraphQlTester.Response first = asCoordinator().document(page).variable("first", 2).execute();
		first.path("reportSnapshots.totalCount").entity(Integer.class).isEqualTo(3)
			.path("reportSnapshots.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("reportSnapshots.edges[*].node.label").entityList(String.class).containsExactly("GB.357", "GB.356")
			.path("reportSnapshots.edges[*].node.report").entityList(String.class)
			.containsExactly("DEFICIT_PICTURE", "MOST_SEVERE_DEFICITS");
		first.path("reportSnapshots.edges[0].node.content").valueIsNull();
		String cursor = first.path("reportSnapshots.pageInfo.endCursor").entity(String.class).get();
		asCoordinator().document(page).variable("first", 2).variable("after", cursor).execute()
			.path("reportSnapshots.edges[*].node.report").entityList(String.class).containsExactly("DEFICIT_PICTURE")
			.path("reportSnapshots.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		asCoordinator().document(page).variable("label", "GB.356").variable("report", "DEFICIT_PICTURE").execute()
			.path("reportSnapshots.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void refusesBadInputAndAnyoneButTheSecretariatFreezing() throws Exception {
		freeze(asSecretariat(), "  ", "DEFICIT_PICTURE", List.of()).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString()) && "input.label".equals(e.getExtensions().get("argument")))
			.verify();
		freeze(asSecretariat(), "GB.356", "DEFICIT_PICTURE", List.of(Map.of("name", "regoin", "value", "AFRICA"))).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "input.parameters".equals(e.getExtensions().get("argument")) && e.getMessage().contains("regoin"))
			.verify();
		freeze(asCoordinator(), "GB.356", "DEFICIT_PICTURE", List.of()).errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
		freeze(anonymous(), "GB.356", "DEFICIT_PICTURE", List.of()).errors()
			.expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
		asSecretariat().document("{ reportSnapshots { totalCount } }").execute().path("reportSnapshots.totalCount")
			.entity(Integer.class).isEqualTo(0);

		String id = freeze(asSecretariat(), "GB.356", "DATA_COVERAGE", List.of()).path("freezeReport.jsonUrl")
			.entity(String.class).get();
		for (String url : List.of(id, id.replace(".json", ".csv"))) {
			assertThat(get(url, null).statusCode()).as(url).isEqualTo(401);
			assertThat(get(url, bearer("PARTNER")).statusCode()).as(url).isEqualTo(403);
			assertThat(get(url, bearer("MEMBER_STATE")).statusCode()).as(url).isEqualTo(403);
		}
		assertThat(get("/reports/snapshots/no-such-id.json", bearer("SECRETARIAT")).statusCode()).isEqualTo(404);
		asPartner("p-1").document("{ reportSnapshots { totalCount } }").execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString())).verify();
	}

	private static GraphQlTester.Response freeze(GraphQlTester tester, String label, String report,
			List<Map<String, String>> parameters) {
		return tester.document(FREEZE).variable("label", label).variable("report", report)
			.variable("parameters", parameters).execute();
	}

	private HttpResponse<byte[]> get(String path, String authorization) throws Exception {
		return Downloads.get(this.port, path, authorization);
	}

}
