package org.ilo.coalition.matching.plan;

/**
 * A social justice deficit that an objective addresses.
 *
 * @param indicator SDG indicator code, e.g. {@code 8.5.2}
 * @param severity 1 (small) to 5 (most severe), as stored on the latest observation
 */
public record Deficit(String indicator, String thematicArea, int severity) {

	public Deficit {
		if (severity < 1 || severity > 5) {
			throw new IllegalArgumentException("Severity must be 1 to 5, was " + severity);
		}
	}

}
