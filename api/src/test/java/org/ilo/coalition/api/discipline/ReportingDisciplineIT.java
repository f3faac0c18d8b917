package org.ilo.coalition.api.discipline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.report.Downloads;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * Reporting discipline on a planted graph, the lights computed by hand: confirmed 10 days ago (green), 100 days ago
 * (amber), 200 days ago (red), confirmed 200 days ago with a delivery recorded 5 days ago (green), and a match awaiting
 * consent that does not count. Time moves on the test's clock.
 */
class ReportingDisciplineIT extends ApiIntegrationTest {

	private static final String QUERY = """
			query($light: ReportingLight, $country: String, $first: Int, $after: String) {
			  reportingDiscipline(light: $light, country: $country, first: $first, after: $after) {
			    green amber red
			    matches { totalCount pageInfo { hasNextPage endCursor }
			              edges { node { light daysSinceReport lastReportedAt match { id matchStatus } } } }
			  }
			}""";

	String recent;

	String amber;

	String red;

	String delivering;

	@BeforeEach
	void matchesReportedAtDifferentTimes() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		String partner = fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		LocalDate deadline = LocalDate.now().plusMonths(3);
		String[] matches = new String[5];
		for (int i = 0; i < matches.length; i++) {
			String request = fixture.request("KEN", objective, "Request " + i, deadline, "TECHNICAL_ASSISTANCE",
					List.of("EMPLOYMENT"));
			matches[i] = fixture.matchSuggestion(request, partner, null, "ACCEPTED", 10.0);
		}
		this.recent = confirmedDaysAgo(matches[0], 10);
		this.amber = confirmedDaysAgo(matches[1], 100);
		this.red = confirmedDaysAgo(matches[2], 200);
		this.delivering = confirmedDaysAgo(matches[3], 200);
		this.neo4jClient.query("""
				MATCH (m:MatchSuggestion {id: $id})
				SET m.matchStatus = 'IN_DELIVERY'
				CREATE (m)-[:HAS_DELIVERY]->(:Delivery {id: randomUUID(), amount: 5.0, recordedAt: datetime($at)})
				""").bindAll(Map.of("id", this.delivering, "at", daysAgo(5).toString())).run();
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id}) SET m.matchStatus = 'AWAITING_CONSENT'")
			.bind(matches[4]).to("id").run();
	}

	@Test
	void givesEachConfirmedMatchItsLightMostOverdueFirst() {
		report(asSecretariat(), Map.of()).path("reportingDiscipline.green").entity(Integer.class).isEqualTo(2)
			.path("reportingDiscipline.amber").entity(Integer.class).isEqualTo(1)
			.path("reportingDiscipline.red").entity(Integer.class).isEqualTo(1)
			.path("reportingDiscipline.matches.totalCount").entity(Integer.class).isEqualTo(4)
			.path("reportingDiscipline.matches.edges[*].node.match.id").entityList(String.class)
			.containsExactly(id(this.red), id(this.amber), id(this.recent), id(this.delivering))
			.path("reportingDiscipline.matches.edges[*].node.light").entityList(String.class)
			.containsExactly("RED", "AMBER", "GREEN", "GREEN")
			.path("reportingDiscipline.matches.edges[*].node.daysSinceReport").entityList(Integer.class)
			.containsExactly(200, 100, 10, 5);

		report(asCoordinator(), Map.of("light", "RED")).path("reportingDiscipline.matches.edges[*].node.match.id")
			.entityList(String.class).containsExactly(id(this.red))
			.path("reportingDiscipline.green").entity(Integer.class).isEqualTo(2);
		String cursor = report(asCoordinator(), Map.of("first", 1)).path("reportingDiscipline.matches.pageInfo.endCursor")
			.entity(String.class).get();
		report(asCoordinator(), Map.of("first", 2, "after", cursor))
			.path("reportingDiscipline.matches.edges[*].node.match.id").entityList(String.class)
			.containsExactly(id(this.amber), id(this.recent));
		report(asCoordinator(), Map.of("country", "BRA")).path("reportingDiscipline.matches.totalCount")
			.entity(Integer.class).isEqualTo(0);
	}

	@Test
	void lightsChangeAsTimePassesWithoutReports() {
		// 81 days on: 10 → 91 days (amber), 100 → 181 (red), 200 → 281 (red), the delivery 5 → 86 (green).
		this.clock.advance(Duration.ofDays(81));

		report(asSecretariat(), Map.of()).path("reportingDiscipline.green").entity(Integer.class).isEqualTo(1)
			.path("reportingDiscipline.amber").entity(Integer.class).isEqualTo(1)
			.path("reportingDiscipline.red").entity(Integer.class).isEqualTo(2)
			.path("reportingDiscipline.matches.edges[*].node.match.id").entityList(String.class)
			.containsExactly(id(this.red), id(this.amber), id(this.recent), id(this.delivering));
	}

	@Test
	void onlyTheSecretariatAndTheCoordinationGroupReadItAndBadFiltersAreNamed() {
		report(anonymous(), Map.of()).errors().expect((e) -> "UNAUTHORIZED".equals(e.getErrorType().toString())).verify();
		report(asPartner("someone"), Map.of()).errors().expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString()))
			.verify();
		report(asMemberState("KEN"), Map.of()).errors().expect((e) -> "FORBIDDEN".equals(e.getErrorType().toString()))
			.verify();
		report(asSecretariat(), Map.of("country", "XXX")).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
					&& "country".equals(e.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void exportsEveryMatchOfTheScopeAsCsvAndJsonInTheFieldsOrder() throws Exception {
		List<List<String>> csv = Downloads.csv(org.ilo.coalition.api.report.Downloads
			.get(this.port, "/reports/reporting-discipline.csv", Downloads.bearer("SECRETARIAT")));
		assertThat(csv.get(0)).containsExactly("match", "light", "last_reported_at", "days_since_report", "country",
				"partner", "partner_name");
		assertThat(csv.subList(1, csv.size())).extracting((l) -> l.get(0), (l) -> l.get(1), (l) -> l.get(3), (l) -> l.get(4),
				(l) -> l.get(6))
			.containsExactly(tuple(id(this.red), "RED", "200", "KEN", "Alpha Institute"),
					tuple(id(this.amber), "AMBER", "100", "KEN", "Alpha Institute"),
					tuple(id(this.recent), "GREEN", "10", "KEN", "Alpha Institute"),
					tuple(id(this.delivering), "GREEN", "5", "KEN", "Alpha Institute"));
		assertThat(Instant.parse(csv.get(1).get(2))).isCloseTo(daysAgo(200),
				org.assertj.core.api.Assertions.within(10, java.time.temporal.ChronoUnit.SECONDS));

		var json = Downloads.get(this.port, "/reports/reporting-discipline.json?light=GREEN",
				Downloads.bearer("COORDINATION_GROUP"));
		assertThat(json.statusCode()).isEqualTo(200);
		@SuppressWarnings("unchecked")
		Map<String, Object> report = tools.jackson.databind.json.JsonMapper.builder().build().readValue(json.body(), Map.class);
		assertThat(report).containsEntry("light", "GREEN").containsEntry("green", 2).containsEntry("amber", 1)
			.containsEntry("red", 1);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> matches = (List<Map<String, Object>>) report.get("matches");
		assertThat(matches).extracting((m) -> m.get("match")).containsExactly(id(this.recent), id(this.delivering));
	}

	private String confirmedDaysAgo(String match, int days) {
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id}) SET m.confirmedAt = datetime($at)")
			.bindAll(Map.of("id", match, "at", daysAgo(days).toString())).run();
		return match;
	}

	private Instant daysAgo(int days) {
		return this.clock.instant().minus(Duration.ofDays(days)).minus(Duration.ofHours(1));
	}

	private static String id(String match) {
		return of("MatchSuggestion", match);
	}

	private static GraphQlTester.Response report(GraphQlTester tester, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.document(QUERY);
		variables.forEach(request::variable);
		return request.execute();
	}

}
