package org.ilo.coalition.matching.generate;

/**
 * The benchmark sizes, named by their target number of parts and offers; the request count is what yields about that
 * many parts once requests too large for one offer are split.
 */
public enum InstanceSize {

	SMALL(200, 100, 160),

	MEDIUM(2_000, 1_000, 1_450),

	LARGE(20_000, 5_000, 16_000);

	private final int targetParts;

	private final int offers;

	private final int requests;

	InstanceSize(int targetParts, int offers, int requests) {
		this.targetParts = targetParts;
		this.offers = offers;
		this.requests = requests;
	}

	public int targetParts() {
		return this.targetParts;
	}

	public int offers() {
		return this.offers;
	}

	public int requests() {
		return this.requests;
	}

	/** Partners hold 2.5 offers on average, as in the demo data. */
	public int partners() {
		return Math.max(4, this.offers * 2 / 5);
	}

	public String label() {
		return "%,d/%,d".formatted(this.targetParts, this.offers);
	}

}
