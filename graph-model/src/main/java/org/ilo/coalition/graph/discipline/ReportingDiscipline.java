package org.ilo.coalition.graph.discipline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting discipline (issue 15): for every confirmed match (confirmed, in delivery or delivered), whether its partner
 * and member State report progress on time. The rule (docs/reports.md): the last report is the latest of the
 * confirmation, the deliveries recorded, and the results and result values recorded; AMBER when it is older than the
 * amber period (default 90 days), RED when older than the red period (default 180 days), GREEN otherwise.
 */
@Component
public class ReportingDiscipline {

	// The lights of all matches in scope (the filters other than the light) and one page of those with the light
	// asked for, most overdue first.
	private static final String PAGE = """
			CALL () {
			  MATCH (m:ActiveMatch)-[:FOR_REQUEST]->(:SupportRequest)-[:FOR_COUNTRY]->(c:Country), (m)-[:FROM_PARTNER]->(p:Partner)
			  WHERE m.matchStatus IN ['CONFIRMED', 'IN_DELIVERY', 'DELIVERED'] AND $$scope
			  WITH m, c, p, reduce(last = coalesce(m.confirmedAt, m.decidedAt), t IN
			         COLLECT { MATCH (m)-[:HAS_DELIVERY]->(d:Delivery) RETURN d.recordedAt }
			         + COLLECT { MATCH (m)<-[:FOR_MATCH]-(r:MatchResult) RETURN coalesce(r.updatedAt, r.recordedAt) }
			         + COLLECT { MATCH (m)<-[:FOR_MATCH]-(:MatchResult)-[:HAS_VALUE]->(v:ResultValue) RETURN v.recordedAt }
			         | CASE WHEN t IS NOT NULL AND (last IS NULL OR t > last) THEN t ELSE last END) AS last
			  WITH m, c, p, last, CASE WHEN last <= datetime($red) THEN 'RED' WHEN last <= datetime($amber) THEN 'AMBER'
			                     ELSE 'GREEN' END AS light
			  ORDER BY last, m.id
			  RETURN collect({id: m.id, light: light, last: last, country: c.iso3, partner: p.id, partnerName: p.name}) AS all
			}
			RETURN size([x IN all WHERE x.light = 'GREEN']) AS green, size([x IN all WHERE x.light = 'AMBER']) AS amber,
			       size([x IN all WHERE x.light = 'RED']) AS red,
			       [x IN all WHERE $light IS NULL OR x.light = $light] AS matching
			""";

	private final Neo4jClient client;

	private final Clock clock;

	private final Duration amberAfter;

	private final Duration redAfter;

	public ReportingDiscipline(Neo4jClient client, Clock clock,
			@Value("${coalition.reports.amber-after:P90D}") Duration amberAfter,
			@Value("${coalition.reports.red-after:P180D}") Duration redAfter) {
		this.client = client;
		this.clock = clock;
		this.amberAfter = amberAfter;
		this.redAfter = redAfter;
	}

	private static boolean isAfter(ReportingStatus status, String afterLast, String afterId) {
		if (afterId == null) {
			return true;
		}
		Instant last = status.lastReportedAt() == null ? Instant.MIN : status.lastReportedAt().toInstant();
		int order = last.compareTo(Instant.parse(afterLast));
		return order > 0 || (order == 0 && status.matchId().compareTo(afterId) > 0);
	}

	/** How many matches in scope have each light, and a page of those with {@code light} (all when {@code null}). */
	public record Report(Map<ReportingLight, Long> counts, ResultPage<ReportingStatus> page) {
	}

	/**
	 * The matches of the scope ({@code countryIso3} and {@code partnerId} filter when given), most overdue first (last
	 * report, then id), {@code first} of them after the one at ({@code afterLast}, {@code afterId}), both {@code null}
	 * for the first page.
	 */
	@Transactional(readOnly = true)
	public Report report(ReportingLight light, String countryIso3, String partnerId, int first, String afterLast,
			String afterId) {
		Instant now = this.clock.instant();
		Where scope = new Where().and("country", countryIso3, "c.iso3 = $country").and("partner", partnerId,
				"p.id = $partner");
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("amber", now.minus(this.amberAfter).toString());
		parameters.put("red", now.minus(this.redAfter).toString());
		parameters.put("light", light == null ? null : light.name());
		return this.client.query(PAGE.replace("$$scope", scope.conditions())).bindAll(parameters).fetchAs(Report.class)
			.mappedBy((types, row) -> {
				Map<ReportingLight, Long> counts = Map.of(ReportingLight.GREEN, row.get("green").asLong(),
						ReportingLight.AMBER, row.get("amber").asLong(), ReportingLight.RED, row.get("red").asLong());
				List<ReportingStatus> all = row.get("matching").asList((x) -> {
					var last = Records.dateTime(x.get("last"));
					return new ReportingStatus(x.get("id").asString(), ReportingLight.valueOf(x.get("light").asString()),
							last, last == null ? 0 : Duration.between(last.toInstant(), now).toDays(),
							x.get("country").asString(), x.get("partner").asString(), x.get("partnerName").asString());
				});
				// The scope's lights are computed for the counts anyway; the page is cut from them in their order.
				List<ReportingStatus> page = all.stream().filter((status) -> isAfter(status, afterLast, afterId))
					.limit(first + 1L).toList();
				return new Report(counts, ResultPage.ofLookahead(page, first, all.size()));
			})
			.one().orElseThrow();
	}

}
