package org.ilo.coalition.graph.indicator;

/**
 * The severity rule (docs/indicators.md, "Severity"), written once for every statement that reads it. The fragments
 * are Cypher expressions over the enclosing statement's variables {@code i} (an {@code Indicator}) and {@code c} (a
 * {@code Country}); they bind {@code d} inside their own subquery only (the statement must not have a {@code d} in
 * scope where it puts them) and hold no value, only those two variables. A statement takes one in with
 * {@code .replace("$$latest", LatestSeverity.OBSERVATION)} or {@code .replace("$$severity", LatestSeverity.SEVERITY)}.
 */
public final class LatestSeverity {

	// i's latest observation in c that has a severity; of a year's two series the worse (then series, id: never varies).
	public static final String OBSERVATION = """
			COLLECT { MATCH (i)<-[:OF_INDICATOR]-(d:DeficitObservation)-[:OBSERVED_IN]->(c)
			          WHERE d.severity IS NOT NULL
			          RETURN d ORDER BY d.year DESC, d.severity DESC, d.series, d.id LIMIT 1 }[0]""";

	/** The severity of {@link #OBSERVATION}: {@code i}'s current severity in {@code c}, {@code null} without one. */
	public static final String SEVERITY = "(" + OBSERVATION + ").severity";

	private LatestSeverity() {
	}

}
