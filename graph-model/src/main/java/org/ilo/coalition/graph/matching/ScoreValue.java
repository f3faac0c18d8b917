package org.ilo.coalition.graph.matching;

/** A hard/medium/soft score, or a difference of two, as stored on runs and suggestions. */
public record ScoreValue(long hard, long medium, long soft) {

	public static final ScoreValue ZERO = new ScoreValue(0, 0, 0);

	@Override
	public String toString() {
		return this.hard + "hard/" + this.medium + "medium/" + this.soft + "soft";
	}

}
