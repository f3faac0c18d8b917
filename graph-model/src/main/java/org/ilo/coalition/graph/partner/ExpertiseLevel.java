package org.ilo.coalition.graph.partner;

/** How deep a partner's declared expertise goes; the weight scales coverage in recommendations and matching. */
public enum ExpertiseLevel {

	BASIC(1), ADVANCED(2), EXPERT(3);

	private final int weight;

	ExpertiseLevel(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return this.weight;
	}

}
