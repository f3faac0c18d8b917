package org.ilo.coalition.graph.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.cypher.KeysetPage;
import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.InvalidCursorException;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for support requests, each one Cypher statement whatever the number of keys. */
@Repository
public class SupportRequestRepository {

	/** The ordering name that request cursors carry. */
	public static final String ORDERING = "supportRequest";

	/** The cursor that points at {@code request} in the list's ordering. */
	public static Cursor cursorOf(SupportRequestView request) {
		return new Cursor(ORDERING, request.deadline().toString(), request.id());
	}


	private static final String PROJECTION = """
			r {
			  .id, .version, .title, .description, .kind, .amount, .unit, .language, .deadline, .status, .createdAt,
			  country: c.iso3,
			  objective: COLLECT { MATCH (r)-[:FOR_OBJECTIVE]->(o:Objective) RETURN o.id }[0],
			  areas: COLLECT { MATCH (r)-[:IN_AREA]->(a:ThematicArea) RETURN a.code ORDER BY a.code }
			}""";

	// The total and one page under the same optional filters (Where); the page adds the keyset condition.
	private static final String PAGE = """
			CALL () {
			  MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country) WHERE $$filter
			  RETURN count(r) AS total
			}
			CALL () {
			  MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country) WHERE $$filter AND $$after
			  WITH r, c ORDER BY r.deadline, r.id LIMIT $limit
			  RETURN collect($$projection) AS page
			}
			RETURN total, page
			""".replace("$$projection", PROJECTION);

	private static final String AFTER = "(r.deadline > $afterDeadline OR (r.deadline = $afterDeadline AND r.id > $afterId))";

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

	SupportRequestRepository(Neo4jClient client) {
		this.client = client;
	}

	/** One page in (deadline, id) order after {@code after}, with the total count. */
	public ResultPage<SupportRequestView> findPage(SupportRequestFilter filter, int first, Cursor after) {
		Where where = new Where()
			.and("country", filter.countryIso3(), "c.iso3 = $country")
			.and("status", filter.status() == null ? null : filter.status().name(), "r.status = $status")
			.and("kind", filter.kind() == null ? null : filter.kind().name(), "r.kind = $kind")
			.and("area", filter.thematicAreaCode(), "EXISTS { (r)-[:IN_AREA]->(:ThematicArea {code: $area}) }");
		return KeysetPage.read(this.client, PAGE, where, AFTER,
				after == null ? Map.of() : Map.of("afterDeadline", deadlineOf(after), "afterId", after.id()), first,
				SupportRequestRepository::toView);
	}

	private static LocalDate deadlineOf(Cursor cursor) {
		try {
			return LocalDate.parse(cursor.sortKey());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidCursorException(cursor.encode());
		}
	}

	/** Requests with these ids; unknown ids are skipped. */
	public List<SupportRequestView> findViewsByIds(Collection<String> ids) {
		return fetch(BY_IDS, ids);
	}

	/** Requests of each country, soonest deadline first; every requested ISO3 is a key. */
	public Map<String, List<SupportRequestView>> findViewsByCountries(Collection<String> iso3s) {
		return Records.groupBy(iso3s, fetch(BY_COUNTRIES, iso3s), SupportRequestView::countryIso3);
	}

	private List<SupportRequestView> fetch(String cypher, Collection<String> keys) {
		return List.copyOf(this.client.query(cypher).bind(List.copyOf(keys)).to("keys")
			.fetchAs(SupportRequestView.class).mappedBy((types, record) -> toView(record.get("row"))).all());
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
