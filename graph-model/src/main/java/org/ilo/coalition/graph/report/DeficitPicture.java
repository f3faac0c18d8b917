package org.ilo.coalition.graph.report;

import java.util.List;

import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.indicator.LatestSeverity;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deficit picture (issue 15): how many member States fall in each severity band, by region and thematic area.
 * A member State's severity in an area is the worst, over the indicators that measure the area, of each indicator's
 * latest observation with a severity (docs/indicators.md, "Severity"); band 0 is "no data".
 */
@Component
public class DeficitPicture {

	/** Member States of {@code region} in {@code band} (0 for no data) for {@code thematicArea}. */
	public record Band(String region, String thematicArea, int band, long memberStates) {
	}

	/**
	 * One member State's latest figure of one indicator, for the most severe deficits.
	 * @param series the ILOSTAT series of the figure
	 * @param source where the value comes from, as the imported file says it
	 */
	public record Deficit(String country, String region, String indicator, String series, int year, double value,
			int severity, String source) {
	}

	// The latest figure with a severity of each (member State, indicator), by the severity rule (LatestSeverity);
	// then the worst first.
	private static final String MOST_SEVERE = """
			MATCH (c:Country {memberState: true})-[:IN_REGION]->(g:Region)
			MATCH (i:Indicator)
			WHERE $$filter
			WITH c, g, i, $$latest AS latest
			WHERE latest IS NOT NULL
			WITH c, g, i, latest AS d ORDER BY d.severity DESC, d.year DESC, c.iso3, i.code LIMIT $limit
			RETURN c.iso3 AS country, g.code AS region, i.code AS indicator, d.series AS series, d.year AS year,
			       d.value AS value, d.severity AS severity, d.source AS source
			""".replace("$$latest", LatestSeverity.OBSERVATION);

	// Each member State's severity in each area: the worst of its indicators' severities (LatestSeverity), 0 without.
	private static final String BANDS = """
			MATCH (c:Country {memberState: true})-[:IN_REGION]->(g:Region)
			MATCH (a:ThematicArea)
			WHERE $$filter
			WITH c, g, a, COLLECT {
			  MATCH (a)<-[:MEASURES]-(i:Indicator)
			  WITH DISTINCT i
			  WITH $$severity AS latest
			  WHERE latest IS NOT NULL
			  RETURN latest
			} AS severities
			WITH g.code AS region, a.code AS area, reduce(m = 0, s IN severities | CASE WHEN s > m THEN s ELSE m END) AS band
			RETURN region, area, band, count(*) AS states
			ORDER BY region, area, band
			""".replace("$$severity", LatestSeverity.SEVERITY);

	private final Neo4jClient client;

	public DeficitPicture(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The {@code limit} most severe deficits: the member States' latest figures by severity, then year (latest first),
	 * country and indicator; {@code region} and {@code thematicArea} (indicators that measure it) filter when given.
	 */
	@Transactional(readOnly = true)
	public List<Deficit> mostSevere(String region, String thematicArea, int limit) {
		Where where = new Where().and("region", region, "g.code = $region")
			.and("area", thematicArea, "(i)-[:MEASURES]->(:ThematicArea {code: $area})");
		java.util.Map<String, Object> parameters = new java.util.HashMap<>(where.parameters());
		parameters.put("limit", limit);
		return List.copyOf(this.client.query(MOST_SEVERE.replace("$$filter", where.conditions())).bindAll(parameters)
			.fetchAs(Deficit.class)
			.mappedBy((types, row) -> new Deficit(row.get("country").asString(), row.get("region").asString(),
					row.get("indicator").asString(), row.get("series").asString(null), row.get("year").asInt(),
					row.get("value").asDouble(), row.get("severity").asInt(), row.get("source").asString(null)))
			.all());
	}

	/** The bands, by region, area and band; {@code region} and {@code thematicArea} filter when given. */
	@Transactional(readOnly = true)
	public List<Band> bands(String region, String thematicArea) {
		Where where = new Where().and("region", region, "g.code = $region").and("area", thematicArea, "a.code = $area");
		return List.copyOf(this.client.query(BANDS.replace("$$filter", where.conditions())).bindAll(where.parameters())
			.fetchAs(Band.class)
			.mappedBy((types, row) -> new Band(row.get("region").asString(), row.get("area").asString(),
					row.get("band").asInt(), row.get("states").asLong()))
			.all());
	}

}
