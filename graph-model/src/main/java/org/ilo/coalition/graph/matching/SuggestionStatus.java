package org.ilo.coalition.graph.matching;

/**
 * Where a match suggestion stands: PROPOSED until the coordination group decides (ACCEPTED, REJECTED), or until a
 * later run covering its request completes (SUPERSEDED).
 */
public enum SuggestionStatus {

	PROPOSED, ACCEPTED, REJECTED, SUPERSEDED

}
