package org.ilo.coalition.graph.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Brings every stored observation's severity in line with its series' current thresholds, after the catalogue
 * changed: the rule is {@link IndicatorSeries#severityOf}, applied here as when an observation is imported.
 */
@Component
public class DeficitSeverities {

	private static final int BATCH = 5_000;

	private static final String READ = """
			MATCH (s:IndicatorSeries)
			MATCH (o:DeficitObservation {series: s.id})
			RETURN o.id AS id, o.value AS value, o.severity AS severity, s.thresholds AS thresholds,
			       s.higherIsWorse AS higherIsWorse
			""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MATCH (o:DeficitObservation {id: row.id})
			SET o.severity = row.severity
			""";

	private final Neo4jClient client;

	DeficitSeverities(Neo4jClient client) {
		this.client = client;
	}

	/** Recomputes the severities of all observations in the caller's transaction; returns how many changed. */
	public int recompute() {
		List<Map<String, Object>> changed = new ArrayList<>();
		for (Map<String, Object> r : this.client.query(READ).fetch().all()) {
			@SuppressWarnings("unchecked")
			List<Double> thresholds = (List<Double>) r.get("thresholds");
			Integer severity = (thresholds == null || thresholds.isEmpty()) ? null
					: new SeverityScale(thresholds, (Boolean) r.get("higherIsWorse"))
						.severityOf(((Number) r.get("value")).doubleValue());
			Number stored = (Number) r.get("severity");
			if (!Objects.equals(severity, stored == null ? null : stored.intValue())) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", r.get("id"));
				row.put("severity", severity == null ? null : (long) severity);
				changed.add(row);
			}
		}
		for (int i = 0; i < changed.size(); i += BATCH) {
			this.client.query(WRITE).bind(changed.subList(i, Math.min(changed.size(), i + BATCH))).to("rows").run();
		}
		return changed.size();
	}

}
