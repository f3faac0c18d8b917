package org.ilo.coalition.graph.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.cypher.CypherResource;
import org.ilo.coalition.graph.indicator.DeficitObservationRepository;
import org.ilo.coalition.graph.indicator.DeficitView;
import org.ilo.coalition.graph.indicator.LatestSeverity;
import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The recommendation statements: each recommendation is one parameterized Cypher statement that finds its
 * candidates from the anchor (a request, a partner or a country) through the graph, never by scanning a label, and
 * returns the parts of each candidate's score and the facts the reasons are written from.
 *
 * <p>Statements whose candidate sets can be large score every candidate with the cheap parts first, keep the best
 * {@code $shortlist}, and compute the parts that need the candidates' offers and matches only for those.
 */
@Component
class RecommendationQueries {

	/**
	 * Partners for a support request. Candidates: admitted partners that declare an expertise the request's objective
	 * needs (any expertise of the request's areas when the objective names none), or that have an active offer of the
	 * request's kind serving its country; never a partner rejected for the request, nor the requesting government.
	 * Partners based in the requesting country come through a third branch that only marks them as present.
	 */
	static final String PARTNERS_FOR_REQUEST = CypherResource.load("recommendation/partners-for-request.cypher");

	/**
	 * Open requests for a partner. Candidates: open requests whose objective needs an expertise the partner declares,
	 * except those the partner was rejected for. The deficit severity is computed once per objective and country.
	 */
	static final String REQUESTS_FOR_PARTNER = CypherResource.load("recommendation/requests-for-partner.cypher")
		.replace("$$latest", LatestSeverity.OBSERVATION);

	/**
	 * Admitted partners similar to a partner. Candidates: partners that share an expertise or a work stream with it;
	 * the shortlist is cut on expertise and work streams, then areas and regions are compared.
	 */
	static final String SIMILAR_PARTNERS = CypherResource.load("recommendation/similar-partners.cypher");

	/**
	 * The latest observation with a severity of each indicator that the programme rules name (the severity rule,
	 * {@link LatestSeverity}), in one country, where it reaches the rule's severity.
	 */
	static final String PROGRAMME_SIGNALS = """
			MATCH (c:Country {iso3: $iso3})
			UNWIND $rules AS rule
			MATCH (i:Indicator {code: rule.indicator})
			WITH c, rule, i, $$latest AS o
			WHERE o.severity >= rule.minSeverity
			RETURN rule.programme AS programme, rule.indicator AS indicator, rule.minSeverity AS minSeverity,
			       %s AS view
			""".replace("$$latest", LatestSeverity.OBSERVATION).formatted(DeficitObservationRepository.VIEW);

	private final Neo4jClient client;

	RecommendationQueries(Neo4jClient client) {
		this.client = client;
	}

	/** Empty when no request has the id; otherwise the best partners in no guaranteed order. */
	Optional<List<PartnerRow>> partnersForRequest(String requestId, int limit, RecommendationWeights weights) {
		List<Value> rows = fetch(PARTNERS_FOR_REQUEST, Map.of("requestId", requestId, "limit", (long) limit,
				"shortlist", (long) weights.shortlist(limit), "w", weights.parameters()));
		if (rows.isEmpty() || !rows.get(0).get("found").asBoolean()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream().filter((row) -> !row.get("partnerId").isNull())
			.map((row) -> new PartnerRow(row.get("partnerId").asString(), row.get("name").asString(),
					Records.string(row.get("sortName")), Records.string(row.get("kind")), row.get("parts").asMap(Value::asDouble),
					new Facts(row.get("facts"))))
			.toList());
	}

	/** Empty when no partner has the id; otherwise the best open requests in no guaranteed order. */
	Optional<List<RequestRow>> requestsForPartner(String partnerId, int limit, RecommendationWeights weights) {
		List<Value> rows = fetch(REQUESTS_FOR_PARTNER,
				Map.of("partnerId", partnerId, "limit", (long) limit, "w", weights.parameters()));
		if (rows.isEmpty() || !rows.get(0).get("found").asBoolean()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream().filter((row) -> !row.get("requestId").isNull())
			.map((row) -> new RequestRow(row.get("requestId").asString(), Records.string(row.get("deadline")),
					row.get("severity").isNull() ? null : row.get("severity").asInt(),
					row.get("parts").asMap(Value::asDouble), new Facts(row.get("facts"))))
			.toList());
	}

	/** Empty when no partner has the id; otherwise the most similar partners in no guaranteed order. */
	Optional<List<SimilarRow>> similarPartners(String partnerId, int limit, RecommendationWeights weights) {
		List<Value> rows = fetch(SIMILAR_PARTNERS, Map.of("partnerId", partnerId, "limit", (long) limit,
				"shortlist", (long) weights.shortlist(limit), "w", weights.parameters()));
		if (rows.isEmpty() || !rows.get(0).get("found").asBoolean()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream().filter((row) -> !row.get("partnerId").isNull())
			.map((row) -> new SimilarRow(row.get("partnerId").asString(), row.get("name").asString(),
					Records.string(row.get("sortName")), row.get("shares").asMap(Value::asDouble), Records.strings(row.get("expertiseCodes")),
					Records.strings(row.get("areaCodes")), Records.strings(row.get("regionCodes")),
					row.get("workStreams").asList((w) -> new WorkStreamRef(w.get("id").asString(), w.get("name").asString()))))
			.toList());
	}

	/** The observations that reach a rule's severity in {@code iso3}. */
	List<SignalRow> programmeSignals(String iso3) {
		return fetch(PROGRAMME_SIGNALS, Map.of("iso3", iso3, "rules", ProgrammeSignals.parameters())).stream()
			.map((row) -> new SignalRow(row.get("programme").asString(), row.get("indicator").asString(),
					row.get("minSeverity").asInt(), DeficitObservationRepository.toView(row.get("view"))))
			.toList();
	}

	private List<Value> fetch(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetchAs(Value.class)
			.mappedBy((types, record) -> org.neo4j.driver.Values.value(record.asMap())).all());
	}

	/** One partner of {@link #PARTNERS_FOR_REQUEST}. */
	record PartnerRow(String partnerId, String name, String sortName, String kind, Map<String, Double> parts,
			Facts facts) {
	}

	/** One request of {@link #REQUESTS_FOR_PARTNER}. */
	record RequestRow(String requestId, String deadline, Integer severity, Map<String, Double> parts, Facts facts) {
	}

	/** One partner of {@link #SIMILAR_PARTNERS}. */
	record SimilarRow(String partnerId, String name, String sortName, Map<String, Double> shares, List<String> expertiseCodes,
			List<String> areaCodes, List<String> regionCodes, List<WorkStreamRef> workStreams) {
	}

	record WorkStreamRef(String id, String name) {
	}

	/** One observation of {@link #PROGRAMME_SIGNALS}. */
	record SignalRow(String programme, String indicator, int minSeverity, DeficitView observation) {

		int severity() {
			return this.observation.severity();
		}

	}

	/** What the reasons are written from. */
	record Facts(List<Claim> matched, int needed, List<String> coveredAreas, int areaCount, String presence,
			String languageVia, double availableAmount, int availableOffers, String unit, String kind, double asked,
			String language, int similarAccepted, int countryAccepted, String country, List<Deficit> deficits) {

		Facts(Value v) {
			this(v.get("matched").asList((m) -> new Claim(m.get("code").asString(), m.get("level").asString())),
					v.get("needed").asInt(0), Records.strings(v.get("coveredAreas")), v.get("areaCount").asInt(0),
					Records.string(v.get("presence")),
					Records.string(v.get("languageVia")), v.get("availableAmount").asDouble(0),
					v.get("availableOffers").asInt(0), Records.string(v.get("unit")), Records.string(v.get("kind")),
					v.get("asked").isNull() ? 0 : v.get("asked").asDouble(), Records.string(v.get("language")),
					v.get("similarAccepted").asInt(0), v.get("countryAccepted").asInt(0),
					Records.string(v.get("country")),
					v.get("deficits").isNull() ? List.of()
							: v.get("deficits").asList((d) -> new Deficit(d.get("indicator").asString(),
									d.get("severity").asInt(), d.get("year").asInt(), d.get("value").asDouble())));
		}

	}

	record Claim(String expertiseCode, String level) {
	}

	record Deficit(String indicatorCode, int severity, int year, double value) {
	}

}
