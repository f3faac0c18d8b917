package org.ilo.coalition.api.report;

import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deficit picture on planted figures, counted by hand: in Africa and EMPLOYMENT, Kenya's worst latest severity
 * is 4 (8.3.1 of 2024, not the older 1 of 2019, and above its 8.5.2 of 2), Nigeria's is 2; every other African member
 * State has no data. Public.
 */
class DeficitPictureIT extends ApiIntegrationTest {

	@Test
	void countsMemberStatesPerSeverityBandByRegionAndArea() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		fixture.observation("KEN", "8.3.1", 2019, 10.0, 1);
		fixture.observation("KEN", "8.5.2", 2023, 5.0, 2);
		fixture.observation("NGA", "8.5.2", 2023, 5.0, 2);
		fixture.observation("BRA", "8.3.1", 2024, 90.0, 5);
		long african = this.neo4jClient
			.query("MATCH (:Region {code: 'AFRICA'})<-[:IN_REGION]-(c:Country {memberState: true}) RETURN count(c)")
			.fetchAs(Long.class).one().orElseThrow();

		List<Map<String, Object>> bands = anonymous().document("""
				{ deficitPicture(region: AFRICA, thematicArea: "EMPLOYMENT") {
				    region { code } thematicArea { code } severity memberStates } }""").execute()
			.path("deficitPicture").entityList(Map.class).get().stream().map((b) -> (Map<String, Object>) b).toList();

		assertThat(bands).extracting((b) -> b.get("severity"), (b) -> b.get("memberStates"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, (int) african - 2),
					org.assertj.core.groups.Tuple.tuple(2, 1), org.assertj.core.groups.Tuple.tuple(4, 1));
		assertThat(bands).allSatisfy((b) -> {
			assertThat(((Map<?, ?>) b.get("region")).get("code")).isEqualTo("AFRICA");
			assertThat(((Map<?, ?>) b.get("thematicArea")).get("code")).isEqualTo("EMPLOYMENT");
		});
		anonymous().document("{ deficitPicture(region: AMERICAS, thematicArea: \"EMPLOYMENT\") { severity memberStates } }")
			.execute().path("deficitPicture[?(@.severity == 5)].memberStates").entityList(Integer.class)
			.containsExactly(1);
		anonymous().document("{ deficitPicture(thematicArea: \"NOPE\") { severity } }").execute().errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "thematicArea".equals(e.getExtensions().get("argument")))
			.verify();
	}

}
