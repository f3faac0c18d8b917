package org.ilo.coalition.graph.matching;

/**
 * What the accepted matches drawn on one offer use of it.
 *
 * @param amount the sum of their amounts, in the offer's unit
 * @param requests how many distinct requests they serve (each takes one slot of the offer's capacity)
 */
public record OfferUse(double amount, int requests) {

	/** An offer without accepted matches. */
	public static final OfferUse NONE = new OfferUse(0, 0);

}
