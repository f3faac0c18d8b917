package org.ilo.coalition.graph.test;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Removes data between tests without dropping constraints, indexes or the migration history. */
public final class GraphCleaner {

	private GraphCleaner() {
	}

	public static void deleteData(Neo4jClient client) {
		client.query("""
				MATCH (n) WHERE NOT n:__Migration
				DETACH DELETE n
				""").run();
	}

}
