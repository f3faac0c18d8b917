package org.ilo.coalition.graph.test;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Removes data between tests without dropping constraints, indexes or the migration history. */
public final class GraphCleaner {

	private GraphCleaner() {
	}

	/**
	 * Deletes every node but the migration history, the notification sequence and the outbox cursors (an application
	 * that follows the notifications expects their numbers never to go back).
	 */
	public static void deleteData(Neo4jClient client) {
		client.query("MATCH (n) WHERE NOT (n:__Migration OR n:__NotificationSequence OR n:__OutboxCursor) DETACH DELETE n").run();
	}

	/** Deletes every node but the migration history and the reference data that start-up loads. */
	public static void deleteDataKeepingReference(Neo4jClient client) {
		client.query("""
				MATCH (n)
				WHERE NOT (n:__Migration OR n:__NotificationSequence OR n:__OutboxCursor OR n:__ReferenceData OR n:Region OR n:Country OR n:ThematicArea OR n:FunctionalArea
				           OR n:PriorityProgramme OR n:Expertise OR n:Indicator OR n:IndicatorSeries)
				DETACH DELETE n
				""").run();
	}

}
