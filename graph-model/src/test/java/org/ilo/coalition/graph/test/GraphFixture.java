package org.ilo.coalition.graph.test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.partner.PartnerNames;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes small, explicit graphs for tests on top of the reference data (countries, areas, expertise, indicators),
 * each call one Cypher statement; returns the ids it made.
 */
public final class GraphFixture {

	private final Neo4jClient client;

	public GraphFixture(Neo4jClient client) {
		this.client = client;
	}

	/** An admitted partner based in {@code iso3}. */
	public String partner(String name, PartnerKind kind, String iso3) {
		return partner(name, kind, iso3, "ADMITTED");
	}

	public String partner(String name, PartnerKind kind, String iso3, String membershipStatus) {
		String id = UUID.randomUUID().toString();
		this.client.query("""
				MATCH (c:Country {iso3: $iso3})
				CREATE (p:Partner {id: $id, version: 0, name: $name, normalizedName: $normalized, dedupKey: $dedupKey,
				                   kind: $kind, constituent: $constituent, membershipStatus: $status, verified: false,
				                   languages: ['en'], demo: false, createdAt: datetime('2026-01-15T10:00:00Z')})
				CREATE (p)-[:BASED_IN]->(c)
				""").bindAll(Map.of("iso3", iso3, "id", id, "name", name, "normalized", PartnerNames.normalize(name),
						"dedupKey", PartnerNames.dedupKey(name, iso3), "kind", kind.name(), "constituent",
						kind.isConstituent(), "status", membershipStatus)).run();
		return id;
	}

	/** {@code count} admitted NGOs in {@code iso3} named {@code prefix 001}, {@code prefix 002}, ... */
	public List<String> partners(String prefix, int count, String iso3) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String name = "%s %03d".formatted(prefix, i);
			String id = UUID.randomUUID().toString();
			ids.add(id);
			rows.add(Map.of("id", id, "name", name, "normalized", PartnerNames.normalize(name), "dedupKey",
					PartnerNames.dedupKey(name, iso3)));
		}
		this.client.query("""
				MATCH (c:Country {iso3: $iso3})
				UNWIND $rows AS row
				CREATE (p:Partner {id: row.id, version: 0, name: row.name, normalizedName: row.normalized,
				                   dedupKey: row.dedupKey, kind: 'NGO', constituent: false, membershipStatus: 'ADMITTED',
				                   verified: false, languages: ['en'], demo: false,
				                   createdAt: datetime('2026-01-15T10:00:00Z')})
				CREATE (p)-[:BASED_IN]->(c)
				""").bindAll(Map.of("iso3", iso3, "rows", rows)).run();
		return ids;
	}

	public void expertise(String partnerId, String expertiseCode, String level) {
		this.client.query("""
				MATCH (p:Partner {id: $partner}), (e:Expertise {code: $code})
				CREATE (p)-[:HAS_EXPERTISE {level: $level}]->(e)
				""").bindAll(Map.of("partner", partnerId, "code", expertiseCode, "level", level)).run();
	}

	/** The code of some expertise entry linked to {@code areaCode}. */
	public String anyExpertiseIn(String areaCode) {
		return this.client.query("""
				MATCH (e:Expertise)-[:IN_AREA]->(:ThematicArea {code: $area})
				RETURN e.code ORDER BY e.code LIMIT 1
				""").bind(areaCode).to("area").fetchAs(String.class).one().orElseThrow();
	}

	/** An active offer of {@code partnerId} in the given thematic areas, serving {@code iso3s}. */
	public String offer(String partnerId, String title, String kind, List<String> areaCodes, List<String> iso3s) {
		String id = UUID.randomUUID().toString();
		this.client.query("""
				MATCH (p:Partner {id: $partner})
				CREATE (p)-[:OFFERS]->(o:Offer {id: $id, version: 0, title: $title, kind: $kind, amount: 100.0,
				        unit: 'PERSON_DAYS', capacity: 3, availableFrom: date('2026-01-01'),
				        availableUntil: date('2027-12-31'), languages: ['en'], status: 'ACTIVE'})
				WITH o
				CALL (o) { UNWIND $areas AS code MATCH (a:ThematicArea {code: code}) CREATE (o)-[:IN_AREA]->(a) }
				CALL (o) { UNWIND $countries AS iso3 MATCH (c:Country {iso3: iso3}) CREATE (o)-[:SERVES_COUNTRY]->(c) }
				""").bindAll(Map.of("partner", partnerId, "id", id, "title", title, "kind", kind, "areas", areaCodes,
						"countries", iso3s)).run();
		return id;
	}

	/** An observation of the indicator's primary series (the one with its thresholds), as an import writes it. */
	public void observation(String iso3, String indicatorCode, int year, double value, int severity) {
		this.client.query("""
				MATCH (c:Country {iso3: $iso3}), (i:Indicator {code: $indicator})
				CREATE (o:DeficitObservation {id: $iso3 + ':' + i.ilostatId + ':' + $year, series: i.ilostatId,
				                              year: $year, value: $value, severity: $severity, source: 'TEST'})
				CREATE (o)-[:OBSERVED_IN]->(c), (o)-[:OF_INDICATOR]->(i)
				""").bindAll(Map.of("iso3", iso3, "indicator", indicatorCode, "year", year, "value", value, "severity",
						severity)).run();
	}

	/** A strategy of {@code iso3} with one objective addressing {@code indicatorCode}; returns {strategyId, objectiveId}. */
	public List<String> strategyWithObjective(String iso3, String title, String indicatorCode) {
		String strategyId = UUID.randomUUID().toString();
		String objectiveId = UUID.randomUUID().toString();
		this.client.query("""
				MATCH (c:Country {iso3: $iso3}), (i:Indicator {code: $indicator})
				CREATE (s:NationalStrategy {id: $strategy, version: 0, title: $title, summary: 'Test strategy',
				        dialogueDate: date('2025-06-01'), periodStart: 2026, periodEnd: 2030})-[:FOR_COUNTRY]->(c)
				CREATE (s)-[:HAS_OBJECTIVE]->(o:Objective {id: $objective, title: $title + ' objective',
				        supportKinds: ['TECHNICAL_ASSISTANCE'], alignedWithCooperationFramework: true})
				CREATE (o)-[:ADDRESSES]->(i)
				""").bindAll(Map.of("iso3", iso3, "indicator", indicatorCode, "strategy", strategyId, "objective",
						objectiveId, "title", title)).run();
		return List.of(strategyId, objectiveId);
	}

	/** An open request of {@code iso3} for {@code objectiveId}, in the areas given. */
	public String request(String iso3, String objectiveId, String title, LocalDate deadline, String kind,
			List<String> areaCodes) {
		String id = UUID.randomUUID().toString();
		this.client.query("""
				MATCH (c:Country {iso3: $iso3}), (o:Objective {id: $objective})
				CREATE (r:SupportRequest {id: $id, version: 0, title: $title, kind: $kind, amount: 50.0,
				        unit: 'PERSON_DAYS', language: 'en', deadline: $deadline, status: 'OPEN',
				        createdAt: datetime('2026-02-01T09:00:00Z')})
				CREATE (r)-[:FOR_COUNTRY]->(c), (r)-[:FOR_OBJECTIVE]->(o)
				WITH r
				CALL (r) { UNWIND $areas AS code MATCH (a:ThematicArea {code: code}) CREATE (r)-[:IN_AREA]->(a) }
				""").bindAll(Map.of("iso3", iso3, "objective", objectiveId, "id", id, "title", title, "deadline",
						deadline, "kind", kind, "areas", areaCodes)).run();
		return id;
	}

	/** A work stream on {@code programmeCode} led by {@code leadId} and supported by {@code supporterIds}. */
	public String workStream(String name, String programmeCode, String leadId, List<String> supporterIds) {
		String id = UUID.randomUUID().toString();
		this.client.query("""
				MATCH (g:PriorityProgramme {code: $programme}), (lead:Partner {id: $lead})
				CREATE (w:WorkStream {id: $id, version: 0, name: $name, description: 'Test work stream'})
				CREATE (w)-[:ON_PROGRAMME]->(g), (lead)-[:LEADS]->(w)
				WITH w
				CALL (w) { UNWIND $supporters AS sid MATCH (s:Partner {id: sid}) CREATE (s)-[:SUPPORTS]->(w) }
				""").bindAll(Map.of("programme", programmeCode, "lead", leadId, "id", id, "name", name, "supporters",
						supporterIds)).run();
		return id;
	}

	// ----- Recommendations (issue 5) -----------------------------------------------------------------------------

	/** Adds {@code expertiseCode} to what the objective needs. */
	public void neededExpertise(String objectiveId, String expertiseCode) {
		this.client.query("""
				MATCH (o:Objective {id: $objective}), (e:Expertise {code: $code})
				CREATE (o)-[:NEEDS_EXPERTISE]->(e)
				""").bindAll(Map.of("objective", objectiveId, "code", expertiseCode)).run();
	}

	/** Sets a partner's working languages (ISO 639-1). */
	public void partnerLanguages(String partnerId, List<String> languages) {
		this.client.query("MATCH (p:Partner {id: $partner}) SET p.languages = $languages")
			.bindAll(Map.of("partner", partnerId, "languages", languages)).run();
	}

	/** Sets a request's status ({@code OPEN}, {@code MATCHED}, ...). */
	public void requestStatus(String requestId, String status) {
		this.client.query("MATCH (r:SupportRequest {id: $request}) SET r.status = $status")
			.bindAll(Map.of("request", requestId, "status", status)).run();
	}

	/**
	 * An active offer with every detail the recommendations look at: kind, amount and unit, capacity, languages,
	 * thematic areas, and the countries and regions it serves.
	 */
	public String offer(String partnerId, String kind, double amount, String unit, int capacity, List<String> languages,
			List<String> areaCodes, List<String> iso3s, List<String> regionCodes) {
		String id = UUID.randomUUID().toString();
		this.client.query("""
				MATCH (p:Partner {id: $partner})
				CREATE (p)-[:OFFERS]->(o:Offer {id: $id, version: 0, title: $kind + ' offer', kind: $kind, amount: $amount,
				        unit: $unit, capacity: $capacity, availableFrom: date('2026-01-01'),
				        availableUntil: date('2027-12-31'), languages: $languages, status: 'ACTIVE'})
				WITH o
				CALL (o) { UNWIND $areas AS code MATCH (a:ThematicArea {code: code}) CREATE (o)-[:IN_AREA]->(a) }
				CALL (o) { UNWIND $countries AS iso3 MATCH (c:Country {iso3: iso3}) CREATE (o)-[:SERVES_COUNTRY]->(c) }
				CALL (o) { UNWIND $regions AS code MATCH (r:Region {code: code}) CREATE (o)-[:SERVES_REGION]->(r) }
				""").bindAll(Map.of("partner", partnerId, "id", id, "kind", kind, "amount", amount, "unit", unit,
						"capacity", capacity, "languages", languages, "areas", areaCodes, "countries", iso3s, "regions",
						regionCodes)).run();
		return id;
	}

	/**
	 * A match suggestion in the shape the matching issue writes (docs/recommendations.md): {@code status} is
	 * {@code PROPOSED}, {@code ACCEPTED} (a confirmed match that holds its amount) or {@code REJECTED}; {@code offerId}
	 * may be {@code null}.
	 */
	public String matchSuggestion(String requestId, String partnerId, String offerId, String status, double amount) {
		String id = UUID.randomUUID().toString();
		Map<String, Object> parameters = new java.util.HashMap<>(Map.of("request", requestId, "partner", partnerId,
				"id", id, "status", status, "amount", amount));
		parameters.put("offer", offerId);
		this.client.query("""
				MATCH (r:SupportRequest {id: $request}), (p:Partner {id: $partner})
				CREATE (m:MatchSuggestion {id: $id, status: $status, amount: $amount,
				        createdAt: datetime('2026-03-01T09:00:00Z'),
				        decidedAt: CASE WHEN $status = 'PROPOSED' THEN null ELSE datetime('2026-03-08T09:00:00Z') END})
				CREATE (m)-[:FOR_REQUEST]->(r), (m)-[:FROM_PARTNER]->(p)
				WITH m
				CALL (m) { MATCH (o:Offer {id: $offer}) CREATE (m)-[:FROM_OFFER]->(o) }
				WITH m WHERE $status = 'ACCEPTED'
				SET m:ActiveMatch, m.matchStatus = 'CONFIRMED', m.heldAmount = $amount,
				    m.consentDeadline = datetime('2026-03-22T09:00:00Z')
				""").bindAll(parameters).run();
		return id;
	}

}
