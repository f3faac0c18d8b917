package org.ilo.coalition.api.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
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
	void freezesACoverageReportWithItsGroupsAndServesItsCsv() throws Exception {
		List<Map<String, String>> parameters = List.of(Map.of("name", "groupBy", "value", "REGION"),
				Map.of("name", "groupBy", "value", "THEMATIC_AREA"));
		byte[] liveCsv = get("/reports/coverage.csv?groupBy=REGION&groupBy=THEMATIC_AREA", bearer("SECRETARIAT")).body();
		String csvUrl = freeze(asSecretariat(), "Q4 2026", "COVERAGE", parameters).path("freezeReport.csvUrl")
			.entity(String.class).get();
		assertThat(get(csvUrl, bearer("SECRETARIAT")).body()).isEqualTo(liveCsv);
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
