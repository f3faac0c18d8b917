package org.ilo.coalition.graph.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.indicator.LatestSeverity;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.request.RequestStatus;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a matching run needs from the graph, in one read transaction (one consistent snapshot). */
@Component
public class MatchingDataReader {

	private static final String REQUESTS = """
			MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			WHERE r.status IN $seeking AND r.deadline >= $today
			  AND (size($countries) = 0 OR c.iso3 IN $countries)
			  AND (size($requestIds) = 0 OR r.id IN $requestIds)
			  AND (size($areas) = 0 OR EXISTS { (r)-[:IN_AREA]->(a:ThematicArea) WHERE a.code IN $areas })
			MATCH (r)-[:FOR_OBJECTIVE]->(o:Objective)
			RETURN r.id AS id, r.title AS title, r.kind AS kind, r.amount AS amount, r.unit AS unit,
			       coalesce(r.language, 'en') AS language, r.deadline AS deadline, c.iso3 AS country, c.name AS countryName,
			       COLLECT { MATCH (c)-[:IN_REGION]->(g:Region) RETURN g.code }[0] AS region,
			       COLLECT { MATCH (r)-[:IN_AREA]->(a:ThematicArea) RETURN a.code } AS areas,
			       o.id AS objectiveId, o.title AS objectiveTitle,
			       COLLECT { MATCH (o)-[:NEEDS_EXPERTISE]->(e:Expertise) RETURN e.code } AS expertise,
			       COLLECT {
			         MATCH (o)-[:ADDRESSES]->(i:Indicator)
			         RETURN {indicator: i.code,
			                 severity: $$severity,
			                 area: COLLECT { MATCH (i)-[:MEASURES]->(t:ThematicArea) RETURN t.code }[0]}
			       } AS deficits
			ORDER BY r.id
			""".replace("$$severity", LatestSeverity.SEVERITY);

	private static final String OFFERS = """
			MATCH (p:Partner)-[:OFFERS]->(o:Offer)
			WHERE o.status = 'ACTIVE' AND p.membershipStatus = 'ADMITTED'
			  AND o.availableFrom IS NOT NULL AND o.availableUntil IS NOT NULL AND $$window
			RETURN o.id AS id, o.title AS title, p.id AS partner, o.kind AS kind, o.amount AS amount, o.unit AS unit,
			       coalesce(o.capacity, 1) AS capacity, coalesce(o.languages, []) AS languages,
			       o.availableFrom AS availableFrom, o.availableUntil AS availableUntil,
			       COLLECT { MATCH (o)-[:IN_AREA]->(a:ThematicArea) RETURN a.code } AS areas,
			       COLLECT { MATCH (o)-[:SERVES_COUNTRY]->(x:Country) RETURN x.iso3 } AS countries,
			       COLLECT { MATCH (o)-[:SERVES_REGION]->(g:Region) RETURN g.code } AS regions
			ORDER BY o.id
			""";

	private static final String PARTNERS = """
			MATCH (p:Partner)
			WHERE p.membershipStatus = 'ADMITTED'
			  AND EXISTS { (p)-[:OFFERS]->(o:Offer) WHERE o.status = 'ACTIVE' }
			RETURN p.id AS id, p.name AS name, p.kind AS kind, p.membershipStatus AS status,
			       COLLECT { MATCH (p)-[:HAS_EXPERTISE]->(e:Expertise) RETURN e.code } AS expertise
			ORDER BY p.id
			""";

	private static final String ACCEPTED = """
			MATCH (m:ActiveMatch)-[:FOR_REQUEST]->(r:SupportRequest)
			MATCH (m)-[:FROM_PARTNER]->(p:Partner)
			RETURN m.id AS id, r.id AS request, p.id AS partner, coalesce(m.heldAmount, 0.0) AS amount, r.kind AS kind,
			       COLLECT { MATCH (m)-[:FROM_OFFER]->(o:Offer) RETURN o.id }[0] AS offer,
			       COLLECT { MATCH (r)-[:FOR_OBJECTIVE]->(o:Objective) RETURN o.id }[0] AS objective
			ORDER BY m.id
			""";

	// Pairs the coordination group rejected, and pairs whose match was declined or expired.
	private static final String REJECTIONS = """
			MATCH (x:MatchSuggestion)-[:FOR_REQUEST]->(r:SupportRequest)
			WHERE $$excluded
			MATCH (x)-[:FROM_PARTNER]->(p:Partner)
			RETURN DISTINCT r.id AS request, p.id AS partner
			""".replace("$$excluded", MatchSuggestionStore.EXCLUDED_PAIR);

	private static final String ACCEPTED_BY_COUNTRY = """
			MATCH (m:ActiveMatch)-[:FOR_REQUEST]->(:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			MATCH (m)-[:FROM_PARTNER]->(p:Partner)
			RETURN p.id AS partner, c.iso3 AS country, count(m) AS count
			""";

	// Work streams a partner shares with partners based in a country: it knows that country's actors.
	private static final String SHARED_WORK_STREAMS = """
			MATCH (p:Partner)-[:LEADS|SUPPORTS]->(w:WorkStream)<-[:LEADS|SUPPORTS]-(q:Partner)-[:BASED_IN]->(c:Country)
			WHERE q <> p
			RETURN p.id AS partner, c.iso3 AS country, count(DISTINCT w) AS count
			""";

	private final Neo4jClient client;

	public MatchingDataReader(Neo4jClient client) {
		this.client = client;
	}

	@Transactional(readOnly = true)
	public MatchingData read(MatchScope scope, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("today", today);
		parameters.put("seeking", RequestStatus.SEEKING_SUPPORT);
		parameters.put("countries", scope.countries());
		parameters.put("areas", scope.thematicAreas());
		parameters.put("requestIds", scope.requestIds());
		List<MatchingData.Request> requests = fetch(REQUESTS, parameters).stream()
			.map((v) -> new MatchingData.Request(v.get("id").asString(), Records.string(v.get("title")),
					v.get("kind").asString(), number(v.get("amount")), v.get("unit").asString(),
					v.get("language").asString(), v.get("deadline").asLocalDate(), v.get("country").asString(),
					v.get("countryName").asString(), Records.string(v.get("region")), Records.strings(v.get("areas")),
					v.get("objectiveId").asString(), Records.string(v.get("objectiveTitle")),
					Records.strings(v.get("expertise")),
					v.get("deficits").asList((d) -> new MatchingData.Deficit(d.get("indicator").asString(),
							Records.string(d.get("area")), d.get("severity").isNull() ? null : d.get("severity").asInt()))))
			.toList();
		List<MatchingData.Offer> offers = offers(today);
		List<MatchingData.Partner> partners = partners();
		List<MatchingData.Accepted> accepted = fetch(ACCEPTED, parameters).stream()
			.map((v) -> new MatchingData.Accepted(v.get("id").asString(), v.get("request").asString(),
					Records.string(v.get("offer")), v.get("partner").asString(), number(v.get("amount")),
					Records.string(v.get("kind")), Records.string(v.get("objective"))))
			.toList();
		List<MatchingData.Rejection> rejections = fetch(REJECTIONS, parameters).stream()
			.map((v) -> new MatchingData.Rejection(v.get("request").asString(), v.get("partner").asString()))
			.toList();
		Map<String, int[]> track = new LinkedHashMap<>();
		fetch(ACCEPTED_BY_COUNTRY, parameters).forEach((v) -> track.computeIfAbsent(
				v.get("partner").asString() + "|" + v.get("country").asString(), (k) -> new int[2])[0] = v.get("count")
			.asInt());
		fetch(SHARED_WORK_STREAMS, parameters).forEach((v) -> track.computeIfAbsent(
				v.get("partner").asString() + "|" + v.get("country").asString(), (k) -> new int[2])[1] = v.get("count")
			.asInt());
		List<MatchingData.TrackRecord> trackRecords = track.entrySet().stream().map((e) -> {
			String[] key = e.getKey().split("\\|", 2);
			return new MatchingData.TrackRecord(key[0], key[1], e.getValue()[0], e.getValue()[1]);
		}).toList();
		return new MatchingData(today, requests, offers, partners, accepted, rejections, trackRecords);
	}

	/**
	 * The active offers of admitted partners that have an availability window, as a run reads them; those that ended
	 * before {@code endedBefore} are left out, none when it is {@code null} (the gaps report tells "not in time" from
	 * "no such offer"). Joins the caller's transaction.
	 */
	public List<MatchingData.Offer> offers(LocalDate endedBefore) {
		Where window = new Where().and("today", endedBefore, "o.availableUntil >= $today");
		return fetch(OFFERS.replace("$$window", window.conditions()), window.parameters()).stream()
			.map((v) -> new MatchingData.Offer(v.get("id").asString(), Records.string(v.get("title")),
					v.get("partner").asString(), v.get("kind").asString(), number(v.get("amount")),
					v.get("unit").asString(), v.get("capacity").asInt(), Records.strings(v.get("areas")),
					Records.strings(v.get("countries")), Records.strings(v.get("regions")),
					Records.strings(v.get("languages")), v.get("availableFrom").asLocalDate(),
					v.get("availableUntil").asLocalDate()))
			.toList();
	}

	/** The admitted partners that have an active offer, with their expertise. Joins the caller's transaction. */
	public List<MatchingData.Partner> partners() {
		return fetch(PARTNERS, Map.of()).stream()
			.map((v) -> new MatchingData.Partner(v.get("id").asString(), v.get("name").asString(),
					v.get("kind").asString(), v.get("status").asString(), Records.strings(v.get("expertise"))))
			.toList();
	}

	private static double number(Value value) {
		return value == null || value.isNull() ? 0 : value.asNumber().doubleValue();
	}

	private List<Value> fetch(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).all());
	}

}
