package org.ilo.coalition.matching.plan;

import java.util.Comparator;

/**
 * Orders parts from easiest to most difficult, so that the construction heuristic (decreasing difficulty) places the
 * most severe needs first, the largest first within a severity, and the parts with fewest options first after that.
 */
public final class PartDifficultyComparator implements Comparator<RequestPart> {

	private static final Comparator<RequestPart> ORDER = Comparator.comparingInt(RequestPart::getSeverity)
		.thenComparingLong(RequestPart::getSharePerMille)
		.thenComparing(Comparator.comparingInt((RequestPart part) -> part.getEligibleOffers().size()).reversed())
		.thenComparing(RequestPart::getId, Comparator.reverseOrder());

	@Override
	public int compare(RequestPart a, RequestPart b) {
		return ORDER.compare(a, b);
	}

}
