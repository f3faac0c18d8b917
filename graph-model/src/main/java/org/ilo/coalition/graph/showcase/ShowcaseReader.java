package org.ilo.coalition.graph.showcase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public showcase of partnerships (paper §24): matches both parties confirmed, in delivery or delivered, newest
 * confirmation first, with public fields only (docs/open-data.md, "Showcase").
 */
@Component
public class ShowcaseReader {

	/** The ordering name that showcase cursors carry. */
	public static final String ORDERING = "showcase";

	/** The match states the showcase shows. */
	public static final List<String> SHOWN = List.of("CONFIRMED", "IN_DELIVERY", "DELIVERED");

	private static final String MATCH = """
			MATCH (m:ActiveMatch)-[:FOR_REQUEST]->(q:SupportRequest)-[:FOR_COUNTRY]->(c:Country),
			      (m)-[:FROM_PARTNER]->(p:Partner)
			WHERE m.matchStatus IN $shown AND m.confirmedAt IS NOT NULL
			""";

	private static final String PAGE = """
			CALL () {
			  $$match
			  RETURN count(m) AS total
			}
			CALL () {
			  $$match
			    AND ($afterAt IS NULL OR m.confirmedAt < datetime($afterAt)
			         OR (m.confirmedAt = datetime($afterAt) AND m.id > $afterId))
			  WITH m, q, c, p ORDER BY m.confirmedAt DESC, m.id LIMIT $limit
			  RETURN collect({id: m.id, status: m.matchStatus, partner: p.id, partnerName: p.name, country: c.iso3,
			                  countryName: c.name, request: q.id, title: q.title, kind: q.kind,
			                  areas: COLLECT { MATCH (q)-[:IN_AREA]->(a:ThematicArea) RETURN a.code ORDER BY a.code },
			                  amount: coalesce(m.heldAmount, m.amount, 0.0), unit: coalesce(m.unit, q.unit),
			                  delivered: coalesce(m.deliveredAmount, 0.0), confirmedAt: m.confirmedAt,
			                  deliveredAt: CASE WHEN m.matchStatus = 'DELIVERED' THEN m.endedAt END,
			                  updatedAt: COLLECT { MATCH (m)-[:HAS_DELIVERY]->(d:Delivery)
			                                       RETURN d.recordedAt ORDER BY d.recordedAt DESC LIMIT 1 }[0],
			                  results: COUNT { (m)<-[:FOR_MATCH]-(:MatchResult) }}) AS page
			}
			RETURN total, page
			""".replace("$$match", MATCH);

	private final Neo4jClient client;

	public ShowcaseReader(Neo4jClient client) {
		this.client = client;
	}

	/** The showcase after the entry at ({@code afterAt}, {@code afterId}), both {@code null} for the first page. */
	@Transactional(readOnly = true)
	public ResultPage<ShowcaseEntry> page(int first, String afterAt, String afterId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("shown", SHOWN);
		parameters.put("afterAt", afterAt);
		parameters.put("afterId", afterId);
		parameters.put("limit", first + 1);
		record Fetched(List<ShowcaseEntry> entries, long total) {
		}
		Fetched fetched = this.client.query(PAGE).bindAll(parameters).fetchAs(Fetched.class)
			.mappedBy((types, row) -> new Fetched(row.get("page").asList(ShowcaseReader::entry), row.get("total").asLong()))
			.one().orElseThrow();
		return ResultPage.ofLookahead(fetched.entries(), first, fetched.total());
	}

	private static ShowcaseEntry entry(Value v) {
		var confirmed = Records.dateTime(v.get("confirmedAt"));
		var delivered = Records.dateTime(v.get("deliveredAt"));
		var lastDelivery = Records.dateTime(v.get("updatedAt"));
		var updated = confirmed;
		for (var at : new java.time.OffsetDateTime[] { lastDelivery, delivered }) {
			if (at != null && (updated == null || at.isAfter(updated))) {
				updated = at;
			}
		}
		return new ShowcaseEntry(v.get("id").asString(), v.get("status").asString(), v.get("partner").asString(),
				v.get("partnerName").asString(), v.get("country").asString(), v.get("countryName").asString(),
				v.get("request").asString(), Records.string(v.get("title")), Records.string(v.get("kind")),
				Records.strings(v.get("areas")), v.get("amount").asDouble(), Records.string(v.get("unit")),
				v.get("delivered").asDouble(), confirmed, delivered, updated, v.get("results").asInt());
	}

}
