package org.ilo.coalition.graph.demo;

import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the demo's match lifecycle needs to read that the services do not: an indicator to report a result on. */
@Component
public class DemoMatches {

	private final Neo4jClient client;

	public DemoMatches(Neo4jClient client) {
		this.client = client;
	}

	/** An indicator, the country's latest figure of it, and whether a higher figure is worse. */
	public record Figure(String indicatorCode, double value, boolean higherIsWorse) {
	}

	/**
	 * An indicator the request's objective addresses for which its country has a figure (the result's baseline), with
	 * the latest figure.
	 */
	@Transactional(readOnly = true)
	public Optional<Figure> indicatorWithData(String requestId) {
		return this.client.query("""
				MATCH (r:SupportRequest {id: $id})-[:FOR_OBJECTIVE]->(:Objective)-[:ADDRESSES]->(i:Indicator),
				      (r)-[:FOR_COUNTRY]->(c:Country)
				MATCH (i)<-[:OF_INDICATOR]-(o:DeficitObservation)-[:OBSERVED_IN]->(c)
				MATCH (s:IndicatorSeries {id: o.series})
				WITH i, o, s ORDER BY i.code, o.year DESC
				RETURN i.code AS code, head(collect(o.value)) AS value, head(collect(s.higherIsWorse)) AS higherIsWorse
				ORDER BY code LIMIT 1
				""").bind(requestId).to("id").fetchAs(Figure.class)
			.mappedBy((types, row) -> new Figure(row.get("code").asString(), row.get("value").asDouble(),
					row.get("higherIsWorse").asBoolean(true)))
			.one();
	}

}
