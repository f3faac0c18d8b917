package org.ilo.coalition.api.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.report.Downloads.bearer;

/**
 * The public reports of the deficit picture as GraphQL, CSV and JSON, on figures planted by hand, and what every
 * report URL refuses. Latest figures with a severity: BRA 8.3.1 5 (2024); KEN 8.3.1 4 (2024, not the older 1 of
 * 2019); KEN 8.5.2 2 (2023); NGA 8.5.2 2 (2023). No other figure exists in the test graph.
 */
class ReportDownloadsIT extends ApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void figures() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		fixture.observation("KEN", "8.3.1", 2019, 10.0, 1);
		fixture.observation("KEN", "8.5.2", 2023, 5.0, 2);
		fixture.observation("NGA", "8.5.2", 2023, 6.5, 2);
		fixture.observation("BRA", "8.3.1", 2024, 90.0, 5);
	}

	@Test
	void listsTheMostSevereDeficitsWorstFirstFromTheLatestFigures() {
		anonymous().document("""
				{ mostSevereDeficits(first: 3) { country { iso3 } region { code } indicator { code } year value severity } }""")
			.execute()
			.path("mostSevereDeficits[*].country.iso3").entityList(String.class).containsExactly("BRA", "KEN", "KEN")
			.path("mostSevereDeficits[*].indicator.code").entityList(String.class).containsExactly("8.3.1", "8.3.1", "8.5.2")
			.path("mostSevereDeficits[*].severity").entityList(Integer.class).containsExactly(5, 4, 2)
			.path("mostSevereDeficits[*].year").entityList(Integer.class).containsExactly(2024, 2024, 2023)
			.path("mostSevereDeficits[*].region.code").entityList(String.class).containsExactly("AMERICAS", "AFRICA", "AFRICA");
		anonymous().document("{ mostSevereDeficits(region: AFRICA) { country { iso3 } indicator { code } value } }")
			.execute()
			.path("mostSevereDeficits[*].country.iso3").entityList(String.class).containsExactly("KEN", "KEN", "NGA")
			.path("mostSevereDeficits[*].value").entityList(Double.class).containsExactly(80.0, 5.0, 6.5);
		anonymous().document("{ mostSevereDeficits(first: 0) { severity } }").execute().errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString()) && "first".equals(e.getExtensions().get("argument")))
			.verify();
	}

	@Test
	@SuppressWarnings("unchecked")
	void servesTheMostSevereDeficitsAsCsvAndJsonWithTheFiguresOfTheField() throws Exception {
		List<Map<String, Object>> field = anonymous().document("""
				{ mostSevereDeficits(region: AFRICA, first: 10) {
				    country { iso3 name } region { code name } indicator { code name } series year value severity source } }""")
			.execute().path("mostSevereDeficits").entityList(Map.class).get().stream()
			.map((m) -> (Map<String, Object>) m).toList();
		assertThat(field).hasSize(3);

		List<List<String>> csv = Downloads.csv(get("/reports/most-severe-deficits.csv?region=AFRICA&first=10", null));
		assertThat(csv.get(0)).containsExactly("country", "country_name", "region", "region_name", "indicator",
				"indicator_name", "series", "year", "value", "severity", "source");
		assertThat(csv).hasSize(1 + field.size());
		for (int i = 0; i < field.size(); i++) {
			Map<String, Object> row = field.get(i);
			List<String> line = csv.get(i + 1);
			assertThat(line.get(0)).isEqualTo(((Map<?, ?>) row.get("country")).get("iso3"));
			assertThat(line.get(1)).isEqualTo(((Map<?, ?>) row.get("country")).get("name"));
			assertThat(line.get(3)).isEqualTo(((Map<?, ?>) row.get("region")).get("name"));
			assertThat(line.get(4)).isEqualTo(((Map<?, ?>) row.get("indicator")).get("code"));
			assertThat(line.get(5)).isEqualTo(((Map<?, ?>) row.get("indicator")).get("name"));
			assertThat(Integer.parseInt(line.get(7))).isEqualTo(row.get("year"));
			assertThat(Double.parseDouble(line.get(8))).isEqualTo(((Number) row.get("value")).doubleValue());
			assertThat(Integer.parseInt(line.get(9))).isEqualTo(row.get("severity"));
		}

		HttpResponse<byte[]> json = get("/reports/most-severe-deficits.json?region=AFRICA&first=10", null);
		assertThat(json.statusCode()).isEqualTo(200);
		Map<String, Object> report = JSON.readValue(json.body(), Map.class);
		assertThat(report).containsEntry("region", "AFRICA").containsEntry("first", 10);
		List<Map<String, Object>> deficits = (List<Map<String, Object>>) report.get("deficits");
		assertThat(deficits).extracting((d) -> (Object) ((Map<?, ?>) d.get("country")).get("code"))
			.containsExactly("KEN", "KEN", "NGA");
		assertThat(deficits).extracting((d) -> d.get("severity")).containsExactly((Object) 4, 2, 2);
	}

	@Test
	@SuppressWarnings("unchecked")
	void servesTheSeverityBandsAndTheDataCoverageAsCsvThatParseBackToTheFields() throws Exception {
		List<Map<String, Object>> bands = anonymous().document("""
				{ deficitPicture(region: AFRICA, thematicArea: "EMPLOYMENT") { region { code } thematicArea { code } severity memberStates } }""")
			.execute().path("deficitPicture").entityList(Map.class).get().stream().map((m) -> (Map<String, Object>) m).toList();
		List<List<String>> csv = Downloads.csv(get("/reports/deficit-picture.csv?region=AFRICA&thematicArea=EMPLOYMENT", null));
		assertThat(csv.get(0)).containsExactly("region", "region_name", "thematic_area", "thematic_area_name", "severity",
				"member_states");
		assertThat(csv.subList(1, csv.size())).extracting((l) -> l.get(4), (l) -> Integer.parseInt(l.get(5)))
			.containsExactlyElementsOf(bands.stream().map((b) -> org.assertj.core.groups.Tuple.tuple(
					b.get("severity") == null ? "" : b.get("severity").toString(), b.get("memberStates"))).toList());
		assertThat(csv.get(1).get(1)).isEqualTo("Africa");

		Map<String, Object> coverage = anonymous().document("""
				{ indicators { code coverage { memberStatesWithData memberStatesWithoutData firstYear lastYear observations } } }""")
			.execute().path("indicators[?(@.code == '8.3.1')].coverage").entityList(Map.class).get().get(0);
		assertThat(coverage).containsEntry("memberStatesWithData", 2).containsEntry("firstYear", 2019)
			.containsEntry("lastYear", 2024).containsEntry("observations", 3);
		List<List<String>> lines = Downloads.csv(get("/reports/data-coverage.csv", null));
		List<String> header = lines.get(0);
		List<String> line = lines.stream().filter((l) -> l.get(0).equals("8.3.1")).findFirst().orElseThrow();
		assertThat(line.get(header.indexOf("member_states_with_data"))).isEqualTo("2");
		assertThat(line.get(header.indexOf("member_states_without_data")))
			.isEqualTo(coverage.get("memberStatesWithoutData").toString());
		assertThat(line.get(header.indexOf("first_year"))).isEqualTo("2019");
		assertThat(line.get(header.indexOf("last_year"))).isEqualTo("2024");
		assertThat(line.get(header.indexOf("observations"))).isEqualTo("3");
	}

	@Test
	void refusesUnknownParametersAndReportsAndKeepsRestrictedReportsFromThePublic() throws Exception {
		for (String[] bad : new String[][] { { "/reports/deficit-picture.csv?regoin=AFRICA", "regoin" },
				{ "/reports/deficit-picture.json?region=MARS", "region" },
				{ "/reports/deficit-picture.csv?thematicArea=NOPE", "thematicArea" },
				{ "/reports/most-severe-deficits.csv?first=0", "first" },
				{ "/reports/most-severe-deficits.csv?first=many", "first" },
				{ "/reports/deficit-picture.csv?region=AFRICA&region=AMERICAS", "region" } }) {
			HttpResponse<byte[]> response = get(bad[0], null);
			assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(bad[0])
				.startsWith("Argument '" + bad[1] + "'");
		}
		assertThat(get("/reports/no-such-report.csv", bearer("SECRETARIAT")).statusCode()).isEqualTo(404);
		for (String path : List.of("/reports/reporting-discipline.csv", "/reports/reporting-discipline.json")) {
			assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
			assertThat(get(path, bearer("PARTNER")).statusCode()).as(path).isEqualTo(403);
			assertThat(get(path, bearer("MEMBER_STATE")).statusCode()).as(path).isEqualTo(403);
			assertThat(get(path, bearer("COORDINATION_GROUP")).statusCode()).as(path).isEqualTo(200);
		}
		for (String path : List.of("/reports/deficit-picture.csv", "/reports/most-severe-deficits.json",
				"/reports/data-coverage.csv")) {
			assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
		}
	}

	private HttpResponse<byte[]> get(String path, String authorization) throws Exception {
		return Downloads.get(this.port, path, authorization);
	}

}
