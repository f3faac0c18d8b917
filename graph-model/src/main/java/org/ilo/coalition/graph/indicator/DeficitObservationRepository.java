package org.ilo.coalition.graph.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.change.ReadCacheConfiguration;
import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for deficit observations, their history and the coverage of indicators. */
@Repository
public class DeficitObservationRepository {

	/** An observation {@code o} of indicator {@code i} in country {@code c} as a map that {@link #toView} reads. */
	public static final String VIEW = """
			{id: o.id, iso3: c.iso3, indicator: i.code, series: o.series, year: o.year, value: o.value,
			 severity: o.severity, obsStatus: o.obsStatus, source: o.source,
			 imported: COLLECT { MATCH (o)-[:IMPORTED_BY]->(imp:DataImport)
			                   RETURN imp {.id, .fileName, .format, endedAt: coalesce(imp.endedAt, imp.startedAt)} }[0]}""";

	// The latest year of each series, most severe first and the series without severity last.
	private static final String LATEST_BY_COUNTRIES = """
			MATCH (c:Country)<-[:OBSERVED_IN]-(o:DeficitObservation)-[:OF_INDICATOR]->(i:Indicator)
			WHERE c.iso3 IN $iso3s
			WITH c, i, coalesce(o.series, i.ilostatId) AS series, o ORDER BY o.year DESC
			WITH c, i, series, head(collect(o)) AS o
			RETURN %s AS view
			ORDER BY view.iso3, coalesce(view.severity, 0) DESC, view.indicator, view.series
			""".formatted(VIEW);

	// The id comes from the parameter: returning and ordering by o.id beside the COLLECT subquery failed on Neo4j 5.26
	// with "o.id should not appear non-cached" (planner phase insertCachedProperties; DeficitApiIT found it).
	private static final String HISTORY = """
			UNWIND $ids AS id
			MATCH (:DeficitObservation {id: id})-[:PREVIOUSLY]->(r:ObservationRevision)
			RETURN id, r.value AS value, r.severity AS severity, r.obsStatus AS obsStatus, r.source AS source,
			       COLLECT { MATCH (r)-[:IMPORTED_BY]->(imp:DataImport) RETURN imp.id }[0] AS importId,
			       r.replacedAt AS replacedAt
			ORDER BY id, replacedAt DESC
			""";

	private static final String COVERAGE = """
			MATCH (i:Indicator)
			CALL (i) {
			  MATCH (i)<-[:OF_INDICATOR]-(o:DeficitObservation)-[:OBSERVED_IN]->(c:Country {memberState: true})
			  RETURN count(DISTINCT c) AS countries, min(o.year) AS firstYear, max(o.year) AS lastYear,
			         count(o) AS observations
			}
			RETURN i.code AS indicator, countries, firstYear, lastYear, observations,
			       COUNT { (:Country {memberState: true}) } AS memberStates
			""";

	private static final String WITHOUT_DATA = """
			MATCH (i:Indicator {code: $indicator})
			MATCH (c:Country {memberState: true})
			WHERE NOT EXISTS { (c)<-[:OBSERVED_IN]-(:DeficitObservation)-[:OF_INDICATOR]->(i) }
			RETURN c.iso3 AS iso3 ORDER BY c.name, c.iso3
			""";

	private final Neo4jClient client;

	DeficitObservationRepository(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The latest observation of each series in each country, most severe first, in one statement; every requested
	 * ISO3 is a key.
	 */
	public Map<String, List<DeficitView>> findLatestByCountries(Collection<String> iso3s) {
		List<DeficitView> rows = List.copyOf(this.client.query(LATEST_BY_COUNTRIES).bind(List.copyOf(iso3s)).to("iso3s")
			.fetchAs(DeficitView.class)
			.mappedBy((types, r) -> toView(r.get("view")))
			.all());
		return Records.groupBy(iso3s, rows, DeficitView::countryIso3);
	}

	/** The replaced figures of each observation, newest first; every requested id is a key. */
	public Map<String, List<ObservationRevision>> findHistories(Collection<String> observationIds) {
		List<ObservationRevision> rows = List.copyOf(this.client.query(HISTORY).bind(List.copyOf(observationIds))
			.to("ids")
			.fetchAs(ObservationRevision.class)
			.mappedBy((types, r) -> new ObservationRevision(r.get("id").asString(), r.get("value").asDouble(),
					r.get("severity").isNull() ? null : r.get("severity").asInt(), Records.string(r.get("obsStatus")),
					Records.string(r.get("source")), Records.string(r.get("importId")),
					Records.dateTime(r.get("replacedAt"))))
			.all());
		return Records.groupBy(observationIds, rows, ObservationRevision::observationId);
	}

	/**
	 * The coverage of every indicator, by indicator code, in one statement; cached until the next write (the answer
	 * does not depend on the caller or the request).
	 */
	@Cacheable(cacheNames = ReadCacheConfiguration.INDICATOR_COVERAGE, keyGenerator = GraphChanges.KEYS)
	public Map<String, IndicatorCoverage> coverage() {
		Map<String, IndicatorCoverage> coverage = new java.util.HashMap<>();
		this.client.query(COVERAGE).fetchAs(IndicatorCoverage.class).mappedBy((types, r) -> new IndicatorCoverage(
				r.get("indicator").asString(), r.get("countries").asInt(), r.get("memberStates").asInt(),
				r.get("firstYear").isNull() ? null : r.get("firstYear").asInt(),
				r.get("lastYear").isNull() ? null : r.get("lastYear").asInt(), r.get("observations").asLong()))
			.all()
			.forEach((c) -> coverage.put(c.indicatorCode(), c));
		return Map.copyOf(coverage);
	}

	/** The member States without any observation of the indicator, by name. */
	public List<String> memberStatesWithoutData(String indicatorCode) {
		return List.copyOf(this.client.query(WITHOUT_DATA).bind(indicatorCode).to("indicator").fetchAs(String.class)
			.all());
	}

	/** The view of a map written by {@link #VIEW}. */
	public static DeficitView toView(Value v) {
		Value imported = v.get("imported");
		SourceAttribution attribution = imported.isNull() ? null
				: SourceAttribution.ofImportFormat(Records.string(imported.get("format")));
		return new DeficitView(v.get("id").asString(), v.get("iso3").asString(), v.get("indicator").asString(),
				Records.string(v.get("series")), v.get("year").asInt(), v.get("value").asDouble(),
				v.get("severity").isNull() ? null : v.get("severity").asInt(), Records.string(v.get("obsStatus")),
				Records.string(v.get("source")), imported.isNull() ? null : imported.get("id").asString(),
				imported.isNull() ? null : Records.dateTime(imported.get("endedAt")),
				imported.isNull() ? null : Records.string(imported.get("fileName")),
				attribution == null ? null : attribution.text());
	}

}
