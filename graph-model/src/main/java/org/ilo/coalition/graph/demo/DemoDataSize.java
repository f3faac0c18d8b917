package org.ilo.coalition.graph.demo;

/**
 * How much demo data to generate: partners, their offers, national strategies, support requests and work streams.
 *
 * <p>There is at most one national strategy per member State: a request for more strategies than the graph has
 * member States yields one strategy per member State. Each strategy has two to five objectives.
 */
public record DemoDataSize(int partners, int offers, int strategies, int requests, int workStreams) {

	/** A graph to explore by hand: every partner kind and region, a strategy in a third of the member States. */
	public static final DemoDataSize DEMO = new DemoDataSize(300, 900, 60, 200, 6);

	/** A graph to measure loading and matching against: strategies in about 150 of the 187 member States. */
	public static final DemoDataSize BENCHMARK = new DemoDataSize(10_000, 50_000, 150, 20_000, 8);

	public DemoDataSize {
		requirePositive("partners", partners);
		requirePositive("offers", offers);
		requirePositive("strategies", strategies);
		requirePositive("requests", requests);
		requirePositive("workStreams", workStreams);
	}

	private static void requirePositive(String what, int value) {
		if (value <= 0) {
			throw new IllegalArgumentException("Demo data needs a positive number of " + what + ", not " + value);
		}
	}

}
