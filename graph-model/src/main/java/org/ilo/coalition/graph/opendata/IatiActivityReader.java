package org.ilo.coalition.graph.opendata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the matches the IATI export publishes (confirmed or later), in pages ordered by the match's id (keyset: the
 * next page starts after the last id of the previous one), each page with one statement and its own read
 * transaction, so that an export of any size holds one page at a time.
 */
@Repository
public class IatiActivityReader {

	/** The match states published: those whose parties both committed. */
	public static final List<String> PUBLISHED = List.of("CONFIRMED", "IN_DELIVERY", "DELIVERED", "CANCELLED");

	// Sorted in Java (ids, areas, deliveries, results, values): ordering beside map projections has tripped Neo4j 5.26's
	// planner before (DeliveryStore). Only public properties are projected: no answers, reasons, notes, recordedBy/endedBy (user names).
	private static final String PAGE = """
			MATCH (m:MatchSuggestion)
			WHERE m.id > $after AND m.matchStatus IN $statuses
			WITH m ORDER BY m.id LIMIT $size
			MATCH (m)-[:FOR_REQUEST]->(q:SupportRequest)-[:FOR_COUNTRY]->(c:Country), (m)-[:FROM_PARTNER]->(p:Partner)
			OPTIONAL MATCH (m)-[:FROM_OFFER]->(o:Offer)
			WITH m, q, c, p, o,
			     COLLECT { MATCH (q)-[:IN_AREA]->(a:ThematicArea) RETURN [a.code, a.name] } AS requestAreas,
			     COLLECT { MATCH (o)-[:IN_AREA]->(a:ThematicArea) RETURN [a.code, a.name] } AS offerAreas
			RETURN m.id AS id, m.matchStatus AS matchStatus, q.kind AS kind, m.amount AS amount,
			       coalesce(m.unit, q.unit) AS unit, coalesce(m.deliveredAmount, 0.0) AS deliveredAmount,
			       q.title AS requestTitle, q.language AS requestLanguage, o.title AS offerTitle,
			       p.name AS partnerName, p.kind AS partnerKind, c.iso2 AS iso2, c.name AS countryName,
			       CASE WHEN size(requestAreas) > 0 THEN requestAreas ELSE offerAreas END AS areas,
			       o.availableFrom AS availableFrom, o.availableUntil AS availableUntil, q.deadline AS deadline,
			       m.decidedAt AS acceptedAt, m.confirmedAt AS confirmedAt, m.endedAt AS endedAt,
			       COLLECT { MATCH (m)-[:HAS_DELIVERY]->(d:Delivery)
			                 RETURN {amount: d.amount, deliveredOn: d.deliveredOn} } AS deliveries,
			       COLLECT { MATCH (r:MatchResult)-[:FOR_MATCH]->(m), (r)-[:OF_INDICATOR]->(i:Indicator)
			                 RETURN {indicator: i.code, name: i.name, unit: i.unit, baseline: r.baseline,
			                         baselineYear: r.baselineYear, target: r.target, targetYear: r.targetYear,
			                         values: COLLECT { MATCH (r)-[:HAS_VALUE]->(v:ResultValue)
			                                           RETURN {value: v.value, `on`: v.`on`} }} } AS results
			""";

	private final Neo4jClient client;

	public IatiActivityReader(Neo4jClient client) {
		this.client = client;
	}

	/** Up to {@code size} published matches whose id sorts after {@code afterId} ("" for the first page), by id. */
	@Transactional(readOnly = true)
	public List<IatiActivityRow> page(String afterId, int size) {
		return List.copyOf(this.client.query(PAGE)
			.bindAll(Map.of("after", afterId, "statuses", PUBLISHED, "size", (long) size))
			.fetchAs(IatiActivityRow.class).mappedBy((types, record) -> toRow(record)).all().stream()
			.sorted(Comparator.comparing(IatiActivityRow::id)).toList());
	}

	private static IatiActivityRow toRow(org.neo4j.driver.Record r) {
		List<List<String>> areas = r.get("areas").asList((a) -> List.of(a.get(0).asString(),
				a.get(1).isNull() ? a.get(0).asString() : a.get(1).asString()));
		areas = areas.stream().sorted(Comparator.comparing((List<String> a) -> a.get(0))).toList();
		List<String> codes = areas.stream().map((a) -> a.get(0)).toList();
		List<String> names = areas.stream().map((a) -> a.get(1)).toList();
		List<IatiActivityRow.Delivery> deliveries = r.get("deliveries")
			.asList((d) -> new IatiActivityRow.Delivery(d.get("amount").asDouble(0), Records.date(d.get("deliveredOn"))))
			.stream().sorted(Comparator.comparing(IatiActivityRow.Delivery::deliveredOn)).toList();
		List<IatiActivityRow.Result> results = r.get("results").asList(IatiActivityReader::toResult).stream()
			.sorted(Comparator.comparing(IatiActivityRow.Result::indicator)).toList();
		return new IatiActivityRow(r.get("id").asString(), r.get("matchStatus").asString(), Records.string(r.get("kind")),
				r.get("amount").asDouble(0), Records.string(r.get("unit")), r.get("deliveredAmount").asDouble(0),
				Records.string(r.get("requestTitle")), Records.string(r.get("requestLanguage")),
				Records.string(r.get("offerTitle")), Records.string(r.get("partnerName")),
				Records.string(r.get("partnerKind")), Records.string(r.get("iso2")), Records.string(r.get("countryName")),
				codes, names, Records.date(r.get("availableFrom")), Records.date(r.get("availableUntil")),
				Records.date(r.get("deadline")), Records.dateTime(r.get("acceptedAt")),
				Records.dateTime(r.get("confirmedAt")), Records.dateTime(r.get("endedAt")), deliveries, results);
	}

	private static IatiActivityRow.Result toResult(Value v) {
		List<IatiActivityRow.Value> values = v.get("values")
			.asList((x) -> new IatiActivityRow.Value(x.get("value").asDouble(0), Records.date(x.get("on"))));
		values = values.stream().sorted(Comparator.comparing(IatiActivityRow.Value::on)).toList();
		return new IatiActivityRow.Result(v.get("indicator").asString(), Records.string(v.get("name")),
				Records.string(v.get("unit")), v.get("baseline").isNull() ? null : v.get("baseline").asDouble(),
				v.get("baselineYear").isNull() ? null : v.get("baselineYear").asInt(), v.get("target").asDouble(0),
				v.get("targetYear").asInt(0), values);
	}

}
