package org.ilo.coalition.graph.demo;

import java.util.Map;

/**
 * What one demo-data run wrote, as counted by the database.
 *
 * @param nodes nodes created per label
 * @param relationships relationships created per type
 * @param elapsedMillis wall time of the whole run, reading reference data included
 */
public record DemoDataReport(Map<String, Long> nodes, Map<String, Long> relationships, long elapsedMillis) {

	public DemoDataReport {
		nodes = Map.copyOf(nodes);
		relationships = Map.copyOf(relationships);
	}

	/** Nodes created with {@code label}, zero when none. */
	public long nodes(String label) {
		return this.nodes.getOrDefault(label, 0L);
	}

	/** Relationships created of {@code type}, zero when none. */
	public long relationships(String type) {
		return this.relationships.getOrDefault(type, 0L);
	}

}
