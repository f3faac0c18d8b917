package org.ilo.coalition.graph.reference;

/** How many reference entries of each kind a load merged into the graph, whether they were new or already there. */
public record ReferenceDataSummary(int regions, int countries, int thematicAreas, int functionalAreas,
		int priorityProgrammes, int expertise, int indicators) {
}
