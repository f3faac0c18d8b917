package org.ilo.coalition.graph.delivery;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.delivery.MatchResultView.ResultValue;
import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the results of matches, each with its values, in one statement per list. */
@Repository
public class MatchResultStore {

	/** The states of a match whose results are public: confirmed, whatever became of it since. */
	public static final List<String> PUBLIC_STATES = MatchStates.CONFIRMED_OR_LATER.stream().map(Enum::name).sorted()
		.toList();

	private static final Comparator<MatchResultView> ORDER = Comparator.comparing(MatchResultView::indicatorCode)
		.thenComparing(MatchResultView::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(MatchResultView::id);

	private static final Comparator<ResultValue> VALUE_ORDER = Comparator.comparing(ResultValue::on)
		.thenComparing(ResultValue::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

	// Binds r, m, q, c, p and i; sorted in Java (ordering beside COLLECT subqueries has tripped Neo4j 5.26's planner).
	private static final String PROJECTION = """
			r {.*, match: m.id, request: q.id, country: c.iso3, partner: p.id, indicator: i.code,
			   values: COLLECT { MATCH (r)-[:HAS_VALUE]->(v:ResultValue) RETURN v {.*} }}""";

	private static final String PARTIES = """
			MATCH (m)-[:FOR_REQUEST]->(q:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			MATCH (m)-[:FROM_PARTNER]->(p:Partner), (r)-[:OF_INDICATOR]->(i:Indicator)
			""";

	private static final String BY_MATCHES = """
			MATCH (r:MatchResult)-[:FOR_MATCH]->(m:MatchSuggestion) WHERE m.id IN $ids
			""" + PARTIES + "RETURN " + PROJECTION + " AS row";

	private static final String BY_REQUESTS = """
			MATCH (q:SupportRequest)<-[:FOR_REQUEST]-(m:MatchSuggestion)<-[:FOR_MATCH]-(r:MatchResult)
			WHERE q.id IN $ids AND m.matchStatus IN $states
			""" + PARTIES + "RETURN " + PROJECTION + " AS row";

	private static final String BY_ID = """
			MATCH (r:MatchResult {id: $id})-[:FOR_MATCH]->(m:MatchSuggestion)
			""" + PARTIES + "RETURN " + PROJECTION + " AS row";

	private final Neo4jClient client;

	public MatchResultStore(Neo4jClient client) {
		this.client = client;
	}

	/** The results of each match, by indicator; every id given is a key. */
	@Transactional(readOnly = true)
	public Map<String, List<MatchResultView>> findByMatches(Collection<String> matchIds) {
		if (matchIds.isEmpty()) {
			return Map.of();
		}
		return Records.groupBy(matchIds, rows(BY_MATCHES, Map.of("ids", List.copyOf(matchIds))),
				MatchResultView::matchId);
	}

	/**
	 * The public results of each request: those of its matches that were confirmed (and may since be in delivery,
	 * delivered or cancelled); every id given is a key.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<MatchResultView>> findPublicByRequests(Collection<String> requestIds) {
		if (requestIds.isEmpty()) {
			return Map.of();
		}
		return Records.groupBy(requestIds,
				rows(BY_REQUESTS, Map.of("ids", List.copyOf(requestIds), "states", PUBLIC_STATES)),
				MatchResultView::requestId);
	}

	@Transactional(readOnly = true)
	public Optional<MatchResultView> findById(String id) {
		return rows(BY_ID, Map.of("id", id)).stream().findFirst();
	}

	private List<MatchResultView> rows(String cypher, Map<String, Object> parameters) {
		return this.client.query(cypher).bindAll(parameters).fetchAs(MatchResultView.class)
			.mappedBy((types, record) -> toView(record.get("row"))).all().stream().sorted(ORDER).toList();
	}

	private static MatchResultView toView(Value r) {
		List<ResultValue> values = r.get("values").asList((v) -> new ResultValue(v.get("value").asNumber().doubleValue(),
				Records.date(v.get("on")), Records.string(v.get("note")), Records.dateTime(v.get("recordedAt")),
				Records.string(v.get("recordedBy")))).stream().sorted(VALUE_ORDER).toList();
		return new MatchResultView(r.get("id").asString(), r.get("match").asString(), r.get("request").asString(),
				r.get("partner").asString(), r.get("country").asString(), r.get("indicator").asString(),
				r.get("baseline").asNumber().doubleValue(), r.get("baselineYear").isNull() ? null : r.get("baselineYear").asInt(),
				Records.enumOf(BaselineSource.class, r.get("baselineSource")), Records.string(r.get("baselineSeries")),
				r.get("target").asNumber().doubleValue(), r.get("targetYear").asInt(), values, r.get("version").asLong(0),
				Records.dateTime(r.get("recordedAt")), Records.string(r.get("recordedBy")));
	}

}
