package org.ilo.coalition.graph.startup;

import java.util.Map;

import org.ilo.coalition.graph.reference.ReferenceDataLoader;

/**
 * What the start-up needs to know about the graph before it changes anything.
 *
 * @param appliedMigrations the checksum of every migration recorded, by version
 * @param reference what the last reference-data merge left
 * @param hasData whether the graph holds partners, offers, strategies, requests, work streams or observations
 * @param activeMatchRuns whether any matching run is still QUEUED or SOLVING (lost with the previous process)
 */
public record GraphStartState(Map<Integer, Long> appliedMigrations, ReferenceDataLoader.Stored reference,
		boolean hasData, boolean activeMatchRuns) {
}
