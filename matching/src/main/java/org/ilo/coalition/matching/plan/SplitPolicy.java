package org.ilo.coalition.matching.plan;

/**
 * How a request is cut into parts when no single eligible offer can hold what is left of it.
 *
 * @param maxParts at most this many open parts per request
 * @param minTranchePerMille no part smaller than this share of what is left of the request (per mille), so that a
 * request is not scattered over many token contributions
 */
public record SplitPolicy(int maxParts, int minTranchePerMille) {

	/** Up to 4 parts of at least a fifth each: covers most funding gaps without multiplying the search space. */
	public static final SplitPolicy DEFAULT = new SplitPolicy(4, 200);

	public SplitPolicy {
		if (maxParts < 1 || minTranchePerMille < 1 || minTranchePerMille > 1000) {
			throw new IllegalArgumentException("maxParts >= 1 and 1 <= minTranchePerMille <= 1000");
		}
	}

	/** How many parts to cut {@code remaining} into, given the largest amount one eligible offer holds. */
	public int partsFor(long remaining, long largestEligibleAmount) {
		if (largestEligibleAmount <= 0 || largestEligibleAmount >= remaining) {
			return 1;
		}
		long needed = (remaining + largestEligibleAmount - 1) / largestEligibleAmount;
		long byTranche = 1000 / this.minTranchePerMille;
		return (int) Math.max(1, Math.min(needed, Math.min(this.maxParts, byTranche)));
	}

}
