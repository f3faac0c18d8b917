package org.ilo.coalition.matching.plan;

/**
 * A social justice deficit that an objective addresses.
 *
 * @param indicator SDG indicator code, e.g. {@code 8.5.2}
 * @param severity 1 (small) to 5 (most severe): the latest observed severity, or {@link #NO_DATA_SEVERITY} when the
 * country has no figure for the indicator
 * @param measured whether {@code severity} was observed; an unmeasured deficit is never presented as measured
 */
public record Deficit(String indicator, String thematicArea, int severity, boolean measured) {

	/**
	 * The severity a deficit without data is weighed at: the middle of the scale, so that a missing figure neither
	 * puts a request first nor last (a country without statistics is often among the most vulnerable).
	 */
	public static final int NO_DATA_SEVERITY = 3;

	public Deficit {
		if (severity < 1 || severity > 5) {
			throw new IllegalArgumentException("Severity must be 1 to 5, was " + severity);
		}
	}

	/** A deficit whose severity was observed. */
	public Deficit(String indicator, String thematicArea, int severity) {
		this(indicator, thematicArea, severity, true);
	}

	/** A deficit the country has no figure for. */
	public static Deficit noData(String indicator, String thematicArea) {
		return new Deficit(indicator, thematicArea, NO_DATA_SEVERITY, false);
	}

}
