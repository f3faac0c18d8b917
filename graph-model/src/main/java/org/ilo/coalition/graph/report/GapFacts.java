package org.ilo.coalition.graph.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.matching.MatchingData;
import org.ilo.coalition.graph.matching.MatchingDataReader;
import org.ilo.coalition.graph.matching.UnmetReason;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.request.RequestStatus;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gaps report (docs/reports.md, "Gaps") diagnoses, in one read transaction: the requests still seeking
 * support that pass the filters, the offers and partners exactly as a matching run reads them (but also offers that
 * have ended, so that "not in time" is told apart from "no such offer"), and the latest completed run's requests left
 * unmet for lack of capacity. The rules themselves are the solver's, applied in the api module.
 */
@Component
public class GapFacts {

	// Requests a run would plan (seeking support; any deadline: a past one is a gap "in time"), with what their
	// holding matches already hold. Objective and country as MatchingDataReader reads them; no deficits (no rule
	// looks at severity).
	private static final String REQUESTS = """
			MATCH (r:SupportRequest)-[:FOR_COUNTRY]->(c:Country)
			WHERE r.status IN $seeking AND $$filter
			MATCH (r)-[:FOR_OBJECTIVE]->(o:Objective)
			RETURN r.id AS id, r.title AS title, r.kind AS kind, r.amount AS amount, r.unit AS unit,
			       coalesce(r.language, 'en') AS language, r.deadline AS deadline, c.iso3 AS country, c.name AS countryName,
			       COLLECT { MATCH (c)-[:IN_REGION]->(g:Region) RETURN g.code }[0] AS region,
			       COLLECT { MATCH (r)-[:IN_AREA]->(a:ThematicArea) RETURN a.code } AS areas,
			       o.id AS objectiveId, o.title AS objectiveTitle,
			       COLLECT { MATCH (o)-[:NEEDS_EXPERTISE]->(e:Expertise) RETURN e.code } AS expertise,
			       COLLECT { MATCH (r)<-[:FOR_REQUEST]-(m:ActiveMatch) RETURN coalesce(m.heldAmount, 0.0) } AS held
			ORDER BY r.id
			""";

	private static final String LAST_RUN = """
			MATCH (run:MatchRun) WHERE run.status = 'COMPLETED'
			WITH run ORDER BY run.endedAt DESC, run.id DESC LIMIT 1
			RETURN run.id AS id, run.endedAt AS endedAt,
			       COLLECT { MATCH (run)-[u:LEFT_UNMET]->(q:SupportRequest) WHERE u.reason = $capacity
			                 RETURN {request: q.id, amount: u.amount} } AS unmet
			""";

	private final Neo4jClient client;

	private final MatchingDataReader reader;

	public GapFacts(Neo4jClient client, MatchingDataReader reader) {
		this.client = client;
		this.reader = reader;
	}

	/**
	 * A request and what its holding matches hold of it.
	 * @param held the sum of the {@code heldAmount} of its matches that hold part of it ({@code ActiveMatch})
	 */
	public record Request(MatchingData.Request request, double held) {

		/** What no match holds yet, in the request's unit. */
		public double lacking() {
			return this.request.amount() - this.held;
		}

	}

	/**
	 * The latest completed run.
	 * @param capacityExhausted the requests it left unmet with {@code CAPACITY_EXHAUSTED}, and how much of each, by id
	 */
	public record LastRun(String id, OffsetDateTime completedAt, Map<String, Double> capacityExhausted) {
	}

	/** @param lastRun {@code null} when no run has completed */
	public record Facts(List<Request> requests, List<MatchingData.Offer> offers, List<MatchingData.Partner> partners,
			LastRun lastRun) {
	}

	@Transactional(readOnly = true)
	public Facts read(GapQuery query) {
		Where where = RequestFilters.byPlaceAndArea(query.countries(), query.regions(), query.thematicAreas());
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("seeking", RequestStatus.SEEKING_SUPPORT);
		List<Request> requests = this.client.query(REQUESTS.replace("$$filter", where.conditions()))
			.bindAll(parameters)
			.fetchAs(Request.class)
			.mappedBy((types, record) -> new Request(new MatchingData.Request(record.get("id").asString(),
					Records.string(record.get("title")), record.get("kind").asString(), number(record.get("amount")),
					record.get("unit").asString(), record.get("language").asString(),
					record.get("deadline").asLocalDate(), record.get("country").asString(),
					record.get("countryName").asString(), Records.string(record.get("region")),
					Records.strings(record.get("areas")), record.get("objectiveId").asString(),
					Records.string(record.get("objectiveTitle")), Records.strings(record.get("expertise")), List.of()),
					record.get("held").asList((v) -> v.asNumber().doubleValue()).stream().mapToDouble(Double::doubleValue).sum()))
			.all()
			.stream()
			.toList();
		LastRun lastRun = this.client.query(LAST_RUN)
			.bind(UnmetReason.CAPACITY_EXHAUSTED.name())
			.to("capacity")
			.fetchAs(LastRun.class)
			.mappedBy((types, record) -> {
				Map<String, Double> unmet = new LinkedHashMap<>();
				record.get("unmet").asList((v) -> v)
					.forEach((v) -> unmet.merge(v.get("request").asString(), number(v.get("amount")), Double::sum));
				return new LastRun(record.get("id").asString(), Records.dateTime(record.get("endedAt")), unmet);
			})
			.one()
			.orElse(null);
		return new Facts(requests, this.reader.offers(null), this.reader.partners(), lastRun);
	}

	private static double number(Value value) {
		return value == null || value.isNull() ? 0 : value.asNumber().doubleValue();
	}


}
