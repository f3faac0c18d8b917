package org.ilo.coalition.graph.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.InvalidCursorException;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link SupportRequestQueries} over {@link Neo4jClient}. */
class SupportRequestQueriesImpl implements SupportRequestQueries {

	private static final String PROJECTION = """
			r {
			  .id, .version, .title, .description, .kind, .amount, .unit, .language, .deadline, .status, .createdAt,
			  country: c.iso3,
			  objective: COLLECT { MATCH (r)-[:FOR_OBJECTIVE]->(o:Objective) RETURN o.id }[0],
			  areas: COLLECT { MATCH (r)-[:IN_AREA]->(a:ThematicArea) RETURN a.code ORDER BY a.code }
			}""";

	private static final String FILTER = """
			($country IS NULL OR c.iso3 = $country)
			AND ($status IS NULL OR r.status = $status)
			AND ($kind IS NULL OR r.kind = $kind)
			AND ($area IS NULL OR EXISTS { (r)-[:IN_AREA]->(:ThematicArea {code: $area}) })
			""";

	private static final String PAGE = """
			CALL () {
			  MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country) WHERE %1$s
			  RETURN count(r) AS total
			}
			CALL () {
			  MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			  WHERE %1$s
			    AND ($afterDeadline IS NULL OR r.deadline > $afterDeadline
			         OR (r.deadline = $afterDeadline AND r.id > $afterId))
			  WITH r, c ORDER BY r.deadline, r.id LIMIT $limit
			  RETURN collect(%2$s) AS page
			}
			RETURN total, page
			""".formatted(FILTER, PROJECTION);

	private static final String BY_IDS = """
			MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country) WHERE r.id IN $keys
			RETURN %s AS row
			""".formatted(PROJECTION);

	private static final String BY_COUNTRIES = """
			MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country) WHERE c.iso3 IN $keys
			WITH r, c ORDER BY r.deadline, r.id
			RETURN %s AS row
			""".formatted(PROJECTION);

	private final Neo4jClient client;

	SupportRequestQueriesImpl(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public ResultPage<SupportRequestView> findPage(SupportRequestFilter filter, int first, Cursor after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("country", filter.countryIso3());
		parameters.put("status", filter.status() == null ? null : filter.status().name());
		parameters.put("kind", filter.kind() == null ? null : filter.kind().name());
		parameters.put("area", filter.thematicAreaCode());
		parameters.put("afterDeadline", after == null ? null : deadlineOf(after));
		parameters.put("afterId", after == null ? null : after.id());
		parameters.put("limit", first + 1);
		Fetched fetched = this.client.query(PAGE).bindAll(parameters).fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched(record.get("page").asList(SupportRequestQueriesImpl::toView),
					record.get("total").asLong()))
			.one().orElseThrow();
		return ResultPage.ofLookahead(fetched.views(), first, fetched.total());
	}

	private static LocalDate deadlineOf(Cursor cursor) {
		try {
			return LocalDate.parse(cursor.sortKey());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidCursorException(cursor.encode());
		}
	}

	@Override
	public List<SupportRequestView> findViewsByIds(Collection<String> ids) {
		return fetch(BY_IDS, ids);
	}

	@Override
	public Map<String, List<SupportRequestView>> findViewsByCountries(Collection<String> iso3s) {
		return Records.groupBy(iso3s, fetch(BY_COUNTRIES, iso3s), SupportRequestView::countryIso3);
	}

	private List<SupportRequestView> fetch(String cypher, Collection<String> keys) {
		return List.copyOf(this.client.query(cypher).bind(List.copyOf(keys)).to("keys")
			.fetchAs(SupportRequestView.class).mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	private record Fetched(List<SupportRequestView> views, long total) {
	}

	private static SupportRequestView toView(Value r) {
		return new SupportRequestView(r.get("id").asString(), r.get("version").asLong(0), r.get("title").asString(),
				Records.string(r.get("description")), Records.enumOf(SupportKind.class, r.get("kind")),
				r.get("amount").asDouble(), r.get("unit").asString(), r.get("language").asString(),
				Records.date(r.get("deadline")), Records.enumOf(RequestStatus.class, r.get("status")),
				Records.dateTime(r.get("createdAt")), r.get("country").asString(), Records.string(r.get("objective")),
				Records.strings(r.get("areas")));
	}

}
