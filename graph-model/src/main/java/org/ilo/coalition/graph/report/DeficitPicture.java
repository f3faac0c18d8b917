package org.ilo.coalition.graph.report;

import java.util.List;

import org.ilo.coalition.graph.cypher.Where;
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

	private static final String BANDS = """
			MATCH (c:Country {memberState: true})-[:IN_REGION]->(g:Region)
			MATCH (a:ThematicArea)
			WHERE $$filter
			WITH c, g, a, COLLECT {
			  MATCH (a)<-[:MEASURES]-(i:Indicator)<-[:OF_INDICATOR]-(d:DeficitObservation)-[:OBSERVED_IN]->(c)
			  WHERE d.severity IS NOT NULL
			  WITH i, d ORDER BY d.year DESC, d.severity DESC
			  WITH i, collect(d.severity)[0] AS latest
			  RETURN latest
			} AS severities
			WITH g.code AS region, a.code AS area, reduce(m = 0, s IN severities | CASE WHEN s > m THEN s ELSE m END) AS band
			RETURN region, area, band, count(*) AS states
			ORDER BY region, area, band
			""";

	private final Neo4jClient client;

	public DeficitPicture(Neo4jClient client) {
		this.client = client;
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
