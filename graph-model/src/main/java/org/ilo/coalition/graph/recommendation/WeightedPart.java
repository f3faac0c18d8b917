package org.ilo.coalition.graph.recommendation;

/**
 * One part of a score: how well a candidate does on {@code criterion} (0 to 1) and the weight that part has.
 *
 * @param contribution {@code value × weight}, what the part adds to the score
 */
public record WeightedPart(Criterion criterion, double value, double weight, double contribution) {

	public static WeightedPart of(Criterion criterion, double value, double weight) {
		return new WeightedPart(criterion, value, weight, value * weight);
	}

}
