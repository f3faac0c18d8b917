package org.ilo.coalition.graph.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Records;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for deficit observations. */
@Repository
public class DeficitObservationRepository {

	private static final String LATEST_BY_COUNTRIES = """
			MATCH (c:Country)<-[:OBSERVED_IN]-(o:DeficitObservation)-[:OF_INDICATOR]->(i:Indicator)
			WHERE c.iso3 IN $iso3s
			WITH c, i, o ORDER BY o.year DESC
			WITH c, i, head(collect(o)) AS latest
			RETURN c.iso3 AS iso3, i.code AS indicator, latest.year AS year, latest.value AS value,
			       latest.severity AS severity, latest.source AS source
			ORDER BY iso3, severity DESC, indicator
			""";

	private final Neo4jClient client;

	DeficitObservationRepository(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The latest observation per indicator of each country, most severe first, in one statement; every requested
	 * ISO3 is a key.
	 */
	public Map<String, List<DeficitView>> findLatestByCountries(Collection<String> iso3s) {
		List<DeficitView> rows = List.copyOf(this.client.query(LATEST_BY_COUNTRIES).bind(List.copyOf(iso3s)).to("iso3s").fetchAs(DeficitView.class)
			.mappedBy((types, r) -> new DeficitView(r.get("iso3").asString(), r.get("indicator").asString(),
					r.get("year").asInt(), r.get("value").asDouble(), r.get("severity").asInt(),
					r.get("source").asString()))
			.all());
		return Records.groupBy(iso3s, rows, DeficitView::countryIso3);
	}

}
