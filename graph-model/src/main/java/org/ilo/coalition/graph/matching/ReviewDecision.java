package org.ilo.coalition.graph.matching;

/** The coordination group's decision on a proposed suggestion. */
public enum ReviewDecision {

	ACCEPT, REJECT

}
